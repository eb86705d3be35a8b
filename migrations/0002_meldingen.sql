-- The address register, categories, closing days, meldingen with their
-- timeline, attachments, and the outbox of messages to melders.
-- Moments are unix seconds (UTC); "dag" columns are Europe/Amsterdam day
-- numbers (days since 1970-01-01), fixed when the fact happens.

-- The corporation's homes as its ERP knows them (DESIGN.md, Areas).
CREATE TABLE address (
	id         INTEGER PRIMARY KEY,
	postcode   TEXT NOT NULL,                 -- normalised '1234 AB'
	huisnummer INTEGER NOT NULL CHECK (huisnummer > 0),
	toevoeging TEXT NOT NULL DEFAULT '',      -- upper-case, '' when none
	straat     TEXT NOT NULL DEFAULT '',
	woonplaats TEXT NOT NULL DEFAULT '',
	buurt_id   INTEGER NOT NULL REFERENCES area(id),
	complex_id INTEGER REFERENCES area(id),
	bag_id     TEXT,
	ontbreekt  INTEGER NOT NULL DEFAULT 0,    -- missing from the latest import
	UNIQUE (postcode, huisnummer, toevoeging)
);
CREATE INDEX address_buurt ON address(buurt_id);
CREATE INDEX address_complex ON address(complex_id);

CREATE TABLE category (
	id                      INTEGER PRIMARY KEY,
	code                    TEXT NOT NULL UNIQUE,
	naam                    TEXT NOT NULL,
	pijler                  TEXT NOT NULL CHECK (pijler IN ('fysiek', 'sociaal_preventief',
	                            'sociaal_repressief', 'samen_wonen')),
	toelichting             TEXT NOT NULL DEFAULT '',   -- hint on the public form
	bevestigen_werkdagen    INTEGER NOT NULL DEFAULT 2 CHECK (bevestigen_werkdagen BETWEEN 0 AND 60),
	terugkoppelen_werkdagen INTEGER NOT NULL DEFAULT 10 CHECK (terugkoppelen_werkdagen BETWEEN 0 AND 120),
	streef_werkdagen        INTEGER NOT NULL DEFAULT 5 CHECK (streef_werkdagen BETWEEN 0 AND 120),
	actief                  INTEGER NOT NULL DEFAULT 1,
	volgorde                INTEGER NOT NULL DEFAULT 0
);

-- Days the corporation is closed beyond the national holidays.
CREATE TABLE closing_day (
	dag   INTEGER PRIMARY KEY,
	reden TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

CREATE TABLE melding (
	id                  INTEGER PRIMARY KEY,
	referentie          TEXT NOT NULL UNIQUE,          -- M-2026-000123
	jaar                INTEGER NOT NULL,
	volgnummer          INTEGER NOT NULL,
	ontvangen_op        INTEGER NOT NULL,              -- business moment (staff may backdate)
	ontvangen_dag       INTEGER NOT NULL,
	geregistreerd_op    INTEGER NOT NULL,              -- when the row was written
	kanaal              TEXT NOT NULL CHECK (kanaal IN ('webformulier', 'api', 'telefoon', 'email',
	                        'balie', 'wijkbezoek', 'intern_verhuur', 'intern_incasso',
	                        'intern_technisch', 'extern_partner', 'extern_aannemer')),
	category_id         INTEGER NOT NULL REFERENCES category(id),
	omschrijving        TEXT NOT NULL,
	voorval             TEXT NOT NULL DEFAULT '',      -- when it happened, as told
	postcode            TEXT NOT NULL DEFAULT '',
	huisnummer          INTEGER,
	toevoeging          TEXT NOT NULL DEFAULT '',
	plaats              TEXT NOT NULL DEFAULT '',      -- free description of the place
	adres_tekst         TEXT NOT NULL DEFAULT '',      -- for search and lists
	address_id          INTEGER REFERENCES address(id),
	buurt_id            INTEGER REFERENCES area(id),
	wijk_id             INTEGER REFERENCES area(id),
	complex_id          INTEGER REFERENCES area(id),
	melder_naam         TEXT NOT NULL DEFAULT '',
	melder_email        TEXT NOT NULL DEFAULT '',
	melder_telefoon     TEXT NOT NULL DEFAULT '',
	anoniem             INTEGER NOT NULL DEFAULT 0,
	status              TEXT NOT NULL DEFAULT 'nieuw' CHECK (status IN ('nieuw', 'bevestigd',
	                        'in_behandeling', 'teruggekoppeld', 'afgesloten')),
	assignee_id         INTEGER REFERENCES user(id),
	created_by          INTEGER REFERENCES user(id),   -- the staff member who took it in
	-- Terms fixed at receipt: the category's werkdagen and the calendar then.
	bevestigen_dag      INTEGER NOT NULL,
	terugkoppelen_dag   INTEGER NOT NULL,
	streef_dag          INTEGER NOT NULL,
	-- The first confirmation and feedback (KPIs use the first ones).
	bevestigd_op        INTEGER,
	bevestigd_dag       INTEGER,
	teruggekoppeld_op   INTEGER,
	teruggekoppeld_dag  INTEGER,
	afgesloten_op       INTEGER,
	kosten_cent         INTEGER CHECK (kosten_cent >= 0),
	status_token_hash   BLOB UNIQUE,                   -- the melder's status link, hashed
	status_token_box    BLOB,                          -- and sealed, for later messages
	UNIQUE (jaar, volgnummer)
);
CREATE INDEX melding_ontvangen ON melding(ontvangen_dag, id);
CREATE INDEX melding_wijk ON melding(wijk_id, ontvangen_dag);
CREATE INDEX melding_status ON melding(status, bevestigen_dag);
CREATE INDEX melding_assignee ON melding(assignee_id, status);
CREATE INDEX melding_category ON melding(category_id, ontvangen_dag);
CREATE INDEX melding_address ON melding(address_id);
CREATE INDEX melding_created_by ON melding(created_by);
CREATE INDEX melding_onbekend ON melding(id) WHERE wijk_id IS NULL;

-- The timeline: every action with who and when (the business moment "op").
CREATE TABLE melding_event (
	id          INTEGER PRIMARY KEY,
	melding_id  INTEGER NOT NULL REFERENCES melding(id),
	op          INTEGER NOT NULL,
	vastgelegd  INTEGER NOT NULL,
	user_id     INTEGER REFERENCES user(id),
	soort       TEXT NOT NULL,          -- ontvangen, bevestigd, toegewezen, notitie, ...
	tekst       TEXT NOT NULL DEFAULT '',
	voor_melder INTEGER NOT NULL DEFAULT 0    -- shown on the melder's status page
);
CREATE INDEX melding_event_melding ON melding_event(melding_id, op);

CREATE TABLE attachment (
	id          INTEGER PRIMARY KEY,
	melding_id  INTEGER NOT NULL REFERENCES melding(id),
	bestandsnaam TEXT NOT NULL,         -- as the melder named it (display only)
	opslag      TEXT NOT NULL UNIQUE,   -- random name under data_dir/bijlagen
	mime        TEXT NOT NULL,          -- as libmagic read it
	grootte     INTEGER NOT NULL,
	created_at  INTEGER NOT NULL
);
CREATE INDEX attachment_melding ON attachment(melding_id);

-- Messages to melders (and later partners, staff). Sent by a background
-- thread when SMTP is configured; always visible where they belong.
CREATE TABLE outbox (
	id              INTEGER PRIMARY KEY,
	melding_id      INTEGER REFERENCES melding(id),
	soort           TEXT NOT NULL,       -- ontvangst, bevestiging, terugkoppeling, ...
	aan             TEXT NOT NULL DEFAULT '',   -- '' when the melder left no e-mail
	onderwerp       TEXT NOT NULL,
	tekst           TEXT NOT NULL,
	created_at      INTEGER NOT NULL,
	verzonden_op    INTEGER,
	pogingen        INTEGER NOT NULL DEFAULT 0,
	volgende_poging INTEGER NOT NULL DEFAULT 0,
	laatste_fout    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_pending ON outbox(volgende_poging) WHERE verzonden_op IS NULL AND aan <> '';
CREATE INDEX outbox_melding ON outbox(melding_id);

-- Full-text search on reference, address and description.
CREATE VIRTUAL TABLE melding_fts USING fts5(
	referentie, adres_tekst, omschrijving,
	content = 'melding', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER melding_fts_ai AFTER INSERT ON melding BEGIN
	INSERT INTO melding_fts(rowid, referentie, adres_tekst, omschrijving)
	VALUES (new.id, new.referentie, new.adres_tekst, new.omschrijving);
END;
CREATE TRIGGER melding_fts_au AFTER UPDATE OF referentie, adres_tekst, omschrijving ON melding BEGIN
	INSERT INTO melding_fts(melding_fts, rowid, referentie, adres_tekst, omschrijving)
	VALUES ('delete', old.id, old.referentie, old.adres_tekst, old.omschrijving);
	INSERT INTO melding_fts(rowid, referentie, adres_tekst, omschrijving)
	VALUES (new.id, new.referentie, new.adres_tekst, new.omschrijving);
END;

-- Files of a form that came back with errors, kept for an hour under a
-- random id so the melder does not pick them again (DESIGN.md, Uploads).
CREATE TABLE pending_upload (
	id           INTEGER PRIMARY KEY,
	token_hash   BLOB NOT NULL,
	bestandsnaam TEXT NOT NULL,
	opslag       TEXT NOT NULL UNIQUE,
	mime         TEXT NOT NULL,
	grootte      INTEGER NOT NULL,
	created_at   INTEGER NOT NULL
);
CREATE INDEX pending_upload_token ON pending_upload(token_hash);
CREATE INDEX pending_upload_created ON pending_upload(created_at);

-- Rate limiting of anonymous submissions per client address.
CREATE TABLE submit_log (
	id  INTEGER PRIMARY KEY,
	ip  TEXT NOT NULL,
	at  INTEGER NOT NULL
);
CREATE INDEX submit_log_ip ON submit_log(ip, at);

-- The melding types of DOMAIN.md; terms 2/10/5 unless the beheerder changes them.
INSERT INTO category(code, naam, pijler, toelichting, volgorde) VALUES
 ('geluid', 'Overlast: geluid', 'samen_wonen', 'Bijvoorbeeld harde muziek, schreeuwen of lawaai in de nacht.', 10),
 ('stank', 'Overlast: stank', 'samen_wonen', 'Bijvoorbeeld een sterke lucht uit een woning of het trappenhuis.', 20),
 ('agressie', 'Overlast: agressie of intimidatie', 'sociaal_repressief', 'Iemand bedreigt, scheldt of maakt u bang.', 30),
 ('drugs', 'Overlast: drugs', 'sociaal_repressief', 'Bijvoorbeeld handel, veel aanloop of de geur van hennep.', 40),
 ('huisdieren', 'Overlast: huisdieren', 'samen_wonen', 'Bijvoorbeeld blaffen, poep of loslopende dieren.', 50),
 ('overlast_overig', 'Overlast: iets anders', 'samen_wonen', 'Overlast die niet in de andere keuzes past.', 60),
 ('vervuiling', 'Vervuiling of verwaarlozing van woning of tuin', 'fysiek', 'Bijvoorbeeld afval in of rond een woning, of een verwaarloosde tuin.', 70),
 ('zorgsignaal', 'Zorgen om een buur (verward gedrag, eenzaamheid)', 'sociaal_preventief', 'U maakt zich zorgen om iemand: verward gedrag of eenzaamheid.', 80),
 ('huiselijk_geweld', 'Vermoeden van huiselijk geweld', 'sociaal_preventief', 'Bij direct gevaar: bel 112. Twijfelt u? Bel Veilig Thuis: 0800-2000.', 90),
 ('criminaliteit', 'Criminaliteit, ondermijning of woonfraude', 'sociaal_repressief', 'Bijvoorbeeld onderverhuur, een hennepkwekerij of illegale bewoning.', 100),
 ('zwerfvuil', 'Zwerfvuil of grofvuil', 'fysiek', 'Afval op straat, in portieken of bij containers.', 110),
 ('vernieling', 'Vernieling of graffiti', 'fysiek', 'Schade aan gebouwen, deuren, ramen of de omgeving.', 120),
 ('verlichting', 'Kapotte verlichting', 'fysiek', 'In portieken, galerijen, trappenhuizen of op het terrein.', 130),
 ('groen', 'Groen en tuinen rond het complex', 'fysiek', 'Bijvoorbeeld overhangende takken of onderhoud van gemeenschappelijk groen.', 140),
 ('bewonersinitiatief', 'Idee of initiatief voor de buurt', 'samen_wonen', 'Een plan om samen met buren de buurt beter te maken.', 150);
