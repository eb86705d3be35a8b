/*
 * password.c - Argon2id hashing and the weak-password rules (see password.h).
 */
#include "auth/password.h"
#include "lib/log.h"
#include "lib/slots.h"

#include <ctype.h>
#include <pthread.h>
#include <semaphore.h>
#include <string.h>
#include <strings.h>

static unsigned long long opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
static size_t memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
static sem_t hashing;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static char dummy_hash[PASSWORD_HASH_MAX];

static void init_sem(void)
{
	sem_init(&hashing, 0, 2);
}

void password_init(enum pwhash_strength strength)
{
	pthread_once(&once, init_sem);
	switch (strength) {
	case PWHASH_INTERACTIVE:
		opslimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
		memlimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
		break;
	case PWHASH_MODERATE:
		opslimit = crypto_pwhash_OPSLIMIT_MODERATE;
		memlimit = crypto_pwhash_MEMLIMIT_MODERATE;
		break;
	case PWHASH_TEST:
		opslimit = crypto_pwhash_OPSLIMIT_MIN;
		memlimit = crypto_pwhash_MEMLIMIT_MIN;
		break;
	}
	/* The dummy costs what a real verification costs. */
	password_hash("leefbaar-dummy-wachtwoord", dummy_hash);
}

int password_hash(const char *password, char out[PASSWORD_HASH_MAX])
{
	pthread_once(&once, init_sem);
	/* The hasher has its own bound (two at once): a request's slot is not needed meanwhile. */
	slot_pause();
	sem_wait(&hashing);
	int rc = crypto_pwhash_str_alg(out, password, strlen(password), opslimit, memlimit,
				       crypto_pwhash_ALG_ARGON2ID13);
	sem_post(&hashing);
	slot_resume();
	return rc == 0 ? 0 : log_error("password hashing failed (out of memory?)");
}

int password_verify(const char *hash, const char *password)
{
	pthread_once(&once, init_sem);
	slot_pause();
	sem_wait(&hashing);
	int rc = crypto_pwhash_str_verify(hash, password, strlen(password));
	sem_post(&hashing);
	slot_resume();
	return rc == 0;
}

void password_verify_dummy(const char *password)
{
	if (dummy_hash[0])
		password_verify(dummy_hash, password);
}

int password_needs_rehash(const char *hash)
{
	return crypto_pwhash_str_needs_rehash(hash, opslimit, memlimit) != 0;
}

/* The passwords attackers try first (lower-case; compared case-insensitively). */
static const char *const common[] = {
	"123456789012", "1234567890123", "12345678901234", "qwertyuiopas", "qwertyuiop123",
	"wachtwoord123", "wachtwoord1234", "welkom123456", "welkomwelkom", "password1234",
	"password12345", "passwordpassword", "administrator", "letmein12345", "iloveyou1234",
	"000000000000", "111111111111", "aaaaaaaaaaaa", "abcdefghijkl", "abc123abc123",
	"voorjaar2026!", "zomer2026!!!", "leefbaar1234", "leefbaar2026", "woningcorporatie",
	"huurder12345", "welkom2026!!", "azertyuiop12", "1q2w3e4r5t6y", "qazwsxedcrfv",
};

const char *password_weakness(const char *password, const char *email)
{
	size_t n = strlen(password);

	if (n < PASSWORD_MIN_LEN)
		return "Kies een wachtwoord van minstens 12 tekens.";
	if (n > PASSWORD_MAX_LEN)
		return "Kies een wachtwoord van hoogstens 256 tekens.";
	if (email && !strcasecmp(password, email))
		return "Uw wachtwoord mag niet uw e-mailadres zijn.";
	if (email) {
		size_t local = strcspn(email, "@");
		if (local >= 4 && n == local && !strncasecmp(password, email, local))
			return "Uw wachtwoord mag niet het begin van uw e-mailadres zijn.";
	}
	for (size_t i = 0; i < sizeof(common) / sizeof(common[0]); i++)
		if (!strcasecmp(password, common[i]))
			return "Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander.";
	int same = 1;
	for (size_t i = 1; i < n; i++)
		if (password[i] != password[0])
			same = 0;
	if (same)
		return "Een wachtwoord van één herhaald teken is makkelijk te raden. Kies een ander.";
	return NULL;
}
