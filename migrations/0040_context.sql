-- Context for staff (issue 17, point 8) and what partners may see of the
-- melders (point 6).
--
-- The staff melding page lists the other meldingen at the same postcode
-- (and, without a matched address, the same house number) in the last 12
-- weeks, and the melder's other meldingen: each an index range in date
-- order with a LIMIT, newest first, never a scan (tests/http/test_context.c
-- checks the plans). The same address with a matched address uses
-- melding_address_recent (0011). The melder is melder_sleutel (the e-mail,
-- else the phone) or the phone number, for a melder who gave an e-mail one
-- time and only a phone the other.
-- melding_address_recent came into 0011 after 0011 had run on some
-- databases (the benchmark's among them): made here when it is missing,
-- as 0011 defines it, since the address list names it.
CREATE INDEX IF NOT EXISTS melding_address_recent ON melding(address_id, ontvangen_op, id, wijk_id, created_by)
	WHERE address_id IS NOT NULL;
CREATE INDEX melding_postcode_recent ON melding(postcode, ontvangen_op) WHERE postcode <> '';
CREATE INDEX melding_melder_recent ON melding(melder_sleutel, ontvangen_op) WHERE melder_sleutel IS NOT NULL;
CREATE INDEX melding_telefoon_recent ON melding(melder_telefoon, ontvangen_op) WHERE melder_telefoon <> '';

-- The meldingen whose melders' contact details a referral shares with the
-- partner, chosen when it was sent. Shown only while the melding still has
-- delen_met_partners = 1, is not anonymous and not anonymised: consent
-- withdrawn or data erased takes them off the partner's page at once.
CREATE TABLE referral_melder (
	referral_id INTEGER NOT NULL REFERENCES referral(id),
	melding_id  INTEGER NOT NULL REFERENCES melding(id),
	PRIMARY KEY (referral_id, melding_id)
) WITHOUT ROWID;
