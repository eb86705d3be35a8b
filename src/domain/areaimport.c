/*
 * areaimport.c - the gebieden and adressen CSV files (see areaimport.h).
 *
 * Two passes. The first feeds libcsv one physical line at a time, so every
 * record knows the line it starts on (a quoted field may span lines), reads
 * the header, and checks each row on its own: formats, lengths, the number
 * of fields. The second checks what needs the whole file: duplicates, and
 * that every bovenliggend gebied, buurt and complex exists in the file or in
 * the database. Errors are then put in line order.
 */
#include "domain/areaimport.h"
#include "lib/xalloc.h"

#include <csv.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const areaimport_kind_ids[AREAIMPORT__MAX] = { "gebieden", "adressen" };
const char *const areaimport_kind_files[AREAIMPORT__MAX] = { "gebiedenbestand", "adressenbestand" };

/* The columns of each file, in DESIGN.md's order. */
enum { G_CODE, G_NAAM, G_SOORT, G_BOVENLIGGEND, G_WONINGEN, G__MAX };
enum { A_POSTCODE, A_HUISNUMMER, A_TOEVOEGING, A_STRAAT, A_WOONPLAATS, A_BUURT, A_COMPLEX, A_BAG_ID, A__MAX };
#define MAX_COLUMNS 8

static const char *const columns[AREAIMPORT__MAX][MAX_COLUMNS] = {
	[AREAIMPORT_GEBIEDEN] = { "code", "naam", "soort", "bovenliggend", "woningen" },
	[AREAIMPORT_ADRESSEN] = { "postcode", "huisnummer", "toevoeging", "straat", "woonplaats", "buurt",
				  "complex", "bag_id" },
};
static const int n_columns[AREAIMPORT__MAX] = { G__MAX, A__MAX };

/* A record with more fields than this is not one of ours. */
#define MAX_FIELDS 256
/* How much of a value a message repeats. */
#define SHOWN_MAX 40

int areaimport_kind_parse(const char *s)
{
	for (int k = 0; s && k < AREAIMPORT__MAX; k++)
		if (!strcmp(s, areaimport_kind_ids[k]))
			return k;
	return -1;
}

/* ---- a small string map (codes and address keys -> line or soort) ------- */

struct strmap_slot {
	const char *key;
	int value;
};

struct strmap {
	struct strmap_slot *slots;
	size_t cap, n;
};

static uint64_t str_hash(const char *s)
{
	uint64_t h = 1469598103934665603ULL;   /* FNV-1a */

	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static struct strmap_slot *strmap_slot(struct strmap *m, const char *key)
{
	size_t i = (size_t)str_hash(key) & (m->cap - 1);

	while (m->slots[i].key && strcmp(m->slots[i].key, key))
		i = (i + 1) & (m->cap - 1);
	return &m->slots[i];
}

static int *strmap_get(struct strmap *m, const char *key)
{
	if (!m->cap)
		return NULL;
	struct strmap_slot *s = strmap_slot(m, key);
	return s->key ? &s->value : NULL;
}

/* Adds or replaces; key must outlive the map. */
static void strmap_put(struct strmap *m, const char *key, int value)
{
	if ((m->n + 1) * 2 > m->cap) {
		struct strmap old = *m;
		m->cap = old.cap ? old.cap * 2 : 64;
		m->slots = xcalloc(m->cap, sizeof(*m->slots));
		m->n = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (old.slots[i].key)
				strmap_put(m, old.slots[i].key, old.slots[i].value);
		free(old.slots);
	}
	struct strmap_slot *s = strmap_slot(m, key);
	if (!s->key) {
		s->key = key;
		m->n++;
	}
	s->value = value;
}

static void strmap_release(struct strmap *m)
{
	free(m->slots);
	memset(m, 0, sizeof(*m));
}

/* ---- errors --------------------------------------------------------------- */

/* The order errors were found in, to keep it among errors on one line. */
struct found {
	struct areaimport_error e;
	size_t seq;
};

static void add_error(struct areaimport *imp, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void add_error(struct areaimport *imp, int line, const char *fmt, ...)
{
	va_list ap;
	char msg[600];

	imp->n_errors_total++;
	if (imp->n_errors >= AREAIMPORT_MAX_ERRORS)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (imp->n_errors == imp->errors_cap) {
		imp->errors_cap = imp->errors_cap ? imp->errors_cap * 2 : 32;
		imp->errors = xrealloc(imp->errors, imp->errors_cap * sizeof(*imp->errors));
	}
	imp->errors[imp->n_errors].line = line;
	imp->errors[imp->n_errors].msg = arena_strdup(&imp->arena, msg);
	imp->n_errors++;
}

static int by_line(const void *a, const void *b)
{
	const struct found *x = a, *y = b;

	if (x->e.line != y->e.line)
		return x->e.line < y->e.line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* qsort is not stable: sort (error, discovery order) pairs. */
static void sort_errors(struct areaimport *imp)
{
	struct found *f;

	if (imp->n_errors < 2)
		return;
	f = xmalloc(imp->n_errors * sizeof(*f));
	for (size_t i = 0; i < imp->n_errors; i++) {
		f[i].e = imp->errors[i];
		f[i].seq = i;
	}
	qsort(f, imp->n_errors, sizeof(*f), by_line);
	for (size_t i = 0; i < imp->n_errors; i++)
		imp->errors[i] = f[i].e;
	free(f);
}

/*
 * A value as a message repeats it: at most SHOWN_MAX bytes, cut at a
 * character boundary (the file is valid UTF-8 by now), with "..." when cut.
 */
static const char *shown(struct areaimport *imp, const char *s)
{
	size_t n = strlen(s);

	if (n <= SHOWN_MAX)
		return s;
	n = SHOWN_MAX;
	while (n && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	return arena_printf(&imp->arena, "%.*s...", (int)n, s);
}

/* ---- pass 1: lines, records, fields ------------------------------------ */

struct reader {
	struct areaimport *imp;
	const struct areaimport_lookup *lookup;
	int line;                  /* the physical line being fed */
	int record_line;           /* where the current record started */
	int in_record;             /* a record has begun and not ended */
	char **fields;             /* of the current record, pointing into the pool */
	int n_fields, too_many;
	int header_done, header_bad;
	int col[MAX_COLUMNS];      /* field index of each column */
	int n_header;              /* fields in the header */
};

static char *pool_add(struct areaimport *imp, const char *s, size_t n)
{
	char *p = imp->pool + imp->pool_len;

	/* The pool was sized for the whole file up front, so pointers stay put. */
	if (imp->pool_len + n + 1 > imp->pool_cap)
		abort();
	if (n)
		memcpy(p, s, n);
	p[n] = '\0';
	imp->pool_len += n + 1;
	return p;
}

static void on_field(void *s, size_t n, void *ctx)
{
	struct reader *r = ctx;

	if (r->n_fields == MAX_FIELDS) {
		r->too_many = 1;
		return;
	}
	r->fields[r->n_fields++] = pool_add(r->imp, s ? s : "", s ? n : 0);
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

static int same_name(const char *a, const char *b)
{
	while (*a && lower(*a) == *b) {
		a++;
		b++;
	}
	return *a == '\0' && *b == '\0';
}

static int column_of(enum areaimport_kind kind, const char *name)
{
	for (int c = 0; c < n_columns[kind]; c++)
		if (same_name(name, columns[kind][c]))
			return c;
	return -1;
}

static void header_columns(char *out, size_t size, enum areaimport_kind kind)
{
	size_t used = 0;

	out[0] = '\0';
	for (int c = 0; c < n_columns[kind] && used < size; c++)
		used += (size_t)snprintf(out + used, size - used, "%s%s", c ? ";" : "", columns[kind][c]);
}

static void read_header(struct reader *r)
{
	struct areaimport *imp = r->imp;
	enum areaimport_kind kind = imp->kind, other = kind == AREAIMPORT_GEBIEDEN ? AREAIMPORT_ADRESSEN
										  : AREAIMPORT_GEBIEDEN;
	int found = 0, of_other = 0;
	char want[200];

	for (int c = 0; c < MAX_COLUMNS; c++)
		r->col[c] = -1;
	r->n_header = r->n_fields;
	for (int i = 0; i < r->n_fields; i++) {
		int c = column_of(kind, r->fields[i]);
		if (column_of(other, r->fields[i]) >= 0 && c < 0)
			of_other++;
		if (c < 0)
			continue;   /* an ERP's extra column: not ours, not an error */
		if (r->col[c] >= 0) {
			add_error(imp, r->record_line, "de kolom '%s' staat twee keer in de kopregel", columns[kind][c]);
			r->header_bad = 1;
			continue;
		}
		r->col[c] = i;
		found++;
	}
	header_columns(want, sizeof(want), kind);
	if (!found) {
		r->header_bad = 1;
		if (of_other >= 3)
			add_error(imp, r->record_line, "dit lijkt een %s, geen %s; de kopregel van een %s is %s",
				  areaimport_kind_files[other], areaimport_kind_files[kind],
				  areaimport_kind_files[kind], want);
		else
			add_error(imp, r->record_line, "geen kopregel gevonden: de eerste regel moet de kolomnamen "
				  "bevatten, %s", want);
		return;
	}
	for (int c = 0; c < n_columns[kind]; c++)
		if (r->col[c] < 0) {
			add_error(imp, r->record_line, "de kolom '%s' ontbreekt in de kopregel (verwacht: %s)",
				  columns[kind][c], want);
			r->header_bad = 1;
		}
}

static char *field(const struct reader *r, int c)
{
	return r->fields[r->col[c]];
}

static void *grow_rows(struct areaimport *imp, void *rows, size_t size)
{
	if (imp->n_rows < imp->rows_cap)
		return rows;
	imp->rows_cap = imp->rows_cap ? imp->rows_cap * 2 : 256;
	return xrealloc(rows, imp->rows_cap * size);
}

/* A field trimmed of blanks, in place (libcsv trims unquoted fields only). */
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

static void text_field(struct areaimport *imp, int line, const char *name, const char *value,
		       size_t max, int required)
{
	const char *why = area_text_check(value, max);

	if (required && !value[0])
		add_error(imp, line, "%s ontbreekt", name);
	else if (why && strlen(value) > max)
		add_error(imp, line, "%s is te lang (hoogstens %zu tekens)", name, max);
	else if (why)
		add_error(imp, line, "%s %s", name, why);
}

static void area_record(struct reader *r)
{
	struct areaimport *imp = r->imp;
	int line = r->record_line, soort, woningen = 0;
	struct area_row *row;
	const char *why;
	char *code;

	imp->areas = grow_rows(imp, imp->areas, sizeof(*imp->areas));
	row = &imp->areas[imp->n_rows++];
	memset(row, 0, sizeof(*row));
	row->line = line;

	soort = area_soort_parse(field(r, G_SOORT));
	row->soort = soort < 0 ? AREA__MAX : (enum area_soort)soort;
	if (!field(r, G_SOORT)[0])
		add_error(imp, line, "soort ontbreekt: kies wijk, buurt of complex");
	else if (soort < 0)
		add_error(imp, line, "soort '%s' bestaat niet: kies wijk, buurt of complex",
			  shown(imp, field(r, G_SOORT)));

	code = trimmed(field(r, G_CODE));
	if (soort >= 0)
		area_code_normalize((enum area_soort)soort, code);
	row->code = code;
	if (!code[0])
		add_error(imp, line, "code ontbreekt");
	else if (soort >= 0 && (why = area_code_check((enum area_soort)soort, code)))
		add_error(imp, line, "code '%s' is %s", shown(imp, code), why);

	row->naam = trimmed(field(r, G_NAAM));
	text_field(imp, line, "naam", row->naam, AREA_NAAM_MAX, 1);

	/* A parent is a wijk or a buurt: CBS codes, upper-case. */
	code = trimmed(field(r, G_BOVENLIGGEND));
	area_code_normalize(AREA_WIJK, code);
	row->parent = code;

	if (area_woningen_parse(field(r, G_WONINGEN), &woningen) < 0)
		add_error(imp, line, "woningen '%s' is geen aantal: een geheel getal van 0 tot en met %d",
			  shown(imp, field(r, G_WONINGEN)), AREA_WONINGEN_MAX);
	row->woningen = woningen;
}

static void address_record(struct reader *r)
{
	struct areaimport *imp = r->imp;
	int line = r->record_line;
	struct address_row *row;
	const char *v, *why;
	char *code;

	imp->addresses = grow_rows(imp, imp->addresses, sizeof(*imp->addresses));
	row = &imp->addresses[imp->n_rows++];
	memset(row, 0, sizeof(*row));
	row->line = line;

	v = field(r, A_POSTCODE);
	if (!v[0])
		add_error(imp, line, "postcode ontbreekt");
	else if (postcode_normalize(v, row->postcode) < 0) {
		row->postcode[0] = '\0';
		add_error(imp, line, "postcode '%s' is geen geldige postcode: vier cijfers (niet beginnend met 0) "
			  "en twee letters, zoals 1234 AB", shown(imp, v));
	}

	v = field(r, A_HUISNUMMER);
	if (!v[0])
		add_error(imp, line, "huisnummer ontbreekt");
	else if (huisnummer_parse(v, &row->huisnummer) < 0) {
		row->huisnummer = 0;
		add_error(imp, line, "huisnummer '%s' is geen geldig huisnummer: alleen cijfers, 1 tot en met 99999 "
			  "(een letter hoort bij toevoeging)", shown(imp, v));
	}

	v = field(r, A_TOEVOEGING);
	if (toevoeging_normalize(v, row->toevoeging) < 0) {
		row->toevoeging[0] = '\0';
		row->huisnummer = 0;   /* no reliable key: leave it out of the duplicate check */
		add_error(imp, line, "toevoeging '%s' is ongeldig: hoogstens 4 letters of cijfers, zoals A, 2 of BIS",
			  shown(imp, v));
	}

	row->straat = trimmed(field(r, A_STRAAT));
	text_field(imp, line, "straat", row->straat, ADDRESS_STRAAT_MAX, 1);
	row->woonplaats = trimmed(field(r, A_WOONPLAATS));
	text_field(imp, line, "woonplaats", row->woonplaats, ADDRESS_WOONPLAATS_MAX, 1);

	code = trimmed(field(r, A_BUURT));
	area_code_normalize(AREA_BUURT, code);
	row->buurt = code;
	if (!code[0])
		add_error(imp, line, "buurt ontbreekt: vul de CBS-buurtcode in, zoals BU03630101");
	else if ((why = area_code_check(AREA_BUURT, code))) {
		add_error(imp, line, "buurt '%s' is %s", shown(imp, code), why);
		row->buurt = "";
	}

	code = trimmed(field(r, A_COMPLEX));
	row->complex = code;
	if (code[0] && (why = area_code_check(AREA_COMPLEX, code))) {
		add_error(imp, line, "complex '%s' is ongeldig: %s", shown(imp, code), why);
		row->complex = "";
	}

	code = trimmed(field(r, A_BAG_ID));
	row->bag_id = code;
	if (code[0]) {
		size_t n = strlen(code), digits = strspn(code, "0123456789");
		if (n != BAG_ID_LEN || digits != n) {
			add_error(imp, line, "bag_id '%s' moet 16 cijfers zijn (de BAG-nummeraanduiding), of leeg",
				  shown(imp, code));
			row->bag_id = "";
		}
	}
}

static void on_record(int term, void *ctx)
{
	struct reader *r = ctx;
	struct areaimport *imp = r->imp;
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
		imp->n_rows_read++;
		if (r->too_many)
			add_error(imp, r->record_line, "meer dan %d velden; is dit wel een %s?", MAX_FIELDS,
				  areaimport_kind_files[imp->kind]);
		else if (r->n_fields < r->n_header || extra)
			/* Trailing empty fields are a spreadsheet's habit; more values are a missing quote. */
			add_error(imp, r->record_line, "%d velden, maar de kopregel heeft %d kolommen; staat er een "
				  "'%c' in een waarde zonder aanhalingstekens eromheen?",
				  r->n_fields, r->n_header, imp->separator);
		else if (imp->kind == AREAIMPORT_GEBIEDEN)
			area_record(r);
		else
			address_record(r);
	}
	r->n_fields = 0;
	r->too_many = 0;
}

/* ---- pass 2: the whole file ------------------------------------------- */

/* The soort of a code the file refers to: from the file, else the database; -1 if neither. */
static int soort_of(struct reader *r, struct strmap *known, const char *code)
{
	int *v = strmap_get(known, code);

	if (v)
		return *v;
	int s = r->lookup && r->lookup->soort_of ? r->lookup->soort_of(r->lookup->ctx, code) : -1;
	strmap_put(known, code, s);
	return s;
}

static const char *soort_name(int s)
{
	return s >= 0 && s < AREA__MAX ? area_soort_ids[s] : "gebied";
}

static void check_areas(struct reader *r)
{
	struct areaimport *imp = r->imp;
	struct strmap lines = { 0 }, known = { 0 };

	/* First what the file defines: every code once, with its soort. */
	for (size_t i = 0; i < imp->n_rows; i++) {
		struct area_row *a = &imp->areas[i];
		int *first;
		if (!a->code[0])
			continue;
		if ((first = strmap_get(&lines, a->code))) {
			add_error(imp, a->line, "code %s staat dubbel in het bestand (ook op regel %d)",
				  shown(imp, a->code), *first);
			continue;
		}
		strmap_put(&lines, a->code, a->line);
		if (a->soort == AREA__MAX)
			continue;
		int in_db = r->lookup && r->lookup->soort_of ? r->lookup->soort_of(r->lookup->ctx, a->code) : -1;
		if (in_db >= 0 && in_db != (int)a->soort) {
			add_error(imp, a->line, "%s is al een %s; de soort van een bestaand gebied verandert niet",
				  shown(imp, a->code), soort_name(in_db));
			/* Judge the areas inside it by what it is, not by this mistake. */
			strmap_put(&known, a->code, in_db);
			continue;
		}
		strmap_put(&known, a->code, (int)a->soort);
	}
	/* Then where each lies. */
	for (size_t i = 0; i < imp->n_rows; i++) {
		struct area_row *a = &imp->areas[i];
		const char *why;
		int ps = -1;
		if (a->soort == AREA__MAX)
			continue;
		if (a->parent[0]) {
			if (!strcmp(a->parent, a->code)) {
				add_error(imp, a->line, "een gebied kan niet in zichzelf liggen");
				continue;
			}
			ps = soort_of(r, &known, a->parent);
			if (ps < 0 && a->soort != AREA_WIJK) {
				add_error(imp, a->line, "onbekend bovenliggend gebied %s", shown(imp, a->parent));
				continue;
			}
			if (ps < 0)
				ps = AREA_BUURT;   /* any parent is wrong for a wijk; say so below */
		}
		if ((why = area_parent_check(a->soort, ps))) {
			if (ps >= 0 && a->soort != AREA_WIJK)
				add_error(imp, a->line, "bovenliggend %s is een %s: %s", shown(imp, a->parent),
					  soort_name(ps), why);
			else
				add_error(imp, a->line, "%s", why);
		}
	}
	strmap_release(&lines);
	strmap_release(&known);
}

static void check_addresses(struct reader *r)
{
	struct areaimport *imp = r->imp;
	struct strmap keys = { 0 }, bags = { 0 }, known = { 0 };

	for (size_t i = 0; i < imp->n_rows; i++) {
		struct address_row *a = &imp->addresses[i];
		int *first, s;

		if (a->postcode[0] && a->huisnummer > 0) {
			char *key = arena_printf(&imp->arena, "%s|%d|%s", a->postcode, a->huisnummer, a->toevoeging);
			if ((first = strmap_get(&keys, key)))
				add_error(imp, a->line, "dubbel adres %s %d%s%s (ook op regel %d)", a->postcode,
					  a->huisnummer, a->toevoeging[0] ? " " : "", a->toevoeging, *first);
			else
				strmap_put(&keys, key, a->line);
		}
		if (a->bag_id[0]) {
			if ((first = strmap_get(&bags, a->bag_id)))
				add_error(imp, a->line, "bag_id %s staat ook op regel %d", a->bag_id, *first);
			else
				strmap_put(&bags, a->bag_id, a->line);
		}
		if (a->buurt[0]) {
			s = soort_of(r, &known, a->buurt);
			if (s < 0)
				add_error(imp, a->line, "onbekende buurt %s", shown(imp, a->buurt));
			else if (s != AREA_BUURT)
				add_error(imp, a->line, "%s is geen buurt maar een %s", shown(imp, a->buurt), soort_name(s));
		}
		if (a->complex[0]) {
			s = soort_of(r, &known, a->complex);
			if (s < 0)
				add_error(imp, a->line, "onbekend complex %s", shown(imp, a->complex));
			else if (s != AREA_COMPLEX)
				add_error(imp, a->line, "%s is geen complex maar een %s", shown(imp, a->complex),
					  soort_name(s));
		}
	}
	strmap_release(&keys);
	strmap_release(&bags);
	strmap_release(&known);
}

/* ---- the file as a whole ---------------------------------------------- */

static int line_blank(const char *p, const char *end)
{
	for (; p < end; p++)
		if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
			return 0;
	return 1;
}

/*
 * Length of the line at p, its end included. A line ends as an editor sees
 * it: at LF, CRLF, or a CR alone (Excel for Mac's "CSV (Macintosh)"),
 * which libcsv takes as the end of a record too.
 */
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

/* The line (1-based) of the first byte at which bad() holds, or 0. */
static int first_line_where(const char *data, size_t len, int (*bad)(const char *, size_t))
{
	const char *p = data, *end = data + len;
	int line = 1;

	while (p < end) {
		size_t n = line_len(p, end);
		if (bad(p, n))
			return line;
		p += n;
		line++;
	}
	return 0;
}

static int has_nul(const char *p, size_t n)
{
	return memchr(p, '\0', n) != NULL;
}

static int not_utf8(const char *p, size_t n)
{
	return !utf8_valid(p, n);
}

/* ';' or ',': whichever the first line uses more outside quotes; 0 if neither. */
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

/* Refuses files that are not text in UTF-8 before any CSV is read. */
static int whole_file_checks(struct areaimport *imp, const char *data, size_t len)
{
	int line;

	if (line_blank(data, data + len)) {
		add_error(imp, 0, "Het bestand is leeg. Een %s begint met de kopregel en heeft daaronder "
			  "een regel per %s.", areaimport_kind_files[imp->kind],
			  imp->kind == AREAIMPORT_GEBIEDEN ? "gebied" : "adres");
		return -1;
	}
	if (len >= 4 && (!memcmp(data, "PK\x03\x04", 4) || !memcmp(data, "\xd0\xcf\x11\xe0", 4))) {
		add_error(imp, 0, "Dit is een Excel-bestand, geen CSV-bestand. Kies in Excel 'Opslaan als' en dan "
			  "'CSV UTF-8 (door komma's gescheiden)'.");
		return -1;
	}
	if ((line = first_line_where(data, len, has_nul))) {
		add_error(imp, line, "het bestand bevat een nul-byte; is dit wel een CSV-bestand? Sla het op als "
			  "'CSV UTF-8' en probeer het opnieuw.");
		return -1;
	}
	if ((line = first_line_where(data, len, not_utf8))) {
		add_error(imp, line, "het bestand is geen UTF-8: deze regel bevat een teken in een andere codering "
			  "(waarschijnlijk Latin-1 of Windows-1252, zoals een é of ë uit een oud Excel-bestand). "
			  "Sla het bestand op als 'CSV UTF-8' en probeer het opnieuw.");
		return -1;
	}
	return 0;
}

int areaimport_parse(struct areaimport *imp, enum areaimport_kind kind, const char *data, size_t len,
		     const struct areaimport_lookup *lookup)
{
	struct reader r = { .imp = imp, .lookup = lookup };
	struct csv_parser p;
	const char *pos, *end;

	memset(imp, 0, sizeof(*imp));
	imp->kind = kind;
	if (len > AREAIMPORT_MAX_BYTES) {
		add_error(imp, 0, "Het bestand is %.1f MB; een %s mag hoogstens %d MB zijn. Een register van "
			  "100.000 woningen is ongeveer 10 MB: is dit het goede bestand?",
			  (double)len / (1024.0 * 1024.0), areaimport_kind_files[kind], AREAIMPORT_MAX_MB);
		goto out;
	}
	/* A BOM is how Excel marks "CSV UTF-8"; it is not part of the first column's name. */
	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3)) {
		data += 3;
		len -= 3;
	}
	if (whole_file_checks(imp, data, len) < 0)
		goto out;
	imp->separator = detect_separator(data, len);
	if (!imp->separator) {
		char want[200];
		header_columns(want, sizeof(want), kind);
		add_error(imp, 1, "geen kopregel gevonden: de eerste regel moet de kolomnamen bevatten, gescheiden "
			  "door ; of , (%s)", want);
		goto out;
	}

	/* Fields are copied once, each with a NUL: never more than twice the file. */
	imp->pool_cap = 2 * len + 16;
	imp->pool = xmalloc(imp->pool_cap);
	r.fields = xmalloc(MAX_FIELDS * sizeof(*r.fields));
	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		abort();   /* it fails only to allocate */
	csv_set_delim(&p, (unsigned char)imp->separator);

	/* One physical line at a time: a record starts on the first non-blank line after the last one ended. */
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
			add_error(imp, r.line, "een aanhalingsteken staat op een verkeerde plek. Zet een waarde met "
				  "'%c', \" of een regeleinde erin helemaal tussen aanhalingstekens, en schrijf een "
				  "aanhalingsteken daarbinnen dubbel (\"\")", imp->separator);
			break;
		}
		pos += n;
	}
	if (pos >= end && !r.header_bad && csv_fini(&p, on_field, on_record, &r) != 0)
		add_error(imp, r.record_line, "een aanhalingsteken wordt niet afgesloten: vanaf deze regel staat de "
			  "rest van het bestand in één waarde");
	csv_free(&p);

	if (!r.header_bad && !imp->n_rows_read && !imp->n_errors_total)
		add_error(imp, 0, "Het bestand bevat alleen de kopregel en geen %s.",
			  kind == AREAIMPORT_GEBIEDEN ? "gebieden" : "adressen");
	if (!r.header_bad && imp->n_rows) {
		if (kind == AREAIMPORT_GEBIEDEN)
			check_areas(&r);
		else
			check_addresses(&r);
	}
	free(r.fields);
	sort_errors(imp);
out:
	if (imp->n_errors_total) {
		imp->n_rows = 0;   /* a file with errors has nothing to store */
		return -1;
	}
	return 0;
}

void areaimport_release(struct areaimport *imp)
{
	free(imp->areas);
	free(imp->addresses);
	free(imp->errors);
	free(imp->pool);
	arena_release(&imp->arena);
	memset(imp, 0, sizeof(*imp));
}
