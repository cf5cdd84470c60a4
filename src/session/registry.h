/*
 * registry.h - where background sessions are found (docs/SESSIONS.md).
 *
 * Each running session has, in its owner's runtime directory
 * ($XDG_RUNTIME_DIR/sctrace/, /run/sctrace/ for root; mode 0700), a control
 * socket NAME.sock, a description NAME.info (key=value lines: its tracer's
 * pid, owner, store, command...) and its tracer's log NAME.log.  A session
 * that ended keeps NAME.info (state ended) until `sctrace stop NAME` or a new
 * session of that name; one whose tracer died is found here as dead and its
 * socket removed.  Other subcommands use registry_store_path() so that
 * `sctrace report NAME` (replay, export, tui...) work on a session by name.
 */
#ifndef SCTRACE_REGISTRY_H
#define SCTRACE_REGISTRY_H

#include <limits.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define SESSION_NAME_MAX 64

enum session_state { SESSION_RUNNING, SESSION_ENDED, SESSION_DEAD };

struct session_info {
	char name[SESSION_NAME_MAX + 1];
	char dir[256];               /* the runtime directory it is registered in (a socket path must be short) */
	enum session_state state;
	int pid;                     /* its tracer */
	unsigned long long starttime;/* the tracer's start time (/proc/PID/stat), against pid reuse */
	uid_t uid;                   /* its owner */
	char store[PATH_MAX];        /* the trace store, an absolute path */
	char cmd_output[PATH_MAX];   /* where a started command's stdout/stderr go ("" with -p) */
	char command[1024];          /* what it traces: the command line, or "-p PID,..." */
	char backend[16];
	char reason[256];            /* ended or dead: why */
	int64_t started_ns, ended_ns;/* realtime */
};

/* NAME: 1 to 64 of [A-Za-z0-9._-], not starting with '.' or '-'. */
bool registry_valid_name(const char *name);
/*
 * The caller's runtime directory: $SCTRACE_RUNTIME_DIR if set (tests), else
 * $XDG_RUNTIME_DIR/sctrace, /run/sctrace for root, /tmp/sctrace-UID.  With
 * create, it is made (0700) if missing and must be the caller's and 0700.
 * NULL with a reason in err.
 */
const char *registry_dir(bool create, char *err, size_t errlen);
/* dir/NAME.EXT of s (ext "sock", "info", "log"). */
void registry_file(const struct session_info *s, const char *ext, char *buf, size_t n);
/*
 * The session called name among those the caller may see (root: its own
 * and every user's under /run/user/), its state checked: a tracer that is
 * gone makes it dead (and its stale socket is removed).  false if none.
 */
bool registry_lookup(const char *name, struct session_info *out);
/* Every session the caller may see, by name; *out is malloc'd.  Stale sockets are cleaned on the way. */
int registry_list(struct session_info **out);
/* Write s's NAME.info (atomically, mode 0600). */
bool registry_write(const struct session_info *s);
/* Forget a session: its socket, info and log. */
void registry_remove(const struct session_info *s);
/*
 * For subcommands that read a store (report, replay, export, tui): arg as
 * given when it names an existing file, else the store of the session
 * called arg (*running tells whether it is still recording; may be NULL),
 * else arg itself (the caller's "no such file" stays the error).
 */
const char *registry_store_path(const char *arg, bool *running);
/* A process's start time (field 22 of /proc/PID/stat), 0 if it is gone. */
unsigned long long registry_proc_starttime(int pid);

#endif
