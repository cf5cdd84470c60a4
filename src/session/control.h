/*
 * control.h - a background session's control socket (docs/SESSIONS.md,
 * "Protocol").  A client connects to NAME.sock and sends one request:
 *
 *     VERB\n ARG\n ... \n\n          (a line per argument, an empty line ends it)
 *
 * and reads the answer until the session closes the connection:
 *
 *     ok\n BODY...                   or   error: MESSAGE\n
 *
 * The session's control thread checks every request's peer with
 * SO_PEERCRED (only the session's owner or root) and hands it to the
 * tracer's thread, which does the work between two ptrace stops and answers.
 */
#ifndef SCTRACE_CONTROL_H
#define SCTRACE_CONTROL_H

#include "registry.h"
#include "sbuf.h"

#include <stdbool.h>
#include <sys/types.h>

#define CTL_MAX_ARGS 64

/* ---- client ---- */

/*
 * Send VERB with args to session s and read the answer: true and the body
 * in *body on "ok", false with the message (or why the session could not
 * be reached) in err.  timeout_s bounds the wait for the answer.
 */
bool ctl_call(const struct session_info *s, const char *verb, char *const *args, int nargs,
	      struct sbuf *body, char *err, size_t errlen, int timeout_s);

/* The value of "key=value" line key in an answer's body ("" if absent), copied to buf. */
const char *ctl_field(const char *body, const char *key, char *buf, size_t n);
/*
 * The running session called name, for a command that controls it: false
 * with one line in err when there is none, or it ended or died (its store
 * is still readable: the message says where).
 */
bool ctl_find_running(const char *name, struct session_info *s, char *err, size_t errlen);

/* ---- server (in the session's tracer process) ---- */

struct ctl_request {
	int fd;
	uid_t uid;                 /* the peer's */
	pid_t pid;
	char *verb;
	char *args[CTL_MAX_ARGS];
	int nargs;
	bool done;                 /* answered: the control thread may take the next */
};

/*
 * Listen on lfd in a thread of its own.  Requests from uids other than
 * owner and root are refused there; the others wait, one at a time, for
 * the tracer's thread: wake() is called until ctl_take() has it answered,
 * and also once a second when nothing is asked (a tick for limits and rates).
 */
void ctl_serve(int lfd, uid_t owner, const char *name, void (*wake)(void));
/* On the tracer's thread: the request waiting, or NULL. */
struct ctl_request *ctl_take(void);
/* Answer r: "ok" and text as its body, or "error: text"; closes it and lets the next come. */
void ctl_answer(struct ctl_request *r, bool ok, const char *text);
/* Bind and listen on path (0600); false with err.  A socket file left there is the caller's to check first. */
int ctl_listen(const char *path, char *err, size_t errlen);

#endif
