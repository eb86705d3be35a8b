/*
 * download.c - sending a stored file as the answer (see download.h).
 */
#include "http/download.h"
#include "http/http.h"
#include "lib/buf.h"
#include "lib/log.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Types Chromium shows itself; everything else (HEIC, HEIF, MOV, PDF) is a download. */
int download_inline(const char *mime)
{
	static const char *const ok[] = {
		"image/jpeg", "image/png", "video/mp4", "audio/mpeg", "audio/x-wav", "audio/wav",
		"audio/x-m4a", "audio/mp4",
	};
	for (size_t i = 0; i < sizeof(ok) / sizeof(ok[0]); i++)
		if (!strcmp(mime, ok[i]))
			return 1;
	return 0;
}

/*
 * RFC 5987's value: every byte but letters, digits and "-._~" percent-encoded.
 * Stricter than buf_add_urlencoded(), which keeps '/': a name is never a path.
 */
static void add_ext_value(struct buf *b, const char *s)
{
	static const char hex[] = "0123456789ABCDEF";

	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		unsigned char c = *p;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
		    c == '-' || c == '.' || c == '_' || c == '~') {
			buf_addch(b, (char)c);
		} else {
			buf_addch(b, '%');
			buf_addch(b, hex[c >> 4]);
			buf_addch(b, hex[c & 15]);
		}
	}
}

/* filename="..." in ASCII (others become _) plus filename*=UTF-8''... for the real name. */
static const char *disposition(struct req *req, const char *kind, const char *name)
{
	struct buf b = BUF_INIT;

	buf_addf(&b, "%s; filename=\"", kind);
	for (const unsigned char *p = (const unsigned char *)name; *p && b.len < 200; p++)
		buf_addch(&b, *p >= 0x20 && *p < 0x7f && *p != '"' && *p != '\\' ? (char)*p : '_');
	buf_addstr(&b, "\"; filename*=UTF-8''");
	add_ext_value(&b, name);
	const char *out = arena_strdup(&req->arena, b.buf);
	buf_release(&b);
	return out;
}

int download_open(struct req *req, const char *path, struct download *dl)
{
	struct stat sb;
	const char *why = NULL;

	dl->fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (dl->fd < 0 || fstat(dl->fd, &sb) < 0)
		why = strerror(errno);
	else if (!S_ISREG(sb.st_mode))
		why = "not a regular file";
	if (why) {
		/* The row is there and the file is not: worth an operator's look. */
		log_error("%s: stored file %s missing: %s", req->path, path, why);
		download_close(dl);
		return http_error(req, 404, "Bestand niet gevonden", "Dit bestand is niet (meer) aanwezig.");
	}
	dl->size = (uint64_t)sb.st_size;
	return 0;
}

int download_send(struct req *req, struct download *dl, const char *mime, const char *filename)
{
	req->content_type = mime;
	/* Case files are never cached: no-store (response.c's default), whatever was set before. */
	req->cache_control = NULL;
	http_add_header(req, "Content-Disposition",
			disposition(req, download_inline(mime) ? "inline" : "attachment", filename));
	req->fd_out = dl->fd;
	req->fd_size = dl->size;
	dl->fd = -1;
	return 200;
}

void download_close(struct download *dl)
{
	if (dl->fd >= 0)
		close(dl->fd);
	dl->fd = -1;
}
