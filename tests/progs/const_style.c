/*
 * const_style.c - calls whose arguments are named constants, for -X
 * raw|abbrev|verbose: flag sets with known, unknown and no bits, enums in and
 * out of their tables, AT_FDCWD, file modes, open/mmap/memfd flags as one
 * number, signals and signal sets, SIG_IGN, ioctl codes named and not,
 * network-order sockaddr fields, rlimits, si_code, and fcntl/prctl results
 * whose names follow -X or stay as they are; UTIME_NOW (a timespec under raw),
 * N<<SHM_HUGE_SHIFT, capability sets as two words.  Every call fails harmlessly or
 * works on a file of its own.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <linux/capability.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/shm.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

static void on_usr1(int sig)
{
	(void)sig;
}

int main(void)
{
	const char *dir = "/tmp/sctrace-const-style";
	char path[64];
	mkdir(dir, 0700);

	/* open flags: access mode and flags are one number; mode only with O_CREAT */
	syscall(SYS_openat, AT_FDCWD, "/nonexistent/x", O_RDONLY);
	syscall(SYS_openat, AT_FDCWD, "/nonexistent/x", O_RDONLY | O_CLOEXEC | 0x40000000);
	syscall(SYS_openat, 12345, "/nonexistent/x", 0x4000000);
	snprintf(path, sizeof(path), "%s/f", dir);
	int fd = (int)syscall(SYS_openat, AT_FDCWD, path, O_WRONLY | O_CREAT | O_TRUNC, 0640);

	/* fcntl: enum commands, a flag argument, results named in every style or per style */
	fcntl(fd, F_SETFD, FD_CLOEXEC);
	fcntl(fd, F_GETFD);
	fcntl(fd, F_GETFL);
	fcntl(fd, 0x4d2);

	/* flag sets: known, known plus unknown, unknown only, zero with and without a name */
	syscall(SYS_faccessat, AT_FDCWD, "/", R_OK | W_OK);
	syscall(SYS_faccessat, AT_FDCWD, "/", R_OK | 0x80);
	syscall(SYS_faccessat, AT_FDCWD, "/", 0x80);
	syscall(SYS_faccessat, AT_FDCWD, "/", F_OK);
	syscall(SYS_mprotect, 0, 0, PROT_READ | 0x1000);
	syscall(SYS_mprotect, 0, 0, PROT_NONE);

	/* mmap flags: type, flags, huge page size and an unknown type, as one number */
	syscall(SYS_mmap, 0, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | (21 << 26), -1, 0);
	syscall(SYS_mmap, 0, 4096, PROT_READ, 0xf, -1, 0);
	syscall(SYS_memfd_create, "x", MFD_CLOEXEC | (30u << 26));

	/* enums in and out of their tables */
	syscall(SYS_lseek, fd, 0, SEEK_END);
	syscall(SYS_lseek, fd, 0, 77);
	syscall(SYS_clock_gettime, 99, 0);
	syscall(SYS_socket, 12345, 77, 0);
	syscall(SYS_socket, AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, IPPROTO_UDP);

	/* file modes with a type are one number too; a bare permission mode is octal */
	snprintf(path, sizeof(path), "%s/fifo", dir);
	syscall(SYS_mknodat, AT_FDCWD, path, S_IFIFO | 0600, 0);
	syscall(SYS_mknodat, AT_FDCWD, path, 0600, 0);
	syscall(SYS_fchmodat, AT_FDCWD, path, 04755);
	struct stat st;
	syscall(SYS_newfstatat, AT_FDCWD, path, &st, AT_SYMLINK_NOFOLLOW);
	struct timespec times[2] = { { 0, UTIME_NOW }, { 0, UTIME_OMIT } };
	syscall(SYS_utimensat, AT_FDCWD, path, times, 0);
	unlink(path);

	/* signals, signal sets, handlers */
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sa.sa_flags = SA_RESTART;
	sigaddset(&sa.sa_mask, SIGINT);
	sigaddset(&sa.sa_mask, SIGRTMIN + 3);
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGUSR2, &sa, NULL);
	sigset_t set;
	sigfillset(&set);
	sigdelset(&set, SIGUSR1);
	sigprocmask(SIG_BLOCK, &set, NULL);
	sigemptyset(&set);
	sigprocmask(SIG_SETMASK, &set, NULL);
	syscall(SYS_kill, 999999999, SIGCONT);
	syscall(SYS_kill, 999999999, 1234);
	syscall(SYS_tgkill, getpid(), gettid(), SIGUSR1);   /* delivered: si_code=SI_TKILL */
	prctl(PR_SET_PDEATHSIG, SIGUSR2);
	prctl(PR_GET_DUMPABLE);

	/* ioctl requests, named and not */
	ioctl(fd, TCGETS, 0);
	ioctl(fd, 0xdeadbeef, 0);

	/* a huge page size in SysV flags (no such segment), capabilities, a result aux */
	syscall(SYS_shmget, 0x5c7ace00, 4096, SHM_HUGETLB | (21 << 26) | 0600);
	struct __user_cap_header_struct ch = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct cd[2];
	syscall(SYS_capget, &ch, cd);
	prctl(PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);

	/* termios fields (NL0, CS8) are their bits under -X raw */
	int ptm = posix_openpt(O_RDWR | O_NOCTTY);
	if (ptm >= 0) {
		struct termios t;
		tcgetattr(ptm, &t);
		close(ptm);
	}

	/* resource limits: 8192*1024 and RLIM64_INFINITY */
	struct rlimit rl = { 8192 * 1024, RLIM_INFINITY };
	syscall(SYS_prlimit64, 0, RLIMIT_STACK, &rl, NULL);
	syscall(SYS_prlimit64, 0, 77, NULL, NULL);

	/* network-order fields: their bytes under -X raw */
	struct sockaddr_in sin;
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons(9);
	sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	syscall(SYS_connect, -1, &sin, sizeof(sin));

	/* a child: clone flags with an exit signal, wait options, a status */
	pid_t pid = fork();
	if (pid == 0)
		_exit(3);
	int status;
	wait4(pid, &status, __WALL, NULL);

	close(fd);
	snprintf(path, sizeof(path), "%s/f", dir);
	unlink(path);
	rmdir(dir);

	/* a seccomp filter (shown with -v): BPF code parts, SECCOMP_RET_* values */
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, 9999, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | 5),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog prog = { 4, f };
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &prog);
	return 0;
}
