-- Privacy duties (issue 15, point 7): retention by anonymisation, and the
-- one change the audit trail allows.
--
-- A melding, dossier or doorverwijzing past its retention term keeps its row
-- and its KPI facts (days, category, wijk, outcome) but loses what tells who
-- was involved or what was said (app/privacy.c). geanonimiseerd_op marks when
-- that happened, so the daily job does not visit a row twice and pages can
-- say why a text is gone.
ALTER TABLE melding ADD COLUMN geanonimiseerd_op INTEGER;
ALTER TABLE dossier ADD COLUMN geanonimiseerd_op INTEGER;
ALTER TABLE referral ADD COLUMN geanonimiseerd_op INTEGER;

-- The audit trail stays append-only: no row is ever deleted, and no row's
-- who (user_id), when (at), what (action, object_type) or which (object_id)
-- changes. The one update allowed is the anonymisation after the audit term:
-- the client address and the free detail emptied, and for an account the
-- e-mail address that names it replaced (by "gebruiker <id>", see
-- store/privacy.c). Anything else is refused as before.
DROP TRIGGER audit_log_no_update;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT (new.id = old.id AND new.at = old.at AND new.user_id IS old.user_id
          AND new.action = old.action AND new.object_type = old.object_type
          AND new.ip = '' AND new.detail = ''
          AND (new.object_id = old.object_id OR old.object_type = 'gebruiker'))
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
