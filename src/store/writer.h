/*
 * writer.h - the store's writer thread.  The recorder (on the tracer's
 * thread, while a tracee waits) only appends each row's values to a buffer;
 * a second thread binds them to prepared statements and commits, so SQLite's
 * cost runs beside the trace instead of inside every ptrace stop.
 */
#ifndef SCTRACE_WRITER_H
#define SCTRACE_WRITER_H

#include "store.h"

#include <stddef.h>
#include <stdint.h>

/* The statements a message can run (their SQL is given to writer_start). */
enum { WS_SYSCALL, WS_EVENT, WS_THREAD, WS_PROCESS, WS_THREAD_END, WS_PROCESS_EXEC, WS_PROCESS_EXIT,
       WS_THREAD_NAME, WS_FILTER, WS_TRIM_SYSCALLS, WS_TRIM_EVENTS, WS_NSTMT };

struct writer;

/* Prepare the statements and start the thread (lazily, at the first row). */
struct writer *writer_new(struct store *st, const char *const sql[WS_NSTMT]);
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
