/*
 * wm_inzet.c - PLACEHOLDER for issue 18 (the helper for this part replaces this file).
 */
#include "seed/wijkmonitor.h"

int seed_wm_inzet(struct demo *d)
{
	(void)d;
	return 0;
}
