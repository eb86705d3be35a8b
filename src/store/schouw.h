/*
 * schouw.h - the SQL of the wijkschouw (issue 18, point 3; migration
 * 0044): schouwen, their checklist as walked, findings with their outcome
 * (a melding or an agreed action) and the findings' photos.
 */
#ifndef LEEFBAAR_STORE_SCHOUW_H
#define LEEFBAAR_STORE_SCHOUW_H

#include "domain/schouw.h"
#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

struct schouw {
	int64_t id, wijk_id, buurt_id;        /* buurt_id 0: the whole wijk */
	int32_t dag;
	enum schouw_status status;
	const char *deelnemers;               /* one organisation per line */
	const char *toelichting;
	int64_t gemaakt_door, gemaakt_op, afgerond_op;
	const char *door;                     /* the planner's name, or "" */
	const char *wijk_code, *wijk_naam, *buurt_code, *buurt_naam;   /* buurt "" when none */
	int n_bevindingen;                    /* findings ... */
	int n_open;                           /* ... without an outcome yet */
	int n_acties_open;                    /* agreed actions not done */
	int n_meldingen;                      /* findings that became a melding */
};

struct schouw_bevinding {
	int64_t id, schouw_id;
	enum schouw_thema thema;
	const char *punt, *omschrijving, *plek;
	int has_geo;
	double lat, lon;
	const char *postcode;                 /* "" none */
	int huisnummer;
	const char *toevoeging;
	int64_t user_id, vastgelegd_op;
	const char *door;
	int64_t melding_id;                   /* 0: none */
	const char *melding_ref, *melding_status;   /* "" when none */
	const char *actie, *actie_eigenaar;   /* "" when none */
	int32_t actie_dag, actie_gedaan_dag;  /* 0 when none */
	int actie_gedaan;                     /* has_actie && done */
	int has_actie;
	/* schouw_findings_of_period() only: */
	int32_t schouw_dag;
	int64_t wijk_id;
	const char *gebied;
};

struct schouw_foto {
	int64_t id, bevinding_id, schouw_id, grootte, opgenomen_op;
	const char *bestandsnaam, *opslag, *mime;
};

struct schouw_oordeel_row {
	const char *punt;
	enum schouw_oordeel oordeel;
};

enum store_result schouw_insert(struct db *db, int64_t wijk_id, int64_t buurt_id, int32_t dag, const char *deelnemers,
				const char *toelichting, int64_t user_id, int64_t now, int64_t *id);
enum store_result schouw_get(struct db *db, struct arena *a, int64_t id, struct schouw *s);
/* Every schouw: the planned ones by day, then the others, latest first; count or -1 (arena). */
int schouw_list(struct db *db, struct arena *a, struct schouw **out);
/* The schouwen of a wijk (area_id a wijk) or of a buurt; same order; count or -1. */
int schouw_list_area(struct db *db, struct arena *a, int64_t area_id, struct schouw **out);
enum store_result schouw_set_status(struct db *db, int64_t id, enum schouw_status st, int64_t now);

enum store_result schouw_oordeel_set(struct db *db, int64_t schouw_id, const char *punt, enum schouw_oordeel o,
				     int64_t user_id, int64_t now);
int schouw_oordelen(struct db *db, struct arena *a, int64_t schouw_id, struct schouw_oordeel_row **out);

enum store_result schouw_bevinding_insert(struct db *db, int64_t schouw_id, const struct schouw_finding_valid *v,
					  int64_t user_id, int64_t now, int64_t *id);
/* The findings of a schouw in the order noted; count or -1. */
int schouw_bevindingen(struct db *db, struct arena *a, int64_t schouw_id, struct schouw_bevinding **out);
/* The findings of every schouw walked on days [van, tot], by day and id (with schouw_dag, wijk_id, gebied). */
int schouw_findings_of_period(struct db *db, struct arena *a, int32_t van, int32_t tot, struct schouw_bevinding **out);
enum store_result schouw_bevinding_get(struct db *db, struct arena *a, int64_t id, struct schouw_bevinding *b);
/* Links the finding to its melding; STORE_CONFLICT when it has an outcome already. */
enum store_result schouw_bevinding_set_melding(struct db *db, int64_t id, int64_t melding_id);
/* Records an agreed action; STORE_CONFLICT when the finding has an outcome already. */
enum store_result schouw_bevinding_set_actie(struct db *db, int64_t id, const struct schouw_actie_valid *v);
/* Marks the action done on day; STORE_CONFLICT when there is no open action. */
enum store_result schouw_bevinding_actie_gedaan(struct db *db, int64_t id, int32_t dag);

enum store_result schouw_foto_add(struct db *db, int64_t bevinding_id, const char *name, const char *opslag,
				  const char *mime, int64_t size, int64_t captured, int64_t now);
/* The photos of a schouw's findings, by finding and id; count or -1. */
int schouw_fotos(struct db *db, struct arena *a, int64_t schouw_id, struct schouw_foto **out);
enum store_result schouw_foto_get(struct db *db, struct arena *a, int64_t id, struct schouw_foto *f);

#endif
