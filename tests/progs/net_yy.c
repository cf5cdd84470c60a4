/*
 * net_yy.c - descriptors of every kind -yy describes: TCP and UDP over
 * IPv4 and IPv6 (listening, connected, accepted, unbound), UNIX stream and
 * datagram pairs (one end closed first), abstract and path-bound UNIX
 * sockets, a netlink socket, character devices, a pidfd, a pipe and a
 * regular file.  Loopback only.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

static void tcp(int family)
{
	struct sockaddr_storage ss;
	memset(&ss, 0, sizeof(ss));
	socklen_t len;
	if (family == AF_INET) {
		struct sockaddr_in *in = (struct sockaddr_in *)&ss;
		in->sin_family = AF_INET;
		in->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		len = sizeof(*in);
	} else {
		struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)&ss;
		in6->sin6_family = AF_INET6;
		in6->sin6_addr = in6addr_loopback;
		len = sizeof(*in6);
	}
	int l = socket(family, SOCK_STREAM, 0);
	if (bind(l, (struct sockaddr *)&ss, len) < 0 || listen(l, 1) < 0)
		return;
	getsockname(l, (struct sockaddr *)&ss, &len);
	int c = socket(family, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&ss, len);
	int a = accept(l, NULL, NULL);
	write(c, "x", 1);
	char b;
	read(a, &b, 1);
	close(c);
	close(a);
	close(l);
}

static void udp(int family)
{
	struct sockaddr_storage ss;
	memset(&ss, 0, sizeof(ss));
	socklen_t len = family == AF_INET ? sizeof(struct sockaddr_in) : sizeof(struct sockaddr_in6);
	ss.ss_family = family;
	if (family == AF_INET)
		((struct sockaddr_in *)&ss)->sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	else
		((struct sockaddr_in6 *)&ss)->sin6_addr = in6addr_loopback;
	int u = socket(family, SOCK_DGRAM, 0);
	bind(u, (struct sockaddr *)&ss, len);
	getsockname(u, (struct sockaddr *)&ss, &len);
	sendto(u, "y", 1, 0, (struct sockaddr *)&ss, len);
	char b;
	recv(u, &b, 1, 0);
	close(u);
}

static void unix_sockets(void)
{
	int sv[2];
	char b;
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	write(sv[0], "z", 1);
	read(sv[1], &b, 1);
	close(sv[0]);
	send(sv[1], "z", 1, MSG_NOSIGNAL);   /* the peer is gone: EPIPE, and strace still shows it */
	close(sv[1]);
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	send(sv[0], "z", 1, 0);
	recv(sv[1], &b, 1, 0);
	close(sv[0]);
	close(sv[1]);

	struct sockaddr_un un = { .sun_family = AF_UNIX };
	memcpy(un.sun_path, "\0sctrace-net-yy", 15);
	socklen_t ulen = offsetof(struct sockaddr_un, sun_path) + 15;
	int l = socket(AF_UNIX, SOCK_STREAM, 0);
	bind(l, (struct sockaddr *)&un, ulen);
	listen(l, 1);
	int c = socket(AF_UNIX, SOCK_STREAM, 0);
	connect(c, (struct sockaddr *)&un, ulen);
	int a = accept(l, NULL, NULL);
	write(c, "w", 1);
	read(a, &b, 1);
	close(a);
	close(c);
	close(l);

	const char *path = "/tmp/sctrace-net-yy.sock";
	unlink(path);
	struct sockaddr_un up = { .sun_family = AF_UNIX };
	strcpy(up.sun_path, path);
	int p = socket(AF_UNIX, SOCK_DGRAM, 0);
	bind(p, (struct sockaddr *)&up, sizeof(up));
	sendto(p, "v", 1, 0, (struct sockaddr *)&up, sizeof(up));
	recv(p, &b, 1, 0);
	close(p);
	unlink(path);
}

int main(void)
{
	tcp(AF_INET);
	tcp(AF_INET6);
	udp(AF_INET);
	udp(AF_INET6);
	unix_sockets();

	int n = socket(AF_NETLINK, SOCK_RAW, NETLINK_ROUTE);
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK };
	bind(n, (struct sockaddr *)&nl, sizeof(nl));
	close(n);

	char buf[4];
	int z = open("/dev/zero", O_RDONLY);
	read(z, buf, sizeof(buf));
	close(z);
	int nul = open("/dev/null", O_WRONLY);
	write(nul, buf, sizeof(buf));
	close(nul);
	int pfd = syscall(SYS_pidfd_open, getpid(), 0);
	close(pfd);
	int pp[2];
	pipe(pp);
	write(pp[1], "u", 1);
	read(pp[0], buf, 1);
	close(pp[0]);
	close(pp[1]);
	int f = open("/etc/hostname", O_RDONLY);
	read(f, buf, 1);
	close(f);
	return 0;
}
