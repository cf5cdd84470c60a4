/*
 * affinity.c - prints the CPU affinity the process, a forked child and a
 * thread see, and sets its own affinity to all CPUs and reads it back.
 * Traced or not, the output must be the same: sctrace's CPU placement must
 * stay invisible to the tracee.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

static int count(void)
{
	cpu_set_t s;
	return sched_getaffinity(0, sizeof(s), &s) == 0 ? CPU_COUNT(&s) : -1;
}

static void *thread(void *a)
{
	(void)a;
	printf("thread %d\n", count());
	return NULL;
}

int main(void)
{
	printf("start %d\n", count());
	fflush(stdout);
	pid_t p = fork();
	if (p == 0) {
		printf("child %d\n", count());
		fflush(stdout);
		_exit(0);
	}
	waitpid(p, NULL, 0);
	printf("after child %d\n", count());
	cpu_set_t all;
	sched_getaffinity(0, sizeof(all), &all);
	sched_setaffinity(0, sizeof(all), &all);
	printf("after set %d\n", count());
	pthread_t t;
	pthread_create(&t, NULL, thread, NULL);
	pthread_join(t, NULL);
	printf("end %d\n", count());
	return 0;
}
