/*
 * pathtrace.c DIR - for -P: calls that name DIR/target by its path or by a
 * descriptor (plain arguments, both sides of dup2/dup3/sendfile/splice,
 * mmap's, pollfd arrays, fd_sets, epoll_ctl, *at directory descriptors),
 * calls that must not match (relative names, symlink targets, other files,
 * pipes), a child that opens it (-f), and writes to an inherited-looking
 * descriptor on /dev/full (-P /dev/full).  Leaves nothing behind.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/inotify.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/select.h>
#include <sys/sendfile.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	const char *dir = argc > 1 ? argv[1] : "/tmp/sct-pathtrace.d";
	char file[256], other[256], lnk[256];
	snprintf(file, sizeof file, "%s/target", dir);
	snprintf(other, sizeof other, "%s/other", dir);
	snprintf(lnk, sizeof lnk, "%s/link", dir);
	mkdir(dir, 0755);
	int fd = open(file, O_RDWR | O_CREAT | O_TRUNC, 0644);
	int ofd = open(other, O_RDWR | O_CREAT | O_TRUNC, 0644);
	write(fd, "hello, world\n", 13);
	write(ofd, "other\n", 6);
	struct iovec iov[2] = { { "abc", 3 }, { "defgh\001\002", 7 } };
	writev(fd, iov, 2);
	pwrite(fd, "xyz", 3, 20);
	lseek(fd, 0, SEEK_SET);
	char buf[64];
	read(fd, buf, sizeof buf);
	pread(fd, buf, 5, 1);
	struct iovec riov[2] = { { buf, 4 }, { buf + 8, 30 } };
	preadv(fd, riov, 2, 0);
	pwritev(fd, iov, 2, 0);
	struct stat st;
	fstat(fd, &st);
	stat(file, &st);
	access(file, R_OK);
	syscall(SYS_faccessat2, AT_FDCWD, file, R_OK, 0);
	faccessat(fd, "", R_OK, 0);
	fstatat(AT_FDCWD, file, &st, 0);
	int d = dup(fd);
	dup2(fd, 100);
	dup2(ofd, 101);
	dup3(ofd, 100, O_CLOEXEC);
	close(100); close(101); close(d);
	void *m = mmap(NULL, 4096, PROT_READ, MAP_SHARED, fd, 0);
	munmap(m, 4096);
	m = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	munmap(m, 4096);
	off_t off = 0;
	sendfile(ofd, fd, &off, 4);
	off = 0;
	sendfile(fd, ofd, &off, 2);
	int p[2];
	pipe(p);
	loff_t lo = 0;
	splice(fd, &lo, p[1], NULL, 4, 0);
	splice(p[0], NULL, ofd, NULL, 4, 0);
	lo = 0;
	loff_t lo2 = 0;
	copy_file_range(fd, &lo, ofd, &lo2, 3, 0);
	struct pollfd pf[3] = { { p[0], POLLIN, 0 }, { fd, POLLIN, 0 }, { ofd, POLLOUT, 0 } };
	poll(pf, 3, 0);
	poll(pf, 1, 0);
	struct timespec ts = { 0, 0 };
	ppoll(pf + 1, 2, &ts, NULL);
	fd_set rs;
	FD_ZERO(&rs);
	FD_SET(fd, &rs);
	struct timeval tv = { 0, 0 };
	select(fd + 1, &rs, NULL, NULL, &tv);
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	select(p[0] + 1, &rs, NULL, NULL, &tv);
	int ep = epoll_create1(0);
	struct epoll_event ev = { .events = EPOLLIN, .data.fd = fd };
	epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
	struct epoll_event evs[2];
	epoll_wait(ep, evs, 2, 0);
	close(ep);
	fcntl(fd, F_GETFL);
	ioctl(fd, 0x5401, 0);
	fsync(fd);
	ftruncate(fd, 30);
	truncate(file, 30);
	chmod(file, 0644);
	fchmod(fd, 0644);
	fchmodat(AT_FDCWD, file, 0644, 0);
	symlink(file, lnk);
	readlink(lnk, buf, sizeof buf);
	unlink(lnk);
	symlinkat("target", AT_FDCWD, lnk);
	unlink(lnk);
	link(file, lnk);
	rename(lnk, lnk);
	unlink(lnk);
	int dfd = open(dir, O_RDONLY | O_DIRECTORY);
	openat(dfd, "target", O_RDONLY);
	fstatat(dfd, "target", &st, 0);
	fchdir(dfd);
	chdir("/");
	int in = inotify_init1(0);
	inotify_add_watch(in, file, IN_MODIFY);
	close(in);
	int s[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, s);
	send(s[0], "ping", 4, 0);
	recv(s[1], buf, 4, 0);
	struct msghdr mh = { .msg_iov = iov, .msg_iovlen = 2 };
	sendmsg(s[0], &mh, 0);
	struct iovec rv[2] = { { buf, 5 }, { buf + 10, 10 } };
	struct msghdr rh = { .msg_iov = rv, .msg_iovlen = 2 };
	recvmsg(s[1], &rh, 0);
	sendto(s[0], "pong", 4, 0, NULL, 0);
	recvfrom(s[1], buf, 4, 0, NULL, NULL);
	syscall(SYS_pidfd_open, getpid(), 0);
	pid_t pid = fork();
	if (pid == 0) {
		int cfd = open(file, O_RDONLY);
		read(cfd, buf, 3);
		close(cfd);
		_exit(0);
	}
	waitpid(pid, NULL, 0);
	flock(fd, LOCK_SH);
	int full = open("/dev/full", O_WRONLY);
	dup2(full, 50);
	write(50, "x", 1);
	struct pollfd fp[2] = { { p[0], POLLIN, 0 }, { 50, POLLOUT, 0 } };
	poll(fp, 2, 0);
	fcntl(50, F_GETFD);
	close(50);
	close(full);
	close(fd);
	close(ofd);
	unlink(file);
	unlink(other);
	rmdir(dir);
	return 0;
}
