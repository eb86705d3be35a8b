/*
 * lbm.h - the Leefbaarometer: its classes and their labels, the trend
 * between two measurements, and reading its open-data table of scores per
 * wijk or buurt (README "Leefbaarometer").
 *
 * Pure: lbm_parse() takes the file's bytes and a look-up for the area codes
 * in the database (domain/areaimport.h's struct areaimport_lookup), and
 * returns either every row, checked, or every error with its line. No I/O,
 * no clock, no globals.
 *
 * The file: CSV in UTF-8 (a BOM is skipped), ';' or ',' as separator,
 * whichever the header uses more; a decimal comma or point in numbers;
 * columns found by their header names, any case, any order, several known
 * names per column (lbm_columns[]); other columns are ignored. Per row the
 * CBS code of a wijk or buurt, the year, the total and the five dimensions,
 * each as a value (a deviation from the national average), a class 1..9,
 * or both. Where the file gives no class, lbm_klasse_van() derives it from
 * the deviation.
 */
#ifndef LEEFBAAR_DOMAIN_LBM_H
#define LEEFBAAR_DOMAIN_LBM_H

#include "domain/areaimport.h"
#include "lib/arena.h"

#include <stddef.h>

#define LBM_MAX_MB 20
#define LBM_MAX_BYTES ((size_t)LBM_MAX_MB * 1024 * 1024)
#define LBM_MAX_ERRORS 1000
#define LBM_JAAR_MIN 1990
#define LBM_JAAR_MAX 2100
/* A score or deviation is a small number (the total score lies around 4, deviations within 1): beyond this, a wrong column. */
#define LBM_WAARDE_MAX 10.0

/* The total and the five dimensions of the Leefbaarometer 3.0, in its order. */
enum lbm_maat { LBM_TOTAAL, LBM_WON, LBM_FYS, LBM_VRZ, LBM_SOC, LBM_ONV, LBM__MAX };
/* "totaal", "won", ...: the JSON keys' short names and the database's columns. */
extern const char *const lbm_maat_ids[LBM__MAX];
/* "Totaal", "Woningvoorraad", "Fysieke omgeving", "Voorzieningen", "Sociale samenhang", "Overlast en onveiligheid". */
extern const char *const lbm_maat_labels[LBM__MAX];
/* "totaalscore", "woningvoorraad", ...: keys of the profile's JSON. */
extern const char *const lbm_maat_keys[LBM__MAX];

/* The label of class 1..9 ("zeer onvoldoende" .. "uitstekend"); "onbekend" outside. */
const char *lbm_klasse_label(int klasse);

/*
 * The class of a deviation from the national average when the file has
 * no class: nine steps of LBM_STAP around 0, class 5 for -0.04 <= d < 0.04,
 * 6 from 0.04, 7 from 0.08, 8 from 0.12, 9 from 0.16, and mirrored below
 * (4 from -0.08, 3 from -0.12, 2 from -0.16, 1 below). README says where
 * these bounds come from.
 */
#define LBM_STAP 0.04
int lbm_klasse_van(double afwijking);

/* The change of class from an earlier measurement to a later one. */
enum lbm_trend { LBM_TREND_GEEN, LBM_TREND_BETER, LBM_TREND_GELIJK, LBM_TREND_SLECHTER };
/* "", "beter", "gelijk", "slechter" */
extern const char *const lbm_trend_ids[4];
/* LBM_TREND_GEEN when there is no earlier class (vorige 0). */
enum lbm_trend lbm_trend_van(int vorige, int klasse);
/* The sign shown before the trend's words: "▲", "▼", "=" or "" (static). */
const char *lbm_trend_sign(enum lbm_trend t);
/*
 * The trend in words with its sign, never colour alone: "beter (+1 klasse
 * sinds 2020)", "slechter (-2 klassen sinds 2020)", "gelijk sinds 2020";
 * "" without an earlier measurement. Into out.
 */
void lbm_trend_tekst(int vorige, int klasse, int vorig_jaar, char *out, size_t size);

/* One measure of one row. */
struct lbm_maat_waarde {
	double waarde;              /* the deviation (for the total: afw) */
	int has_waarde;
	int klasse;                 /* 1..9: the file's, or derived */
	int afgeleid;               /* 1: derived from waarde */
};

/* One row of the table. */
struct lbm_row {
	int line;                   /* physical line where the row starts, 1-based */
	const char *code;           /* upper case: WK... or BU... */
	int soort;                  /* AREA_WIJK or AREA_BUURT, as the database knows it */
	int jaar;
	double score;               /* the total score lbm, when has_score */
	int has_score;
	struct lbm_maat_waarde m[LBM__MAX];
};

/* The bit of a measure in lbm_score.afgeleid. */
#define LBM_AFGELEID_BIT(maat) (1u << (maat))
unsigned lbm_row_afgeleid(const struct lbm_row *r);

struct lbm_error {
	int line;                   /* 0: the file as a whole */
	const char *msg;            /* Dutch, without "regel N: " */
};

/* Rows per year in a file, ascending. */
struct lbm_jaar_count {
	int jaar;
	int rijen;
};

struct lbm_file {
	char separator;             /* ';' or ','; 0 when no header was read */
	struct lbm_row *rows;
	size_t n_rows;              /* 0 when there are errors */
	size_t n_rows_read;
	struct lbm_error *errors;
	size_t n_errors, n_errors_total;
	struct lbm_jaar_count *jaren;
	size_t n_jaren;
	/* Which header name each column was found under ("" when absent), for the page. */
	const char *found[32];

	/* private */
	struct arena arena;
	char *pool;
	size_t pool_len, pool_cap, rows_cap, errors_cap;
};

/*
 * Reads len bytes. f need not be initialised and must be released with
 * lbm_release() whatever the outcome. lookup answers the soort of a code
 * in the database (-1: unknown); NULL knows nothing. Returns 0 when every
 * row can be stored (at least one row, no errors), -1 otherwise.
 */
int lbm_parse(struct lbm_file *f, const char *data, size_t len, const struct areaimport_lookup *lookup);
void lbm_release(struct lbm_file *f);

/* "2020: 9, 2022: 9" into out. */
void lbm_jaren_tekst(const struct lbm_file *f, char *out, size_t size);

/* The columns and the header names they are found under (README's table). */
enum lbm_kolom {
	LBMK_CODE, LBMK_JAAR, LBMK_SCORE, LBMK_AFW, LBMK_KLASSE,
	LBMK_WON, LBMK_WON_K, LBMK_FYS, LBMK_FYS_K, LBMK_VRZ, LBMK_VRZ_K,
	LBMK_SOC, LBMK_SOC_K, LBMK_ONV, LBMK_ONV_K, LBMK__MAX
};
#define LBM_ALIASES_MAX 8
extern const char *const lbm_columns[LBMK__MAX][LBM_ALIASES_MAX];

#endif
