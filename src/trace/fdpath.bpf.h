/*
 * fdpath.bpf.h - -y in the kernel: what a descriptor of the current task
 * refers to, written as a CAP_FD record while the syscall runs: a path
 * (the dentry chain, up through the mounts), or pipe:[ino], socket:[ino]
 * and its protocol, anon_inode:[name].  Part of capture.bpf.h.
 */
#ifndef SCTRACE_FDPATH_BPF_H
#define SCTRACE_FDPATH_BPF_H

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

/* "fd was not open when the call ran": a text-less CAP_FD record, so the reader does not look in /proc later */
static __always_inline int fd_none(struct scb_tstate *st, __u32 phase, __s64 fd)
{
	__u32 start = st->rec.caplen;
	if (start > SCB_DATA - SCB_CAP_HDR)
		return -1;
	barrier_var(start);
	start &= SCB_DATA - 1;
	if (start > SCB_DATA - SCB_CAP_HDR)
		return -1;
	__u8 *h = &st->data[start];
	h[0] = 3;          /* CAP_FD */
	h[1] = phase;
	h[2] = 4;          /* CAPF_NONE */
	h[3] = 1;          /* FD_PATH */
	*(__u32 *)(h + 4) = 0;
	*(__u64 *)(h + 8) = (__u64)fd;
	st->rec.caplen = start + SCB_CAP_HDR;
	return -1;
}

/* A CAP_FD record for fd (AT_FDCWD: the working directory) of the current task. */
__noinline int cap_fd(struct scb_tstate *st, __u32 phase, __s64 fd)
{
	if (!st)
		return -1;
#ifdef SCB_NO_FDPATH
	/* the object loaded without -y: none of the walk below, none of its CO-RE relocations */
	if (st)
		return -1;
#endif
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
		if (!fdt)
			return -1;
		if (fd >= BPF_CORE_READ(fdt, max_fds))
			return fd_none(st, phase, fd);
		struct file **fds = BPF_CORE_READ(fdt, fd);
		struct file *f = NULL;
		bpf_probe_read_kernel(&f, sizeof(f), &fds[fd]);
		if (!f)
			return fd_none(st, phase, fd);
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

#endif
