-- A file held over a refused attempt keeps its photo's capture moment
-- (issue 17's leftover): it was read while cleaning the file, before the
-- form was refused, and the file no longer holds it.
ALTER TABLE pending_upload ADD COLUMN opgenomen_op INTEGER;
