/*
 * render.h - render a value tree as strace-compatible text.
 */
#ifndef SCTRACE_RENDER_H
#define SCTRACE_RENDER_H

#include "sbuf.h"
#include "value.h"

struct render_opts {
	int xflag;   /* 0, 1 (-x: hex if unprintable), 2 (-xx: always hex), XFLAG_ESCAPES */
	/* -Y, --pidns-translation: what follows a process id (NF_PID) of tracee pid_tid:
	   "<comm>", " / * N in strace's PID NS * /"; kind: the value's sflags; NULL: nothing */
	void (*pid_note)(struct sbuf *b, int tid, int pid, unsigned kind);
	int pid_tid; /* the tracee whose line is being printed */
	int xstyle;  /* enum xstyle (-X): constants as names, numbers, or both */
	bool in_alt; /* inside the comment after an XS_ALT value's raw form */
};

/* --strings-in-hex=non-ascii-chars: strings as usual, their escapes in hex, not octal */
#define XFLAG_ESCAPES 3

void render_value(struct sbuf *b, const struct value *v, const struct render_opts *o);
/* Quote and escape a byte string the way strace does. */

void render_string(struct sbuf *b, const char *s, size_t len, unsigned sflags, int xflag);
/* Flags / enums / signal sets, exposed for the few places that need them bare. */
void render_flags(struct sbuf *b, uint64_t v, const struct xlat *x, int unknown_fmt, int xstyle);
void render_sigset(struct sbuf *b, uint64_t mask, int xstyle);
void render_num(struct sbuf *b, uint64_t v, int fmt);
/* Kernel-internal error codes only a tracer sees (ERESTARTSYS...): name, message, restarted? */
const char *kernel_errno_info(int err, const char **msg, bool *restart);
const char *kernel_errno_name(int err);

#endif
