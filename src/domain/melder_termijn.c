/*
 * melder_termijn.c - when an answer is due and a late notice with it (see melder_termijn.h).
 */
#include "domain/melder_termijn.h"
#include "domain/amsterdam.h"

int32_t melder_termijn_dag(const struct melder_termijn *t)
{
	return t->verwacht_dag >= 0 ? t->verwacht_dag : t->antwoord_dag;
}

int64_t melder_termijn_voorbij_op(int32_t dn)
{
	return amsterdam_day_start(dn + 1);
}

enum melder_laat melder_termijn_laat(const struct melder_termijn *t, int64_t now)
{
	int32_t dag = melder_termijn_dag(t);
	int64_t voorbij = melder_termijn_voorbij_op(dag);

	if (t->teruggekoppeld_op || t->afgesloten)
		return MT_NIET;
	if (t->laat_gemeld_dag >= 0 && t->laat_gemeld_dag == dag)
		return MT_NIET;
	if (now < voorbij)
		return MT_NIET;
	if (now - voorbij >= (int64_t)MELDER_TERMIJN_MAX_DAGEN * 86400)
		return MT_OVERSLAAN;
	/* A new expected day is set from today on, so it was always promised. */
	if (t->verwacht_dag < 0 && t->geregistreerd_op >= voorbij)
		return MT_OVERSLAAN;
	return MT_LAAT;
}

int melder_termijn_werkdagen_over(const struct werkdagen_cal *cal, int32_t today, int32_t dag)
{
	return dag > today ? werkdagen_between(cal, today, dag) : 0;
}
