/*
 * start.c - `sctrace start [--name NAME] [-w FILE] [session options]
 * [tracing options] (-- CMD | -p PID[,PID])`: a trace that runs in the
 * background, recording into a trace store, controlled by name with stop,
 * status, attach, detach, filter, log and dump (docs/SESSIONS.md).  This
 * file is the command line; src/session/daemon.c is the tracer it leaves
 * running, src/session/registry.c where it is found.
 */
#include "cli.h"
#include "alert.h"
#include "rules.h"
#include "control.h"
#include "daemon.h"
#include "livefilter.h"
#include "registry.h"
#include "store.h"
#include "tracer.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void start_usage(void)
{
	fputs(
"Usage: sctrace start [--name NAME] [-w FILE] [SESSION OPTIONS] [OPTIONS] -- COMMAND [ARGS...]\n"
"       sctrace start [--name NAME] [-w FILE] [SESSION OPTIONS] [OPTIONS] -p PID[,PID...]\n"
"\n"
"Start a background tracing session: like 'sctrace record', but the trace\n"
"goes on after this command returns and after its terminal closes.  Prints\n"
"the session's name; 'sctrace status', 'stop NAME', 'attach NAME PID',\n"
"'detach NAME PID', 'filter NAME EXPR', 'log NAME' and 'dump NAME' control\n"
"it, and 'sctrace report NAME' (or replay) reads its store while it runs.\n"
"Tracing OPTIONS are record's (-f, -e trace=, -s, -v, -y, -o FILE, ...); the\n"
"ptrace backend.  docs/SESSIONS.md\n"
"\n"
"  --name NAME        the session's name (letters, digits, . _ -; default: the\n"
"                     command's name, or pidPID, made unique with -2, -3, ...)\n"
"  -w FILE            the trace store (default NAME.db here); --force replaces one\n"
"  --cmd-output FILE  where COMMAND's stdout and stderr go (default: the store's\n"
"                     name with .out added, e.g. NAME.db.out); its stdin is /dev/null\n"
"  --max-size SIZE    end the session when the store reaches SIZE (64M, 1G)\n"
"  --max-events N     end it after N recorded events (syscalls and others; 10k, 2M)\n"
"  --duration T       end it after T (90, 30s, 10m, 2h, 1d)\n"
"  --ring N           keep only the most recent N syscalls in the store (a flight\n"
"                     recorder; 'sctrace dump NAME -o FILE' saves a copy of them)\n", stdout);
	exit(0);
}

/* --ring with --alert: a rule that fires saves the flight recorder (docs/SESSIONS.md) */
static void dump_ring_on_alert(const struct alert *a, void *ud)
{
	(void)ud;
	char why[160];
	snprintf(why, sizeof(why), "alert %s", a->rule->name);
	session_dump_soon(why);
}

struct start_opts {
	const char *name, *cmd_output;
	struct session_limits limits;
	bool store_given;
};

static uint64_t parse_count(const char *s, const char *what)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	uint64_t mul = 1;
	if (*end == 'k' || *end == 'K')
		mul = 1000, end++;
	else if (*end == 'm' || *end == 'M')
		mul = 1000000, end++;
	else if (*end == 'g' || *end == 'G')
		mul = 1000000000, end++;
	if (errno || end == s || *end || !isdigit((unsigned char)*s) || !v || v > UINT64_MAX / mul)
		bad_usage(what, s);
	return v * mul;
}

static uint64_t parse_session_duration(const char *s)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	double mul = 1e9;
	if (!strcmp(end, "ms"))
		mul = 1e6;
	else if (!strcmp(end, "s") || !*end)
		mul = 1e9;
	else if (!strcmp(end, "m") || !strcmp(end, "min"))
		mul = 60e9;
	else if (!strcmp(end, "h"))
		mul = 3600e9;
	else if (!strcmp(end, "d"))
		mul = 86400e9;
	else
		end = NULL;
	if (errno || !end || end == s || !isdigit((unsigned char)*s) || v <= 0 || v * mul > 1e19)
		bad_usage("invalid --duration '%s' (90, 30s, 10m, 2h, 1d)", s);
	return (uint64_t)(v * mul);
}

/* Does this session option take the next word? */
static const char *take_value(int argc, char **argv, int *i, const char *opt)
{
	size_t n = strlen(opt);
	if (!strncmp(argv[*i], opt, n) && argv[*i][n] == '=')
		return argv[*i] + n + 1;
	if (strcmp(argv[*i], opt))
		return NULL;
	if (*i + 1 >= argc)
		bad_usage("option %s requires an argument", opt);
	return argv[++*i];
}

/*
 * Take the session's own options out of argv (up to "--"), leaving record's
 * options and the command for options_parse().
 */
static int split_args(int argc, char **argv, struct start_opts *so, char **rest)
{
	int n = 0;
	rest[n++] = argv[0];
	int i;
	for (i = 1; i < argc && strcmp(argv[i], "--"); i++) {
		const char *v;
		if ((v = take_value(argc, argv, &i, "--name")))
			so->name = v;
		else if ((v = take_value(argc, argv, &i, "--cmd-output")))
			so->cmd_output = v;
		else if ((v = take_value(argc, argv, &i, "--max-size")))
			so->limits.max_size = parse_size(v, "--max-size");
		else if ((v = take_value(argc, argv, &i, "--max-events")))
			so->limits.max_events = parse_count(v, "invalid --max-events '%s' (a count such as 5000, 10k, 2M)");
		else if ((v = take_value(argc, argv, &i, "--duration")))
			so->limits.duration_ns = parse_session_duration(v);
		else if ((v = take_value(argc, argv, &i, "--ring")))
			so->limits.ring = parse_count(v, "invalid --ring '%s' (a count of syscalls such as 10000, 100k)");
		else {
			if (!strncmp(argv[i], "-w", 2))
				so->store_given = true;
			rest[n++] = argv[i];
		}
	}
	for (; i < argc; i++)
		rest[n++] = argv[i];
	rest[n] = NULL;
	return n;
}

/* A name for a session started without --name: the command's, or pidPID; unused, with an unused NAME.db. */
static void make_name(const struct options *o, const struct start_opts *so, char *name, size_t size)
{
	char base[SESSION_NAME_MAX - 8];
	if (o->command) {
		char *copy = xstrdup(o->command[0]);
		snprintf(base, sizeof(base), "%s", basename(copy));
		free(copy);
	} else {
		snprintf(base, sizeof(base), "pid%d", o->pids[0]);
	}
	for (char *p = base; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '.' && *p != '_' && *p != '-')
			*p = '_';
	if (!registry_valid_name(base))
		snprintf(base, sizeof(base), "session");
	for (int k = 1; k < 10000; k++) {
		if (k == 1)
			snprintf(name, size, "%s", base);
		else
			snprintf(name, size, "%s-%d", base, k);
		struct session_info s;
		char db[PATH_MAX];
		snprintf(db, sizeof(db), "%s.db", name);
		if (!registry_lookup(name, &s) && (so->store_given || access(db, F_OK) != 0))
			return;
	}
	die("cannot find an unused session name for %s", base);
}

/* path made absolute (the tracer keeps its directory, but status and report run anywhere) */
static void absolute(const char *path, char *out, size_t n)
{
	if (path[0] == '/') {
		snprintf(out, n, "%s", path);
		return;
	}
	char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof(cwd)))
		die_errno("getcwd");
	if ((size_t)snprintf(out, n, "%s/", cwd) + strlen(path) >= n)
		die("%s: path too long", path);
	strcat(out, path);
}

/* Each -p PID exists and is not traced by someone else (the kernel would only say EPERM). */
static void check_pids(const struct options *o)
{
	for (int i = 0; i < o->cfg.npids; i++) {
		int by = session_tracer_of(o->pids[i]);
		if (by < 0)
			die("no process %d", o->pids[i]);
		if (by)
			die("process %d is already traced by process %d; detach that tracer first", o->pids[i], by);
	}
}

/* Bind NAME.sock: the name is ours from here (a socket left by a dead session is replaced). */
static int claim_name(struct session_info *info)
{
	char err[512], sock[PATH_MAX];
	registry_file(info, "sock", sock, sizeof(sock));
	for (int attempt = 0; attempt < 2; attempt++) {
		int fd = ctl_listen(sock, err, sizeof(err));
		if (fd >= 0)
			return fd;
		if (errno != EADDRINUSE)
			die("%s", err);
		struct session_info s;
		if (registry_lookup(info->name, &s) && s.state == SESSION_RUNNING)
			die("session %s is already running (pid %d); choose another --name", info->name, s.pid);
		unlink(sock);   /* stale */
	}
	die("session %s: its socket is in use; choose another --name", info->name);
}

int cmd_start(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		start_usage();
	static struct options opt;
	static struct start_opts so;
	static char **rest;   /* static: options may keep pointers into it until exit */
	rest = xcalloc(argc + 1, sizeof(char *));
	int nrest = split_args(argc, argv, &so, rest);
	options_parse(&opt, MODE_RECORD, nrest, rest);
	if (opt.backend == BACKEND_EBPF || opt.backend == BACKEND_AUTO || opt.system_wide)
		bad_usage("%s", "a session runs on the ptrace backend (attach, detach and live filters need it)");
	if (so.cmd_output && !opt.command)
		bad_usage("%s", "--cmd-output is for a started COMMAND, not with -p");
	if (so.name && !registry_valid_name(so.name))
		bad_usage("invalid session name '%s' (1 to 64 letters, digits, '.', '_' or '-'; not starting with '.' or '-')",
			  so.name);
	opt.seccomp = false;   /* the filter may widen while it runs: stop at every syscall */
	opt.cfg.quiet |= QUIET_ATTACH;   /* nobody reads "Process N attached": the events are in the store */
	check_pids(&opt);

	static struct session_info info;
	char err[512];
	const char *dir = registry_dir(true, err, sizeof(err));
	if (!dir)
		die("%s", err);
	snprintf(info.dir, sizeof(info.dir), "%s", dir);
	if (so.name) {
		struct session_info old;
		if (registry_lookup(so.name, &old)) {
			if (old.state == SESSION_RUNNING)
				die("session %s is already running (pid %d); choose another --name", so.name, old.pid);
			if (strcmp(old.dir, info.dir))
				die("session %s exists in %s; choose another --name", so.name, old.dir);
			registry_remove(&old);   /* ended or dead: the name is free again */
		}
		snprintf(info.name, sizeof(info.name), "%s", so.name);
	} else {
		make_name(&opt, &so, info.name, sizeof(info.name));
	}
	char db[PATH_MAX];
	if (so.store_given)
		snprintf(db, sizeof(db), "%s", opt.store_path);
	else
		snprintf(db, sizeof(db), "%s.db", info.name);
	if (store_is_url(db))   /* PostgreSQL (docs/POSTGRES.md) */
		snprintf(info.store, sizeof(info.store), "%s", db);
	else
		absolute(db, info.store, sizeof(info.store));
	if (so.limits.ring && store_is_url(info.store))
		bad_usage("%s", "--ring trims a SQLite store as it records; a PostgreSQL store keeps everything");
	if (so.limits.max_size && store_is_url(info.store))
		bad_usage("%s", "--max-size measures a SQLite file; with PostgreSQL use --max-events or --duration");
	opt.store_path = info.store;
	if (opt.command) {
		char out[PATH_MAX + 8];
		if (so.cmd_output)
			snprintf(out, sizeof(out), "%s", so.cmd_output);
		else if (store_is_url(info.store))
			snprintf(out, sizeof(out), "%s.out", info.name);
		else
			snprintf(out, sizeof(out), "%s.out", info.store);
		absolute(out, info.cmd_output, sizeof(info.cmd_output));
	}
	info.uid = geteuid();
	snprintf(info.backend, sizeof(info.backend), "ptrace");
	struct sbuf cmd = { 0 };
	if (opt.command) {
		for (int i = 0; opt.command[i]; i++)
			sbuf_printf(&cmd, "%s%s", i ? " " : "", opt.command[i]);
	} else {
		sbuf_puts(&cmd, "-p ");
		for (int i = 0; i < opt.cfg.npids; i++)
			sbuf_printf(&cmd, "%s%d", i ? "," : "", opt.pids[i]);
	}
	sbuf_putc(&cmd, '\0');
	snprintf(info.command, sizeof(info.command), "%s", cmd.p);
	sbuf_free(&cmd);

	static struct session_setup setup;
	setup.info = &info;
	setup.cfg = &opt.cfg;
	setup.limits = so.limits;
	setup.command = opt.command != NULL;
	setup.cmd_fd = -1;
	setup.listen_fd = claim_name(&info);

	session_daemonize(info.name);
	/* the tracer, in the background; its stderr goes to start until it is ready */
	session_undo_on_failure(&info, NULL, NULL);
	char logp[PATH_MAX];
	registry_file(&info, "log", logp, sizeof(logp));
	setup.log_fd = open(logp, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0600);
	if (setup.log_fd < 0)
		die_errno("cannot create %s", logp);
	if (!live_filter_parse(&setup.filter, opt.filter_args, opt.nfilter_args, err, sizeof(err)))
		die("%s", *err ? err : "the filter does not parse");
	struct store *st = store_create(info.store, opt.force);
	session_undo_on_failure(&info, info.store, NULL);
	if (opt.command) {
		setup.cmd_fd = open(info.cmd_output, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0644);
		if (setup.cmd_fd < 0)
			die_errno("cannot create --cmd-output '%s'", info.cmd_output);
		session_undo_on_failure(&info, info.store, info.cmd_output);
	}
	char *filter_text = live_filter_text(&setup.filter);
	tr.real_offset = now_real_ns() - now_mono_ns();
	struct store_session ss = {
		.command = opt.command,
		.pids = opt.pids,
		.npids = opt.cfg.npids,
		.argc = argc - 1,
		.argv = argv + 1,
		.backend = "ptrace",
		.mono_offset = tr.real_offset,
		.cfg = &opt.cfg,
		.live = true,
		.filter = filter_text,
		.ring = so.limits.ring,
	};
	setup.recorder = store_sink_new(st, &ss);
	free(filter_text);
	tracer_add_sink(session_begin(&setup));
	if (so.limits.ring && opt.cfg.alert)
		alert_set_hook(dump_ring_on_alert, NULL);
	const struct trace_hooks hooks = { session_child_setup, session_started };
	run_session_trace(&opt, setup.recorder, &hooks);
	session_end();
}
