/*
 * seed.c - `leefbaar seed`: the demo organisation and year (--demo), the
 * organisation alone (--organisation, for tests) or N generated meldingen
 * (--meldingen N [--years Y], for benchmarks, with dossiers and
 * doorverwijzingen to match). The generators are in src/seed/.
 */
#include "cli/cli.h"
#include "auth/password.h"
#include "db/db.h"
#include "lib/clock.h"
#include "seed/seed.h"
#include "seed/volume.h"

#include <stdio.h>
#include <string.h>

int cli_seed(const struct cli_opts *o, int argc, char **argv)
{
	(void)argc;
	(void)argv;
	struct config cfg;
	int rc = 1;

	if (!o->demo && !o->meldingen)
		return cli_usage("seed needs --demo, --organisation or --meldingen N");
	if (o->meldingen < 0 || o->years < 0 || o->years > 50 || (o->years && !o->meldingen))
		return cli_usage("seed: --meldingen N (N >= 1) and optionally --years Y (1..50)");
	if (cli_setup(&cfg, &o->common, 1) < 0)
		goto out;
	password_init(cfg.pwhash);
	rc = o->demo && seed_demo_load(db_thread(), (enum seed_demo_kind)o->demo, &cfg) < 0 ? 1 : 0;
	if (!rc && o->meldingen) {
		/*
		 * A connection of its own, not the pool's: the large page cache
		 * seed_volume() sets stays with it, and its batches are plain
		 * autocommit statements outside the group commit (volume.h).
		 */
		struct db *own = db_open(cfg.db_path, cfg.busy_timeout_ms);
		rc = !own || seed_volume(own, o->meldingen, o->years ? (int)o->years : 1, clock_now(), &cfg) < 0 ? 1 : 0;
		if (own)
			db_close(own);
	}
out:
	cli_teardown();
	return rc;
}
