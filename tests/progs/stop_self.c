/*
 * stop_self.c - writes "ready" to stdout, then loops doing syscalls until a
 * flag file appears, checking how long it was stopped: used to send it
 * SIGSTOP/SIGCONT from outside while traced.  Exits 0 when the flag file exists.
 */
#include <stdio.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	printf("ready\n");
	fflush(stdout);
	for (int i = 0; i < 3000; i++) {
		if (access(argv[1], F_OK) == 0)
			return 0;
		usleep(10000);
	}
	return 1;
}
