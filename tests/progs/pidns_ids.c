/*
 * pidns_ids - process ids of several kinds, for --pidns-translation: run it
 * as the init of a new pid namespace (unshare -fp).  A child makes itself a
 * process group, signals itself by pid, by thread and by group, and asks for
 * its ids; the parent signals the child, which is then reaped.
 */
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int ready[2];
	if (pipe(ready) < 0)
		return 1;
	pid_t child = fork();
	if (child < 0)
		return 1;
	if (child == 0) {
		setpgid(0, 0);
		kill(getpid(), 0);
		kill(-getpgrp(), 0);
		syscall(SYS_tgkill, getpid(), syscall(SYS_gettid), 0);
		getpgid(0);
		getsid(0);
		getppid();
		close(ready[1]);   /* tell the parent we are set up */
		pause();
		_exit(0);
	}
	close(ready[1]);
	char c;
	(void)!read(ready[0], &c, 1);
	kill(child, 0);
	kill(child, SIGTERM);
	int status;
	waitpid(child, &status, 0);
	return 0;
}
