/*
 * duplicaat.h - one melding marked as a duplicate of another (issue 17,
 * point 8): one handler speaks for both. Owner: helper "context".
 */
#ifndef LEEFBAAR_APP_DUPLICAAT_H
#define LEEFBAAR_APP_DUPLICAAT_H

#include "domain/melding.h"
#include "store/melding.h"

#include <stdint.h>

struct arena;
struct config;
struct db;

/*
 * Called by melding_act() inside its transaction, after act was written
 * on m (terugkoppelen with the feedback text tekst, afsluiten with its
 * closing explanation tekst; other actions are ignored). Every open
 * melding marked duplicaat_van = m->id follows: the step on its own
 * timeline, and its melder receives the same message (own greeting, own
 * status link; none when anonymous). 0, or -1 to roll everything back.
 */
int duplicaat_follow(struct db *db, struct arena *a, const struct config *cfg, const struct melding *m,
		     enum melding_action act, const char *tekst, int64_t op, int64_t user_id);

#endif
