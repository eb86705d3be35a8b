-- Issue 18, point 1: the inzetniveau per wijk or buurt and the "vertellen"
-- entries beside the figures (Actium's "tellen én vertellen", seed 002).

-- The inzetniveau, append-only: a change is a new row, so the history
-- (who, when, why) is the table itself. The level in force on a day is the
-- row with the latest vanaf_dag up to that day (the highest id on a tie).
CREATE TABLE wijk_inzet (
	id            INTEGER PRIMARY KEY,
	area_id       INTEGER NOT NULL REFERENCES area(id),
	niveau        TEXT NOT NULL CHECK (niveau IN ('basis', 'extra', 'grootschalig')),
	vanaf_dag     INTEGER NOT NULL,                  -- days since the epoch, Amsterdam
	reden         TEXT NOT NULL CHECK (length(trim(reden)) > 0),
	user_id       INTEGER REFERENCES user(id),
	vastgelegd_op INTEGER NOT NULL
);
CREATE INDEX wijk_inzet_area ON wijk_inzet(area_id, vanaf_dag, id);
CREATE TRIGGER wijk_inzet_no_update BEFORE UPDATE ON wijk_inzet
BEGIN SELECT RAISE(ABORT, 'wijk_inzet is append-only'); END;
CREATE TRIGGER wijk_inzet_no_delete BEFORE DELETE ON wijk_inzet
BEGIN SELECT RAISE(ABORT, 'wijk_inzet is append-only'); END;

-- A dated story from the wijk: the wijkbeheerder's reading, a partner's
-- observation (which organisation) or residents' voices, and the occasion.
CREATE TABLE wijk_vertellen (
	id            INTEGER PRIMARY KEY,
	area_id       INTEGER NOT NULL REFERENCES area(id),
	dag           INTEGER NOT NULL,                  -- the day it was heard or seen
	bron          TEXT NOT NULL CHECK (bron IN ('wijkbeheerder', 'partner', 'bewoners')),
	partner_id    INTEGER REFERENCES partner(id),
	aanleiding    TEXT NOT NULL CHECK (aanleiding IN ('schouw', 'bijeenkomst', 'spreekuur', 'huisbezoek', 'anders')),
	tekst         TEXT NOT NULL CHECK (length(trim(tekst)) > 0),
	user_id       INTEGER REFERENCES user(id),
	vastgelegd_op INTEGER NOT NULL,
	CHECK ((bron = 'partner') = (partner_id IS NOT NULL))
);
CREATE INDEX wijk_vertellen_area ON wijk_vertellen(area_id, dag, id);
