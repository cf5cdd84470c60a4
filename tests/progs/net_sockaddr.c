/*
 * net_sockaddr.c - sockaddr decoding through bind/connect/sendto on a bad
 * descriptor: AF_UNIX paths (abstract, unterminated, short), AF_INET,
 * AF_INET6 (scope ids, mapped addresses, short lengths), AF_NETLINK,
 * AF_PACKET, the less common families (AF_RXRPC with its transport address,
 * AF_IEEE802154, AF_ALG, AF_NFC and NFC LLCP, AF_VSOCK, AF_QIPCRTR, AF_XDP,
 * AF_MCTP, each also one byte too short), unknown families, lengths 0..200,
 * unreadable addresses, plus socket() type/protocol decoding for many families.
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

/* connect(BAD, family + bytes, len), and one byte shorter */
static void conn(unsigned short fam, const void *rest, size_t n, size_t len)
{
	unsigned char b[128];
	memset(b, 0, sizeof(b));
	memcpy(b, &fam, 2);
	memcpy(b + 2, rest, n);
	syscall(SYS_connect, BAD, b, len);
	syscall(SYS_connect, BAD, b, len - 1);
}

static void more_families(void)
{
	/* AF_RXRPC: service, transport type and length, then the transport (family first) */
	static const unsigned char rx1[] = { 0xc4, 0x09, 1, 0, 16, 0, 2, 0, 0x1f, 0x90, 127, 0, 0, 1 };
	static const unsigned char rx2[] = { 0x55, 0, 7, 0, 5, 0, 0x2b, 0, 'a', 'b', 'c' };
	static const unsigned char rx3[] = { 1, 0, 2, 0, 40, 0, 10, 0, 0, 53, 0, 0, 0, 0,
					     0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1 };
	conn(AF_RXRPC, rx1, sizeof(rx1), 36);
	conn(AF_RXRPC, rx2, sizeof(rx2), 36);
	conn(AF_RXRPC, rx3, sizeof(rx3), 36);
	/* AF_IEEE802154: {addr_type, pan_id, short_addr or hwaddr} at offset 4 */
	static const unsigned char ie1[] = { 0, 0, 2, 0, 0, 0, 0xff, 0xff, 0xfe, 0xff };
	static const unsigned char ie2[] = { 0, 0, 3, 0, 0, 0, 0x34, 0x12, 1, 2, 3, 4, 5, 6, 7, 8 };
	static const unsigned char ie3[] = { 0, 0, 9, 0, 0, 0 };
	conn(AF_IEEE802154, ie1, sizeof(ie1), 20);
	conn(AF_IEEE802154, ie2, sizeof(ie2), 20);
	conn(AF_IEEE802154, ie3, sizeof(ie3), 20);
	/* AF_ALG: type, feat, mask, name; the name cut by the length */
	unsigned char alg[86];
	memset(alg, 0, sizeof(alg));
	memcpy(alg, "skcipher", 8);
	alg[14] = 0x00; alg[15] = 0x10;
	memcpy(alg + 22, "cbc(aes)", 8);
	conn(AF_ALG, alg, sizeof(alg), 88);
	conn(AF_ALG, alg, sizeof(alg), 28);
	/* AF_NFC and NFC LLCP */
	unsigned char nfc[94];
	memset(nfc, 0, sizeof(nfc));
	nfc[2] = 1; nfc[6] = 0x42; nfc[10] = 7;
	nfc[14] = 1; nfc[15] = 0xff;
	memcpy(nfc + 16, "urn:nfc:sn:snep", 15);
	nfc[86] = 15;
	conn(AF_NFC, nfc, sizeof(nfc), 96);
	conn(AF_NFC, nfc, 14, 16);
	conn(AF_NFC, nfc, 30, 40);
	/* AF_VSOCK: reserved, port, cid, flags, zero bytes */
	static const unsigned char vm1[] = { 0, 0, 0x39, 0x05, 0, 0, 2, 0, 0, 0, 1 };
	static const unsigned char vm2[] = { 7, 0, 0xff, 0xff, 0xff, 0xff, 9, 0, 0, 0, 0xf2, 1 };
	conn(AF_VSOCK, vm1, sizeof(vm1), 16);
	conn(AF_VSOCK, vm2, sizeof(vm2), 16);
	/* AF_QIPCRTR, AF_XDP, AF_MCTP */
	static const unsigned char q1[] = { 0, 0, 0xff, 0xff, 0xff, 0xff, 0xfe, 0xff, 0xff, 0xff };
	conn(AF_QIPCRTR, q1, sizeof(q1), 12);
	static const unsigned char x1[] = { 5, 0, 1, 0, 0, 0, 3, 0, 0, 0, 2, 0, 0, 0 };
	static const unsigned char x2[] = { 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0 };
	conn(AF_XDP, x1, sizeof(x1), 16);
	conn(AF_XDP, x2, sizeof(x2), 16);
	static const unsigned char m1[] = { 0, 0, 1, 0, 0, 0, 0xff, 1, 8, 0 };
	static const unsigned char m2[] = { 0xad, 0xde, 0, 0, 0, 0, 0, 0, 0, 0x33 };
	conn(45, m1, sizeof(m1), 12);
	conn(45, m2, sizeof(m2), 12);
}

int main(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(p + 4096, 4096);
	unix_addrs();
	inet_addrs();
	other_addrs(p + 4096);
	more_families();
	sockets();
	return 0;
}
