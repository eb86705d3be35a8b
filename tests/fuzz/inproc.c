/*
 * inproc.c - the whole server in the fuzzing process (see inproc.h).
 *
 * The daemon and its access handler are server.c's own: the file is
 * compiled in here so its static on_request()/on_completed() - path checks,
 * header and body caps, query parsing, the body stage - and the daemon's
 * options and guard (server_start_daemon()) are the ones fuzzed, not a
 * copy. Its two exported names are renamed so they cannot clash with the
 * library's.
 */
#define _GNU_SOURCE   /* memmem, nftw */
#define server_run inproc_server_run
#define server_start_daemon inproc_server_start_daemon
#define server_stop_daemon inproc_server_stop_daemon
#include "http/server.c"
#undef server_run
#undef server_start_daemon
#undef server_stop_daemon

#include "inproc.h"
#include "auth/csrf.h"
#include "auth/password.h"
#include "auth/secret.h"
#include "auth/session.h"
#include "db/db.h"
#include "db/migrate.h"
#include "lib/buf.h"
#include "render/page.h"
#include "seed/seed.h"
#include "store/files.h"
#include "store/user.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <poll.h>
#include <sys/stat.h>

static struct config cfg;
static struct MHD_Daemon *daemon_;
static uint16_t port;
static char tmpdir[64];
static char coord_cookie[SESSION_TOKEN_SIZE], coord_csrf[65];
static char admin_cookie[SESSION_TOKEN_SIZE], admin_csrf[65];
static char coord_token[64], partner_token[64], admin_token[64];
static char pre_field[256], pre_cookie[CSRF_NONCE_SIZE];
static char melding_ref[32], dossier_ref[32], referral_id[24], partner_id[24];

static void die(const char *what)
{
	fprintf(stderr, "inproc: %s\n", what);
	exit(2);
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void cleanup(void)
{
	if (daemon_) {
		inproc_server_stop_daemon(daemon_);
	}
	daemon_ = NULL;
	db_pool_close_all();
	if (tmpdir[0])
		nftw(tmpdir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* A crash ends the process without cleanup(): the directories of processes gone are removed at the next start. */
static void sweep_stale(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char path[600];

	while (d && (e = readdir(d))) {
		long pid;
		if (sscanf(e->d_name, "leefbaar-fuzz-%ld-", &pid) != 1 || pid <= 0 || kill((pid_t)pid, 0) == 0 ||
		    errno != ESRCH)
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, e->d_name);
		nftw(path, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	}
	if (d)
		closedir(d);
}

const char *inproc_value(char key)
{
	switch (key) {
	case 'S': return coord_cookie;
	case 'C': return coord_csrf;
	case 'B': return admin_cookie;
	case 'b': return admin_csrf;
	case 'T': return coord_token;
	case 'P': return partner_token;
	case 'A': return admin_token;
	case 'F': return pre_field;
	case 'N': return pre_cookie;
	case 'M': return melding_ref;
	case 'D': return dossier_ref;
	case 'R': return referral_id;
	case 'I': return partner_id;
	default: return NULL;
	}
}

/* raw with its placeholders replaced; $L last, once the body's length is known. */
static void expand(const uint8_t *raw, size_t len, struct buf *out)
{
	struct buf b = BUF_INIT;
	const char *v;

	for (size_t i = 0; i < len; i++) {
		if (raw[i] == '$' && i + 1 < len && (v = inproc_value((char)raw[i + 1]))) {
			buf_addstr(&b, v);
			i++;
		} else {
			buf_addch(&b, (char)raw[i]);
		}
	}
	const char *blank = b.len ? memmem(b.buf, b.len, "\r\n\r\n", 4) : NULL;
	size_t head = blank ? (size_t)(blank - b.buf) + 4 : b.len;
	for (size_t i = 0; i < b.len; i++) {
		if (i < head && b.buf[i] == '$' && i + 1 < b.len && b.buf[i + 1] == 'L') {
			buf_addf(out, "%zu", b.len - head);
			i++;
		} else {
			buf_addch(out, b.buf[i]);
		}
	}
	buf_release(&b);
}

static unsigned connections(void)
{
	const union MHD_DaemonInfo *di = MHD_get_daemon_info(daemon_, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
	return di ? di->num_connections : 0;
}

/*
 * The length of the first response in b once its head is complete and it
 * says (Content-Length, or a status without a body); 0 while unknown.
 */
static size_t first_response_len(const struct buf *b, int head_request)
{
	const char *end = b->len ? memmem(b->buf, b->len, "\r\n\r\n", 4) : NULL;
	if (!end)
		return 0;
	size_t head = (size_t)(end - b->buf) + 4;
	int st = b->len > 12 ? atoi(b->buf + 9) : 0;
	if (head_request || st == 204 || st == 304 || (st >= 100 && st < 200))
		return head;
	for (const char *p = b->buf; p && p < end; p = memchr(p, '\n', (size_t)(end - p))) {
		p++;
		if (!strncasecmp(p, "Content-Length:", 15))
			return head + strtoull(p + 15, NULL, 10);
	}
	return 0;
}

/*
 * 1 when data holds a whole first request the server must answer without
 * waiting for more: its head ends, it has no Transfer-Encoding (chunked may
 * wait for more; any other is refused at once, but leave that to the
 * guard's own tests) and its Content-Length is no more than what follows.
 */
static int must_answer(const char *data, size_t len)
{
	const char *end = len ? memmem(data, len, "\r\n\r\n", 4) : NULL;
	if (!end)
		return 0;
	size_t body = len - (size_t)(end - data) - 4;
	for (const char *p = data; p && p < end; p = memchr(p, '\n', (size_t)(end - p))) {
		p++;
		if (!strncasecmp(p, "Transfer-Encoding:", 18))
			return 0;
		if (!strncasecmp(p, "Content-Length:", 15) && strtoull(p + 15, NULL, 10) > body)
			return 0;
	}
	return 1;
}

/*
 * One connection: sends data and collects the answer in out until the
 * server closes, or the first answer is complete and nothing more comes
 * for 20 ms (a pipelined request's), or nothing at all has moved for 50 ms
 * while the server may rightly wait for more (a body that will not come;
 * a whole request must be answered, or it is a finding). Then it resets the
 * connection - no FIN, so neither side keeps a TIME_WAIT entry: at hundreds
 * of connections a second those would use up the loopback ports - and
 * returns when the server has finished it, so one input never overlaps
 * the next. The server stops reading once it has refused a body, so
 * sending stops at the first error.
 */
static void exchange(const char *data, size_t len, struct buf *out)
{
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(port) };
	struct linger reset = { .l_onoff = 1, .l_linger = 0 };
	int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
	int head_request = len >= 5 && !memcmp(data, "HEAD ", 5);

	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	if (fd < 0 || setsockopt(fd, SOL_SOCKET, SO_LINGER, &reset, sizeof(reset)) < 0 ||
	    connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0) {
		fprintf(stderr, "inproc: connect: %s\n", strerror(errno));
		die("cannot reach the server");
	}
	size_t sent = 0, start = out->len;
	int idle = 0, answered = 0, busy = 0, must = must_answer(data, len);
	for (;;) {
		struct pollfd p = { .fd = fd, .events = POLLIN | (sent < len ? POLLOUT : 0) };
		if (poll(&p, 1, 10) == 0) {
			/* A whole request left unanswered (generous: CI machines are slow). */
			if (must && sent == len && out->len == start && idle >= 2000) {
				fprintf(stderr, "inproc: no answer within 20 s to a whole request\n");
				abort();
			}
			if (++idle >= (answered ? 2 : must && out->len == start ? 2001 : 5))
				break;
			continue;
		}
		idle = 0;
		/* A server that keeps the socket busy without ever answering or closing (generous: CI machines are slow). */
		if (++busy > 200000) {
			fprintf(stderr, "inproc: the connection never settles\n");
			abort();
		}
		if (p.revents & POLLOUT) {
			ssize_t n = send(fd, data + sent, len - sent, MSG_NOSIGNAL | MSG_DONTWAIT);
			if (n > 0)
				sent += (size_t)n;
			if (n < 0 && errno != EAGAIN && errno != EINTR)
				sent = len;
		}
		if (p.revents & (POLLIN | POLLHUP | POLLERR)) {
			char chunk[16384];
			ssize_t n = recv(fd, chunk, sizeof(chunk), MSG_DONTWAIT);
			if (n > 0)
				buf_add(out, chunk, (size_t)n);
			else if (n == 0 || (errno != EAGAIN && errno != EINTR))
				break;
			struct buf mine = { .buf = out->buf + start, .len = out->len - start };
			size_t want = first_response_len(&mine, head_request);
			answered = want && mine.len >= want;
		}
	}
	close(fd);
	for (int i = 0; i < 500 && connections(); i++)
		usleep(1000);
	if (getenv("FUZZ_TRACE") && connections())
		fprintf(stderr, "inproc: %u connections still open after the client left\n", connections());
}

static int status_of(const struct buf *b)
{
	int st = 0;
	if (b->len > 12 && !strncmp(b->buf, "HTTP/1.", 7))
		st = atoi(b->buf + 9);
	return st;
}

int inproc_request(const uint8_t *raw, size_t len)
{
	struct buf req = BUF_INIT, resp = BUF_INIT;

	inproc_init();
	expand(raw, len, &req);
	exchange(req.buf ? req.buf : "", req.len, &resp);
	int st = status_of(&resp);
	/* FUZZ_TRACE=1: which handler an input reaches, to judge a seed; 2: and the answer. */
	const char *trace = getenv("FUZZ_TRACE");
	if (trace)
		fprintf(stderr, "inproc: %d %.*s\n", st, (int)strcspn(req.buf ? req.buf : "", "\r\n"), req.buf ? req.buf : "");
	if (trace && atoi(trace) > 1)
		fprintf(stderr, "%.*s\n", (int)(resp.len < 2000 ? resp.len : 2000), resp.buf ? resp.buf : "");
	buf_release(&req);
	buf_release(&resp);
	if (st == 500) {
		fprintf(stderr, "inproc: the server answered 500\n");
		abort();
	}
	return st;
}

/* A JSON call during set-up; the member key of its answer copied into out. */
static void setup_call(const char *path, const char *auth, const char *body, const char *key, char *out, size_t size)
{
	struct buf req = BUF_INIT, resp = BUF_INIT;

	buf_addf(&req, "POST %s HTTP/1.1\r\nHost: fuzz\r\nConnection: close\r\n", path);
	if (auth)
		buf_addf(&req, "Authorization: Bearer %s\r\n", auth);
	buf_addf(&req, "Content-Type: application/json\r\nContent-Length: %zu\r\n\r\n%s", strlen(body), body);
	exchange(req.buf, req.len, &resp);
	const char *blank = resp.buf ? strstr(resp.buf, "\r\n\r\n") : NULL;
	cJSON *j = blank ? cJSON_Parse(blank + 4) : NULL;
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(j, key);
	if (cJSON_IsString(v))
		snprintf(out, size, "%s", v->valuestring);
	else if (cJSON_IsNumber(v))
		snprintf(out, size, "%lld", (long long)v->valuedouble);
	else {
		fprintf(stderr, "inproc: set-up %s answered:\n%s\n", path, resp.buf ? resp.buf : "(nothing)");
		die("set-up call failed");
	}
	cJSON_Delete(j);
	buf_release(&req);
	buf_release(&resp);
}

static void login(const char *email, char cookie[SESSION_TOKEN_SIZE], char csrf[65], struct user *u)
{
	struct db *db = db_thread();
	struct arena a = ARENA_INIT;
	struct session *s = NULL;

	if (user_by_email(db, email, u) != STORE_OK || session_create(db, &cfg, u->id, NULL, "127.0.0.1", cookie) < 0 ||
	    session_load(db, &cfg, NULL, cookie, &a, &s) != 0 || !s)
		die("cannot log in a demo user");
	snprintf(csrf, 65, "%s", s->csrf);
	arena_release(&a);
}

void inproc_init(void)
{
	static int done;
	char path[600];

	if (done)
		return;
	done = 1;
	signal(SIGPIPE, SIG_IGN);
	const char *t = getenv("TMPDIR");
	t = t && *t && strlen(t) < 32 ? t : "/tmp";
	sweep_stale(t);
	snprintf(tmpdir, sizeof(tmpdir), "%s/leefbaar-fuzz-%ld-XXXXXX", t, (long)getpid());
	if (!mkdtemp(tmpdir))
		die("mkdtemp");
	atexit(cleanup);

	config_defaults(&cfg);
	snprintf(cfg.data_dir, sizeof(cfg.data_dir), "%s", tmpdir);
	snprintf(cfg.db_path, sizeof(cfg.db_path), "%s/leefbaar.db", tmpdir);
	cfg.pwhash = PWHASH_TEST;
	cfg.access_log = 0;
	cfg.melden_per_ip_hour = 100000;   /* the fuzzer posts far more than a person */
	cfg.melden_min_seconds = 0;
	if (config_check(&cfg) < 0)
		die("configuration");
	/* The fuzzer's connections come from a trusted proxy, so X-Forwarded-For is parsed too. */
	snprintf(cfg.trusted_proxy, sizeof(cfg.trusted_proxy), "127.0.0.1");
	log_set_level((enum log_level)log_level_parse(getenv("FUZZ_LOG") ? getenv("FUZZ_LOG") : "error"));
	snprintf(path, sizeof(path), "%s/tmp", tmpdir);
	if (mkdir(path, 0700) < 0 || secret_init(tmpdir) < 0)
		die("data directory");
	db_pool_init(cfg.db_path, cfg.busy_timeout_ms);
	struct db *db = db_thread();
	if (!db || migrate_run(db, cfg.migrations_dir) < 0)
		die("database (run from the repository root)");
	password_init(cfg.pwhash);
	if (page_init(&cfg) < 0 || files_init(cfg.data_dir) < 0)
		die("templates or files");
	/* The seed prints the demo logins: not into the fuzzer's output. */
	fflush(stdout);
	int out = dup(STDOUT_FILENO), null = open("/dev/null", O_WRONLY);
	dup2(null, STDOUT_FILENO);
	int seeded = seed_demo_load(db, SEED_DEMO_ORGANISATION, &cfg);
	fflush(stdout);
	dup2(out, STDOUT_FILENO);
	close(out);
	close(null);
	if (seeded < 0)
		die("demo organisation");

	struct user coord, admin, partner;
	login("coordinator@voorbeeld.example", coord_cookie, coord_csrf, &coord);
	login("beheerder@voorbeeld.example", admin_cookie, admin_csrf, &admin);
	if (user_by_email(db, "wijkteam@voorbeeld.example", &partner) != STORE_OK)
		die("partner user");
	int64_t tid;
	if (user_token_create(db, coord.id, "alles", coord_token, &tid) != STORE_OK ||
	    user_token_create(db, partner.id, "alles", partner_token, &tid) != STORE_OK ||
	    user_token_create(db, admin.id, "alles", admin_token, &tid) != STORE_OK)
		die("API tokens");
	snprintf(partner_id, sizeof(partner_id), "%lld", (long long)partner.partner_id);
	struct arena a = ARENA_INIT;
	snprintf(pre_field, sizeof(pre_field), "%s", csrf_pre_token(&a, NULL, pre_cookie));
	arena_release(&a);

	/* The server's own daemon (server_start_daemon(), the guard included) on a free loopback port. */
	snprintf(cfg.listen, sizeof(cfg.listen), "127.0.0.1:0");
	cfg.threads = 1;
	daemon_ = inproc_server_start_daemon(&cfg, on_request, on_completed, &cfg);
	const union MHD_DaemonInfo *di = daemon_ ? MHD_get_daemon_info(daemon_, MHD_DAEMON_INFO_BIND_PORT) : NULL;
	if (!di || !di->port)
		die("cannot start the daemon");
	port = di->port;

	/* Something to act on: a melding, a dossier holding it, a referral of that dossier. */
	setup_call("/api/v1/meldingen", NULL,
		   "{\"categorie\": \"geluid\", \"omschrijving\": \"Harde muziek.\", \"postcode\": \"9991 AA\","
		   " \"huisnummer\": 1, \"anoniem\": true}",
		   "referentie", melding_ref, sizeof(melding_ref));
	char body[512];
	snprintf(body, sizeof(body), "{\"onderwerp\": \"Fuzz\", \"pijler\": \"samen_wonen\", \"postcode\": \"9991 AA\","
		 " \"huisnummer\": 1, \"meldingen\": [\"%s\"]}", melding_ref);
	setup_call("/api/v1/dossiers", coord_token, body, "referentie", dossier_ref, sizeof(dossier_ref));
	snprintf(path, sizeof(path), "/api/v1/dossiers/%s/doorverwijzingen", dossier_ref);
	snprintf(body, sizeof(body), "{\"partner\": %s, \"reden\": \"Zorgen.\", \"vraag\": \"Wilt u langsgaan?\","
		 " \"gedeelde_informatie\": \"Adres.\"}", partner_id);
	setup_call(path, coord_token, body, "id", referral_id, sizeof(referral_id));
}
