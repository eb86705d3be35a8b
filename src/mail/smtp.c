/*
 * smtp.c - composing one e-mail and sending it with libcurl (see smtp.h).
 */
#include "mail/smtp.h"
#include "config.h"
#include "domain/amsterdam.h"
#include "domain/days.h"

#include <curl/curl.h>
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#define LINE_MAX_QP 76
#define LINE_MAX_HDR 76

/* ---- encoding ---------------------------------------------------------- */

static int is_continuation(unsigned char c)
{
	return (c & 0xC0) == 0x80;
}

void smtp_encode_words(struct buf *out, const char *text, size_t used)
{
	static const char pre[] = "=?UTF-8?B?", post[] = "?=";
	const size_t overhead = sizeof(pre) - 1 + sizeof(post) - 1;
	size_t len = strlen(text), off = 0;
	size_t room = used < LINE_MAX_HDR ? LINE_MAX_HDR - used : 0;

	while (off < len) {
		/* Whole base64 quads only; a word must hold one 4-byte character at least. */
		size_t max = room > overhead ? (room - overhead) / 4 * 3 : 0;
		if (max < 6) {
			if (off || used) {
				buf_addstr(out, "\r\n ");
				room = LINE_MAX_HDR - 1;
				continue;
			}
			max = 6;
		}
		size_t n = len - off < max ? len - off : max;
		/* Never split a character: back up to the start of the one that straddles. */
		while (n > 0 && off + n < len && is_continuation((unsigned char)text[off + n]))
			n--;
		if (n == 0)   /* a run of continuation bytes (invalid UTF-8): take them as they are */
			n = len - off < max ? len - off : max;

		char b64[sodium_base64_ENCODED_LEN(LINE_MAX_HDR, sodium_base64_VARIANT_ORIGINAL)];
		sodium_bin2base64(b64, sizeof(b64), (const unsigned char *)text + off, n,
				  sodium_base64_VARIANT_ORIGINAL);
		buf_addstr(out, pre);
		buf_addstr(out, b64);
		buf_addstr(out, post);
		off += n;
		if (off < len) {
			/* Whitespace between encoded words is dropped when decoding: fold freely. */
			buf_addstr(out, "\r\n ");
			room = LINE_MAX_HDR - 1;
		}
	}
}

void smtp_encode_qp(struct buf *out, const char *text)
{
	const unsigned char *p = (const unsigned char *)text;
	size_t col = 0;

	for (; *p; p++) {
		char tok[4];
		size_t tl;

		if (*p == '\r' && p[1] == '\n')
			continue;
		if (*p == '\n') {
			buf_addstr(out, "\r\n");
			col = 0;
			continue;
		}
		int at_eol = p[1] == '\0' || p[1] == '\n' || (p[1] == '\r' && p[2] == '\n');
		if ((*p >= 33 && *p <= 126 && *p != '=') || ((*p == ' ' || *p == '\t') && !at_eol)) {
			tok[0] = (char)*p;
			tl = 1;
		} else {
			snprintf(tok, sizeof(tok), "=%02X", *p);
			tl = 3;
		}
		/* Room for the token and, should more follow, the '=' of a soft break. */
		if (col + tl > LINE_MAX_QP - 1) {
			buf_addstr(out, "=\r\n");
			col = 0;
		}
		buf_add(out, tok, tl);
		col += tl;
	}
}

void smtp_format_date(int64_t t, char out[SMTP_DATE_LEN])
{
	static const char *const wd[7] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
	static const char *const mon[12] = {
		"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
	};
	int off = amsterdam_offset(t);
	int64_t local = t + off;
	int64_t dn = local >= 0 ? local / 86400 : -((-local + 86399) / 86400);
	int64_t secs = local - dn * 86400;
	int y, m, d;

	days_to_civil((int32_t)dn, &y, &m, &d);
	snprintf(out, SMTP_DATE_LEN, "%s, %02d %s %04d %02d:%02d:%02d +%02d%02d", wd[days_weekday((int32_t)dn)], d,
		 mon[(m - 1) % 12], y, (int)(secs / 3600), (int)(secs / 60 % 60), (int)(secs % 60), off / 3600,
		 off / 60 % 60);
}

int smtp_address_ok(const char *s)
{
	size_t n = s ? strlen(s) : 0;

	if (!n || n > 254 || !strchr(s, '@'))
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p <= 0x20 || *p == 0x7f || *p == '<' || *p == '>')
			return 0;
	return 1;
}

static int printable_ascii(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p > 0x7e)
			return 0;
	return 1;
}

static int has_control(const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			return 1;
	return 0;
}

int smtp_compose(const struct mail *m, struct buf *out)
{
	char date[SMTP_DATE_LEN];

	if (!smtp_address_ok(m->from) || !smtp_address_ok(m->to) || !smtp_address_ok(m->message_id) ||
	    has_control(m->subject) || (m->from_name && has_control(m->from_name)))
		return -1;
	smtp_format_date(m->date, date);
	buf_addf(out, "Date: %s\r\n", date);

	buf_addstr(out, "From: ");
	if (m->from_name && m->from_name[0]) {
		if (printable_ascii(m->from_name)) {
			/* A quoted-string: only \ and " need escaping. */
			buf_addch(out, '"');
			for (const char *p = m->from_name; *p; p++) {
				if (*p == '"' || *p == '\\')
					buf_addch(out, '\\');
				buf_addch(out, *p);
			}
			buf_addch(out, '"');
		} else {
			smtp_encode_words(out, m->from_name, 6);
		}
		buf_addf(out, " <%s>\r\n", m->from);
	} else {
		buf_addf(out, "%s\r\n", m->from);
	}
	buf_addf(out, "To: %s\r\n", m->to);
	/* Always encoded, so a subject in any language arrives as it was written. */
	buf_addstr(out, "Subject: ");
	smtp_encode_words(out, m->subject, 9);
	buf_addstr(out, "\r\n");
	buf_addf(out, "Message-ID: <%s>\r\n", m->message_id);
	buf_addstr(out, "MIME-Version: 1.0\r\n"
		   "Content-Type: text/plain; charset=utf-8\r\n"
		   "Content-Transfer-Encoding: quoted-printable\r\n"
		   "Auto-Submitted: auto-generated\r\n"
		   "\r\n");
	smtp_encode_qp(out, m->body);
	if (out->len < 2 || memcmp(out->buf + out->len - 2, "\r\n", 2))
		buf_addstr(out, "\r\n");
	return 0;
}

/* ---- sending ------------------------------------------------------------- */

struct reader {
	const char *data;
	size_t len, off;
};

static size_t read_cb(char *dst, size_t size, size_t nmemb, void *ctx)
{
	struct reader *r = ctx;
	size_t want = size * nmemb, left = r->len - r->off;
	size_t n = want < left ? want : left;

	memcpy(dst, r->data + r->off, n);
	r->off += n;
	return n;
}

struct cancel {
	smtp_cancel_fn fn;
	void *ctx;
};

static int progress_cb(void *ctx, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow)
{
	struct cancel *c = ctx;
	(void)dltotal, (void)dlnow, (void)ultotal, (void)ulnow;
	return c->fn && c->fn(c->ctx) ? 1 : 0;
}

/*
 * Every wait of one message within [smtp] timeout seconds, and an abort
 * that takes. Measured with libcurl 7.88 and a server that stalls after
 * DATA: CURLOPT_TIMEOUT ends the transfer, but the connection stays in
 * libcurl's cache and curl_easy_cleanup() then sends QUIT and waits for
 * the answer up to 120 s (the "server response" wait, which ignores the
 * total timeout and, run from the cache's own handle, our abort callback).
 * That is what held a shutdown for 99 s. So: no reuse, which closes the
 * connection inside the transfer where the abort callback is asked each
 * second, and every server response waited for at most the timeout.
 */
static void set_timeouts(CURL *h, int timeout_s)
{
	curl_easy_setopt(h, CURLOPT_FORBID_REUSE, 1L);
	long total_ms = (long)timeout_s * 1000;
	long stall_s = timeout_s < 30 ? timeout_s : 30;

	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, total_ms < 10000 ? total_ms : 10000L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, total_ms);
	curl_easy_setopt(h, CURLOPT_SERVER_RESPONSE_TIMEOUT, (long)timeout_s);
	/* Under 16 bytes a second for stall_s seconds: a trickle is a stall too. */
	curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 16L);
	curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, stall_s);
}

int smtp_send(const struct config *cfg, const char *from, const char *to, const struct buf *message,
	      smtp_cancel_fn cancel, void *cancel_ctx, char *err, size_t errlen)
{
	struct buf url = BUF_INIT, mail_from = BUF_INIT, rcpt = BUF_INIT;
	struct reader rd = { message->buf, message->len, 0 };
	struct cancel cn = { cancel, cancel_ctx };
	struct curl_slist *rcpts = NULL;
	char errbuf[CURL_ERROR_SIZE] = "";
	int rc = -1;

	err[0] = '\0';
	if (!smtp_address_ok(from) || !smtp_address_ok(to)) {
		snprintf(err, errlen, "ongeldig adres");
		return -1;
	}
	CURL *h = curl_easy_init();
	if (!h) {
		snprintf(err, errlen, "libcurl kon niet starten");
		return -1;
	}
	/* The URL's path is the name we greet with (EHLO): the sender's domain. */
	const char *host = cfg->smtp_host;
	int bracket = strchr(host, ':') && host[0] != '[';
	buf_addf(&url, "%s://%s%s%s:%d/%s", cfg->smtp_tls == SMTP_TLS_IMPLICIT ? "smtps" : "smtp",
		 bracket ? "[" : "", host, bracket ? "]" : "", cfg->smtp_port, strchr(from, '@') + 1);
	buf_addf(&mail_from, "<%s>", from);
	buf_addf(&rcpt, "<%s>", to);
	rcpts = curl_slist_append(NULL, rcpt.buf);

	curl_easy_setopt(h, CURLOPT_URL, url.buf);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
	curl_easy_setopt(h, CURLOPT_USE_SSL, (long)(cfg->smtp_tls == SMTP_TLS_NONE ? CURLUSESSL_NONE : CURLUSESSL_ALL));
	if (cfg->smtp_user[0]) {
		curl_easy_setopt(h, CURLOPT_USERNAME, cfg->smtp_user);
		curl_easy_setopt(h, CURLOPT_PASSWORD, cfg->smtp_password);
	}
	curl_easy_setopt(h, CURLOPT_MAIL_FROM, mail_from.buf);
	curl_easy_setopt(h, CURLOPT_MAIL_RCPT, rcpts);
	curl_easy_setopt(h, CURLOPT_READFUNCTION, read_cb);
	curl_easy_setopt(h, CURLOPT_READDATA, &rd);
	curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
	/* A thread of its own: no SIGALRM for DNS timeouts, and bounded waits. */
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	set_timeouts(h, cfg->smtp_timeout);
	curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
	curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, progress_cb);
	curl_easy_setopt(h, CURLOPT_XFERINFODATA, &cn);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);

	CURLcode res = curl_easy_perform(h);
	if (res == CURLE_OK) {
		rc = 0;
	} else {
		long code = 0;
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
		const char *why = res == CURLE_ABORTED_BY_CALLBACK ? "afgebroken: de server stopt"
				  : errbuf[0] ? errbuf : curl_easy_strerror(res);
		if (code >= 400)
			snprintf(err, errlen, "SMTP %ld: %s", code, why);
		else
			snprintf(err, errlen, "%s", why);
	}
	curl_slist_free_all(rcpts);
	curl_easy_cleanup(h);
	buf_release(&url);
	buf_release(&mail_from);
	buf_release(&rcpt);
	return rc;
}
