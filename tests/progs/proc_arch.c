/*
 * proc_arch.c - arch_prctl (FS/GS, CPUID, XCOMP, VDSO, unknown codes),
 * set_tid_address, set/get_robust_list, rseq, personality (query, types,
 * flags, unknown bits) and restart_syscall after a SIGSTOP/SIGCONT.
 */
#define _GNU_SOURCE
#include <asm/prctl.h>
#include <linux/rseq.h>
#include <sys/personality.h>
#include <sys/ptrace.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>
static void restart(void)
{
	pid_t p = fork();
	if (p == 0) {
		struct timespec t = { 0, 300000000 };
		nanosleep(&t, 0);
		_exit(0);
	}
	struct timespec t = { 0, 100000000 };
	nanosleep(&t, 0);
	kill(p, SIGSTOP);
	nanosleep(&t, 0);
	kill(p, SIGCONT);
	waitpid(p, 0, 0);
}

int main(void)
{
	unsigned long v = 0; void *h; size_t len;
	syscall(SYS_arch_prctl, ARCH_GET_FS, &v);
	syscall(SYS_arch_prctl, ARCH_GET_GS, &v);
	syscall(SYS_arch_prctl, ARCH_GET_FS, 1);
	syscall(SYS_arch_prctl, ARCH_SET_GS, 0);
	syscall(SYS_arch_prctl, ARCH_GET_CPUID, 0);
	syscall(SYS_arch_prctl, ARCH_SET_CPUID, 1);
	syscall(SYS_arch_prctl, 0x3001, &v);
	syscall(SYS_arch_prctl, 0x1021, &v);
	syscall(SYS_arch_prctl, 0x1022, &v);
	syscall(SYS_arch_prctl, 0x1023, 0x123);
	syscall(SYS_arch_prctl, 0x1024, 0x123);
	syscall(SYS_arch_prctl, 0x2001, &v);
	syscall(SYS_arch_prctl, 0x2002, &v);
	syscall(SYS_arch_prctl, 0x4001, &v);
	syscall(SYS_arch_prctl, 0x4002, &v);
	syscall(SYS_arch_prctl, 0x5001, &v);
	syscall(SYS_arch_prctl, 0x9999, &v);
	syscall(SYS_set_tid_address, &v);
	syscall(SYS_set_tid_address, 0);
	syscall(SYS_get_robust_list, 0, &h, &len);
	syscall(SYS_get_robust_list, 0, 0, 0);
	syscall(SYS_get_robust_list, 1, &h, &len);
	syscall(SYS_set_robust_list, h, len);
	syscall(SYS_set_robust_list, h, 1);
	syscall(SYS_rseq, 0, 0, 0, 0);
	static struct rseq rs __attribute__((aligned(32)));
	syscall(SYS_rseq, &rs, 32, 0, 0x53053053);
	syscall(SYS_rseq, &rs, 32, 1, 0x53053053);
	syscall(SYS_rseq, 1, 32, 2, 0x53053053);
	syscall(SYS_personality, 0xffffffff);
	syscall(SYS_personality, PER_LINUX);
	syscall(SYS_personality, PER_LINUX32|ADDR_NO_RANDOMIZE);
	syscall(SYS_personality, 0x123456);
	syscall(SYS_personality, 0xffffffff);
	syscall(SYS_personality, PER_LINUX);
	syscall(SYS_personality, 0x1f);
	syscall(SYS_arch_prctl, 0x1025, 0);
	syscall(SYS_arch_prctl, 0x2003, 0);
	syscall(SYS_arch_prctl, 0x1023, 18);
	syscall(SYS_arch_prctl, 0x1023, 19);
	syscall(SYS_personality, 0xffff0000);
	syscall(SYS_personality, 0xfffe0008);
	syscall(SYS_personality, PER_LINUX);
	restart();
	return 0;
}
