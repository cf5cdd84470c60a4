/*
 * busy_threads.c - N threads each make COUNT getppid()+nanosleep() rounds,
 * publishing progress in a file; exits 0 only if every thread finished all
 * its rounds.  Used to attach to a busy multi-threaded process and check
 * that it keeps running, unharmed, after sctrace detaches.
 * usage: busy_threads NTHREADS COUNT PROGRESS_FILE
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static int count;
static volatile long done_rounds;

static void *work(void *arg)
{
	(void)arg;
	struct timespec ts = { 0, 2000000 };
	for (int i = 0; i < count; i++) {
		getppid();
		nanosleep(&ts, NULL);
		__sync_fetch_and_add(&done_rounds, 1);
	}
	return NULL;
}

int main(int argc, char **argv)
{
	if (argc < 4)
		return 2;
	int n = atoi(argv[1]);
	count = atoi(argv[2]);
	pthread_t t[256];
	for (int i = 0; i < n && i < 256; i++)
		pthread_create(&t[i], NULL, work, NULL);
	char tmp[4096];
	snprintf(tmp, sizeof(tmp), "%s.tmp", argv[3]);
	for (;;) {
		FILE *f = fopen(tmp, "w");   /* write, then rename: readers never see it empty */
		if (f) {
			fprintf(f, "%ld\n", done_rounds);
			fclose(f);
			rename(tmp, argv[3]);
		}
		if (done_rounds >= (long)n * count)
			break;
		usleep(20000);
	}
	for (int i = 0; i < n && i < 256; i++)
		pthread_join(t[i], NULL);
	return done_rounds == (long)n * count ? 0 : 1;
}
