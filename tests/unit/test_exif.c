/*
 * test_exif.c - clean evidence (issue 17, point 7): domain/exif.c strips
 * JPEG and PNG without touching an image byte and reads the capture
 * moment first; store/files_clean.c turns a HEIC into a JPEG without
 * metadata. Every sample is made here: a JPEG from libjpeg, a PNG by
 * hand, a HEIC from libheif's own encoder (x265, a dependency of
 * Debian 12's libheif1), each then dressed with EXIF (GPS included),
 * XMP, comments and text chunks.
 */
#define _GNU_SOURCE   /* memmem */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <jpeglib.h>
#include <libheif/heif.h>

#include "domain/exif.h"
#include "lib/buf.h"
#include "store/files.h"

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

#define W 16
#define H 8

/* 2026-11-28 23:15:07 in Amsterdam (CET, +01:00) is 22:15:07 UTC. */
#define TAKEN "2026:11:28 23:15:07"
#define TAKEN_UTC 1795904107
/* DateTime (the moment of the last edit), the fallback: 2026-07-03 10:00:00 CEST. */
#define EDITED "2026:07:03 10:00:00"
#define EDITED_UTC 1783065600

static const char XMP[] = "http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
			  "<exif:GPSLatitude>52,22.1234N</exif:GPSLatitude></x:xmpmeta>";

/* ---- samples ---- */

static void put16(struct buf *b, int le, unsigned v)
{
	unsigned char x[2] = { le ? v & 0xFF : v >> 8, le ? v >> 8 : v & 0xFF };
	buf_add(b, x, 2);
}

static void put32(struct buf *b, int le, uint32_t v)
{
	for (int i = 0; i < 4; i++) {
		int sh = le ? 8 * i : 8 * (3 - i);
		buf_addch(b, (char)(v >> sh & 0xFF));
	}
}

static void entry(struct buf *b, int le, unsigned tag, unsigned type, uint32_t count, uint32_t value)
{
	put16(b, le, tag);
	put16(b, le, type);
	put32(b, le, count);
	put32(b, le, value);
}

/*
 * A TIFF block as a phone writes it: IFD0 with DateTime (when edited is
 * set), a pointer to the Exif IFD (DateTimeOriginal when taken is set,
 * OffsetTimeOriginal when offset is set) and one to the GPS IFD
 * (52°22'12.34" N, 4°53'42" E).
 */
static void tiff(struct buf *b, int le, const char *edited, const char *taken, const char *offset)
{
	size_t base = b->len;
	uint32_t ifd0 = 8, n0 = edited ? 3 : 2;
	uint32_t dt = ifd0 + 2 + 12 * n0 + 4;
	uint32_t exif = dt + (edited ? 20 : 0);
	uint32_t ne = (taken ? 1 : 0) + (offset ? 1 : 0);
	uint32_t dto = exif + 2 + 12 * ne + 4, oto = dto + (taken ? 20 : 0);
	uint32_t gps = oto + (offset ? 8 : 0);
	uint32_t lat = gps + 2 + 12 * 4 + 4, lon = lat + 24;

	buf_add(b, le ? "II*\0" : "MM\0*", 4);
	put32(b, le, ifd0);
	put16(b, le, n0);
	if (edited)
		entry(b, le, 0x0132, 2, 20, dt);
	entry(b, le, 0x8769, 4, 1, exif);
	entry(b, le, 0x8825, 4, 1, gps);
	put32(b, le, 0);
	if (edited)
		buf_add(b, edited, 20);
	put16(b, le, ne);
	if (taken)
		entry(b, le, 0x9003, 2, 20, dto);
	if (offset)
		entry(b, le, 0x9011, 2, 7, oto);
	put32(b, le, 0);
	if (taken)
		buf_add(b, taken, 20);
	if (offset) {
		buf_add(b, offset, 7);
		buf_addch(b, 0);   /* to an even offset */
	}
	put16(b, le, 4);
	entry(b, le, 1, 2, 2, le ? 'N' : (uint32_t)'N' << 24);
	entry(b, le, 2, 5, 3, lat);
	entry(b, le, 3, 2, 2, le ? 'E' : (uint32_t)'E' << 24);
	entry(b, le, 4, 5, 3, lon);
	put32(b, le, 0);
	uint32_t r[12] = { 52, 1, 22, 1, 1234, 100, 4, 1, 53, 1, 42, 1 };
	for (int i = 0; i < 12; i++)
		put32(b, le, r[i]);
	assert_int_equal(b->len - base, lon + 24);
}

/* A real baseline JPEG of W x H from libjpeg (its only APP segment is JFIF). */
static void plain_jpeg(struct buf *b)
{
	struct jpeg_compress_struct c;
	struct jpeg_error_mgr err;
	unsigned char *mem = NULL, rgb[W * 3];
	unsigned long n = 0;

	c.err = jpeg_std_error(&err);
	jpeg_create_compress(&c);
	jpeg_mem_dest(&c, &mem, &n);
	c.image_width = W;
	c.image_height = H;
	c.input_components = 3;
	c.in_color_space = JCS_RGB;
	jpeg_set_defaults(&c);
	jpeg_start_compress(&c, TRUE);
	for (int y = 0; y < H; y++) {
		for (int x = 0; x < W * 3; x++)
			rgb[x] = (unsigned char)(x * 13 + y * 29);
		JSAMPROW row = rgb;
		jpeg_write_scanlines(&c, &row, 1);
	}
	jpeg_finish_compress(&c);
	jpeg_destroy_compress(&c);
	buf_add(b, mem, n);
	free(mem);
}

static void segment(struct buf *b, unsigned marker, const void *data, size_t n)
{
	buf_addch(b, (char)0xFF);
	buf_addch(b, (char)marker);
	put16(b, 0, (unsigned)n + 2);
	buf_add(b, data, n);
}

/* The plain JPEG with APP1 Exif (GPS), APP1 XMP, APP13 IPTC, COM, APP2 MPF and a trailer after EOI. */
static void dirty_jpeg(const struct buf *plain, struct buf *b)
{
	struct buf ex = BUF_INIT;

	buf_add(&ex, "Exif\0\0", 6);
	tiff(&ex, 0, EDITED, TAKEN, NULL);
	buf_add(b, plain->buf, 2);
	segment(b, 0xE1, ex.buf, ex.len);
	segment(b, 0xE1, XMP, sizeof(XMP));
	segment(b, 0xED, "Photoshop 3.0\0" "8BIM\x04\x04 Sanne de Boer", 34);
	segment(b, 0xE2, "MPF\0II*\0", 8);
	/* The plain JPEG's own segments from APP0 on, with a COM in the middle of its tables. */
	size_t app0 = 2 + 2 + ((size_t)(unsigned char)plain->buf[4] << 8 | (unsigned char)plain->buf[5]);
	buf_add(b, plain->buf + 2, app0 - 2);
	segment(b, 0xFE, "Leefbaar testcamera SN 0042", 27);
	buf_add(b, plain->buf + app0, plain->len - app0);
	buf_add(b, "SEFH trailer with a location", 28);
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

	put32(b, 0, (uint32_t)n);
	buf_add(b, type, 4);
	buf_add(b, data, n);
	put32(b, 0, crc32_of((const unsigned char *)b->buf + at, n + 4));
}

/* A W x H grey PNG, its IDAT a stored deflate block; with metadata chunks when dirty. */
static void png(struct buf *b, int dirty)
{
	unsigned char ihdr[13] = { 0, 0, 0, W, 0, 0, 0, H, 8, 0, 0, 0, 0 };
	unsigned char raw[H * (W + 1)], z[2 + 5 + sizeof(raw) + 4];
	uint32_t a = 1, s = 0;

	for (size_t i = 0; i < sizeof(raw); i++)
		raw[i] = i % (W + 1) ? (unsigned char)(i * 7) : 0;
	z[0] = 0x78;
	z[1] = 0x01;
	z[2] = 1;
	z[3] = sizeof(raw) & 0xFF;
	z[4] = sizeof(raw) >> 8;
	z[5] = (unsigned char)~z[3];
	z[6] = (unsigned char)~z[4];
	memcpy(z + 7, raw, sizeof(raw));
	for (size_t i = 0; i < sizeof(raw); i++) {
		a = (a + raw[i]) % 65521;
		s = (s + a) % 65521;
	}
	uint32_t adler = s << 16 | a;
	for (int i = 0; i < 4; i++)
		z[7 + sizeof(raw) + i] = (unsigned char)(adler >> (24 - 8 * i));

	buf_add(b, "\x89PNG\r\n\x1a\n", 8);
	chunk(b, "IHDR", ihdr, sizeof(ihdr));
	if (dirty) {
		struct buf ex = BUF_INIT;
		tiff(&ex, 1, NULL, TAKEN, NULL);
		chunk(b, "eXIf", ex.buf, ex.len);
		buf_release(&ex);
		chunk(b, "tEXt", "Author\0Sanne de Boer", 20);
		static const char itxt[] = "XML:com.adobe.xmp\0\0\0\0\0<x:xmpmeta><exif:GPSLatitude>52,22N</exif:GPSLatitude></x:xmpmeta>";
		chunk(b, "iTXt", itxt, sizeof(itxt) - 1);
		chunk(b, "zTXt", "Comment\0\0x", 10);
		chunk(b, "tIME", "\x07\xea\x0b\x1c\x17\x0f\x07", 7);
	}
	chunk(b, "pHYs", "\0\0\x0b\x13\0\0\x0b\x13\x01", 9);
	chunk(b, "IDAT", z, sizeof(z));
	chunk(b, "IEND", "", 0);
	if (dirty)
		buf_add(b, "trailing GPS 52.37N", 19);
}

static int has(const struct buf *b, const char *needle)
{
	return memmem(b->buf, b->len, needle, strlen(needle)) != NULL;
}

/* ---- JPEG ---- */

static void test_jpeg_stripped_bytes_unchanged(void **state)
{
	struct buf plain = BUF_INIT, dirty = BUF_INIT, out = BUF_INIT;
	int64_t at;

	(void)state;
	plain_jpeg(&plain);
	dirty_jpeg(&plain, &dirty);
	assert_true(has(&dirty, "Exif") && has(&dirty, "xmpmeta") && has(&dirty, "testcamera"));
	assert_int_equal(exif_clean_jpeg((const unsigned char *)dirty.buf, dirty.len, &out, &at), EXIF_OK);
	/* Exactly libjpeg's own file: no image byte changed, every metadata segment gone. */
	assert_int_equal(out.len, plain.len);
	assert_memory_equal(out.buf, plain.buf, plain.len);
	assert_int_equal(at, TAKEN_UTC);
	buf_release(&plain);
	buf_release(&dirty);
	buf_release(&out);
}

static void test_jpeg_icc_kept(void **state)
{
	struct buf plain = BUF_INIT, in = BUF_INIT, out = BUF_INIT;
	int64_t at;

	(void)state;
	plain_jpeg(&plain);
	buf_add(&in, plain.buf, 2);
	segment(&in, 0xE2, "ICC_PROFILE\0\x01\x01profile", 21);
	buf_add(&in, plain.buf + 2, plain.len - 2);
	assert_int_equal(exif_clean_jpeg((const unsigned char *)in.buf, in.len, &out, &at), EXIF_OK);
	assert_int_equal(out.len, in.len);   /* colours stay as the camera meant them */
	assert_int_equal(at, 0);
	buf_release(&plain);
	buf_release(&in);
	buf_release(&out);
}

/* Every prefix, and lengths that lie: never out of bounds, never metadata in the output. */
static void test_jpeg_damaged(void **state)
{
	struct buf plain = BUF_INIT, dirty = BUF_INIT;
	int64_t at;

	(void)state;
	plain_jpeg(&plain);
	dirty_jpeg(&plain, &dirty);
	for (size_t n = 0; n <= dirty.len; n++) {
		struct buf out = BUF_INIT;
		/* An exact copy, so ASan sees a read past the prefix. */
		unsigned char *p = malloc(n ? n : 1);
		memcpy(p, dirty.buf, n);
		enum exif_result r = exif_clean_jpeg(p, n, &out, &at);
		assert_int_equal(r, n < 3 ? EXIF_NOT_IMAGE : n < dirty.len - 28 ? EXIF_DAMAGED : EXIF_OK);
		assert_false(has(&out, "Exif") || has(&out, "xmpmeta") || has(&out, "testcamera") || has(&out, "Sanne"));
		free(p);
		buf_release(&out);
	}
	/* The Exif segment claims 0xFFFF bytes, 1 byte, 0 bytes. */
	static const unsigned lies[] = { 0xFFFF, 1, 0 };
	for (size_t i = 0; i < 3; i++) {
		struct buf out = BUF_INIT;
		dirty.buf[4] = (char)(lies[i] >> 8);
		dirty.buf[5] = (char)(lies[i] & 0xFF);
		assert_int_equal(exif_clean_jpeg((const unsigned char *)dirty.buf, dirty.len, &out, &at), EXIF_DAMAGED);
		assert_int_equal(out.len, 4);   /* SOI EOI: nothing of an unreadable file */
		buf_release(&out);
	}
	/* The Exif segment claims 40 bytes of its ~250: the rest is skipped as strays, never kept. */
	{
		struct buf out = BUF_INIT;
		dirty.buf[4] = 0;
		dirty.buf[5] = 40;
		assert_int_equal(exif_clean_jpeg((const unsigned char *)dirty.buf, dirty.len, &out, &at), EXIF_OK);
		assert_int_equal(out.len, plain.len);
		assert_memory_equal(out.buf, plain.buf, plain.len);
		buf_release(&out);
	}
	buf_release(&plain);
	buf_release(&dirty);
}

/* Random damage (a fixed seed): no crash, no hang, output never longer than the input plus EOI. */
static void test_jpeg_png_mutations(void **state)
{
	struct buf plain = BUF_INIT, j = BUF_INIT, p = BUF_INIT;
	uint32_t seed = 17;
	int64_t at;

	(void)state;
	plain_jpeg(&plain);
	dirty_jpeg(&plain, &j);
	png(&p, 1);
	for (int round = 0; round < 3000; round++) {
		struct buf *src = round % 2 ? &p : &j;
		unsigned char *m = malloc(src->len);
		memcpy(m, src->buf, src->len);
		for (int k = 0; k < 4; k++) {
			seed = seed * 1103515245u + 12345u;
			size_t at_byte = 2 + (seed >> 8) % (src->len - 2);
			seed = seed * 1103515245u + 12345u;
			m[at_byte] = (unsigned char)(seed >> 16);
		}
		struct buf out = BUF_INIT;
		if (src == &j)
			exif_clean_jpeg(m, src->len, &out, &at);
		else
			exif_clean_png(m, src->len, &out, &at);
		assert_true(out.len <= src->len + 12);
		free(m);
		buf_release(&out);
	}
	buf_release(&plain);
	buf_release(&j);
	buf_release(&p);
}

/* ---- PNG ---- */

static void test_png_stripped_bytes_unchanged(void **state)
{
	struct buf plain = BUF_INIT, dirty = BUF_INIT, out = BUF_INIT;
	int64_t at;

	(void)state;
	png(&plain, 0);
	png(&dirty, 1);
	assert_true(has(&dirty, "eXIf") && has(&dirty, "xmpmeta") && has(&dirty, "Sanne"));
	assert_int_equal(exif_clean_png((const unsigned char *)dirty.buf, dirty.len, &out, &at), EXIF_OK);
	assert_int_equal(out.len, plain.len);
	assert_memory_equal(out.buf, plain.buf, plain.len);
	assert_int_equal(at, TAKEN_UTC);
	buf_release(&plain);
	buf_release(&dirty);
	buf_release(&out);
}

static void test_png_damaged(void **state)
{
	struct buf dirty = BUF_INIT;
	int64_t at;

	(void)state;
	png(&dirty, 1);
	size_t end = dirty.len - 19;   /* where the trailer starts */
	for (size_t n = 0; n <= dirty.len; n++) {
		struct buf out = BUF_INIT;
		unsigned char *p = malloc(n ? n : 1);
		memcpy(p, dirty.buf, n);
		enum exif_result r = exif_clean_png(p, n, &out, &at);
		assert_int_equal(r, n < 8 ? EXIF_NOT_IMAGE : n < end ? EXIF_DAMAGED : EXIF_OK);
		assert_false(has(&out, "eXIf") || has(&out, "xmpmeta") || has(&out, "Sanne") || has(&out, "GPS"));
		free(p);
		buf_release(&out);
	}
	/* The eXIf chunk (right after IHDR) claims 2^31 - 1 bytes, then 2^32 - 1. */
	static const uint32_t lies[] = { 0x7FFFFFFF, 0xFFFFFFFF };
	for (size_t i = 0; i < 2; i++) {
		struct buf out = BUF_INIT;
		for (int k = 0; k < 4; k++)
			dirty.buf[33 + k] = (char)(lies[i] >> (24 - 8 * k));
		assert_int_equal(exif_clean_png((const unsigned char *)dirty.buf, dirty.len, &out, &at), EXIF_DAMAGED);
		assert_int_equal(out.len, 8 + 25 + 12);   /* signature, IHDR, IEND */
		buf_release(&out);
	}
	buf_release(&dirty);
}

/* ---- the capture moment ---- */

static void test_capture_moment(void **state)
{
	struct buf t = BUF_INIT;

	(void)state;
	tiff(&t, 1, EDITED, TAKEN, NULL);
	assert_int_equal(exif_capture_moment((const unsigned char *)t.buf, t.len), TAKEN_UTC);
	buf_reset(&t);
	tiff(&t, 0, EDITED, TAKEN, NULL);   /* big-endian (Motorola) order */
	assert_int_equal(exif_capture_moment((const unsigned char *)t.buf, t.len), TAKEN_UTC);
	buf_reset(&t);
	tiff(&t, 1, EDITED, NULL, NULL);   /* no DateTimeOriginal: DateTime, summer time */
	assert_int_equal(exif_capture_moment((const unsigned char *)t.buf, t.len), EDITED_UTC);
	buf_reset(&t);
	tiff(&t, 1, NULL, TAKEN, "+05:30");   /* the camera names its zone */
	assert_int_equal(exif_capture_moment((const unsigned char *)t.buf, t.len), TAKEN_UTC + 3600 - 19800);
	buf_reset(&t);
	tiff(&t, 1, NULL, "0000:00:00 00:00:00", NULL);   /* a camera without a set clock */
	assert_int_equal(exif_capture_moment((const unsigned char *)t.buf, t.len), 0);
	buf_reset(&t);
	tiff(&t, 1, NULL, "2026:02:30 12:00:00", NULL);
	assert_int_equal(exif_capture_moment((const unsigned char *)t.buf, t.len), 0);
	buf_reset(&t);
	tiff(&t, 1, EDITED, TAKEN, NULL);
	for (size_t n = 0; n < t.len; n++) {   /* cut anywhere: 0 or the right moment, never a wild read */
		unsigned char *p = malloc(n ? n : 1);
		memcpy(p, t.buf, n);
		int64_t at = exif_capture_moment(p, n);
		assert_true(at == 0 || at == TAKEN_UTC || at == EDITED_UTC);
		free(p);
	}
	buf_release(&t);
}

/* ---- files_keep_clean(): on disk, HEIC included ---- */

static char dir[64];

static int setup_dir(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/leefbaar-exif-XXXXXX");
	if (!mkdtemp(dir) || files_init(dir) < 0)
		return -1;
	return 0;
}

static int teardown_dir(void **state)
{
	char cmd[128];

	(void)state;
	files_shutdown();
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	return system(cmd) == 0 ? 0 : -1;
}

static void write_file(const char *path, const struct buf *b)
{
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	assert_int_equal(fwrite(b->buf, 1, b->len, f), b->len);
	assert_int_equal(fclose(f), 0);
}

static void read_stored(const char *name, struct buf *b)
{
	char path[160];
	unsigned char chunk_[4096];
	size_t k;

	snprintf(path, sizeof(path), "%s/bijlagen/%s", dir, name);
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	while ((k = fread(chunk_, 1, sizeof(chunk_), f)) > 0)
		buf_add(b, chunk_, k);
	fclose(f);
}

static void test_keep_clean_jpeg(void **state)
{
	struct buf plain = BUF_INIT, dirty = BUF_INIT, stored = BUF_INIT;
	char path[128], mime[64] = "image/jpeg", name[FILES_NAME_LEN];
	int64_t at = -1;

	(void)state;
	plain_jpeg(&plain);
	dirty_jpeg(&plain, &dirty);
	snprintf(path, sizeof(path), "%s/upload-jpeg", dir);
	write_file(path, &dirty);
	assert_int_equal(files_keep_clean(path, mime, name, &at), 0);
	assert_int_equal(at, TAKEN_UTC);
	assert_string_equal(mime, "image/jpeg");
	assert_int_equal(access(path, F_OK), -1);   /* moved, not copied */
	read_stored(name, &stored);
	assert_int_equal(stored.len, plain.len);
	assert_memory_equal(stored.buf, plain.buf, plain.len);
	buf_release(&plain);
	buf_release(&dirty);
	buf_release(&stored);
}

/* A HEIC from libheif's encoder with Exif (GPS) and XMP items. */
static void make_heic(const char *path)
{
	struct heif_context *ctx = heif_context_alloc();
	struct heif_encoder *enc = NULL;
	struct heif_image *img = NULL;
	struct heif_image_handle *h = NULL;
	struct buf ex = BUF_INIT;
	int stride;

	assert_true(heif_have_encoder_for_format(heif_compression_HEVC));
	assert_int_equal(heif_image_create(64, 48, heif_colorspace_RGB, heif_chroma_interleaved_RGB, &img).code, heif_error_Ok);
	assert_int_equal(heif_image_add_plane(img, heif_channel_interleaved, 64, 48, 8).code, heif_error_Ok);
	uint8_t *px = heif_image_get_plane(img, heif_channel_interleaved, &stride);
	for (int y = 0; y < 48; y++)
		for (int x = 0; x < 64 * 3; x++)
			px[y * stride + x] = (uint8_t)(x * 3 + y * 5);
	assert_int_equal(heif_context_get_encoder_for_format(ctx, heif_compression_HEVC, &enc).code, heif_error_Ok);
	heif_encoder_set_lossy_quality(enc, 80);
	assert_int_equal(heif_context_encode_image(ctx, img, enc, NULL, &h).code, heif_error_Ok);
	buf_add(&ex, "Exif\0\0", 6);
	tiff(&ex, 0, EDITED, TAKEN, NULL);
	assert_int_equal(heif_context_add_exif_metadata(ctx, h, ex.buf, (int)ex.len).code, heif_error_Ok);
	assert_int_equal(heif_context_add_XMP_metadata(ctx, h, XMP + 29, (int)sizeof(XMP) - 29).code, heif_error_Ok);
	assert_int_equal(heif_context_write_to_file(ctx, path).code, heif_error_Ok);
	heif_encoder_release(enc);
	heif_image_handle_release(h);
	heif_image_release(img);
	heif_context_free(ctx);
	buf_release(&ex);
}

static void test_keep_clean_heic(void **state)
{
	struct buf heic = BUF_INIT, stored = BUF_INIT;
	char path[128], mime[64], name[FILES_NAME_LEN];
	int64_t at = -1;

	(void)state;
	snprintf(path, sizeof(path), "%s/upload-heic", dir);
	make_heic(path);
	assert_int_equal(files_check_type(path, mime), 0);
	assert_true(!strcmp(mime, "image/heic") || !strcmp(mime, "image/heif"));
	FILE *f = fopen(path, "rb");
	char tmp[4096];
	size_t k;
	while ((k = fread(tmp, 1, sizeof(tmp), f)) > 0)
		buf_add(&heic, tmp, k);
	fclose(f);
	assert_true(has(&heic, "xmpmeta") && has(&heic, TAKEN));   /* the sample does carry them */

	assert_int_equal(files_keep_clean(path, mime, name, &at), 0);
	assert_string_equal(mime, "image/jpeg");
	assert_int_equal(at, TAKEN_UTC);
	read_stored(name, &stored);
	assert_false(has(&stored, "Exif") || has(&stored, "xmpmeta") || has(&stored, TAKEN) || has(&stored, EDITED));

	/* A real JPEG of the same size, not just any bytes. */
	struct jpeg_decompress_struct d;
	struct jpeg_error_mgr err;
	d.err = jpeg_std_error(&err);
	jpeg_create_decompress(&d);
	jpeg_mem_src(&d, (const unsigned char *)stored.buf, stored.len);
	assert_int_equal(jpeg_read_header(&d, TRUE), JPEG_HEADER_OK);
	assert_int_equal(d.image_width, 64);
	assert_int_equal(d.image_height, 48);
	jpeg_destroy_decompress(&d);
	buf_release(&heic);
	buf_release(&stored);
}

/* A HEIC cut in half (its Exif item kept, its image gone): refused (-2), nothing kept. */
static void test_keep_clean_heic_damaged(void **state)
{
	char path[128], mime[64] = "image/heic", name[FILES_NAME_LEN];
	int64_t at = -1;
	size_t n;

	(void)state;
	snprintf(path, sizeof(path), "%s/upload-heic-kapot", dir);
	make_heic(path);
	FILE *f = fopen(path, "rb");
	char *tmp = malloc(1 << 20);
	n = fread(tmp, 1, 1 << 20, f);
	fclose(f);
	struct buf b = BUF_INIT;
	buf_add(&b, tmp, n / 2);
	free(tmp);
	assert_true(has(&b, "Exif"));
	write_file(path, &b);
	assert_int_equal(files_keep_clean(path, mime, name, &at), -2);
	assert_int_equal(at, 0);
	assert_int_equal(access(path, F_OK), 0);   /* left for the caller to remove */
	unlink(path);
	buf_release(&b);
}

/* A HEIC libheif cannot decode that holds no metadata (only its ftyp): kept as it came. */
static void test_keep_clean_heic_bare(void **state)
{
	static const char bare[] = "\0\0\0\x18" "ftypheic\0\0\0\0mif1heic\0\0\0\0";
	char path[128], mime[64] = "image/heic", name[FILES_NAME_LEN];
	struct buf b = BUF_INIT, st = BUF_INIT;
	int64_t at = -1;

	(void)state;
	snprintf(path, sizeof(path), "%s/upload-heic-kaal", dir);
	buf_add(&b, bare, sizeof(bare) - 1);
	write_file(path, &b);
	assert_int_equal(files_keep_clean(path, mime, name, &at), 0);
	assert_string_equal(mime, "image/heic");
	assert_int_equal(at, 0);
	read_stored(name, &st);
	assert_int_equal(st.len, b.len);
	assert_memory_equal(st.buf, b.buf, b.len);
	buf_release(&b);
	buf_release(&st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_jpeg_stripped_bytes_unchanged),
		cmocka_unit_test(test_jpeg_icc_kept),
		cmocka_unit_test(test_jpeg_damaged),
		cmocka_unit_test(test_jpeg_png_mutations),
		cmocka_unit_test(test_png_stripped_bytes_unchanged),
		cmocka_unit_test(test_png_damaged),
		cmocka_unit_test(test_capture_moment),
		cmocka_unit_test(test_keep_clean_jpeg),
		cmocka_unit_test(test_keep_clean_heic),
		cmocka_unit_test(test_keep_clean_heic_damaged),
		cmocka_unit_test(test_keep_clean_heic_bare),
	};

	return cmocka_run_group_tests_name("exif", tests, setup_dir, teardown_dir);
}
