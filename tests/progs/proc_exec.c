/*
 * proc_exec.c - execve/execveat: failing calls with normal, NULL, bad and
 * long argv/envp arrays, long strings, flags; then a successful execve.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char *argv[] = { "prog", "-x", "a long argument", NULL };
	char *envp[] = { "A=1", "B=2", NULL };
	char *bad[] = { "one", (char *)1, NULL };
	static char *many[80];
	static char longs[100];
	memset(longs, 'z', sizeof(longs) - 1);
	for (int i = 0; i < 79; i++)
		many[i] = i == 5 ? longs : "m";
	syscall(SYS_execve, "/nonexistent/x", argv, envp);
	syscall(SYS_execve, "/nonexistent/x", NULL, NULL);
	syscall(SYS_execve, "/nonexistent/x", (char **)1, (char **)2);
	syscall(SYS_execve, "/nonexistent/x", bad, bad);
	syscall(SYS_execve, "/nonexistent/x", many, many);
	syscall(SYS_execve, (char *)0, argv, envp);
	syscall(SYS_execve, "/nonexistent/x", argv + 3, envp + 2);
	syscall(SYS_execveat, AT_FDCWD, "/nonexistent/x", argv, envp, AT_SYMLINK_NOFOLLOW);
	syscall(SYS_execveat, -1, "", argv, NULL, AT_EMPTY_PATH);
	syscall(SYS_execveat, 0, "x", argv, envp, 0x12345);
	syscall(SYS_execveat, 0, "x", argv, envp, 0);
	int fd = open("/", O_RDONLY);
	syscall(SYS_execveat, fd, "", argv, envp, AT_EMPTY_PATH | AT_SYMLINK_NOFOLLOW);
	char *targv[] = { "/bin/true", "arg1", NULL };
	execve("/bin/true", targv, envp);
	return 1;
}
