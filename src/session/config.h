/*
 * config.h - what a tracing session needs to run: filters, decoding and
 * display options, statistics, and which sinks get the events.  The CLI
 * fills it from strace's options; a replay fills it from a recorded
 * session plus its own display options; a background session from its
 * start request.  Nothing here knows about argv.
 */
#ifndef SCTRACE_CONFIG_H
#define SCTRACE_CONFIG_H

#include "decode.h"
#include "syscalls.h"

struct inject_table;

enum {
	ST_SUCCESSFUL = 1,
	ST_FAILED = 2,
	ST_UNFINISHED = 4,
	ST_UNAVAILABLE = 8,
	ST_DETACHED = 16,
	ST_ALL = 31,
};

enum {
	QUIET_ATTACH = 1,
	QUIET_EXIT = 2,
	QUIET_PERSONALITY = 4,
	QUIET_PATH_RESOLUTION = 8,
	QUIET_THREAD_EXECVE = 16,
	QUIET_ALL = 31,
};

enum sort_key { SORT_TIME, SORT_MIN_TIME, SORT_MAX_TIME, SORT_AVG_TIME, SORT_CALLS, SORT_ERRORS, SORT_NAME, SORT_NOTHING };

enum { TS_TIME = 1, TS_UNIX = 2 };   /* trace_config.tflag */
/* the -c table's columns: -U's names (options.c), then --latency's four */
enum sum_col { COL_PERCENT, COL_TOTAL, COL_MIN, COL_MAX, COL_AVG, COL_CALLS, COL_ERRORS, COL_NAME,
	       COL_P50, COL_P95, COL_P99, COL_LMAX };
enum { DECODE_PIDS_COMM = 1, DECODE_PIDS_PIDNS = 2 };   /* trace_config.decode_pids */

struct trace_config {
	/* what is traced (prefixes and messages depend on it) */
	int follow_forks;          /* -f = 1, -ff = 2 */
	int npids;                 /* processes attached with -p (0: a started command) */

	/* filtering */
	uint8_t trace[NSYSCALLS];  /* 1 = show this syscall */
	bool trace_all;            /* no -e trace= given, or trace=all */
	uint64_t signals;          /* bit n-1: show signal n */
	unsigned status;           /* ST_* to show */
	char **paths;              /* -P */
	int npaths;
	struct inject_table *inject; /* -e inject=, -e fault= (inject.h); NULL: none */
	uint64_t slower_than_ns;   /* --slower-than: only syscalls that took longer (0: all) */

	/* decoding */
	struct decode_opts dec;    /* -s -v -y -e raw */

	/* strace text */
	const char *outfile;       /* -o (NULL: stderr) */
	bool append;               /* -A */
	bool output_separately;    /* -ff */
	int decode_pids;           /* -Y, --decode-pids: DECODE_PIDS_COMM | DECODE_PIDS_PIDNS */
	int xstyle;                /* -X: enum xstyle (value.h) */
	int xflag;                 /* -x / -xx / --strings-in-hex=non-ascii-chars (render.h) */
	int tflag;                 /* absolute timestamps: 0 none, TS_TIME (-t, -tt), TS_UNIX (-ttt) */
	int tprec;                 /* ... with this many decimals (0 s, 3 ms, 6 us, 9 ns) */
	bool rflag;                /* -r */
	int rprec;                 /* its decimals (--relative-timestamps=PRECISION) */
	bool Tflag;                /* -T */
	int Tprec;                 /* its decimals (--syscall-times=PRECISION) */
	bool print_nr;             /* -n */
	bool print_ip;             /* -i: the instruction pointer */
	bool stack_trace;          /* -k: the user stack after each line (mem.stack) */
	bool detach_on_exec;       /* -b execve: stop tracing a process at its execve */
	int acolumn;               /* -a */
	unsigned quiet;            /* -q QUIET_* */

	/* statistics */
	int count;                 /* 0 none, 1 -c (summary only), 2 -C (both) */
	enum sort_key sortby;      /* -S */
	enum sum_col columns[8];   /* -U: the -c table's columns, in order (ncolumns 0: strace's default) */
	int ncolumns;
	uint64_t overhead_ns;      /* -O: taken off each call's time in the -c table */
	bool wallclock;            /* -w */
	bool latency;              /* --latency: p50 p95 p99 max columns in the -c table */

	/* sinks besides (or instead of) the text */
	bool text;                 /* strace text lines (off for --json and record without -o) */
	bool json;                 /* JSON Lines to outfile (instead of text) */
	const char *store;         /* record: SQLite trace store path, or NULL */

	/* alerts (src/rules/, docs/RULES.md) */
	bool alert;                /* --alert[=FILE], --alert-exec: the alert sink */
	const char *alert_path;    /* --alert=FILE (NULL: stderr, "-": stdout) */
	bool alert_quiet;          /* only --alert-exec: alerts are not written */
	int alert_format;          /* ALERT_TEXT, ALERT_JSON (alert.h) */
	const char *alert_exec;    /* --alert-exec=CMD: each alert's JSON on its stdin */
	int alert_prio;            /* --alert-priority: 1 + the least severe level kept; 0: all */
	char **rules;              /* --rules=FILE, in order */
	int nrules;
	bool no_default_rules;     /* --no-default-rules */
};

/*
 * Whether a syscall is shown is known only at its exit (-e status=,
 * --slower-than): sinks then get no entry part, the whole call at its exit.
 */
static inline bool shown_at_exit(const struct trace_config *c)
{
	return c->status != ST_ALL || c->slower_than_ns;
}

#endif
