-- The facts the dashboards count, fixed when they happen (DESIGN.md, Data).
--
-- melding keeps three more facts written by the application: the werkdagen
-- from receipt to the first feedback (computed with the calendar in force
-- then), the Amsterdam day it was closed, and a 64-bit key of the melder
-- (from the normalised e-mail or phone; NULL when anonymous) for distinct
-- melders. melding_fact is a narrow copy kept by triggers in the same
-- transaction as every write to melding: a year of it is one pass in C.

ALTER TABLE melding ADD COLUMN doorloop_werkdagen INTEGER;
ALTER TABLE melding ADD COLUMN afgesloten_dag INTEGER;
ALTER TABLE melding ADD COLUMN melder_sleutel INTEGER;
CREATE INDEX melding_afgesloten ON melding(afgesloten_dag) WHERE afgesloten_dag IS NOT NULL;

CREATE TABLE melding_fact (
	dag       INTEGER NOT NULL,   -- ontvangen_dag
	id        INTEGER NOT NULL,   -- melding id
	due       INTEGER NOT NULL,   -- due offsets from dag: bevestigen | terugkoppelen << 10 | streef << 20
	met       INTEGER NOT NULL,   -- first confirmation/feedback offsets + 1 (0 = not yet): bev | ter << 16
	doorloop  INTEGER,            -- werkdagen receipt -> first feedback
	wat       INTEGER NOT NULL,   -- category_id | kanaal << 32 | pijler << 40
	wijk_id   INTEGER,
	melder    INTEGER,
	afgesloten_dag INTEGER,
	kosten_cent INTEGER,
	PRIMARY KEY (dag, id)
) WITHOUT ROWID;

CREATE TRIGGER melding_fact_ai AFTER INSERT ON melding BEGIN
	INSERT INTO melding_fact(dag, id, due, met, doorloop, wat, wijk_id, melder, afgesloten_dag, kosten_cent)
	SELECT new.ontvangen_dag, new.id,
	       (new.bevestigen_dag - new.ontvangen_dag)
	         | ((new.terugkoppelen_dag - new.ontvangen_dag) << 10)
	         | ((new.streef_dag - new.ontvangen_dag) << 20),
	       coalesce(new.bevestigd_dag - new.ontvangen_dag + 1, 0)
	         | (coalesce(new.teruggekoppeld_dag - new.ontvangen_dag + 1, 0) << 16),
	       new.doorloop_werkdagen,
	       new.category_id
	         | ((CASE new.kanaal WHEN 'webformulier' THEN 0 WHEN 'api' THEN 1 WHEN 'telefoon' THEN 2
	              WHEN 'email' THEN 3 WHEN 'balie' THEN 4 WHEN 'wijkbezoek' THEN 5
	              WHEN 'intern_verhuur' THEN 6 WHEN 'intern_incasso' THEN 7 WHEN 'intern_technisch' THEN 8
	              WHEN 'extern_partner' THEN 9 ELSE 10 END) << 32)
	         | ((SELECT CASE c.pijler WHEN 'fysiek' THEN 0 WHEN 'sociaal_preventief' THEN 1
	              WHEN 'sociaal_repressief' THEN 2 ELSE 3 END FROM category c WHERE c.id = new.category_id) << 40),
	       new.wijk_id, new.melder_sleutel, new.afgesloten_dag, new.kosten_cent;
END;

-- Any change to a counted fact rewrites the row (receipt day and id never change).
CREATE TRIGGER melding_fact_au AFTER UPDATE OF bevestigd_dag, teruggekoppeld_dag, doorloop_werkdagen,
	wijk_id, afgesloten_dag, kosten_cent, category_id, melder_sleutel ON melding BEGIN
	UPDATE melding_fact SET
	       met = coalesce(new.bevestigd_dag - new.ontvangen_dag + 1, 0)
	         | (coalesce(new.teruggekoppeld_dag - new.ontvangen_dag + 1, 0) << 16),
	       doorloop = new.doorloop_werkdagen,
	       wat = new.category_id | (wat & ~4294967295 & ~(255 << 40))
	         | ((SELECT CASE c.pijler WHEN 'fysiek' THEN 0 WHEN 'sociaal_preventief' THEN 1
	              WHEN 'sociaal_repressief' THEN 2 ELSE 3 END FROM category c WHERE c.id = new.category_id) << 40),
	       wijk_id = new.wijk_id, melder = new.melder_sleutel,
	       afgesloten_dag = new.afgesloten_dag, kosten_cent = new.kosten_cent
	 WHERE dag = new.ontvangen_dag AND id = new.id;
END;

-- Meldingen that exist already.
INSERT INTO melding_fact(dag, id, due, met, doorloop, wat, wijk_id, melder, afgesloten_dag, kosten_cent)
SELECT m.ontvangen_dag, m.id,
       (m.bevestigen_dag - m.ontvangen_dag) | ((m.terugkoppelen_dag - m.ontvangen_dag) << 10)
         | ((m.streef_dag - m.ontvangen_dag) << 20),
       coalesce(m.bevestigd_dag - m.ontvangen_dag + 1, 0) | (coalesce(m.teruggekoppeld_dag - m.ontvangen_dag + 1, 0) << 16),
       m.doorloop_werkdagen,
       m.category_id
         | ((CASE m.kanaal WHEN 'webformulier' THEN 0 WHEN 'api' THEN 1 WHEN 'telefoon' THEN 2
              WHEN 'email' THEN 3 WHEN 'balie' THEN 4 WHEN 'wijkbezoek' THEN 5
              WHEN 'intern_verhuur' THEN 6 WHEN 'intern_incasso' THEN 7 WHEN 'intern_technisch' THEN 8
              WHEN 'extern_partner' THEN 9 ELSE 10 END) << 32)
         | ((CASE c.pijler WHEN 'fysiek' THEN 0 WHEN 'sociaal_preventief' THEN 1
              WHEN 'sociaal_repressief' THEN 2 ELSE 3 END) << 40),
       m.wijk_id, m.melder_sleutel, m.afgesloten_dag, m.kosten_cent
  FROM melding m JOIN category c ON c.id = m.category_id;
