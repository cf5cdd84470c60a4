/*
 * perfetto.h - `sctrace export`: a recorded session as a timeline for trace
 * viewers.  export_walk.c walks the store in time order (a track per process
 * and thread, a slice per syscall, instants for signals and exits);
 * perfetto.c writes Perfetto's protobuf and chrome_json.c Chrome's
 * trace-event JSON from that walk.  docs/EXPORT.md says what maps to what.
 */
#ifndef SCTRACE_PERFETTO_H
#define SCTRACE_PERFETTO_H

#include "sbuf.h"

#include <stdbool.h>
#include <stdint.h>

struct store;

enum export_format { EXPORT_PERFETTO, EXPORT_CHROME_JSON };

/* What to export: everything, or narrowed as a report narrows. */
struct export_filter {
	const int *pids;             /* processes (thread group ids); npids 0: all */
	int npids;
	const char *const *syscalls; /* syscall names; nsyscalls 0: all */
	int nsyscalls;
	bool have_since, have_until; /* [since, until) in ns after the session start */
	int64_t since_ns, until_ns;
};

struct export_stats {
	uint64_t slices, instants, processes, threads;
	uint64_t unfinished;         /* slices the store has no end for */
	uint64_t clipped;            /* slices cut short by the next one on their track */
};

/*
 * Write st's session as fmt to the descriptor fd (outname names it in
 * messages), streaming: memory does not grow with the trace.  Errors print
 * one line and exit.
 */
void export_trace(struct store *st, const struct export_filter *f, enum export_format fmt, int fd,
		  const char *outname, struct export_stats *stats);

/* ---- between the walk (export_walk.c) and the writers ---- */

struct xproc {
	int64_t upid;
	int pid;
	uint64_t uuid;               /* the process track */
	const char *name;            /* comm, else argv[0]; valid UTF-8 */
	const char *argv;            /* JSON array text, or NULL */
	int64_t start_ns;            /* 0 if unknown */
};

struct xthread {
	int64_t utid;
	int tid, pid;
	uint64_t uuid;               /* the thread track */
	const struct xproc *proc;    /* NULL if the store has no process row */
	const char *name;            /* valid UTF-8 */
};

/* A syscall on its thread's track; the strings are NUL-terminated copies. */
struct xslice {
	int64_t id;
	int64_t ts, end;             /* end: as the store says, or where it was cut */
	int64_t ret;
	bool has_ret;
	int unfinished;              /* the store's code: 1 died, 2 detached, 3 superseded by execve */
	bool open_end;               /* no end in the store: ended at the thread's end or the trace's */
	bool clipped;                /* cut at the start of the next syscall on the track */
	struct sbuf name, errno_name, args, ret_path, ret_aux;
};

/* A signal, group-stop, exec, exit or detach. */
struct xinstant {
	int64_t ts;
	const char *kind;            /* "signal", "stop", "exec", "exit", "detach" */
	int signo;                   /* signal, stop */
	int status;                  /* exit: wait status */
	int old_tid;                 /* exec */
	const char *info;            /* signal: siginfo as JSON, or NULL */
	size_t info_len;
};

struct exporter;

struct export_writer {
	void (*start)(struct exporter *x);
	void (*process)(struct exporter *x, const struct xproc *p);
	void (*thread)(struct exporter *x, const struct xthread *t);
	void (*slice_begin)(struct exporter *x, const struct xthread *t, const struct xslice *s);
	void (*slice_end)(struct exporter *x, const struct xthread *t, const struct xslice *s);
	void (*instant)(struct exporter *x, const struct xthread *t, const struct xinstant *i);
	void (*finish)(struct exporter *x);
	void (*free)(struct exporter *x);
};

struct exporter {
	struct sbuf out;             /* written to fd whenever it passes a threshold */
	int fd;
	const char *outname;         /* where fd goes, for messages */
	int64_t start_ns;            /* the session's start (Chrome JSON times are relative to it) */
	const char *command;         /* the session's command (JSON array text), or NULL */
	void *priv;                  /* the writer's own state */
};

extern const struct export_writer perfetto_writer;
extern const struct export_writer chrome_json_writer;

/* Write out the buffer if it holds more than a little (or everything, if all). */
void export_flush(struct exporter *x, bool all);

/* An instant's name: "SIGCHLD", "group-stop SIGTSTP", "exit", "exec", "detach". */
const char *export_instant_name(const struct xinstant *i, char *buf, size_t size);
/* Why a slice has no end in the store ("the thread died in the call", ...). */
const char *export_unfinished_text(const struct xslice *s);

/* ---- reading the store's JSON (chrome_json.c) ---- */

/* Is [s, s+n) one JSON value (valid UTF-8, nesting below 64)? */
bool xjson_valid(const char *s, size_t n);

struct xjson_member {
	const char *key, *val;       /* the key without its quotes (still escaped), the value's text */
	size_t key_len, val_len;
};

/*
 * The members of a JSON object, at most max of them; -1 if s is not an
 * object that xjson_valid accepts.
 */
int xjson_members(const char *s, size_t n, struct xjson_member *m, int max);

/* The elements of a JSON array (in m[].val), at most max; -1 if s is not a valid array. */
int xjson_elements(const char *s, size_t n, struct xjson_member *m, int max);

/* key, else key_2, key_3, ...: the first that none of the n members has (in buf). */
const char *xjson_free_key(const struct xjson_member *m, int n, const char *key, char *buf, size_t size);

/* The bytes a JSON string literal (with its quotes) stands for, appended to b. */
void xjson_unescape(struct sbuf *b, const char *s, size_t n);

/* Append s to b as valid UTF-8: invalid bytes become U+FFFD. */
void xutf8_clean(struct sbuf *b, const char *s, size_t n);

#endif
