/*
 * once.h - nothing twice: a state-changing request runs once, and its
 * copies get its answer.
 *
 * A form posted with a session carries, after its CSRF token, a nonce
 * drawn for the page it came from (csrf_token(): "TOKEN~NONCE"). Who sent
 * it (session and user), that nonce, the path and the body make the
 * request's key: a double click, the back button and resending, or a
 * second tab posting the same page's form send the same key. An API call
 * with an Idempotency-Key header (from a token or a session; an anonymous
 * caller's key is ignored, since it could be anyone's) makes its key of
 * the user, that header and the path.
 *
 * Before the handler the key is claimed (store/submission.h). The first
 * request runs; a copy waits for it and then answers what it answered: the
 * same redirect for a form, the same status and body for the API. A form
 * that was refused (422, 403, ...) gives its claim up, so the corrected
 * form runs. The same Idempotency-Key with another body is a 422.
 */
#ifndef LEEFBAAR_ONCE_H
#define LEEFBAAR_ONCE_H

struct req;

/* The header an API caller names its request with. */
#define ONCE_HEADER "Idempotency-Key"

/*
 * Before the handler: 0 to run it, or the status of the answer given
 * already (a copy's replay, 409 while the first still runs after a wait,
 * 422 for a reused Idempotency-Key, 503).
 */
int once_begin(struct req *req);
/* After the handler, with its status: keeps the answer for copies, or gives the claim up. */
void once_end(struct req *req, int status);

#endif
