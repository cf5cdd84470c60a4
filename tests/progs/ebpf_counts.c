/*
 * ebpf_counts.c - makes known numbers of syscalls across threads and forked
 * children and prints what it made, so a trace (or a -c table) can be checked
 * against the program's own numbers, whichever backend traced it.
 *
 *   ebpf_counts THREADS CHILDREN N [PAUSE_MS]
 *       the main thread, each of THREADS pthreads and each of CHILDREN forked
 *       children make exactly N getppid(), N write(fd, "x", 1) to /dev/null
 *       and N/10 openat("/nonexistent-ebpf-counts-TAG", O_RDONLY), each of
 *       which must fail with ENOENT (TAG: m, tI, cI).  Every task counts what
 *       it did in shared memory; the main thread waits for all and prints
 *       "getppid=G write=W openat_failed=O processes=P threads=T"
 *       (processes: main + children; threads: every task, main included).
 *       With PAUSE_MS, every task sleeps that long after its calls, before it
 *       ends (time for a reader to drain a full buffer before the exits).
 *   ebpf_counts --fork-storm K
 *       forks K children, each makes one getppid() and _exit(0)s; waits for
 *       all; prints "getppid=K processes=K+1 threads=K+1".
 *   ebpf_counts --thread-storm K
 *       creates K threads (all alive at once), each makes one getppid();
 *       joins them; prints "getppid=K processes=1 threads=K+1".
 *   ebpf_counts --loop THREADS PROGRESS_FILE
 *       forever: the main thread and THREADS pthreads each make getppid() and
 *       write(fd, "x", 1) to /dev/null every 10 ms; the main thread rewrites
 *       PROGRESS_FILE with the number of rounds done so far every 100 ms
 *       (something to attach to with -p).
 *   ebpf_counts --marker COMM PATH
 *       sets its comm to COMM (prctl(PR_SET_NAME)), then makes one
 *       openat(PATH, O_RDONLY), which must fail; exits 0 if it did.
 *
 * Exit status 0 only if every call behaved as expected (getppid() > 0, every
 * write wrote 1 byte, every openat failed with ENOENT, every child exited 0).
 */
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

struct totals {
	long getppid;
	long write;
	long openat_failed;
	long bad;        /* calls that did not behave as expected */
	long rounds;     /* --loop */
};

static struct totals *tot;   /* MAP_SHARED: children add to it too */
static int devnull = -1;
static long n_calls;
static long pause_ms;

static void add(long *where, long n)
{
	__atomic_fetch_add(where, n, __ATOMIC_SEQ_CST);
}

/* one task's share: N getppid, N writes, N/10 failing openat */
static void work(const char *tag)
{
	char path[64];
	snprintf(path, sizeof(path), "/nonexistent-ebpf-counts-%s", tag);
	long g = 0, w = 0, o = 0, bad = 0;
	for (long i = 0; i < n_calls; i++) {
		if (getppid() > 0)
			g++;
		else
			bad++;
		if (write(devnull, "x", 1) == 1)
			w++;
		else
			bad++;
		if (i % 10 == 9) {
			int fd = openat(AT_FDCWD, path, O_RDONLY);
			if (fd < 0 && errno == ENOENT)
				o++;
			else
				bad++;
			if (fd >= 0)
				close(fd);
		}
	}
	add(&tot->getppid, g);
	add(&tot->write, w);
	add(&tot->openat_failed, o);
	add(&tot->bad, bad);
	if (pause_ms > 0) {
		struct timespec ts = { pause_ms / 1000, pause_ms % 1000 * 1000000 };
		while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
			;
	}
}

static pthread_barrier_t start;

static void *thread_main(void *arg)
{
	char tag[16];
	snprintf(tag, sizeof(tag), "t%ld", (long)(intptr_t)arg);
	pthread_barrier_wait(&start);
	work(tag);
	return NULL;
}

static int reap(pid_t pid)
{
	int status;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static int counts(int nthreads, int nchildren, long n)
{
	n_calls = n;
	devnull = open("/dev/null", O_WRONLY);
	if (devnull < 0)
		return 2;
	pthread_t *t = calloc(nthreads ? nthreads : 1, sizeof(*t));
	pid_t *c = calloc(nchildren ? nchildren : 1, sizeof(*c));
	if (!t || !c)
		return 2;
	pthread_barrier_init(&start, NULL, nthreads + 1);
	for (int i = 0; i < nthreads; i++)
		if (pthread_create(&t[i], NULL, thread_main, (void *)(intptr_t)i))
			return 2;
	/* fork while the threads wait at the barrier: the children have one thread */
	for (int i = 0; i < nchildren; i++) {
		c[i] = fork();
		if (c[i] < 0)
			return 2;
		if (c[i] == 0) {
			char tag[16];
			snprintf(tag, sizeof(tag), "c%d", i);
			work(tag);
			_exit(0);
		}
	}
	pthread_barrier_wait(&start);
	work("m");
	int failed = 0;
	for (int i = 0; i < nthreads; i++)
		pthread_join(t[i], NULL);
	for (int i = 0; i < nchildren; i++)
		failed |= reap(c[i]) < 0;
	printf("getppid=%ld write=%ld openat_failed=%ld processes=%d threads=%d\n",
	       tot->getppid, tot->write, tot->openat_failed, 1 + nchildren, 1 + nthreads + nchildren);
	fflush(stdout);
	return failed || tot->bad ? 1 : 0;
}

static int fork_storm(int k)
{
	pid_t *c = calloc(k ? k : 1, sizeof(*c));
	if (!c)
		return 2;
	int failed = 0, made = 0;
	for (int i = 0; i < k; i++) {
		c[i] = fork();
		if (c[i] < 0) {
			failed = 1;
			break;
		}
		if (c[i] == 0)
			_exit(getppid() > 0 ? 0 : 1);
		made++;
	}
	for (int i = 0; i < made; i++)
		failed |= reap(c[i]) < 0;
	printf("getppid=%d processes=%d threads=%d\n", made, made + 1, made + 1);
	fflush(stdout);
	return failed ? 1 : 0;
}

static void *storm_thread(void *arg)
{
	(void)arg;
	if (getppid() > 0)
		add(&tot->getppid, 1);
	else
		add(&tot->bad, 1);
	pthread_barrier_wait(&start);   /* all alive at once */
	return NULL;
}

static int thread_storm(int k)
{
	pthread_t *t = calloc(k ? k : 1, sizeof(*t));
	pthread_attr_t attr;
	if (!t || pthread_attr_init(&attr) || pthread_attr_setstacksize(&attr, 64 * 1024))
		return 2;
	pthread_barrier_init(&start, NULL, k + 1);
	for (int i = 0; i < k; i++)
		if (pthread_create(&t[i], &attr, storm_thread, NULL))
			return 2;
	pthread_barrier_wait(&start);
	for (int i = 0; i < k; i++)
		pthread_join(t[i], NULL);
	printf("getppid=%ld processes=1 threads=%d\n", tot->getppid, k + 1);
	fflush(stdout);
	return tot->bad ? 1 : 0;
}

static void *loop_thread(void *arg)
{
	(void)arg;
	struct timespec ts = { 0, 10 * 1000 * 1000 };
	for (;;) {
		getppid();
		if (write(devnull, "x", 1) != 1)
			add(&tot->bad, 1);
		add(&tot->rounds, 1);
		nanosleep(&ts, NULL);
	}
	return NULL;
}

static int loop(int nthreads, const char *progress)
{
	devnull = open("/dev/null", O_WRONLY);
	if (devnull < 0)
		return 2;
	for (int i = 0; i < nthreads; i++) {
		pthread_t t;
		if (pthread_create(&t, NULL, loop_thread, NULL))
			return 2;
	}
	char tmp[4096];
	snprintf(tmp, sizeof(tmp), "%s.tmp", progress);
	struct timespec ts = { 0, 10 * 1000 * 1000 };
	for (long i = 0;; i++) {
		getppid();
		if (write(devnull, "x", 1) != 1)
			add(&tot->bad, 1);
		add(&tot->rounds, 1);
		if (i % 10 == 0) {
			FILE *f = fopen(tmp, "w");
			if (f) {
				fprintf(f, "%ld\n", tot->rounds);
				fclose(f);
				rename(tmp, progress);
			}
		}
		nanosleep(&ts, NULL);
	}
}

static int marker(const char *comm, const char *path)
{
	if (prctl(PR_SET_NAME, comm, 0, 0, 0) < 0)
		return 2;
	int fd = openat(AT_FDCWD, path, O_RDONLY);
	return fd < 0 && errno == ENOENT ? 0 : 1;
}

static int usage(void)
{
	fprintf(stderr, "usage: ebpf_counts THREADS CHILDREN N | --fork-storm K | --thread-storm K |"
			" --loop THREADS PROGRESS_FILE | --marker COMM PATH\n");
	return 2;
}

int main(int argc, char **argv)
{
	tot = mmap(NULL, sizeof(*tot), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (tot == MAP_FAILED)
		return 2;
	if (argc == 3 && !strcmp(argv[1], "--fork-storm"))
		return fork_storm(atoi(argv[2]));
	if (argc == 3 && !strcmp(argv[1], "--thread-storm"))
		return thread_storm(atoi(argv[2]));
	if (argc == 4 && !strcmp(argv[1], "--loop"))
		return loop(atoi(argv[2]), argv[3]);
	if (argc == 4 && !strcmp(argv[1], "--marker"))
		return marker(argv[2], argv[3]);
	if ((argc == 4 || argc == 5) && argv[1][0] != '-') {
		pause_ms = argc == 5 ? atol(argv[4]) : 0;
		return counts(atoi(argv[1]), atoi(argv[2]), atol(argv[3]));
	}
	return usage();
}
