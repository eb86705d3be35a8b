-- Kept informed (issue 17, point 2): the handler's new expected answer day
-- and the one automatic late notice per answer day.

-- The day the handler now expects to answer by (day number); NULL: the
-- category's terugkoppelen day still holds.
ALTER TABLE melding ADD COLUMN verwacht_dag INTEGER;
-- The answer day a late notice went out for (day number); NULL: none yet.
-- A new expected day differs from it, so it may bring one new notice.
ALTER TABLE melding ADD COLUMN laat_gemeld_dag INTEGER;

-- No notice goes out more than a week after its day (melder_termijn.h), so
-- an upgrade sends no burst of apologies for last year's meldingen.

-- The sweep looks for open meldingen without feedback and without a notice
-- for their answer day: only those are in this index, in answer-day order.
-- The last term keeps the lists' and KPI queries off it (their WHERE does
-- not imply it), so their plans stay as they were.
CREATE INDEX melding_antwoord_open ON melding(coalesce(verwacht_dag, terugkoppelen_dag))
WHERE teruggekoppeld_op IS NULL AND status <> 'afgesloten'
  AND laat_gemeld_dag IS NOT coalesce(verwacht_dag, terugkoppelen_dag);
