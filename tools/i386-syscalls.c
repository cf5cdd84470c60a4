/*
 * i386-syscalls.c - every i386 syscall number with arguments 1..5, under a
 * seccomp filter that fails all but exit_group with ENOSYS, so nothing runs:
 * strace 6.1 tracing it (tools/gen-syscalls32.sh) shows each number's name,
 * argument count and (with -e trace=%CLASS) classes; then socketcall's 20
 * calls, which strace names as their own.  Built with gcc -m32.
 */
#include <linux/filter.h>
#include <linux/seccomp.h>
static long sc(long nr, long a, long b, long c, long d, long e)
{
	long r;
	__asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(a), "c"(b), "d"(c), "S"(d), "D"(e) : "memory");
	return r;
}
void _start(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 252, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 38),
	};
	struct sock_fprog p = { 4, f };
	sc(172, 38, 1, 0, 0, 0);      /* prctl(PR_SET_NO_NEW_PRIVS) */
	sc(354, 1, 0, (long)&p, 0, 0); /* seccomp(SET_MODE_FILTER) */
	for (long nr = 0; nr < 480; nr++)
		if (nr != 252)
			sc(nr, nr == 117 ? 0 : 1, 2, 3, 4, 5);  /* ipc(0): no subcall */
	/* socketcall's calls, SYS_SOCKET (1) to SYS_SENDMMSG (20), with readable arguments */
	static long args[6] = { 1, 2, 3, 4, 5, 6 };
	for (long call = 1; call <= 20; call++)
		sc(102, call, (long)args, 0, 0, 0);
	sc(252, 0, 0, 0, 0, 0);
	for (;;);
}
