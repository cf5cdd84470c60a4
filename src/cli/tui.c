/*
 * tui.c - `sctrace tui [FILE | -p PID | -- CMD]`: a live dashboard, like
 * top, of a trace as it runs.  With -p or -- CMD it traces itself (the
 * normal run_trace() path, feeding the live statistics of live.c instead of
 * text); with FILE it follows a trace store that `sctrace record` is writing
 * (live_store.c).  On a terminal it draws full screens (live_view.c) and
 * reads keys; otherwise it prints plain snapshots, like top's batch mode.
 * The screen is drawn by a thread of its own: the tracer's thread, the one
 * ptrace knows, only traces.
 */
#include "cli.h"
#include "registry.h"
#include "live.h"
#include "live_store.h"
#include "tracer.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

static void tui_usage(void)
{
	fputs(
"Usage: sctrace tui [TUI OPTIONS] FILE|SESSION   (a store being recorded, a session by name)\n"
"       sctrace tui [TUI OPTIONS] [TRACING OPTIONS] -p PID[,PID...]\n"
"       sctrace tui [TUI OPTIONS] [TRACING OPTIONS] -- COMMAND [ARGS...]\n"
"\n"
"A live view of a trace, refreshed while it runs: per syscall its calls, rate,\n"
"errors, p50/p99 latency and time; the busiest files and processes; the latest\n"
"errors.  With -p or COMMAND it traces (tracing options as for sctrace: -f, -e,\n"
"--backend...; ^C or q detaches from -p and leaves the processes running, and\n"
"ends a started COMMAND); with FILE it follows a trace store being written by\n"
"'sctrace record'.  On a terminal: keys c e t l r n sort by calls, errors, time,\n"
"p99, rate, name; / filters (a name, %CLASS, or a list: read,%file); space\n"
"pauses; q quits.  Otherwise (or with --batch) it prints plain snapshots.\n"
"docs/TUI.md.\n"
"\n"
"  -d, --interval=SECONDS  time between refreshes (default 1)\n"
"  -n, --iterations=N      batch: print N snapshots, then stop (default: until\n"
"                          the trace ends, and one more at the end)\n"
"  --batch                 snapshots even on a terminal\n"
"  --sort=KEY              calls (default), errors, time, p99, rate, name\n"
"  --filter=SET            show only these syscalls, as / does\n"
"  --cmd-output=FILE       where COMMAND's stdin/stdout/stderr go on a terminal\n"
"                          (default /dev/null: the screen is the view's);\n"
"                          in batch mode COMMAND keeps sctrace's\n"
"\n"
"The width is the terminal's (COLUMNS when there is none; COLUMNS first in batch\n"
"mode); NO_COLOR turns colours off.\n", stdout);
	exit(0);
}

static struct tui {
	struct live live;
	struct live_view view;
	bool interactive;          /* drawing screens on a terminal (else snapshots) */
	bool color;
	int in_fd;                 /* keys, or -1 */
	double interval;
	long iterations;           /* batch: snapshots to print, 0: until the end */
	char title[256], filter[128], message[160], prompt[128];
	bool prompting;
	const char *cmd_output;
	int cmd_out_fd;
	/* the terminal */
	bool raw;
	struct termios saved;
	int saved_stderr, err_fd;  /* our stderr while the screen is up, shown after */
	int winch[2], wake[2];     /* self-pipes: SIGWINCH, and the trace's end */
	/* between the threads */
	volatile sig_atomic_t ended, user_quit;
	pthread_t main_thread, ui_thread;
	bool ui_running;
	struct live_store *store;  /* FILE: the store followed */
	long shown;
} T = { .in_fd = -1, .interval = 1.0, .cmd_out_fd = -1, .saved_stderr = -1, .err_fd = -1,
	.winch = { -1, -1 }, .wake = { -1, -1 } };

/* ---- the terminal ---- */

static void screen_size(int fd)
{
	struct winsize ws;
	const char *cols = getenv("COLUMNS");
	long c = cols ? strtol(cols, NULL, 10) : 0;
	bool have = ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0;
	if (T.interactive && have) {
		T.view.width = ws.ws_col;
		T.view.height = ws.ws_row;
		return;
	}
	T.view.width = c > 0 ? (int)c : have ? ws.ws_col : 80;
	if (T.view.width < 20)
		T.view.width = 20;
	if (T.interactive) {
		const char *rows = getenv("LINES");
		long r = rows ? strtol(rows, NULL, 10) : 0;
		T.view.height = r > 0 ? (int)r : 24;
	}
	if (T.view.width > 1000)
		T.view.width = 1000;
}


/* Back to the terminal as it was: raw mode off, the normal screen, our stderr and what it got meanwhile. */
static void restore_terminal(void)
{
	if (T.raw) {
		static const char leave[] = "\033[?25h\033[?1049l";
		write_all(1, leave, sizeof(leave) - 1);
		if (T.in_fd >= 0)
			tcsetattr(T.in_fd, TCSAFLUSH, &T.saved);
		T.raw = false;
	}
	if (T.saved_stderr >= 0) {
		dup2(T.saved_stderr, 2);
		close(T.saved_stderr);
		T.saved_stderr = -1;
		char buf[4096];
		ssize_t n;
		lseek(T.err_fd, 0, SEEK_SET);
		while ((n = read(T.err_fd, buf, sizeof(buf))) > 0)
			write_all(2, buf, (size_t)n);
		close(T.err_fd);
		T.err_fd = -1;
	}
}

static void on_winch(int sig)
{
	(void)sig;
	int e = errno;
	if (write(T.winch[1], "w", 1) < 0) {}
	errno = e;
}

static void make_pipe(int p[2])
{
	if (pipe2(p, O_CLOEXEC | O_NONBLOCK) < 0)
		die_errno("pipe");
}

static void enter_terminal(void)
{
	make_pipe(T.winch);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_winch;
	sa.sa_flags = SA_RESTART;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGWINCH, &sa, NULL);
	/* what we print while the screen is up waits in memory, and is shown after */
	T.err_fd = memfd_create("sctrace-tui-stderr", MFD_CLOEXEC);
	if (T.err_fd >= 0) {
		T.saved_stderr = fcntl(2, F_DUPFD_CLOEXEC, 3);
		dup2(T.err_fd, 2);
	}
	atexit(restore_terminal);
	T.in_fd = isatty(0) ? 0 : open("/dev/tty", O_RDONLY | O_CLOEXEC);
	if (T.in_fd >= 0 && tcgetattr(T.in_fd, &T.saved) == 0) {
		struct termios t = T.saved;
		t.c_lflag &= ~(ICANON | ECHO | ISIG | IEXTEN);
		t.c_iflag &= ~(IXON | ICRNL);
		t.c_cc[VMIN] = 1;
		t.c_cc[VTIME] = 0;
		tcsetattr(T.in_fd, TCSAFLUSH, &t);
	} else if (T.in_fd >= 0) {
		close(T.in_fd);
		T.in_fd = -1;
	}
	T.raw = true;
	static const char enter[] = "\033[?1049h\033[?25l\033[H\033[2J";
	write_all(1, enter, sizeof(enter) - 1);
}

/* ---- drawing ---- */

struct screen_buf {
	struct sbuf b;
	int n;
};

static void emit_screen(void *ud, enum live_style style, const char *text, size_t len)
{
	struct screen_buf *f = ud;
	static const char *const sgr[] = {
		[LS_TITLE] = "\033[7m", [LS_HEADER] = "\033[1m", [LS_TEXT] = "",
		[LS_ERROR] = "\033[31m", [LS_HELP] = "\033[7m",
	};
	if (f->n++)
		sbuf_puts(&f->b, "\r\n");
	bool styled = T.color && *sgr[style];
	if (styled)
		sbuf_puts(&f->b, sgr[style]);
	sbuf_putn(&f->b, text, len);
	if (styled)
		sbuf_puts(&f->b, "\033[0m");
	sbuf_puts(&f->b, "\033[K");
}

static void emit_plain(void *ud, enum live_style style, const char *text, size_t len)
{
	(void)style;
	struct screen_buf *f = ud;
	sbuf_putn(&f->b, text, len);
	sbuf_putc(&f->b, '\n');
}

/* A screen (or a snapshot); tick: a refresh, whose rates cover the time since the last one. */
static void draw(bool tick)
{
	struct screen_buf f = { { 0 }, 0 };
	if (tick)
		live_tick(&T.live, now_mono_ns());
	snprintf(T.view.filter, sizeof(T.view.filter), "%s", T.filter);
	T.view.prompt = T.prompting ? T.prompt : NULL;
	T.view.message = T.message[0] ? T.message : NULL;
	if (T.interactive) {
		sbuf_puts(&f.b, "\033[H");
		live_render(&T.live, &T.view, emit_screen, &f);
		sbuf_puts(&f.b, "\033[J");
	} else {
		if (T.shown)
			sbuf_putc(&f.b, '\n');
		live_render(&T.live, &T.view, emit_plain, &f);
	}
	write_all(1, f.b.p, f.b.len);
	sbuf_free(&f.b);
	T.shown++;
}

/* ---- keys ---- */

static void request_quit(void)
{
	T.user_quit = 1;
	if (!T.store && !T.ended)
		pthread_kill(T.main_thread, SIGINT);   /* the tracer's thread detaches, as on ^C */
}

static void key(unsigned char k)
{
	if (T.prompting) {
		size_t n = strlen(T.prompt);
		if (k == 0x1b) {
			T.prompting = false;
		} else if (k == '\r' || k == '\n') {
			T.prompting = false;
			if (live_filter_ok(T.prompt, T.message, sizeof(T.message)))
				snprintf(T.filter, sizeof(T.filter), "%s", T.prompt);
		} else if ((k == 0x7f || k == 0x08) && n) {
			T.prompt[n - 1] = '\0';
		} else if (k >= 0x20 && k < 0x7f && n + 1 < sizeof(T.prompt)) {
			T.prompt[n] = (char)k;
			T.prompt[n + 1] = '\0';
		}
		return;
	}
	T.message[0] = '\0';
	static const char sorts[] = "cetlrn";   /* in enum live_sort's order */
	const char *s = k ? strchr(sorts, k) : NULL;
	if (s)
		T.view.sort = (enum live_sort)(s - sorts);
	else if (k == 's')
		T.view.sort = (enum live_sort)((T.view.sort + 1) % LSORT_N);
	else if (k == ' ' || k == 'p')
		T.view.paused = !T.view.paused;
	else if (k == '/') {
		T.prompting = true;
		snprintf(T.prompt, sizeof(T.prompt), "%s", T.filter);
	} else if (k == 'q' || k == 'Q' || k == 3)
		request_quit();
}

static void drain(int fd)
{
	char buf[64];
	while (fd >= 0 && read(fd, buf, sizeof(buf)) > 0)
		;
}

/* ---- the loop: refresh, keys, resizes, the end ---- */

static void ui_loop(void)
{
	uint64_t next = now_mono_ns() + (uint64_t)(T.interval * 1e9);
	if (T.interactive)
		draw(false);
	for (;;) {
		if (T.store && live_store_poll(T.store, &T.live))
			T.ended = 1;
		if (T.user_quit)
			return;
		uint64_t now = now_mono_ns();
		if (!T.interactive && T.ended) {
			if (!T.iterations || T.shown < T.iterations)
				draw(true);   /* the last snapshot: everything */
			return;
		}
		if (now >= next) {
			if (T.interactive && !T.view.paused)
				draw(true);
			else if (!T.interactive) {
				draw(true);
				if (T.iterations && T.shown >= T.iterations) {
					request_quit();
					return;
				}
			}
			next = now + (uint64_t)(T.interval * 1e9);
			continue;
		}
		struct pollfd p[3] = {
			{ .fd = T.in_fd, .events = POLLIN },
			{ .fd = T.winch[0], .events = POLLIN },
			{ .fd = T.wake[0], .events = POLLIN },
		};
		int ms = (int)((next - now) / 1000000) + 1;
		if (T.store && ms > 100)
			ms = 100;   /* the store is polled ten times a second */
		if (poll(p, 3, ms) <= 0)
			continue;
		bool redraw = false;
		if (p[0].revents & POLLIN) {
			unsigned char buf[64];
			ssize_t n = read(T.in_fd, buf, sizeof(buf));
			for (ssize_t i = 0; i < n; i++)
				key(buf[i]);
			if (n == 0) {   /* the terminal went away */
				close(T.in_fd);
				T.in_fd = -1;
			}
			redraw = n > 0;
		} else if (p[0].revents & (POLLHUP | POLLERR)) {
			T.in_fd = -1;
		}
		if (p[1].revents & POLLIN) {
			drain(T.winch[0]);
			screen_size(1);
			redraw = true;
		}
		if (p[2].revents & POLLIN) {
			drain(T.wake[0]);
			redraw = true;
		}
		if (redraw && T.interactive && !T.user_quit)
			draw(false);
	}
}

static void *ui_thread(void *arg)
{
	(void)arg;
	/* signals for sctrace go to the tracer's thread (its handlers detach) */
	sigset_t set;
	sigfillset(&set);
	sigdelset(&set, SIGWINCH);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	ui_loop();
	return NULL;
}

/* run_trace() is over (sig: the signal that stopped it, 0 if the trace ended by itself). */
static void trace_done(int sig)
{
	if (T.ui_running) {
		pthread_mutex_lock(&T.live.lock);
		T.live.ended = true;
		if (tr.exit_status != -1 && WIFEXITED(tr.exit_status))
			snprintf(T.live.state, sizeof(T.live.state), "exited with %d", WEXITSTATUS(tr.exit_status));
		else if (tr.exit_status != -1 && WIFSIGNALED(tr.exit_status))
			snprintf(T.live.state, sizeof(T.live.state), "killed by SIG%s", sigabbrev_np(WTERMSIG(tr.exit_status)));
		else
			snprintf(T.live.state, sizeof(T.live.state), "%s", sig ? "detached" : "ended");
		pthread_mutex_unlock(&T.live.lock);
		T.ended = 1;
		if (sig && !T.user_quit)
			T.user_quit = 1;   /* killed from outside: no waiting for q */
		if (write(T.wake[1], "e", 1) < 0) {}
		pthread_join(T.ui_thread, NULL);
		T.ui_running = false;
	}
	restore_terminal();
	if (sig && T.user_quit && sig == SIGINT) {   /* q, ^C, or the last snapshot: as strace's ^C */
		if (tr.child_pid > 0 && tr.exit_status == -1)
			kill(tr.child_pid, SIGINT);
		exit(0);
	}
}

/* In the started command: its stdio away from the screen. */
static void command_stdio(void)
{
	int null = open("/dev/null", O_RDONLY);
	if (null >= 0) {
		dup2(null, 0);
		close(null);
	}
	dup2(T.cmd_out_fd, 1);
	dup2(T.cmd_out_fd, 2);
}

/* FILE: a signal ends the view (the terminal is put back first). */
static volatile sig_atomic_t stopped_by;

static void on_stop(int sig)
{
	stopped_by = sig;
	T.user_quit = 1;
	if (write(T.wake[1], "s", 1) < 0) {}
}

/* ---- arguments ---- */

/*
 * What `sctrace tui NAME` looks at: a trace store FILE (sessions will
 * resolve here too).  One error if it is none.
 */
/* FILE as given, else the store of the session called FILE (sctrace start). */
static const char *resolve_target(const char *arg)
{
	struct stat st;
	const char *path = registry_store_path(arg, NULL);
	if (stat(path, &st) == 0)
		return path;
	die("tui: %s: no such trace store or session (sctrace record -w FILE or sctrace start writes one)", arg);
}

static double parse_interval(const char *s)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || end == s || *end || !(v >= 0.1 && v <= 3600))
		bad_usage("invalid interval '%s' (seconds, 0.1 to 3600)", s);
	return v;
}

static long parse_iterations(const char *s)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 1 || v > 1000000000)
		bad_usage("invalid number of iterations '%s'", s);
	return v;
}

static void set_sort(const char *s)
{
	for (int i = 0; i < LSORT_N; i++)
		if (!strcmp(s, live_sort_names[i])) {
			T.view.sort = (enum live_sort)i;
			return;
		}
	bad_usage("invalid --sort '%s' (calls, errors, time, p99, rate, name)", s);
}

/* A tui option at argv[*i] ("-d S", "--interval=S"...): consumed; false if it is not one. */
static bool tui_option(int argc, char **argv, int *i, bool *batch)
{
	static const struct { const char *shortname, *longname; int what; } opts[] = {
		{ "-d", "--interval", 'd' }, { "-n", "--iterations", 'n' }, { NULL, "--sort", 's' },
		{ NULL, "--filter", 'F' }, { NULL, "--cmd-output", 'o' }, { NULL, "--batch", 'b' },
	};
	const char *a = argv[*i], *val = NULL;
	int what = 0;
	for (size_t k = 0; k < ARRAY_SIZE(opts) && !what; k++) {
		size_t n = strlen(opts[k].longname);
		if (opts[k].shortname && !strcmp(a, opts[k].shortname))
			what = opts[k].what;
		else if (!strcmp(a, opts[k].longname))
			what = opts[k].what;
		else if (!strncmp(a, opts[k].longname, n) && a[n] == '=' && opts[k].what != 'b') {
			what = opts[k].what;
			val = a + n + 1;
		} else if (opts[k].shortname && !strncmp(a, opts[k].shortname, 2) && a[2] && opts[k].what != 'b') {
			what = opts[k].what;   /* -n5, -d0.5 */
			val = a + 2;
		}
	}
	if (!what)
		return false;
	if (what == 'b') {
		*batch = true;
		return true;
	}
	if (!val) {
		if (*i + 1 >= argc)
			bad_usage("option %s requires an argument", a);
		val = argv[++*i];
	}
	switch (what) {
	case 'd': T.interval = parse_interval(val); break;
	case 'n': T.iterations = parse_iterations(val); break;
	case 's': set_sort(val); break;
	case 'F':
		if (!live_filter_ok(val, T.message, sizeof(T.message)))
			bad_usage("invalid --filter: %s", T.message);
		snprintf(T.filter, sizeof(T.filter), "%s", val);
		T.message[0] = '\0';
		break;
	case 'o': T.cmd_output = val; break;
	}
	return true;
}

static void title_from(struct options *o)
{
	size_t n = 0;
	if (o->command) {
		for (char **a = o->command; *a && n + 2 < sizeof(T.title); a++)
			n += (size_t)snprintf(T.title + n, sizeof(T.title) - n, "%s%s", n ? " " : "", *a);
	} else {
		n = (size_t)snprintf(T.title, sizeof(T.title), "pid");
		for (int i = 0; i < o->cfg.npids && n + 2 < sizeof(T.title); i++)
			n += (size_t)snprintf(T.title + n, sizeof(T.title) - n, "%s%d", i ? "," : " ", o->pids[i]);
	}
}

int cmd_tui(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		tui_usage();
	/* our own options out; the rest is a tracing command line, or FILE */
	char **rest = xcalloc(argc + 1, sizeof(char *));
	int nrest = 0, ntracing = 0;
	const char *file = NULL;
	bool batch = false;
	rest[nrest++] = argv[0];
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--")) {
			while (i < argc)
				rest[nrest++] = argv[i++];
			ntracing++;
			break;
		}
		if (tui_option(argc, argv, &i, &batch))
			continue;
		if (argv[i][0] != '-' && !file) {
			file = argv[i];
			continue;
		}
		if (argv[i][0] != '-')
			bad_usage("unexpected argument '%s' (one FILE, or -p PID, or -- COMMAND)", argv[i]);
		ntracing++;
		rest[nrest++] = argv[i];
		if (option_takes_value(argv[i]) && i + 1 < argc)   /* its value is never FILE */
			rest[nrest++] = argv[++i];
	}
	T.interactive = isatty(1) && !batch;
	const char *nc = getenv("NO_COLOR");
	T.color = T.interactive && !(nc && *nc);
	T.main_thread = pthread_self();
	screen_size(1);
	make_pipe(T.wake);

	if (file) {
		if (ntracing)
			bad_usage("%s", "FILE is followed as recorded: tracing options go with -p PID or -- COMMAND");
		const char *path = resolve_target(file);
		live_init(&T.live, false);
		T.store = live_store_open(path);
		snprintf(T.title, sizeof(T.title), "%s", path);
		T.view.title = T.title;
		static const int stops[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
		struct sigaction sa;
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_stop;
		sigemptyset(&sa.sa_mask);
		for (size_t i = 0; i < ARRAY_SIZE(stops); i++)
			sigaction(stops[i], &sa, NULL);
		if (T.interactive)
			enter_terminal();
		ui_loop();
		restore_terminal();
		live_store_close(T.store);
		free(rest);
		if (stopped_by) {
			signal(stopped_by, SIG_DFL);
			raise(stopped_by);
		}
		return 0;
	}

	static struct options opt;
	if (nrest == 1)
		bad_usage("%s", "what to watch: FILE, -p PID or -- COMMAND");
	options_parse(&opt, MODE_TRACE, nrest, rest);
	/* the view is the output: no text, no JSON, no table */
	opt.cfg.text = opt.cfg.json = false;
	opt.cfg.count = 0;
	opt.cfg.outfile = NULL;
	opt.cfg.output_separately = false;
	if (!opt.decode_fds_given)
		opt.cfg.dec.decode_fds = FD_PATH;   /* the files table names descriptors */
	title_from(&opt);
	T.view.title = T.title;
	live_init(&T.live, true);
	opt.extra_sink = live_sink_new(&T.live);
	if (T.interactive && opt.command) {
		const char *out = T.cmd_output ? T.cmd_output : "/dev/null";
		T.cmd_out_fd = open(out, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
		if (T.cmd_out_fd < 0)
			die_errno("tui: --cmd-output %s", out);
		opt.child_setup = command_stdio;
	} else if (T.cmd_output)
		bad_usage("%s", "--cmd-output is for COMMAND on a terminal (in batch mode COMMAND keeps sctrace's stdio)");
	run_trace_done = trace_done;
	if (T.interactive)
		enter_terminal();
	if (pthread_create(&T.ui_thread, NULL, ui_thread, NULL))
		die("tui: cannot start the view's thread");
	T.ui_running = true;
	int rc = run_trace(&opt, NULL);
	free(rest);
	return rc;
}
