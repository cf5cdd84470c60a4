/*
 * options.h - everything the command line can ask for.  options.c fills it
 * from strace-compatible flags; the session gets its part, cfg.
 */
#ifndef SCTRACE_OPTIONS_H
#define SCTRACE_OPTIONS_H

#include "config.h"

#include <stdio.h>

/*
 * Which command line is parsed: strace's, `record`'s, `replay`'s, or
 * `sctrace config`'s (tracing options without a command, to show them).
 * Tracing ones get the configuration's defaults (conffile.c); all expand
 * --preset.
 */
enum { MODE_TRACE, MODE_RECORD, MODE_REPLAY, MODE_CONFIG };

struct options {
	struct trace_config cfg;   /* what the session gets */
	int mode;                  /* MODE_*, set by the caller before parsing */
	const char *store_path;    /* record/replay -w FILE */
	const char *input;         /* replay FILE */
	bool force;                /* record --force: replace an existing store */
	const char *host;          /* record --host NAME: the host recorded; replay: the one picked */
	int64_t trace_id;          /* replay --trace-id ID: the trace picked (0: the latest) */
	int argc;                  /* the arguments as given (stored with a recording) */
	char **argv;
	/* which display options were given (replay checks them against the recording) */
	bool strsize_given, verbose_given, decode_fds_given;
	bool quiet_given;          /* -q or -e quiet= */
	/* the filter options as given, normalised ("-e", "trace=%file", "-P", "/tmp", "-z"): a session's live filter starts from them */
	char **filter_args;
	int nfilter_args;

	/* what to trace */
	char **command;            /* argv of the command to start, or NULL */
	int *pids;
	const char *user;          /* -u */
	char **env_set;            /* -E VAR=VAL / -E VAR, in order */
	int nenv_set;

	/* performance */
	bool seccomp;              /* use the seccomp-bpf prefilter when it applies */
	int placement;             /* enum placement (backend.h) */
	const char *ptrace_only;   /* the last ptrace-only option given (--placement...) */

	/* the interceptor (docs/EBPF.md) */
	int backend;               /* BACKEND_*; BACKEND_DEFAULT when not given */
	bool system_wide;          /* --system-wide: every task the filters below let through */
	const char *comm;          /* --comm NAME */
	bool want_uid;             /* --uid UID */
	unsigned uid;
	char *cgroup;              /* --cgroup PATH, or the one --container ID names */
	uint64_t buffer_size;      /* --buffer-size: the eBPF ring buffer, bytes */

	/* set by a subcommand, not by options (tui) */
	struct sink *extra_sink;   /* one more sink after the text/JSON ones (the live view's statistics) */
	void (*child_setup)(void); /* run in the started command before exec (its stdio) */
};

enum { BACKEND_DEFAULT, BACKEND_PTRACE, BACKEND_EBPF, BACKEND_AUTO };
/*
 * The backend a parsed command line runs with (BACKEND_PTRACE or
 * BACKEND_EBPF), also left in o->backend; says why on -v for auto.
 */
int choose_backend(struct options *o);

/*
 * Parse argv (after the program name, or after the subcommand's name) for
 * the given MODE_*.  Exits with one message on bad input.
 */
void options_parse(struct options *o, int mode, int argc, char **argv);
/* "sctrace: MSG (see 'sctrace [SUBCOMMAND ]--help')" and exit 1; the hint names a
 * program in PATH that shares the subcommand's name. */
void bad_usage(const char *fmt, const char *arg) __attribute__((noreturn));
/* getopt's '?': "invalid option X", or "option X requires an argument" when needs_arg; exits. */
void bad_option(char **argv, bool needs_arg) __attribute__((noreturn));
/* getopt_long's '?' in a subcommand that has no strace options (report, seccomp): one line, exit 1. */
void bad_getopt(char **argv) __attribute__((noreturn));
/* The subcommand being parsed ("record"), or NULL for strace's command line. */
extern const char *subcommand_name;
/* Release what options_parse allocated (the struct itself is the caller's). */
void options_free(struct options *o);
void usage(int status);
/* `sctrace config`: the keys and presets in effect for the last command line parsed, and who set them. */
void options_show_config(FILE *f);
/* Is arg a tracing option whose value is the next word ("-e", "--preset")? */
bool option_takes_value(const char *arg);

/* Option values (optvalues.c); each exits through bad_usage() on bad input. */
uint64_t parse_size(const char *s, const char *what);           /* N[KMG] */
char *container_cgroup(const char *id);                          /* --container: its cgroup dir */
char *cgroup_dir(const char *arg);                               /* --cgroup PATH */
unsigned parse_uid(const char *s);                               /* a uid or user name */
void parse_columns(struct options *o, const char *arg);          /* -U */
uint64_t parse_overhead(const char *arg);                        /* -O: nanoseconds */
uint64_t parse_duration(const char *arg, const char *opt);       /* T (us), Ns, Nms, Nus, Nns: nanoseconds */
int parse_precision(const char *opt, const char *s, const char *whole);   /* s|ms|us|ns: decimals */
void parse_timestamps(struct options *o, const char *opt, const char *arg); /* --timestamps= */
const char *parse_host(const char *s);                           /* --host NAME */
int64_t parse_trace_id(const char *s);                           /* --trace-id ID */
size_t terminal_width(void);                                     /* $COLUMNS, the terminal, or 80 */

#endif
