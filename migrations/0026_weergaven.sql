-- Saved views (issue 16, point 4): a user keeps the filters of a list
-- under a name ("mijn open meldingen", "te laat in Noord") and opens them
-- from above that list. Generic: the list's path and its query string, so
-- the dossier and referral lists can keep views here too. Each user's
-- own: no one else reads or removes them (store/view.c asks by user).
CREATE TABLE weergave (
	id         INTEGER PRIMARY KEY,
	user_id    INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
	pad        TEXT NOT NULL CHECK (substr(pad, 1, 1) = '/' AND substr(pad, 2, 1) <> '/'),
	naam       TEXT NOT NULL COLLATE NOCASE CHECK (length(naam) BETWEEN 1 AND 60),
	query      TEXT NOT NULL,
	aangemaakt INTEGER NOT NULL,
	UNIQUE (user_id, pad, naam)
);
