-- The search index of meldingen is written once per commit, not once per
-- melding (issue 14). FTS5 writes its pending terms out as a new segment
-- at every savepoint, and under group commit every request but the first
-- of a batch writes inside one: a batch of 30 meldingen made 30 segments
-- and the merges after them. Now the triggers only note which meldingen
-- wait, and the SQL in store/melding.c (MELDING_FTS_FLUSH, run by db.c
-- just before each COMMIT) indexes them all at once, in the same
-- transaction: a melding taken in is never committed without its index
-- entry (a bulk load indexes each batch after it; what a crash leaves
-- waiting is indexed at the next start).
CREATE TABLE melding_fts_wacht (id INTEGER PRIMARY KEY);

DROP TRIGGER IF EXISTS melding_fts_ai;
CREATE TRIGGER melding_fts_ai AFTER INSERT ON melding BEGIN
	INSERT OR IGNORE INTO melding_fts_wacht(id) VALUES (new.id);
END;

-- A melding already in the index leaves it with its old text at once (the
-- index must be told the text it holds); it comes back with the new text
-- at the commit. One still waiting was never indexed: it only waits.
DROP TRIGGER IF EXISTS melding_fts_au;
CREATE TRIGGER melding_fts_au AFTER UPDATE OF referentie, adres_tekst, omschrijving ON melding BEGIN
	INSERT INTO melding_fts(melding_fts, rowid, referentie, adres_tekst, omschrijving)
	SELECT 'delete', old.id, old.referentie, old.adres_tekst, old.omschrijving
	WHERE NOT EXISTS (SELECT 1 FROM melding_fts_wacht WHERE id = old.id);
	INSERT OR IGNORE INTO melding_fts_wacht(id) VALUES (new.id);
END;

DROP TRIGGER IF EXISTS melding_fts_ad;
CREATE TRIGGER melding_fts_ad AFTER DELETE ON melding BEGIN
	INSERT INTO melding_fts(melding_fts, rowid, referentie, adres_tekst, omschrijving)
	SELECT 'delete', old.id, old.referentie, old.adres_tekst, old.omschrijving
	WHERE NOT EXISTS (SELECT 1 FROM melding_fts_wacht WHERE id = old.id);
	DELETE FROM melding_fts_wacht WHERE id = old.id;
END;
