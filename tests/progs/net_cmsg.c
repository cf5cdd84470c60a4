/*
 * net_cmsg.c - received control messages over UDP on 127.0.0.1:
 * SO_TIMESTAMP, SO_TIMESTAMPNS, SO_TIMESTAMPING, IP_PKTINFO, IP_TTL, IP_TOS, IP_RECVOPTS,
 * IP_ORIGDSTADDR, and sendmsg with IP_PKTINFO/IP_TTL and option-less IP_RETOPTS control data, malformed control buffers, IP_TTL and IP_RECVERR data.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <linux/errqueue.h>   /* after time.h: it uses struct timespec */
#include <unistd.h>

static void roundtrip(int s, int c, struct sockaddr_in *to)
{
	sendto(c, "data", 4, 0, (struct sockaddr *)to, sizeof(*to));
	char buf[16], cbuf[512];
	struct iovec iov = { buf, sizeof(buf) };
	struct sockaddr_in from;
	struct msghdr m = { &from, sizeof(from), &iov, 1, cbuf, sizeof(cbuf), 0 };
	recvmsg(s, &m, 0);
}

int main(void)
{
	int s = socket(AF_INET, SOCK_DGRAM, 0);
	int c = socket(AF_INET, SOCK_DGRAM, 0);
	int one = 1;
	setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	setsockopt(c, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	struct sockaddr_in a = { AF_INET, htons(47031), { htonl(0x7f000001) } };
	struct sockaddr_in b = { AF_INET, htons(47032), { htonl(0x7f000001) } };
	bind(s, (struct sockaddr *)&a, sizeof(a));
	bind(c, (struct sockaddr *)&b, sizeof(b));

	setsockopt(s, SOL_IP, IP_PKTINFO, &one, sizeof(one));
	roundtrip(s, c, &a);
	setsockopt(s, SOL_IP, IP_PKTINFO, &(int){ 0 }, sizeof(int));
	setsockopt(s, SOL_IP, IP_RECVTTL, &one, sizeof(one));
	setsockopt(s, SOL_IP, IP_RECVTOS, &one, sizeof(one));
	roundtrip(s, c, &a);
	setsockopt(s, SOL_IP, IP_RECVTTL, &(int){ 0 }, sizeof(int));
	setsockopt(s, SOL_IP, IP_RECVTOS, &(int){ 0 }, sizeof(int));
	setsockopt(s, SOL_IP, IP_RECVORIGDSTADDR, &one, sizeof(one));
	roundtrip(s, c, &a);
	setsockopt(s, SOL_IP, IP_RECVORIGDSTADDR, &(int){ 0 }, sizeof(int));

	setsockopt(s, SOL_SOCKET, SO_TIMESTAMP, &one, sizeof(one));
	roundtrip(s, c, &a);
	setsockopt(s, SOL_SOCKET, SO_TIMESTAMP, &(int){ 0 }, sizeof(int));
	setsockopt(s, SOL_SOCKET, SO_TIMESTAMPNS, &one, sizeof(one));
	roundtrip(s, c, &a);
	setsockopt(s, SOL_SOCKET, SO_TIMESTAMPNS, &(int){ 0 }, sizeof(int));
	int tsf = 0x10 | 0x8 | 0x4;   /* SOF_TIMESTAMPING_SOFTWARE|RX_SOFTWARE|... */
	setsockopt(s, SOL_SOCKET, SO_TIMESTAMPING, &tsf, sizeof(tsf));
	usleep(100000);   /* the kernel turns receive timestamps on asynchronously */
	roundtrip(s, c, &a);
	setsockopt(s, SOL_SOCKET, SO_TIMESTAMPING, &(int){ 0 }, sizeof(int));

	/* sending with control data */
	char cbuf[CMSG_SPACE(sizeof(struct in_pktinfo)) + CMSG_SPACE(sizeof(int))];
	memset(cbuf, 0, sizeof(cbuf));
	struct iovec iov = { "ctl", 3 };
	struct msghdr m = { &a, sizeof(a), &iov, 1, cbuf, sizeof(cbuf), 0 };
	struct cmsghdr *h = CMSG_FIRSTHDR(&m);
	h->cmsg_level = SOL_IP;
	h->cmsg_type = IP_PKTINFO;
	h->cmsg_len = CMSG_LEN(sizeof(struct in_pktinfo));
	struct in_pktinfo pi = { 1, { htonl(0x7f000001) }, { 0 } };
	memcpy(CMSG_DATA(h), &pi, sizeof(pi));
	h = CMSG_NXTHDR(&m, h);
	h->cmsg_level = SOL_IP;
	h->cmsg_type = IP_TTL;
	h->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(h), &(int){ 7 }, sizeof(int));
	sendmsg(c, &m, 0);
	/* IP options messages without options (a bad fd: nothing is sent) */
	char obuf[2 * CMSG_SPACE(4)];
	memset(obuf, 0, sizeof(obuf));
	struct msghdr om = { NULL, 0, &iov, 1, obuf, sizeof(obuf), 0 };
	h = CMSG_FIRSTHDR(&om);
	h->cmsg_level = SOL_IP;
	h->cmsg_type = IP_RETOPTS;
	h->cmsg_len = CMSG_LEN(0);
	h = (struct cmsghdr *)(obuf + CMSG_SPACE(0));
	h->cmsg_level = SOL_IP;
	h->cmsg_type = IP_RECVOPTS;
	h->cmsg_len = CMSG_LEN(4);
	memcpy(CMSG_DATA(h), "\x01\0\0\0", 4);
	om.msg_controllen = CMSG_SPACE(0) + CMSG_LEN(4);
	sendmsg(-1, &om, 0);
	/* control buffers too short for a header; a header whose cmsg_len is too short */
	om.msg_controllen = sizeof(struct cmsghdr) - 1;
	sendmsg(-1, &om, 0);
	h = (struct cmsghdr *)obuf;
	h->cmsg_level = SOL_SOCKET;
	h->cmsg_type = SCM_RIGHTS;
	h->cmsg_len = 5;
	om.msg_controllen = sizeof(obuf);
	sendmsg(-1, &om, 0);
	om.msg_controllen = sizeof(struct cmsghdr);
	sendmsg(-1, &om, 0);
	/* IP_TTL is unsigned; IP_RECVERR's sock_extended_err and offender */
	char ebuf[CMSG_SPACE(sizeof(struct sock_extended_err) + sizeof(struct sockaddr_in))];
	memset(ebuf, 0, sizeof(ebuf));
	struct msghdr em = { NULL, 0, &iov, 1, ebuf, CMSG_SPACE(sizeof(int)), 0 };
	h = (struct cmsghdr *)ebuf;
	h->cmsg_level = SOL_IP;
	h->cmsg_type = IP_TTL;
	h->cmsg_len = CMSG_LEN(sizeof(int));
	memcpy(CMSG_DATA(h), &(unsigned){ 0xfacefeed }, sizeof(unsigned));
	sendmsg(-1, &em, 0);
	h->cmsg_type = IP_RECVERR;
	h->cmsg_len = CMSG_LEN(sizeof(struct sock_extended_err) + sizeof(struct sockaddr_in));
	struct sock_extended_err ee = { .ee_errno = 111, .ee_origin = SO_EE_ORIGIN_ICMP, .ee_type = 3,
					.ee_code = 1, .ee_info = 7, .ee_data = 9 };
	memcpy(CMSG_DATA(h), &ee, sizeof(ee));
	struct sockaddr_in off = { AF_INET, htons(53), { htonl(0x7f000001) }, { 0 } };
	memcpy(CMSG_DATA(h) + sizeof(ee), &off, sizeof(off));
	em.msg_controllen = sizeof(ebuf);
	sendmsg(-1, &em, 0);
	char buf[16];
	recv(s, buf, sizeof(buf), 0);
	close(s);
	close(c);
	return 0;
}
