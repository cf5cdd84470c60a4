/*
 * misc_futex.c - futex with every operation, the PRIVATE and CLOCK_REALTIME
 * modifiers, timeouts, bitsets, FUTEX_WAKE_OP encodings and unknown
 * commands (all on private words, none of which block), plus futex_waitv.
 */
#define _GNU_SOURCE
#include <linux/futex.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static uint32_t w = 1, w2 = 2;

static long fx(int op, long val, const void *t, void *u2, long v3)
{
	return syscall(SYS_futex, &w, op, val, t, u2, v3);
}

int main(void)
{
	struct timespec ts = { 0, 1000 };
	fx(FUTEX_WAIT, 0, &ts, NULL, 0);
	fx(FUTEX_WAIT, 1, &ts, NULL, 0);
	fx(FUTEX_WAIT_PRIVATE, 0, NULL, NULL, 0);
	fx(FUTEX_WAIT | FUTEX_CLOCK_REALTIME, 0, &ts, NULL, 0);
	fx(FUTEX_WAKE, 1, NULL, NULL, 0);
	fx(FUTEX_WAKE_PRIVATE, 2147483647, NULL, NULL, 0);
	fx(FUTEX_FD, 5, NULL, NULL, 0);
	fx(FUTEX_REQUEUE, 1, (void *)2, &w2, 0);
	fx(FUTEX_REQUEUE_PRIVATE, 1, (void *)-1, &w2, 0);
	fx(FUTEX_CMP_REQUEUE, 1, (void *)2, &w2, 1);
	fx(FUTEX_CMP_REQUEUE_PRIVATE, 1, (void *)2, &w2, 7);
	fx(FUTEX_WAKE_OP, 1, (void *)1, &w2, FUTEX_OP(FUTEX_OP_SET, 1, FUTEX_OP_CMP_EQ, 0));
	fx(FUTEX_WAKE_OP_PRIVATE, 1, (void *)1, &w2, FUTEX_OP(FUTEX_OP_ADD, 5, FUTEX_OP_CMP_NE, 2));
	fx(FUTEX_WAKE_OP, 1, (void *)1, &w2, FUTEX_OP(FUTEX_OP_OR | FUTEX_OP_OPARG_SHIFT, 3, FUTEX_OP_CMP_LT, 4));
	fx(FUTEX_WAKE_OP, 1, (void *)1, &w2, FUTEX_OP(FUTEX_OP_ANDN, 7, FUTEX_OP_CMP_LE, 1));
	fx(FUTEX_WAKE_OP, 1, (void *)1, &w2, FUTEX_OP(FUTEX_OP_XOR, 0xfff, FUTEX_OP_CMP_GT, 0xfff));
	fx(FUTEX_WAKE_OP, 1, (void *)1, &w2, FUTEX_OP(FUTEX_OP_SET, 1, FUTEX_OP_CMP_GE, 1));
	fx(FUTEX_WAKE_OP, 1, (void *)1, &w2, FUTEX_OP(7, 1, 9, 1));
	fx(FUTEX_WAKE_OP, 1, (void *)1, &w2, -1);
	fx(FUTEX_LOCK_PI, 0, &ts, NULL, 0);
	fx(FUTEX_LOCK_PI_PRIVATE, 0, NULL, NULL, 0);
	fx(FUTEX_LOCK_PI2, 0, &ts, NULL, 0);
	fx(FUTEX_UNLOCK_PI, 0, NULL, NULL, 0);
	fx(FUTEX_TRYLOCK_PI, 0, NULL, NULL, 0);
	fx(FUTEX_WAIT_BITSET, 0, &ts, NULL, FUTEX_BITSET_MATCH_ANY);
	fx(FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME, 0, &ts, NULL, 0x10);
	fx(FUTEX_WAIT_BITSET_PRIVATE, 1, NULL, NULL, 0);
	fx(FUTEX_WAKE_BITSET, 1, NULL, NULL, FUTEX_BITSET_MATCH_ANY);
	fx(FUTEX_WAKE_BITSET_PRIVATE, 1, NULL, NULL, 3);
	fx(FUTEX_WAIT_REQUEUE_PI, 0, &ts, &w2, 0);
	fx(FUTEX_WAIT_REQUEUE_PI_PRIVATE, 1, NULL, &w2, 0);
	fx(FUTEX_CMP_REQUEUE_PI, 1, (void *)1, &w2, 1);
	fx(FUTEX_CMP_REQUEUE_PI_PRIVATE, 1, (void *)1, &w2, 0);
	fx(14, 1, (void *)1, &w2, 0);
	fx(FUTEX_PRIVATE_FLAG | 15, 1, (void *)1, &w2, 0);
	fx(FUTEX_CLOCK_REALTIME | FUTEX_PRIVATE_FLAG | 14, 1, (void *)1, &w2, 0);
	fx(FUTEX_WAKE | FUTEX_CLOCK_REALTIME, 1, NULL, NULL, 0);
	fx(FUTEX_WAIT, 0, (void *)1, NULL, 0);
	fx(0x1000 | FUTEX_WAIT, 0, NULL, NULL, 0);
	syscall(SYS_futex, NULL, FUTEX_WAKE, 1, NULL, NULL, 0);
	struct futex_waitv wv[2] = { { 1, (uintptr_t)&w, FUTEX_32, 0 }, { 5, (uintptr_t)&w2, FUTEX_32 | FUTEX_PRIVATE_FLAG, 0 } };
	syscall(SYS_futex_waitv, wv, 2, 0, &ts, CLOCK_MONOTONIC);
	syscall(SYS_futex_waitv, wv, 1, 0, NULL, CLOCK_REALTIME);
	syscall(SYS_futex_waitv, wv, 0, 1, NULL, 5);
	syscall(SYS_futex_waitv, NULL, 0, 0, NULL, 0);
	return 0;
}
