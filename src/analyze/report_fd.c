/*
 * report_fd.c - the files and network sections of `sctrace report`.  One pass
 * over the rows that name a descriptor or a path, in the order the calls
 * returned, keeps a descriptor table per process (opens and sockets add,
 * dup/fcntl copy, close removes, fork copies the parent's), so a read(3)
 * recorded without -y is still counted for the file or endpoint behind 3.
 */
#include "report.h"
#include "report_args.h"
#include "syscalls.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

struct sock {
	char proto[24];
	char *local, *remote;
	bool accepted, listening, connected, several, pair;
	uint64_t calls, errors, sent, received, time_ns;
	struct sock *next;
};

enum { O_NONE, O_FILE, O_SOCK };
struct oref {
	int kind;
	void *p;             /* struct rep_file or struct sock */
};

struct ptab {
	struct oref *fds;
	size_t cap;
	char *cwd;
};

struct fdpass {
	struct rep_build *b;
	struct smap files;   /* path -> struct rep_file */
	struct sock *socks;
	struct imap ptabs;   /* upid -> struct ptab * */
	struct imap first_of_pid;   /* pid -> first index in procs */
	int64_t *next_same_pid;     /* procs index -> next index with the same pid, or -1 */
	struct sbuf tmp;
	struct arena a;
	/* what few rows need, read by id when they need it */
	sqlite3_stmt *more;
	int64_t more_id;             /* the row loaded, or 0 */
};

static char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = 0;
	return p;
}

/* ---- objects ---- */

static struct oref file_obj(struct fdpass *fp, const char *path)
{
	void **v = smap_ref(&fp->files, path, true);
	if (!*v) {
		struct rep_file *f = xcalloc(1, sizeof(*f));
		f->path = xstrdup(path);
		*v = f;
	}
	return (struct oref){ O_FILE, *v };
}

static struct sock *new_sock(struct fdpass *fp, const char *proto)
{
	struct sock *s = xcalloc(1, sizeof(*s));
	snprintf(s->proto, sizeof(s->proto), "%s", proto ? proto : "");
	s->next = fp->socks;
	fp->socks = s;
	return s;
}

static void set_str(char **dst, const char *s)
{
	free(*dst);
	*dst = xstrdup(s);
}

/* Kernel socket text from -y/-yy: "socket:[123]", "TCP:[1.2.3.4:5->6.7.8.9:10]", "UNIX-STREAM:[..]" */
static bool is_socket_text(const char *p)
{
	if (!strncmp(p, "socket:[", 8))
		return true;
	if (!(*p >= 'A' && *p <= 'Z'))
		return false;
	while ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '-')
		p++;
	return p[0] == ':' && p[1] == '[';
}

static bool all_digits(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return false;
	return n > 0;
}

/* What -yy said about a socket: protocol, and its addresses when it gave them. */
static void sock_learn_text(struct sock *s, const char *text)
{
	const char *br = strstr(text, ":[");
	if (!br || !strncmp(text, "socket:[", 8))
		return;
	if (!s->proto[0])
		snprintf(s->proto, sizeof(s->proto), "%.*s", (int)(br - text), text);
	const char *in = br + 2;
	size_t n = strlen(in);
	if (n && in[n - 1] == ']')
		n--;
	if (!strncmp(text, "UNIX", 4)) {
		/* inode numbers, perhaps with the bound path after a comma */
		const char *comma = memchr(in, ',', n);
		if (comma && !s->local) {
			const char *p = comma + 1;
			size_t len = n - (p - in);
			if (len >= 2 && p[0] == '"' && p[len - 1] == '"') {
				p++;
				len -= 2;
			}
			s->local = xstrndup(p, len);
		}
		return;
	}
	if (all_digits(in, n))
		return;
	/* the kernel's word: it overrides what bind() asked for (port 0) */
	const char *arrow = strstr(in, "->");
	free(s->local);
	if (arrow && arrow < in + n) {
		s->local = xstrndup(in, arrow - in);
		free(s->remote);
		s->remote = xstrndup(arrow + 2, n - (arrow + 2 - in));
		s->connected = true;
	} else {
		s->local = xstrndup(in, n);
	}
}

static const char *proto_of(int64_t family, int64_t type)
{
	int t = (int)(type & 0xf);
	switch (family) {
	case 1: return "UNIX";
	case 2: return t == 1 ? "TCP" : t == 2 ? "UDP" : "RAW";
	case 10: return t == 1 ? "TCPv6" : t == 2 ? "UDPv6" : "RAWv6";
	case 16: return "NETLINK";
	case 17: return "PACKET";
	}
	return "";
}

static const char *proto_of_family(const char *family)
{
	if (!strcmp(family, "AF_INET"))
		return "INET";
	if (!strcmp(family, "AF_INET6"))
		return "INET6";
	if (!strcmp(family, "AF_UNIX"))
		return "UNIX";
	if (!strcmp(family, "AF_NETLINK"))
		return "NETLINK";
	return "";
}

/* ---- per-process descriptor tables ---- */

static struct ptab *ptab_new(struct fdpass *fp, int64_t upid, const struct ptab *from, const char *cwd)
{
	struct ptab *t = xcalloc(1, sizeof(*t));
	if (from && from->cap) {
		t->cap = from->cap;
		t->fds = xmalloc(t->cap * sizeof(*t->fds));
		memcpy(t->fds, from->fds, t->cap * sizeof(*t->fds));
	}
	t->cwd = cwd ? xstrdup(cwd) : from && from->cwd ? xstrdup(from->cwd) : NULL;
	*imap_ref(&fp->ptabs, upid, true) = (int64_t)(intptr_t)t;
	return t;
}

static struct ptab *ptab_get(struct fdpass *fp, int64_t upid)
{
	return (struct ptab *)(intptr_t)imap_get(&fp->ptabs, upid, 0);
}

/* A process's table, made at its first row from its parent's (fork copies it). */
static struct ptab *ptab_for(struct fdpass *fp, int64_t upid)
{
	struct ptab *t = ptab_get(fp, upid);
	if (t)
		return t;
	struct report *r = fp->b->r;
	int64_t pi = imap_get(&fp->b->upid_index, upid, -1);
	const struct ptab *parent = NULL;
	const char *cwd = NULL;
	if (pi >= 0) {
		cwd = r->procs[pi].cwd;
		if (r->procs[pi].parent >= 0)
			parent = ptab_get(fp, r->procs[r->procs[pi].parent].upid);
	}
	return ptab_new(fp, upid, parent, cwd);
}

static struct oref *fdt_slot(struct ptab *t, int64_t fd, bool create)
{
	if (fd < 0 || fd > 1 << 20)
		return NULL;
	if ((size_t)fd >= t->cap) {
		if (!create)
			return NULL;
		size_t n = t->cap ? t->cap : 16;
		while (n <= (size_t)fd)
			n *= 2;
		t->fds = xrealloc(t->fds, n * sizeof(*t->fds));
		memset(t->fds + t->cap, 0, (n - t->cap) * sizeof(*t->fds));
		t->cap = n;
	}
	return &t->fds[fd];
}

static void fdt_set(struct ptab *t, int64_t fd, struct oref o)
{
	struct oref *s = fdt_slot(t, fd, true);
	if (s)
		*s = o;
}

static struct oref fdt_get(struct ptab *t, int64_t fd)
{
	struct oref *s = fdt_slot(t, fd, false);
	return s ? *s : (struct oref){ O_NONE, NULL };
}

/* path made absolute against base when it is relative (no ".." folding) */
static const char *resolve(struct fdpass *fp, const char *base, const char *path)
{
	if (path[0] == '/' || !base || base[0] != '/')
		return path;
	while (path[0] == '.' && path[1] == '/')
		path += 2;
	if (!path[0] || !strcmp(path, "."))
		return base;
	fp->tmp.len = 0;
	sbuf_puts(&fp->tmp, base);
	if (fp->tmp.len && fp->tmp.p[fp->tmp.len - 1] != '/')
		sbuf_putc(&fp->tmp, '/');
	sbuf_puts(&fp->tmp, path);
	return sbuf_cstr(&fp->tmp);
}

static const char *file_label(struct oref o)
{
	return o.kind == O_FILE ? ((struct rep_file *)o.p)->path : NULL;
}

/* "<fd 3>": a descriptor opened before the trace (or in an untraced way) */
static struct oref unknown_fd(struct fdpass *fp, int64_t fd)
{
	char name[32];
	snprintf(name, sizeof(name), "<fd %lld>", (long long)fd);
	return file_obj(fp, name);
}

/* ---- the pass ---- */

static bool is_open(int64_t nr)
{
	switch (nr) {
	case SC_open: case SC_openat: case SC_openat2: case SC_creat: case SC_open_by_handle_at:
	case SC_open_tree: case SC_memfd_create:
		return true;
	}
	return false;
}

static bool is_net(int64_t nr)
{
	switch (nr) {
	case SC_connect: case SC_bind: case SC_listen: case SC_accept: case SC_accept4:
	case SC_sendto: case SC_recvfrom: case SC_sendmsg: case SC_recvmsg: case SC_sendmmsg:
	case SC_recvmmsg: case SC_getsockname: case SC_getpeername: case SC_shutdown:
	case SC_setsockopt: case SC_getsockopt:
		return true;
	}
	return false;
}

/* 1: bytes read from the row's fd, 2: written to it */
static int direction(int64_t nr)
{
	switch (nr) {
	case SC_read: case SC_readv: case SC_pread64: case SC_preadv: case SC_preadv2:
	case SC_recvfrom: case SC_recvmsg: case SC_splice: case SC_tee: case SC_copy_file_range:
		return 1;
	case SC_write: case SC_writev: case SC_pwrite64: case SC_pwritev: case SC_pwritev2:
	case SC_sendto: case SC_sendmsg: case SC_vmsplice: case SC_sendfile:
		return 2;
	}
	return 0;
}

static void add_bytes(struct oref o, int dir, uint64_t n)
{
	if (o.kind == O_FILE) {
		struct rep_file *f = o.p;
		if (dir == 1)
			f->rbytes += n;
		else
			f->wbytes += n;
	} else if (o.kind == O_SOCK) {
		struct sock *s = o.p;
		if (dir == 1)
			s->received += n;
		else
			s->sent += n;
	}
}

/* The rare columns of row w: ts, ret_path, arg0..arg2 (raw registers), args. */
enum { M_TS, M_RET_PATH, M_ARG0, M_ARG1, M_ARG2, M_ARGS };

static sqlite3_stmt *more(struct fdpass *fp, const struct srow *w)
{
	if (fp->more_id != w->id) {
		sqlite3_reset(fp->more);
		sqlite3_bind_int64(fp->more, 1, w->id);
		fp->more_id = sqlite3_step(fp->more) == SQLITE_ROW ? w->id : -1;
	}
	return fp->more;
}

static int64_t more_int(struct fdpass *fp, const struct srow *w, int col)
{
	sqlite3_stmt *q = more(fp, w);
	return fp->more_id == w->id ? sqlite3_column_int64(q, col) : 0;
}

static const char *more_text(struct fdpass *fp, const struct srow *w, int col)
{
	sqlite3_stmt *q = more(fp, w);
	return fp->more_id == w->id ? (const char *)sqlite3_column_text(q, col) : NULL;
}

/* The two descriptors pipe/socketpair wrote: [3, 4], or with -y [{"fd":3,"path":"pipe:[..]"}, ...] */
static size_t pair_fds(struct fdpass *fp, const char *args, const char *key, int64_t fd[2], const char *path[2])
{
	const struct jnode *root = args ? jparse(&fp->a, args, strlen(args)) : NULL;
	const struct jnode *arr = jget(root, key);
	size_t n = 0;
	for (const struct jnode *e = arr && arr->kind == J_ARR ? arr->first : NULL; e && n < 2; e = e->next) {
		const struct jnode *p = jget(e, "path");
		fd[n] = e->kind == J_NUM ? jint(e) : jint(jget(e, "fd"));
		path[n] = p && p->kind == J_STR ? p->s : NULL;
		n++;
	}
	return n;
}

/* The socket address in a row's args, as text into fp->tmp; NULL if none. */
static const char *row_sockaddr(struct fdpass *fp, const struct srow *w, const char **family)
{
	const char *args = more_text(fp, w, M_ARGS);
	if (!args)
		return NULL;
	const struct jnode *root = jparse(&fp->a, args, strlen(args));
	fp->tmp.len = 0;
	if (!root || !sockaddr_text(root, &fp->tmp, family))
		return NULL;
	return sbuf_cstr(&fp->tmp);
}

static struct sock *sock_of(struct fdpass *fp, struct ptab *t, int64_t fd)
{
	struct oref o = fdt_get(t, fd);
	if (o.kind == O_SOCK)
		return o.p;
	if (o.kind == O_FILE && strncmp(file_label(o), "<fd ", 4))
		return NULL;   /* a file: the call failed with ENOTSOCK */
	struct sock *s = new_sock(fp, NULL);
	if (fd >= 0)
		fdt_set(t, fd, (struct oref){ O_SOCK, s });
	return s;
}

/* The object a plain row (read, fstat, unlink, ...) is about. */
static struct oref row_object(struct fdpass *fp, struct ptab *t, const struct srow *w)
{
	int64_t fd = w->has_fd ? w->fd : -1;
	const char *path = w->path;
	struct oref o = fd >= 0 ? fdt_get(t, fd) : (struct oref){ O_NONE, NULL };
	if (path) {
		if (o.kind == O_SOCK) {
			sock_learn_text(o.p, path);
			return o;
		}
		if (fd >= 0 && is_socket_text(path)) {
			struct sock *s = new_sock(fp, NULL);
			sock_learn_text(s, path);
			fdt_set(t, fd, (struct oref){ O_SOCK, s });
			return (struct oref){ O_SOCK, s };
		}
		/* a relative name is relative to the directory descriptor, else the cwd */
		const char *base = fd >= 0 && path[0] != '/' ? file_label(o) : t->cwd;
		return file_obj(fp, resolve(fp, base, path));
	}
	if (fd < 0)
		return (struct oref){ O_NONE, NULL };
	if (o.kind != O_NONE)
		return o;
	/* a socket opened before the trace; but EBADF says there was nothing at all */
	if (is_net(w->nr) && w->err != EBADF)
		return (struct oref){ O_SOCK, sock_of(fp, t, fd) };
	return unknown_fd(fp, fd);
}

/* RF_* of a successful open: its access mode and O_CREAT/O_TRUNC */
static unsigned open_how(struct fdpass *fp, const struct srow *w)
{
	int64_t flags;
	switch (w->nr) {
	case SC_creat: return RF_WRITE | RF_CREATE;
	case SC_open: flags = more_int(fp, w, M_ARG1); break;
	case SC_openat: case SC_open_by_handle_at: flags = more_int(fp, w, M_ARG2); break;
	case SC_openat2: {
		const char *args = more_text(fp, w, M_ARGS);
		const struct jnode *root = args ? jparse(&fp->a, args, strlen(args)) : NULL;
		flags = jint(jget(jget(jget(root, "how"), "flags"), "value"));
		break;
	}
	default: return 0;
	}
	unsigned how = (flags & O_ACCMODE) == O_WRONLY ? RF_WRITE :
		       (flags & O_ACCMODE) == O_RDWR ? RF_READ | RF_WRITE : RF_READ;
	if (flags & O_TRUNC)
		how |= RF_WRITE;
	if (flags & O_CREAT)
		how |= RF_CREATE;
	return how;
}

/* The new name of link, symlink and rename calls (what they create), resolved. */
static struct rep_file *new_name(struct fdpass *fp, struct ptab *t, const struct srow *w)
{
	const char *args = more_text(fp, w, M_ARGS);
	const struct jnode *root = args ? jparse(&fp->a, args, strlen(args)) : NULL;
	const struct jnode *n = jget(root, "newname");
	if (!n || n->kind != J_STR)
		return NULL;
	/* the directory descriptor of the new name: renameat*, linkat arg2, symlinkat arg1 */
	int64_t dfd = AT_FDCWD;
	switch (w->nr) {
	case SC_renameat: case SC_renameat2: case SC_linkat: dfd = (int32_t)more_int(fp, w, M_ARG2); break;
	case SC_symlinkat: dfd = (int32_t)more_int(fp, w, M_ARG1); break;
	}
	const char *base = dfd == AT_FDCWD ? t->cwd : file_label(fdt_get(t, dfd));
	return file_obj(fp, resolve(fp, base, n->s)).p;
}

/* What a successful unlink, mkdir, rename, link or execve did to the file it names. */
static void mark_how(struct fdpass *fp, struct ptab *t, const struct srow *w, struct rep_file *f)
{
	struct rep_file *to;
	switch (w->nr) {
	case SC_unlink: case SC_unlinkat: case SC_rmdir:
		f->how |= RF_DELETE;
		break;
	case SC_mkdir: case SC_mkdirat: case SC_mknod: case SC_mknodat:
		f->how |= RF_CREATE;
		break;
	case SC_execve: case SC_execveat:
		f->how |= RF_EXEC;
		break;
	case SC_rename: case SC_renameat: case SC_renameat2:
		f->how |= RF_DELETE;
		/* fall through */
	case SC_link: case SC_linkat: case SC_symlink: case SC_symlinkat:
		if ((to = new_name(fp, t, w)))
			to->how |= RF_CREATE;
		break;
	}
}

static int64_t child_proc(struct fdpass *fp, int64_t pid, int64_t ts)
{
	struct report *r = fp->b->r;
	for (int64_t i = imap_get(&fp->first_of_pid, pid, -1); i >= 0; i = fp->next_same_pid[i])
		if (r->procs[i].start_ns >= ts)
			return i;
	return -1;
}

static void row(struct fdpass *fp, const struct srow *w)
{
	struct rep_build *b = fp->b;
	int64_t pid = w->pid, nr = w->nr;
	int64_t upid = imap_get(&b->utid_upid, w->utid, -1 - w->utid);
	struct ptab *t = ptab_for(fp, upid);
	bool ok = !w->has_err && w->has_ret;
	int64_t ret = w->ret;
	int64_t fd = w->has_fd ? w->fd : -1;
	const char *path = w->path;
	const char *ret_path = NULL;
	bool counted = rep_filter_row(&b->f, pid, nr, w->ts);
	const char *family = NULL, *addr;
	struct oref o = { O_NONE, NULL };
	struct sock *s;
	arena_reset(&fp->a);

	switch (nr) {
	case SC_clone: case SC_clone3: case SC_fork: case SC_vfork:
		if (ok && ret > 0) {
			int64_t ci = child_proc(fp, ret, more_int(fp, w, M_TS));
			if (ci >= 0 && !ptab_get(fp, b->r->procs[ci].upid))
				ptab_new(fp, b->r->procs[ci].upid, t, NULL);
		}
		return;
	case SC_pipe: case SC_pipe2: case SC_socketpair: {
		int64_t fds[2];
		const char *paths[2];
		size_t n = ok ? pair_fds(fp, more_text(fp, w, M_ARGS),
					 nr == SC_socketpair ? "usockvec" : "fildes", fds, paths) : 0;
		for (size_t i = 0; i < n; i++) {
			struct oref p;
			if (nr == SC_socketpair) {
				s = new_sock(fp, proto_of(more_int(fp, w, M_ARG0), more_int(fp, w, M_ARG1)));
				s->pair = s->connected = true;
				p = (struct oref){ O_SOCK, s };
			} else {
				p = file_obj(fp, paths[i] ? paths[i] : "<pipe>");
			}
			fdt_set(t, fds[i], p);
			if (!i)
				o = p;
		}
		break;
	}
	case SC_socket:
		if (ok) {
			s = new_sock(fp, proto_of(more_int(fp, w, M_ARG0), more_int(fp, w, M_ARG1)));
			if ((ret_path = more_text(fp, w, M_RET_PATH)))
				sock_learn_text(s, ret_path);
			o = (struct oref){ O_SOCK, s };
			fdt_set(t, ret, o);
		}
		break;
	case SC_accept: case SC_accept4: {
		o = row_object(fp, t, w);   /* the listening socket */
		if (!ok)
			break;
		struct sock *ls = o.kind == O_SOCK ? o.p : NULL;
		s = new_sock(fp, ls ? ls->proto : NULL);
		s->accepted = true;
		if (ls && ls->local)
			s->local = xstrdup(ls->local);
		if ((addr = row_sockaddr(fp, w, &family))) {
			s->remote = xstrdup(addr);
			if (!s->proto[0])
				snprintf(s->proto, sizeof(s->proto), "%s", proto_of_family(family));
		}
		if ((ret_path = more_text(fp, w, M_RET_PATH)))
			sock_learn_text(s, ret_path);
		o = (struct oref){ O_SOCK, s };
		fdt_set(t, ret, o);
		break;
	}
	case SC_connect: case SC_bind: case SC_listen: case SC_getsockname: case SC_getpeername:
	case SC_sendto: case SC_recvfrom: case SC_sendmsg: case SC_recvmsg:
		o = row_object(fp, t, w);
		if (o.kind != O_SOCK || !ok)
			break;
		s = o.p;
		if (nr == SC_listen) {
			s->listening = true;
			break;
		}
		/* the address is read only when it can still tell something */
		if ((nr == SC_getpeername && s->remote && s->connected) ||
		    ((nr == SC_sendto || nr == SC_recvfrom || nr == SC_sendmsg || nr == SC_recvmsg) &&
		     (s->connected || s->several)))
			break;
		if (!(addr = row_sockaddr(fp, w, &family)))
			break;
		if (!s->proto[0])
			snprintf(s->proto, sizeof(s->proto), "%s", proto_of_family(family));
		if (nr == SC_bind || nr == SC_getsockname) {
			set_str(&s->local, addr);   /* getsockname: the port bind(0) chose */
		} else if (nr == SC_connect || nr == SC_getpeername) {
			if (!s->connected || !s->remote)
				set_str(&s->remote, addr);
			s->connected = true;
		} else if (!s->connected) {
			/* an unconnected datagram socket: its first peer names it */
			if (!s->remote)
				s->remote = xstrdup(addr);
			else if (strcmp(s->remote, addr))
				s->several = true;
		}
		break;
	case SC_dup: case SC_dup2: case SC_dup3: case SC_fcntl:
		o = row_object(fp, t, w);
		if (ok && ret != fd && o.kind != O_NONE &&
		    (nr != SC_fcntl || more_int(fp, w, M_ARG1) == 0 || more_int(fp, w, M_ARG1) == 1030))
			fdt_set(t, ret, o);   /* F_DUPFD, F_DUPFD_CLOEXEC */
		break;
	case SC_close:
		o = row_object(fp, t, w);
		if (ok)
			fdt_set(t, fd, (struct oref){ O_NONE, NULL });
		break;
	case SC_close_range:
		if (ok) {
			uint64_t lo = (uint32_t)more_int(fp, w, M_ARG0);
			uint64_t hi = (uint32_t)more_int(fp, w, M_ARG1);
			for (uint64_t i = lo; i <= hi && i < t->cap; i++)
				t->fds[i] = (struct oref){ O_NONE, NULL };
		}
		return;
	case SC_chdir: case SC_fchdir:
		o = row_object(fp, t, w);
		if (ok && file_label(o) && file_label(o)[0] == '/')
			set_str(&t->cwd, file_label(o));
		break;
	default:
		if (is_open(nr)) {
			ret_path = ok ? more_text(fp, w, M_RET_PATH) : NULL;
			const char *name = ret_path ? ret_path : path;
			if (!name && nr == SC_memfd_create)
				name = "<memfd>";
			if (!name)
				break;
			if (name != ret_path) {
				struct oref dir = fd >= 0 && fd != ret ? fdt_get(t, fd) : (struct oref){ O_NONE, NULL };
				name = resolve(fp, fd >= 0 && fd != ret ? file_label(dir) : t->cwd, name);
			}
			o = file_obj(fp, name);
			if (counted)
				((struct rep_file *)o.p)->opens++;
			if (counted && ok)
				((struct rep_file *)o.p)->how |= open_how(fp, w);
			if (ok)
				fdt_set(t, ret, o);
			break;
		}
		o = row_object(fp, t, w);
		if (ok && counted && o.kind == O_FILE)
			mark_how(fp, t, w, o.p);
		break;
	}
	if (o.kind == O_NONE || !counted)
		return;

	uint64_t dur = w->dur;
	if (o.kind == O_FILE) {
		struct rep_file *f = o.p;
		f->calls++;
		f->errors += !ok;
		f->time_ns += dur;
	} else {
		s = o.p;
		s->calls++;
		s->errors += !ok;
		s->time_ns += dur;
	}
	int dir = direction(nr);
	if (!dir || !w->has_bytes)
		return;
	uint64_t n = (uint64_t)w->bytes;
	add_bytes(o, dir, n);
	/* the other descriptor of sendfile, splice, tee, copy_file_range */
	int64_t other = -1;
	if (nr == SC_sendfile || nr == SC_tee)
		other = more_int(fp, w, M_ARG1);
	else if (nr == SC_splice || nr == SC_copy_file_range)
		other = more_int(fp, w, M_ARG2);
	if (other >= 0) {
		other = (int32_t)other;
		struct oref x = fdt_get(t, other);
		if (x.kind == O_NONE)
			x = unknown_fd(fp, other);
		add_bytes(x, dir == 1 ? 2 : 1, n);
	}
}

/* ---- results ---- */

static char *sock_label(const struct sock *s, const char **role)
{
	const char *proto = s->proto[0] ? s->proto : "socket";
	struct sbuf b = { 0 };
	if (s->pair) {
		*role = "socketpair";
		sbuf_printf(&b, "%s socketpair", proto);
	} else if (s->accepted) {
		*role = "accept";
		sbuf_printf(&b, "%s %s <- %s", proto, s->local ? s->local : "?", s->remote ? s->remote : "?");
	} else if (s->remote) {
		*role = s->connected ? "connect" : "peer";
		sbuf_printf(&b, "%s -> %s%s", proto, s->remote, s->several ? ", ..." : "");
	} else if (s->local) {
		*role = s->listening ? "listen" : "bind";
		sbuf_printf(&b, "%s %s%s", proto, s->local, s->listening ? " (listening)" : "");
	} else {
		*role = "socket";
		sbuf_printf(&b, "%s (unconnected)", proto);
	}
	return sbuf_cstr(&b);
}

static enum rep_sort fd_sort;
static bool fd_sort_given;

static int cmp_u64_desc(uint64_t x, uint64_t y)
{
	return x == y ? 0 : x < y ? 1 : -1;
}

static int cmp_file(const void *a, const void *b)
{
	const struct rep_file *x = a, *y = b;
	int c;
	switch (fd_sort) {   /* keys that do not apply to files: time */
	case RS_NAME: return strcmp(x->path, y->path);
	case RS_CALLS: c = cmp_u64_desc(x->calls, y->calls); break;
	case RS_ERRORS: c = cmp_u64_desc(x->errors, y->errors); break;
	default: c = cmp_u64_desc(x->time_ns, y->time_ns); break;
	}
	if (!c)
		c = cmp_u64_desc(x->opens, y->opens);
	if (!c)
		c = cmp_u64_desc(x->rbytes + x->wbytes, y->rbytes + y->wbytes);
	if (!c)
		c = cmp_u64_desc(x->calls, y->calls);
	return c ? c : strcmp(x->path, y->path);
}

static int cmp_endpoint(const void *a, const void *b)
{
	const struct rep_endpoint *x = a, *y = b;
	int c = 0;
	if (fd_sort_given) {   /* by default: bytes moved */
		switch (fd_sort) {
		case RS_NAME: return strcmp(x->label, y->label);
		case RS_CALLS: c = cmp_u64_desc(x->calls, y->calls); break;
		case RS_ERRORS: c = cmp_u64_desc(x->errors, y->errors); break;
		case RS_TIME: c = cmp_u64_desc(x->time_ns, y->time_ns); break;
		default: break;
		}
	}
	if (!c)
		c = cmp_u64_desc(x->sent + x->received, y->sent + y->received);
	if (!c)
		c = cmp_u64_desc(x->calls, y->calls);
	return c ? c : strcmp(x->label, y->label);
}

static void collect(struct fdpass *fp)
{
	struct report *r = fp->b->r;
	r->files = xcalloc(fp->files.n + 1, sizeof(*r->files));
	for (size_t i = 0; i < fp->files.cap; i++) {
		struct rep_file *f = fp->files.vals[i];
		if (!fp->files.keys[i])
			continue;
		if (f->calls)
			r->files[r->nfiles++] = *f;
		else
			free(f->path);
		free(f);
	}
	smap_free(&fp->files);

	struct smap byl = { 0 };
	size_t cap = 0;
	for (struct sock *s = fp->socks, *next; s; s = next) {
		next = s->next;
		if (s->calls) {
			const char *role;
			char *label = sock_label(s, &role);
			void **v = smap_ref(&byl, label, true);
			if (!*v) {
				if (r->nnet == cap) {
					cap = cap ? cap * 2 : 16;
					r->net = xrealloc(r->net, cap * sizeof(*r->net));
				}
				struct rep_endpoint *e = &r->net[r->nnet++];
				memset(e, 0, sizeof(*e));
				e->label = label;
				e->proto = xstrdup(s->proto[0] ? s->proto : "socket");
				e->local = s->local ? xstrdup(s->local) : NULL;
				e->remote = s->remote ? xstrdup(s->remote) : NULL;
				e->role = role;
				*v = (void *)(intptr_t)r->nnet;
			} else {
				free(label);
			}
			struct rep_endpoint *e = &r->net[(intptr_t)*v - 1];
			e->sockets++;
			e->calls += s->calls;
			e->errors += s->errors;
			e->sent += s->sent;
			e->received += s->received;
			e->time_ns += s->time_ns;
		}
		free(s->local);
		free(s->remote);
		free(s);
	}
	smap_free(&byl);

	fd_sort = r->o->sort;
	fd_sort_given = r->o->sort_given;
	qsort(r->files, r->nfiles, sizeof(*r->files), cmp_file);
	if (r->nnet)
		qsort(r->net, r->nnet, sizeof(*r->net), cmp_endpoint);
}

struct fdpass *fd_pass_begin(struct rep_build *b)
{
	struct report *r = b->r;
	struct fdpass *fp = xcalloc(1, sizeof(*fp));
	fp->b = b;
	fp->more = store_prepare(b->st, "SELECT ts, ret_path, arg0, arg1, arg2, args FROM syscall WHERE id = ?");
	fp->next_same_pid = xmalloc((r->nprocs + 1) * sizeof(*fp->next_same_pid));
	for (size_t i = r->nprocs; i-- > 0;) {
		fp->next_same_pid[i] = imap_get(&fp->first_of_pid, r->procs[i].pid, -1);
		*imap_ref(&fp->first_of_pid, r->procs[i].pid, true) = (int64_t)i;
	}
	return fp;
}

void fd_pass_row(struct fdpass *fp, const struct srow *w)
{
	if (w->has_fd || w->path)
		row(fp, w);
	else
		switch (w->nr) {
		case SC_pipe: case SC_pipe2: case SC_socketpair: case SC_clone: case SC_clone3:
		case SC_fork: case SC_vfork: case SC_close_range:
			row(fp, w);
			break;
		}
}

void fd_pass_end(struct fdpass *fp)
{
	sqlite3_finalize(fp->more);
	collect(fp);
	for (size_t i = 0; i < fp->ptabs.cap; i++) {
		if (fp->ptabs.keys[i] == INT64_MIN)
			continue;
		struct ptab *t = (struct ptab *)(intptr_t)fp->ptabs.vals[i];
		free(t->fds);
		free(t->cwd);
		free(t);
	}
	imap_free(&fp->ptabs);
	imap_free(&fp->first_of_pid);
	free(fp->next_same_pid);
	sbuf_free(&fp->tmp);
	arena_free(&fp->a);
	free(fp);
}
