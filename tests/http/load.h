/*
 * load.h - a write load for HTTP tests: callers on threads of their own
 * posting meldingen to POST /api/v1/meldingen as fast as the server
 * answers, each keeping the reference of every melding acknowledged with
 * a 201. For what must hold while the server is busy writing: a crash, a
 * backup, a shutdown. The suite's extra_ini must lift the anonymous limit
 * ("[security]\nmelden_per_ip_hour = 100000\n").
 *
 * Callers stop at load_stop(), or by themselves once the server no longer
 * answers (a connection that fails ends a caller: what was not answered
 * was not promised).
 */
#ifndef LEEFBAAR_TEST_LOAD_H
#define LEEFBAAR_TEST_LOAD_H

struct server;
struct load;

/* Starts callers posting to s (to its base_url as it is now). */
struct load *load_start(struct server *s, int callers);
/*
 * Waits until want meldingen are acknowledged (60 s at most, 240 s under
 * valgrind). Returns how many are.
 */
int load_wait(struct load *l, int want);
/* Stops and joins the callers. Returns how many meldingen were acknowledged. */
int load_stop(struct load *l);
/* After load_stop(): answers that were neither a 201 nor a dropped connection. */
int load_errors(const struct load *l);
/* After load_stop(): the reference of acknowledged melding i (0 .. load_stop() - 1). */
const char *load_ref(const struct load *l, int i);
void load_free(struct load *l);

#endif
