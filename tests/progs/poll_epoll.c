/*
 * poll_epoll.c - epoll_create, epoll_create1, epoll_ctl (all ops, event
 * flag combinations, data values), epoll_wait, epoll_pwait, epoll_pwait2 on
 * pipes: ready events, timeouts, sigmasks, bad pointers, invalid arguments.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/epoll.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	int p[2];
	pipe(p);
	int e = epoll_create(10);
	int e1 = epoll_create1(EPOLL_CLOEXEC);
	epoll_create1(0);
	syscall(SYS_epoll_create1, 0x123);
	epoll_create(0);

	struct epoll_event ev = { .events = EPOLLIN, .data.u64 = p[0] };
	epoll_ctl(e, EPOLL_CTL_ADD, p[0], &ev);
	ev.events = EPOLLOUT | EPOLLET;
	ev.data.u64 = 0x1234567890abcdefULL;
	epoll_ctl(e, EPOLL_CTL_ADD, p[1], &ev);
	ev.events = EPOLLIN | EPOLLPRI | EPOLLRDHUP | EPOLLONESHOT | EPOLLEXCLUSIVE | EPOLLWAKEUP;
	epoll_ctl(e1, EPOLL_CTL_ADD, p[0], &ev);
	ev.events = 0xffffffff;
	epoll_ctl(e1, EPOLL_CTL_MOD, p[0], &ev);
	ev.events = 0;
	ev.data.u64 = 0;
	epoll_ctl(e1, EPOLL_CTL_MOD, p[0], &ev);
	epoll_ctl(e1, EPOLL_CTL_DEL, p[0], NULL);
	epoll_ctl(e1, EPOLL_CTL_DEL, p[0], &ev);
	epoll_ctl(e1, 7, p[0], &ev);
	epoll_ctl(e1, EPOLL_CTL_ADD, p[0], (struct epoll_event *)8);
	epoll_ctl(100, EPOLL_CTL_ADD, p[0], &ev);

	struct epoll_event out[4];
	epoll_wait(e, out, 4, 0);
	write(p[1], "x", 1);
	epoll_wait(e, out, 4, 10);
	epoll_wait(e, out, 1, -1);
	epoll_wait(e, (struct epoll_event *)8, 4, 0);
	epoll_wait(e, out, 0, 0);
	epoll_wait(100, out, 4, 0);

	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	epoll_pwait(e, out, 4, 0, &set);
	epoll_pwait(e, out, 4, 0, NULL);
	syscall(SYS_epoll_pwait, e, out, 4, 0, &set, 4);
	struct timespec ts = { 0, 5000 };
	syscall(SYS_epoll_pwait2, e, out, 4, &ts, &set, 8);
	syscall(SYS_epoll_pwait2, e, out, 4, NULL, NULL, 8);
	char c;
	read(p[0], &c, 1);
	syscall(SYS_epoll_pwait2, e1, out, 4, &ts, NULL, 8);
	syscall(SYS_epoll_pwait2, e1, out, 4, (struct timespec *)8, NULL, 8);
	char *pg = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(pg + 4096, 4096);
	write(p[1], "x", 1);
	epoll_wait(e, (struct epoll_event *)(pg + 4096 - 12), 5, 0);
	epoll_ctl(e, EPOLL_CTL_ADD, 100, (struct epoll_event *)(pg + 4096 - 8));
	ev.events = 0x800;
	epoll_ctl(e, EPOLL_CTL_ADD, 100, &ev);
	close(e);
	close(e1);
	return 0;
}
