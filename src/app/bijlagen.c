/*
 * bijlagen.c - staff captions on attachments (see bijlagen.h).
 */
#include "app/bijlagen.h"
#include "db/db.h"
#include "domain/fields.h"
#include "lib/buf.h"
#include "store/audit.h"
#include "store/melding.h"

#include <stdio.h>
#include <string.h>

static int is_space(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

enum app_result bijlage_bijschrift(struct db *db, const struct actor *who, const struct melding *m,
				   int64_t bijlage_id, const char *tekst, struct field_errors *errs)
{
	struct buf b = BUF_INIT;
	enum app_result r = APP_UNAVAILABLE;
	size_t chars = 0;
	char detail[64];

	memset(errs, 0, sizeof(*errs));
	if (!tekst)
		tekst = "";
	while (is_space((unsigned char)*tekst))
		tekst++;
	size_t n = strlen(tekst);
	while (n && is_space((unsigned char)tekst[n - 1]))
		n--;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = (unsigned char)tekst[i];
		if ((c & 0xC0) != 0x80)
			chars++;   /* a UTF-8 lead byte: one character (the input stage checked the encoding) */
		if (c < 0x20 || c == 0x7F) {
			field_error_add(errs, "bijschrift", "Schrijf het bijschrift op één regel.");
			return APP_INVALID;
		}
	}
	if (chars > BIJSCHRIFT_MAX) {
		field_error_add(errs, "bijschrift", "Maak het bijschrift korter: ten hoogste 300 tekens.");
		return APP_INVALID;
	}
	buf_add(&b, tekst, n);
	if (db_begin(db) < 0)
		goto out;
	enum store_result s = attachment_set_bijschrift(db, m->id, bijlage_id, b.buf);
	if (s == STORE_NOTFOUND) {
		db_rollback(db);
		r = APP_NOT_FOUND;
		goto out;
	}
	snprintf(detail, sizeof(detail), "bijschrift bijlage %lld", (long long)bijlage_id);
	if (s != STORE_OK || audit_record(db, who, "gewijzigd", "bijlage", m->referentie, detail) < 0) {
		db_rollback(db);
		goto out;
	}
	if (db_commit(db) < 0)
		goto out;
	r = APP_OK;
out:
	buf_release(&b);
	return r;
}
