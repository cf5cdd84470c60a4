/*
 * sink.h - where finished events go.  The session hands every event, once
 * decoded and filtered, to each sink in its list: the strace text printer,
 * JSON Lines, the SQLite trace store.  Several run at once (record to a file
 * while printing text).  A sink sees the session's per-thread record (struct
 * tcb: tid, pid, syscall number, timestamps, the decoded value tree, return
 * value) and never which backend produced the event.
 */
#ifndef SCTRACE_SINK_H
#define SCTRACE_SINK_H

#include "event.h"
#include "value.h"

struct tcb;
struct sink;

/* Why a syscall will not finish (the store's syscall.unfinished column). */
enum unfinished {
	UNF_DIED = 1,        /* the thread died in it (exit_group, killed) */
	UNF_DETACHED = 2,    /* we detached from the thread in it */
	UNF_SUPERSEDED = 3,  /* another thread's execve replaced the thread */
};

struct sink_ops {
	const char *name;
	/* A syscall's entry was decoded (its exit part is not known yet). */
	void (*syscall_entry)(struct sink *s, struct tcb *t);
	/* A syscall finished: t->dc holds the whole tree, rval and errno; ts is the exit time. */
	void (*syscall_exit)(struct sink *s, struct tcb *t, uint64_t ts);
	/* A syscall that will not finish (enum unfinished says why). */
	void (*syscall_unfinished)(struct sink *s, struct tcb *t, uint64_t ts, int why);
	void (*signal)(struct sink *s, struct tcb *t, const struct event *ev, const struct value *siginfo);
	void (*group_stop)(struct sink *s, struct tcb *t, uint64_t ts, int sig);
	void (*exit)(struct sink *s, struct tcb *t, uint64_t ts, int status);
	void (*superseded)(struct sink *s, struct tcb *t, uint64_t ts, int by_tid);
	void (*detached)(struct sink *s, struct tcb *t, uint64_t ts);
	/* The thread's calls come in by another personality (PERS_*) from this one on. */
	void (*personality)(struct sink *s, struct tcb *t, uint64_t ts, int pers);
	/* The backend lost count records of this thread here (eBPF: ring buffer full). */
	void (*lost)(struct sink *s, struct tcb *t, uint64_t ts, unsigned count, const char *reason);
	/*
	 * Every event that is not a syscall stop, unfiltered, with its sequence
	 * number (the store).  A signal comes with its decoded siginfo and, when
	 * recording, the capture records its decoding read (a -y path of si_fd).
	 */
	void (*raw_event)(struct sink *s, const struct event *ev, uint64_t seq,
			  const struct value *siginfo, const void *cap, size_t caplen);
	/* -k: t->stk holds the frames that follow the line just handed over (or an exit's). */
	void (*stack)(struct sink *s, struct tcb *t);
	/* Nothing to report for now: a chance to flush (called often; be cheap). */
	void (*idle)(struct sink *s);
	/* The session ended: write what is pending and release. */
	void (*close)(struct sink *s);
};

struct sink {
	const struct sink_ops *ops;
	struct sink *next;
};

/* The sinks the CLI, replay and sessions can create. */
struct trace_config;
struct sink *text_sink_new(void);          /* strace text (printer.c), onto the session's streams */
struct sink *json_sink_new(const char *path, bool append);   /* JSON Lines (render/json_sink.c) */

#endif
