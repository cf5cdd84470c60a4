/*
 * options.h - everything the command line can ask for.  options.c fills it
 * from strace-compatible flags; the session gets its part, cfg.
 */
#ifndef SCTRACE_OPTIONS_H
#define SCTRACE_OPTIONS_H

#include "config.h"

struct options {
	struct trace_config cfg;   /* what the session gets */

	/* what to trace */
	char **command;            /* argv of the command to start, or NULL */
	int *pids;
	const char *user;          /* -u */
	char **env_set;            /* -E VAR=VAL / -E VAR, in order */
	int nenv_set;

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
