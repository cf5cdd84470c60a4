/*
 * options.h - everything the command line can ask for.  options.c fills it
 * from strace-compatible flags; the tracer and printers only read it.
 */
#ifndef SCTRACE_OPTIONS_H
#define SCTRACE_OPTIONS_H

#include "decode.h"
#include "syscalls.h"

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

struct options {
	/* what to trace */
	char **command;            /* argv of the command to start, or NULL */
	int *pids;
	int npids;
	int follow_forks;          /* -f = 1, -ff = 2 */
	bool output_separately;    /* --output-separately / -ff */
	const char *user;          /* -u */
	char **env_set;            /* -E VAR=VAL / -E VAR, in order */
	int nenv_set;

	/* filtering */
	uint8_t trace[NSYSCALLS];  /* 1 = print this syscall */
	bool trace_all;            /* no -e trace= given, or trace=all */
	uint64_t signals;          /* bit n-1: print signal n */
	unsigned status;           /* ST_* to print */
	char **paths;              /* -P */
	int npaths;

	/* output */
	const char *outfile;       /* -o */
	bool append;               /* -A */
	struct decode_opts dec;    /* -s -v -y -e raw */
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

	/* performance */
	bool seccomp;              /* use the seccomp-bpf prefilter when it applies */
	int placement;             /* enum placement (backend.h) */
};

/* Parse argv (after the program name).  Exits with one message on bad input. */
void options_parse(struct options *o, int argc, char **argv);
/* Release what options_parse allocated (the struct itself is the caller's). */
void options_free(struct options *o);
void usage(int status);

#endif
