/*
 * backend.h - the interceptor interface.  A backend starts or attaches to
 * tracees and reports events to a handler while the thread is held, so the
 * handler can read its memory through the supplied struct mem.
 */
#ifndef SCTRACE_BACKEND_H
#define SCTRACE_BACKEND_H

#include "event.h"
#include "mem.h"

typedef void (*event_handler)(void *ud, const struct event *ev, const struct mem *mem);
/* Called when no tracee has anything to report, before the backend blocks. */
typedef void (*idle_handler)(void *ud);

struct launch {
	const char *path;      /* resolved executable */
	char **argv;
	char **envp;
	const char *user;      /* -u: run as this user, or NULL */
	void (*child_setup)(void); /* run in the child before exec */
	/* seccomp prefilter: syscalls that must stop; NULL = stop at every syscall */
	const uint8_t *filter; /* indexed by syscall number, NSYSCALLS entries */
	bool filter_beyond;    /* numbers >= NSYSCALLS stop too */
};

struct ptrace_config {
	bool follow_forks;     /* -f: trace children and new threads */
	bool all_threads;      /* -p: attach to every thread of the process */
	bool want_rusage;      /* collect tracee system time (for -c) */
	bool seccomp;          /* the started command gets launch.filter (needs follow_forks) */
};

void pt_init(const struct ptrace_config *cfg, event_handler h, idle_handler idle, void *ud);
/* Start a command stopped before its execve; returns its pid or exits with an error. */
int pt_launch(const struct launch *l);
/* Attach to a process (all its threads); returns 0 or -1 after printing the reason. */
int pt_attach(int pid);
/* Run until nothing is traced or an interrupt is requested.  Returns when done. */
void pt_loop(void);
/* Ask the loop to detach from everything and return (async-signal-safe). */
void pt_request_stop(int sig);
/*
 * Where tracer and tracees run.  PLACE_PIN: tracer and tracee on one CPU
 * while a single traced thread can run.  PLACE_SPIN: the tracer polls for
 * the next stop for a short while before it sleeps, so a stop does not wait
 * for a sleeping tracer's wake-up.  PLACE_NONE: the scheduler decides.
 */
enum placement { PLACE_NONE, PLACE_PIN, PLACE_SPIN };
void pt_placement(enum placement how);
/* Detach from every tracee, leaving them running (or stopped if they were). */
void pt_detach_all(void);

#endif
