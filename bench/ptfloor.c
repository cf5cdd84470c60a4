/*
 * ptfloor.c - the floor under any ptrace tracer: stop the command at every
 * syscall entry and exit and resume it at once, with nothing decoded and
 * nothing printed.  Single process only (no -f).  With --pin, tracer and
 * tracee share the tracer's CPU, as sctrace's default placement does.
 *
 *   ptfloor [--pin] COMMAND [ARGS...]
 */
#define _GNU_SOURCE
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int pin = argc > 1 && !strcmp(argv[1], "--pin");
	char **cmd = argv + 1 + pin;
	if (!*cmd) {
		fprintf(stderr, "usage: ptfloor [--pin] COMMAND [ARGS...]\n");
		return 2;
	}
	if (pin) {
		cpu_set_t one;
		CPU_ZERO(&one);
		CPU_SET(sched_getcpu(), &one);
		sched_setaffinity(0, sizeof(one), &one);   /* inherited by the child */
	}
	pid_t pid = fork();
	if (pid == 0) {
		ptrace(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		execvp(cmd[0], cmd);
		_exit(127);
	}
	int status;
	waitpid(pid, &status, 0);
	ptrace(PTRACE_SETOPTIONS, pid, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC);
	ptrace(PTRACE_SYSCALL, pid, 0, 0);
	while (waitpid(pid, &status, __WALL) == pid) {
		if (WIFEXITED(status))
			return WEXITSTATUS(status);
		if (WIFSIGNALED(status))
			return 128 + WTERMSIG(status);
		int sig = WSTOPSIG(status);
		int inject = (sig == (SIGTRAP | 0x80) || status >> 16) ? 0 : sig;
		ptrace(PTRACE_SYSCALL, pid, 0, inject);
	}
	return 1;
}
