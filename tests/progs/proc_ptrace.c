/*
 * proc_ptrace.c - a small tracer: PTRACE_TRACEME child, SETOPTIONS,
 * PEEK/POKE (USER offsets), GETREGS/GETFPREGS/GETREGSET, signal info and
 * masks, GET_SYSCALL_INFO at entry/exit/event stops, event wait statuses,
 * then requests on a missing pid with odd offsets and unknown requests.
 * Trace it WITHOUT -f: a traced child cannot PTRACE_TRACEME.
 */
#define _GNU_SOURCE
#include <linux/ptrace.h>
#include <signal.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <unistd.h>

static long pt(long r, long pid, unsigned long a, unsigned long d)
{
	return syscall(SYS_ptrace, r, pid, a, d);
}

static void tracer(void)
{
	static long word = 0x1122334455667788L;
	pid_t p = fork();
	if (p == 0) {
		pt(PTRACE_TRACEME, 0, 0, 0);
		raise(SIGSTOP);
		getppid();
		if (fork() == 0)
			_exit(0);
		_exit(3);
	}
	int st;
	long v;
	struct user_regs_struct regs;
	char fpb[512];
	siginfo_t si;
	uint64_t mask = 0x5;
	struct ptrace_syscall_info info;
	waitpid(p, &st, 0);
	pt(PTRACE_SETOPTIONS, p, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEFORK | PTRACE_O_TRACEEXIT);
	pt(PTRACE_PEEKDATA, p, (unsigned long)&word, (unsigned long)&v);
	pt(PTRACE_PEEKUSR, p, offsetof(struct user, regs.rip), (unsigned long)&v);
	pt(PTRACE_POKEDATA, p, (unsigned long)&word, 0x42);
	pt(PTRACE_GETREGS, p, 0, (unsigned long)&regs);
	pt(PTRACE_SETREGS, p, 0, (unsigned long)&regs);
	pt(PTRACE_GETFPREGS, p, 0, (unsigned long)fpb);
	pt(PTRACE_GETSIGINFO, p, 0, (unsigned long)&si);
	pt(PTRACE_GETEVENTMSG, p, 0, (unsigned long)&v);
	pt(PTRACE_SETSIGMASK, p, 8, (unsigned long)&mask);
	pt(PTRACE_GETSIGMASK, p, 8, (unsigned long)&mask);
	struct iovec iov = { &regs, sizeof(regs) };
	pt(PTRACE_GETREGSET, p, 1, (unsigned long)&iov);
	pt(PTRACE_SETREGSET, p, 1, (unsigned long)&iov);
	iov.iov_len = 8;
	pt(PTRACE_GETREGSET, p, 1, (unsigned long)&iov);
	struct iovec iov2 = { fpb, 40 };
	pt(PTRACE_GETREGSET, p, 2, (unsigned long)&iov2);
	struct ptrace_peeksiginfo_args pa = { 0, 0, 1 };
	pt(PTRACE_PEEKSIGINFO, p, (unsigned long)&pa, (unsigned long)fpb);
	pt(PTRACE_GET_SYSCALL_INFO, p, sizeof(info), (unsigned long)&info);
	pt(PTRACE_SYSCALL, p, 0, 0);
	waitpid(p, &st, 0);
	pt(PTRACE_GET_SYSCALL_INFO, p, sizeof(info), (unsigned long)&info);
	pt(PTRACE_SETSIGINFO, p, 0, (unsigned long)&si);
	pt(PTRACE_SYSCALL, p, 0, 0);
	waitpid(p, &st, 0);
	pt(PTRACE_GET_SYSCALL_INFO, p, sizeof(info), (unsigned long)&info);
	pt(PTRACE_GET_SYSCALL_INFO, p, 8, (unsigned long)&info);
	pt(PTRACE_CONT, p, 0, 0);
	waitpid(p, &st, 0);
	pt(PTRACE_GETEVENTMSG, p, 0, (unsigned long)&v);
	pt(PTRACE_CONT, p, 0, 0);
	waitpid(p, &st, 0);
	pt(PTRACE_GET_SYSCALL_INFO, p, sizeof(info), (unsigned long)&info);
	pt(PTRACE_DETACH, p, 0, 0);
	waitpid(p, &st, 0);
	waitpid(-1, &st, __WALL);
}

int main(void)
{
	long offs[] = { 0, 5, 8, 21 * 8, 26 * 8, 216, 220, 230, 736, 784, 788, 816, 820, 848, 856, 911, 912, 1000, -1 };
	tracer();
	for (long r = 0; r <= 0x20; r++)
		if (r != PTRACE_TRACEME)
			pt(r, 999999, 8, 0);
	for (long r = 0x4200; r <= 0x4212; r++)
		pt(r, 999999, 8, 0);
	for (unsigned i = 0; i < sizeof(offs) / sizeof(offs[0]); i++)
		pt(PTRACE_PEEKUSR, 999999, offs[i], 0);
	pt(PTRACE_CONT, 999999, 0, 100);
	pt(PTRACE_CONT, 999999, 0, SIGTERM);
	pt(PTRACE_SEIZE, 999999, 0, PTRACE_O_TRACESYSGOOD | PTRACE_O_EXITKILL);
	pt(PTRACE_SETOPTIONS, 999999, 0, 0xffffffff);
	pt(PTRACE_GETREGSET, 999999, 0x12345, 0);
	pt(PTRACE_SECCOMP_GET_FILTER, 999999, -1, 0);
	pt(PTRACE_TRACEME, 0, 0, 0);
	pt(0x9999, 999999, 1, 2);
	return 0;
}
