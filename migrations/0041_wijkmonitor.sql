-- Issue 18, the wijkmonitor: what more than one part reads. Each part adds
-- its own tables in its own migration (0042 inzet and vertellen, 0043
-- Leefbaarometer, 0044 wijkschouw, 0045 leefbaarheidsbudget, 0046 fonds,
-- 0047 wijkprofiel).

-- A finding of a wijkschouw becomes a melding with its own channel. Widening
-- a CHECK changes no stored row, so the table definition is edited in place
-- (SQLite's documented procedure for such changes; "ALTER TABLE", section 7)
-- instead of copying a million rows; RESET makes this connection read the
-- new definition, and the DDL below moves the schema cookie for the others.
PRAGMA writable_schema = ON;
UPDATE sqlite_schema
   SET sql = replace(sql, '''extern_partner'', ''extern_aannemer'')',
                     '''extern_partner'', ''extern_aannemer'', ''wijkschouw'')')
 WHERE type = 'table' AND name = 'melding';
PRAGMA writable_schema = RESET;

-- The KPI fact's channel number: wijkschouw is 11 (the field holds 16).
DROP TRIGGER melding_fact_ai;
CREATE TRIGGER melding_fact_ai AFTER INSERT ON melding BEGIN
	INSERT INTO melding_fact(dag, id, tijd, wat, melder, slot, afgesloten_dag)
	SELECT new.ontvangen_dag, new.id,
	       (new.bevestigen_dag - new.ontvangen_dag)
	         | ((new.terugkoppelen_dag - new.ontvangen_dag) << 10)
	         | ((new.streef_dag - new.ontvangen_dag) << 20)
	         | ((coalesce(new.bevestigd_dag - new.ontvangen_dag + 1, 0)
	             | (coalesce(new.teruggekoppeld_dag - new.ontvangen_dag + 1, 0) << 16)) << 30),
	       new.category_id
	         | ((CASE new.kanaal WHEN 'webformulier' THEN 0 WHEN 'api' THEN 1 WHEN 'telefoon' THEN 2
	              WHEN 'email' THEN 3 WHEN 'balie' THEN 4 WHEN 'wijkbezoek' THEN 5
	              WHEN 'intern_verhuur' THEN 6 WHEN 'intern_incasso' THEN 7 WHEN 'intern_technisch' THEN 8
	              WHEN 'extern_partner' THEN 9 WHEN 'wijkschouw' THEN 11 ELSE 10 END) << 16)
	         | ((SELECT CASE c.pijler WHEN 'fysiek' THEN 0 WHEN 'sociaal_preventief' THEN 1
	              WHEN 'sociaal_repressief' THEN 2 ELSE 3 END FROM category c WHERE c.id = new.category_id) << 20)
	         | (coalesce(new.wijk_id + 1, 0) << 22)
	         | (coalesce(new.doorloop_werkdagen + 1, 0) << 46),
	       new.melder_sleutel,
	       CASE WHEN new.afgesloten_dag IS NULL THEN NULL
	            ELSE (new.afgesloten_dag - new.ontvangen_dag + 1) | (coalesce(new.kosten_cent, 0) << 16) END,
	       new.afgesloten_dag;
END;

-- Costs roll up per complex, buurt and wijk (leefbaarheidsbudget): a
-- melding has kosten_cent since 0002; an intervention gets its own.
ALTER TABLE intervention ADD COLUMN kosten_cent INTEGER CHECK (kosten_cent >= 0);

-- A bewonersinitiatief: residents apply through the public form /initiatief
-- and follow it through a private status link, like a melder.
CREATE TABLE initiatief (
	id                 INTEGER PRIMARY KEY,
	referentie         TEXT NOT NULL UNIQUE,          -- I-2026-0001
	jaar               INTEGER NOT NULL,              -- the fund year it is assessed in
	ingediend_op       INTEGER NOT NULL,
	titel              TEXT NOT NULL,
	wat                TEXT NOT NULL,                 -- what the residents want to do
	waar               TEXT NOT NULL DEFAULT '',      -- where, as told
	voor_wie           TEXT NOT NULL DEFAULT '',      -- for whom
	bedrag_gevraagd_cent INTEGER NOT NULL CHECK (bedrag_gevraagd_cent >= 0),
	-- Where: the wijk always (the fund is per wijk), the buurt and the
	-- complex when known (the budget rolls up per complex and buurt).
	wijk_id            INTEGER NOT NULL REFERENCES area(id),
	buurt_id           INTEGER REFERENCES area(id),
	complex_id         INTEGER REFERENCES area(id),
	aanvrager_naam     TEXT NOT NULL,
	aanvrager_email    TEXT NOT NULL DEFAULT '',
	aanvrager_telefoon TEXT NOT NULL DEFAULT '',
	status             TEXT NOT NULL DEFAULT 'ingediend' CHECK (status IN ('ingediend', 'in_behandeling',
	                       'toegekend', 'afgewezen', 'afgerond', 'ingetrokken')),
	besluit_reden      TEXT NOT NULL DEFAULT '',
	besloten_door      INTEGER REFERENCES user(id),
	besloten_op        INTEGER,
	eindverslag        TEXT NOT NULL DEFAULT '',
	status_token_hash  BLOB UNIQUE,                   -- the applicant's status link, hashed
	gewijzigd_op       INTEGER NOT NULL
);
CREATE INDEX initiatief_wijk ON initiatief(wijk_id, jaar, status);
CREATE INDEX initiatief_status ON initiatief(status, ingediend_op);

-- The leefbaarheidsfonds per wijk and year: the budget is set; granted and
-- spent are never stored, always summed from the ledger below, so the
-- totals cannot disagree with their rows.
CREATE TABLE fonds_budget (
	wijk_id     INTEGER NOT NULL REFERENCES area(id),
	jaar        INTEGER NOT NULL,
	budget_cent INTEGER NOT NULL CHECK (budget_cent >= 0),
	user_id     INTEGER REFERENCES user(id),
	gewijzigd_op INTEGER NOT NULL,
	PRIMARY KEY (wijk_id, jaar)
) WITHOUT ROWID;

-- The fund's ledger, append-only: a grant ('toekenning') and each payment
-- ('betaling') is a row; a correction is a further row of the same soort
-- that names the row it corrects, its amount the difference (negative to
-- lower). Year and wijk are the initiative's.
CREATE TABLE fonds_boeking (
	id            INTEGER PRIMARY KEY,
	initiatief_id INTEGER NOT NULL REFERENCES initiatief(id),
	soort         TEXT NOT NULL CHECK (soort IN ('toekenning', 'betaling')),
	bedrag_cent   INTEGER NOT NULL,
	dag           INTEGER NOT NULL,                   -- days since the epoch, Amsterdam
	omschrijving  TEXT NOT NULL DEFAULT '',
	correctie_van INTEGER REFERENCES fonds_boeking(id),
	user_id       INTEGER REFERENCES user(id),
	vastgelegd_op INTEGER NOT NULL
);
CREATE INDEX fonds_boeking_initiatief ON fonds_boeking(initiatief_id, soort);
CREATE TRIGGER fonds_boeking_no_update BEFORE UPDATE ON fonds_boeking
BEGIN SELECT RAISE(ABORT, 'fonds_boeking is append-only'); END;
CREATE TRIGGER fonds_boeking_no_delete BEFORE DELETE ON fonds_boeking
BEGIN SELECT RAISE(ABORT, 'fonds_boeking is append-only'); END;
