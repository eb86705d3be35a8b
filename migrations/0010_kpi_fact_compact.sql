-- melding_fact packed tighter, and the open workload covered (issue 9, Speed).
--
-- Measured at a million meldingen (make bench): reading a year of facts
-- (100,000 rows) cost about 2.9 ms of CPU per column SQLite decodes, and
-- the old layout read eight value columns. The same facts now sit in four:
--
--   tijd   due offsets from dag (bevestigen | terugkoppelen << 10 | streef << 20)
--          | first confirmation and feedback offsets + 1, 0 = not yet
--            (bevestigd | teruggekoppeld << 16) << 30
--   wat    category_id | kanaal << 16 | pijler << 20 | (wijk_id + 1) << 22
--          | (doorloop_werkdagen + 1) << 46          (0 in a field = none)
--   melder the melder's key (NULL when anonymous)
--   slot   NULL while open; else (afgesloten_dag - dag + 1) | kosten_cent << 16
--
-- Field widths: category ids below 65,536, 16 channels, 4 pillars, wijk ids
-- below 16 million, doorlooptijd below 65,535 werkdagen, closing within
-- 179 years of receipt, costs below 1.4e12 euro. afgesloten_dag stays a
-- column of its own only for its index: costs count by closing day, and a
-- melding received before the period but closed in it matters only for its
-- costs, so the index holds only facts with costs (slot >= 65536) - a
-- tenth of them - instead of every closed one (that range scan, one table
-- seek per entry, cost 26 ms a year).
-- The facts are the same as before (0006); only their packing changed.

DROP TRIGGER melding_fact_ai;
DROP TRIGGER melding_fact_au;
DROP INDEX melding_fact_afgesloten;
DROP TABLE melding_fact;

CREATE TABLE melding_fact (
	dag            INTEGER NOT NULL,   -- ontvangen_dag
	id             INTEGER NOT NULL,   -- melding id
	tijd           INTEGER NOT NULL,
	wat            INTEGER NOT NULL,
	melder         INTEGER,
	slot           INTEGER,
	afgesloten_dag INTEGER,
	PRIMARY KEY (dag, id)
) WITHOUT ROWID;

CREATE TRIGGER melding_fact_ai AFTER INSERT ON melding BEGIN
	INSERT INTO melding_fact(dag, id, tijd, wat, melder, slot, afgesloten_dag)
	SELECT new.ontvangen_dag, new.id,
	       (new.bevestigen_dag - new.ontvangen_dag)
	         | ((new.terugkoppelen_dag - new.ontvangen_dag) << 10)
	         | ((new.streef_dag - new.ontvangen_dag) << 20)
	         | ((coalesce(new.bevestigd_dag - new.ontvangen_dag + 1, 0)
	             | (coalesce(new.teruggekoppeld_dag - new.ontvangen_dag + 1, 0) << 16)) << 30),
	       new.category_id
	         | ((CASE new.kanaal WHEN 'webformulier' THEN 0 WHEN 'api' THEN 1 WHEN 'telefoon' THEN 2
	              WHEN 'email' THEN 3 WHEN 'balie' THEN 4 WHEN 'wijkbezoek' THEN 5
	              WHEN 'intern_verhuur' THEN 6 WHEN 'intern_incasso' THEN 7 WHEN 'intern_technisch' THEN 8
	              WHEN 'extern_partner' THEN 9 ELSE 10 END) << 16)
	         | ((SELECT CASE c.pijler WHEN 'fysiek' THEN 0 WHEN 'sociaal_preventief' THEN 1
	              WHEN 'sociaal_repressief' THEN 2 ELSE 3 END FROM category c WHERE c.id = new.category_id) << 20)
	         | (coalesce(new.wijk_id + 1, 0) << 22)
	         | (coalesce(new.doorloop_werkdagen + 1, 0) << 46),
	       new.melder_sleutel,
	       CASE WHEN new.afgesloten_dag IS NULL THEN NULL
	            ELSE (new.afgesloten_dag - new.ontvangen_dag + 1) | (coalesce(new.kosten_cent, 0) << 16) END,
	       new.afgesloten_dag;
END;

-- Any change to a counted fact rewrites the row (receipt day, channel and
-- due days never change; the category may, and with it the pillar).
CREATE TRIGGER melding_fact_au AFTER UPDATE OF bevestigd_dag, teruggekoppeld_dag, doorloop_werkdagen,
	wijk_id, afgesloten_dag, kosten_cent, category_id, melder_sleutel ON melding BEGIN
	UPDATE melding_fact SET
	       tijd = (tijd & 1073741823)
	         | ((coalesce(new.bevestigd_dag - new.ontvangen_dag + 1, 0)
	             | (coalesce(new.teruggekoppeld_dag - new.ontvangen_dag + 1, 0) << 16)) << 30),
	       wat = new.category_id
	         | (wat & (15 << 16))
	         | ((SELECT CASE c.pijler WHEN 'fysiek' THEN 0 WHEN 'sociaal_preventief' THEN 1
	              WHEN 'sociaal_repressief' THEN 2 ELSE 3 END FROM category c WHERE c.id = new.category_id) << 20)
	         | (coalesce(new.wijk_id + 1, 0) << 22)
	         | (coalesce(new.doorloop_werkdagen + 1, 0) << 46),
	       melder = new.melder_sleutel,
	       slot = CASE WHEN new.afgesloten_dag IS NULL THEN NULL
	                   ELSE (new.afgesloten_dag - new.ontvangen_dag + 1) | (coalesce(new.kosten_cent, 0) << 16) END,
	       afgesloten_dag = new.afgesloten_dag
	 WHERE dag = new.ontvangen_dag AND id = new.id;
END;

INSERT INTO melding_fact(dag, id, tijd, wat, melder, slot, afgesloten_dag)
SELECT m.ontvangen_dag, m.id,
       (m.bevestigen_dag - m.ontvangen_dag) | ((m.terugkoppelen_dag - m.ontvangen_dag) << 10)
         | ((m.streef_dag - m.ontvangen_dag) << 20)
         | ((coalesce(m.bevestigd_dag - m.ontvangen_dag + 1, 0)
             | (coalesce(m.teruggekoppeld_dag - m.ontvangen_dag + 1, 0) << 16)) << 30),
       m.category_id
         | ((CASE m.kanaal WHEN 'webformulier' THEN 0 WHEN 'api' THEN 1 WHEN 'telefoon' THEN 2
              WHEN 'email' THEN 3 WHEN 'balie' THEN 4 WHEN 'wijkbezoek' THEN 5
              WHEN 'intern_verhuur' THEN 6 WHEN 'intern_incasso' THEN 7 WHEN 'intern_technisch' THEN 8
              WHEN 'extern_partner' THEN 9 ELSE 10 END) << 16)
         | ((CASE c.pijler WHEN 'fysiek' THEN 0 WHEN 'sociaal_preventief' THEN 1
              WHEN 'sociaal_repressief' THEN 2 ELSE 3 END) << 20)
         | (coalesce(m.wijk_id + 1, 0) << 22)
         | (coalesce(m.doorloop_werkdagen + 1, 0) << 46),
       m.melder_sleutel,
       CASE WHEN m.afgesloten_dag IS NULL THEN NULL
            ELSE (m.afgesloten_dag - m.ontvangen_dag + 1) | (coalesce(m.kosten_cent, 0) << 16) END,
       m.afgesloten_dag
  FROM melding m JOIN category c ON c.id = m.category_id;

CREATE INDEX melding_fact_kosten ON melding_fact(afgesloten_dag) WHERE slot >= 65536;

-- The workload per assignee (store/kpi_work.c): only meldingen that are not
-- closed, with what the count needs, in assignee order, so counting it never
-- touches a closed melding or the table.
CREATE INDEX melding_werk_open ON melding(assignee_id, wijk_id, status) WHERE status <> 'afgesloten';
INSERT INTO sqlite_stat1(tbl, idx, stat)
SELECT 'melding', 'melding_werk_open', '20000 2000 200 100'
WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 WHERE tbl = 'melding' AND idx = 'melding_werk_open');

-- 0008 made the same two partial indexes as 0003 (melding_open_bevestigen,
-- melding_open_terugkoppelen); one of each is enough to keep up to date.
DROP INDEX melding_werk_bevestigen;
DROP INDEX melding_werk_terugkoppelen;
