/*
 * proc_prctl.c - prctl with realistic arguments (names, death signal,
 * dumpable, securebits, capability bounding set, speculation control, MCE,
 * VMA names, seccomp filters) and every option number 0..74 plus a few
 * large ones with argument values given on the command line (default 1),
 * each in its own child.
 */
#define _GNU_SOURCE
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <linux/capability.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <signal.h>
#include <unistd.h>
#include <stddef.h>
#include <stdlib.h>
static void all_options(long v)
{
	static const long extra[] = { 0x59616d61, 0x53564d41, 0x41555856, 1000, -1 };
	for (long op = 0; op < 80; op++) {
		long o = op < 75 ? op : extra[op - 75];
		if (o == PR_SET_SYSCALL_USER_DISPATCH && v > 0)
			continue;
		pid_t p = fork();
		if (p == 0) {
			syscall(SYS_prctl, o, v, v + 1, v + 2, v + 3);
			_exit(0);
		}
		waitpid(p, 0, 0);
	}
}

int main(int argc, char **argv)
{
	all_options(argc > 1 ? strtol(argv[1], NULL, 0) : 1);
	int i = 0; char name[32]; unsigned long ul;
	prctl(PR_SET_NAME, "testname");
	prctl(PR_SET_NAME, "a-very-long-thread-name-exceeding-sixteen");
	prctl(PR_GET_NAME, name);
	prctl(PR_SET_PDEATHSIG, SIGKILL);
	prctl(PR_SET_PDEATHSIG, 100);
	prctl(PR_GET_PDEATHSIG, &i);
	prctl(PR_SET_PDEATHSIG, 0);
	prctl(PR_GET_PDEATHSIG, &i);
	prctl(PR_GET_DUMPABLE);
	prctl(PR_SET_DUMPABLE, 0);
	prctl(PR_GET_DUMPABLE);
	prctl(PR_SET_DUMPABLE, 1);
	prctl(PR_GET_TSC, &i);
	prctl(PR_GET_CHILD_SUBREAPER, &i);
	prctl(PR_GET_TID_ADDRESS, &ul);
	prctl(PR_GET_SECUREBITS);
	prctl(PR_SET_SECUREBITS, 0x30);
	prctl(PR_GET_SECUREBITS);
	prctl(PR_CAPBSET_READ, CAP_SYS_ADMIN);
	prctl(PR_CAPBSET_READ, 40);
	prctl(PR_CAPBSET_READ, 41);
	prctl(PR_CAPBSET_READ, 100);
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	prctl(PR_GET_NO_NEW_PRIVS, 0, 0, 0, 0);
	prctl(PR_GET_KEEPCAPS);
	prctl(PR_SET_THP_DISABLE, 1, 0, 0, 0);
	prctl(PR_GET_THP_DISABLE, 0, 0, 0, 0);
	prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_INDIRECT_BRANCH, 0, 0, 0);
	prctl(PR_SET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, PR_SPEC_DISABLE, 0, 0);
	prctl(PR_MCE_KILL, PR_MCE_KILL_SET, PR_MCE_KILL_EARLY, 0, 0);
	prctl(PR_MCE_KILL_GET, 0, 0, 0, 0);
	prctl(PR_MCE_KILL, PR_MCE_KILL_CLEAR, 0, 0, 0);
	prctl(PR_GET_TIMERSLACK);
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_IS_SET, CAP_NET_ADMIN, 0, 0);
	prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
	prctl(PR_SET_PTRACER, PR_SET_PTRACER_ANY);
	prctl(PR_SET_PTRACER, getppid());
	prctl(PR_SET_CHILD_SUBREAPER, 1);
	prctl(PR_GET_CHILD_SUBREAPER, &i);
	prctl(PR_GET_FP_MODE);
	prctl(PR_GET_UNALIGN, &i);
	void *m = mmap(0, 8192, PROT_READ, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0);
	prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, m, 8192, "myname");
	prctl(PR_SET_VMA, PR_SET_VMA_ANON_NAME, m, 8192, NULL);
	prctl(PR_SET_MM, PR_SET_MM_START_BRK, m, 0, 0);
	prctl(PR_SET_MM, PR_SET_MM_EXE_FILE, 3, 0, 0);
	prctl(PR_SET_MM, PR_SET_MM_MAP_SIZE, &i, 0, 0);
	prctl(PR_SET_IO_FLUSHER, 0, 0, 0, 0);
	prctl(PR_SCHED_CORE, PR_SCHED_CORE_GET, 0, 0, &ul);
	prctl(PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
	pid_t p = fork();
	if (!p) {
		struct sock_filter f[] = { BPF_STMT(BPF_LD|BPF_W|BPF_ABS, offsetof(struct seccomp_data, nr)), BPF_JUMP(BPF_JMP|BPF_JEQ|BPF_K, SYS_getppid, 0, 1), BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ERRNO|5), BPF_STMT(BPF_RET|BPF_K, SECCOMP_RET_ALLOW) };
		struct sock_fprog pf = { 4, f };
		prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &pf);
		syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_TSYNC|SECCOMP_FILTER_FLAG_LOG, &pf);
		syscall(SYS_seccomp, SECCOMP_GET_ACTION_AVAIL, 0, &i);
		syscall(SYS_seccomp, SECCOMP_GET_NOTIF_SIZES, 0, name);
		syscall(SYS_seccomp, 99, 0, 0);
		syscall(SYS_getppid);
		prctl(PR_SET_SECCOMP, SECCOMP_MODE_STRICT);
		syscall(SYS_exit, 0);
	}
	waitpid(p, 0, 0);
	return 0;
}
