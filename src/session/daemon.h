/*
 * daemon.h - the tracer of a background session (`sctrace start`,
 * docs/SESSIONS.md): going into the background with the start command
 * waiting until the trace runs (or printing why it could not), the control
 * requests served on the tracer's thread between ptrace stops, the limits,
 * and the summary a stop ends with.
 */
#ifndef SCTRACE_DAEMON_H
#define SCTRACE_DAEMON_H

#include "livefilter.h"
#include "registry.h"

#include <stdint.h>

struct sink;
struct trace_config;

struct session_limits {
	uint64_t max_size;       /* --max-size: store bytes (with its WAL); 0 none */
	uint64_t max_events;     /* --max-events: syscalls + other events recorded */
	uint64_t duration_ns;    /* --duration */
	uint64_t ring;           /* --ring N: the store keeps the most recent N syscalls */
};

/*
 * Fork the session's tracer into its own session (setsid, a second fork,
 * SIGHUP ignored, stdin and stdout on /dev/null).  Only the tracer returns;
 * the calling process copies what the tracer says on stderr to its own
 * until session_ready() (then prints name and exits 0) or the tracer's end
 * (exits 1).
 */
void session_daemonize(const char *name);
/* In the tracer: the trace runs.  stderr goes to the session's log from now on. */
void session_ready(void);
/*
 * In the tracer, until session_ready(): a failure (exit) removes what the
 * start made: info's registry files, and store and cmd_output when given
 * (call again once each exists: never a file that was there before).
 */
void session_undo_on_failure(const struct session_info *info, const char *store, const char *cmd_output);

struct session_setup {
	struct session_info *info;   /* filled in but for pid/state: written as NAME.info */
	struct trace_config *cfg;    /* the trace's (filter changes go here) */
	struct sink *recorder;       /* the store sink (filter changes are noted in it) */
	struct live_filter filter;   /* the filter at the start */
	struct session_limits limits;
	bool command;                /* a started command (ready at its execve), not -p */
	int listen_fd;               /* the control socket, bound and listening */
	int log_fd;                  /* NAME.log */
	int cmd_fd;                  /* --cmd-output, open (-1 with -p) */
};

/*
 * Take over the session: signal handling (SIGTERM/SIGINT/SIGQUIT detach and
 * end it, SIGHUP and SIGPIPE ignored), the control thread, NAME.info.
 * Returns the sink that counts, enforces --max-events and says when the
 * trace is ready: add it after the recorder.
 */
struct sink *session_begin(struct session_setup *s);
/* The tracees are held: for -p the session is ready. */
void session_started(void);
/* In the started command before it waits for the tracer: stdin /dev/null, stdout/stderr to its file. */
void session_child_setup(void);
/*
 * Save the flight recorder (--ring) soon: at the next tick, once the
 * writer has committed what led up to now, the store is copied to
 * STORE.ring-N.db (ring.h) and the session's log says so, with why (an
 * alert rule's name).  Several calls before that tick make one copy.
 */
void session_dump_soon(const char *why);
/* After the trace (sinks closed): NAME.info says ended and why, a stop request gets the summary; exits. */
void session_end(void) __attribute__((noreturn));

/* "12.5 s", "3 min 4 s", "2 h 5 min" */
void session_format_duration(char *buf, size_t n, uint64_t ns);
/* "1.2 MB" */
void session_format_size(char *buf, size_t n, uint64_t bytes);
/* Who traces process pid (its TracerPid): 0 nobody, -1 no such process. */
int session_tracer_of(int pid);
/* The store and its WAL, bytes. */
uint64_t session_store_size(const char *store);

#endif
