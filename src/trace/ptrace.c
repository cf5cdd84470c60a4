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
#include "ptrace_int.h"
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

struct pthread *buckets[NBUCKETS];
int nthreads;
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

void thread_resume(struct pthread *t, int inject)
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
			thread_resume(t, held_sig);
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
