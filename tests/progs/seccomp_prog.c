/*
 * seccomp_prog.c - the program the seccomp profile tests record and then
 * run under the profile: it reads a file and writes a line; with an
 * argument it also makes one more call, which a profile made from a run
 * without it must deny:
 *   seccomp_prog                     "ok"
 *   seccomp_prog socket|mount|ptrace|x32   also that call; prints its result
 * (x32: getpid with the x32 bit, which this kernel may not have: ENOSYS
 * unfiltered, the profile's errno when the filter checks the bit)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char buf[64];
	int fd = open("/proc/self/stat", O_RDONLY);
	if (fd < 0 || read(fd, buf, sizeof(buf)) <= 0)
		return 3;
	close(fd);
	if (getpid() <= 0)   /* so the profile allows getpid (x86_64's, not x32's) */
		return 3;
	long r = 0;
	const char *what = argc > 1 ? argv[1] : NULL;
	if (!what)
		r = 0;
	else if (!strcmp(what, "socket"))
		r = socket(AF_INET, SOCK_DGRAM, 0);
	else if (!strcmp(what, "mount"))
		r = mount("none", "/nonexistent-sctrace", "tmpfs", 0, NULL);
	else if (!strcmp(what, "ptrace"))
		r = ptrace(PTRACE_PEEKUSER, 1, 0, 0);
	else if (!strcmp(what, "x32"))
		r = syscall(0x40000000 | SYS_getpid);   /* getpid through the x32 ABI */
	if (what)
		printf("%s: %s\n", what, r < 0 ? strerrorname_np(errno) : "done");
	printf("ok\n");
	return 0;
}
