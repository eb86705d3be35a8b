-- Issue 18, point 5: the leefbaarheidsbudget. The corporation sets a norm
-- per verhuureenheid (home) per year - the sector speaks of about 125 euro
-- per home - and spend on meldingen, interventions and initiatives is set
-- beside it per complex, buurt and wijk (store/budget.c sums it, nothing
-- here stores a total).

-- The norm, append-only: each change is a row, the newest of a year counts,
-- so who set which norm when stays visible. A year without a row takes the
-- newest earlier year's norm (domain/budget.h).
CREATE TABLE budget_norm (
	id             INTEGER PRIMARY KEY,
	jaar           INTEGER NOT NULL CHECK (jaar BETWEEN 2000 AND 2100),
	norm_cent      INTEGER NOT NULL CHECK (norm_cent >= 0),   -- per home per year
	user_id        INTEGER REFERENCES user(id),
	vastgesteld_op INTEGER NOT NULL
);
CREATE INDEX budget_norm_jaar ON budget_norm(jaar, id);
CREATE TRIGGER budget_norm_no_update BEFORE UPDATE ON budget_norm
BEGIN SELECT RAISE(ABORT, 'budget_norm is append-only'); END;

-- The costs of interventions by their day (done, else planned): only the
-- rows with costs, so a year's sum reads a range of this index alone.
CREATE INDEX intervention_kosten ON intervention(coalesce(uitgevoerd_dag, gepland_dag), dossier_id, kosten_cent)
	WHERE kosten_cent IS NOT NULL;

-- The fund's payments by day (corrections are payments too).
CREATE INDEX fonds_boeking_betaling ON fonds_boeking(dag, initiatief_id, bedrag_cent) WHERE soort = 'betaling';

-- The costs of meldingen per year of closing and place (complex, buurt,
-- wijk; 0 for none), kept by triggers in the melding's own transaction: a
-- year's sum for every area is a key range of a few rows. Summing the
-- closed meldingen themselves read 9,500 rows a year at a million, and the
-- wijkprofiel asks five years (25 ms of its 30). A melding counts while it
-- is closed with costs; reopening, a change of costs or of place moves it.
CREATE TABLE melding_kosten_jaar (
	jaar        INTEGER NOT NULL,
	wijk_id     INTEGER NOT NULL,
	buurt_id    INTEGER NOT NULL,
	complex_id  INTEGER NOT NULL,
	kosten_cent INTEGER NOT NULL,
	PRIMARY KEY (jaar, wijk_id, buurt_id, complex_id)
) WITHOUT ROWID;

CREATE TRIGGER melding_kosten_ai AFTER INSERT ON melding
WHEN new.kosten_cent > 0 AND new.afgesloten_dag IS NOT NULL BEGIN
	INSERT INTO melding_kosten_jaar(jaar, wijk_id, buurt_id, complex_id, kosten_cent)
	VALUES (CAST(strftime('%Y', new.afgesloten_dag * 86400, 'unixepoch') AS INTEGER), coalesce(new.wijk_id, 0),
	        coalesce(new.buurt_id, 0), coalesce(new.complex_id, 0), new.kosten_cent)
	ON CONFLICT DO UPDATE SET kosten_cent = kosten_cent + excluded.kosten_cent;
END;

CREATE TRIGGER melding_kosten_au AFTER UPDATE OF kosten_cent, afgesloten_dag, wijk_id, buurt_id, complex_id ON melding
WHEN (old.kosten_cent > 0 AND old.afgesloten_dag IS NOT NULL) OR (new.kosten_cent > 0 AND new.afgesloten_dag IS NOT NULL)
BEGIN
	INSERT INTO melding_kosten_jaar(jaar, wijk_id, buurt_id, complex_id, kosten_cent)
	SELECT CAST(strftime('%Y', old.afgesloten_dag * 86400, 'unixepoch') AS INTEGER), coalesce(old.wijk_id, 0),
	       coalesce(old.buurt_id, 0), coalesce(old.complex_id, 0), -old.kosten_cent
	 WHERE old.kosten_cent > 0 AND old.afgesloten_dag IS NOT NULL
	ON CONFLICT DO UPDATE SET kosten_cent = kosten_cent + excluded.kosten_cent;
	INSERT INTO melding_kosten_jaar(jaar, wijk_id, buurt_id, complex_id, kosten_cent)
	SELECT CAST(strftime('%Y', new.afgesloten_dag * 86400, 'unixepoch') AS INTEGER), coalesce(new.wijk_id, 0),
	       coalesce(new.buurt_id, 0), coalesce(new.complex_id, 0), new.kosten_cent
	 WHERE new.kosten_cent > 0 AND new.afgesloten_dag IS NOT NULL
	ON CONFLICT DO UPDATE SET kosten_cent = kosten_cent + excluded.kosten_cent;
END;

CREATE TRIGGER melding_kosten_ad AFTER DELETE ON melding
WHEN old.kosten_cent > 0 AND old.afgesloten_dag IS NOT NULL BEGIN
	UPDATE melding_kosten_jaar SET kosten_cent = kosten_cent - old.kosten_cent
	 WHERE jaar = CAST(strftime('%Y', old.afgesloten_dag * 86400, 'unixepoch') AS INTEGER)
	   AND wijk_id = coalesce(old.wijk_id, 0) AND buurt_id = coalesce(old.buurt_id, 0)
	   AND complex_id = coalesce(old.complex_id, 0);
END;

INSERT INTO melding_kosten_jaar(jaar, wijk_id, buurt_id, complex_id, kosten_cent)
SELECT CAST(strftime('%Y', afgesloten_dag * 86400, 'unixepoch') AS INTEGER), coalesce(wijk_id, 0),
       coalesce(buurt_id, 0), coalesce(complex_id, 0), sum(kosten_cent)
  FROM melding WHERE kosten_cent > 0 AND afgesloten_dag IS NOT NULL
 GROUP BY 1, 2, 3, 4;
