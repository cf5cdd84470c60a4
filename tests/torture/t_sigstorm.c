/*
 * t_sigstorm.c - torture: a child sends N queued real-time signals of two
 * kinds to its parent, which is blocked in read() and nanosleep(): SIGRTMIN+2
 * has SA_RESTART (the read restarts), SIGRTMIN+3 has not (EINTR, the parent
 * loops).  (Named SIGRT_4/SIGRT_5 in traces: glibc's SIGRTMIN is the
 * kernel's 34.)  Queued signals are never merged, so the parent must count
 * exactly N of each, and finally read the child's "done" byte.  Prints the
 * counts; exit 0 when they are exact.   usage: t_sigstorm N
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t got_restart, got_intr;

static void on_restart(int s) { (void)s; got_restart++; }
static void on_intr(int s) { (void)s; got_intr++; }

int main(int argc, char **argv)
{
	int n = argc > 1 ? atoi(argv[1]) : 500;
	int sr = SIGRTMIN + 2, si = SIGRTMIN + 3;   /* glibc's SIGRTMIN is 34: SIGRT_4, SIGRT_5 */
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_restart;
	sa.sa_flags = SA_RESTART;
	sigaction(sr, &sa, NULL);
	sa.sa_handler = on_intr;
	sa.sa_flags = 0;
	sigaction(si, &sa, NULL);

	int p[2];
	if (pipe(p))
		return 2;
	pid_t parent = getpid();
	pid_t child = fork();
	if (child == 0) {
		union sigval v = { 0 };
		for (int i = 0; i < n; i++) {
			while (sigqueue(parent, sr, v) < 0 && errno == EAGAIN)
				usleep(100);
			while (sigqueue(parent, si, v) < 0 && errno == EAGAIN)
				usleep(100);
			if (i % 50 == 0)
				usleep(1000);
		}
		usleep(200000);
		(void)!write(p[1], "x", 1);
		_exit(0);
	}
	int eintr = 0;
	char c;
	for (;;) {
		ssize_t r = read(p[0], &c, 1);
		if (r == 1)
			break;
		if (r < 0 && errno == EINTR) {
			eintr++;
			struct timespec ts = { 0, 100000 };
			nanosleep(&ts, NULL);
			continue;
		}
		return 3;
	}
	int st;
	waitpid(child, &st, 0);
	/* signals still queued are delivered before we return from here */
	struct timespec ts = { 0, 50000000 };
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
	printf("restart=%d intr=%d eintr_reads=%d\n", got_restart, got_intr, eintr);
	return !(got_restart == n && got_intr == n);
}
