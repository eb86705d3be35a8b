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
/* Full path of a stored file (valid until the request ends). */
const char *files_path(struct arena *a, const char *name);
void files_remove(const char *name);

struct pending_file {
	int64_t id, grootte;
	const char *bestandsnaam, *opslag, *mime;
};

enum store_result pending_add(struct db *db, const unsigned char hash[32], const char *name,
			      const char *opslag, const char *mime, int64_t size, int64_t now);
/* The live (younger than an hour) files under a token; count or -1. */
int pending_list(struct db *db, struct arena *a, const unsigned char hash[32], int64_t now,
		 struct pending_file **out);
/* Drops one pending file (row and file) of this token. */
enum store_result pending_drop(struct db *db, const unsigned char hash[32], int64_t id);
/* Forgets the rows of a token whose files became attachments. */
enum store_result pending_taken(struct db *db, const unsigned char hash[32]);
/* Removes files and rows older than an hour. */
void pending_expire(struct db *db, int64_t now);

#endif
