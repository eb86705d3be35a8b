/*
 * faults.c - storage faults for HTTP tests, loaded into the server with
 * LD_PRELOAD (faults.so). The tests run as root on CI, where a 0444 file
 * is still writable and no disk fills up on demand, so the faults are
 * made here, at the C library:
 *
 *   LEEFBAAR_FAULTS=FILE   the control file; its first word says what fails
 *                          from the next call on (an absent or empty file:
 *                          nothing):
 *     vol          writes to the database files fail with ENOSPC, and
 *                  statvfs() reports the disk all but full;
 *     schrijffout  writes to the database files fail with EIO (statvfs()
 *                  as it is);
 *     alleen-lezen opening the database file (not its -wal or -shm) for
 *                  writing fails with EACCES: SQLite then opens it
 *                  read-only, as a 0444 file for anyone but root;
 *     upload-vol   writes to uploads being received (data_dir/tmp/upload-*)
 *                  fail with ENOSPC; the database is untouched;
 *     traag        every fsync() and fdatasync() of a database file takes
 *                  a second more: a commit that waits for a slow disk.
 *
 * "Database files" are those whose name ends in .db, .db-wal or
 * .db-journal; nothing else the server writes (uploads, logs) is touched.
 * Only for tests: the control file is read on every call it concerns.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

enum fault { NONE, FULL, EIO_WRITE, READONLY, UPLOAD_FULL, SLOW_SYNC };

/* The control file's word, read with raw system calls (not through the wrappers below). */
static enum fault fault(void)
{
	const char *ctl = getenv("LEEFBAAR_FAULTS");
	char word[32] = "";

	if (!ctl || !*ctl)
		return NONE;
	int fd = (int)syscall(SYS_openat, AT_FDCWD, ctl, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return NONE;
	ssize_t n = syscall(SYS_read, fd, word, sizeof(word) - 1);
	syscall(SYS_close, fd);
	word[n > 0 ? n : 0] = '\0';
	if (!strncmp(word, "vol", 3))
		return FULL;
	if (!strncmp(word, "schrijffout", 11))
		return EIO_WRITE;
	if (!strncmp(word, "alleen-lezen", 12))
		return READONLY;
	if (!strncmp(word, "upload-vol", 10))
		return UPLOAD_FULL;
	if (!strncmp(word, "traag", 5))
		return SLOW_SYNC;
	return NONE;
}

static int ends_with(const char *s, const char *tail)
{
	size_t n = strlen(s), t = strlen(tail);
	return n >= t && !strcmp(s + n - t, tail);
}

static int db_path(const char *p)
{
	return p && (ends_with(p, ".db") || ends_with(p, ".db-wal") || ends_with(p, ".db-journal"));
}

/* The path of an open fd into path (4096), or 0. */
static int fd_path(int fd, char *path)
{
	char link[64];

	snprintf(link, sizeof(link), "/proc/self/fd/%d", fd);
	ssize_t n = readlink(link, path, 4095);
	if (n <= 0)
		return 0;
	path[n] = '\0';
	return 1;
}

static int db_fd(int fd)
{
	char path[4096];
	return fd_path(fd, path) && db_path(path);
}

static int upload_fd(int fd)
{
	char path[4096];
	return fd_path(fd, path) && strstr(path, "/tmp/upload-");
}

/* A write to a database file that the fault makes fail, with errno set. */
static int write_fails(int fd)
{
	enum fault f = fault();

	if (f == UPLOAD_FULL && upload_fd(fd)) {
		errno = ENOSPC;
		return 1;
	}
	if ((f != FULL && f != EIO_WRITE) || !db_fd(fd))
		return 0;
	errno = f == FULL ? ENOSPC : EIO;
	return 1;
}

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

ssize_t write(int fd, const void *buf, size_t n)
{
	if (write_fails(fd))
		return -1;
	return REAL(write)(fd, buf, n);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	if (write_fails(fd))
		return -1;
	return REAL(pwrite)(fd, buf, n, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t off)
{
	if (write_fails(fd))
		return -1;
	return REAL(pwrite64)(fd, buf, n, off);
}

/* A sync of a database file under "traag": a second first. */
static void slow_sync(int fd)
{
	if (fault() == SLOW_SYNC && db_fd(fd)) {
		struct timespec s = { 1, 0 };
		nanosleep(&s, NULL);
	}
}

int fsync(int fd)
{
	slow_sync(fd);
	return REAL(fsync)(fd);
}

int fdatasync(int fd)
{
	slow_sync(fd);
	return REAL(fdatasync)(fd);
}

/* The opening calls, each with the mode that O_CREAT brings. */
static int refused(const char *path, int flags)
{
	if ((flags & O_ACCMODE) == O_RDONLY || !path || !ends_with(path, ".db") || fault() != READONLY)
		return 0;
	errno = EACCES;
	return 1;
}

#define OPEN_MODE(flags, last) ({ \
	mode_t m_ = 0; \
	if ((flags) & (O_CREAT | O_TMPFILE)) { va_list ap_; va_start(ap_, last); m_ = va_arg(ap_, mode_t); va_end(ap_); } \
	m_; })

int open(const char *path, int flags, ...)
{
	mode_t mode = OPEN_MODE(flags, flags);
	return refused(path, flags) ? -1 : REAL(open)(path, flags, mode);
}

int open64(const char *path, int flags, ...)
{
	mode_t mode = OPEN_MODE(flags, flags);
	return refused(path, flags) ? -1 : REAL(open64)(path, flags, mode);
}

int openat(int dir, const char *path, int flags, ...)
{
	mode_t mode = OPEN_MODE(flags, flags);
	return refused(path, flags) ? -1 : REAL(openat)(dir, path, flags, mode);
}

int statvfs(const char *path, struct statvfs *st)
{
	int rc = REAL(statvfs)(path, st);
	if (rc == 0 && fault() == FULL)
		st->f_bavail = st->f_bfree = 1;
	return rc;
}
