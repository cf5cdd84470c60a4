/*
 * vfork_exec.c - vfork + exec, and clone3 with CLONE_VFORK, each running
 * /bin/true; the parent checks both children exited 0.
 */
#define _GNU_SOURCE
#include <linux/sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int st1 = -1, st2 = -1;
	pid_t p = vfork();
	if (p == 0) {
		execl("/bin/true", "true", (char *)NULL);
		_exit(127);
	}
	waitpid(p, &st1, 0);

	struct clone_args ca;
	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_VFORK;
	ca.exit_signal = SIGCHLD;
	long r = syscall(SYS_clone3, &ca, sizeof(ca));
	if (r == 0) {
		execl("/bin/true", "true", (char *)NULL);
		_exit(127);
	}
	if (r > 0)
		waitpid((pid_t)r, &st2, 0);
	return !(st1 == 0 && (r < 0 || st2 == 0));
}
