-- Issue 16: no lost work, and API tokens managed in beheer.
--
-- herstel: a form posted after its session expired, kept for an hour under
-- a random one-time key (the cookie holds the key, this table its BLAKE2b
-- hash), so the user logs in and sends it again. Files are not kept.
CREATE TABLE herstel (
	sleutel    BLOB PRIMARY KEY,             -- BLAKE2b of the cookie's key
	user_id    INTEGER REFERENCES user(id) ON DELETE CASCADE,  -- the expired session's account; NULL: unknown
	pad        TEXT NOT NULL,                -- where the form was posted
	terug      TEXT NOT NULL,                -- the form's page
	velden     BLOB NOT NULL,                -- name NUL value NUL ..., the CSRF token left out
	multipart  INTEGER NOT NULL DEFAULT 0,
	bestanden  INTEGER NOT NULL DEFAULT 0,   -- files in the post (not kept)
	ip         TEXT NOT NULL DEFAULT '',
	aangemaakt INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX herstel_aangemaakt ON herstel(aangemaakt);
CREATE INDEX herstel_ip ON herstel(ip, aangemaakt);

-- API tokens get the name of their integration ("website", "BI") and the
-- scope 'lezen' (reads only). SQLite cannot change a CHECK: the table is
-- made anew with the same ids (nothing refers to them).
CREATE TABLE api_token_nieuw (
	id         INTEGER PRIMARY KEY,
	token_hash BLOB NOT NULL UNIQUE,
	user_id    INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
	scope      TEXT NOT NULL DEFAULT 'alles' CHECK (scope IN ('alles', 'melden', 'lezen')),
	naam       TEXT NOT NULL DEFAULT '',
	created_at INTEGER NOT NULL,
	last_used  INTEGER,
	revoked_at INTEGER
);
INSERT INTO api_token_nieuw(id, token_hash, user_id, scope, naam, created_at, last_used, revoked_at)
	SELECT id, token_hash, user_id, scope, '', created_at, last_used, revoked_at FROM api_token;
DROP TABLE api_token;
ALTER TABLE api_token_nieuw RENAME TO api_token;
CREATE INDEX api_token_user ON api_token(user_id);
