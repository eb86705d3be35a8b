-- Issue 18, point 4: the assessment of a bewonersinitiatief against the
-- fund's criteria (domain/initiatief.h: a fixed checklist), one row per
-- criterion, kept as the last word on it. The initiative and the fund's
-- ledger are in 0041.
CREATE TABLE initiatief_toets (
	initiatief_id INTEGER NOT NULL REFERENCES initiatief(id),
	criterium     TEXT NOT NULL CHECK (criterium IN ('bewoners', 'draagvlak', 'leefbaarheid', 'tijdelijk',
	                  'niet_commercieel', 'begroting', 'veilig')),
	oordeel       TEXT NOT NULL CHECK (oordeel IN ('voldaan', 'niet_voldaan')),
	notitie       TEXT NOT NULL DEFAULT '',
	user_id       INTEGER REFERENCES user(id),
	gewijzigd_op  INTEGER NOT NULL,
	PRIMARY KEY (initiatief_id, criterium)
) WITHOUT ROWID;

-- The per-wijk, per-year sums of the fund read the ledger through its
-- initiatives: this index keeps that a range scan.
CREATE INDEX initiatief_jaar ON initiatief(jaar, wijk_id);

-- One application per public form: the form token's hash (auth/csrf.h),
-- so a double click or a resent form files nothing twice.
CREATE TABLE initiatief_formulier (
	token_hash    BLOB PRIMARY KEY,
	initiatief_id INTEGER NOT NULL REFERENCES initiatief(id)
) WITHOUT ROWID;

-- The applicant's status link is never stored (README, Security): only its
-- hash, to find the application, and the token sealed under the server's
-- key, for the mail sender to put it back into a message at sending time.
-- The outbox row names its initiative for that; its text holds the
-- placeholder, as a melder's does.
ALTER TABLE initiatief ADD COLUMN status_token_box BLOB;
ALTER TABLE outbox ADD COLUMN initiatief_id INTEGER REFERENCES initiatief(id);
