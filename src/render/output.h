/*
 * output.h - where trace text goes: stderr, a file (-o), a pipe (-o |cmd),
 * or one file per thread (-ff).  A stream remembers which thread owns its
 * half-printed line so an interleaving event can end it with
 * " <unfinished ...>" first, as strace does.
 */
#ifndef SCTRACE_OUTPUT_H
#define SCTRACE_OUTPUT_H

#include "sbuf.h"

struct tcb;

struct outstream {
	int fd;
	bool is_pipe_cmd;      /* -o '|cmd': fd is a pipe to a child */
	bool buffered;         /* regular file: batch lines, flush when idle */
	struct sbuf buf;       /* pending bytes not yet written */
	size_t line_start;     /* offset of the line being built */
	struct tcb *partial;   /* thread whose line is open, or NULL */
	int refs;
	struct outstream *next;
};

/* Open the stream for -o FILE (NULL = stderr). Exits with a message on failure. */
struct outstream *out_open(const char *spec, bool append);
void out_write_line_end(struct outstream *o);   /* the current line is complete */
void out_flush(struct outstream *o);
/* Write out every stream's complete lines (the batch timer calls for it). */
void out_flush_all(void);
bool out_flush_due(void);
/* Ask for a flush (the idle callback) within 100 ms, also for other buffered sinks. */
void out_arm_timer(void);
void out_close(struct outstream *o);
/* Column of the line being built (for -a alignment). */
static inline size_t out_col(const struct outstream *o) { return o->buf.len - o->line_start; }

#endif
