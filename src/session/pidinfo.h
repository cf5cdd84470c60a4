/*
 * pidinfo.h - process ids as -Y prints them (pidinfo.c).
 */
#ifndef SCTRACE_PIDINFO_H
#define SCTRACE_PIDINFO_H

#include "sbuf.h"

#include <stddef.h>

/* The command name of pid into buf (NUL-terminated); its length, 0 if there is none. */
size_t pid_comm(int pid, char *buf, size_t size);
/* "<comm>", escaped as strace escapes it: \33 for ESC, \74 and \76 for < and > */
void put_comm(struct sbuf *b, const char *comm);
/* "<comm>" after a printed pid (struct render_opts.pid_note for -Y) */
void pid_comm_note(struct sbuf *b, int pid);

#endif
