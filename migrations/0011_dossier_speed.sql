-- Dossier pages at a million meldingen (issue 14).
--
-- "Nieuwe meldingen" (store/dossier_parts.c) are the meldingen at an open
-- dossier's subject - its address, or else its complex - with an id above
-- its melding_grens, not linked and not set aside. GET /dossiers shows the
-- 20 newest over all of a user's dossiers: per dossier it reads its subject's
-- meldingen newest first from one of these indexes, which also hold what
-- the melding scope asks (wijk_id, created_by), and stops at 20. Before them
-- the planner walked all of melding by ontvangen_op (half a second), and a
-- complex had no index at all.
--
-- id is named so that (subject, ontvangen_op, id) is the order the list
-- sorts in; partial, because only meldingen with that subject are wanted
-- ("m.address_id = d.address_id" implies NOT NULL, so the planner may use them).
CREATE INDEX melding_address_recent ON melding(address_id, ontvangen_op, id, wijk_id, created_by)
	WHERE address_id IS NOT NULL;
CREATE INDEX melding_complex_recent ON melding(complex_id, ontvangen_op, id, wijk_id, created_by)
	WHERE complex_id IS NOT NULL;
