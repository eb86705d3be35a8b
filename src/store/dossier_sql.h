/*
 * dossier_sql.h - private to store/dossier*.c (and the plan test): the
 * scope fragments of the dossier queries, the helpers the dossier files
 * share and the statements whose query plans are tested.
 *
 * Every scoped statement numbers its parameters, with the viewer first:
 *   ?1 user id
 *   ?2 all  ?3 all_sensitive  ?4 area  ?5 area_sensitive  ?6 team   (dossiers)
 *   ?7 m_all  ?8 m_area  ?9 m_own                                    (meldingen)
 * and its own parameters from ?10 on. A statement that uses only the
 * dossier part binds VIEWER_D_FMT (six); the others bind VIEWER_FMT (nine).
 */
#ifndef LEEFBAAR_STORE_DOSSIER_SQL_H
#define LEEFBAAR_STORE_DOSSIER_SQL_H

#include "lib/arena.h"
#include "store/dossier.h"

#include <sqlite3.h>
#include <stddef.h>

/* Dossier d may be seen: the matrix's reach, gevoelig only where the reach allows it. */
#define SCOPE_DOSSIER \
	"((?2 AND (d.gevoelig = 0 OR ?3))" \
	" OR (?4 AND (d.gevoelig = 0 OR ?5) AND d.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?1))" \
	" OR (?6 AND (d.owner_id = ?1 OR EXISTS (SELECT 1 FROM dossier_member dm" \
	"  WHERE dm.dossier_id = d.id AND dm.user_id = ?1))))"

/* Melding m may be seen (as handlers/melding_actions.h's melding_scope() decides for one). */
#define SCOPE_MELDING \
	"(?7 OR (?8 AND m.wijk_id IN (SELECT area_id FROM user_area WHERE user_id = ?1))" \
	" OR (?9 AND m.created_by = ?1))"

#define VIEWER_D_FMT "Iiiiii"
#define VIEWER_D_ARGS(v) (v)->user_id, (v)->all, (v)->all_sensitive, (v)->area, (v)->area_sensitive, (v)->team
#define VIEWER_FMT VIEWER_D_FMT "iii"
#define VIEWER_ARGS(v) VIEWER_D_ARGS(v), (v)->m_all, (v)->m_area, (v)->m_own

struct db;

/*
 * The statements whose plans tests/http/test_plan_dossiers.c checks (no
 * full scan of melding): the list page's in dossier.c, the melding
 * look-ups of the list and the dossier page in dossier_parts.c. Static.
 */
extern const char *const dossier_list_sql[];
extern const int dossier_list_sql_count;
extern const char *const dossier_melding_sql[];
extern const int dossier_melding_sql_count;

/* Logs the connection's error for `what`; returns -1. */
int dossier_step_error(struct db *db, const char *what);
/* Reads rows (id, naam, role) of a bound statement into *out and resets it. Count or -1. */
int dossier_read_users(struct db *db, struct arena *a, sqlite3_stmt *st, struct dossier_user **out);

#endif
