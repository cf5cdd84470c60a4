/*
 * html_fd.c - following descriptors for the HTML report: per-process fd -> file or
 * socket tables, the files and sockets they name, network flows and addresses, and
 * what one syscall row does to them (track_fds).
 */
#include "html_internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- descriptors: fd -> file or socket, per process ---- */

static int add_file(struct html *h, const char *path, size_t n, int kind)
{
	bool added;
	int i = strmap_get(&h->file_map, path, n, (int)h->nfiles, &added);
	if (added) {
		h->files = vec_fit(h->files, &h->cfiles, h->nfiles, sizeof(*h->files));
		h->files[h->nfiles++] = (struct file){ .path = bytes_copy(path, n), .kind = kind };
	}
	return i;
}

static void file_touched_by(struct html *h, int file, int proc)
{
	if (u64set_add(&h->file_procs, ((uint64_t)(uint32_t)file << 32 | (uint32_t)(proc + 1)) + 1))
		h->files[file].procs++;
}

static int add_sock(struct html *h, int proc, int64_t family, int64_t type)
{
	h->socks = vec_fit(h->socks, &h->csocks, h->nsocks, sizeof(*h->socks));
	h->socks[h->nsocks] = (struct sock){ .proc = proc, .family = family, .type = type };
	return (int)h->nsocks++;
}

static void set_bytes(struct bytes *b, struct bytes v)
{
	if (!v.p)
		return;
	free(b->p);
	*b = bytes_copy(v.p, v.n);
}

/* Normalise base + "/" + rel lexically (".", "..", "//"); rel alone when it is absolute or base unknown. */
static struct bytes path_join(struct bytes base, const char *rel, size_t rn)
{
	struct sbuf b = { 0 };
	if (rn && rel[0] != '/') {
		if (!base.p || !base.n || base.p[0] != '/')
			return bytes_copy(rel, rn);
		sbuf_putn(&b, base.p, base.n);
	}
	sbuf_putc(&b, '/');
	sbuf_putn(&b, rel, rn);
	struct sbuf o = { 0 };
	for (size_t i = 0; i < b.len;) {
		while (i < b.len && b.p[i] == '/')
			i++;
		size_t j = i;
		while (j < b.len && b.p[j] != '/')
			j++;
		size_t n = j - i;
		if (n == 1 && b.p[i] == '.') {
			/* nothing */
		} else if (n == 2 && b.p[i] == '.' && b.p[i + 1] == '.') {
			while (o.len && o.p[o.len - 1] != '/')
				o.len--;
			if (o.len)
				o.len--;
		} else if (n) {
			sbuf_putc(&o, '/');
			sbuf_putn(&o, b.p + i, n);
		}
		i = j;
	}
	if (!o.len)
		sbuf_putc(&o, '/');
	struct bytes r = bytes_copy(o.p, o.len);
	sbuf_free(&b);
	sbuf_free(&o);
	return r;
}

/* A process's table: at first use, a copy of its parent's (fork), else empty. */
static void fds_ready(struct html *h, int pi)
{
	struct proc *p = &h->procs[pi];
	if (p->fds_ready)
		return;
	p->fds_ready = true;
	if (p->parent < 0 || !h->procs[p->parent].fds_ready)
		return;
	struct proc *par = &h->procs[p->parent];
	size_t n = par->nfds;
	while (n && par->fds[n - 1].kind == FD_NONE)   /* up to the highest open one */
		n--;
	if (n) {
		p->fds = xmalloc(n * sizeof(*p->fds));
		memcpy(p->fds, par->fds, n * sizeof(*p->fds));
		p->nfds = n;
	}
	if (!p->cur_cwd.p && par->cur_cwd.p)
		p->cur_cwd = bytes_copy(par->cur_cwd.p, par->cur_cwd.n);
}

static struct fdent *fd_slot(struct html *h, int pi, int64_t fd)
{
	if (pi < 0 || fd < 0 || fd >= MAX_FD)
		return NULL;
	fds_ready(h, pi);
	struct proc *p = &h->procs[pi];
	if ((size_t)fd >= p->nfds) {
		size_t n = p->nfds ? p->nfds : 8;
		while (n <= (size_t)fd)
			n *= 2;
		p->fds = xrealloc(p->fds, n * sizeof(*p->fds));
		memset(p->fds + p->nfds, 0, (n - p->nfds) * sizeof(*p->fds));
		p->nfds = n;
	}
	return &p->fds[fd];
}

static void fd_assign(struct html *h, int pi, int64_t fd, int kind, int obj, bool cloexec)
{
	struct fdent *e = fd_slot(h, pi, fd);
	if (e)
		*e = (struct fdent){ obj, (uint8_t)kind, cloexec };
}

static void fd_dup(struct html *h, int pi, int64_t oldfd, int64_t newfd, bool cloexec)
{
	struct fdent *o = fd_slot(h, pi, oldfd);
	struct fdent v = o ? *o : (struct fdent){ 0 };
	struct fdent *n = fd_slot(h, pi, newfd);
	if (n) {
		*n = v;
		n->cloexec = cloexec;
	}
}

static bool is_socket_path(struct bytes p)
{
	static const char *const pre[] = { "socket:", "TCP", "UDP", "UNIX", "NETLINK", "RAW", "PING" };
	for (size_t i = 0; i < ARRAY_SIZE(pre); i++)
		if (p.n >= strlen(pre[i]) && memcmp(p.p, pre[i], strlen(pre[i])) == 0)
			return true;
	return false;
}

/* -yy adds the device to a path: "/dev/null<char 1:3>" is /dev/null; the length without it */
static size_t without_device(const char *p, size_t n)
{
	if (n < 2 || p[n - 1] != '>')
		return n;
	const char *lt = memrchr(p, '<', n);
	if (lt && (strncmp(lt, "<char ", 6) == 0 || strncmp(lt, "<block ", 7) == 0))
		return (size_t)(lt - p);
	return n;
}

/*
 * What fd is in process pi.  Unknown descriptors (inherited from before the
 * trace) take the -y path the row carries, if any, else a pseudo file.
 */
static struct fdent fd_resolve(struct html *h, int pi, int64_t fd, struct bytes rowpath)
{
	struct fdent *e = fd_slot(h, pi, fd);
	if (e && e->kind != FD_NONE)
		return *e;
	struct fdent v = { 0 };
	if (fd < 0 || pi < 0)
		return v;
	if (rowpath.p && rowpath.n && is_socket_path(rowpath)) {
		v.kind = FD_SOCK;
		v.obj = add_sock(h, pi, -1, -1);
		set_bytes(&h->socks[v.obj].remote, rowpath);
	} else if (rowpath.p && rowpath.n) {
		v.kind = FD_FILE;
		v.obj = add_file(h, rowpath.p, without_device(rowpath.p, rowpath.n), F_PATH);
	} else {
		static const char *const std[] = { "<stdin>", "<stdout>", "<stderr>" };
		char name[40];
		if (fd < 3)
			snprintf(name, sizeof(name), "%s", std[fd]);
		else
			snprintf(name, sizeof(name), "<fd %lld>", (long long)fd);
		v.kind = FD_FILE;
		v.obj = add_file(h, name, strlen(name), F_INHERITED);
	}
	if (e)
		*e = v;
	return v;
}

static void close_cloexec(struct html *h, int pi)
{
	if (pi < 0)
		return;
	struct proc *p = &h->procs[pi];
	for (size_t i = 0; i < p->nfds; i++)
		if (p->fds[i].cloexec)
			p->fds[i] = (struct fdent){ 0 };
}

static struct flow *flow_of(struct html *h, int sock, struct bytes peer)
{
	struct sbuf k = { 0 };
	sbuf_printf(&k, "%d:", sock);
	if (peer.p)
		sbuf_putn(&k, peer.p, peer.n);
	bool added;
	int i = strmap_get(&h->flow_map, k.p, k.len, (int)h->nflows, &added);
	sbuf_free(&k);
	if (added) {
		h->flows = vec_fit(h->flows, &h->cflows, h->nflows, sizeof(*h->flows));
		h->flows[h->nflows++] = (struct flow){ .sock = sock,
			.peer = peer.p ? bytes_copy(peer.p, peer.n) : (struct bytes){ NULL, 0 } };
		h->socks[sock].nflows++;
	}
	return &h->flows[i];
}

/* ---- network addresses: one query over the socket calls, in id order ---- */

/* the sockaddr argument of the socket calls, by position (names from the syscall table) */
static const struct { int nr, pos; const char *member; } sockaddr_args[] = {
	{ SC_connect, 1, "" }, { SC_bind, 1, "" }, { SC_accept, 1, "" }, { SC_accept4, 1, "" },
	{ SC_getsockname, 1, "" }, { SC_getpeername, 1, "" }, { SC_sendto, 4, "" }, { SC_recvfrom, 4, "" },
	{ SC_sendmsg, 1, ".msg_name" }, { SC_recvmsg, 1, ".msg_name" },
};

static bool plain_name(const char *s)
{
	for (; *s; s++)
		if (!(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

void load_addresses(struct html *h)
{
	struct sbuf q = { 0 }, names = { 0 };
	sbuf_puts(&q, "WITH a AS (SELECT id, CASE nr");
	for (size_t i = 0; i < ARRAY_SIZE(sockaddr_args); i++) {
		const char *arg = sysent_argname(sockaddr_args[i].nr, sockaddr_args[i].pos);
		const struct sysent *e = sysent_get(sockaddr_args[i].nr);
		if (!arg || !e || !plain_name(arg) || !plain_name(e->name))
			continue;
		sbuf_printf(&q, " WHEN %d THEN json_extract(args, '$.%s%s')", sockaddr_args[i].nr, arg,
			    sockaddr_args[i].member);
		sbuf_printf(&names, "%s'%s'", names.len ? "," : "", e->name);
	}
	sbuf_printf(&q, " END AS sa FROM syscall WHERE name IN (%s) AND json_valid(args)) "
		"SELECT id, json_extract(sa, '$.sa_family.value'), "
		"coalesce(json_extract(sa, '$.sin_port.args[0]'), json_extract(sa, '$.sin6_port.args[0]')), "
		"coalesce(json_extract(sa, '$.sin_addr.args[0]'), "
		" (SELECT json_extract(value, '$.args[1]') FROM json_each(sa) "
		"  WHERE CASE WHEN type = 'object' THEN json_extract(value, '$.call') = 'inet_pton' END), "
		" CASE json_type(sa, '$.sun_path') WHEN 'object' THEN "
		"  iif(json_extract(sa, '$.sun_path.abstract'), '@', '') || "
		"  coalesce(json_extract(sa, '$.sun_path.str'), 'hex:' || json_extract(sa, '$.sun_path.hex')) "
		" ELSE json_extract(sa, '$.sun_path') END) "
		"FROM a WHERE json_type(sa) = 'object' ORDER BY id", names.len ? names.p : "''");
	sqlite3_stmt *s = store_prepare(h->st, q.p);
	while (next_row(h->st, s, "reading socket addresses")) {
		int64_t fam = col_i64(s, 1), port = col_i64(s, 2);
		struct bytes a = col_bytes(s, 3);
		struct sbuf t = { 0 };
		if (fam == 2 && a.p)
			sbuf_printf(&t, "%s:%lld", a.p, (long long)port);
		else if (fam == 10 && a.p)
			sbuf_printf(&t, "[%s]:%lld", a.p, (long long)port);
		else if (fam == 1)
			a.p && a.n ? sbuf_putn(&t, a.p, a.n) : sbuf_puts(&t, "(unnamed)");
		else if (fam == 16)
			sbuf_puts(&t, "netlink");
		else
			sbuf_printf(&t, "family %lld", (long long)fam);
		h->net = vec_fit(h->net, &h->cnet, h->nnet, sizeof(*h->net));
		h->net[h->nnet++] = (struct netaddr){ col_i64(s, 0), bytes_copy(t.p, t.len) };
		sbuf_free(&t);
		free(a.p);
	}
	sqlite3_finalize(s);
	sbuf_free(&q);
	sbuf_free(&names);
}

/* the address a socket call of row id named, if any (rows come in id order) */
static struct bytes address_of(struct html *h, int64_t id)
{
	while (h->net_at < h->nnet && h->net[h->net_at].id < id)
		h->net_at++;
	if (h->net_at < h->nnet && h->net[h->net_at].id == id)
		return h->net[h->net_at].addr;
	return (struct bytes){ NULL, 0 };
}

/* ---- one syscall row ---- */

enum { IO_NONE, IO_READ, IO_WRITE };

static int io_dir(int64_t nr)
{
	switch (nr) {
	case SC_read: case SC_pread64: case SC_readv: case SC_preadv: case SC_preadv2:
	case SC_recvfrom: case SC_recvmsg: case SC_recvmmsg:
		return IO_READ;
	case SC_write: case SC_pwrite64: case SC_writev: case SC_pwritev: case SC_pwritev2:
	case SC_sendto: case SC_sendmsg: case SC_sendmmsg:
		return IO_WRITE;
	}
	return IO_NONE;
}

static void account_io(struct html *h, struct row *r, int64_t fd, int dir, bool with_rowpath)
{
	struct bytes nopath = { NULL, 0 };
	struct fdent e = fd_resolve(h, r->proc, fd, with_rowpath ? r->path : nopath);
	if (e.kind == FD_NONE)
		return;
	uint64_t n = r->has_bytes && r->bytes > 0 ? (uint64_t)r->bytes : 0;
	if (e.kind == FD_FILE) {
		struct file *f = &h->files[e.obj];
		if (dir == IO_READ)
			f->rd++, f->rb += n;
		else
			f->wr++, f->wb += n;
		file_touched_by(h, e.obj, r->proc);
	} else if (e.kind == FD_SOCK) {
		struct bytes peer = address_of(h, r->id);
		if (peer.p)
			h->socks[e.obj].how |= dir == IO_READ ? HOW_RECVFROM : HOW_SENDTO;
		struct flow *fl = flow_of(h, e.obj, peer.p ? peer : h->socks[e.obj].remote);
		fl->calls++;
		if (dir == IO_READ)
			fl->recv += n;
		else
			fl->sent += n;
	}
}

/* pipe(2)/pipe2(2)/socketpair(2): the two descriptors, from the args JSON ("fildes":[3,4]) */
static bool two_fds(struct bytes args, const char *key, int64_t fds[2])
{
	if (!args.p || !key)
		return false;
	char pat[64];
	snprintf(pat, sizeof(pat), "\"%s\":[", key);
	const char *p = strstr(args.p, pat);
	if (!p)
		return false;
	char *end;
	p += strlen(pat);
	fds[0] = strtoll(p, &end, 10);
	if (end == p || *end != ',')
		return false;
	p = end + 1;
	fds[1] = strtoll(p, &end, 10);
	return end != p && *end == ']';
}

/* the directory a relative path argument is relative to: the cwd, or an *at() call's dirfd */
static struct bytes base_dir(struct html *h, struct row *r)
{
	const char *a0 = sysent_argname((int)r->nr, 0);
	if (a0 && (strcmp(a0, "dfd") == 0 || strcmp(a0, "olddfd") == 0) && (int)r->arg[0] != -100) {
		struct fdent *d = fd_slot(h, r->proc, (int)r->arg[0]);
		return d && d->kind == FD_FILE && h->files[d->obj].kind == F_PATH ?
			h->files[d->obj].path : (struct bytes){ NULL, 0 };
	}
	return h->procs[r->proc].cur_cwd;
}

static void track_open(struct html *h, struct row *r)
{
	if (!r->path.p)
		return;
	struct bytes base = base_dir(h, r);
	struct bytes path = r->ret_path.p && r->ret_path.n && r->ret_path.p[0] == '/' ?
		bytes_copy(r->ret_path.p, r->ret_path.n) : path_join(base, r->path.p, r->path.n);
	path.n = without_device(path.p, path.n);
	int f = add_file(h, path.p, path.n, F_PATH);
	free(path.p);
	file_touched_by(h, f, r->proc);
	if (r->has_err) {
		h->files[f].errs++;
		return;
	}
	h->files[f].opens++;
	int64_t flags = r->nr == SC_open ? r->arg[1] : r->nr == SC_openat ? r->arg[2] : 0;
	fd_assign(h, r->proc, r->ret, FD_FILE, f, (flags & 02000000) != 0);
}

static void track_path_call(struct html *h, struct row *r)
{
	if (!r->path.n)   /* AT_EMPTY_PATH: the call is about its descriptor */
		return;
	struct bytes path = path_join(base_dir(h, r), r->path.p, without_device(r->path.p, r->path.n));
	int f = add_file(h, path.p, path.n, F_PATH);
	file_touched_by(h, f, r->proc);
	h->files[f].other++;
	if (r->has_err)
		h->files[f].errs++;
	if (r->nr == SC_chdir && !r->has_err) {
		free(h->procs[r->proc].cur_cwd.p);
		h->procs[r->proc].cur_cwd = path;
		return;
	}
	free(path.p);
}

static void track_socket_call(struct html *h, struct row *r)
{
	struct bytes addr = address_of(h, r->id);
	struct fdent *e = fd_slot(h, r->proc, r->arg[0]);
	int s = e && e->kind == FD_SOCK ? e->obj : -1;
	if (r->nr == SC_socket) {
		if (!r->has_err)
			fd_assign(h, r->proc, r->ret, FD_SOCK, add_sock(h, r->proc, r->arg[0], r->arg[1] & 0xf),
			       (r->arg[1] & 02000000) != 0);
		return;
	}
	if (r->nr == SC_socketpair) {
		int64_t fds[2];
		if (!r->has_err && two_fds(r->args, sysent_argname(SC_socketpair, 3), fds))
			for (int i = 0; i < 2; i++) {
				int n = add_sock(h, r->proc, r->arg[0], r->arg[1] & 0xf);
				h->socks[n].how |= HOW_PAIR;
				fd_assign(h, r->proc, fds[i], FD_SOCK, n, (r->arg[1] & 02000000) != 0);
			}
		return;
	}
	if (s < 0 || (r->has_err && !(r->nr == SC_connect && r->err == EINPROGRESS)))
		return;
	struct sock *k = &h->socks[s];
	switch (r->nr) {
	case SC_bind: set_bytes(&k->local, addr); k->how |= HOW_BIND; break;
	case SC_listen: k->how |= HOW_LISTEN; break;
	case SC_connect: set_bytes(&k->remote, addr); k->how |= HOW_CONNECT; break;
	case SC_getsockname: set_bytes(&k->local, addr); break;
	case SC_getpeername: set_bytes(&k->remote, addr); break;
	case SC_accept: case SC_accept4: {
		int n = add_sock(h, r->proc, k->family, k->type);
		struct sock *a = &h->socks[n], *l = &h->socks[s];   /* add_sock may move k */
		if (l->local.p)
			a->local = bytes_copy(l->local.p, l->local.n);
		set_bytes(&a->remote, addr);
		a->how |= HOW_ACCEPT;
		fd_assign(h, r->proc, r->ret, FD_SOCK, n, r->nr == SC_accept4 && (r->arg[2] & 02000000));
		break;
	}
	}
}

/* Follow what a call does to the process's descriptors, and count file and socket traffic. */
void track_fds(struct html *h, struct row *r)
{
	if (r->proc < 0)
		return;
	int64_t nr = r->nr;
	bool ok = !r->has_err;
	int dir = io_dir(nr);
	uint32_t tc = sysent_get((long)nr) ? sysent_get((long)nr)->classes : 0;
	if (nr == SC_open || nr == SC_openat || nr == SC_openat2 || nr == SC_creat) {
		track_open(h, r);
	} else if (dir != IO_NONE && r->has_fd) {
		account_io(h, r, r->fd, dir, true);
	} else if (nr == SC_sendfile || nr == SC_splice || nr == SC_copy_file_range || nr == SC_tee) {
		int out = nr == SC_sendfile ? 0 : nr == SC_tee ? 1 : 2, in = nr == SC_sendfile ? 1 : 0;
		account_io(h, r, (int)r->arg[out], IO_WRITE, false);
		account_io(h, r, (int)r->arg[in], IO_READ, false);
	} else if ((tc & TC_FILE) && r->path.p && !(tc & TC_NETWORK)) {
		track_path_call(h, r);
		if ((nr == SC_execve || nr == SC_execveat) && ok)
			close_cloexec(h, r->proc);
	} else if (tc & TC_NETWORK) {
		track_socket_call(h, r);
	} else if (!ok) {
		/* a failed call changes no descriptor */
	} else if (nr == SC_close) {
		fd_assign(h, r->proc, (int)r->arg[0], FD_NONE, 0, false);
	} else if (nr == SC_close_range) {
		fds_ready(h, r->proc);   /* only the descriptors the table has can change */
		int64_t end = (int64_t)h->procs[r->proc].nfds;
		for (int64_t fd = (uint32_t)r->arg[0]; fd <= (uint32_t)r->arg[1] && fd < end; fd++)
			if (r->arg[2] & 4) {   /* CLOSE_RANGE_CLOEXEC */
				struct fdent *e = fd_slot(h, r->proc, fd);
				if (e)
					e->cloexec = 1;
			} else
				fd_assign(h, r->proc, fd, FD_NONE, 0, false);
	} else if (nr == SC_dup) {
		fd_dup(h, r->proc, (int)r->arg[0], r->ret, false);
	} else if (nr == SC_dup2 || nr == SC_dup3) {
		if ((int)r->arg[0] != (int)r->arg[1])
			fd_dup(h, r->proc, (int)r->arg[0], r->ret, nr == SC_dup3 && (r->arg[2] & 02000000));
	} else if (nr == SC_fcntl && ((int)r->arg[1] == 0 || (int)r->arg[1] == 1030)) {   /* F_DUPFD(_CLOEXEC) */
		fd_dup(h, r->proc, (int)r->arg[0], r->ret, (int)r->arg[1] == 1030);
	} else if (nr == SC_fcntl && (int)r->arg[1] == 2) {   /* F_SETFD */
		struct fdent *e = fd_slot(h, r->proc, (int)r->arg[0]);
		if (e)
			e->cloexec = (r->arg[2] & 1) != 0;
	} else if (nr == SC_pipe || nr == SC_pipe2) {
		int64_t fds[2];
		if (two_fds(r->args, sysent_argname((int)nr, 0), fds)) {
			struct proc *p = &h->procs[r->proc];
			char name[64];
			snprintf(name, sizeof(name), "pipe #%d (pid %d)", ++p->npipes, p->pid);
			int f = add_file(h, name, strlen(name), F_PIPE);
			bool cloexec = nr == SC_pipe2 && (r->arg[1] & 02000000);
			fd_assign(h, r->proc, fds[0], FD_FILE, f, cloexec);
			fd_assign(h, r->proc, fds[1], FD_FILE, f, cloexec);
		}
	} else if (nr == SC_fchdir) {
		struct fdent *e = fd_slot(h, r->proc, (int)r->arg[0]);
		if (e && e->kind == FD_FILE && h->files[e->obj].kind == F_PATH) {
			struct proc *p = &h->procs[r->proc];
			free(p->cur_cwd.p);
			p->cur_cwd = bytes_copy(h->files[e->obj].path.p, h->files[e->obj].path.n);
		}
	} else if ((tc & TC_DESC) && r->has_fd && r->ret >= 0 && r->fd == r->ret && r->fd != r->arg[0]) {
		fd_assign(h, r->proc, r->ret, FD_OTHER, 0, false);   /* eventfd, epoll, timerfd, memfd ... */
	} else if ((tc & TC_DESC) && r->has_fd && r->fd >= 0) {
		struct fdent e = fd_resolve(h, r->proc, r->fd, r->path);
		if (e.kind == FD_FILE) {
			h->files[e.obj].other++;
			file_touched_by(h, e.obj, r->proc);
		}
	}
}
