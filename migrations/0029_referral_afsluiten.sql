-- Closing a referral needs a note, and can be undone within a werkdag
-- (issue 16 point 7). The referral keeps the note and the status it had
-- before closing, so "heropenen" can return it there; a referral closed
-- before this migration has no such status (NULL) and cannot be reopened.
ALTER TABLE referral ADD COLUMN afsluit_notitie TEXT NOT NULL DEFAULT '';
ALTER TABLE referral ADD COLUMN status_voor_afsluiten TEXT CHECK (status_voor_afsluiten IS NULL OR
	status_voor_afsluiten IN ('verstuurd', 'geaccepteerd', 'afgewezen', 'beantwoord'));

-- The referral's history gains 'heropend'. SQLite cannot change a CHECK in
-- place: the table is rebuilt under the same name and ids. referral_file
-- points at its rows, so the foreign keys are checked at COMMIT (deferred
-- for this transaction only), when every row is back.
PRAGMA defer_foreign_keys = ON;
CREATE TABLE referral_event_0029 AS SELECT id, referral_id, op, user_id, soort, tekst FROM referral_event;
DROP TABLE referral_event;
CREATE TABLE referral_event (
	id          INTEGER PRIMARY KEY,
	referral_id INTEGER NOT NULL REFERENCES referral(id),
	op          INTEGER NOT NULL,
	user_id     INTEGER REFERENCES user(id),
	soort       TEXT NOT NULL CHECK (soort IN ('verstuurd', 'geaccepteerd', 'afgewezen', 'reactie', 'afgesloten',
	                                            'heropend')),
	tekst       TEXT NOT NULL DEFAULT ''
);
INSERT INTO referral_event(id, referral_id, op, user_id, soort, tekst)
	SELECT id, referral_id, op, user_id, soort, tekst FROM referral_event_0029 ORDER BY id;
DROP TABLE referral_event_0029;
CREATE INDEX referral_event_referral ON referral_event(referral_id, op);

-- The closing note is free text like the reason and the question: the
-- retention's anonymisation (store/privacy.c sets geanonimiseerd_op)
-- clears it with them.
CREATE TRIGGER referral_afsluit_notitie_anon AFTER UPDATE OF geanonimiseerd_op ON referral
	WHEN NEW.geanonimiseerd_op IS NOT NULL AND NEW.afsluit_notitie <> ''
BEGIN
	UPDATE referral SET afsluit_notitie = '' WHERE id = NEW.id;
END;
