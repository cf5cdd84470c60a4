/*
 * dec_ioctl.c - the ioctl decoder: request names (several names for one
 * number print as "A or B", unknown ones as _IOC(dir, type, nr, size)), and
 * the argument for the requests it knows: terminal structures (termios,
 * termio, winsize), modem and inode flags, ints the kernel reads or writes.
 */
#include "decode.h"

#include <string.h>

/* ---- ioctl ---- */

enum {
	TCGETS = 0x5401, TCSETS, TCSETSW, TCSETSF, TCGETA, TCSETA, TCSETAW, TCSETAF,
	TCSBRK, TCXONC, TCFLSH, TIOCEXCL, TIOCNXCL, TIOCSCTTY, TIOCGPGRP, TIOCSPGRP,
	TIOCOUTQ, TIOCSTI, TIOCGWINSZ, TIOCSWINSZ, TIOCMGET, TIOCMBIS, TIOCMBIC,
	TIOCMSET, TIOCGSOFTCAR, TIOCSSOFTCAR, FIONREAD, TIOCLINUX, TIOCCONS,
	TIOCGSERIAL, TIOCSSERIAL, TIOCPKT, FIONBIO, TIOCNOTTY, TIOCSETD, TIOCGETD,
	TCSBRKP,
	TIOCGSID = 0x5429,
	FIOASYNC = 0x5452,
	TCGETS2 = 0x802c542a, TCSETS2 = 0x402c542b, TCSETSW2 = 0x402c542c, TCSETSF2 = 0x402c542d,
	TIOCGPTN = 0x80045430, TIOCSPTLCK = 0x40045431, TIOCGPKT = 0x80045438,
	TIOCGPTLCK = 0x80045439, TIOCGEXCL = 0x80045440,
	BLKGETSIZE64 = 0x80081272, BLKSSZGET = 0x1268,
	FS_IOC_GETFLAGS = 0x80086601, FS_IOC_SETFLAGS = 0x40086602,
};

/* Entries of a value-sorted xlat table equal to v: [*first, return) */
static unsigned xlat_range(const struct xlat *x, uint64_t v, unsigned *first)
{
	unsigned lo = 0, hi = x->n;
	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;
		if (x->e[mid].val < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	while (hi < x->n && x->e[hi].val == v)
		hi++;
	return hi;
}

static bool in_sorted(const struct xlat *x, uint64_t v)
{
	unsigned first;
	return xlat_range(x, v, &first) > first;
}

/* The request: "TCGETS", "SNDCTL_TMR_START or TCSETS", or _IOC(dir, type, nr, size) */
static struct value *mk_ioctl_request(struct dctx *c, uint32_t code)
{
	unsigned first, end = xlat_range(&xlat_ioctl_names, code, &first);
	if (end > first) {
		const char *s = xlat_ioctl_names.e[first].name;
		for (unsigned i = first + 1; i < end; i++)
			s = arena_printf(c->a, "%s or %s", s, xlat_ioctl_names.e[i].name);
		return v_const(c->a, s, code, NF_HEX);
	}
	static const char *const dirs[] = { "_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE" };
	unsigned dir = code >> 30, size = (code >> 16) & 0x3fff, type = (code >> 8) & 0xff, nr = code & 0xff;
	struct value *v = v_call(c->a, "_IOC");
	v_add(v, v_sym(c->a, dirs[dir], dir));
	v_add(v, mk_hex(c, type));
	v_add(v, mk_hex(c, nr));
	v_add(v, mk_hex(c, size));
	return v_whole(v, code, NF_HEX);
}

/* A termios flag word; strace prints an empty string for no flags. */
static struct value *mk_tflags(struct dctx *c, uint32_t v, const struct xlat *x)
{
	return v ? v_flags(c->a, v, x, NF_HEX) : v_sym(c->a, "", 0);
}

/* a field of a termios flag word, NL0 or CS8; -X raw prints its bits (f & mask) */
static struct value *mk_tsym(struct dctx *c, const char *fmt, uint32_t f, uint32_t mask, unsigned shift,
			     unsigned base)
{
	return v_const(c->a, arena_printf(c->a, fmt, base + ((f & mask) >> shift)), f & mask, NF_HEX);
}

static struct value *mk_c_oflag(struct dctx *c, uint32_t f)
{
	struct value *v = v_list(c->a, V_OR);
	v_add(v, mk_tsym(c, "NL%u", f, 0400, 8, 0));
	v_add(v, mk_tsym(c, "CR%u", f, 03000, 9, 0));
	v_add(v, (f & 014000) == 014000 ? v_const(c->a, "XTABS", 014000, NF_HEX)
					: mk_tsym(c, "TAB%u", f, 014000, 11, 0));
	v_add(v, mk_tsym(c, "BS%u", f, 020000, 13, 0));
	v_add(v, mk_tsym(c, "VT%u", f, 040000, 14, 0));
	v_add(v, mk_tsym(c, "FF%u", f, 0100000, 15, 0));
	v_add(v, mk_tflags(c, f & ~0177400u, &xlat_termios_oflags));
	return v;
}

static struct value *mk_c_cflag(struct dctx *c, uint32_t f)
{
	const uint32_t cbaud = 010017;
	struct value *v = v_list(c->a, V_OR);
	v_add(v, v_enum(c->a, f & cbaud, &xlat_termios_bauds, NF_HEX));
	uint32_t ibaud = (f >> 16) & cbaud;
	if (ibaud) {
		const char *n = xlat_name(&xlat_termios_bauds, ibaud);
		v_add(v, v_sym(c->a, arena_printf(c->a, "%s<<IBSHIFT", n ? n : "0"), ibaud));
	}
	v_add(v, mk_tsym(c, "CS%u", f, 060, 4, 5));
	v_add(v, mk_tflags(c, f & ~(cbaud | (cbaud << 16) | 060u), &xlat_termios_cflags));
	return v;
}

/* struct termios2; struct termios is its first 36 bytes */
struct k_termios2 { uint32_t i, o, c, l; uint8_t line, cc[19]; uint32_t ispeed, ospeed; };

/* struct termios (nccs 19), termios2 (with speeds) or the old struct termio (nccs 8) */
static struct value *mk_termios(struct dctx *c, uint64_t addr, int kind)
{
	struct k_termios2 t;
	struct { uint16_t i, o, c, l; uint8_t line, cc[8]; } o;
	struct value *fb;
	unsigned ncc = 19;
	if (kind == 0) {
		if (!fetch(c, addr, &o, sizeof(o), &fb))
			return fb;
		t.i = o.i; t.o = o.o; t.c = o.c; t.l = o.l; t.line = o.line;
		memcpy(t.cc, o.cc, sizeof(o.cc));
		ncc = 8;
	} else if (!fetch(c, addr, &t, kind == 2 ? sizeof(t) : 36, &fb)) {
		return fb;
	}
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "c_iflag", mk_tflags(c, t.i, &xlat_termios_iflags));
	v_field(s, "c_oflag", mk_c_oflag(c, t.o));
	v_field(s, "c_cflag", mk_c_cflag(c, t.c));
	v_field(s, "c_lflag", mk_tflags(c, t.l, &xlat_termios_lflags));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	v_field(s, "c_line", mk_enum(c, t.line, &xlat_termios_line));
	struct value *cc = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < ncc; i++) {
		const char *n = xlat_name(&xlat_termios_cc, i);
		v_field(cc, n ? arena_printf(c->a, "[%s]", n) : arena_printf(c->a, "[%u]", i),
			mk_hex(c, t.cc[i]));
	}
	v_field(s, "c_cc", cc);
	if (kind == 2) {
		v_field(s, "c_ispeed", mk_uint(c, t.ispeed));
		v_field(s, "c_ospeed", mk_uint(c, t.ospeed));
	}
	return s;
}

static struct value *mk_winsize(struct dctx *c, uint64_t addr)
{
	struct { uint16_t row, col, x, y; } w;
	struct value *fb;
	if (!fetch(c, addr, &w, sizeof(w), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "ws_row", mk_uint(c, w.row));
	v_field(s, "ws_col", mk_uint(c, w.col));
	v_field(s, "ws_xpixel", mk_uint(c, w.x));
	v_field(s, "ws_ypixel", mk_uint(c, w.y));
	return s;
}

/* [int], [flags] or [u64] at addr */
static struct value *mk_ioctl_int(struct dctx *c, uint64_t addr, const struct xlat *x, bool u64)
{
	uint64_t v = 0;
	struct value *fb;
	if (!fetch(c, addr, &v, u64 ? 8 : 4, &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	if (x)
		v_add(a, mk_flags(c, v, x));
	else
		v_add(a, u64 ? mk_uint(c, v) : mk_int(c, (int32_t)v));
	return a;
}

/* How the third argument is shown: what the kernel reads (entry) or writes (exit). */
static struct value *ioctl_arg_entry(struct dctx *c, uint32_t code, uint64_t arg, bool *later)
{
	switch (code) {
	case TCSETS: case TCSETSW: case TCSETSF:
		return mk_termios(c, arg, 1);
	case TCSETS2: case TCSETSW2: case TCSETSF2:
		return mk_termios(c, arg, 2);
	case TCSETA: case TCSETAW: case TCSETAF:
		return mk_termios(c, arg, 0);
	case TIOCSWINSZ:
		return mk_winsize(c, arg);
	case TIOCSPGRP: case FIONBIO: case FIOASYNC: case TIOCSPTLCK: case TIOCSETD:
	case TIOCPKT: case TIOCSSOFTCAR:
		return mk_ioctl_int(c, arg, NULL, false);
	case TIOCMSET: case TIOCMBIS: case TIOCMBIC:
		return mk_ioctl_int(c, arg, &xlat_tiocm_flags, false);
	case FS_IOC_SETFLAGS:
		return mk_ioctl_int(c, arg, &xlat_fs_inode_flags, false);
	case TCFLSH:
		return mk_enum(c, arg, &xlat_tcflsh_args);
	case TCXONC:
		return mk_enum(c, arg, &xlat_tcxonc_args);
	case TIOCSTI:
		return mk_buf(c, arg, 1);
	case TCSBRK: case TCSBRKP: case TIOCSCTTY:
		return mk_int(c, (int32_t)arg);
	case TCGETS: case TCGETS2: case TCGETA: case TIOCGWINSZ: case TIOCGPGRP:
	case TIOCGSID: case FIONREAD: case TIOCOUTQ: case TIOCGPTN: case TIOCGETD:
	case TIOCMGET: case TIOCGSOFTCAR: case TIOCGPKT: case TIOCGPTLCK: case TIOCGEXCL:
	case BLKGETSIZE64: case BLKSSZGET: case FS_IOC_GETFLAGS:
		*later = true;
		return NULL;
	}
	if (in_sorted(&xlat_ioctl_arg_dec, code))
		return mk_uint(c, arg);
	if (in_sorted(&xlat_ioctl_arg_ptr, code))
		return mk_ptr(c, arg);
	return mk_hex(c, arg);
}

static struct value *ioctl_arg_exit(struct dctx *c, uint32_t code, uint64_t arg)
{
	if (failed(c))
		return mk_ptr(c, arg);
	switch (code) {
	case TCGETS:
		return mk_termios(c, arg, 1);
	case TCGETS2:
		return mk_termios(c, arg, 2);
	case TCGETA:
		return mk_termios(c, arg, 0);
	case TIOCGWINSZ:
		return mk_winsize(c, arg);
	case TIOCMGET:
		return mk_ioctl_int(c, arg, &xlat_tiocm_flags, false);
	case BLKGETSIZE64:
		return mk_ioctl_int(c, arg, NULL, true);
	case FS_IOC_GETFLAGS:
		return mk_ioctl_int(c, arg, &xlat_fs_inode_flags, false);
	}
	return mk_ioctl_int(c, arg, NULL, false);
}

static void dec_ioctl(struct dctx *c)
{
	uint32_t code = c->arg[1];
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		add_arg(c, mk_ioctl_request(c, code));
		if (in_sorted(&xlat_ioctl_arg_none, code))
			return;
		bool later = false;
		struct value *v = ioctl_arg_entry(c, code, c->arg[2], &later);
		if (later)
			c->pending = true;
		else
			add_arg(c, v);
		return;
	}
	if (c->pending)
		add_arg(c, ioctl_arg_exit(c, code, c->arg[2]));
}

static const struct decoder ioctl_decoders[] = {
	/*
	 * The third argument, at entry (the requests the kernel reads) and exit
	 * (the ones it writes): termios2 is the largest struct decoded there.
	 */
	DECODE(ioctl, dec_ioctl, CAP_INOUT(2, sizeof(struct k_termios2))),
};

DECODER_TABLE(ioctl, ioctl_decoders);
