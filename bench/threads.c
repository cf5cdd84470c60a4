/*
 * threads.c - benchmark workload: T threads each making N getppid() and
 * N write(2)s to /dev/null, concurrently.  usage: threads [T] [N]
 */
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>

static long n;
static int fd;

static void *work(void *a)
{
	(void)a;
	char b[16] = { 0 };
	for (long i = 0; i < n; i++) {
		getppid();
		if (write(fd, b, sizeof(b)) != sizeof(b))
			abort();
	}
	return NULL;
}

int main(int argc, char **argv)
{
	int t = argc > 1 ? atoi(argv[1]) : 8;
	n = argc > 2 ? atol(argv[2]) : 12500;
	fd = open("/dev/null", O_WRONLY);
	pthread_t th[64];
	for (int i = 0; i < t && i < 64; i++)
		pthread_create(&th[i], NULL, work, NULL);
	for (int i = 0; i < t && i < 64; i++)
		pthread_join(th[i], NULL);
	return 0;
}
