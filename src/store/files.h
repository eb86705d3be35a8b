/*
 * files.h - attachment files on disk: type checks by content (libmagic),
 * durable storage under data_dir/bijlagen, and files of a form that came
 * back with errors, kept for an hour ("pending").
 *
 * A file is fsync'd and renamed into bijlagen/, and the directory fsync'd,
 * before any row pointing to it commits: a melding that was accepted never
 * points to a file that a crash lost.
 */
#ifndef LEEFBAAR_FILES_H
#define LEEFBAAR_FILES_H

#include "lib/arena.h"
#include "store/store.h"

#include <stdint.h>

struct db;

#define FILES_NAME_LEN 48          /* a storage name: 43 base64url characters + NUL */
#define PENDING_LIFETIME 3600

/* Remembers data_dir; creates bijlagen/. 0/-1. */
int files_init(const char *data_dir);
/* Closes the libmagic handles of all threads (after the server stopped). */
void files_shutdown(void);

/*
 * Reads the file's type by content. Returns 0 with the MIME type in mime
 * when it is one we accept (photos JPEG/PNG/HEIC, video MP4/MOV, sound
 * MP3/M4A/WAV), -1 otherwise.
 */
int files_check_type(const char *path, char mime[64]);
/* A short Dutch name for a MIME type ("foto", "video", "geluid"). */
const char *files_kind(const char *mime);

/* Moves a temporary file into bijlagen/ durably; fills the storage name. 0/-1. */
int files_keep(const char *tmp_path, char name[FILES_NAME_LEN]);
/*
 * As files_keep(), for evidence (issue 17, point 7): a photo (mime as
 * files_check_type() read it) is first cleaned in place of EXIF, XMP and
 * GPS data - JPEG and PNG without recompression, HEIC converted - and its
 * capture moment (unix seconds, read before cleaning; 0 when unknown) is
 * set in *captured. *mime may change (a converted HEIC becomes
 * image/jpeg). Other files are kept as they are. 0, -1 (our error: I/O;
 * nothing kept) or -2 (a photo that cannot be read and may carry
 * metadata: refused, nothing kept; say so beside the field).
 * In store/files_clean.c (helper "bewijs").
 */
int files_keep_clean(const char *tmp_path, char mime[64], char name[FILES_NAME_LEN], int64_t *captured);
/*
 * The name to show for a kept file: the client's, or "bestand" when it
 * sent none; a HEIC that files_keep_clean() made a JPEG is called
 * "….jpg", so it opens as what it is now. In a.
 */
const char *files_shown_name(struct arena *a, const char *client_name, const char *mime);
/* Full path of a stored file (valid until the request ends). */
const char *files_path(struct arena *a, const char *name);
void files_remove(const char *name);

struct pending_file {
	int64_t id, grootte;
	int64_t opgenomen_op;        /* the photo's capture moment, read when it was first kept; 0 unknown */
	const char *bestandsnaam, *opslag, *mime;
};

enum store_result pending_add(struct db *db, const unsigned char hash[32], const char *name,
			      const char *opslag, const char *mime, int64_t size, int64_t now);
/*
 * pending_add() noting the client address the file came from (the
 * per-address cap counts it) and the photo's capture moment (0 unknown).
 */
enum store_result pending_add_from(struct db *db, const unsigned char hash[32], const char *name,
				   const char *opslag, const char *mime, int64_t size, int64_t now, const char *ip,
				   int64_t opgenomen_op);
/* Bytes of the pending files kept since `since`: from ip, or from everyone when ip is NULL; -1 on error. */
int64_t pending_bytes_since(struct db *db, const char *ip, int64_t since);
/* The live (younger than an hour) files under a token; count or -1. */
int pending_list(struct db *db, struct arena *a, const unsigned char hash[32], int64_t now,
		 struct pending_file **out);
/* Drops one pending file (row and file) of this token. */
enum store_result pending_drop(struct db *db, const unsigned char hash[32], int64_t id);
/* Forgets the rows of a token whose files became attachments. */
enum store_result pending_taken(struct db *db, const unsigned char hash[32]);
/*
 * The periodic sweep's share: every pending file older than an hour, rows
 * first in short transactions of its own, then the files. The count
 * removed, or -1.
 */
int pending_sweep(struct db *db, int64_t now);

/* A file in tmp/ or bijlagen/ older than this, with no row, is an orphan while serving. */
#define FILES_ORPHAN_AGE (24 * 3600)
#define FILES_ASIDE_DIR ".verweesd"   /* in bijlagen/: stored files no row points at */
#define FILES_ASIDE_DAYS 30
/*
 * Sweeps orphans: files in data_dir/tmp and bijlagen/ that nothing points
 * at (no attachment, pending upload or referral file row), left by a
 * crash. at_start: no request is running yet, so every request temporary
 * (upload-, export-, doorverwijzing-) and every unreferenced stored file
 * goes, whatever its age; otherwise only those older than
 * FILES_ORPHAN_AGE. Other files in tmp/ (an import waiting for its
 * confirmation) go after FILES_ORPHAN_AGE. Temporaries are removed; stored
 * files are moved to bijlagen/.verweesd/ and removed from there after
 * FILES_ASIDE_DAYS. Counts in *n_tmp and *n_bijlagen; 0/-1.
 */
int files_sweep_orphans(struct db *db, const char *data_dir, int at_start, int64_t now, int *n_tmp, int *n_bijlagen);

#endif
