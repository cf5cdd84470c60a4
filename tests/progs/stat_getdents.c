/*
 * stat_getdents.c - getdents and getdents64 on a directory that does not
 * change (entry counts without -v, d_type names with -v), reading in small
 * chunks, the end of the directory, a too small buffer, bad descriptors
 * and pointers.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

static char buf[65536];

int main(void)
{
	const char *dir = "/usr/include/asm-generic";
	int fd = open(dir, O_RDONLY | O_DIRECTORY);
	while (syscall(SYS_getdents64, fd, buf, sizeof(buf)) > 0)
		;
	lseek(fd, 0, SEEK_SET);
	while (syscall(SYS_getdents, fd, buf, sizeof(buf)) > 0)
		;
	lseek(fd, 0, SEEK_SET);
	syscall(SYS_getdents64, fd, buf, 10);
	syscall(SYS_getdents64, fd, buf, 100);
	syscall(SYS_getdents, fd, buf, 100);
	syscall(SYS_getdents64, fd, NULL, 100);
	syscall(SYS_getdents64, -1, buf, 100);
	syscall(SYS_getdents, fd, (void *)1, 4096);
	int fd2 = open("/", O_RDONLY | O_DIRECTORY);
	syscall(SYS_getdents64, fd2, buf, 0xffffffffU);
	syscall(SYS_getdents, open("/etc/passwd", O_RDONLY), buf, sizeof(buf));
	return 0;
}
