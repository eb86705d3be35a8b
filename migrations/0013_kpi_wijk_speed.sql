-- The dashboard of a user bound to wijken at a million meldingen (issue 14,
-- point 2: a year's dashboard within 50 ms; a wijkbeheerder's took 50.3 ms
-- p99, more than the coördinator's).
--
-- store/kpi.c read a year of every wijk's facts (100,000 rows) and kept
-- the viewer's (a third) by testing each row's packed wijk: callgrind put
-- that at 182 million instructions of the request's 261. This index holds
-- the same facts ordered by wijk, then day and id (the table's own order
-- within one wijk, which domain/kpi_trend.c relies on to skip its sort),
-- and every column kpi_load reads, so a viewer's year is one range per
-- wijk of the index and nothing else (46 instead of 142 million
-- instructions for the year's rows). The expression is the wijk id + 1 as
-- 0010 packs it in wat; the query names it in exactly this form.
CREATE INDEX melding_fact_wijk ON melding_fact((wat >> 22) & 16777215, dag, id, tijd, wat, melder, slot);

-- The open workload per assignee (store/kpi_work.c) for a viewer bound to
-- wijken walked every open melding of every wijk (melding_werk_open, in
-- assignee order) and tested each one's wijk. Led by the wijk, the viewer's
-- open meldingen are one range per wijk, already grouped by assignee
-- within it (27 instead of 57 million instructions a dashboard).
CREATE INDEX melding_werk_wijk ON melding(wijk_id, assignee_id, status) WHERE status <> 'afgesloten';
INSERT INTO sqlite_stat1(tbl, idx, stat)
SELECT 'melding', 'melding_werk_wijk', '20000 5000 200 100'
WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 WHERE tbl = 'melding' AND idx = 'melding_werk_wijk');
