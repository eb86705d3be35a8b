/*
 * exif.c - photos cleaned of metadata, capture moment read first (see exif.h).
 */
#include "domain/exif.h"
#include "domain/amsterdam.h"
#include "domain/days.h"

#include <string.h>

/* ---- the capture moment, from a TIFF-structured EXIF block ---- */

#define TAG_DATETIME          0x0132
#define TAG_EXIF_IFD          0x8769
#define TAG_DATETIME_ORIGINAL 0x9003
#define TAG_OFFSET_TIME       0x9010
#define TAG_OFFSET_ORIGINAL   0x9011
#define TIFF_ASCII 2
#define TIFF_LONG  4

struct tiff {
	const unsigned char *p;
	size_t n;
	int le;
};

/* Callers have checked that off + 2 (or 4) lies within the block. */
static uint32_t rd16(const struct tiff *t, size_t off)
{
	const unsigned char *b = t->p + off;
	return t->le ? (uint32_t)b[0] | (uint32_t)b[1] << 8 : (uint32_t)b[0] << 8 | (uint32_t)b[1];
}

static uint32_t rd32(const struct tiff *t, size_t off)
{
	const unsigned char *b = t->p + off;
	return t->le ? (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24
		     : (uint32_t)b[0] << 24 | (uint32_t)b[1] << 16 | (uint32_t)b[2] << 8 | (uint32_t)b[3];
}

/*
 * The value of tag in the IFD at ifd: its type, count and the offset of
 * its bytes, checked to lie within the block. 0, or -1 when absent or out
 * of bounds. Only the entries of this one IFD are read: no chain is
 * followed, so a loop in the file cannot make us loop.
 */
static int ifd_find(const struct tiff *t, size_t ifd, uint32_t tag, uint32_t *type, uint32_t *count, size_t *voff)
{
	static const unsigned char type_size[13] = { 0, 1, 1, 2, 4, 8, 1, 1, 2, 4, 8, 4, 8 };

	if (ifd > t->n || t->n - ifd < 2)
		return -1;
	uint32_t entries = rd16(t, ifd);
	for (uint32_t i = 0; i < entries; i++) {
		size_t e = ifd + 2 + (size_t)i * 12;
		if (e > t->n || t->n - e < 12)
			return -1;
		if (rd16(t, e) != tag)
			continue;
		*type = rd16(t, e + 2);
		*count = rd32(t, e + 4);
		uint64_t size = (uint64_t)(*type < 13 ? type_size[*type] : 0) * *count;
		if (size == 0)
			return -1;
		*voff = size <= 4 ? e + 8 : rd32(t, e + 8);
		if (*voff > t->n || t->n - *voff < size)
			return -1;
		return 0;
	}
	return -1;
}

/* The ASCII value of tag, at most cap-1 characters, NUL-terminated. 0/-1. */
static int ifd_ascii(const struct tiff *t, size_t ifd, uint32_t tag, char *out, size_t cap)
{
	uint32_t type, count;
	size_t off;

	if (ifd_find(t, ifd, tag, &type, &count, &off) < 0 || type != TIFF_ASCII)
		return -1;
	size_t k = count < cap - 1 ? count : cap - 1;
	memcpy(out, t->p + off, k);
	out[k] = '\0';
	return 0;
}

static int digits(const char *s, int k)
{
	int v = 0;

	for (int i = 0; i < k; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

/* "+HH:MM" / "-HH:MM" in seconds east of UTC; -1 when not that shape. */
static int parse_offset(const char *s, int *secs)
{
	if ((s[0] != '+' && s[0] != '-') || s[3] != ':')
		return -1;
	int h = digits(s + 1, 2), m = digits(s + 4, 2);
	if (h < 0 || m < 0 || h > 14 || m > 59)
		return -1;
	*secs = (s[0] == '-' ? -1 : 1) * (h * 3600 + m * 60);
	return 0;
}

/* "YYYY:MM:DD HH:MM:SS" with an optional offset; 0 when unreadable or blank. */
static int64_t parse_moment(const char *s, const char *offset)
{
	if (strlen(s) < 19 || s[4] != ':' || s[7] != ':' || s[10] != ' ' || s[13] != ':' || s[16] != ':')
		return 0;
	int y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2);
	int h = digits(s + 11, 2), mi = digits(s + 14, 2), se = digits(s + 17, 2);
	int64_t at;

	/* Cameras without a set clock write 0000:00:00 or 1970; neither is a moment of overlast. */
	if (y < 1990 || mo < 0 || d < 0 || h < 0 || mi < 0 || se < 0)
		return 0;
	if (amsterdam_from_local(y, mo, d, h, mi, se, &at) < 0)
		return 0;
	int off;
	if (offset && parse_offset(offset, &off) == 0)   /* the camera said which zone it was in */
		at = (int64_t)days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + se - off;
	return at;
}

int64_t exif_capture_moment(const unsigned char *tiff, size_t n)
{
	struct tiff t = { tiff, n, 0 };
	char when[24], offset[8];
	uint32_t type, count;
	size_t exif_ifd;
	int64_t at = 0;

	if (n < 8)
		return 0;
	if (!memcmp(tiff, "II*\0", 4))
		t.le = 1;
	else if (memcmp(tiff, "MM\0*", 4))
		return 0;
	size_t ifd0 = rd32(&t, 4);
	if (ifd_find(&t, ifd0, TAG_EXIF_IFD, &type, &count, &exif_ifd) == 0 && type == TIFF_LONG) {
		exif_ifd = rd32(&t, exif_ifd);
		if (ifd_ascii(&t, exif_ifd, TAG_DATETIME_ORIGINAL, when, sizeof(when)) == 0)
			at = parse_moment(when, ifd_ascii(&t, exif_ifd, TAG_OFFSET_ORIGINAL, offset, sizeof(offset)) == 0
					  ? offset : NULL);
	} else {
		exif_ifd = (size_t)-1;
	}
	if (!at && ifd_ascii(&t, ifd0, TAG_DATETIME, when, sizeof(when)) == 0)
		at = parse_moment(when, exif_ifd != (size_t)-1 &&
				  ifd_ascii(&t, exif_ifd, TAG_OFFSET_TIME, offset, sizeof(offset)) == 0 ? offset : NULL);
	return at;
}

/* ---- JPEG: a walk over the segments ---- */

/* 1 when a segment with marker m and payload seg[sl] may stay. */
static int jpeg_keep(unsigned m, const unsigned char *seg, size_t sl)
{
	if (m == 0xFE)
		return 0;   /* COM: free text, often the camera's or an editor's */
	if (m < 0xE0 || m > 0xEF)
		return 1;   /* tables, frame and scan headers: the image itself */
	if (m == 0xE0)
		return sl >= 5 && (!memcmp(seg, "JFIF\0", 5) || !memcmp(seg, "JFXX\0", 5));
	if (m == 0xE2)
		return sl >= 12 && !memcmp(seg, "ICC_PROFILE\0", 12);
	if (m == 0xEE)
		return sl >= 5 && !memcmp(seg, "Adobe", 5);
	return 0;   /* APP1 Exif/XMP, APP13 IPTC/Photoshop, and every other APPn */
}

enum exif_result exif_clean_jpeg(const unsigned char *in, size_t n, struct buf *out, int64_t *captured)
{
	size_t p = 2;
	int dropped = 0;   /* the last segment was dropped */

	*captured = 0;
	if (n < 3 || in[0] != 0xFF || in[1] != 0xD8 || in[2] != 0xFF)
		return EXIF_NOT_IMAGE;
	buf_add(out, in, 2);
	for (;;) {
		if (p < n && in[p] != 0xFF) {
			/*
			 * Stray bytes before a marker: decoders skip them (libjpeg
			 * warns). After a kept segment they stay, as they came;
			 * after a dropped one they go, for they may be the rest of
			 * a metadata segment whose length lied short.
			 */
			const unsigned char *ff = memchr(in + p, 0xFF, n - p);
			size_t k = ff ? (size_t)(ff - (in + p)) : n - p;
			if (!dropped)
				buf_add(out, in + p, k);
			p += k;
		}
		if (p >= n)
			goto damaged;
		while (p < n && in[p] == 0xFF)
			p++;   /* fill bytes before a marker */
		if (p >= n)
			goto damaged;
		unsigned m = in[p++];
		if (m == 0xD9) {
			buf_add(out, "\xFF\xD9", 2);
			return EXIF_OK;   /* whatever follows EOI is not the image */
		}
		if (m == 0x00 || m == 0xD8)
			goto damaged;
		if ((m >= 0xD0 && m <= 0xD7) || m == 0x01) {
			buf_addch(out, (char)0xFF);
			buf_addch(out, (char)m);
			continue;   /* markers without a length */
		}
		if (n - p < 2)
			goto damaged;
		size_t len = (size_t)in[p] << 8 | in[p + 1];
		if (len < 2 || len > n - p)
			goto damaged;
		const unsigned char *seg = in + p + 2;
		size_t sl = len - 2;
		dropped = !jpeg_keep(m, seg, sl);
		if (!dropped) {
			buf_addch(out, (char)0xFF);
			buf_addch(out, (char)m);
			buf_add(out, in + p, len);
		} else if (m == 0xE1 && !*captured && sl >= 6 && !memcmp(seg, "Exif\0\0", 6)) {
			*captured = exif_capture_moment(seg + 6, sl - 6);
		}
		p += len;
		if (m != 0xDA)
			continue;
		/* Entropy-coded data runs to the next marker that is not a stuffed 0 or a restart. */
		size_t s = p;
		while (p < n) {
			if (in[p] != 0xFF) {
				p++;
				continue;
			}
			if (p + 1 >= n) {
				p = n;
				break;
			}
			unsigned c = in[p + 1];
			if (c == 0x00 || (c >= 0xD0 && c <= 0xD7))
				p += 2;
			else
				break;
		}
		buf_add(out, in + s, p - s);
	}
damaged:
	buf_add(out, "\xFF\xD9", 2);
	return EXIF_DAMAGED;
}

/* ---- PNG: a walk over the chunks ---- */

static const unsigned char png_sig[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };
static const unsigned char png_iend[12] = { 0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82 };

static int png_keep(const unsigned char *type)
{
	static const char safe[][5] = {
		"tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs", "hIST", "sPLT",
		"cICP", "mDCv", "cLLi", "acTL", "fcTL", "fdAT",
	};

	if (!(type[0] & 0x20))
		return 1;   /* critical (IHDR, PLTE, IDAT, IEND): the image itself */
	for (size_t i = 0; i < sizeof(safe) / sizeof(safe[0]); i++)
		if (!memcmp(type, safe[i], 4))
			return 1;
	return 0;   /* eXIf, tEXt, zTXt, iTXt (XMP), tIME, and any private chunk */
}

enum exif_result exif_clean_png(const unsigned char *in, size_t n, struct buf *out, int64_t *captured)
{
	size_t p = sizeof(png_sig);

	*captured = 0;
	if (n < sizeof(png_sig) || memcmp(in, png_sig, sizeof(png_sig)))
		return EXIF_NOT_IMAGE;
	buf_add(out, in, sizeof(png_sig));
	for (;;) {
		if (n - p < 12)
			goto damaged;
		size_t len = (size_t)in[p] << 24 | (size_t)in[p + 1] << 16 | (size_t)in[p + 2] << 8 | in[p + 3];
		if (len > 0x7fffffff || len > n - p - 12)
			goto damaged;
		const unsigned char *type = in + p + 4;
		if (png_keep(type))
			buf_add(out, in + p, 12 + len);
		else if (!memcmp(type, "eXIf", 4) && !*captured)
			*captured = exif_capture_moment(in + p + 8, len);
		p += 12 + len;
		if (!memcmp(type, "IEND", 4))
			return EXIF_OK;   /* whatever follows IEND is not the image */
	}
damaged:
	buf_add(out, png_iend, sizeof(png_iend));
	return EXIF_DAMAGED;
}
