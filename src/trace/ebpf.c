/*
 * ebpf.c - the user half of the eBPF interceptor: loads sctrace.bpf.c (the
 * skeleton bpftool made of it is compiled in), tells the kernel what to copy
 * for each syscall (the decoders' capture descriptions) and which tasks to
 * watch, then turns ring-buffer records into the same events the ptrace
 * backend reports.  A syscall record becomes an entry and an exit event,
 * back to back, each with a struct mem that serves the bytes the kernel
 * copied (capture.h's capmem) and answers -y from /proc.
 */
#include "backend.h"
#include "capture.h"
#include "common.h"
#include "decode.h"
#include "sockdiag.h"

#include <bpf/bpf.h>
#include <bpf/libbpf.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <linux/magic.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

#include <linux/types.h>
#include "ebpf_event.h"
#include "sctrace.skel.h"
#include "sctrace_nofd.skel.h"   /* only its object bytes: opened through sctrace.skel.h */

#define DEFAULT_RINGBUF (8ull << 20)

static struct ebpf_config cfg;
static struct sctrace_bpf *skel;
/*
 * The ring buffer, read here rather than with libbpf's ring_buffer: the
 * same layout (a consumer page we write, a producer page and the data
 * mapped twice, 8-byte record headers with busy/discard bits), but the
 * consumer position is published once per batch, not after every record,
 * so the kernel's reserve does not bounce its cache line a million times a
 * second (the write loop's producer cost fell by a fifth with it).
 */
struct ringbuf {
	int fd;
	unsigned long *consumer;       /* the page we write */
	const unsigned long *producer; /* the kernel's */
	const uint8_t *data;           /* mapped twice: a record never wraps */
	uint64_t mask;
	size_t size;
};
static struct ringbuf rbuf;
static event_handler handler;
static idle_handler idle;
static void *handler_ud;
static volatile sig_atomic_t stop_requested;

/* the traced threads we know of (to know when a command and its children are done) */
/*
 * The traced threads we know of (to know when a command and its children
 * are done): an array to walk, and an open-addressing index tid -> slot so
 * a fork storm of thousands stays linear.
 */
static int *live;
static size_t nlive, live_cap;
static int *live_idx;          /* slot + 1, 0 empty, -1 deleted; live_cap * 2 entries */
static size_t live_deleted;    /* -1 entries: rebuilt when they are many */
static int child_pid;          /* the started command */
static bool child_execd;       /* a record of it has arrived (the first is its execve) */
static int launch_err_fd = -1;

/* Where tid is in the index (*found), or where it would go. */
static size_t idx_find(int tid, bool *found)
{
	size_t mask = live_cap * 2 - 1, first_free = SIZE_MAX, i = ((uint32_t)tid * 2654435761u) & mask;
	*found = false;
	for (size_t n = 0; n <= mask; i = (i + 1) & mask, n++) {
		int v = live_idx[i];
		if (v == 0)
			return first_free != SIZE_MAX ? first_free : i;
		if (v < 0) {
			if (first_free == SIZE_MAX)
				first_free = i;
		} else if (live[v - 1] == tid) {
			*found = true;
			return i;
		}
	}
	return first_free;   /* full of deleted entries: there is one */
}

static void idx_rebuild(void)
{
	free(live_idx);
	live_idx = xcalloc(live_cap * 2, sizeof(*live_idx));
	live_deleted = 0;
	for (size_t k = 0; k < nlive; k++) {
		bool f;
		live_idx[idx_find(live[k], &f)] = (int)k + 1;
	}
}

static void live_add(int tid)
{
	bool found = false;
	if (live_cap)
		idx_find(tid, &found);
	if (found)
		return;
	if (nlive == live_cap) {
		live_cap = live_cap ? live_cap * 2 : 64;
		live = xrealloc(live, live_cap * sizeof(*live));
		live[nlive++] = tid;
		idx_rebuild();
		return;
	}
	size_t at = idx_find(tid, &found);
	if (live_idx[at] < 0)
		live_deleted--;
	live[nlive] = tid;
	live_idx[at] = (int)++nlive;
}

/* Remove slot k (the last thread moves into it). */
static void live_remove_at(size_t k)
{
	bool found;
	live_idx[idx_find(live[k], &found)] = -1;
	live_deleted++;
	if (k != nlive - 1) {
		live[k] = live[nlive - 1];
		live_idx[idx_find(live[k], &found)] = (int)k + 1;
	}
	nlive--;
	if (live_deleted > live_cap)
		idx_rebuild();
}

static void live_del(int tid)
{
	if (!live_cap)
		return;
	bool found;
	size_t at = idx_find(tid, &found);
	if (found)
		live_remove_at((size_t)live_idx[at] - 1);
}

/* ---- can it run here? ---- */

int ebpf_probe(char *msg, size_t size)
{
	if (access("/sys/kernel/btf/vmlinux", R_OK) != 0) {
		snprintf(msg, size, "the kernel has no BTF (/sys/kernel/btf/vmlinux)");
		return -1;
	}
	/* a ring buffer is the smallest thing the backend needs */
	LIBBPF_OPTS(bpf_map_create_opts, o);
	int fd = bpf_map_create(BPF_MAP_TYPE_RINGBUF, "sctrace_probe", 0, 0, 4096, &o);
	if (fd < 0) {
		int e = errno;
		if (e == EPERM || e == EACCES)
			snprintf(msg, size, "not allowed to use BPF (needs CAP_BPF and CAP_PERFMON, or root)");
		else if (e == ENOSYS)
			snprintf(msg, size, "the kernel has no bpf() system call (BPF disabled)");
		else
			snprintf(msg, size, "cannot create a BPF ring buffer: %s", strerror(e));
		return -1;
	}
	close(fd);
	/* lockdown=confidentiality forbids reading kernel memory, which tracing needs */
	FILE *f = fopen("/sys/kernel/security/lockdown", "r");
	if (f) {
		char line[128] = "";
		if (fgets(line, sizeof(line), f) && strstr(line, "[confidentiality]")) {
			fclose(f);
			snprintf(msg, size, "the kernel is locked down (lockdown=confidentiality): BPF tracing is off");
			return -1;
		}
		fclose(f);
	}
	return 0;
}

/* libbpf's messages (and the verifier's log) only with SCTRACE_BPF_DEBUG=1 */
static int libbpf_quiet(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	(void)level;
	return getenv("SCTRACE_BPF_DEBUG") ? vfprintf(stderr, fmt, ap) : 0;
}

static void fail(const char *what, int err)
{
	if (err < 0)
		err = -err;
	if (err == EPERM || err == EACCES)
		die("%s: %s (needs CAP_BPF and CAP_PERFMON, or root; or use --backend=ptrace)", what, strerror(err));
	die("%s: %s (SCTRACE_BPF_DEBUG=1 shows libbpf's log; or use --backend=ptrace)", what, strerror(err));
}

/* A cgroup v2 directory's id (its inode number) and depth below the root. */
static uint64_t cgroup_id(const char *path)
{
	struct stat st;
	struct statfs fs;
	if (stat(path, &st) < 0 || !S_ISDIR(st.st_mode))
		die("--cgroup %s: not a cgroup directory", path);
	if (statfs(path, &fs) < 0 || fs.f_type != CGROUP2_SUPER_MAGIC)
		die("--cgroup %s: not in a cgroup v2 hierarchy", path);
	return st.st_ino;
}

static unsigned cgroup_level(const char *path)
{
	char buf[4096];
	if (!realpath(path, buf))
		die("--cgroup %s: %s", path, strerror(errno));
	unsigned level = 0;
	/* climb until the parent is no longer on the cgroup2 mount */
	for (;;) {
		char *slash = strrchr(buf, '/');
		if (!slash || slash == buf)
			break;
		*slash = 0;
		struct statfs fs;
		if (statfs(buf, &fs) < 0 || fs.f_type != CGROUP2_SUPER_MAGIC)
			break;
		level++;
	}
	return level;
}

/* the capture description of every syscall, from the decoders' signatures */
static void load_descriptions(void)
{
	int fd = bpf_map__fd(skel->maps.descs);
	for (int nr = 0; nr < NSYSCALLS && nr < SCB_NSYSCALLS; nr++) {
		struct capspec cs[CAPS_MAX];
		unsigned n = decoder_captures(nr, cs);
		if (!n)
			continue;
		struct scb_desc d;
		memset(&d, 0, sizeof(d));
		for (unsigned i = 0; i < n; i++) {
			d.cap[i].kind = cs[i].kind;
			d.cap[i].arg = cs[i].arg;
			d.cap[i].phase = cs[i].phase;
			d.cap[i].len = cs[i].len;
			d.cap[i].size = cs[i].size;
			if (cs[i].phase & CAPP_ENTRY)
				d.entry_mask |= 1u << i;
			if (cs[i].phase & CAPP_EXIT)
				d.exit_mask |= 1u << i;
		}
		__u32 key = (__u32)nr;
		if (bpf_map_update_elem(fd, &key, &d, BPF_ANY) < 0)
			fail("loading the capture descriptions", errno);
	}
}

static int on_record(void *ctx, void *data, size_t size);

static void ring_open(int fd, uint64_t size)
{
	long page = sysconf(_SC_PAGESIZE);
	rbuf.fd = fd;
	rbuf.size = size;
	rbuf.mask = size - 1;
	void *c = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (c == MAP_FAILED)
		fail("mapping the ring buffer", errno);
	void *p = mmap(NULL, page + 2 * size, PROT_READ, MAP_SHARED, fd, page);
	if (p == MAP_FAILED)
		fail("mapping the ring buffer", errno);
	/* the started command is forked after this: it must not copy 2 x size of page tables */
	madvise(c, page, MADV_DONTFORK);
	madvise(p, page + 2 * size, MADV_DONTFORK);
	rbuf.consumer = c;
	rbuf.producer = p;
	rbuf.data = (const uint8_t *)p + page;
}

/* Hand every committed record to on_record; returns how many. */
static long ring_consume(void)
{
	if (!rbuf.consumer)
		return 0;
	unsigned long cons = __atomic_load_n(rbuf.consumer, __ATOMIC_RELAXED);
	long n = 0;
	for (;;) {
		unsigned long prod = __atomic_load_n(rbuf.producer, __ATOMIC_ACQUIRE);
		if (cons >= prod)
			break;
		unsigned long start = cons;
		while (cons < prod) {
			const uint32_t *hdr = (const uint32_t *)(rbuf.data + (cons & rbuf.mask));
			uint32_t len = __atomic_load_n(hdr, __ATOMIC_ACQUIRE);
			if (len & BPF_RINGBUF_BUSY_BIT)
				break;
			uint32_t sz = len & ~(BPF_RINGBUF_BUSY_BIT | BPF_RINGBUF_DISCARD_BIT);
			cons += (sz + BPF_RINGBUF_HDR_SZ + 7) & ~7u;
			/* the next records come from another CPU's cache: ask for them early */
			const uint8_t *next = rbuf.data + (cons & rbuf.mask);
			__builtin_prefetch(next);
			__builtin_prefetch(next + 64);
			__builtin_prefetch(next + 128);
			__builtin_prefetch(next + 192);
			if (!(len & BPF_RINGBUF_DISCARD_BIT)) {
				on_record(NULL, (void *)(hdr + 2), sz);
				n++;
			}
			/* give space back now and then, not per record */
			if (cons - start >= rbuf.size / 8) {
				__atomic_store_n(rbuf.consumer, cons, __ATOMIC_RELEASE);
				start = cons;
			}
		}
		__atomic_store_n(rbuf.consumer, cons, __ATOMIC_RELEASE);
		if (cons < prod)
			break;   /* a record still being written */
	}
	return n;
}

static void ring_close(void)
{
	long page = sysconf(_SC_PAGESIZE);
	if (rbuf.consumer)
		munmap(rbuf.consumer, page);
	if (rbuf.producer)
		munmap((void *)rbuf.producer, page + 2 * rbuf.size);
	memset(&rbuf, 0, sizeof(rbuf));
}

/*
 * The skeleton over one of two objects: sctrace.bpf.o, or without -y the
 * same programs built without its path walk (sctrace_nofd.bpf.o, laid out
 * alike: the Makefile checks), whose fewer CO-RE relocations save libbpf
 * most of its searches through the kernel's BTF.
 */
static struct sctrace_bpf *open_object(bool fdpath)
{
	if (fdpath)
		return sctrace_bpf__open();
	struct sctrace_bpf *obj = calloc(1, sizeof(*obj));
	if (!obj) {
		errno = ENOMEM;
		return NULL;
	}
	int err = sctrace_bpf__create_skeleton(obj);
	if (!err) {
		obj->skeleton->data = (void *)sctrace_nofd_bpf__elf_bytes(&obj->skeleton->data_sz);
		err = bpf_object__open_skeleton(obj->skeleton, NULL);
	}
	if (err) {
		sctrace_bpf__destroy(obj);
		errno = -err;
		return NULL;
	}
	return obj;
}

/* Open the skeleton and set what the kernel half reads as constants. */
static struct sctrace_bpf *open_skel(void)
{
	struct sctrace_bpf *sk = open_object(cfg.decode_fds != 0);
	if (!sk)
		fail("opening the BPF programs", errno);
	struct sctrace_bpf__rodata *ro = sk->rodata;
	ro->self_tgid = (__u32)getpid();
	ro->system_wide = cfg.system_wide;
	ro->follow_forks = cfg.follow_forks;
	ro->count_only = cfg.count_only;
	ro->capture = cfg.capture;
	ro->verbose = cfg.verbose;
	ro->strsize = cfg.strsize;
	ro->decode_fds = cfg.decode_fds != 0;
	ro->cpu_time = cfg.cpu_time;
	if (cfg.comm)
		strncpy((char *)ro->comm, cfg.comm, sizeof(ro->comm) - 1);
	ro->want_uid = cfg.want_uid;
	ro->uid = cfg.uid;
	if (cfg.cgroup) {
		ro->want_cgroup = true;
		ro->cgroup_id = cgroup_id(cfg.cgroup);
		ro->cgroup_level = cgroup_level(cfg.cgroup);
	}
	ro->want_tgids = cfg.system_wide && cfg.npids > 0;
	for (int nr = 0; nr < SCB_NSYSCALLS; nr++) {
		if (nr >= NSYSCALLS64 || !cfg.trace || cfg.trace[nr])
			ro->traced[nr / 64] |= 1ull << (nr % 64);
		if (nr > SC32_MAX_NR || !cfg.trace || cfg.trace[SC32_BASE + nr])
			ro->traced32[nr / 64] |= 1ull << (nr % 64);
	}
	uint64_t rb = cfg.ringbuf_bytes ? cfg.ringbuf_bytes : DEFAULT_RINGBUF;
	uint64_t p = 4096;   /* a power of two pages */
	while (p < rb)
		p <<= 1;
	bpf_map__set_max_entries(sk->maps.rb, cfg.count_only ? 4096 * 16 : p);
	/* each CPU wakes the reader after a share of the ring (the reader polls anyway) */
	int ncpu = libbpf_num_possible_cpus();
	ro->ncpus = ncpu > 0 ? (__u32)ncpu : 1;
	ro->wake_bytes = p / (8 * (uint64_t)(ncpu > 0 ? ncpu : 1));
	if (ro->wake_bytes < 4096)
		ro->wake_bytes = 4096;
	if (!cfg.count_only)
		bpf_map__set_max_entries(sk->maps.stats, 1);
	if (!cfg.count_only || !cfg.latency)
		bpf_map__set_max_entries(sk->maps.hists, 1);
	ro->latency = cfg.latency;
	ro->want_time = cfg.want_time || cfg.cpu_time;
	/* -c loads the counting pair of syscall programs, otherwise the recording pair */
	bpf_program__set_autoload(sk->progs.sys_enter, !cfg.count_only);
	bpf_program__set_autoload(sk->progs.sys_exit, !cfg.count_only);
	bpf_program__set_autoload(sk->progs.count_sys_enter, cfg.count_only);
	bpf_program__set_autoload(sk->progs.count_sys_exit, cfg.count_only);
	/* -c: a thread leaving its CPU mid-syscall moves its entry to its own state */
	bpf_program__set_autoload(sk->progs.sched_switch, cfg.cpu_time || cfg.count_only);
	/* only what is needed: each attached tracepoint costs start-up time (text patching) */
	bpf_program__set_autoload(sk->progs.sched_fork, cfg.follow_forks && !cfg.system_wide);
	bpf_program__set_autoload(sk->progs.sched_exec, !cfg.count_only);
	bpf_program__set_autoload(sk->progs.sig_deliver, !cfg.count_only);
	bpf_program__set_autoload(sk->progs.sig_generate, !cfg.count_only);
	return sk;
}

void ebpf_init(const struct ebpf_config *c, event_handler h, idle_handler i, void *ud)
{
	cfg = *c;
	handler = h;
	idle = i;
	handler_ud = ud;
	char why[256];
	if (ebpf_probe(why, sizeof(why)) < 0)
		die("--backend=ebpf: %s; use --backend=ptrace", why);
	libbpf_set_print(libbpf_quiet);
	skel = open_skel();
	int err = sctrace_bpf__load(skel);
	if (err)
		fail("loading the BPF programs", err);
	if (cfg.system_wide)
		for (int k = 0; k < cfg.npids; k++) {
			__u32 pid = (__u32)cfg.pids[k], one = 1;
			bpf_map_update_elem(bpf_map__fd(skel->maps.tgids), &pid, &one, BPF_ANY);
		}
	if (cfg.capture && !cfg.count_only)
		load_descriptions();
	err = sctrace_bpf__attach(skel);
	if (err)
		fail("attaching the BPF programs", err);
	ring_open(bpf_map__fd(skel->maps.rb), bpf_map__max_entries(skel->maps.rb));
}

static void tid_add(int tid, __u32 how)
{
	__u32 k = (__u32)tid;
	if (bpf_map_update_elem(bpf_map__fd(skel->maps.tids), &k, &how, BPF_ANY) < 0)
		fail("adding a thread to trace", errno);
	live_add(tid);
}

static void emit_attach(int tid, int pid, bool startup, int nthreads)
{
	struct event ev = { .kind = EV_ATTACH, .pid = pid, .tid = tid, .ts = now_mono_ns() };
	ev.attach.startup = startup;
	ev.attach.nthreads = nthreads;
	handler(handler_ud, &ev, NULL);
}

int ebpf_launch(const struct launch *l)
{
	int go, err;
	/* the kernel traces the command from its execve on: nothing to do in the child */
	pid_t pid = launch_fork(l, NULL, NULL, &go, &err);
	child_pid = pid;
	if (!cfg.system_wide)
		tid_add(pid, SCB_TID_AT_EXEC);
	emit_attach(pid, pid, true, 1);
	close(go);
	launch_err_fd = err;
	return pid;
}

int ebpf_attach(int pid)
{
	char dir[64];
	snprintf(dir, sizeof(dir), "/proc/%d/task", pid);
	DIR *d = opendir(dir);
	if (!d) {
		error_msg("attach: pid %d: %s", pid, errno == ENOENT ? "No such process" : strerror(errno));
		return -1;
	}
	int tids[4096], n = 0;
	struct dirent *de;
	while ((de = readdir(d)) && n < (int)ARRAY_SIZE(tids))
		if (de->d_name[0] != '.')
			tids[n++] = atoi(de->d_name);
	closedir(d);
	if (cfg.system_wide) {
		live_add(pid);
		return 0;
	}
	for (int i = 0; i < n; i++)
		tid_add(tids[i], SCB_TID_TRACED | SCB_TID_FRESH);   /* it may be in a call already */
	/* the leader first, with the count, as ptrace's -p says it */
	emit_attach(pid, pid, false, n);
	for (int i = 0; i < n; i++)
		if (tids[i] != pid)
			emit_attach(tids[i], pid, false, -1);
	return 0;
}

/* ---- records to events ---- */

struct emem {
	struct capmem cm;
	struct mem m;
};

static int em_read(const struct mem *m, uint64_t addr, void *buf, size_t len)
{
	struct emem *e = m->ctx;
	return e->cm.m.read(&e->cm.m, addr, buf, len);
}

static long em_read_str(const struct mem *m, uint64_t addr, char *buf, size_t size, bool *term)
{
	struct emem *e = m->ctx;
	return e->cm.m.read_str(&e->cm.m, addr, buf, size, term);
}

/*
 * -y/-yy from what the kernel resolved when the syscall ran (the
 * descriptor may be closed, the process gone, by the time we print), or
 * nothing when it found the descriptor not open; /proc now when it did
 * not look.  Socket endpoints and device numbers
 * are looked up now, from the kernel's protocol name and path.
 */
static const char *em_fd_path(const struct mem *m, int fd, unsigned details, struct arena *a)
{
	struct emem *e = m->ctx;
	size_t len;
	/* netlink messages stay raw: the kernel copied at most -s bytes of them */
	if (details == FD_NETLINK || details == FD_GENL)
		return NULL;
	if (details & FD_REMOTE)   /* another process's descriptor: /proc now */
		return proc_fd_path(m, fd, details, a);
	bool none;
	const char *t = capmem_fd_lookup(&e->cm, fd, &len, &none);
	if (none)
		return NULL;   /* not open when the call ran (dup2's new descriptor, say) */
	if (!t)
		return proc_fd_path(m, fd, details, a);
	size_t tl = strnlen(t, len);
	unsigned long long inode;
	if ((details & FD_SOCKET) && tl < len && sscanf(t, "socket:[%llu]", &inode) == 1) {
		char proto[64], desc[512];
		snprintf(proto, sizeof(proto), "%.*s", (int)(len - tl - 1), t + tl + 1);
		if (proto[0] && sockdiag_describe_proto(proto, inode, desc, sizeof(desc)))
			return arena_strndup(a, desc, strlen(desc));
	}
	if ((details & FD_PIDFD) && !strncmp(t, "anon_inode:[pidfd]", tl))
		return proc_fd_path(m, fd, details, a);
	char *path = arena_strndup(a, t, tl);
	if ((details & FD_DEV) && path[0] == '/') {
		struct stat st;
		if (stat(path, &st) == 0 && (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)))
			return arena_printf(a, "%s<%s %u:%u>", path, S_ISCHR(st.st_mode) ? "char" : "block",
					    major(st.st_rdev), minor(st.st_rdev));
	}
	return (details & FD_PATH) ? path : NULL;
}

static void emit_lost(const struct scb_rec *r, int tid)
{
	static const char *const reasons[] = {
		[DROP_RINGBUF] = "ring buffer full", [DROP_NOMEM] = "no memory for the thread's state",
		[DROP_TRUNC] = "captures cut short",
	};
	struct event ev = { .kind = EV_LOST, .pid = r->pid, .tid = tid, .ts = r->ts };
	ev.lost.count = r->lost;
	ev.lost.reason = r->lost_reason < DROP_NREASONS ? reasons[r->lost_reason] : "?";
	handler(handler_ud, &ev, NULL);
}

static void syscall_record(const struct scb_rec *r, size_t size)
{
	struct emem em;
	size_t caplen = r->caplen;
	if (caplen > size - sizeof(*r))
		caplen = size - sizeof(*r);
	if (!capmem_init(&em.cm, r + 1, caplen, r->pid))
		capmem_init(&em.cm, r + 1, 0, r->pid);
	em.m.read = em_read;
	em.m.read_str = em_read_str;
	em.m.fd_path = em_fd_path;
	em.m.ctx = &em;
	em.m.pid = r->pid;

	struct event ev = { .kind = EV_SYSCALL_ENTRY, .pid = r->pid, .tid = r->entry_tid, .ts = r->ts };
	bool compat = r->flags & SCRF_COMPAT;
	ev.entry.nr = r->nr;
	if (compat) {   /* an i386 call: its number in the i386 table (syscalls.h) */
		ev.pers = PERS_I386;
		if (r->nr >= 0)
			ev.entry.nr = SC32_BASE + r->nr;
	}
	memcpy(ev.entry.args, r->args, sizeof(ev.entry.args));
	ev.entry.sp = r->sp;
	capmem_phase(&em.cm, CAP_ENTRY);
	handler(handler_ud, &ev, &em.m);
	if (r->type != SCR_SYSCALL)
		return;
	if (r->flags & SCRF_EXEC) {
		struct event x = { .kind = EV_EXEC, .pid = r->pid, .tid = r->tid, .ts = r->ts_exit };
		x.exec.old_tid = r->exec_old_tid;
		if (r->exec_old_tid != r->tid)
			live_del(r->exec_old_tid);
		handler(handler_ud, &x, NULL);
	}
	struct event ex = { .kind = EV_SYSCALL_EXIT, .pid = r->pid, .tid = r->tid, .ts = r->ts_exit };
	ex.stime = r->cpu_ns;   /* the entry's is 0: -C adds the difference */
	ex.exit.rval = r->ret;
	ex.exit.is_error = r->ret < 0 && r->ret >= -4095;
	if (compat) {   /* eax: an error sign-extended, a value (an address) not */
		ex.pers = PERS_I386;
		ex.exit.is_error = (int32_t)r->ret < 0 && (int32_t)r->ret >= -4095;
		ex.exit.rval = ex.exit.is_error ? (int64_t)(int32_t)r->ret : (int64_t)(uint32_t)r->ret;
	}
	capmem_phase(&em.cm, CAP_EXIT);
	handler(handler_ud, &ex, &em.m);
}

static int on_record(void *ctx, void *data, size_t size)
{
	(void)ctx;
	const struct scb_rec *r = data;
	if (size < sizeof(*r))
		return 0;
	if (r->lost)
		emit_lost(r, r->type == SCR_SYSCALL || r->type == SCR_ENTRY ? r->entry_tid : r->tid);
	/*
	 * The started command is hidden until its execve (as with ptrace); if
	 * that record was lost, its first other record says the exec happened.
	 */
	if (!child_execd && child_pid && r->pid == child_pid) {
		child_execd = true;
		bool is_exec = (r->type == SCR_SYSCALL || r->type == SCR_ENTRY) && !(r->flags & SCRF_COMPAT) &&
			       (r->nr == SYS_execve || r->nr == SYS_execveat);
		if (!is_exec && r->type != SCR_EXEC) {
			struct event x = { .kind = EV_EXEC, .pid = r->pid, .tid = r->tid, .ts = r->ts };
			x.exec.old_tid = r->tid;
			handler(handler_ud, &x, NULL);
		}
	}
	switch (r->type) {
	case SCR_SYSCALL:
	case SCR_ENTRY:
		if (cfg.system_wide)
			live_add(r->entry_tid);
		syscall_record(r, size);
		break;
	case SCR_FORK:
		live_add(r->tid);
		break;
	case SCR_EXEC: {
		struct event ev = { .kind = EV_EXEC, .pid = r->pid, .tid = r->tid, .ts = r->ts };
		ev.exec.old_tid = r->exec_old_tid ? r->exec_old_tid : (int)r->ret;
		handler(handler_ud, &ev, NULL);
		break;
	}
	case SCR_EXIT: {
		struct event ev = { .kind = EV_EXIT, .pid = r->pid, .tid = r->tid, .ts = r->ts };
		ev.exit_.status = (int)r->ret;
		if (r->tid == child_pid && launch_err_fd >= 0) {
			int e = 0;
			if (read(launch_err_fd, &e, sizeof(e)) == sizeof(e) && e > 0)
				ev.exit_.exec_errno = e;
			close(launch_err_fd);
			launch_err_fd = -1;
		}
		handler(handler_ud, &ev, NULL);
		live_del(r->tid);
		break;
	}
	case SCR_SIGNAL: {
		if (size < sizeof(*r) + SCB_SIGINFO)
			break;
		struct event ev = { .kind = EV_SIGNAL, .pid = r->pid, .tid = r->tid, .ts = r->ts };
		ev.sig.signo = r->nr;
		ev.sig.have_info = true;
		memcpy(ev.sig.info, r + 1, SCB_SIGINFO);
		handler(handler_ud, &ev, NULL);
		if (r->flags & SCRF_STOPS) {
			/* "--- stopped by SIGSTOP ---", as ptrace reports the group-stop */
			struct event st = { .kind = EV_GROUP_STOP, .pid = r->pid, .tid = r->tid, .ts = r->ts };
			st.stop.signo = r->nr;
			handler(handler_ud, &st, NULL);
		}
		break;
	}
	}
	return 0;
}

/* ---- the loop ---- */

void ebpf_request_stop(int sig)
{
	stop_requested = sig ? sig : SIGTERM;
}

static bool child_exited(void)
{
	static bool gone;
	if (child_pid && !gone) {
		siginfo_t si;
		si.si_pid = 0;
		/* WNOWAIT: leave the zombie for the end, its pid stays ours until then */
		if (waitid(P_PID, child_pid, &si, WEXITED | WNOHANG | WNOWAIT) == 0 && si.si_pid == child_pid)
			gone = true;
	}
	return gone;
}

/* Threads whose exit record was lost would keep us waiting: check they still exist. */
static void reap_vanished(void)
{
	for (size_t i = 0; i < nlive;) {
		char p[64];
		snprintf(p, sizeof(p), "/proc/%d", live[i]);
		if (access(p, F_OK) != 0 || (live[i] == child_pid && child_exited())) {
			live_remove_at(i);
			continue;
		}
		i++;
	}
}


static bool done(void)
{
	if (cfg.system_wide)
		return child_pid ? child_exited() : cfg.npids && nlive == 0;
	return nlive == 0;
}

/*
 * The reader: the kernel wakes it when a quarter megabyte is waiting, so it
 * also looks every POLL_MS; a pidfd tells at once that our command ended.
 */
#define POLL_MS 10
void ebpf_loop(void)
{
	int ep = epoll_create1(EPOLL_CLOEXEC);
	struct epoll_event e = { .events = EPOLLIN, .data.u32 = 0 };
	epoll_ctl(ep, EPOLL_CTL_ADD, rbuf.fd, &e);
	int pidfd = child_pid ? (int)syscall(SYS_pidfd_open, child_pid, 0) : -1;
	if (pidfd >= 0) {
		e.data.u32 = 1;
		epoll_ctl(ep, EPOLL_CTL_ADD, pidfd, &e);
	}
	unsigned polls = 0;
	while (!stop_requested) {
		struct epoll_event got[2];
		int n = epoll_wait(ep, got, 2, POLL_MS);
		if (n < 0 && errno != EINTR)
			break;
		int k = ring_consume();
		if (idle)
			idle(handler_ud);
		if (k > 0)
			continue;
		if (child_exited()) {
			/* what it did is in the ring by now; its children may go on */
			ring_consume();
			reap_vanished();
		} else if (++polls % 50 == 0) {
			reap_vanished();
		}
		if (done())
			break;
	}
	ring_consume();
	if (pidfd >= 0)
		close(pidfd);
	close(ep);
	if (stop_requested) {
		/* detach: nothing was stopped, so nothing to resume; say so as ptrace would */
		for (size_t i = 0; i < nlive; i++) {
			struct event ev = { .kind = EV_DETACH, .pid = live[i], .tid = live[i], .ts = now_mono_ns() };
			handler(handler_ud, &ev, NULL);
		}
		nlive = 0;
		if (live_idx)
			idx_rebuild();
	}
	if (child_pid && child_exited())
		waitpid(child_pid, NULL, 0);
}

uint64_t ebpf_lost(char *msg, size_t size)
{
	int ncpu = libbpf_num_possible_cpus();
	if (!skel || ncpu <= 0)
		return 0;
	uint64_t by[DROP_NREASONS] = { 0 };
	for (int c = 0; c < ncpu && c < 64; c++)
		for (int k = 0; k < DROP_NREASONS; k++)
			by[k] += __atomic_load_n(&skel->bss->drops[c][k], __ATOMIC_RELAXED);
	uint64_t lost = by[DROP_RINGBUF] + by[DROP_NOMEM];
	snprintf(msg, size, "%llu records lost (ring buffer full: %llu, no memory: %llu); %llu with captures cut short",
		 (unsigned long long)lost, (unsigned long long)by[DROP_RINGBUF],
		 (unsigned long long)by[DROP_NOMEM], (unsigned long long)by[DROP_TRUNC]);
	return lost;
}

void ebpf_collect_counts(void (*add)(int nr, uint64_t calls, uint64_t errors, uint64_t ns,
				     uint64_t min_ns, uint64_t max_ns, const uint64_t *hist, unsigned nbuckets))
{
	int ncpu = libbpf_num_possible_cpus();
	if (!skel || ncpu <= 0)
		return;
	struct scb_stat *v = xcalloc(ncpu, sizeof(*v));
	struct scb_hist *hv = cfg.latency ? xcalloc(ncpu, sizeof(*hv)) : NULL;
	struct scb_hist *hsum = xcalloc(1, sizeof(*hsum));
	for (__u32 nr = 0; nr < SCB_COUNT_KEYS; nr++) {
		if (bpf_map_lookup_elem(bpf_map__fd(skel->maps.stats), &nr, v) < 0)
			continue;
		struct scb_stat sum = { 0 };
		for (int c = 0; c < ncpu; c++) {
			if (!v[c].calls)
				continue;
			if (!sum.calls || v[c].min_ns < sum.min_ns)
				sum.min_ns = v[c].min_ns;
			if (v[c].max_ns > sum.max_ns)
				sum.max_ns = v[c].max_ns;
			sum.calls += v[c].calls;
			sum.errors += v[c].errors;
			sum.ns += v[c].ns;
		}
		if (!sum.calls)
			continue;
		memset(hsum, 0, sizeof(*hsum));
		if (hv && bpf_map_lookup_elem(bpf_map__fd(skel->maps.hists), &nr, hv) == 0)
			for (int c = 0; c < ncpu; c++)
				for (int b = 0; b < SCB_HIST_BUCKETS; b++)
					hsum->bucket[b] += hv[c].bucket[b];
		int snr = nr < SCB_NSYSCALLS ? (int)nr : SC32_BASE + (int)(nr - SCB_NSYSCALLS);   /* i386's after */
		add(snr, sum.calls, sum.errors, sum.ns, sum.min_ns, sum.max_ns,
		    (const uint64_t *)hsum->bucket, hv ? SCB_HIST_BUCKETS : 0);
	}
	free(v);
	free(hv);
	free(hsum);
}

uint64_t ebpf_hist_value(unsigned b)
{
	const unsigned sub = 1u << SCB_HIST_SUB_BITS;
	if (b < sub)
		return b;
	unsigned k = b / sub - 1 + SCB_HIST_SUB_BITS;   /* the power of two */
	uint64_t width = 1ull << (k - SCB_HIST_SUB_BITS);
	uint64_t low = (1ull << k) + (uint64_t)(b % sub) * width;
	return low + width / 2;
}

void ebpf_close(void)
{
	ring_close();
	sctrace_bpf__destroy(skel);
	skel = NULL;
	if (launch_err_fd >= 0)
		close(launch_err_fd);
	launch_err_fd = -1;
	free(live);
	free(live_idx);
	live = NULL;
	live_idx = NULL;
	nlive = live_cap = live_deleted = 0;
}
