/*
 * fuzz_exif.c - the metadata cleaner over any bytes (domain/exif.c, issue
 * 17 point 7): as JPEG, as PNG and as a TIFF EXIF block. None may crash,
 * read out of bounds or hang; the output is never longer than the input
 * plus the closing marker, and a clean result cleaned again stays the same.
 */
#include "domain/exif.h"
#include "lib/buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef enum exif_result (*cleaner)(const unsigned char *, size_t, struct buf *, int64_t *);

static void check(cleaner clean, const uint8_t *data, size_t size)
{
	struct buf out = BUF_INIT, again = BUF_INIT;
	int64_t at, at2;

	enum exif_result r = clean(data, size, &out, &at);
	if (out.len > size + 12)
		abort();
	if (r == EXIF_OK) {
		if (clean((const unsigned char *)out.buf, out.len, &again, &at2) != EXIF_OK || again.len != out.len ||
		    memcmp(again.buf, out.buf, out.len))
			abort();
	}
	buf_release(&out);
	buf_release(&again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	/* An exact copy, so a read past the end is one past an allocation. */
	unsigned char *p = malloc(size ? size : 1);

	memcpy(p, data, size);
	check(exif_clean_jpeg, p, size);
	check(exif_clean_png, p, size);
	exif_capture_moment(p, size);
	free(p);
	return 0;
}
