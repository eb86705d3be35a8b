-- Accounts, areas, partners, sessions, tokens and the audit trail.
-- Moments are unix seconds (UTC); days are computed in Europe/Amsterdam.

CREATE TABLE area (
	id        INTEGER PRIMARY KEY,
	code      TEXT NOT NULL UNIQUE,            -- CBS code (WK/BU) or complex number
	naam      TEXT NOT NULL,
	soort     TEXT NOT NULL CHECK (soort IN ('wijk', 'buurt', 'complex')),
	parent_id INTEGER REFERENCES area(id),
	wijk_id   INTEGER REFERENCES area(id),     -- the enclosing wijk (itself for a wijk)
	woningen  INTEGER NOT NULL DEFAULT 0 CHECK (woningen >= 0),
	CHECK ((soort = 'wijk') = (parent_id IS NULL))
);
CREATE INDEX area_parent ON area(parent_id);
CREATE INDEX area_wijk ON area(wijk_id);

CREATE TABLE partner (
	id               INTEGER PRIMARY KEY,
	naam             TEXT NOT NULL UNIQUE,
	soort            TEXT NOT NULL,
	contact_naam     TEXT NOT NULL DEFAULT '',
	contact_email    TEXT NOT NULL DEFAULT '',
	contact_telefoon TEXT NOT NULL DEFAULT '',
	convenant        TEXT NOT NULL DEFAULT '',
	actief           INTEGER NOT NULL DEFAULT 1,
	created_at       INTEGER NOT NULL
);

CREATE TABLE user (
	id                   INTEGER PRIMARY KEY,
	email                TEXT NOT NULL UNIQUE,  -- stored lower-cased
	naam                 TEXT NOT NULL,
	role                 TEXT NOT NULL CHECK (role IN ('wijkbeheerder', 'sociaal_beheerder',
	                         'leefbaarheidsmedewerker', 'ondersteuner', 'coordinator', 'partner', 'beheerder')),
	partner_id           INTEGER REFERENCES partner(id),
	password_hash        TEXT NOT NULL,
	must_change_password INTEGER NOT NULL DEFAULT 0,
	active               INTEGER NOT NULL DEFAULT 1,
	created_at           INTEGER NOT NULL,
	CHECK ((role = 'partner') = (partner_id IS NOT NULL))
);

CREATE TABLE user_area (
	user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
	area_id INTEGER NOT NULL REFERENCES area(id),
	PRIMARY KEY (user_id, area_id)
) WITHOUT ROWID;

CREATE TABLE session (
	id         INTEGER PRIMARY KEY,
	token_hash BLOB NOT NULL UNIQUE,           -- BLAKE2b of the cookie token; the token is never stored
	user_id    INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
	csrf       TEXT NOT NULL,
	created_at INTEGER NOT NULL,
	last_seen  INTEGER NOT NULL,
	ip         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX session_user ON session(user_id);

CREATE TABLE api_token (
	id         INTEGER PRIMARY KEY,
	token_hash BLOB NOT NULL UNIQUE,
	user_id    INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
	scope      TEXT NOT NULL DEFAULT 'alles' CHECK (scope IN ('alles', 'melden')),
	created_at INTEGER NOT NULL,
	last_used  INTEGER,
	revoked_at INTEGER
);
CREATE INDEX api_token_user ON api_token(user_id);

-- Failed logins, per normalised e-mail ('e:...') and per IP ('i:...').
CREATE TABLE login_failure (
	id  INTEGER PRIMARY KEY,
	key TEXT NOT NULL,
	at  INTEGER NOT NULL
);
CREATE INDEX login_failure_key ON login_failure(key, at);

-- Who did what on which record, append-only: the triggers refuse change.
CREATE TABLE audit_log (
	id          INTEGER PRIMARY KEY,
	at          INTEGER NOT NULL,
	user_id     INTEGER REFERENCES user(id),
	ip          TEXT NOT NULL DEFAULT '',
	action      TEXT NOT NULL,
	object_type TEXT NOT NULL DEFAULT '',
	object_id   TEXT NOT NULL DEFAULT '',
	detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_user ON audit_log(user_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
