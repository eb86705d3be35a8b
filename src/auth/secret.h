/*
 * secret.h - the server's own keys, kept in the data directory.
 *
 * data_dir/secret.key holds 64 random bytes (mode 0600), made on first
 * start: the first 32 sign the pre-session CSRF tokens (HMAC), the last 32
 * encrypt status-link tokens for later messages (secretbox). Losing the file
 * only expires open forms and old links in outgoing mail.
 */
#ifndef LEEFBAAR_SECRET_H
#define LEEFBAAR_SECRET_H

#include <stddef.h>

#define SECRET_KEY_BYTES 32

/* Loads or creates the key file; 0/-1 (logged). */
int secret_init(const char *data_dir);
const unsigned char *secret_mac_key(void);
const unsigned char *secret_box_key(void);

/* n random bytes as unpadded base64url into out (arena or caller buffer of size b64 len + 1). */
void secret_random_b64(char *out, size_t out_size, size_t n);

/* The stored form of a bearer secret (session cookie, API token, status link): BLAKE2b-256. */
void secret_token_hash(const char *token, unsigned char out[32]);

/* Sealed secrets (status-link tokens for later mail): nonce || secretbox. */
#define SECRET_SEAL_MAX 128
/* Seals a short string (< 64 bytes); out holds SECRET_SEAL_MAX; *len set. 0/-1. */
int secret_seal(const char *plain, unsigned char out[SECRET_SEAL_MAX], size_t *len);
/* Opens what secret_seal made into plain (size >= 64). 0/-1. */
int secret_open(const unsigned char *box, size_t len, char plain[64]);

#endif
