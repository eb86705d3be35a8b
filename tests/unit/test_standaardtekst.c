/*
 * test_standaardtekst.c - the standard texts' placeholders
 * (domain/standaardtekst.h, app/standaardteksten.h), table-driven: every
 * placeholder filled, a melding without an address, the phone and e-mail
 * stand-ins, unknown placeholders left as they are and named once each,
 * the greeting and closing refused, and the melder's name never put in by
 * a text (there is no {naam}; the greeting is the message's).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "app/standaardteksten.h"
#include "domain/days.h"
#include "domain/standaardtekst.h"
#include "lib/buf.h"
#include "store/melding.h"

static struct standaardtekst_facts facts(void)
{
	return (struct standaardtekst_facts){
		.meldnummer = "M-2026-000123", .categorie = "Overlast: geluid",
		.adres = "Kerkstraat 22, 9991 AA Voorbeeldstad",
		.ontvangen_dag = days_from_civil(2026, 3, 2), .uiterlijk_dag = days_from_civil(2026, 3, 16),
		.organisatie = "Woonstichting Voorbeeld", .telefoon = "0591 123 456", .email = "overlast@voorbeeld.example",
	};
}

static char *expand(const char *tekst, const struct standaardtekst_facts *f)
{
	struct buf b = BUF_INIT;

	standaardtekst_expand(tekst, f, &b);
	return buf_detach(&b, NULL);
}

static void test_every_placeholder(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "{meldnummer}", "M-2026-000123" },
		{ "{categorie}", "Overlast: geluid" },
		{ "{adres}", "Kerkstraat 22, 9991 AA Voorbeeldstad" },
		{ "{ontvangen}", "maandag 2 maart 2026" },
		{ "{uiterlijk}", "maandag 16 maart 2026" },
		{ "{organisatie}", "Woonstichting Voorbeeld" },
		{ "{telefoon}", "0591 123 456" },
		{ "{email}", "overlast@voorbeeld.example" },
		{ "Uw melding {meldnummer} van {ontvangen}.", "Uw melding M-2026-000123 van maandag 2 maart 2026." },
		{ "{meldnummer}{meldnummer}", "M-2026-000123M-2026-000123" },
		/* Not placeholders: braces around nothing, a space, an unclosed one, text as it is. */
		{ "{} { meldnummer} {meldnummer", "{} { meldnummer} {meldnummer" },
		{ "", "" },
	};
	struct standaardtekst_facts f = facts();

	(void)state;
	/* Every placeholder the beheerder is shown is in the table above. */
	for (size_t k = 0; standaardtekst_placeholders[k]; k++) {
		int found = 0;
		for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
			found |= !strcmp(cases[i].in, standaardtekst_placeholders[k]);
		if (!found)
			fail_msg("placeholder %s has no case", standaardtekst_placeholders[k]);
		assert_non_null(standaardtekst_placeholder_uitleg[k]);
	}
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *got = expand(cases[i].in, &f);
		if (strcmp(got, cases[i].want))
			fail_msg("%s: got '%s', want '%s'", cases[i].in, got, cases[i].want);
		free(got);
	}
}

static void test_missing_facts(void **state)
{
	struct standaardtekst_facts f = facts();
	char *got;

	(void)state;
	/* A melding without an address still reads as a sentence. */
	f.adres = "";
	got = expand("Wij kijken bij {adres}.", &f);
	assert_string_equal(got, "Wij kijken bij de plek die u in uw melding beschreef.");
	free(got);
	f.adres = NULL;
	got = expand("{adres}", &f);
	assert_string_equal(got, "de plek die u in uw melding beschreef");
	free(got);

	/* No phone number configured: the e-mail address, and the other way round; neither: the organisation. */
	f = facts();
	f.telefoon = "";
	got = expand("{telefoon} / {email}", &f);
	assert_string_equal(got, "overlast@voorbeeld.example / overlast@voorbeeld.example");
	free(got);
	f = facts();
	f.email = "";
	got = expand("{email}", &f);
	assert_string_equal(got, "0591 123 456");
	free(got);
	f.telefoon = NULL;
	got = expand("{telefoon} {email}", &f);
	assert_string_equal(got, "Woonstichting Voorbeeld Woonstichting Voorbeeld");
	free(got);
}

static void test_unknown(void **state)
{
	static const struct {
		const char *in;
		int n;
		const char *names;
	} cases[] = {
		{ "Beste {naam}, uw melding {meldnummer}", 1, "{naam}" },
		{ "{datum} {naam} {datum} {Meldnummer}", 3, "{datum}, {naam}, {Meldnummer}" },
		{ "{meldnummer} {adres} {uiterlijk}", 0, "" },
		{ "{ naam } {} {a b}", 0, "" },
	};
	struct standaardtekst_facts f = facts();

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct buf names = BUF_INIT;
		assert_int_equal(standaardtekst_unknown(cases[i].in, &names), cases[i].n);
		assert_string_equal(names.buf, cases[i].names);
		buf_release(&names);
	}
	/* An unknown one stays in the text, so staff see it; never filled with anything. */
	char *got = expand("Over {naam} en {meldnummer}", &f);
	assert_string_equal(got, "Over {naam} en M-2026-000123");
	free(got);
}

static void test_check(void **state)
{
	static const struct {
		const char *in;
		int ok;
		const char *part;     /* in the message; NULL when ok */
	} cases[] = {
		{ "Wij hebben de bewoners van {adres} gesproken.", 1, NULL },
		{ "Dag en nacht is er lawaai: wij gaan langs.", 1, NULL },
		{ "Dagelijks kijken wij of het beter gaat.", 1, NULL },
		{ "Bestemmingsplannen maakt de gemeente; wij gaan langs.", 1, NULL },
		{ "", 0, "Vul de tekst in." },
		{ "  \n ", 0, "Vul de tekst in." },
		{ "Uw melding {meldnumer} is af.", 0, "De invulplek {meldnumer} bestaat niet." },
		{ "{naam}: {datum}", 0, "De invulplekken {naam}, {datum} bestaan niet." },
		{ "Over {naam}", 0, "de naam van de melder zet Leefbaar zelf in de aanhef" },
		{ "Uw melding {{meldnummer}}", 0, "Gebruik enkele accolades" },
		{ "Beste melder, wij gaan langs.", 0, "Begin niet met een aanhef" },
		{ "\n  geachte mevrouw, wij gaan langs.", 0, "Begin niet met een aanhef" },
		{ "Hallo! Wij gaan langs.", 0, "Begin niet met een aanhef" },
		{ "Goedemorgen, wij gaan langs.", 0, "Begin niet met een aanhef" },
		{ "Dag meneer, wij gaan langs.", 0, "Begin niet met een aanhef" },
		{ "Wij gaan langs.\n\nMet vriendelijke groet,\nHet team", 0, "Laat de groet aan het eind weg" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct buf msg = BUF_INIT;
		int rc = standaardtekst_check(cases[i].in, &msg);
		if ((rc == 0) != cases[i].ok)
			fail_msg("'%s': check %d (%s)", cases[i].in, rc, msg.buf);
		if (cases[i].part && !strstr(msg.buf, cases[i].part))
			fail_msg("'%s': message '%s' lacks '%s'", cases[i].in, msg.buf, cases[i].part);
		if (!cases[i].part)
			assert_string_equal(msg.buf, "");
		buf_release(&msg);
	}
}

/* A melding with a named melder: the text never carries the name, whatever it asks. */
static void test_name_never_from_the_text(void **state)
{
	struct melding m;
	struct standaardtekst_facts f;
	const struct standaardtekst_org org = { "Woonstichting Voorbeeld", "0591 123 456", "" };

	(void)state;
	memset(&m, 0, sizeof(m));
	strcpy(m.referentie, "M-2026-000007");
	m.categorie_naam = "Overlast: geluid";
	m.adres_tekst = "";
	m.melder_naam = "Sanne de Boer";
	m.melder_email = "sanne@voorbeeld.example";
	m.ontvangen_dag = days_from_civil(2026, 3, 2);
	m.due.terugkoppelen = days_from_civil(2026, 3, 16);
	standaardteksten_facts(&m, &org, &f);
	char *got = expand("{naam} {Naam} {melder} {meldnummer} {adres} {uiterlijk} {email}", &f);
	assert_null(strstr(got, "Sanne"));
	assert_null(strstr(got, "sanne@"));
	assert_string_equal(got, "{naam} {Naam} {melder} M-2026-000007 de plek die u in uw melding beschreef "
				 "maandag 16 maart 2026 0591 123 456");
	free(got);
}

static void test_steps(void **state)
{
	(void)state;
	assert_int_equal(tekst_stap_parse("bevestiging"), STAP_BEVESTIGING);
	assert_int_equal(tekst_stap_parse("terugkoppeling"), STAP_TERUGKOPPELING);
	assert_int_equal(tekst_stap_parse("afsluiting"), STAP_AFSLUITING);
	assert_int_equal(tekst_stap_parse("notitie"), -1);
	assert_int_equal(tekst_stap_parse(NULL), -1);
	for (int s = 0; s < STAP__MAX; s++)
		assert_non_null(tekst_stap_labels[s]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_placeholder),
		cmocka_unit_test(test_missing_facts),
		cmocka_unit_test(test_unknown),
		cmocka_unit_test(test_check),
		cmocka_unit_test(test_name_never_from_the_text),
		cmocka_unit_test(test_steps),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
