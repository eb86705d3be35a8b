-- Doorverwijzingen (issue 8): a case worker refers a dossier to a partner
-- organisation, the partner accepts or declines and answers in its portal.
-- Moments are unix seconds (UTC); "dag" columns are Europe/Amsterdam day
-- numbers (days since 1970-01-01), as in 0002 and 0005.
--
-- What a partner may read lives in its own rows here: the question, the
-- summary the case worker wrote and copies of the files the case worker
-- chose. Nothing of the dossier is joined into a partner's queries
-- (store/referral.c), so there is nothing else for a partner to reach.

-- The answer term per kind of partner organisation, in werkdagen. A
-- referral copies its term when it is sent: a later change by the
-- beheerder moves no due date that was already promised.
CREATE TABLE partner_termijn (
	soort          TEXT PRIMARY KEY,                 -- domain/partner.h ids
	werkdagen      INTEGER NOT NULL DEFAULT 5 CHECK (werkdagen BETWEEN 1 AND 60),
	gewijzigd_op   INTEGER,
	gewijzigd_door INTEGER REFERENCES user(id)
) WITHOUT ROWID;

INSERT INTO partner_termijn(soort, werkdagen) VALUES
	('sociaal_wijkteam', 5), ('ggz', 5), ('zorg', 5), ('politie', 5), ('gemeente', 5),
	('buurtbemiddeling', 5), ('veiligheidshuis', 5), ('riec', 5), ('maatschappelijk_werk', 5),
	('schuldhulp', 5), ('overig', 5);

CREATE TABLE referral (
	id                  INTEGER PRIMARY KEY,
	dossier_id          INTEGER NOT NULL REFERENCES dossier(id),
	partner_id          INTEGER NOT NULL REFERENCES partner(id),
	status              TEXT NOT NULL DEFAULT 'verstuurd' CHECK (status IN ('verstuurd', 'geaccepteerd',
	                        'afgewezen', 'beantwoord', 'afgesloten')),
	-- Why the corporation refers: for its own dossier, never shown to the partner.
	reden               TEXT NOT NULL CHECK (reden <> ''),
	-- The question to the partner and the summary of what is shared: what the partner reads.
	vraag               TEXT NOT NULL CHECK (vraag <> ''),
	gedeelde_informatie TEXT NOT NULL CHECK (gedeelde_informatie <> ''),
	verstuurd_op        INTEGER NOT NULL,
	termijn_werkdagen   INTEGER NOT NULL CHECK (termijn_werkdagen >= 1),
	antwoord_dag        INTEGER NOT NULL,            -- antwoord_uiterlijk
	created_by          INTEGER NOT NULL REFERENCES user(id),
	geaccepteerd_op     INTEGER,
	afgewezen_op        INTEGER,
	afwijs_reden        TEXT NOT NULL DEFAULT '',
	beantwoord_op       INTEGER,                     -- the first answer: when the term was met
	afgesloten_op       INTEGER,
	afgesloten_door     INTEGER REFERENCES user(id),
	CHECK ((status = 'afgesloten') = (afgesloten_op IS NOT NULL)),
	CHECK (afgewezen_op IS NULL OR afwijs_reden <> '')
);
-- A partner's list: always by its own organisation first.
CREATE INDEX referral_partner ON referral(partner_id, status, antwoord_dag);
CREATE INDEX referral_dossier ON referral(dossier_id);
CREATE INDEX referral_open ON referral(antwoord_dag) WHERE status IN ('verstuurd', 'geaccepteerd');
CREATE INDEX referral_verstuurd ON referral(verstuurd_op);

-- The referral's own history: sent, accepted, declined (with the reason),
-- every answer, closed. The partner reads this; the dossier gets its own
-- dossier_event rows in the same transaction for its timeline.
CREATE TABLE referral_event (
	id          INTEGER PRIMARY KEY,
	referral_id INTEGER NOT NULL REFERENCES referral(id),
	op          INTEGER NOT NULL,
	user_id     INTEGER REFERENCES user(id),
	soort       TEXT NOT NULL CHECK (soort IN ('verstuurd', 'geaccepteerd', 'afgewezen', 'reactie', 'afgesloten')),
	tekst       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX referral_event_referral ON referral_event(referral_id, op);

-- Files of a referral: copies of the melding files the case worker chose
-- (van_partner 0, under a neutral name, so the melder's own file name does
-- not travel), and the files a partner sends with an answer (van_partner 1,
-- event_id the answer). A copy, not a pointer: the partner's access is to
-- these rows only, and they outlive what happens to the melding's files.
CREATE TABLE referral_file (
	id           INTEGER PRIMARY KEY,
	referral_id  INTEGER NOT NULL REFERENCES referral(id),
	event_id     INTEGER REFERENCES referral_event(id),
	van_partner  INTEGER NOT NULL DEFAULT 0 CHECK (van_partner IN (0, 1)),
	bestandsnaam TEXT NOT NULL,
	opslag       TEXT NOT NULL UNIQUE,               -- random name under data_dir/bijlagen
	mime         TEXT NOT NULL,                      -- as libmagic read it
	grootte      INTEGER NOT NULL,
	created_at   INTEGER NOT NULL,
	user_id      INTEGER REFERENCES user(id)
);
CREATE INDEX referral_file_referral ON referral_file(referral_id);
