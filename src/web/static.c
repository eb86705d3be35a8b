/*
 * static.c - the files in static/: one flat directory, names from a small
 * alphabet, so no path can leave it; types from a fixed table. A link that
 * carries the assets' version (?v=) may be cached for good.
 */
#include "config.h"
#include "web/web.h"
#include "http/http.h"
#include "http/input.h"
#include "render/page.h"

#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The name is checked here (name_ok()), to answer this page's own 404. */
const struct field_spec static_fields[] = {
	FIELD_PATH("file", FT_TEXT),
	{ .name = "v", .from = IN_QUERY, .type = FT_TEXT },
	FIELDS_END
};

static const struct {
	const char *ext, *type;
} types[] = {
	{ ".css", "text/css; charset=utf-8" },
	{ ".js", "text/javascript; charset=utf-8" },
	{ ".svg", "image/svg+xml" },
	{ ".png", "image/png" },
	{ ".ico", "image/x-icon" },
	{ ".woff2", "font/woff2" },
	{ ".txt", "text/plain; charset=utf-8" },
};

static const char *type_of(const char *name)
{
	size_t n = strlen(name);

	for (size_t i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		size_t e = strlen(types[i].ext);
		if (n > e && !strcmp(name + n - e, types[i].ext))
			return types[i].type;
	}
	return NULL;
}

static int name_ok(const char *name)
{
	if (!name[0] || name[0] == '.' || strlen(name) > 100)
		return 0;
	for (const char *p = name; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		      (*p >= '0' && *p <= '9') || *p == '.' || *p == '-' || *p == '_'))
			return 0;
	return 1;
}

int handle_static(struct req *req)
{
	const char *name = input_text(req, "file");
	const char *type = name ? type_of(name) : NULL;
	char path[1024], etag[64];
	struct stat sb;

	if (!name || !name_ok(name) || !type)
		return http_error(req, 404, "Bestand niet gevonden", "Dit bestand bestaat niet.");
	snprintf(path, sizeof(path), "%s/%s", req->cfg->static_dir, name);
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	if (fd < 0)
		return http_error(req, 404, "Bestand niet gevonden", "Dit bestand bestaat niet.");
	if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		return http_error(req, 404, "Bestand niet gevonden", "Dit bestand bestaat niet.");
	}
	snprintf(etag, sizeof(etag), "\"%" PRIx64 "-%" PRIx64 "\"", (uint64_t)sb.st_size, (uint64_t)sb.st_mtime);
	http_add_header(req, "ETag", etag);
	const char *v = input_text(req, "v");
	req->cache_control = v && !strcmp(v, page_asset_version())
		? "public, max-age=31536000, immutable"
		: "public, max-age=3600";
	req->content_type = type;
	const char *inm = http_header(req, "If-None-Match");
	if (inm && !strcmp(inm, etag)) {
		close(fd);
		return 304;
	}
	req->fd_out = fd;
	req->fd_size = (uint64_t)sb.st_size;
	return 200;
}
