/*
 * t_misc.c - torture scenarios that only need one process:
 *   closeall   close every descriptor (0..1023), then make NCALLS
 *              getppid() calls; prints nothing (stdout is closed)
 *   blockall   ignore and block every signal, then NCALLS getppid() calls
 *   block      block in read() on a pipe forever (to be SIGKILLed)
 * usage: t_misc MODE [NCALLS]
 */
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	if (argc < 2)
		return 2;
	int n = argc > 2 ? atoi(argv[2]) : 100;
	if (!strcmp(argv[1], "closeall")) {
		for (int fd = 0; fd < 1024; fd++)
			close(fd);
	} else if (!strcmp(argv[1], "blockall")) {
		for (int s = 1; s < 65; s++)
			signal(s, SIG_IGN);
		sigset_t all;
		sigfillset(&all);
		sigprocmask(SIG_BLOCK, &all, NULL);
	} else if (!strcmp(argv[1], "block")) {
		int p[2];
		if (pipe(p))
			return 2;
		char c;
		(void)!read(p[0], &c, 1);
		return 1;
	} else {
		return 2;
	}
	for (int i = 0; i < n; i++)
		getppid();
	return 0;
}
