/*
 * sig_misc.c - the signal syscalls with good and bad arguments (sigaction
 * flags and handlers, procmask sizes and hows, pending, timedwait,
 * sigaltstack, signalfd/signalfd4, kill/tkill/tgkill, sigsuspend and
 * rt_sigreturn), and real signals delivered by the kernel: SIGSEGV, SIGFPE,
 * SIGILL, SIGTRAP, SIGBUS, SIGSYS (seccomp trap), a POSIX timer, SIGIO.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <stdint.h>
#include <stdlib.h>
#include <sys/signalfd.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>

struct ksa { uint64_t h, f, r, m; };
static void hnd(int s) { (void)s; }
static volatile int zero;

static void actions(void)
{
	struct ksa a = { (uint64_t)hnd, 0xffffffffffffffffULL, 0x1234, 0 }, o;
	syscall(SYS_rt_sigaction, 99, &a, &o, 8);
	a.f = 0xfb000000;
	syscall(SYS_rt_sigaction, 99, &a, &o, 8);
	a.f = 0x00ffffff;
	syscall(SYS_rt_sigaction, 99, &a, &o, 8);
	a.f = 0x04000000 | SA_RESTART;
	a.m = 0x1234;
	syscall(SYS_rt_sigaction, SIGUSR1, &a, &o, 8);
	a.f = SA_RESTART;
	a.h = 0;
	syscall(SYS_rt_sigaction, SIGUSR2, &a, &o, 8);
	a.f = 0;
	a.h = 1;
	syscall(SYS_rt_sigaction, SIGUSR2, &a, &o, 8);
	a.h = -1;
	syscall(SYS_rt_sigaction, SIGUSR2, &a, &o, 8);
	syscall(SYS_rt_sigaction, SIGUSR2, 0, &o, 8);
	syscall(SYS_rt_sigaction, SIGUSR2, &a, &o, 7);
	syscall(SYS_rt_sigaction, SIGUSR2, 1, 2, 8);
	syscall(SYS_rt_sigaction, SIGKILL, &a, &o, 8);
	syscall(SYS_rt_sigaction, 0, &a, &o, 8);
	syscall(SYS_rt_sigaction, 64, 0, &o, 8);
	syscall(SYS_rt_sigaction, 65, 0, &o, 8);
	syscall(SYS_rt_sigaction, -1, 0, &o, 8);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = hnd;
	sigfillset(&sa.sa_mask);
	sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER | SA_RESETHAND;
	sigaction(SIGHUP, &sa, 0);
	sa.sa_flags = SA_NOCLDSTOP;
	sa.sa_handler = SIG_DFL;
	sigaction(SIGCHLD, &sa, 0);
	sigaction(SIGCHLD, 0, &sa);
}

static void crash(int what)
{
	pid_t p = fork();
	if (p == 0) {
		struct rlimit r = { 0, 0 };
		setrlimit(RLIMIT_CORE, &r);
		switch (what) {
		case 0: *(volatile int *)0 = 1; break;
		case 1: __asm__ volatile("xor %%ecx, %%ecx; mov $1, %%eax; cltd; idiv %%ecx" ::: "eax", "ecx", "edx"); break;
		case 2: __asm__ volatile("ud2"); break;
		case 3: __asm__ volatile("int3"); break;
		case 4: {
			char name[] = "/tmp/sctrace_sig_misc.tmp";   /* fixed: traces must not differ */
			int fd = open(name, O_RDWR | O_CREAT | O_TRUNC, 0600);
			unlink(name);
			ftruncate(fd, 4096);
			volatile char *m = mmap(0, 4096, PROT_READ, MAP_SHARED, fd, 0);
			ftruncate(fd, 0);
			zero = m[0];
			break;
		}
		case 5: {
			struct sock_filter f[] = {
				BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
				BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getppid, 0, 1),
				BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_TRAP | 7),
				BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
			};
			struct sock_fprog pf = { 4, f };
			prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
			prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &pf);
			syscall(SYS_getppid);
			break;
		}
		}
		_exit(0);
	}
	waitpid(p, 0, 0);
}

static void timer_and_io(void)
{
	signal(SIGRTMIN, hnd);
	struct sigevent ev;
	memset(&ev, 0, sizeof(ev));
	ev.sigev_notify = SIGEV_SIGNAL;
	ev.sigev_signo = SIGRTMIN;
	ev.sigev_value.sival_int = 77;
	timer_t t;
	timer_create(CLOCK_MONOTONIC, &ev, &t);
	struct itimerspec its = { { 0, 0 }, { 0, 1000000 } };
	timer_settime(t, 0, &its, 0);
	pause();
	timer_delete(t);
	signal(SIGIO, hnd);
	int p[2];
	pipe(p);
	fcntl(p[0], F_SETOWN, getpid());
	fcntl(p[0], F_SETSIG, SIGIO);
	fcntl(p[0], F_SETFL, O_ASYNC | O_NONBLOCK);
	write(p[1], "x", 1);
	close(p[0]);
	close(p[1]);
}

int main(void)
{
	actions();
	for (int i = 0; i <= 5; i++)
		crash(i);
	timer_and_io();
	uint64_t m = (1ULL << (SIGUSR1-1)) | (1ULL << (SIGTERM - 1)), o[2];
	syscall(SYS_rt_sigprocmask, SIG_BLOCK, &m, o, 8);
	syscall(SYS_rt_sigprocmask, SIG_UNBLOCK, &m, o, 16);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, &m, o, 4);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, 0, o, 8);
	syscall(SYS_rt_sigprocmask, SIG_SETMASK, 1, 2, 8);
	syscall(SYS_rt_sigprocmask, 5, &m, 0, 8);
	syscall(SYS_rt_sigpending, o, 8);
	syscall(SYS_rt_sigpending, o, 16);
	syscall(SYS_rt_sigpending, 0, 8);
	kill(getpid(), SIGUSR1);
	syscall(SYS_rt_sigpending, o, 8);
	struct timespec ts = { 0, 1000 };
	siginfo_t si;
	syscall(SYS_rt_sigtimedwait, &m, &si, &ts, 8);
	syscall(SYS_rt_sigtimedwait, &m, &si, &ts, 8);
	syscall(SYS_rt_sigtimedwait, &m, 0, 0, 16);
	syscall(SYS_rt_sigtimedwait, 1, 2, 3, 8);
	syscall(SYS_tgkill, getpid(), getpid(), SIGTERM);
	syscall(SYS_rt_sigtimedwait, &m, 0, &ts, 8);
	stack_t ss = { malloc(65536), 0, 65536 }, os;
	syscall(SYS_sigaltstack, &ss, &os);
	syscall(SYS_sigaltstack, 0, &os);
	ss.ss_flags = SS_DISABLE; syscall(SYS_sigaltstack, &ss, 0);
	ss.ss_flags = 0xff; syscall(SYS_sigaltstack, &ss, 0);
	ss.ss_flags = SS_ONSTACK|(1U<<31); ss.ss_size = 10; syscall(SYS_sigaltstack, &ss, &os);
	syscall(SYS_sigaltstack, 1, 2);
	int fd = syscall(SYS_signalfd4, -1, &m, 8, SFD_CLOEXEC|SFD_NONBLOCK);
	syscall(SYS_signalfd4, fd, &m, 8, 0);
	syscall(SYS_signalfd4, fd, &m, 8, 0xff);
	syscall(SYS_signalfd4, -1, &m, 16, 0);
	syscall(SYS_signalfd4, -1, 0, 8, 0);
	syscall(SYS_signalfd, -1, &m, 8);
	syscall(SYS_signalfd, -1, &m, 7);
	syscall(SYS_kill, 0, 0); syscall(SYS_kill, -1, 99); syscall(SYS_tkill, 999999, SIGRTMIN); syscall(SYS_tgkill, -1, -1, 0);
	syscall(SYS_rt_sigsuspend, 1, 8);
	syscall(SYS_rt_sigsuspend, &m, 4);
	signal(SIGALRM, hnd);
	alarm(1);
	uint64_t e = 0; syscall(SYS_rt_sigsuspend, &e, 8);
	return 0;
}
