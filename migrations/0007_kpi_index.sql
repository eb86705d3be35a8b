-- Costs count by the day a melding was closed, which may lie long after its
-- receipt day: find those facts without scanning the whole table.
CREATE INDEX melding_fact_afgesloten ON melding_fact(afgesloten_dag) WHERE afgesloten_dag IS NOT NULL;
