-- Tevredenheid (issue 17, point 4): the melder's score of a closed
-- melding, given through the status link, and the "verzoek tot heropenen"
-- an unhappy score raises, with the team's decision.
--
-- One answer per closing: sluiting is the timeline entry (melding_event)
-- of the closing the answer was about, so a melding reopened and closed
-- again may be asked again (even within the same second), and an earlier
-- answer stays with its closing.
-- Category and wijk are copied at answering, so the dashboard's figure
-- reads this small table alone (its covering indexes), never melding.
CREATE TABLE tevredenheid (
	id           INTEGER PRIMARY KEY,
	melding_id   INTEGER NOT NULL REFERENCES melding(id),
	sluiting     INTEGER NOT NULL REFERENCES melding_event(id), -- the 'afgesloten' entry of the closing scored
	score        INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
	tekst        TEXT NOT NULL DEFAULT '',
	gegeven_op   INTEGER NOT NULL,                       -- unix seconds
	dag          INTEGER NOT NULL,                       -- its Amsterdam day: the dashboard's period
	category_id  INTEGER NOT NULL,
	wijk_id      INTEGER,                                -- NULL: onbekend
	-- The verzoek tot heropenen (an unhappy score) and its outcome.
	verzoek      INTEGER NOT NULL DEFAULT 0 CHECK (verzoek IN (0, 1)),
	besluit      TEXT CHECK (besluit IN ('heropenen', 'niet_heropenen')),
	besluit_toelichting TEXT,
	besluit_door INTEGER REFERENCES user(id),
	besluit_op   INTEGER,
	CHECK ((besluit IS NULL) = (besluit_op IS NULL)),
	CHECK (verzoek = 1 OR besluit IS NULL),
	UNIQUE (melding_id, sluiting)
);
-- The figure per category and wijk of a period: everyone's, then per wijk.
CREATE INDEX tevredenheid_dag ON tevredenheid(dag, category_id, wijk_id, score);
CREATE INDEX tevredenheid_wijk ON tevredenheid(wijk_id, dag, category_id, score);
-- The open verzoeken (the dashboard's werklijst): few, found without a scan.
CREATE INDEX tevredenheid_verzoek_open ON tevredenheid(wijk_id, melding_id) WHERE verzoek = 1 AND besluit IS NULL;
-- Retention anonymises a melding (store/privacy.c): the melder's words and
-- the team's explanation go with it; the score stays for the figures.
CREATE TRIGGER tevredenheid_anon AFTER UPDATE OF geanonimiseerd_op ON melding
WHEN new.geanonimiseerd_op IS NOT NULL BEGIN
	UPDATE tevredenheid SET tekst = '', besluit_toelichting = CASE WHEN besluit IS NULL THEN NULL ELSE '' END
	WHERE melding_id = new.id;
END;
