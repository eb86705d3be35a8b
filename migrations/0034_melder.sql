-- The melder's side (issue 17), the schema its parts share: consent to
-- share contact details with partners, one melding marked as a duplicate
-- of another, the melder's overlastdagboek, and clean evidence (a caption
-- and the capture moment beside each attachment; the stored file carries
-- no metadata). Each part adds what only it uses in its own migration.

-- The melder lets partners see their name, e-mail and phone (default: no).
ALTER TABLE melding ADD COLUMN delen_met_partners INTEGER NOT NULL DEFAULT 0;
-- This melding is about the same as that one; its handler speaks for both.
ALTER TABLE melding ADD COLUMN duplicaat_van INTEGER REFERENCES melding(id);
CREATE INDEX melding_duplicaat ON melding(duplicaat_van) WHERE duplicaat_van IS NOT NULL;

-- One dated incident the melder added through the status link.
CREATE TABLE dagboek (
	id          INTEGER PRIMARY KEY,
	melding_id  INTEGER NOT NULL REFERENCES melding(id),
	vastgelegd  INTEGER NOT NULL,                          -- when it was written (unix seconds)
	van         INTEGER NOT NULL,                          -- when it began
	tot         INTEGER,                                   -- when it ended; NULL: not given
	ernst       INTEGER NOT NULL CHECK (ernst BETWEEN 1 AND 5),
	tekst       TEXT NOT NULL
);
CREATE INDEX dagboek_melding ON dagboek(melding_id, van);

ALTER TABLE attachment ADD COLUMN dagboek_id INTEGER REFERENCES dagboek(id);   -- sent with a diary entry
ALTER TABLE attachment ADD COLUMN bijschrift TEXT NOT NULL DEFAULT '';          -- staff's caption
ALTER TABLE attachment ADD COLUMN opgenomen_op INTEGER;                         -- capture moment read before stripping; NULL: unknown
