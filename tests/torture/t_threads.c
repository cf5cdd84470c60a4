/*
 * t_threads.c - torture: NTHREADS threads each make NCALLS close(-(1000+i))
 * calls (EBADF), a marker unique to thread i.  Each thread prints
 * "tid TID marker -(1000+i) calls NCALLS", so the test can check that the
 * trace attributes exactly NCALLS markers to each tid and no marker to the
 * wrong thread.   usage: t_threads NTHREADS NCALLS
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

static int ncalls;
static pthread_barrier_t start;

static void *work(void *arg)
{
	long i = (long)arg;
	int marker = -(1000 + (int)i);
	pthread_barrier_wait(&start);
	for (int k = 0; k < ncalls; k++)
		close(marker);
	flockfile(stdout);
	printf("tid %ld marker %d calls %d\n", (long)syscall(SYS_gettid), marker, ncalls);
	funlockfile(stdout);
	return NULL;
}

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 100;
	ncalls = argc > 2 ? atoi(argv[2]) : 1000;
	pthread_t *t = calloc(n, sizeof(*t));
	pthread_barrier_init(&start, NULL, n);
	for (long i = 0; i < n; i++)
		if (pthread_create(&t[i], NULL, work, (void *)i))
			return 2;
	for (int i = 0; i < n; i++)
		pthread_join(t[i], NULL);
	return 0;
}
