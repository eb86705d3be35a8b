/*
 * log.h - leveled logging to stderr.
 *
 * log_error() returns -1 so a failing function can `return log_error(...)`,
 * as git's error() does.
 */
#ifndef LEEFBAAR_LOG_H
#define LEEFBAAR_LOG_H

enum log_level { LOG_ERROR, LOG_WARN, LOG_INFO, LOG_DEBUG, LOG__MAX };

extern const char *const log_level_names[LOG__MAX];

void log_set_level(enum log_level level);
enum log_level log_get_level(void);
/* Returns the level for a name ("error", "warn", ...), or -1. */
int log_level_parse(const char *name);

int log_error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void log_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

#endif
