/*
 * files_clean.c - evidence kept clean (see files_keep_clean() in files.h):
 * JPEG and PNG lose their metadata segments without recompression
 * (domain/exif.c); HEIC/HEIF is decoded with libheif and written as a
 * JPEG with libjpeg, which carries no metadata at all. Either way the
 * capture moment is read from the EXIF first.
 *
 * Return values: 0 kept; -1 an error of ours (I/O), nothing kept; -2 the
 * photo cannot be read (a HEIC that libheif cannot decode and that holds
 * metadata, bytes that are no JPEG/PNG after all), nothing kept: the
 * caller tells the melder. A HEIC that cannot be decoded but holds no
 * metadata item is kept as it came (image/heic, offered as a download). A
 * damaged JPEG/PNG is kept as the clean part before the damage, never
 * with its metadata.
 */
#define _GNU_SOURCE   /* memmem */
#include "store/files.h"
#include "domain/exif.h"
#include "lib/arena.h"
#include "lib/buf.h"
#include "lib/log.h"
#include "lib/xalloc.h"

#include <errno.h>
#include <fcntl.h>
#include <libheif/heif.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jpeglib.h>

/* Far above the upload limit: a guard for this module's own reads. */
#define CLEAN_MAX_BYTES ((off_t)256 * 1024 * 1024)
/* Decoded as 8-bit RGB: 64 megapixels is 192 MB, above any phone camera. */
#define HEIF_MAX_PIXELS ((int64_t)64 * 1000 * 1000)
#define HEIF_JPEG_QUALITY 90

static int read_all(const char *path, struct buf *b)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC), rc = -1;

	if (fd < 0)
		return log_error("open %s: %s", path, strerror(errno));
	if (fstat(fd, &st) < 0 || st.st_size > CLEAN_MAX_BYTES) {
		log_error("files_clean: %s: too large or unreadable", path);
		goto out;
	}
	buf_grow(b, (size_t)st.st_size);
	while (b->len < (size_t)st.st_size) {
		ssize_t k = read(fd, b->buf + b->len, (size_t)st.st_size - b->len);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			log_error("read %s: %s", path, k < 0 ? strerror(errno) : "short");
			goto out;
		}
		b->len += (size_t)k;
	}
	b->buf[b->len] = '\0';
	rc = 0;
out:
	close(fd);
	return rc;
}

/* Replaces path's content by data[n]: a new file beside it, renamed over it. */
static int replace_with(const char *path, const void *data, size_t n)
{
	struct buf tmp = BUF_INIT;
	const char *p = data;
	int fd, rc = -1;

	buf_addf(&tmp, "%s.schoon", path);
	fd = open(tmp.buf, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
	if (fd < 0) {
		log_error("open %s: %s", tmp.buf, strerror(errno));
		goto out;
	}
	while (n > 0) {
		ssize_t k = write(fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0) {
			log_error("write %s: %s", tmp.buf, strerror(errno));
			close(fd);
			unlink(tmp.buf);
			goto out;
		}
		p += k;
		n -= (size_t)k;
	}
	/* files_keep() fsyncs the file before it moves into bijlagen/. */
	if (close(fd) < 0 || rename(tmp.buf, path) < 0) {
		log_error("rename %s: %s", tmp.buf, strerror(errno));
		unlink(tmp.buf);
		goto out;
	}
	rc = 0;
out:
	buf_release(&tmp);
	return rc;
}

/* ---- HEIC/HEIF to JPEG ---- */

struct jpeg_fail {
	struct jpeg_error_mgr mgr;
	jmp_buf jump;
};

/* libjpeg's default error_exit calls exit(): come back here instead. */
static void jpeg_fail_exit(j_common_ptr c)
{
	char msg[JMSG_LENGTH_MAX];

	c->err->format_message(c, msg);
	log_error("libjpeg: %s", msg);
	longjmp(((struct jpeg_fail *)c->err)->jump, 1);
}

/* Encodes 8-bit interleaved RGB as a baseline JPEG in *out (malloc'd; caller frees). 0/-1. */
static int jpeg_encode(const uint8_t *rgb, int stride, int w, int h, unsigned char **out, unsigned long *n)
{
	struct jpeg_compress_struct c;
	struct jpeg_fail err;

	*out = NULL;
	*n = 0;
	c.err = jpeg_std_error(&err.mgr);
	err.mgr.error_exit = jpeg_fail_exit;
	if (setjmp(err.jump)) {
		jpeg_destroy_compress(&c);
		free(*out);
		*out = NULL;
		return -1;
	}
	jpeg_create_compress(&c);
	jpeg_mem_dest(&c, out, n);
	c.image_width = (JDIMENSION)w;
	c.image_height = (JDIMENSION)h;
	c.input_components = 3;
	c.in_color_space = JCS_RGB;
	jpeg_set_defaults(&c);
	jpeg_set_quality(&c, HEIF_JPEG_QUALITY, TRUE);
	jpeg_start_compress(&c, TRUE);
	while (c.next_scanline < c.image_height) {
		JSAMPROW row = (JSAMPROW)(rgb + (size_t)c.next_scanline * (size_t)stride);
		jpeg_write_scanlines(&c, &row, 1);
	}
	jpeg_finish_compress(&c);
	jpeg_destroy_compress(&c);
	return 0;
}

/* The capture moment from the primary image's Exif item; 0 when none. */
static int64_t heif_captured(const struct heif_image_handle *h)
{
	heif_item_id id;
	int64_t at = 0;

	if (heif_image_handle_get_list_of_metadata_block_IDs(h, "Exif", &id, 1) < 1)
		return 0;
	size_t n = heif_image_handle_get_metadata_size(h, id);
	if (n < 4 || n > 1024 * 1024)
		return 0;
	unsigned char *data = xmalloc(n);
	struct heif_error e = heif_image_handle_get_metadata(h, id, data);
	if (e.code == heif_error_Ok) {
		/* The item starts with the offset of the TIFF header after these four bytes. */
		uint32_t skip = (uint32_t)data[0] << 24 | (uint32_t)data[1] << 16 | (uint32_t)data[2] << 8 | data[3];
		if (skip <= n - 4)
			at = exif_capture_moment(data + 4 + skip, n - 4 - skip);
	}
	free(data);
	return at;
}

/*
 * Decodes the primary image (turned as the file says: libheif applies
 * irot/imir) and writes it over path as a JPEG. 0, -1 (ours), -2 (unreadable).
 */
static int heif_to_jpeg(const char *path, int64_t *captured)
{
	struct heif_context *ctx = heif_context_alloc();
	struct heif_image_handle *h = NULL;
	struct heif_image *img = NULL;
	unsigned char *jpeg = NULL;
	unsigned long jpeg_n = 0;
	struct heif_error e;
	int rc = -2;

	e = heif_context_read_from_file(ctx, path, NULL);
	if (e.code != heif_error_Ok)
		goto fail;
	e = heif_context_get_primary_image_handle(ctx, &h);
	if (e.code != heif_error_Ok)
		goto fail;
	int w = heif_image_handle_get_width(h), ht = heif_image_handle_get_height(h);
	if (w <= 0 || ht <= 0 || (int64_t)w * ht > HEIF_MAX_PIXELS) {
		log_warn("files_clean: HEIF of %dx%d refused", w, ht);
		goto out;
	}
	*captured = heif_captured(h);
	e = heif_decode_image(h, &img, heif_colorspace_RGB, heif_chroma_interleaved_RGB, NULL);
	if (e.code != heif_error_Ok)
		goto fail;
	int stride;
	const uint8_t *rgb = heif_image_get_plane_readonly(img, heif_channel_interleaved, &stride);
	w = heif_image_get_width(img, heif_channel_interleaved);
	ht = heif_image_get_height(img, heif_channel_interleaved);
	if (!rgb || w <= 0 || ht <= 0)
		goto out;
	if (jpeg_encode(rgb, stride, w, ht, &jpeg, &jpeg_n) < 0)
		goto out;
	rc = replace_with(path, jpeg, jpeg_n) < 0 ? -1 : 0;
	goto out;
fail:
	log_warn("files_clean: HEIF not readable: %s", e.message ? e.message : "?");
out:
	free(jpeg);
	if (img)
		heif_image_release(img);
	if (h)
		heif_image_handle_release(h);
	heif_context_free(ctx);
	return rc;
}

/*
 * 1 when a HEIF that libheif cannot decode holds no metadata item: no
 * 'Exif' or 'mime' (XMP) item type and no XMP packet anywhere in its
 * bytes. A chance match in the image data only makes us refuse it.
 */
static int heif_without_metadata(const char *path)
{
	struct buf b = BUF_INIT;
	int none = 0;

	if (read_all(path, &b) == 0)
		none = !memmem(b.buf, b.len, "Exif", 4) && !memmem(b.buf, b.len, "mime", 4) &&
		       !memmem(b.buf, b.len, "xmpmeta", 7) && !memmem(b.buf, b.len, "XMP", 3);
	buf_release(&b);
	return none;
}

/* ---- JPEG and PNG: segments and chunks dropped ---- */

static int strip(const char *path, int png, int64_t *captured)
{
	struct buf in = BUF_INIT, out = BUF_INIT;
	int rc = -1;

	if (read_all(path, &in) < 0)
		goto out;
	buf_grow(&out, in.len);
	const unsigned char *bytes = (const unsigned char *)in.buf;
	enum exif_result r = png ? exif_clean_png(bytes, in.len, &out, captured)
				 : exif_clean_jpeg(bytes, in.len, &out, captured);
	if (r == EXIF_NOT_IMAGE) {
		rc = -2;
		goto out;
	}
	if (r == EXIF_DAMAGED)
		log_warn("files_clean: damaged %s kept as its clean part (%zu of %zu bytes)",
			 png ? "PNG" : "JPEG", out.len, in.len);
	/* Nothing dropped: leave the file alone. */
	rc = out.len == in.len && !memcmp(out.buf, in.buf, in.len) ? 0 : replace_with(path, out.buf, out.len);
out:
	buf_release(&in);
	buf_release(&out);
	return rc;
}

const char *files_shown_name(struct arena *a, const char *client_name, const char *mime)
{
	if (!client_name || !client_name[0])
		return "bestand";
	size_t n = strlen(client_name);
	if (!strcmp(mime, "image/jpeg") && n > 5 &&
	    (!strcasecmp(client_name + n - 5, ".heic") || !strcasecmp(client_name + n - 5, ".heif")))
		return arena_printf(a, "%.*s.jpg", (int)(n - 5), client_name);
	return client_name;
}

int files_keep_clean(const char *tmp_path, char mime[64], char name[FILES_NAME_LEN], int64_t *captured)
{
	int rc = 0;

	*captured = 0;
	if (!strcmp(mime, "image/jpeg"))
		rc = strip(tmp_path, 0, captured);
	else if (!strcmp(mime, "image/png"))
		rc = strip(tmp_path, 1, captured);
	else if (!strcmp(mime, "image/heic") || !strcmp(mime, "image/heif")) {
		rc = heif_to_jpeg(tmp_path, captured);
		if (rc == 0)
			snprintf(mime, 64, "image/jpeg");
		else if (rc == -2 && heif_without_metadata(tmp_path))
			rc = 0;   /* nothing to strip: kept as it came, a download */
	}
	if (rc < 0) {
		*captured = 0;
		return rc;
	}
	return files_keep(tmp_path, name);
}
