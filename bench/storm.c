/*
 * storm.c - benchmark workload: N rounds of openat + fstat + close + stat
 * on one file.  usage: storm [N]   (default 100000)
 */
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 100000;
	struct stat st;
	for (long i = 0; i < n; i++) {
		int fd = open("/etc/hostname", O_RDONLY);
		if (fd < 0 || fstat(fd, &st) < 0)
			return 1;
		close(fd);
		if (stat("/etc/passwd", &st) < 0)
			return 1;
	}
	return 0;
}
