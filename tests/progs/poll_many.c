/*
 * poll_many.c - many ready descriptors: the text after the return value of
 * poll/ppoll/select/pselect6 is cut at strace's buffer size (about 1000
 * bytes), "left {...}" is dropped when it no longer fits.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static void polls(void)
{
	struct pollfd p[60];
	for (int n = 36; n <= 60; n += 3) {
		for (int i = 0; i < n; i++) {
			p[i].fd = i % 2 ? 3 : 100;
			p[i].events = i % 3 ? POLLIN : POLLIN | POLLOUT;
		}
		poll(p, n, 0);
		struct timespec ts = { 1, 0 };
		ppoll(p, n, &ts, NULL);
	}
}

static void selects(void)
{
	static const int ranges[][3] = {
		{ 10, 250, 0 }, { 10, 280, 0 }, { 10, 281, 0 }, { 10, 283, 0 }, { 11, 600, 0 },
		{ 12, 600, 0 }, { 10, 300, 1 }, { 10, 100, 1 }, { 500, 1000, 0 },
	};
	for (unsigned r = 0; r < sizeof(ranges) / sizeof(ranges[0]); r++) {
		fd_set rd, wr;
		FD_ZERO(&rd);
		FD_ZERO(&wr);
		int lo = ranges[r][0], hi = ranges[r][1];
		for (int i = lo; i < hi; i++) {
			FD_SET(i, &rd);
			if (ranges[r][2])
				FD_SET(i, &wr);
		}
		struct timeval tv = { 0, 0 };
		syscall(SYS_select, hi, &rd, ranges[r][2] ? &wr : NULL, NULL, &tv);
		FD_ZERO(&rd);
		for (int i = lo; i < hi; i++)
			FD_SET(i, &rd);
		struct timespec ts = { 0, 0 };
		pselect(hi, &rd, NULL, NULL, &ts, NULL);
	}
}

int main(void)
{
	int n = open("/dev/null", O_RDWR);
	for (int fd = 3; fd < 1000; fd++)
		if (fd != n)
			dup2(n, fd);
	polls();
	selects();
	return 0;
}
