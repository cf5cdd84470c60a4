/*
 * event.h - what an interceptor (ptrace today, eBPF later) reports.
 *
 * Events carry raw facts only: register values, return values, signal
 * numbers and siginfo bytes, wait statuses, timestamps.  Nothing here is
 * formatted; decoders turn syscall events into value trees and printers
 * turn those into text.
 */
#ifndef SCTRACE_EVENT_H
#define SCTRACE_EVENT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum event_kind {
	EV_SYSCALL_ENTRY,  /* about to run a syscall: nr, args */
	EV_SYSCALL_EXIT,   /* syscall returned: rval (nr from the entry) */
	EV_SIGNAL,         /* a signal is about to be delivered */
	EV_GROUP_STOP,     /* the thread entered a group-stop (SIGSTOP & co) */
	EV_EXEC,           /* execve succeeded; old_tid is the thread that called it */
	EV_EXIT,           /* the thread is gone: exited or killed (wait status) */
	EV_ATTACH,         /* a new thread is being traced (attach, clone, fork) */
	EV_DETACH,         /* we stopped tracing the thread while it lives */
	EV_SYSCALL_INTERRUPTED, /* attached while inside syscall entry.nr */
	EV_LOST,           /* the backend lost lost.count records of this thread (eBPF) */
	EV_EXITING,        /* the thread is exiting (PTRACE_EVENT_EXIT): its syscall in flight never returns */
};

/*
 * Tampering (-e inject=): what the handler of a syscall stop may ask the
 * backend to do before the thread runs on.  A backend that holds threads at
 * their syscall stops (ptrace) hands one with each syscall event; others
 * leave event.tamper NULL.
 */
struct tamper {
	bool set_nr;         /* entry: the kernel runs syscall nr instead (-1: none) */
	int32_t nr;
	bool set_rval;       /* exit: the tracee sees rval as the result */
	int64_t rval;
	int32_t signo;       /* entry: deliver this signal as the thread resumes */
	uint64_t delay_ns;   /* keep the thread stopped this long first */
	/* Write the tracee's memory now: bytes written (short at an unwritable page), -1 if none. */
	long (*poke)(const struct tamper *t, uint64_t addr, const void *buf, size_t len);
	int tid;
};

struct event {
	uint8_t kind;
	/*
	 * Syscall events: the personality the call came in by (PERS_X86_64, or
	 * PERS_I386 for a 32-bit program's call or int $0x80); entry.nr is then
	 * SC32_BASE + the i386 number (syscalls.h), and rval eax.
	 */
	uint8_t pers;
	struct tamper *tamper;   /* syscall entry and exit: see above; else NULL */
	int32_t pid;       /* thread group id */
	int32_t tid;       /* thread id */
	uint64_t ts;       /* CLOCK_MONOTONIC, nanoseconds */
	uint64_t stime;    /* system CPU time of the tracee so far, ns (0 if unknown) */
	uint64_t ip;       /* -i: the instruction pointer at the stop (syscall stops always; signal,
			      group-stop and exec stops when asked for) */
	union {
		struct {
			int32_t nr;
			uint64_t args[6];
			uint64_t sp;      /* user stack pointer */
		} entry;
		struct {
			int64_t rval;
			bool is_error;
			uint8_t tampered;    /* a replay: what -e inject= did to the call (TAMPER_*, tracer.h) */
		} exit;
		struct {
			int32_t signo;
			bool have_info;
			uint8_t info[128];   /* siginfo_t as the kernel gave it */
		} sig;
		struct {
			int32_t signo;
		} stop;
		struct {
			int32_t old_tid;
		} exec;
		struct {
			int32_t status;      /* as from waitpid() */
			int32_t exec_errno;  /* the started command's execve failed with this */
		} exit_;
		struct {
			int32_t parent_tid;  /* 0 when attached with -p or started */
			bool startup;        /* our own child, before its first execve */
			int32_t nthreads;    /* -p: threads attached with this leader; -1 other threads */
		} attach;
		struct {
			uint32_t count;
			const char *reason;  /* "ring buffer full" */
		} lost;
	};
};

#endif
