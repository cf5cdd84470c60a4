/*
 * getppidloop.c - benchmark workload: N getppid(2)s, the cheapest syscall
 * there is, so a tracer's per-event cost is nearly all there is to time.
 * usage: getppidloop [N]   (default 1000000)
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	for (long i = 0; i < n; i++)
		syscall(SYS_getppid);
	return 0;
}
