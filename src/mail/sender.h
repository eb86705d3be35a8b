/*
 * sender.h - the background thread that sends the outbox.
 *
 * Requests only ever write messages into the outbox table (in the
 * transaction of the work they belong to); this one thread reads what is
 * due (outbox_due), sends it with smtp_send() on its own database
 * connection, and records the outcome. So no request waits for a mail
 * server, and a mail server that is down delays mail, nothing else.
 *
 * A failed attempt is retried after 1, 2, 4, ... minutes, at most 60
 * (mail_backoff_seconds()), until [smtp] max_attempts; then the message
 * is given up: volgende_poging becomes OUTBOX_GIVEN_UP and laatste_fout
 * says why. Delivery is at least once: a crash between the server's "250"
 * and our commit, or a connection lost before the "250", sends that
 * message again, with the Message-ID it got when it was queued, so the
 * receiving side can drop the copy. The melder's status link is put into
 * the text here, at send time (store/outbox.h).
 */
#ifndef LEEFBAAR_SENDER_H
#define LEEFBAAR_SENDER_H

#include <stdint.h>

struct config;

/*
 * Starts the thread when cfg->smtp_host is set (cfg must outlive it);
 * does nothing otherwise. The thread blocks every signal, so SIGINT and
 * SIGTERM stay with the thread that waits for them. Returns 0, or -1 when
 * the thread could not start (logged; mail then stays in the outbox).
 */
int mail_sender_start(const struct config *cfg);

/*
 * Stops the thread and joins it: a transfer in progress is aborted within
 * about a second, an unsent message stays due. Waits half of [server]
 * shutdown_grace at most (at least a second); a thread that has not ended
 * by then is left behind, logged, so a stalled mail server never holds up
 * a shutdown. Safe to call when the thread never started.
 */
void mail_sender_stop(void);

/* Seconds to wait after the given number of failed attempts (>= 1): 60 * 2^(n-1), at most 3600. */
int64_t mail_backoff_seconds(int failed_attempts);

#endif
