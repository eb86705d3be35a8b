-- Feestdagen the corporation works on after all (its collective agreement
-- may say so): they count as werkdagen for terms set from then on. Only a
-- national feestdag on a weekday is listed (the beheer page checks it).
CREATE TABLE feestdag_werkdag (
	dag INTEGER PRIMARY KEY
) WITHOUT ROWID;
