/*
 * dossier_letters.h - letters a corporation can send (issue 16): making
 * one from the beheerder's template with the recipient's name and aanhef
 * (or "De bewoner(s) van") and the address for the envelope's window,
 * previewing it without storing, and while it is a concept correcting it
 * (every version kept), marking it sent or withdrawing it; and the
 * letterhead the beheerder keeps. The actions are audited and on the
 * dossier's timeline. dossier_act.c's "brief" action stores what
 * letter_compose() made.
 */
#ifndef LEEFBAAR_APP_DOSSIER_LETTERS_H
#define LEEFBAAR_APP_DOSSIER_LETTERS_H

#include "app/app.h"
#include "auth/policy.h"
#include "domain/fields.h"
#include "domain/letter.h"
#include "lib/arena.h"
#include "store/dossier.h"

#include <stdint.h>

struct db;

#define LETTER_ADRES_LINES 5      /* the window holds the name and five lines more */
#define LETTER_ADRES_LINE_MAX 60
#define LETTER_ROMP_MAX 20000

/* A letter as typed; NULL means absent. */
struct letter_input {
	const char *soort;        /* new letters: the kind */
	const char *naam;         /* "" or absent: the bewoner(s) */
	const char *aanhef;       /* letter_aanhef_ids; absent: "geen" */
	const char *adres;        /* the address lines; empty: the dossier's address */
	const char *feiten;       /* new letters: filled into the template */
	const char *romp;         /* corrections: the text after the salutation */
	const char *reden;        /* withdrawing: why (required) */
	const char *versie;       /* steps on a letter: the version the form showed */
	const char *organisatie;  /* {{organisatie}} */
};

/*
 * Checks a new letter for dossier d and fills it in from the template
 * into *out (status concept, dated today), storing nothing: the preview
 * and dossier_act()'s "brief" both use it. Field errors under "soort",
 * "naam", "aanhef", "adres", "feiten". APP_OK, APP_INVALID or
 * APP_UNAVAILABLE.
 */
enum app_result letter_compose(struct db *db, struct arena *a, const struct actor *who, const struct dossier *d,
			       const struct letter_input *in, int32_t today, struct letter_doc *out,
			       struct field_errors *errs);

/* What can happen to a letter once it is made. */
enum letter_step { LS_VOORBEELD, LS_CORRIGEREN, LS_VERZONDEN, LS_INTREKKEN, LS__MAX };
/* "voorbeeld", "corrigeren", "verzonden", "intrekken" */
extern const char *const letter_step_ids[LS__MAX];
int letter_step_parse(const char *id);

/*
 * One step on letter id of d (loaded with ACT_DOSSIER_WRITE). LS_VOORBEELD
 * checks a correction (naam, aanhef, adres, romp) and fills *out with the
 * corrected letter, storing nothing; LS_CORRIGEREN stores it as a new
 * version; LS_VERZONDEN and LS_INTREKKEN (reden required) change the
 * status. Each change is one transaction with the dossier's event and
 * who's audit row. A letter that is no longer the concept of in->versie
 * (sent, withdrawn, or changed in the meantime) is refused with a message
 * under "status". APP_OK (*out the letter as it now is), APP_INVALID,
 * APP_NOT_FOUND (no such letter in d) or APP_UNAVAILABLE.
 */
enum app_result letter_step(struct db *db, struct arena *a, const struct actor *who, const struct dossier *d,
			    int64_t id, enum letter_step step, const struct letter_input *in, struct letter_doc *out,
			    struct field_errors *errs);

/* The letterhead as typed. */
struct letterhead_input {
	const char *naam, *adres, *telefoon, *email, *website;
	const char *logo_path;    /* an uploaded file, or NULL to keep the logo */
	int logo_weg;             /* remove the logo */
};

#define LETTERHEAD_LOGO_MAX (512 * 1024)

/*
 * Checks and stores the letterhead with who's audit row. The logo must be
 * a PNG or JPEG by its content (libmagic), at most LETTERHEAD_LOGO_MAX
 * bytes. Field errors under "naam", "adres", "telefoon", "email",
 * "website", "logo". APP_OK, APP_INVALID (nothing stored) or
 * APP_UNAVAILABLE.
 */
enum app_result letterhead_save(struct db *db, struct arena *a, const struct actor *who,
				const struct letterhead_input *in, struct field_errors *errs);

#endif
