/*
 * log.c - leveled logging to stderr, one line per call.
 */
#include "log.h"

#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

const char *const log_level_names[LOG__MAX] = {
	[LOG_ERROR] = "error",
	[LOG_WARN] = "warn",
	[LOG_INFO] = "info",
	[LOG_DEBUG] = "debug",
};

static _Atomic int current = LOG_INFO;

void log_set_level(enum log_level level)
{
	current = level;
}

enum log_level log_get_level(void)
{
	return (enum log_level)current;
}

int log_level_parse(const char *name)
{
	for (int i = 0; i < LOG__MAX; i++)
		if (!strcmp(name, log_level_names[i]))
			return i;
	return -1;
}

static void vlog(enum log_level level, const char *fmt, va_list ap)
{
	char line[2048];
	int n;

	if ((int)level > current)
		return;
	n = snprintf(line, sizeof(line), "leefbaar %s: ", log_level_names[level]);
	vsnprintf(line + n, sizeof(line) - (size_t)n - 1, fmt, ap);
	/* One fputs per line keeps lines from threads whole. */
	strcat(line, "\n");
	fputs(line, stderr);
}

int log_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vlog(LOG_ERROR, fmt, ap);
	va_end(ap);
	return -1;
}

#define LOG_FN(name, level)                          \
	void name(const char *fmt, ...)              \
	{                                            \
		va_list ap;                          \
		va_start(ap, fmt);                   \
		vlog(level, fmt, ap);                \
		va_end(ap);                          \
	}
LOG_FN(log_warn, LOG_WARN)
LOG_FN(log_info, LOG_INFO)
LOG_FN(log_debug, LOG_DEBUG)
