/*
 * app.h - what every use case in src/app/ shares: the outcome.
 *
 * A use case takes (db, the arena for its messages, const struct actor *,
 * typed input) and returns an enum app_result plus, for APP_INVALID, the
 * field errors in the order of the form. It speaks no HTTP: the web page
 * turns APP_INVALID into 422 with the messages beside the fields, the JSON
 * API into {"fouten": ...}, the command line into lines on stderr; the
 * refusals (not found, forbidden, unavailable) are answered through
 * http_refused() (http/http.h) on both front doors.
 */
#ifndef LEEFBAAR_APP_H
#define LEEFBAAR_APP_H

enum app_result {
	APP_OK,
	APP_INVALID,          /* the input is refused: see the field errors */
	APP_UNAVAILABLE,      /* the database (or the password hasher) failed; logged */
	APP_NOT_FOUND,        /* no such thing, or one the actor may not know exists
				 (the permission matrix hides it; the refusal is audited) */
	APP_FORBIDDEN,        /* the actor may see it but not do this (audited) */
};

#endif
