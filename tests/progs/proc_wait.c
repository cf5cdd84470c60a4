/*
 * proc_wait.c - wait4/waitid: exited, killed, core-dumped (if the system
 * allows it), stopped and continued children, rusage, WNOHANG with nothing
 * to report, NULL/bad pointers, unknown options and id types.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

int main(void)
{
	int st;
	struct rusage ru;
	siginfo_t si;
	pid_t p = fork();
	if (p == 0)
		_exit(7);
	wait4(p, &st, 0, &ru);
	p = fork();
	if (p == 0) {
		pause();
		_exit(0);
	}
	kill(p, SIGTERM);
	wait4(p, &st, 0, NULL);
	p = fork();
	if (p == 0) {
		struct rlimit r = { 0, 0 };
		setrlimit(RLIMIT_CORE, &r);
		abort();
	}
	wait4(p, &st, 0, NULL);
	p = fork();
	if (p == 0) {
		pause();
		_exit(0);
	}
	kill(p, SIGSTOP);
	wait4(p, &st, WUNTRACED, NULL);
	kill(p, SIGCONT);
	wait4(p, &st, WCONTINUED, NULL);
	syscall(SYS_wait4, p, &st, WNOHANG, &ru);
	memset(&si, 0x55, sizeof(si));
	syscall(SYS_waitid, P_PID, p, &si, WEXITED | WNOHANG, &ru);
	kill(p, SIGKILL);
	waitid(P_PID, p, &si, WEXITED);
	p = fork();
	if (p == 0)
		_exit(1);
	waitid(P_ALL, 0, &si, WEXITED | WNOWAIT);
	syscall(SYS_waitid, P_PID, p, &si, WEXITED, &ru);
	wait4(-1, &st, WNOHANG, NULL);
	wait4(-1, (int *)1, WNOHANG | 0x100000, (void *)1);
	waitid(7, 0, &si, 0x1234);
	syscall(SYS_wait4, 0, 0, __WALL | __WCLONE | __WNOTHREAD, 0);
	syscall(SYS_wait4, 0, 0, 0xffffffff, 0);
	syscall(SYS_waitid, P_PGID, 0, 0, WSTOPPED | WCONTINUED | WNOHANG, 0);
	syscall(SYS_waitid, P_PIDFD, 3, 0, WEXITED, 0);
	syscall(SYS_waitid, P_ALL, 0, 1, WEXITED, 2);
	return 0;
}
