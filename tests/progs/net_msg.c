/*
 * net_msg.c - sendmsg/recvmsg/sendmmsg/recvmmsg over AF_UNIX socketpairs:
 * iovecs, SCM_RIGHTS and SCM_CREDENTIALS control messages, MSG_* flags,
 * truncation (MSG_TRUNC/MSG_CTRUNC), named datagram sockets, bad pointers.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stddef.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/un.h>
#include <unistd.h>

static void rights(void)
{
	int sv[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	int one = 1;
	setsockopt(sv[1], SOL_SOCKET, SO_PASSCRED, &one, sizeof(one));
	char data[] = "fd passing";
	struct iovec iov[2] = { { data, 3 }, { data + 3, sizeof(data) - 3 } };
	union { struct cmsghdr h; char buf[CMSG_SPACE(2 * sizeof(int))]; } u;
	memset(&u, 0, sizeof(u));
	struct msghdr m = { .msg_iov = iov, .msg_iovlen = 2, .msg_control = u.buf, .msg_controllen = sizeof(u.buf) };
	struct cmsghdr *c = CMSG_FIRSTHDR(&m);
	c->cmsg_level = SOL_SOCKET;
	c->cmsg_type = SCM_RIGHTS;
	c->cmsg_len = CMSG_LEN(2 * sizeof(int));
	int fds[2] = { 0, 1 };
	memcpy(CMSG_DATA(c), fds, sizeof(fds));
	sendmsg(sv[0], &m, MSG_NOSIGNAL);

	char rbuf[64];
	struct iovec riov = { rbuf, sizeof(rbuf) };
	char cbuf[256];
	struct msghdr r = { .msg_iov = &riov, .msg_iovlen = 1, .msg_control = cbuf, .msg_controllen = sizeof(cbuf) };
	recvmsg(sv[1], &r, MSG_CMSG_CLOEXEC);

	/* control buffer too small: MSG_CTRUNC */
	sendmsg(sv[0], &m, 0);
	r.msg_controllen = CMSG_LEN(sizeof(int));
	recvmsg(sv[1], &r, 0);

	/* no control, no iov */
	struct msghdr e = { 0 };
	sendmsg(sv[0], &e, 0);
	sendmsg(sv[0], (struct msghdr *)8, 0);
	recvmsg(sv[1], (struct msghdr *)8, MSG_DONTWAIT);
	recvmsg(sv[1], &r, MSG_DONTWAIT);
	close(sv[0]);
	close(sv[1]);
}

static void dgram(void)
{
	int sv[2];
	socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0, sv);
	char big[100];
	memset(big, 'z', sizeof(big));
	struct iovec iov = { big, sizeof(big) };
	struct msghdr m = { .msg_iov = &iov, .msg_iovlen = 1 };
	sendmsg(sv[0], &m, 0);
	char small[10];
	struct iovec riov = { small, sizeof(small) };
	struct msghdr r = { .msg_iov = &riov, .msg_iovlen = 1 };
	recvmsg(sv[1], &r, 0);

	/* sendmmsg/recvmmsg */
	struct mmsghdr mm[3];
	struct iovec iovs[3] = { { "one", 3 }, { "two", 3 }, { "three", 5 } };
	memset(mm, 0, sizeof(mm));
	for (int i = 0; i < 3; i++) {
		mm[i].msg_hdr.msg_iov = &iovs[i];
		mm[i].msg_hdr.msg_iovlen = 1;
	}
	sendmmsg(sv[0], mm, 3, 0);
	char rb[3][8];
	struct iovec riovs[3] = { { rb[0], 8 }, { rb[1], 8 }, { rb[2], 8 } };
	struct mmsghdr rm[3];
	memset(rm, 0, sizeof(rm));
	for (int i = 0; i < 3; i++) {
		rm[i].msg_hdr.msg_iov = &riovs[i];
		rm[i].msg_hdr.msg_iovlen = 1;
	}
	recvmmsg(sv[1], rm, 3, MSG_DONTWAIT, NULL);
	recvmmsg(sv[1], rm, 3, MSG_DONTWAIT, NULL);
	struct timespec ts = { 0, 1000 };
	sendmmsg(sv[0], mm, 1, 0);
	recvmmsg(sv[1], rm, 2, MSG_WAITFORONE, &ts);
	sendmmsg(sv[0], NULL, 0, 0);
	sendmmsg(sv[0], (struct mmsghdr *)8, 1, 0);
	close(sv[0]);
	close(sv[1]);
}

static void named(void)
{
	int s = socket(AF_UNIX, SOCK_DGRAM, 0);
	struct sockaddr_un a = { .sun_family = AF_UNIX, .sun_path = "/tmp/sctrace-net-msg.sock" };
	unlink(a.sun_path);
	bind(s, (struct sockaddr *)&a, sizeof(a));
	int c = socket(AF_UNIX, SOCK_DGRAM, 0);
	struct iovec iov = { "to name", 7 };
	struct msghdr m = { .msg_name = &a, .msg_namelen = sizeof(a), .msg_iov = &iov, .msg_iovlen = 1 };
	sendmsg(c, &m, 0);
	struct sockaddr_un from;
	char buf[16];
	struct iovec riov = { buf, sizeof(buf) };
	struct msghdr r = { .msg_name = &from, .msg_namelen = sizeof(from), .msg_iov = &riov, .msg_iovlen = 1 };
	recvmsg(s, &r, 0);
	struct sockaddr_un ab = { .sun_family = AF_UNIX, .sun_path = "\0sctrace-abstract" };
	bind(c, (struct sockaddr *)&ab, offsetof(struct sockaddr_un, sun_path) + 17);
	sendmsg(c, &m, 0);
	r.msg_namelen = sizeof(from);
	recvmsg(s, &r, 0);
	/* recvmmsg with a name buffer shorter than the name: its namelen in => out */
	sendmsg(c, &m, 0);
	struct mmsghdr rm = { .msg_hdr = r };
	rm.msg_hdr.msg_namelen = 5;
	recvmmsg(s, &rm, 1, MSG_DONTWAIT, NULL);
	unlink(a.sun_path);
	close(s);
	close(c);
}

/* sendmmsg stopping at a bad iovec; failing calls with readable arrays */
static void mmsg_edges(void)
{
	int sv[2];
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	struct mmsghdr mm[3];
	struct iovec iovs[3] = { { "one", 3 }, { (void *)8, 3 }, { "three", 5 } };
	memset(mm, 0, sizeof(mm));
	for (int i = 0; i < 3; i++) {
		mm[i].msg_hdr.msg_iov = &iovs[i];
		mm[i].msg_hdr.msg_iovlen = 1;
		mm[i].msg_len = 77;
	}
	sendmmsg(sv[0], mm, 3, 0);
	sendmmsg(100, mm, 2, 0);
	sendmmsg(100, mm, 0, 0);
	recvmmsg(100, mm, 2, 0, NULL);
	struct timespec ts = { 1, 0 };
	recvmmsg(sv[1], mm, 1, MSG_DONTWAIT, &ts);
	recvmmsg(sv[1], mm, 1, MSG_DONTWAIT, &ts);
	recvmmsg(sv[1], mm, 3, MSG_DONTWAIT, (struct timespec *)8);
	close(sv[0]);
	close(sv[1]);
}

int main(void)
{
	rights();
	mmsg_edges();
	dgram();
	named();
	return 0;
}
