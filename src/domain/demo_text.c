/*
 * demo_text.c - Dutch texts for demo and volume data (see demo_text.h).
 */
#include "domain/demo_text.h"

#include <stdio.h>
#include <string.h>

void demo_rng_seed(struct demo_rng *r, uint64_t seed)
{
	/* xorshift must not start at 0; splitmix the seed once. */
	uint64_t z = seed + 0x9e3779b97f4a7c15ull;
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	z ^= z >> 31;
	r->s = z ? z : 0x9e3779b97f4a7c15ull;
}

uint64_t demo_rng_next(struct demo_rng *r)
{
	r->s ^= r->s >> 12;
	r->s ^= r->s << 25;
	r->s ^= r->s >> 27;
	return r->s * 2685821657736338717ull;
}

uint32_t demo_rng_below(struct demo_rng *r, uint32_t n)
{
	return (uint32_t)((demo_rng_next(r) >> 32) % n);
}

/* Placeholder texts until the generator lands (same session). */
size_t demo_text_melding(struct demo_rng *r, const char *categorie, char *out, size_t max)
{
	(void)r;
	return (size_t)snprintf(out, max, "Melding over %s.", categorie);
}

size_t demo_text_terugkoppeling(struct demo_rng *r, const char *categorie, char *out, size_t max)
{
	(void)r;
	return (size_t)snprintf(out, max, "Wij hebben uw melding over %s bekeken.", categorie);
}

size_t demo_text_notitie(struct demo_rng *r, const char *categorie, char *out, size_t max)
{
	(void)r;
	return (size_t)snprintf(out, max, "Notitie over %s.", categorie);
}

size_t demo_text_naam(struct demo_rng *r, char *out, size_t max)
{
	(void)r;
	return (size_t)snprintf(out, max, "J. de Boer");
}
