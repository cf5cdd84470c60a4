/*
 * tracer.h - the tracing session: per-thread state (tcb), the event handler
 * that runs decoders, and the sinks it feeds.
 */
#ifndef SCTRACE_TRACER_H
#define SCTRACE_TRACER_H

#include "decode.h"
#include "event.h"
#include "config.h"
#include "output.h"
#include "render.h"
#include "sink.h"

enum {
	TCB_INSYSCALL = 1,   /* between entry and exit */
	TCB_HIDE = 2,        /* our child before its execve: show nothing */
	TCB_FILTERED = 4,    /* the current syscall is not printed */
	TCB_OPEN = 8,        /* the entry part of the current syscall was printed */
	TCB_INTERRUPTED = 16,/* ... and then cut by " <unfinished ...>" */
	TCB_STARTUP = 32,    /* the command we started (its thread group leader) */
	TCB_EXECD = 64,      /* ... and its execve has succeeded */
	TCB_EXEC_FAILED = 128, /* ... or failed: hidden again, but for its exit */
};

/* What -e inject= did to the current syscall: the printer's notes. */
enum {
	TAMPER_RETVAL = 1,   /* its result was injected: "(INJECTED)" */
	TAMPER_ARGS = 2,     /* memory its arguments point to was poked: "(INJECTED: args)" */
	TAMPER_DELAYED = 4,  /* "(DELAYED)" */
};

struct inject_rule;

struct tcb {
	int tid, pid;
	unsigned flags;
	int scno;                /* current or last syscall */
	int last_shown;          /* last syscall that passed the filters (restart_syscall names it) */
	uint64_t entry_ts;       /* CLOCK_MONOTONIC ns at entry */
	uint64_t entry_stime;    /* tracee system time at entry (-c) */
	uint64_t entry_seq;      /* the session's event number of the entry */
	int entry_tid;           /* the thread that entered it (a non-leader execve returns as the leader) */
	uint64_t exit_stime;     /* tracee system time at exit */
	struct capture *cap;     /* recording: what the decoders read for this syscall */
	struct outstream *out;
	struct arena arena;
	struct dctx dc;
	uint64_t ip;             /* -i: at the last stop (entry, exit, signal) */
	bool ip_known;           /* false once the thread is gone: "[????????????????]" */
	struct frames stk;       /* -k: frames for the next stack print (captured at an exec/exit entry, or now) */
	uint32_t *inject_count;  /* -e inject=: calls of each syscall so far, for when= (made on first use) */
	const struct inject_rule *inject;  /* the rule tampering with the current syscall, or NULL */
	unsigned tampered;       /* TAMPER_* of the current syscall */
	char prefix[24];         /* the printer's "PID " / "[pid  PID] " for prefix_tid (made once) */
	char comm[16];           /* -Y: its command as last read, for lines printed after it is gone */
	int prefix_tid;
	uint8_t prefix_len, prefix_kind;
	uint8_t pers;            /* the personality (PERS_*) its calls last came in by */
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
	struct sink *sinks;      /* where finished events go, in order */
	bool decoding;           /* some sink wants value trees (not just -c) */
	bool capturing;          /* a sink records what the decoders read (the store) */
	uint64_t seq;            /* events handled so far */
	uint8_t pers;            /* the personality of the last call that changed one (as strace's) */
	uint64_t lost;           /* records the backend said it lost */
	uint64_t start_ts;       /* CLOCK_MONOTONIC ns of the first event (relative times) */
	struct arena scratch;    /* signal decoding */
	struct capture *sigcap;  /* recording: what a siginfo's decoding read */
};

extern struct tracer tr;

/* Add a sink at the end of the list (the text sink goes first). */
void tracer_add_sink(struct sink *s);
void tracer_handle_event(void *ud, const struct event *ev, const struct mem *mem);
void tracer_idle(void *ud);
/* The traced thread tid, or NULL. */
struct tcb *tcb_find(int tid);
void tracer_finish(void);

/* Summary (summary.c). */
void summary_add(int nr, uint64_t ns, bool error);
/* Counts made elsewhere (the eBPF backend's -c in the kernel): a whole row, and latency values. */
void summary_add_bulk(int nr, uint64_t calls, uint64_t errors, uint64_t ns, uint64_t min_ns, uint64_t max_ns);
void summary_add_latency(int nr, uint64_t ns, uint64_t count);
void summary_latency_bounds(int nr, uint64_t min_ns, uint64_t max_ns);
void summary_print(struct outstream *o);
/* "[ Process PID=N runs in 32 bit mode. ]" on t's stream (printer.c): -c prints it too */
void print_personality(struct tcb *t, uint64_t ts, int pers);

#endif
