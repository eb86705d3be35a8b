-- Referrals get a reference of their own, R-2026-00001, numbered per year
-- of sending (Amsterdam time, as the dossiers' D-2026-00001): what a case
-- worker and a partner name on the phone, in lists, notices and the API.
ALTER TABLE referral ADD COLUMN jaar INTEGER;
ALTER TABLE referral ADD COLUMN volgnummer INTEGER;
ALTER TABLE referral ADD COLUMN referentie TEXT;
-- Existing referrals, in the order they were sent. The year of a moment in
-- Amsterdam: UTC+1 is enough here (no referral is sent in the hour around
-- midnight on New Year's Eve in summer time).
UPDATE referral SET jaar = CAST(strftime('%Y', verstuurd_op + 3600, 'unixepoch') AS INTEGER);
UPDATE referral SET volgnummer = (SELECT count(*) FROM referral r2 WHERE r2.jaar = referral.jaar AND r2.id <= referral.id);
UPDATE referral SET referentie = printf('R-%04d-%05d', jaar, volgnummer);
CREATE UNIQUE INDEX referral_referentie ON referral(referentie);
CREATE UNIQUE INDEX referral_jaar_volgnummer ON referral(jaar, volgnummer);
