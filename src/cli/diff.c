/*
 * diff.c - `sctrace diff A B` and `sctrace diff --baseline BASE... NEW`: the
 * command line of the behavioural diff and of anomaly scoring (parameters,
 * --json, --fail-on, width and colour); src/analyze/bdiff.c and anomaly.c
 * do the work.  docs/DIFF.md is the manual.
 */
#include "cli.h"
#include "bdiff.h"

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void diff_usage(void)
{
	fputs(
"Usage: sctrace diff [OPTIONS] A B\n"
"       sctrace diff --baseline BASE [BASE...] NEW [OPTIONS]\n"
"\n"
"What one recorded run did that another did not: processes (by command line),\n"
"executed programs, files read/written/created/deleted, network endpoints,\n"
"syscalls used in one run only, new errors (syscall, errno, path), call counts,\n"
"and latencies that moved (Mann-Whitney U test).  Temporary names, pids, inode\n"
"numbers, timestamps and ephemeral ports are normalised first (docs/DIFF.md).\n"
"With --baseline: learn each program's syscall sequences (n-grams), counts,\n"
"latencies, files and endpoints from the BASE traces and score NEW against them.\n"
"\n"
"  --json              one JSON document instead of text\n"
"  --all               counts and latencies of every syscall, not only changes\n"
"  --fail-on=LIST      exit 1 when one of these is found: new-process, new-exec,\n"
"                      new-file, new-endpoint, new-syscall, new-error, count,\n"
"                      latency, gone, any; with --baseline also anomaly,\n"
"                      sequence, rate\n"
"  --alpha P           latency: significance level (default 0.01)\n"
"  --min-effect D      latency: least |Cliff's delta| (default 0.474)\n"
"  --min-ratio R       latency: medians apart by this factor (default 2)\n"
"  --min-samples N     latency: calls needed on each side (default 20)\n"
"  --count-pct PCT     counts: least change, percent of the larger (default 50)\n"
"  --count-min N       counts: least change in calls (default 10)\n"
"  --baseline          the arguments are BASE... NEW (at least one BASE)\n"
"  --ngram N           sequence window length (default 6; repeats count once)\n"
"  --frame N           locality frame, in windows (default 20)\n"
"  --threshold N       anomalous: N unseen windows in one frame (default: n + 4)\n"
"  --rate-tol F        counts beyond the baselines' range by this fraction (0.5)\n"
"  --latency-tol F     p50/p95 beyond the baselines' range by this fraction (2)\n"
"  --show N            unseen windows listed per process in the text (default 5)\n"
"  --width N           fit lines to N columns ($COLUMNS, or the terminal, or 80)\n"
"  --no-color          no colour (nor with NO_COLOR set or stdout not a terminal)\n"
"\n"
"Exit status: 0, or 1 when --fail-on matched (as diff(1) exits 1 on differences);\n"
"1 also for bad input, with one 'sctrace:' line.\n", stdout);
	exit(0);
}

static double parse_num(const char *opt, const char *s, double min, double max)
{
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (end == s || *end || errno || !(v >= min) || !(v <= max)) {
		char msg[128];
		snprintf(msg, sizeof(msg), "invalid %s value '%%s' (%g to %g)", opt, min, max);
		bad_usage(msg, s);
	}
	return v;
}

static const struct { const char *name; unsigned bit; bool baseline_only; } fail_names[] = {
	{ "new-process", FAIL_NEW_PROCESS, false }, { "new-exec", FAIL_NEW_EXEC, false },
	{ "new-file", FAIL_NEW_FILE, false }, { "new-endpoint", FAIL_NEW_ENDPOINT, false },
	{ "new-syscall", FAIL_NEW_SYSCALL, false }, { "new-error", FAIL_NEW_ERROR, false },
	{ "count", FAIL_COUNT, false }, { "latency", FAIL_LATENCY, false }, { "gone", FAIL_GONE, false },
	{ "anomaly", FAIL_ANOMALY, true }, { "sequence", FAIL_SEQUENCE, true }, { "rate", FAIL_RATE, true },
	{ "any", FAIL_ANY, false },
};

static unsigned parse_fail_on(const char *list, bool baseline)
{
	unsigned mask = 0;
	char *copy = xstrdup(list), *save = NULL;
	for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
		size_t i;
		for (i = 0; i < ARRAY_SIZE(fail_names); i++)
			if (!strcmp(t, fail_names[i].name))
				break;
		if (i == ARRAY_SIZE(fail_names))
			bad_usage("unknown --fail-on class '%s' (new-process, new-exec, new-file, new-endpoint, "
				  "new-syscall, new-error, count, latency, gone, any; anomaly, sequence, rate "
				  "with --baseline)", t);
		if (fail_names[i].baseline_only && !baseline)
			bad_usage("--fail-on=%s needs --baseline", t);
		mask |= fail_names[i].bit;
	}
	free(copy);
	if (!mask)
		bad_usage("--fail-on needs a list of classes%s", "");
	return mask;
}

/* A missing store, said before any is read (a postgresql:// URL is store_open's to check). */
static void check_file(const char *f)
{
	if (!strstr(f, "://") && access(f, F_OK) != 0)
		die("diff: %s: %s", f, strerror(errno));
}

enum { OPT_JSON = 256, OPT_ALL, OPT_FAIL_ON, OPT_ALPHA, OPT_EFFECT, OPT_RATIO, OPT_SAMPLES, OPT_COUNT_PCT,
       OPT_COUNT_MIN, OPT_BASELINE, OPT_NGRAM, OPT_FRAME, OPT_THRESHOLD, OPT_RATE_TOL, OPT_LAT_TOL,
       OPT_SHOW, OPT_WIDTH, OPT_NO_COLOR };

int cmd_diff(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "json", no_argument, 0, OPT_JSON },
		{ "all", no_argument, 0, OPT_ALL },
		{ "fail-on", required_argument, 0, OPT_FAIL_ON },
		{ "alpha", required_argument, 0, OPT_ALPHA },
		{ "min-effect", required_argument, 0, OPT_EFFECT },
		{ "min-ratio", required_argument, 0, OPT_RATIO },
		{ "min-samples", required_argument, 0, OPT_SAMPLES },
		{ "count-pct", required_argument, 0, OPT_COUNT_PCT },
		{ "count-min", required_argument, 0, OPT_COUNT_MIN },
		{ "baseline", no_argument, 0, OPT_BASELINE },
		{ "ngram", required_argument, 0, OPT_NGRAM },
		{ "frame", required_argument, 0, OPT_FRAME },
		{ "threshold", required_argument, 0, OPT_THRESHOLD },
		{ "rate-tol", required_argument, 0, OPT_RATE_TOL },
		{ "latency-tol", required_argument, 0, OPT_LAT_TOL },
		{ "show", required_argument, 0, OPT_SHOW },
		{ "width", required_argument, 0, OPT_WIDTH },
		{ "no-color", no_argument, 0, OPT_NO_COLOR },
		{ "no-colour", no_argument, 0, OPT_NO_COLOR },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 },
	};
	struct bd_opts o;
	bdiff_defaults(&o);
	bool baseline = false, no_color = false;
	const char *fail_on = NULL;
	size_t width = 0;
	opterr = 0;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case OPT_JSON: o.json = true; break;
		case OPT_ALL: o.all = true; break;
		case OPT_FAIL_ON: fail_on = optarg; break;
		case OPT_ALPHA: o.alpha = parse_num("--alpha", optarg, 1e-300, 1); break;
		case OPT_EFFECT: o.min_effect = parse_num("--min-effect", optarg, 0, 1); break;
		case OPT_RATIO: o.min_ratio = parse_num("--min-ratio", optarg, 1, 1e9); break;
		case OPT_SAMPLES: o.min_samples = (size_t)parse_num("--min-samples", optarg, 1, 1e9); break;
		case OPT_COUNT_PCT: o.count_pct = parse_num("--count-pct", optarg, 0, 100) / 100; break;
		case OPT_COUNT_MIN: o.count_abs = (uint64_t)parse_num("--count-min", optarg, 0, 1e15); break;
		case OPT_BASELINE: baseline = true; break;
		case OPT_NGRAM: o.ngram = (unsigned)parse_num("--ngram", optarg, 1, 32); break;
		case OPT_FRAME: o.frame = (unsigned)parse_num("--frame", optarg, 1, 10000); break;
		case OPT_THRESHOLD: o.threshold = (unsigned)parse_num("--threshold", optarg, 1, 10000); break;
		case OPT_RATE_TOL: o.rate_tol = parse_num("--rate-tol", optarg, 0, 1e6); break;
		case OPT_LAT_TOL: o.lat_tol = parse_num("--latency-tol", optarg, 0, 1e6); break;
		case OPT_SHOW: o.max_unseen = (size_t)parse_num("--show", optarg, 0, 1e9); break;
		case OPT_WIDTH: width = (size_t)parse_num("--width", optarg, 20, 100000); break;
		case OPT_NO_COLOR: no_color = true; break;
		case 'h': diff_usage(); break;
		case '?': bad_option(argv, optopt >= 256); break;
		}
	}
	if (!o.threshold)
		o.threshold = o.ngram + 4;
	if (o.threshold > o.frame) {
		char num[16];
		snprintf(num, sizeof(num), "%u", o.threshold);
		bad_usage("--threshold %s is more than the windows in one --frame", num);
	}
	unsigned fail_mask = fail_on ? parse_fail_on(fail_on, baseline) : 0;
	int nfiles = argc - optind;
	if (baseline ? nfiles < 2 : nfiles != 2)
		bad_usage(baseline ? "--baseline needs at least one BASE and then NEW%s" :
			  nfiles < 2 ? "needs two recorded traces, A and B%s" :
			  "takes two recorded traces, A and B (more: --baseline BASE... NEW)%s", "");
	for (int i = optind; i < argc; i++)
		check_file(argv[i]);
	const char *nc = getenv("NO_COLOR");
	o.color = !o.json && !no_color && !(nc && *nc) && isatty(1);
	o.width = width ? width : terminal_width();

	bool failed;
	if (!baseline) {
		struct bprof *a = bprof_load(argv[optind]);
		struct bprof *b = bprof_load(argv[optind + 1]);
		struct bdiff *d = bdiff_compare(a, b, &o);
		failed = (bdiff_failures(d) & fail_mask) != 0;
		if (o.json)
			bdiff_json(d, stdout, fail_on, failed);
		else
			bdiff_text(d, stdout);
		bdiff_free(d);
		bprof_free(a);
		bprof_free(b);
	} else {
		size_t nbase = (size_t)nfiles - 1;
		struct bprof **base = xcalloc(nbase, sizeof(*base));
		for (size_t i = 0; i < nbase; i++)
			base[i] = bprof_load(argv[optind + (int)i]);
		struct bprof *cur = bprof_load(argv[argc - 1]);
		struct anomaly *an = anomaly_score(base, nbase, cur, &o);
		failed = (anomaly_failures(an) & fail_mask) != 0;
		if (o.json)
			anomaly_json(an, stdout, fail_on, failed);
		else
			anomaly_text(an, stdout);
		anomaly_free(an);
		for (size_t i = 0; i < nbase; i++)
			bprof_free(base[i]);
		free(base);
		bprof_free(cur);
	}
	if (fflush(stdout) != 0 || ferror(stdout))
		die_errno("writing the diff");
	return failed ? 1 : 0;
}
