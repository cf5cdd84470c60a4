/*
 * count_calls.c - makes exactly N getppid() calls and N failing
 * close(-1) calls (EBADF), so a -c summary can be checked against counts
 * the program itself knows.  usage: count_calls N
 */
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 100;
	for (int i = 0; i < n; i++) {
		getppid();
		close(-1);
	}
	return 0;
}
