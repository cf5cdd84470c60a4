/*
 * seccomp_deny.c - calls a seccomp filter denies, so they exit without
 * entering (the kernel decides before the sys_enter tracepoint): getppid
 * fails with EPERM, openat of "/etc/hostname" (a path on the stack) with
 * EACCES, uname with ENOSYS; each is made by the main thread, by a thread
 * and by a forked child, then a write that is allowed.  The eBPF backend
 * must show them as ptrace does.  With "sleep": only the main thread's
 * calls, after 0.6 s in nanosleep (to be attached to mid-call).  With
 * "kill": then a second filter kills; a thread dies in getpgid(0)
 * (SECCOMP_RET_KILL_THREAD, other threads alive: it never leaves the
 * call) and a forked child in getsid(0) (SECCOMP_RET_KILL_PROCESS: the
 * call "returns" its number, then SIGSYS), no core dumped.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define DENY(nr, err) \
	BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, (nr), 0, 1), \
	BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (err))

static void calls(const char *who)
{
	char path[32];
	struct utsname u;
	strcpy(path, "/etc/hostname");
	syscall(SYS_getppid);
	syscall(SYS_openat, AT_FDCWD, path, O_RDONLY);
	syscall(SYS_uname, &u);
	if (write(1, who, strlen(who)) < 0)
		_exit(1);
}

/* a thread still running when main joins it: pthread_join then always waits in futex */
static void join_later(void)
{
	struct timespec ts = { 0, 50000000 };
	nanosleep(&ts, NULL);
}

static void *thread(void *arg)
{
	join_later();
	calls(arg);
	return NULL;
}

static void *doomed_thread(void *arg)
{
	(void)arg;
	join_later();
	syscall(SYS_getpgid, 0);
	return NULL;
}

/* the kill verdicts, on top of the first filter (the strictest verdict wins) */
static int killing(void)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getpgid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_THREAD),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_getsid, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = sizeof(f) / sizeof(f[0]), .filter = f };
	struct rlimit nocore = { 0, 0 };
	if (setrlimit(RLIMIT_CORE, &nocore) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog))
		return 2;
	pthread_t t;
	if (pthread_create(&t, NULL, doomed_thread, NULL))
		return 3;
	pthread_join(t, NULL);
	pid_t pid = fork();
	if (pid == 0) {
		syscall(SYS_getsid, 0);
		_exit(0);
	}
	int st;
	waitpid(pid, &st, 0);
	return WIFSIGNALED(st) && WTERMSIG(st) == SIGSYS ? 0 : 4;
}

int main(int argc, char **argv)
{
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 1, 0),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		DENY(SYS_getppid, EPERM),
		DENY(SYS_openat, EACCES),
		DENY(SYS_uname, ENOSYS),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { .len = sizeof(f) / sizeof(f[0]), .filter = f };
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) || prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog))
		return 2;
	if (argc > 1 && !strcmp(argv[1], "sleep")) {
		struct timespec ts = { 0, 600000000 };
		nanosleep(&ts, NULL);
		calls("main\n");
		return 0;
	}
	calls("main\n");
	pthread_t t;
	if (pthread_create(&t, NULL, thread, "thread\n"))
		return 3;
	pthread_join(t, NULL);
	pid_t pid = fork();
	if (pid == 0) {
		calls("child\n");
		_exit(0);
	}
	int st;
	waitpid(pid, &st, 0);
	if (argc > 1 && !strcmp(argv[1], "kill"))
		return killing();
	return 0;
}
