/*
 * stat_stat.c - stat, fstat, lstat, newfstatat and statx on a regular file,
 * directories, a symlink, character devices, and with failures: missing
 * files, NULL and unmapped pointers, unknown flags and masks.  Only files
 * that do not change between runs, so -v output is comparable.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/stat.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

static char buf[4096];

int main(void)
{
	const char *paths[] = { "/etc/passwd", "/", "/usr", "/bin", "/dev/zero", "/dev/full", NULL };
	char *unmapped = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	for (int i = 0; paths[i]; i++) {
		syscall(SYS_stat, paths[i], buf);
		syscall(SYS_lstat, paths[i], buf);
		syscall(SYS_newfstatat, AT_FDCWD, paths[i], buf, 0);
		syscall(SYS_newfstatat, AT_FDCWD, paths[i], buf, AT_SYMLINK_NOFOLLOW);
		syscall(SYS_statx, AT_FDCWD, paths[i], 0, STATX_BASIC_STATS, buf);
		syscall(SYS_statx, AT_FDCWD, paths[i], AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT, STATX_ALL, buf);
	}
	syscall(SYS_statx, AT_FDCWD, "/bin", AT_STATX_DONT_SYNC, STATX_TYPE | STATX_MODE, buf);

	int fd = open("/etc/passwd", O_RDONLY);
	syscall(SYS_fstat, fd, buf);
	syscall(SYS_fstat, 0, buf);
	syscall(SYS_fstat, -1, buf);
	syscall(SYS_fstat, fd, NULL);
	syscall(SYS_fstat, fd, unmapped);
	syscall(SYS_newfstatat, fd, "", buf, AT_EMPTY_PATH);
	syscall(SYS_newfstatat, fd, "", buf, 0);
	syscall(SYS_newfstatat, -1, "etc", buf, 0);
	syscall(SYS_newfstatat, AT_FDCWD, "/etc/passwd", buf, 0xffffffff);
	syscall(SYS_newfstatat, AT_FDCWD, "/etc/passwd", buf, 0x10000);
	syscall(SYS_newfstatat, AT_FDCWD, NULL, buf, AT_EMPTY_PATH);
	syscall(SYS_stat, "/nonexistent", buf);
	syscall(SYS_stat, NULL, NULL);
	syscall(SYS_stat, "/", NULL);
	syscall(SYS_stat, "/", unmapped);
	syscall(SYS_stat, unmapped, buf);
	syscall(SYS_lstat, "/nonexistent/x", buf);

	syscall(SYS_statx, fd, "", AT_EMPTY_PATH, STATX_ALL, buf);
	syscall(SYS_statx, AT_FDCWD, "/", AT_STATX_SYNC_AS_STAT | AT_SYMLINK_NOFOLLOW | AT_NO_AUTOMOUNT,
		STATX_MODE | STATX_NLINK | STATX_UID | STATX_GID | STATX_MTIME | STATX_SIZE, buf);
	syscall(SYS_statx, AT_FDCWD, "/etc/passwd", AT_STATX_FORCE_SYNC, STATX_ALL | STATX_MNT_ID, buf);
	syscall(SYS_statx, AT_FDCWD, "/etc/passwd", AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC, 0, buf);
	syscall(SYS_statx, AT_FDCWD, "/etc/passwd", 0x10000, 0, buf);
	syscall(SYS_statx, AT_FDCWD, "/etc/passwd", 0xffffffff, STATX_BASIC_STATS, buf);
	syscall(SYS_statx, AT_FDCWD, "/etc/passwd", 0, 0x80000000, buf);
	syscall(SYS_statx, AT_FDCWD, "/etc/passwd", 0, 0xffffffff, buf);
	syscall(SYS_statx, AT_FDCWD, "/etc/passwd", 0, STATX_TYPE | 0x100000, buf);
	syscall(SYS_statx, AT_FDCWD, "/etc/passwd", 0, STATX_TYPE, NULL);
	syscall(SYS_statx, AT_FDCWD, "/etc/passwd", 0, STATX_TYPE, unmapped);
	syscall(SYS_statx, AT_FDCWD, "/nonexistent", 0, STATX_TYPE, buf);
	syscall(SYS_statx, -1, NULL, 0, STATX_TYPE, buf);
	syscall(SYS_statx, 12345, "rel", 0, STATX_TYPE, buf);
	return 0;
}
