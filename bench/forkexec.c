/*
 * forkexec.c - benchmark workload: N times fork, exec /bin/true, wait.
 * usage: forkexec [N]   (default 1000)
 */
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000;
	for (long i = 0; i < n; i++) {
		pid_t p = fork();
		if (p == 0) {
			execl("/bin/true", "true", (char *)NULL);
			_exit(127);
		}
		int st;
		if (p < 0 || waitpid(p, &st, 0) < 0 || st != 0)
			return 1;
	}
	return 0;
}
