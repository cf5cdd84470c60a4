/*
 * stat_utime.c - utime, utimes, futimesat and utimensat with ordinary,
 * zero, negative and out-of-range times (date comments or none),
 * UTIME_NOW/UTIME_OMIT, NULL and unreadable arrays, and AT_* flags.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

int main(void)
{
	const char *f = "/tmp/sctrace_stat_utime";
	close(open(f, O_WRONLY | O_CREAT, 0644));
	char *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mprotect(m + 4096, 4096, PROT_NONE);

	struct utimbuf ub = { 1000000000, 1600000000 };
	syscall(SYS_utime, f, &ub);
	syscall(SYS_utime, f, NULL);
	syscall(SYS_utime, "/nonexistent", &ub);
	syscall(SYS_utime, f, (void *)1);
	syscall(SYS_utime, f, m + 4096 - 8);
	struct utimbuf ub2 = { 0, -1 };
	syscall(SYS_utime, f, &ub2);

	struct timeval tv[2] = { { 1000000000, 123456 }, { 1600000000, 999999 } };
	syscall(SYS_utimes, f, tv);
	syscall(SYS_utimes, f, NULL);
	struct timeval tv2[2] = { { 0, 0 }, { -1, 1000000 } };
	syscall(SYS_utimes, f, tv2);
	struct timeval tv3[2] = { { 0x7fffffffffffffffL, -1 }, { 1, 0 } };
	syscall(SYS_utimes, f, tv3);
	struct timeval tv4[2] = { { 0, 5 }, { 1, -5 } };
	syscall(SYS_utimes, f, tv4);
	syscall(SYS_utimes, f, m + 4096 - 16);
	syscall(SYS_futimesat, AT_FDCWD, f, tv);
	syscall(SYS_futimesat, -1, NULL, NULL);
	syscall(SYS_futimesat, 3, "rel", tv2);

	struct timespec ts[2] = { { 1000000000, 123456789 }, { 1600000000, 0 } };
	syscall(SYS_utimensat, AT_FDCWD, f, ts, 0);
	syscall(SYS_utimensat, AT_FDCWD, f, NULL, AT_SYMLINK_NOFOLLOW);
	struct timespec ts2[2] = { { 0, UTIME_NOW }, { 0, UTIME_OMIT } };
	syscall(SYS_utimensat, AT_FDCWD, f, ts2, 0);
	struct timespec ts3[2] = { { 5, UTIME_OMIT }, { 1, 1000000000 } };
	syscall(SYS_utimensat, AT_FDCWD, f, ts3, AT_SYMLINK_NOFOLLOW);
	syscall(SYS_utimensat, -1, NULL, ts, 0xffffffff);
	int fd = open(f, O_RDONLY);
	syscall(SYS_utimensat, fd, NULL, ts, 0);
	syscall(SYS_utimensat, AT_FDCWD, f, (void *)1, 0);
	syscall(SYS_utimensat, AT_FDCWD, f, ts, AT_EMPTY_PATH);
	syscall(SYS_utimensat, AT_FDCWD, f, ts, 0x2000);
	struct timespec ts4[2] = { { -1, -1 }, { -1000000000000L, 999999999 } };
	syscall(SYS_utimensat, AT_FDCWD, f, ts4, 0);
	struct timespec ts5[2] = { { 0, 0 }, { 0x7fffffffffffffffL, 0 } };
	syscall(SYS_utimensat, AT_FDCWD, f, ts5, 0);
	struct timespec ts6[2] = { { 0, 5 }, { 1, -5 } };
	syscall(SYS_utimensat, AT_FDCWD, f, ts6, 0);
	memcpy(m + 4096 - 16, ts, 16);
	syscall(SYS_utimensat, AT_FDCWD, f, m + 4096 - 16, 0);
	unlink(f);
	return 0;
}
