-- Nothing twice (issue 16): every state-changing form and every API POST
-- with an Idempotency-Key is claimed here before it runs. A second copy
-- (a double click, a resent form, a retried call) finds the claim and gets
-- the first one's answer instead of running again. Rows go after a day.
CREATE TABLE submission (
	sleutel      BLOB PRIMARY KEY,          -- BLAKE2b of who, the key and the request
	inhoud       BLOB NOT NULL,             -- BLAKE2b of the body: the same key with another body is an error
	klaar        INTEGER NOT NULL DEFAULT 0,
	status       INTEGER,
	location     TEXT,
	content_type TEXT,
	body         BLOB,
	aangemaakt   INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX submission_aangemaakt ON submission(aangemaakt);
