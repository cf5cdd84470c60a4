/*
 * anomaly.h - between anomaly.c (the model and the scoring) and
 * anomaly_out.c (text and JSON): what `sctrace diff --baseline` found.
 */
#ifndef SCTRACE_ANOMALY_H
#define SCTRACE_ANOMALY_H

#include "bdiff.h"

/* Consecutive unseen windows of one thread: where the run left the baselines' sequences. */
struct an_region {
	int64_t tid;
	int64_t rel_ns;            /* its first call, from the start of the trace */
	int64_t first_id, last_id; /* syscall row ids of its calls */
	size_t nwin;               /* unseen windows in it */
	char *calls;               /* the syscalls it spans, "clone3 wait4 ..." */
	char *paths;               /* the paths they name, first few, or NULL */
};

/* One program in one process of the new run. */
struct an_proc {
	int64_t upid, pid;
	char *comm;
	const char *prog;          /* the program key (normalised executable) */
	bool new_prog;             /* no baseline ran it */
	uint64_t calls, windows, unseen;
	unsigned lfc;              /* most unseen windows in one locality frame */
	struct an_region *reg;     /* the first AN_MAX_REGIONS, largest first */
	size_t nreg, more;         /* more: regions not kept */
};
#define AN_MAX_REGIONS 100

/* A program's calls of one syscall in the run, or a latency quantile, outside the baselines' range. */
struct an_range {
	const char *prog;
	char *syscall;
	const char *what;          /* "calls", "p50", "p95" */
	uint64_t value, lo, hi;    /* hi: the baselines' max (latency: ns) */
};

struct anomaly {
	struct bprof **base;
	size_t nbase;
	struct bprof *cur;
	const struct bd_opts *o;
	size_t nprogs;             /* programs in the baselines */
	uint64_t ngrams;           /* distinct windows learnt */
	struct an_proc *procs;     /* by lfc, then unseen */
	size_t nprocs;
	struct an_range *ranges;
	size_t nranges;
	struct bprof *uni;         /* the baselines' union, for new files and endpoints */
	struct bdiff *news;        /* uni -> cur */
	struct bd_opts sets;       /* news's options: which syscalls are used, no counts */
	uint64_t windows, unseen;
	unsigned score;            /* max lfc */
	bool anomalous;
	unsigned failures;         /* FAIL_* */
};

#endif
