/*
 * referral_sql.h - private to store/referral*.c: the columns every
 * referral query selects and the row reader they share.
 *
 * A staff query selects REFERRAL_COLUMNS REFERRAL_STAFF_COLUMNS and joins
 * the dossier (d) and its wijk (w); a partner's query selects
 * REFERRAL_COLUMNS REFERRAL_PARTNER_COLUMNS, constants in place of
 * everything of the dossier, and joins neither. Both join the partner (p)
 * and the case worker who sent it (u).
 */
#ifndef LEEFBAAR_STORE_REFERRAL_SQL_H
#define LEEFBAAR_STORE_REFERRAL_SQL_H

#include "lib/arena.h"
#include "store/referral.h"

#include <sqlite3.h>
#include <stddef.h>

#define REFERRAL_COLUMNS \
	"r.id, r.dossier_id, r.partner_id, r.created_by, r.status, r.termijn_werkdagen, r.antwoord_dag," \
	" r.verstuurd_op, coalesce(r.geaccepteerd_op, 0), coalesce(r.afgewezen_op, 0)," \
	" coalesce(r.beantwoord_op, 0), coalesce(r.afgesloten_op, 0), r.vraag, r.gedeelde_informatie," \
	" r.afwijs_reden, p.naam, p.soort, coalesce(u.naam, '')"
#define REFERRAL_STAFF_COLUMNS \
	", r.reden, d.referentie, d.onderwerp_tekst, coalesce(w.naam, ''), d.wijk_id, d.gevoelig, coalesce(w.code, ''), r.referentie, coalesce(u.email, '')," \
	" r.afsluit_notitie, coalesce(r.status_voor_afsluiten, ''), coalesce(r.afgesloten_door, 0)"
#define REFERRAL_PARTNER_COLUMNS ", '', '', '', '', 0, 0, '', r.referentie, coalesce(u.email, '')," \
	" r.afsluit_notitie, '', 0"

struct db;

/* A db_row_fn: one row of REFERRAL_COLUMNS plus the seven staff (or constant) columns and the reference into a struct referral. */
int referral_read_row(sqlite3_stmt *st, struct arena *a, void *row);

/* The staff list's page and count statements, for tests/http/test_plan_dossiers.c. Static. */
extern const char *const referral_list_sql[];
extern const int referral_list_sql_count;

#endif
