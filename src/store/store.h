/*
 * store.h - what every store function answers.
 */
#ifndef LEEFBAAR_STORE_H
#define LEEFBAAR_STORE_H

enum store_result {
	STORE_OK = 0,
	STORE_NOTFOUND,
	STORE_CONFLICT,   /* a unique or check constraint refused the row */
	STORE_ERROR,      /* logged where it happened */
};

/* A db_one() answer (1 row, 0 none, -1 error) as a store result. */
static inline enum store_result store_result_of(int one)
{
	return one > 0 ? STORE_OK : one == 0 ? STORE_NOTFOUND : STORE_ERROR;
}

/*
 * A db_exec() answer for a write of one row as a store result: -2 (a
 * constraint refused it) STORE_CONFLICT, -1 (logged there) STORE_ERROR,
 * no row changed STORE_NOTFOUND.
 */
static inline enum store_result store_result_exec(int rc)
{
	if (rc == -2)
		return STORE_CONFLICT;
	if (rc < 0)
		return STORE_ERROR;
	return rc == 0 ? STORE_NOTFOUND : STORE_OK;
}

#endif
