/*
 * ptrace.c - the ptrace interceptor.
 *
 * Tracees are taken with PTRACE_SEIZE, so group-stops can be told apart from
 * signal delivery and left alone with PTRACE_LISTEN (kill -STOP / -CONT of a
 * traced process behaves as if untraced).  Syscall stops are read with
 * PTRACE_GET_SYSCALL_INFO; memory with process_vm_readv.  For every stop we
 * build an event, hand it to the tracer while the thread is still held, and
 * then resume it, re-injecting the signal if it was a signal-delivery stop.
 */
#include "backend.h"
#include "common.h"
#include "pidinfo.h"
#include "seccomp_filter.h"
#include "genl.h"
#include "sockdiag.h"
#include "stack.h"
#include "syscalls.h"

#include <dirent.h>
#include <sched.h>
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <linux/audit.h>
#include <linux/ptrace.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <stddef.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <time.h>
#include <sys/user.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <unistd.h>

/* <sys/ptrace.h> and <linux/ptrace.h> clash; declare what we use. */
extern long ptrace(int request, ...);
#ifndef PTRACE_EVENT_STOP
#define PTRACE_EVENT_STOP 128
#endif

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
static struct pthread *buckets[NBUCKETS];
static int nthreads;
static struct ptrace_config cfg;
static event_handler handler;
static idle_handler idle;
static void *handler_ud;
static volatile sig_atomic_t stop_requested;
static volatile sig_atomic_t service_requested;
static void (*service)(void *ud);   /* pt_set_service: requests handed to the loop */
static volatile int last_tid;  /* a tracee to kick when a stop is requested */
static uint64_t cur_stime;
static struct pthread *held;   /* the thread whose stop is being handled */
static int held_sig;           /* and the signal it is to be resumed with */
static int launch_err_fd = -1; /* exec errno from our child, if exec fails */
static bool use_vm_readv = true;

/* ---- thread table ---- */

static struct pthread *thread_find(int tid)
{
	for (struct pthread *t = buckets[tid % NBUCKETS]; t; t = t->next)
		if (t->tid == tid)
			return t;
	return NULL;
}

static int read_tgid(int tid)
{
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/%d/status", tid);
	FILE *f = fopen(path, "re");
	int tgid = tid;
	if (!f)
		return tid;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "Tgid: %d", &tgid) == 1)
			break;
	fclose(f);
	return tgid;
}

static void placement_update(void);

static struct pthread *thread_add(int tid, int tgid)
{
	struct pthread *t = xcalloc(1, sizeof(*t));
	t->tid = tid;
	t->tgid = tgid ? tgid : read_tgid(tid);
	t->next = buckets[tid % NBUCKETS];
	buckets[tid % NBUCKETS] = t;
	nthreads++;
	placement_update();
	return t;
}

static void delay_forget(struct pthread *t);

static void thread_del(struct pthread *t)
{
	delay_forget(t);
	struct pthread **pp = &buckets[t->tid % NBUCKETS];
	while (*pp && *pp != t)
		pp = &(*pp)->next;
	if (*pp) {
		*pp = t->next;
		nthreads--;
		free(t->orig_mask);
		free(t);
		placement_update();
	}
}

static void thread_rename(struct pthread *t, int newtid)
{
	struct pthread **pp = &buckets[t->tid % NBUCKETS];
	while (*pp && *pp != t)
		pp = &(*pp)->next;
	if (*pp)
		*pp = t->next;
	t->tid = newtid;
	t->next = buckets[newtid % NBUCKETS];
	buckets[newtid % NBUCKETS] = t;
}

/* ---- CPU placement ----
 *
 * A ptrace stop costs much less when tracer and tracee share a CPU (no
 * cross-CPU wake-up per stop).  While exactly one traced thread can run
 * (the others, if any, are blocked waiting for a child: a shell in wait4,
 * a parent in vfork), it and the tracer are pinned to the tracer's CPU; as
 * soon as a second one can run, every tracee gets its own affinity back, so
 * nothing concurrent is serialised behind one CPU.  The pinning is hidden from the
 * tracee: sched_getaffinity() results are rewritten with its real mask, a
 * sched_setaffinity() on itself becomes its new real mask, and children it
 * forks get the real mask.
 */

static int pin_cpu = -1;            /* -1: no pinning */
static uint64_t spin_ns;            /* PLACE_SPIN: how long to poll before sleeping */
#define SPIN_NS 50000
static cpu_set_t tracer_mask;
static bool tracer_pinned;

static void pin_thread(struct pthread *t)
{
	if (pin_cpu < 0 || t->orig_mask)
		return;
	cpu_set_t *m = xmalloc(sizeof(*m));
	if (sched_getaffinity(t->tid, sizeof(*m), m) < 0 || !CPU_ISSET(pin_cpu, m)) {
		free(m);
		return;
	}
	cpu_set_t one;
	CPU_ZERO(&one);
	CPU_SET(pin_cpu, &one);
	if (sched_setaffinity(t->tid, sizeof(one), &one) < 0) {
		free(m);
		return;
	}
	t->orig_mask = m;
	t->flags |= PT_WASPINNED;
	if (!tracer_pinned && sched_setaffinity(0, sizeof(one), &one) == 0)
		tracer_pinned = true;
}

static void unpin_thread(struct pthread *t)
{
	if (!t->orig_mask)
		return;
	sched_setaffinity(t->tid, sizeof(*t->orig_mask), t->orig_mask);
	free(t->orig_mask);
	t->orig_mask = NULL;
}

/* Re-evaluate after the set of traced threads, or of waiting ones, changed. */
static void placement_update(void)
{
	if (pin_cpu < 0)
		return;
	struct pthread *active = NULL;
	int nactive = 0;
	for (int i = 0; i < NBUCKETS && nactive < 2; i++)
		for (struct pthread *t = buckets[i]; t; t = t->next)
			if (!(t->flags & PT_WAITING)) {
				active = t;
				nactive++;
			}
	if (nactive == 1) {
		for (int i = 0; i < NBUCKETS; i++)
			for (struct pthread *t = buckets[i]; t; t = t->next)
				if (t != active)
					unpin_thread(t);
		pin_thread(active);
		return;
	}
	/*
	 * Several threads can run now (or none).  A new thread or child
	 * inherited the pinned mask from its creator: it gets the creator's
	 * real mask as well.
	 */
	cpu_set_t real;
	bool have_real = false;
	for (int i = 0; i < NBUCKETS; i++)
		for (struct pthread *t = buckets[i]; t; t = t->next)
			if (t->orig_mask) {
				real = *t->orig_mask;
				have_real = true;
				unpin_thread(t);
			}
	if (have_real) {
		for (int i = 0; i < NBUCKETS; i++)
			for (struct pthread *t = buckets[i]; t; t = t->next) {
				cpu_set_t cur;
				if (sched_getaffinity(t->tid, sizeof(cur), &cur) == 0 && CPU_COUNT(&cur) == 1 &&
				    CPU_ISSET(pin_cpu, &cur))
					sched_setaffinity(t->tid, sizeof(real), &real);
			}
	}
	if (tracer_pinned) {
		sched_setaffinity(0, sizeof(tracer_mask), &tracer_mask);
		tracer_pinned = false;
	}
}

static bool is_self(const struct pthread *t, uint64_t pid)
{
	return pid == 0 || (int)pid == t->tid;
}

/*
 * At the exit of a syscall during which the thread was pinned: keep the
 * pinning invisible to it.  If it was unpinned meanwhile, its current mask
 * is the real one.
 */
static void placement_fixup(struct pthread *t, int64_t rval)
{
	t->flags &= ~PT_WASPINNED;
	if (t->orig_mask)
		t->flags |= PT_WASPINNED;   /* still pinned for the next syscall */
	if (rval < 0)
		return;
	cpu_set_t cur;
	const cpu_set_t *real = t->orig_mask;
	if (!real) {
		if (sched_getaffinity(t->tid, sizeof(cur), &cur) < 0)
			return;
		real = &cur;
	}
	switch (t->sc_nr) {
	case SC_sched_getaffinity:
		if (is_self(t, t->sc_args[0]) && rval > 0) {
			size_t n = (size_t)rval < sizeof(cpu_set_t) ? (size_t)rval : sizeof(cpu_set_t);
			struct iovec local = { (void *)real, n }, remote = { (void *)t->sc_args[2], n };
			process_vm_writev(t->tid, &local, 1, &remote, 1, 0);
		}
		break;
	case SC_sched_setaffinity:
		if (t->orig_mask && is_self(t, t->sc_args[0])) {
			/* its own choice becomes the mask to give back; pin within it if we can */
			sched_getaffinity(t->tid, sizeof(*t->orig_mask), t->orig_mask);
			cpu_set_t *m = t->orig_mask;
			t->orig_mask = NULL;
			if (CPU_ISSET(pin_cpu, m)) {
				cpu_set_t one;
				CPU_ZERO(&one);
				CPU_SET(pin_cpu, &one);
				sched_setaffinity(t->tid, sizeof(one), &one);
				t->orig_mask = m;
			} else {
				free(m);
			}
		}
		break;
	case SC_clone: case SC_clone3: case SC_fork: case SC_vfork:
		if (rval > 0)   /* the child inherited the pinned mask: give it the real one */
			sched_setaffinity((pid_t)rval, sizeof(*real), real);
		break;
	}
}

static bool is_fork_like(int nr)
{
	if (nr >= SC32_BASE)
		nr = syscall_by_name_pers(sysent_get(nr) ? sysent_get(nr)->name : "", PERS_X86_64);
	return nr == SC_clone || nr == SC_clone3 || nr == SC_fork || nr == SC_vfork;
}

/* Does this syscall block its thread until a child changes state? */
static bool waits_for_child(int nr, const uint64_t *a)
{
	switch (nr) {
	case SC32_BASE + SC32_wait4:
	case SC32_BASE + SC32_waitpid:
		return !(a[2] & WNOHANG);
	case SC32_BASE + SC32_waitid:
		return !(a[3] & WNOHANG);
	case SC32_BASE + SC32_vfork:
		return true;
	case SC32_BASE + SC32_clone:
		return a[0] & CLONE_VFORK;
	case SC_wait4:
		return !(a[2] & WNOHANG);
	case SC_waitid:
		return !(a[3] & WNOHANG);
	case SC_vfork:
		return true;
	case SC_clone:
		return a[0] & CLONE_VFORK;
	}
	return false;
}

void pt_placement(enum placement how)
{
	pin_cpu = -1;
	spin_ns = how == PLACE_SPIN ? SPIN_NS : 0;
	if (how != PLACE_PIN)
		return;
	if (sched_getaffinity(0, sizeof(tracer_mask), &tracer_mask) < 0)
		return;
	pin_cpu = sched_getcpu();
}

/* ---- tracee memory ---- */

static int peek_read(int pid, uint64_t addr, void *buf, size_t len)
{
	char *out = buf;
	while (len) {
		uint64_t aligned = addr & ~7ull;
		unsigned off = addr - aligned;
		errno = 0;
		long word = ptrace(PTRACE_PEEKDATA, pid, (void *)aligned, 0);
		if (errno)
			return -1;
		size_t n = 8 - off < len ? 8 - off : len;
		memcpy(out, (char *)&word + off, n);
		out += n;
		addr += n;
		len -= n;
	}
	return 0;
}

static int vm_read(const struct mem *m, uint64_t addr, void *buf, size_t len)
{
	if (len == 0)
		return 0;
	if (use_vm_readv) {
		struct iovec local = { buf, len }, remote = { (void *)addr, len };
		ssize_t n = process_vm_readv(m->pid, &local, 1, &remote, 1, 0);
		if (n == (ssize_t)len)
			return 0;
		if (n >= 0 || errno == EFAULT || errno == ESRCH)
			return -1;
		if (errno == ENOSYS || errno == EPERM)
			use_vm_readv = false;
	}
	return peek_read(m->pid, addr, buf, len);
}

static long vm_read_str(const struct mem *m, uint64_t addr, char *buf, size_t size, bool *terminated)
{
	size_t got = 0;
	*terminated = false;
	while (got < size) {
		/* never cross a page boundary in one read: the next page may be unmapped */
		uint64_t a = addr + got;
		size_t chunk = 4096 - (a & 4095);
		if (chunk > size - got)
			chunk = size - got;
		if (vm_read(m, a, buf + got, chunk) != 0) {
			/* as strace: a string that runs into unreadable memory is worth a warning */
			if (got)
				error_msg("umovestr: short read (%zu < %zu) @%#llx: %s", got, size,
					  (unsigned long long)addr, strerror(EFAULT));
			return got ? (long)got : -1;
		}
		char *nul = memchr(buf + got, '\0', chunk);
		if (nul) {
			*terminated = true;
			return (nul - buf);
		}
		got += chunk;
	}
	return got;
}

/* the pid a pidfd refers to, from its fdinfo ("Pid:\t1234"); 0 if unknown */
static int pidfd_pid(int tid, int fd)
{
	char name[64], buf[1024];
	snprintf(name, sizeof(name), "/proc/%d/fdinfo/%d", pid_proc(tid), fd);
	FILE *f = fopen(name, "re");
	if (!f)
		return 0;
	int pid = 0;
	while (fgets(buf, sizeof(buf), f))
		if (sscanf(buf, "Pid: %d", &pid) == 1)
			break;
	fclose(f);
	return pid;
}

/* -y/-yy: what the tracee's descriptor fd is, from /proc */
const char *proc_fd_path(const struct mem *m, int fd, unsigned details, struct arena *a)
{
	char link[64], target[4096];
	if (details == FD_GENL) {
		char name[64];
		return fd >= 0 && genl_family_name((unsigned)fd, name, sizeof(name)) ? arena_strndup(a, name, strlen(name)) : NULL;
	}
	int pid = pid_proc(m->pid);   /* /proc may be of an outer pid namespace */
	if (details & FD_REMOTE) {
		/* the process of the tracee's pidfd, as our /proc numbers it (its fdinfo says so) */
		pid = pidfd_pid(m->pid, (unsigned)fd >> 15);
		fd &= FD_REMOTE_MAX - 1;
		details &= ~(unsigned)(FD_REMOTE | FD_PIDFD);
		if (pid <= 0)
			return NULL;
	}
	if (fd == -100)
		snprintf(link, sizeof(link), "/proc/%d/cwd", pid);
	else
		snprintf(link, sizeof(link), "/proc/%d/fd/%d", pid, fd);
	ssize_t n = readlink(link, target, sizeof(target) - 1);
	if (n < 0)
		return NULL;
	target[n] = '\0';
	unsigned long long inode;
	if (details == FD_NETLINK) {
		char proto[32];
		ssize_t pn;
		if (sscanf(target, "socket:[%llu]", &inode) != 1 ||
		    (pn = getxattr(link, "system.sockprotoname", proto, sizeof(proto) - 1)) <= 0)
			return NULL;
		proto[pn] = '\0';
		/* "-1": a netlink socket whose protocol sock_diag does not say (unbound) */
		return strcmp(proto, "NETLINK") ? NULL : arena_printf(a, "%d", sockdiag_netlink_protocol(inode));
	}
	if ((details & FD_SOCKET) && sscanf(target, "socket:[%llu]", &inode) == 1) {
		char desc[512];
		if (sockdiag_describe(link, inode, desc, sizeof(desc)))
			return arena_strndup(a, desc, strlen(desc));
	}
	if ((details & FD_PIDFD) && fd >= 0 && !strcmp(target, "anon_inode:[pidfd]")) {
		int pid = pidfd_pid(m->pid, fd);
		if (pid > 0)
			return arena_printf(a, "pid:%d", pid);
	}
	if ((details & FD_DEV) && target[0] == '/') {
		struct stat st;
		if (stat(link, &st) == 0 && (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)))
			return arena_printf(a, "%s<%s %u:%u>", target, S_ISCHR(st.st_mode) ? "char" : "block",
					    major(st.st_rdev), minor(st.st_rdev));
	}
	if (!(details & FD_PATH))
		return NULL;
	return arena_strndup(a, target, n);
}

/* ---- start-up ---- */

void pt_init(const struct ptrace_config *c, event_handler h, idle_handler i, void *ud)
{
	cfg = *c;
	handler = h;
	idle = i;
	handler_ud = ud;
}

static unsigned long seize_options(void)
{
	/* TRACEEXIT: a thread's "= ?" is printed when it exits, not when it is reaped (a leader is reaped last) */
	unsigned long o = PTRACE_O_TRACESYSGOOD | PTRACE_O_TRACEEXEC | PTRACE_O_TRACEEXIT;
	if (cfg.follow_forks)
		o |= PTRACE_O_TRACECLONE | PTRACE_O_TRACEFORK | PTRACE_O_TRACEVFORK;
	if (cfg.seccomp)
		o |= PTRACE_O_TRACESECCOMP;
	return o;
}

/* -k: the stack of the thread whose stop is being reported (m->ctx) */
static int pt_stack(const struct mem *m, struct frames *out)
{
	const struct pthread *t = m->ctx;
	return unwind_capture(t->tgid, t->tid, out);
}

/* -i: the instruction pointer of a stop that is not a syscall stop */
static uint64_t stop_ip(const struct pthread *t)
{
	struct user_regs_struct regs;
	if (!cfg.want_ip || ptrace(PTRACE_GETREGS, t->tid, 0, &regs) < 0)
		return 0;
	return regs.rip;
}

static void emit(struct pthread *t, struct event *ev)
{
	ev->pid = t->tgid;
	ev->tid = t->tid;
	ev->ts = now_mono_ns();
	ev->stime = cur_stime;
	struct mem m = { vm_read, vm_read_str, proc_fd_path, t, t->tid, cfg.stacks ? pt_stack : NULL };
	handler(handler_ud, ev, &m);
}

/*
 * The parent of a new child that stopped before its parent's fork/clone
 * event arrived: the thread group leader for a thread, else /proc's PPid.
 */
static int parent_of(const struct pthread *t)
{
	if (t->tgid != t->tid)
		return t->tgid;
	char path[64], line[256];
	snprintf(path, sizeof(path), "/proc/%d/status", t->tid);
	FILE *f = fopen(path, "re");
	int ppid = 0;
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f))
		if (sscanf(line, "PPid: %d", &ppid) == 1)
			break;
	fclose(f);
	return thread_find(ppid) ? ppid : 0;
}

static void announce(struct pthread *t, int parent, int count)
{
	if (t->flags & PT_ANNOUNCED)
		return;
	t->flags |= PT_ANNOUNCED;
	if (!parent && (t->flags & PT_NEWCHILD))
		parent = parent_of(t);
	struct event ev = { .kind = EV_ATTACH };
	ev.attach.parent_tid = parent;
	ev.attach.startup = t->flags & PT_STARTUP;
	ev.attach.nthreads = count;
	emit(t, &ev);
}


/* The seccomp prefilter a started command installs once the tracer holds it. */
struct prefilter {
	struct sock_filter prog[4096];
	int len;
};

static int install_prefilter(void *ud)
{
	struct prefilter *p = ud;
	if (p->len > 0 && seccomp_install(p->prog, p->len) < 0) {
		error_msg_errno("cannot install the seccomp filter");
		return -1;
	}
	return 0;
}

int pt_launch(const struct launch *l)
{
	static struct prefilter pf;
	pf.len = 0;
	if (cfg.seccomp && l->filter) {
		pf.len = seccomp_build(l->filter, NSYSCALLS64, l->filter + SC32_BASE, SC32_MAX_NR + 1,
				       l->filter_beyond, pf.prog, ARRAY_SIZE(pf.prog));
		if (pf.len < 0)
			cfg.seccomp = false;
	} else {
		cfg.seccomp = false;
	}
	int go, err;
	pid_t pid = launch_fork(l, install_prefilter, &pf, &go, &err);
	if (ptrace(PTRACE_SEIZE, pid, 0, seize_options()) < 0) {
		error_msg_errno("ptrace(PTRACE_SEIZE, %d)", pid);
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		exit(1);
	}
	struct pthread *t = thread_add(pid, pid);
	t->flags |= PT_STARTUP;
	if (ptrace(PTRACE_INTERRUPT, pid, 0, 0) < 0)
		die_errno("ptrace(PTRACE_INTERRUPT, %d)", pid);
	int status;
	while (waitpid(pid, &status, __WALL) < 0)
		if (errno != EINTR)
			die_errno("waitpid");
	if (!WIFSTOPPED(status))
		exit(1);   /* the child died before exec (it said why) */
	announce(t, 0, 0);
	ptrace(cfg.seccomp ? PTRACE_CONT : PTRACE_SYSCALL, pid, 0, 0);
	close(go);   /* let the child exec */
	launch_err_fd = err;
	return pid;
}

/* ---- attach ---- */

static int seize_thread(int tid, int tgid)
{
	if (thread_find(tid))
		return 0;
	if (ptrace(PTRACE_SEIZE, tid, 0, seize_options()) < 0)
		return -1;
	struct pthread *t = thread_add(tid, tgid);
	t->flags |= PT_FRESH;
	if (ptrace(PTRACE_INTERRUPT, tid, 0, 0) < 0)
		return -1;
	return 1;
}

/* Report the threads of one attached process: the leader carries the count. */
static void announce_process(int pid)
{
	int n = 0;
	for (int i = 0; i < NBUCKETS; i++)
		for (struct pthread *t = buckets[i]; t; t = t->next)
			n += t->tgid == pid && !(t->flags & PT_ANNOUNCED);
	struct pthread *leader = thread_find(pid);
	if (leader)
		announce(leader, 0, n);
	for (int i = 0; i < NBUCKETS; i++)
		for (struct pthread *t = buckets[i]; t; t = t->next)
			if (t->tgid == pid)
				announce(t, 0, -1);
}

int pt_attach(int pid)
{
	if (pid == getpid()) {
		error_msg("attach: refusing to trace myself (pid %d)", pid);
		return -1;
	}
	int r = seize_thread(pid, pid);
	if (r < 0) {
		error_msg_errno("attach: ptrace(PTRACE_SEIZE, %d)", pid);
		return -1;
	}
	if (!cfg.all_threads) {
		announce_process(pid);
		return 0;
	}
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/task", pid);
	/* Threads may be created while we look: scan until a pass finds nothing new. */
	for (int pass = 0; pass < 100; pass++) {
		DIR *d = opendir(path);
		if (!d)
			break;
		int added = 0;
		struct dirent *de;
		while ((de = readdir(d))) {
			int tid = atoi(de->d_name);
			if (tid > 0 && seize_thread(tid, pid) > 0)
				added++;
		}
		closedir(d);
		if (!added)
			break;
	}
	announce_process(pid);
	return 0;
}

/* ---- the loop ---- */

void pt_request_stop(int sig)
{
	stop_requested = sig ? sig : SIGTERM;
	int tid = last_tid;
	if (tid > 0)
		ptrace(PTRACE_INTERRUPT, tid, 0, 0);   /* make wait4 return */
}

static void handle_exit(struct pthread *t, int status)
{
	struct event ev = { .kind = EV_EXIT };
	ev.exit_.status = status;
	if ((t->flags & PT_STARTUP) && launch_err_fd >= 0) {
		int e = 0;
		if (read(launch_err_fd, &e, sizeof(e)) == sizeof(e) && e > 0)
			ev.exit_.exec_errno = e;
		close(launch_err_fd);
		launch_err_fd = -1;
	}
	emit(t, &ev);
	if (cfg.stacks && t->tid == t->tgid)
		unwind_forget(t->tgid);
	thread_del(t);
}

/* ---- tampering (-e inject=) ---- */

static bool use_vm_writev = true;

/* Write tracee memory a word at a time (process_vm_writev unavailable). */
static long poke_words(int tid, uint64_t addr, const uint8_t *buf, size_t len)
{
	size_t done = 0;
	while (done < len) {
		uint64_t a = addr + done, aligned = a & ~7ull;
		unsigned off = a - aligned;
		size_t n = 8 - off < len - done ? 8 - off : len - done;
		long word;
		if (off || n < 8) {
			errno = 0;
			word = ptrace(PTRACE_PEEKDATA, tid, (void *)aligned, 0);
			if (errno)
				break;
		}
		memcpy((char *)&word + off, buf + done, n);
		if (ptrace(PTRACE_POKEDATA, tid, (void *)aligned, (void *)word) < 0)
			break;
		done += n;
	}
	return done ? (long)done : -1;
}

static long pt_poke(const struct tamper *tm, uint64_t addr, const void *buf, size_t len)
{
	if (use_vm_writev) {
		struct iovec local = { (void *)buf, len }, remote = { (void *)addr, len };
		ssize_t n = process_vm_writev(tm->tid, &local, 1, &remote, 1, 0);
		if (n > 0)
			return n;
		if (n == 0 || errno == EFAULT || errno == ESRCH)
			return -1;
		if (errno == ENOSYS || errno == EPERM)
			use_vm_writev = false;
	}
	return poke_words(tm->tid, addr, buf, len);
}

static void set_reg(int tid, size_t off, uint64_t v)
{
	if (ptrace(PTRACE_POKEUSR, tid, (void *)off, (void *)v) < 0 && errno != ESRCH)
		error_msg_errno("ptrace(PTRACE_POKEUSR, %d)", tid);
}

/* What the handler asked of this syscall stop; returns a signal to resume with. */
static int tamper_apply(struct pthread *t, const struct tamper *tm)
{
	if (tm->set_nr)   /* an i386 number for an i386 call */
		set_reg(t->tid, offsetof(struct user_regs_struct, orig_rax),
			(uint64_t)(int64_t)(tm->nr >= 0 ? (int32_t)sc_kernel_nr(tm->nr) : tm->nr));
	if (tm->set_rval)
		set_reg(t->tid, offsetof(struct user_regs_struct, rax), (uint64_t)tm->rval);
	if (tm->delay_ns) {
		uint64_t now = now_mono_ns();
		t->resume_at = now + tm->delay_ns < now ? UINT64_MAX : now + tm->delay_ns;
	}
	return tm->signo;
}

/*
 * Delayed threads stay in their syscall stop while the others are traced:
 * a POSIX timer on the earliest deadline interrupts wait4 (repeating every
 * millisecond until served, so a signal that lands just before wait4 is
 * not lost for long).
 */
static struct pthread *delayed;
static timer_t delay_timer;
static bool delay_timer_made;

static void on_delay_timer(int sig)
{
	(void)sig;
}

static void delay_arm(void)
{
	if (!delay_timer_made) {
		struct sigaction sa;
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_delay_timer;   /* no SA_RESTART: it wakes wait4 */
		sigaction(SIGRTMIN, &sa, NULL);
		struct sigevent sev;
		memset(&sev, 0, sizeof(sev));
		/* to this thread: the one in wait4 (a store's writer thread must not take it) */
		sev.sigev_notify = SIGEV_THREAD_ID;
#ifdef sigev_notify_thread_id
		sev.sigev_notify_thread_id = (pid_t)syscall(SYS_gettid);
#else
		sev._sigev_un._tid = (pid_t)syscall(SYS_gettid);
#endif
		sev.sigev_signo = SIGRTMIN;
		if (timer_create(CLOCK_MONOTONIC, &sev, &delay_timer) < 0)
			die_errno("timer_create");
		delay_timer_made = true;
	}
	uint64_t first = UINT64_MAX;
	for (struct pthread *t = delayed; t; t = t->dnext)
		if (t->resume_at < first)
			first = t->resume_at;
	struct itimerspec its;
	memset(&its, 0, sizeof(its));
	if (delayed) {
		if (first > (uint64_t)INT64_MAX)
			first = INT64_MAX;
		its.it_value.tv_sec = first / 1000000000;
		its.it_value.tv_nsec = first % 1000000000;
		its.it_interval.tv_nsec = 1000000;
	}
	timer_settime(delay_timer, delayed ? TIMER_ABSTIME : 0, &its, NULL);
}

static void delay_add(struct pthread *t, int sig)
{
	t->resume_sig = sig;
	t->dnext = delayed;
	delayed = t;
	delay_arm();
}

static void delay_forget(struct pthread *t)
{
	if (!t->resume_at)
		return;
	t->resume_at = 0;
	for (struct pthread **pp = &delayed; *pp; pp = &(*pp)->dnext)
		if (*pp == t) {
			*pp = t->dnext;
			break;
		}
	if (delay_timer_made)
		delay_arm();
}

static void resume(struct pthread *t, int inject);

/* Resume the delayed threads whose time has come. */
static void delays_run(void)
{
	uint64_t now = now_mono_ns();
	bool any = false;
	for (struct pthread **pp = &delayed; *pp;) {
		struct pthread *t = *pp;
		if (t->resume_at > now) {
			pp = &t->dnext;
			continue;
		}
		*pp = t->dnext;
		t->resume_at = 0;
		resume(t, t->resume_sig);
		any = true;
	}
	if (any)
		delay_arm();
}

static int syscall_stop(struct pthread *t)
{
	struct ptrace_syscall_info info;
	memset(&info, 0, sizeof(info));
	if (ptrace(PTRACE_GET_SYSCALL_INFO, t->tid, (void *)sizeof(info), &info) <= 0)
		return 0;
	struct event ev;
	memset(&ev, 0, sizeof(ev));
	struct tamper tm = { .tid = t->tid, .poke = pt_poke };
	ev.tamper = &tm;
	/*
	 * The kernel says which ABI the call came in by: AUDIT_ARCH_I386 for a
	 * 32-bit program, and for int $0x80 from a 64-bit one (both run the i386
	 * table, with ebx, ecx, edx, esi, edi, ebp as arguments).
	 */
	ev.pers = info.arch == AUDIT_ARCH_I386 ? PERS_I386 : PERS_X86_64;
	if (info.op == PTRACE_SYSCALL_INFO_ENTRY || info.op == PTRACE_SYSCALL_INFO_SECCOMP) {
		ev.kind = EV_SYSCALL_ENTRY;
		ev.ip = info.instruction_pointer;
		ev.entry.nr = info.entry.nr;
		if (ev.pers == PERS_I386) {
			if (info.entry.nr < (1u << 30))   /* else (-1 and such) as it is */
				ev.entry.nr = SC32_BASE + (int)info.entry.nr;
			for (int i = 0; i < 6; i++)
				info.entry.args[i] = (uint32_t)info.entry.args[i];
		}
		memcpy(ev.entry.args, info.entry.args, sizeof(ev.entry.args));
		ev.entry.sp = info.stack_pointer;
		t->sc_nr = ev.entry.nr;
		memcpy(t->sc_args, info.entry.args, sizeof(t->sc_args));
		if (t->orig_mask)
			t->flags |= PT_WASPINNED;
		if (t->orig_mask && !cfg.follow_forks && is_fork_like(t->sc_nr)) {
			/* a child we do not follow runs at once: let it inherit the real mask */
			unpin_thread(t);
			t->flags |= PT_REPIN;
		}
		if (pin_cpu >= 0 && waits_for_child(t->sc_nr, t->sc_args)) {
			t->flags |= PT_WAITING;
			placement_update();
		}
	} else if (info.op == PTRACE_SYSCALL_INFO_EXIT) {
		ev.kind = EV_SYSCALL_EXIT;
		ev.ip = info.instruction_pointer;
		ev.exit.rval = info.exit.rval;
		ev.exit.is_error = info.exit.is_error;
		if (ev.pers == PERS_I386)   /* eax: an error sign-extended, a value (an address) not */
			ev.exit.rval = info.exit.is_error ? (int64_t)(int32_t)info.exit.rval
							  : (int64_t)(uint32_t)info.exit.rval;
		if (cfg.stacks && !info.exit.is_error && unwind_call_changes_maps(t->sc_nr, t->sc_args))
			unwind_maps_changed(t->tgid);
		if (t->flags & PT_WASPINNED)
			placement_fixup(t, info.exit.is_error ? -1 : info.exit.rval);
		if (t->flags & (PT_WAITING | PT_REPIN)) {
			t->flags &= ~(PT_WAITING | PT_REPIN);
			placement_update();
		}
	} else {
		return 0;
	}
	emit(t, &ev);
	return tamper_apply(t, &tm);
}

/* handle_stop(): the thread was detached there and is no more (-b execve) */
#define STOP_GONE (-3)

/* Handle one wait status; returns the signal to inject, or -1 to use PTRACE_LISTEN, -2 for none. */
static int handle_stop(struct pthread *t, int status)
{
	int sig = WSTOPSIG(status);
	unsigned event = (unsigned)status >> 16;
	struct event ev;
	memset(&ev, 0, sizeof(ev));

	if (sig == (SIGTRAP | 0x80)) {
		announce(t, 0, 0);
		int inject = syscall_stop(t);
		t->flags &= ~PT_INSC;
		return inject;
	}
	switch (event) {
	case 0:
		break;
	case PTRACE_EVENT_STOP:
		announce(t, 0, 0);
		if (t->flags & PT_FRESH) {
			t->flags &= ~PT_FRESH;
			struct user_regs_struct regs;
			if (ptrace(PTRACE_GETREGS, t->tid, 0, &regs) == 0 && (long)regs.orig_rax >= 0) {
				struct event iev = { .kind = EV_SYSCALL_INTERRUPTED };
				iev.entry.nr = (int)regs.orig_rax;
				if (regs.cs == 0x23) {   /* the 32-bit code segment: an i386 call */
					iev.pers = PERS_I386;
					iev.entry.nr += SC32_BASE;
				}
				emit(t, &iev);
			}
		}
		if (sig == SIGSTOP || sig == SIGTSTP || sig == SIGTTIN || sig == SIGTTOU) {
			ev.kind = EV_GROUP_STOP;
			ev.ip = stop_ip(t);
			ev.stop.signo = sig;
			emit(t, &ev);
			t->flags |= PT_GROUPSTOP;
			return -1;
		}
		t->flags &= ~PT_GROUPSTOP;
		return 0;
	case PTRACE_EVENT_SECCOMP:
		/* a syscall the filter wants: this is its entry; stop again at its exit */
		t->flags |= PT_INSC;
		return syscall_stop(t);
	case PTRACE_EVENT_EXEC: {
		unsigned long old = 0;
		ptrace(PTRACE_GETEVENTMSG, t->tid, 0, &old);
		ev.kind = EV_EXEC;
		ev.ip = stop_ip(t);
		ev.exec.old_tid = (int)old;
		bool startup = t->flags & PT_STARTUP;
		t->flags &= ~PT_STARTUP;
		if (cfg.stacks)
			unwind_exec(t->tgid);
		emit(t, &ev);
		if (cfg.detach_on_exec && !startup) {
			/* -b execve: the new program runs untraced (our command's own first execve excepted) */
			ptrace(PTRACE_DETACH, t->tid, 0, 0);
			struct event dev = { .kind = EV_DETACH };
			emit(t, &dev);
			thread_del(t);
			return STOP_GONE;
		}
		return 0;
	}
	case PTRACE_EVENT_EXIT:
		announce(t, 0, 0);
		ev.kind = EV_EXITING;
		emit(t, &ev);
		return 0;
	case PTRACE_EVENT_CLONE:
	case PTRACE_EVENT_FORK:
	case PTRACE_EVENT_VFORK: {
		unsigned long child = 0;
		ptrace(PTRACE_GETEVENTMSG, t->tid, 0, &child);
		if (child > 0) {
			struct pthread *c = thread_find((int)child);
			if (!c)
				c = thread_add((int)child, event == PTRACE_EVENT_CLONE ? 0 : (int)child);
			announce(c, t->tid, 0);
		}
		return 0;
	}
	default:
		return 0;
	}

	/* signal-delivery stop */
	announce(t, 0, 0);
	siginfo_t si;
	ev.kind = EV_SIGNAL;
	ev.ip = stop_ip(t);
	ev.sig.signo = sig;
	if (ptrace(PTRACE_GETSIGINFO, t->tid, 0, &si) == 0) {
		ev.sig.have_info = true;
		memcpy(ev.sig.info, &si, sizeof(ev.sig.info));
	}
	emit(t, &ev);
	return sig;
}

/* An exec by a non-leader thread: the leader's old record is superseded. */
static struct pthread *exec_fixup(struct pthread *t, int status)
{
	if (((unsigned)status >> 16) != PTRACE_EVENT_EXEC)
		return t;
	unsigned long old = 0;
	if (ptrace(PTRACE_GETEVENTMSG, t->tid, 0, &old) < 0 || (int)old == t->tid)
		return t;
	struct pthread *o = thread_find((int)old);
	if (!o)
		return t;
	/* t is the stale leader record; o executed and now owns the leader's tid */
	int tid = t->tid;
	thread_del(t);
	thread_rename(o, tid);
	return o;
}

static void resume(struct pthread *t, int inject)
{
	if (inject == -1) {
		ptrace(PTRACE_LISTEN, t->tid, 0, 0);
		return;
	}
	/* with the seccomp filter, only a syscall the filter stopped needs its exit stop */
	int op = !cfg.seccomp || (t->flags & PT_INSC) ? PTRACE_SYSCALL : PTRACE_CONT;
	ptrace(op, t->tid, 0, inject > 0 ? inject : 0);
}

/*
 * wait4 for the next stop.  With PLACE_SPIN, poll first: a busy tracee stops
 * again a few microseconds after it was resumed, and finding the stop
 * without having slept saves the wake-up of an idle CPU.
 */
static int next_stop(int *status, struct rusage *rup)
{
	if (spin_ns) {
		uint64_t until = now_mono_ns() + spin_ns;
		do {
			int tid = wait4(-1, status, __WALL | WNOHANG, rup);
			if (tid != 0)
				return tid;
		} while (!stop_requested && now_mono_ns() < until);
	}
	return wait4(-1, status, __WALL, rup);
}

void pt_set_service(void (*fn)(void *ud))
{
	service = fn;
}

void pt_request_service(void)
{
	service_requested = 1;
}

bool pt_traces(int tid)
{
	return thread_find(tid) != NULL;
}

void pt_loop(void)
{
	while (nthreads > 0 && !stop_requested) {
		if (service_requested && service) {
			/* between stops: no thread is held, the service may attach and detach */
			service_requested = 0;
			service(handler_ud);
			if (nthreads == 0 || stop_requested)
				break;
		}
		if (delayed)
			delays_run();
		int status;
		struct rusage ru;
		struct rusage *rup = cfg.want_rusage ? &ru : NULL;
		int tid = next_stop(&status, rup);
		if (tid < 0) {
			if (errno == EINTR) {
				/* a timer or a signal: give the tracer a chance to flush */
				if (idle)
					idle(handler_ud);
				continue;
			}
			if (errno == ECHILD)
				break;
			die_errno("wait4");
		}
		if (cfg.want_rusage)
			cur_stime = ru.ru_stime.tv_sec * 1000000000ull + ru.ru_stime.tv_usec * 1000ull;
		struct pthread *t = thread_find(tid);
		if (!t) {
			if (!WIFSTOPPED(status))
				continue;   /* not ours (e.g. a child of ours that was never traced) */
			if (!cfg.follow_forks) {
				/* a clone with CLONE_PTRACE made it ours: without -f it goes free, as with strace */
				ptrace(PTRACE_DETACH, tid, 0, 0);
				if (!cfg.quiet_attach)
					error_msg("Detached unknown pid %d", tid);
				continue;
			}
			t = thread_add(tid, 0);
			t->flags |= PT_NEWCHILD;
		}
		last_tid = tid;
		if (WIFEXITED(status) || WIFSIGNALED(status)) {
			handle_exit(t, status);
			continue;
		}
		if (!WIFSTOPPED(status))
			continue;
		t = exec_fixup(t, status);
		held = t;
		held_sig = handle_stop(t, status);
		if (held_sig == STOP_GONE) {
			held = NULL;
			if (stop_requested)
				break;
			continue;
		}
		if (stop_requested)
			break;
		if (t->resume_at)
			delay_add(t, held_sig);   /* -e inject=...:delay_*: resumed by delays_run() */
		else
			resume(t, held_sig);
		held = NULL;
	}
	if (stop_requested)
		pt_detach_all();
}

/* ---- detach ---- */

static void detach_at_stop(int tid, int status)
{
	int sig = WSTOPSIG(status);
	unsigned event = (unsigned)status >> 16;
	int deliver = 0;
	if (event == 0 && sig != (SIGTRAP | 0x80))
		deliver = sig;   /* signal-delivery stop: pass the signal on */
	if (event == PTRACE_EVENT_CLONE || event == PTRACE_EVENT_FORK || event == PTRACE_EVENT_VFORK) {
		unsigned long child = 0;
		ptrace(PTRACE_GETEVENTMSG, tid, 0, &child);
		if (child && !thread_find((int)child))
			thread_add((int)child, 0);   /* detached in turn */
	}
	ptrace(PTRACE_DETACH, tid, 0, deliver);
}

static void detach_one(struct pthread *t)
{
	int tid = t->tid, status;
	unpin_thread(t);
	if (t == held) {
		/* stopped right now, at a stop we already collected */
		ptrace(PTRACE_DETACH, tid, 0, held_sig > 0 ? held_sig : 0);
		held = NULL;
		goto done;
	}
	if (t->resume_at) {
		/* held at a syscall stop by a delay */
		int sig = t->resume_sig;
		delay_forget(t);
		ptrace(PTRACE_DETACH, tid, 0, sig > 0 ? sig : 0);
		goto done;
	}
	if (ptrace(PTRACE_INTERRUPT, tid, 0, 0) < 0) {
		/* not traceable any more: reap it if it is a zombie */
		if (waitpid(tid, &status, __WALL | WNOHANG) == tid &&
		    (WIFEXITED(status) || WIFSIGNALED(status))) {
			handle_exit(t, status);
			return;
		}
		goto done;
	}
	for (;;) {
		int r = waitpid(tid, &status, __WALL);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		if (WIFEXITED(status) || WIFSIGNALED(status)) {
			handle_exit(t, status);
			return;
		}
		if (WIFSTOPPED(status)) {
			detach_at_stop(tid, status);
			break;
		}
	}
done:;
	struct event ev = { .kind = EV_DETACH };
	emit(t, &ev);
	thread_del(t);
}

int pt_detach_process(int pid)
{
	int n = 0;
	for (;;) {
		struct pthread *t = NULL;
		for (int i = 0; i < NBUCKETS && !t; i++)
			for (struct pthread *u = buckets[i]; u && !t; u = u->next)
				if (u->tgid == pid)
					t = u;
		if (!t)
			return n;
		detach_one(t);
		n++;
	}
}

void pt_detach_all(void)
{
	while (nthreads > 0) {
		struct pthread *t = held;
		for (int i = 0; i < NBUCKETS && !t; i++)
			t = buckets[i];
		if (!t)
			break;
		detach_one(t);
	}
}
