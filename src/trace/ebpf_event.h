/*
 * ebpf_event.h - the one header both halves of the eBPF interceptor share:
 * the kernel program (sctrace.bpf.c) writes these records into the ring
 * buffer and these counters into maps; the loader (ebpf.c) reads them and
 * turns each record into the same struct event + struct mem the ptrace
 * backend produces.  Types are the kernel's __u8..__u64, so the header
 * compiles against vmlinux.h and against <linux/types.h>.
 *
 * A syscall travels as one record at its exit (SCR_SYSCALL) carrying the
 * memory captured at entry and at exit, in the capture record layout of
 * capture.h (docs/STORE.md), so captured bytes are served to the decoders
 * by the same struct capmem a replay uses.
 */
#ifndef SCTRACE_EBPF_EVENT_H
#define SCTRACE_EBPF_EVENT_H

#define SCB_NSYSCALLS  512        /* syscall numbers covered by the maps */
#define SCB_CAPS       8          /* capture descriptions per syscall */
#define SCB_DATA       16384      /* capture bytes one record can carry */
#define SCB_MAXREAD    8192       /* one copy from the tracee at most (power of 2) */
#define SCB_PATH_MAX   4096
#define SCB_STRV_MAX   256        /* argv/envp pointers copied at most */
#define SCB_IOV_MAX    64         /* iovec entries copied at most */
#define SCB_PATH_DEPTH 64         /* -y: path components resolved at most (power of 2) */
#define SCB_CAP_HDR    16         /* capture.h's record header */

/* capture.h's record kinds, phases and flags (same values) */
#define SCB_CAP_READ   1
#define SCB_CAP_STR    2
#define SCB_PH_ENTRY   0
#define SCB_PH_EXIT    1
#define SCB_CAPF_FAIL  1
#define SCB_CAPF_TERM  2

/* one capture description: decode.h's struct capspec, argument numbers absolute */
struct scb_cap {
	__u8 kind;        /* enum cap_kind (decode.h) */
	__u8 arg;
	__u8 phase;       /* CAPP_ENTRY 1 | CAPP_EXIT 2 */
	__u8 len;         /* argument with the count, or 6: the return value */
	__u16 size;
	__u16 pad;
};

/* per syscall number: what to copy */
struct scb_desc {
	__u8 entry_mask;  /* a bit per cap[] entry read at entry */
	__u8 exit_mask;   /* ... and at exit */
	__u8 pad[6];      /* cap[] 8-byte aligned: each is one load */
	struct scb_cap cap[SCB_CAPS];
};

enum scb_rec_type {
	SCR_SYSCALL = 1,  /* a finished syscall: entry and exit */
	SCR_ENTRY,        /* a syscall that does not return (exit, exit_group) or whose thread died in it */
	SCR_EXEC,         /* execve succeeded: old_tid is the thread that called it */
	SCR_EXIT,         /* a thread is gone: status as from waitpid() */
	SCR_SIGNAL,       /* a signal is delivered (or, being ignored, discarded) */
	SCR_FORK,         /* a new traced task: parent is the tracee that made it */
};

/* the fixed head of every record; SCR_SYSCALL/SCR_ENTRY carry caplen capture bytes after it */
struct scb_rec {
	__u32 type;        /* enum scb_rec_type */
	__u32 size;        /* bytes in the whole record */
	__u64 ts;          /* CLOCK_MONOTONIC ns: entry (syscalls), or when it happened */
	__u64 ts_exit;     /* syscall exit */
	__s32 pid;         /* thread group id */
	__s32 tid;         /* thread id at exit (a non-leader execve changes it) */
	__s32 entry_tid;   /* thread id at entry */
	__s32 nr;          /* syscall number; signal number for SCR_SIGNAL */
	__u64 args[6];
	__s64 ret;         /* return value; SCR_EXIT: wait status; SCR_EXEC: old tid; SCR_FORK: parent tid */
	__u32 caplen;      /* capture bytes following */
	__u32 lost;        /* records of this thread dropped just before this one */
	__u32 lost_reason; /* the last reason (enum scb_drop) */
	__u32 flags;       /* SCRF_* */
	__s32 exec_old_tid;/* SCRF_EXEC: the tid that called execve (the kernel's old_pid) */
	__u32 pad;
	__u64 cpu_ns;      /* -c/-C: time on a CPU between entry and exit (0 unless asked) */
	__u64 sp;          /* the user stack pointer at entry (rt_sigreturn's frame) */
};
#define SCRF_TRUNC     1  /* some captures did not fit the record (SCB_DATA) */
#define SCRF_THREAD    2  /* SCR_FORK: a thread of its parent's process */
#define SCRF_IGNORED   4  /* SCR_SIGNAL: generated but ignored, never delivered */
#define SCRF_EXEC      8  /* SCR_SYSCALL: this execve replaced the program (exec_old_tid) */
#define SCRF_STOPS    16  /* SCR_SIGNAL: a stop signal with its default action: a group-stop follows */
#define SCRF_COMPAT   32  /* SCR_SYSCALL/SCR_ENTRY: an i386 call (nr is i386's, args ebx..ebp); nothing captured */
/* the i386 calls' -c counters follow the x86_64 ones in the stats and hists maps */
#define SCB_COUNT_KEYS (2 * SCB_NSYSCALLS)

#define SCB_SIGINFO    48 /* bytes of siginfo after an SCR_SIGNAL record (kernel_siginfo) */

/* why a record was lost: counted per CPU in the drops map, reported by the loader */
enum scb_drop {
	DROP_RINGBUF = 0,  /* the ring buffer was full */
	DROP_NOMEM,        /* no per-thread state could be allocated */
	DROP_TRUNC,        /* captures cut short (not a lost record, counted apart) */
	DROP_NREASONS
};

/* tid set values (the tids map): how a traced thread is followed */
#define SCB_TID_TRACED    1
#define SCB_TID_AT_EXEC   2  /* started command: traced from its execve on */
#define SCB_TID_FRESH     4  /* attached or forked: its first exit may be of a call not seen entering */

/* -c in the kernel: one row per syscall number (a per-CPU array) */
#define SCB_HIST_SUB_BITS 4
#define SCB_HIST_BUCKETS  1024
struct scb_stat {
	__u64 calls;
	__u64 errors;
	__u64 ns;
	__u64 min_ns;
	__u64 max_ns;
};

/* --latency: log-linear, SCB_HIST_SUB_BITS sub-buckets per power of two */
struct scb_hist {
	__u64 bucket[SCB_HIST_BUCKETS];
};

#endif
