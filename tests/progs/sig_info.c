/*
 * sig_info.c - siginfo decoding: rt_sigqueueinfo/rt_tgsigqueueinfo to a
 * missing pid (nothing is delivered) with every si_code kind for every
 * signal that has its own layout (CHLD, SEGV, BUS, ILL, FPE, TRAP, IO, SYS),
 * zero and non-zero pid/uid/value fields, unknown codes, si_errno,
 * audit arches, signal 0 and out-of-range signals, NULL and bad pointers.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static void q(int sig, int code, int pid, int uid, long val)
{
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	si.si_signo = sig;
	si.si_code = code;
	si.si_pid = pid;
	si.si_uid = uid;
	si.si_value.sival_ptr = (void *)val;
	syscall(SYS_rt_sigqueueinfo, 999999, sig, &si);
}

static void qf(int sig, int code, void (*fill)(siginfo_t *))
{
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	si.si_signo = sig;
	si.si_code = code;
	fill(&si);
	syscall(SYS_rt_sigqueueinfo, 999999, sig, &si);
}

static void kid(siginfo_t *s) { s->si_pid = 1234; s->si_uid = 5; s->si_status = 3; s->si_utime = 7; s->si_stime = 150; }
static void kid2(siginfo_t *s) { s->si_pid = 1234; s->si_uid = 5; s->si_status = SIGKILL; s->si_utime = 12345; s->si_stime = 100; }
static void adr(siginfo_t *s) { s->si_addr = (void *)0x1234; }
static void tim(siginfo_t *s) { s->si_timerid = 3; s->si_overrun = 2; s->si_value.sival_int = 9; }
static void pol(siginfo_t *s) { s->si_band = 0x41; s->si_fd = 5; }
static void sys(siginfo_t *s) { s->si_call_addr = (void *)0x4000; s->si_syscall = 1; s->si_arch = 0xc000003e; }
static void sys2(siginfo_t *s) { s->si_call_addr = (void *)0x4000; s->si_syscall = 999; s->si_arch = 0xc000003e; }
static void err(siginfo_t *s) { s->si_errno = 5; s->si_pid = 1; }
static void err2(siginfo_t *s) { s->si_errno = 9999; s->si_pid = 1; }

int main(void)
{
	static const int generic[] = { SI_USER, SI_QUEUE, SI_TKILL, SI_MESGQ, SI_ASYNCIO, SI_SIGIO,
		SI_DETHREAD, SI_ASYNCNL, -8, -100, SI_TIMER, SI_KERNEL, 1, 100 };
	static const int sigs[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGCHLD, SIGSYS, SIGIO, SIGUSR1, SIGURG };
	static const unsigned arches[] = { 0xc000003e, 0x40000003, 0xc00000b7, 0x4000003e, 0x12345678,
		0x80000000, 0x40000028, 0xc00000f3, 0x80000016, 0x14, 0x80000015, 0x40000008, 0xc0000008 };
	for (unsigned i = 0; i < sizeof(generic) / sizeof(generic[0]); i++) {
		q(SIGUSR1, generic[i], 0, 0, 0);
		q(SIGUSR1, generic[i], 42, 1000, 0xdeadbeef);
		q(SIGUSR1, generic[i], 0, 3, 0);
		q(SIGUSR1, generic[i], 0, 0, 0x500000000L);
	}
	for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
		q(sigs[i], SI_KERNEL, 0x1234, 0x10, 0x100000007L);
		q(sigs[i], SI_ASYNCNL, 0x1234, 0x10, 0x100000007L);
		q(sigs[i], SI_SIGIO, 0x1234, 0x10, 0x100000007L);
		q(sigs[i], SI_TIMER, 0x1234, 0x10, 0x100000007L);
		q(sigs[i], SI_USER, 0x1234, 0x10, 0x100000007L);
		q(sigs[i], SI_QUEUE, 0x1234, 0x10, 0x100000007L);
		q(sigs[i], 1, 0, 0, 0);
	}
	for (int c = 1; c <= 7; c++)
		qf(SIGCHLD, c, c == 1 ? kid : kid2);
	for (int c = 0; c <= 10; c++)
		qf(SIGSEGV, c, adr);
	for (int c = 0; c <= 6; c++)
		qf(SIGBUS, c, adr);
	for (int c = 0; c <= 16; c++)
		qf(SIGFPE, c, adr);
	for (int c = 0; c <= 10; c++)
		qf(SIGILL, c, adr);
	for (int c = 0; c <= 7; c++)
		qf(SIGTRAP, c, adr);
	for (int c = 0; c <= 7; c++)
		qf(SIGIO, c, pol);
	for (int c = 0; c <= 3; c++)
		qf(SIGSYS, c, c == 2 ? sys2 : sys);
	for (unsigned i = 0; i < sizeof(arches) / sizeof(arches[0]); i++) {
		siginfo_t si;
		memset(&si, 0, sizeof(si));
		si.si_signo = SIGSYS;
		si.si_code = 1;
		si.si_syscall = 231;
		si.si_arch = arches[i];
		syscall(SYS_rt_sigqueueinfo, 999999, SIGSYS, &si);
	}
	qf(SIGUSR1, SI_TIMER, tim);
	qf(SIGUSR1, SI_QUEUE, err);
	qf(SIGUSR1, SI_QUEUE, err2);
	q(0, 0, 0, 0, 0);
	q(99, 1, 0, 0, 0);
	q(SIGRTMIN + 2, 1, 42, 1000, 0xdeadbeef);
	q(SIGRTMIN + 2, SI_QUEUE, 42, 1000, 0xdeadbeef);
	syscall(SYS_rt_sigqueueinfo, 999999, SIGUSR1, NULL);
	syscall(SYS_rt_sigqueueinfo, 999999, SIGUSR1, 1);
	siginfo_t si;
	memset(&si, 0, sizeof(si));
	si.si_signo = SIGUSR1;
	si.si_code = SI_QUEUE;
	syscall(SYS_rt_tgsigqueueinfo, 999999, 999999, SIGUSR1, &si);
	return 0;
}
