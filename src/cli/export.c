/*
 * export.c - `sctrace export FILE [-o OUT]`: a recorded trace store as a
 * file for trace viewers, Perfetto's protobuf (the default) or Chrome's
 * trace-event JSON (--format=chrome-json), optionally narrowed to processes,
 * syscalls and a time window.  The walk and the writers are src/analyze/.
 */
#include "cli.h"
#include "perfetto.h"
#include "store.h"
#include "syscalls.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void export_usage(void)
{
	fputs(
"Usage: sctrace export FILE|postgresql://... [-o OUT] [--perfetto | --format=FORMAT] [OPTIONS]\n"
"\n"
"Write the trace recorded in FILE (by sctrace record) for a trace viewer: a\n"
"track per process and thread, a slice per syscall with its arguments, return\n"
"value and errno, instants for signals and exits (docs/EXPORT.md).  Open the\n"
"result in the Perfetto UI (ui.perfetto.dev) or chrome://tracing.\n"
"\n"
"  -o OUT, --output=OUT   the file to write (mode 0600); without -o, standard\n"
"                         output when it is not a terminal\n"
"  --force                replace OUT if it exists\n"
"  --perfetto             Perfetto's protobuf trace format (the default)\n"
"  --format=FORMAT        perfetto, or chrome-json (Chrome's trace-event JSON)\n"
"  -p, --pid=PID[,PID]    only these processes (thread group ids)\n"
"  --syscall=NAME[,NAME]  only these syscalls (signals and exits stay)\n"
"  --since=TIME           only what began TIME or later after the trace started\n"
"  --until=TIME           ... and before TIME; TIME is a number with a unit:\n"
"                         ns, us, ms, s (the default): 1.5, 250ms, 2s\n"
"  --host=H, --trace-id=N of a store holding many traces (PostgreSQL): host H's\n"
"                         latest, or trace N (default: the latest; docs/POSTGRES.md)\n", stdout);
	exit(0);
}

/* ---- the output file: written beside OUT, renamed (or linked) into place at the end ---- */

static char *tmp_path;

static void remove_tmp(void)
{
	if (tmp_path)
		unlink(tmp_path);
}

static void on_signal(int sig)
{
	remove_tmp();
	signal(sig, SIG_DFL);
	raise(sig);
}

static int open_output(const char *out, bool force, const struct stat *input)
{
	struct stat sb;
	if (lstat(out, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			die("%s: is a directory", out);
		if (sb.st_dev == input->st_dev && sb.st_ino == input->st_ino)
			die("%s: is the trace store being exported", out);
		if (!force)
			die("%s: already exists; use --force to replace it (or -o another file)", out);
		if (!S_ISREG(sb.st_mode) && !S_ISLNK(sb.st_mode))
			die("%s: not a regular file; refusing to replace it", out);
	} else if (errno != ENOENT) {
		die_errno("can't create '%s'", out);
	}
	size_t n = strlen(out) + 16;
	tmp_path = xmalloc(n);
	snprintf(tmp_path, n, "%s.XXXXXX", out);
	int fd = mkostemp(tmp_path, O_CLOEXEC);   /* mode 0600: a trace holds arguments and file contents */
	if (fd < 0) {
		free(tmp_path);
		tmp_path = NULL;
		die_errno("can't create '%s'", out);
	}
	atexit(remove_tmp);
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGPIPE };
	for (size_t i = 0; i < ARRAY_SIZE(sigs); i++)
		signal(sigs[i], on_signal);
	return fd;
}

static void finish_output(int fd, const char *out, bool force)
{
	if (close(fd) < 0)
		die_errno("write error on %s", out);
	if (force) {
		if (rename(tmp_path, out) < 0)
			die_errno("can't replace '%s'", out);
	} else {
		/* link, not rename: never replace a file that appeared meanwhile */
		if (link(tmp_path, out) < 0) {
			if (errno == EEXIST)
				die("%s: already exists; use --force to replace it (or -o another file)", out);
			die_errno("can't create '%s'", out);
		}
		unlink(tmp_path);
	}
	free(tmp_path);
	tmp_path = NULL;
}

/* ---- options ---- */

/* "1.5", "250ms", "20us", "7ns", "2s": nanoseconds, or -1 */
static int64_t parse_time(const char *s)
{
	const char *p = s;
	int64_t whole = 0, frac = 0, scale = 1;
	if (*p < '0' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (whole > INT64_MAX / 10 - 10)
			return -1;
		whole = whole * 10 + (*p - '0');
	}
	if (*p == '.') {
		p++;
		if (*p < '0' || *p > '9')
			return -1;
		for (; *p >= '0' && *p <= '9'; p++)
			if (scale < 1000000000) {
				frac = frac * 10 + (*p - '0');
				scale *= 10;
			}
	}
	int64_t unit;
	if (!*p || !strcmp(p, "s"))
		unit = 1000000000;
	else if (!strcmp(p, "ms"))
		unit = 1000000;
	else if (!strcmp(p, "us"))
		unit = 1000;
	else if (!strcmp(p, "ns"))
		unit = 1;
	else
		return -1;
	if (whole > INT64_MAX / unit / 2)
		return -1;
	return whole * unit + frac * unit / scale;
}

static void add_list(char ***list, int *n, const char *arg)
{
	char *copy = xstrdup(arg), *save = NULL;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		*list = xrealloc(*list, (*n + 1) * sizeof(**list));
		(*list)[(*n)++] = xstrdup(tok);
	}
	free(copy);
	if (!*n)
		bad_usage("empty list: '%s'", arg);
}

static void add_pids(int **pids, int *n, const char *arg)
{
	char **list = NULL;
	int k = 0;
	add_list(&list, &k, arg);
	for (int i = 0; i < k; i++) {
		char *end;
		errno = 0;
		long v = strtol(list[i], &end, 10);
		if (errno || *end || v <= 0 || v > INT_MAX)
			bad_usage("Invalid process id: '%s'", list[i]);
		*pids = xrealloc(*pids, (*n + 1) * sizeof(**pids));
		(*pids)[(*n)++] = (int)v;
		free(list[i]);
	}
	free(list);
}

enum { OPT_PERFETTO = 256, OPT_FORMAT, OPT_FORCE, OPT_SYSCALL, OPT_SINCE, OPT_UNTIL, OPT_HOST, OPT_TRACE_ID };

int cmd_export(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		export_usage();
	static const struct option longopts[] = {
		{ "help", no_argument, 0, 'h' },
		{ "output", required_argument, 0, 'o' },
		{ "pid", required_argument, 0, 'p' },
		{ "perfetto", no_argument, 0, OPT_PERFETTO },
		{ "format", required_argument, 0, OPT_FORMAT },
		{ "force", no_argument, 0, OPT_FORCE },
		{ "syscall", required_argument, 0, OPT_SYSCALL },
		{ "since", required_argument, 0, OPT_SINCE },
		{ "until", required_argument, 0, OPT_UNTIL },
		{ "host", required_argument, 0, OPT_HOST },
		{ "trace-id", required_argument, 0, OPT_TRACE_ID },
		{ 0, 0, 0, 0 },
	};
	enum export_format fmt = EXPORT_PERFETTO;
	const char *out = NULL, *host = NULL;
	int64_t trace_id = 0;
	bool force = false;
	struct export_filter f = { 0 };
	int *pids = NULL;
	char **names = NULL;
	int c;
	opterr = 0;
	optind = 0;
	while ((c = getopt_long(argc, argv, "ho:p:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h': export_usage(); break;
		case 'o': out = optarg; break;
		case 'p': add_pids(&pids, &f.npids, optarg); break;
		case OPT_PERFETTO: fmt = EXPORT_PERFETTO; break;
		case OPT_FORMAT:
			if (!strcmp(optarg, "perfetto"))
				fmt = EXPORT_PERFETTO;
			else if (!strcmp(optarg, "chrome-json"))
				fmt = EXPORT_CHROME_JSON;
			else
				bad_usage("invalid --format '%s' (perfetto or chrome-json)", optarg);
			break;
		case OPT_FORCE: force = true; break;
		case OPT_HOST: host = parse_host(optarg); break;
		case OPT_TRACE_ID: trace_id = parse_trace_id(optarg); break;
		case OPT_SYSCALL: {
			int before = f.nsyscalls;
			add_list(&names, &f.nsyscalls, optarg);
			for (int i = before; i < f.nsyscalls; i++)
				if (syscall_by_name(names[i]) < 0 && strncmp(names[i], "syscall_0x", 10))
					bad_usage("invalid system call '%s'", names[i]);
			break;
		}
		case OPT_SINCE:
		case OPT_UNTIL: {
			int64_t t = parse_time(optarg);
			if (t < 0)
				bad_usage(c == OPT_SINCE ? "invalid --since time: '%s' (e.g. 1.5, 250ms, 2s)"
							 : "invalid --until time: '%s' (e.g. 1.5, 250ms, 2s)", optarg);
			if (c == OPT_SINCE)
				f.have_since = true, f.since_ns = t;
			else
				f.have_until = true, f.until_ns = t;
			break;
		}
		case '?':
		default:
			bad_option(argv, (optopt && strchr("op", optopt)) || optopt >= 256);
		}
	}
	if (optind >= argc)
		bad_usage("missing FILE%s", "");
	if (optind + 1 < argc)
		bad_usage("one FILE only (unexpected '%s')", argv[optind + 1]);
	if (f.have_since && f.have_until && f.until_ns <= f.since_ns)
		bad_usage("--until must be later than --since%s", "");
	const char *input = argv[optind];
	f.pids = pids;
	f.syscalls = (const char *const *)names;

	store_select(host, trace_id);
	struct store *st = store_open(input);
	struct stat in = { 0 };   /* a database is no file that -o could name */
	if (!store_is_url(input) && stat(input, &in) < 0)
		die_errno("%s", input);
	int fd = 1;
	const char *outname = "standard output";
	if (out && strcmp(out, "-")) {
		fd = open_output(out, force, &in);
		outname = out;
	} else if (isatty(1)) {
		bad_usage("standard output is a terminal: write the trace with -o OUT%s", "");
	}
	struct export_stats stats;
	export_trace(st, &f, fmt, fd, outname, &stats);
	store_close(st);
	if (fd != 1)
		finish_output(fd, out, force);
	for (int i = 0; i < f.nsyscalls; i++)
		free(names[i]);
	free(names);
	free(pids);
	return 0;
}
