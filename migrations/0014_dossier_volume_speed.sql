-- Dossiers and doorverwijzingen at volume (issue 14, point 2: tens of
-- thousands of dossiers, some ten thousand referrals; every list within
-- 25 ms, a year's dashboard within 50). Measured with callgrind on 40,000
-- dossiers and 10,000 referrals beside a million meldingen.

-- GET /dossiers and /api/v1/dossiers sort open before closed, then newest
-- first. Without an index in that order SQLite sorted every dossier in
-- scope, and counted each one's meldingen first (the count is in the
-- select list): 210 million instructions a page. In this order the page
-- walks the index and stops after its rows (store/dossier.c).
CREATE INDEX dossier_lijst ON dossier(status = 'gesloten', geopend_op DESC, id DESC);

-- "Open on the peildatum" (store/kpi_dossier.c) read every dossier opened
-- before it, closed or not (56 million instructions a dashboard). Those
-- still open come from this covering partial index (gesloten_op, always
-- NULL here, is in it because SQLite covers only with listed columns);
-- those closed after the peildatum from dossier_gesloten.
CREATE INDEX dossier_open_sinds ON dossier(geopend_op, wijk_id, gevoelig, gesloten_op) WHERE gesloten_op IS NULL;

-- Vervuilde woningen: the few dossiers ever marked, instead of all opened
-- before the period's end (52 million instructions a dashboard).
CREATE INDEX dossier_vervuild ON dossier(vervuild_dag) WHERE vervuild_dag IS NOT NULL;

-- GET /doorverwijzingen and /api/v1/doorverwijzingen: awaiting an answer
-- first, most urgent first, then the rest newest first
-- (store/referral_list.c). Sorting every referral in scope, each with its
-- texts, cost 57 million instructions a page at 10,000 referrals; in this
-- order the page walks the index and stops.
CREATE INDEX referral_lijst ON referral(status IN ('verstuurd', 'geaccepteerd') DESC,
	CASE WHEN status IN ('verstuurd', 'geaccepteerd') THEN antwoord_dag END, verstuurd_op DESC, id DESC);
