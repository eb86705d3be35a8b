/*
 * bench_http.c - response times of a running leefbaar server, with a
 * baseline measured in the same run on the same machine (make bench;
 * scripts/bench.sh starts the server and calls this).
 *
 *   bench_http --url http://127.0.0.1:PORT --wait      (exit 0 once /healthz answers, within 10 s)
 *   bench_http --url http://127.0.0.1:PORT --email E --password P
 *              [--db PATH --van YYYY-MM-DD --tot YYYY-MM-DD] [-n 50]
 *              [--max-ms PATH=MS]... PATH...
 *
 * Logs in like a browser (GET /login, POST with its CSRF token), then for
 * each PATH sends 3 warm-up requests and n measured ones over one
 * keep-alive connection, and prints p50, p90 and max in milliseconds. The
 * baselines: GET /healthz over the same connection (what HTTP and the
 * session cost), and with --db a raw SQLite count of the meldingen
 * received van..tot (what touching that many rows costs at all). With
 * --max-ms the exit status is 1 when a path's p50 is above its target.
 */
#include <curl/curl.h>
#include <sqlite3.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "domain/days.h"
#include "lib/buf.h"

#define MAX_PATHS 16

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

/* Times n requests of path; fills p50, p90, max. Returns the status seen (0 on a failed transfer). */
static long measure(CURL *c, const char *base, const char *path, int n, double *out)
{
	struct buf url = BUF_INIT, body = BUF_INIT;
	double *t = malloc((size_t)n * sizeof(double));
	long status = 0;

	buf_addf(&url, "%s%s", base, path);
	for (int i = 0; i < 3; i++)
		get(c, url.buf, &body);
	for (int i = 0; i < n; i++) {
		double t0 = now_ms();
		status = get(c, url.buf, &body);
		t[i] = now_ms() - t0;
		if (status != 200)
			break;
	}
	qsort(t, (size_t)n, sizeof(double), cmp_d);
	out[0] = rank(t, n, 50);
	out[1] = rank(t, n, 90);
	out[2] = t[n - 1];
	out[3] = (double)body.len;
	free(t);
	buf_release(&url);
	buf_release(&body);
	return status;
}

static int sqlite_baseline(const char *db_path, const char *van, const char *tot, int n, double *out, long long *count)
{
	sqlite3 *db;
	sqlite3_stmt *st;
	int32_t a, b;
	double *t = malloc((size_t)n * sizeof(double));

	if (days_parse(van, &a) < 0 || days_parse(tot, &b) < 0 ||
	    sqlite3_open_v2(db_path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
		return -1;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM melding WHERE ontvangen_dag BETWEEN ? AND ?", -1, &st, NULL)) {
		sqlite3_close(db);
		return -1;
	}
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
	qsort(t, (size_t)n, sizeof(double), cmp_d);
	out[0] = rank(t, n, 50);
	out[1] = rank(t, n, 90);
	out[2] = t[n - 1];
	free(t);
	return 0;
}

int main(int argc, char **argv)
{
	const char *base = NULL, *email = NULL, *password = NULL, *db = NULL, *van = NULL, *tot = NULL;
	const char *paths[MAX_PATHS], *limit_path[MAX_PATHS];
	double limit_ms[MAX_PATHS];
	int np = 0, nl = 0, n = 50, failed = 0, wait = 0;

	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--url") && i + 1 < argc)
			base = argv[++i];
		else if (!strcmp(argv[i], "--wait"))
			wait = 1;
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
	if (!base || (!wait && (!email || !password || n < 1 || (db && (!van || !tot)))))
		goto usage;

	curl_global_init(CURL_GLOBAL_DEFAULT);
	CURL *c = curl_easy_init();
	curl_easy_setopt(c, CURLOPT_COOKIEFILE, "");
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, sink);
	curl_easy_setopt(c, CURLOPT_NOPROXY, "*");
	curl_easy_setopt(c, CURLOPT_TIMEOUT, 30L);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, NULL);
	if (wait) {
		struct buf url = BUF_INIT, body = BUF_INIT;
		buf_addf(&url, "%s/healthz", base);
		curl_easy_setopt(c, CURLOPT_TIMEOUT, 1L);
		for (int i = 0; i < 100; i++) {
			if (get(c, url.buf, &body) == 200)
				return 0;
			struct timespec ts = { 0, 100 * 1000 * 1000 };
			nanosleep(&ts, NULL);
		}
		return 1;
	}
	if (login(c, base, email, password) < 0)
		return 1;

	double r[4];
	printf("  logged in as %s; %d requests per line after 3 to warm up\n", email, n);
	printf("  %-62s %9s %9s %9s %9s\n", "", "p50 ms", "p90 ms", "max ms", "bytes");
	if (db) {
		long long count = 0;
		if (sqlite_baseline(db, van, tot, n, r, &count) == 0) {
			char what[128];
			snprintf(what, sizeof(what), "baseline: SQLite count of %s..%s (%lld)", van, tot, count);
			printf("  %-62s %9.2f %9.2f %9.2f %9s\n", what, r[0], r[1], r[2], "-");
		}
	}
	if (measure(c, base, "/healthz", n, r) == 200)
		printf("  %-62s %9.2f %9.2f %9.2f %9.0f\n", "baseline: GET /healthz", r[0], r[1], r[2], r[3]);
	for (int i = 0; i < np; i++) {
		long status = measure(c, base, paths[i], n, r);
		if (status != 200) {
			printf("  %-62s  answered %ld\n", paths[i], status);
			failed = 1;
			continue;
		}
		const char *verdict = "";
		for (int k = 0; k < nl; k++)
			if (!strcmp(limit_path[k], paths[i])) {
				verdict = r[0] <= limit_ms[k] ? "  ok" : "  ABOVE TARGET";
				if (r[0] > limit_ms[k])
					failed = 1;
				printf("  %-62s %9.2f %9.2f %9.2f %9.0f%s (target p50 <= %.0f ms)\n", paths[i], r[0], r[1], r[2],
				       r[3], verdict, limit_ms[k]);
				verdict = NULL;
				break;
			}
		if (verdict)
			printf("  %-62s %9.2f %9.2f %9.2f %9.0f\n", paths[i], r[0], r[1], r[2], r[3]);
	}
	curl_easy_cleanup(c);
	curl_global_cleanup();
	return failed;
usage:
	fprintf(stderr, "usage: bench_http --url BASE --wait\n"
			"       bench_http --url BASE --email E --password P [--db PATH --van D --tot D] [-n N] "
			"[--max-ms PATH=MS]... PATH...\n");
	return 2;
}
