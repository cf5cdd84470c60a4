/*
 * test_seccomp.c - the seccomp prefilter program: run it in a small
 * classic-BPF interpreter for every syscall number and both architectures
 * and check it returns SECCOMP_RET_TRACE exactly for the numbers that
 * must stop (and always for a foreign architecture or x32 numbers).
 */
#include "seccomp_filter.h"
#include "syscalls.h"
#include "unit.h"

#include <linux/audit.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdlib.h>

static uint32_t run(const struct sock_filter *p, int len, uint32_t nr, uint32_t arch)
{
	struct seccomp_data d = { .nr = (int)nr, .arch = arch };
	uint32_t acc = 0;
	for (int pc = 0; pc < len; pc++) {
		const struct sock_filter *i = &p[pc];
		switch (i->code) {
		case BPF_LD | BPF_W | BPF_ABS:
			acc = *(const uint32_t *)((const char *)&d + i->k);
			break;
		case BPF_JMP | BPF_JEQ | BPF_K: pc += acc == i->k ? i->jt : i->jf; break;
		case BPF_JMP | BPF_JGE | BPF_K: pc += acc >= i->k ? i->jt : i->jf; break;
		case BPF_JMP | BPF_JGT | BPF_K: pc += acc > i->k ? i->jt : i->jf; break;
		case BPF_JMP | BPF_JA: pc += i->k; break;
		case BPF_RET | BPF_K: return i->k;
		default: return 0xdead;
		}
	}
	return 0xbad;   /* fell off the end */
}

/* x86_64 calls by stop[0..NSYSCALLS64), i386 ones by stop[SC32_BASE...] (or all, with no32) */
static void check_set(const uint8_t *stop, bool beyond)
{
	static struct sock_filter prog[4096];
	const int n32 = SC32_MAX_NR + 1;
	for (int no32 = 0; no32 < 2; no32++) {
		int len = seccomp_build(stop, NSYSCALLS64, no32 ? NULL : stop + SC32_BASE, n32, beyond, prog, 4096);
		CHECK(len > 0);
		int bad = 0;
		for (uint32_t nr = 0; nr < NSYSCALLS64 + 200; nr++) {
			bool want = nr < NSYSCALLS64 ? stop[nr] : beyond;
			uint32_t r = run(prog, len, nr, AUDIT_ARCH_X86_64);
			if (r != (want ? SECCOMP_RET_TRACE : SECCOMP_RET_ALLOW))
				bad++;
		}
		for (uint32_t nr = 0; nr < (uint32_t)n32 + 200; nr++) {
			bool want = no32 || (nr < (uint32_t)n32 ? stop[SC32_BASE + nr] : beyond);
			uint32_t r = run(prog, len, nr, AUDIT_ARCH_I386);
			if (r != (want ? SECCOMP_RET_TRACE : SECCOMP_RET_ALLOW))
				bad++;
		}
		CHECK(bad == 0);
		CHECK(run(prog, len, 0x40000000 | 1, AUDIT_ARCH_X86_64) == SECCOMP_RET_TRACE);
		CHECK(run(prog, len, 3, 0x4000001c /* AUDIT_ARCH_ARM: another one */) == SECCOMP_RET_TRACE);
	}
}

int main(void)
{
	static uint8_t stop[NSYSCALLS];
	check_set(stop, false);                 /* nothing */
	check_set(stop, true);
	stop[SC_openat] = 1;                    /* one of each */
	stop[SC32_BASE + SC32_write] = 1;
	check_set(stop, true);
	stop[0] = stop[NSYSCALLS64 - 1] = 1;    /* both ends of both */
	stop[SC32_BASE] = stop[NSYSCALLS - 1] = 1;
	check_set(stop, false);
	srand(42);
	for (int round = 0; round < 50; round++) {   /* random sets and runs */
		for (int i = 0; i < NSYSCALLS; i++)
			stop[i] = (rand() % 7) == 0 || (i > 100 && i < 130);
		check_set(stop, round & 1);
	}
	for (int i = 0; i < NSYSCALLS; i++)     /* every other number: the longest program */
		stop[i] = i & 1;
	check_set(stop, true);
	return unit_report("seccomp");
}
