/*
 * tui_load.c - a known workload for tests/integration/tui.sh: ROUNDS times
 * (argv[1], default 40) getppid() three times and a chdir() that fails with
 * ENOENT, then a pause of MS milliseconds (argv[2], default 50).  It prints
 * nothing, so the expected counts are 3 * ROUNDS getppid and ROUNDS chdir
 * (all failed).
 */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int rounds = argc > 1 ? atoi(argv[1]) : 40;
	long ms = argc > 2 ? atol(argv[2]) : 50;
	struct timespec ts = { ms / 1000, (ms % 1000) * 1000000L };
	for (int i = 0; i < rounds; i++) {
		getppid();
		getppid();
		getppid();
		if (chdir("/nonexistent/sctrace-tui") == 0)
			return 1;
		nanosleep(&ts, NULL);
	}
	return 0;
}
