/*
 * wijkmonitor.h - the demo's wijkmonitor (issue 18), one writer per part,
 * called by seed_demo_story() after the team's past is written, inside the
 * same transaction (seed/demo.h: struct demo, its users, wijken and rng).
 * Each returns 0, or -1 (logged) to roll the whole demo back.
 */
#ifndef LEEFBAAR_SEED_WIJKMONITOR_H
#define LEEFBAAR_SEED_WIJKMONITOR_H

struct demo;

int seed_wm_inzet(struct demo *d);         /* seed/wm_inzet.c: inzetniveaus with history, vertellen entries */
int seed_wm_lbm(struct demo *d);           /* seed/wm_lbm.c: a Leefbaarometer table for the demo buurten and wijken */
int seed_wm_schouw(struct demo *d);        /* seed/wm_schouw.c: a finished schouw with findings, one a melding */
int seed_wm_initiatieven(struct demo *d);  /* seed/wm_initiatieven.c: fund budgets, two initiatives (one granted, paid) */
int seed_wm_budget(struct demo *d);        /* seed/wm_budget.c: the norm per home, costs on interventions */

#endif
