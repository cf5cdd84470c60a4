/*
 * net_sockopt.c - setsockopt/getsockopt: int options at every level with
 * short, exact and long lengths, SO_LINGER, SO_PEERCRED, SO_ERROR, strings
 * (TCP_CONGESTION, SO_BINDTODEVICE), multicast requests, unknown levels and
 * names, NULL and bad pointers, in/out lengths.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <linux/if_packet.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <unistd.h>

static void set_sweep(void)
{
	char b[256];
	memset(b, 0x41, sizeof(b));
	static const int lvls[] = { SOL_SOCKET, SOL_IP, SOL_TCP, SOL_IPV6, 17 /* SOL_UDP */, SOL_NETLINK, SOL_PACKET, SOL_RAW, 99 };
	static const int lens[] = { 2, 4, 8 };
	for (unsigned l = 0; l < sizeof(lvls) / sizeof(lvls[0]); l++)
		for (int o = 0; o < 80; o += 3)
			for (unsigned j = 0; j < sizeof(lens) / sizeof(lens[0]); j++)
				syscall(SYS_setsockopt, 100, lvls[l], o, b, lens[j]);
	syscall(SYS_setsockopt, 100, SOL_IP, IP_ADD_MEMBERSHIP, b, 8);
	syscall(SYS_setsockopt, 100, SOL_IP, IP_ADD_MEMBERSHIP, b, 4);
	syscall(SYS_setsockopt, 100, SOL_IPV6, IPV6_ADD_MEMBERSHIP, b, 20);
	syscall(SYS_setsockopt, 100, SOL_IPV6, IPV6_JOIN_ANYCAST, b, 19);
	syscall(SYS_setsockopt, 100, SOL_IP, MCAST_JOIN_GROUP, b, 200);
	syscall(SYS_setsockopt, 100, SOL_SOCKET, SO_ATTACH_FILTER, b, 16);
	syscall(SYS_setsockopt, 100, SOL_SOCKET, SO_ATTACH_FILTER, b, 200);
	static const int rehash[] = { 0, 1, 2, 255, -1 };
	for (int i = 0; i < 5; i++)
		syscall(SYS_setsockopt, 100, SOL_SOCKET, 74 /* SO_TXREHASH */, &rehash[i], 4);
	syscall(SYS_setsockopt, 100, SOL_SOCKET, SO_LINGER, b, 8);
	syscall(SYS_setsockopt, 100, SOL_SOCKET, SO_LINGER, b, 4);
	syscall(SYS_setsockopt, 100, SOL_SOCKET, 1000, b, 4);
	syscall(SYS_setsockopt, 100, SOL_SOCKET, 1000, b, 0);
	syscall(SYS_setsockopt, 100, SOL_SOCKET, 1000, b, -1);
	syscall(SYS_setsockopt, 100, SOL_SOCKET, 1000, NULL, 4);
	syscall(SYS_setsockopt, 100, SOL_SOCKET, 1000, NULL, 0);
	syscall(SYS_setsockopt, 100, SOL_SOCKET, 1000, (void *)8, 8);
	syscall(SYS_setsockopt, 100, SOL_TCP, TCP_CONGESTION, "reno", 4);
	/* ICMP_FILTER masks, plain and inverted, and short lengths */
	static const unsigned icmp[] = { 0, 1, 0x41414141, 0xffffe7c6, 0xffffffff, 0xffff, 0x1ffff };
	for (int i = 0; i < 7; i++)
		syscall(SYS_setsockopt, 100, SOL_RAW, 1, &icmp[i], 4);
	syscall(SYS_setsockopt, 100, SOL_RAW, 1, &icmp[3], 2);
	syscall(SYS_setsockopt, 100, SOL_RAW, 1, &icmp[3], 0);
	/* option names that getsockopt spells differently */
	static const int glvls[] = { SOL_SOCKET, SOL_IP, SOL_IPV6, SOL_PACKET };
	for (unsigned l = 0; l < 4; l++)
		for (int o = 0; o < 110; o++) {
			socklen_t gl = 4;
			syscall(SYS_getsockopt, 100, glvls[l], o, b, &gl);
		}
	syscall(SYS_setsockopt, 100, -1, -1, b, 3);
	syscall(SYS_setsockopt, 100, 0x100000001L, 0x100000002L, b, 0x100000004L);
}

static void get_real(void)
{
	int s = socket(AF_INET, SOCK_STREAM, 0);
	char b[256];
	socklen_t l;
	static const int opts[][2] = {
		{ SOL_SOCKET, SO_SNDBUF }, { SOL_SOCKET, SO_TYPE }, { SOL_SOCKET, SO_ERROR },
		{ SOL_SOCKET, SO_DOMAIN }, { SOL_SOCKET, SO_RCVTIMEO }, { SOL_SOCKET, SO_PEERCRED },
		{ SOL_SOCKET, SO_LINGER }, { SOL_SOCKET, SO_PROTOCOL }, { SOL_SOCKET, SO_KEEPALIVE },
		{ SOL_SOCKET, SO_ACCEPTCONN }, { SOL_SOCKET, SO_BINDTODEVICE }, { SOL_SOCKET, SO_ATTACH_FILTER },
		{ SOL_TCP, TCP_NODELAY }, { SOL_TCP, TCP_MAXSEG }, { SOL_TCP, TCP_CONGESTION },
		{ SOL_IP, IP_TOS }, { SOL_IP, IP_TTL }, { SOL_IP, IP_OPTIONS }, { SOL_IP, IP_MTU_DISCOVER },
	};
	static const int lens[] = { 0, 1, 2, 4, 8, 12, 40 };
	for (unsigned i = 0; i < sizeof(opts) / sizeof(opts[0]); i++)
		for (unsigned j = 0; j < sizeof(lens) / sizeof(lens[0]); j++) {
			memset(b, 0x41, sizeof(b));
			l = lens[j];
			getsockopt(s, opts[i][0], opts[i][1], b, &l);
		}
	int v = 1;
	setsockopt(s, SOL_SOCKET, SO_KEEPALIVE, &v, sizeof(v));
	v = 65536;
	setsockopt(s, SOL_SOCKET, SO_RCVBUF, &v, sizeof(v));
	struct linger lg = { 1, 5 };
	setsockopt(s, SOL_SOCKET, SO_LINGER, &lg, sizeof(lg));
	struct timeval tv = { 1, 500 };
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	setsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, "lo", 3);
	l = sizeof(b);
	getsockopt(s, SOL_SOCKET, SO_BINDTODEVICE, b, &l);
	l = 4;
	getsockopt(s, SOL_SOCKET, SO_KEEPALIVE, (void *)8, &l);
	getsockopt(s, SOL_SOCKET, SO_KEEPALIVE, b, NULL);
	getsockopt(s, SOL_SOCKET, SO_KEEPALIVE, b, (void *)8);
	getsockopt(s, SOL_SOCKET, SO_KEEPALIVE, NULL, &l);
	l = 4;
	getsockopt(s, 99, 1, b, &l);
	l = 4;
	getsockopt(s, SOL_SOCKET, 1000, b, &l);
	v = 0x10;
	setsockopt(s, IPPROTO_IP, IP_TOS, &v, sizeof(v));
	struct ip_mreq mr = { { htonl(0xe0000001) }, { htonl(0x7f000001) } };
	setsockopt(s, IPPROTO_IP, IP_ADD_MEMBERSHIP, &mr, sizeof(mr));

	/* a refused connection leaves SO_ERROR set */
	int t = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	struct sockaddr_in a = { AF_INET, htons(1), { htonl(0x7f000001) } };
	connect(t, (struct sockaddr *)&a, sizeof(a));
	usleep(100000);
	int e;
	l = sizeof(e);
	getsockopt(t, SOL_SOCKET, SO_ERROR, &e, &l);
	l = sizeof(e);
	getsockopt(t, SOL_SOCKET, SO_ERROR, &e, &l);

	int r = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP);
	static const int rl[] = { 4, 64, 2 };
	for (int i = 0; i < 3; i++) {
		memset(b, 0, sizeof(b));
		l = rl[i];
		getsockopt(r, SOL_RAW, 1, b, &l);
	}
	int pk = socket(AF_PACKET, SOCK_RAW, 0);
	for (int i = 0; i < 3; i++) {
		l = rl[i];
		getsockopt(pk, SOL_PACKET, PACKET_STATISTICS, b, &l);
	}

	int u[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, u);
	l = sizeof(b);
	getsockopt(u[0], SOL_SOCKET, SO_PEERCRED, b, &l);
	l = sizeof(b);
	getsockopt(u[0], SOL_SOCKET, SO_TYPE, b, &l);
}

/* PACKET_ADD/DROP_MEMBERSHIP: a packet_mreq whose mr_alen is short, exact and too long,
   a known and an unknown mr_type, and a wrong length */
static void packet_mreq(void)
{
	struct packet_mreq m;
	memset(&m, 0, sizeof(m));
	memcpy(m.mr_address, "\x02\x00\x5e\x10\x20\x30\x40\x50", 8);
	const unsigned short alen[] = { 6, 8, 9 };
	for (unsigned i = 0; i < 3; i++) {
		m.mr_alen = alen[i];
		m.mr_type = i == 2 ? 0x77 : PACKET_MR_MULTICAST + i;
		setsockopt(-1, SOL_PACKET, i ? PACKET_DROP_MEMBERSHIP : PACKET_ADD_MEMBERSHIP, &m, sizeof(m));
	}
	setsockopt(-1, SOL_PACKET, PACKET_ADD_MEMBERSHIP, &m, sizeof(m) + 1);
}

int main(void)
{
	packet_mreq();
	set_sweep();
	get_real();
	return 0;
}
