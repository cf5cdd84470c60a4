/*
 * launch.c - starting the traced command, for both backends: fork a child
 * that waits on a pipe until the tracer is ready for it, then becomes the
 * command (as -u's user if asked).  An execve that fails is reported to the
 * tracer through a second pipe, so it can say why.
 */
#include "backend.h"
#include "common.h"

#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

/* -u USER: groups, then gid, then uid */
static bool drop_privileges(const char *user)
{
	struct passwd *pw = getpwnam(user);
	if (!pw) {
		error_msg("cannot find user '%s'", user);
		return false;
	}
	if (initgroups(pw->pw_name, pw->pw_gid) < 0 || setregid(pw->pw_gid, pw->pw_gid) < 0 ||
	    setreuid(pw->pw_uid, pw->pw_uid) < 0) {
		error_msg_errno("cannot switch to user '%s'", user);
		return false;
	}
	return true;
}

pid_t launch_fork(const struct launch *l, int (*when_released)(void *ud), void *ud, int *go_fd, int *err_fd)
{
	int go[2], err[2];
	/* here, not in the child: a child that exits before the tracer has seized it makes two errors */
	if (l->user && !getpwnam(l->user))
		die("cannot find user '%s'", l->user);
	if (pipe2(go, O_CLOEXEC) < 0 || pipe2(err, O_CLOEXEC) < 0)
		die_errno("pipe");
	pid_t pid = fork();
	if (pid < 0)
		die_errno("fork");
	if (pid == 0) {
		char c;
		close(go[1]);
		close(err[0]);
		if (l->child_setup)
			l->child_setup();
		sigset_t none;
		sigemptyset(&none);
		sigprocmask(SIG_SETMASK, &none, NULL);
		while (read(go[0], &c, 1) < 0 && errno == EINTR)
			;
		close(go[0]);
		/* released by the tracer: from here on everything may be traced */
		if (when_released && when_released(ud) < 0)
			_exit(1);
		if (l->user && !drop_privileges(l->user))
			_exit(1);
		execve(l->path, l->argv, l->envp);
		int e = errno;
		(void)!write(err[1], &e, sizeof(e));
		_exit(1);   /* as strace's child does */
	}
	close(go[0]);
	close(err[1]);
	*go_fd = go[1];
	*err_fd = err[0];
	return pid;
}
