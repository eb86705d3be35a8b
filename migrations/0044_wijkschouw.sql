-- Issue 18, point 3: the wijkschouw. Staff plan a schouw of a wijk or buurt
-- with the organisations that walk along (gemeente, huurdersorganisatie,
-- politie, ...), walk it on a phone along a fixed checklist (domain/schouw.c),
-- note findings with photos and a location, and decide per finding: a
-- melding (kanaal 'wijkschouw', through the normal intake) or an agreed
-- action with an owner and a due day.

CREATE TABLE schouw (
	id            INTEGER PRIMARY KEY,
	wijk_id       INTEGER NOT NULL REFERENCES area(id),   -- the wijk (of the buurt): scope
	buurt_id      INTEGER REFERENCES area(id),            -- when the schouw covers one buurt
	dag           INTEGER NOT NULL,                       -- days since the epoch, Amsterdam
	deelnemers    TEXT NOT NULL DEFAULT '',               -- one organisation per line, as typed
	toelichting   TEXT NOT NULL DEFAULT '',               -- what the parties want to look at (prepared beforehand)
	status        TEXT NOT NULL DEFAULT 'gepland' CHECK (status IN ('gepland', 'gelopen', 'afgerond')),
	gemaakt_door  INTEGER REFERENCES user(id),
	gemaakt_op    INTEGER NOT NULL,
	afgerond_op   INTEGER,
	gewijzigd_op  INTEGER NOT NULL
);
CREATE INDEX schouw_wijk ON schouw(wijk_id, dag);
CREATE INDEX schouw_dag ON schouw(dag);

-- The checklist as walked: one row per point that was judged.
CREATE TABLE schouw_punt (
	schouw_id  INTEGER NOT NULL REFERENCES schouw(id),
	punt       TEXT NOT NULL,                             -- a code of domain/schouw.c's checklist
	oordeel    TEXT NOT NULL CHECK (oordeel IN ('ok', 'niet_ok', 'nvt')),
	user_id    INTEGER REFERENCES user(id),
	op         INTEGER NOT NULL,
	PRIMARY KEY (schouw_id, punt)
) WITHOUT ROWID;

-- A finding, and what became of it: a melding, or an agreed action.
CREATE TABLE schouw_bevinding (
	id            INTEGER PRIMARY KEY,
	schouw_id     INTEGER NOT NULL REFERENCES schouw(id),
	thema         TEXT NOT NULL CHECK (thema IN ('schoon', 'heel', 'veilig', 'sociaal')),
	punt          TEXT NOT NULL DEFAULT '',               -- checklist point, or '' (other)
	omschrijving  TEXT NOT NULL,
	lat           REAL,                                   -- WGS84, when the phone gave it
	lon           REAL,
	postcode      TEXT NOT NULL DEFAULT '',
	huisnummer    INTEGER,
	toevoeging    TEXT NOT NULL DEFAULT '',
	plek          TEXT NOT NULL DEFAULT '',               -- a place described
	user_id       INTEGER REFERENCES user(id),
	vastgelegd_op INTEGER NOT NULL,
	-- The outcome: at most one of the two.
	melding_id    INTEGER REFERENCES melding(id),
	actie         TEXT NOT NULL DEFAULT '',               -- the agreed action
	actie_eigenaar TEXT NOT NULL DEFAULT '',              -- who does it (a person or organisation)
	actie_dag     INTEGER,                                -- due day
	actie_status  TEXT CHECK (actie_status IN ('open', 'gedaan')),
	actie_gedaan_dag INTEGER,
	CHECK (melding_id IS NULL OR actie_status IS NULL)
);
CREATE INDEX schouw_bevinding_schouw ON schouw_bevinding(schouw_id);
CREATE UNIQUE INDEX schouw_bevinding_melding ON schouw_bevinding(melding_id) WHERE melding_id IS NOT NULL;

-- Photos of a finding, stored clean (store/files.h files_keep_clean()).
CREATE TABLE schouw_foto (
	id            INTEGER PRIMARY KEY,
	bevinding_id  INTEGER NOT NULL REFERENCES schouw_bevinding(id),
	bestandsnaam  TEXT NOT NULL,
	opslag        TEXT NOT NULL UNIQUE,
	mime          TEXT NOT NULL,
	grootte       INTEGER NOT NULL,
	opgenomen_op  INTEGER,
	created_at    INTEGER NOT NULL
);
CREATE INDEX schouw_foto_bevinding ON schouw_foto(bevinding_id);
