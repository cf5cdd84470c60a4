/*
 * seccomp_filter.c - the prefilter program.  It checks the architecture,
 * then compares the syscall number against the ranges of numbers that must
 * stop, x86_64's or i386's: three instructions per range, so even a long
 * -e trace= list stays far below the kernel's 4096-instruction limit.
 */
#include "seccomp_filter.h"

#include <errno.h>
#include <linux/audit.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#define X32_SYSCALL_BIT 0x40000000

#define EMIT(...) do { if (n >= max) return -1; prog[n++] = (struct sock_filter)__VA_ARGS__; } while (0)

/* TRACE for the numbers in A that stop[] (or, beyond nstop, stop_beyond) says, else ALLOW; n so far */
static int emit_ranges(const uint8_t *stop, int nstop, bool stop_beyond, struct sock_filter *prog, int n, int max)
{
	for (int a = 0; a < nstop;) {
		if (!stop[a]) {
			a++;
			continue;
		}
		int b = a;
		while (b + 1 < nstop && stop[b + 1])
			b++;
		bool open_ended = b == nstop - 1 && stop_beyond;
		/* if (nr >= a && nr <= b) return TRACE */
		EMIT(BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, (uint32_t)a, 0, open_ended ? 1 : 2));
		if (!open_ended)
			EMIT(BPF_JUMP(BPF_JMP | BPF_JGT | BPF_K, (uint32_t)b, 1, 0));
		EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE));
		a = b + 1;
	}
	if (stop_beyond && (nstop == 0 || !stop[nstop - 1])) {
		EMIT(BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, (uint32_t)nstop, 0, 1));
		EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE));
	}
	EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW));
	return n;
}

int seccomp_build(const uint8_t *stop, int nstop, const uint8_t *stop32, int nstop32, bool stop_beyond,
		  struct sock_filter *prog, int max)
{
	int n = 0;
	/* i386 (a 32-bit program, int $0x80): its own numbers, further down */
	EMIT(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)));
	EMIT(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_I386, 0, 1));
	int to_i386 = n;
	EMIT(BPF_STMT(BPF_JMP | BPF_JA, 0));
	/* another architecture: always stop */
	EMIT(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0));
	EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE));
	EMIT(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)));
	/* x32 numbers: always stop */
	EMIT(BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, X32_SYSCALL_BIT, 0, 1));
	EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE));
	if ((n = emit_ranges(stop, nstop, stop_beyond, prog, n, max)) < 0)
		return -1;
	prog[to_i386].k = (uint32_t)(n - to_i386 - 1);
	if (!stop32) {
		EMIT(BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRACE));
		return n;
	}
	EMIT(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)));
	return emit_ranges(stop32, nstop32, stop_beyond, prog, n, max);
}
#undef EMIT

int seccomp_install(struct sock_filter *prog, int len)
{
	struct sock_fprog fp = { .len = (unsigned short)len, .filter = prog };
	if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp) == 0)
		return 0;
	if (errno != EACCES)
		return -1;
	/* without CAP_SYS_ADMIN a filter needs no_new_privs */
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0)
		return -1;
	return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp);
}
