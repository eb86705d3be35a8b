/*
 * bench_http.c - response times of a running leefbaar server, with a
 * baseline measured in the same run on the same machine (make bench;
 * scripts/bench.sh starts the server and calls this).
 *
 *   bench_http --url http://127.0.0.1:PORT --email E --password P
 *              [--db PATH --van YYYY-MM-DD --tot YYYY-MM-DD] [-n 100]
 *              [--max-ms PATH=MS]... PATH...
 *
 * Logs in like a browser (GET /login, POST with its CSRF token), then for
 * each PATH sends 3 warm-up requests and n measured ones over one
 * keep-alive connection, and prints one aligned table: p50, p90, p99 and
 * max in milliseconds (nearest rank), the size of the answer and how many
 * of the n + 3 answers were not 2xx. The baselines: GET /healthz over the
 * same connection (what HTTP and the session cost), and with --db a raw
 * SQLite count of the meldingen received van..tot (what touching that many
 * rows costs at all).
 *
 * A PATH may name, as the logged-in account sees them:
 *   {melding}  the id of the first melding on /meldingen
 *   {dossier}  the id of the first dossier on /dossiers
 *   {wijk}     the account's first gebied (GET /api/v1/ik), or for an
 *              account bound to no area the wijk of the first melding of
 *              GET /api/v1/meldingen
 *   {grootdossier}  the reference of the dossier with the most linked
 *              meldingen on the first 40 pages of GET /api/v1/dossiers (the
 *              dossier page shows 50 of them at a time; issue 14)
 * so the pages measured exist and are the account's own.
 *
 * Exit status 1 when any answer was not 2xx, a placeholder found nothing,
 * or a path's p50 is above its --max-ms target.
 */
#include <cjson/cJSON.h>
#include <curl/curl.h>
#include <sqlite3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "domain/days.h"
#include "lib/buf.h"

#define MAX_PATHS 32

/* p50, p90, p99, max, bytes of the last answer, answers not 2xx */
enum { R_P50, R_P90, R_P99, R_MAX, R_BYTES, R_BAD, R__MAX };

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static size_t sink(char *p, size_t size, size_t n, void *ctx)
{
	buf_add(ctx, p, size * n);
	return size * n;
}

static int cmp_d(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

/* Nearest rank, as the dashboard computes its percentiles. */
static double rank(const double *sorted, int n, int pct)
{
	int r = (n * pct + 99) / 100;
	return sorted[r < 1 ? 0 : r - 1];
}

static long get(CURL *c, const char *url, struct buf *body)
{
	long status = 0;
	buf_reset(body);
	curl_easy_setopt(c, CURLOPT_URL, url);
	curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, body);
	if (curl_easy_perform(c) != CURLE_OK)
		return 0;
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	return status;
}

static int login(CURL *c, const char *base, const char *email, const char *password)
{
	struct buf body = BUF_INIT, url = BUF_INIT, form = BUF_INIT;
	long status = 0;
	int rc = -1;

	buf_addf(&url, "%s/login", base);
	if (get(c, url.buf, &body) != 200)
		goto out;
	const char *p = strstr(body.buf, "name=\"csrf_token\" value=\"");
	if (!p)
		goto out;
	p += strlen("name=\"csrf_token\" value=\"");
	const char *e = strchr(p, '"');
	if (!e)
		goto out;
	char *tok = curl_easy_escape(c, p, (int)(e - p));
	char *em = curl_easy_escape(c, email, 0), *pw = curl_easy_escape(c, password, 0);
	buf_addf(&form, "csrf_token=%s&email=%s&wachtwoord=%s", tok, em, pw);
	curl_free(tok);
	curl_free(em);
	curl_free(pw);
	struct curl_slist *h = NULL;
	struct buf origin = BUF_INIT;
	buf_addf(&origin, "Origin: %s", base);
	h = curl_slist_append(h, origin.buf);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, h);
	curl_easy_setopt(c, CURLOPT_URL, url.buf);
	curl_easy_setopt(c, CURLOPT_POSTFIELDS, form.buf);
	buf_reset(&body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, &body);
	if (curl_easy_perform(c) == CURLE_OK)
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, NULL);
	curl_slist_free_all(h);
	buf_release(&origin);
	rc = status == 303 ? 0 : -1;
out:
	if (rc < 0)
		fprintf(stderr, "bench: login as %s failed\n", email);
	buf_release(&body);
	buf_release(&url);
	buf_release(&form);
	return rc;
}

static int is_2xx(long status)
{
	return status >= 200 && status < 300;
}

static void summarise(double *t, int n, double *out)
{
	qsort(t, (size_t)n, sizeof(double), cmp_d);
	out[R_P50] = rank(t, n, 50);
	out[R_P90] = rank(t, n, 90);
	out[R_P99] = rank(t, n, 99);
	out[R_MAX] = t[n - 1];
}

/*
 * Times n requests of path after 3 to warm up; fills out[R__MAX]. Every
 * answer counts towards R_BAD when it is not 2xx (0: the transfer failed).
 * Returns the last status that was not 2xx, else the last status.
 */
static long measure(CURL *c, const char *base, const char *path, int n, double *out)
{
	struct buf url = BUF_INIT, body = BUF_INIT;
	double *t = malloc((size_t)n * sizeof(double));
	long status = 0, bad_status = 0;
	int bad = 0;

	buf_addf(&url, "%s%s", base, path);
	for (int i = 0; i < 3 + n; i++) {
		double t0 = now_ms();
		status = get(c, url.buf, &body);
		if (i >= 3)
			t[i - 3] = now_ms() - t0;
		if (!is_2xx(status)) {
			bad++;
			bad_status = status;
		}
	}
	summarise(t, n, out);
	out[R_BYTES] = (double)body.len;
	out[R_BAD] = bad;
	free(t);
	buf_release(&url);
	buf_release(&body);
	return bad ? bad_status : status;
}

static int sqlite_baseline(const char *db_path, const char *van, const char *tot, int n, double *out, long long *count)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int32_t a, b;
	double *t;

	if (days_parse(van, &a) < 0 || days_parse(tot, &b) < 0 ||
	    sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM melding WHERE ontvangen_dag BETWEEN ? AND ?", -1, &st, NULL)) {
		sqlite3_close(db);
		return -1;
	}
	t = malloc((size_t)n * sizeof(double));
	for (int i = 0; i < n; i++) {
		double t0 = now_ms();
		sqlite3_bind_int(st, 1, a);
		sqlite3_bind_int(st, 2, b);
		if (sqlite3_step(st) == SQLITE_ROW)
			*count = sqlite3_column_int64(st, 0);
		sqlite3_reset(st);
		t[i] = now_ms() - t0;
	}
	sqlite3_finalize(st);
	sqlite3_close(db);
	summarise(t, n, out);
	out[R_BYTES] = -1;   /* not an HTTP answer: print_row shows "-" */
	out[R_BAD] = -1;
	free(t);
	return 0;
}

/* The digits after the first occurrence of prefix in html, or NULL. Caller frees. */
static char *first_id(const char *html, const char *prefix)
{
	const char *p = html;
	while ((p = strstr(p, prefix))) {
		p += strlen(prefix);
		size_t len = strspn(p, "0123456789");
		if (len && len < 20 && (p[len] == '"' || p[len] == '#'))
			return strndup(p, len);
	}
	return NULL;
}

/* The account's own wijk code: see the file header. Caller frees; NULL when there is none. */
static char *own_wijk(CURL *c, const char *base)
{
	struct buf url = BUF_INIT, body = BUF_INIT;
	char *code = NULL;
	cJSON *o = NULL;

	buf_addf(&url, "%s/api/v1/ik", base);
	if (get(c, url.buf, &body) == 200 && (o = cJSON_Parse(body.buf))) {
		const cJSON *g = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(o, "gebieden"), 0);
		if (cJSON_IsString(g))
			code = strdup(g->valuestring);
		cJSON_Delete(o);
		o = NULL;
	}
	buf_reset(&url);
	buf_addf(&url, "%s/api/v1/meldingen", base);
	if (!code && get(c, url.buf, &body) == 200 && (o = cJSON_Parse(body.buf))) {
		const cJSON *m;
		cJSON_ArrayForEach(m, cJSON_GetObjectItemCaseSensitive(o, "items")) {
			const cJSON *w = cJSON_GetObjectItemCaseSensitive(m, "wijk");
			if (cJSON_IsString(w) && *w->valuestring) {
				code = strdup(w->valuestring);
				break;
			}
		}
		cJSON_Delete(o);
	}
	buf_release(&url);
	buf_release(&body);
	return code;
}

static char *scrape_id(CURL *c, const char *base, const char *page, const char *prefix)
{
	struct buf url = BUF_INIT, body = BUF_INIT;
	char *id = NULL;

	buf_addf(&url, "%s%s", base, page);
	if (get(c, url.buf, &body) == 200)
		id = first_id(body.buf, prefix);
	buf_release(&url);
	buf_release(&body);
	return id;
}

/*
 * The reference of the dossier with the most linked meldingen on the first
 * BIG_DOSSIER_PAGES pages of GET /api/v1/dossiers ("aantal_meldingen"), or
 * NULL (caller frees).
 */
#define BIG_DOSSIER_PAGES 40
static char *big_dossier(CURL *c, const char *base)
{
	struct buf url = BUF_INIT, body = BUF_INIT;
	char *ref = NULL;
	double most = -1;
	int more = 1;

	for (int page = 1; more && page <= BIG_DOSSIER_PAGES; page++) {
		cJSON *o;
		more = 0;
		buf_reset(&url);
		buf_addf(&url, "%s/api/v1/dossiers?pagina=%d", base, page);
		if (get(c, url.buf, &body) != 200 || !(o = cJSON_Parse(body.buf)))
			break;
		const cJSON *d;
		cJSON_ArrayForEach(d, cJSON_GetObjectItemCaseSensitive(o, "items")) {
			const cJSON *n = cJSON_GetObjectItemCaseSensitive(d, "aantal_meldingen");
			const cJSON *r = cJSON_GetObjectItemCaseSensitive(d, "referentie");
			more = 1;
			if (cJSON_IsNumber(n) && cJSON_IsString(r) && n->valuedouble > most) {
				most = n->valuedouble;
				free(ref);
				ref = strdup(r->valuestring);
			}
		}
		cJSON_Delete(o);
	}
	buf_release(&url);
	buf_release(&body);
	return ref;
}

enum hole { HOLE_MELDING, HOLE_DOSSIER, HOLE_WIJK, HOLE_BIG_DOSSIER, HOLE__MAX };
static const char *const hole_names[HOLE__MAX] = { "{melding}", "{dossier}", "{wijk}", "{grootdossier}" };

/*
 * path with its placeholders filled in, into out; the values are looked up
 * once per account and kept in val[]. -1 (out names the placeholder) when
 * the account sees nothing to fill one with.
 */
static int fill(CURL *c, const char *base, const char *path, char *val[HOLE__MAX], int looked[HOLE__MAX],
		struct buf *out)
{
	buf_reset(out);
	while (*path) {
		int h = 0;
		while (h < HOLE__MAX && strncmp(path, hole_names[h], strlen(hole_names[h])))
			h++;
		if (h == HOLE__MAX) {
			buf_addch(out, *path++);
			continue;
		}
		if (!looked[h]) {
			looked[h] = 1;
			if (h == HOLE_MELDING)
				val[h] = scrape_id(c, base, "/meldingen", "class=\"ref\" href=\"/meldingen/");
			else if (h == HOLE_DOSSIER)
				val[h] = scrape_id(c, base, "/dossiers", "href=\"/dossiers/");
			else if (h == HOLE_BIG_DOSSIER)
				val[h] = big_dossier(c, base);
			else
				val[h] = own_wijk(c, base);
		}
		if (!val[h]) {
			buf_reset(out);
			buf_addstr(out, hole_names[h]);
			return -1;
		}
		buf_addstr(out, val[h]);
		path += strlen(hole_names[h]);
	}
	return 0;
}

static void print_row(const char *what, const double *r)
{
	printf("  %-58s %8.2f %8.2f %8.2f %8.2f", what, r[R_P50], r[R_P90], r[R_P99], r[R_MAX]);
	if (r[R_BYTES] < 0)
		printf(" %8s %7s", "-", "-");
	else
		printf(" %8.0f %7.0f", r[R_BYTES], r[R_BAD]);
}

int main(int argc, char **argv)
{
	const char *base = NULL, *email = NULL, *password = NULL, *db = NULL, *van = NULL, *tot = NULL;
	const char *paths[MAX_PATHS], *limit_path[MAX_PATHS];
	double limit_ms[MAX_PATHS];
	int np = 0, nl = 0, n = 100, failed = 0;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--url") && i + 1 < argc)
			base = argv[++i];
		else if (!strcmp(argv[i], "--email") && i + 1 < argc)
			email = argv[++i];
		else if (!strcmp(argv[i], "--password") && i + 1 < argc)
			password = argv[++i];
		else if (!strcmp(argv[i], "--db") && i + 1 < argc)
			db = argv[++i];
		else if (!strcmp(argv[i], "--van") && i + 1 < argc)
			van = argv[++i];
		else if (!strcmp(argv[i], "--tot") && i + 1 < argc)
			tot = argv[++i];
		else if (!strcmp(argv[i], "-n") && i + 1 < argc)
			n = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--max-ms") && i + 1 < argc && nl < MAX_PATHS) {
			char *spec = argv[++i], *eq = strrchr(spec, '=');
			if (!eq)
				goto usage;
			*eq = '\0';
			limit_path[nl] = spec;
			limit_ms[nl++] = atof(eq + 1);
		} else if (argv[i][0] == '/' && np < MAX_PATHS)
			paths[np++] = argv[i];
		else
			goto usage;
	}
	if (!base || !email || !password || n < 1 || (db && (!van || !tot)))
		goto usage;

	curl_global_init(CURL_GLOBAL_DEFAULT);
	CURL *c = curl_easy_init();
	curl_easy_setopt(c, CURLOPT_COOKIEFILE, "");
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
	curl_easy_setopt(c, CURLOPT_NOPROXY, "*");
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, NULL);
	if (login(c, base, email, password) < 0)
		return 1;

	double r[R__MAX];
	char *val[HOLE__MAX] = { 0 };
	int looked[HOLE__MAX] = { 0 }, bad = 0;
	struct buf path = BUF_INIT;

	printf("  logged in as %s; %d requests per line after 3 to warm up\n", email, n);
	printf("  %-58s %8s %8s %8s %8s %8s %7s\n", "", "p50 ms", "p90 ms", "p99 ms", "max ms", "bytes", "non-2xx");
	if (db) {
		long long count = 0;
		if (sqlite_baseline(db, van, tot, n, r, &count) == 0) {
			char what[128];
			snprintf(what, sizeof(what), "baseline: SQLite count of %s..%s (%lld)", van, tot, count);
			print_row(what, r);
			printf("\n");
		}
	}
	measure(c, base, "/healthz", n, r);
	print_row("baseline: GET /healthz", r);
	printf("\n");
	bad += (int)r[R_BAD];
	for (int i = 0; i < np; i++) {
		if (fill(c, base, paths[i], val, looked, &path) < 0) {
			printf("  %-58s  nothing for %s visible to this account\n", paths[i], path.buf);
			failed = 1;
			continue;
		}
		long status = measure(c, base, path.buf, n, r);
		print_row(path.buf, r);
		bad += (int)r[R_BAD];
		if (r[R_BAD])
			printf("  answered %ld", status);
		for (int k = 0; k < nl; k++)
			if (!strcmp(limit_path[k], paths[i])) {
				if (r[R_P50] > limit_ms[k])
					failed = 1;
				printf("  %s (target p50 <= %.0f ms)", r[R_P50] <= limit_ms[k] ? "ok" : "ABOVE TARGET", limit_ms[k]);
				break;
			}
		printf("\n");
	}
	printf("  answers not 2xx: %d%s\n", bad, bad ? "  FAILED" : "");
	if (bad)
		failed = 1;
	for (int h = 0; h < HOLE__MAX; h++)
		free(val[h]);
	buf_release(&path);
	curl_easy_cleanup(c);
	curl_global_cleanup();
	return failed;
usage:
	fprintf(stderr, "usage: bench_http --url BASE --email E --password P [--db PATH --van D --tot D] [-n N] "
			"[--max-ms PATH=MS]... PATH...\n");
	return 2;
}
