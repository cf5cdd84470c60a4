// SPDX-License-Identifier: GPL-2.0
/*
 * sctrace.bpf.c - the kernel half of the eBPF interceptor.
 *
 * On the raw_syscalls tracepoints (BTF-typed: tp_btf), for the tasks the
 * loader asked for (a tid set that fork adds to and exit removes from, or
 * the whole machine narrowed by comm, uid and cgroup), it copies what the
 * decoders will read -- as each syscall's capture description says -- into
 * a per-thread record, and at the syscall's exit sends the record through
 * the ring buffer.  Lost records are counted per CPU and per thread, so the
 * trace says where they went missing.  With -c nothing is sent: counts,
 * errors, times and a latency histogram are kept here, per CPU.  The
 * copying itself is capture.bpf.h (and fdpath.bpf.h for -y).
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>
#include <bpf/bpf_tracing.h>
#include <bpf/bpf_core_read.h>
#include "ebpf_event.h"

char LICENSE[] SEC("license") = "GPL";


#include "capkind.h"       /* the capture kinds, shared with the decoders */

#define NR_EXECVE 59
#define NR_EXIT 60
#define NR_EXIT_GROUP 231
#define NR_EXECVEAT 322
#define SIGKILL 9
#define SIGSTOP 19
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22

/* set by the loader before loading */
const volatile __u32 self_tgid = 0;
const volatile bool system_wide = false;
const volatile bool follow_forks = false;
const volatile bool count_only = false;     /* -c: aggregate here, send nothing */
const volatile bool capture = true;         /* copy memory for the decoders */
const volatile bool verbose = false;        /* -v: arrays and envp in full */
const volatile __u32 strsize = 32;          /* -s */
const volatile bool decode_fds = false;     /* -y: what descriptors refer to, read here */
const volatile bool cpu_time = false;       /* -c/-C without -w: time on a CPU, not wall clock */
const volatile bool latency = false;        /* -c --latency: histograms too */
/* syscall timestamps: only when something shows or keeps them (a clock read is dear in a VM) */
const volatile bool want_time = true;
const volatile char comm[16] = {};          /* --comm, "" for any */
const volatile bool want_uid = false;
const volatile __u32 uid = 0;
const volatile bool want_cgroup = false;    /* --cgroup: that cgroup (cgroup_id, at cgroup_level) and below */
const volatile __u64 cgroup_id = 0;
const volatile __u32 cgroup_level = 0;
const volatile bool want_tgids = false;     /* --system-wide -p: only these processes */
const volatile __u64 traced[SCB_NSYSCALLS / 64] = {};  /* -e trace= set */
const volatile __u64 traced32[SCB_NSYSCALLS / 64] = {};  /* the same for i386 calls (by i386 number) */
/*
 * Wake the reader when a CPU has sent wake_bytes since it last did (the
 * loader makes that a share of the ring); the reader also looks every few
 * ms.  A wake-up is an inter-processor interrupt, dear in a VM: waking per
 * record (the ring buffer's default) cost more than the record.
 */
const volatile __u64 wake_bytes = 1 << 20;
/* bytes sent since the last wake-up, per CPU (a slot each, on its own cache line) */
__u64 sent[64][8] = {};

struct {
	__uint(type, BPF_MAP_TYPE_RINGBUF);
	__uint(max_entries, 16 << 20);   /* resized by the loader */
} rb SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(map_flags, BPF_F_NO_PREALLOC);   /* allocated as threads come: start-up stays cheap */
	__uint(max_entries, 65536);
	__type(key, __u32);
	__type(value, __u32);
} tids SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_HASH);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__uint(max_entries, 1024);
	__type(key, __u32);
	__type(value, __u32);
} tgids SEC(".maps");

struct {
	__uint(type, BPF_MAP_TYPE_ARRAY);
	__uint(max_entries, SCB_NSYSCALLS);
	__type(key, __u32);
	__type(value, struct scb_desc);
} descs SEC(".maps");

/* lost records per CPU and reason (read by the loader from .bss) */
__u64 drops[64][DROP_NREASONS] = {};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, SCB_COUNT_KEYS);
	__type(key, __u32);
	__type(value, struct scb_stat);
} stats SEC(".maps");

/* --latency: a histogram per syscall number (one entry unless asked for) */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, SCB_COUNT_KEYS);
	__type(key, __u32);
	__type(value, struct scb_hist);
} hists SEC(".maps");

/* a traced thread's syscall in flight: the record being built */
struct scb_tstate {
	struct scb_rec rec;
	__u8 data[SCB_DATA + SCB_MAXREAD + SCB_CAP_HDR];
	__u32 in_sys;
	__u32 lost;
	__u32 lost_reason;
	__u32 retry;       /* entry captures that faulted: a bit per description entry */
	__u32 traced;      /* in the tid set (a cache of the tids map) */
	__u32 exit_caps;   /* this syscall's description has captures at exit */
	__u32 recheck;     /* --system-wide: an execve of a task not (yet) wanted; ask again at exit */
	__u32 killed;      /* the call a seccomp kill skipped was shown at its exit (sched_exit: not again) */
	__u64 switched_at; /* -c/-C: when sched_switch took it off its CPU, 0 if running */
	__u64 off_ns;      /* off a CPU since the syscall began */
	__u64 comp[SCB_PATH_DEPTH];   /* cap_fd: the dentries of a path, leaf first */
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct scb_tstate);
} tstates SEC(".maps");

/* -c: a syscall whose thread left its CPU mid-call (moved here from cslots by sched_switch) */
struct scb_cstate {
	__u32 in_sys;
	__u64 switched_at;   /* -c/-C: when sched_switch took it off its CPU, 0 if running */
	__u64 off_ns;        /* off a CPU since the syscall began */
	__u64 ts;
	__s32 nr;
	__u32 pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_TASK_STORAGE);
	__uint(map_flags, BPF_F_NO_PREALLOC);
	__type(key, int);
	__type(value, struct scb_cstate);
} cstates SEC(".maps");

/*
 * -c: the syscall in flight on this CPU.  A syscall that returns without
 * leaving its CPU (nearly all of them) is timed here: a per-CPU array
 * lookup is a few inlined instructions, a task-storage lookup a helper
 * call.  When sched_switch takes a thread off the CPU mid-syscall, its
 * entry moves to the thread's cstates, where its exit finds it.  tid is
 * also a cache of "this thread is traced", forgotten when it exits.
 */
struct scb_cslot {
	__u32 tid;         /* the thread last admitted here (a cache; 0 none, and always 0 system-wide) */
	__u32 in_sys;      /* the thread whose syscall ts and nr are, not yet returned; 0 none */
	__u64 ts;
	__s32 nr;
	__u32 pad;
};

struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, 1);
	__type(key, __u32);
	__type(value, struct scb_cslot);
} cslots SEC(".maps");

const volatile __u32 ncpus = 1;   /* possible CPUs, for clearing every CPU's slot */

static __always_inline __u64 wake_flag(__u32 size)
{
	__u32 cpu = bpf_get_smp_processor_id() & 63;
	sent[cpu][0] += size;
	if (sent[cpu][0] < wake_bytes)
		return BPF_RB_NO_WAKEUP;
	sent[cpu][0] = 0;
	return BPF_RB_FORCE_WAKEUP;
}

static __always_inline void count_drop(__u32 why)
{
	__u32 cpu = bpf_get_smp_processor_id() & 63;
	if (why < DROP_NREASONS)
		__sync_fetch_and_add(&drops[cpu][why], 1);
}

static __always_inline bool comm_matches(const char *c)
{
	for (int i = 0; i < 16; i++) {
		if (comm[i] != c[i])
			return false;
		if (!comm[i])
			return true;
	}
	return true;
}

/* the system-wide filters (comm, uid, cgroup, -p), for the current task */
static __always_inline bool current_wanted(__u32 tgid)
{
	if (comm[0]) {
		char c[16];
		bpf_get_current_comm(c, sizeof(c));
		if (!comm_matches(c))
			return false;
	}
	if (want_uid && (__u32)bpf_get_current_uid_gid() != uid)
		return false;
	if (want_tgids && !bpf_map_lookup_elem(&tgids, &tgid))
		return false;
	if (want_cgroup && bpf_get_current_ancestor_cgroup_id(cgroup_level) != cgroup_id)
		return false;
	return true;
}

/*
 * Is the current thread one we trace?  With a tid set, the answer is kept
 * in the thread's state (*cached), so a traced thread pays one lookup; a
 * started command is armed at its execve.  System-wide filters are asked
 * every time (exec and prctl change the name).
 */
static __always_inline bool admitted(__u32 tid, __u32 tgid, long nr, __u32 *cached)
{
	if (system_wide)
		return current_wanted(tgid);
	if (cached && *cached)
		return true;
	__u32 *v = bpf_map_lookup_elem(&tids, &tid);
	if (!v)
		return false;
	if (*v & SCB_TID_AT_EXEC) {
		if (nr != NR_EXECVE && nr != NR_EXECVEAT)
			return false;
		*v = SCB_TID_TRACED;
	}
	if (*v & SCB_TID_FRESH)
		*v &= ~SCB_TID_FRESH;   /* seen entering a call: its exits are paired from now on */
	return true;
}

/* the -e trace= set (numbers outside the table are always traced) */
static __always_inline bool nr_traced(long nr, bool compat)
{
	if (nr < 0 || nr >= SCB_NSYSCALLS)
		return true;
	return (((compat ? traced32 : traced)[(nr >> 6) & 7] >> (nr & 63)) & 1);
}

/*
 * A call of the i386 ABI (a 32-bit program, or int $0x80): the kernel marks
 * the thread TS_COMPAT (arch/x86/include/asm/thread_info.h) while it runs
 * one.  Its number is the i386 table's, its arguments ebx, ecx, edx, esi,
 * edi, ebp.
 */
#define SCB_TS_COMPAT 0x0002
#define SCB_SECCOMP_MODE_FILTER 2   /* include/uapi/linux/seccomp.h */
#define SCB_SECCOMP_MODE_DEAD 3     /* include/linux/seccomp.h: set as a filter's RET_KILL_* kills */
#define SCB_SA_IMMUTABLE 0x00800000 /* include/linux/signal_types.h: a forced fatal signal */
#define NR32_EXIT 1
#define NR32_SOCKETCALL 102
#define NR32_EXIT_GROUP 252
static __always_inline bool in_compat(struct task_struct *task)
{
	/* task is a BTF pointer (bpf_get_current_task_btf): a plain load, not a probe-read helper */
	return task->thread_info.status & SCB_TS_COMPAT;
}

#include "capture.bpf.h"   /* copying what the decoders read */

/* Send the record built in st; a full ring buffer is counted, here and on the thread. */
static __always_inline void send(struct scb_tstate *st, __u32 type)
{
	st->rec.type = type;
	st->rec.lost = st->lost;
	st->rec.lost_reason = st->lost_reason;
	__u32 caplen = st->rec.caplen;
	if (caplen > SCB_DATA)
		caplen = SCB_DATA;
	barrier_var(caplen);
	caplen &= 2 * SCB_DATA - 1;
	if (caplen > SCB_DATA)
		caplen = SCB_DATA;
	__u32 size = sizeof(struct scb_rec) + caplen;
	st->rec.size = size;
	if (bpf_ringbuf_output(&rb, &st->rec, size, wake_flag(size))) {
		count_drop(DROP_RINGBUF);
		st->lost++;
		st->lost_reason = DROP_RINGBUF;
		return;
	}
	if (st->rec.flags & SCRF_TRUNC)
		count_drop(DROP_TRUNC);
	st->lost = 0;
}

/* A small record with no per-thread state (fork, exit, exec, signal); false if lost. */
static __always_inline bool send_small(struct scb_rec *r, __u32 type, __u32 size)
{
	r->type = type;
	r->size = size;
	if (bpf_ringbuf_output(&rb, r, size, wake_flag(size))) {
		count_drop(DROP_RINGBUF);
		return false;
	}
	return true;
}

/* ---- -c: counted here ---- */

static __always_inline __u32 log2_u64(__u64 v)
{
	__u32 r = 0;
	if (v >> 32) { v >>= 32; r += 32; }
	if (v >> 16) { v >>= 16; r += 16; }
	if (v >> 8) { v >>= 8; r += 8; }
	if (v >> 4) { v >>= 4; r += 4; }
	if (v >> 2) { v >>= 2; r += 2; }
	if (v >> 1) { r += 1; }
	return r;
}

static __always_inline __u32 hist_bucket(__u64 v)
{
	const __u32 sub = 1u << SCB_HIST_SUB_BITS;
	if (v < sub)
		return (__u32)v;
	__u32 k = log2_u64(v);
	__u32 s = (__u32)(v >> (k - SCB_HIST_SUB_BITS)) & (sub - 1);
	__u32 b = (k - SCB_HIST_SUB_BITS + 1) * sub + s;
	return b < SCB_HIST_BUCKETS ? b : SCB_HIST_BUCKETS - 1;
}

static __always_inline void count_enter(long nr)
{
	struct task_struct *task = bpf_get_current_task_btf();
	__u32 tid = task->pid, tgid = task->tgid;   /* loads: what bpf_get_current_pid_tgid() returns, without a call */
	if (tgid == self_tgid)
		return;
	__u32 zero = 0;
	struct scb_cslot *slot = bpf_map_lookup_elem(&cslots, &zero);
	if (!slot)
		return;
	bool compat = in_compat(task);
	if (system_wide ? !current_wanted(tgid) : slot->tid != tid && !admitted(tid, tgid, nr, NULL))
		return;
	slot->tid = system_wide ? 0 : tid;
	if (!nr_traced(nr, compat))
		return;
	slot->ts = bpf_ktime_get_ns();
	/* i386 calls count after the x86_64 ones */
	slot->nr = compat ? (nr >= 0 && nr < SCB_NSYSCALLS ? (__s32)(SCB_NSYSCALLS + nr) : -1) : (__s32)nr;
	slot->in_sys = tid;   /* whose: system-wide, tid is not kept */
}

/*
 * A traced thread's syscall that exits without having entered: seccomp
 * (SECCOMP_RET_ERRNO, _TRAP, _TRACE without a tracer, a user notifier's
 * answer; _KILL_* where it kills the process, with the registers rolled
 * back, so the call "returns" its own number as ptrace shows it) decides
 * before the sys_enter tracepoint, so a denied call only exits.  ptrace
 * sees its entry (the stop comes before seccomp), and so should the trace
 * (a _KILL_THREAD that kills one thread of several never exits the call:
 * sched_exit shows it).  Not taken for a thread's first exit after it was
 * attached mid-call or forked (SCB_TID_FRESH), nor, system-wide, for a
 * task not seen entering a call before (it may have been in one when the
 * trace began).  Returns the syscall number, or -1.
 */
static __always_inline long skipped_call(struct task_struct *task, struct pt_regs *regs, bool have_state)
{
	/* DEAD: a RET_KILL_* verdict; the kernel rolled the registers back to the call */
	if (task->seccomp.mode != SCB_SECCOMP_MODE_FILTER && task->seccomp.mode != SCB_SECCOMP_MODE_DEAD)
		return -1;
	__u32 tid = task->pid, tgid = task->tgid;
	if (tgid == self_tgid)
		return -1;
	if (system_wide) {
		if (!have_state || !current_wanted(tgid))
			return -1;
	} else {
		__u32 *v = bpf_map_lookup_elem(&tids, &tid);
		if (!v || (*v & SCB_TID_AT_EXEC))
			return -1;
		if (*v & SCB_TID_FRESH) {
			*v &= ~SCB_TID_FRESH;
			return -1;
		}
	}
	long nr = (long)regs->orig_ax;
	bool compat = in_compat(task);
	if (nr < 0 || !nr_traced(nr, compat))
		return -1;
	return nr;
}

static __always_inline void count_exit(struct pt_regs *regs, long ret)
{
	__u32 zero = 0;
	struct scb_cslot *slot = bpf_map_lookup_elem(&cslots, &zero);
	if (!slot)
		return;
	struct task_struct *task = bpf_get_current_task_btf();
	__u32 tid = task->pid;
	__u64 ts, off = 0;
	__u32 nr;
	if (slot->in_sys && slot->in_sys == tid) {
		/* entered on this CPU and never left it */
		slot->in_sys = 0;
		ts = slot->ts;
		nr = (__u32)slot->nr;
	} else {
		struct scb_cstate *cs = bpf_task_storage_get(&cstates, task, 0, 0);
		if (cs && cs->in_sys) {
			cs->in_sys = 0;
			ts = cs->ts;
			nr = (__u32)cs->nr;
			off = cs->off_ns;
		} else {
			/* a call seccomp skipped (see skipped_call): counted, in no time */
			long snr = skipped_call(task, regs, !system_wide);
			if (snr < 0 || snr >= SCB_NSYSCALLS)
				return;
			nr = in_compat(task) ? (__u32)(SCB_NSYSCALLS + snr) : (__u32)snr;
			ts = 0;
		}
	}
	if (nr >= SCB_COUNT_KEYS)
		return;
	struct scb_stat *s = bpf_map_lookup_elem(&stats, &nr);
	if (!s)
		return;
	__u64 ns = ts ? bpf_ktime_get_ns() - ts : 0;
	if (cpu_time && off < ns)
		ns -= off;
	if (!s->calls || ns < s->min_ns)
		s->min_ns = ns;
	if (ns > s->max_ns)
		s->max_ns = ns;
	s->calls++;
	s->errors += ret < 0 && ret >= -4095;
	s->ns += ns;
	if (latency) {
		struct scb_hist *h = bpf_map_lookup_elem(&hists, &nr);
		__u32 b = hist_bucket(ns);
		if (h && b < SCB_HIST_BUCKETS)
			h->bucket[b]++;
	}
}

/* -c: a thread leaving its CPU mid-syscall takes its entry along (to cstates) */
static __always_inline void count_switch(struct task_struct *prev, struct task_struct *next)
{
	__u32 zero = 0;
	__u64 now = 0;
	struct scb_cslot *slot = bpf_map_lookup_elem(&cslots, &zero);
	if (slot && slot->in_sys && slot->in_sys == (__u32)prev->pid) {
		struct scb_cstate *o = bpf_task_storage_get(&cstates, prev, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
		if (o) {
			o->ts = slot->ts;
			o->nr = slot->nr;
			o->in_sys = 1;
			o->off_ns = 0;
			o->switched_at = cpu_time ? (now = bpf_ktime_get_ns()) : 0;
		} else {
			count_drop(DROP_NOMEM);
		}
		slot->in_sys = 0;
	}
	if (!cpu_time)
		return;
	struct scb_cstate *o = bpf_task_storage_get(&cstates, next, 0, 0);
	if (o && o->switched_at) {
		o->off_ns += (now ? now : bpf_ktime_get_ns()) - o->switched_at;
		o->switched_at = 0;
	}
}

/* -c: a traced thread is gone; no CPU may take its tid (reused later) for traced */
static long forget_cb(__u64 cpu, void *p)
{
	__u32 zero = 0;
	struct scb_cslot *slot = bpf_map_lookup_percpu_elem(&cslots, &zero, (__u32)cpu);
	if (slot && slot->tid == *(__u32 *)p)
		slot->tid = 0;
	return 0;
}

/* ---- the tracepoints ---- */

/* The record of a syscall starting: its number, arguments and entry captures. */
static __always_inline void begin_call(struct scb_tstate *st, struct task_struct *task, struct pt_regs *regs,
				       long id, bool compat, bool captures)
{
	st->rec.ts = want_time ? bpf_ktime_get_ns() : 0;
	st->rec.ts_exit = 0;
	st->rec.pid = (__s32)task->tgid;
	st->rec.tid = (__s32)task->pid;
	st->rec.entry_tid = (__s32)task->pid;
	st->rec.nr = (__s32)id;
	if (compat) {
		st->rec.args[0] = (__u32)regs->bx;
		st->rec.args[1] = (__u32)regs->cx;
		st->rec.args[2] = (__u32)regs->dx;
		st->rec.args[3] = (__u32)regs->si;
		st->rec.args[4] = (__u32)regs->di;
		st->rec.args[5] = (__u32)regs->bp;
	} else {
		st->rec.args[0] = regs->di;
		st->rec.args[1] = regs->si;
		st->rec.args[2] = regs->dx;
		st->rec.args[3] = regs->r10;
		st->rec.args[4] = regs->r8;
		st->rec.args[5] = regs->r9;
	}
	st->rec.sp = regs->sp;
	st->rec.ret = 0;
	st->rec.caplen = 0;
	st->rec.flags = compat ? SCRF_COMPAT : 0;
	st->rec.exec_old_tid = 0;
	st->rec.cpu_ns = 0;
	st->retry = 0;
	st->off_ns = 0;
	st->exit_caps = 0;
	/*
	 * The capture descriptions are x86_64's: an i386 call's memory is not
	 * copied, but for socketcall's argument words (six at most), which say
	 * which call it makes (sctrace shows and filters it as that call).
	 */
	if (!captures)
		return;
	if (!compat && id >= 0 && id < SCB_NSYSCALLS)
		run_captures(st, (__u32)id, CAPP_ENTRY, 0xff);
	else if (compat && id == NR32_SOCKETCALL && capture)
		cap_read(st, SCB_PH_ENTRY, st->rec.args[1], 6 * sizeof(__u32));
}

/*
 * The thread's state (made if it has none: NULL if that fails, counted) with
 * a call begun in it; without captures, a program that calls no capture
 * function (the verifier checks those once per program that does).
 */
static __always_inline struct scb_tstate *start_call(struct scb_tstate *st, struct task_struct *task,
						     struct pt_regs *regs, long id, bool compat, bool recheck,
						     bool captures)
{
	if (!st) {
		st = bpf_task_storage_get(&tstates, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
		if (!st) {
			count_drop(DROP_NOMEM);
			return NULL;
		}
	}
	st->traced = !system_wide;
	st->recheck = recheck;
	begin_call(st, task, regs, id, compat, captures);
	return st;
}

SEC("tp_btf/sys_enter")
int BPF_PROG(sys_enter, struct pt_regs *regs, long id)
{
	struct task_struct *task = bpf_get_current_task_btf();
	__u32 tid = task->pid, tgid = task->tgid;   /* loads: what bpf_get_current_pid_tgid() returns, without a call */
	if (tgid == self_tgid)
		return 0;
	struct scb_tstate *st = bpf_task_storage_get(&tstates, task, 0, 0);
	bool compat = in_compat(task);
	bool recheck = false;
	if (!admitted(tid, tgid, id, st ? &st->traced : NULL)) {
		/* an execve may give the task the name --comm asks for: decide at its exit */
		if (!system_wide || !comm[0] || (id != NR_EXECVE && id != NR_EXECVEAT))
			return 0;
		recheck = true;
	}
	if (!nr_traced(id, compat))
		return 0;
	st = start_call(st, task, regs, id, compat, recheck, true);
	if (!st)
		return 0;
	if (compat ? id == NR32_EXIT || id == NR32_EXIT_GROUP : id == NR_EXIT || id == NR_EXIT_GROUP) {
		st->in_sys = 0;
		send(st, SCR_ENTRY);
		return 0;
	}
	st->in_sys = 1;
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(sys_exit, struct pt_regs *regs, long ret)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct scb_tstate *st = bpf_task_storage_get(&tstates, task, 0, 0);
	if (!st || !st->in_sys) {
		/* a call seccomp skipped: its record is begun here, from the registers */
		long nr = skipped_call(task, regs, st != NULL);
		if (nr < 0)
			return 0;
		st = start_call(st, task, regs, nr, in_compat(task), false, true);
		if (!st)
			return 0;
		st->killed = task->seccomp.mode == SCB_SECCOMP_MODE_DEAD;
	}
	st->in_sys = 0;
	if (st->recheck && !current_wanted((__u32)(bpf_get_current_pid_tgid() >> 32))) {
		/* an execve that did not make a task we trace: forget it (its exit is not ours) */
		bpf_task_storage_delete(&tstates, task);
		return 0;
	}
	if (task->pending.signal.sig[0] & (1ull << (SIGKILL - 1))) {
		/* being killed: ptrace would not see this exit, the thread dies in the call */
		send(st, SCR_ENTRY);
		return 0;
	}
	st->rec.ts_exit = want_time ? bpf_ktime_get_ns() : 0;
	if (cpu_time) {
		__u64 wall = st->rec.ts_exit - st->rec.ts;
		st->rec.cpu_ns = st->off_ns < wall ? wall - st->off_ns : wall;
	}
	st->rec.tid = task->pid;   /* a non-leader's execve took the leader's tid */
	st->rec.pid = task->tgid;
	st->rec.ret = ret;
	__s32 nr = st->rec.nr;
	if (!(st->rec.flags & SCRF_COMPAT) && nr >= 0 && nr < SCB_NSYSCALLS) {
		/* inputs that faulted at entry, once more (not after execve replaced the memory) */
		if (st->retry && nr != NR_EXECVE && nr != NR_EXECVEAT)
			run_captures(st, (__u32)nr, CAPP_ENTRY, st->retry);
		if (st->exit_caps)
			run_captures(st, (__u32)nr, CAPP_EXIT, 0xff);
	}
	send(st, SCR_SYSCALL);
	return 0;
}

/* -c: the same tracepoints, counting instead (the loader loads one pair or the other) */
SEC("tp_btf/sys_enter")
int BPF_PROG(count_sys_enter, struct pt_regs *regs, long id)
{
	count_enter(id);
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(count_sys_exit, struct pt_regs *regs, long ret)
{
	count_exit(regs, ret);
	return 0;
}

/* Is this task one we trace?  (Other than current: forks, signals sent to it.) */
static __always_inline bool task_traced(struct task_struct *t)
{
	__u32 tid = BPF_CORE_READ(t, pid);
	__u32 tgid = BPF_CORE_READ(t, tgid);
	if (tgid == self_tgid)
		return false;
	if (!system_wide)
		return bpf_map_lookup_elem(&tids, &tid) != NULL;
	/*
	 * -c keeps no per-thread state for most threads (cslots); of its
	 * programs only sched_exit asks, in the exiting task's own context
	 */
	if (count_only)
		return current_wanted(tgid);
	return bpf_task_storage_get(&tstates, t, 0, 0) != NULL;
}

/* -c/-C: a traced thread in a syscall leaving its CPU, or coming back */
SEC("tp_btf/sched_switch")
int BPF_PROG(sched_switch, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	__u64 now = 0;
	if (count_only) {
		count_switch(prev, next);
	} else {
		struct scb_tstate *o = bpf_task_storage_get(&tstates, prev, 0, 0);
		if (o && o->in_sys)
			o->switched_at = now = bpf_ktime_get_ns();
		o = bpf_task_storage_get(&tstates, next, 0, 0);
		if (o && o->switched_at) {
			o->off_ns += (now ? now : bpf_ktime_get_ns()) - o->switched_at;
			o->switched_at = 0;
		}
	}
	return 0;
}

SEC("tp_btf/sched_process_fork")
int BPF_PROG(sched_fork, struct task_struct *parent, struct task_struct *child)
{
	if (system_wide || !follow_forks)
		return 0;
	__u32 ptid = parent->pid;
	__u32 *v = bpf_map_lookup_elem(&tids, &ptid);
	if (!v || (*v & SCB_TID_AT_EXEC))
		return 0;
	__u32 ctid = child->pid;
	__u32 one = SCB_TID_TRACED | SCB_TID_FRESH;   /* its first exit is the return from the fork */
	bpf_map_update_elem(&tids, &ctid, &one, BPF_ANY);
	struct scb_rec r = {};
	r.ts = bpf_ktime_get_ns();
	r.pid = child->tgid;
	r.tid = child->pid;
	r.entry_tid = child->pid;
	r.ret = parent->pid;
	r.flags = child->tgid == parent->tgid ? SCRF_THREAD : 0;
	send_small(&r, SCR_FORK, sizeof(r));
	return 0;
}

SEC("tp_btf/sched_process_exec")
int BPF_PROG(sched_exec, struct task_struct *p, pid_t old_pid, struct linux_binprm *bprm)
{
	if (!task_traced(p)) {
		/* a started command still waiting for its execve is armed at sys_enter */
		return 0;
	}
	if (count_only)
		return 0;
	struct scb_tstate *st = bpf_task_storage_get(&tstates, p, 0, 0);
	if (st && st->in_sys) {
		/* the execve in flight: its record says so */
		st->rec.flags |= SCRF_EXEC;
		st->rec.exec_old_tid = old_pid;
		return 0;
	}
	struct scb_rec r = {};
	r.ts = bpf_ktime_get_ns();
	r.pid = p->tgid;
	r.tid = p->pid;
	r.entry_tid = old_pid;
	r.ret = old_pid;
	send_small(&r, SCR_EXEC, sizeof(r));
	return 0;
}

SEC("tp_btf/sched_process_exit")
int BPF_PROG(sched_exit, struct task_struct *p)
{
	__u32 tid = p->pid;
	if (!task_traced(p))
		return 0;
	struct scb_tstate *st = count_only ? NULL : bpf_task_storage_get(&tstates, p, 0, 0);
	if (!count_only && (!st || (!st->in_sys && !st->killed)) && p->seccomp.mode == SCB_SECCOMP_MODE_DEAD) {
		/*
		 * A SECCOMP_RET_KILL_THREAD killed it (one thread of several) in a
		 * call that never entered: its entry, from the registers (the
		 * arguments' memory is not copied, to keep this program small)
		 */
		struct pt_regs *regs = (struct pt_regs *)bpf_task_pt_regs(p);
		long nr = regs ? skipped_call(p, regs, st != NULL) : -1;
		if (nr >= 0) {
			st = start_call(st, p, regs, nr, in_compat(p), false, false);
			if (st)
				st->in_sys = 1;
		}
	}
	if (!system_wide)
		bpf_map_delete_elem(&tids, &tid);
	if (count_only) {
		bpf_task_storage_delete(&cstates, p);
		/* its exit_group never returns; and no CPU may think its tid is traced when reused */
		__u32 zero = 0;
		struct scb_cslot *slot = bpf_map_lookup_elem(&cslots, &zero);
		if (slot && slot->in_sys == tid)
			slot->in_sys = 0;
		if (!system_wide)
			bpf_loop(ncpus < 64 ? ncpus : 64, forget_cb, &tid, 0);
	}
	if (st && st->in_sys) {
		/* died inside a syscall: what was known at entry */
		st->in_sys = 0;
		send(st, SCR_ENTRY);
	}
	struct scb_rec r = {};
	r.ts = bpf_ktime_get_ns();
	r.pid = p->tgid;
	r.tid = p->pid;
	r.entry_tid = p->pid;
	r.ret = p->exit_code;
	if (st) {
		r.lost = st->lost;
		r.lost_reason = st->lost_reason;
	}
	send_small(&r, SCR_EXIT, sizeof(r));
	if (st)
		bpf_task_storage_delete(&tstates, p);
	return 0;
}

struct scb_sigrec {
	struct scb_rec r;
	__u8 info[SCB_SIGINFO];
};

static __always_inline void send_signal(struct task_struct *t, int sig, struct kernel_siginfo *info, __u32 flags)
{
	struct scb_sigrec s = {};
	s.r.ts = bpf_ktime_get_ns();
	s.r.pid = BPF_CORE_READ(t, tgid);
	s.r.tid = BPF_CORE_READ(t, pid);
	s.r.entry_tid = s.r.tid;
	s.r.nr = sig;
	s.r.flags = flags;
	if ((unsigned long)info > 1) {
		bpf_probe_read_kernel(s.info, sizeof(s.info), info);
	} else {
		/* SEND_SIG_NOINFO (0): from user space, SI_USER with the sender; SEND_SIG_PRIV (1): SI_KERNEL */
		int *w = (int *)s.info;
		w[0] = sig;
		w[2] = info ? 0x80 : 0;
		if (!info) {
			w[4] = (int)(bpf_get_current_pid_tgid() >> 32);
			w[5] = (int)(__u32)bpf_get_current_uid_gid();
		}
	}
	send_small(&s.r, SCR_SIGNAL, sizeof(s));
}

SEC("tp_btf/signal_deliver")
int BPF_PROG(sig_deliver, int sig, struct kernel_siginfo *info, struct k_sigaction *ka)
{
	if (count_only)
		return 0;
	struct task_struct *t = bpf_get_current_task_btf();
	/*
	 * SIGKILL is never reported under ptrace: the thread just dies; nor is
	 * a forced fatal signal (a seccomp kill's SIGSYS, SA_IMMUTABLE)
	 */
	if (sig == SIGKILL || (ka && (ka->sa.sa_flags & SCB_SA_IMMUTABLE)) || !task_traced(t))
		return 0;
	/* a stop signal with its default action stops the thread group next */
	bool stops = sig == SIGSTOP ||
		     ((sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU) && ka && !ka->sa.sa_handler);
	send_signal(t, sig, info, stops ? SCRF_STOPS : 0);
	return 0;
}

SEC("tp_btf/signal_generate")
int BPF_PROG(sig_generate, int sig, struct kernel_siginfo *info, struct task_struct *task, int group, int result)
{
	/* an ignored signal is dropped here; under ptrace it would have been shown */
	if (count_only || result != TRACE_SIGNAL_IGNORED)
		return 0;
	if (!task_traced(task))
		return 0;
	send_signal(task, sig, info, SCRF_IGNORED);
	return 0;
}
