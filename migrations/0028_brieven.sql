-- Letters a corporation can send (issue 16). A letter is made as a
-- concept, can be corrected (every version kept in letter_versie) or
-- withdrawn until someone marks it sent, and is laid out for a window
-- envelope from its parts: the name and aanhef, the address lines, the
-- text after the salutation (romp). The column tekst keeps the whole
-- letter as plain text for the overview, the API and the privacy export.
-- Letters made before this migration were handed out as they were: they
-- stay 'verzonden' and plain (romp NULL).
ALTER TABLE letter ADD COLUMN status TEXT NOT NULL DEFAULT 'verzonden'
	CHECK (status IN ('concept', 'verzonden', 'ingetrokken'));
ALTER TABLE letter ADD COLUMN naam TEXT NOT NULL DEFAULT '';
ALTER TABLE letter ADD COLUMN aanhef TEXT NOT NULL DEFAULT 'geen'
	CHECK (aanhef IN ('geen', 'heer', 'mevrouw', 'familie'));
ALTER TABLE letter ADD COLUMN adres TEXT NOT NULL DEFAULT '';
ALTER TABLE letter ADD COLUMN romp TEXT;
ALTER TABLE letter ADD COLUMN versie INTEGER NOT NULL DEFAULT 1;
ALTER TABLE letter ADD COLUMN verzonden_op INTEGER;
ALTER TABLE letter ADD COLUMN verzonden_door INTEGER REFERENCES user(id);
ALTER TABLE letter ADD COLUMN ingetrokken_op INTEGER;
ALTER TABLE letter ADD COLUMN ingetrokken_door INTEGER REFERENCES user(id);
ALTER TABLE letter ADD COLUMN reden TEXT NOT NULL DEFAULT '';

-- Every version of a letter as it was saved, the first included.
CREATE TABLE letter_versie (
	letter_id INTEGER NOT NULL REFERENCES letter(id),
	versie    INTEGER NOT NULL,
	naam      TEXT NOT NULL,
	aanhef    TEXT NOT NULL,
	adres     TEXT NOT NULL,
	romp      TEXT NOT NULL,
	tekst     TEXT NOT NULL,
	op        INTEGER NOT NULL,
	user_id   INTEGER REFERENCES user(id),
	PRIMARY KEY (letter_id, versie)
) WITHOUT ROWID;

-- Anonymising a dossier (store/privacy.c) empties aan and tekst: the
-- parts and the versions go with them, whoever empties them.
CREATE TRIGGER letter_anoniem AFTER UPDATE OF tekst ON letter
WHEN new.tekst = '' AND new.aan = ''
BEGIN
	UPDATE letter SET naam = '', adres = '', romp = CASE WHEN romp IS NULL THEN NULL ELSE '' END, reden = ''
	 WHERE id = new.id;
	UPDATE letter_versie SET naam = '', adres = '', romp = '', tekst = '' WHERE letter_id = new.id;
END;

-- The corporation's letterhead, one row, edited in /beheer/brieven. The
-- logo is a PNG or JPEG checked by content (libmagic) before it is stored.
CREATE TABLE briefhoofd (
	id             INTEGER PRIMARY KEY CHECK (id = 1),
	naam           TEXT NOT NULL DEFAULT '',
	adres          TEXT NOT NULL DEFAULT '',
	telefoon       TEXT NOT NULL DEFAULT '',
	email          TEXT NOT NULL DEFAULT '',
	website        TEXT NOT NULL DEFAULT '',
	logo           BLOB,
	logo_type      TEXT CHECK (logo_type IN ('image/png', 'image/jpeg')),
	gewijzigd_op   INTEGER,
	gewijzigd_door INTEGER REFERENCES user(id)
);
INSERT INTO briefhoofd(id) VALUES (1);

-- The layout now places the address block, date, kenmerk, subject and
-- salutation itself: a template keeps only what follows "Geachte {{naam}},".
UPDATE letter_template
   SET tekst = ltrim(substr(tekst, instr(tekst, 'Geachte {{naam}},') + length('Geachte {{naam}},')), char(13, 10))
 WHERE instr(tekst, 'Geachte {{naam}},') > 0;
