/*
 * rwdump.c - for -e read=SET / -e write=SET: every call whose data strace
 * dumps (read, pread64, readv, preadv, preadv2, recvfrom, recvmsg,
 * recvmmsg, write, pwrite64, writev, pwritev, pwritev2, sendto, sendmsg,
 * sendmmsg, vmsplice) and some it does not (sendfile, splice); buffers of
 * every byte value, partial reads, an empty iovec that ends a listing,
 * failed writes (dumped) and failed reads (not).  With "big": a buffer whose
 * offsets need six digits, and writes running into an unmapped page.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

static void big(void)
{
	size_t n = (1 << 20) + 40;
	char *b = malloc(n);
	for (size_t i = 0; i < n; i++)
		b[i] = (char)(i * 7);
	int fd = open("/dev/null", O_WRONLY);
	write(fd, b, 1 << 20);   /* five-digit offsets still */
	write(fd, b, n);         /* six */
	/* a buffer that runs into an unmapped page: the dump stops there */
	char *p = mmap(NULL, 20 * 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	memset(p, 'x', 20 * 4096);
	munmap(p + 19 * 4096, 4096);
	char *end = p + 19 * 4096;
	write(fd, end - 10, 20);                 /* first piece unreadable: no dump */
	write(fd, end - 70000, 70010);           /* the second piece is */
	free(b);
	close(fd);
}

int main(int argc, char **argv)
{
	if (argc > 1 && !strcmp(argv[1], "big")) {
		big();
		return 0;
	}
	char bytes[300];
	for (int i = 0; i < 300; i++)
		bytes[i] = (char)i;
	const char *path = "/tmp/sct-rwdump.tmp";
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
	unlink(path);
	write(fd, bytes, 300);
	write(fd, "0123456789abcdefX", 17);
	write(fd, "", 0);
	write(99, "bad", 3);              /* failed: still dumped */
	struct iovec iov[3] = { { "abc", 3 }, { bytes, 20 }, { "z", 1 } };
	writev(fd, iov, 3);
	struct iovec holed[3] = { { "abc", 3 }, { bytes, 0 }, { "z", 1 } };
	writev(fd, holed, 3);             /* the empty buffer ends the listing */
	pwrite(fd, "xyz", 3, 0);
	pwritev(fd, iov, 3, 0);
	pwritev2(fd, iov, 2, 0, 0);
	lseek(fd, 0, SEEK_SET);
	char buf[400];
	read(fd, buf, 40);
	read(98, buf, 4);                 /* failed: not dumped */
	pread(fd, buf, 5, 1);
	struct iovec riov[2] = { { buf, 4 }, { buf + 8, 30 } };
	readv(fd, riov, 2);
	preadv(fd, riov, 2, 0);
	preadv2(fd, riov, 2, 0, 0);
	lseek(fd, -7, SEEK_END);
	readv(fd, riov, 2);               /* fewer bytes than the buffers hold */
	int s[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, s);
	send(s[0], "ping", 4, 0);
	recv(s[1], buf, 4, 0);
	struct msghdr mh = { .msg_iov = iov, .msg_iovlen = 3 };
	sendmsg(s[0], &mh, 0);
	struct iovec rv[2] = { { buf, 5 }, { buf + 10, 30 } };
	struct msghdr rh = { .msg_iov = rv, .msg_iovlen = 2 };
	recvmsg(s[1], &rh, 0);
	int d[2];
	socketpair(AF_UNIX, SOCK_DGRAM, 0, d);
	struct mmsghdr mm[2] = { { .msg_hdr = { .msg_iov = iov, .msg_iovlen = 2 } },
				 { .msg_hdr = { .msg_iov = iov + 2, .msg_iovlen = 1 } } };
	sendmmsg(d[0], mm, 2, 0);
	struct iovec rv2[2] = { { buf, 50 }, { buf + 100, 30 } };
	struct mmsghdr rm[2] = { { .msg_hdr = { .msg_iov = rv2, .msg_iovlen = 1 } },
				 { .msg_hdr = { .msg_iov = rv2 + 1, .msg_iovlen = 1 } } };
	recvmmsg(d[1], rm, 2, MSG_DONTWAIT, NULL);
	off_t off = 0;
	sendfile(s[0], fd, &off, 6);      /* no user memory: no dump */
	read(s[1], buf, 6);
	int p[2];
	pipe(p);
	lseek(fd, 0, SEEK_SET);
	splice(fd, NULL, p[1], NULL, 4, 0);
	read(p[0], buf, 4);
	struct iovec vi = { "vmsp", 4 };
	vmsplice(p[1], &vi, 1, 0);
	read(p[0], buf, 4);
	return 0;
}
