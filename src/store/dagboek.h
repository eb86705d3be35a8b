/*
 * dagboek.h - the SQL of the melder's overlastdagboek (issue 17, point 3):
 * its entries, the files sent with them, and what the dossier's court
 * overview prints of both and of the meldingen's own photos.
 */
#ifndef LEEFBAAR_STORE_DAGBOEK_H
#define LEEFBAAR_STORE_DAGBOEK_H

#include "store/store.h"

#include <stdint.h>

struct arena;
struct db;

struct dagboek_entry {
	int64_t id, melding_id, vastgelegd, van, tot;   /* tot 0: not given */
	int ernst;
	const char *tekst;
	const char *referentie;                         /* the melding's (dagboek_for_dossier() only) */
};

/* One file of a melding or of a diary entry, with what the court overview prints beside it. */
struct dagboek_file {
	int64_t id, melding_id, dagboek_id, grootte;    /* dagboek_id 0: the melding's own */
	int64_t opgenomen_op;                           /* capture moment; 0: unknown */
	const char *bestandsnaam, *mime, *bijschrift, *referentie;
};

/* Inserts an entry (the caller's transaction); *id set. */
enum store_result dagboek_insert(struct db *db, int64_t melding_id, int64_t vastgelegd, int64_t van, int64_t tot,
				 int ernst, const char *tekst, int64_t *id);
/* A file of entry dagboek_id of melding_id, stored as opslag (captured: 0 unknown). */
enum store_result dagboek_file_add(struct db *db, int64_t melding_id, int64_t dagboek_id, const char *name,
				   const char *opslag, const char *mime, int64_t size, int64_t captured, int64_t now);
/* The entries of a melding, in order of van; count or -1 (arena memory). */
int dagboek_list(struct db *db, struct arena *a, int64_t melding_id, struct dagboek_entry **out);
/* The files sent with the diary entries of a melding, in order of entry and id; count or -1. */
int dagboek_files_of_melding(struct db *db, struct arena *a, int64_t melding_id, struct dagboek_file **out);
/* The entries of every melding in a dossier, in order of van; count or -1. */
int dagboek_for_dossier(struct db *db, struct arena *a, int64_t dossier_id, struct dagboek_entry **out);
/*
 * The files of every melding in a dossier, the meldingen's own and the
 * diary entries', in order of melding and id; count or -1.
 */
int dagboek_files_for_dossier(struct db *db, struct arena *a, int64_t dossier_id, struct dagboek_file **out);

#endif
