/*
 * test_messages.c - domain/messages.c: one greeting (the melder's name only
 * where given, none of ours above the staff's own), the step in a tenant's
 * words, the team's phone and e-mail, the closing and late messages.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <string.h>

#include "domain/days.h"
#include "domain/messages.h"

static int count(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
		n++;
	return n;
}

static struct message_facts facts(const char *naam, const char *tekst)
{
	struct message_facts f = {
		.organisation = "Woonstichting Voorbeeld", .referentie = "M-2026-000042",
		.status_url = "https://x/melding/status/abc", .naam = naam, .tekst = tekst,
		.telefoon = "020 123 45 67", .email = "wijkteam@voorbeeld.nl",
	};
	return f;
}

static void test_greeting_words(void **state)
{
	static const char *const yes[] = {
		"Beste mevrouw De Boer,", "  geachte heer Jansen,", "Hallo Sanne,", "Dag meneer,", "dag,",
		"Goedemorgen,", "Goedemiddag mevrouw", "Goedenavond", "Hoi Sanne", "\nBESTE buurtbewoner",
	};
	static const char *const no[] = {
		"Dagelijks komt de aannemer langs.", "Wij hebben de buren gesproken.", "", "Bestel", "Hallowe'en",
	};
	(void)state;
	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		if (!message_has_greeting(yes[i]))
			fail_msg("not seen as a greeting: \"%s\"", yes[i]);
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		if (message_has_greeting(no[i]))
			fail_msg("seen as a greeting: \"%s\"", no[i]);
	assert_false(message_has_greeting(NULL));
}

/* The double greeting: the staff's own greeting stands alone. */
static void test_one_greeting(void **state)
{
	struct buf s = BUF_INIT, b = BUF_INIT;
	struct message_facts f = facts("Sanne de Boer", "Beste mevrouw De Boer,\n\nWij hebben de buren gesproken.");

	(void)state;
	message_feedback(&f, &s, &b);
	assert_int_equal(count(b.buf, "Beste"), 1);
	assert_null(strstr(b.buf, "Beste Sanne de Boer"));
	assert_true(!strncmp(b.buf, "Beste mevrouw De Boer,", 22));
	buf_release(&s);
	buf_release(&b);

	/* No greeting of their own: ours, with the name. */
	f = facts("Sanne de Boer", "Wij hebben de buren gesproken.");
	message_feedback(&f, &s, &b);
	assert_true(!strncmp(b.buf, "Beste Sanne de Boer,\n\nWij hebben de buren gesproken.\n", 52));
	assert_int_equal(count(b.buf, "Beste"), 1);
	buf_release(&s);
	buf_release(&b);

	/* No name given: neutral, and no empty name. */
	f = facts("", "Wij hebben de buren gesproken.");
	message_feedback(&f, &s, &b);
	assert_true(!strncmp(b.buf, "Beste melder,\n\n", 15));
	assert_null(strstr(b.buf, "Beste ,"));
	buf_release(&s);
	buf_release(&b);
	f = facts(NULL, "Hallo,\nWij komen dinsdag.");
	message_closing(&f, &s, &b);
	assert_true(!strncmp(b.buf, "Hallo,\nWij komen dinsdag.", 25));
	assert_null(strstr(b.buf, "Beste"));
	buf_release(&s);
	buf_release(&b);
}

static void test_steps_and_contact(void **state)
{
	struct buf s = BUF_INIT, b = BUF_INIT;
	struct message_facts f = facts("Sanne", "Wij komen dinsdag kijken.");

	(void)state;
	assert_string_equal(melder_stap(MS_NIEUW), "We hebben uw melding ontvangen");
	assert_string_equal(melder_stap(MS_BEVESTIGD), "We zijn ermee bezig");
	assert_string_equal(melder_stap(MS_IN_BEHANDELING), "We zijn ermee bezig");
	assert_string_equal(melder_stap(MS_TERUGGEKOPPELD), "We zijn ermee bezig");
	assert_string_equal(melder_stap(MS_AFGESLOTEN), "Afgehandeld");

	message_feedback(&f, &s, &b);
	assert_non_null(strstr(b.buf, "Stand van uw melding: We zijn ermee bezig."));
	assert_non_null(strstr(b.buf, "Bel ons op 020 123 45 67 of mail naar wijkteam@voorbeeld.nl"));
	assert_null(strstr(b.buf, "eruggekoppeld"));
	buf_release(&s);
	buf_release(&b);

	f.telefoon = "";
	message_confirmation(&f, &s, &b);
	assert_non_null(strstr(b.buf, "Mail naar wijkteam@voorbeeld.nl, en noem uw meldnummer M-2026-000042."));
	assert_null(strstr(b.buf, "Bel ons"));
	buf_release(&s);
	buf_release(&b);

	f.email = NULL;
	message_receipt(&f, &s, &b);
	assert_non_null(strstr(b.buf, "Stand van uw melding: We hebben uw melding ontvangen."));
	assert_null(strstr(b.buf, "Heeft u een vraag?"));
	buf_release(&s);
	buf_release(&b);
}

static void test_closing(void **state)
{
	struct buf s = BUF_INIT, b = BUF_INIT;
	struct message_facts f = facts("Sanne", "De overlast is gestopt; de buren zijn verhuisd.");

	(void)state;
	message_closing(&f, &s, &b);
	assert_string_equal(s.buf, "Uw melding M-2026-000042 is afgehandeld");
	assert_non_null(strstr(b.buf, "Beste Sanne,\n\nDe overlast is gestopt; de buren zijn verhuisd.\n"));
	assert_non_null(strstr(b.buf, "Stand van uw melding: Afgehandeld."));
	assert_non_null(strstr(b.buf, "hoe tevreden u bent"));
	assert_non_null(strstr(b.buf, "https://x/melding/status/abc"));
	buf_release(&s);
	buf_release(&b);
	/* No explanation: still a message, one greeting. */
	f.tekst = "";
	message_closing(&f, &s, &b);
	assert_non_null(strstr(b.buf, "Wij hebben uw melding M-2026-000042 afgehandeld."));
	assert_int_equal(count(b.buf, "Beste"), 1);
	buf_release(&s);
	buf_release(&b);
}

static void test_late(void **state)
{
	struct buf s = BUF_INIT, b = BUF_INIT;
	struct message_facts f = facts("", NULL);
	int32_t dn;

	(void)state;
	assert_int_equal(days_parse("2026-12-11", &dn), 0);
	f.verwacht_dag = dn;
	message_late(&f, &s, &b);
	assert_non_null(strstr(s.buf, "M-2026-000042"));
	assert_true(!strncmp(b.buf, "Beste melder,\n\n", 15));
	assert_non_null(strstr(b.buf, "uiterlijk vrijdag 11 december 2026"));
	assert_non_null(strstr(b.buf, "excuses"));
	assert_non_null(strstr(b.buf, "Stand van uw melding: We zijn ermee bezig."));
	buf_release(&s);
	buf_release(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_greeting_words),
		cmocka_unit_test(test_one_greeting),
		cmocka_unit_test(test_steps_and_contact),
		cmocka_unit_test(test_closing),
		cmocka_unit_test(test_late),
	};

	return cmocka_run_group_tests_name("messages", tests, NULL, NULL);
}
