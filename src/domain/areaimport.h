/*
 * areaimport.h - reading the two CSV files of the area register: gebieden
 * (code;naam;soort;bovenliggend;woningen) and adressen
 * (postcode;huisnummer;toevoeging;straat;woonplaats;buurt;complex;bag_id),
 * as DESIGN.md fixes them ("Areas and the address register").
 *
 * Pure: areaimport_parse() takes the file's bytes and a look-up for the
 * area codes already in the database, and returns either the rows, checked
 * and normalised, ready for the store, or every error with its line. It
 * never stops at the first bad row, so one run tells the beheerder all that
 * is wrong. No I/O, no clock, no globals.
 *
 * The file: UTF-8 with or without a BOM (anything else, e.g. Latin-1 from
 * an old Excel, is refused naming the first bad line); a header row whose
 * separator, ';' or ',', is the one it uses most; columns found by name
 * (case-insensitive, any order; extra columns are ignored); quoting as RFC
 * 4180 (libcsv, strict); lines end in LF, CRLF or CR; blank lines skipped. At most
 * AREAIMPORT_MAX_BYTES: a register of 100,000 homes is about 10 MB, and a
 * bigger file is more likely a wrong file than a register.
 */
#ifndef LEEFBAAR_DOMAIN_AREAIMPORT_H
#define LEEFBAAR_DOMAIN_AREAIMPORT_H

#include "domain/area.h"
#include "domain/validate.h"
#include "lib/arena.h"

#include <stddef.h>

#define AREAIMPORT_MAX_MB 20
#define AREAIMPORT_MAX_BYTES ((size_t)AREAIMPORT_MAX_MB * 1024 * 1024)
/* Errors kept with their text; beyond this they are only counted (a wholly
 * wrong file would otherwise produce one per field). */
#define AREAIMPORT_MAX_ERRORS 10000
#define ADDRESS_STRAAT_MAX 119       /* bytes; the matcher copies it into char[120] */
#define ADDRESS_WOONPLAATS_MAX 79
#define BAG_ID_LEN 16

enum areaimport_kind { AREAIMPORT_GEBIEDEN, AREAIMPORT_ADRESSEN, AREAIMPORT__MAX };

/* "gebieden", "adressen": the command line's and the form's word. */
extern const char *const areaimport_kind_ids[AREAIMPORT__MAX];
/* "gebiedenbestand", "adressenbestand": for messages. */
extern const char *const areaimport_kind_files[AREAIMPORT__MAX];
/* The kind for an identifier, or -1. */
int areaimport_kind_parse(const char *s);

/* One row of the gebieden file. Strings live as long as the import. */
struct area_row {
	int line;                   /* physical line where the row starts, 1-based */
	const char *code, *naam;
	const char *parent;         /* "" for a wijk */
	enum area_soort soort;
	int woningen;
};

/* One row of the adressen file. */
struct address_row {
	int line;
	char postcode[POSTCODE_LEN];       /* "1234 AB" */
	int huisnummer;
	char toevoeging[TOEVOEGING_LEN];   /* upper-case, "" when none */
	const char *straat, *woonplaats;
	const char *buurt;                 /* a buurt's code */
	const char *complex;               /* a complex's code, "" when none */
	const char *bag_id;                /* 16 digits, "" when none */
};

struct areaimport_error {
	int line;                   /* 0: the file as a whole (empty, too big, ...) */
	const char *msg;            /* Dutch, without "regel N: " */
};

/*
 * What the database already holds: soort_of() answers the soort of an
 * existing area code (an enum area_soort), or -1 when there is none. It is
 * asked only for codes the file refers to and does not define itself.
 */
struct areaimport_lookup {
	int (*soort_of)(void *ctx, const char *code);
	void *ctx;
};

struct areaimport {
	enum areaimport_kind kind;
	char separator;                    /* ';' or ','; 0 when no header was read */
	/* The rows, in file order; exactly one of the two is used. */
	struct area_row *areas;
	struct address_row *addresses;
	size_t n_rows;                     /* 0 when there are errors */
	size_t n_rows_read;                /* data rows in the file, good or bad */
	/* Every error, ordered by line; n_errors_total counts those past the cap too. */
	struct areaimport_error *errors;
	size_t n_errors, n_errors_total;

	/* private */
	struct arena arena;
	char *pool;
	size_t pool_len, pool_cap, rows_cap, errors_cap;
};

/*
 * Reads len bytes of a file of the given kind. imp need not be initialised
 * and must be released with areaimport_release() whatever the outcome.
 * Returns 0 when the file can be stored as it is (at least one row and no
 * errors), -1 otherwise (imp->errors says why). lookup may be NULL: then
 * nothing is known outside the file. A len above AREAIMPORT_MAX_BYTES is
 * refused on the length alone, before data is looked at, so a caller may
 * pass the size of a file it did not read.
 */
int areaimport_parse(struct areaimport *imp, enum areaimport_kind kind, const char *data, size_t len,
		     const struct areaimport_lookup *lookup);

/* Frees what the import holds; its rows and errors are gone after this. */
void areaimport_release(struct areaimport *imp);

#endif
