/*
 * melding.h - the SQL for meldingen, their timeline and attachments.
 *
 * Writes happen inside the caller's transaction (db_begin .. db_commit), so
 * a melding, its first timeline entry, its attachments, its receipt message
 * and its audit row commit together or not at all. Text fields of the
 * structs filled here live in the arena the caller passes.
 */
#ifndef LEEFBAAR_STORE_MELDING_H
#define LEEFBAAR_STORE_MELDING_H

#include "domain/melding.h"
#include "lib/arena.h"
#include "store/address.h"
#include "store/store.h"

#include <stdint.h>

struct db;

struct melding {
	int64_t id;
	char referentie[16];
	int64_t ontvangen_op;
	int32_t ontvangen_dag;
	int64_t geregistreerd_op;
	enum kanaal kanaal;
	int64_t category_id;
	const char *categorie_code, *categorie_naam;
	enum pijler pijler;
	const char *omschrijving, *voorval, *plaats, *adres_tekst;
	char postcode[8];
	int huisnummer;
	char toevoeging[8];
	int64_t address_id, buurt_id, wijk_id, complex_id;
	const char *buurt_naam, *wijk_naam, *wijk_code, *complex_naam;
	const char *melder_naam, *melder_email, *melder_telefoon;
	int anoniem;
	enum melding_status status;
	int64_t assignee_id, created_by;
	const char *assignee_naam;
	struct due due;
	int64_t bevestigd_op, teruggekoppeld_op, afgesloten_op;   /* 0 = not yet */
	int32_t bevestigd_dag, teruggekoppeld_dag;                /* -1 = not yet */
	int64_t kosten_cent;                                      /* -1 = none */
	int delen_met_partners;    /* the melder lets partners see their contact details */
	int64_t duplicaat_van;     /* the melding this one duplicates; 0 = none */
	int32_t verwacht_dag;      /* the handler's new expected answer day; -1 = none (0036) */
	int32_t laat_gemeld_dag;   /* the answer day a late notice went out for; -1 = none */
};

/* What melding_insert() writes; the caller validated and matched it. */
struct melding_new {
	const struct melding_valid *v;
	int64_t category_id;
	const struct address_match *match;
	int32_t ontvangen_dag;
	struct due due;
	int64_t now;
	int64_t created_by;                 /* 0 for the public form and anonymous API */
	const unsigned char *token_hash;    /* 32 bytes */
	const unsigned char *token_box;     /* sealed status token */
	size_t token_box_len;
};

/* Inserts the melding with the next reference of its year; fills ref and id. */
/*
 * The search index is written once per commit (migration 0031): the
 * triggers note new and changed meldingen in melding_fts_wacht, and this
 * indexes them. melding_insert() and melding_fts_defer() (at start, when
 * the schema has that table) hand it to db_before_commit();
 * melding_fts_defer() also indexes what a crash or another program left
 * waiting. A bulk load past db_commit() (the seed) calls melding_fts_flush().
 */
enum store_result melding_fts_defer(struct db *db);
/* The SQL that indexes what waits (for a test that writes past db_commit()). */
extern const char MELDING_FTS_FLUSH[];
enum store_result melding_fts_flush(struct db *db);
/*
 * After a bulk load: the search index merged into one segment. What a
 * bulk load leaves is several large segments, which FTS5 then merges a
 * step at a time inside later commits: each step writes up
 * to 64 pages per level of the index and held the writer 10-70 ms at a
 * million meldingen (the create p99, issue 14).
 */
enum store_result melding_fts_optimize(struct db *db);
enum store_result melding_insert(struct db *db, const struct melding_new *n, char ref[16], int64_t *id);

enum store_result melding_get(struct db *db, struct arena *a, int64_t id, struct melding *m);
enum store_result melding_by_ref(struct db *db, struct arena *a, const char *ref, struct melding *m);
enum store_result melding_by_token(struct db *db, struct arena *a, const unsigned char hash[32], struct melding *m);
/* The sealed status token, for messages after the first (copied into out, len set). */
enum store_result melding_token_box(struct db *db, int64_t id, unsigned char *out, size_t max, size_t *len);

struct melding_event {
	int64_t id, op, vastgelegd, user_id;
	const char *soort, *tekst, *user_naam;
	int voor_melder;
};

enum store_result melding_event_add(struct db *db, int64_t melding_id, int64_t op, int64_t user_id,
				    const char *soort, const char *tekst, int voor_melder);
/* The timeline in order of "op"; only_melder: what the melder may see. Returns the count, -1 on error. */
int melding_events(struct db *db, struct arena *a, int64_t melding_id, int only_melder,
		   struct melding_event **out);

/* Status and the first-time facts; -1 keeps a field as it is. */
enum store_result melding_set_status(struct db *db, int64_t id, enum melding_status s);
enum store_result melding_set_confirmed(struct db *db, int64_t id, int64_t op, int32_t dag);
enum store_result melding_set_feedback(struct db *db, int64_t id, int64_t op, int32_t dag);
enum store_result melding_set_closed(struct db *db, int64_t id, int64_t op, int64_t kosten_cent);
enum store_result melding_set_assignee(struct db *db, int64_t id, int64_t user_id);
/* The handler's new expected answer day (issue 17). */
enum store_result melding_set_verwacht(struct db *db, int64_t id, int32_t dag);
/* A late notice went out for answer day dag. */
enum store_result melding_set_laat_gemeld(struct db *db, int64_t id, int32_t dag);
/*
 * A seeded past: every melding whose answer day lies before `today` unanswered
 * is marked as having had its late notice then, so the sweep sends none.
 */
enum store_result melding_mark_past_late(struct db *db, int32_t today);
/*
 * Open meldingen without feedback and without a late notice for their
 * answer day, whose answer day is from `van` up to before `tot` (day
 * numbers): the sweep's candidates (ids into out, at most max). Count or -1.
 */
int melding_antwoord_open(struct db *db, int32_t van, int32_t tot, int64_t *out, int max);

/* Reopening: the melding is no longer closed (afgesloten_op and _dag back to none; costs stay). */
enum store_result melding_set_reopened(struct db *db, int64_t id);
/*
 * Places the melding in wijk_id and buurt_id (0: none) by hand (triage of
 * "onbekend"); its complex stays only if it lies in that wijk.
 */
enum store_result melding_set_area(struct db *db, int64_t id, int64_t wijk_id, int64_t buurt_id);

struct attachment {
	int64_t id, melding_id, grootte, created_at;
	const char *bestandsnaam, *opslag, *mime;
	const char *bijschrift;    /* staff's caption; "" none */
	int64_t opgenomen_op;      /* the photo's capture moment; 0 unknown */
	int64_t dagboek_id;        /* sent by the melder with a diary entry; 0: with the melding */
};

enum store_result attachment_add(struct db *db, int64_t melding_id, const char *name, const char *opslag,
				 const char *mime, int64_t size, int64_t now);
/* attachment_add() for a file kept by files_keep_clean(): with its capture moment (0: unknown). */
enum store_result attachment_add_clean(struct db *db, int64_t melding_id, const char *name, const char *opslag,
				       const char *mime, int64_t size, int64_t now, int64_t opgenomen_op);
/* Sets the caption of attachment id of melding melding_id; STORE_NOTFOUND when it is not that melding's. */
enum store_result attachment_set_bijschrift(struct db *db, int64_t melding_id, int64_t id, const char *bijschrift);
int attachment_list(struct db *db, struct arena *a, int64_t melding_id, struct attachment **out);
enum store_result attachment_get(struct db *db, struct arena *a, int64_t id, struct attachment *out);

/* Anonymous submissions from ip since a moment (rate limit), and recording one. */
int64_t submit_count_since(struct db *db, const char *ip, int64_t since);
enum store_result submit_record(struct db *db, const char *ip, int64_t now);

#endif
