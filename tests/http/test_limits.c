/*
 * test_limits.c - bounded resources for the public form (issue 15):
 * memory while big fields and JSON bodies stream in, files of refused
 * forms on disk, the per-address limit counting refusals (and an office
 * behind one address that still files its meldingen), one melding per
 * form token, a held file that expired before the form came back, the
 * sweep of held uploads and of orphans left by a crash, and an upload
 * that the full disk refuses.
 *
 * Each test checks the disk, the database or the server's memory, not
 * only the status.
 */
#include "accounts.h"
#include "harness.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#define SUITE_INI "[security]\nmelden_min_seconds = 0\n"

/* ---- small helpers -------------------------------------------------------- */

/* Regular files in DIR/sub whose name starts with prefix ("" for all). */
static int count_files(struct server *s, const char *sub, const char *prefix)
{
	char path[PATH_MAX];
	int n = 0;

	snprintf(path, sizeof(path), "%s/%s", s->dir, sub);
	DIR *d = opendir(path);
	if (!d)
		return 0;
	for (struct dirent *e; (e = readdir(d));)
		if (e->d_name[0] != '.' && !strncmp(e->d_name, prefix, strlen(prefix)))
			n++;
	closedir(d);
	return n;
}

/*
 * 0 once no file in DIR/sub starts with prefix: a request's temporary files
 * are removed when MHD reports it complete, just after the answer went out.
 */
static int files_left(struct server *s, const char *sub, const char *prefix)
{
	long long deadline = now_ms() + (s->valgrind ? 60000 : 10000);
	int n;

	while ((n = count_files(s, sub, prefix)) && now_ms() < deadline)
		usleep(20 * 1000);
	return n;
}

static void write_file_at(const char *path, const char *text, long age_seconds)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	if (age_seconds) {
		struct timeval tv[2];
		struct stat st;
		gettimeofday(&tv[0], NULL);
		tv[0].tv_sec -= age_seconds;
		tv[1] = tv[0];
		assert_int_equal(utimes(path, tv), 0);
		/*
		 * Under faketime (make test-calendar) stat() reports file times
		 * shifted by the fake clock's offset, and the server sees them so:
		 * shift the stored time back by what stat() adds.
		 */
		assert_int_equal(stat(path, &st), 0);
		long shift = (long)st.st_mtime - (long)tv[0].tv_sec;
		if (shift) {
			tv[0].tv_sec -= shift;
			tv[1] = tv[0];
			assert_int_equal(utimes(path, tv), 0);
		}
	}
}

static int file_exists(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0;
}

/* A JPEG of about size bytes: the small valid one, padded (libmagic reads the start). */
/*
 * A JPEG of size bytes that stays that size when stored: the bulk is in
 * its scan data, before the end marker (the cleaner drops what follows
 * the end marker, issue 17).
 */
static char *photo(size_t size)
{
	char *p = calloc(1, size);
	assert_non_null(p);
	assert_true(size > sizeof(test_jpeg));
	memcpy(p, test_jpeg, sizeof(test_jpeg) - 2);
	p[size - 2] = (char)0xff;
	p[size - 1] = (char)0xd9;
	return p;
}

/* The server's VmHWM (peak resident memory) in KiB, from /proc. */
static long peak_rss_kb(struct server *s)
{
	char path[64], line[256];
	long kb = -1;

	snprintf(path, sizeof(path), "/proc/%d/status", (int)s->pid);
	FILE *f = fopen(path, "r");
	assert_non_null(f);
	while (fgets(line, sizeof(line), f))
		if (!strncmp(line, "VmHWM:", 6))
			kb = atol(line + 6);
	fclose(f);
	return kb;
}

/* 1 when the server's process maps ASan's runtime (its quarantine holds freed memory). */
static int under_asan(struct server *s)
{
	char path[64], line[512];
	int asan = 0;

	snprintf(path, sizeof(path), "/proc/%d/maps", (int)s->pid);
	FILE *f = fopen(path, "r");
	if (!f)
		return 0;
	while (!asan && fgets(line, sizeof(line), f))
		asan = strstr(line, "libasan") != NULL;
	fclose(f);
	return asan;
}

static int log_contains(struct server *s, const char *needle)
{
	size_t len;
	char *log = read_whole_file(s->log_path, &len);
	int found = strstr(log, needle) != NULL;
	free(log);
	return found;
}

/* The public form on a client of its own: a form token, then a multipart POST with it. */
static struct response *post_form(struct client *c, const char *token, const struct form_part parts[])
{
	struct form_part all[16];
	size_t n = 0;

	all[n++] = (struct form_part)FORM_FIELD("csrf_token", token);
	for (size_t i = 0; parts[i].name && n < 15; i++)
		all[n++] = parts[i];
	all[n] = (struct form_part)FORM_END;
	return melden_follow(c, client_post_multipart(c, "/melden", all));
}

static struct response *post_fresh(struct server *s, const struct form_part parts[])
{
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	struct response *r = post_form(c, tok, parts);
	free(tok);
	client_free(c);
	return r;
}

/* ---- memory: fields and JSON capped while they stream ------------------------ */

struct stream {
	int port;
	const char *content_type;
	const char *head, *tail;
	size_t fill;             /* bytes of 'a' between head and tail */
	char status[64];         /* the answer's status line */
};

/* Sends one body over a socket of its own, in 64 KiB pieces from one buffer, and reads the status line. */
static void *stream_body(void *arg)
{
	struct stream *st = arg;
	static char chunk[65536];
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)st->port) };
	char head[512];
	int fd = socket(AF_INET, SOCK_STREAM, 0);

	memset(chunk, 'a', sizeof(chunk));
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	if (fd < 0 || connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0) {
		snprintf(st->status, sizeof(st->status), "connect: %s", strerror(errno));
		goto out;
	}
	size_t total = strlen(st->head) + st->fill + strlen(st->tail);
	int n = snprintf(head, sizeof(head), "POST /melden HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: %s\r\n"
			 "Content-Length: %zu\r\nConnection: close\r\n\r\n%s", st->content_type, total, st->head);
	/* The server may answer and close once it has read the body; a write error is then fine. */
	int ok = send(fd, head, (size_t)n, MSG_NOSIGNAL) == n;
	for (size_t sent = 0; ok && sent < st->fill;) {
		size_t k = st->fill - sent < sizeof(chunk) ? st->fill - sent : sizeof(chunk);
		ssize_t w = send(fd, chunk, k, MSG_NOSIGNAL);
		ok = w > 0;
		sent += w > 0 ? (size_t)w : 0;
	}
	if (ok)
		send(fd, st->tail, strlen(st->tail), MSG_NOSIGNAL);
	char buf[256];
	ssize_t got = recv(fd, buf, sizeof(buf) - 1, 0);
	buf[got > 0 ? got : 0] = '\0';
	snprintf(st->status, sizeof(st->status), "%.*s", (int)strcspn(buf, "\r\n"), buf);
out:
	if (fd >= 0)
		close(fd);
	return NULL;
}

/*
 * n connections at once, each sending size bytes of one kind of body; the
 * number of answers that were not 413 (printed), so the caller can judge
 * the memory first.
 */
static int flood(struct server *s, int n, size_t size, const char *content_type, const char *head, const char *tail)
{
	int wrong = 0;

	struct stream st[20];
	pthread_t t[20];

	assert_true(n <= 20);
	for (int i = 0; i < n; i++) {
		st[i] = (struct stream){ .port = s->port, .content_type = content_type, .head = head, .tail = tail,
					 .fill = size - strlen(head) - strlen(tail) };
		assert_int_equal(pthread_create(&t[i], NULL, stream_body, &st[i]), 0);
	}
	for (int i = 0; i < n; i++)
		pthread_join(t[i], NULL);
	for (int i = 0; i < n; i++)
		if (strcmp(st[i].status, "HTTP/1.1 413 Content Too Large") && ++wrong == 1)
			print_error("connection %d answered \"%s\", not 413\n", i, st[i].status);
	return wrong;
}

/*
 * 20 connections each stream a 51 MB text field (multipart and url-encoded)
 * and a 51 MB JSON body to /melden, which takes uploads and so allows 51
 * MB bodies. Before the caps worked as the bytes arrived, each was held
 * whole: RSS went from 23 MB to over 1 GB. Now the server's peak stays
 * under 64 MiB plus 2.5 MiB per connection (128 KiB MHD connection
 * memory, at most 1 MiB of fields or JSON, buffer growth doubling it);
 * under ASan its quarantine may hold 256 MiB of freed memory more.
 */
static void test_big_fields_are_refused_while_streaming(void **state)
{
	struct server *s = *state;
	int conns = s->valgrind ? 4 : 20;
	size_t size = s->valgrind ? 8000000 : 51000000;

	int wrong = flood(s, conns, size, "multipart/form-data; boundary=grens",
			  "--grens\r\nContent-Disposition: form-data; name=\"omschrijving\"\r\n\r\n", "\r\n--grens--\r\n");
	wrong += flood(s, conns, size, "application/x-www-form-urlencoded", "omschrijving=", "");
	wrong += flood(s, conns, size, "application/json", "{\"omschrijving\": \"", "\"}");

	long peak_mb = peak_rss_kb(s) / 1024, bound = 64 + conns * 5 / 2 + (under_asan(s) ? 256 : 0);
	print_message("server peak RSS after %d x 3 bodies of %zu bytes: %ld MiB (bound %ld MiB)\n", conns, size,
		      peak_mb, bound);
	if (!s->valgrind && peak_mb > bound)
		fail_msg("the server's peak RSS is %ld MiB, above %ld MiB", peak_mb, bound);
	assert_int_equal(wrong, 0);

	/* The form's answer says what was wrong, in Dutch; the server still takes meldingen. */
	struct client *c = client_new(s);
	struct buf big = BUF_INIT;
	for (int i = 0; i < 14000; i++)   /* 1.1 MB: over max_body_kb */
		buf_addstr(&big, "Een hele lange beschrijving van de overlast in het trappenhuis, elke avond weer. ");
	const struct form_part parts[] = { FORM_FIELD("omschrijving", big.buf), FORM_END };
	char *tok = account_csrf(c, "/melden");
	struct response *r = post_form(c, tok, parts);
	assert_status(r, 413);
	assert_body_contains(r, "tekstvelden is te lang");
	response_free(r);
	free(tok);
	buf_release(&big);
	const struct form_part ok[] = { FORM_FIELD("categorie", "geluid"), FORM_FIELD("omschrijving", "Muziek."),
					FORM_FIELD("plaats", "Galerij"), FORM_FIELD("anoniem", "1"), FORM_END };
	r = post_fresh(s, ok);
	assert_status(r, 200);
	response_free(r);
	client_free(c);
}

/* ---- disk: refused forms, the per-address limit, an office behind one address ---- */

#define LIMIT_INI SUITE_INI "melden_per_ip_hour = 4\n[server]\nupload_pending_per_ip_mb = 1\n"

/*
 * Refused forms count towards melden_per_ip_hour, and the files they bring
 * are held only within the per-address cap (1 MB here): the second
 * refused form's photo is removed at once, with a message. Nothing is left
 * in tmp/.
 */
static void test_refused_forms_count_and_their_files_go(void **state)
{
	struct server *s = *state;
	char *jpg = photo(600 * 1024);
	const struct form_part no_category[] = {
		FORM_FIELD("omschrijving", "Geen categorie gekozen."), FORM_FIELD("anoniem", "1"),
		FORM_FILE("bijlagen", jpg, 600 * 1024, "trap.jpg", "image/jpeg"), FORM_END };
	const struct form_part honeypot[] = {
		FORM_FIELD("categorie", "geluid"), FORM_FIELD("omschrijving", "Robot."), FORM_FIELD("plaats", "Hal"),
		FORM_FIELD("anoniem", "1"), FORM_FIELD("website_controle", "http://spam.example"),
		FORM_FILE("bijlagen", jpg, 600 * 1024, "spam.jpg", "image/jpeg"), FORM_END };
	const struct form_part valid[] = {
		FORM_FIELD("categorie", "geluid"), FORM_FIELD("omschrijving", "Harde muziek."),
		FORM_FIELD("plaats", "Galerij"), FORM_FIELD("anoniem", "1"), FORM_END };

	/* The first refused form: its photo is held for the next attempt, and the page says so. */
	struct response *r = post_fresh(s, no_category);
	assert_status(r, 422);
	assert_body_contains(r, "trap.jpg");
	assert_body_contains(r, "wij bewaren ze een uur");
	response_free(r);
	assert_int_equal(count_files(s, "bijlagen", ""), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload WHERE ip = '127.0.0.1'"), 1);

	/* The second, from the same address: over its cap, so removed at once. */
	r = post_fresh(s, no_category);
	assert_status(r, 422);
	assert_body_contains(r, "konden wij nu niet voor u bewaren");
	response_free(r);
	assert_int_equal(count_files(s, "bijlagen", ""), 1);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload"), 1);

	/* The honeypot: refused before anything is read; its file goes with the request. */
	r = post_fresh(s, honeypot);
	assert_status(r, 422);
	response_free(r);
	assert_int_equal(files_left(s, "tmp", "upload-"), 0);
	assert_int_equal(count_files(s, "bijlagen", ""), 1);

	/* Three refusals counted: one more may go in, then the address must wait. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM submit_log WHERE ip = '127.0.0.1'"), 3);
	r = post_fresh(s, valid);
	assert_status(r, 200);
	response_free(r);
	r = post_fresh(s, valid);
	assert_status(r, 429);
	assert_body_contains(r, "te veel meldingen");
	assert_body_contains(r, "Harde muziek.");   /* the input is kept */
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding"), 1);
	free(jpg);
}

/*
 * Six colleagues behind one NAT address, with the default limit (20
 * attempts an hour per address, refusals included) and the default cap
 * on held files (100 MB per address): each forgets the category once,
 * with a photo, and then sends the melding. All six go in with their
 * photo. (A busier office logs in or posts through the API with a token,
 * neither of which the per-address limit counts.)
 */
static void test_office_behind_one_address(void **state)
{
	struct server *s = *state;
	char *jpg = photo(300 * 1024);
	long long before = test_sql_int(s, "SELECT count(*) FROM melding");

	for (int i = 0; i < 6; i++) {
		struct client *c = client_new(s);
		char *tok = account_csrf(c, "/melden"), name[32], text[64];
		snprintf(name, sizeof(name), "collega-%d.jpg", i);
		snprintf(text, sizeof(text), "Lekkage bij de lift, melding %d.", i);
		const struct form_part first[] = {
			FORM_FIELD("omschrijving", text), FORM_FIELD("plaats", "Kantoor"), FORM_FIELD("anoniem", "1"),
			FORM_FILE("bijlagen", jpg, 300 * 1024, name, "image/jpeg"), FORM_END };
		struct response *r = post_form(c, tok, first);
		assert_status(r, 422);
		assert_body_contains(r, name);
		char *again = html_input_value(r->body, "csrf_token"), *held = html_input_value(r->body, "bijlagen_id");
		assert_non_null(again);
		assert_non_null(held);
		response_free(r);
		const struct form_part second[] = {
			FORM_FIELD("categorie", "overlast_overig"), FORM_FIELD("omschrijving", text),
			FORM_FIELD("plaats", "Kantoor"), FORM_FIELD("anoniem", "1"), FORM_FIELD("bijlagen_id", held), FORM_END };
		r = post_form(c, again, second);
		assert_status(r, 200);
		response_free(r);
		free(again);
		free(held);
		free(tok);
		client_free(c);
	}
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding"), before + 6);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment a JOIN melding m ON m.id = a.melding_id"
				     " WHERE m.omschrijving LIKE 'Lekkage bij de lift%%'"), 6);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload"), 0);
	free(jpg);
}

/*
 * A held photo that expires before the melder sends the form again (an
 * hour later) is asked for again; the melding is not filed without it.
 */
static void test_expired_held_file_is_asked_for_again(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	char *jpg = photo(4096), *tok = account_csrf(c, "/melden");
	long long before = test_sql_int(s, "SELECT count(*) FROM melding");
	const struct form_part first[] = {
		FORM_FIELD("omschrijving", "Kapotte lamp in de gang."), FORM_FIELD("plaats", "Gang"),
		FORM_FIELD("anoniem", "1"), FORM_FILE("bijlagen", jpg, 4096, "lamp.jpg", "image/jpeg"), FORM_END };

	struct response *r = post_form(c, tok, first);
	assert_status(r, 422);
	char *again = html_input_value(r->body, "csrf_token"), *held = html_input_value(r->body, "bijlagen_id");
	char *id = html_input_value(r->body, "bewaard");
	assert_non_null(again);
	assert_non_null(held);
	assert_non_null(id);
	response_free(r);
	/* More than an hour later, as far as the row knows. */
	test_sql(s, "UPDATE pending_upload SET created_at = created_at - 3700 WHERE id = %s", id);

	const struct form_part second[] = {
		FORM_FIELD("categorie", "overlast_overig"), FORM_FIELD("omschrijving", "Kapotte lamp in de gang."),
		FORM_FIELD("plaats", "Gang"), FORM_FIELD("anoniem", "1"), FORM_FIELD("bijlagen_id", held),
		FORM_FIELD("bewaard", id), FORM_END };
	r = post_form(c, again, second);
	assert_status(r, 422);
	assert_body_contains(r, "Dit bestand hebben wij niet meer");
	assert_body_contains(r, "Kapotte lamp in de gang.");
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding"), before);
	free(again);
	free(held);
	free(id);
	free(tok);
	free(jpg);
	client_free(c);
}

/* ---- one melding per form token ------------------------------------------------ */

/*
 * The same form sent twice (a double click, the back button) shows the
 * first melding again instead of filing a second; the same token with
 * other input is refused with the form kept.
 */
static void test_form_token_files_one_melding(void **state)
{
	struct server *s = *state;
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "stank"), FORM_FIELD("omschrijving", "Sterke lucht in portiek 3."),
		FORM_FIELD("plaats", "Portiek 3"), FORM_FIELD("anoniem", "1"), FORM_END };
	const struct form_part other[] = {
		FORM_FIELD("categorie", "geluid"), FORM_FIELD("omschrijving", "Iets heel anders."),
		FORM_FIELD("plaats", "Portiek 3"), FORM_FIELD("anoniem", "1"), FORM_END };
	struct filed first, again;
	long long before = test_sql_int(s, "SELECT count(*) FROM melding");

	struct response *r = post_form(c, tok, parts);
	assert_status(r, 200);
	filed_from_page(s, r, &first);
	response_free(r);

	r = post_form(c, tok, parts);
	assert_status(r, 200);
	assert_body_contains(r, "Wij hadden uw melding al ontvangen");
	filed_from_page(s, r, &again);
	response_free(r);
	assert_string_equal(again.ref, first.ref);
	assert_string_equal(again.status_path, first.status_path);

	r = post_form(c, tok, other);
	assert_status(r, 422);
	assert_body_contains(r, "Met dit formulier verstuurde u al melding");
	assert_body_contains(r, first.ref);
	assert_body_contains(r, "Iets heel anders.");
	response_free(r);

	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding"), before + 1);
	/* Two claims of the one melding: the token, and this browser with this text (back and a reloaded form, issue 17). */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM form_use WHERE melding_id = %lld", first.id), 2);
	free(tok);
	client_free(c);
}

/* ---- sweeps -------------------------------------------------------------------- */

/* A held upload older than an hour goes by the periodic sweep (every second here), with a log line. */
static void test_held_uploads_expire_by_the_sweep(void **state)
{
	struct server *s = *state;
	char *jpg = photo(4096);
	const struct form_part parts[] = {
		FORM_FIELD("omschrijving", "Zonder categorie."), FORM_FIELD("anoniem", "1"),
		FORM_FILE("bijlagen", jpg, 4096, "oud.jpg", "image/jpeg"), FORM_END };

	struct response *r = post_fresh(s, parts);
	assert_status(r, 422);
	response_free(r);
	char *opslag = test_sql_text(s, "SELECT opslag FROM pending_upload ORDER BY id DESC LIMIT 1");
	char path[PATH_MAX];
	snprintf(path, sizeof(path), "%s/bijlagen/%s", s->dir, opslag);
	assert_true(file_exists(path));

	/* An hour and a bit ago, as far as the row knows. */
	test_sql(s, "UPDATE pending_upload SET created_at = created_at - 3700 WHERE opslag = '%s'", opslag);
	long long deadline = now_ms() + (s->valgrind ? 120000 : 30000);
	while (file_exists(path) && now_ms() < deadline)
		usleep(100 * 1000);
	assert_false(file_exists(path));
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM pending_upload WHERE opslag = '%s'", opslag), 0);
	assert_true(log_contains(s, "sweep: 1 held uploads older than an hour removed"));
	free(opslag);
	free(jpg);
}

/*
 * What a crash leaves behind goes at the next start: request temporaries
 * in tmp/ whatever their age, other tmp/ files after a day (an import
 * waiting for its confirmation stays), and files in bijlagen/ that no row
 * points at. Files that rows point at stay.
 */
static void test_orphans_are_swept_at_start(void **state)
{
	struct server *s = *state;
	char *jpg = photo(2048);
	char p_upload[PATH_MAX], p_old[PATH_MAX], p_new[PATH_MAX], p_orphan[PATH_MAX], p_kept[PATH_MAX];
	struct filed f;
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "geluid"), FORM_FIELD("omschrijving", "Met foto."), FORM_FIELD("plaats", "Hal"),
		FORM_FIELD("anoniem", "1"), FORM_FILE("bijlagen", jpg, 2048, "hal.jpg", "image/jpeg"), FORM_END };

	public_melding_ok(s, parts, &f);
	char *opslag = test_sql_text(s, "SELECT opslag FROM attachment WHERE melding_id = %lld", f.id);
	snprintf(p_kept, sizeof(p_kept), "%s/bijlagen/%s", s->dir, opslag);
	snprintf(p_upload, sizeof(p_upload), "%s/tmp/upload-AbCdEf", s->dir);
	snprintf(p_old, sizeof(p_old), "%s/tmp/gebieden-oud.csv", s->dir);
	snprintf(p_new, sizeof(p_new), "%s/tmp/gebieden-nieuw.csv", s->dir);
	snprintf(p_orphan, sizeof(p_orphan), "%s/bijlagen/wees-zonder-rij", s->dir);
	write_file_at(p_upload, "half", 0);
	write_file_at(p_old, "code;naam", 2 * 24 * 3600);
	write_file_at(p_new, "code;naam", 0);
	write_file_at(p_orphan, "weg", 0);

	assert_int_equal(server_crash_restart(s, 0), 0);
	assert_false(file_exists(p_upload));
	assert_false(file_exists(p_old));
	assert_true(file_exists(p_new));
	assert_false(file_exists(p_orphan));
	/* Set aside, not removed: a server started on the wrong database must not delete every photo. */
	char p_aside[PATH_MAX];
	snprintf(p_aside, sizeof(p_aside), "%s/bijlagen/.verweesd/wees-zonder-rij", s->dir);
	assert_true(file_exists(p_aside));
	assert_true(file_exists(p_kept));
	assert_true(log_contains(s, "sweep: orphans: 2 removed from tmp/, 1 set aside in bijlagen/.verweesd/ (at start)"));
	/* After 30 days aside nobody came for it: then it goes. */
	char p_stale[PATH_MAX];
	snprintf(p_stale, sizeof(p_stale), "%s/bijlagen/.verweesd/lang-geleden", s->dir);
	write_file_at(p_stale, "weg", 31 * 24 * 3600);
	assert_int_equal(server_crash_restart(s, 0), 0);
	assert_false(file_exists(p_stale));
	assert_true(file_exists(p_aside));
	assert_true(file_exists(p_kept));
	assert_true(log_contains(s, "sweep: 1 files set aside more than 30 days ago removed"));
	unlink(p_new);
	free(opslag);
	free(jpg);
}

/* ---- a full disk while an upload arrives ---------------------------------------- */

static char ctl[PATH_MAX];         /* the control file faults.so reads (tests/http/faults.c) */

static void set_fault(const char *word)
{
	FILE *f = fopen(ctl, "w");
	assert_non_null(f);
	fputs(word, f);
	fclose(f);
}

/* A server of its own with faults.so (beside this binary) preloaded, as test_health.c does. */
static int faulty_setup(void **state)
{
	char so[PATH_MAX], asan[512];
	ssize_t n = readlink("/proc/self/exe", so, sizeof(so) - 16);
	const char *old = getenv("ASAN_OPTIONS");
	char *saved = old ? strdup(old) : NULL;

	if (n <= 0)
		return -1;
	so[n] = '\0';
	strcpy(strrchr(so, '/'), "/faults.so");
	snprintf(ctl, sizeof(ctl), "%s/leefbaar-faults-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	int fd = mkstemp(ctl);
	if (fd < 0)
		return -1;
	close(fd);
	snprintf(asan, sizeof(asan), "%s%sverify_asan_link_order=0", old ? old : "", old && *old ? ":" : "");
	setenv("ASAN_OPTIONS", asan, 1);
	setenv("LD_PRELOAD", so, 1);
	setenv("LEEFBAAR_FAULTS", ctl, 1);
	int rc = harness_fresh_setup(state);
	unsetenv("LD_PRELOAD");
	unsetenv("LEEFBAAR_FAULTS");
	if (saved)
		setenv("ASAN_OPTIONS", saved, 1);
	else
		unsetenv("ASAN_OPTIONS");
	free(saved);
	return rc;
}

static int faulty_teardown(void **state)
{
	unlink(ctl);
	return harness_fresh_teardown(state);
}

/*
 * The disk fills while a photo arrives: 503 with everything typed kept
 * (not a 400 that blames the melder and loses the input), nothing stored,
 * nothing left in tmp/. Once there is room the same form goes in.
 */
static void test_full_disk_during_upload_keeps_the_input(void **state)
{
	struct server *s = *state;
	char *jpg = photo(200 * 1024);
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "geluid"), FORM_FIELD("omschrijving", "Geblaf de hele nacht, zie de opname."),
		FORM_FILE("bijlagen", jpg, 200 * 1024, "blaf.jpg", "image/jpeg"),
		FORM_FIELD("plaats", "Binnenplaats"), FORM_FIELD("anoniem", "1"), FORM_END };

	set_fault("upload-vol");
	struct response *r = post_fresh(s, parts);
	assert_status(r, 503);
	assert_body_contains(r, "Uw melding is niet opgeslagen");
	assert_body_contains(r, "Geblaf de hele nacht, zie de opname.");
	assert_body_contains(r, "Binnenplaats");   /* a field after the file is kept too */
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM melding"), 0);
	assert_int_equal(files_left(s, "tmp", "upload-"), 0);
	assert_int_equal(count_files(s, "bijlagen", ""), 0);

	set_fault("");
	r = post_fresh(s, parts);
	assert_status(r, 200);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment"), 1);
	free(jpg);
}

int main(void)
{
	const struct CMUnitTest memory[] = {
		cmocka_unit_test(test_big_fields_are_refused_while_streaming),
	};
	const struct CMUnitTest limits[] = {
		cmocka_unit_test(test_refused_forms_count_and_their_files_go),
	};
	const struct CMUnitTest office[] = {
		cmocka_unit_test(test_office_behind_one_address),
		cmocka_unit_test(test_form_token_files_one_melding),
		cmocka_unit_test(test_expired_held_file_is_asked_for_again),
		cmocka_unit_test_setup_teardown(test_full_disk_during_upload_keeps_the_input, faulty_setup,
						faulty_teardown),
	};
	const struct CMUnitTest sweeps[] = {
		HARNESS_FRESH_TEST(test_held_uploads_expire_by_the_sweep),
		HARNESS_FRESH_TEST(test_orphans_are_swept_at_start),
	};
	int failed = 0;

	failed += harness_run_suite("limits: memory", memory, ARRAY_SIZE(memory), SUITE_INI);
	failed += harness_run_suite("limits: refused forms", limits, ARRAY_SIZE(limits), LIMIT_INI);
	failed += harness_run_suite("limits: office, token, full disk", office, ARRAY_SIZE(office), SUITE_INI);
	failed += harness_run_suite("limits: sweeps", sweeps, ARRAY_SIZE(sweeps), SUITE_INI "[app]\nsweep_seconds = 1\n");
	return failed;
}
