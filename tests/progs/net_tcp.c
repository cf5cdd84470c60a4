/*
 * net_tcp.c - TCP and UDP over 127.0.0.1 and ::1: socket, setsockopt, bind,
 * listen, getsockname, connect, accept, accept4, getpeername, sendto,
 * recvfrom, shutdown, plus failing calls (bad fds, bad pointers, short lengths).
 * Fixed loopback ports keep the output identical between runs; the server
 * resets the connection (SO_LINGER 0) so no TIME_WAIT is left behind.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <fcntl.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void tcp4(void)
{
	int one = 1;
	int ls = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
	setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(47001), .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	bind(ls, (struct sockaddr *)&a, sizeof(a));
	listen(ls, 5);
	socklen_t len = sizeof(a);
	getsockname(ls, (struct sockaddr *)&a, &len);
	pid_t p = fork();
	if (p == 0) {
		int c = socket(AF_INET, SOCK_STREAM, 0);
		setsockopt(c, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
		setsockopt(c, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
		struct sockaddr_in me = { .sin_family = AF_INET, .sin_port = htons(47002), .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
		bind(c, (struct sockaddr *)&me, sizeof(me));
		connect(c, (struct sockaddr *)&a, sizeof(a));
		struct sockaddr_in peer;
		socklen_t pl = sizeof(peer);
		getpeername(c, (struct sockaddr *)&peer, &pl);
		send(c, "hello\n", 6, MSG_NOSIGNAL);
		char buf[64];
		recv(c, buf, sizeof(buf), 0);
		shutdown(c, SHUT_WR);
		close(c);
		_exit(0);
	}
	struct sockaddr_in peer;
	socklen_t pl = sizeof(peer);
	int s = accept(ls, (struct sockaddr *)&peer, &pl);
	char buf[64];
	ssize_t n = recvfrom(s, buf, sizeof(buf), 0, NULL, NULL);
	sendto(s, buf, n, 0, NULL, 0);
	recv(s, buf, sizeof(buf), 0);
	shutdown(s, SHUT_RD);
	struct linger lg = { 1, 0 };
	setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	close(s);
	waitpid(p, NULL, 0);
	/* accept4 on a nonblocking listener: EAGAIN */
	fcntl(ls, F_SETFL, O_NONBLOCK);
	accept4(ls, NULL, NULL, SOCK_NONBLOCK);
	syscall(SYS_accept4, ls, &peer, &pl, SOCK_CLOEXEC | SOCK_NONBLOCK);
	pl = 2;
	close(ls);
}

static void udp6(void)
{
	int s = socket(AF_INET6, SOCK_DGRAM, 0);
	struct sockaddr_in6 a = { .sin6_family = AF_INET6, .sin6_port = htons(47003), .sin6_addr = IN6ADDR_LOOPBACK_INIT };
	bind(s, (struct sockaddr *)&a, sizeof(a));
	socklen_t len = sizeof(a);
	getsockname(s, (struct sockaddr *)&a, &len);
	sendto(s, "ping", 4, 0, (struct sockaddr *)&a, sizeof(a));
	struct sockaddr_in6 from;
	socklen_t fl = sizeof(from);
	char buf[16];
	recvfrom(s, buf, sizeof(buf), MSG_DONTWAIT, (struct sockaddr *)&from, &fl);
	recvfrom(s, buf, sizeof(buf), MSG_DONTWAIT, (struct sockaddr *)&from, &fl);
	fl = 4;
	sendto(s, "pong", 4, 0, (struct sockaddr *)&a, sizeof(a));
	recvfrom(s, buf, 2, MSG_TRUNC | MSG_DONTWAIT, (struct sockaddr *)&from, &fl);
	close(s);
	s = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, IPPROTO_UDP);
	struct sockaddr_in b = { .sin_family = AF_INET, .sin_port = htons(9), .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	struct sockaddr_in me = { .sin_family = AF_INET, .sin_port = htons(47004), .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	bind(s, (struct sockaddr *)&me, sizeof(me));
	connect(s, (struct sockaddr *)&b, sizeof(b));
	len = sizeof(b);
	getsockname(s, (struct sockaddr *)&b, &len);
	len = 8;
	getpeername(s, (struct sockaddr *)&b, &len);
	len = 0;
	getpeername(s, (struct sockaddr *)&b, &len);
	getpeername(s, (struct sockaddr *)&b, NULL);
	getpeername(s, NULL, &len);
	close(s);
}

static void failures(void)
{
	struct sockaddr_in a = { .sin_family = AF_INET };
	socklen_t len = sizeof(a);
	bind(-1, (struct sockaddr *)&a, sizeof(a));
	connect(100, (struct sockaddr *)&a, sizeof(a));
	accept(100, (struct sockaddr *)&a, &len);
	getsockname(100, (struct sockaddr *)&a, &len);
	listen(100, 128);
	shutdown(100, 7);
	sendto(100, "x", 1, MSG_MORE | MSG_CONFIRM, (struct sockaddr *)&a, sizeof(a));
	recvfrom(100, (void *)1, 1, MSG_PEEK | MSG_WAITALL | 0x40000000, (struct sockaddr *)2, (socklen_t *)2);
	socket(AF_INET, SOCK_STREAM, IPPROTO_UDP);
	socket(AF_UNIX, SOCK_DGRAM, 0);
	socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
	socket(AF_PACKET, SOCK_RAW, htons(3));
	socket(12345, SOCK_STREAM, 0);
}

int main(void)
{
	tcp4();
	udp6();
	failures();
	return 0;
}
