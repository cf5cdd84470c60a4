/*
 * ptrace_int.h - what the ptrace interceptor's files share (ptrace.c, the
 * loop; ptrace_place.c, CPU placement; ptrace_tamper.c, -e inject=): the
 * per-thread state and its table.
 * Not for use outside src/trace/ptrace*.c.
 */
#ifndef SCTRACE_PTRACE_INT_H
#define SCTRACE_PTRACE_INT_H

#include <sched.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
	PT_GROUPSTOP = 1,   /* in group-stop, resumed with PTRACE_LISTEN */
	PT_STARTUP = 2,     /* our own child before its execve */
	PT_ANNOUNCED = 4,   /* EV_ATTACH was reported */
	PT_FRESH = 8,       /* attached with -p, first stop not seen yet */
	PT_INSC = 16,       /* seccomp mode: between a seccomp stop and its exit stop */
	PT_WASPINNED = 32,  /* pinned at some point during the current syscall */
	PT_WAITING = 64,    /* blocked waiting for a child: wait4, waitid, vfork */
	PT_REPIN = 128,     /* unpinned for a fork-like call whose child we do not follow */
	PT_NEWCHILD = 256,  /* a new child whose first stop came before its parent's fork event */
};

struct pthread {
	int tid, tgid;
	unsigned flags;
	cpu_set_t *orig_mask;   /* pinned: the affinity it had before */
	int sc_nr;              /* pinned: syscall in flight and its first args */
	uint64_t sc_args[4];
	uint64_t resume_at;     /* -e inject=...:delay_*: held until then (CLOCK_MONOTONIC ns) */
	int resume_sig;         /* and then resumed with this */
	struct pthread *dnext;  /* the list of delayed threads */
	struct pthread *next;
};

#define NBUCKETS 1024
extern struct pthread *buckets[NBUCKETS];   /* the thread table, by tid */
extern int nthreads;

/* ---- CPU placement (ptrace_place.c) ---- */
extern int pin_cpu;          /* the CPU tracer and a lone runnable tracee share; -1: no pinning */
extern uint64_t spin_ns;     /* PLACE_SPIN: how long to poll for a stop before sleeping */
void unpin_thread(struct pthread *t);
/* Pin or unpin as the number of runnable tracees says (after threads come, go, block). */
void placement_update(void);
/* At a syscall's exit: hide the pinning from sched_getaffinity/setaffinity and from children. */
void placement_fixup(struct pthread *t, int64_t rval);
bool is_fork_like(int nr);
/* A call that blocks until a child does something (wait4, waitid, vfork). */
bool waits_for_child(int nr, const uint64_t *a);

/* Resume a held thread (re-injecting signal inject); ptrace.c. */
void thread_resume(struct pthread *t, int inject);

/* ---- tampering: -e inject=, -e fault= (ptrace_tamper.c) ---- */
struct tamper;
/* Write tracee memory for a poke_enter=/poke_exit= (struct tamper's poke). */
long pt_poke(const struct tamper *tm, uint64_t addr, const void *buf, size_t len);
/* Apply what tm says to t at its stop: number, return value, memory; the signal to deliver. */
int tamper_apply(struct pthread *t, const struct tamper *tm);
/* Hold t until its resume_at, then resume it with sig; forget it (it is gone). */
void delay_add(struct pthread *t, int sig);
void delay_forget(struct pthread *t);
/* Resume the held threads whose time has come (the loop calls it while delayed is not NULL). */
extern struct pthread *delayed;
void delays_run(void);

#endif
