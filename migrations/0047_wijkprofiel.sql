-- The wijkprofiel (issue 18): a wijk's or buurt's meldingen over five
-- years and more, per month and melding type. Reading them from
-- melding_fact costs a pass over every fact (225,000 for one wijk at a
-- million meldingen: 40-80 ms); these counts, kept by triggers in the same
-- transaction as the melding, make the profile one primary-key range of a
-- few hundred rows. Each melding counts in its wijk and in its buurt.
--
-- The terms are counted as domain/kpi.c counts them with today as the
-- peildatum: a confirmation (feedback) on or before its due day is op tijd,
-- after it te laat. Meldingen not yet confirmed (fed back) are not split
-- here, since whether they are late changes with the date and no write:
-- the profile reads the few whose due day is still to come from the
-- partial indexes below (open) and counts the rest late.
CREATE TABLE wijk_cijfer (
	area_id                INTEGER NOT NULL,   -- a wijk or a buurt
	jaar                   INTEGER NOT NULL,   -- of the receipt day (Amsterdam)
	maand                  INTEGER NOT NULL CHECK (maand BETWEEN 1 AND 12),
	category_id            INTEGER NOT NULL,
	ontvangen              INTEGER NOT NULL DEFAULT 0,
	bevestigd_op_tijd      INTEGER NOT NULL DEFAULT 0,
	bevestigd_te_laat      INTEGER NOT NULL DEFAULT 0,
	teruggekoppeld_op_tijd INTEGER NOT NULL DEFAULT 0,
	teruggekoppeld_te_laat INTEGER NOT NULL DEFAULT 0,
	binnen_streef          INTEGER NOT NULL DEFAULT 0,
	PRIMARY KEY (area_id, jaar, maand, category_id)
) WITHOUT ROWID;

CREATE TRIGGER wijk_cijfer_ai AFTER INSERT ON melding BEGIN
	INSERT INTO wijk_cijfer(area_id, jaar, maand, category_id, ontvangen, bevestigd_op_tijd, bevestigd_te_laat,
	                        teruggekoppeld_op_tijd, teruggekoppeld_te_laat, binnen_streef)
	SELECT g.id, CAST(strftime('%Y', new.ontvangen_dag * 86400, 'unixepoch') AS INTEGER),
	       CAST(strftime('%m', new.ontvangen_dag * 86400, 'unixepoch') AS INTEGER),
	       new.category_id, 1,
	       coalesce(new.bevestigd_dag <= new.bevestigen_dag, 0), coalesce(new.bevestigd_dag > new.bevestigen_dag, 0),
	       coalesce(new.teruggekoppeld_dag <= new.terugkoppelen_dag, 0),
	       coalesce(new.teruggekoppeld_dag > new.terugkoppelen_dag, 0),
	       coalesce(new.teruggekoppeld_dag <= new.streef_dag, 0)
	  FROM (SELECT new.wijk_id AS id UNION ALL SELECT new.buurt_id) g WHERE g.id IS NOT NULL
	ON CONFLICT DO UPDATE SET ontvangen = ontvangen + excluded.ontvangen,
	       bevestigd_op_tijd = bevestigd_op_tijd + excluded.bevestigd_op_tijd,
	       bevestigd_te_laat = bevestigd_te_laat + excluded.bevestigd_te_laat,
	       teruggekoppeld_op_tijd = teruggekoppeld_op_tijd + excluded.teruggekoppeld_op_tijd,
	       teruggekoppeld_te_laat = teruggekoppeld_te_laat + excluded.teruggekoppeld_te_laat,
	       binnen_streef = binnen_streef + excluded.binnen_streef;
END;

-- A change of what is counted takes the old melding out and puts the new one in.
CREATE TRIGGER wijk_cijfer_au AFTER UPDATE OF bevestigd_dag, teruggekoppeld_dag, wijk_id, buurt_id, category_id
ON melding WHEN old.bevestigd_dag IS NOT new.bevestigd_dag OR old.teruggekoppeld_dag IS NOT new.teruggekoppeld_dag
	OR old.wijk_id IS NOT new.wijk_id OR old.buurt_id IS NOT new.buurt_id OR old.category_id IS NOT new.category_id
BEGIN
	INSERT INTO wijk_cijfer(area_id, jaar, maand, category_id, ontvangen, bevestigd_op_tijd, bevestigd_te_laat,
	                        teruggekoppeld_op_tijd, teruggekoppeld_te_laat, binnen_streef)
	SELECT g.id, CAST(strftime('%Y', old.ontvangen_dag * 86400, 'unixepoch') AS INTEGER),
	       CAST(strftime('%m', old.ontvangen_dag * 86400, 'unixepoch') AS INTEGER),
	       old.category_id, -1,
	       -coalesce(old.bevestigd_dag <= old.bevestigen_dag, 0), -coalesce(old.bevestigd_dag > old.bevestigen_dag, 0),
	       -coalesce(old.teruggekoppeld_dag <= old.terugkoppelen_dag, 0),
	       -coalesce(old.teruggekoppeld_dag > old.terugkoppelen_dag, 0),
	       -coalesce(old.teruggekoppeld_dag <= old.streef_dag, 0)
	  FROM (SELECT old.wijk_id AS id UNION ALL SELECT old.buurt_id) g WHERE g.id IS NOT NULL
	ON CONFLICT DO UPDATE SET ontvangen = ontvangen + excluded.ontvangen,
	       bevestigd_op_tijd = bevestigd_op_tijd + excluded.bevestigd_op_tijd,
	       bevestigd_te_laat = bevestigd_te_laat + excluded.bevestigd_te_laat,
	       teruggekoppeld_op_tijd = teruggekoppeld_op_tijd + excluded.teruggekoppeld_op_tijd,
	       teruggekoppeld_te_laat = teruggekoppeld_te_laat + excluded.teruggekoppeld_te_laat,
	       binnen_streef = binnen_streef + excluded.binnen_streef;
	INSERT INTO wijk_cijfer(area_id, jaar, maand, category_id, ontvangen, bevestigd_op_tijd, bevestigd_te_laat,
	                        teruggekoppeld_op_tijd, teruggekoppeld_te_laat, binnen_streef)
	SELECT g.id, CAST(strftime('%Y', new.ontvangen_dag * 86400, 'unixepoch') AS INTEGER),
	       CAST(strftime('%m', new.ontvangen_dag * 86400, 'unixepoch') AS INTEGER),
	       new.category_id, 1,
	       coalesce(new.bevestigd_dag <= new.bevestigen_dag, 0), coalesce(new.bevestigd_dag > new.bevestigen_dag, 0),
	       coalesce(new.teruggekoppeld_dag <= new.terugkoppelen_dag, 0),
	       coalesce(new.teruggekoppeld_dag > new.terugkoppelen_dag, 0),
	       coalesce(new.teruggekoppeld_dag <= new.streef_dag, 0)
	  FROM (SELECT new.wijk_id AS id UNION ALL SELECT new.buurt_id) g WHERE g.id IS NOT NULL
	ON CONFLICT DO UPDATE SET ontvangen = ontvangen + excluded.ontvangen,
	       bevestigd_op_tijd = bevestigd_op_tijd + excluded.bevestigd_op_tijd,
	       bevestigd_te_laat = bevestigd_te_laat + excluded.bevestigd_te_laat,
	       teruggekoppeld_op_tijd = teruggekoppeld_op_tijd + excluded.teruggekoppeld_op_tijd,
	       teruggekoppeld_te_laat = teruggekoppeld_te_laat + excluded.teruggekoppeld_te_laat,
	       binnen_streef = binnen_streef + excluded.binnen_streef;
END;

CREATE TRIGGER wijk_cijfer_ad AFTER DELETE ON melding BEGIN
	UPDATE wijk_cijfer SET ontvangen = ontvangen - 1,
	       bevestigd_op_tijd = bevestigd_op_tijd - coalesce(old.bevestigd_dag <= old.bevestigen_dag, 0),
	       bevestigd_te_laat = bevestigd_te_laat - coalesce(old.bevestigd_dag > old.bevestigen_dag, 0),
	       teruggekoppeld_op_tijd = teruggekoppeld_op_tijd - coalesce(old.teruggekoppeld_dag <= old.terugkoppelen_dag, 0),
	       teruggekoppeld_te_laat = teruggekoppeld_te_laat - coalesce(old.teruggekoppeld_dag > old.terugkoppelen_dag, 0),
	       binnen_streef = binnen_streef - coalesce(old.teruggekoppeld_dag <= old.streef_dag, 0)
	 WHERE area_id IN (old.wijk_id, old.buurt_id)
	   AND jaar = CAST(strftime('%Y', old.ontvangen_dag * 86400, 'unixepoch') AS INTEGER)
	   AND maand = CAST(strftime('%m', old.ontvangen_dag * 86400, 'unixepoch') AS INTEGER)
	   AND category_id = old.category_id;
END;

INSERT INTO wijk_cijfer(area_id, jaar, maand, category_id, ontvangen, bevestigd_op_tijd, bevestigd_te_laat,
                        teruggekoppeld_op_tijd, teruggekoppeld_te_laat, binnen_streef)
SELECT area_id, CAST(strftime('%Y', ontvangen_dag * 86400, 'unixepoch') AS INTEGER) AS j,
       CAST(strftime('%m', ontvangen_dag * 86400, 'unixepoch') AS INTEGER) AS k, category_id, count(*),
       sum(coalesce(bevestigd_dag <= bevestigen_dag, 0)), sum(coalesce(bevestigd_dag > bevestigen_dag, 0)),
       sum(coalesce(teruggekoppeld_dag <= terugkoppelen_dag, 0)), sum(coalesce(teruggekoppeld_dag > terugkoppelen_dag, 0)),
       sum(coalesce(teruggekoppeld_dag <= streef_dag, 0))
  FROM (SELECT wijk_id AS area_id, ontvangen_dag, category_id, bevestigd_dag, bevestigen_dag, teruggekoppeld_dag,
               terugkoppelen_dag, streef_dag FROM melding WHERE wijk_id IS NOT NULL
        UNION ALL
        SELECT buurt_id, ontvangen_dag, category_id, bevestigd_dag, bevestigen_dag, teruggekoppeld_dag,
               terugkoppelen_dag, streef_dag FROM melding WHERE buurt_id IS NOT NULL)
 GROUP BY area_id, j, k, category_id;

-- The meldingen not yet confirmed (fed back): few, and only those whose
-- due day is still to come are read (store/wijkprofiel.c).
CREATE INDEX wijkprofiel_onbevestigd ON melding(bevestigen_dag, wijk_id, buurt_id, ontvangen_dag)
	WHERE bevestigd_dag IS NULL;
CREATE INDEX wijkprofiel_niet_teruggekoppeld ON melding(terugkoppelen_dag, wijk_id, buurt_id, ontvangen_dag)
	WHERE teruggekoppeld_dag IS NULL;

-- A buurt's dossiers without reading the wijk's (dossier_wijk serves a wijk).
CREATE INDEX wijkprofiel_dossier_buurt ON dossier(buurt_id, status) WHERE buurt_id IS NOT NULL;
