/*
 * t_forktree.c - torture: a tree of TOTAL processes.  Each process forks up
 * to two children (while others are already exiting), makes NCALLS
 * close(-pid) calls carrying its own pid, prints "pid PID", and exits.
 * The test checks that every printed pid appears in the trace with exactly
 * NCALLS markers, all attributed to itself.   usage: t_forktree TOTAL NCALLS
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

static int total, ncalls;

static void node(int id)
{
	/* children of node id in a binary heap numbering: 2id+1, 2id+2 */
	pid_t kids[2];
	int nk = 0;
	for (int c = 2 * id + 1; c <= 2 * id + 2 && c < total; c++) {
		pid_t p = fork();
		if (p == 0) {
			node(c);
			_exit(0);
		}
		if (p > 0)
			kids[nk++] = p;
	}
	int me = getpid();
	for (int k = 0; k < ncalls; k++)
		close(-me);
	printf("pid %d\n", me);
	fflush(stdout);
	int bad = 0;
	for (int i = 0; i < nk; i++) {
		int st;
		if (waitpid(kids[i], &st, 0) < 0 || !WIFEXITED(st) || WEXITSTATUS(st))
			bad = 1;
	}
	if (bad)
		exit(1);
}

int main(int argc, char **argv)
{
	total = argc > 1 ? atoi(argv[1]) : 300;
	ncalls = argc > 2 ? atoi(argv[2]) : 3;
	node(0);
	return 0;
}
