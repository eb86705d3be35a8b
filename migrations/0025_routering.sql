-- Routing (issue 16, point 2): rules that assign a new melding to a person
-- or a team. Each condition is NULL for "any"; the first active rule that
-- matches, in volgorde, wins. The time of day is in minutes of the
-- Amsterdam day of the melding's receipt: van inclusive, tot exclusive,
-- van > tot spans midnight.

-- A team: a named group of staff, managed in beheer. A melding routed to a
-- team carries its team_id until a member takes it (toewijzen).
CREATE TABLE team (
	id     INTEGER PRIMARY KEY,
	naam   TEXT NOT NULL UNIQUE
);
CREATE TABLE team_member (
	team_id INTEGER NOT NULL REFERENCES team(id),
	user_id INTEGER NOT NULL REFERENCES user(id),
	PRIMARY KEY (team_id, user_id)
) WITHOUT ROWID;
CREATE INDEX team_member_user ON team_member(user_id);

CREATE TABLE routing_rule (
	id          INTEGER PRIMARY KEY,
	naam        TEXT NOT NULL,
	volgorde    INTEGER NOT NULL,
	actief      INTEGER NOT NULL DEFAULT 1,
	category_id INTEGER REFERENCES category(id),
	area_id     INTEGER REFERENCES area(id),            -- a wijk or a buurt
	kanaal      TEXT,
	van_minuut  INTEGER CHECK (van_minuut BETWEEN 0 AND 1439),
	tot_minuut  INTEGER CHECK (tot_minuut BETWEEN 0 AND 1439),
	user_id     INTEGER REFERENCES user(id),            -- the target: a person
	team_id     INTEGER REFERENCES team(id),            -- or a team
	CHECK ((van_minuut IS NULL) = (tot_minuut IS NULL)),
	CHECK ((user_id IS NULL) <> (team_id IS NULL))
);
CREATE INDEX routing_rule_volgorde ON routing_rule(volgorde, id);

-- Who set the current assignee or team: 1 a routing rule (a later change of
-- the address may route it again), 0 a person or nobody (never overridden).
ALTER TABLE melding ADD COLUMN toegewezen_door_regel INTEGER NOT NULL DEFAULT 0;
ALTER TABLE melding ADD COLUMN team_id INTEGER REFERENCES team(id);
