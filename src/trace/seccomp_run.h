/*
 * seccomp_run.h - run a command under a seccomp filter whose answers of
 * interest are SECCOMP_RET_TRACE, and hand every such call to a handler
 * while the thread is held (`sctrace seccomp --verify`).  The handler says
 * whether the call runs, fails with an errno, or kills the process; calls
 * the filter allows never stop.
 */
#ifndef SCTRACE_SECCOMP_RUN_H
#define SCTRACE_SECCOMP_RUN_H

#include "backend.h"

#include <linux/filter.h>

struct scrun_call {
	int pid, tid;
	uint32_t arch;        /* AUDIT_ARCH_* of the call */
	int nr;
	uint64_t args[6];
	uint16_t data;        /* the filter's SECCOMP_RET_DATA */
};

enum scrun_verdict {
	SCRUN_RUN,            /* let the call run */
	SCRUN_FAIL,           /* skip it: it returns -err */
	SCRUN_TRAP,           /* skip it (-ENOSYS) and send SIGSYS, as SECCOMP_RET_TRAP does */
	SCRUN_KILL,           /* skip it and kill the process (SIGKILL) */
};

typedef enum scrun_verdict (*scrun_handler)(void *ud, const struct scrun_call *c, int *err);

/*
 * Start l's command with prog installed right before its execve, follow
 * every child and thread, and call h at each SECCOMP_RET_TRACE stop.
 * Returns the command's wait status once every traced process is gone;
 * *exec_errno is the errno of its execve if that failed (a profile that
 * denies execve), else 0.
 */
int scrun_run(const struct launch *l, const struct sock_filter *prog, int len, scrun_handler h, void *ud,
	      int *exec_errno);

#endif
