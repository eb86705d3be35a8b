-- The outbox keeps no secret and one Message-ID per message (issue 15,
-- point 4 and 5).
--
-- message_id: the random part of the Message-ID header, made and stored
-- before the first attempt to send (mail/sender.c; '' until then), so a
-- retry after a connection lost after DATA carries the same Message-ID
-- and the receiver can drop the copy.
ALTER TABLE outbox ADD COLUMN message_id TEXT NOT NULL DEFAULT '';

-- The melder's status link was stored in plaintext in the mail's text and
-- shown to every staff member who read the melding. The text now holds a
-- placeholder in its place (store/outbox.h, OUTBOX_STATUS_LINK); the
-- sender puts the link back from the sealed token (melding.status_token_box)
-- when it sends. Older messages: the line between the footer's
-- "persoonlijke link:" and "Deel deze link niet met anderen." (domain/messages.c)
-- becomes the placeholder.
UPDATE outbox SET tekst =
	substr(tekst, 1, instr(tekst, 'persoonlijke link:' || char(10)) + 18)
	|| '[persoonlijke link: alleen in de e-mail aan de melder]'
	|| substr(tekst, instr(tekst, char(10) || 'Deel deze link niet met anderen.'))
WHERE instr(tekst, 'persoonlijke link:' || char(10)) > 0
  AND instr(tekst, char(10) || 'Deel deze link niet met anderen.') > instr(tekst, 'persoonlijke link:' || char(10))
  AND instr(tekst, '/melding/status/') > 0;
