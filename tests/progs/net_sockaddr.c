/*
 * net_sockaddr.c - sockaddr decoding through bind/connect/sendto on a bad
 * descriptor: AF_UNIX paths (abstract, unterminated, short), AF_INET,
 * AF_INET6 (scope ids, mapped addresses, short lengths), AF_NETLINK,
 * AF_PACKET, unknown families, lengths 0..200, unreadable addresses, plus
 * socket() type/protocol decoding for many families.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <netinet/in.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

#define BAD 100

static void unix_addrs(void)
{
	struct sockaddr_un un = { AF_UNIX, "/tmp/sock.x" };
	size_t off = offsetof(struct sockaddr_un, sun_path);
	syscall(SYS_bind, BAD, &un, sizeof(un));
	syscall(SYS_bind, BAD, &un, off + strlen(un.sun_path) + 1);
	syscall(SYS_bind, BAD, &un, off + strlen(un.sun_path));
	syscall(SYS_bind, BAD, &un, off + 3);
	syscall(SYS_bind, BAD, &un, 2);
	syscall(SYS_bind, BAD, &un, 1);
	syscall(SYS_bind, BAD, &un, 0);
	syscall(SYS_bind, BAD, &un, 200);
	syscall(SYS_bind, BAD, &un, -1);
	syscall(SYS_bind, BAD, &un, 0x100000010L);
	struct sockaddr_un ab = { AF_UNIX, "\0abstract\0x" };
	syscall(SYS_bind, BAD, &ab, off + 9);
	syscall(SYS_bind, BAD, &ab, off + 11);
	syscall(SYS_bind, BAD, &ab, off + 1);
	syscall(SYS_bind, BAD, &ab, sizeof(ab));
	memcpy(ab.sun_path, "\0ab\0001\n\"\\", 9);
	syscall(SYS_bind, BAD, &ab, off + 9);
	struct sockaddr_un lng;
	lng.sun_family = AF_UNIX;
	memset(lng.sun_path, 'a', sizeof(lng.sun_path));
	syscall(SYS_bind, BAD, &lng, sizeof(lng));
	un.sun_path[3] = '\n';
	un.sun_path[4] = '"';
	syscall(SYS_connect, BAD, &un, sizeof(un));
}

static void inet_addrs(void)
{
	struct sockaddr_in in = { AF_INET, htons(80), { htonl(0x7f000001) } };
	syscall(SYS_connect, BAD, &in, sizeof(in));
	syscall(SYS_connect, BAD, &in, 8);
	syscall(SYS_connect, BAD, &in, 4);
	syscall(SYS_connect, BAD, &in, 20);
	memset(in.sin_zero, 1, 8);
	in.sin_addr.s_addr = htonl(0xffffffff);
	in.sin_port = htons(65535);
	syscall(SYS_connect, BAD, &in, sizeof(in));
	struct sockaddr_in6 in6 = { AF_INET6, htons(443), htonl(0x12345), IN6ADDR_LOOPBACK_INIT, 0 };
	syscall(SYS_connect, BAD, &in6, sizeof(in6));
	in6.sin6_scope_id = 1;
	syscall(SYS_connect, BAD, &in6, sizeof(in6));
	inet_pton(AF_INET6, "fe80::1", &in6.sin6_addr);
	syscall(SYS_connect, BAD, &in6, sizeof(in6));
	inet_pton(AF_INET6, "ff02::1", &in6.sin6_addr);
	syscall(SYS_connect, BAD, &in6, sizeof(in6));
	in6.sin6_scope_id = 77777;
	syscall(SYS_connect, BAD, &in6, sizeof(in6));
	inet_pton(AF_INET6, "::ffff:1.2.3.4", &in6.sin6_addr);
	syscall(SYS_connect, BAD, &in6, sizeof(in6));
	syscall(SYS_connect, BAD, &in6, 24);
	syscall(SYS_connect, BAD, &in6, 20);
	syscall(SYS_connect, BAD, &in6, 32);
	inet_pton(AF_INET6, "2001:db8::ff00:42:8329", &in6.sin6_addr);
	syscall(SYS_sendto, BAD, "x", 1, 0, &in6, sizeof(in6));
}

static void other_addrs(char *page_end)
{
	struct sockaddr_nl nl = { AF_NETLINK, 0, 1234, 0x5 };
	syscall(SYS_bind, BAD, &nl, sizeof(nl));
	syscall(SYS_bind, BAD, &nl, 8);
	nl.nl_groups = 0;
	nl.nl_pid = 0;
	syscall(SYS_bind, BAD, &nl, sizeof(nl));
	nl.nl_groups = 0xffffffff;
	syscall(SYS_bind, BAD, &nl, sizeof(nl));
	struct sockaddr_ll ll = { AF_PACKET, htons(0x800), 1, 1, 0, 6, { 1, 2, 3, 4, 5, 6, 7, 8 } };
	syscall(SYS_bind, BAD, &ll, sizeof(ll));
	ll.sll_halen = 0;
	ll.sll_ifindex = 0;
	ll.sll_hatype = 0xfffe;
	ll.sll_pkttype = 9;
	syscall(SYS_bind, BAD, &ll, sizeof(ll));
	ll.sll_halen = 11;
	ll.sll_ifindex = -1;
	ll.sll_protocol = htons(0x1234);
	syscall(SYS_bind, BAD, &ll, sizeof(ll));
	syscall(SYS_bind, BAD, &ll, 19);
	unsigned char llbig[32] = { 0 };
	memcpy(llbig, &ll, sizeof(ll));
	llbig[20] = 0xc;
	syscall(SYS_bind, BAD, llbig, 30);
	syscall(SYS_bind, BAD, llbig, 22);
	struct sockaddr sx = { 0 };
	sx.sa_family = 99;
	memcpy(sx.sa_data, "\1\2\3abc", 7);
	syscall(SYS_bind, BAD, &sx, sizeof(sx));
	syscall(SYS_bind, BAD, &sx, 4);
	sx.sa_family = AF_UNSPEC;
	syscall(SYS_bind, BAD, &sx, sizeof(sx));
	syscall(SYS_bind, BAD, &sx, 2);
	sx.sa_family = AF_APPLETALK;
	syscall(SYS_bind, BAD, &sx, sizeof(sx));
	char big[300];
	memset(big, 'b', sizeof(big));
	((struct sockaddr *)big)->sa_family = 99;
	syscall(SYS_bind, BAD, big, 128);
	syscall(SYS_bind, BAD, big, 200);
	memset(page_end - 16, 0, 16);
	((struct sockaddr *)(page_end - 16))->sa_family = AF_INET;
	syscall(SYS_bind, BAD, page_end - 16, 16);
	syscall(SYS_bind, BAD, page_end - 16, 20);
	syscall(SYS_bind, BAD, page_end - 1, 20);
	syscall(SYS_bind, BAD, NULL, 16);
	syscall(SYS_bind, BAD, NULL, 0);
}

static void sockets(void)
{
	static const int fams[] = { 0, 1, 2, 3, 10, 16, 17, 23, 29, 31, 33, 34, 35, 37, 39, 41, 43, 45, 46, 99 };
	for (unsigned i = 0; i < sizeof(fams) / sizeof(fams[0]); i++) {
		syscall(SYS_socket, fams[i], 0x10, -1);
		syscall(SYS_socket, fams[i], 0x10, 1);
		syscall(SYS_socket, fams[i], 0x10, 0);
	}
	for (int t = 0; t < 16; t++)
		syscall(SYS_socket, AF_INET, t | 0x10, 0);
	syscall(SYS_socket, AF_INET, 0x20 | 1, 0);
	syscall(SYS_socket, AF_INET, 0x80000 | 0x800 | 0x100 | 1, 0);
	syscall(SYS_socket, AF_INET, 0x80000 | 0x800 | 0xf, 0);
	syscall(SYS_socket, AF_INET, 0x80000 | 0x800, 0);
	for (int p = 0; p < 300; p += 7)
		syscall(SYS_socket, AF_INET6, 0x10, p);
	syscall(SYS_socket, AF_INET, 0x10, 262);
	syscall(SYS_socket, AF_INET, 0x10, 0x100000006L);
	syscall(SYS_socket, 0x100000002L, 0x100000001L, 0);
	syscall(SYS_socket, AF_PACKET, 0x10, 0x0008);
	syscall(SYS_socket, AF_PACKET, 0x10, 0x3412);
	syscall(SYS_socket, AF_PACKET, 0x10, 0xdd86);
	syscall(SYS_socketpair, AF_UNIX, SOCK_STREAM, 5, NULL);
	syscall(SYS_socketpair, AF_INET, SOCK_DGRAM, IPPROTO_UDP, (void *)8);
	syscall(SYS_accept4, BAD, NULL, NULL, 0x80800);
	syscall(SYS_accept4, BAD, NULL, NULL, 0x1);
	syscall(SYS_shutdown, BAD, 2);
	syscall(SYS_listen, BAD, -1);
}

int main(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	unix_addrs();
	inet_addrs();
	other_addrs(p + 4096);
	sockets();
	return 0;
}
