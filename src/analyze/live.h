/*
 * live.h - live statistics for `sctrace tui`: per syscall (calls, errors,
 * rate, a latency histogram from hist.c), per file, per process, and the
 * most recent errors.  Fed one finished syscall at a time, by the live sink
 * (a trace running now) or by a store being recorded (live_store.c); read
 * by the view (live_view.c) under the same lock, from another thread.
 */
#ifndef SCTRACE_LIVE_H
#define SCTRACE_LIVE_H

#include "hist.h"
#include "sbuf.h"
#include "syscalls.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

/* One finished (or unfinished) syscall, as either source sees it. */
struct live_row {
	int nr;                  /* syscall number; its name from the table */
	const char *name;        /* the name when nr has none in the table (a store's name column) */
	int pid;
	uint64_t ts;             /* realtime ns of its entry */
	uint64_t dur_ns;
	bool has_dur;            /* false: it did not finish */
	const char *err;         /* errno name ("ENOENT") if it failed, else NULL */
	const char *path;        /* the file it named or used, or NULL */
	size_t pathlen;
	bool exec_ok;            /* a successful execve: the process's command changed */
};

struct live_call {
	uint64_t count, errors, total_ns;
	uint64_t prev_count;     /* at the last tick: rate = the difference over the tick */
	double rate;
	struct hist lat;
};

struct live_file {
	char *path;
	uint64_t count, errors;
};

struct live_proc {
	int pid;
	char comm[17];
	uint64_t count, errors;
};

#define LIVE_ERRORS 64

struct live_error {
	uint64_t ts;
	int pid;
	int nr;
	char name[32], err[24], path[128];
};

struct live {
	pthread_mutex_t lock;
	struct live_call *call[NSYSCALLS + 1];   /* by number; the last slot: numbers without a name */
	struct live_file *files;                 /* open addressing, nfiles_cap slots */
	size_t nfiles, files_cap;
	struct live_proc *procs;
	size_t nprocs, procs_cap;
	struct live_error errs[LIVE_ERRORS];     /* a ring: the newest at (nerrs - 1) % LIVE_ERRORS */
	uint64_t nerrs;
	uint64_t calls, errors, prev_calls;
	double rate;
	uint64_t start_ns, last_tick_ns;          /* CLOCK_MONOTONIC */
	bool live_pids;                           /* the processes run here: commands from /proc */
	/* the source's state, for the title */
	bool ended;
	char state[128];                          /* "exited with 0", "recording ended" */
};

void live_init(struct live *l, bool live_pids);
/* Add one syscall (takes the lock). */
void live_add(struct live *l, const struct live_row *r);
/* A process's command, when the source knows it (a store's process table). */
void live_set_comm(struct live *l, int pid, const char *comm);
/* Work out the rates since the last tick (takes the lock). */
void live_tick(struct live *l, uint64_t now_ns);
/* The sink that feeds l from a running trace. */
struct sink *live_sink_new(struct live *l);
/* The name of syscall nr as the view shows it. */
const char *live_call_name(int nr);

/* ---- the view (live_view.c) ---- */

enum live_sort { LSORT_CALLS, LSORT_ERRORS, LSORT_TIME, LSORT_P99, LSORT_RATE, LSORT_NAME, LSORT_N };
enum live_style { LS_TITLE, LS_HEADER, LS_TEXT, LS_ERROR, LS_HELP };

struct live_view {
	int width, height;       /* height 0: no limit (batch mode) */
	enum live_sort sort;
	char filter[128];        /* comma-separated: a name's substring or %class; "" shows all */
	bool paused;
	const char *title;       /* what is traced */
	const char *prompt;      /* the filter being typed, or NULL */
	const char *message;     /* a one-line note (a bad filter), or NULL */
};

/* Lay out the screen; each line (at most width columns) goes to emit. */
void live_render(struct live *l, const struct live_view *v,
		 void (*emit)(void *ud, enum live_style style, const char *text, size_t len), void *ud);
/* Is the filter valid?  (A %class must exist.)  If not, why in msg. */
bool live_filter_ok(const char *filter, char *msg, size_t size);
extern const char *const live_sort_names[LSORT_N];

#endif
