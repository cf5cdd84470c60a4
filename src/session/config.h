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

	/* decoding */
	struct decode_opts dec;    /* -s -v -y -e raw */

	/* strace text */
	const char *outfile;       /* -o (NULL: stderr) */
	bool append;               /* -A */
	bool output_separately;    /* -ff */
	int xflag;                 /* -x / -xx */
	int tflag;                 /* -t, -tt, -ttt */
	bool rflag;                /* -r */
	bool Tflag;                /* -T */
	bool print_nr;             /* -n */
	int acolumn;               /* -a */
	unsigned quiet;            /* -q QUIET_* */

	/* statistics */
	int count;                 /* 0 none, 1 -c (summary only), 2 -C (both) */
	enum sort_key sortby;      /* -S */
	bool wallclock;            /* -w */
	bool latency;              /* --latency: p50 p95 p99 max columns in the -c table */

	/* sinks besides (or instead of) the text */
	bool text;                 /* strace text lines (off for --json and record without -o) */
	bool json;                 /* JSON Lines to outfile (instead of text) */
	const char *store;         /* record: SQLite trace store path, or NULL */
};

#endif
