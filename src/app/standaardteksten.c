/*
 * standaardteksten.c - the standard texts for one melding (see
 * standaardteksten.h).
 */
#include "app/standaardteksten.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "store/melding.h"

#include <string.h>

void standaardteksten_facts(const struct melding *m, const struct standaardtekst_org *org,
			    struct standaardtekst_facts *f)
{
	memset(f, 0, sizeof(*f));
	f->meldnummer = m->referentie;
	f->categorie = m->categorie_naam;
	f->adres = m->adres_tekst;
	f->ontvangen_dag = m->ontvangen_dag;
	f->uiterlijk_dag = m->due.terugkoppelen;
	f->organisatie = org->organisatie;
	f->telefoon = org->telefoon;
	f->email = org->email;
}

int standaardteksten_voor(struct db *db, struct arena *a, const struct melding *m, enum tekst_stap stap,
			  struct standaardtekst **out)
{
	*out = NULL;
	if (!db || (unsigned)stap >= STAP__MAX)
		return -1;
	return standaardtekst_for(db, a, m->category_id, stap, out);
}

enum app_result standaardteksten_invullen(struct db *db, struct arena *a, const struct melding *m,
					  enum tekst_stap stap, int64_t id, const struct standaardtekst_org *org,
					  const char **out)
{
	struct standaardtekst t;
	struct standaardtekst_facts f;

	*out = NULL;
	if (!db)
		return APP_UNAVAILABLE;
	switch (standaardtekst_get(db, a, id, &t)) {
	case STORE_OK:
		break;
	case STORE_NOTFOUND:
		return APP_NOT_FOUND;
	default:
		return APP_UNAVAILABLE;
	}
	/* Only what the form would offer: this step, active, this category or every one. */
	if (t.stap != stap || !t.actief || (t.category_id && t.category_id != m->category_id))
		return APP_NOT_FOUND;
	struct buf b = BUF_INIT;
	standaardteksten_facts(m, org, &f);
	standaardtekst_expand(t.tekst, &f, &b);
	*out = arena_strdup(a, b.buf);
	buf_release(&b);
	return APP_OK;
}
