/*
 * proc_clone.c - fork, vfork, a pthread (clone3), raw clone with
 * PARENT_SETTID/PIDFD/SETTLS/CHILD_SETTID and odd exit signals, failing
 * clone/clone3 calls (bad flags, short/bad structs, set_tid, cgroup),
 * and clone3 with pidfd/parent_tid written back.
 */
#define _GNU_SOURCE
#include <linux/sched.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void *thr(void *a) { return a; }

static void reap(pid_t p)
{
	if (p == 0)
		_exit(0);
	if (p > 0)
		waitpid(p, NULL, __WALL);
}

int main(void)
{
	int ptid = 0, ctid = 0, pidfd = -1;
	signal(SIGUSR1, SIG_IGN);
	pid_t p = fork();
	if (p == 0)
		_exit(3);
	waitpid(p, NULL, 0);
	p = vfork();
	if (p == 0)
		_exit(0);
	pthread_t t;
	pthread_create(&t, NULL, thr, NULL);
	pthread_join(t, NULL);

	reap(syscall(SYS_clone, SIGCHLD, 0, 0, 0, 0));
	reap(syscall(SYS_clone, CLONE_PARENT_SETTID | SIGUSR1, 0, &ptid, 0, 0));
	reap(syscall(SYS_clone, CLONE_PIDFD | SIGCHLD, 0, &pidfd, 0, 0));
	reap(syscall(SYS_clone, CLONE_PARENT_SETTID | CLONE_CHILD_SETTID | SIGCHLD, 0, &ptid, &ctid, 0));
	reap(syscall(SYS_clone, CLONE_PARENT_SETTID | SIGCHLD, 0, 1, &ctid, 0));
	syscall(SYS_clone, CLONE_PARENT_SETTID | CLONE_NEWPID | CLONE_THREAD, 0, &ptid, &ctid, 0);
	syscall(SYS_clone, ~0UL, 0x1000, 0x2000, 0x3000, 0x4000);
	syscall(SYS_clone, 0x400000 | CLONE_NEWPID | CLONE_THREAD, 0, 0, 0, 0);
	syscall(SYS_clone, 0x400000 | CLONE_THREAD | SIGCHLD, 0, 0, 0, 0);
	syscall(SYS_clone, CLONE_THREAD | 100, 0, 0, 0, 0);

	struct clone_args ca;
	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_PIDFD | CLONE_PARENT_SETTID;
	ca.pidfd = (uintptr_t)&pidfd;
	ca.parent_tid = (uintptr_t)&ptid;
	ca.exit_signal = SIGCHLD;
	reap(syscall(SYS_clone3, &ca, sizeof(ca)));
	ca.flags = CLONE_PARENT_SETTID;
	ca.exit_signal = 0;
	syscall(SYS_clone3, &ca, sizeof(ca));
	memset(&ca, 0, sizeof(ca));
	ca.flags = CLONE_VM;
	ca.stack = 0x1000;
	ca.stack_size = 0x100;
	ca.tls = 0x5;
	ca.set_tid = 0x10;
	ca.cgroup = 3;
	ca.child_tid = 0x77;
	syscall(SYS_clone3, &ca, sizeof(ca));
	syscall(SYS_clone3, &ca, 8);
	syscall(SYS_clone3, NULL, sizeof(ca));
	syscall(SYS_clone3, 1, sizeof(ca));
	syscall(SYS_clone3, &ca, 65);
	syscall(SYS_clone3, &ca, 72);
	memset(&ca, 0, sizeof(ca));
	ca.flags = ~0ULL;
	ca.exit_signal = 0xffffffffffULL;
	syscall(SYS_clone3, &ca, sizeof(ca));
	ca.flags = 0x80 | 0x7f;
	ca.exit_signal = 100;
	syscall(SYS_clone3, &ca, sizeof(ca));
	ca.flags = 0x300000000ULL | CLONE_CHILD_SETTID | CLONE_SETTLS;
	ca.child_tid = 0x100;
	ca.tls = 0x200;
	ca.set_tid_size = 2;
	syscall(SYS_clone3, &ca, 80);
	return 0;
}
