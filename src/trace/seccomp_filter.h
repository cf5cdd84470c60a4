/*
 * seccomp_filter.h - build the seccomp-bpf program that makes only the
 * syscalls sctrace needs stop the tracee (SECCOMP_RET_TRACE); all others
 * run at full speed (SECCOMP_RET_ALLOW).
 */
#ifndef SCTRACE_SECCOMP_FILTER_H
#define SCTRACE_SECCOMP_FILTER_H

#include "common.h"

#include <linux/filter.h>

/*
 * stop[nr] for nr < nstop says whether x86_64 syscall nr must stop, stop32
 * the same for the nstop32 i386 ones (a 32-bit program, int $0x80; NULL: all
 * of them stop); numbers at or beyond the table stop if stop_beyond.  Returns
 * the instruction count written to prog (at most max), or -1 if it does not fit.
 */
int seccomp_build(const uint8_t *stop, int nstop, const uint8_t *stop32, int nstop32, bool stop_beyond,
		  struct sock_filter *prog, int max);
/* Install prog in the calling process (root or no_new_privs needed). */
int seccomp_install(struct sock_filter *prog, int len);

#endif
