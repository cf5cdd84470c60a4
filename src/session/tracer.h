/*
 * tracer.h - the tracing session: per-thread state (tcb), the event handler
 * that runs decoders, and the printers it feeds.
 */
#ifndef SCTRACE_TRACER_H
#define SCTRACE_TRACER_H

#include "decode.h"
#include "event.h"
#include "config.h"
#include "output.h"
#include "render.h"

enum {
	TCB_INSYSCALL = 1,   /* between entry and exit */
	TCB_HIDE = 2,        /* our child before its execve: show nothing */
	TCB_FILTERED = 4,    /* the current syscall is not printed */
	TCB_OPEN = 8,        /* the entry part of the current syscall was printed */
	TCB_INTERRUPTED = 16,/* ... and then cut by " <unfinished ...>" */
	TCB_STARTUP = 32,    /* the command we started (its thread group leader) */
};

struct tcb {
	int tid, pid;
	unsigned flags;
	int scno;                /* current or last syscall */
	int last_shown;          /* last syscall that passed the filters (restart_syscall names it) */
	uint64_t entry_ts;       /* CLOCK_MONOTONIC ns at entry */
	uint64_t entry_stime;    /* tracee system time at entry (-c) */
	struct outstream *out;
	struct arena arena;
	struct dctx dc;
	struct tcb *next;
};

struct tracer {
	const struct trace_config *cfg;
	struct outstream *out;   /* shared stream (not -ff) */
	int nprocs;              /* live traced threads */
	bool pid_prefix_file;    /* "%-5d " prefixes (-o with -f) */
	uint64_t real_offset;    /* realtime - monotonic, for -t */
	uint64_t last_ts;        /* for -r */
	int child_pid;           /* the command we started */
	int exit_status;         /* its wait status, -1 while running */
	struct render_opts ropt;
};

extern struct tracer tr;

void tracer_handle_event(void *ud, const struct event *ev, const struct mem *mem);
void tracer_idle(void *ud);
void tracer_finish(void);

/* Text printer (printer.c). */
void print_syscall_entry(struct tcb *t);
void print_syscall_exit(struct tcb *t, uint64_t ts);
void print_syscall_unfinished_exit(struct tcb *t, uint64_t ts);
void print_signal(struct tcb *t, const struct event *ev, const struct mem *mem);
void print_group_stop(struct tcb *t, uint64_t ts, int sig);
void print_exit(struct tcb *t, uint64_t ts, int status);
void print_superseded(struct tcb *t, uint64_t ts, int by_pid);
void print_detached(struct tcb *t);

/* Summary (summary.c). */
void summary_add(int nr, uint64_t ns, bool error);
void summary_print(struct outstream *o);

#endif
