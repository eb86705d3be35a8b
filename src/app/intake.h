/*
 * intake.h - taking in one melding, whichever door it comes through: the
 * public form, staff intake, the JSON API (and so the same checks for
 * each). One validator, one transaction.
 *
 * intake_submit() validates (domain/melding.c), checks the files by
 * content, matches the address, fixes the due days with the calendar in
 * force, and commits the melding with its timeline entry, attachments,
 * receipt message and audit row in one transaction - before the caller
 * answers. On invalid input nothing is stored except the accepted files,
 * kept for an hour under a pending id so the form can show them again.
 * Reading a form or a JSON body into a struct intake_request is the front
 * door's work (web/intake.h, api/meldingen.c).
 */
#ifndef LEEFBAAR_APP_INTAKE_H
#define LEEFBAAR_APP_INTAKE_H

#include "app/app.h"
#include "domain/melding.h"
#include "store/files.h"

#include <stdint.h>

struct actor;
struct arena;
struct config;
struct db;

#define INTAKE_FILE_MSGS 8

/* One file sent with the melding, as the server received it into a temporary file. */
struct intake_file {
	const char *filename;          /* as the client named it; display only */
	const char *path;              /* the temporary file, or NULL */
	uint64_t size;
	int dropped;                   /* over a limit of the server: not kept */
	const char *drop_reason;       /* Dutch, for beside the field; NULL: say nothing */
	int failed;                    /* the server could not write it (disk full): APP_UNAVAILABLE */
	int taken;                     /* out: moved into storage, the temporary file is gone */
};

struct intake_request {
	struct melding_input in;
	int staff;                     /* kanaal and ontvangen_op allowed */
	enum kanaal default_kanaal;
	struct intake_file *files;     /* new files of this request */
	int n_files;
	const char *pending_token;     /* from an earlier attempt, or NULL */
	int64_t drop[8];               /* pending file ids the user removed */
	int n_drop;
	int64_t held[16];              /* pending file ids the form showed (an expired one is asked for again) */
	int n_held;
	/*
	 * The public form's signed token (csrf_token without a session), or
	 * NULL: such a token files one melding. Sent again with the same
	 * input it answers APP_OK with res->replay and the first melding;
	 * with other input APP_INVALID with res->token_used.
	 */
	const char *form_token;
	/*
	 * The public form's token had expired (or its cookie was gone): nothing
	 * is filed; the input is validated and the files kept, APP_INVALID.
	 */
	int hold;
	/*
	 * The public form came back sooner than a person fills it in: unless
	 * it repeats what it filed (answered as above), APP_INVALID with
	 * res->too_fast, input and files kept. browser is the form's nonce
	 * cookie: the same input from the same browser on a fresh token (the
	 * form reloaded after "back") is a repeat too.
	 */
	int too_fast;
	const char *browser;
	/*
	 * The public form asks about a repeat (domain/dubbel.h): INTAKE_DUBBEL_VRAAG
	 * answers APP_INVALID with res->dubbel when this repeats an open melding
	 * of the same melder; INTAKE_DUBBEL_NIEUW files it anyway;
	 * INTAKE_DUBBEL_TOEVOEGEN adds it to that earlier melding as a diary
	 * entry (dagboek_add(), from dagboek_van and dagboek_ernst). Staff intake
	 * and the API leave it INTAKE_DUBBEL_UIT.
	 */
	enum intake_dubbel { INTAKE_DUBBEL_UIT, INTAKE_DUBBEL_VRAAG, INTAKE_DUBBEL_NIEUW, INTAKE_DUBBEL_TOEVOEGEN } dubbel;
	const char *dagboek_van, *dagboek_ernst;
};

struct file_msg {
	const char *bestandsnaam;
	const char *message;
};

struct intake_result {
	struct field_errors errs;      /* on APP_INVALID, with the file messages */
	struct file_msg file_msgs[INTAKE_FILE_MSGS];
	int n_file_msgs;
	/* On APP_OK: */
	int64_t id;
	char referentie[16];
	char status_token[48];         /* shown once; only its hash is stored */
	int64_t ontvangen_op;
	struct due due;
	int replay;                    /* APP_OK: the form token had filed this melding before; nothing new stored */
	/* On APP_INVALID: the files kept for the next attempt. */
	char pending_token[48];
	struct pending_file *pending;
	int n_pending;
	int files_not_kept;            /* files of this attempt not kept: the caps on held files were reached */
	char token_used[16];           /* the form token filed this melding already (another input), or "" */
	int too_fast;                  /* APP_INVALID: ir->too_fast, and not a repeat */
	int dubbel;                    /* APP_INVALID: a repeat of an open melding of the same melder (never say which) */
	int64_t dagboek_id;            /* APP_OK after INTAKE_DUBBEL_TOEVOEGEN: the entry; res->id is the earlier
					  melding, res->status_token its link (for the melder's mail only) */
};

/*
 * Takes in ir as who (a staff user is recorded as the one who took it in;
 * anyone else's submission counts towards the per-address limit of
 * who->ip, refused ones included). cfg gives the upload limits, the
 * organisation's name and the base of the status link. APP_OK (stored;
 * res filled; or res->replay), APP_INVALID (res->errs and res->file_msgs
 * say why; the accepted files are pending, within [server]
 * upload_pending_per_ip_mb for who->ip unless who is staff, and
 * upload_pending_mb for everyone, else removed at once with a message
 * each) or APP_UNAVAILABLE (nothing stored; also when a file could not be
 * written). Strings in res live in a.
 */
enum app_result intake_submit(struct db *db, struct arena *a, const struct actor *who, const struct config *cfg,
			      struct intake_request *ir, struct intake_result *res);

/*
 * A submission refused before intake_submit() (honeypot, sent too fast)
 * counts towards the per-address limit like any other, unless who is
 * staff. 0/-1.
 */
int intake_refused(struct db *db, const struct actor *who);

/* The melder's status link for a token, from cfg's base_url or listen address (in a). */
const char *intake_status_url(struct arena *a, const struct config *cfg, const char *token);

#endif
