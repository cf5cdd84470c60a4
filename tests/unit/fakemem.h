/*
 * fakemem.h - a struct mem over a few buffers at made-up tracee addresses,
 * so decoders can be tested without a tracee (the same interface the
 * eBPF backend will implement over captured memory).
 */
#ifndef SCTRACE_FAKEMEM_H
#define SCTRACE_FAKEMEM_H

#include "decode.h"
#include "render.h"

#include <string.h>

struct region {
	uint64_t addr;
	const void *data;
	size_t len;
};

static struct region regions[16];
static int nregions;

static void fake_map(uint64_t addr, const void *data, size_t len)
{
	regions[nregions++] = (struct region){ addr, data, len };
}

static int fake_read(const struct mem *m, uint64_t addr, void *buf, size_t len)
{
	(void)m;
	for (int i = 0; i < nregions; i++) {
		const struct region *r = &regions[i];
		if (addr >= r->addr && addr + len <= r->addr + r->len) {
			memcpy(buf, (const char *)r->data + (addr - r->addr), len);
			return 0;
		}
	}
	return -1;
}

static long fake_read_str(const struct mem *m, uint64_t addr, char *buf, size_t size, bool *term)
{
	size_t n = 0;
	*term = false;
	while (n < size) {
		if (fake_read(m, addr + n, buf + n, 1) != 0)
			return n ? (long)n : -1;
		if (buf[n] == '\0') {
			*term = true;
			return n;
		}
		n++;
	}
	return n;
}

static const char *fake_fd_path(const struct mem *m, int fd, unsigned details, struct arena *a)
{
	(void)m;
	(void)details;
	return arena_printf(a, "/fake/fd%d", fd);
}

static const struct mem fake_mem = { fake_read, fake_read_str, fake_fd_path, NULL, 1, NULL };

/* Decode one syscall (entry, then exit with rval) and render it like the printer. */
static char decoded[8192];
static struct decode_opts dopts = { .strsize = 32 };

static const char *decode_line(int nr, const uint64_t *args, int64_t rval, unsigned *nentry, bool *pending)
{
	static struct arena a;
	arena_reset(&a);
	struct dctx c = { .mem = &fake_mem, .opt = &dopts, .a = &a, .nr = nr };
	memcpy(c.arg, args, sizeof(c.arg));
	c.args = v_list(&a, V_SEQ);
	decode_syscall(&c);
	unsigned n = 0;
	for (struct value *v = c.args->list.first; v; v = v->next)
		n++;
	if (nentry)
		*nentry = n;
	if (pending)
		*pending = c.pending;
	c.exiting = true;
	c.rval = rval;
	c.err = rval < 0 && rval > -4096 ? (int)-rval : 0;
	decode_syscall(&c);
	struct sbuf b = { 0 };
	struct render_opts ro = { 0 };
	render_value(&b, c.args, &ro);
	sbuf_putc(&b, 0);
	snprintf(decoded, sizeof(decoded), "%s(%s)", sysent[nr].name, b.p);
	sbuf_free(&b);
	return decoded;
}

#endif
