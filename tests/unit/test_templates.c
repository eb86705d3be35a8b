/*
 * test_templates.c - every template loads, starts with the auto-escape
 * pragma, and expands every variable escaped: a value holding <script>"'&
 * never comes out raw, whatever section or include it sits in; and no
 * comment ends early (a "}}" inside {{! ... }} prints the rest of it on the
 * page).
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lib/buf.h"
#include "render/tpl.h"

static const char HOSTILE[] = "<script>alert(1)</script>\"'&x";

static int setup(void **state)
{
	(void)state;
	return tpl_init("templates") == 0 ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	tpl_shutdown();
	return 0;
}

static void read_file(const char *name, struct buf *out)
{
	char path[256];
	snprintf(path, sizeof(path), "templates/%s", name);
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	char chunk[4096];
	size_t n;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(out, chunk, n);
	fclose(f);
}

/* Sets every {{NAME}} and shows every {{#NAME}} found in the text on d. */
static void fill_all(struct tpl_dict *d, const char *text)
{
	for (const char *p = text; (p = strstr(p, "{{")); p += 2) {
		const char *q = p + 2;
		int section = 0;
		if (*q == '#') {
			section = 1;
			q++;
		}
		if (!isupper((unsigned char)*q))
			continue;
		size_t n = 0;
		while (isupper((unsigned char)q[n]) || isdigit((unsigned char)q[n]) || q[n] == '_')
			n++;
		char name[64];
		snprintf(name, sizeof(name), "%.*s", (int)n, q);
		if (section)
			tpl_show(d, name);
		else
			tpl_set(d, name, HOSTILE);
	}
}

static void test_every_template_escapes(void **state)
{
	(void)state;
	size_t n = tpl_count();
	assert_true(n >= 3);
	for (size_t i = 0; i < n; i++) {
		const char *name = tpl_name(i);
		struct buf text = BUF_INIT, out = BUF_INIT;
		read_file(name, &text);
		struct tpl_dict *d = tpl_dict_new();
		fill_all(d, text.buf);
		/* The layout's page include gets a page of its own, filled the same way. */
		if (!strcmp(name, "layout.tpl")) {
			struct buf inner = BUF_INIT;
			read_file("error.tpl", &inner);
			fill_all(tpl_include(d, "CONTENT", "error.tpl"), inner.buf);
			buf_release(&inner);
		}
		if (tpl_expand(name, d, &out) < 0)
			fail_msg("%s does not expand", name);
		if (strstr(out.buf, "<script>alert"))
			fail_msg("%s puts a value out unescaped", name);
		if (strstr(text.buf, "{{") && strstr(out.buf, "alert(1)") && !strstr(out.buf, "&lt;script&gt;") &&
		    !strstr(out.buf, "%3Cscript%3E") && !strstr(out.buf, "\\x3cscript"))
			fail_msg("%s: value present but not in an escaped form", name);
		tpl_dict_free(d);
		buf_release(&text);
		buf_release(&out);
	}
}

/* A comment ends at its first "}}": one that names a marker ({{>X}}) inside leaks its tail. */
static void test_no_comment_ends_early(void **state)
{
	(void)state;
	for (size_t i = 0; i < tpl_count(); i++) {
		const char *name = tpl_name(i);
		struct buf text = BUF_INIT;
		read_file(name, &text);
		for (const char *p = text.buf; (p = strstr(p, "{{!")); ) {
			const char *end = strstr(p, "}}");
			assert_non_null(end);
			const char *inner = strstr(p + 3, "{{");
			if (inner && inner < end)
				fail_msg("%s: a comment holds \"{{\" and ends at its \"}}\"", name);
			p = end + 2;
		}
		buf_release(&text);
	}
}

static void test_missing_template_fails_cleanly(void **state)
{
	(void)state;
	struct buf out = BUF_INIT;
	buf_addstr(&out, "kept");
	struct tpl_dict *d = tpl_dict_new();
	assert_int_equal(tpl_expand("does-not-exist.tpl", d, &out), -1);
	assert_string_equal(out.buf, "kept");
	/* A missing include: expansion fails and leaves no half page behind. */
	tpl_include(d, "CONTENT", "does-not-exist.tpl");
	assert_int_equal(tpl_expand("layout.tpl", d, &out), -1);
	assert_string_equal(out.buf, "kept");
	tpl_dict_free(d);
	buf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_template_escapes),
		cmocka_unit_test(test_no_comment_ends_early),
		cmocka_unit_test(test_missing_template_fails_cleanly),
	};
	return cmocka_run_group_tests_name("templates", tests, setup, teardown);
}
