/*
 * capture.c - recording what decoders read from a tracee, and serving those
 * reads again from the records (replay, and later eBPF-captured memory).
 * See capture.h for the record layout.
 */
#include "capture.h"
#include "common.h"

#include <string.h>

static void put_rec(struct capture *c, int kind, int flags, int details, uint64_t addr,
		    const void *data, uint32_t len)
{
	uint8_t h[CAP_HDR];
	h[0] = kind;
	h[1] = c->phase;
	h[2] = flags;
	h[3] = details;
	uint32_t n = data ? len : 0;
	if (flags & CAPF_FAIL)
		n = 0;
	memcpy(h + 4, &len, 4);
	memcpy(h + 8, &addr, 8);
	sbuf_putn(&c->buf, (const char *)h, CAP_HDR);
	if (n)
		sbuf_putn(&c->buf, data, n);
}

static int cap_read(const struct mem *m, uint64_t addr, void *buf, size_t len)
{
	struct capture *c = m->ctx;
	int r = c->inner->read(c->inner, addr, buf, len);
	if (len <= UINT32_MAX)
		put_rec(c, CAP_READ, r < 0 ? CAPF_FAIL : 0, 0, addr, buf, (uint32_t)len);
	return r;
}

static long cap_read_str(const struct mem *m, uint64_t addr, char *buf, size_t size, bool *terminated)
{
	struct capture *c = m->ctx;
	long n = c->inner->read_str(c->inner, addr, buf, size, terminated);
	if (n < 0)
		put_rec(c, CAP_STR, CAPF_FAIL, 0, addr, NULL, 0);
	else
		put_rec(c, CAP_STR, *terminated ? CAPF_TERM : 0, 0, addr, buf, (uint32_t)n);
	return n;
}

static const char *cap_fd_path(const struct mem *m, int fd, unsigned details, struct arena *a)
{
	struct capture *c = m->ctx;
	const char *p = c->inner->fd_path ? c->inner->fd_path(c->inner, fd, details, a) : NULL;
	put_rec(c, CAP_FD, p ? 0 : CAPF_NONE, details, (uint64_t)(int64_t)fd, p, p ? (uint32_t)strlen(p) : 0);
	return p;
}

void capture_reset(struct capture *c)
{
	c->buf.len = 0;
	c->phase = CAP_ENTRY;
}

const struct mem *capture_mem(struct capture *c, const struct mem *inner, int phase)
{
	c->phase = phase;
	c->inner = inner;
	c->m.read = cap_read;
	c->m.read_str = cap_read_str;
	c->m.fd_path = cap_fd_path;
	c->m.ctx = c;
	c->m.pid = inner ? inner->pid : 0;
	return &c->m;
}

void capture_free(struct capture *c)
{
	sbuf_free(&c->buf);
}

/* ---- replay ---- */

struct rec {
	uint8_t kind, phase, flags, details;
	uint32_t len;      /* as recorded */
	uint64_t addr;
	const uint8_t *data;
	uint32_t n;        /* bytes of data present */
};

/* Next record at *off; false at the end or on a malformed buffer. */
static bool next_rec(const uint8_t *p, size_t len, size_t *off, struct rec *r)
{
	if (*off + CAP_HDR > len)
		return false;
	const uint8_t *h = p + *off;
	r->kind = h[0];
	r->phase = h[1];
	r->flags = h[2];
	r->details = h[3];
	memcpy(&r->len, h + 4, 4);
	memcpy(&r->addr, h + 8, 8);
	r->n = (r->flags & (CAPF_FAIL | CAPF_NONE)) ? 0 : r->len;
	if (r->n > len - *off - CAP_HDR)
		return false;
	r->data = h + CAP_HDR;
	*off += CAP_HDR + r->n;
	return true;
}

bool capture_valid(const void *p, size_t len)
{
	size_t off = 0;
	struct rec r;
	while (next_rec(p, len, &off, &r))
		if (r.kind < CAP_READ || r.kind > CAP_FD)
			return false;
	return off == len;
}

/* Bytes known at addr in this phase: pointer and count, and whether a NUL follows them. */
static bool known_at(const struct capmem *cm, uint64_t addr, const uint8_t **data, uint64_t *avail, bool *nul_after)
{
	size_t off = 0;
	struct rec r;
	bool found = false;
	while (next_rec(cm->p, cm->len, &off, &r)) {
		if (r.phase != cm->phase || r.kind == CAP_FD)
			continue;
		/* a terminated string also tells the NUL after its bytes */
		bool term = r.kind == CAP_STR && (r.flags & CAPF_TERM);
		if (addr < r.addr || addr - r.addr > r.n || (addr - r.addr == r.n && !term))
			continue;
		uint64_t a = r.n - (addr - r.addr);
		if (!found || a > *avail) {
			*data = r.data + (addr - r.addr);
			*avail = a;
			*nul_after = r.kind == CAP_STR && (r.flags & CAPF_TERM);
			found = true;
		}
	}
	return found;
}

static int cm_read(const struct mem *m, uint64_t addr, void *buf, size_t len)
{
	const struct capmem *cm = m->ctx;
	size_t done = 0;
	/* a read may span records (a struct read in two steps); stitch them */
	while (done < len) {
		const uint8_t *d;
		uint64_t avail;
		bool nul;
		if (!known_at(cm, addr + done, &d, &avail, &nul))
			return -1;
		size_t n = avail < len - done ? avail : len - done;
		memcpy((char *)buf + done, d, n);
		done += n;
		if (done < len && n == avail && nul)
			((char *)buf)[done++] = 0;  /* the NUL after a string was read too */
		else if (!n)
			return -1;
	}
	return 0;
}

static long cm_read_str(const struct mem *m, uint64_t addr, char *buf, size_t size, bool *terminated)
{
	const struct capmem *cm = m->ctx;
	const uint8_t *d;
	uint64_t avail;
	bool nul;
	*terminated = false;
	if (!known_at(cm, addr, &d, &avail, &nul))
		return -1;
	uint64_t lim = avail < size ? avail : size;
	const uint8_t *z = memchr(d, 0, lim);
	if (z) {
		memcpy(buf, d, z - d + 1);
		*terminated = true;
		return z - d;
	}
	memcpy(buf, d, lim);
	if (lim < size && nul) {
		buf[lim] = 0;
		*terminated = true;
	}
	return (long)lim;
}

static const char *cm_fd_path(const struct mem *m, int fd, unsigned details, struct arena *a)
{
	const struct capmem *cm = m->ctx;
	size_t off = 0;
	struct rec r, best = { 0 };
	bool found = false;
	while (next_rec(cm->p, cm->len, &off, &r)) {
		if (r.kind != CAP_FD || (int)(int64_t)r.addr != fd || r.details != details)
			continue;
		if (!found || r.phase == cm->phase) {
			best = r;
			found = true;
		}
	}
	if (!found || (best.flags & CAPF_NONE))
		return NULL;
	char *s = arena_alloc(a, best.n + 1);
	memcpy(s, best.data, best.n);
	s[best.n] = 0;
	return s;
}

/*
 * What descriptor fd referred to, as captured in the phase being decoded
 * (else the other one): its text, or NULL; *none tells "it was not open"
 * (a record without text) from "nothing was captured".
 */
const char *capmem_fd_lookup(const struct capmem *cm, int fd, size_t *len, bool *none)
{
	size_t off = 0;
	struct rec r, best = { 0 };
	bool found = false;
	while (next_rec(cm->p, cm->len, &off, &r)) {
		if (r.kind != CAP_FD || (int)(int64_t)r.addr != fd)
			continue;
		if (!found || r.phase == cm->phase) {
			best = r;
			found = true;
		}
	}
	*none = found && (best.flags & CAPF_NONE);
	if (!found || *none)
		return NULL;
	*len = best.n;
	return (const char *)best.data;
}

bool capmem_init(struct capmem *cm, const void *p, size_t len, int pid)
{
	cm->p = p;
	cm->len = len;
	cm->phase = CAP_ENTRY;
	cm->m.read = cm_read;
	cm->m.read_str = cm_read_str;
	cm->m.fd_path = cm_fd_path;
	cm->m.ctx = cm;
	cm->m.pid = pid;
	return capture_valid(p, len);
}

const struct mem *capmem_phase(struct capmem *cm, int phase)
{
	cm->phase = phase;
	return &cm->m;
}
