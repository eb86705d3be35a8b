-- Notifications (issue 16, point 1): what happened that concerns a user,
-- written in the same transaction as the event (app/notify.c), shown at
-- /notificaties with the unread count in every page's header, and mailed,
-- bundled, to whoever chose mail for that kind.
--
-- No reference to the melding, dossier or referral: the text holds only
-- their references and the url the page to open, so retention and privacy
-- erasure remove cases without looking here.
CREATE TABLE notification (
	id         INTEGER PRIMARY KEY,
	user_id    INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
	soort      TEXT NOT NULL CHECK (soort IN ('toegewezen', 'dossier_melding', 'doorverwijzing_geaccepteerd',
	               'doorverwijzing_afgewezen', 'doorverwijzing_reactie', 'melder_aanvulling', 'werk')),
	tekst      TEXT NOT NULL,
	url        TEXT NOT NULL CHECK (substr(url, 1, 1) = '/' AND substr(url, 2, 1) <> '/'),
	op         INTEGER NOT NULL,
	gelezen_op INTEGER,
	-- 0: no mail for this one; 1: waits for the bundled mail; 2: in a mail.
	mail       INTEGER NOT NULL DEFAULT 0 CHECK (mail IN (0, 1, 2))
);
-- The list, newest first, per user.
CREATE INDEX notification_user ON notification(user_id, id);
-- The header's unread count on every page: only unread rows, per user;
-- gelezen_op in the key makes the count covering (the table is not read).
CREATE INDEX notification_unread ON notification(user_id, gelezen_op) WHERE gelezen_op IS NULL;
-- The bundling sweep: only rows that wait for their mail.
CREATE INDEX notification_mail ON notification(user_id, op) WHERE mail = 1;

-- Per user and kind, whether it also comes by mail; no row: the default
-- (app/notify.c: mail on).
CREATE TABLE notification_pref (
	user_id INTEGER NOT NULL REFERENCES user(id) ON DELETE CASCADE,
	soort   TEXT NOT NULL,
	mail    INTEGER NOT NULL CHECK (mail IN (0, 1)),
	PRIMARY KEY (user_id, soort)
) WITHOUT ROWID;
