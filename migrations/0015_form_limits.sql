-- Bounded resources for the public form (issue 15, point 1).

-- Files kept from a refused form remember the address they came from, so
-- one address cannot hold more than [server] upload_pending_per_ip_mb of
-- them (store/files.c, pending_bytes_since()).
ALTER TABLE pending_upload ADD COLUMN ip TEXT NOT NULL DEFAULT '';
CREATE INDEX pending_upload_ip ON pending_upload(ip, created_at);

-- A public form token (the signed csrf_token of /melden) is good for one
-- melding: the row is written in the melding's own transaction, so a
-- second POST with the same token finds it and is shown the first
-- melding's confirmation (when it is the same melding) instead of filing a
-- second one. token_hash is BLAKE2b of the token, inhoud_hash of what was
-- typed. Rows older than the token's lifetime are swept (app/sweep.c).
CREATE TABLE form_use (
	token_hash  BLOB PRIMARY KEY,
	inhoud_hash BLOB NOT NULL,
	melding_id  INTEGER NOT NULL,
	at          INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX form_use_at ON form_use(at);
