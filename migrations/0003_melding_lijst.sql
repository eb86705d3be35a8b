-- The staff list of meldingen (store/melding_list.c) at a million rows:
-- indexes for its sort orders and its "te laat" filters, and planner
-- statistics so SQLite picks them.

-- Newest first (the default) and oldest first walk this index and stop
-- after a page; the id, which every index carries, breaks ties.
CREATE INDEX melding_ontvangen_op ON melding(ontvangen_op);
-- Sorting by the due days.
CREATE INDEX melding_bevestigen ON melding(bevestigen_dag);
CREATE INDEX melding_terugkoppelen ON melding(terugkoppelen_dag);
-- Counting within a user's wijken: the filters of the list in one index,
-- so "how many in my wijk with this status / category / behandelaar /
-- kanaal / period" is read from the index alone.
CREATE INDEX melding_wijk_lijst ON melding(wijk_id, status, category_id, assignee_id, kanaal, ontvangen_dag);
-- "Te laat": only the open meldingen still waiting, a small part of the
-- table. The WHERE clauses are word for word those of the list's fragments,
-- which is what lets SQLite use a partial index.
CREATE INDEX melding_open_bevestigen ON melding(bevestigen_dag)
	WHERE bevestigd_op IS NULL AND status <> 'afgesloten';
CREATE INDEX melding_open_terugkoppelen ON melding(terugkoppelen_dag)
	WHERE teruggekoppeld_op IS NULL AND status <> 'afgesloten';

-- Planner statistics. Without them SQLite guesses that "status = ?" or
-- "category_id IN (...)" picks out few rows, and then sorts half the table
-- for a page of 50 (0.3-0.5 s at a million rows) instead of walking the
-- index of the sort order (a few ms). These are the shape of a corporation's
-- data (SQLite's documented way to keep plans stable: preload sqlite_stat1
-- with representative figures): five statuses of which "afgesloten" is most,
-- some twenty wijken, fifteen categories, a few hundred days, one to three
-- wijken per user. They only steer the choice of index; a later ANALYZE
-- (PRAGMA optimize) replaces them with the real figures.
ANALYZE sqlite_schema;
INSERT INTO sqlite_stat1(tbl, idx, stat)
SELECT v.tbl, v.idx, v.stat FROM (
	SELECT 'melding' AS tbl, 'melding_ontvangen_op' AS idx, '1000000 1' AS stat
	UNION ALL SELECT 'melding', 'melding_ontvangen', '1000000 300 1'
	UNION ALL SELECT 'melding', 'melding_bevestigen', '1000000 300'
	UNION ALL SELECT 'melding', 'melding_terugkoppelen', '1000000 300'
	UNION ALL SELECT 'melding', 'melding_open_bevestigen', '5000 30'
	UNION ALL SELECT 'melding', 'melding_open_terugkoppelen', '20000 60'
	UNION ALL SELECT 'melding', 'melding_status', '1000000 200000 300'
	UNION ALL SELECT 'melding', 'melding_wijk', '1000000 50000 150'
	UNION ALL SELECT 'melding', 'melding_wijk_lijst', '1000000 50000 10000 1000 500 300 100'
	UNION ALL SELECT 'melding', 'melding_category', '1000000 60000 200'
	UNION ALL SELECT 'melding', 'melding_assignee', '1000000 20000 5000'
	UNION ALL SELECT 'melding', 'melding_created_by', '1000000 5000'
	UNION ALL SELECT 'melding', 'melding_address', '1000000 20'
	UNION ALL SELECT 'melding', 'melding_onbekend', '20000 1'
	UNION ALL SELECT 'melding', 'sqlite_autoindex_melding_1', '1000000 1'
	UNION ALL SELECT 'melding', 'sqlite_autoindex_melding_2', '1000000 1'
	UNION ALL SELECT 'melding', 'sqlite_autoindex_melding_3', '1000000 200000 1'
	UNION ALL SELECT 'user_area', 'user_area', '100 2 1'
) v
WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 s WHERE s.tbl = v.tbl AND s.idx = v.idx);
