/*
 * daemon.c - the tracer of a background session (daemon.h).
 *
 * `sctrace start` forks twice; the grandchild, in a session of its own,
 * is the tracer.  Until the trace runs its stderr is a pipe the start
 * command copies to the terminal, and a second pipe carries "ready": so a
 * name already taken, a pid that cannot be traced or a command that cannot
 * run is one error line from start itself.  Then the control thread
 * (control.c) queues requests and wakes the tracer's thread with SIGURG;
 * the ptrace loop calls service() between two stops, which answers them,
 * attaches and detaches, swaps the filter, samples the event rate and
 * checks the limits.
 */
#include "daemon.h"
#include "backend.h"
#include "common.h"
#include "config.h"
#include "control.h"
#include "ring.h"
#include "store.h"
#include "tracer.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#define START_TIMEOUT_MS 60000
#define RATE_SAMPLES 8           /* once a second: the rate is over the last ~5 s */

static int ready_fd = -1;        /* the pipe to the waiting start command */
static bool is_ready;
static char undo_store[PATH_MAX], undo_output[PATH_MAX];
static const struct session_info *undo_info;

/* ---- going into the background ---- */

static void forward(int from)
{
	char buf[4096];
	ssize_t n;
	while ((n = read(from, buf, sizeof(buf))) > 0)
		(void)!write(2, buf, (size_t)n);
}

void session_daemonize(const char *name)
{
	int errp[2], rdy[2];
	if (pipe2(errp, O_CLOEXEC) < 0 || pipe2(rdy, O_CLOEXEC) < 0)
		die_errno("pipe");
	fflush(stdout);
	fflush(stderr);
	pid_t a = fork();
	if (a < 0)
		die_errno("fork");
	if (a == 0) {
		setsid();   /* no controlling terminal: closing it sends us nothing */
		signal(SIGHUP, SIG_IGN);
		pid_t b = fork();
		if (b != 0)
			_exit(b < 0);
		close(errp[0]);
		close(rdy[0]);
		int null = open("/dev/null", O_RDWR | O_CLOEXEC);
		if (null >= 0) {
			dup2(null, 0);
			dup2(null, 1);
			close(null);
		}
		dup2(errp[1], 2);
		close(errp[1]);
		ready_fd = rdy[1];
		return;
	}
	close(errp[1]);
	close(rdy[1]);
	waitpid(a, NULL, 0);
	/* what the tracer says until it is ready (or gone) */
	uint64_t until = now_mono_ns() + START_TIMEOUT_MS * 1000000ull;
	for (;;) {
		struct pollfd p = { errp[0], POLLIN, 0 };
		int left = (int)((until - now_mono_ns()) / 1000000);
		int rc = poll(&p, 1, left > 0 ? left : 0);
		if (rc == 0)
			die("session %s did not start within %d s", name, START_TIMEOUT_MS / 1000);
		if (rc < 0)
			continue;
		char buf[4096];
		ssize_t n = read(errp[0], buf, sizeof(buf));
		if (n <= 0)
			break;
		(void)!write(2, buf, (size_t)n);
	}
	forward(errp[0]);
	char c = 0;
	if (read(rdy[0], &c, 1) == 1 && c == 'R') {
		printf("%s\n", name);
		exit(0);
	}
	exit(1);
}

static struct session_setup *S;

static void undo(void)
{
	if (is_ready)
		return;
	if (*undo_store) {
		static const char *const sfx[] = { "", "-wal", "-shm", "-journal" };
		for (size_t i = 0; i < ARRAY_SIZE(sfx); i++) {
			char p[PATH_MAX + 16];
			snprintf(p, sizeof(p), "%s%s", undo_store, sfx[i]);
			unlink(p);
		}
	}
	if (*undo_output)
		unlink(undo_output);
	if (undo_info)
		registry_remove(undo_info);
}

void session_undo_on_failure(const struct session_info *info, const char *store, const char *cmd_output)
{
	static bool registered;
	undo_info = info;
	if (store)
		snprintf(undo_store, sizeof(undo_store), "%s", store);
	if (cmd_output)
		snprintf(undo_output, sizeof(undo_output), "%s", cmd_output);
	if (!registered)
		atexit(undo);
	registered = true;
}

void session_ready(void)
{
	if (is_ready)
		return;
	is_ready = true;
	if (S && S->log_fd >= 0)
		dup2(S->log_fd, 2);
	if (ready_fd >= 0) {
		(void)!write(ready_fd, "R", 1);
		close(ready_fd);
		ready_fd = -1;
	}
}

/* ---- formatting ---- */

void session_format_duration(char *buf, size_t n, uint64_t ns)
{
	uint64_t s = ns / 1000000000;
	if (s < 60)
		snprintf(buf, n, "%.1f s", ns / 1e9);
	else if (s < 3600)
		snprintf(buf, n, "%llu min %llu s", (unsigned long long)s / 60, (unsigned long long)s % 60);
	else
		snprintf(buf, n, "%llu h %llu min", (unsigned long long)s / 3600, (unsigned long long)s / 60 % 60);
}

void session_format_size(char *buf, size_t n, uint64_t b)
{
	if (b < 1024)
		snprintf(buf, n, "%llu B", (unsigned long long)b);
	else if (b < 1024 * 1024)
		snprintf(buf, n, "%.1f KiB", b / 1024.0);
	else if (b < 1024ull * 1024 * 1024)
		snprintf(buf, n, "%.1f MiB", b / 1048576.0);
	else
		snprintf(buf, n, "%.2f GiB", b / 1073741824.0);
}

uint64_t session_store_size(const char *store)
{
	uint64_t total = 0;
	struct stat st;
	char wal[PATH_MAX + 8];
	if (stat(store, &st) == 0)
		total += (uint64_t)st.st_size;
	snprintf(wal, sizeof(wal), "%s-wal", store);
	if (stat(wal, &st) == 0)
		total += (uint64_t)st.st_size;
	return total;
}

/* ---- what the session counts (a sink after the recorder: it sees what was recorded) ---- */

struct tid_pid {
	int tid, pid;
};

static struct {
	struct sink sink;
	uint64_t syscalls, events, errors;
	uint64_t per_nr[NSYSCALLS + 1];   /* the last slot: numbers without a name */
	struct tid_pid *threads;
	int nthreads, cap;
	uint64_t start_ns;                /* CLOCK_MONOTONIC */
	uint64_t rate_ts[RATE_SAMPLES], rate_n[RATE_SAMPLES];
	unsigned rate_next;
	char reason[256];                 /* why it ends */
	struct ctl_request *stop_req;     /* answered with the summary at the end */
	char *detached;                   /* the processes a stop left running */
	bool ending;
	volatile sig_atomic_t signal_stop;
	char dump_why[128];               /* session_dump_soon(): a copy is due */
	uint64_t dump_due_ns;
	unsigned ndumps;
} ss;

static char *target_list(bool with_comm);

static void end_session(const char *why)
{
	if (ss.ending)
		return;
	ss.ending = true;
	snprintf(ss.reason, sizeof(ss.reason), "%s", why);
	free(ss.detached);
	ss.detached = target_list(true);   /* what the detach leaves running, for the summary */
	pt_request_stop(SIGTERM);
}

static void add_thread(int tid, int pid)
{
	for (int i = 0; i < ss.nthreads; i++)
		if (ss.threads[i].tid == tid) {
			ss.threads[i].pid = pid;
			return;
		}
	if (ss.nthreads == ss.cap) {
		ss.cap = ss.cap ? ss.cap * 2 : 16;
		ss.threads = xrealloc(ss.threads, ss.cap * sizeof(*ss.threads));
	}
	ss.threads[ss.nthreads++] = (struct tid_pid){ tid, pid };
}

static void del_thread(int tid)
{
	for (int i = 0; i < ss.nthreads; i++)
		if (ss.threads[i].tid == tid) {
			ss.threads[i] = ss.threads[--ss.nthreads];
			return;
		}
}

static void count_row(void)
{
	if (S->limits.max_events && ss.syscalls + ss.events >= S->limits.max_events) {
		char why[96];
		snprintf(why, sizeof(why), "--max-events %llu reached", (unsigned long long)S->limits.max_events);
		end_session(why);
	}
}

static void cs_exit(struct sink *s, struct tcb *t, uint64_t ts)
{
	(void)s;
	(void)ts;
	ss.syscalls++;
	ss.errors += t->dc.err != 0;
	ss.per_nr[t->scno >= 0 && t->scno < NSYSCALLS ? t->scno : NSYSCALLS]++;
	count_row();
}

static void cs_unfinished(struct sink *s, struct tcb *t, uint64_t ts, int why)
{
	(void)s;
	(void)t;
	(void)ts;
	(void)why;
	ss.syscalls++;
	count_row();
}

static void cs_raw(struct sink *s, const struct event *ev, uint64_t seq, const struct value *siginfo,
		   const void *cap, size_t caplen)
{
	(void)s;
	(void)seq;
	(void)siginfo;
	(void)cap;
	(void)caplen;
	ss.events++;
	switch (ev->kind) {
	case EV_ATTACH:
		add_thread(ev->tid, ev->pid);
		break;
	case EV_DETACH:
		if (ss.signal_stop && !ss.detached)
			ss.detached = target_list(true);   /* a SIGTERM's detach: what it leaves running */
		del_thread(ev->tid);
		break;
	case EV_EXIT:
		del_thread(ev->tid);
		break;
	case EV_EXEC:
		if (ev->exec.old_tid > 0 && ev->exec.old_tid != ev->tid)
			del_thread(ev->exec.old_tid);   /* it took the leader's tid */
		if (S->command)
			session_ready();   /* the command runs: start may say so */
		break;
	}
	count_row();
}

static const struct sink_ops count_ops = {
	.name = "session",
	.syscall_exit = cs_exit,
	.syscall_unfinished = cs_unfinished,
	.raw_event = cs_raw,
};

/* The traced processes, "1234 5678" (with comm: "1234 (python3), 5678 (sleep)"). */
static char *target_list(bool with_comm)
{
	struct sbuf b = { 0 };
	int *seen = xcalloc(ss.nthreads + 1, sizeof(int));
	int n = 0;
	for (int i = 0; i < ss.nthreads; i++) {
		int pid = ss.threads[i].pid;
		bool dup = false;
		for (int k = 0; k < n && !dup; k++)
			dup = seen[k] == pid;
		if (dup)
			continue;
		seen[n++] = pid;
		if (with_comm) {
			char path[64], comm[64] = "?";
			snprintf(path, sizeof(path), "/proc/%d/comm", pid);
			FILE *f = fopen(path, "re");
			if (f) {
				if (fgets(comm, sizeof(comm), f))
					comm[strcspn(comm, "\n")] = 0;
				fclose(f);
			}
			sbuf_printf(&b, "%s%d (%s)", n > 1 ? ", " : "", pid, comm);
		} else {
			sbuf_printf(&b, "%s%d", n > 1 ? " " : "", pid);
		}
	}
	free(seen);
	sbuf_putc(&b, '\0');
	return b.p;
}

/* ---- the flight recorder saved when something happens ---- */

void session_dump_soon(const char *why)
{
	if (ss.dump_due_ns)
		return;
	snprintf(ss.dump_why, sizeof(ss.dump_why), "%s", why);
	/* the writer commits every 100 ms: what led up to now is in the store by then */
	ss.dump_due_ns = now_mono_ns() + 300000000ull;
}

static void dump_if_due(bool now)
{
	if (!ss.dump_due_ns || (!now && now_mono_ns() < ss.dump_due_ns))
		return;
	ss.dump_due_ns = 0;
	char out[PATH_MAX + 32], err[256];
	snprintf(out, sizeof(out), "%s.ring-%u.db", S->info->store, ++ss.ndumps);
	if (ring_dump(S->info->store, out, err, sizeof(err)))
		fprintf(stderr, "sctrace: %s: the ring's events saved in %s\n", ss.dump_why, out);
	else
		fprintf(stderr, "sctrace: %s: the ring could not be saved: %s\n", ss.dump_why, err);
}

/* ---- the tick: rate and limits ---- */

static double recent_rate(void)
{
	unsigned last = (ss.rate_next + RATE_SAMPLES - 1) % RATE_SAMPLES;
	unsigned first = last;
	/* the oldest sample at most ~5 s back */
	for (unsigned k = 1; k < RATE_SAMPLES; k++) {
		unsigned i = (last + RATE_SAMPLES - k) % RATE_SAMPLES;
		if (!ss.rate_ts[i] || ss.rate_ts[last] - ss.rate_ts[i] > 5500000000ull)
			break;
		first = i;
	}
	uint64_t now = now_mono_ns(), rows = ss.syscalls + ss.events;
	uint64_t t0 = ss.rate_ts[first] ? ss.rate_ts[first] : ss.start_ns;
	uint64_t n0 = ss.rate_ts[first] ? ss.rate_n[first] : 0;
	if (now <= t0)
		return 0;
	return (double)(rows - n0) / ((now - t0) / 1e9);
}

static void tick(void)
{
	uint64_t now = now_mono_ns();
	unsigned last = (ss.rate_next + RATE_SAMPLES - 1) % RATE_SAMPLES;
	if (!ss.rate_ts[last] || now - ss.rate_ts[last] >= 900000000ull) {
		ss.rate_ts[ss.rate_next] = now;
		ss.rate_n[ss.rate_next] = ss.syscalls + ss.events;
		ss.rate_next = (ss.rate_next + 1) % RATE_SAMPLES;
	}
	dump_if_due(false);
	char why[128], a[32];
	if (S->limits.duration_ns && now - ss.start_ns >= S->limits.duration_ns) {
		session_format_duration(a, sizeof(a), S->limits.duration_ns);
		snprintf(why, sizeof(why), "--duration %s reached", a);
		end_session(why);
	}
	if (S->limits.max_size && session_store_size(S->info->store) >= S->limits.max_size) {
		session_format_size(a, sizeof(a), S->limits.max_size);
		snprintf(why, sizeof(why), "--max-size %s reached", a);
		end_session(why);
	}
}

/* ---- requests ---- */

static void answer_status(struct ctl_request *r)
{
	struct sbuf b = { 0 };
	char *targets = target_list(false);
	char *filter = live_filter_text(&S->filter);
	sbuf_printf(&b, "state=%s\n", ss.ending ? "stopping" : "running");
	sbuf_printf(&b, "targets=%s\nthreads=%d\n", targets, ss.nthreads);
	sbuf_printf(&b, "syscalls=%llu\nevents=%llu\nerrors=%llu\nlost=%llu\n", (unsigned long long)ss.syscalls,
		    (unsigned long long)ss.events, (unsigned long long)ss.errors, (unsigned long long)tr.lost);
	sbuf_printf(&b, "rate=%.1f\n", recent_rate());
	sbuf_printf(&b, "uptime_ns=%llu\n", (unsigned long long)(now_mono_ns() - ss.start_ns));
	sbuf_printf(&b, "filter=%s\n", filter);
	sbuf_printf(&b, "max_size=%llu\nmax_events=%llu\nduration_ns=%llu\nring=%llu\n",
		    (unsigned long long)S->limits.max_size, (unsigned long long)S->limits.max_events,
		    (unsigned long long)S->limits.duration_ns, (unsigned long long)S->limits.ring);
	ctl_answer(r, true, b.p);
	free(targets);
	free(filter);
	sbuf_free(&b);
}

static bool parse_pid(const char *s, int *pid)
{
	char *end;
	long v = s ? strtol(s, &end, 10) : 0;
	if (!s || !*s || *end || v <= 0 || v > 0x3fffffff)
		return false;
	*pid = (int)v;
	return true;
}

int session_tracer_of(int pid)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/%d/status", pid);
	FILE *f = fopen(path, "re");
	if (!f)
		return -1;
	int t = 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "TracerPid: %d", &t) == 1)
			break;
	fclose(f);
	return t;
}

static void answer_attach(struct ctl_request *r)
{
	char msg[512];
	int pid;
	if (r->nargs != 1 || !parse_pid(r->args[0], &pid)) {
		ctl_answer(r, false, "attach takes one process id");
		return;
	}
	int by = session_tracer_of(pid);
	if (by < 0) {
		snprintf(msg, sizeof(msg), "no process %d", pid);
	} else if (pt_traces(pid) || by == getpid()) {
		snprintf(msg, sizeof(msg), "process %d is already traced by this session", pid);
	} else if (by > 0) {
		snprintf(msg, sizeof(msg), "process %d is already traced by process %d; detach that tracer first", pid, by);
	} else if (pt_attach(pid) < 0) {
		snprintf(msg, sizeof(msg), "cannot attach to process %d: %s", pid, strerror(errno));
	} else {
		snprintf(msg, sizeof(msg), "attached to process %d\n", pid);
		ctl_answer(r, true, msg);
		return;
	}
	ctl_answer(r, false, msg);
}

static void answer_detach(struct ctl_request *r)
{
	char msg[256];
	int pid;
	if (r->nargs != 1 || !parse_pid(r->args[0], &pid)) {
		ctl_answer(r, false, "detach takes one process id");
		return;
	}
	bool ours = false;
	for (int i = 0; i < ss.nthreads && !ours; i++)
		ours = ss.threads[i].pid == pid;
	if (!ours) {
		snprintf(msg, sizeof(msg), "process %d is not traced by this session", pid);
		ctl_answer(r, false, msg);
		return;
	}
	int n = pt_detach_process(pid);
	bool last = ss.nthreads == 0;
	snprintf(msg, sizeof(msg), "detached from process %d (%d thread%s)%s\n", pid, n, n == 1 ? "" : "s",
		 last ? "; nothing is traced any more: the session ends" : "");
	if (last)
		end_session("its last process was detached");
	ctl_answer(r, true, msg);
}

static void answer_filter(struct ctl_request *r)
{
	char err[512];
	struct live_filter f = { 0 };
	/* start from the current filter: the parts not given stay */
	int n;
	char **cur = live_filter_args(&S->filter, &n);
	live_filter_parse(&f, cur, n, err, sizeof(err));
	for (int i = 0; i < n; i++)
		free(cur[i]);
	free(cur);
	if (!live_filter_parse(&f, r->args, r->nargs, err, sizeof(err)) ||
	    !live_filter_apply(&f, S->cfg, err, sizeof(err))) {
		ctl_answer(r, false, *err ? err : "the filter does not parse (see the session's log)");
		live_filter_free(&f);
		return;
	}
	live_filter_free(&S->filter);
	S->filter = f;
	char *text = live_filter_text(&f);
	store_sink_note_filter(S->recorder, now_mono_ns(), text);
	struct sbuf b = { 0 };
	sbuf_printf(&b, "filter=%s\n", text);
	ctl_answer(r, true, b.p);
	sbuf_free(&b);
	free(text);
}

static void answer_stop(struct ctl_request *r)
{
	char why[96];
	snprintf(why, sizeof(why), "stopped by sctrace stop (uid %u)", (unsigned)r->uid);
	ss.stop_req = r;   /* answered at the end, after the final commit */
	if (ss.ending)
		return;
	end_session(why);
}

static void service(void *ud)
{
	(void)ud;
	tick();
	struct ctl_request *r = ctl_take();
	if (!r)
		return;
	if (!strcmp(r->verb, "status"))
		answer_status(r);
	else if (!strcmp(r->verb, "stop"))
		answer_stop(r);
	else if (!strcmp(r->verb, "attach"))
		answer_attach(r);
	else if (!strcmp(r->verb, "detach"))
		answer_detach(r);
	else if (!strcmp(r->verb, "filter"))
		answer_filter(r);
	else {
		char msg[128];
		snprintf(msg, sizeof(msg), "unknown request '%.64s'", r->verb);
		ctl_answer(r, false, msg);
	}
}

/* ---- signals ---- */

static pid_t tracer_tid;

static void wake(void)
{
	syscall(SYS_tgkill, getpid(), tracer_tid, SIGURG);
}

static void on_wake(int sig)
{
	(void)sig;
	pt_request_service();
}

static void on_stop_signal(int sig)
{
	ss.signal_stop = sig;
	pt_request_stop(sig);
}

static void handle(int sig, void (*fn)(int))
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fn;   /* no SA_RESTART: the loop's wait must return */
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

struct sink *session_begin(struct session_setup *s)
{
	S = s;
	ss.start_ns = now_mono_ns();
	tracer_tid = (pid_t)syscall(SYS_gettid);
	handle(SIGURG, on_wake);
	handle(SIGTERM, on_stop_signal);
	handle(SIGINT, on_stop_signal);
	handle(SIGQUIT, on_stop_signal);
	signal(SIGHUP, SIG_IGN);
	signal(SIGPIPE, SIG_IGN);
	pt_set_service(service);
	s->info->pid = getpid();
	s->info->starttime = registry_proc_starttime(getpid());
	s->info->state = SESSION_RUNNING;
	s->info->started_ns = (int64_t)now_real_ns();
	if (!registry_write(s->info))
		die_errno("cannot write the session's description in %s", s->info->dir);
	ss.sink.ops = &count_ops;
	return &ss.sink;
}

void session_started(void)
{
	/* requests from now on (they waited in the socket's backlog): the tracees are held */
	ctl_serve(S->listen_fd, S->info->uid, S->info->name, wake);
	if (!S->command)
		session_ready();
}

void session_child_setup(void)
{
	static const int sigs[] = { SIGHUP, SIGINT, SIGTERM, SIGQUIT, SIGPIPE, SIGURG };
	for (size_t i = 0; i < ARRAY_SIZE(sigs); i++)
		signal(sigs[i], SIG_DFL);
	int null = open("/dev/null", O_RDONLY);
	if (null >= 0) {
		dup2(null, 0);
		if (null > 0)
			close(null);
	}
	if (S->cmd_fd >= 0) {
		dup2(S->cmd_fd, 1);
		dup2(S->cmd_fd, 2);
	}
}

/* ---- the end ---- */

static char *summary(uint64_t dur)
{
	struct sbuf b = { 0 };
	char d[32], sz[32];
	session_format_duration(d, sizeof(d), dur);
	session_format_size(sz, sizeof(sz), session_store_size(S->info->store));
	sbuf_printf(&b, "session %s ended after %s: %s\n", S->info->name, d, S->info->reason);
	if (ss.detached && *ss.detached)
		sbuf_printf(&b, "  detached from %s: still running\n", ss.detached);
	sbuf_printf(&b, "  recorded %llu syscalls (%llu failed), %llu other events, %llu lost\n",
		    (unsigned long long)ss.syscalls, (unsigned long long)ss.errors, (unsigned long long)ss.events,
		    (unsigned long long)tr.lost);
	/* the busiest syscalls */
	bool used[NSYSCALLS + 1] = { 0 };
	int k;
	for (k = 0; k < 5; k++) {
		int best = -1;
		for (int i = 0; i <= NSYSCALLS; i++)
			if (!used[i] && ss.per_nr[i] && (best < 0 || ss.per_nr[i] > ss.per_nr[best]))
				best = i;
		if (best < 0)
			break;
		used[best] = true;
		const char *name = best < NSYSCALLS && sysent[best].name ? sysent[best].name : "(unnamed)";
		sbuf_printf(&b, "%s%s %llu", k ? ", " : "  most calls: ", name, (unsigned long long)ss.per_nr[best]);
	}
	if (k)
		sbuf_putc(&b, '\n');
	sbuf_printf(&b, "  store: %s (%s); sctrace report %s\n", S->info->store, sz, S->info->store);
	if (*S->info->cmd_output)
		sbuf_printf(&b, "  the command's output: %s\n", S->info->cmd_output);
	return b.p;
}

void session_end(void)
{
	if (!is_ready)
		exit(1);   /* it never ran (the command could not start): undo() cleans up */
	dump_if_due(true);   /* an alert just before the end: the store is complete now */
	uint64_t dur = now_mono_ns() - ss.start_ns;
	if (!ss.ending && ss.signal_stop)
		snprintf(ss.reason, sizeof(ss.reason), "stopped by SIG%s", sigabbrev_np(ss.signal_stop));
	else if (!ss.ending)
		snprintf(ss.reason, sizeof(ss.reason), "nothing left to trace: the traced processes ended");
	snprintf(S->info->reason, sizeof(S->info->reason), "%s", ss.reason);
	S->info->state = SESSION_ENDED;
	S->info->ended_ns = (int64_t)now_real_ns();
	char sock[PATH_MAX];
	registry_file(S->info, "sock", sock, sizeof(sock));
	unlink(sock);
	registry_write(S->info);
	char *text = summary(dur);
	fputs(text, stderr);
	if (ss.stop_req)
		ctl_answer(ss.stop_req, true, text);
	free(text);
	is_ready = true;   /* nothing to undo: the store is complete */
	exit(0);
}
