/*
 * writer.h - the store's writer thread.  The recorder (on the tracer's
 * thread, while a tracee waits) only appends each row's values to a buffer;
 * a second thread binds them to prepared statements and commits, so SQLite's
 * cost runs beside the trace instead of inside every ptrace stop.
 */
#ifndef SCTRACE_WRITER_H
#define SCTRACE_WRITER_H

#include "store.h"
#include "tables.h"

#include <stddef.h>
#include <stdint.h>

/* One bound column of a row, as the thread reads it back (to bind, or to COPY). */
enum { WT_INT = 1, WT_TEXT = 2, WT_BLOB = 3 };
struct wbind {
	unsigned col;              /* 1-based bind number (store_stmts[]) */
	int type;                  /* WT_* */
	int64_t i;
	const void *p;
	uint32_t len;
};

struct writer;

/*
 * Prepare the statements of store_stmts[] (SQLite), or the COPY buffers
 * (st->pg: pg_writer.c), and start the thread (lazily, at the first row).
 */
struct writer *writer_new(struct store *st);
/* One row: begin, bind columns (1-based; unbound ones are NULL), end. */
void wr_begin(struct writer *w, int stmt);
void wr_int(struct writer *w, int col, int64_t v);
void wr_text(struct writer *w, int col, const char *p, size_t n);
void wr_blob(struct writer *w, int col, const void *p, size_t n);
void wr_end(struct writer *w);
/* Called when rows start to wait in a new chunk: it must get wr_tick() called within ~100 ms. */
void writer_set_wakeup(struct writer *w, void (*wakeup)(void));
/* Nothing else to do for now: hand over rows buffered for a while; true if some still wait. */
bool wr_tick(struct writer *w);
/*
 * Write everything, commit, stop the thread and finalize; exits with one line
 * on a write error.  Returns the writer thread's busy time, ns.
 */
uint64_t writer_finish(struct writer *w);

#endif
