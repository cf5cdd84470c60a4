/*
 * seccomp_prog.c - the program the seccomp profile tests record and then
 * run under the profile.  It reads a file, asks its pid and personality,
 * opens a Unix socket and forks a child; with an argument it also makes one
 * call more, which a profile made from a run without it must deny:
 *   mount, ptrace, x32, i386   calls the recorded run never made (x32:
 *                           getpid with the x32 bit, ENOSYS on a kernel without
 *                           x32, the profile's errno when the filter checks it;
 *                           i386: getpid through int 0x80)
 *   inet, newuser, linux32  calls it made, with other arguments: socket
 *                           (AF_INET), clone (CLONE_NEWUSER), personality
 *                           (PER_LINUX32), which only --args profiles deny
 * It prints "WHAT: done" or "WHAT: ERRNO", then "ok".
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/personality.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static long fork_child(unsigned long flags)
{
	long pid = syscall(SYS_clone, flags | SIGCHLD, 0, 0, 0, 0);
	if (pid == 0)
		_exit(0);
	if (pid > 0)
		waitpid((pid_t)pid, NULL, 0);
	return pid;
}

int main(int argc, char **argv)
{
	char buf[64];
	int fd = open("/proc/self/stat", O_RDONLY);
	if (fd < 0 || read(fd, buf, sizeof(buf)) <= 0)
		return 3;
	close(fd);
	if (getpid() <= 0 || personality(0xffffffff) < 0)
		return 3;
	fd = socket(AF_UNIX, SOCK_DGRAM, 0);
	if (fd < 0 || close(fd) < 0 || fork_child(0) < 0)
		return 3;
	long r = 0;
	const char *what = argc > 1 ? argv[1] : NULL;
	if (!what)
		r = 0;
	else if (!strcmp(what, "mount"))
		r = mount("none", "/nonexistent-sctrace", "tmpfs", 0, NULL);
	else if (!strcmp(what, "ptrace"))
		r = ptrace(PTRACE_PEEKUSER, 1, 0, 0);
	else if (!strcmp(what, "x32"))
		r = syscall(0x40000000 | SYS_getpid);
	else if (!strcmp(what, "i386")) {
		/* getpid (20) through int 0x80: the i386 ABI, AUDIT_ARCH_I386 */
		long ret;
		__asm__ volatile("int $0x80" : "=a"(ret) : "a"(20L) : "memory");
		if (ret < 0 && ret > -4096) {
			errno = (int)-ret;
			r = -1;
		}
	}
	else if (!strcmp(what, "inet"))
		r = socket(AF_INET, SOCK_DGRAM, 0);
	else if (!strcmp(what, "newuser"))
		r = fork_child(CLONE_NEWUSER);
	else if (!strcmp(what, "linux32"))
		r = personality(PER_LINUX32);
	if (what)
		printf("%s: %s\n", what, r < 0 ? strerrorname_np(errno) : "done");
	printf("ok\n");
	return 0;
}
