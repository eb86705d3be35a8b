/*
 * config.c - defaults, the ini reader (inih) and validation of every key.
 *
 * inih gives its handler no line number (Debian builds it without
 * INI_HANDLER_LINENO) and reports only the first failing line, so the handler
 * remembers the message of the first failing key and ini_parse's return value
 * supplies its line (later errors do not overwrite the first message).
 */
#include "config.h"
#include "domain/validate.h"

#include <errno.h>
#include <ini.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

enum kind { K_STR, K_INT, K_BOOL, K_PWHASH, K_LOGLEVEL, K_SMTPTLS };

struct key {
	const char *section, *name;
	enum kind kind;
	size_t off, size;   /* size: buffer size for K_STR */
	long min, max;
};

#define STR(sec, nm, field) { sec, nm, K_STR, offsetof(struct config, field), sizeof(((struct config *)0)->field), 0, 0 }
#define INT(sec, nm, field, lo, hi) { sec, nm, K_INT, offsetof(struct config, field), 0, lo, hi }
#define BOOL(sec, nm, field) { sec, nm, K_BOOL, offsetof(struct config, field), 0, 0, 1 }

static const struct key keys[] = {
	STR("server", "listen", listen),
	INT("server", "io_threads", io_threads, 1, 64),
	INT("server", "threads", threads, 1, 256),
	INT("server", "workers", workers, 1, 256),
	INT("server", "max_connections", max_connections, 1, 100000),
	INT("server", "max_connections_per_ip", max_connections_per_ip, 1, 100000),
	INT("server", "connection_memory_kb", connection_memory_kb, 32, 4096),
	INT("server", "connection_timeout", connection_timeout, 1, 3600),
	INT("server", "head_timeout", head_timeout, 1, 3600),
	INT("server", "max_body_kb", max_body_kb, 1, 1024 * 1024),
	INT("server", "max_header_kb", max_header_kb, 1, 1024),
	INT("server", "upload_file_mb", upload_file_mb, 1, 4096),
	INT("server", "upload_total_mb", upload_total_mb, 1, 16384),
	INT("server", "upload_files", upload_files, 0, 100),
	INT("server", "upload_pending_mb", upload_pending_mb, 0, 1024 * 1024),
	INT("server", "upload_pending_per_ip_mb", upload_pending_per_ip_mb, 0, 1024 * 1024),
	INT("server", "shutdown_grace", shutdown_grace, 0, 600),
	BOOL("server", "access_log", access_log),
	STR("server", "base_url", base_url),
	STR("server", "trusted_proxy", trusted_proxy),
	STR("database", "path", db_path),
	INT("database", "busy_timeout_ms", busy_timeout_ms, 0, 600000),
	STR("app", "data_dir", data_dir),
	STR("app", "templates_dir", templates_dir),
	STR("app", "static_dir", static_dir),
	STR("app", "migrations_dir", migrations_dir),
	STR("app", "organisation", organisation),
	STR("app", "telefoon", telefoon),
	STR("app", "email", email),
	INT("app", "sweep_seconds", sweep_seconds, 1, 3600),
	INT("notify", "bundle_minutes", notify_bundle_minutes, 0, 24 * 60),
	{ "app", "log_level", K_LOGLEVEL, offsetof(struct config, log_level), sizeof(((struct config *)0)->log_level), 0, 0 },
	INT("session", "idle_minutes", session_idle_minutes, 1, 24 * 60),
	INT("session", "absolute_hours", session_absolute_hours, 1, 24 * 30),
	BOOL("session", "secure_cookie", secure_cookie),
	{ "security", "pwhash", K_PWHASH, offsetof(struct config, pwhash), 0, 0, 0 },
	INT("security", "login_max_account", login_max_account, 1, 1000),
	INT("security", "login_max_ip", login_max_ip, 1, 100000),
	INT("security", "login_window_minutes", login_window_minutes, 1, 1440),
	INT("security", "melden_per_ip_hour", melden_per_ip_hour, 1, 100000),
	INT("security", "melden_min_seconds", melden_min_seconds, 0, 600),
	STR("smtp", "host", smtp_host),
	INT("smtp", "port", smtp_port, 1, 65535),
	{ "smtp", "tls", K_SMTPTLS, offsetof(struct config, smtp_tls), 0, 0, 0 },
	STR("smtp", "user", smtp_user),
	STR("smtp", "password", smtp_password),
	STR("smtp", "from", smtp_from),
	STR("smtp", "from_name", smtp_from_name),
	INT("smtp", "timeout", smtp_timeout, 1, 600),
	INT("smtp", "interval", smtp_interval, 1, 3600),
	INT("smtp", "max_attempts", smtp_max_attempts, 1, 100),
	STR("privacy", "statement_url", privacy_statement_url),
	STR("privacy", "statement_file", privacy_statement_file),
	INT("privacy", "meldingen_maanden", retentie_meldingen_maanden, 1, 1200),
	INT("privacy", "dossiers_maanden", retentie_dossiers_maanden, 1, 1200),
	INT("privacy", "doorverwijzingen_maanden", retentie_doorverwijzingen_maanden, 1, 1200),
	INT("privacy", "bijlagen_maanden", retentie_bijlagen_maanden, 1, 1200),
	INT("privacy", "mail_maanden", retentie_mail_maanden, 1, 1200),
	INT("privacy", "sessies_dagen", retentie_sessies_dagen, 1, 36500),
	INT("privacy", "audit_maanden", retentie_audit_maanden, 1, 1200),
	BOOL("privacy", "automatisch", retentie_automatisch),
	INT("privacy", "start_minuten", retentie_start_minuten, 0, 24 * 60),
};

void config_defaults(struct config *c)
{
	memset(c, 0, sizeof(*c));
	strcpy(c->listen, "127.0.0.1:8080");
	c->io_threads = 2;
	c->threads = 32;
	c->workers = 8;
	c->max_connections = 1024;
	c->max_connections_per_ip = 64;
	c->connection_memory_kb = 128;
	c->connection_timeout = 60;
	c->head_timeout = 15;
	c->max_body_kb = 1024;
	c->max_header_kb = 32;
	c->upload_file_mb = 25;
	c->upload_total_mb = 50;
	c->upload_files = 5;
	c->upload_pending_mb = 2048;
	c->upload_pending_per_ip_mb = 100;
	c->shutdown_grace = 10;
	c->access_log = 1;
	c->base_url[0] = '\0';
	strcpy(c->db_path, "");
	c->busy_timeout_ms = 5000;
	strcpy(c->data_dir, "./data");
	strcpy(c->templates_dir, "./templates");
	strcpy(c->static_dir, "./static");
	strcpy(c->migrations_dir, "./migrations");
	strcpy(c->organisation, "Woonstichting Voorbeeld");
	strcpy(c->log_level, "info");
	c->sweep_seconds = 60;
	c->notify_bundle_minutes = 5;
	c->session_idle_minutes = 30;
	c->session_absolute_hours = 12;
	c->secure_cookie = 0;
	c->pwhash = PWHASH_INTERACTIVE;
	c->login_max_account = 5;
	c->login_max_ip = 20;
	c->login_window_minutes = 15;
	c->melden_per_ip_hour = 20;
	c->melden_min_seconds = 3;
	c->smtp_host[0] = '\0';
	c->smtp_port = 587;
	c->smtp_tls = SMTP_TLS_STARTTLS;
	c->smtp_timeout = 30;
	c->smtp_interval = 30;
	c->smtp_max_attempts = 10;
	c->privacy_statement_url[0] = '\0';
	c->privacy_statement_file[0] = '\0';
	c->retentie_meldingen_maanden = 24;
	c->retentie_dossiers_maanden = 24;
	c->retentie_doorverwijzingen_maanden = 24;
	c->retentie_bijlagen_maanden = 12;
	c->retentie_mail_maanden = 3;
	c->retentie_sessies_dagen = 30;
	c->retentie_audit_maanden = 60;
	c->retentie_automatisch = 1;
	c->retentie_start_minuten = 60;
}

struct load_state {
	struct config *c;
	char err[256];      /* first error, without the line number */
};

static int set_key(struct config *c, const struct key *k, const char *v, char *err, size_t errlen)
{
	char *p = (char *)c + k->off;
	size_t vlen = strlen(v);

	/* inih silently cuts lines at 200 characters: refuse what reaches it. */
	if (vlen >= 190) {
		snprintf(err, errlen, "[%s] %s: value too long (inih cuts lines at 200 characters)", k->section, k->name);
		return -1;
	}
	switch (k->kind) {
	case K_STR:
		if (vlen >= k->size) {
			snprintf(err, errlen, "[%s] %s: value too long (max %zu)", k->section, k->name, k->size - 1);
			return -1;
		}
		memcpy(p, v, vlen + 1);
		return 0;
	case K_INT: {
		char *end;
		errno = 0;
		long n = strtol(v, &end, 10);
		if (errno || end == v || *end || n < k->min || n > k->max) {
			snprintf(err, errlen, "[%s] %s: expected a whole number from %ld to %ld, got \"%s\"",
				 k->section, k->name, k->min, k->max, v);
			return -1;
		}
		*(int *)p = (int)n;
		return 0;
	}
	case K_BOOL:
		if (!strcmp(v, "true") || !strcmp(v, "yes") || !strcmp(v, "1") || !strcmp(v, "on"))
			*(int *)p = 1;
		else if (!strcmp(v, "false") || !strcmp(v, "no") || !strcmp(v, "0") || !strcmp(v, "off"))
			*(int *)p = 0;
		else {
			snprintf(err, errlen, "[%s] %s: expected true or false, got \"%s\"", k->section, k->name, v);
			return -1;
		}
		return 0;
	case K_PWHASH:
		if (!strcmp(v, "interactive"))
			*(enum pwhash_strength *)p = PWHASH_INTERACTIVE;
		else if (!strcmp(v, "moderate"))
			*(enum pwhash_strength *)p = PWHASH_MODERATE;
		else if (!strcmp(v, "test"))
			*(enum pwhash_strength *)p = PWHASH_TEST;
		else {
			snprintf(err, errlen, "[%s] %s: expected interactive, moderate or test, got \"%s\"", k->section, k->name, v);
			return -1;
		}
		return 0;
	case K_LOGLEVEL:
		if (strcmp(v, "error") && strcmp(v, "warn") && strcmp(v, "info") && strcmp(v, "debug")) {
			snprintf(err, errlen, "[%s] %s: expected error, warn, info or debug, got \"%s\"", k->section, k->name, v);
			return -1;
		}
		memcpy(p, v, vlen + 1);
		return 0;
	case K_SMTPTLS:
		if (!strcmp(v, "none"))
			*(enum smtp_tls *)p = SMTP_TLS_NONE;
		else if (!strcmp(v, "starttls"))
			*(enum smtp_tls *)p = SMTP_TLS_STARTTLS;
		else if (!strcmp(v, "tls"))
			*(enum smtp_tls *)p = SMTP_TLS_IMPLICIT;
		else {
			snprintf(err, errlen, "[%s] %s: expected none, starttls or tls, got \"%s\"", k->section, k->name, v);
			return -1;
		}
		return 0;
	}
	return -1;
}

static int handler(void *user, const char *section, const char *name, const char *value)
{
	struct load_state *st = user;
	char err[sizeof(st->err)];

	if (!name)  /* a section header alone */
		return 1;
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		if (strcmp(keys[i].section, section) || strcmp(keys[i].name, name))
			continue;
		if (set_key(st->c, &keys[i], value, err, sizeof(err)) == 0)
			return 1;
		goto fail;
	}
	snprintf(err, sizeof(err), "unknown key [%s] %s", section, name);
fail:
	/* inih goes on after an error but reports the first line: keep its message. */
	if (!st->err[0])
		memcpy(st->err, err, sizeof(err));
	return 0;
}

int config_load(struct config *c, const char *path, int required)
{
	struct load_state st = { .c = c };
	FILE *f = fopen(path, "r");

	if (!f) {
		if (!required && errno == ENOENT)
			return 0;
		fprintf(stderr, "leefbaar: %s: %s\n", path, strerror(errno));
		return -1;
	}
	int rc = ini_parse_file(f, handler, &st);
	fclose(f);
	if (rc == 0)
		return 0;
	if (rc < 0) {
		fprintf(stderr, "leefbaar: %s: cannot read the file\n", path);
		return -1;
	}
	/* ini_parse returns the first failing line; our handler stops there too. */
	fprintf(stderr, "leefbaar: %s:%d: %s\n", path, rc,
		st.err[0] ? st.err : "syntax error (expected [section] or key = value)");
	return -1;
}

int config_check(const struct config *c)
{
	const char *colon = strrchr(c->listen, ':');
	char *end;

	if (!colon || colon == c->listen) {
		fprintf(stderr, "leefbaar: [server] listen: expected ADDRESS:PORT, got \"%s\"\n", c->listen);
		return -1;
	}
	/* The statement is linked from public pages: a web address, or a file that is there. */
	if (c->privacy_statement_url[0] && strncmp(c->privacy_statement_url, "https://", 8) &&
	    strncmp(c->privacy_statement_url, "http://", 7)) {
		fprintf(stderr, "leefbaar: [privacy] statement_url: expected an address starting with https://\n");
		return -1;
	}
	if (!c->privacy_statement_url[0] && c->privacy_statement_file[0] && access(c->privacy_statement_file, R_OK) < 0) {
		fprintf(stderr, "leefbaar: [privacy] statement_file: cannot read %s\n", c->privacy_statement_file);
		return -1;
	}
	long port = strtol(colon + 1, &end, 10);
	if (*end || port < 1 || port > 65535) {
		fprintf(stderr, "leefbaar: [server] listen: bad port in \"%s\"\n", c->listen);
		return -1;
	}
	if (c->upload_file_mb > c->upload_total_mb) {
		fprintf(stderr, "leefbaar: [server] upload_file_mb (%d) is larger than upload_total_mb (%d)\n",
			c->upload_file_mb, c->upload_total_mb);
		return -1;
	}
	if (!c->data_dir[0]) {
		fprintf(stderr, "leefbaar: [app] data_dir must not be empty\n");
		return -1;
	}
	if (c->smtp_host[0]) {
		/* The host becomes part of a URL: no room for a path, a user or spaces. */
		if (strpbrk(c->smtp_host, " /@?#\\")) {
			fprintf(stderr, "leefbaar: [smtp] host: expected a host name or address, got \"%s\"\n", c->smtp_host);
			return -1;
		}
		if (!email_valid(c->smtp_from)) {
			fprintf(stderr, "leefbaar: [smtp] from: a valid e-mail address is needed when host is set\n");
			return -1;
		}
	}
	if (c->email[0] && !email_valid(c->email)) {
		fprintf(stderr, "leefbaar: [app] email: expected an e-mail address, got \"%s\"\n", c->email);
		return -1;
	}
	return 0;
}
