-- The dashboard's map and worklists (issue 9).
--
-- kaart_vorm: the outline of a wijk or buurt from an uploaded GeoJSON file
-- (/beheer/kaart), already projected: one equirectangular projection for the
-- whole file, in map units with y pointing down, so drawing is copying the
-- path into an SVG <path d>. minx..maxy is the area's box in those units, so
-- a page that shows only some wijken can zoom to them. A new upload
-- replaces every outline (one file describes one city).
CREATE TABLE kaart_vorm (
	area_id  INTEGER PRIMARY KEY REFERENCES area(id),
	pad      TEXT NOT NULL,        -- SVG path data: "M x y L x y ... Z" per ring
	minx     REAL NOT NULL,
	miny     REAL NOT NULL,
	maxx     REAL NOT NULL,
	maxy     REAL NOT NULL,
	labelx   REAL NOT NULL,        -- where the name goes: the centre of the largest ring
	labely   REAL NOT NULL
);

-- Which file the outlines came from, for the beheer page.
CREATE TABLE kaart_bron (
	id          INTEGER PRIMARY KEY CHECK (id = 1),
	bestandsnaam TEXT NOT NULL,
	geladen_op  INTEGER NOT NULL,
	geladen_door INTEGER REFERENCES user(id),
	vormen      INTEGER NOT NULL,
	overgeslagen INTEGER NOT NULL
);

-- The daily overview mail (leefbaar dagoverzicht): one per staff member per
-- day, however often cron runs the command.
CREATE TABLE dagoverzicht (
	user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
	dag     INTEGER NOT NULL,
	PRIMARY KEY (user_id, dag)
) WITHOUT ROWID;

-- Worklists: what still waits for a first confirmation or a first feedback.
-- Partial indexes hold only open work (a few hundred rows, however many
-- meldingen there are), ordered by due day, so "due today" and "late" are
-- a short range scan. The queries repeat these WHERE clauses word for word,
-- which is how SQLite knows it may use them.
CREATE INDEX melding_werk_bevestigen ON melding(bevestigen_dag)
	WHERE bevestigd_op IS NULL AND status <> 'afgesloten';
CREATE INDEX melding_werk_terugkoppelen ON melding(terugkoppelen_dag)
	WHERE teruggekoppeld_op IS NULL AND status <> 'afgesloten';
