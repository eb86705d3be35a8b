/*
 * dagboek.h - the melder's overlastdagboek (issue 17, point 3): dated
 * incidents the melder adds to an open melding through the status link,
 * with optional photos, video or sound. Each entry lands on the timeline
 * marked as the melder's, notifies the handler, and appears on the
 * dossier's court overview.
 *
 * Contract between parts (written by the lead; owner: helper "dagboek").
 * The public form (helper "formulier") also calls dagboek_add() when a
 * melder chooses to add a repeat report to their earlier melding.
 */
#ifndef LEEFBAAR_APP_DAGBOEK_H
#define LEEFBAAR_APP_DAGBOEK_H

#include "app/app.h"
#include "app/intake.h"
#include "store/melding.h"

#include <stdint.h>

struct arena;
struct config;
struct db;
struct field_errors;

/* As typed; the validator checks and normalises. */
struct dagboek_input {
	const char *tekst;         /* what happened (required) */
	const char *van;           /* when it began: "2026-12-01T22:30" (datetime-local, Amsterdam time; required) */
	const char *tot;           /* when it ended, same form; NULL or "": not given */
	const char *ernst;         /* "1".."5" (required) */
	/*
	 * Files held from an earlier refused attempt (no upload is lost to a
	 * typo): the form's bijlagen_id, or NULL; the held ids the melder
	 * ticked to remove; and the client address for the caps on held
	 * files ([server] upload_pending_per_ip_mb, upload_pending_mb).
	 */
	const char *bewaard_token;
	const int64_t *weg;
	int n_weg;
	const char *ip;
};

/* What a refused attempt holds for the next (an hour): its token for the form, and the files. */
struct dagboek_held {
	char token[48];
	struct pending_file *files;
	int n;
	int not_kept;              /* files of this attempt could not be held (the caps): choose them again */
};

/*
 * Adds a diary entry to m (loaded by its status token, or matched as the
 * earlier melding of the same melder) with files (checked by content and
 * stored clean: files_keep_clean()), in one transaction with its timeline
 * entry (soort "dagboek", no user: the melder's), the handler's
 * notification (notify_melder_added) and an audit row. A closed melding
 * takes no entries: APP_INVALID with an error on "melding". errs is
 * cleared first. APP_OK (*id set), APP_INVALID, APP_UNAVAILABLE.
 * Files held under in->bewaard_token come along with the entry. On
 * APP_INVALID with held not NULL, the accepted files of this attempt are
 * held with those (within the caps) and held says which, for the form.
 */
enum app_result dagboek_add(struct db *db, struct arena *a, const struct config *cfg, const struct melding *m,
			    const struct dagboek_input *in, struct intake_file *files, int n_files,
			    struct field_errors *errs, int64_t *id, struct dagboek_held *held);

#endif
