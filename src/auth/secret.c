/*
 * secret.c - the key file and random tokens (see secret.h).
 */
#include "auth/secret.h"
#include "lib/buf.h"
#include "lib/log.h"

#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static unsigned char keys[2 * SECRET_KEY_BYTES];

static int read_all(int fd, unsigned char *p, size_t n)
{
	while (n) {
		ssize_t r = read(fd, p, n);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

int secret_init(const char *data_dir)
{
	struct buf path = BUF_INIT;
	int rc = -1, fd;

	if (sodium_init() < 0)
		return log_error("libsodium cannot initialise");
	buf_addf(&path, "%s/secret.key", data_dir);
	fd = open(path.buf, O_RDONLY | O_CLOEXEC);
	if (fd >= 0) {
		if (read_all(fd, keys, sizeof(keys)) < 0)
			log_error("%s: too short or unreadable; remove it to make a new one", path.buf);
		else
			rc = 0;
		close(fd);
		goto out;
	}
	if (errno != ENOENT) {
		log_error("cannot open %s: %s", path.buf, strerror(errno));
		goto out;
	}
	randombytes_buf(keys, sizeof(keys));
	fd = open(path.buf, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		log_error("cannot create %s: %s", path.buf, strerror(errno));
		goto out;
	}
	if (write(fd, keys, sizeof(keys)) != (ssize_t)sizeof(keys) || fsync(fd) < 0)
		log_error("cannot write %s: %s", path.buf, strerror(errno));
	else
		rc = 0;
	close(fd);
out:
	buf_release(&path);
	return rc;
}

const unsigned char *secret_mac_key(void)
{
	return keys;
}

const unsigned char *secret_box_key(void)
{
	return keys + SECRET_KEY_BYTES;
}

void secret_random_b64(char *out, size_t out_size, size_t n)
{
	unsigned char raw[64];

	if (n > sizeof(raw))
		n = sizeof(raw);
	randombytes_buf(raw, n);
	sodium_bin2base64(out, out_size, raw, n, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
	sodium_memzero(raw, sizeof(raw));
}

void secret_token_hash(const char *token, unsigned char out[32])
{
	crypto_generichash(out, 32, (const unsigned char *)token, strlen(token), NULL, 0);
}

int secret_seal(const char *plain, unsigned char out[SECRET_SEAL_MAX], size_t *len)
{
	size_t n = strlen(plain);

	if (n >= 64)
		return -1;
	randombytes_buf(out, crypto_secretbox_NONCEBYTES);
	crypto_secretbox_easy(out + crypto_secretbox_NONCEBYTES, (const unsigned char *)plain, n,
			      out, secret_box_key());
	*len = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + n;
	return 0;
}

int secret_open(const unsigned char *box, size_t len, char plain[64])
{
	size_t overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;

	if (len < overhead || len - overhead >= 64)
		return -1;
	if (crypto_secretbox_open_easy((unsigned char *)plain, box + crypto_secretbox_NONCEBYTES,
				       len - crypto_secretbox_NONCEBYTES, box, secret_box_key()) != 0)
		return -1;
	plain[len - overhead] = '\0';
	return 0;
}
