/*
 * lbm.c - the Leefbaarometer's classes and its open-data table (see lbm.h).
 *
 * The table is read with libcsv one physical line at a time, so each record
 * knows the line it starts on, as domain/areaimport.c does. The header picks
 * a column for each of ours by the first of its known names present; each
 * row is then checked on its own, and duplicates of (code, year) across the
 * file at the end. Errors come out in line order.
 */
#include "domain/lbm.h"
#include "domain/area.h"
#include "domain/validate.h"
#include "lib/xalloc.h"

#include <csv.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const lbm_maat_ids[LBM__MAX] = { "totaal", "won", "fys", "vrz", "soc", "onv" };
const char *const lbm_maat_labels[LBM__MAX] = {
	"Totaal", "Woningvoorraad", "Fysieke omgeving", "Voorzieningen", "Sociale samenhang",
	"Overlast en onveiligheid",
};
const char *const lbm_maat_keys[LBM__MAX] = {
	"totaal", "woningvoorraad", "fysieke_omgeving", "voorzieningen", "sociale_samenhang",
	"overlast_en_onveiligheid",
};

/* For messages, after "regel 7: ". */
static const char *const maat_lower[LBM__MAX] = {
	"afwijking van de totaalscore", "woningvoorraad", "fysieke omgeving", "voorzieningen", "sociale samenhang",
	"overlast en onveiligheid",
};

static const char *const klasse_labels[10] = {
	"onbekend", "zeer onvoldoende", "ruim onvoldoende", "onvoldoende", "zwak", "voldoende",
	"ruim voldoende", "goed", "zeer goed", "uitstekend",
};

const char *const lbm_trend_ids[4] = { "", "beter", "gelijk", "slechter" };

/*
 * Header names are compared after lower-casing and turning blanks and '-'
 * into '_', so "Overlast en onveiligheid" finds overlast_en_onveiligheid.
 * The first name present wins: a buurt table that also names the buurt's
 * wijk (bu_code and wk_code) is read by its bu_code.
 */
const char *const lbm_columns[LBMK__MAX][LBM_ALIASES_MAX] = {
	[LBMK_CODE] = { "bu_code", "wk_code", "gwb_code", "gwb_code_10", "gwb_code_8", "cbs_code", "code", "id" },
	[LBMK_JAAR] = { "jaar", "year", "peiljaar", "meetjaar" },
	[LBMK_SCORE] = { "lbm", "score", "totaalscore", "lbm_score" },
	[LBMK_AFW] = { "afw", "afwijking", "lbm_afw" },
	[LBMK_KLASSE] = { "kscore", "klasse", "lbm_klasse", "klasse_lbm", "kafw", "kl_lbm" },
	[LBMK_WON] = { "won", "woningvoorraad", "dim_won" },
	[LBMK_WON_K] = { "kwon", "won_klasse", "klasse_won", "kl_won" },
	[LBMK_FYS] = { "fys", "fysieke_omgeving", "dim_fys" },
	[LBMK_FYS_K] = { "kfys", "fys_klasse", "klasse_fys", "kl_fys" },
	[LBMK_VRZ] = { "vrz", "voorzieningen", "dim_vrz" },
	[LBMK_VRZ_K] = { "kvrz", "vrz_klasse", "klasse_vrz", "kl_vrz" },
	[LBMK_SOC] = { "soc", "sociale_samenhang", "dim_soc" },
	[LBMK_SOC_K] = { "ksoc", "soc_klasse", "klasse_soc", "kl_soc" },
	[LBMK_ONV] = { "onv", "overlast_en_onveiligheid", "overlast_onveiligheid", "dim_onv" },
	[LBMK_ONV_K] = { "konv", "onv_klasse", "klasse_onv", "kl_onv" },
};

/* Per measure its value column and its class column (the total's value is afw). */
static const int value_col[LBM__MAX] = { LBMK_AFW, LBMK_WON, LBMK_FYS, LBMK_VRZ, LBMK_SOC, LBMK_ONV };
static const int class_col[LBM__MAX] = { LBMK_KLASSE, LBMK_WON_K, LBMK_FYS_K, LBMK_VRZ_K, LBMK_SOC_K, LBMK_ONV_K };

#define MAX_FIELDS 256
#define SHOWN_MAX 40
#define HEADER_EXAMPLE "bu_code;jaar;lbm;afw;won;fys;vrz;soc;onv"

const char *lbm_klasse_label(int klasse)
{
	return klasse >= 1 && klasse <= 9 ? klasse_labels[klasse] : klasse_labels[0];
}

int lbm_klasse_van(double d)
{
	/* The epsilon keeps a bound in the class above it should a division land a hair below a whole step. */
	double q = fabs(d) / LBM_STAP;
	int steps;

	if (!isfinite(d))
		return 5;
	if (d >= 0)
		steps = (int)fmin(floor(q + 1e-9), 4.0);
	else
		steps = -(int)fmin(fmax(ceil(q - 1e-9) - 1.0, 0.0), 4.0);
	return 5 + steps;
}

enum lbm_trend lbm_trend_van(int vorige, int klasse)
{
	if (vorige < 1 || vorige > 9 || klasse < 1 || klasse > 9)
		return LBM_TREND_GEEN;
	return klasse > vorige ? LBM_TREND_BETER : klasse < vorige ? LBM_TREND_SLECHTER : LBM_TREND_GELIJK;
}

const char *lbm_trend_sign(enum lbm_trend t)
{
	return t == LBM_TREND_BETER ? "▲" : t == LBM_TREND_SLECHTER ? "▼" : t == LBM_TREND_GELIJK ? "=" : "";
}

void lbm_trend_tekst(int vorige, int klasse, int vorig_jaar, char *out, size_t size)
{
	int diff = klasse - vorige;

	switch (lbm_trend_van(vorige, klasse)) {
	case LBM_TREND_GEEN:
		snprintf(out, size, "%s", "");
		break;
	case LBM_TREND_GELIJK:
		snprintf(out, size, "gelijk (0) sinds %d", vorig_jaar);
		break;
	case LBM_TREND_BETER:
		snprintf(out, size, "beter (+%d %s sinds %d)", diff, diff == 1 ? "klasse" : "klassen", vorig_jaar);
		break;
	case LBM_TREND_SLECHTER:
		snprintf(out, size, "slechter (-%d %s sinds %d)", -diff, diff == -1 ? "klasse" : "klassen", vorig_jaar);
		break;
	}
}

unsigned lbm_row_afgeleid(const struct lbm_row *r)
{
	unsigned bits = 0;

	for (int m = 0; m < LBM__MAX; m++)
		if (r->m[m].afgeleid)
			bits |= LBM_AFGELEID_BIT(m);
	return bits;
}

/* ---- a small map of "CODE|jaar" -> line --------------------------------- */

struct slot {
	const char *key;
	int line;
};

struct keymap {
	struct slot *slots;
	size_t cap, n;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static struct slot *slot_of(struct keymap *m, const char *key)
{
	size_t i = (size_t)hash(key) & (m->cap - 1);

	while (m->slots[i].key && strcmp(m->slots[i].key, key))
		i = (i + 1) & (m->cap - 1);
	return &m->slots[i];
}

/* The line already holding key, or 0 after adding it with line. */
static int keymap_put(struct keymap *m, const char *key, int line)
{
	if ((m->n + 1) * 2 > m->cap) {
		struct keymap old = *m;
		m->cap = old.cap ? old.cap * 2 : 64;
		m->slots = xcalloc(m->cap, sizeof(*m->slots));
		m->n = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (old.slots[i].key)
				keymap_put(m, old.slots[i].key, old.slots[i].line);
		free(old.slots);
	}
	struct slot *s = slot_of(m, key);
	if (s->key)
		return s->line;
	s->key = key;
	s->line = line;
	m->n++;
	return 0;
}

/* ---- errors ---------------------------------------------------------------- */

static void add_error(struct lbm_file *f, int line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void add_error(struct lbm_file *f, int line, const char *fmt, ...)
{
	va_list ap;
	char msg[600];

	f->n_errors_total++;
	if (f->n_errors >= LBM_MAX_ERRORS)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (f->n_errors == f->errors_cap) {
		f->errors_cap = f->errors_cap ? f->errors_cap * 2 : 32;
		f->errors = xrealloc(f->errors, f->errors_cap * sizeof(*f->errors));
	}
	f->errors[f->n_errors].line = line;
	f->errors[f->n_errors].msg = arena_strdup(&f->arena, msg);
	f->n_errors++;
}

struct found {
	struct lbm_error e;
	size_t seq;
};

static int by_line(const void *a, const void *b)
{
	const struct found *x = a, *y = b;

	if (x->e.line != y->e.line)
		return x->e.line < y->e.line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void sort_errors(struct lbm_file *f)
{
	if (f->n_errors < 2)
		return;
	struct found *x = xmalloc(f->n_errors * sizeof(*x));
	for (size_t i = 0; i < f->n_errors; i++) {
		x[i].e = f->errors[i];
		x[i].seq = i;
	}
	qsort(x, f->n_errors, sizeof(*x), by_line);
	for (size_t i = 0; i < f->n_errors; i++)
		f->errors[i] = x[i].e;
	free(x);
}

/* A value as a message repeats it: at most SHOWN_MAX bytes, cut at a character boundary. */
static const char *shown(struct lbm_file *f, const char *s)
{
	size_t n = strlen(s);

	if (n <= SHOWN_MAX)
		return s;
	n = SHOWN_MAX;
	while (n && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	return arena_printf(&f->arena, "%.*s...", (int)n, s);
}

/* ---- values ------------------------------------------------------------------ */

static char *trimmed(char *s)
{
	size_t n;

	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		s[--n] = '\0';
	return s;
}

/*
 * A number with a decimal comma or point and an optional exponent (what
 * Excel and pandas write): 1 and *out, 0 when empty, -1 when not a number.
 * Parsed by hand rather than with strtod(), which follows the locale.
 */
static int number(const char *s, double *out)
{
	uint64_t mant = 0;
	double v;
	int sign = 1, digits = 0, kept = 0, frac = 0, exp = 0, esign = 1, edigits = 0;

	if (!*s)
		return 0;
	if (*s == '+' || *s == '-')
		sign = *s++ == '-' ? -1 : 1;
	for (; *s >= '0' && *s <= '9'; s++, digits++) {
		if (kept == 18)
			return -1;   /* a whole number this long is no score */
		mant = mant * 10 + (uint64_t)(*s - '0');
		kept += mant > 0;
	}
	if (*s == '.' || *s == ',') {
		/* Digits past the 18th are dropped: a double holds 17. */
		for (s++; *s >= '0' && *s <= '9'; s++, digits++)
			if (kept < 18) {
				mant = mant * 10 + (uint64_t)(*s - '0');
				kept += mant > 0;
				frac++;
			}
	}
	if (!digits)
		return -1;
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '+' || *s == '-')
			esign = *s++ == '-' ? -1 : 1;
		for (; *s >= '0' && *s <= '9'; s++, edigits++)
			if (exp < 1000)
				exp = exp * 10 + (*s - '0');
		if (!edigits)
			return -1;
	}
	if (*s)
		return -1;
	/* One division by an exact power of ten rounds once: "3,8750" is 3.875 exactly. */
	exp = esign * exp - frac;
	v = (double)mant;
	if (exp < 0)
		v = exp >= -22 ? v / pow(10.0, -exp) : v * pow(10.0, exp);
	else if (exp > 0)
		v *= pow(10.0, exp);
	if (!isfinite(v))
		return -1;
	*out = sign * v;
	return 1;
}

/* ---- the reader ---------------------------------------------------------------- */

struct reader {
	struct lbm_file *f;
	const struct areaimport_lookup *lookup;
	int line, record_line, in_record;
	char **fields;
	int n_fields, too_many;
	int header_done, header_bad, n_header;
	int col[LBMK__MAX];
};

static char *pool_add(struct lbm_file *f, const char *s, size_t n)
{
	char *p = f->pool + f->pool_len;

	if (f->pool_len + n + 1 > f->pool_cap)
		abort();   /* sized for the whole file up front, so the rows' pointers stay put */
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	f->pool_len += n + 1;
	return p;
}

static void on_field(void *s, size_t n, void *ctx)
{
	struct reader *r = ctx;

	if (r->n_fields == MAX_FIELDS) {
		r->too_many = 1;
		return;
	}
	r->fields[r->n_fields++] = pool_add(r->f, s ? s : "", s ? n : 0);
}

/* A header name as compared: trimmed, lower case, blanks and '-' as '_'; into out. */
static void header_key(const char *in, char *out, size_t size)
{
	size_t n = 0;

	while (*in == ' ' || *in == '\t')
		in++;
	for (; *in && n + 1 < size; in++) {
		char c = *in;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		else if (c == ' ' || c == '-' || c == '\t')
			c = '_';
		out[n++] = c;
	}
	while (n && out[n - 1] == '_')
		n--;
	out[n] = '\0';
}

static void read_header(struct reader *r)
{
	struct lbm_file *f = r->f;
	char key[64];
	int rank[LBMK__MAX], found = 0;

	r->n_header = r->n_fields;
	for (int c = 0; c < LBMK__MAX; c++) {
		r->col[c] = -1;
		rank[c] = LBM_ALIASES_MAX;
		f->found[c] = "";
	}
	for (int i = 0; i < r->n_fields; i++) {
		header_key(r->fields[i], key, sizeof(key));
		for (int c = 0; c < LBMK__MAX; c++)
			for (int a = 0; a < LBM_ALIASES_MAX && lbm_columns[c][a]; a++) {
				if (strcmp(key, lbm_columns[c][a]))
					continue;
				if (a == rank[c]) {
					add_error(f, r->record_line, "de kolom '%s' staat twee keer in de kopregel",
						  lbm_columns[c][a]);
					r->header_bad = 1;
				} else if (a < rank[c]) {
					found += r->col[c] < 0;
					rank[c] = a;
					r->col[c] = i;
					f->found[c] = lbm_columns[c][a];
				}
			}
	}
	if (!found) {
		r->header_bad = 1;
		add_error(f, r->record_line, "geen kopregel gevonden: de eerste regel moet de kolomnamen bevatten, "
			  "zoals %s", HEADER_EXAMPLE);
		return;
	}
	if (r->col[LBMK_CODE] < 0) {
		add_error(f, r->record_line, "de kolom met de CBS-code ontbreekt in de kopregel (bu_code, wk_code, "
			  "gwb_code of code)");
		r->header_bad = 1;
	}
	if (r->col[LBMK_JAAR] < 0) {
		add_error(f, r->record_line, "de kolom 'jaar' ontbreekt in de kopregel");
		r->header_bad = 1;
	}
	for (int m = 0; m < LBM__MAX; m++)
		if (r->col[value_col[m]] < 0 && r->col[class_col[m]] < 0) {
			if (m == LBM_TOTAAL)
				add_error(f, r->record_line, "de kolom 'afw' (afwijking van de totaalscore) of 'kscore' "
					  "(klasse) ontbreekt in de kopregel; met alleen 'lbm' is de klasse niet te bepalen");
			else
				add_error(f, r->record_line, "de kolom '%s' (%s) of '%s' (klasse) ontbreekt in de kopregel",
					  lbm_columns[value_col[m]][0], lbm_maat_labels[m], lbm_columns[class_col[m]][0]);
			r->header_bad = 1;
		}
}

static char *field(const struct reader *r, int c)
{
	return r->col[c] >= 0 ? trimmed(r->fields[r->col[c]]) : (char *)"";
}

static void read_code(struct reader *r, struct lbm_row *row)
{
	struct lbm_file *f = r->f;
	char *code = field(r, LBMK_CODE);
	int want = -1;

	area_code_normalize(AREA_WIJK, code);
	row->code = code;
	row->soort = -1;
	if (!code[0]) {
		add_error(f, row->line, "de CBS-code ontbreekt");
		return;
	}
	if (!strncmp(code, "WK", 2) && !area_code_check(AREA_WIJK, code))
		want = AREA_WIJK;
	else if (!strncmp(code, "BU", 2) && !area_code_check(AREA_BUURT, code))
		want = AREA_BUURT;
	if (want < 0) {
		add_error(f, row->line, "'%s' is geen CBS-code van een wijk (WK en 6 tekens) of buurt (BU en 8 tekens)",
			  shown(f, code));
		return;
	}
	int s = r->lookup && r->lookup->soort_of ? r->lookup->soort_of(r->lookup->ctx, code) : -1;
	if (s != want) {
		add_error(f, row->line, "onbekende %s %s: die staat niet onder Gebieden (laat regels van andere "
			  "gebieden weg, of lees eerst het gebiedenbestand in)", want == AREA_WIJK ? "wijk" : "buurt",
			  shown(f, code));
		return;
	}
	row->soort = s;
}

static void read_jaar(struct reader *r, struct lbm_row *row)
{
	const char *v = field(r, LBMK_JAAR);
	double d;

	if (!v[0]) {
		add_error(r->f, row->line, "jaar ontbreekt");
		return;
	}
	if (number(v, &d) != 1 || d != floor(d) || d < LBM_JAAR_MIN || d > LBM_JAAR_MAX) {
		add_error(r->f, row->line, "jaar '%s' is geen jaartal van %d tot en met %d", shown(r->f, v), LBM_JAAR_MIN,
			  LBM_JAAR_MAX);
		return;
	}
	row->jaar = (int)d;
}

/* A value column: 1 with *out, 0 when empty or absent, -1 (reported) when not a number. */
static int read_value(struct reader *r, const struct lbm_row *row, int col, const char *wat, double *out)
{
	const char *v = field(r, col);
	int rc = number(v, out);

	if (rc < 0 || (rc == 1 && fabs(*out) >= LBM_WAARDE_MAX)) {
		add_error(r->f, row->line, "%s '%s' (%s) is geen getal van -10 tot 10, zoals 0,052 of -0.031",
			  r->f->found[col], shown(r->f, v), wat);
		return -1;
	}
	return rc;
}

static void read_measure(struct reader *r, struct lbm_row *row, int m)
{
	struct lbm_file *f = r->f;
	struct lbm_maat_waarde *w = &row->m[m];
	const char *wat = maat_lower[m];
	double d;
	int rc_v = read_value(r, row, value_col[m], wat, &w->waarde);
	const char *k = field(r, class_col[m]);

	w->has_waarde = rc_v == 1;
	if (k[0]) {
		if (number(k, &d) != 1 || d != floor(d) || d < 1 || d > 9) {
			add_error(f, row->line, "klasse '%s' (kolom %s) moet een geheel getal van 1 tot en met 9 zijn",
				  shown(f, k), f->found[class_col[m]]);
			return;
		}
		w->klasse = (int)d;
		return;
	}
	if (rc_v < 0)
		return;
	if (!w->has_waarde) {
		add_error(f, row->line, "geen waarde en geen klasse voor %s", maat_lower[m]);
		return;
	}
	w->klasse = lbm_klasse_van(w->waarde);
	w->afgeleid = 1;
}

static void record(struct reader *r)
{
	struct lbm_file *f = r->f;
	struct lbm_row *row;

	if (f->n_rows == f->rows_cap) {
		f->rows_cap = f->rows_cap ? f->rows_cap * 2 : 64;
		f->rows = xrealloc(f->rows, f->rows_cap * sizeof(*f->rows));
	}
	row = &f->rows[f->n_rows++];
	memset(row, 0, sizeof(*row));
	row->line = r->record_line;
	read_code(r, row);
	read_jaar(r, row);
	if (r->col[LBMK_SCORE] >= 0)
		row->has_score = read_value(r, row, LBMK_SCORE, "totaalscore", &row->score) == 1;
	for (int m = 0; m < LBM__MAX; m++)
		read_measure(r, row, m);
}

static void on_record(int term, void *ctx)
{
	struct reader *r = ctx;
	struct lbm_file *f = r->f;
	(void)term;

	r->in_record = 0;
	if (!r->header_done) {
		r->header_done = 1;
		read_header(r);
	} else if (!r->header_bad) {
		int extra = 0;
		for (int i = r->n_header; i < r->n_fields; i++)
			if (r->fields[i][0])
				extra = 1;
		f->n_rows_read++;
		if (r->too_many)
			add_error(f, r->record_line, "meer dan %d velden", MAX_FIELDS);
		else if (r->n_fields < r->n_header || extra)
			add_error(f, r->record_line, "%d velden, maar de kopregel heeft %d kolommen; staat er een '%c' "
				  "in een waarde zonder aanhalingstekens eromheen?", r->n_fields, r->n_header, f->separator);
		else
			record(r);
	}
	r->n_fields = 0;
	r->too_many = 0;
}

/* ---- the file as a whole ---------------------------------------------------------- */

static int line_blank(const char *p, const char *end)
{
	for (; p < end; p++)
		if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
			return 0;
	return 1;
}

static size_t line_len(const char *p, const char *end)
{
	const char *q = p;

	while (q < end && *q != '\n' && *q != '\r')
		q++;
	if (q == end)
		return (size_t)(end - p);
	if (*q == '\r' && q + 1 < end && q[1] == '\n')
		q++;
	return (size_t)(q - p) + 1;
}

/* The first line (1-based) that is not UTF-8 or holds a NUL, or 0. */
static int first_bad_line(const char *data, size_t len, int *nul)
{
	const char *p = data, *end = data + len;

	for (int line = 1; p < end; line++) {
		size_t n = line_len(p, end);
		if (memchr(p, '\0', n)) {
			*nul = 1;
			return line;
		}
		if (!utf8_valid(p, n))
			return line;
		p += n;
	}
	return 0;
}

static char detect_separator(const char *data, size_t len)
{
	size_t semis = 0, commas = 0;
	int quoted = 0;

	for (size_t i = 0; i < len && (quoted || (data[i] != '\n' && data[i] != '\r')); i++) {
		if (data[i] == '"')
			quoted = !quoted;
		else if (!quoted && data[i] == ';')
			semis++;
		else if (!quoted && data[i] == ',')
			commas++;
	}
	if (!semis && !commas)
		return 0;
	return semis >= commas ? ';' : ',';
}

static int whole_file_checks(struct lbm_file *f, const char *data, size_t len)
{
	int nul = 0, line;

	if (line_blank(data, data + len)) {
		add_error(f, 0, "Het bestand is leeg. De tabel van de Leefbaarometer begint met de kopregel (zoals %s) "
			  "en heeft daaronder een regel per wijk of buurt en jaar.", HEADER_EXAMPLE);
		return -1;
	}
	if (len >= 4 && (!memcmp(data, "PK\x03\x04", 4) || !memcmp(data, "\xd0\xcf\x11\xe0", 4))) {
		add_error(f, 0, "Dit is een Excel-bestand, geen CSV-bestand. Kies in Excel 'Opslaan als' en dan "
			  "'CSV UTF-8 (door komma's gescheiden)'.");
		return -1;
	}
	if ((line = first_bad_line(data, len, &nul))) {
		if (nul)
			add_error(f, line, "het bestand bevat een nul-byte; is dit wel een CSV-bestand?");
		else
			add_error(f, line, "het bestand is geen UTF-8: deze regel bevat een teken in een andere codering "
				  "(waarschijnlijk Latin-1). Sla het bestand op als 'CSV UTF-8' en probeer het opnieuw.");
		return -1;
	}
	return 0;
}

static int by_jaar(const void *a, const void *b)
{
	const struct lbm_jaar_count *x = a, *y = b;

	return (x->jaar > y->jaar) - (x->jaar < y->jaar);
}

/* Duplicates of (code, year), and the rows per year. */
static void whole_file(struct lbm_file *f)
{
	struct keymap seen = { 0 };

	for (size_t i = 0; i < f->n_rows; i++) {
		const struct lbm_row *row = &f->rows[i];
		if (!row->code[0] || !row->jaar)
			continue;
		const char *key = arena_printf(&f->arena, "%s|%d", row->code, row->jaar);
		int first = keymap_put(&seen, key, row->line);
		if (first)
			add_error(f, row->line, "%s staat voor %d al op regel %d", shown(f, row->code), row->jaar, first);
		size_t j = 0;
		while (j < f->n_jaren && f->jaren[j].jaar != row->jaar)
			j++;
		if (j == f->n_jaren) {
			f->jaren = xrealloc(f->jaren, (f->n_jaren + 1) * sizeof(*f->jaren));
			f->jaren[f->n_jaren].jaar = row->jaar;
			f->jaren[f->n_jaren].rijen = 0;
			f->n_jaren++;
		}
		f->jaren[j].rijen++;
	}
	if (f->n_jaren > 1)
		qsort(f->jaren, f->n_jaren, sizeof(*f->jaren), by_jaar);
	free(seen.slots);
}

int lbm_parse(struct lbm_file *f, const char *data, size_t len, const struct areaimport_lookup *lookup)
{
	struct reader r = { .f = f, .lookup = lookup };
	struct csv_parser p;
	const char *pos, *end;

	memset(f, 0, sizeof(*f));
	for (int c = 0; c < LBMK__MAX; c++)
		f->found[c] = "";
	if (len > LBM_MAX_BYTES) {
		add_error(f, 0, "Het bestand is %.1f MB; de tabel van de Leefbaarometer mag hoogstens %d MB zijn.",
			  (double)len / (1024.0 * 1024.0), LBM_MAX_MB);
		goto out;
	}
	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3)) {
		data += 3;
		len -= 3;
	}
	if (whole_file_checks(f, data, len) < 0)
		goto out;
	f->separator = detect_separator(data, len);
	if (!f->separator) {
		add_error(f, 1, "geen kopregel gevonden: de eerste regel moet de kolomnamen bevatten, gescheiden door ; "
			  "of , (zoals %s)", HEADER_EXAMPLE);
		goto out;
	}
	f->pool_cap = 2 * len + 16;
	f->pool = xmalloc(f->pool_cap);
	r.fields = xmalloc(MAX_FIELDS * sizeof(*r.fields));
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		abort();
	csv_set_delim(&p, (unsigned char)f->separator);
	pos = data;
	end = data + len;
	while (pos < end && !r.header_bad) {
		size_t n = line_len(pos, end);
		r.line++;
		if (!r.in_record && !line_blank(pos, pos + n)) {
			r.in_record = 1;
			r.record_line = r.line;
		}
		if (csv_parse(&p, pos, n, on_field, on_record, &r) != n) {
			add_error(f, r.line, "een aanhalingsteken staat op een verkeerde plek");
			break;
		}
		pos += n;
	}
	if (pos >= end && !r.header_bad && csv_fini(&p, on_field, on_record, &r) != 0)
		add_error(f, r.record_line, "een aanhalingsteken wordt niet afgesloten");
	csv_free(&p);
	if (!r.header_bad && !f->n_rows_read && !f->n_errors_total)
		add_error(f, 0, "Het bestand bevat alleen de kopregel en geen scores.");
	if (!r.header_bad)
		whole_file(f);
	free(r.fields);
	sort_errors(f);
out:
	if (f->n_errors_total) {
		f->n_rows = 0;
		return -1;
	}
	return 0;
}

void lbm_release(struct lbm_file *f)
{
	free(f->rows);
	free(f->errors);
	free(f->jaren);
	free(f->pool);
	arena_release(&f->arena);
	memset(f, 0, sizeof(*f));
}

void lbm_jaren_tekst(const struct lbm_file *f, char *out, size_t size)
{
	size_t used = 0;

	out[0] = '\0';
	for (size_t i = 0; i < f->n_jaren && used < size; i++)
		used += (size_t)snprintf(out + used, size - used, "%s%d: %d", i ? ", " : "", f->jaren[i].jaar,
					 f->jaren[i].rijen);
}
