/*
 * initiatief.h - the SQL of bewonersinitiatieven (migrations 0041, 0046):
 * the application, its status and decision, the assessment per criterion.
 * The money is in store/fonds.h.
 */
#ifndef LEEFBAAR_STORE_INITIATIEF_H
#define LEEFBAAR_STORE_INITIATIEF_H

#include "domain/initiatief.h"
#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

/* One initiative; text in the caller's arena. */
struct initiatief {
	int64_t id;
	char referentie[16];
	int jaar;
	int64_t ingediend_op, gewijzigd_op, besloten_op;
	const char *titel, *wat, *waar, *voor_wie;
	int64_t bedrag_gevraagd_cent;
	int64_t wijk_id, buurt_id, complex_id;
	const char *wijk_code, *wijk_naam, *buurt_naam;   /* "" when none */
	const char *aanvrager_naam, *aanvrager_email, *aanvrager_telefoon;
	enum initiatief_status status;
	const char *besluit_reden, *besloten_door_naam, *eindverslag;
	/* Summed from the ledger rows when read, never stored. */
	int64_t toegekend_cent, besteed_cent;
};

/* A new application, checked (domain/initiatief.h). */
struct initiatief_new {
	const struct initiatief_valid *v;
	int jaar;
	int64_t wijk_id, buurt_id, complex_id;   /* 0: none */
	const unsigned char *token_hash;         /* 32 bytes */
	const unsigned char *token_box;          /* the token sealed (auth/secret.h), for the mail sender */
	size_t token_box_len;
	int64_t now;
};

/* Inserts it with the next reference of its year (in *ref); *id. Inside the caller's transaction. */
enum store_result initiatief_insert(struct db *db, const struct initiatief_new *n, char ref[16], int64_t *id);
/* The public form's token (hashed) filed initiative id: STORE_CONFLICT when it filed one already. */
enum store_result initiatief_form_claim(struct db *db, const unsigned char hash[32], int64_t id);
/* The reference of the initiative the form token filed, into ref: STORE_OK, STORE_NOTFOUND. */
enum store_result initiatief_form_used(struct db *db, const unsigned char hash[32], char ref[16]);
enum store_result initiatief_get(struct db *db, struct arena *a, int64_t id, struct initiatief *out);
/* The sealed status token of initiative id, into out (max bytes): STORE_OK, STORE_NOTFOUND (none, or erased). */
enum store_result initiatief_token_box(struct db *db, int64_t id, unsigned char *out, size_t max, size_t *len);
/* By a reference (I-2026-0001) or the status token's hash. */
enum store_result initiatief_by_ref(struct db *db, struct arena *a, const char *ref, struct initiatief *out);
enum store_result initiatief_by_token(struct db *db, struct arena *a, const unsigned char hash[32],
				      struct initiatief *out);

struct initiatief_filter {
	const char *status;        /* "" or NULL: any; "lopend": under way */
	int64_t wijk_id;           /* 0: any */
	int64_t buurt_id;          /* 0: any */
	int jaar;                  /* 0: any */
	int all_areas;             /* else only the wijken in areas[] */
	const int64_t *areas;
	int n_areas;
};

/* A page of initiatives, newest first; the count, -1 on error. *total the count of all that match. */
int initiatief_list(struct db *db, struct arena *a, const struct initiatief_filter *f, int limit, int64_t offset,
		    struct initiatief **out, int64_t *total);

enum store_result initiatief_set_status(struct db *db, int64_t id, enum initiatief_status s, int64_t now);
/* The decision: toegekend or afgewezen, with its reason, by user. */
enum store_result initiatief_decide(struct db *db, int64_t id, enum initiatief_status s, const char *reden,
				    int64_t user_id, int64_t now);
/* The final report; the initiative is afgerond. */
enum store_result initiatief_close(struct db *db, int64_t id, const char *eindverslag, int64_t now);

/* The assessment of one criterion (TOETS_OPEN removes it). */
struct initiatief_toets {
	enum toets_oordeel oordeel;
	const char *notitie;
	const char *door;          /* who judged it last; "" */
	int64_t gewijzigd_op;
};
enum store_result initiatief_toets_set(struct db *db, int64_t id, enum initiatief_criterium c, enum toets_oordeel o,
				       const char *notitie, int64_t user_id, int64_t now);
/* out[CRIT__MAX], each TOETS_OPEN unless judged. 0/-1. */
int initiatief_toets_get(struct db *db, struct arena *a, int64_t id, struct initiatief_toets out[CRIT__MAX]);

#endif
