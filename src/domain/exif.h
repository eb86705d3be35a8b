/*
 * exif.h - photos as evidence, cleaned of what they tell about the melder
 * (issue 17, point 7): EXIF (GPS, camera serial numbers), XMP, IPTC and
 * comments are dropped, and the capture moment is read out first so it
 * can be kept as a field of its own.
 *
 * Pure, over bytes: no files, no clock. Nothing is recompressed: the
 * output is the input minus whole segments (JPEG) or chunks (PNG), so
 * every image byte that stays is the byte that came in.
 *
 * What stays is an allow-list, so an unknown way of hiding data goes too:
 *	JPEG: APP0 JFIF/JFXX, APP2 ICC_PROFILE (colours only; other APP2,
 *	      such as MPF with its embedded preview images, goes), APP14
 *	      Adobe (needed to decode colours), and every non-APP marker;
 *	      stray bytes after a dropped segment (which decoders skip) and
 *	      bytes after EOI (phone trailers, appended previews) go.
 *	PNG:  the critical chunks and the ancillary chunks that describe
 *	      how to draw the pixels (tRNS gAMA cHRM sRGB iCCP sBIT bKGD
 *	      pHYs hIST sPLT cICP mDCv cLLi acTL fcTL fdAT); eXIf, tEXt,
 *	      zTXt, iTXt (XMP), tIME and every other ancillary chunk go, as
 *	      do bytes after IEND.
 *
 * Malformed input (truncated segments, lengths that point past the end)
 * never reads out of bounds: the walk stops there and the output is the
 * clean part before it, closed with EOI/IEND, with EXIF_DAMAGED.
 */
#ifndef LEEFBAAR_EXIF_H
#define LEEFBAAR_EXIF_H

#include "lib/buf.h"

#include <stddef.h>
#include <stdint.h>

enum exif_result {
	EXIF_OK,        /* clean, complete */
	EXIF_DAMAGED,   /* clean, but the input broke off or lied: out holds the clean part before that */
	EXIF_NOT_IMAGE, /* no JPEG/PNG signature: out is empty */
};

/*
 * Appends the cleaned JPEG to out and sets *captured to its capture
 * moment (unix seconds; 0 when the EXIF gives none).
 */
enum exif_result exif_clean_jpeg(const unsigned char *in, size_t n, struct buf *out, int64_t *captured);
/* The same for PNG (capture moment from an eXIf chunk). */
enum exif_result exif_clean_png(const unsigned char *in, size_t n, struct buf *out, int64_t *captured);

/*
 * The capture moment from a TIFF-structured EXIF block (starting at "II*\0"
 * or "MM\0*"): DateTimeOriginal, else DateTime, with OffsetTimeOriginal /
 * OffsetTime when the camera wrote one, else read as Amsterdam local time.
 * Unix seconds, or 0 when absent or unreadable.
 */
int64_t exif_capture_moment(const unsigned char *tiff, size_t n);

#endif
