/*
 * inject.c - calls for -e inject= / -e fault= tests; each mode prints what
 * the program saw, so a test can tell the tampering really happened.
 *
 *   calls    chdir("/") four times: result and errno; getppid() three
 *            times: whether it returned 42
 *   signal   chdir("/") twice with a SIGUSR1 handler: how many arrived
 *   delay    getppid() once: whether it took at least 100 ms
 *   poke     chdir() on a missing path (poked to "/" at entry) and getcwd()
 *            (its buffer poked at exit): the results and the buffer
 *   threads  two threads, chdir("/") three times each (counts are per thread)
 *   fork     the child, then the parent, chdir("/") three times each
 */
#define _GNU_SOURCE
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long call(long nr, long a, long b)
{
	errno = 0;
	return syscall(nr, a, b);
}

static void show(const char *what, long r)
{
	printf("%s %ld %s\n", what, r, r < 0 ? strerrorname_np(errno) : "-");
}

static volatile sig_atomic_t usr1;
static void on_usr1(int sig)
{
	(void)sig;
	usr1++;
}

static void *chdir3(void *arg)
{
	long *res = arg;
	for (int i = 0; i < 3; i++)
		res[i] = call(SYS_chdir, (long)"/", 0) < 0 ? errno : 0;
	return NULL;
}

int main(int argc, char **argv)
{
	const char *mode = argc > 1 ? argv[1] : "calls";
	if (!strcmp(mode, "calls")) {
		for (int i = 0; i < 4; i++)
			show("chdir", call(SYS_chdir, (long)"/", 0));
		for (int i = 0; i < 3; i++)
			printf("getppid %s\n", call(SYS_getppid, 0, 0) == 42 ? "42" : "real");
	} else if (!strcmp(mode, "signal")) {
		signal(SIGUSR1, on_usr1);
		for (int i = 0; i < 2; i++)
			show("chdir", call(SYS_chdir, (long)"/", 0));
		printf("usr1 %d\n", (int)usr1);
	} else if (!strcmp(mode, "delay")) {
		struct timespec a, b;
		clock_gettime(CLOCK_MONOTONIC, &a);
		call(SYS_getppid, 0, 0);
		clock_gettime(CLOCK_MONOTONIC, &b);
		long ms = (b.tv_sec - a.tv_sec) * 1000 + (b.tv_nsec - a.tv_nsec) / 1000000;
		printf("getppid %s\n", ms >= 100 ? "slow" : "fast");
	} else if (!strcmp(mode, "poke")) {
		char path[32] = "/nonexistent/inject";
		show("chdir", call(SYS_chdir, (long)path, 0));
		char buf[64];
		memset(buf, 0, sizeof(buf));
		long r = call(SYS_getcwd, (long)buf, sizeof(buf));
		printf("getcwd %ld %s\n", r, buf);
	} else if (!strcmp(mode, "threads")) {
		long res[2][3];
		pthread_t th[2];
		for (int i = 0; i < 2; i++)
			pthread_create(&th[i], NULL, chdir3, res[i]);
		for (int i = 0; i < 2; i++)
			pthread_join(th[i], NULL);
		for (int i = 0; i < 2; i++)
			printf("thread %ld %ld %ld\n", res[i][0], res[i][1], res[i][2]);
	} else if (!strcmp(mode, "fork")) {
		long res[3];
		pid_t pid = fork();
		if (pid == 0) {
			chdir3(res);
			_exit((res[0] ? 1 : 0) | (res[1] ? 2 : 0) | (res[2] ? 4 : 0));
		}
		int st;
		waitpid(pid, &st, 0);   /* then the parent: one order for a differential test */
		chdir3(res);
		printf("parent %ld %ld %ld child %d\n", res[0], res[1], res[2], WEXITSTATUS(st));
	} else {
		fprintf(stderr, "inject: unknown mode %s\n", mode);
		return 2;
	}
	return 0;
}
