/*
 * test_bewijs.c - clean evidence (issue 17, point 7) against the real
 * server: a tenant sends a JPEG with GPS EXIF and XMP, a PNG with an eXIf
 * and an iTXt XMP chunk, and a HEIC with Exif and XMP items; the files on
 * disk carry none of it (the JPEG and PNG byte for byte the image without
 * its metadata, the HEIC a JPEG), the capture moment is kept in
 * attachment.opgenomen_op and shown to staff as "gemaakt op ...". Staff
 * who may handle the melding set a caption (CSRF, audited); a caption that
 * is too long comes back with the text kept; others change nothing.
 *
 * One server, its clock pinned by LEEFBAAR_NOW to Tuesday 1 December 2026
 * 22:30 in Amsterdam, the demo organisation and its two homes.
 */
#define _GNU_SOURCE   /* memmem */
#include "accounts.h"
#include "harness.h"

#include <libheif/heif.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * x265 (libheif's HEVC encoder, used here only to make the HEIC samples;
 * the server never encodes) keeps a few allocations until the process
 * ends: not ours to report under LeakSanitizer.
 */
const char *__lsan_default_suppressions(void);
const char *__lsan_default_suppressions(void)
{
	return "leak:libx265.so\n";
}

#define SOCIAAL "sociaal@voorbeeld.example"              /* Centrum, Noord: may handle this melding */
#define LEEFBAARHEID "leefbaarheid@voorbeeld.example"    /* Oost: may not */
#define PINNED "2026-12-01T22:30:00+01:00"

/* 2026-11-28 23:15:07 in Amsterdam (CET) is 22:15:07 UTC. */
#define TAKEN "2026:11:28 23:15:07"
#define TAKEN_UTC 1795904107LL
#define TAKEN_SHOWN "gemaakt op <time datetime=\"2026-11-28T23:15:07+01:00\">28-11-2026 23:15</time>"

static const char XMP[] = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
			  "<exif:GPSLatitude>52,22.1234N</exif:GPSLatitude></x:xmpmeta>";

/* ---- samples ---- */

static void put16(struct buf *b, unsigned v)
{
	buf_addch(b, (char)(v & 0xFF));
	buf_addch(b, (char)(v >> 8));
}

static void put32(struct buf *b, uint32_t v)
{
	for (int i = 0; i < 4; i++)
		buf_addch(b, (char)(v >> (8 * i) & 0xFF));
}

static void entry(struct buf *b, unsigned tag, unsigned type, uint32_t count, uint32_t value)
{
	put16(b, tag);
	put16(b, type);
	put32(b, count);
	put32(b, value);
}

/* A little-endian TIFF: IFD0 points to an Exif IFD (DateTimeOriginal) and a GPS IFD (52°22'12.34" N). */
static void tiff(struct buf *b)
{
	uint32_t exif = 8 + 2 + 24 + 4, dto = exif + 2 + 12 + 4, gps = dto + 20, lat = gps + 2 + 24 + 4;

	buf_add(b, "II*\0", 4);
	put32(b, 8);
	put16(b, 2);
	entry(b, 0x8769, 4, 1, exif);
	entry(b, 0x8825, 4, 1, gps);
	put32(b, 0);
	put16(b, 1);
	entry(b, 0x9003, 2, 20, dto);
	put32(b, 0);
	buf_add(b, TAKEN, 20);
	put16(b, 2);
	entry(b, 1, 2, 2, 'N');
	entry(b, 2, 5, 3, lat);
	put32(b, 0);
	static const uint32_t r[6] = { 52, 1, 22, 1, 1234, 100 };
	for (int i = 0; i < 6; i++)
		put32(b, r[i]);
}

static void segment(struct buf *b, unsigned marker, const void *data, size_t n)
{
	buf_addch(b, (char)0xFF);
	buf_addch(b, (char)marker);
	buf_addch(b, (char)((n + 2) >> 8));
	buf_addch(b, (char)((n + 2) & 0xFF));
	buf_add(b, data, n);
}

/* The harness's test_jpeg with an APP1 Exif (GPS) and an APP1 XMP after its SOI. */
static void dirty_jpeg(struct buf *b)
{
	struct buf ex = BUF_INIT;

	buf_add(&ex, "Exif\0\0", 6);
	tiff(&ex);
	buf_add(b, test_jpeg, 2);
	segment(b, 0xE1, ex.buf, ex.len);
	segment(b, 0xE1, XMP, sizeof(XMP));
	buf_add(b, test_jpeg + 2, sizeof(test_jpeg) - 2);
	buf_release(&ex);
}

static uint32_t crc32_of(const unsigned char *p, size_t n)
{
	uint32_t c = 0xFFFFFFFFu;

	for (size_t i = 0; i < n; i++) {
		c ^= p[i];
		for (int k = 0; k < 8; k++)
			c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
	}
	return c ^ 0xFFFFFFFFu;
}

static void chunk(struct buf *b, const char *type, const void *data, size_t n)
{
	size_t at = b->len + 4;

	for (int i = 3; i >= 0; i--)
		buf_addch(b, (char)(n >> (8 * i) & 0xFF));
	buf_add(b, type, 4);
	buf_add(b, data, n);
	uint32_t crc = crc32_of((const unsigned char *)b->buf + at, n + 4);
	for (int i = 3; i >= 0; i--)
		buf_addch(b, (char)(crc >> (8 * i) & 0xFF));
}

/* A 4 x 2 grey PNG (a stored deflate block); with eXIf (GPS) and iTXt XMP when dirty. */
static void png(struct buf *b, int dirty)
{
	static const unsigned char ihdr[13] = { 0, 0, 0, 4, 0, 0, 0, 2, 8, 0, 0, 0, 0 };
	static const unsigned char idat[] = {
		0x78, 0x01, 0x01, 0x0a, 0x00, 0xf5, 0xff, 0, 10, 20, 30, 40, 0, 50, 60, 70, 80,
		0x05, 0x1e, 0x01, 0x69,
	};

	buf_add(b, "\x89PNG\r\n\x1a\n", 8);
	chunk(b, "IHDR", ihdr, sizeof(ihdr));
	if (dirty) {
		struct buf ex = BUF_INIT;
		tiff(&ex);
		chunk(b, "eXIf", ex.buf, ex.len);
		buf_release(&ex);
		static const char itxt[] = "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta><exif:GPSLatitude>52,22N</exif:GPSLatitude></x:xmpmeta>";
		chunk(b, "iTXt", itxt, sizeof(itxt) - 1);
	}
	chunk(b, "IDAT", idat, sizeof(idat));
	chunk(b, "IEND", "", 0);
}

/* A HEIC from libheif's encoder (x265) with Exif (GPS) and XMP items, into b. */
static void heic(struct server *s, struct buf *b)
{
	struct heif_context *ctx = heif_context_alloc();
	struct heif_encoder *enc = NULL;
	struct heif_image *img = NULL;
	struct heif_image_handle *h = NULL;
	struct buf ex = BUF_INIT, path = BUF_INIT;
	int stride;

	assert_int_equal(heif_image_create(32, 32, heif_colorspace_RGB, heif_chroma_interleaved_RGB, &img).code, heif_error_Ok);
	assert_int_equal(heif_image_add_plane(img, heif_channel_interleaved, 32, 32, 8).code, heif_error_Ok);
	uint8_t *px = heif_image_get_plane(img, heif_channel_interleaved, &stride);
	for (int y = 0; y < 32; y++)
		for (int x = 0; x < 32 * 3; x++)
			px[y * stride + x] = (uint8_t)(x * 5 + y * 3);
	assert_int_equal(heif_context_get_encoder_for_format(ctx, heif_compression_HEVC, &enc).code, heif_error_Ok);
	assert_int_equal(heif_context_encode_image(ctx, img, enc, NULL, &h).code, heif_error_Ok);
	buf_add(&ex, "Exif\0\0", 6);
	tiff(&ex);
	assert_int_equal(heif_context_add_exif_metadata(ctx, h, ex.buf, (int)ex.len).code, heif_error_Ok);
	assert_int_equal(heif_context_add_XMP_metadata(ctx, h, XMP + 29, (int)sizeof(XMP) - 29).code, heif_error_Ok);
	buf_addf(&path, "%s/sample.heic", s->dir);
	assert_int_equal(heif_context_write_to_file(ctx, path.buf).code, heif_error_Ok);
	size_t n;
	char *data = read_whole_file(path.buf, &n);
	assert_non_null(data);
	buf_add(b, data, n);
	free(data);
	heif_encoder_release(enc);
	heif_image_handle_release(h);
	heif_image_release(img);
	heif_context_free(ctx);
	buf_release(&ex);
	buf_release(&path);
}

static int has(const char *p, size_t n, const char *needle, size_t k)
{
	return memmem(p, n, needle, k) != NULL;
}

#define HAS(p, n, lit) has((p), (n), (lit), sizeof(lit) - 1)

/* The stored file of attachment id, from disk. */
static char *stored(struct server *s, long long id, size_t *n)
{
	char *opslag = test_sql_text(s, "SELECT opslag FROM attachment WHERE id = %lld", id);
	char path[512];

	snprintf(path, sizeof(path), "%s/bijlagen/%s", s->dir, opslag);
	free(opslag);
	char *data = read_whole_file(path, n);
	assert_non_null(data);
	return data;
}

static void melding_with_photos(struct server *s, struct filed *m)
{
	struct buf jpg = BUF_INIT, pngb = BUF_INIT, heicb = BUF_INIT;

	dirty_jpeg(&jpg);
	png(&pngb, 1);
	heic(s, &heicb);
	/* The samples do carry what must go. */
	assert_true(HAS(jpg.buf, jpg.len, "Exif") && HAS(jpg.buf, jpg.len, "xmpmeta"));
	assert_true(HAS(pngb.buf, pngb.len, "eXIf") && HAS(pngb.buf, pngb.len, "xmpmeta"));
	assert_true(HAS(heicb.buf, heicb.len, TAKEN) && HAS(heicb.buf, heicb.len, "xmpmeta"));
	const struct form_part parts[] = {
		FORM_FIELD("categorie", "geluid"),
		FORM_FIELD("omschrijving", "Iemand zet elke nacht vuilniszakken in de portiek."),
		FORM_FIELD("postcode", "1011 AA"),
		FORM_FIELD("huisnummer", "1"),
		FORM_FIELD("anoniem", "1"),
		FORM_FILE("bijlagen", jpg.buf, jpg.len, "portiek.jpg", "image/jpeg"),
		FORM_FILE("bijlagen", pngb.buf, pngb.len, "scherm.png", "image/png"),
		FORM_FILE("bijlagen", heicb.buf, heicb.len, "IMG_0042.HEIC", "image/heic"),
		FORM_END,
	};
	/* As a tenant's browser does: the form's token, the POST, and its confirmation (followed when it redirects). */
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	struct form_part all[16] = { FORM_FIELD("csrf_token", tok) };
	for (size_t i = 0; i < ARRAY_SIZE(parts); i++)
		all[i + 1] = parts[i];
	struct response *r = client_post_multipart(c, "/melden", all);
	if (r->status == 303) {
		char *to = strdup(response_header(r, "Location"));
		response_free(r);
		r = client_get(c, to);
		free(to);
	}
	if (r->status != 200 && r->status != 201)
		print_error("melden: %ld %.800s\n", r->status, r->body);
	assert_true(r->status == 200 || r->status == 201);
	filed_from_page(s, r, m);
	response_free(r);
	free(tok);
	client_free(c);
	buf_release(&jpg);
	buf_release(&pngb);
	buf_release(&heicb);
}

/* ---- stored clean, capture moment kept and shown ---- */

static void test_stored_clean(void **state)
{
	struct server *s = *state;
	struct filed m;
	struct buf plain = BUF_INIT;
	unsigned char want[sizeof(test_jpeg)];
	size_t n;

	seed_organisation(s);
	demo_homes(s);
	melding_with_photos(s, &m);
	test_sql(s, "UPDATE melding SET assignee_id = %lld WHERE id = %lld", test_user_id(s, SOCIAAL), m.id);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE melding_id = %lld", m.id), 3);
	long long jpg = test_sql_int(s, "SELECT id FROM attachment WHERE melding_id = %lld AND bestandsnaam = 'portiek.jpg'", m.id);
	long long pngid = test_sql_int(s, "SELECT id FROM attachment WHERE melding_id = %lld AND bestandsnaam = 'scherm.png'", m.id);
	long long hid = test_sql_int(s, "SELECT id FROM attachment WHERE melding_id = %lld AND bestandsnaam = 'IMG_0042.jpg'", m.id);   /* a JPEG now, named so */

	/*
	 * JPEG: on disk exactly the image without its two APP1 segments (the
	 * stray byte test_jpeg has after each DHT stays: it follows a kept
	 * segment).
	 */
	memcpy(want, test_jpeg, sizeof(want));
	char *d = stored(s, jpg, &n);
	assert_int_equal(n, sizeof(want));
	assert_memory_equal(d, want, sizeof(want));
	free(d);
	/* PNG: exactly the image without eXIf and iTXt. */
	png(&plain, 0);
	d = stored(s, pngid, &n);
	assert_int_equal(n, plain.len);
	assert_memory_equal(d, plain.buf, plain.len);
	free(d);
	/* HEIC: a JPEG now, with no Exif, XMP or the moment's text in it. */
	d = stored(s, hid, &n);
	assert_true(n > 4 && (unsigned char)d[0] == 0xFF && (unsigned char)d[1] == 0xD8);
	assert_false(HAS(d, n, "Exif") || HAS(d, n, "xmpmeta") || HAS(d, n, TAKEN) || HAS(d, n, "GPS"));
	free(d);
	char *mime = test_sql_text(s, "SELECT mime FROM attachment WHERE id = %lld", hid);
	assert_string_equal(mime, "image/jpeg");
	free(mime);

	/* Each row's size is the stored file's. */
	assert_int_equal(test_sql_int(s, "SELECT grootte FROM attachment WHERE id = %lld", jpg), sizeof(want));
	assert_int_equal(test_sql_int(s, "SELECT grootte FROM attachment WHERE id = %lld", pngid), plain.len);
	free(stored(s, hid, &n));
	assert_int_equal(test_sql_int(s, "SELECT grootte FROM attachment WHERE id = %lld", hid), n);

	/* The capture moment, a field of its own, for all three. */
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE melding_id = %lld AND opgenomen_op = %lld",
				      m.id, TAKEN_UTC), 3);

	/* Staff see it beside each photo, and a caption form. */
	struct client *staff = account_client(s, SOCIAAL, DEMO_PASSWORD);
	struct response *r = client_getf(staff, "/meldingen/%lld", m.id);
	assert_status(r, 200);
	assert_body_contains(r, TAKEN_SHOWN);
	char action[128];
	snprintf(action, sizeof(action), "action=\"/meldingen/%lld/bijlagen/%lld/bijschrift\"", m.id, jpg);
	assert_body_contains(r, action);
	assert_tidy(r);
	response_free(r);
	/* What staff download is what is on disk. */
	r = client_getf(staff, "/meldingen/%lld/bijlagen/%lld", m.id, jpg);
	assert_status(r, 200);
	assert_int_equal(r->len, sizeof(want));
	assert_memory_equal(r->body, want, sizeof(want));
	response_free(r);
	client_free(staff);
	buf_release(&plain);
}

/* ---- captions ---- */

static struct response *caption(struct client *c, long long mid, long long aid, const char *text)
{
	char page[64], path[128];

	snprintf(page, sizeof(page), "/meldingen/%lld", mid);
	snprintf(path, sizeof(path), "/meldingen/%lld/bijlagen/%lld/bijschrift", mid, aid);
	return account_post(c, page, path, (const char *const[]){ "bijschrift", text, NULL });
}

static void test_captions(void **state)
{
	struct server *s = *state;
	struct filed m, other;
	char *t;

	seed_organisation(s);
	demo_homes(s);
	melding_with_photos(s, &m);
	melding_with_photos(s, &other);
	test_sql(s, "UPDATE melding SET assignee_id = %lld WHERE id IN (%lld, %lld)", test_user_id(s, SOCIAAL), m.id, other.id);
	long long aid = test_sql_int(s, "SELECT min(id) FROM attachment WHERE melding_id = %lld", m.id);
	long long foreign = test_sql_int(s, "SELECT min(id) FROM attachment WHERE melding_id = %lld", other.id);
	struct client *staff = account_client(s, SOCIAAL, DEMO_PASSWORD);

	/* Set: trimmed, stored, audited, shown escaped beside the photo. */
	struct response *r = caption(staff, m.id, aid, "  Vuilniszakken in de portiek <om 23:15> ");
	assert_status(r, 303);
	assert_header_contains(r, "Location", "#bijlage-");
	response_free(r);
	t = test_sql_text(s, "SELECT bijschrift FROM attachment WHERE id = %lld", aid);
	assert_string_equal(t, "Vuilniszakken in de portiek <om 23:15>");
	free(t);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM audit_log WHERE action = 'gewijzigd' AND object_type = 'bijlage'"
				      " AND object_id = '%s' AND detail = 'bijschrift bijlage %lld'", m.ref, aid), 1);
	r = client_getf(staff, "/meldingen/%lld", m.id);
	assert_status(r, 200);
	assert_body_contains(r, "<span class=\"bijschrift\">Vuilniszakken in de portiek &lt;om 23:15&gt;</span>");
	assert_body_contains(r, "Bijschrift wijzigen");
	assert_tidy(r);
	response_free(r);

	/* Too long: 422 on a page of its own, the text kept, the reason beside the field; nothing changed. */
	char lang[320];
	memset(lang, 'x', 301);
	lang[301] = '\0';
	r = caption(staff, m.id, aid, lang);
	assert_status(r, 422);
	assert_body_contains(r, "ten hoogste 300 tekens");
	assert_body_contains(r, lang);
	assert_body_contains(r, "aria-invalid=\"true\"");
	assert_tidy(r);
	response_free(r);
	t = test_sql_text(s, "SELECT bijschrift FROM attachment WHERE id = %lld", aid);
	assert_string_equal(t, "Vuilniszakken in de portiek <om 23:15>");
	free(t);
	/* 300 characters of two bytes each is not too long. */
	char euros[1024] = "";
	for (int i = 0; i < 300; i++)
		strcat(euros, "é");
	r = caption(staff, m.id, aid, euros);
	assert_status(r, 303);
	response_free(r);

	/* An attachment of another melding, through this one: not found, unchanged. */
	r = caption(staff, m.id, foreign, "Verkeerd");
	assert_status(r, 404);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE id = %lld AND bijschrift = ''", foreign), 1);

	/* Without the CSRF token: refused, unchanged. */
	char path[128];
	snprintf(path, sizeof(path), "/meldingen/%lld/bijlagen/%lld/bijschrift", m.id, aid);
	r = client_post_form(staff, path, (const char *const[]){ "bijschrift", "Zonder token", NULL });
	assert_int_equal(r->status, 403);
	response_free(r);
	/* Staff of another wijk may not handle this melding: refused, unchanged. */
	struct client *oost = account_client(s, LEEFBAARHEID, DEMO_PASSWORD);
	snprintf(path, sizeof(path), "/meldingen/%lld/bijlagen/%lld/bijschrift", m.id, aid);
	r = account_post(oost, NULL, path, (const char *const[]){ "bijschrift", "Van Oost", NULL });   /* the page is hidden from Oost */
	assert_true(r->status == 403 || r->status == 404);
	response_free(r);
	client_free(oost);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE id = %lld AND length(bijschrift) = 300", aid), 1);

	/* Cleared with an empty caption. */
	r = caption(staff, m.id, aid, " ");
	assert_status(r, 303);
	response_free(r);
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE id = %lld AND bijschrift = ''", aid), 1);
	client_free(staff);
}

/*
 * A photo held over a refused attempt keeps its capture moment: it was read
 * when the file was first cleaned, and the cleaned file no longer holds it.
 */
static void test_held_photo_keeps_its_moment(void **state)
{
	struct server *s = *state;
	struct buf jpg = BUF_INIT;

	seed_organisation(s);
	demo_homes(s);
	dirty_jpeg(&jpg);
	struct client *c = client_new(s);
	char *tok = account_csrf(c, "/melden");
	/* No category: refused, the photo held. */
	const struct form_part first[] = {
		FORM_FIELD("csrf_token", tok), FORM_FIELD("omschrijving", "Vuilniszakken in de portiek, al dagen."),
		FORM_FIELD("postcode", "1011 AA"), FORM_FIELD("huisnummer", "1"), FORM_FIELD("anoniem", "1"),
		FORM_FILE("bijlagen", jpg.buf, jpg.len, "portiek.jpg", "image/jpeg"), FORM_END,
	};
	struct response *r = client_post_multipart(c, "/melden", first);
	assert_status(r, 422);
	char *again = html_input_value(r->body, "csrf_token"), *held = html_input_value(r->body, "bijlagen_id");
	char *id = html_input_value(r->body, "bewaard");
	assert_non_null(again);
	assert_non_null(held);
	assert_non_null(id);
	response_free(r);
	const struct form_part second[] = {
		FORM_FIELD("csrf_token", again), FORM_FIELD("categorie", "geluid"),
		FORM_FIELD("omschrijving", "Vuilniszakken in de portiek, al dagen."),
		FORM_FIELD("postcode", "1011 AA"), FORM_FIELD("huisnummer", "1"), FORM_FIELD("anoniem", "1"),
		FORM_FIELD("dubbel", "nieuw"), FORM_FIELD("bijlagen_id", held), FORM_FIELD("bewaard", id), FORM_END,
	};
	r = client_post_multipart(c, "/melden", second);
	assert_status(r, 303);
	response_free(r);
	long long m = test_sql_int(s, "SELECT max(id) FROM melding");
	assert_int_equal(test_sql_int(s, "SELECT count(*) FROM attachment WHERE melding_id = %lld AND bestandsnaam = 'portiek.jpg'"
				      " AND opgenomen_op = %lld", m, TAKEN_UTC), 1);
	free(again);
	free(held);
	free(id);
	free(tok);
	client_free(c);
	buf_release(&jpg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		HARNESS_FRESH_TEST(test_stored_clean),
		HARNESS_FRESH_TEST(test_captions),
		HARNESS_FRESH_TEST(test_held_photo_keeps_its_moment),
	};

	setenv("LEEFBAAR_NOW", PINNED, 1);
	return harness_run_suite("bewijs", tests, ARRAY_SIZE(tests),
				 "[security]\nmelden_per_ip_hour = 100\nmelden_min_seconds = 0\n");
}
