/*
 * harness.c - runs the real leefbaar binary for the HTTP tests and drives it
 * with libcurl (see harness.h for the API and the environment it reads).
 *
 * The server is a child process with a temporary directory of its own; the
 * clients are libcurl easy handles, one per simulated browser, so each keeps
 * its cookies and its keep-alive connection between requests.
 */
#include "harness.h"

#include "lib/xalloc.h"

#include <arpa/inet.h>
#include <curl/curl.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define START_ATTEMPTS 3
#define POLL_MS 20

/* ---- small helpers ------------------------------------------------------ */

long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void sleep_ms(long ms)
{
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };

	while (nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
}

static int env_is_1(const char *name)
{
	const char *v = getenv(name);

	return v && !strcmp(v, "1");
}

static const char *leefbaar_bin(void)
{
	const char *v = getenv("LEEFBAAR_BIN");

	return v && *v ? v : "build/rel/leefbaar";
}

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

const char *mem_find(const char *hay, size_t n, const char *needle, int nocase)
{
	size_t m = strlen(needle), i, j;

	if (!hay)
		return NULL;
	if (!m)
		return hay;
	for (i = 0; i + m <= n; i++) {
		for (j = 0; j < m; j++) {
			int a = (unsigned char)hay[i + j];
			int b = (unsigned char)needle[j];

			if (nocase ? ascii_lower(a) != ascii_lower(b) : a != b)
				break;
		}
		if (j == m)
			return hay + i;
	}
	return NULL;
}

static int write_file(const char *path, const char *data, size_t len)
{
	FILE *f = fopen(path, "w");
	int rc = 0;

	if (!f) {
		fprintf(stderr, "harness: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (len && fwrite(data, 1, len, f) != len)
		rc = -1;
	if (fclose(f) != 0)
		rc = -1;
	if (rc)
		fprintf(stderr, "harness: writing %s failed\n", path);
	return rc;
}

/* Appends the file's bytes to out; a missing file adds nothing. */
static void read_file_into(const char *path, struct buf *out)
{
	char chunk[8192];
	FILE *f = fopen(path, "r");
	size_t n;

	if (!f)
		return;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(out, chunk, n);
	fclose(f);
}

/* rm -rf for our own temporary directory; nftw needs _XOPEN_SOURCE. */
static void remove_tree(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;

	if (lstat(path, &st) == -1)
		return;
	if (!S_ISDIR(st.st_mode)) {
		unlink(path);
		return;
	}
	d = opendir(path);
	if (d) {
		while ((e = readdir(d))) {
			struct buf child = BUF_INIT;

			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			buf_addf(&child, "%s/%s", path, e->d_name);
			remove_tree(child.buf);
			buf_release(&child);
		}
		closedir(d);
	}
	if (rmdir(path) == -1)
		fprintf(stderr, "harness: rmdir %s: %s\n", path, strerror(errno));
}

/*
 * Asks the kernel for a free loopback port. Another process may take it
 * before the server binds it; server_start() retries for that race.
 */
static int free_port(void)
{
	struct sockaddr_in sa;
	socklen_t sl = sizeof(sa);
	int fd, port = -1;

	fd = socket(AF_INET, SOCK_STREAM, 0);
	if (fd == -1) {
		fprintf(stderr, "harness: socket: %s\n", strerror(errno));
		return -1;
	}
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sa.sin_port = 0;
	if (bind(fd, (struct sockaddr *)&sa, sizeof(sa)) == -1 ||
	    getsockname(fd, (struct sockaddr *)&sa, &sl) == -1)
		fprintf(stderr, "harness: bind 127.0.0.1:0: %s\n",
			strerror(errno));
	else
		port = ntohs(sa.sin_port);
	close(fd);
	return port;
}

/* The same encoding as a status from server_stop(). */
static int decode_status(int ws)
{
	if (WIFEXITED(ws))
		return WEXITSTATUS(ws);
	if (WIFSIGNALED(ws))
		return 128 + WTERMSIG(ws);
	return -1;
}

/*
 * Waits up to ms for pid to exit. Returns 0 and sets *status, or -1 on
 * timeout (the child keeps running).
 */
static int wait_deadline(pid_t pid, long long ms, int *status)
{
	long long end = now_ms() + ms;
	int ws;

	for (;;) {
		pid_t r = waitpid(pid, &ws, WNOHANG);

		if (r == pid) {
			*status = decode_status(ws);
			return 0;
		}
		if (r == -1 && errno != EINTR) {
			fprintf(stderr, "harness: waitpid %d: %s\n",
				(int)pid, strerror(errno));
			*status = -1;
			return 0;
		}
		if (now_ms() >= end)
			return -1;
		sleep_ms(10);
	}
}

/* Kills pid for good and reaps it. */
static void kill_hard(pid_t pid)
{
	int ws;

	kill(pid, SIGKILL);
	while (waitpid(pid, &ws, 0) == -1 && errno == EINTR)
		;
}

/*
 * The argv to exec: valgrind's options first when LEEFBAAR_VALGRIND=1, then
 * the binary, then args (NULL-terminated). Free with free() (the strings are
 * borrowed).
 */
static const char **build_argv(const char *const args[])
{
	static const char *const vg[] = {
		"valgrind", "--error-exitcode=99", "--leak-check=full",
		"--errors-for-leak-kinds=definite", "--quiet",
	};
	size_t n = 0, i = 0, k;
	const char **argv;

	while (args[n])
		n++;
	argv = xcalloc(ARRAY_SIZE(vg) + n + 2, sizeof(*argv));
	if (env_is_1("LEEFBAAR_VALGRIND"))
		for (k = 0; k < ARRAY_SIZE(vg); k++)
			argv[i++] = vg[k];
	argv[i++] = leefbaar_bin();
	for (k = 0; k < n; k++)
		argv[i++] = args[k];
	argv[i] = NULL;
	return argv;
}

/*
 * Forks and execs argv with stdin from in_path (NULL: /dev/null), stdout to
 * out_path and stderr to err_path (both truncated; they may be the same
 * file). Returns the pid or -1.
 */
static pid_t spawn(const char *const argv[], const char *in_path,
		   const char *out_path, const char *err_path)
{
	pid_t parent = getpid(), pid;
	struct rlimit rl;
	int maxfd = 1024;

	/* Decided before fork: the child should only call what is safe. */
	if (getrlimit(RLIMIT_NOFILE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY)
		maxfd = rl.rlim_cur > 65536 ? 65536 : (int)rl.rlim_cur;
	fflush(NULL);
	pid = fork();
	if (pid == -1) {
		fprintf(stderr, "harness: fork: %s\n", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		int in, out, err, fd;

		/*
		 * If the test program dies (a crash, an abort in cmocka) the
		 * server must not outlive it holding the port and the files.
		 */
		prctl(PR_SET_PDEATHSIG, SIGTERM);
		if (getppid() != parent)
			_exit(126);
		in = open(in_path ? in_path : "/dev/null", O_RDONLY);
		out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		err = strcmp(out_path, err_path) ?
			open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0600) :
			dup(out);
		if (in == -1 || out == -1 || err == -1)
			_exit(125);
		dup2(in, 0);
		dup2(out, 1);
		dup2(err, 2);
		/* Open client connections must not leak into the server. */
		for (fd = 3; fd < maxfd; fd++)
			close(fd);
		execvp(argv[0], (char *const *)argv);
		dprintf(2, "harness: exec %s: %s\n", argv[0], strerror(errno));
		_exit(127);
	}
	return pid;
}

/* 1 if the log shows a sanitizer report even though the exit status is 0. */
static int log_has_sanitizer_report(const struct buf *log)
{
	static const char *const marks[] = {
		"ERROR: AddressSanitizer", "ERROR: LeakSanitizer",
		"runtime error:", "WARNING: ThreadSanitizer",
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(marks); i++)
		if (mem_find(log->buf, log->len, marks[i], 0))
			return 1;
	return 0;
}

static void curl_init_once(void)
{
	static int done;

	if (!done) {
		if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
			fprintf(stderr, "harness: curl_global_init failed\n");
			abort();
		}
		done = 1;
	}
}

/* ---- the server --------------------------------------------------------- */

static size_t discard(char *p, size_t size, size_t n, void *ud)
{
	(void)p;
	(void)ud;
	return size * n;
}

/* GET /healthz on a fresh connection: the status, 0 if nothing answered. */
static long probe_healthz(const struct server *s)
{
	struct buf url = BUF_INIT;
	CURL *h = curl_easy_init();
	long status = 0;

	if (!h)
		return 0;
	buf_addf(&url, "%s/healthz", s->base_url);
	curl_easy_setopt(h, CURLOPT_URL, url.buf);
	curl_easy_setopt(h, CURLOPT_PROXY, "");
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, s->valgrind ? 10000L : 2000L);
	/* An idle keep-alive connection of ours would outlive the probe. */
	curl_easy_setopt(h, CURLOPT_FORBID_REUSE, 1L);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, discard);
	if (curl_easy_perform(h) == CURLE_OK)
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_cleanup(h);
	buf_release(&url);
	return status;
}

void server_dump_log(const struct server *s)
{
	struct buf log = BUF_INIT;

	if (!s)
		return;
	read_file_into(s->log_path, &log);
	fprintf(stderr, "---- %s ----\n%s%s---- end of server log ----\n",
		s->log_path, log.buf,
		log.len && log.buf[log.len - 1] != '\n' ? "\n" : "");
	buf_release(&log);
}

static void server_free(struct server *s)
{
	for (size_t i = 0; i < s->nonce; i++)
		free(s->once[i]);
	free(s->once);
	free(s->dir);
	free(s->base_url);
	free(s->config_path);
	free(s->db_path);
	free(s->log_path);
	free(s);
}

static void remove_dir_unless_kept(struct server *s)
{
	if (env_is_1("KEEP_TMP"))
		fprintf(stderr, "harness: KEEP_TMP=1: kept %s\n", s->dir);
	else
		remove_tree(s->dir);
}

static int write_config(const struct server *s, const char *extra_ini)
{
	struct buf ini = BUF_INIT;
	int rc;

	/* Only keys the server knows: an unknown one makes it refuse to start. */
	buf_addf(&ini, "[app]\ndata_dir = %s\n"
		 "[server]\naccess_log = false\n"
		 "[security]\npwhash = test\n", s->dir);
	if (extra_ini && *extra_ini) {
		buf_addch(&ini, '\n');
		buf_addstr(&ini, extra_ini);
		if (ini.buf[ini.len - 1] != '\n')
			buf_addch(&ini, '\n');
	}
	rc = write_file(s->config_path, ini.buf, ini.len);
	buf_release(&ini);
	return rc;
}

/*
 * One attempt: 1 if the server is healthy, 0 if it exited (perhaps the port
 * was taken: worth another try), -1 if it hung or could not be started.
 */
static int start_once(struct server *s)
{
	char listen[32];
	const char *args[] = {
		"serve", "--config", s->config_path, "--listen", listen,
		"--db", s->db_path, NULL,
	};
	const char **argv;
	long long deadline;
	int status;

	s->port = free_port();
	if (s->port <= 0)
		return -1;
	snprintf(listen, sizeof(listen), "127.0.0.1:%d", s->port);
	free(s->base_url);
	s->base_url = xmalloc(48);
	snprintf(s->base_url, 48, "http://127.0.0.1:%d", s->port);

	argv = build_argv(args);
	s->pid = spawn(argv, NULL, s->log_path, s->log_path);
	free(argv);
	if (s->pid == -1)
		return -1;
	s->reaped = 0;

	deadline = now_ms() + (s->valgrind ? 60000 : 10000);
	for (;;) {
		if (wait_deadline(s->pid, 0, &status) == 0) {
			fprintf(stderr, "harness: server exited with status %d "
				"before it was healthy\n", status);
			server_dump_log(s);
			s->pid = -1;
			return 0;
		}
		long health = probe_healthz(s);
		if (health == 200 || (s->unhealthy_ok && health > 0))
			return 1;
		if (now_ms() >= deadline)
			break;
		sleep_ms(POLL_MS);
	}
	fprintf(stderr, "harness: GET /healthz did not answer 200 within %d s\n",
		s->valgrind ? 60 : 10);
	kill_hard(s->pid);
	s->pid = -1;
	server_dump_log(s);
	return -1;
}

struct server *server_start(const char *extra_ini)
{
	struct server *s = xcalloc(1, sizeof(*s));
	const char *tmp = getenv("TMPDIR");
	struct buf path = BUF_INIT;
	int attempt, rc = -1;

	curl_init_once();
	s->pid = -1;
	s->valgrind = env_is_1("LEEFBAAR_VALGRIND");

	if (access(leefbaar_bin(), X_OK) == -1) {
		fprintf(stderr, "harness: %s: %s (set LEEFBAAR_BIN, and run "
			"from the repository root)\n", leefbaar_bin(),
			strerror(errno));
		free(s);
		return NULL;
	}

	buf_addf(&path, "%s/leefbaar-http-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(path.buf)) {
		fprintf(stderr, "harness: mkdtemp %s: %s\n", path.buf,
			strerror(errno));
		buf_release(&path);
		free(s);
		return NULL;
	}
	s->dir = buf_detach(&path, NULL);
	buf_addf(&path, "%s/config.ini", s->dir);
	s->config_path = buf_detach(&path, NULL);
	buf_addf(&path, "%s/test.db", s->dir);
	s->db_path = buf_detach(&path, NULL);
	buf_addf(&path, "%s/server.log", s->dir);
	s->log_path = buf_detach(&path, NULL);

	if (write_config(s, extra_ini) == -1)
		goto out;
	for (attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
		rc = start_once(s);
		if (rc != 0)
			break;
		if (attempt < START_ATTEMPTS)
			fprintf(stderr, "harness: starting again (%d of %d)\n",
				attempt + 1, START_ATTEMPTS);
	}
out:
	if (rc != 1) {
		remove_dir_unless_kept(s);
		server_free(s);
		return NULL;
	}
	return s;
}

int server_crash_restart(struct server *s, int unhealthy_ok)
{
	if (!s || s->pid <= 0)
		return -1;
	s->unhealthy_ok = unhealthy_ok;
	if (!s->reaped)
		kill_hard(s->pid);
	s->pid = -1;
	s->reaped = 1;
	for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
		int rc = start_once(s);
		if (rc == 1)
			break;
		if (rc != 0 || attempt == START_ATTEMPTS) {
			s->unhealthy_ok = 0;
			return -1;
		}
	}
	s->unhealthy_ok = 0;
	return 0;
}

int server_once(struct server *s, const char *what)
{
	for (size_t i = 0; i < s->nonce; i++)
		if (!strcmp(s->once[i], what))
			return 0;
	s->once = xrealloc(s->once, (s->nonce + 1) * sizeof(*s->once));
	s->once[s->nonce++] = xstrdup(what);
	return 1;
}

int server_alive(struct server *s)
{
	int status;

	if (!s || s->reaped || s->pid <= 0)
		return 0;
	if (wait_deadline(s->pid, 0, &status) == 0) {
		s->reaped = 1;
		s->exit_status = status;
		return 0;
	}
	return 1;
}

int server_stop(struct server *s)
{
	return server_stop_log(s, NULL);
}

int server_stop_log(struct server *s, struct buf *out)
{
	struct buf log = BUF_INIT;
	int status;

	if (!s)
		return -1;
	if (s->pid <= 0) {
		/* Never started, or a restart failed: nothing to signal (kill(-1) would hit every process). */
		fprintf(stderr, "harness: no server process to stop\n");
		status = -1;
	} else if (s->reaped) {
		status = s->exit_status;
		fprintf(stderr, "harness: the server had already exited "
			"(status %d)\n", status);
		if (status == 0)
			status = -1;	/* it was not asked to stop */
	} else {
		long long ms = s->valgrind ? 60000 : 15000;

		kill(s->pid, SIGTERM);
		if (wait_deadline(s->pid, ms, &status) == -1) {
			fprintf(stderr, "harness: no exit %lld s after SIGTERM; "
				"killing it\n", ms / 1000);
			kill_hard(s->pid);
			status = -1;
		}
	}
	read_file_into(s->log_path, &log);
	if (status == 0 && log_has_sanitizer_report(&log)) {
		fprintf(stderr, "harness: exit status 0, but the log holds a "
			"sanitizer report\n");
		status = -1;
	}
	/* A handler read a field its route does not declare (http/input.c): a defect, like a leak. */
	if (status == 0 && mem_find(log.buf, log.len, "reads undeclared field", 0)) {
		fprintf(stderr, "harness: a handler read an undeclared field\n");
		status = -1;
	}
	if (status != 0) {
		fprintf(stderr, "harness: server exit status %d\n", status);
		server_dump_log(s);
	}
	if (out)
		buf_add(out, log.buf ? log.buf : "", log.len);
	buf_release(&log);
	remove_dir_unless_kept(s);
	server_free(s);
	return status;
}

/* ---- choosing and ordering the tests ----------------------------------- */

static struct {
	int checked;		/* the environment has been read */
	const char *only;	/* LEEFBAAR_TEST, or NULL */
	int reverse;		/* LEEFBAAR_TEST_ORDER=reverse */
	size_t matched;		/* tests LEEFBAAR_TEST chose, over every group */
} pick;

/* 1 if name matches one of the comma-separated patterns of LEEFBAAR_TEST. */
static int name_chosen(const char *name)
{
	const char *p = pick.only;

	while (*p) {
		size_t n = strcspn(p, ",");
		char *pat = xstrndup(p, n);
		int hit = *pat && fnmatch(pat, name, 0) == 0;

		free(pat);
		if (hit)
			return 1;
		p += n;
		if (*p == ',')
			p++;
	}
	return 0;
}

/* At exit: a LEEFBAAR_TEST that chose nothing is a mistake, not a pass. */
static void check_something_chosen(void)
{
	if (pick.only && !pick.matched) {
		fprintf(stderr, "harness: LEEFBAAR_TEST=%s: no test of this program has that name\n",
			pick.only);
		fflush(NULL);
		_exit(1);
	}
}

static void read_choice(void)
{
	const char *only, *order;

	if (pick.checked)
		return;
	pick.checked = 1;
	only = getenv("LEEFBAAR_TEST");
	order = getenv("LEEFBAAR_TEST_ORDER");
	if (only && *only) {
		pick.only = only;
		atexit(check_something_chosen);
	}
	if (order && *order && strcmp(order, "reverse") && strcmp(order, "forward")) {
		fprintf(stderr, "harness: LEEFBAAR_TEST_ORDER=%s: use forward or reverse\n", order);
		exit(1);
	}
	pick.reverse = order && !strcmp(order, "reverse");
}

int harness_run_group(const char *name, const struct CMUnitTest *tests, size_t n,
		      CMFixtureFunction setup, CMFixtureFunction teardown)
{
	struct CMUnitTest *chosen = xcalloc(n ? n : 1, sizeof(*chosen));
	size_t k = 0, i;
	int failed;

	read_choice();
	for (i = 0; i < n; i++) {
		const struct CMUnitTest *t = &tests[pick.reverse ? n - 1 - i : i];

		if (!pick.only || name_chosen(t->name))
			chosen[k++] = *t;
	}
	pick.matched += pick.only ? k : 0;
	if (pick.only && !k) {
		/* Nothing to run here: no server either. */
		free(chosen);
		return 0;
	}
	failed = _cmocka_run_group_tests(name, chosen, k, setup, teardown);
	free(chosen);
	return failed;
}

/* ---- one server per cmocka group ---------------------------------------- */

static struct {
	const char *extra_ini;
	int stopped;
	int status;
} suite;

static int suite_setup(void **state)
{
	struct server *s = server_start(suite.extra_ini);

	*state = s;
	return s ? 0 : -1;
}

static int suite_teardown(void **state)
{
	/* cmocka calls this after a failed setup too, which it has counted. */
	if (!*state)
		return 0;
	suite.status = server_stop(*state);
	suite.stopped = 1;
	*state = NULL;
	return suite.status == 0 ? 0 : -1;
}

int harness_run_suite(const char *name, const struct CMUnitTest *tests,
		      size_t n, const char *extra_ini)
{
	int failed;

	suite.extra_ini = extra_ini;
	suite.stopped = 0;
	suite.status = 0;
	failed = harness_run_group(name, tests, n, suite_setup, suite_teardown);
	/* cmocka reports a failed group teardown but does not count it. */
	if (suite.stopped && suite.status != 0) {
		print_error("[  FAILED  ] %s: the server's exit status was %d, "
			    "not 0 (graceful shutdown)\n", name, suite.status);
		failed++;
	}
	return failed;
}

int harness_fresh_setup(void **state)
{
	/* *state is the suite's server; the test gets one of its own instead. */
	struct server *s = server_start(suite.extra_ini);

	if (!s)
		return -1;
	*state = s;
	return 0;
}

int harness_fresh_teardown(void **state)
{
	int status = server_stop(*state);

	*state = NULL;
	if (status != 0)
		print_error("the test's own server exited with status %d, not 0\n", status);
	return status == 0 ? 0 : -1;
}

/* ---- the command line --------------------------------------------------- */

int harness_run_cli(struct server *s, const char *const argv[],
		    const char *stdin_text, struct cli_result *res)
{
	static unsigned serial;
	struct buf in = BUF_INIT, out = BUF_INIT, err = BUF_INIT;
	const char **args, **full;
	size_t n = 0, i = 0, k;
	int status = -1;
	pid_t pid;

	res->status = -1;
	buf_reset(&res->out);
	buf_reset(&res->err);
	while (argv[n])
		n++;
	if (!s || !n) {
		fprintf(stderr, "harness_run_cli: no server or no subcommand\n");
		return -1;
	}

	/* subcommand --db DIR/test.db the rest */
	args = xcalloc(n + 3, sizeof(*args));
	args[i++] = argv[0];
	args[i++] = "--db";
	args[i++] = s->db_path;
	for (k = 1; k < n; k++)
		args[i++] = argv[k];
	args[i] = NULL;
	full = build_argv(args);

	/* Files rather than pipes: no deadlock however much it writes. */
	serial++;
	buf_addf(&in, "%s/cli-%u.in", s->dir, serial);
	buf_addf(&out, "%s/cli-%u.out", s->dir, serial);
	buf_addf(&err, "%s/cli-%u.err", s->dir, serial);
	if (stdin_text &&
	    write_file(in.buf, stdin_text, strlen(stdin_text)) == -1)
		goto out;

	pid = spawn(full, stdin_text ? in.buf : NULL, out.buf, err.buf);
	if (pid == -1)
		goto out;
	if (wait_deadline(pid, s->valgrind ? 120000 : 30000, &status) == -1) {
		fprintf(stderr, "harness: %s %s did not finish; killing it\n",
			leefbaar_bin(), argv[0]);
		kill_hard(pid);
		status = -1;
	}
	read_file_into(out.buf, &res->out);
	read_file_into(err.buf, &res->err);
	if (status == 0 && log_has_sanitizer_report(&res->err))
		status = -1;
out:
	unlink(in.buf);
	unlink(out.buf);
	unlink(err.buf);
	buf_release(&in);
	buf_release(&out);
	buf_release(&err);
	free(full);
	free(args);
	res->status = status;
	return status;
}

void cli_result_release(struct cli_result *res)
{
	buf_release(&res->out);
	buf_release(&res->err);
	res->status = -1;
}

void harness_cli_ok(struct server *s, const char *const argv[], struct buf *out)
{
	struct cli_result res = CLI_RESULT_INIT;

	if (harness_run_cli(s, argv, NULL, &res) != 0) {
		print_error("leefbaar %s failed (%d): %s%s\n", argv[0], res.status,
			    res.out.buf, res.err.buf);
		cli_result_release(&res);
		fail();
	}
	if (out)
		buf_addstr(out, res.out.buf);
	cli_result_release(&res);
}

/* ---- clients ------------------------------------------------------------ */

static size_t on_body(char *p, size_t size, size_t n, void *ud);
static size_t on_header(char *p, size_t size, size_t n, void *ud);

struct client {
	struct server *server;
	CURL *curl;
	char *origin;
};

struct client *client_new(struct server *s)
{
	struct client *c;

	assert_non_null(s);
	curl_init_once();
	c = xcalloc(1, sizeof(*c));
	c->server = s;
	c->curl = curl_easy_init();
	if (!c->curl) {
		fprintf(stderr, "harness: curl_easy_init failed\n");
		abort();
	}
	c->origin = xstrdup(s->base_url);

	/*
	 * What every request shares is set once: curl_easy_reset() between
	 * requests would be simpler, but with libcurl 7.88 it leaks the
	 * COOKIEFILE list each time it is set again, which ASan reports.
	 */
	curl_easy_setopt(c->curl, CURLOPT_PATH_AS_IS, 1L);
	curl_easy_setopt(c->curl, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(c->curl, CURLOPT_COOKIEFILE, "");
	curl_easy_setopt(c->curl, CURLOPT_PROXY, "");
	curl_easy_setopt(c->curl, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c->curl, CURLOPT_TIMEOUT_MS,
			 s->valgrind ? 120000L : 30000L);
	curl_easy_setopt(c->curl, CURLOPT_USERAGENT, "leefbaar-http-test");
	curl_easy_setopt(c->curl, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c->curl, CURLOPT_HEADERFUNCTION, on_header);
	return c;
}

void client_free(struct client *c)
{
	if (!c)
		return;
	curl_easy_cleanup(c->curl);
	free(c->origin);
	free(c);
}

void client_set_origin(struct client *c, const char *origin)
{
	free(c->origin);
	c->origin = origin ? xstrdup(origin) : NULL;
}

void client_forget_cookies(struct client *c)
{
	curl_easy_setopt(c->curl, CURLOPT_COOKIELIST, "ALL");
}

char *client_cookie(struct client *c, const char *name)
{
	struct curl_slist *list = NULL, *l;
	char *value = NULL;

	if (curl_easy_getinfo(c->curl, CURLINFO_COOKIELIST, &list) != CURLE_OK)
		return NULL;
	/* Netscape format: domain, tailmatch, path, secure, expiry, name, value. */
	for (l = list; l && !value; l = l->next) {
		const char *f = l->data, *tab;
		int field;

		for (field = 0; field < 5 && f; field++) {
			f = strchr(f, '\t');
			if (f)
				f++;
		}
		if (!f)
			continue;
		tab = strchr(f, '\t');
		if (tab && (size_t)(tab - f) == strlen(name) &&
		    !memcmp(f, name, tab - f))
			value = xstrdup(tab + 1);
	}
	curl_slist_free_all(list);
	return value;
}

void response_free(struct response *r)
{
	size_t i;

	if (!r)
		return;
	for (i = 0; i < r->nheaders; i++) {
		free(r->headers[i].name);
		free(r->headers[i].value);
	}
	free(r->headers);
	free(r->body);
	free(r);
}

const char *response_header_nth(const struct response *r, const char *name,
				size_t nth)
{
	size_t i;

	if (!r)
		return NULL;
	for (i = 0; i < r->nheaders; i++)
		if (!strcasecmp(r->headers[i].name, name) && nth-- == 0)
			return r->headers[i].value;
	return NULL;
}

const char *response_header(const struct response *r, const char *name)
{
	return response_header_nth(r, name, 0);
}

/* What a transfer fills in while it runs. */
struct transfer {
	struct response *r;
	struct buf body;
	size_t alloc;		/* of r->headers */
};

static size_t on_body(char *p, size_t size, size_t n, void *ud)
{
	struct transfer *t = ud;

	buf_add(&t->body, p, size * n);
	return size * n;
}

static void clear_headers(struct response *r)
{
	size_t i;

	for (i = 0; i < r->nheaders; i++) {
		free(r->headers[i].name);
		free(r->headers[i].value);
	}
	r->nheaders = 0;
}

static int is_space(int c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

static size_t on_header(char *p, size_t size, size_t n, void *ud)
{
	struct transfer *t = ud;
	struct response *r = t->r;
	size_t len = size * n, nlen;
	const char *colon, *v, *end = p + len;

	/* An interim "HTTP/1.1 100 Continue" is followed by the real one. */
	if (len >= 5 && !memcmp(p, "HTTP/", 5)) {
		clear_headers(r);
		return len;
	}
	colon = memchr(p, ':', len);
	if (!colon)
		return len;	/* the empty line that ends the headers */
	nlen = colon - p;
	for (v = colon + 1; v < end && is_space(*v); v++)
		;
	while (end > v && is_space(end[-1]))
		end--;
	if (r->nheaders == t->alloc) {
		t->alloc = t->alloc ? 2 * t->alloc : 16;
		r->headers = xrealloc(r->headers,
				      t->alloc * sizeof(*r->headers));
	}
	r->headers[r->nheaders].name = xstrndup(p, nlen);
	r->headers[r->nheaders].value = xstrndup(v, end - v);
	r->nheaders++;
	return len;
}

/* 1 if extra_headers already sets the header called name. */
static int has_header(const char *const extra[], const char *name)
{
	size_t n = strlen(name);

	for (; extra && *extra; extra++)
		if (!strncasecmp(*extra, name, n) && (*extra)[n] == ':')
			return 1;
	return 0;
}

/*
 * The one place a request is made. Exactly one of body (len bytes, or a
 * zero-length body when body is "" and len 0) and mime may be given.
 */
static struct response *perform(struct client *c, const char *method,
				const char *path, const char *content_type,
				const void *body, size_t len,
				curl_mime *mime, const char *const extra[])
{
	struct response *r = xcalloc(1, sizeof(*r));
	struct transfer t = { r, BUF_INIT, 0 };
	struct curl_slist *hdrs = NULL;
	struct buf url = BUF_INIT, line = BUF_INIT;
	char errbuf[CURL_ERROR_SIZE] = "";
	const char *const *e;
	int safe = !strcmp(method, "GET") || !strcmp(method, "HEAD");
	CURL *h = c->curl;
	CURLcode rc;

	if (!strncmp(path, "http://", 7))
		buf_addstr(&url, path);
	else
		buf_addf(&url, "%s%s", c->server->base_url, path);
	curl_easy_setopt(h, CURLOPT_URL, url.buf);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &t);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, &t);
	/* Back to a plain GET; the method below changes what it needs. */
	curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, NULL);
	curl_easy_setopt(h, CURLOPT_NOBODY, 0L);
	curl_easy_setopt(h, CURLOPT_HTTPGET, 1L);

	for (e = extra; e && *e; e++)
		hdrs = curl_slist_append(hdrs, *e);
	if (!has_header(extra, "Accept"))
		hdrs = curl_slist_append(hdrs, "Accept: text/html,"
					 "application/xhtml+xml,*/*;q=0.8");
	if (!safe && c->origin && !has_header(extra, "Origin")) {
		buf_addf(&line, "Origin: %s", c->origin);
		hdrs = curl_slist_append(hdrs, line.buf);
		buf_reset(&line);
	}
	/* Browsers never wait for 100 Continue; neither do we. */
	if (!has_header(extra, "Expect"))
		hdrs = curl_slist_append(hdrs, "Expect:");
	if (body && !has_header(extra, "Content-Type")) {
		/* "Content-Type:" removes curl's form default. */
		buf_addf(&line, "Content-Type:%s%s", content_type ? " " : "",
			 content_type ? content_type : "");
		hdrs = curl_slist_append(hdrs, line.buf);
	}
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, hdrs);

	if (mime) {
		curl_easy_setopt(h, CURLOPT_MIMEPOST, mime);
		if (strcmp(method, "POST"))
			curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
	} else if (body) {
		curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE,
				 (curl_off_t)len);
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, body);
		if (strcmp(method, "POST"))
			curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
	} else if (!strcmp(method, "GET")) {
		/* already */
	} else if (!strcmp(method, "HEAD")) {
		curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
	} else {
		curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
	}

	rc = curl_easy_perform(h);
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r->status);
	curl_easy_getinfo(h, CURLINFO_NUM_CONNECTS, &r->num_connects);
	if (rc != CURLE_OK) {
		size_t n;

		/* Through a buf: a cut message is fine, a -Werror is not. */
		buf_reset(&line);
		buf_addf(&line, "%s %s: %s%s%s", method, path,
			 curl_easy_strerror(rc), *errbuf ? ": " : "", errbuf);
		n = line.len < sizeof(r->error) ? line.len :
			sizeof(r->error) - 1;
		memcpy(r->error, line.buf, n);
		r->error[n] = '\0';
		fprintf(stderr, "harness: %s (status %ld)\n", r->error,
			r->status);
	}
	r->len = t.body.len;
	r->body = buf_detach(&t.body, NULL);

	/* Nothing of this request may dangle into the next one. */
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
	curl_easy_setopt(h, CURLOPT_MIMEPOST, NULL);
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, NULL);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, NULL);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, NULL);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, NULL);

	curl_slist_free_all(hdrs);
	buf_release(&url);
	buf_release(&line);
	return r;
}

struct response *client_request(struct client *c, const char *method,
				const char *path, const char *content_type,
				const void *body, size_t len,
				const char *const extra_headers[])
{
	return perform(c, method, path, content_type, body, len, NULL,
		       extra_headers);
}

struct response *client_get(struct client *c, const char *path)
{
	return perform(c, "GET", path, NULL, NULL, 0, NULL, NULL);
}

struct response *client_getf(struct client *c, const char *fmt, ...)
{
	struct buf path = BUF_INIT;
	struct response *r;
	va_list ap;

	va_start(ap, fmt);
	buf_vaddf(&path, fmt, ap);
	va_end(ap);
	r = client_get(c, path.buf);
	buf_release(&path);
	return r;
}

struct response *client_api(struct client *c, const char *method, const char *path,
			    const char *token, const char *json, const char *csrf)
{
	struct buf auth = BUF_INIT, xcsrf = BUF_INIT;
	const char *headers[3] = { NULL, NULL, NULL };
	struct response *r;
	int n = 0;

	if (token) {
		buf_addf(&auth, "Authorization: Bearer %s", token);
		headers[n++] = auth.buf;
	}
	if (csrf) {
		buf_addf(&xcsrf, "X-CSRF-Token: %s", csrf);
		headers[n++] = xcsrf.buf;
	}
	r = client_request(c, method, path, json ? "application/json" : NULL,
			   json, json ? strlen(json) : 0, headers);
	buf_release(&auth);
	buf_release(&xcsrf);
	return r;
}

struct response *client_post_raw(struct client *c, const char *path,
				 const char *content_type,
				 const void *body, size_t len,
				 const char *const extra_headers[])
{
	/* A POST always has a body, if only an empty one (Content-Length: 0). */
	return perform(c, "POST", path, content_type, body ? body : "",
		       body ? len : 0, NULL, extra_headers);
}

void form_encode(struct buf *out, const char *const fields[])
{
	static const char hex[] = "0123456789ABCDEF";
	size_t i;

	/* application/x-www-form-urlencoded as the WHATWG URL spec has it. */
	for (i = 0; fields[i] && fields[i + 1]; i += 2) {
		int k;

		if (i)
			buf_addch(out, '&');
		for (k = 0; k < 2; k++) {
			const unsigned char *p;

			for (p = (const unsigned char *)fields[i + k]; *p; p++) {
				if ((*p >= 'a' && *p <= 'z') ||
				    (*p >= 'A' && *p <= 'Z') ||
				    (*p >= '0' && *p <= '9') ||
				    *p == '*' || *p == '-' || *p == '.' ||
				    *p == '_') {
					buf_addch(out, *p);
				} else if (*p == ' ') {
					buf_addch(out, '+');
				} else {
					buf_addch(out, '%');
					buf_addch(out, hex[*p >> 4]);
					buf_addch(out, hex[*p & 15]);
				}
			}
			if (!k)
				buf_addch(out, '=');
		}
	}
}

struct response *client_post_form(struct client *c, const char *path,
				  const char *const fields[])
{
	struct buf body = BUF_INIT;
	struct response *r;

	form_encode(&body, fields);
	r = perform(c, "POST", path, "application/x-www-form-urlencoded",
		    body.buf, body.len, NULL, NULL);
	buf_release(&body);
	return r;
}

struct response *client_post_multipart(struct client *c, const char *path,
				       const struct form_part parts[])
{
	curl_mime *mime = curl_mime_init(c->curl);
	struct response *r;
	size_t i;

	for (i = 0; parts[i].name; i++) {
		const struct form_part *p = &parts[i];
		curl_mimepart *mp = curl_mime_addpart(mime);

		curl_mime_name(mp, p->name);
		if (p->filename) {
			curl_mime_data(mp, p->value ? p->value : "", p->len);
			curl_mime_filename(mp, p->filename);
		} else {
			curl_mime_data(mp, p->value ? p->value : "",
				       CURL_ZERO_TERMINATED);
		}
		if (p->content_type)
			curl_mime_type(mp, p->content_type);
	}
	r = perform(c, "POST", path, NULL, NULL, 0, mime, NULL);
	curl_mime_free(mime);
	return r;
}

/* ---- scraping HTML ------------------------------------------------------ */

static void utf8_add(struct buf *out, unsigned long cp)
{
	if (cp < 0x80) {
		buf_addch(out, (char)cp);
	} else if (cp < 0x800) {
		buf_addch(out, (char)(0xC0 | (cp >> 6)));
		buf_addch(out, (char)(0x80 | (cp & 0x3F)));
	} else if (cp < 0x10000) {
		buf_addch(out, (char)(0xE0 | (cp >> 12)));
		buf_addch(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
		buf_addch(out, (char)(0x80 | (cp & 0x3F)));
	} else {
		buf_addch(out, (char)(0xF0 | (cp >> 18)));
		buf_addch(out, (char)(0x80 | ((cp >> 12) & 0x3F)));
		buf_addch(out, (char)(0x80 | ((cp >> 6) & 0x3F)));
		buf_addch(out, (char)(0x80 | (cp & 0x3F)));
	}
}

/* Decodes the entities ctemplate's escapers produce, and numeric ones. */
static char *entity_decode(const char *s, size_t n)
{
	static const struct { const char *name; char c; } named[] = {
		{ "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' },
		{ "quot;", '"' }, { "apos;", '\'' },
	};
	struct buf out = BUF_INIT;
	size_t i = 0, k;

	while (i < n) {
		if (s[i] != '&') {
			buf_addch(&out, s[i++]);
			continue;
		}
		for (k = 0; k < ARRAY_SIZE(named); k++) {
			size_t l = strlen(named[k].name);

			if (i + 1 + l <= n && !memcmp(s + i + 1, named[k].name, l)) {
				buf_addch(&out, named[k].c);
				i += 1 + l;
				break;
			}
		}
		if (k < ARRAY_SIZE(named))
			continue;
		if (i + 2 < n && s[i + 1] == '#') {
			size_t j = i + 2;
			int base = 10;
			unsigned long cp = 0;

			if (s[j] == 'x' || s[j] == 'X') {
				base = 16;
				j++;
			}
			while (j < n && s[j] != ';' && cp < 0x110000) {
				int c = ascii_lower((unsigned char)s[j]), d;

				if (c >= '0' && c <= '9')
					d = c - '0';
				else if (base == 16 && c >= 'a' && c <= 'f')
					d = c - 'a' + 10;
				else
					break;
				cp = cp * base + d;
				j++;
			}
			if (j < n && s[j] == ';' && cp && cp < 0x110000) {
				utf8_add(&out, cp);
				i = j + 1;
				continue;
			}
		}
		buf_addch(&out, s[i++]);
	}
	return buf_detach(&out, NULL);
}

struct attr {
	const char *name, *value;
	size_t nlen, vlen;
};

char *html_attr(const char *html, const char *tag, const char *match_attr,
		const char *match_value, const char *want_attr)
{
	size_t tlen = strlen(tag);
	const char *p = html;

	if (!html)
		return NULL;
	while ((p = strchr(p, '<'))) {
		struct attr attrs[64];
		size_t nattrs = 0, i;
		const char *want = NULL;
		size_t want_len = 0;
		int matched = 0;

		p++;
		if (!strncmp(p, "!--", 3)) {
			const char *end = strstr(p, "-->");

			if (!end)
				return NULL;
			p = end + 3;
			continue;
		}
		if (strncasecmp(p, tag, tlen) ||
		    !(is_space(p[tlen]) || p[tlen] == '>' || p[tlen] == '/'))
			continue;
		p += tlen;

		/* The attributes, up to the '>' that ends the tag. */
		while (*p && *p != '>') {
			struct attr a = { 0 };

			if (is_space(*p) || *p == '/') {
				p++;
				continue;
			}
			a.name = p;
			while (*p && !is_space(*p) && *p != '=' && *p != '>' &&
			       *p != '/')
				p++;
			a.nlen = p - a.name;
			while (is_space(*p))
				p++;
			if (*p == '=') {
				p++;
				while (is_space(*p))
					p++;
				if (*p == '"' || *p == '\'') {
					char q = *p++;

					a.value = p;
					while (*p && *p != q)
						p++;
					a.vlen = p - a.value;
					if (*p)
						p++;
				} else {
					a.value = p;
					while (*p && !is_space(*p) && *p != '>')
						p++;
					a.vlen = p - a.value;
				}
			} else {
				a.value = "";
			}
			if (!a.nlen) {
				p++;	/* a stray character: don't loop */
				continue;
			}
			if (nattrs < ARRAY_SIZE(attrs))
				attrs[nattrs++] = a;
		}

		for (i = 0; i < nattrs; i++) {
			const struct attr *a = &attrs[i];

			if (a->nlen == strlen(match_attr) &&
			    !strncasecmp(a->name, match_attr, a->nlen)) {
				char *v = entity_decode(a->value, a->vlen);

				matched = !strcmp(v, match_value);
				free(v);
			}
			if (a->nlen == strlen(want_attr) &&
			    !strncasecmp(a->name, want_attr, a->nlen)) {
				want = a->value;
				want_len = a->vlen;
			}
		}
		if (matched)
			return want ? entity_decode(want, want_len) : NULL;
	}
	return NULL;
}

char *html_input_value(const char *html, const char *name)
{
	return html_attr(html, "input", "name", name, "value");
}

/* ---- assertions --------------------------------------------------------- */

/* Prints what a failed assertion needs for context: error and body start. */
static void print_response(const struct response *r)
{
	const char *loc = response_header(r, "Location");
	int n = r->len > 600 ? 600 : (int)r->len;

	if (*r->error)
		print_error("  transfer error: %s\n", r->error);
	if (loc)
		print_error("  Location: %s\n", loc);
	print_error("  body (%zu bytes): %.*s%s\n", r->len, n, r->body,
		    (size_t)n < r->len ? "..." : "");
}

void assert_status_at(const struct response *r, long want,
		      const char *file, int line)
{
	if (!r) {
		print_error("%s:%d: no response\n", file, line);
		_fail(file, line);
	}
	if (r->status == want)
		return;
	print_error("%s:%d: status %ld, want %ld\n", file, line, r->status,
		    want);
	print_response(r);
	_fail(file, line);
}

/* The value of directive name in a CSP, or NULL; caller frees. */
static char *csp_directive(const char *csp, const char *name)
{
	size_t nlen = strlen(name);
	const char *p = csp;

	while (*p) {
		const char *end = strchr(p, ';');

		if (!end)
			end = p + strlen(p);
		while (p < end && is_space(*p))
			p++;
		if ((size_t)(end - p) >= nlen && !strncasecmp(p, name, nlen) &&
		    (p + nlen == end || is_space(p[nlen])))
			return xstrndup(p + nlen, end - p - nlen);
		p = *end ? end + 1 : end;
	}
	return NULL;
}

void assert_security_headers_at(const struct response *r,
				const char *file, int line)
{
	const char *csp, *nosniff, *referrer;
	int bad = 0;

	if (!r) {
		print_error("%s:%d: no response\n", file, line);
		_fail(file, line);
	}
	csp = response_header(r, "Content-Security-Policy");
	nosniff = response_header(r, "X-Content-Type-Options");
	referrer = response_header(r, "Referrer-Policy");

	if (!csp) {
		print_error("%s:%d: no Content-Security-Policy\n", file, line);
		bad = 1;
	} else {
		char *script = csp_directive(csp, "script-src");

		/* Without script-src, default-src governs scripts. */
		if (!script)
			script = csp_directive(csp, "default-src");
		if (!mem_find(csp, strlen(csp), "default-src 'self'", 1) ||
		    !mem_find(csp, strlen(csp), "frame-ancestors 'none'", 1) ||
		    (script && mem_find(script, strlen(script),
					"'unsafe-inline'", 1))) {
			print_error("%s:%d: weak Content-Security-Policy: %s\n",
				    file, line, csp);
			bad = 1;
		}
		free(script);
	}
	if (!nosniff || strcasecmp(nosniff, "nosniff")) {
		print_error("%s:%d: X-Content-Type-Options: %s\n", file, line,
			    nosniff ? nosniff : "(missing)");
		bad = 1;
	}
	if (!referrer || !*referrer) {
		print_error("%s:%d: no Referrer-Policy\n", file, line);
		bad = 1;
	}
	if (bad) {
		print_error("  (status %ld)\n", r->status);
		_fail(file, line);
	}
}

void assert_header_contains_at(const struct response *r, const char *name,
			       const char *needle, const char *file, int line)
{
	const char *v = response_header(r, name);

	if (v && mem_find(v, strlen(v), needle, 1))
		return;
	print_error("%s:%d: header %s: %s, want it to contain \"%s\"\n",
		    file, line, name, v ? v : "(missing)", needle);
	_fail(file, line);
}

void assert_body_contains_at(const struct response *r, const char *needle,
			     int nocase, const char *file, int line)
{
	if (r && mem_find(r->body, r->len, needle, nocase))
		return;
	print_error("%s:%d: body lacks \"%s\"%s\n", file, line, needle,
		    nocase ? " (ignoring case)" : "");
	if (r)
		print_response(r);
	_fail(file, line);
}

void assert_redirect_at(const struct response *r, const char *prefix,
			const char *file, int line)
{
	const char *loc = response_header(r, "Location");

	if (r && r->status == 303 && loc && !strncmp(loc, prefix, strlen(prefix)))
		return;
	print_error("%s:%d: want 303 to %s..., got %ld to %s\n", file, line, prefix,
		    r ? r->status : 0L, loc ? loc : "(none)");
	if (r)
		print_response(r);
	_fail(file, line);
}

long long assert_created_at(const struct response *r, const char *prefix,
			    const char *file, int line)
{
	const char *loc = response_header(r, "Location");
	long long id = 0;
	char *end = NULL;

	assert_redirect_at(r, prefix, file, line);
	id = strtoll(loc + strlen(prefix), &end, 10);
	if (id <= 0 || end == loc + strlen(prefix) || (*end && *end != '?' && *end != '#')) {
		print_error("%s:%d: Location %s holds no id after %s\n", file, line, loc, prefix);
		_fail(file, line);
	}
	return id;
}

void assert_tidy_at(const struct response *r, const char *file, int line)
{
	char path[] = "/tmp/leefbaar-tidy-XXXXXX";
	struct buf cmd = BUF_INIT;
	int fd = mkstemp(path), rc;

	if (fd < 0 || write(fd, r->body, r->len) != (ssize_t)r->len) {
		print_error("%s:%d: writing %s: %s\n", file, line, path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(path);
		}
		_fail(file, line);
	}
	close(fd);
	buf_addf(&cmd, "tidy -q -e %s >/dev/null 2>&1", path);
	rc = system(cmd.buf);
	if (rc != -1 && WIFEXITED(rc) && WEXITSTATUS(rc) == 2) {
		print_error("%s:%d: tidy found errors in the page:\n", file, line);
		buf_reset(&cmd);
		buf_addf(&cmd, "tidy -q -e %s 2>&1 | grep -i error | head -5 >&2", path);
		if (system(cmd.buf) != 0)
			print_error("(tidy could not be run again)\n");
		buf_release(&cmd);
		unlink(path);
		_fail(file, line);
	}
	buf_release(&cmd);
	unlink(path);
}

/* ---- reading answers ------------------------------------------------------ */

int response_contains(const struct response *r, const char *needle)
{
	return r && r->body && mem_find(r->body, r->len, needle, 0) != NULL;
}

cJSON *response_json(const struct response *r)
{
	const char *ct = response_header(r, "Content-Type");
	cJSON *j;

	if (!ct || strncmp(ct, "application/json", 16)) {
		print_error("Content-Type %s, want application/json (status %ld): %.300s\n",
			    ct ? ct : "(none)", r->status, r->body ? r->body : "");
		fail();
	}
	j = cJSON_ParseWithLength(r->body, r->len);
	if (!j) {
		print_error("not JSON (status %ld): %.300s\n", r->status, r->body);
		fail();
	}
	return j;
}

const char *json_str(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	if (!cJSON_IsString(v)) {
		char *text = cJSON_PrintUnformatted(o);

		print_error("\"%s\" is not a string in %.500s\n", key, text ? text : "(null)");
		free(text);
		fail();
	}
	return v->valuestring;
}

double json_num(const cJSON *o, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);

	if (!cJSON_IsNumber(v)) {
		char *text = cJSON_PrintUnformatted(o);

		print_error("\"%s\" is not a number in %.500s\n", key, text ? text : "(null)");
		free(text);
		fail();
	}
	return v->valuedouble;
}

char *read_whole_file(const char *path, size_t *len)
{
	struct buf b = BUF_INIT;
	FILE *f = fopen(path, "rb");

	if (!f) {
		print_error("%s: %s\n", path, strerror(errno));
		fail();
	}
	fclose(f);
	read_file_into(path, &b);
	return buf_detach(&b, len);
}

const unsigned char test_jpeg[161] = {
	0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
	0x00, 0x01, 0x00, 0x00, 0xff, 0xdb, 0x00, 0x43, 0x00, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
	0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
	0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
	0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01,
	0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0x01, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x08,
	0x00, 0x08, 0x01, 0x01, 0x11, 0x00, 0xff, 0xc4, 0x00, 0x14, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xc4, 0x00,
	0x14, 0x10, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
	0x00, 0x00, 0x00, 0x00, 0xff, 0xda, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x3f, 0xff,
	0xd9,
};

/* ---- raw sockets ---- */

int raw_connect(const struct server *s, const char *from)
{
	int fd = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons((uint16_t)s->port) };

	assert_true(fd >= 0);
	if (from) {
		struct sockaddr_in l = { .sin_family = AF_INET };
		assert_int_equal(inet_pton(AF_INET, from, &l.sin_addr), 1);
		assert_int_equal(bind(fd, (struct sockaddr *)&l, sizeof(l)), 0);
	}
	inet_pton(AF_INET, "127.0.0.1", &a.sin_addr);
	assert_int_equal(connect(fd, (struct sockaddr *)&a, sizeof(a)), 0);
	return fd;
}

void raw_send(int fd, const void *data, size_t n)
{
	const char *p = data;

	while (n) {
		ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		assert_true(w > 0);
		p += w;
		n -= (size_t)w;
	}
}

int raw_read_until_close(const struct server *s, int fd, struct buf *out, int wait_ms)
{
	long long deadline = now_ms() + (s->valgrind ? wait_ms * 6LL : wait_ms);
	char chunk[4096];

	for (;;) {
		long long left = deadline - now_ms();
		if (left <= 0)
			return 0;
		struct pollfd p = { .fd = fd, .events = POLLIN };
		int n = poll(&p, 1, (int)left);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return 0;
		ssize_t r = recv(fd, chunk, sizeof(chunk), 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return 1;
		buf_add(out, chunk, (size_t)r);
	}
}
