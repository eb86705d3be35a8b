/*
 * download.h - sending a stored file (a melding's attachment, a referral's
 * file) as the answer to a GET, the one way the handlers do it.
 *
 *   struct download dl;
 *   if ((st = download_open(req, files_path(&req->arena, f.opslag), &dl)))
 *           return st;                         (404 page answered)
 *   if (audit_record(...) < 0) {
 *           download_close(&dl);
 *           return http_unavailable(req, NULL);
 *   }
 *   return download_send(req, &dl, f.mime, f.bestandsnaam);
 *
 * Opening comes first so that a missing file leaves no "bekeken" row in
 * the audit trail; loading the row and checking who may see it stay with
 * the caller.
 */
#ifndef LEEFBAAR_DOWNLOAD_H
#define LEEFBAAR_DOWNLOAD_H

#include <stdint.h>

struct req;

/* A stored file opened for sending; fd -1 once sent or closed. */
struct download {
	int fd;
	uint64_t size;
};

/*
 * Opens path for download_send(): no symlinks, regular files only. Returns
 * 0; or, when the file is not (or no longer) there, logs it, answers 404
 * "Bestand niet gevonden" and returns 404.
 */
int download_open(struct req *req, const char *path, struct download *dl);

/*
 * Sends dl as the answer with its MIME type: inline for the types a
 * browser shows itself (JPEG, PNG, MP4, MP3, WAV, M4A), as an attachment
 * otherwise (HEIC, MOV, PDF, ...). filename is the name the user gave it:
 * an ASCII fallback with the unsafe characters replaced, plus the UTF-8
 * name percent-encoded (RFC 6266). nosniff and no-store come with every
 * response (response.c). Takes over the descriptor; returns 200.
 */
int download_send(struct req *req, struct download *dl, const char *mime, const char *filename);

/* 1 when download_send() sends this type inline (the page can show it), else 0. */
int download_inline(const char *mime);

/* Closes a download that will not be sent (its audit row failed). */
void download_close(struct download *dl);

#endif
