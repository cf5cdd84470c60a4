/*
 * fuzz_decode.c - libFuzzer target for the decoders and the renderer.
 * The input chooses a syscall number, six argument registers, a return
 * value, decode options, and the bytes of tracee memory: one blob mapped at
 * BASE, so arguments the fuzzer points into it reach the struct decoders.
 * Everything goes through the same struct mem the ptrace backend provides.
 */
#include "decode.h"
#include "render.h"

#include <string.h>

#define BASE 0x10000000ull

static const uint8_t *blob;
static size_t blob_len;

static int blob_read(const struct mem *m, uint64_t addr, void *buf, size_t len)
{
	(void)m;
	if (addr < BASE || addr - BASE > blob_len || len > blob_len - (addr - BASE))
		return -1;
	memcpy(buf, blob + (addr - BASE), len);
	return 0;
}

static long blob_read_str(const struct mem *m, uint64_t addr, char *buf, size_t size, bool *term)
{
	size_t n = 0;
	*term = false;
	while (n < size) {
		if (blob_read(m, addr + n, buf + n, 1) != 0)
			return n ? (long)n : -1;
		if (!buf[n]) {
			*term = true;
			return n;
		}
		n++;
	}
	return n;
}

static const char *blob_fd_path(const struct mem *m, int fd, unsigned details, struct arena *a)
{
	(void)m;
	(void)details;
	return fd & 1 ? arena_printf(a, "/fd/%d", fd) : NULL;
}

static const struct mem fuzz_mem = { blob_read, blob_read_str, blob_fd_path, NULL, 1, NULL };

struct header {
	uint16_t nr;
	uint8_t opts;
	uint8_t strsize;
	uint64_t args[6];
	int64_t rval;
	uint64_t sp;
};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static bool init;
	static struct arena a;
	if (!init) {
		decoders_init();
		init = true;
	}
	struct header h;
	if (size < sizeof(h))
		return 0;
	memcpy(&h, data, sizeof(h));
	blob = data + sizeof(h);
	blob_len = size - sizeof(h);

	struct decode_opts o = { .strsize = h.strsize, .verbose = h.opts & 1, .decode_fds = (h.opts >> 1) & FD_ALL };
	arena_reset(&a);
	struct dctx c = { .mem = &fuzz_mem, .opt = &o, .a = &a, .nr = h.nr % (NSYSCALLS + 64), .sp = h.sp };
	/* low bit set: make the argument point into the blob */
	for (int i = 0; i < 6; i++)
		c.arg[i] = (h.opts & (4 << (i % 6))) ? BASE + (h.args[i] % (blob_len + 1)) : h.args[i];
	c.args = v_list(&a, V_SEQ);
	decode_syscall(&c);
	c.exiting = true;
	c.rval = h.rval;
	c.err = h.rval < 0 && h.rval > -4096 ? (int)-h.rval : 0;
	decode_syscall(&c);

	struct sbuf b = { 0 };
	struct render_opts ro = { .xflag = h.opts >> 6 };
	render_value(&b, c.args, &ro);
	if (c.ret_aux)
		render_value(&b, c.ret_aux, &ro);
	sbuf_free(&b);

	/* the siginfo decoder sees raw kernel bytes too */
	if (blob_len >= 128) {
		arena_reset(&a);
		struct value *v = mk_siginfo(&c, blob);
		render_value(&b, v, &ro);
		sbuf_free(&b);
	}
	return 0;
}
