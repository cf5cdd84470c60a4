/*
 * decode.c - the decoder driver and the argument types every family uses.
 *
 * decode_syscall() runs either a custom decoder function or the generic
 * signature walker: at entry it decodes arguments until the first one the
 * kernel writes (OUT), at exit it decodes the rest.  The mk_* helpers build
 * the common values (numbers, descriptors, paths, buffers, flag sets).
 */
#include "decode.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define AT_FDCWD_VAL (-100)

struct value *mk_int(struct dctx *c, int64_t v) { return v_num(c->a, (uint64_t)v, NF_DEC); }
struct value *mk_pid(struct dctx *c, int pid) { return v_num(c->a, (uint64_t)(int64_t)pid, NF_PID); }
struct value *mk_pgid(struct dctx *c, int pgid)
{
	struct value *v = mk_pid(c, pgid);
	v->sflags = VPID_GROUP;
	return v;
}
struct value *mk_uint(struct dctx *c, uint64_t v) { return v_num(c->a, v, NF_UDEC); }
struct value *mk_hex(struct dctx *c, uint64_t v) { return v_num(c->a, v, NF_HEX); }
struct value *mk_ptr(struct dctx *c, uint64_t addr) { return v_num(c->a, addr, NF_PTR); }
struct value *mk_mode(struct dctx *c, uint32_t mode) { return v_num(c->a, mode, NF_OCT); }
struct value *mk_flags(struct dctx *c, uint64_t v, const struct xlat *x) { return v_flags(c->a, v, x, NF_HEX); }
struct value *mk_enum(struct dctx *c, uint64_t v, const struct xlat *x) { return v_enum(c->a, v, x, NF_HEX); }

struct value *mk_fd(struct dctx *c, int fd)
{
	const char *path = NULL;
	if (c->opt->decode_fds && fd >= 0 && c->mem->fd_path)
		path = c->mem->fd_path(c->mem, fd, c->opt->decode_fds, c->a);
	return v_fd(c->a, fd, path);
}

struct value *mk_dirfd(struct dctx *c, int fd)
{
	if (fd == AT_FDCWD_VAL) {
		/* with -y: AT_FDCWD</current/directory> (fd_path maps AT_FDCWD to the cwd) */
		const char *path = NULL;
		if (c->opt->decode_fds && c->mem->fd_path)
			path = c->mem->fd_path(c->mem, fd, c->opt->decode_fds, c->a);
		return v_fd(c->a, fd, path);
	}
	return mk_fd(c, fd);
}

struct value *mk_signo(struct dctx *c, int sig)
{
	const char *name = signame(sig);
	if (name)
		return v_const(c->a, name, sig, NF_DEC);
	return mk_int(c, sig);
}

bool fetch(struct dctx *c, uint64_t addr, void *buf, size_t n, struct value **fallback)
{
	if (addr && mem_read(c->mem, addr, buf, n) == 0)
		return true;
	*fallback = mk_ptr(c, addr);
	return false;
}

bool fetch_words(struct dctx *c, uint64_t addr, uint64_t *out, size_t n, struct value **fallback)
{
	uint8_t buf[8 * FETCH_WORDS_MAX];
	size_t ws = word_size(c);
	if (n > FETCH_WORDS_MAX) {
		*fallback = mk_ptr(c, addr);
		return false;
	}
	if (!fetch(c, addr, buf, n * ws, fallback))
		return false;
	for (size_t i = 0; i < n; i++)
		out[i] = word_at(c, buf, i);
	return true;
}

uint64_t word_at(const struct dctx *c, const void *buf, size_t i)
{
	if (c->lp32) {
		uint32_t w;
		memcpy(&w, (const uint8_t *)buf + 4 * i, 4);
		return w;
	}
	uint64_t w;
	memcpy(&w, (const uint8_t *)buf + 8 * i, 8);
	return w;
}

static struct value *read_cstr(struct dctx *c, uint64_t addr, size_t limit, bool is_path);

struct value *mk_cstr(struct dctx *c, uint64_t addr, size_t limit)
{
	return read_cstr(c, addr, limit, false);
}

struct value *mk_path(struct dctx *c, uint64_t addr)
{
	/* as strace: PATH_MAX bytes are read; without a NUL among them, 4095 are shown, cut */
	return read_cstr(c, addr, 4095, true);
}

struct value *mk_pathn(struct dctx *c, uint64_t addr, size_t limit)
{
	return read_cstr(c, addr, limit < 4095 ? limit : 4095, true);
}

static struct value *read_cstr(struct dctx *c, uint64_t addr, size_t limit, bool is_path)
{
	if (!addr)
		return mk_ptr(c, 0);
	if (c->opt->redact && !is_path)
		return v_str(c->a, NULL, 0, VS_REDACTED);
	/*
	 * Read in steps, so what is allocated follows the string found in
	 * memory, not a limit the tracee (or -s) made huge.
	 */
	size_t want = limit + 1, got = 0, cap = want < 4096 ? want : 4096;
	char *buf = arena_alloc(c->a, cap);
	bool term = false;
	for (;;) {
		long n = c->mem->read_str(c->mem, addr + got, buf + got, cap - got, &term);
		if (n < 0 && got == 0)
			return mk_ptr(c, addr);
		if (n < 0 || (!term && (size_t)n < cap - got))
			return mk_ptr(c, addr);       /* ran into unreadable memory */
		got += (size_t)n;
		if (term || got >= want)
			break;
		size_t ncap = cap * 2 < want ? cap * 2 : want;
		char *nbuf = arena_alloc(c->a, ncap);
		memcpy(nbuf, buf, got);
		buf = nbuf;
		cap = ncap;
	}
	unsigned fl = is_path ? VS_PATH : 0;
	if (got > limit) {
		got = limit;
		fl |= VS_TRUNC;
	}
	return v_str(c->a, buf, got, fl);
}

struct value *mk_cstrn(struct dctx *c, uint64_t addr, size_t n)
{
	if (!addr)
		return mk_ptr(c, 0);
	if (c->opt->redact)
		return v_str(c->a, NULL, 0, VS_REDACTED);
	/* what -s can show and one byte more: a huge n allocates nothing huge */
	size_t rd = n < (size_t)c->opt->strsize + 1 ? n : (size_t)c->opt->strsize + 1;
	char *buf = arena_alloc(c->a, rd + 1);
	bool term = false;
	long got = rd ? c->mem->read_str(c->mem, addr, buf, rd, &term) : 0;
	if (got < 0 || (!term && (size_t)got < rd))
		return mk_ptr(c, addr);       /* ran into unreadable memory */
	size_t len = (size_t)got;
	unsigned fl = term ? 0 : VS_TRUNC;
	if (len > c->opt->strsize) {
		len = c->opt->strsize;
		fl |= VS_TRUNC;
	}
	return v_str(c->a, buf, len, fl);
}

bool add_struct_tail(struct dctx *c, struct value *s, uint64_t addr, uint64_t known, uint64_t size)
{
	if (size <= known)
		return false;
	uint64_t tail = size - known, at = addr + known;
	/* look through it in steps (the kernel takes at most a page, a tracee may claim more) */
	const uint64_t scan_max = 1u << 20;
	bool nonzero = false;
	uint8_t chunk[256];
	for (uint64_t off = 0; off < tail && off < scan_max; off += sizeof(chunk)) {
		size_t n = tail - off < sizeof(chunk) ? (size_t)(tail - off) : sizeof(chunk);
		if (mem_read(c->mem, at + off, chunk, n) != 0) {
			v_add(s, v_sym(c->a, "???", 0));
			return true;
		}
		for (size_t i = 0; i < n && !nonzero; i++)
			nonzero = chunk[i] != 0;
	}
	if (!nonzero)
		return false;
	size_t n = tail < c->opt->strsize ? (size_t)tail : c->opt->strsize;
	char *buf = arena_alloc(c->a, n + 1);
	if (n && mem_read(c->mem, at, buf, n) != 0) {
		v_add(s, v_sym(c->a, "???", 0));
		return true;
	}
	struct value *v = v_str(c->a, buf, n, VS_HEX | (tail > n ? VS_TRUNC : 0));
	v_add(s, v_label(arena_printf(c->a, "/* bytes %llu..%llu */", (unsigned long long)known,
				      (unsigned long long)(size - 1)), v));
	return true;
}

struct value *mk_buf(struct dctx *c, uint64_t addr, uint64_t len)
{
	if (!addr)
		return mk_ptr(c, 0);
	if (c->opt->redact)
		return v_str(c->a, NULL, 0, VS_REDACTED);
	size_t n = len < c->opt->strsize ? len : c->opt->strsize;
	/* as strace: a buffer longer than -s is read one byte past what is shown */
	size_t rd = len > n ? n + 1 : n;
	char *buf = arena_alloc(c->a, rd + 1);
	if (rd && mem_read(c->mem, addr, buf, rd) != 0)
		return mk_ptr(c, addr);
	return v_str(c->a, buf, n, len > n ? VS_TRUNC : 0);
}

uint64_t array_limit(const struct dctx *c)
{
	return c->verbose ? UINT64_MAX : c->opt->strsize;
}

struct value *mk_ellipsis_at(struct dctx *c, uint64_t addr)
{
	return v_comment(v_ellipsis(c->a), arena_printf(c->a, "%#llx", (unsigned long long)addr));
}

struct value *mk_array(struct dctx *c, uint64_t addr, uint64_t n, size_t elsize, elem_fn elem, void *ud)
{
	if (!addr)
		return mk_ptr(c, 0);
	struct value *arr = v_list(c->a, V_ARRAY);
	char buf[256];
	if (elsize > sizeof(buf))
		return mk_ptr(c, addr);
	for (uint64_t i = 0; i < n; i++) {
		/* as strace: the element is read before the limit is checked, so an
		 * unreadable one past the limit still shows its address */
		if (mem_read(c->mem, addr + i * elsize, buf, elsize) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(arr, mk_ellipsis_at(c, addr + i * elsize));
			break;
		}
		if (i >= array_limit(c)) {
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		v_add(arr, elem(c, buf, ud));
	}
	return arr;
}

/* ---- signature argument types ---- */

struct value *mk_int_at(struct dctx *c, uint64_t addr)
{
	int32_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_int(c, v));
	return a;
}

struct value *mk_pid_at(struct dctx *c, uint64_t addr)
{
	struct value *a = mk_int_at(c, addr);
	if (a->kind == V_ARRAY && a->list.first)
		a->list.first->fmt = NF_PID;
	return a;
}

struct value *arg_int(struct dctx *c, int i, const void *d) { (void)d; return mk_int(c, (int32_t)c->arg[i]); }
struct value *arg_pid(struct dctx *c, int i, const void *d) { (void)d; return mk_pid(c, (int32_t)c->arg[i]); }
struct value *arg_pgid(struct dctx *c, int i, const void *d) { (void)d; return mk_pgid(c, (int32_t)c->arg[i]); }
struct value *arg_killpid(struct dctx *c, int i, const void *d)
{
	struct value *v = arg_pid(c, i, d);
	v->sflags = VPID_KILL;
	return v;
}
struct value *arg_uint(struct dctx *c, int i, const void *d) { (void)d; return mk_uint(c, (uint32_t)c->arg[i]); }
struct value *arg_long(struct dctx *c, int i, const void *d) { (void)d; return mk_int(c, arg_slong(c, i)); }
struct value *arg_ulong(struct dctx *c, int i, const void *d) { (void)d; return mk_uint(c, c->arg[i]); }
struct value *arg_hex(struct dctx *c, int i, const void *d) { (void)d; return mk_hex(c, c->arg[i]); }
struct value *arg_hex32(struct dctx *c, int i, const void *d) { (void)d; return mk_hex(c, (uint32_t)c->arg[i]); }
struct value *arg_ptr(struct dctx *c, int i, const void *d) { (void)d; return mk_ptr(c, c->arg[i]); }
struct value *arg_fd(struct dctx *c, int i, const void *d) { (void)d; return mk_fd(c, (int)c->arg[i]); }
struct value *arg_dirfd(struct dctx *c, int i, const void *d) { (void)d; return mk_dirfd(c, (int)c->arg[i]); }
struct value *arg_path(struct dctx *c, int i, const void *d) { (void)d; return mk_path(c, c->arg[i]); }
struct value *arg_str(struct dctx *c, int i, const void *d) { (void)d; return mk_cstr(c, c->arg[i], c->opt->strsize); }
/* a mode argument is printed as the kernel's 16-bit umode_t, as strace does */
struct value *arg_mode(struct dctx *c, int i, const void *d) { (void)d; return mk_mode(c, (uint32_t)c->arg[i] & 0177777); }
struct value *arg_flags(struct dctx *c, int i, const void *d) { return mk_flags(c, (uint32_t)c->arg[i], d); }
struct value *arg_flags64(struct dctx *c, int i, const void *d) { return mk_flags(c, c->arg[i], d); }
struct value *arg_enum(struct dctx *c, int i, const void *d) { return mk_enum(c, (uint32_t)c->arg[i], d); }
struct value *arg_enum_dec(struct dctx *c, int i, const void *d) { return v_enum(c->a, (uint64_t)(int64_t)(int32_t)c->arg[i], d, NF_DEC); }
struct value *arg_signo(struct dctx *c, int i, const void *d) { (void)d; return mk_signo(c, (int)c->arg[i]); }

struct value *arg_ibuf(struct dctx *c, int i, const void *d)
{
	(void)d;
	return mk_buf(c, c->arg[i], c->arg[i + 1]);
}

struct value *arg_obuf(struct dctx *c, int i, const void *d)
{
	(void)d;
	if (failed(c))
		return mk_ptr(c, c->arg[i]);
	return mk_buf(c, c->arg[i], (uint64_t)c->rval);
}

/* ---- driver ---- */

void decode_raw(struct dctx *c, int nargs)
{
	if (c->exiting)
		return;
	for (int i = 0; i < nargs; i++)
		add_arg(c, mk_hex(c, c->arg[i]));
}

static void decode_sig(struct dctx *c, const struct decoder *d, int nargs)
{
	int i = 0;
	if (c->exiting) {
		i = c->nentry;
	}
	for (; i < nargs && d->sig[i].fn; i++) {
		if (d->sig[i].out && !c->exiting) {
			c->pending = true;
			return;
		}
		add_arg(c, d->sig[i].fn(c, i, d->sig[i].data));
	}
	/* Arguments without a type in the signature print as hex. */
	for (; i < nargs; i++) {
		if (!c->exiting || i >= (int)c->nentry)
			add_arg(c, mk_hex(c, c->arg[i]));
	}
}

static void decode_dispatch(struct dctx *c);

void decode_syscall(struct dctx *c)
{
	decode_dispatch(c);
	if (c->opt->dump_read || c->opt->dump_write)
		decode_iodump(c);
	if (!c->exiting) {
		/* remember where the entry part ends: the printer splits lines there */
		c->nentry = 0;
		for (struct value *v = c->args->list.first; v; v = v->next)
			c->nentry++;
	}
}

static void decode_dispatch(struct dctx *c)
{
	const struct sysent *se = sysent_get(c->nr);
	if (!c->exiting) {
		c->lp32 = sc_pers(c->nr) == PERS_I386;
		c->time32 = c->lp32;
		c->retfmt = RET_DEC;
		c->verbose = c->opt->verbose;
		if (c->opt->verbose_set && c->nr >= 0 && c->nr < NSYSCALLS)
			c->verbose = c->opt->verbose_set[c->nr];
	}
	if (!se) {
		decode_raw(c, 6);
		c->retfmt = RET_HEX;
		return;
	}
	if (c->opt->raw_set && c->opt->raw_set[c->nr]) {
		decode_raw(c, se->nargs);
		c->retfmt = RET_HEX;
		return;
	}
	const struct decoder *d = se->dec;
	if (!d) {
		decode_raw(c, se->nargs);
		return;
	}
	if (!c->exiting && d->ret != RET_DEC)
		c->retfmt = d->ret;
	if (se->compat)
		compat_decode(c, se->compat);
	else
		decode_as(c, d, se->nargs);
}

void decode_as(struct dctx *c, const struct decoder *d, int nargs)
{
	if (d->fn)
		d->fn(c);
	else
		decode_sig(c, d, nargs);
}

const char *errno_name(int e)
{
	return e > 0 ? xlat_name(&xlat_errnos, e) : NULL;
}

const char *dctx_path(const struct dctx *c, size_t *len)
{
	const char *fdpath = NULL;
	bool have_fd = false;
	for (const struct value *v = c->args ? c->args->list.first : NULL; v; v = v->next) {
		if (v->kind == V_STR && (v->sflags & VS_PATH) && v->s.len) {
			*len = v->s.len;
			return v->s.p;
		}
		if (v->kind == V_FD && v->fd.fd != -100 && !have_fd) {
			have_fd = true;
			fdpath = v->fd.path;
		}
	}
	const char *p = fdpath ? fdpath : c->ret_path;
	*len = p ? strlen(p) : 0;
	return p;
}

/* A parameter the kernel names as a descriptor: fd, dfd, oldfd, fd_in, epfd, pidfd... */
static bool fd_param(int nr, int i)
{
	const char *n = sysent_argname(nr, i);
	if (!n || strstr(n, "nfds") || strstr(n, "max_fd") || strstr(n, "pollfd") || !strcmp(n, "ufds"))
		return false;
	size_t len = strlen(n);
	return !strncmp(n, "fd", 2) || (len >= 2 && !strcmp(n + len - 2, "fd")) || strstr(n, "fd_") != NULL;
}

static unsigned add_cap(struct capspec *out, unsigned n, struct capspec c)
{
	for (unsigned i = 0; i < n; i++)
		if (out[i].kind == c.kind && out[i].arg == c.arg && out[i].phase == c.phase &&
		    out[i].len == c.len && out[i].size == c.size)
			return n;
	if (n < CAPS_MAX)
		out[n++] = c;
	return n;
}

unsigned decoder_captures(int nr, struct capspec out[CAPS_MAX])
{
	if (nr < 0 || nr >= NSYSCALLS || !sysent[nr].dec)
		return 0;
	const struct decoder *d = sysent[nr].dec;
	unsigned n = 0;
	if (d->fn) {
		for (unsigned i = 0; i < 6 && d->caps[i].kind != CK_NONE; i++)
			n = add_cap(out, n, d->caps[i]);
		for (int i = 0; i < sysent[nr].nargs && i < 6; i++)
			if (fd_param(nr, i))
				n = add_cap(out, n, (struct capspec){ CK_FD, (uint8_t)i, CAPP_ENTRY, 0, 0 });
	} else {
		for (unsigned i = 0; i < 6 && d->sig[i].fn; i++) {
			struct capspec c = d->sig[i].cap;
			if (c.kind == CK_NONE)
				continue;
			c.arg = (uint8_t)i;
			if (c.len == CAPL_NEXT)
				c.len = (uint8_t)(i + 1);
			n = add_cap(out, n, c);
		}
	}
	if (d->ret == RET_FD)
		n = add_cap(out, n, (struct capspec){ CK_FD, CAPL_RET, CAPP_EXIT, 0, 0 });
	return n;
}
