/*
 * exit_code.c - end in a chosen way: "exit N", "signal SIG" (raise it with
 * the default action), or "thread-exit N" (exit_group from a second thread
 * while the main thread blocks in a syscall).
 */
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

static int code;

static void *exiter(void *a)
{
	(void)a;
	usleep(50000);
	exit(code);
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return 2;
	if (!strcmp(argv[1], "exit"))
		return atoi(argv[2]);
	if (!strcmp(argv[1], "signal")) {
		struct rlimit r = { 0, 0 };
		setrlimit(RLIMIT_CORE, &r);
		signal(atoi(argv[2]), SIG_DFL);
		raise(atoi(argv[2]));
		return 99;
	}
	if (!strcmp(argv[1], "thread-exit")) {
		code = atoi(argv[2]);
		pthread_t t;
		int p[2];
		if (pipe(p))
			return 2;
		pthread_create(&t, NULL, exiter, NULL);
		char c;
		(void)!read(p[0], &c, 1);
		return 98;
	}
	return 2;
}
