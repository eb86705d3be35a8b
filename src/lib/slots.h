/*
 * slots.h - how many requests run their handler at once ([server] workers).
 *
 * The server has more threads than cores so that a request waiting for the
 * disk (its group commit) or for the password hasher does not hold up the
 * connections that share its thread. What bounds CPU and memory is the
 * number of handlers that actually work at once: each takes a slot first.
 * A holder that is about to wait for something needing no CPU or memory of
 * its own lends its slot out meanwhile (slot_pause .. slot_resume); a
 * thread that holds no slot (a background job) passes through both.
 * Slots are handed out first come, first served, and a holder coming back
 * from its wait goes before requests that have not started (slots.c).
 */
#ifndef LEEFBAAR_SLOTS_H
#define LEEFBAAR_SLOTS_H

/* n slots; 0 (the default before any call) means no limit. Call before the threads start. */
void slots_init(int n);
/* Before a request's handler: waits for a free slot. */
void slot_take(void);
/*
 * A slot only if one is free and nobody waits for one: 1 (taken), or 0
 * (nothing taken). For a thread that must not wait (http/server.c).
 */
int slot_try_take(void);
/* After it. */
void slot_give(void);
/* The holder is about to wait: its slot goes to whoever waits for one. */
void slot_pause(void);
/* The wait is over: takes a slot again (waiting for one if need be). */
void slot_resume(void);
/* Slots in use now (for tests and /healthz figures). */
int slots_busy(void);
/* Threads waiting for a slot now, in either line (for tests). */
int slots_waiting(void);

#endif
