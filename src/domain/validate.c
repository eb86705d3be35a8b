/*
 * validate.c - Dutch form input: postcode, huisnummer, toevoeging, e-mail,
 * CBS codes, phone numbers, UTF-8.
 *
 * Deliberately ASCII-only and locale-free: <ctype.h> depends on the
 * process locale and is undefined for negative chars, and the inputs here
 * are ASCII by definition (non-ASCII is simply rejected).
 */
#include "domain/validate.h"
#include "lib/arena.h"

#include <string.h>

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static int is_alnum(char c)
{
	return is_digit(c) || is_upper(c) || is_lower(c);
}

static char to_upper(char c)
{
	return is_lower(c) ? (char)(c - 'a' + 'A') : c;
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

static const char *skip_blank(const char *p)
{
	while (is_blank(*p))
		p++;
	return p;
}

int postcode_normalize(const char *in, char out[POSTCODE_LEN])
{
	const char *p;
	char l1, l2;

	if (in == NULL)
		return -1;
	p = skip_blank(in);
	for (int i = 0; i < 4; i++)
		if (!is_digit(p[i]))
			return -1;
	if (p[0] == '0')
		return -1;
	memcpy(out, p, 4);
	p = skip_blank(p + 4);
	if (!is_upper(to_upper(p[0])) || !is_upper(to_upper(p[1])))
		return -1;
	l1 = to_upper(p[0]);
	l2 = to_upper(p[1]);
	if (*skip_blank(p + 2) != '\0')
		return -1;
	/* Not issued: SA, SD and SS carry wartime associations. */
	if (l1 == 'S' && (l2 == 'A' || l2 == 'D' || l2 == 'S'))
		return -1;
	out[4] = ' ';
	out[5] = l1;
	out[6] = l2;
	out[7] = '\0';
	return 0;
}

int huisnummer_parse(const char *in, int *out)
{
	const char *p;
	int v = 0, n = 0;

	if (in == NULL)
		return -1;
	p = skip_blank(in);
	if (*p == '0')
		return -1;
	for (; is_digit(*p); p++) {
		if (++n > 5)
			return -1;
		v = v * 10 + (*p - '0');
	}
	if (n == 0 || *skip_blank(p) != '\0')
		return -1;
	*out = v;
	return 0;
}

int toevoeging_normalize(const char *in, char out[TOEVOEGING_LEN])
{
	const char *p;
	int n = 0;

	if (in == NULL)
		return -1;
	p = skip_blank(in);
	if (*p == '-')
		p = skip_blank(p + 1);
	for (; is_alnum(*p); p++) {
		if (n == 4)
			return -1;
		out[n++] = to_upper(*p);
	}
	if (*skip_blank(p) != '\0')
		return -1;
	out[n] = '\0';
	return 0;
}

/* Characters no address of ours may contain, on top of space and controls. */
static int email_bad_char(unsigned char c)
{
	return c <= 0x20 || c == 0x7f || strchr("\"(),:;<>[\\]", c) != NULL;
}

int email_valid(const char *s)
{
	const char *at, *label;
	size_t len, labels = 0;

	if (s == NULL)
		return 0;
	len = strlen(s);
	if (len > 254 || !utf8_valid(s, len))
		return 0;
	for (size_t i = 0; i < len; i++)
		if (email_bad_char((unsigned char)s[i]))
			return 0;
	at = strchr(s, '@');
	if (at == NULL || strchr(at + 1, '@') != NULL)
		return 0;
	if (at == s || at - s > 64)
		return 0;
	/* Domain: labels separated by single dots, no '-' at either edge. */
	label = at + 1;
	for (;;) {
		const char *end = strchr(label, '.');
		size_t n = end ? (size_t)(end - label) : strlen(label);

		if (n == 0 || label[0] == '-' || label[n - 1] == '-')
			return 0;
		labels++;
		if (end == NULL)
			break;
		label = end + 1;
	}
	return labels >= 2;
}

int cbs_code_valid(const char *code, char kind)
{
	const char *prefix;
	size_t rest;

	if (code == NULL)
		return 0;
	switch (kind) {
	case 'G': prefix = "GM"; rest = 0; break;
	case 'W': prefix = "WK"; rest = 2; break;
	case 'B': prefix = "BU"; rest = 4; break;
	default: return 0;
	}
	if (code[0] != prefix[0] || code[1] != prefix[1])
		return 0;
	code += 2;
	for (int i = 0; i < 4; i++)
		if (!is_digit(code[i]))
			return 0;
	code += 4;
	for (size_t i = 0; i < rest; i++)
		if (!is_digit(code[i]) && !is_upper(code[i]))
			return 0;
	return code[rest] == '\0';
}

int phone_normalize(const char *in, char out[PHONE_LEN])
{
	char d[33];	/* the digits, and a leading '+' */
	const char *rest;
	size_t n = 0, len;

	if (in == NULL || strlen(in) > 32)
		return -1;
	for (const char *p = in; *p; p++) {
		if (is_digit(*p) || (*p == '+' && n == 0))
			d[n++] = *p;
		else if (!(is_blank(*p) || *p == '-' || *p == '.' ||
			   *p == '(' || *p == ')'))
			return -1;
	}
	d[n] = '\0';

	if (strncmp(d, "+31", 3) == 0)
		rest = d + 3;
	else if (strncmp(d, "0031", 4) == 0)
		rest = d + 4;
	else if (d[0] == '0' && d[1] != '0')
		rest = d + 1;
	else
		return -1;
	len = strlen(rest);
	/* "+31 (0)6 1234 5678": the trunk 0 that should have been dropped. */
	if (rest != d + 1 && len == 10 && rest[0] == '0') {
		rest++;
		len--;
	}
	if (len != 9 || rest[0] == '0')
		return -1;
	out[0] = '0';
	memcpy(out + 1, rest, 10);	/* nine digits and the NUL */
	return 0;
}

int utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

	if (s == NULL)
		return len == 0;
	while (i < len) {
		unsigned char c = p[i];
		size_t need;
		unsigned char lo = 0x80, hi = 0xbf;	/* second byte range */

		if (c < 0x80) {
			i++;
			continue;
		}
		/* RFC 3629 table 4: the second byte range rules out
		 * overlongs (E0, F0), surrogates (ED) and > U+10FFFF (F4). */
		if (c >= 0xc2 && c <= 0xdf) {
			need = 1;
		} else if (c >= 0xe0 && c <= 0xef) {
			need = 2;
			if (c == 0xe0)
				lo = 0xa0;
			else if (c == 0xed)
				hi = 0x9f;
		} else if (c >= 0xf0 && c <= 0xf4) {
			need = 3;
			if (c == 0xf0)
				lo = 0x90;
			else if (c == 0xf4)
				hi = 0x8f;
		} else {
			return 0;
		}
		if (len - i - 1 < need)
			return 0;
		if (p[i + 1] < lo || p[i + 1] > hi)
			return 0;
		for (size_t k = 2; k <= need; k++)
			if (p[i + k] < 0x80 || p[i + k] > 0xbf)
				return 0;
		i += need + 1;
	}
	return 1;
}

const char *validate_line(struct arena *a, const char *in, size_t max, const char *what, const char **out)
{
	const char *s = in ? in : "";
	size_t n;

	*out = "";
	while (*s == ' ' || *s == '\t')
		s++;
	n = strlen(s);
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	if (n > max)
		return arena_printf(a, "%s is te lang: hoogstens %zu tekens.", what, max);
	if (!utf8_valid(s, n))
		return arena_printf(a, "%s bevat tekens die wij niet kunnen lezen. Typ het opnieuw.", what);
	for (size_t i = 0; i < n; i++)
		if ((unsigned char)s[i] < 0x20 || s[i] == 0x7f)
			return arena_printf(a, "%s mag maar één regel zijn, zonder tabs of regeleinden.", what);
	*out = arena_strndup(a, s, n);
	return NULL;
}
