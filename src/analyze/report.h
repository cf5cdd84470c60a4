/*
 * report.h - `sctrace report`: answers from a recorded trace store.  The
 * report is built once (report_build: SQL queries over the store, plus C for
 * percentiles and descriptor tracking) into the plain structs below, then
 * printed for a terminal (report_text) or as one JSON document (report_json).
 * docs/REPORT.md describes the sections and the JSON.
 */
#ifndef SCTRACE_REPORT_H
#define SCTRACE_REPORT_H

#include "report_util.h"
#include "store.h"

#include <stdio.h>

enum {
	RSEC_SUMMARY = 1 << 0,
	RSEC_SYSCALLS = 1 << 1,
	RSEC_ERRORS = 1 << 2,
	RSEC_PROCESSES = 1 << 3,
	RSEC_FILES = 1 << 4,
	RSEC_NETWORK = 1 << 5,
	RSEC_SLOW = 1 << 6,
	RSEC_ALL = (1 << 7) - 1,
};

/* --sort keys (strace -S style); numbers sort descending, names ascending */
enum rep_sort { RS_TIME, RS_CALLS, RS_ERRORS, RS_AVG, RS_P50, RS_P95, RS_P99, RS_MAX, RS_NAME };

#define REPORT_TOP_DEFAULT 10
#define REPORT_SLOW_MAX 1000        /* the slow list with --top 0 */

struct report_opts {
	unsigned sections;          /* RSEC_* */
	enum rep_sort sort;
	bool sort_given;
	int *pids;                  /* --pid: these and their descendants */
	size_t npids;
	char **syscalls;            /* --syscall */
	size_t nsyscalls;
	int64_t since_ns, until_ns; /* relative to the session's start; -1: not given */
	long top;                   /* rows per list; 0 no limit; -1 the default */
	bool histogram;
	char **hist_names;          /* --histogram=NAME,...: these; else the top few */
	size_t nhist;
	bool json;
	bool color;
	size_t width;
	bool progress;              /* a progress bar on stderr for large inputs */
	bool keep_durations;        /* rep_syscall.durs: every duration (sctrace diff) */
	bool error_paths;           /* rep_error.paths: every distinct path (sctrace diff) */
	bool live;                  /* the store of a background session still recording */
};

#define HIST_BUCKETS 64             /* bucket k: [2^k, 2^(k+1)) ns; bucket 0 also holds 0 */

struct rep_syscall {
	char *name;
	int64_t nr;
	uint64_t calls, errors, unfinished;
	uint64_t timed;             /* calls with a duration (finished) */
	uint64_t total_ns, min_ns, p50_ns, p95_ns, p99_ns, max_ns;
	uint64_t hist[HIST_BUCKETS];
	bool show_hist;
	uint64_t *durs;             /* keep_durations: the timed durations, ascending */
};

struct rep_count {
	char *name;
	uint64_t n;
};

#define ERR_EXAMPLES 3
struct rep_error {
	char *syscall, *errno_name;
	int64_t nr, err;
	uint64_t count;
	char *examples[ERR_EXAMPLES];   /* the first distinct paths, or name(args) */
	size_t nexamples;
	bool more;                  /* there were other distinct ones */
	struct rep_count *paths;    /* error_paths: each distinct path and its count */
	size_t npaths;
};

struct rep_proc {
	int64_t upid, pid, ppid;
	long parent;                /* index in report.procs, or -1 */
	char *comm, *exe, *cwd;
	char **argv;
	size_t argc;
	int64_t start_ns, end_ns;   /* realtime; end_ns 0 if it did not end in the trace */
	bool have_code, have_signal, core;
	int exit_code, exit_signal;
	uint64_t syscalls;
	int depth;                  /* in the tree */
	bool selected;              /* --pid (and the time window) keep it */
};

/* What was done to a file (successful calls), rep_file.how */
enum {
	RF_READ = 1 << 0,           /* opened for reading */
	RF_WRITE = 1 << 1,          /* opened for writing, or truncated */
	RF_CREATE = 1 << 2,         /* O_CREAT, creat, mkdir, mknod, link, symlink, rename's new name */
	RF_DELETE = 1 << 3,         /* unlink, rmdir, rename's old name */
	RF_EXEC = 1 << 4,           /* execve'd */
};

struct rep_file {
	char *path;
	uint64_t opens, calls, errors, rbytes, wbytes, time_ns;
	unsigned how;               /* RF_* */
};

struct rep_endpoint {
	char *label, *proto, *local, *remote;
	const char *role;           /* "connect", "accept", "listen", "bind", "peer", "socket" */
	uint64_t sockets, calls, errors, sent, received, time_ns;
};

struct rep_slow {
	int64_t id, pid, tid;
	int64_t rel_ns;             /* entry, from the session start */
	uint64_t dur_ns;
	char *syscall, *comm, *line;
};

struct rep_summary {
	char **command;             /* argv of the started command, or NULL (-p) */
	size_t ncommand;
	int64_t *attached;          /* pids attached with -p */
	size_t nattached;
	char *host, *kernel, *version, *backend;
	int64_t start_ns, end_ns;   /* end_ns: the session's, else the last event seen */
	bool finished;              /* session.end_ns was written */
	bool have_exit;
	int exit_status;            /* wait status */
	uint64_t processes, threads, syscalls, errors, unfinished, signals, lost;
	struct rep_count *sigs;     /* signals by name */
	size_t nsigs;
	struct rep_filter_change {  /* a background session's filters (the filter_change table) */
		int64_t ts;             /* realtime ns */
		char *filter;           /* as options; "" everything */
		char *source;           /* "start" or "filter" */
	} *filters;
	size_t nfilters;
};

struct report {
	const char *file;
	const struct report_opts *o;
	size_t top;                 /* the effective row limit (SIZE_MAX: none) */
	struct rep_summary sum;
	struct rep_syscall *sc;     /* sorted by --sort */
	size_t nsc;
	struct rep_error *err;      /* by count */
	size_t nerr;
	struct rep_proc *procs;     /* by start time */
	size_t nprocs;
	size_t *tree;               /* procs indexes in tree order (parents before children) */
	size_t ntree;
	struct rep_file *files;
	size_t nfiles;
	struct rep_endpoint *net;
	size_t nnet;
	struct rep_slow *slow;
	size_t nslow;
	char **notes;               /* shown above the sections */
	size_t nnotes;
};

struct report *report_build(struct store *st, const char *file, const struct report_opts *o);
void report_text(const struct report *r, FILE *out);
void report_json(const struct report *r, FILE *out);
void report_free(struct report *r);

/* ---- between the report's own files ---- */

/* What --pid, --syscall, --since and --until keep, for the C side of a pass. */
struct rep_filter {
	bool any;                   /* some filter was given */
	struct imap pids;           /* pid -> 1 (with descendants) */
	bool by_pid;
	int64_t *nrs;               /* syscall numbers of --syscall */
	size_t nnrs;
	int64_t from_ts, to_ts;     /* absolute; INT64_MIN / INT64_MAX when open */
	char *where;                /* the same as an SQL condition (without WHERE) */
};

static inline bool rep_filter_nr(const struct rep_filter *f, int64_t nr)
{
	if (!f->nnrs)
		return true;
	for (size_t i = 0; i < f->nnrs; i++)
		if (f->nrs[i] == nr)
			return true;
	return false;
}

static inline bool rep_filter_row(const struct rep_filter *f, int64_t pid, int64_t nr, int64_t ts)
{
	if (!f->any)
		return true;
	if (ts < f->from_ts || ts >= f->to_ts)
		return false;
	if (f->by_pid && !imap_get(&f->pids, pid, 0))
		return false;
	return rep_filter_nr(f, nr);
}

struct rep_build {
	struct report *r;
	struct store *st;
	struct rep_filter f;
	struct imap utid_upid;      /* thread -> process instance */
	struct imap upid_index;     /* process instance -> index in r->procs */
	struct progress prog;
	uint64_t nrows;             /* max(syscall.id): the progress bar's 100% */
	bool single_session;        /* the store holds one session: no session_id conditions */
};

/* One syscall row of the pass, as report.c read it (pid and ts only when a filter needs them). */
struct srow {
	int64_t id, utid, pid, nr, ret, err, fd, bytes, ts;
	uint64_t dur;
	bool has_ret, has_err, has_fd, has_bytes, has_dur;
	const char *path;        /* NULL when none */
	const char *err_args;    /* args of a failed call without a path (errors' examples) */
};

/* report_fd.c: the files and network sections (descriptors resolved over the trace). */
struct fdpass;
struct fdpass *fd_pass_begin(struct rep_build *b);
/* One row, every row of the session in id order (the order calls returned). */
void fd_pass_row(struct fdpass *fp, const struct srow *w);
/* Fill the report's files and network, free the rest. */
void fd_pass_end(struct fdpass *fp);
/* Add a note shown above the sections. */
void report_note(struct report *r, const char *fmt, ...) ATTR_PRINTF(2, 3);

#endif
