/*
 * seccomp_run.c - a small ptrace loop for `sctrace seccomp --verify`: the
 * command installs the filter as it is released (launch.c) and execs; only
 * the calls the filter answers SECCOMP_RET_TRACE stop (a seccomp stop,
 * PTRACE_GET_SYSCALL_INFO gives arch, number, arguments and the filter's
 * data), so everything the profile allows runs at full speed.  Children and
 * threads are followed; signals are passed on, group-stops listened to.
 */
#include "seccomp_run.h"
#include "common.h"
#include "seccomp_filter.h"

#include <errno.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

struct filter {
	const struct sock_filter *prog;
	int len;
};

static int install(void *ud)
{
	const struct filter *f = ud;
	if (seccomp_install((struct sock_filter *)f->prog, f->len) < 0) {
		error_msg_errno("seccomp: cannot install the filter");
		return -1;
	}
	return 0;
}

/* Skip the call at its seccomp stop: the kernel runs syscall -1 and the thread sees rax. */
static void skip_call(int tid, long rval)
{
	struct user_regs_struct regs;
	if (ptrace(PTRACE_GETREGS, tid, 0, &regs) < 0)
		return;
	regs.orig_rax = (unsigned long long)-1;
	regs.rax = (unsigned long long)rval;
	ptrace(PTRACE_SETREGS, tid, 0, &regs);
}

static void seccomp_stop(int tid, scrun_handler h, void *ud)
{
	struct __ptrace_syscall_info si;
	memset(&si, 0, sizeof(si));
	if (ptrace(PTRACE_GET_SYSCALL_INFO, tid, sizeof(si), &si) <= 0 || si.op != PTRACE_SYSCALL_INFO_SECCOMP)
		return;
	struct scrun_call c = { .tid = tid, .arch = si.arch, .nr = (int)si.seccomp.nr,
				.data = (uint16_t)si.seccomp.ret_data };
	memcpy(c.args, si.seccomp.args, sizeof(c.args));
	c.pid = tid;
	char path[64], line[128];
	snprintf(path, sizeof(path), "/proc/%d/status", tid);
	FILE *f = fopen(path, "re");
	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "Tgid: %d", &c.pid) == 1)
			break;
	if (f)
		fclose(f);
	int err = 0;
	switch (h(ud, &c, &err)) {
	case SCRUN_RUN:
		break;
	case SCRUN_FAIL:
		skip_call(tid, -(long)err);
		break;
	case SCRUN_TRAP:
		skip_call(tid, -ENOSYS);
		syscall(SYS_tgkill, c.pid, tid, SIGSYS);
		break;
	case SCRUN_KILL:
		skip_call(tid, -ENOSYS);
		kill(c.pid, SIGKILL);
		break;
	}
}

int scrun_run(const struct launch *l, const struct sock_filter *prog, int len, scrun_handler h, void *ud,
	      int *exec_errno)
{
	struct filter flt = { prog, len };
	int go, err;
	pid_t child = launch_fork(l, install, &flt, &go, &err);
	long opts = PTRACE_O_TRACESECCOMP | PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK |
		    PTRACE_O_TRACEEXEC | PTRACE_O_EXITKILL;
	if (ptrace(PTRACE_SEIZE, child, 0, opts) < 0) {
		error_msg_errno("ptrace(PTRACE_SEIZE, %d)", child);
		kill(child, SIGKILL);
		waitpid(child, NULL, 0);
		exit(1);
	}
	close(go);   /* the child installs the filter and execs */
	int child_status = -1;
	for (;;) {
		int status;
		pid_t tid = waitpid(-1, &status, __WALL);
		if (tid < 0) {
			if (errno == EINTR)
				continue;
			if (errno == ECHILD)
				break;
			die_errno("waitpid");
		}
		if (WIFEXITED(status) || WIFSIGNALED(status)) {
			if (tid == child)
				child_status = status;
			continue;
		}
		if (!WIFSTOPPED(status))
			continue;
		int sig = WSTOPSIG(status), event = (unsigned)status >> 16;
		if (event == PTRACE_EVENT_SECCOMP) {
			seccomp_stop(tid, h, ud);
			sig = 0;
		} else if (event == PTRACE_EVENT_STOP) {
			if (sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU) {
				ptrace(PTRACE_LISTEN, tid, 0, 0);   /* a group-stop: stay stopped until SIGCONT */
				continue;
			}
			sig = 0;   /* a new child's first stop */
		} else if (event) {
			sig = 0;   /* exec, fork, clone, vfork */
		}
		ptrace(PTRACE_CONT, tid, 0, sig);
	}
	int e = 0;
	*exec_errno = read(err, &e, sizeof(e)) == sizeof(e) && e > 0 ? e : 0;
	close(err);
	return child_status;
}
