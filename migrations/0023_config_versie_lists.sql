-- The filter form's lists (categories, wijken, staff) are kept per thread
-- until one of them changes: versions for areas and users beside the
-- category's (migration 0021), so a steady intake no longer makes every
-- list page read them again.
INSERT INTO config_versie(naam, versie) VALUES ('area', 1), ('user', 1);

CREATE TRIGGER area_versie_ai AFTER INSERT ON area BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'area';
END;
CREATE TRIGGER area_versie_au AFTER UPDATE ON area BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'area';
END;
CREATE TRIGGER area_versie_ad AFTER DELETE ON area BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'area';
END;
CREATE TRIGGER user_versie_ai AFTER INSERT ON user BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'user';
END;
CREATE TRIGGER user_versie_au AFTER UPDATE ON user BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'user';
END;
CREATE TRIGGER user_versie_ad AFTER DELETE ON user BEGIN
	UPDATE config_versie SET versie = versie + 1 WHERE naam = 'user';
END;
