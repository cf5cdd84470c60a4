/*
 * pidinfo.h - process ids as --decode-pids prints them, and in /proc (pidinfo.c).
 */
#ifndef SCTRACE_PIDINFO_H
#define SCTRACE_PIDINFO_H

#include "sbuf.h"

#include <stddef.h>

/* --decode-pids flags (DECODE_PIDS_COMM | DECODE_PIDS_PIDNS) for pid_note */
void pidinfo_init(int decode_pids);
/* The command name of pid into buf (NUL-terminated); its length, 0 if there is none. */
size_t pid_comm(int pid, char *buf, size_t size);
/* "<comm>", escaped as strace escapes it: \33 for ESC, \74 and \76 for < and > */
void put_comm(struct sbuf *b, const char *comm);
/* The name in /proc of a process id of the tracer's namespace ("/proc/%d/..."):
   the id itself unless /proc belongs to another pid namespace */
int pid_proc(int pid);
/* id as the tracee tid (a tracer-side id) sees it, in the tracer's namespace;
   0 when the tracee is in the tracer's namespace, -1 when it is not and
   nothing is found */
int pid_ns_translate(int tid, int id);
/* What follows a printed pid of tracee tid (struct render_opts.pid_note):
   "<comm>" (-Y) and " / * N in strace's PID NS * /" (--pidns-translation) */
void pid_note(struct sbuf *b, int tid, int pid, unsigned kind);

#endif
