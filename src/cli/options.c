/*
 * options.c - strace-compatible command line: short and long options with
 * strace's spellings and meanings.  Bad input ends here with one
 * "sctrace: ..." line and exit status 1.
 */
#include "options.h"
#include "backend.h"
#include "filter.h"
#include "render.h"
#include "inject.h"
#include "conffile.h"
#include "alert.h"
#include "rules.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>


const char *subcommand_name;

/* Is there a program called name in PATH?  (The reserved-word hint.) */
static bool in_path(const char *name)
{
	const char *path = getenv("PATH");
	if (!path)
		return false;
	char *copy = xstrdup(path), *save = NULL;
	bool found = false;
	for (char *dir = strtok_r(copy, ":", &save); dir && !found; dir = strtok_r(NULL, ":", &save)) {
		char buf[4096];
		snprintf(buf, sizeof(buf), "%s/%s", *dir ? dir : ".", name);
		found = access(buf, X_OK) == 0;
	}
	free(copy);
	return found;
}

void bad_usage(const char *fmt, const char *arg)
{
	char msg[512];
	snprintf(msg, sizeof(msg), fmt, arg);
	if (error_where)   /* a configuration file's line: the command line is not the culprit */
		error_msg("%s", msg);
	else if (subcommand_name && in_path(subcommand_name))
		error_msg("%s: %s (to trace the program '%s', use: sctrace -- %s ...)", subcommand_name,
			  msg, subcommand_name, subcommand_name);
	else if (subcommand_name)
		error_msg("%s: %s (see 'sctrace %s --help')", subcommand_name, msg, subcommand_name);
	else
		error_msg("%s (see 'sctrace --help')", msg);
	exit(1);
}

/* options strace 6.1 has that sctrace does not implement: said so, not "invalid" */
static bool strace_only(const char *opt)
{
	static const char *const shorts = "DId";
	static const char *const longs[] = { "--daemonize", "--interruptible", "--debug", "--tips" };
	if (opt[0] == '-' && opt[1] && opt[1] != '-' && !opt[2])
		return strchr(shorts, opt[1]) != NULL;
	for (size_t i = 0; i < ARRAY_SIZE(longs); i++) {
		size_t n = strlen(longs[i]);
		if (!strncmp(opt, longs[i], n) && (opt[n] == '\0' || opt[n] == '='))
			return true;
	}
	return false;
}

void bad_option(char **argv, bool needs_arg)
{
	char opt[64];
	if (optopt && optopt < 256)
		snprintf(opt, sizeof(opt), "-%c", optopt);
	else
		snprintf(opt, sizeof(opt), "%s", argv[optind - 1]);
	if (strace_only(opt))
		bad_usage("%s: an strace option that sctrace does not implement", opt);
	bad_usage(needs_arg ? "option %s requires an argument" : "invalid option %s", opt);
}

void bad_getopt(char **argv)
{
	if (optopt && optopt < 256)
		bad_usage("invalid option '-%s'", (char[]){ (char)optopt, 0 });
	else if (optopt)
		bad_usage("option '%s' requires an argument", argv[optind - 1]);
	bad_usage("unrecognized option '%s'", argv[optind - 1]);
}

static long parse_number(const char *s, long min, long max, const char *what)
{
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (!*s || *end || errno || v < min || v > max) {
		error_msg("invalid %s: '%s'", what, s);
		exit(1);
	}
	return v;
}

static void add_pids(struct options *o, const char *list)
{
	char *copy = xstrdup(list), *save = NULL;
	for (char *tok = strtok_r(copy, ", ", &save); tok; tok = strtok_r(NULL, ", ", &save)) {
		char *end;
		errno = 0;
		long v = strtol(tok, &end, 10);
		if (*end || errno || v <= 0 || v > INT_MAX) {
			error_msg("Invalid process id: '%s'", tok);
			exit(1);
		}
		o->pids = xrealloc(o->pids, (o->cfg.npids + 1) * sizeof(int));
		o->pids[o->cfg.npids++] = (int)v;
	}
	free(copy);
}

/* Keep a filter option as given (options.h: filter_args). */
static void note_filter(struct options *o, const char *opt, const char *key, const char *value)
{
	o->filter_args = xrealloc(o->filter_args, (o->nfilter_args + 2) * sizeof(char *));
	o->filter_args[o->nfilter_args++] = xstrdup(opt);
	if (key) {
		char *v = xmalloc(strlen(key) + strlen(value) + 1);
		strcpy(v, key);
		strcat(v, value);
		o->filter_args[o->nfilter_args++] = v;
	}
}

static uint8_t raw_set[NSYSCALLS], verbose_set[NSYSCALLS];
static struct fdset dump_read_set, dump_write_set;

/* -e read=SET / -e write=SET: hex dumps of the data moved on those descriptors */
static void set_dump(const struct fdset **to, struct fdset *set, const char *spec)
{
	if (!parse_fd_set(spec, set))
		exit(1);
	*to = set->negate || set->n ? set : NULL;
}

static void set_status(struct options *o, const char *spec)
{
	note_filter(o, "-e", "status=", spec);
	static const char *const names[] = { "successful", "failed", "unfinished", "unavailable", "detached" };
	static const unsigned bits[] = { ST_SUCCESSFUL, ST_FAILED, ST_UNFINISHED, ST_UNAVAILABLE, ST_DETACHED };
	if (!parse_name_set(spec, names, bits, 5, ST_ALL, &o->cfg.status, "status"))
		exit(1);
}

static void set_quiet(struct options *o, const char *spec)
{
	o->quiet_given = true;
	static const char *const names[] = { "attach", "exit", "exits", "personality",
		"path-resolution", "thread-execve", "superseded" };
	static const unsigned bits[] = { QUIET_ATTACH, QUIET_EXIT, QUIET_EXIT, QUIET_PERSONALITY,
		QUIET_PATH_RESOLUTION, QUIET_THREAD_EXECVE, QUIET_THREAD_EXECVE };
	if (!parse_name_set(spec, names, bits, 7, QUIET_ALL, &o->cfg.quiet, "quiet"))
		exit(1);
}

static void set_decode_fds(struct options *o, const char *spec)
{
	static const char *const names[] = { "path", "socket", "dev", "pidfd" };
	static const unsigned bits[] = { FD_PATH, FD_SOCKET, FD_DEV, FD_PIDFD };
	unsigned mask;
	if (!parse_name_set(spec, names, bits, 4, FD_ALL, &mask, "decode-fds"))
		exit(1);
	o->cfg.dec.decode_fds = mask;
}

static void set_trace(struct options *o, const char *spec)
{
	note_filter(o, "-e", "trace=", spec);
	bool unknown;   /* strace shows unnamed numbers whatever the set says */
	if (!parse_syscall_set(spec, o->cfg.trace, &unknown))
		exit(1);
	o->cfg.trace_all = false;
}

static void qualify(struct options *o, const char *expr)
{
	const char *eq = strchr(expr, '=');
	if (!eq) {
		set_trace(o, expr);   /* -e open == -e trace=open */
		return;
	}
	size_t n = eq - expr;
	const char *v = eq + 1;
	bool dummy;
#define IS(s) (n == strlen(s) && strncmp(expr, s, n) == 0)
	if (IS("trace") || IS("t"))
		set_trace(o, v);
	else if (IS("signal") || IS("signals") || IS("s")) {
		note_filter(o, "-e", "signal=", v);
		if (!parse_signal_set(v, &o->cfg.signals))
			exit(1);
	} else if (IS("status"))
		set_status(o, v);
	else if (IS("quiet") || IS("silent") || IS("silence") || IS("q"))
		set_quiet(o, v);
	else if (IS("raw") || IS("x")) {
		if (!parse_syscall_set(v, raw_set, &dummy))
			exit(1);
		o->cfg.dec.raw_set = raw_set;
	} else if (IS("verbose") || IS("v")) {
		if (!parse_syscall_set(v, verbose_set, &dummy))
			exit(1);
		o->cfg.dec.verbose_set = verbose_set;
	} else if (IS("abbrev") || IS("a")) {
		if (!parse_syscall_set(v, verbose_set, &dummy))
			exit(1);
		for (int i = 0; i < NSYSCALLS; i++)
			verbose_set[i] = !verbose_set[i];
		o->cfg.dec.verbose_set = verbose_set;
	} else if (IS("decode-fds") || IS("decode-fd"))
		set_decode_fds(o, v);
	else if (IS("read") || IS("reads") || IS("r"))
		set_dump(&o->cfg.dec.dump_read, &dump_read_set, v);
	else if (IS("write") || IS("writes") || IS("w"))
		set_dump(&o->cfg.dec.dump_write, &dump_write_set, v);
	else if (IS("inject") || IS("fault")) {
		if (!inject_parse(v, IS("fault"), &o->cfg.inject))
			exit(1);
	} else if (IS("kvm"))
		bad_usage("-e %s is not supported by sctrace", expr);
	else
		bad_usage("invalid -e qualifier '%s'", expr);
#undef IS
}

int choose_backend(struct options *o)
{
	if (o->backend == BACKEND_PTRACE || o->backend == BACKEND_EBPF)
		return o->backend;
	/* by default: ptrace for a command or -p (strace's exact semantics), eBPF system-wide */
	if (o->backend == BACKEND_DEFAULT)
		return o->backend = o->system_wide ? BACKEND_EBPF : BACKEND_PTRACE;
	if (o->cfg.stack_trace || o->cfg.print_ip)
		return o->backend = BACKEND_PTRACE;   /* auto: -k and -i need a stopped thread */
	if (o->cfg.inject && !o->system_wide)
		return o->backend = BACKEND_PTRACE;   /* auto: only ptrace can tamper */
	if (o->cfg.detach_on_exec && !o->system_wide)
		return o->backend = BACKEND_PTRACE;   /* auto: -b execve detaches a ptrace tracee */
	char why[256];
	if (ebpf_probe(why, sizeof(why)) == 0)
		return o->backend = BACKEND_EBPF;
	if (o->system_wide) {
		error_msg("--backend=auto: --system-wide needs eBPF, which cannot run here: %s", why);
		exit(1);
	}
	if (o->cfg.dec.verbose)
		error_msg("--backend=auto: eBPF cannot run here (%s); using ptrace", why);
	return o->backend = BACKEND_PTRACE;
}

/* -P PATH, as given (compared with what the tracee passes) */
static void add_path(struct options *o, const char *path)
{
	o->cfg.paths = xrealloc(o->cfg.paths, (o->cfg.npaths + 2) * sizeof(char *));
	o->cfg.paths[o->cfg.npaths++] = xstrdup(path);
}

/*
 * As strace: each -P path also in its resolved form (descriptors name files
 * by that), said on stderr unless -e quiet=path-resolution; a path that
 * does not exist yet is kept as given only.
 */
static void resolve_paths(struct options *o)
{
	int n = o->cfg.npaths;
	for (int i = 0; i < n; i++) {
		char *real = realpath(o->cfg.paths[i], NULL);
		if (!real)
			continue;
		if (strcmp(real, o->cfg.paths[i])) {
			if (!(o->cfg.quiet & QUIET_PATH_RESOLUTION))
				error_msg("Requested path \"%s\" resolved into \"%s\"", o->cfg.paths[i], real);
			bool known = false;
			for (int j = 0; j < o->cfg.npaths; j++)
				known |= !strcmp(real, o->cfg.paths[j]);
			if (!known)
				add_path(o, real);
		}
		free(real);
	}
}

void options_free(struct options *o)
{
	for (int i = 0; i < o->nfilter_args; i++)
		free(o->filter_args[i]);
	free(o->filter_args);
	o->filter_args = NULL;
	o->nfilter_args = 0;
	free(o->pids);
	free(o->env_set);
	free(o->cgroup);
	o->cgroup = NULL;
	for (int i = 0; i < o->cfg.npaths; i++)
		free(o->cfg.paths[i]);
	free(o->cfg.paths);
	o->cfg.paths = NULL;
	o->cfg.npaths = 0;
	inject_table_free(o->cfg.inject);
	o->cfg.inject = NULL;
	free(o->cfg.rules);
	o->cfg.rules = NULL;
	o->cfg.nrules = 0;
	o->pids = NULL;
	o->env_set = NULL;
	o->cfg.npids = o->nenv_set = 0;
}

enum {
	OPT_SECCOMP = 256, OPT_NO_SECCOMP, OPT_OUTPUT_SEPARATELY, OPT_TRACE, OPT_SIGNAL,
	OPT_STATUS, OPT_RAW, OPT_VERBOSE, OPT_ABBREV, OPT_STRINGS_IN_HEX, OPT_DECODE_PIDS, OPT_PIDNS, OPT_TS, OPT_TS2, OPT_RELTS, OPT_SYSCALL_TIMES, OPT_PLACEMENT, OPT_REDACT,
	OPT_JSON, OPT_FORMAT, OPT_FORCE, OPT_WALLCLOCK, OPT_LATENCY,
	OPT_INJECT, OPT_FAULT,
	OPT_READ, OPT_WRITE, OPT_BACKEND, OPT_SYSTEM_WIDE, OPT_COMM, OPT_UID, OPT_CGROUP, OPT_CONTAINER, OPT_BUFFER_SIZE,
	OPT_HOST, OPT_TRACE_ID,
	OPT_CONST_STYLE, OPT_SLOWER_THAN,
	OPT_ALERT, OPT_ALERT_FORMAT, OPT_ALERT_EXEC, OPT_ALERT_PRIORITY, OPT_RULES, OPT_NO_DEFAULT_RULES,
};

static const struct option longopts[] = {
	{ "columns", required_argument, 0, 'a' },
	{ "output-append-mode", no_argument, 0, 'A' },
	{ "summary-only", no_argument, 0, 'c' },
	{ "summary", no_argument, 0, 'C' },
	{ "env", required_argument, 0, 'E' },
	{ "follow-forks", no_argument, 0, 'f' },
	{ "output-separately", no_argument, 0, OPT_OUTPUT_SEPARATELY },
	{ "help", no_argument, 0, 'h' },
	{ "syscall-number", no_argument, 0, 'n' },
	{ "instruction-pointer", no_argument, 0, 'i' },
	{ "stack-traces", no_argument, 0, 'k' },
	{ "output", required_argument, 0, 'o' },
	{ "attach", required_argument, 0, 'p' },
	{ "quiet", optional_argument, 0, 'q' },
	{ "relative-timestamps", optional_argument, 0, OPT_RELTS },
	{ "string-limit", required_argument, 0, 's' },
	{ "summary-sort-by", required_argument, 0, 'S' },
	{ "absolute-timestamps", optional_argument, 0, OPT_TS },
	{ "timestamps", optional_argument, 0, OPT_TS2 },
	{ "syscall-times", optional_argument, 0, OPT_SYSCALL_TIMES },
	{ "user", required_argument, 0, 'u' },
	{ "no-abbrev", no_argument, 0, 'v' },
	{ "version", no_argument, 0, 'V' },
	{ "summary-wall-clock", no_argument, 0, OPT_WALLCLOCK },
	{ "latency", no_argument, 0, OPT_LATENCY },
	{ "strings-in-hex", optional_argument, 0, OPT_STRINGS_IN_HEX },
	{ "decode-pids", required_argument, 0, OPT_DECODE_PIDS },
	{ "summary-columns", required_argument, 0, 'U' },
	{ "detach-on", required_argument, 0, 'b' },
	{ "summary-syscall-overhead", required_argument, 0, 'O' },
	{ "pidns-translation", no_argument, 0, OPT_PIDNS },
	{ "const-print-style", required_argument, 0, OPT_CONST_STYLE },
	{ "decode-fds", optional_argument, 0, 'y' },
	{ "successful-only", no_argument, 0, 'z' },
	{ "failed-only", no_argument, 0, 'Z' },
	{ "trace", required_argument, 0, OPT_TRACE },
	{ "signal", required_argument, 0, OPT_SIGNAL },
	{ "status", required_argument, 0, OPT_STATUS },
	{ "raw", required_argument, 0, OPT_RAW },
	{ "verbose", required_argument, 0, OPT_VERBOSE },
	{ "abbrev", required_argument, 0, OPT_ABBREV },
	{ "inject", required_argument, 0, OPT_INJECT },
	{ "fault", required_argument, 0, OPT_FAULT },
	{ "seccomp-bpf", no_argument, 0, OPT_SECCOMP },
	{ "no-seccomp-bpf", no_argument, 0, OPT_NO_SECCOMP },
	{ "placement", required_argument, 0, OPT_PLACEMENT },
	{ "redact", no_argument, 0, OPT_REDACT },
	{ "json", no_argument, 0, OPT_JSON },
	{ "format", required_argument, 0, OPT_FORMAT },
	{ "force", no_argument, 0, OPT_FORCE },
	{ "backend", required_argument, 0, OPT_BACKEND },
	{ "system-wide", no_argument, 0, OPT_SYSTEM_WIDE },
	{ "comm", required_argument, 0, OPT_COMM },
	{ "uid", required_argument, 0, OPT_UID },
	{ "cgroup", required_argument, 0, OPT_CGROUP },
	{ "container", required_argument, 0, OPT_CONTAINER },
	{ "buffer-size", required_argument, 0, OPT_BUFFER_SIZE },
	{ "host", required_argument, 0, OPT_HOST },
	{ "trace-id", required_argument, 0, OPT_TRACE_ID },
	{ "trace-path", required_argument, 0, 'P' },
	{ "read", required_argument, 0, OPT_READ },
	{ "write", required_argument, 0, OPT_WRITE },
	{ "alert", optional_argument, 0, OPT_ALERT },
	{ "alert-format", required_argument, 0, OPT_ALERT_FORMAT },
	{ "alert-exec", required_argument, 0, OPT_ALERT_EXEC },
	{ "alert-priority", required_argument, 0, OPT_ALERT_PRIORITY },
	{ "rules", required_argument, 0, OPT_RULES },
	{ "no-default-rules", no_argument, 0, OPT_NO_DEFAULT_RULES },
	{ "slower-than", required_argument, 0, OPT_SLOWER_THAN },
	{ "preset", required_argument, 0, OPT_CONF_PRESET },
	{ "no-config", no_argument, 0, OPT_CONF_NO_CONFIG },
	{ 0, 0, 0, 0 },
};

/* record and replay take tcpdump's -w FILE; strace's -w is --summary-wall-clock there */
/* a replay's options may follow its FILE (there is no command to end them) */
static const char *shortopts_of(int mode)
{
	return mode == MODE_TRACE ? "+a:Ab:cCe:E:fhikno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ"
	     : mode == MODE_RECORD ? "+a:Ab:cCe:E:fhikno:O:p:P:qrs:S:tTu:U:vVw:xX:yYzZ"
	     : mode == MODE_CONFIG ? "a:Ab:cCe:E:fhikno:O:p:P:qrs:S:tTu:U:vVwxX:yYzZ"
				   : "a:Ab:cCe:E:fhikno:O:p:P:qrs:S:tTu:U:vVw:xX:yYzZ";
}

bool option_takes_value(const char *arg)
{
	if (arg[0] != '-' || !arg[1])
		return false;
	if (arg[1] != '-') {   /* -s 5 (not -s5, not a cluster ending in one) */
		const char *p = strchr(shortopts_of(MODE_TRACE) + 1, arg[1]);
		return !arg[2] && p && p[1] == ':';
	}
	if (strchr(arg, '='))
		return false;
	for (const struct option *o = longopts; o->name; o++)
		if (!strcmp(arg + 2, o->name))
			return o->has_arg == required_argument;
	return false;
}

/*
 * --alert[=FILE], --alert-format=, --alert-exec=, --alert-priority=, --rules=,
 * --no-default-rules (the last four take effect with --alert or --alert-exec,
 * so that a preset can carry them for whoever adds --alert)
 */
static void alert_option(struct options *o, int c, const char *arg)
{
	struct trace_config *cfg = &o->cfg;
	switch (c) {
	case OPT_ALERT:
		if (arg && !*arg)
			bad_usage("%s", "--alert=: missing FILE");
		cfg->alert = true;
		cfg->alert_quiet = false;
		cfg->alert_path = arg;
		break;
	case OPT_ALERT_FORMAT:
		if (!strcmp(arg, "text"))
			cfg->alert_format = ALERT_TEXT;
		else if (!strcmp(arg, "json"))
			cfg->alert_format = ALERT_JSON;
		else
			bad_usage("invalid --alert-format '%s' (text or json)", arg);
		break;
	case OPT_ALERT_EXEC:
		if (!*arg)
			bad_usage("%s", "--alert-exec: missing COMMAND");
		if (!cfg->alert)
			cfg->alert_quiet = true;
		cfg->alert = true;
		cfg->alert_exec = arg;
		break;
	case OPT_ALERT_PRIORITY: {
		int p = prio_by_name(arg);
		if (p < 0)
			bad_usage("invalid --alert-priority '%s' (emergency alert critical error warning notice info debug)", arg);
		cfg->alert_prio = p + 1;
		break;
	}
	case OPT_RULES:
		cfg->rules = xrealloc(cfg->rules, (cfg->nrules + 1) * sizeof(char *));
		cfg->rules[cfg->nrules++] = (char *)arg;
		break;
	case OPT_NO_DEFAULT_RULES:
		cfg->no_default_rules = true;
		break;
	}
}

static struct conf_argv expanded;   /* the last command line parsed, with the configuration in it */

void options_show_config(FILE *f)
{
	conf_print(f, &expanded, shortopts_of(MODE_CONFIG), longopts);
}

void options_parse(struct options *o, int mode, int argc, char **argv)
{
	/* the configuration's defaults in front (tracing only), presets in place */
	conf_expand(&expanded, argc, argv, mode != MODE_REPLAY, mode != MODE_REPLAY && mode != MODE_CONFIG,
		    shortopts_of(mode), longopts);
	argc = expanded.argc;
	argv = expanded.argv;

	memset(o, 0, sizeof(*o));
	o->mode = mode;
	o->argc = argc;
	o->argv = argv;
	o->cfg.text = true;
	memset(o->cfg.trace, 1, sizeof(o->cfg.trace));
	o->cfg.trace_all = true;
	o->cfg.signals = ~0ull;
	o->cfg.status = ST_ALL;
	o->cfg.dec.strsize = 32;
	o->cfg.acolumn = 40;
	o->seccomp = true;
	o->placement = PLACE_PIN;

	int qcount = 0, zflags = 0, tcount = 0;
	bool ts_long = false;
	opterr = 0;
	optind = 0;   /* 0, not 1: makes glibc getopt forget any half-parsed option cluster */
	int c;
	const char *shortopts = shortopts_of(mode);
	/* a word from a configuration file or preset: its errors say which line */
	while ((error_where = expanded.origin[optind ? optind : 1]),
	       (c = getopt_long(argc, argv, shortopts, longopts, NULL)) != -1) {
		switch (c) {
		case 'a': o->cfg.acolumn = parse_number(optarg, 0, 1000000, "-a argument"); break;
		case 'A': o->cfg.append = true; break;
		case 'c': o->cfg.count = 1; break;
		case 'C': o->cfg.count = 2; break;
		case 'e': qualify(o, optarg); break;
		case 'E':
			o->env_set = xrealloc(o->env_set, (o->nenv_set + 1) * sizeof(char *));
			o->env_set[o->nenv_set++] = optarg;
			break;
		case 'f': o->cfg.follow_forks++; break;
		case OPT_OUTPUT_SEPARATELY: o->cfg.output_separately = true; break;
		case 'h': usage(0); break;
		case 'n': o->cfg.print_nr = true; break;
		case 'i': o->cfg.print_ip = true; break;
		case 'k': o->cfg.stack_trace = true; break;
		case 'o': o->cfg.outfile = optarg; break;
		case 'p': add_pids(o, optarg); break;
		case 'P':
			note_filter(o, "-P", "", optarg);
			add_path(o, optarg);
			break;
		case 'q':
			if (optarg)
				set_quiet(o, optarg);
			else
				qcount++;
			break;
		case 's':
			o->cfg.dec.strsize = parse_number(optarg, 0, INT_MAX / 8, "-s argument");
			o->strsize_given = true;
			break;
		case 'S': {
			static const char *const keys[] = { "time", "min-time", "max-time", "avg-time",
				"calls", "errors", "name", "nothing" };
			static const char *const alt[] = { "total-time", "shortest", "longest", "avg",
				"count", "error", "syscall", "none" };
			size_t i;
			for (i = 0; i < ARRAY_SIZE(keys); i++)
				if (!strcmp(optarg, keys[i]) || !strcmp(optarg, alt[i]))
					break;
			if (i == ARRAY_SIZE(keys))
				bad_usage("invalid sortby: '%s'", optarg);
			o->cfg.sortby = (enum sort_key)i;
			break;
		}
		case 't': tcount++; break;
		case OPT_TS:
		case OPT_TS2:
			if (!ts_long) {   /* the default: time of day, seconds */
				o->cfg.tflag = TS_TIME;
				o->cfg.tprec = 0;
			}
			ts_long = true;
			parse_timestamps(o, c == OPT_TS ? "--absolute-timestamps" : "--timestamps", optarg);
			break;
		case 'r': o->cfg.rflag = true; o->cfg.rprec = 6; break;
		case OPT_RELTS:
			o->cfg.rflag = true;
			o->cfg.rprec = optarg ? parse_precision("--relative-timestamps", optarg, optarg) : 6;
			break;
		case 'T': o->cfg.Tflag = true; o->cfg.Tprec = 6; break;
		case OPT_SYSCALL_TIMES:
			o->cfg.Tflag = true;
			o->cfg.Tprec = optarg ? parse_precision("--syscall-times", optarg, optarg) : 6;
			break;
		case 'u': o->user = optarg; break;
		case 'v': o->cfg.dec.verbose = o->verbose_given = true; break;
		case 'V': printf("sctrace -- version %s\n", SCTRACE_VERSION); exit(0);
		case 'w':
			if (mode == MODE_TRACE || mode == MODE_CONFIG)
				o->cfg.wallclock = true;
			else
				o->store_path = optarg;
			break;
		case OPT_WALLCLOCK: o->cfg.wallclock = true; break;
		case OPT_LATENCY: o->cfg.latency = true; break;
		case OPT_JSON: o->cfg.json = true; break;
		case OPT_ALERT: case OPT_ALERT_FORMAT: case OPT_ALERT_EXEC: case OPT_ALERT_PRIORITY:
		case OPT_RULES: case OPT_NO_DEFAULT_RULES:
			alert_option(o, c, optarg);
			break;
		case OPT_FORMAT:
			bad_usage("--format=%s: the JSON Lines output is spelt --json", optarg);
		case OPT_FORCE:
			if (mode != MODE_RECORD)
				bad_usage("invalid option %s", "--force");
			o->force = true;
			break;
		case 'x':
		case OPT_STRINGS_IN_HEX:
			if (c == 'x')
				o->cfg.xflag = o->cfg.xflag == 1 || o->cfg.xflag == 2 ? 2 : 1;   /* -x, -xx */
			else if (!optarg || !strcmp(optarg, "all"))
				o->cfg.xflag = 2;
			else if (!strcmp(optarg, "non-ascii"))
				o->cfg.xflag = 1;
			else if (!strcmp(optarg, "non-ascii-chars"))
				o->cfg.xflag = XFLAG_ESCAPES;
			else if (!strcmp(optarg, "none"))
				o->cfg.xflag = 0;
			else
				bad_usage("invalid --strings-in-hex argument: '%s'", optarg);
			break;
		case 'X':
		case OPT_CONST_STYLE: {
			static const char *const styles[] = { "abbrev", "raw", "verbose" };
			size_t i;
			for (i = 0; i < ARRAY_SIZE(styles); i++)
				if (!strcmp(optarg, styles[i]))
					break;
			if (i == ARRAY_SIZE(styles))
				bad_usage(c == 'X' ? "invalid -X argument: '%s'" : "invalid --const-print-style argument: '%s'",
					  optarg);
			o->cfg.xstyle = (int)i;   /* enum xstyle */
			break;
		}
		case 'y':
			o->decode_fds_given = true;
			if (optarg)
				set_decode_fds(o, optarg);
			else   /* -y: paths; -yy: every detail */
				o->cfg.dec.decode_fds = o->cfg.dec.decode_fds ? FD_ALL : FD_PATH;
			break;
		/* -Y, --pidns-translation and --decode-pids replace what came before, as in strace */
		case 'Y': o->cfg.decode_pids = DECODE_PIDS_COMM; break;
		case 'U': parse_columns(o, optarg); break;
		case 'b':
			if (strcmp(optarg, "execve"))
				bad_usage("Syscall '%s' for -b isn't supported", optarg);
			o->cfg.detach_on_exec = true;
			break;
		case 'O': o->cfg.overhead_ns = parse_overhead(optarg); break;
		case OPT_PIDNS: o->cfg.decode_pids = DECODE_PIDS_PIDNS; break;
		case OPT_DECODE_PIDS: {
			char buf[256];
			o->cfg.decode_pids = 0;
			snprintf(buf, sizeof(buf), "%s", optarg);
			for (char *save = NULL, *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
				if (!strcmp(tok, "comm"))
					o->cfg.decode_pids |= DECODE_PIDS_COMM;
				else if (!strcmp(tok, "pidns"))
					o->cfg.decode_pids |= DECODE_PIDS_PIDNS;
				else if (strcmp(tok, "none"))
					bad_usage("invalid --decode-pids '%s' (comm, pidns)", optarg);
			}
			if (!*buf)
				bad_usage("invalid --decode-pids '%s' (comm, pidns)", optarg);
			break;
		}
		case 'z': zflags |= ST_SUCCESSFUL; note_filter(o, "-z", NULL, NULL); break;
		case 'Z': zflags |= ST_FAILED; note_filter(o, "-Z", NULL, NULL); break;
		case OPT_TRACE: set_trace(o, optarg); break;
		case OPT_SIGNAL:
			note_filter(o, "-e", "signal=", optarg);
			if (!parse_signal_set(optarg, &o->cfg.signals))
				exit(1);
			break;
		case OPT_STATUS: set_status(o, optarg); break;
		case OPT_READ: set_dump(&o->cfg.dec.dump_read, &dump_read_set, optarg); break;
		case OPT_WRITE: set_dump(&o->cfg.dec.dump_write, &dump_write_set, optarg); break;
		case OPT_RAW: {
			char buf[4096];
			snprintf(buf, sizeof(buf), "raw=%s", optarg);
			qualify(o, buf);
			break;
		}
		case OPT_VERBOSE: {
			char buf[4096];
			snprintf(buf, sizeof(buf), "verbose=%s", optarg);
			qualify(o, buf);
			break;
		}
		case OPT_ABBREV: {
			char buf[4096];
			snprintf(buf, sizeof(buf), "abbrev=%s", optarg);
			qualify(o, buf);
			break;
		}
		case OPT_INJECT:
		case OPT_FAULT:
			if (!inject_parse(optarg, c == OPT_FAULT, &o->cfg.inject))
				exit(1);
			break;
		case OPT_SECCOMP: o->seccomp = true; o->ptrace_only = "--seccomp-bpf"; break;
		case OPT_NO_SECCOMP: o->seccomp = false; o->ptrace_only = "--no-seccomp-bpf"; break;
		case OPT_REDACT: o->cfg.dec.redact = true; break;
		case OPT_BACKEND:
			if (!strcmp(optarg, "ptrace"))
				o->backend = BACKEND_PTRACE;
			else if (!strcmp(optarg, "ebpf"))
				o->backend = BACKEND_EBPF;
			else if (!strcmp(optarg, "auto"))
				o->backend = BACKEND_AUTO;
			else
				bad_usage("invalid --backend '%s' (ptrace, ebpf or auto)", optarg);
			break;
		case OPT_SYSTEM_WIDE: o->system_wide = true; break;
		case OPT_COMM:
			if (!*optarg || strlen(optarg) > 15)
				bad_usage("invalid --comm '%s' (a command name as /proc/PID/comm has it: 1 to 15 bytes)", optarg);
			o->comm = optarg;
			break;
		case OPT_UID:
			o->want_uid = true;
			o->uid = parse_uid(optarg);
			break;
		case OPT_CGROUP:
			free(o->cgroup);
			o->cgroup = cgroup_dir(optarg);
			break;
		case OPT_CONTAINER:
			free(o->cgroup);
			o->cgroup = container_cgroup(optarg);
			break;
		case OPT_BUFFER_SIZE: o->buffer_size = parse_size(optarg, "--buffer-size"); break;
		case OPT_HOST:
			if (mode == MODE_TRACE)
				bad_usage("%s", "--host names a recording's host: it is for record and replay");
			o->host = parse_host(optarg);
			break;
		case OPT_TRACE_ID:
			if (mode != MODE_REPLAY)
				bad_usage("%s", "--trace-id picks a trace to replay: it is for replay");
			o->trace_id = parse_trace_id(optarg);
			break;
		case OPT_PLACEMENT:
			o->ptrace_only = "--placement";
			if (!strcmp(optarg, "pin"))
				o->placement = PLACE_PIN;
			else if (!strcmp(optarg, "spin"))
				o->placement = PLACE_SPIN;
			else if (!strcmp(optarg, "none"))
				o->placement = PLACE_NONE;
			else
				bad_usage("invalid --placement argument: '%s'", optarg);
			break;
		case OPT_SLOWER_THAN: o->cfg.slower_than_ns = parse_duration(optarg, "--slower-than"); break;
		case OPT_CONF_PRESET:      /* expanded by conf_expand() */
		case OPT_CONF_NO_CONFIG:
			break;
		case '?':
		default:
			bad_option(argv, optopt && strchr(mode == MODE_TRACE || mode == MODE_CONFIG ? "abeEOopPsSuUX"
										   : "abeEOopPsSuUwX", optopt));
		}
	}
	if (mode != MODE_REPLAY && optind < argc && expanded.origin[optind])
		bad_usage("'%s' is not an option: a preset lists options only", argv[optind]);
	error_where = NULL;
	if (zflags)
		o->cfg.status = zflags;
	if (mode == MODE_REPLAY && (o->cfg.alert || o->cfg.nrules || o->cfg.alert_exec))
		bad_usage("%s", "--alert and --rules check a live trace; for a recording use sctrace check FILE");
	if ((o->cfg.decode_pids & DECODE_PIDS_COMM) && mode == MODE_REPLAY)
		bad_usage("%s", "-Y reads the command names of live processes; a replay has none");
	if ((o->cfg.decode_pids & DECODE_PIDS_PIDNS) && mode == MODE_REPLAY)
		bad_usage("%s", "--pidns-translation reads the pid namespaces of live processes; a replay has none");
	if (qcount == 1)
		o->cfg.quiet |= QUIET_ATTACH | QUIET_PERSONALITY;
	else if (qcount == 2)
		o->cfg.quiet |= QUIET_ATTACH | QUIET_PERSONALITY | QUIET_EXIT;
	else if (qcount >= 3)
		o->cfg.quiet = QUIET_ALL;
	resolve_paths(o);
	if (o->cfg.follow_forks >= 2) {
		o->cfg.follow_forks = 1;
		o->cfg.output_separately = true;
	}
	if (tcount && ts_long)
		bad_usage("%s", "-t and --absolute-timestamps cannot be provided simultaneously");
	if (tcount) {   /* -t: time of day; -tt: with microseconds; -ttt: UNIX time, microseconds */
		o->cfg.tflag = tcount >= 3 ? TS_UNIX : TS_TIME;
		o->cfg.tprec = tcount >= 2 ? 6 : 0;
	}

	if (mode == MODE_REPLAY) {
		if (o->cfg.npids || o->user || o->nenv_set)
			bad_usage("%s", "-p, -u and -E are for tracing; a replay shows what was recorded");
		if (o->backend || o->system_wide || o->comm || o->want_uid || o->cgroup || o->buffer_size)
			bad_usage("%s", "--backend, --system-wide and its filters are for tracing; a replay shows what was recorded");
		if (optind >= argc)
			bad_usage("%s", "missing FILE: the trace store to replay (sctrace replay FILE)");
		if (optind + 1 < argc)
			bad_usage("unexpected argument '%s' after FILE", argv[optind + 1]);
		o->input = argv[optind];
	} else if (mode == MODE_CONFIG) {
		if (optind < argc)
			bad_usage("unexpected argument '%s' (sctrace config takes options only)", argv[optind]);
	} else {
		if (optind < argc)
			o->command = argv + optind;
		if (!o->command && !o->cfg.npids && !o->system_wide)
			bad_usage("%s", "must have COMMAND [ARGS] or -p PID");
		if (o->command && o->cfg.npids)
			bad_usage("%s", "-p PID and COMMAND are mutually exclusive");
	}
	if ((o->comm || o->want_uid || o->cgroup) && !o->system_wide)
		bad_usage("%s", "--comm, --uid, --cgroup and --container narrow --system-wide: add --system-wide");
	if (o->system_wide && o->backend == BACKEND_PTRACE)
		bad_usage("%s", "--system-wide needs the eBPF backend (--backend=ebpf)");
	if ((o->backend == BACKEND_EBPF || o->system_wide) && o->cfg.status != ST_ALL && (o->cfg.status & ST_DETACHED))
		bad_usage("%s", "-e status=detached: with eBPF a call is seen when it returns, so none is ever cut short by a detach");
	if ((o->cfg.stack_trace || o->cfg.print_ip) && mode != MODE_TRACE && mode != MODE_CONFIG)
		bad_usage("%s", "-k and -i are for live tracing: a recording keeps neither stacks nor instruction pointers");
	if ((o->cfg.stack_trace || o->cfg.print_ip) && (o->backend == BACKEND_EBPF || o->system_wide))
		bad_usage("%s", o->cfg.stack_trace ? "-k walks the stack of a stopped thread; the eBPF backend stops nothing (use --backend=ptrace)"
						    : "-i is not available with the eBPF backend (use --backend=ptrace)");
	if (o->cfg.inject && (o->backend == BACKEND_EBPF || o->system_wide))
		bad_usage("%s", "-e inject= and -e fault= tamper with stopped syscalls: the eBPF backend stops nothing (use --backend=ptrace)");
	if (o->cfg.inject && mode == MODE_REPLAY)
		bad_usage("%s", "-e inject= and -e fault= tamper with a live trace; a replay shows what was recorded");
	if (o->cfg.detach_on_exec && mode == MODE_REPLAY)
		bad_usage("%s", "-b execve detaches from a live tracee; a replay shows what was recorded");
	if (o->cfg.detach_on_exec && (o->backend == BACKEND_EBPF || o->system_wide))
		bad_usage("%s", "-b execve detaches a ptrace tracee; the eBPF backend attaches to nothing (use --backend=ptrace)");
	if ((o->cfg.decode_pids & DECODE_PIDS_PIDNS) && (o->backend == BACKEND_EBPF || o->system_wide))
		bad_usage("%s", "--pidns-translation reads the tracee's ids in /proc while its line is printed; the eBPF backend prints after the fact (use --backend=ptrace)");
	if (o->ptrace_only && (o->backend == BACKEND_EBPF || o->system_wide))
		bad_usage("%s tunes how ptrace stops the tracee; the eBPF backend stops nothing", o->ptrace_only);
	if (o->buffer_size && o->backend == BACKEND_PTRACE)
		bad_usage("%s", "--buffer-size sizes the eBPF ring buffer; the ptrace backend has none");
	if (o->system_wide && o->cfg.output_separately)
		bad_usage("%s", "-ff writes a file per thread; with --system-wide that is every thread on the machine");
	if (mode == MODE_RECORD && !o->store_path)
		o->store_path = "sctrace.db";
	/*
	 * As strace: attach/detach messages are off by themselves when the trace
	 * goes to a file and the command is started, not attached to; a
	 * recording is such a file.  (replay.c decides for a replay.)
	 */
	if (!qcount && !o->quiet_given && o->command && (o->cfg.outfile || mode == MODE_RECORD))
		o->cfg.quiet |= QUIET_ATTACH | QUIET_PERSONALITY;   /* strace 6.1 -o prints no personality line */
	/* JSON Lines on stderr stay JSON: attach/detach are events in the stream */
	if (o->cfg.json && !o->cfg.outfile && !o->quiet_given)
		o->cfg.quiet |= QUIET_ATTACH;
	if (o->cfg.latency && !o->cfg.count)
		bad_usage("%s", "--latency adds columns to the summary table: it needs -c or -C");
	if (o->cfg.json && o->cfg.count)
		bad_usage("%s", "--json and -c/-C do not mix: the summary is text (sctrace replay FILE -c works on a recording)");
	if (o->cfg.json && o->cfg.output_separately)
		bad_usage("%s", "--json writes one stream; -ff is for text");
	/* what the session prints: text unless JSON; record prints text only with -o */
	o->cfg.text = !o->cfg.json && o->cfg.count != 1 && (mode != MODE_RECORD || o->cfg.outfile);
	if (o->cfg.output_separately && !o->cfg.outfile)
		o->cfg.output_separately = false;   /* as strace: -ff without -o is -f */
	if (o->cfg.output_separately && o->cfg.count == 1)
		o->cfg.output_separately = false;
	/* as strace: nothing to print them on */
	if (o->cfg.count == 1 && o->cfg.print_ip) {
		error_msg("-i/--instruction-pointer has no effect with -c/--summary-only");
		o->cfg.print_ip = false;
	}
	if (o->cfg.count == 1 && o->cfg.stack_trace) {
		error_msg("-k/--stack-traces has no effect with -c/--summary-only");
		o->cfg.stack_trace = false;
	}
	if (o->user && o->cfg.npids) {
		error_msg("-u USER is for a started COMMAND, not with -p");
		exit(1);
	}
}
