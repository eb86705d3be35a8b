-- The staff list of meldingen at a million rows (issue 14, point 2).
--
-- Searching a common word ("geluid": 7,682 of 1,000,000 meldingen) made
-- the list look up every match in the melding table itself, twice for the
-- count of an area-bound user and once more for the page: 7,682 random
-- reads of wide rows (the description is up to 1,400 characters) each
-- time, 250 ms a page. melding_lijst_id answers "is this match in the
-- viewer's scope, and when was it received" from a narrow index keyed by
-- the id the full-text index gives, so a search touches the melding table
-- only for the 50 rows on the page (store/melding_list.c).
CREATE INDEX melding_lijst_id ON melding(id, wijk_id, created_by, ontvangen_op);
-- A search with nothing but the scope counts the matches in the viewer's
-- wijken on (wijk_id, id): one wijk's part of this index is a third of
-- the pages melding_lijst_id would read (10 ms instead of 16 for 14,556
-- matches), and its page walks the sort order's index.
CREATE INDEX melding_wijk_id ON melding(wijk_id, id);

-- The whole list's total without filters (the coördinator's /meldingen
-- and GET /api/v1/meldingen) was a count of a million index entries on
-- every page view (16 ms). melding_telling keeps it per wijk (0: no wijk),
-- exact because the triggers below change it in the same transaction as
-- the melding.
CREATE TABLE melding_telling (
	wijk_id INTEGER PRIMARY KEY,   -- 0 for meldingen without a wijk
	n       INTEGER NOT NULL
);
INSERT INTO melding_telling(wijk_id, n) SELECT coalesce(wijk_id, 0), count(*) FROM melding GROUP BY 1;

CREATE TRIGGER melding_telling_ai AFTER INSERT ON melding BEGIN
	INSERT INTO melding_telling(wijk_id, n) VALUES (coalesce(new.wijk_id, 0), 1)
	ON CONFLICT(wijk_id) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER melding_telling_ad AFTER DELETE ON melding BEGIN
	UPDATE melding_telling SET n = n - 1 WHERE wijk_id = coalesce(old.wijk_id, 0);
END;
CREATE TRIGGER melding_telling_au AFTER UPDATE OF wijk_id ON melding
WHEN old.wijk_id IS NOT new.wijk_id BEGIN
	UPDATE melding_telling SET n = n - 1 WHERE wijk_id = coalesce(old.wijk_id, 0);
	INSERT INTO melding_telling(wijk_id, n) VALUES (coalesce(new.wijk_id, 0), 1)
	ON CONFLICT(wijk_id) DO UPDATE SET n = n + 1;
END;

-- A search by the coördinator (no scope, no other filter) counts its
-- matches in the full-text index alone, which is exact while that index
-- holds exactly the meldingen: 0002's triggers add and re-index them, and
-- nothing deletes one; this trigger keeps it so should that change.
CREATE TRIGGER melding_fts_ad AFTER DELETE ON melding BEGIN
	INSERT INTO melding_fts(melding_fts, rowid, referentie, adres_tekst, omschrijving)
	VALUES ('delete', old.id, old.referentie, old.adres_tekst, old.omschrijving);
END;

-- The planner's estimate for the new index, as 0003 gives the others: one
-- row per id.
INSERT INTO sqlite_stat1(tbl, idx, stat)
SELECT 'melding', 'melding_lijst_id', '1000000 1 1 1 1'
WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 WHERE tbl = 'melding' AND idx = 'melding_lijst_id');
INSERT INTO sqlite_stat1(tbl, idx, stat)
SELECT 'melding', 'melding_wijk_id', '1000000 50000 1'
WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 WHERE tbl = 'melding' AND idx = 'melding_wijk_id');
