/*
 * threads_exec.c - a non-leader thread calls execve while the leader is
 * blocked: the kernel gives the exec'ing thread the leader's pid.  The new
 * image is "/bin/sh -c 'exit 5'", so the process must exit with 5.
 */
#include <pthread.h>
#include <unistd.h>

static void *execer(void *a)
{
	(void)a;
	char *argv[] = { "sh", "-c", "exit 5", NULL };
	execv("/bin/sh", argv);
	return NULL;
}

int main(void)
{
	pthread_t t;
	int p[2];
	if (pipe(p))
		return 2;
	pthread_create(&t, NULL, execer, NULL);
	char c;
	(void)!read(p[0], &c, 1);
	return 1;
}
