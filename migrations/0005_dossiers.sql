-- Leefbaarheidsdossiers (issue 7): the case file that bundles meldingen
-- about one address or complex, with its team, journal, interventions,
-- letters, AVE escalations and timeline, and the letter templates the
-- beheerder edits.
-- Moments are unix seconds (UTC); "dag" columns are Europe/Amsterdam day
-- numbers (days since 1970-01-01), as in 0002.

CREATE TABLE dossier (
	id              INTEGER PRIMARY KEY,
	referentie      TEXT NOT NULL UNIQUE,          -- D-2026-00001
	jaar            INTEGER NOT NULL,
	volgnummer      INTEGER NOT NULL,
	-- The subject: an address from the register, or a complex. The areas
	-- are copied from the register when the dossier is opened, so a later
	-- import that moves an address does not move the case out of its team.
	address_id      INTEGER REFERENCES address(id),
	complex_id      INTEGER REFERENCES area(id),
	buurt_id        INTEGER REFERENCES area(id),
	wijk_id         INTEGER NOT NULL REFERENCES area(id),   -- the scope of the dossier
	onderwerp_tekst TEXT NOT NULL,                 -- the address or complex as text, for lists and search
	huishouden      TEXT NOT NULL DEFAULT '',      -- optional label: "familie op 2-hoog"
	pijler          TEXT NOT NULL CHECK (pijler IN ('fysiek', 'sociaal_preventief',
	                    'sociaal_repressief', 'samen_wonen')),
	owner_id        INTEGER NOT NULL REFERENCES user(id),
	status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'gesloten')),
	geopend_op      INTEGER NOT NULL,
	gesloten_op     INTEGER,
	-- The outcome on closing; 'ontruiming' is the KPI "aantal uitzettingen".
	uitkomst        TEXT CHECK (uitkomst IN ('opgelost', 'verbeterd', 'overgedragen', 'verhuisd',
	                    'huur_beeindigd', 'ontruiming', 'overig')),
	uitkomst_toelichting TEXT NOT NULL DEFAULT '',
	-- The current AVE level and who holds regie; history in escalation.
	ave_niveau      TEXT NOT NULL DEFAULT 'groen' CHECK (ave_niveau IN ('groen', 'oranje', 'rood', 'donkerrood')),
	ave_regie       TEXT NOT NULL DEFAULT 'bewoner' CHECK (ave_regie IN ('bewoner', 'sociaal_wijkteam',
	                    'zorg_en_veiligheidshuis', 'burgemeester')),
	-- Vervuilde woning (a KPI): marked on a day, possibly lifted later.
	vervuild        INTEGER NOT NULL DEFAULT 0 CHECK (vervuild IN (0, 1)),
	vervuild_dag    INTEGER,
	vervuild_opgeheven_dag INTEGER,
	gevoelig        INTEGER NOT NULL DEFAULT 0 CHECK (gevoelig IN (0, 1)),
	created_by      INTEGER NOT NULL REFERENCES user(id),
	-- The last melding id when the dossier was opened: later ones at its
	-- address are "nieuwe meldingen" (ids only grow; moments tie in a second).
	melding_grens   INTEGER NOT NULL DEFAULT 0,
	UNIQUE (jaar, volgnummer),
	CHECK (address_id IS NOT NULL OR complex_id IS NOT NULL),
	CHECK ((status = 'gesloten') = (gesloten_op IS NOT NULL)),
	CHECK ((status = 'gesloten') = (uitkomst IS NOT NULL)),
	CHECK (vervuild = 0 OR vervuild_dag IS NOT NULL)
);
CREATE INDEX dossier_wijk ON dossier(wijk_id, status);
CREATE INDEX dossier_owner ON dossier(owner_id, status);
CREATE INDEX dossier_address ON dossier(address_id) WHERE address_id IS NOT NULL;
CREATE INDEX dossier_complex ON dossier(complex_id) WHERE complex_id IS NOT NULL;
CREATE INDEX dossier_geopend ON dossier(geopend_op);
CREATE INDEX dossier_gesloten ON dossier(gesloten_op) WHERE gesloten_op IS NOT NULL;

-- The team besides the owner.
CREATE TABLE dossier_member (
	dossier_id      INTEGER NOT NULL REFERENCES dossier(id),
	user_id         INTEGER NOT NULL REFERENCES user(id),
	toegevoegd_op   INTEGER NOT NULL,
	toegevoegd_door INTEGER REFERENCES user(id),
	PRIMARY KEY (dossier_id, user_id)
) WITHOUT ROWID;
CREATE INDEX dossier_member_user ON dossier_member(user_id);

-- Meldingen bundled in a dossier. A melding may lie in more than one
-- dossier (two households in one conflict), so no one learns from a refused
-- link that some other dossier holds it.
CREATE TABLE dossier_melding (
	dossier_id     INTEGER NOT NULL REFERENCES dossier(id),
	melding_id     INTEGER NOT NULL REFERENCES melding(id),
	gekoppeld_op   INTEGER NOT NULL,
	gekoppeld_door INTEGER REFERENCES user(id),
	PRIMARY KEY (dossier_id, melding_id)
) WITHOUT ROWID;
CREATE INDEX dossier_melding_melding ON dossier_melding(melding_id);

-- New meldingen at a dossier's address that its owner chose not to link:
-- they leave the "nieuwe meldingen" lists.
CREATE TABLE dossier_melding_negeer (
	dossier_id INTEGER NOT NULL REFERENCES dossier(id),
	melding_id INTEGER NOT NULL REFERENCES melding(id),
	op         INTEGER NOT NULL,
	user_id    INTEGER REFERENCES user(id),
	PRIMARY KEY (dossier_id, melding_id)
) WITHOUT ROWID;

-- The journal. Vertrouwelijk notes are for the owner and members only:
-- not on the court overview, not in search.
CREATE TABLE dossier_note (
	id            INTEGER PRIMARY KEY,
	dossier_id    INTEGER NOT NULL REFERENCES dossier(id),
	op            INTEGER NOT NULL,              -- when it happened (the day typed, or now)
	vastgelegd    INTEGER NOT NULL,              -- when it was written down
	user_id       INTEGER REFERENCES user(id),
	tekst         TEXT NOT NULL,
	vertrouwelijk INTEGER NOT NULL DEFAULT 0 CHECK (vertrouwelijk IN (0, 1))
);
CREATE INDEX dossier_note_dossier ON dossier_note(dossier_id, op);

-- Interventions from DOMAIN.md's instrument list (domain/dossier.h).
CREATE TABLE intervention (
	id             INTEGER PRIMARY KEY,
	dossier_id     INTEGER NOT NULL REFERENCES dossier(id),
	soort          TEXT NOT NULL,
	gepland_dag    INTEGER,
	uitgevoerd_dag INTEGER,
	uitkomst       TEXT NOT NULL DEFAULT '',
	toelichting    TEXT NOT NULL DEFAULT '',
	user_id        INTEGER REFERENCES user(id),
	vastgelegd     INTEGER NOT NULL,
	gewijzigd_op   INTEGER,
	-- Where it stands on the timeline: the moment it was written down when
	-- that was on its day (done, else planned), noon of that day otherwise.
	tijdlijn_op    INTEGER NOT NULL,
	CHECK (gepland_dag IS NOT NULL OR uitgevoerd_dag IS NOT NULL)
);
CREATE INDEX intervention_dossier ON intervention(dossier_id);

-- Letters as sent: the text is fixed when generated, so a later change
-- of the template never rewrites what the tenant received.
CREATE TABLE letter (
	id         INTEGER PRIMARY KEY,
	dossier_id INTEGER NOT NULL REFERENCES dossier(id),
	soort      TEXT NOT NULL CHECK (soort IN ('waarschuwingsbrief', 'sommatiebrief')),
	aan        TEXT NOT NULL,
	datum_dag  INTEGER NOT NULL,
	tekst      TEXT NOT NULL,
	user_id    INTEGER REFERENCES user(id),
	vastgelegd INTEGER NOT NULL
);
CREATE INDEX letter_dossier ON letter(dossier_id);

-- The corporation's letters, edited by the beheerder (/beheer/brieven).
CREATE TABLE letter_template (
	soort          TEXT PRIMARY KEY CHECK (soort IN ('waarschuwingsbrief', 'sommatiebrief')),
	tekst          TEXT NOT NULL,
	gewijzigd_op   INTEGER,
	gewijzigd_door INTEGER REFERENCES user(id)
);

-- The AVE ladder: every change of level or regie, with its reason.
CREATE TABLE escalation (
	id         INTEGER PRIMARY KEY,
	dossier_id INTEGER NOT NULL REFERENCES dossier(id),
	van_niveau TEXT NOT NULL,
	van_regie  TEXT NOT NULL,
	niveau     TEXT NOT NULL CHECK (niveau IN ('groen', 'oranje', 'rood', 'donkerrood')),
	regie      TEXT NOT NULL CHECK (regie IN ('bewoner', 'sociaal_wijkteam',
	               'zorg_en_veiligheidshuis', 'burgemeester')),
	reden      TEXT NOT NULL CHECK (reden <> ''),
	op         INTEGER NOT NULL,
	user_id    INTEGER REFERENCES user(id)
);
CREATE INDEX escalation_dossier ON escalation(dossier_id, op);

-- What happened to the dossier itself: opened, closed, reopened, meldingen
-- linked and unlinked, team changes, flags. Notes, interventions, letters
-- and escalations are events by their own rows (see store/dossier.c's
-- timeline query).
CREATE TABLE dossier_event (
	id         INTEGER PRIMARY KEY,
	dossier_id INTEGER NOT NULL REFERENCES dossier(id),
	op         INTEGER NOT NULL,
	user_id    INTEGER REFERENCES user(id),
	soort      TEXT NOT NULL,
	tekst      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dossier_event_dossier ON dossier_event(dossier_id, op);
-- Which dossiers a melding was ever linked to (tekst holds its reference).
CREATE INDEX dossier_event_melding ON dossier_event(tekst) WHERE soort IN ('gekoppeld', 'ontkoppeld');

-- Search: reference, subject, the references of linked meldingen and the
-- notes that are not vertrouwelijk. Kept by store/dossier.c in the
-- transaction of each change (rowid = dossier.id).
CREATE VIRTUAL TABLE dossier_fts USING fts5(
	referentie, onderwerp, meldingen, notities,
	tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO letter_template(soort, tekst) VALUES
('waarschuwingsbrief',
'{{organisatie}}

Aan: {{naam}}
{{adres}}

Datum: {{datum}}
Ons kenmerk: {{referentie}}
Onderwerp: waarschuwing wegens overlast

Geachte {{naam}},

Wij hebben meldingen gekregen over overlast bij uw woning. Het gaat om het volgende:

{{feiten}}

Als huurder moet u zich gedragen als een goed huurder. Dat staat in uw huurovereenkomst en in de wet (artikel 7:213 van het Burgerlijk Wetboek). U mag uw buren geen overlast bezorgen. U bent ook verantwoordelijk voor de mensen die bij u wonen of bij u op bezoek komen (artikel 7:219 BW).

Wij vragen u de overlast direct te stoppen. Blijft de overlast, dan nemen wij verdere maatregelen. Wilt u hierover met ons praten? Bel of mail ons en noem het kenmerk {{referentie}}.

Met vriendelijke groet,

{{medewerker}}
{{organisatie}}'),
('sommatiebrief',
'{{organisatie}}

Aan: {{naam}}
{{adres}}

Datum: {{datum}}
Ons kenmerk: {{referentie}}
Onderwerp: sommatie: stop de overlast

Geachte {{naam}},

Wij hebben u eerder gewaarschuwd voor overlast bij uw woning. Toch hebben wij opnieuw meldingen gekregen. Het gaat om het volgende:

{{feiten}}

U houdt zich hiermee niet aan uw huurovereenkomst en aan de wet (artikelen 7:213 en 7:219 van het Burgerlijk Wetboek).

Wij sommeren u hierbij de overlast direct en blijvend te stoppen. Krijgen wij na de datum van deze brief opnieuw meldingen die wij kunnen vaststellen, dan kunnen wij de kantonrechter vragen de huurovereenkomst te ontbinden en de woning te laten ontruimen. De kosten daarvan kunnen wij bij u in rekening brengen.

Wilt u hierover met ons praten? Bel of mail ons binnen 14 dagen en noem het kenmerk {{referentie}}.

Met vriendelijke groet,

{{medewerker}}
{{organisatie}}');
