/*
 * referrals.c - the demo's doorverwijzingen (cases.h): sending
 * one from a dossier and every later step, written as
 * app/referrals.c writes them - the referral and its
 * history, the dossier's timeline entry with the same label and text, the
 * notice to the organisation's contact address (marked sent), the audit
 * row - and the report the wijkteam attaches to its answer: a one-page PDF
 * made here and stored through store/files.h the way a partner's upload is,
 * so the portal's download serves it.
 */
#include "seed/cases.h"
#include "config.h"
#include "db/db.h"
#include "domain/amsterdam.h"
#include "domain/days.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "store/calendar.h"
#include "store/dossier.h"
#include "store/files.h"
#include "store/outbox.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The report the wijkteam sent, kept on disk; removed again when the load is rolled back. */
static char stored_file[FILES_NAME_LEN];

void seed_demo_discard(void)
{
	if (stored_file[0])
		files_remove(stored_file);
	stored_file[0] = '\0';
}

void case_files_forget(void)
{
	stored_file[0] = '\0';
}

/* ---- referrals (app/referrals.c) ---- */

/* "dd-mm-jjjj", as the referral pages write a due day. */
static const char *due_label(struct demo *d, int32_t day)
{
	char iso[DAYS_FORMAT_LEN];

	days_format(day, iso);
	return arena_printf(&d->arena, "%.2s-%.2s-%.4s", iso + 8, iso + 5, iso);
}

/* The notice to the organisation's contact address: who sent it, where to read it, when it is due. */
static int notice(struct demo *d, const struct referral_partner *p, int64_t id, int32_t due, int64_t op)
{
	struct buf subject = BUF_INIT, body = BUF_INIT;
	struct referral_notice n = {
		.organisation = demo_organisation(d), .partner_naam = p->naam, .antwoord_dag = due,
		.url = arena_printf(&d->arena, "%s/doorverwijzingen/%lld", demo_base_url(d), (long long)id),
	};
	int rc = -1;

	referral_notice_new(&n, &subject, &body);
	if (outbox_add(d->db, 0, "doorverwijzing", p->contact_email, subject.buf, body.buf, op) == STORE_OK &&
	    (!p->contact_email[0] || outbox_sent(d->db, db_last_id(d->db), op + 60) == STORE_OK))
		rc = 0;
	buf_release(&subject);
	buf_release(&body);
	return rc;
}

int case_refer(struct demo *d, struct case_state *cs, const struct case_action *a, enum demo_who who, int64_t op)
{
	const struct referral_partner *p = &d->cases->partner[a->arg];
	struct referral_new rn = {
		.dossier_id = cs->id, .partner_id = p->id, .user_id = d->user[who], .now = op, .reden = a->text,
		.vraag = a->text2, .gedeelde_informatie = a->text3, .termijn = p->termijn,
		.antwoord_dag = referral_due_day(&d->cal->cal, op, p->termijn),
	};
	int64_t id;

	if (cs->n_ref == CASE_ITEMS || referral_insert(d->db, &rn, &id) != STORE_OK ||
	    referral_event_add(d->db, id, op, rn.user_id, "verstuurd", "", NULL) != STORE_OK)
		return -1;
	cs->referral[cs->n_ref] = id;
	cs->ref_status[cs->n_ref] = RS_VERSTUURD;
	cs->ref_partner[cs->n_ref++] = (enum case_partner)a->arg;
	d->cases->n_referrals++;
	const char *text = arena_printf(&d->arena, "Doorverwijzing %lld aan %s (%s). Antwoord uiterlijk %s (%d werkdagen).\n"
					"Reden: %s\nVraag: %s\nGedeeld met de partner: %s", (long long)id, p->naam,
					partner_soort_labels[p->soort], due_label(d, rn.antwoord_dag), p->termijn,
					rn.reden, rn.vraag, rn.gedeelde_informatie);
	if (dossier_event_add(d->db, cs->id, op, rn.user_id, REFERRAL_TIMELINE_SENT, text) != STORE_OK ||
	    notice(d, p, id, rn.antwoord_dag, op) < 0)
		return -1;
	return demo_audit(d, who, "aangemaakt", "doorverwijzing", arena_printf(&d->arena, "%lld", (long long)id),
			  arena_printf(&d->arena, "dossier %s, aan %s", cs->ref, p->naam));
}

/* PDF text: Latin-1 through WinAnsiEncoding (octal escapes), the string delimiters escaped. */
static void pdf_text(struct buf *b, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	buf_addch(b, '(');
	for (; *p; p++) {
		if (*p == '(' || *p == ')' || *p == '\\') {
			buf_addch(b, '\\');
			buf_addch(b, (char)*p);
		} else if (*p == 0xc3 && p[1] >= 0x80 && p[1] <= 0xbf) {
			buf_addf(b, "\\%03o", (unsigned)(p[1] + 0x40));
			p++;
		} else if (*p < 0x80) {
			buf_addch(b, (char)*p);
		}
	}
	buf_addch(b, ')');
}

/* A one-page A4 PDF of the wijkteam's report: title, what it is about, the lines. */
static void report_pdf(struct demo *d, int64_t referral_id, int32_t day, struct buf *pdf)
{
	struct buf text = BUF_INIT;
	size_t off[7];

	buf_addstr(&text, "BT /F2 16 Tf 56 780 Td ");
	pdf_text(&text, case_report_title);
	buf_addstr(&text, " Tj ET\nBT /F1 11 Tf 15 TL 56 748 Td ");
	pdf_text(&text, arena_printf(&d->arena, "Doorverwijzing %lld van %s, huisbezoek op %s", (long long)referral_id,
				     demo_organisation(d), case_day_label(d, day)));
	buf_addstr(&text, " Tj T* T*");
	for (int i = 0; case_report_lines[i]; i++) {
		buf_addch(&text, ' ');
		pdf_text(&text, case_report_lines[i]);
		buf_addstr(&text, " Tj T*");
	}
	buf_addstr(&text, " ET\n");

	buf_addstr(pdf, "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n");
	off[1] = pdf->len;
	buf_addstr(pdf, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
	off[2] = pdf->len;
	buf_addstr(pdf, "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
	off[3] = pdf->len;
	buf_addstr(pdf, "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
		   " /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >> endobj\n");
	off[4] = pdf->len;
	buf_addf(pdf, "4 0 obj << /Length %zu >> stream\n%s\nendstream endobj\n", text.len, text.buf);
	off[5] = pdf->len;
	buf_addstr(pdf, "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >> endobj\n");
	off[6] = pdf->len;
	buf_addstr(pdf, "6 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >> endobj\n");
	size_t xref = pdf->len;
	buf_addstr(pdf, "xref\n0 7\n0000000000 65535 f \n");
	for (int i = 1; i < 7; i++)
		buf_addf(pdf, "%010zu 00000 n \n", off[i]);
	buf_addf(pdf, "trailer << /Size 7 /Root 1 0 R >>\nstartxref\n%zu\n%%%%EOF\n", xref);
	buf_release(&text);
}

/* Stores the report as the partner's upload would be stored (files_keep(): durable before its row). */
static int store_report(struct demo *d, int64_t referral_id, int32_t day, struct referral_file *f)
{
	struct buf pdf = BUF_INIT, tmp = BUF_INIT;
	int fd = -1, rc = -1;

	report_pdf(d, referral_id, day, &pdf);
	buf_addf(&tmp, "%s/tmp", d->cfg->data_dir);
	if (files_init(d->cfg->data_dir) < 0 || (mkdir(tmp.buf, 0750) < 0 && errno != EEXIST))
		goto out;
	buf_addstr(&tmp, "/demo-verslag-XXXXXX");
	if ((fd = mkstemp(tmp.buf)) < 0 || write(fd, pdf.buf, pdf.len) != (ssize_t)pdf.len) {
		log_error("demo: cannot write %s: %s", tmp.buf, strerror(errno));
		goto out;
	}
	close(fd);
	fd = -1;
	if (files_keep(tmp.buf, stored_file) < 0) {
		unlink(tmp.buf);
		goto out;
	}
	f->bestandsnaam = case_report_file;
	f->opslag = stored_file;
	f->mime = "application/pdf";
	f->grootte = (int64_t)pdf.len;
	rc = 0;
out:
	if (fd >= 0) {
		close(fd);
		unlink(tmp.buf);
	}
	buf_release(&pdf);
	buf_release(&tmp);
	return rc;
}

/* A partner's or case worker's step on the dossier's nth referral, with its history and timeline entry. */
int case_referral_step(struct demo *d, struct case_state *cs, const struct case_action *a, enum demo_who who,
		       int64_t op)
{
	static const enum referral_action kinds[] = {
		[CA_REF_ACCEPT] = RA_ACCEPTEREN, [CA_REF_DECLINE] = RA_AFWIJZEN, [CA_REF_ANSWER] = RA_REACTIE,
		[CA_REF_CLOSE] = RA_AFSLUITEN,
	};
	enum referral_action ra = kinds[a->kind];
	int n = a->arg, next;

	if (n >= cs->n_ref || (next = referral_next(cs->ref_status[n], ra)) < 0)
		return log_error("demo: dossier %s: referral step %s not possible", cs->ref, referral_action_ids[ra]);
	const struct referral_partner *p = &d->cases->partner[cs->ref_partner[n]];
	int64_t rid = cs->referral[n], uid = d->user[who], event_id = 0;
	const char *rs = arena_printf(&d->arena, "%lld", (long long)rid), *text;
	struct referral_file f = { .referral_id = rid, .van_partner = 1, .created_at = op };

	if (referral_step(d->db, rid, cs->ref_status[n], ra, op, uid, ra == RA_AFWIJZEN ? a->text : NULL) != STORE_OK ||
	    referral_event_add(d->db, rid, op, uid, referral_event_kinds[ra], ra == RA_AFWIJZEN || ra == RA_REACTIE ? a->text : "",
			       &event_id) != STORE_OK)
		return -1;
	cs->ref_status[n] = (enum referral_status)next;
	if (ra == RA_REACTIE && a->arg2) {
		/* The home visit the report is about: the werkdag before the answer. */
		int32_t visit = amsterdam_day(op) - 1;
		while (!werkdagen_is_workday(&d->cal->cal, visit))
			visit--;
		f.event_id = event_id;
		if (store_report(d, rid, visit, &f) < 0 || referral_file_add(d->db, &f, uid) != STORE_OK)
			return -1;
	}
	switch (ra) {
	case RA_ACCEPTEREN:
		text = arena_printf(&d->arena, "%s heeft doorverwijzing %s geaccepteerd.", p->naam, rs);
		break;
	case RA_AFWIJZEN:
		text = arena_printf(&d->arena, "%s heeft doorverwijzing %s afgewezen.\nReden: %s", p->naam, rs, a->text);
		break;
	case RA_REACTIE:
		text = arena_printf(&d->arena, "%s op doorverwijzing %s:\n%s%s", p->naam, rs, a->text,
				    a->arg2 ? "\nMet een bestand (pdf)." : "");
		break;
	default:
		text = arena_printf(&d->arena, "Doorverwijzing %s aan %s is afgesloten.", rs, p->naam);
		break;
	}
	if (dossier_event_add(d->db, cs->id, op, uid, referral_timeline_labels[ra], text) != STORE_OK)
		return -1;
	return demo_audit(d, who, "gewijzigd", "doorverwijzing", rs, referral_action_ids[ra]);
}
