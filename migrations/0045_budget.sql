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

-- The costs of meldingen by their closing day, with their areas: a year's
-- sum per complex, buurt and wijk reads a range of this index alone (the
-- melding_fact_kosten range would read each melding for its areas).
CREATE INDEX melding_kosten ON melding(afgesloten_dag, wijk_id, buurt_id, complex_id, kosten_cent)
	WHERE kosten_cent > 0;
