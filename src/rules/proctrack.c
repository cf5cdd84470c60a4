/*
 * proctrack.c - the alert engine's process table, kept from the trace: a
 * process is created by its attach event (a copy of its parent, as fork
 * makes one), changed by the calls it makes (execve, the set*id calls,
 * chdir, setsid, descriptor calls), and dropped when its leader is reaped.
 * Only processes the trace did not see created are seeded, by seed_fn.
 * Effects are taken from the decoded calls (struct dctx), the same on a
 * live trace and on a replayed recording.
 */
#include "proctrack.h"
#include "decode.h"
#include "sc_nr.h"
#include "syscalls.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

#define NBUCKETS 1024

struct pent {
	int key;
	struct proc *p;
	struct pent *next;
};

struct ptab {
	seed_fn seed;
	void *ud;
	struct pent *tids[NBUCKETS];   /* thread -> its process */
	struct pent *pids[NBUCKETS];   /* pid -> the live process (holds a reference) */
};

static const char *const fdkind_names[FDK_NKINDS] = {
	[FDK_UNKNOWN] = "unknown", [FDK_FILE] = "file", [FDK_DIR] = "directory",
	[FDK_SOCKET] = "socket", [FDK_PIPE] = "pipe", [FDK_MEMFD] = "memfd",
	[FDK_EVENTFD] = "eventfd", [FDK_SIGNALFD] = "signalfd", [FDK_TIMERFD] = "timerfd",
	[FDK_EPOLL] = "epoll", [FDK_INOTIFY] = "inotify", [FDK_FANOTIFY] = "fanotify",
	[FDK_PIDFD] = "pidfd", [FDK_USERFAULTFD] = "userfaultfd", [FDK_IOURING] = "io_uring",
	[FDK_PERF] = "perf_event",
};

const char *fdkind_name(int kind)
{
	return kind >= 0 && kind < FDK_NKINDS ? fdkind_names[kind] : "unknown";
}

/* ---- the two maps ---- */

static struct proc *map_get(struct pent **m, int key)
{
	for (struct pent *e = m[(unsigned)key % NBUCKETS]; e; e = e->next)
		if (e->key == key)
			return e->p;
	return NULL;
}

static void map_set(struct pent **m, int key, struct proc *p)
{
	struct pent **pp = &m[(unsigned)key % NBUCKETS];
	for (struct pent *e = *pp; e; e = e->next)
		if (e->key == key) {
			e->p = p;
			return;
		}
	struct pent *e = xmalloc(sizeof(*e));
	e->key = key;
	e->p = p;
	e->next = *pp;
	*pp = e;
}

static struct proc *map_del(struct pent **m, int key)
{
	for (struct pent **pp = &m[(unsigned)key % NBUCKETS]; *pp; pp = &(*pp)->next)
		if ((*pp)->key == key) {
			struct pent *e = *pp;
			struct proc *p = e->p;
			*pp = e->next;
			free(e);
			return p;
		}
	return NULL;
}

/* ---- processes ---- */

static void fdtab_unref(struct fdtab *t)
{
	if (!t || --t->refs > 0)
		return;
	for (int i = 0; i < t->n; i++)
		free(t->v[i].path);
	free(t->v);
	free(t);
}

static struct fdtab *fdtab_copy(const struct fdtab *t)
{
	struct fdtab *c = xcalloc(1, sizeof(*c));
	c->refs = 1;
	if (t && t->n) {
		c->n = t->n;
		c->v = xcalloc(t->n, sizeof(*c->v));
		for (int i = 0; i < t->n; i++) {
			c->v[i] = t->v[i];
			c->v[i].path = t->v[i].path ? xstrdup(t->v[i].path) : NULL;
		}
	}
	return c;
}

static void free_argv(struct proc *p)
{
	for (int i = 0; i < p->argc; i++)
		free(p->argv[i]);
	free(p->argv);
	p->argv = NULL;
	p->argc = 0;
}

static void proc_unref(struct proc *p)
{
	while (p && --p->refs <= 0) {
		struct proc *parent = p->parent;
		free(p->exe);
		free(p->cwd);
		free(p->tty);
		free_argv(p);
		fdtab_unref(p->fds);
		free(p);
		p = parent;
	}
}

void ptab_release(struct proc *p)
{
	proc_unref(p);
}

static struct proc *proc_new(int pid)
{
	struct proc *p = xcalloc(1, sizeof(*p));
	p->pid = pid;
	p->uid = p->euid = p->gid = p->egid = -1;
	p->fds = fdtab_copy(NULL);
	p->refs = 1;
	return p;
}

static void set_argv(struct proc *p, char **argv, int argc)
{
	free_argv(p);
	p->argv = xcalloc(argc + 1, sizeof(char *));
	for (int i = 0; i < argc; i++)
		p->argv[i] = xstrdup(argv[i]);
	p->argc = argc;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/* what a seed says, into p (not its ancestors) */
static void take_seed(struct proc *p, const struct procctx *c)
{
	snprintf(p->comm, sizeof(p->comm), "%s", c->comm);
	free(p->exe);
	p->exe = dup_or_null(c->exe);
	free(p->cwd);
	p->cwd = dup_or_null(c->cwd);
	set_argv(p, c->argv, c->argc);
	if (c->have_ids) {
		p->uid = c->uid;
		p->euid = c->euid;
		p->gid = c->gid;
		p->egid = c->egid;
	}
	if (c->have_tty) {
		free(p->tty);
		p->tty = dup_or_null(c->tty);
		p->tty_known = true;
	}
	if (c->ppid)
		p->ppid = c->ppid;
}

/* A process the trace did not see created: from the seed, with its ancestors. */
static struct proc *proc_seeded(struct ptab *pt, int pid, uint64_t ts)
{
	struct proc *p = proc_new(pid);
	p->traced = true;
	struct procctx c;
	if (!pt->seed || !pt->seed(pt->ud, pid, ts, &c))
		return p;
	take_seed(p, &c);
	struct proc *child = p;
	for (int i = 0; i < c.nanc; i++) {
		struct proc *a = proc_new(c.anc[i].pid);
		take_seed(a, &c.anc[i]);
		child->parent = a;   /* the child's reference is a's first */
		child = a;
	}
	procctx_free(&c);
	return p;
}

/* A forked child: its parent's copy. */
static struct proc *proc_forked(struct proc *parent, int pid)
{
	struct proc *p = proc_new(pid);
	p->traced = true;
	p->ppid = parent->pid;
	memcpy(p->comm, parent->comm, sizeof(p->comm));
	p->exe = dup_or_null(parent->exe);
	p->cwd = dup_or_null(parent->cwd);
	set_argv(p, parent->argv, parent->argc);
	p->uid = parent->uid;
	p->euid = parent->euid;
	p->gid = parent->gid;
	p->egid = parent->egid;
	p->tty_known = parent->tty_known;
	p->tty = dup_or_null(parent->tty);
	p->listener = parent->listener;
	fdtab_unref(p->fds);
	p->fds = fdtab_copy(parent->fds);
	p->parent = parent;
	parent->refs++;
	return p;
}

/* thread -> process entries hold a reference: a leader reaped before its threads stays */
static void tid_set(struct ptab *pt, int tid, struct proc *p)
{
	struct proc *old = map_get(pt->tids, tid);
	if (old == p)
		return;
	p->refs++;
	map_set(pt->tids, tid, p);
	proc_unref(old);
}

static void tid_del(struct ptab *pt, int tid)
{
	proc_unref(map_del(pt->tids, tid));
}

struct ptab *ptab_new(seed_fn seed, void *ud)
{
	struct ptab *pt = xcalloc(1, sizeof(*pt));
	pt->seed = seed;
	pt->ud = ud;
	return pt;
}

void ptab_free(struct ptab *pt)
{
	if (!pt)
		return;
	for (int i = 0; i < NBUCKETS; i++) {
		while (pt->tids[i])
			tid_del(pt, pt->tids[i]->key);
		while (pt->pids[i])
			proc_unref(map_del(pt->pids, pt->pids[i]->key));
	}
	free(pt);
}

static struct proc *add_process(struct ptab *pt, struct proc *p)
{
	struct proc *old = map_del(pt->pids, p->pid);   /* a reused pid */
	proc_unref(old);
	map_set(pt->pids, p->pid, p);
	return p;
}

struct proc *ptab_proc(struct ptab *pt, int tid, int pid, uint64_t ts)
{
	struct proc *p = map_get(pt->tids, tid);
	if (p && p->pid == pid)
		return p;
	p = map_get(pt->pids, pid);
	if (!p)
		p = add_process(pt, proc_seeded(pt, pid, ts));
	tid_set(pt, tid, p);
	return p;
}

void ptab_attach(struct ptab *pt, int tid, int pid, int parent_tid, uint64_t ts)
{
	struct proc *parent = parent_tid ? map_get(pt->tids, parent_tid) : NULL;
	if (tid != pid || (parent && parent->pid == pid)) {
		ptab_proc(pt, tid, pid, ts);   /* a thread of a process */
		return;
	}
	struct proc *p = parent ? proc_forked(parent, pid) : proc_seeded(pt, pid, ts);
	add_process(pt, p);
	tid_set(pt, tid, p);
}

void ptab_thread_exit(struct ptab *pt, int tid)
{
	struct proc *p = map_get(pt->tids, tid);
	if (p && p->pid == tid && map_get(pt->pids, tid) == p)
		proc_unref(map_del(pt->pids, tid));
	tid_del(pt, tid);
}

void ptab_exec_event(struct ptab *pt, int tid, int pid, int old_tid, uint64_t ts, bool execve_traced)
{
	if (old_tid > 0 && old_tid != tid)
		tid_del(pt, old_tid);   /* it took the leader's tid */
	struct proc *p = ptab_proc(pt, tid, pid, ts);
	p->listener = false;
	struct procctx c;
	if (execve_traced || !pt->seed || !pt->seed(pt->ud, pid, ts, &c))
		return;
	take_seed(p, &c);
	procctx_free(&c);
}

/* ---- the decoded call ---- */

const struct value *dc_arg(const struct dctx *c, int i)
{
	if (!c->args)
		return NULL;
	const struct value *v = c->args->kind == V_SEQ ? c->args->list.first : c->args;
	for (; v && i > 0; i--)
		v = v->next;
	return v;
}

const struct value *dc_arg_named(const struct dctx *c, const char *name)
{
	if (!c->args)
		return NULL;
	int i = 0;
	for (const struct value *v = c->args->kind == V_SEQ ? c->args->list.first : c->args; v; v = v->next, i++) {
		const char *k = v->name ? v->name : sysent_argname(c->nr, i);
		if (k && !strcmp(k, name))
			return v;
	}
	return NULL;
}

bool value_number(const struct value *v, int64_t *out)
{
	if (!v)
		return false;
	switch (v->kind) {
	case V_NUM: *out = (int64_t)v->u; return true;
	case V_FD: *out = v->fd.fd; return true;
	case V_FLAGS: case V_ENUM: *out = (int64_t)v->c.v; return true;
	case V_SYM: *out = (int64_t)v->sym.v; return true;
	case V_CHANGED: return value_number(v->list.last, out);
	case V_OR: case V_CALL:
		if (v->xs & XS_CONST) {
			*out = (int64_t)v->list.raw;
			return true;
		}
		return false;
	default: return false;
	}
}

/* a string argument as a NUL-terminated copy (NULL if it is not one) */
static char *arg_string(const struct value *v)
{
	if (!v || v->kind != V_STR || (v->sflags & VS_REDACTED))
		return NULL;
	char *s = xmalloc(v->s.len + 1);
	if (v->s.len)
		memcpy(s, v->s.p, v->s.len);
	s[v->s.len] = 0;
	return s;
}

const struct pfd *proc_fd(const struct proc *p, int fd)
{
	if (!p || fd < 0 || fd >= p->fds->n)
		return NULL;
	const struct pfd *e = &p->fds->v[fd];
	return e->kind || e->path ? e : NULL;
}

static struct pfd *fd_slot(struct proc *p, int fd)
{
	if (fd < 0 || fd > (1 << 20))
		return NULL;
	struct fdtab *t = p->fds;
	if (fd >= t->n) {
		int n = fd + 16;
		t->v = xrealloc(t->v, n * sizeof(*t->v));
		memset(t->v + t->n, 0, (n - t->n) * sizeof(*t->v));
		t->n = n;
	}
	return &t->v[fd];
}

static void fd_put(struct proc *p, int fd, int kind, int family, char *path)
{
	struct pfd *e = fd_slot(p, fd);
	if (!e) {
		free(path);
		return;
	}
	free(e->path);
	e->kind = (uint8_t)kind;
	e->family = family;
	e->path = path;
}

static void fd_close(struct proc *p, int fd)
{
	if (fd >= 0 && fd < p->fds->n)
		fd_put(p, fd, FDK_UNKNOWN, 0, NULL);
}

static void fd_dup(struct proc *p, int from, int to)
{
	const struct pfd *e = proc_fd(p, from);
	if (e)
		fd_put(p, to, e->kind, e->family, dup_or_null(e->path));
	else
		fd_close(p, to);
}

/* /a/./b/../c -> /a/c; into a new string */
static char *normalize(const char *path)
{
	size_t n = strlen(path);
	char *out = xmalloc(n + 2);
	size_t o = 0;
	for (const char *s = path; *s; ) {
		while (*s == '/')
			s++;
		const char *e = s + strcspn(s, "/");
		size_t l = (size_t)(e - s);
		if (l == 0)
			break;
		if (l == 1 && s[0] == '.') {
			/* nothing */
		} else if (l == 2 && s[0] == '.' && s[1] == '.') {
			while (o > 0 && out[o - 1] != '/')
				o--;
			if (o > 0)
				o--;
		} else {
			out[o++] = '/';
			memcpy(out + o, s, l);
			o += l;
		}
		s = e;
	}
	if (!o)
		out[o++] = '/';
	out[o] = 0;
	return out;
}

char *proc_resolve(const struct proc *p, int dirfd, const char *path)
{
	if (!path)
		return NULL;
	if (path[0] == '/')
		return normalize(path);
	const char *base = NULL;
	if (dirfd == AT_FDCWD) {
		base = p ? p->cwd : NULL;
	} else {
		const struct pfd *e = proc_fd(p, dirfd);
		base = e && e->path && e->path[0] == '/' ? e->path : NULL;
	}
	if (!base)
		return NULL;
	if (!*path)
		return normalize(base);
	size_t bl = strlen(base), pl = strlen(path);
	char *j = xmalloc(bl + pl + 2);
	memcpy(j, base, bl);
	j[bl] = '/';
	memcpy(j + bl + 1, path, pl + 1);
	char *r = normalize(j);
	free(j);
	return r;
}

int proc_fd_alias(const char *path, int pid)
{
	int n = -1, fd = -1, end = 0;
	if (sscanf(path, "/proc/self/fd/%d%n", &fd, &end) == 1 && !path[end])
		return fd;
	if (sscanf(path, "/dev/fd/%d%n", &fd, &end) == 1 && !path[end])
		return fd;
	if (sscanf(path, "/proc/%d/fd/%d%n", &n, &fd, &end) == 2 && !path[end] && n == pid)
		return fd;
	return -1;
}

/* the two descriptors of pipe([3, 4]) or socketpair(..., [3, 4]) */
static void fd_pair(struct proc *p, const struct value *arr, int kind, int family)
{
	if (!arr || arr->kind != V_ARRAY)
		return;
	int64_t fd;
	for (const struct value *v = arr->list.first; v; v = v->next)
		if (value_number(v, &fd))
			fd_put(p, (int)fd, kind, family, NULL);
}

static void do_exec(struct proc *p, const struct dctx *c)
{
	bool at = c->nr == SC_execveat;
	char *name = arg_string(dc_arg(c, at ? 1 : 0));
	int dirfd = at ? (int)c->arg[0] : AT_FDCWD;
	char *exe = NULL;
	if (name && !*name && at) {
		const struct pfd *e = proc_fd(p, dirfd);
		exe = e && e->path ? xstrdup(e->path) : NULL;
		char num[16];
		snprintf(num, sizeof(num), "%d", dirfd);
		snprintf(p->comm, sizeof(p->comm), "%s", num);   /* the kernel's name for it: the fd */
	} else if (name) {
		exe = proc_resolve(p, dirfd, name);
		const struct pfd *e = exe ? proc_fd(p, proc_fd_alias(exe, p->pid)) : NULL;
		if (e && e->path) {   /* execve("/proc/self/fd/3"): fexecve without execveat */
			free(exe);
			exe = xstrdup(e->path);
		}
		const char *base = strrchr(name, '/');
		snprintf(p->comm, sizeof(p->comm), "%s", base ? base + 1 : name);
	}
	free(p->exe);
	p->exe = exe ? exe : name ? xstrdup(name) : NULL;
	free(name);
	const struct value *av = dc_arg(c, at ? 2 : 1);
	free_argv(p);
	if (av && av->kind == V_ARRAY)
		for (const struct value *v = av->list.first; v; v = v->next) {
			char *s = arg_string(v);
			if (!s)
				continue;
			p->argv = xrealloc(p->argv, (p->argc + 2) * sizeof(char *));
			p->argv[p->argc++] = s;
			p->argv[p->argc] = NULL;
		}
	p->listener = false;
}

static int id_arg(const struct dctx *c, int i)
{
	return (int)(uint32_t)c->arg[i];
}

/* setuid/setreuid/setresuid and the gid ones: *real, *eff as the kernel changes them */
static void set_ids(int *real, int *eff, int r, int e, bool single)
{
	if (single) {
		if (*eff == 0)
			*real = r;
		*eff = r;
		return;
	}
	if (r != -1)
		*real = r;
	if (e != -1)
		*eff = e;
}

static int new_fd_kind(int nr)
{
	switch (nr) {
	case SC_eventfd: case SC_eventfd2: return FDK_EVENTFD;
	case SC_signalfd: case SC_signalfd4: return FDK_SIGNALFD;
	case SC_timerfd_create: return FDK_TIMERFD;
	case SC_epoll_create: case SC_epoll_create1: return FDK_EPOLL;
	case SC_inotify_init: case SC_inotify_init1: return FDK_INOTIFY;
	case SC_fanotify_init: return FDK_FANOTIFY;
	case SC_pidfd_open: return FDK_PIDFD;
	case SC_userfaultfd: return FDK_USERFAULTFD;
	case SC_io_uring_setup: return FDK_IOURING;
	case SC_perf_event_open: return FDK_PERF;
	}
	return FDK_UNKNOWN;
}

void ptab_apply(struct ptab *pt, struct proc *p, const struct dctx *c)
{
	(void)pt;
	if (c->err || !p)
		return;
	int ret = (int)c->rval;
	switch (c->nr) {
	case SC_open: case SC_creat: case SC_openat: case SC_openat2: {
		bool at = c->nr == SC_openat || c->nr == SC_openat2;
		char *name = arg_string(dc_arg(c, at ? 1 : 0));
		char *path = proc_resolve(p, at ? (int)c->arg[0] : AT_FDCWD, name);
		uint64_t flags = c->nr == SC_open ? c->arg[1] : c->nr == SC_openat ? c->arg[2] : 0;
		fd_put(p, ret, flags & O_DIRECTORY ? FDK_DIR : FDK_FILE, 0, path);
		free(name);
		break;
	}
	case SC_socket:
		fd_put(p, ret, FDK_SOCKET, (int)c->arg[0], NULL);
		break;
	case SC_socketpair:
		fd_pair(p, dc_arg(c, 3), FDK_SOCKET, (int)c->arg[0]);
		break;
	case SC_pipe: case SC_pipe2:
		fd_pair(p, dc_arg(c, 0), FDK_PIPE, 0);
		break;
	case SC_accept: case SC_accept4: {
		const struct pfd *l = proc_fd(p, (int)c->arg[0]);
		fd_put(p, ret, FDK_SOCKET, l ? l->family : 0, NULL);
		p->listener = true;
		break;
	}
	case SC_listen:
		p->listener = true;
		break;
	case SC_memfd_create: {
		char *name = arg_string(dc_arg(c, 0));
		char *path = xmalloc((name ? strlen(name) : 0) + 32);
		sprintf(path, "/memfd:%s (deleted)", name ? name : "");
		fd_put(p, ret, FDK_MEMFD, 0, path);
		free(name);
		break;
	}
	case SC_dup:
		fd_dup(p, (int)c->arg[0], ret);
		break;
	case SC_dup2: case SC_dup3:
		fd_dup(p, (int)c->arg[0], (int)c->arg[1]);
		break;
	case SC_fcntl:
		if (c->arg[1] == F_DUPFD || c->arg[1] == F_DUPFD_CLOEXEC)
			fd_dup(p, (int)c->arg[0], ret);
		break;
	case SC_close:
		fd_close(p, (int)c->arg[0]);
		break;
	case SC_close_range:
		if (!(c->arg[2] & 4 /* CLOSE_RANGE_CLOEXEC */))
			for (uint64_t fd = c->arg[0]; fd <= c->arg[1] && fd < (uint64_t)p->fds->n; fd++)
				fd_close(p, (int)fd);
		break;
	case SC_chdir: {
		char *name = arg_string(dc_arg(c, 0));
		char *cwd = proc_resolve(p, AT_FDCWD, name);
		if (cwd) {
			free(p->cwd);
			p->cwd = cwd;
		}
		free(name);
		break;
	}
	case SC_fchdir: {
		const struct pfd *e = proc_fd(p, (int)c->arg[0]);
		if (e && e->path && e->path[0] == '/') {
			free(p->cwd);
			p->cwd = xstrdup(e->path);
		}
		break;
	}
	case SC_execve: case SC_execveat:
		do_exec(p, c);
		break;
	case SC_setuid: set_ids(&p->uid, &p->euid, id_arg(c, 0), -1, true); break;
	case SC_setgid: set_ids(&p->gid, &p->egid, id_arg(c, 0), -1, true); break;
	case SC_setreuid: case SC_setresuid: set_ids(&p->uid, &p->euid, id_arg(c, 0), id_arg(c, 1), false); break;
	case SC_setregid: case SC_setresgid: set_ids(&p->gid, &p->egid, id_arg(c, 0), id_arg(c, 1), false); break;
	case SC_setsid:
		free(p->tty);
		p->tty = NULL;
		p->tty_known = true;
		break;
	default:
		if (new_fd_kind(c->nr) != FDK_UNKNOWN && ret >= 0)
			fd_put(p, ret, new_fd_kind(c->nr), 0, NULL);
		break;
	}
}
