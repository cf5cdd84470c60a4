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
	bool stacks;           /* -k: mem.stack unwinds the stopped thread (unwind.c) */
	bool want_ip;          /* -i: event.ip at signal, group-stop and exec stops too */
	bool quiet_attach;     /* -q: no "Detached unknown pid" message */
	bool detach_on_exec;   /* -b execve: detach from a tracee when it executes a program */
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
/* Detach from every thread of process pid; returns how many threads that was. */
int pt_detach_process(int pid);
/* Is tid one of our tracees? */
bool pt_traces(int tid);
/*
 * A background session's requests (session/daemon.c): fn runs on the
 * tracer's thread, between two stops, at the next turn of pt_loop after
 * pt_request_service() (async-signal-safe; a signal that interrupts the
 * loop's wait makes that turn come at once).  fn may call pt_attach,
 * pt_detach_process and pt_request_stop.
 */
void pt_set_service(void (*fn)(void *ud));
void pt_request_service(void);

/*
 * Shared by the backends.  launch_fork(): fork l's command, waiting until
 * *go_fd is closed; then when_released(ud) runs in the child (a seccomp
 * filter), privileges drop to l->user and it execs.  *err_fd gives the
 * errno of an execve that failed.
 */
#include <sys/types.h>
pid_t launch_fork(const struct launch *l, int (*when_released)(void *ud), void *ud, int *go_fd, int *err_fd);
/* -y/-yy from /proc/PID/fd (m->pid). */
const char *proc_fd_path(const struct mem *m, int fd, unsigned details, struct arena *a);

/*
 * The eBPF backend (ebpf.c, sctrace.bpf.c): the same events from BPF
 * programs on the raw_syscalls tracepoints, with the memory the decoders
 * read copied in the kernel (their capture descriptions) and served from
 * the record.  Nothing is stopped: a syscall reaches the handler after it
 * returned, entry and exit back to back.
 */
/* the bytes of one buffer the eBPF backend copies for -e read=/write= dumps (SCB_MAXREAD) */
#define EBPF_DUMP_BYTES 8192

/* record's ring buffer unless --buffer-size says (text and -c: 8 MiB, allocating it is start-up time) */
#define EBPF_RECORD_RINGBUF (32ull << 20)

struct ebpf_config {
	bool follow_forks;       /* -f: the kernel adds children to the traced set */
	bool system_wide;        /* every task, narrowed by the filters below */
	const char *comm;        /* --comm: only tasks with this name */
	bool want_uid;           /* --uid */
	unsigned uid;
	const char *cgroup;      /* --cgroup: a cgroup v2 directory (and those below) */
	const int *pids;         /* --system-wide -p: only these processes */
	int npids;
	bool count_only;         /* -c: count in the kernel, no records */
	bool capture;            /* copy tracee memory for the decoders */
	bool verbose;            /* -v: arrays and envp in full */
	unsigned strsize;        /* -s */
	unsigned decode_fds;     /* -y: FD_* details (mem.h) */
	bool cpu_time;           /* -c/-C without -w: syscall times on a CPU (sched_switch) */
	bool latency;            /* -c --latency: histograms in the kernel */
	bool want_time;          /* syscall timestamps are shown or kept (-t -r -T -c, JSON, record) */
	const uint8_t *trace;    /* -e trace=: indexed by syscall number (NSYSCALLS) */
	uint64_t ringbuf_bytes;  /* --buffer-size; 0: the default (8 MiB) */
};

/*
 * Can the eBPF backend run here?  0, or -1 with why (one line) in msg:
 * no BTF, no privileges, BPF disabled.
 */
int ebpf_probe(char *msg, size_t size);
/* Load and attach the programs; exits with one clear error line if it cannot. */
void ebpf_init(const struct ebpf_config *cfg, event_handler h, idle_handler idle, void *ud);
int ebpf_launch(const struct launch *l);
int ebpf_attach(int pid);
void ebpf_loop(void);
void ebpf_request_stop(int sig);
/* Records lost (all reasons), and a one-line account of them; after ebpf_loop(). */
uint64_t ebpf_lost(char *msg, size_t size);
/* -c: hand the kernel's per-syscall counts to the summary. */
void ebpf_collect_counts(void (*add)(int nr, uint64_t calls, uint64_t errors, uint64_t ns,
				     uint64_t min_ns, uint64_t max_ns, const uint64_t *hist, unsigned nbuckets));
/* A value representative of the kernel histogram's bucket b (its midpoint). */
uint64_t ebpf_hist_value(unsigned b);
void ebpf_close(void);

#endif
