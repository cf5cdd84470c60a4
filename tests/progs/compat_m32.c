/*
 * compat_m32.c - built with gcc -m32 (tests/run): the calls an i386 program
 * makes, each once, so that a diff against strace covers the i386 table and
 * the 32-bit layouts (stat64, iovec, rlimit, sigaction, timespec32/64...).
 */
#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

int main(void)
{
	char buf[64];
	struct stat st;
	int fd = open("/etc/hostname", O_RDONLY);
	syscall(SYS_fstat64, fd, &st);
	syscall(SYS_stat64, "/etc/passwd", &st);
	syscall(SYS_lstat64, "/nonexistent", &st);
	syscall(SYS_fstatat64, AT_FDCWD, "/etc", &st, 0);
	long long pos = 0;
	syscall(SYS__llseek, fd, 0, 1, &pos, SEEK_SET);
	read(fd, buf, 4);
	pread(fd, buf, 4, 0);
	syscall(SYS__llseek, fd, -1, 0, &pos, SEEK_SET);
	close(fd);

	int p[2];
	pipe2(p, O_CLOEXEC);
	struct iovec iov[2] = { { "ab", 2 }, { "cde", 3 } };
	writev(p[1], iov, 2);
	int avail;
	ioctl(p[0], FIONREAD, &avail);
	char b1[2], b2[8];
	struct iovec in[2] = { { b1, sizeof(b1) }, { b2, sizeof(b2) } };
	readv(p[0], in, 2);
	fcntl(p[0], F_GETFD);
	dup2(p[0], 10);
	close(10);
	struct termios tio;
	ioctl(p[0], TCGETS, &tio);
	close(p[0]);
	close(p[1]);
	int pt = open("/dev/ptmx", O_RDWR | O_NOCTTY);
	if (pt >= 0) {
		struct winsize ws;
		ioctl(pt, TCGETS, &tio);
		ioctl(pt, TIOCGWINSZ, &ws);
		close(pt);
	}

	struct rlimit rl;
	getrlimit(RLIMIT_NOFILE, &rl);
	syscall(SYS_ugetrlimit, RLIMIT_CORE, &rl);
	prlimit(0, RLIMIT_STACK, NULL, &rl);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = SIG_IGN;
	sa.sa_flags = SA_RESTART;
	sigaddset(&sa.sa_mask, SIGUSR2);
	sigaction(SIGUSR1, &sa, NULL);
	sigaction(SIGUSR1, NULL, &sa);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGHUP);
	sigprocmask(SIG_BLOCK, &set, NULL);

	struct timespec ts = { 0, 1000 };
	nanosleep(&ts, NULL);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, (int32_t[2]){ 0, 0 });
	syscall(SYS_clock_gettime64, CLOCK_MONOTONIC, (int64_t[2]){ 0, 0 });
	syscall(SYS_clock_nanosleep_time64, CLOCK_MONOTONIC, 0, (int64_t[2]){ 0, 2000 }, NULL);
	struct utsname u;
	uname(&u);
	readlink("/proc/self/exe", buf, 1);
	getrandom(buf, 4, 0);
	int32_t now;
	syscall(SYS_time, &now);
	char dents[512];
	int dfd = open("/", O_RDONLY | O_DIRECTORY);
	syscall(SYS_getdents, dfd, dents, sizeof(dents));
	close(dfd);
	syscall(SYS_getuid32);
	syscall(SYS_geteuid32);
	getpid();

	int sv[2];
	socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
	send(sv[0], "hi", 2, 0);
	recv(sv[1], buf, sizeof(buf), 0);
	int s = socket(AF_UNIX, SOCK_STREAM, 0);
	struct sockaddr_un a = { AF_UNIX, "/nonexistent/socket" };
	connect(s, (struct sockaddr *)&a, sizeof(a));
	close(s);
	close(sv[0]);
	close(sv[1]);

	DIR *d = opendir("/");
	while (d && readdir(d))
		;
	if (d)
		closedir(d);
	pid_t pid = fork();
	if (pid == 0)
		_exit(3);
	int status;
	wait4(pid, &status, 0, NULL);
	return WEXITSTATUS(status) == 3 ? 0 : 1;
}
