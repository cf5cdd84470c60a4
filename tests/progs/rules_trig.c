/*
 * rules_trig.c - one behaviour per subcommand for each shipped alert rule
 * (tests/integration/rules.sh): rules_trig NAME [DIR].  Each does what the
 * rule is about and cleans up after itself; the attempts that need
 * privileges (module load, mount, ptrace attach to a traced process) are
 * made so that they fail harmlessly, since the rules watch attempts.
 * Exits 0 when the behaviour was carried out as meant.
 */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <linux/capability.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static int die(const char *what)
{
	perror(what);
	return 1;
}

static int run(const char *path, char *const argv[])
{
	pid_t pid = fork();
	if (pid == 0) {
		execv(path, argv);
		_exit(127);
	}
	int st;
	if (pid < 0 || waitpid(pid, &st, 0) < 0)
		return die("fork");
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}

/* create then remove a file in dir */
static int touch_rm(const char *dir, const char *name)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0)
		return die(path);
	close(fd);
	return unlink(path) ? die("unlink") : 0;
}

/* a listening socket, then a shell */
static int shell_from_server(void)
{
	int s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK) };
	if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof(a)) || listen(s, 1))
		return die("listen");
	char *argv[] = { "sh", "-c", "true", NULL };
	return run("/bin/sh", argv);
}

static int ptrace_attach(void)
{
	pid_t pid = fork();
	if (pid == 0) {
		pause();
		_exit(0);
	}
	long r = ptrace(PTRACE_ATTACH, pid, 0, 0);   /* EPERM when traced already: an attempt */
	if (r == 0) {
		waitpid(pid, NULL, 0);
		ptrace(PTRACE_DETACH, pid, 0, 0);
	}
	kill(pid, SIGKILL);
	waitpid(pid, NULL, 0);
	return 0;
}

/* by_path: execve("/proc/self/fd/N") instead of fexecve's execveat */
static int fileless(bool by_path)
{
	int fd = memfd_create("payload", MFD_CLOEXEC);
	int in = open("/bin/true", O_RDONLY);
	if (fd < 0 || in < 0)
		return die("memfd_create");
	char buf[65536];
	ssize_t n;
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(fd, buf, (size_t)n) != n)
			return die("write");
	close(in);
	pid_t pid = fork();
	if (pid == 0) {
		char *argv[] = { "payload", NULL };
		char path[64];
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		if (by_path)
			execve(path, argv, environ);
		else
			fexecve(fd, argv, environ);
		_exit(127);
	}
	int st;
	waitpid(pid, &st, 0);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}

static int exec_tmp(void)
{
	char dir[] = "/tmp/rules-trig.XXXXXX";
	if (!mkdtemp(dir))
		return die("mkdtemp");
	char path[256];
	snprintf(path, sizeof(path), "%s/true", dir);
	int in = open("/bin/true", O_RDONLY), out = open(path, O_WRONLY | O_CREAT, 0755);
	char buf[65536];
	ssize_t n;
	while (in >= 0 && out >= 0 && (n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, (size_t)n) != n)
			return die("write");
	close(in);
	close(out);
	char *argv[] = { "true", NULL };
	int rc = run(path, argv);
	unlink(path);
	rmdir(dir);
	return rc;
}

/* become nobody (needs root: exits 3 without it) */
static int identity(void)
{
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	if (syscall(SYS_capget, &h, d) || syscall(SYS_capset, &h, d))
		return die("capset");
	if (getuid() != 0)
		return 3;
	if (setgid(65534) || setuid(65534))
		return die("setuid");
	return 0;
}

static int connect_out(void)
{
	int s = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(80) };
	inet_pton(AF_INET, "192.0.2.1", &a.sin_addr);   /* TEST-NET-1: never answers */
	connect(s, (struct sockaddr *)&a, sizeof(a));
	close(s);
	return 0;
}

static int connect_loopback(void)
{
	int s = socket(AF_INET, SOCK_STREAM, 0);
	struct sockaddr_in a = { .sin_family = AF_INET, .sin_port = htons(9) };
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	connect(s, (struct sockaddr *)&a, sizeof(a));
	close(s);
	return 0;
}

static int module(void)
{
	errno = 0;
	syscall(SYS_finit_module, -1, "", 0);   /* EBADF (or EPERM): an attempt */
	return errno ? 0 : 1;
}

static int do_mount(void)
{
	errno = 0;
	mount("none", "/nonexistent/rules-trig", "tmpfs", 0, NULL);   /* ENOENT: an attempt */
	return errno ? 0 : 1;
}

static int chmod_setuid(const char *dir)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/suid", dir);
	int fd = open(path, O_WRONLY | O_CREAT, 0755);
	if (fd < 0)
		return die(path);
	close(fd);
	if (chmod(path, 04755))
		return die("chmod");
	return unlink(path) ? die("unlink") : 0;
}

static int history(const char *dir)
{
	char path[4096];
	snprintf(path, sizeof(path), "%s/.bash_history", dir);
	int fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0600);
	if (fd < 0)
		return die(path);
	close(fd);
	return unlink(path) ? die("unlink") : 0;
}

int main(int argc, char **argv)
{
	const char *what = argc > 1 ? argv[1] : "";
	const char *dir = argc > 2 ? argv[2] : ".";
	if (!strcmp(what, "shell-from-server")) return shell_from_server();
	if (!strcmp(what, "write-etc")) return touch_rm("/etc", "sctrace-rules-trig");
	if (!strcmp(what, "write-bin")) return touch_rm("/usr/bin", "sctrace-rules-trig");
	if (!strcmp(what, "read-shadow")) return open("/etc/shadow", O_RDONLY) < 0 ? die("/etc/shadow") : 0;
	if (!strcmp(what, "ptrace")) return ptrace_attach();
	if (!strcmp(what, "fileless")) return fileless(false);
	if (!strcmp(what, "fileless-proc")) return fileless(true);
	if (!strcmp(what, "exec-tmp")) return exec_tmp();
	if (!strcmp(what, "identity")) return identity();
	if (!strcmp(what, "connect")) return connect_out();
	if (!strcmp(what, "connect-loopback")) return connect_loopback();
	if (!strcmp(what, "module")) return module();
	if (!strcmp(what, "mount")) return do_mount();
	if (!strcmp(what, "chmod-setuid")) return chmod_setuid(dir);
	if (!strcmp(what, "history")) return history(dir);
	if (!strcmp(what, "log")) return touch_rm("/var/log", "sctrace-rules-trig.log");
	fprintf(stderr, "usage: rules_trig NAME [DIR]\n");
	return 2;
}
