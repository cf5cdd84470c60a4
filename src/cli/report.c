/*
 * report.c - `sctrace report FILE [options]`: the command line of the report
 * (sections, sort key, filters, limits, terminal width and colour), then
 * src/analyze/report.c builds the answers from the store and report_text.c
 * or report_json.c prints them (--html OUT: html.c writes a page instead).
 * docs/REPORT.md is the manual.
 */
#include "cli.h"
#include "html.h"
#include "report.h"
#include "registry.h"
#include "store.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void report_usage(void)
{
	fputs(
"Usage: sctrace report FILE|SESSION|postgresql://... [OPTIONS]\n"
"\n"
"Answers from a trace recorded by 'sctrace record': a summary, syscalls with\n"
"exact latency percentiles, errors with the paths that failed, the process\n"
"tree, files and network endpoints with bytes moved, and the slowest calls.\n"
"\n"
"  --section=LIST    summary,syscalls,errors,processes,files,network,slow (default: all)\n"
"  --sort=KEY        syscalls by time (default), calls, errors, avg, p50, p95, p99, max, name\n"
"  --top N           rows per section (default 10, processes 20; 0: all)\n"
"  --histogram[=NAME,...]  latency histograms (log2 buckets) of the top syscalls, or these\n"
"  --pid PID[,PID]   only these processes and their descendants\n"
"  --syscall NAME[,NAME]   only these syscalls\n"
"  --since T, --until T    only calls that started in this window; T is seconds from\n"
"                    the start of the trace (1.5), or with a unit: 250ms, 40us, 900ns, 2s\n"
"  --json            one JSON document instead of text (docs/REPORT.md)\n"
"  --width N         fit lines to N columns (default: $COLUMNS, the terminal, or 80)\n"
"  --no-color        no colour (also when NO_COLOR is set or stdout is not a terminal)\n"
"  --html OUT [--force]    write a self-contained HTML page instead (docs/HTML.md)\n"
"  --host H          of a store holding many traces (PostgreSQL): host H's latest\n"
"  --trace-id N      ... or trace N (default: the latest trace; docs/POSTGRES.md)\n", stdout);
	exit(0);
}

static const char *const section_names[] = {
	"summary", "syscalls", "errors", "processes", "files", "network", "slow",
};

static unsigned parse_sections(const char *list)
{
	unsigned mask = 0;
	char *copy = xstrdup(list), *save = NULL;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		unsigned bit = 0;
		if (!strcmp(t, "all"))
			bit = RSEC_ALL;
		for (size_t i = 0; i < ARRAY_SIZE(section_names); i++)
			if (!strcmp(t, section_names[i]))
				bit = 1u << i;
		if (!bit)
			bad_usage("unknown section '%s' (summary, syscalls, errors, processes, files, network, slow)", t);
		mask |= bit;
	}
	free(copy);
	if (!mask)
		bad_usage("--section needs a list of sections%s", "");
	return mask;
}

static enum rep_sort parse_sort(const char *s)
{
	static const struct { const char *name; enum rep_sort key; } keys[] = {
		{ "time", RS_TIME }, { "total-time", RS_TIME }, { "calls", RS_CALLS },
		{ "count", RS_CALLS }, { "errors", RS_ERRORS }, { "error", RS_ERRORS },
		{ "avg", RS_AVG }, { "avg-time", RS_AVG }, { "p50", RS_P50 }, { "p95", RS_P95 },
		{ "p99", RS_P99 }, { "max", RS_MAX }, { "max-time", RS_MAX }, { "longest", RS_MAX },
		{ "name", RS_NAME }, { "syscall", RS_NAME },
	};
	for (size_t i = 0; i < ARRAY_SIZE(keys); i++)
		if (!strcmp(s, keys[i].name))
			return keys[i].key;
	bad_usage("invalid --sort key '%s' (time, calls, errors, avg, p50, p95, p99, max, name)", s);
}

/* "1.5" seconds, or a number with s, ms, us or ns */
static int64_t parse_time(const char *opt, const char *s)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	double scale = 1e9;
	if (end == s || errno || !(v >= 0) || v > 1e300)
		goto bad;
	if (!strcmp(end, "ms"))
		scale = 1e6;
	else if (!strcmp(end, "us"))
		scale = 1e3;
	else if (!strcmp(end, "ns"))
		scale = 1;
	else if (*end && strcmp(end, "s"))
		goto bad;
	if (v * scale > 9e18)
		goto bad;
	return (int64_t)(v * scale + 0.5);
bad:;
	char msg[160];
	snprintf(msg, sizeof(msg), "invalid %s time '%%s' (seconds, or with a unit: 1.5, 250ms, 40us)", opt);
	bad_usage(msg, s);
}

static long parse_count(const char *opt, const char *s, long min, long max)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < min || v > max) {
		char msg[96];
		snprintf(msg, sizeof(msg), "invalid %s value '%%s'", opt);
		bad_usage(msg, s);
	}
	return v;
}

/* a,b,c appended to a list of strings */
static void split_names(const char *list, char ***v, size_t *n)
{
	char *copy = xstrdup(list), *save = NULL;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		*v = xrealloc(*v, (*n + 1) * sizeof(**v));
		(*v)[(*n)++] = xstrdup(t);
	}
	free(copy);
}

enum { OPT_SECTION = 256, OPT_SORT, OPT_JSON, OPT_PID, OPT_SYSCALL, OPT_SINCE, OPT_UNTIL, OPT_TOP,
       OPT_HISTOGRAM, OPT_NO_COLOR, OPT_WIDTH, OPT_HTML, OPT_FORCE, OPT_HOST, OPT_TRACE_ID };

int cmd_report(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "section", required_argument, 0, OPT_SECTION },
		{ "sections", required_argument, 0, OPT_SECTION },
		{ "sort", required_argument, 0, OPT_SORT },
		{ "json", no_argument, 0, OPT_JSON },
		{ "pid", required_argument, 0, OPT_PID },
		{ "syscall", required_argument, 0, OPT_SYSCALL },
		{ "since", required_argument, 0, OPT_SINCE },
		{ "until", required_argument, 0, OPT_UNTIL },
		{ "top", required_argument, 0, OPT_TOP },
		{ "histogram", optional_argument, 0, OPT_HISTOGRAM },
		{ "no-color", no_argument, 0, OPT_NO_COLOR },
		{ "no-colour", no_argument, 0, OPT_NO_COLOR },
		{ "width", required_argument, 0, OPT_WIDTH },
		{ "html", required_argument, 0, OPT_HTML },
		{ "force", no_argument, 0, OPT_FORCE },
		{ "host", required_argument, 0, OPT_HOST },
		{ "trace-id", required_argument, 0, OPT_TRACE_ID },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 },
	};
	struct report_opts o = { .sections = RSEC_ALL, .since_ns = -1, .until_ns = -1, .top = -1 };
	bool no_color = false, force = false;
	const char *html = NULL, *host = NULL;
	int64_t trace_id = 0;
	long width = 0;
	char **pidstrs = NULL;
	size_t npidstrs = 0;
	opterr = 0;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_SECTION: o.sections = parse_sections(optarg); break;
		case OPT_SORT: o.sort = parse_sort(optarg); o.sort_given = true; break;
		case OPT_JSON: o.json = true; break;
		case OPT_PID: split_names(optarg, &pidstrs, &npidstrs); break;
		case OPT_SYSCALL: split_names(optarg, &o.syscalls, &o.nsyscalls); break;
		case OPT_SINCE: o.since_ns = parse_time("--since", optarg); break;
		case OPT_UNTIL: o.until_ns = parse_time("--until", optarg); break;
		case OPT_TOP: o.top = parse_count("--top", optarg, 0, 1000000000); break;
		case OPT_HISTOGRAM:
			o.histogram = true;
			if (optarg)
				split_names(optarg, &o.hist_names, &o.nhist);
			break;
		case OPT_NO_COLOR: no_color = true; break;
		case OPT_WIDTH: width = parse_count("--width", optarg, 20, 100000); break;
		case OPT_HTML: html = optarg; break;
		case OPT_FORCE: force = true; break;
		case OPT_HOST: host = parse_host(optarg); break;
		case OPT_TRACE_ID: trace_id = parse_trace_id(optarg); break;
		case 'h': report_usage(); break;
		case '?':
			bad_getopt(argv);
		}
	}
	if (optind >= argc)
		bad_usage("missing FILE%s", "");
	if (optind + 1 < argc)
		bad_usage(o.histogram && !o.nhist ? "unexpected argument '%s' (one FILE; names go after "
			  "--histogram=)" : "unexpected argument '%s' (one FILE)", argv[optind + 1]);
	const char *file = registry_store_path(argv[optind], &o.live);   /* a FILE, or a session's NAME */
	if (force && !html)
		bad_usage("--force is for --html OUT (it replaces an existing page)%s", "");
	store_select(host, trace_id);
	if (html) {
		html_report_write(file, html, force);
		return 0;
	}
	if (o.since_ns >= 0 && o.until_ns >= 0 && o.until_ns <= o.since_ns)
		bad_usage("--until must be later than --since%s", "");
	for (size_t i = 0; i < npidstrs; i++) {
		o.pids = xrealloc(o.pids, (o.npids + 1) * sizeof(*o.pids));
		o.pids[o.npids++] = (int)parse_count("--pid", pidstrs[i], 1, 1 << 30);
		free(pidstrs[i]);
	}
	free(pidstrs);
	const char *nc = getenv("NO_COLOR");
	o.color = !o.json && !no_color && !(nc && *nc) && isatty(1);
	o.width = width ? (size_t)width : terminal_width();
	if (o.width < 20)
		o.width = 20;
	o.progress = isatty(2);

	/* opening checks the whole file (quick_check): say so when that takes a while */
	struct stat sb;
	bool big = o.progress && stat(file, &sb) == 0 && sb.st_size > (256 << 20);
	if (big)
		fprintf(stderr, "sctrace report: checking %s (%lld MiB) ...\r", file, (long long)(sb.st_size >> 20));
	struct store *st = store_open(file);
	if (big)
		fputs("\r\033[K", stderr);
	struct report *r = report_build(st, st->path, &o);   /* a URL without its password */
	if (o.json)
		report_json(r, stdout);
	else
		report_text(r, stdout);
	report_free(r);
	store_close(st);
	for (size_t i = 0; i < o.nsyscalls; i++)
		free(o.syscalls[i]);
	free(o.syscalls);
	for (size_t i = 0; i < o.nhist; i++)
		free(o.hist_names[i]);
	free(o.hist_names);
	free(o.pids);
	if (fflush(stdout) != 0 || ferror(stdout))
		die_errno("writing the report");
	return 0;
}
