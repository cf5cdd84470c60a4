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
 * errors, times and a latency histogram are kept here, per CPU.
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
	__uint(max_entries, SCB_NSYSCALLS);
	__type(key, __u32);
	__type(value, struct scb_stat);
} stats SEC(".maps");

/* --latency: a histogram per syscall number (one entry unless asked for) */
struct {
	__uint(type, BPF_MAP_TYPE_PERCPU_ARRAY);
	__uint(max_entries, SCB_NSYSCALLS);
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

/* -c: just when the syscall began */
struct scb_cstate {
	__u32 traced;        /* in the tid set (a cache of the tids map) */
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
	return true;
}

/* the -e trace= set (numbers outside the table are always traced) */
static __always_inline bool nr_traced(long nr)
{
	return nr < 0 || nr >= SCB_NSYSCALLS || ((traced[(nr >> 6) & 7] >> (nr & 63)) & 1);
}

/* ---- capture: records in capture.h's layout, appended to st->data ---- */

/* A copy from the tracee (it fails on a page not faulted in yet: see retry_mask) */
static __always_inline long user_read(void *dst, __u32 n, __u64 src)
{
	return bpf_probe_read_user(dst, n, (const void *)src);
}

struct scb_capctx {
	struct scb_tstate *st;
	const struct scb_desc *d;
	__u8 phbit;        /* CAPP_ENTRY or CAPP_EXIT */
	__u8 phase;        /* SCB_PH_ENTRY or SCB_PH_EXIT */
	__u8 kind;         /* inner loops: CK_STRV / CK_PTRV */
	__u64 base;        /* inner loops: array address */
	__u64 left;        /* inner loops: data bytes still to copy */
	__u32 limit;       /* inner loops: elements */
	__u32 only;        /* a bit per description entry to run */
	__u64 mbase;       /* CK_MMSG: the mmsghdr array */
	__u32 elsize;      /* CK_ARRAY element by element: its size */
	bool recv;         /* CK_MMSG: received messages (data up to each msg_len) */
};

/* Room for a record with len data bytes at the end of the buffer; 0 if none left. */
static __always_inline __u32 room(struct scb_tstate *st, __u32 len)
{
	__u32 off = st->rec.caplen;
	if (off > SCB_DATA - SCB_CAP_HDR) {
		st->rec.flags |= SCRF_TRUNC;
		return 0;
	}
	__u32 max = SCB_DATA - SCB_CAP_HDR - off;
	if (len > max) {
		st->rec.flags |= SCRF_TRUNC;
		len = max;
	}
	return len;
}

static __always_inline void put_hdr(__u8 *h, __u8 kind, __u8 phase, __u8 flags, __u32 len, __u64 addr)
{
	h[0] = kind;
	h[1] = phase;
	h[2] = flags;
	h[3] = 0;
	*(__u32 *)(h + 4) = len;
	*(__u64 *)(h + 8) = addr;
}

__noinline int cap_read(struct scb_tstate *st, __u32 phase, __u64 addr, __u32 len)
{
	if (!st || !addr)
		return -1;
	if (len > SCB_MAXREAD - 1) {
		len = SCB_MAXREAD - 1;
		st->rec.flags |= SCRF_TRUNC;
	}
	__u32 off = st->rec.caplen;
	if (off > SCB_DATA - SCB_CAP_HDR) {
		st->rec.flags |= SCRF_TRUNC;
		return -1;
	}
	len = room(st, len);
	barrier_var(off);
	off &= SCB_DATA - 1;
	barrier_var(len);
	len &= SCB_MAXREAD - 1;
	__u8 *h = &st->data[off];
	long err = user_read(h + SCB_CAP_HDR, len, addr);
	put_hdr(h, SCB_CAP_READ, phase, err ? SCB_CAPF_FAIL : 0, len, addr);
	st->rec.caplen = off + SCB_CAP_HDR + (err ? 0 : len);
	return err ? -1 : 0;
}

__noinline int cap_str(struct scb_tstate *st, __u32 phase, __u64 addr, __u32 size)
{
	if (!st || !addr)
		return -1;
	__u32 off = st->rec.caplen;
	if (off > SCB_DATA - SCB_CAP_HDR) {
		st->rec.flags |= SCRF_TRUNC;
		return -1;
	}
	size = room(st, size);
	if (size > SCB_MAXREAD - 1)
		size = SCB_MAXREAD - 1;
	barrier_var(off);
	off &= SCB_DATA - 1;
	barrier_var(size);
	size &= SCB_MAXREAD - 1;
	__u8 *h = &st->data[off];
	long n = bpf_probe_read_user_str(h + SCB_CAP_HDR, size, (void *)addr);
	if (n <= 0) {
		put_hdr(h, SCB_CAP_STR, phase, SCB_CAPF_FAIL, 0, addr);
		st->rec.caplen = off + SCB_CAP_HDR;
		return -1;
	}
	/* n counts the NUL; n == size: cut there (size - 1 bytes of string kept) */
	__u8 flags = (__u32)n < size ? SCB_CAPF_TERM : 0;
	__u32 len = (__u32)n - 1;
	barrier_var(len);
	len &= SCB_MAXREAD - 1;
	put_hdr(h, SCB_CAP_STR, phase, flags, len, addr);
	st->rec.caplen = off + SCB_CAP_HDR + len;
	return 0;
}


/* ---- -y: what a descriptor refers to, as readlink(/proc/PID/fd/N) says it ---- */

#define PIPEFS_MAGIC 0x50495045
#define SOCKFS_MAGIC 0x534F434B
#define ANON_INODE_FS_MAGIC 0x09041934
#define PID_FS_MAGIC 0x50494446
#define NSFS_MAGIC 0x6e736673

struct scb_walk {
	struct scb_tstate *st;
	struct dentry *d;
	struct mount *mnt;
	__u32 n;
	__u32 off;         /* where the text ends, in st->data */
	__u32 limit;
};

/* one step up: a component, or a jump from a mount's root to where it is mounted */
static long walk_cb(__u64 i, void *p)
{
	struct scb_walk *w = p;
	struct dentry *d = w->d;
	struct mount *m = w->mnt;
	struct dentry *parent = BPF_CORE_READ(d, d_parent);
	struct dentry *mroot = BPF_CORE_READ(m, mnt.mnt_root);
	if (d == mroot || d == parent) {
		struct mount *up = BPF_CORE_READ(m, mnt_parent);
		if (d != mroot || up == m)
			return 1;   /* the root */
		w->d = BPF_CORE_READ(m, mnt_mountpoint);
		w->mnt = up;
		return 0;
	}
	if (w->n >= SCB_PATH_DEPTH)
		return 1;
	w->st->comp[w->n & (SCB_PATH_DEPTH - 1)] = (__u64)d;
	w->n++;
	w->d = parent;
	return 0;
}

/* the components, root first: "/" name "/" name ... */
static long emit_cb(__u64 i, void *p)
{
	struct scb_walk *w = p;
	if (i >= w->n)
		return 1;
	__u32 k = (w->n - 1 - (__u32)i) & (SCB_PATH_DEPTH - 1);
	struct dentry *d = (struct dentry *)w->st->comp[k];
	const unsigned char *name = BPF_CORE_READ(d, d_name.name);
	__u32 off = w->off;
	if (off > SCB_DATA - 300 || off + 300 > w->limit)
		return 1;
	barrier_var(off);
	off &= SCB_DATA - 1;
	w->st->data[off] = '/';
	long n = bpf_probe_read_kernel_str(&w->st->data[off + 1], 256, name);
	if (n <= 1)
		return 1;
	w->off = off + (__u32)n;   /* '/' and the name, not its NUL */
	return 0;
}

static const char fmt_pipe[] = "pipe:[%lu]";
static const char fmt_sock[] = "socket:[%lu]";
static const char fmt_anon[] = "anon_inode:%s";
static const char str_pidfd[] = "[pidfd]";
static const char str_deleted[] = " (deleted)";

/* A CAP_FD record for fd (AT_FDCWD: the working directory) of the current task. */
__noinline int cap_fd(struct scb_tstate *st, __u32 phase, __s64 fd)
{
	if (!st)
		return -1;
	struct task_struct *t = bpf_get_current_task_btf();
	struct dentry *d;
	struct vfsmount *vm;
	if (fd == -100) {
		d = BPF_CORE_READ(t, fs, pwd.dentry);
		vm = BPF_CORE_READ(t, fs, pwd.mnt);
	} else {
		if (fd < 0 || fd > 1 << 20)
			return -1;
		struct fdtable *fdt = BPF_CORE_READ(t, files, fdt);
		if (!fdt || fd >= BPF_CORE_READ(fdt, max_fds))
			return -1;
		struct file **fds = BPF_CORE_READ(fdt, fd);
		struct file *f = NULL;
		bpf_probe_read_kernel(&f, sizeof(f), &fds[fd]);
		if (!f)
			return -1;
		d = BPF_CORE_READ(f, f_path.dentry);
		vm = BPF_CORE_READ(f, f_path.mnt);
	}
	if (!d || !vm)
		return -1;
	__u32 start = st->rec.caplen;
	if (start > SCB_DATA - SCB_CAP_HDR - SCB_PATH_MAX - 64) {
		st->rec.flags |= SCRF_TRUNC;
		return -1;
	}
	barrier_var(start);
	start &= SCB_DATA - 1;
	__u32 text = start + SCB_CAP_HDR;
	__u32 end = text;
	unsigned long magic = BPF_CORE_READ(d, d_sb, s_magic);
	unsigned long ino = BPF_CORE_READ(d, d_inode, i_ino);
	__u64 args[1] = { ino };
	text &= SCB_DATA - 1;
	if (magic == PIPEFS_MAGIC || magic == SOCKFS_MAGIC) {
		long n = bpf_snprintf((char *)&st->data[text], 64, magic == PIPEFS_MAGIC ? fmt_pipe : fmt_sock,
				      args, sizeof(args));
		if (n <= 0)
			return -1;
		end = text + (__u32)n;   /* with the NUL: a socket's protocol follows it */
		if (magic == SOCKFS_MAGIC) {
			__u32 o = end & (SCB_DATA - 1);
			long m = bpf_probe_read_kernel_str(&st->data[o], 32, BPF_CORE_READ(d, d_name.name));
			if (m > 1)
				end = o + (__u32)m - 1;
		} else {
			end--;
		}
	} else if (magic == ANON_INODE_FS_MAGIC || magic == PID_FS_MAGIC) {
		__u64 nm[1] = { (__u64)BPF_CORE_READ(d, d_name.name) };
		if (magic == PID_FS_MAGIC)
			nm[0] = (__u64)str_pidfd;
		long n = bpf_snprintf((char *)&st->data[text], 128, fmt_anon, nm, sizeof(nm));
		if (n <= 0)
			return -1;
		end = text + (__u32)n - 1;
	} else {
		struct scb_walk w = {
			.st = st, .d = d, .mnt = container_of(vm, struct mount, mnt),
			.off = text, .limit = text + SCB_PATH_MAX,
		};
		bpf_loop(SCB_PATH_DEPTH * 2, walk_cb, &w, 0);
		if (w.n == 0) {
			st->data[text] = '/';
			w.off = text + 1;
		} else {
			bpf_loop(w.n, emit_cb, &w, 0);
		}
		end = w.off;
		/* unhashed and not a root: deleted */
		if (!BPF_CORE_READ(d, d_hash.pprev) && d != BPF_CORE_READ(d, d_parent) && end < SCB_DATA - 16) {
			__u32 o = end & (SCB_DATA - 1);
			bpf_probe_read_kernel(&st->data[o], sizeof(str_deleted) - 1, str_deleted);
			end = o + sizeof(str_deleted) - 1;
		}
	}
	if (end < text || end > SCB_DATA)
		return -1;
	__u8 *h = &st->data[start];
	h[0] = 3;          /* CAP_FD */
	h[1] = phase;
	h[2] = 0;
	h[3] = 1;          /* FD_PATH */
	*(__u32 *)(h + 4) = end - text;
	*(__u64 *)(h + 8) = (__u64)fd;
	st->rec.caplen = end;
	return 0;
}

static __always_inline __u64 count_of(struct scb_tstate *st, __u32 len, bool exit)
{
	if (len == CAPL_RET) {
		if (!exit || st->rec.ret < 0)
			return 0;
		return (__u64)st->rec.ret;
	}
	if (len >= 6)
		return 0;
	return st->rec.args[len];
}

static __always_inline __u32 array_limit(void)
{
	return verbose ? 1024 : strsize;
}

/* one iovec entry: its bytes, up to what is left of -s */
static long iov_cb(__u64 i, void *p)
{
	struct scb_capctx *cx = p;
	struct { __u64 base, len; } iov;
	if (user_read(&iov, sizeof(iov), cx->base + i * 16))
		return 1;
	/* each element shows up to -s bytes; at exit all of them up to the return value */
	__u64 take = iov.len < cx->left ? iov.len : cx->left;
	if (take > strsize)
		take = strsize;
	if (take)
		cap_read(cx->st, cx->phase, iov.base, (__u32)take);
	cx->left -= take;
	return 0;
}

/* struct iovec[n] at addr and the bytes each points to (up to data in all); global: verified once */
__noinline int cap_iovec(struct scb_tstate *st, __u32 phase, __u64 addr, __u64 n, __u64 data)
{
	if (!st)
		return 0;
	__u32 lim = array_limit();
	if (n > lim + 1)
		n = lim + 1;
	if (n > SCB_IOV_MAX)
		n = SCB_IOV_MAX;
	if (cap_read(st, phase, addr, (__u32)n * 16))
		return 0;
	struct scb_capctx cx = { .st = st, .phase = (__u8)phase, .base = addr, .left = data };
	bpf_loop((__u32)n, iov_cb, &cx, 0);
	return 0;
}

/* one element of an array read piecemeal; stops at the first unreadable one */
static long elem_cb(__u64 i, void *p)
{
	struct scb_capctx *cx = p;
	return cap_read(cx->st, cx->phase, cx->base + i * cx->elsize, cx->elsize) ? 1 : 0;
}

/* one pointer of an argv-style array, and the string it points to */
static long strv_cb(__u64 i, void *p)
{
	struct scb_capctx *cx = p;
	__u64 ptr = 0;
	__u64 at = cx->base + i * 8;
	if (cap_read(cx->st, cx->phase, at, 8))
		return 1;
	if (user_read(&ptr, 8, at) || !ptr)
		return 1;
	if (cx->kind == CK_STRV && i < cx->limit)
		cap_str(cx->st, cx->phase, ptr, strsize + 2);
	return 0;
}

/* what a struct msghdr points to: the name, the iovec and its data (up to data bytes), the control bytes */
__noinline int cap_msghdr(struct scb_tstate *st, __u32 phase, const struct user_msghdr *mh, __u64 data)
{
	if (!st || !mh)
		return 0;
	if (mh->msg_name && mh->msg_namelen)
		cap_read(st, phase, (__u64)mh->msg_name, mh->msg_namelen < 128 ? mh->msg_namelen : 128);
	if (mh->msg_iov)
		cap_iovec(st, phase, (__u64)mh->msg_iov, mh->msg_iovlen, data);
	if (mh->msg_control && mh->msg_controllen)
		cap_read(st, phase, (__u64)mh->msg_control,
			 mh->msg_controllen < 1024 ? mh->msg_controllen : 1024);
	return 0;
}

/* one struct mmsghdr of an array: its msg_hdr's buffers (received: up to msg_len) */
static long mmsg_cb(__u64 i, void *p)
{
	struct scb_capctx *cx = p;
	struct { struct user_msghdr hdr; __u32 len; __u32 pad; } mm;
	if (user_read(&mm, sizeof(mm), cx->mbase + i * sizeof(mm)))
		return 1;
	cap_msghdr(cx->st, cx->phase, &mm.hdr, cx->recv ? mm.len : ~0ull);
	return 0;
}

static long cap_cb(__u64 i, void *p)
{
	struct scb_capctx *cx = p;
	if (i >= SCB_CAPS)
		return 1;
	const struct scb_cap *c = &cx->d->cap[i];
	if (!(c->phase & cx->phbit) || !((cx->only >> i) & 1))
		return 0;
	struct scb_tstate *st = cx->st;
	bool exit = cx->phbit == CAPP_EXIT;
	__u64 addr = c->arg < 6 ? st->rec.args[c->arg] : 0;
	__u64 n;
	long r = 0;
	if (c->kind == CK_FD && c->arg >= 6)
		addr = 0;
	switch (c->kind) {
	case CK_PATH:
		r = cap_str(st, cx->phase, addr, SCB_PATH_MAX + 1);
		break;
	case CK_STR:
		r = cap_str(st, cx->phase, addr, strsize + 2);
		break;
	case CK_FIXED:
		r = cap_read(st, cx->phase, addr, c->size);
		break;
	case CK_BUF:
		n = count_of(st, c->len, exit);
		if (n > strsize)
			n = strsize;
		if (n)
			r = cap_read(st, cx->phase, addr, (__u32)n);
		break;
	case CK_ARRAY:
		n = count_of(st, c->len, exit);
		/* -s elements and one more; an array of bytes (getdents) whole */
		if (c->size != 1 && n > array_limit() + 1)
			n = array_limit() + 1;
		if (n && cap_read(st, cx->phase, addr, (__u32)(n * c->size < SCB_MAXREAD ? n * c->size : SCB_MAXREAD - 1)) &&
		    c->size > 1 && c->size <= 256) {
			/* not all readable: the elements that are, one by one, as the decoder will look */
			cx->base = addr;
			cx->elsize = c->size;
			bpf_loop((__u32)(n < 1024 ? n : 1024), elem_cb, cx, 0);
		}
		break;
	case CK_BITS:
		n = count_of(st, c->len, exit);
		n = (n + 63) / 64 * 8;
		if (n)
			cap_read(st, cx->phase, addr, (__u32)(n < 1024 ? n : 1024));
		break;
	case CK_BUFP: {
		__u32 len = 0;
		__u64 lp = count_of(st, c->len, false);
		if (!lp || user_read(&len, sizeof(len), lp))
			break;
		if (len)
			cap_read(st, cx->phase, addr, len < 4096 ? len : 4096);
		break;
	}
	case CK_IOVEC: {
		__u64 data = exit ? (__u64)st->rec.ret : ~0ull;
		if (exit && st->rec.ret < 0)
			break;
		cap_iovec(st, cx->phase, addr, count_of(st, c->len, false), data);
		break;
	}
	case CK_STRV:
	case CK_PTRV:
		if (!addr)
			break;
		cx->kind = (c->kind == CK_PTRV && verbose) ? CK_STRV : c->kind;
		cx->base = addr;
		cx->limit = array_limit();
		n = cx->kind == CK_STRV ? cx->limit + 1 : SCB_STRV_MAX;
		bpf_loop((__u32)(n < SCB_STRV_MAX ? n : SCB_STRV_MAX), strv_cb, cx, 0);
		break;
	case CK_MSGHDR: {
		struct user_msghdr mh;
		if (exit && st->rec.ret < 0)
			break;
		if (cap_read(st, cx->phase, addr, sizeof(mh)))
			break;
		if (user_read(&mh, sizeof(mh), addr))
			break;
		cap_msghdr(st, cx->phase, &mh, exit ? (__u64)st->rec.ret : ~0ull);
		break;
	}
	case CK_DEREF: {
		__u64 ptr = 0;
		if (addr && !user_read(&ptr, sizeof(ptr), addr + (__u64)c->len * 8) && ptr)
			r = cap_read(st, cx->phase, ptr, c->size);
		break;
	}
	case CK_HDRBUF:
		n = count_of(st, c->len, exit);
		if (n > strsize)
			n = strsize;
		r = cap_read(st, cx->phase, addr, c->size + (__u32)n);
		break;
	case CK_STACK:
		if (st->rec.sp)
			r = cap_read(st, cx->phase, st->rec.sp + (__u64)c->len * 8, c->size);
		break;
	case CK_MMSG:
		if (exit && st->rec.ret < 0 && c->len == CAPL_RET)
			break;
		n = count_of(st, c->len, exit);
		if (n > array_limit())
			n = array_limit();
		if (n > SCB_IOV_MAX)
			n = SCB_IOV_MAX;
		if (!n || cap_read(st, cx->phase, addr, (__u32)n * 64))
			break;
		cx->mbase = addr;
		cx->recv = c->len == CAPL_RET;
		bpf_loop((__u32)n, mmsg_cb, cx, 0);
		break;
	case CK_FD:
		if (decode_fds) {
			__s64 fd = (__s64)(int)addr;
			if (c->arg == CAPL_RET) {
				if (!exit || st->rec.ret < 0)
					break;
				fd = st->rec.ret;
			}
			cap_fd(st, cx->phase, fd);
		}
		break;
	default:
		break;
	}
	/* an input in a page not faulted in yet: the kernel will have read it by the exit */
	if (r && addr && !exit)
		st->retry |= 1u << i;
	return 0;
}

/*
 * Copy what syscall nr's description says for this phase.  A global
 * function: the verifier checks it once, not once per caller's state.
 */
__noinline int run_captures(struct scb_tstate *st, __u32 nr, __u32 phbit, __u32 only)
{
	if (!st || !capture || nr >= SCB_NSYSCALLS)
		return 0;
	const struct scb_desc *d = bpf_map_lookup_elem(&descs, &nr);
	if (!d)
		return 0;
	if (phbit == CAPP_ENTRY)
		st->exit_caps = d->phases & CAPP_EXIT;   /* spares sys_exit the lookup */
	if (!(d->phases & phbit))
		return 0;
	struct scb_capctx cx = {
		.st = st, .d = d, .phbit = (__u8)phbit,
		.phase = phbit == CAPP_ENTRY ? SCB_PH_ENTRY : SCB_PH_EXIT,
		.only = only,
	};
	if (d->ncaps == 1)
		cap_cb(0, &cx);   /* the common case, without the loop's set-up */
	else
		bpf_loop(d->ncaps < SCB_CAPS ? d->ncaps : SCB_CAPS, cap_cb, &cx, 0);
	return 0;
}

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
	__u64 pt = bpf_get_current_pid_tgid();
	__u32 tid = (__u32)pt, tgid = pt >> 32;
	if (tgid == self_tgid)
		return;
	struct task_struct *task = bpf_get_current_task_btf();
	struct scb_cstate *cs = bpf_task_storage_get(&cstates, task, 0, 0);
	if (!admitted(tid, tgid, nr, cs ? &cs->traced : NULL) || !nr_traced(nr))
		return;
	if (!cs) {
		cs = bpf_task_storage_get(&cstates, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
		if (!cs) {
			count_drop(DROP_NOMEM);
			return;
		}
	}
	cs->traced = !system_wide;
	cs->ts = bpf_ktime_get_ns();
	cs->nr = (__s32)nr;
	cs->in_sys = 1;
	cs->off_ns = 0;
}

static __always_inline void count_exit(long ret)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct scb_cstate *cs = bpf_task_storage_get(&cstates, task, 0, 0);
	if (!cs || !cs->in_sys)
		return;
	cs->in_sys = 0;
	__u32 nr = (__u32)cs->nr;
	if (nr >= SCB_NSYSCALLS)
		return;
	struct scb_stat *s = bpf_map_lookup_elem(&stats, &nr);
	if (!s)
		return;
	__u64 ns = bpf_ktime_get_ns() - cs->ts;
	if (cpu_time && cs->off_ns < ns)
		ns -= cs->off_ns;
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

/* ---- the tracepoints ---- */

SEC("tp_btf/sys_enter")
int BPF_PROG(sys_enter, struct pt_regs *regs, long id)
{
	__u64 pt = bpf_get_current_pid_tgid();
	__u32 tid = (__u32)pt, tgid = pt >> 32;
	if (tgid == self_tgid)
		return 0;
	struct task_struct *task = bpf_get_current_task_btf();
	struct scb_tstate *st = bpf_task_storage_get(&tstates, task, 0, 0);
	bool recheck = false;
	if (!admitted(tid, tgid, id, st ? &st->traced : NULL)) {
		/* an execve may give the task the name --comm asks for: decide at its exit */
		if (!system_wide || !comm[0] || (id != NR_EXECVE && id != NR_EXECVEAT))
			return 0;
		recheck = true;
	}
	if (!nr_traced(id))
		return 0;
	if (!st) {
		st = bpf_task_storage_get(&tstates, task, 0, BPF_LOCAL_STORAGE_GET_F_CREATE);
		if (!st) {
			count_drop(DROP_NOMEM);
			return 0;
		}
	}
	st->traced = !system_wide;
	st->recheck = recheck;
	st->rec.ts = want_time ? bpf_ktime_get_ns() : 0;
	st->rec.ts_exit = 0;
	st->rec.pid = (__s32)tgid;
	st->rec.tid = (__s32)tid;
	st->rec.entry_tid = (__s32)tid;
	st->rec.nr = (__s32)id;
	st->rec.args[0] = regs->di;
	st->rec.args[1] = regs->si;
	st->rec.args[2] = regs->dx;
	st->rec.args[3] = regs->r10;
	st->rec.args[4] = regs->r8;
	st->rec.args[5] = regs->r9;
	st->rec.sp = regs->sp;
	st->rec.ret = 0;
	st->rec.caplen = 0;
	st->rec.flags = 0;
	st->rec.exec_old_tid = 0;
	st->rec.cpu_ns = 0;
	st->retry = 0;
	st->off_ns = 0;
	st->exit_caps = 0;
	if (id >= 0 && id < SCB_NSYSCALLS)
		run_captures(st, (__u32)id, CAPP_ENTRY, 0xff);
	if (id == NR_EXIT || id == NR_EXIT_GROUP) {
		st->in_sys = 0;
		send(st, SCR_ENTRY);
		return 0;
	}
	st->in_sys = 1;
	return 0;
}

SEC("tp_btf/sys_exit")
int BPF_PROG(sys_exit, struct pt_regs *regs __attribute__((unused)), long ret)
{
	struct task_struct *task = bpf_get_current_task_btf();
	struct scb_tstate *st = bpf_task_storage_get(&tstates, task, 0, 0);
	if (!st || !st->in_sys)
		return 0;
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
	__u64 pt = bpf_get_current_pid_tgid();
	st->rec.tid = (__s32)(__u32)pt;
	st->rec.pid = (__s32)(pt >> 32);
	st->rec.ret = ret;
	__s32 nr = st->rec.nr;
	if (nr >= 0 && nr < SCB_NSYSCALLS) {
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
	count_exit(ret);
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
	if (count_only)
		return bpf_task_storage_get(&cstates, t, 0, 0) != NULL;
	return bpf_task_storage_get(&tstates, t, 0, 0) != NULL;
}

/* -c/-C: a traced thread in a syscall leaving its CPU, or coming back */
SEC("tp_btf/sched_switch")
int BPF_PROG(sched_switch, bool preempt, struct task_struct *prev, struct task_struct *next)
{
	__u64 now = 0;
	if (count_only) {
		struct scb_cstate *o = bpf_task_storage_get(&cstates, prev, 0, 0);
		if (o && o->in_sys)
			o->switched_at = now = bpf_ktime_get_ns();
		o = bpf_task_storage_get(&cstates, next, 0, 0);
		if (o && o->switched_at) {
			o->off_ns += (now ? now : bpf_ktime_get_ns()) - o->switched_at;
			o->switched_at = 0;
		}
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
	__u32 one = SCB_TID_TRACED;
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
	if (!system_wide)
		bpf_map_delete_elem(&tids, &tid);
	struct scb_tstate *st = count_only ? NULL : bpf_task_storage_get(&tstates, p, 0, 0);
	if (count_only)
		bpf_task_storage_delete(&cstates, p);
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
	/* SIGKILL is never reported under ptrace: the thread just dies */
	if (sig == SIGKILL || !task_traced(t))
		return 0;
	send_signal(t, sig, info, 0);
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
