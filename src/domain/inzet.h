/*
 * inzet.h - the inzetniveau of a wijk or buurt and the "vertellen"
 * entries beside its figures (issue 18, point 1; Actium's "tellen én
 * vertellen", seed 002). Pure: the caller passes today.
 *
 * Exports the closed sets (niveaus, sources, occasions) with their ids,
 * labels and the niveaus' one-line meaning, their parsers, and the two
 * validators the web form, the JSON API and the demo share.
 */
#ifndef LEEFBAAR_DOMAIN_INZET_H
#define LEEFBAAR_DOMAIN_INZET_H

#include <stdint.h>

struct field_errors;

/* The three levels of effort per wijk (seed 002): basis is where every area starts. */
enum inzet_niveau { INZET_BASIS, INZET_EXTRA, INZET_GROOTSCHALIG, INZET__MAX };

extern const char *const inzet_niveau_ids[INZET__MAX];      /* "basis", as stored */
extern const char *const inzet_niveau_labels[INZET__MAX];   /* "Basis" */
extern const char *const inzet_niveau_uitleg[INZET__MAX];   /* the meaning, one line */

/* Who tells: the wijkbeheerder's reading, a partner's observation, residents' voices. */
enum vertellen_bron { BRON_WIJKBEHEERDER, BRON_PARTNER, BRON_BEWONERS, BRON__MAX };

extern const char *const vertellen_bron_ids[BRON__MAX];
extern const char *const vertellen_bron_labels[BRON__MAX];

/* Where it was heard or seen. */
enum vertellen_aanleiding { AANL_SCHOUW, AANL_BIJEENKOMST, AANL_SPREEKUUR, AANL_HUISBEZOEK, AANL_ANDERS, AANL__MAX };

extern const char *const vertellen_aanleiding_ids[AANL__MAX];
extern const char *const vertellen_aanleiding_labels[AANL__MAX];

/* The id's index, or -1 (NULL, empty or unknown). */
int inzet_niveau_parse(const char *s);
int vertellen_bron_parse(const char *s);
int vertellen_aanleiding_parse(const char *s);

#define INZET_REDEN_MAX 2000        /* bytes of the reason */
#define VERTELLEN_TEKST_MAX 4000    /* bytes of an entry */
/* A change of level may be dated this far back (recording a decision late) ... */
#define INZET_MAX_BACK_DAYS 366
/* ... or ahead (a decision for next quarter). */
#define INZET_MAX_AHEAD_DAYS 366
/* An entry older than this is a typo in the year. */
#define VERTELLEN_MAX_BACK_DAYS (5 * 366)

/* A change of level as typed: any field may be NULL. vanaf is YYYY-MM-DD; empty means today. */
struct inzet_fields {
	const char *niveau, *vanaf, *reden;
};

struct inzet_valid {
	enum inzet_niveau niveau;
	int32_t vanaf;
	const char *reden;          /* trimmed, in the caller's text (len bytes) */
	int reden_len;
};

/*
 * Checks a change of level on day today. On a refusal adds a Dutch message
 * per field ("niveau", "vanaf", "reden") to errs. Returns the number of
 * errors added (0: out is filled).
 */
int inzet_validate(const struct inzet_fields *in, int32_t today, struct inzet_valid *out, struct field_errors *errs);

/* An entry as typed: any field may be NULL. dag is YYYY-MM-DD (empty: today); partner a partner's id. */
struct vertellen_fields {
	const char *dag, *bron, *partner, *aanleiding, *tekst;
};

struct vertellen_valid {
	int32_t dag;
	enum vertellen_bron bron;
	int64_t partner_id;         /* the organisation for BRON_PARTNER; 0 otherwise */
	enum vertellen_aanleiding aanleiding;
	const char *tekst;          /* trimmed, in the caller's text (len bytes) */
	int tekst_len;
};

/*
 * Checks an entry on day today: the day not in the future, a source, the
 * organisation for a partner's observation (its existence is the caller's
 * to check), an occasion and the text. Messages per field ("dag", "bron",
 * "partner", "aanleiding", "tekst"). Returns the number of errors added.
 */
int vertellen_validate(const struct vertellen_fields *in, int32_t today, struct vertellen_valid *out,
		       struct field_errors *errs);

#endif
