/*
 * fts.h - user text as an FTS5 query, safe to bind to MATCH.
 *
 * Raw text in MATCH is an SQL error at step time ("overlast-melding" reads
 * as a column, AND/OR/NOT/NEAR are operators, a lone '"' breaks it;
 * PLATFORM.md), so every whitespace-separated term becomes an FTS5 string
 * ("..." with '"' doubled) matched as a prefix ("..."*); terms are ANDed.
 * Terms without a letter or digit are left out. Used by every search box
 * (meldingen, dossiers) and the API's q= parameters.
 */
#ifndef LEEFBAAR_FTS_H
#define LEEFBAAR_FTS_H

#include "lib/buf.h"

#define FTS_Q_MAX 200     /* bytes of the user's text that count */
#define FTS_TERMS_MAX 16

/* Writes the query into out (reset first); returns the number of terms (0: nothing to search). */
int fts_query(const char *q, struct buf *out);

#endif
