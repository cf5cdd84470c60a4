/*
 * bdiff.h - `sctrace diff`: behavioural differences between recorded runs.
 * A profile is what `sctrace report` extracts from a store (processes,
 * files, endpoints, errors, per-syscall counts and latencies) with names
 * normalised (pathnorm.h); bdiff_compare lists what differs between two
 * profiles, and the anomaly half (anomaly.c) learns per-program syscall
 * sequences from baselines and scores a new run.  docs/DIFF.md is the manual.
 */
#ifndef SCTRACE_BDIFF_H
#define SCTRACE_BDIFF_H

#include "pathnorm.h"
#include "report.h"
#include "stats.h"

#include <stdio.h>

/* The parameters (docs/DIFF.md), with their defaults in bdiff_defaults(). */
struct bd_opts {
	double alpha;              /* latency: p below this */
	double min_effect;         /* and |Cliff's delta| at least this */
	double min_ratio;          /* and the medians apart by this factor */
	size_t min_samples;        /* and at least this many calls on each side */
	double count_pct;          /* counts: changed by this fraction of the larger */
	uint64_t count_abs;        /* and by at least this many calls */
	bool all;                  /* counts and latencies of every syscall, not only changes */
	/* --baseline */
	unsigned ngram;            /* window length n */
	unsigned frame;            /* locality frame: windows */
	unsigned threshold;        /* anomalous: this many unseen windows in one frame (0: ngram + 4) */
	double rate_tol;           /* counts beyond the baselines' range by this fraction */
	double lat_tol;            /* latency quantiles beyond their range by this fraction */
	size_t max_unseen;         /* unseen regions listed per process in the text */
	bool sets_only;            /* syscalls: only which are used (the baseline's union) */
	bool json, color;
	size_t width;
};
void bdiff_defaults(struct bd_opts *o);

/* File access letters: r w c d x (RF_* of report.h), "-" when only looked at. */
void bd_how_text(char *buf, unsigned how);

/* One recorded run, normalised. */
struct bprof {
	const char *file;
	struct store *st;
	struct report *r;
	struct report_opts ro;
	struct pathnorm pn;
	char **cmd;                /* per r->procs[i]: the normalised command line */
	char **exe;                /* per r->procs[i]: the normalised executable */
	struct smap procs;         /* command line -> count */
	struct smap parents;       /* command line -> its first instance's parent's (char *, in cmd) */
	struct smap exes;          /* executable -> count */
	struct smap files;         /* path -> RF_* | BD_SEEN */
	struct smap endpoints;     /* endpoint -> sockets */
	struct smap errors;        /* "syscall ERRNO path" -> count */
	struct smap syscalls;      /* name -> struct rep_syscall * */
};
#define BD_SEEN (1u << 8)      /* in files: some call on it succeeded */

/* Open and profile a store; exits with one error line if it is not one. */
struct bprof *bprof_load(const char *file);
void bprof_free(struct bprof *p);
/* smap values are small integers */
static inline uint64_t sm_num(const struct smap *m, size_t i)
{
	return (uint64_t)(uintptr_t)m->vals[i];
}
uint64_t sm_get(const struct smap *m, const char *key);
struct jw;
/* What any of the profiles touched (sets only: no report, no store; the baselines of --baseline). */
struct bprof *bprof_union(struct bprof **base, size_t n);
void bprof_union_free(struct bprof *u);
/* The end of a --json document: fail_on, failed, the closing brace; written to out. */
void bd_json_finish(struct jw *w, FILE *out, const char *fail_on, bool failed);

enum bd_kind {
	BD_PROCESS, BD_EXEC, BD_FILE, BD_ENDPOINT, BD_SYSCALL, BD_ERROR, BD_COUNT, BD_LATENCY, BD_NKINDS
};
extern const char *const bd_kind_names[BD_NKINDS];   /* "processes", "programs", ... */

struct bd_lat {
	uint64_t na, nb, p50a, p50b, p95a, p95b, p99a, p99b;
	struct mwu m;
	struct ks k;
};

struct bd_item {
	enum bd_kind kind;
	char *key;                 /* command line, exe, path, endpoint, syscall, "syscall ERRNO path" */
	char *parent;              /* BD_PROCESS: the command line that started it (the side that has it), or NULL */
	uint64_t a, b;             /* counts on each side; files: RF_* | BD_SEEN */
	struct bd_lat lat;         /* BD_LATENCY */
	bool changed;              /* a difference (--all adds rows that are not) */
};

struct bdiff {
	const struct bprof *a, *b;
	const struct bd_opts *o;
	struct bd_item *items;     /* by kind, then key */
	size_t n;
	size_t nchanged[BD_NKINDS];
};

struct bdiff *bdiff_compare(const struct bprof *a, const struct bprof *b, const struct bd_opts *o);
void bdiff_free(struct bdiff *d);
void bdiff_text(const struct bdiff *d, FILE *out);
void bdiff_json(const struct bdiff *d, FILE *out, const char *fail_on, bool failed);

/* --fail-on: the classes of difference that make the exit status 1. */
enum {
	FAIL_NEW_PROCESS = 1 << 0, FAIL_NEW_EXEC = 1 << 1, FAIL_NEW_FILE = 1 << 2,
	FAIL_NEW_ENDPOINT = 1 << 3, FAIL_NEW_SYSCALL = 1 << 4, FAIL_NEW_ERROR = 1 << 5,
	FAIL_COUNT = 1 << 6, FAIL_LATENCY = 1 << 7, FAIL_GONE = 1 << 8,
	FAIL_ANOMALY = 1 << 9, FAIL_SEQUENCE = 1 << 10, FAIL_RATE = 1 << 11,
	FAIL_ANY = (1 << 12) - 1,
};
/* The --fail-on classes a diff has. */
unsigned bdiff_failures(const struct bdiff *d);

/* ---- --baseline (anomaly.c) ---- */
struct anomaly;
struct anomaly *anomaly_score(struct bprof **base, size_t nbase, struct bprof *cur, const struct bd_opts *o);
unsigned anomaly_failures(const struct anomaly *an);
void anomaly_text(const struct anomaly *an, FILE *out);
void anomaly_json(const struct anomaly *an, FILE *out, const char *fail_on, bool failed);
void anomaly_free(struct anomaly *an);



/* ---- text output shared by bdiff_out.c and anomaly_out.c ---- */
struct bd_out {
	struct sbuf b;
	struct palette pal;
	size_t width;
};
void bd_out_init(struct bd_out *o, const struct bd_opts *opts);
void bd_title(struct bd_out *o, const char *name, const char *detail);
void bd_line(struct bd_out *o, const char *colour, const char *fmt, ...) ATTR_PRINTF(3, 4);
void bd_flush(struct bd_out *o, FILE *out);
/* text on as many lines as it takes, each indented and within the width, broken at spaces */
void bd_wrap(struct bd_out *o, size_t indent, const char *text);
/* "A  python3 -m http.server  (1 process, 1528 syscalls, 1.93s)" */
void bd_run_line(struct bd_out *o, const char *label, const struct bprof *p);
/* k: { "file": ..., "command": [...], "processes": N, "syscalls": N, "duration_ns": N } (k NULL: an array element) */
void bd_run_json(struct jw *w, const char *k, const struct bprof *p);

#endif
