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

#endif
