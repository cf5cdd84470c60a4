/*
 * poll_basic.c - poll, ppoll, select, pselect6 on pipes: ready and timed-out
 * results, all event bits, negative fds, NULL sets, large fds, sigmasks,
 * bad pointers and invalid arguments.
 */
#define _GNU_SOURCE
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static void do_poll(int r, int w)
{
	struct pollfd p[4] = {
		{ .fd = r, .events = POLLIN | POLLPRI },
		{ .fd = w, .events = POLLOUT | POLLWRNORM },
		{ .fd = -1, .events = POLLIN },
		{ .fd = 100, .events = POLLIN | POLLRDHUP },
	};
	poll(p, 4, 0);
	write(w, "x", 1);
	poll(p, 2, 100);
	poll(p, 1, -1);
	struct pollfd all = { .fd = r, .events = 0xffff };
	poll(&all, 1, 0);
	struct pollfd none = { .fd = r, .events = 0 };
	poll(&none, 1, 0);
	poll(NULL, 0, 1);
	poll((struct pollfd *)8, 1, 0);
	char c;
	read(r, &c, 1);

	struct timespec ts = { 0, 1000000 };
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGUSR1);
	ppoll(p, 2, &ts, &set);
	ppoll(p, 1, &ts, NULL);
	write(w, "y", 1);
	ts.tv_sec = 5;
	ppoll(p, 2, &ts, &set);
	ppoll(p, 1, NULL, NULL);
	syscall(SYS_ppoll, p, 1, &ts, &set, 4);
	syscall(SYS_ppoll, p, 1, (struct timespec *)8, NULL, 8);
	read(r, &c, 1);
}

static void do_select(int r, int w)
{
	fd_set rd, wr, ex;
	FD_ZERO(&rd); FD_ZERO(&wr); FD_ZERO(&ex);
	FD_SET(r, &rd);
	FD_SET(w, &wr);
	FD_SET(r, &ex);
	struct timeval tv = { 0, 0 };
	syscall(SYS_select, w + 1, &rd, &wr, &ex, &tv);
	FD_ZERO(&rd); FD_SET(r, &rd);
	tv.tv_usec = 1000;
	syscall(SYS_select, r + 1, &rd, NULL, NULL, &tv);
	write(w, "z", 1);
	FD_ZERO(&rd); FD_SET(r, &rd); FD_SET(0, &rd);
	FD_ZERO(&wr); FD_SET(w, &wr);
	tv.tv_sec = 2;
	syscall(SYS_select, w + 1, &rd, &wr, NULL, &tv);
	FD_ZERO(&rd); FD_SET(r, &rd);
	syscall(SYS_select, r + 1, &rd, NULL, NULL, NULL);
	FD_ZERO(&rd);
	FD_SET(70, &rd);
	FD_SET(r, &rd);
	syscall(SYS_select, 71, &rd, NULL, NULL, &tv);
	syscall(SYS_select, 0, NULL, NULL, NULL, &tv);
	syscall(SYS_select, -1, &rd, NULL, NULL, &tv);
	syscall(SYS_select, r + 1, (fd_set *)8, NULL, NULL, &tv);
	char c;
	read(r, &c, 1);

	struct timespec ts = { 0, 1000 };
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	FD_ZERO(&rd); FD_SET(r, &rd);
	pselect(r + 1, &rd, NULL, NULL, &ts, &set);
	write(w, "z", 1);
	FD_ZERO(&rd); FD_SET(r, &rd);
	ts.tv_sec = 3;
	pselect(r + 1, &rd, NULL, NULL, &ts, &set);
	FD_ZERO(&rd); FD_SET(r, &rd);
	pselect(r + 1, &rd, NULL, NULL, NULL, NULL);
	FD_ZERO(&rd); FD_SET(r, &rd);
	struct { void *ss; size_t len; } data = { &set, 8 };
	syscall(SYS_pselect6, r + 1, &rd, NULL, NULL, &ts, &data);
	data.len = 7;
	syscall(SYS_pselect6, r + 1, &rd, NULL, NULL, &ts, &data);
	syscall(SYS_pselect6, r + 1, &rd, NULL, NULL, &ts, (void *)8);
	read(r, &c, 1);
}

/* arrays that run into an unmapped page, and many entries */
static void edges(void)
{
	char *pg = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(pg + 4096, 4096);
	struct pollfd *pf = (struct pollfd *)(pg + 4096 - 16);
	for (int i = 0; i < 2; i++) {
		pf[i].fd = 0;
		pf[i].events = POLLIN;
	}
	syscall(SYS_poll, pf, 3, 0);
	syscall(SYS_poll, pg + 4096 - 4, 1, 0);
	struct pollfd many[50];
	memset(many, 0, sizeof(many));
	for (int i = 0; i < 50; i++)
		many[i].fd = -1;
	many[45].fd = 1;
	many[45].events = POLLOUT;
	syscall(SYS_poll, many, 50, 0);
	syscall(SYS_poll, many, 0x100000001L, 0x100000000L);
	struct pollfd odd = { 0, 0x800 };
	poll(&odd, 1, 0);
}

int main(void)
{
	edges();
	int p[2];
	pipe(p);
	do_poll(p[0], p[1]);
	do_select(p[0], p[1]);
	return 0;
}
