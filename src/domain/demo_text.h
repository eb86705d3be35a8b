/*
 * demo_text.h - Dutch texts for the demo and for volume data: how tenants
 * write about overlast (short, long, angry, worried), how the team answers
 * them and what it notes. Pure: no I/O, no clock; the caller's generator
 * decides every choice, so the same seed gives the same texts.
 *
 * Used by `leefbaar seed --demo` (src/seed_demo.c) and `seed --meldingen`
 * (src/seed_volume.c).
 */
#ifndef LEEFBAAR_DEMO_TEXT_H
#define LEEFBAAR_DEMO_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* xorshift64*: fast and deterministic; not for secrets. */
struct demo_rng {
	uint64_t s;
};

/* Any seed works, 0 included. */
void demo_rng_seed(struct demo_rng *r, uint64_t seed);
uint64_t demo_rng_next(struct demo_rng *r);
/* Uniform in [0, n); n > 0. */
uint32_t demo_rng_below(struct demo_rng *r, uint32_t n);

/*
 * The text functions below draw from `r` only, and as often whatever `max`
 * is: the same seed gives the same text, and a smaller `max` gives a prefix
 * of it. None allocates; each writes at most max - 1 bytes and a NUL into
 * `out`, cut at a UTF-8 boundary, and returns the length written (0 and
 * nothing written when max is 0).
 */

/*
 * A melder's description of a melding of the category with this code (the
 * codes of migrations/0002: geluid, stank, agressie, drugs, huisdieren,
 * overlast_overig, vervuiling, zorgsignaal, huiselijk_geweld,
 * criminaliteit, zwerfvuil, vernieling, verlichting, groen,
 * bewonersinitiatief); any other code, NULL included, gets a general
 * overlast text. Tone varies: short, long (under 1,200 bytes), angry,
 * worried, polite, or typed on a phone.
 */
size_t demo_text_melding(struct demo_rng *r, const char *categorie, char *out, size_t max);

/*
 * The team's terugkoppeling to the melder on such a melding: a short letter
 * with line breaks, signed with a staff member's name (under 1,000 bytes).
 */
size_t demo_text_terugkoppeling(struct demo_rng *r, const char *categorie, char *out, size_t max);

/* A staff member's internal note on such a melding (timeline "notitie"). */
size_t demo_text_notitie(struct demo_rng *r, const char *categorie, char *out, size_t max);

/* A Dutch person's name as people give it: "Fatma Yılmaz", "J. de Boer". */
size_t demo_text_naam(struct demo_rng *r, char *out, size_t max);

#endif
