-- The public form's duplicate suggestion (issue 17, point 1): the open
-- meldingen at one address in the last weeks (store/melding_dubbel.c).
CREATE INDEX melding_dubbel ON melding(postcode, huisnummer, toevoeging, ontvangen_op)
	WHERE status <> 'afgesloten' AND postcode <> '';
