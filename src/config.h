/*
 * config.h - the runtime configuration: built-in defaults, then an ini file
 * (./config.ini or --config), then command-line flags.
 *
 * Every key is documented with its default in config.example.ini; the table
 * in config.c is the single list of keys, so an unknown key is an error.
 */
#ifndef LEEFBAAR_CONFIG_H
#define LEEFBAAR_CONFIG_H

#include <stddef.h>

enum pwhash_strength { PWHASH_INTERACTIVE, PWHASH_MODERATE, PWHASH_TEST };

/* [smtp] tls: plain, STARTTLS after connecting (port 587), or TLS from the start (465). */
enum smtp_tls { SMTP_TLS_NONE, SMTP_TLS_STARTTLS, SMTP_TLS_IMPLICIT };

struct config {
	/* [server] */
	char listen[64];
	int io_threads;         /* libmicrohttpd's: read requests, write answers */
	int threads;            /* request handlers (lib/jobs.h) */
	int workers;            /* handlers at work at once (lib/slots.h); at most threads */
	int max_connections;
	int max_connections_per_ip;
	int connection_memory_kb;
	int connection_timeout;     /* seconds an idle connection is kept */
	int head_timeout;           /* seconds a request head (or keep-alive wait) may take */
	int max_body_kb;            /* url-encoded and JSON bodies */
	int max_header_kb;
	int upload_file_mb;
	int upload_total_mb;
	int upload_files;
	int upload_pending_mb;        /* files of refused forms held, all together ... */
	int upload_pending_per_ip_mb; /* ... and from one anonymous address */
	int shutdown_grace;         /* seconds to finish in-flight requests */
	int access_log;
	char base_url[256];
	char trusted_proxy[64];
	/* [database] */
	char db_path[512];
	int busy_timeout_ms;
	/* [app] */
	char data_dir[512];
	char templates_dir[512];
	char static_dir[512];
	char migrations_dir[512];
	char organisation[128];
	char telefoon[40];          /* the team's phone number for partners and melders; empty: not shown */
	char email[256];            /* the team's e-mail address for melders (status page, messages); empty: not shown */
	char log_level[16];
	int sweep_seconds;          /* how often held uploads expire (app/sweep.c) */
	int notify_bundle_minutes;  /* [notify] bundle_minutes: notification mail waits this long, then bundles */
	/* [session] */
	int session_idle_minutes;
	int session_absolute_hours;
	int secure_cookie;
	/* [security] */
	enum pwhash_strength pwhash;
	int login_max_account;      /* failures per account per window */
	int login_max_ip;           /* failures per IP per window */
	int login_window_minutes;
	int melden_per_ip_hour;     /* public submissions per IP per hour */
	int melden_min_seconds;     /* minimum fill time of the public form */
	/* [smtp]: empty host = no mail is sent; messages stay in the outbox */
	char smtp_host[256];
	int smtp_port;
	enum smtp_tls smtp_tls;
	char smtp_user[128];
	char smtp_password[128];
	char smtp_from[256];        /* envelope and From address */
	char smtp_from_name[128];   /* empty: [app] organisation */
	int smtp_timeout;           /* seconds for one message */
	int smtp_interval;          /* seconds between looks at the outbox */
	int smtp_max_attempts;      /* then the message is given up (laatste_fout says why) */
	/* [privacy]: the privacy statement and the retention terms (app/privacy.h) */
	char privacy_statement_url[256];   /* the forms link here when set */
	char privacy_statement_file[512];  /* else /privacy shows this text file (empty: a built-in text) */
	int retentie_meldingen_maanden;    /* closed meldingen, after closing */
	int retentie_dossiers_maanden;     /* closed dossiers, after closing */
	int retentie_doorverwijzingen_maanden;   /* closed referrals, after closing */
	int retentie_bijlagen_maanden;     /* files of closed meldingen, after closing */
	int retentie_mail_maanden;         /* mail not about a melding (staff, partners), after queueing */
	int retentie_sessies_dagen;        /* ended sessions and failed logins */
	int retentie_audit_maanden;        /* audit rows: address and detail emptied */
	int retentie_automatisch;          /* the server runs the retention daily */
	int retentie_start_minuten;        /* minutes after start before its first run */
};

/* Fills in the built-in defaults. */
void config_defaults(struct config *c);

/*
 * Reads an ini file over the current values. Returns 0, or -1 after printing
 * "FILE:LINE: message" naming the key for an unknown key, a bad value or a
 * line the parser refused. A missing file is an error only if `required`.
 */
int config_load(struct config *c, const char *path, int required);

/* Checks cross-field constraints; -1 with a message on stderr. */
int config_check(const struct config *c);

#endif
