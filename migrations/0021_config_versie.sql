-- What a server keeps per thread between requests (the categories, the
-- calendar) is read again when its row here has moved. Triggers move it
-- on every change, also one made outside the server (sqlite3, a command).
-- PRAGMA data_version would move with every melding as well: under a
-- steady intake nothing would stay kept.
CREATE TABLE config_versie (
	naam   TEXT PRIMARY KEY,
	versie INTEGER NOT NULL
) WITHOUT ROWID;
INSERT INTO config_versie(naam, versie) VALUES ('category', 1), ('calendar', 1);

CREATE TRIGGER category_versie_ai AFTER INSERT ON category BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'category';
END;
CREATE TRIGGER category_versie_au AFTER UPDATE ON category BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'category';
END;
CREATE TRIGGER category_versie_ad AFTER DELETE ON category BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'category';
END;
CREATE TRIGGER closing_day_versie_ai AFTER INSERT ON closing_day BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'calendar';
END;
CREATE TRIGGER closing_day_versie_ad AFTER DELETE ON closing_day BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'calendar';
END;
CREATE TRIGGER closing_day_versie_au AFTER UPDATE ON closing_day BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'calendar';
END;
CREATE TRIGGER feestdag_werkdag_versie_ai AFTER INSERT ON feestdag_werkdag BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'calendar';
END;
CREATE TRIGGER feestdag_werkdag_versie_ad AFTER DELETE ON feestdag_werkdag BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'calendar';
END;
