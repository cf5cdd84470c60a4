/*
 * signals.c - signal delivery seen by a tracer: a handled SIGUSR1 (must be
 * re-injected, so the handler runs), an ignored SIGUSR2, a blocked-then-
 * unblocked SIGTERM with a handler, and a read() interrupted by SIGALRM
 * (EINTR without SA_RESTART).  Prints what the handlers saw; exit 0 if all
 * happened as untraced.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t got_usr1, got_term, got_alrm;

static void on_usr1(int s) { (void)s; got_usr1++; }
static void on_term(int s) { (void)s; got_term++; }
static void on_alrm(int s) { (void)s; got_alrm++; }

int main(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_usr1;
	sigaction(SIGUSR1, &sa, NULL);
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sa.sa_handler = on_alrm;   /* no SA_RESTART: read fails with EINTR */
	sigaction(SIGALRM, &sa, NULL);
	signal(SIGUSR2, SIG_IGN);

	kill(getpid(), SIGUSR1);
	raise(SIGUSR2);
	sigset_t set;
	sigemptyset(&set);
	sigaddset(&set, SIGTERM);
	sigprocmask(SIG_BLOCK, &set, NULL);
	kill(getpid(), SIGTERM);
	int before = got_term;
	sigprocmask(SIG_UNBLOCK, &set, NULL);

	int p[2];
	if (pipe(p))
		return 2;
	alarm(1);
	char c;
	ssize_t r = read(p[0], &c, 1);
	int e = errno;
	printf("usr1=%d term_before=%d term=%d alrm=%d read=%zd errno=%s\n",
	       got_usr1, before, got_term, got_alrm, r, r < 0 ? strerror(e) : "-");
	return !(got_usr1 == 1 && before == 0 && got_term == 1 && got_alrm == 1 && r == -1 && e == EINTR);
}
