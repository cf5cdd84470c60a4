/*
 * signals_m32.c - built with gcc -m32 (tests/run): an i386 program's
 * threads (clone3 with a struct user_desc tls), signal frames (sigreturn
 * and rt_sigreturn read their masks from the i386 frames), siginfo in the
 * i386 layout (rt_sigtimedwait, waitid), msghdr, select and pselect6 with
 * 32-bit longs, timers and poll.
 */
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void on_usr1(int s) { (void)s; }
static void on_hup(int s, siginfo_t *i, void *u) { (void)s; (void)i; (void)u; }
static void *thread(void *a)
{
	/* alive while the tracer reads clone3's parent_tid (zeroed at the thread's exit: CLONE_CHILD_CLEARTID) */
	struct timespec settle = { 0, 30 * 1000 * 1000 };
	nanosleep(&settle, NULL);
	write(1, "thread\n", 7);
	return a;
}

int main(void)
{
	pthread_t t;
	pthread_create(&t, NULL, thread, NULL);
	/* done before the join, so the join never waits in futex (whether it would is timing) */
	struct timespec settle = { 0, 100 * 1000 * 1000 };
	nanosleep(&settle, NULL);
	pthread_join(t, NULL);

	sigset_t m;
	sigemptyset(&m);
	sigaddset(&m, SIGUSR2);
	sigaddset(&m, SIGRTMIN + 2);
	sigprocmask(SIG_BLOCK, &m, NULL);
	signal(SIGUSR1, on_usr1);
	raise(SIGUSR1);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_hup;
	sa.sa_flags = SA_SIGINFO;
	sigaction(SIGHUP, &sa, NULL);
	raise(SIGHUP);
	sigemptyset(&m);
	sigaddset(&m, SIGUSR2);
	kill(getpid(), SIGUSR2);
	siginfo_t si;
	struct timespec to = { 0, 1000 };
	sigtimedwait(&m, &si, &to);
	union sigval v = { .sival_int = 42 };
	sigqueue(getpid(), SIGUSR2, v);
	sigtimedwait(&m, &si, &to);

	int sv[2];
	socketpair(AF_UNIX, SOCK_DGRAM, 0, sv);
	struct iovec iov = { "hello", 5 };
	struct msghdr mh = { .msg_iov = &iov, .msg_iovlen = 1 };
	sendmsg(sv[0], &mh, 0);
	char b[16];
	struct iovec ri = { b, sizeof(b) };
	struct msghdr rm = { .msg_iov = &ri, .msg_iovlen = 1 };
	recvmsg(sv[1], &rm, 0);
	struct pollfd p = { sv[1], POLLIN, 0 };
	poll(&p, 1, 0);
	fd_set r;
	FD_ZERO(&r);
	FD_SET(sv[1], &r);
	struct timeval tv = { 0, 10 };
	select(sv[1] + 1, &r, NULL, NULL, &tv);
	send(sv[0], "x", 1, 0);
	FD_SET(sv[1], &r);
	struct timespec ts = { 1, 0 };
	pselect(sv[1] + 1, &r, NULL, NULL, &ts, &m);
	close(sv[0]);
	close(sv[1]);

	struct timeval now;
	gettimeofday(&now, NULL);
	struct itimerval it = { { 0, 0 }, { 0, 0 } };
	setitimer(ITIMER_REAL, &it, NULL);
	getitimer(ITIMER_REAL, &it);
	alarm(0);
	umask(022);

	pid_t pid = fork();
	if (pid == 0)
		_exit(7);
	siginfo_t ci;
	waitid(P_PID, pid, &ci, WEXITED);
	return ci.si_status == 7 ? 0 : 1;
}
