-- Standaardteksten (issue 17, point 5): texts the beheerder keeps per
-- category (or for every category: category_id NULL) and step, which staff
-- pick in the melding's message forms and edit before sending. The text
-- holds placeholders such as {meldnummer} (domain/standaardtekst.h) and no
-- greeting: the message around it adds exactly one. Nothing refers to a
-- text (a sent message keeps its own words), so one can be deleted.
CREATE TABLE standaardtekst (
	id             INTEGER PRIMARY KEY,
	category_id    INTEGER REFERENCES category(id),
	stap           TEXT NOT NULL CHECK (stap IN ('bevestiging', 'terugkoppeling', 'afsluiting')),
	titel          TEXT NOT NULL,
	tekst          TEXT NOT NULL,
	actief         INTEGER NOT NULL DEFAULT 1,
	gewijzigd_op   INTEGER,
	gewijzigd_door INTEGER REFERENCES user(id)
);
-- The choice on a melding's page: the active texts of one step for its category and for all.
CREATE INDEX standaardtekst_stap ON standaardtekst(stap, category_id);
