/*
 * fields.c - the fields of the rule language and how each is read from a
 * finished syscall: the decoded value tree (arguments by the kernel's
 * names, as in the JSON output), what evctx_prepare derived from it (the
 * call's path made absolute, its descriptor, its socket address), and the
 * process table (proctrack.c).  Adding a field is adding a row below.
 */
#include "fields.h"
#include "decode.h"
#include "render.h"
#include "sc_nr.h"
#include "syscalls.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <time.h>

const char *ftype_name(int type)
{
	static const char *const names[] = { "string", "number", "boolean", "list", "address", "any" };
	return type >= 0 && type <= FT_ANY ? names[type] : "?";
}

bool parse_ip(const char *s, struct ipaddr *out)
{
	memset(out, 0, sizeof(*out));
	if (inet_pton(AF_INET, s, out->a) == 1) {
		out->family = AF_INET;
		return true;
	}
	if (inet_pton(AF_INET6, s, out->a) == 1) {
		out->family = AF_INET6;
		return true;
	}
	return false;
}

void format_ip(const struct ipaddr *ip, char *buf, size_t size)
{
	if (!inet_ntop(ip->family, ip->a, buf, (socklen_t)size))
		snprintf(buf, size, "?");
}

/* ---- deriving path, descriptor and address ---- */

static const char *adup(struct evctx *e, const char *s)
{
	return s ? arena_strndup(e->a, s, strlen(s)) : NULL;
}

static const char *astrn(struct evctx *e, const char *s, size_t n)
{
	return arena_strndup(e->a, s, n);
}

static bool is_dirfd(const struct value *v)
{
	return v && (v->kind == V_FD || (v->kind == V_SYM && (int)v->sym.v == AT_FDCWD));
}

static void take_fd(struct evctx *e, int fd)
{
	e->have_fd = true;
	e->fdnum = fd;
	const struct pfd *f = proc_fd(e->p, fd);
	if (f) {
		e->fd = *f;
		e->fd.path = (char *)adup(e, f->path);
	}
}

static void add_path(struct evctx *e, const struct value *v, int dirfd)
{
	const char *raw = astrn(e, v->s.p, v->s.len);
	char *abs = proc_resolve(e->p, dirfd, raw);
	const char *path = abs ? adup(e, abs) : raw;
	free(abs);
	int alias = proc_fd_alias(path, e->pid);
	const struct pfd *f = alias >= 0 ? proc_fd(e->p, alias) : NULL;
	if (f && f->path)
		path = adup(e, f->path);
	if (!e->path) {
		e->path = path;
		e->path_raw = raw;
		if (f)
			take_fd(e, alias);
	}
	const char **n = arena_alloc(e->a, (e->npaths + 1) * sizeof(char *));
	if (e->npaths)
		memcpy(n, e->paths, e->npaths * sizeof(char *));
	n[e->npaths++] = path;
	e->paths = n;
}

static const struct value *find_sockaddr(const struct value *v, int depth)
{
	for (; v && depth < 4; v = v->next) {
		if (v->kind == V_STRUCT) {
			for (const struct value *c = v->list.first; c; c = c->next)
				if (c->name && !strcmp(c->name, "sa_family"))
					return v;
			const struct value *in = find_sockaddr(v->list.first, depth + 1);
			if (in)
				return in;
		} else if (v->kind == V_CHANGED) {
			const struct value *in = find_sockaddr(v->list.last, depth + 1);
			if (in)
				return in;
		}
	}
	return NULL;
}

static const struct value *first_str(const struct value *v)
{
	for (; v; v = v->next)
		if (v->kind == V_STR)
			return v;
	return NULL;
}

static void take_sockaddr(struct evctx *e, const struct value *sa)
{
	int64_t fam = 0;
	for (const struct value *c = sa->list.first; c; c = c->next) {
		if (c->name && !strcmp(c->name, "sa_family") && value_number(c, &fam)) {
			e->have_net = true;
			e->family = (int)fam;
		} else if (c->kind == V_CALL && c->list.fn && !strcmp(c->list.fn, "htons") && c->name &&
			   strstr(c->name, "port")) {
			int64_t port;
			if (value_number(c->list.first, &port)) {
				e->port = (int)port;
				e->have_port = true;
			}
		} else if (c->kind == V_CALL && c->list.fn &&
			   (!strcmp(c->list.fn, "inet_addr") || !strcmp(c->list.fn, "inet_pton"))) {
			const struct value *s = first_str(c->list.first);
			if (s && parse_ip(astrn(e, s->s.p, s->s.len), &e->ip))
				e->have_ip = true;
		} else if (c->kind == V_STR && c->name && !strcmp(c->name, "sun_path")) {
			e->unix_path = astrn(e, c->s.p, c->s.len);
		}
	}
}

void evctx_prepare(struct evctx *e)
{
	const struct dctx *c = e->c;
	const struct value *prev = NULL;
	int i = 0;
	for (const struct value *v = dc_arg(c, 0); v; prev = v, v = v->next, i++) {
		if (v->kind == V_STR && (v->sflags & VS_PATH) && v->s.len)
			add_path(e, v, is_dirfd(prev) && i > 0 ? (int)c->arg[i - 1] : AT_FDCWD);
		else if (v->kind == V_FD && !e->have_fd)
			take_fd(e, v->fd.fd);
	}
	/* the descriptor a call returned (open, socket, accept, memfd_create...) */
	if (!e->have_fd && c->retfmt == RET_FD && !c->err && c->exiting && c->rval >= 0)
		take_fd(e, (int)c->rval);
	/* execveat(fd, "", ..., AT_EMPTY_PATH) and fchdir & co: the descriptor's file */
	if (!e->path && e->have_fd && e->fd.path)
		e->path = e->fd.path;
	const struct value *sa = find_sockaddr(dc_arg(c, 0), 0);
	if (sa)
		take_sockaddr(e, sa);
	else if (e->have_fd && e->fd.kind == FDK_SOCKET) {
		e->have_net = true;   /* the socket's family, at least */
		e->family = e->fd.family;
	}
}

/* ---- values from the tree ---- */

static const char *family_name(struct evctx *e, int family)
{
	const char *n = xlat_name(&xlat_net_families, (uint64_t)family);
	if (!n)
		return arena_printf(e->a, "%d", family);
	if (!strncmp(n, "AF_", 3))
		n += 3;
	char *l = arena_strndup(e->a, n, strlen(n));
	for (char *s = l; *s; s++)
		*s = (char)tolower((unsigned char)*s);
	return l;
}

static void set_add(struct evctx *e, struct fval *out, const char *s)
{
	const char **n = arena_alloc(e->a, (out->nset + 1) * sizeof(char *));
	if (out->nset)
		memcpy(n, out->set, out->nset * sizeof(char *));
	n[out->nset++] = s;
	out->set = n;
}

/* the names in a flags/or/enum value (O_WRONLY|O_CREAT -> O_WRONLY, O_CREAT) */
static void collect_names(struct evctx *e, const struct value *v, struct fval *out)
{
	switch (v->kind) {
	case V_FLAGS: {
		uint64_t left = v->c.v;
		for (unsigned i = 0; v->c.x && i < v->c.x->n; i++) {
			uint64_t b = v->c.x->e[i].val;
			if (b && (left & b) == b) {
				set_add(e, out, v->c.x->e[i].name);
				left &= ~b;
			}
		}
		if (left)
			set_add(e, out, arena_printf(e->a, "%#llx", (unsigned long long)left));
		break;
	}
	case V_ENUM: {
		const char *n = v->c.x ? xlat_name(v->c.x, v->c.v) : NULL;
		set_add(e, out, n ? n : arena_printf(e->a, "%llu", (unsigned long long)v->c.v));
		break;
	}
	case V_SYM:
		set_add(e, out, v->sym.text);
		break;
	case V_NUM:
		set_add(e, out, arena_printf(e->a, "%llu", (unsigned long long)v->u));
		break;
	case V_OR: case V_SEQ:
		for (const struct value *c = v->list.first; c; c = c->next)
			collect_names(e, c, out);
		break;
	default:
		break;
	}
}

static bool value_fval(struct evctx *e, const struct value *v, struct fval *out)
{
	memset(out, 0, sizeof(*out));
	if (!v)
		return false;
	switch (v->kind) {
	case V_STR:
		if (v->sflags & VS_REDACTED)
			return false;
		out->type = FT_STR;
		out->s = astrn(e, v->s.p, v->s.len);
		return true;
	case V_NUM: case V_FD:
		out->type = FT_NUM;
		return value_number(v, &out->n);
	case V_ENUM: {
		const char *n = v->c.x ? xlat_name(v->c.x, v->c.v) : NULL;
		if (!n) {
			out->type = FT_NUM;
			out->n = (int64_t)v->c.v;
		} else {
			out->type = FT_STR;
			out->s = n;
		}
		return true;
	}
	case V_SYM:
		out->type = FT_STR;
		out->s = v->sym.text;
		return true;
	case V_FLAGS: case V_OR:
		out->type = FT_SET;
		collect_names(e, v, out);
		return true;
	case V_CALL:
		return value_fval(e, v->list.first && !v->list.first->next ? v->list.first : first_str(v->list.first), out);
	case V_CHANGED:
		return value_fval(e, v->list.last, out);
	case V_ARRAY:
		out->type = FT_SET;
		for (const struct value *c = v->list.first; c; c = c->next) {
			struct fval f;
			if (value_fval(e, c, &f) && f.type == FT_STR)
				set_add(e, out, f.s);
			else if (f.type == FT_NUM)
				set_add(e, out, arena_printf(e->a, "%lld", (long long)f.n));
		}
		return true;
	default: {
		struct sbuf b = { 0 };
		struct render_opts ro = { 0 };
		render_value(&b, v, &ro);
		out->type = FT_STR;
		out->s = astrn(e, b.p ? b.p : "", b.len);
		sbuf_free(&b);
		return true;
	}
	}
}

/* arg.NAME or arg.NAME.FIELD.FIELD... */
static bool get_arg(struct evctx *e, const char *param, struct fval *out)
{
	char name[64];
	size_t l = strcspn(param, ".");
	if (l >= sizeof(name))
		return false;
	memcpy(name, param, l);
	name[l] = 0;
	const struct value *v = dc_arg_named(e->c, name);
	for (const char *p = param + l; v && *p == '.'; ) {
		p++;
		size_t fl = strcspn(p, ".");
		if (v->kind == V_CHANGED)
			v = v->list.last;
		const struct value *c = v->kind == V_STRUCT ? v->list.first : NULL;
		while (c && !(c->name && strlen(c->name) == fl && !strncmp(c->name, p, fl)))
			c = c->next;
		v = c;
		p += fl;
	}
	return value_fval(e, v, out);
}

/* ---- the getters ---- */

#define STR(x) do { if (!(x)) return false; out->type = FT_STR; out->s = (x); return true; } while (0)
#define NUM(x) do { out->type = FT_NUM; out->n = (x); return true; } while (0)
#define BOOL(x) do { out->type = FT_BOOL; out->n = (x) ? 1 : 0; return true; } while (0)
#define GETTER(fn) static bool fn(struct evctx *e, const char *param, struct fval *out)
#define UNUSED_PARAM (void)param

GETTER(get_syscall)
{
	UNUSED_PARAM;
	const struct sysent *se = sysent_get(e->c->nr);
	STR(se ? se->name : arena_printf(e->a, "syscall_%#x", (unsigned)e->c->nr));
}
GETTER(get_nr) { UNUSED_PARAM; NUM(e->c->nr); }
GETTER(get_ret) { UNUSED_PARAM; NUM(e->c->err ? -1 : e->c->rval); }
GETTER(get_errno)
{
	UNUSED_PARAM;
	if (!e->c->err)
		return false;
	const char *n = errno_name(e->c->err);
	STR(n ? n : kernel_errno_name(e->c->err));
}
GETTER(get_success) { UNUSED_PARAM; BOOL(!e->c->err); }
GETTER(get_failed) { UNUSED_PARAM; BOOL(e->c->err); }
GETTER(get_seq) { UNUSED_PARAM; NUM((int64_t)e->seq); }
GETTER(get_ts) { UNUSED_PARAM; NUM((int64_t)e->ts); }
GETTER(get_time)
{
	UNUSED_PARAM;
	time_t s = (time_t)(e->ts / 1000000000);
	struct tm tm;
	gmtime_r(&s, &tm);
	char buf[64];
	strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm);
	STR(arena_printf(e->a, "%s.%06uZ", buf, (unsigned)(e->ts % 1000000000 / 1000)));
}

GETTER(get_path) { UNUSED_PARAM; STR(e->path); }
GETTER(get_path_raw) { UNUSED_PARAM; STR(e->path_raw); }
GETTER(get_path_name)
{
	UNUSED_PARAM;
	if (!e->path)
		return false;
	const char *b = strrchr(e->path, '/');
	STR(b && b[1] ? b + 1 : e->path);
}
GETTER(get_paths)
{
	UNUSED_PARAM;
	if (!e->npaths)
		return false;
	out->type = FT_SET;
	out->set = e->paths;
	out->nset = e->npaths;
	return true;
}

GETTER(get_fd_num) { UNUSED_PARAM; if (!e->have_fd) return false; NUM(e->fdnum); }
GETTER(get_fd_type) { UNUSED_PARAM; if (!e->have_fd) return false; STR(fdkind_name(e->fd.kind)); }
GETTER(get_fd_path) { UNUSED_PARAM; if (!e->have_fd) return false; STR(e->fd.path); }
GETTER(get_fd_family)
{
	UNUSED_PARAM;
	if (!e->have_fd || e->fd.kind != FDK_SOCKET)
		return false;
	STR(family_name(e, e->fd.family));
}

GETTER(get_net_family) { UNUSED_PARAM; if (!e->have_net) return false; STR(family_name(e, e->family)); }
GETTER(get_net_addr)
{
	UNUSED_PARAM;
	if (!e->have_ip)
		return false;
	out->type = FT_ADDR;
	out->ip = e->ip;
	return true;
}
GETTER(get_net_port) { UNUSED_PARAM; if (!e->have_port) return false; NUM(e->port); }
GETTER(get_net_path) { UNUSED_PARAM; STR(e->unix_path); }

/* the open flags of open, openat, creat (O_CREAT|O_WRONLY|O_TRUNC) and openat2 (how.flags) */
static bool open_flags(struct evctx *e, int64_t *flags)
{
	const struct dctx *c = e->c;
	switch (c->nr) {
	case SC_open: *flags = (int64_t)c->arg[1]; return true;
	case SC_openat: *flags = (int64_t)c->arg[2]; return true;
	case SC_creat: *flags = O_CREAT | O_WRONLY | O_TRUNC; return true;
	case SC_openat2: {
		const struct value *how = dc_arg_named(c, "how");
		for (const struct value *v = how && how->kind == V_STRUCT ? how->list.first : NULL; v; v = v->next)
			if (v->name && !strcmp(v->name, "flags"))
				return value_number(v, flags);
		return false;
	}
	}
	return false;
}
GETTER(get_open_write)
{
	UNUSED_PARAM;
	int64_t f;
	if (!open_flags(e, &f))
		return false;
	BOOL((f & O_ACCMODE) != O_RDONLY || (f & (O_CREAT | O_TRUNC)));
}
GETTER(get_open_read)
{
	UNUSED_PARAM;
	int64_t f;
	if (!open_flags(e, &f))
		return false;
	BOOL((f & O_ACCMODE) != O_WRONLY);
}
GETTER(get_open_trunc)
{
	UNUSED_PARAM;
	int64_t f;
	if (!open_flags(e, &f))
		return false;
	BOOL(f & O_TRUNC);
}
GETTER(get_open_create)
{
	UNUSED_PARAM;
	int64_t f;
	if (!open_flags(e, &f))
		return false;
	BOOL(f & (O_CREAT | __O_TMPFILE));
}

/* the mode argument of chmod, fchmod, fchmodat(2), mkdir(at), mknod(at), open(at) with O_CREAT */
static bool mode_arg(struct evctx *e, int64_t *mode)
{
	const struct dctx *c = e->c;
	for (int i = 0; i < 6; i++) {
		const char *n = sysent_argname(c->nr, i);
		if (n && !strcmp(n, "mode")) {
			*mode = (int64_t)(c->arg[i] & 07777);
			return true;
		}
	}
	return false;
}
GETTER(get_mode) { UNUSED_PARAM; int64_t m; if (!mode_arg(e, &m)) return false; NUM(m); }
GETTER(get_mode_setid) { UNUSED_PARAM; int64_t m; if (!mode_arg(e, &m)) return false; BOOL(m & (S_ISUID | S_ISGID)); }

/* the mode as octal text, 04755 */
GETTER(get_mode_octal) { UNUSED_PARAM; int64_t m; if (!mode_arg(e, &m)) return false; STR(arena_printf(e->a, "0%llo", (unsigned long long)m)); }

static bool differs(int v, int cur)
{
	return v != -1 && (cur < 0 || v != cur);
}

/* does the set*id call set an id other than the one the process has? (capset, setgroups: always) */
GETTER(get_creds_change)
{
	UNUSED_PARAM;
	const struct proc *p = e->p;
	const struct dctx *c = e->c;
	int a0 = (int)(uint32_t)c->arg[0], a1 = (int)(uint32_t)c->arg[1];
	int uid = p ? p->uid : -1, euid = p ? p->euid : -1, gid = p ? p->gid : -1, egid = p ? p->egid : -1;
	switch (c->nr) {
	case SC_setuid: BOOL(differs(a0, uid) || differs(a0, euid));
	case SC_setgid: BOOL(differs(a0, gid) || differs(a0, egid));
	case SC_setreuid: case SC_setresuid: BOOL(differs(a0, uid) || differs(a1, euid));
	case SC_setregid: case SC_setresgid: BOOL(differs(a0, gid) || differs(a1, egid));
	case SC_setfsuid: BOOL(differs(a0, euid));
	case SC_setfsgid: BOOL(differs(a0, egid));
	case SC_setgroups: case SC_capset: BOOL(true);
	}
	return false;
}

/* ---- the process ---- */

static const char *joined(struct evctx *e, char **argv, int argc, int from)
{
	struct sbuf b = { 0 };
	for (int i = from; i < argc; i++) {
		if (i > from)
			sbuf_putc(&b, ' ');
		sbuf_puts(&b, argv[i]);
	}
	const char *s = astrn(e, b.p ? b.p : "", b.len);
	sbuf_free(&b);
	return s;
}

static const struct proc *proc_at(struct evctx *e, bool parent)
{
	return e->p && parent ? e->p->parent : e->p;
}

#define PROC_GETTERS(prefix, parent) \
GETTER(prefix##_pid) { UNUSED_PARAM; const struct proc *p = proc_at(e, parent); if (!p) return false; NUM(p->pid); } \
GETTER(prefix##_name) { UNUSED_PARAM; const struct proc *p = proc_at(e, parent); if (!p || !p->comm[0]) return false; STR(p->comm); } \
GETTER(prefix##_exe) { UNUSED_PARAM; const struct proc *p = proc_at(e, parent); if (!p) return false; STR(p->exe); } \
GETTER(prefix##_cmdline) { UNUSED_PARAM; const struct proc *p = proc_at(e, parent); if (!p || !p->argc) return false; STR(joined(e, p->argv, p->argc, 0)); } \
GETTER(prefix##_uid) { UNUSED_PARAM; const struct proc *p = proc_at(e, parent); if (!p || p->uid < 0) return false; NUM(p->uid); } \
GETTER(prefix##_euid) { UNUSED_PARAM; const struct proc *p = proc_at(e, parent); if (!p || p->euid < 0) return false; NUM(p->euid); } \
GETTER(prefix##_listener) { UNUSED_PARAM; const struct proc *p = proc_at(e, parent); if (!p) return false; BOOL(p->listener); }

PROC_GETTERS(get_proc, false)
PROC_GETTERS(get_parent, true)

GETTER(get_proc_tid) { UNUSED_PARAM; NUM(e->tid); }
GETTER(get_proc_ppid) { UNUSED_PARAM; if (!e->p || !e->p->ppid) return false; NUM(e->p->ppid); }
GETTER(get_proc_args) { UNUSED_PARAM; if (!e->p || !e->p->argc) return false; STR(joined(e, e->p->argv, e->p->argc, 1)); }
GETTER(get_proc_argv)
{
	UNUSED_PARAM;
	if (!e->p)
		return false;
	out->type = FT_SET;
	out->set = (const char **)e->p->argv;
	out->nset = e->p->argc;
	return true;
}
GETTER(get_proc_cwd) { UNUSED_PARAM; if (!e->p) return false; STR(e->p->cwd); }
GETTER(get_proc_gid) { UNUSED_PARAM; if (!e->p || e->p->gid < 0) return false; NUM(e->p->gid); }
GETTER(get_proc_egid) { UNUSED_PARAM; if (!e->p || e->p->egid < 0) return false; NUM(e->p->egid); }
GETTER(get_proc_tty) { UNUSED_PARAM; if (!e->p) return false; STR(e->p->tty); }
GETTER(get_proc_has_tty) { UNUSED_PARAM; if (!e->p || !e->p->tty_known) return false; BOOL(e->p->tty != NULL); }
GETTER(get_proc_anames)
{
	UNUSED_PARAM;
	out->type = FT_SET;
	for (const struct proc *a = e->p ? e->p->parent : NULL; a; a = a->parent)
		if (a->comm[0])
			set_add(e, out, a->comm);
	return true;
}
GETTER(get_proc_aexes)
{
	UNUSED_PARAM;
	out->type = FT_SET;
	for (const struct proc *a = e->p ? e->p->parent : NULL; a; a = a->parent)
		if (a->exe)
			set_add(e, out, a->exe);
	return true;
}

const struct field rule_fields[] = {
	{ "syscall", FT_STR, false, get_syscall, "the syscall's name (openat)" },
	{ "syscall.nr", FT_NUM, false, get_nr, "its number" },
	{ "ret", FT_NUM, false, get_ret, "the return value as strace shows it (-1 on failure)" },
	{ "errno", FT_STR, false, get_errno, "the error name (ENOENT); absent on success" },
	{ "success", FT_BOOL, false, get_success, "the call succeeded" },
	{ "failed", FT_BOOL, false, get_failed, "the call failed" },
	{ "arg.", FT_ANY, true, get_arg, "arg.NAME: a decoded argument by the kernel's name (arg.flags, arg.request, "
	  "arg.uservaddr.sin_port); strings, numbers, flags as a list of names, arrays as lists" },
	{ "path", FT_STR, false, get_path, "the first file name argument made absolute (cwd, dirfd; /proc/self/fd/N "
	  "is the file of descriptor N), else the file of the call's descriptor" },
	{ "path.raw", FT_STR, false, get_path_raw, "the first file name argument as given" },
	{ "path.name", FT_STR, false, get_path_name, "the last component of path" },
	{ "paths", FT_SET, false, get_paths, "every file name argument, made absolute (rename's two)" },
	{ "fd.num", FT_NUM, false, get_fd_num, "the call's descriptor (its first descriptor argument, or the one it returned)" },
	{ "fd.type", FT_STR, false, get_fd_type, "what it is: file directory socket pipe memfd eventfd signalfd timerfd "
	  "epoll inotify fanotify pidfd userfaultfd io_uring perf_event unknown" },
	{ "fd.path", FT_STR, false, get_fd_path, "the file it was opened on (memfds: /memfd:NAME (deleted))" },
	{ "fd.family", FT_STR, false, get_fd_family, "a socket's family: inet inet6 unix netlink ..." },
	{ "net.family", FT_STR, false, get_net_family, "the address family of the call's socket address (connect, "
	  "bind, sendto, sendmsg, accept), else of its socket" },
	{ "net.addr", FT_ADDR, false, get_net_addr, "the IPv4/IPv6 address; test with = or cidr" },
	{ "net.port", FT_NUM, false, get_net_port, "the port" },
	{ "net.path", FT_STR, false, get_net_path, "a unix socket's path" },
	{ "open.write", FT_BOOL, false, get_open_write, "open/openat/openat2/creat for writing (O_WRONLY, O_RDWR, O_CREAT or O_TRUNC)" },
	{ "open.read", FT_BOOL, false, get_open_read, "... for reading" },
	{ "open.trunc", FT_BOOL, false, get_open_trunc, "... with O_TRUNC" },
	{ "open.create", FT_BOOL, false, get_open_create, "... with O_CREAT or O_TMPFILE" },
	{ "mode", FT_NUM, false, get_mode, "the mode argument (chmod, fchmodat, mkdir, open...), permission bits" },
	{ "mode.setid", FT_BOOL, false, get_mode_setid, "mode has the set-user-ID or set-group-ID bit" },
	{ "mode.octal", FT_STR, false, get_mode_octal, "mode as octal text (04755), for outputs" },
	{ "creds.change", FT_BOOL, false, get_creds_change, "a set*id call sets an id other than the process's "
	  "(setresuid(-1, 0, -1) by a root process does not); capset and setgroups always" },
	{ "evt.seq", FT_NUM, false, get_seq, "the event's sequence number in the session" },
	{ "evt.ts", FT_NUM, false, get_ts, "its time, ns since the epoch" },
	{ "evt.time", FT_STR, false, get_time, "its time, ISO 8601 UTC" },
	{ "proc.pid", FT_NUM, false, get_proc_pid, "the process id" },
	{ "proc.tid", FT_NUM, false, get_proc_tid, "the thread id" },
	{ "proc.ppid", FT_NUM, false, get_proc_ppid, "the parent's pid" },
	{ "proc.name", FT_STR, false, get_proc_name, "the command name (comm: the executed file's name, 15 bytes)" },
	{ "proc.exe", FT_STR, false, get_proc_exe, "the executed file, absolute (as execve was given it)" },
	{ "proc.cmdline", FT_STR, false, get_proc_cmdline, "argv joined by spaces" },
	{ "proc.args", FT_STR, false, get_proc_args, "argv[1..] joined by spaces" },
	{ "proc.argv", FT_SET, false, get_proc_argv, "argv as a list" },
	{ "proc.cwd", FT_STR, false, get_proc_cwd, "the working directory" },
	{ "proc.uid", FT_NUM, false, get_proc_uid, "real user id" },
	{ "proc.euid", FT_NUM, false, get_proc_euid, "effective user id" },
	{ "proc.gid", FT_NUM, false, get_proc_gid, "real group id" },
	{ "proc.egid", FT_NUM, false, get_proc_egid, "effective group id" },
	{ "proc.tty", FT_STR, false, get_proc_tty, "the controlling terminal (/dev/pts/3); absent without one" },
	{ "proc.has_tty", FT_BOOL, false, get_proc_has_tty, "it has a controlling terminal" },
	{ "proc.listener", FT_BOOL, false, get_proc_listener, "it called listen() or accept() since its last execve (a server)" },
	{ "proc.parent.pid", FT_NUM, false, get_parent_pid, "the parent's pid" },
	{ "proc.parent.name", FT_STR, false, get_parent_name, "the parent's command name" },
	{ "proc.parent.exe", FT_STR, false, get_parent_exe, "the parent's executable" },
	{ "proc.parent.cmdline", FT_STR, false, get_parent_cmdline, "the parent's argv joined" },
	{ "proc.parent.uid", FT_NUM, false, get_parent_uid, "the parent's real uid" },
	{ "proc.parent.euid", FT_NUM, false, get_parent_euid, "the parent's effective uid" },
	{ "proc.parent.listener", FT_BOOL, false, get_parent_listener, "the parent is a server (see proc.listener)" },
	{ "proc.anames", FT_SET, false, get_proc_anames, "the command names of every ancestor, parent first" },
	{ "proc.aexes", FT_SET, false, get_proc_aexes, "the executables of every ancestor" },
	{ NULL, 0, false, NULL, NULL },
};

const struct field *field_find(const char *name, const char **param)
{
	*param = NULL;
	for (const struct field *f = rule_fields; f->name; f++) {
		if (f->param) {
			size_t l = strlen(f->name);
			if (!strncmp(name, f->name, l) && name[l]) {
				*param = name + l;
				return f;
			}
		} else if (!strcmp(name, f->name)) {
			return f;
		}
	}
	return NULL;
}

void field_text(struct evctx *e, const struct field *f, const char *param, struct sbuf *b)
{
	struct fval v = { 0 };
	if (!f->get(e, param, &v)) {
		sbuf_puts(b, "<none>");
		return;
	}
	char ip[INET6_ADDRSTRLEN + 1];
	switch (v.type) {
	case FT_STR: sbuf_puts(b, v.s); break;
	case FT_NUM: sbuf_put_dec(b, v.n); break;
	case FT_BOOL: sbuf_puts(b, v.n ? "true" : "false"); break;
	case FT_ADDR: format_ip(&v.ip, ip, sizeof(ip)); sbuf_puts(b, ip); break;
	case FT_SET:
		for (int i = 0; i < v.nset; i++) {
			if (i)
				sbuf_putc(b, ',');
			sbuf_puts(b, v.set[i]);
		}
		break;
	}
}
