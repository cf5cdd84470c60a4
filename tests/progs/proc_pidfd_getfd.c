/*
 * proc_pidfd_getfd.c - pidfd_getfd() on a child's descriptors, for the
 * differential tests: under -y the target descriptor is shown as the child
 * sees it (/dev/full there, nothing here), as are a closed one and a bad
 * pidfd.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int ready[2];
	if (pipe(ready))
		return 1;
	pid_t pid = fork();
	if (pid < 0)
		return 1;
	if (pid == 0) {
		int fd = open("/dev/full", O_WRONLY);
		if (fd < 0 || dup2(fd, 9) < 0 || write(ready[1], "x", 1) != 1)
			_exit(1);
		pause();
		_exit(0);
	}
	char c;
	if (read(ready[0], &c, 1) != 1)
		return 1;
	int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
	if (pidfd >= 0) {
		int got = (int)syscall(SYS_pidfd_getfd, pidfd, 9, 0);
		if (got >= 0)
			close(got);
		syscall(SYS_pidfd_getfd, pidfd, 77, 0);
		syscall(SYS_pidfd_getfd, 0, 9, 0);
		close(pidfd);
	}
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	return 0;
}
