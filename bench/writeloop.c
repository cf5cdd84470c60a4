/*
 * writeloop.c - benchmark workload: N write(2)s of 64 bytes to /dev/null.
 * usage: writeloop [N]   (default 1000000)
 */
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000000;
	int fd = open("/dev/null", O_WRONLY);
	char buf[64] = { 0 };
	for (long i = 0; i < n; i++)
		if (write(fd, buf, sizeof(buf)) != sizeof(buf))
			return 1;
	return 0;
}
