/*
 * proctrack.h - the processes of a trace as the alert rules see them,
 * kept from the trace itself: who forked whom (attach events), what each
 * executed (execve's arguments), its ids (the set*id calls), its working
 * directory (chdir), its descriptors (open, socket, pipe, memfd_create,
 * dup, close...).  A process whose creation the trace does not show (the
 * started command, a -p process) is seeded once: from /proc when live,
 * from the store's process row in `sctrace check`.
 */
#ifndef SCTRACE_PROCTRACK_H
#define SCTRACE_PROCTRACK_H

#include "procctx.h"

#include <stdbool.h>
#include <stdint.h>

struct dctx;

/* What a descriptor is (fd.type): the names are in fdkind_name() */
enum fdkind { FDK_UNKNOWN, FDK_FILE, FDK_DIR, FDK_SOCKET, FDK_PIPE, FDK_MEMFD, FDK_EVENTFD,
	      FDK_SIGNALFD, FDK_TIMERFD, FDK_EPOLL, FDK_INOTIFY, FDK_FANOTIFY, FDK_PIDFD,
	      FDK_USERFAULTFD, FDK_IOURING, FDK_PERF, FDK_NKINDS };
const char *fdkind_name(int kind);

struct pfd {
	uint8_t kind;    /* enum fdkind; FDK_UNKNOWN and path NULL: not known to be open */
	int family;      /* sockets: AF_* */
	char *path;      /* files: the absolute path; memfds: "/memfd:NAME (deleted)" */
};

struct fdtab {
	struct pfd *v;
	int n;
	int refs;        /* processes sharing it (threads share the process's) */
};

struct proc {
	int pid, ppid;
	char comm[16];
	char *exe, *cwd;         /* NULL: unknown */
	char **argv;
	int argc;
	int uid, euid, gid, egid;   /* -1: unknown */
	bool tty_known;
	char *tty;               /* controlling terminal, NULL: none (or unknown) */
	bool listener;           /* called listen() or accept() since its last execve */
	bool traced;             /* false: an ancestor the trace did not show */
	struct proc *parent;     /* NULL: unknown */
	struct fdtab *fds;
	int refs;                /* threads of it, children, and the caller's holds */
};

/* Details of a process the trace did not see created: false if none known. */
typedef bool (*seed_fn)(void *ud, int pid, uint64_t ts, struct procctx *out);

struct ptab;
struct ptab *ptab_new(seed_fn seed, void *ud);
void ptab_free(struct ptab *pt);
/* A thread is being traced: a new process (forked from parent_tid) or a thread of one. */
void ptab_attach(struct ptab *pt, int tid, int pid, int parent_tid, uint64_t ts);
/* The process of tid, seeding it if it was never seen. */
struct proc *ptab_proc(struct ptab *pt, int tid, int pid, uint64_t ts);
/* Drop a hold the caller took on p (p->refs++). */
void ptab_release(struct proc *p);
/* A thread is gone. */
void ptab_thread_exit(struct ptab *pt, int tid);
/* A successful exec: when the execve call itself was not traced, seed again. */
void ptab_exec_event(struct ptab *pt, int tid, int pid, int old_tid, uint64_t ts, bool execve_traced);
/* A finished syscall's effect on its process (ids, cwd, descriptors, exec). */
void ptab_apply(struct ptab *pt, struct proc *p, const struct dctx *c);

/* Descriptor fd of p, or NULL if not known. */
const struct pfd *proc_fd(const struct proc *p, int fd);
/* path made absolute against p's cwd (or the directory of descriptor dirfd, unless AT_FDCWD):
   a new string, NULL when it cannot be made absolute. */
char *proc_resolve(const struct proc *p, int dirfd, const char *path);

/* "/proc/self/fd/3", "/proc/PID/fd/3" (PID: pid's own), "/dev/fd/3": 3; else -1 */
int proc_fd_alias(const char *path, int pid);

/* The value of argument i as decoded (NULL if it was not printed) and the helpers rules use. */
const struct value *dc_arg(const struct dctx *c, int i);
const struct value *dc_arg_named(const struct dctx *c, const char *name);
/* A number held by a value (fd, number, constant, enum, flags); false if none. */
bool value_number(const struct value *v, int64_t *out);

#endif
