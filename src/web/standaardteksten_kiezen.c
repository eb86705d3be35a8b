/*
 * standaardteksten_kiezen.c - the choice of a standard text in the message
 * forms of the staff melding page, and the chosen text filled in for the
 * form's textarea (see web/melder.h).
 *
 * The choice is a GET form of its own (templates/melding_standaardtekst.tpl)
 * that reloads the melding page with ?standaardtekst=ID&stap=STAP and the
 * form's anchor, so it works without script; the page then fills that
 * form's textarea with standaardtekst_prefill(), which staff edit before
 * sending. Only texts the form offers are filled in: another category's,
 * another step's or an inactive text gives NULL, as does any other request.
 */
#include "web/melder.h"
#include "app/standaardteksten.h"
#include "config.h"
#include "db/db.h"
#include "http/http.h"
#include "http/input.h"
#include "render/tpl.h"
#include "store/melding.h"

#include <string.h>

/* The form's word in the page's element ids: bevestigen-titel, terugkoppelen-titel, afsluiten-titel. */
static const char *const form_words[STAP__MAX] = {
	[STAP_BEVESTIGING] = "bevestigen",
	[STAP_TERUGKOPPELING] = "terugkoppelen",
	[STAP_AFSLUITING] = "afsluiten",
};

/* The text this request asks for in the form of stap: 1 and *id, else 0. */
static int asked(struct req *req, const char *stap, int64_t *id)
{
	/* Only the page's GET declares the fields; a failed POST re-renders with its own input. */
	if (req->meth != HTTP_GET || !stap)
		return 0;
	const char *s = input_text(req, "stap");
	return s && !strcmp(s, stap) && input_value(req, "standaardtekst", id);
}

void standaardtekst_picker(struct req *req, struct tpl_dict *form, const struct melding *m, const char *stap)
{
	int s = stap ? tekst_stap_parse(stap) : -1;
	struct standaardtekst *ts;
	int64_t chosen = 0;

	if (s < 0 || !form || !m)
		return;
	int n = standaardteksten_voor(db_thread(), &req->arena, m, (enum tekst_stap)s, &ts);
	/* Nothing to offer (or a failed read): the form stays as it was, a plain textarea. */
	if (n <= 0)
		return;
	asked(req, stap, &chosen);
	struct tpl_dict *p = tpl_include(form, "STANDAARDTEKST", "melding_standaardtekst.tpl");
	tpl_setf(p, "ACTION", "/meldingen/%lld#%s-titel", (long long)m->id, form_words[s]);
	tpl_set(p, "STAP", tekst_stap_ids[s]);
	tpl_set(p, "PREFIX", form_words[s]);
	for (int i = 0; i < n; i++) {
		struct tpl_dict *o = tpl_section(p, "OPTION");
		tpl_set_int(o, "VALUE", ts[i].id);
		tpl_set(o, "LABEL", ts[i].titel);
		if (ts[i].id == chosen)
			tpl_show(o, "SELECTED");
	}
}

const char *standaardtekst_prefill(struct req *req, const struct melding *m, const char *stap)
{
	int s = stap ? tekst_stap_parse(stap) : -1;
	int64_t id;
	const char *out;

	if (s < 0 || !m || !asked(req, stap, &id))
		return NULL;
	const struct standaardtekst_org org = {
		.organisatie = req->cfg->organisation, .telefoon = req->cfg->telefoon, .email = req->cfg->email,
	};
	if (standaardteksten_invullen(db_thread(), &req->arena, m, (enum tekst_stap)s, id, &org, &out) != APP_OK)
		return NULL;
	return out;
}
