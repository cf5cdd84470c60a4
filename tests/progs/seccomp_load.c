/*
 * seccomp_load.c - install a raw seccomp filter (struct sock_filter[], as
 * `sctrace seccomp --format=bpf` writes it) and exec a command under it:
 *   seccomp_load FILTER.bpf COMMAND [ARGS...]
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	static struct sock_filter prog[4096];
	if (argc < 3) {
		fprintf(stderr, "usage: seccomp_load FILTER COMMAND [ARGS...]\n");
		return 2;
	}
	int fd = open(argv[1], O_RDONLY);
	ssize_t n = fd < 0 ? -1 : read(fd, prog, sizeof(prog));
	if (n <= 0 || n % sizeof(prog[0])) {
		fprintf(stderr, "seccomp_load: %s: not a filter\n", argv[1]);
		return 2;
	}
	close(fd);
	struct sock_fprog fp = { .len = (unsigned short)(n / sizeof(prog[0])), .filter = prog };
	if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) < 0 || syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &fp) < 0) {
		fprintf(stderr, "seccomp_load: cannot load %s: %s\n", argv[1], strerror(errno));
		return 2;
	}
	execv(argv[2], argv + 2);
	fprintf(stderr, "seccomp_load: %s: %s\n", argv[2], strerror(errno));
	return 127;
}
