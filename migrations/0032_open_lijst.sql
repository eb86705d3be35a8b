-- The meldingen list opens on open work (issue 16: status=open, every
-- melding not afgesloten). Walking the date index for it skipped every
-- closed melding first: oldest first in one wijk took 258-402 ms at a
-- million meldingen, 94% of them closed. This index holds the open ones
-- alone, in the list's date order, so a page of open work walks only
-- open meldingen, newest or oldest first (store/melding_list.c names it).
CREATE INDEX melding_open_lijst ON melding(ontvangen_op, id) WHERE status <> 'afgesloten';

INSERT INTO sqlite_stat1(tbl, idx, stat)
SELECT 'melding', 'melding_open_lijst', '60000 1 1'
WHERE NOT EXISTS (SELECT 1 FROM sqlite_stat1 WHERE tbl = 'melding' AND idx = 'melding_open_lijst');

