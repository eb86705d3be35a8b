/*
 * password.h - Argon2id password hashes (libsodium crypto_pwhash_str).
 *
 * Strength: "interactive" is libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE
 * (2 passes, 64 MiB, ~80-100 ms here): the class meant for logins on a web
 * server. "moderate" (3 passes, 256 MiB) is for operators who want more.
 * "test" (the library minimum) exists only so test suites under valgrind
 * finish; a hash made with it is re-hashed at the next login under a real
 * setting, as is any hash whose parameters differ from the current ones.
 *
 * At most two hashes run at once (a semaphore): each takes 64 MiB and a
 * thread of the pool, and a burst of logins must not starve other pages.
 */
#ifndef LEEFBAAR_PASSWORD_H
#define LEEFBAAR_PASSWORD_H

#include "config.h"

#include <sodium.h>

#define PASSWORD_HASH_MAX crypto_pwhash_STRBYTES
#define PASSWORD_MIN_LEN 12
#define PASSWORD_MAX_LEN 256

void password_init(enum pwhash_strength strength);
/* 0/-1; out holds a NUL-terminated "$argon2id$..." string. */
int password_hash(const char *password, char out[PASSWORD_HASH_MAX]);
/* 1 when the password matches the hash. */
int password_verify(const char *hash, const char *password);
/* Spends the time of a verification without an account (no user enumeration by timing). */
void password_verify_dummy(const char *password);
/* 1 when the hash was made with other parameters than the current ones. */
int password_needs_rehash(const char *hash);
/*
 * NULL when the password is acceptable for this e-mail address, or a Dutch
 * message saying why not: too short, too long, the e-mail itself, or one of
 * the passwords everybody tries first.
 */
const char *password_weakness(const char *password, const char *email);

#endif
