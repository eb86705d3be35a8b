-- Issue 18, point 2: the Leefbaarometer's scores per wijk and buurt, as the
-- beheerder loads them from the open-data table (domain/lbm.c reads it,
-- store/lbm.c stores it; README "Leefbaarometer").

-- Each load of a file: who, when, which file, how many rows, and per year
-- how many ("2022: 9, 2024: 9"), for /beheer/leefbaarometer and the audit.
CREATE TABLE lbm_import (
	id           INTEGER PRIMARY KEY,
	user_id      INTEGER REFERENCES user(id),       -- NULL: the command line
	op           INTEGER NOT NULL,                   -- unix seconds
	bestandsnaam TEXT NOT NULL,
	rijen        INTEGER NOT NULL CHECK (rijen > 0),
	jaren        TEXT NOT NULL DEFAULT ''
);

-- One measurement of one wijk or buurt. A later file with the same year
-- replaces the row (the Leefbaarometer recomputes earlier years with each
-- new edition). Per measure the value as the file gives it (the total's
-- lbm score and its deviation afw from the national average; a dimension's
-- contribution, itself a deviation) and its class 1..9, from the file's
-- class column or derived from the deviation; afgeleid has bit 0 for the
-- total and bits 1..5 for the dimensions in the order won, fys, vrz, soc,
-- onv when the class was derived (domain/lbm.h).
CREATE TABLE lbm_score (
	area_id      INTEGER NOT NULL REFERENCES area(id),
	jaar         INTEGER NOT NULL CHECK (jaar BETWEEN 1990 AND 2100),
	score        REAL,
	afw          REAL,
	klasse       INTEGER NOT NULL CHECK (klasse BETWEEN 1 AND 9),
	won          REAL,
	won_klasse   INTEGER NOT NULL CHECK (won_klasse BETWEEN 1 AND 9),
	fys          REAL,
	fys_klasse   INTEGER NOT NULL CHECK (fys_klasse BETWEEN 1 AND 9),
	vrz          REAL,
	vrz_klasse   INTEGER NOT NULL CHECK (vrz_klasse BETWEEN 1 AND 9),
	soc          REAL,
	soc_klasse   INTEGER NOT NULL CHECK (soc_klasse BETWEEN 1 AND 9),
	onv          REAL,
	onv_klasse   INTEGER NOT NULL CHECK (onv_klasse BETWEEN 1 AND 9),
	afgeleid     INTEGER NOT NULL DEFAULT 0 CHECK (afgeleid BETWEEN 0 AND 63),
	import_id    INTEGER REFERENCES lbm_import(id),   -- NULL: the demo
	PRIMARY KEY (area_id, jaar)
) WITHOUT ROWID;
