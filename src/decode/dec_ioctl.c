/*
 * dec_ioctl.c - the ioctl decoder: request names (several names for one
 * number print as "A or B", unknown ones as _IOC(dir, type, nr, size)), and
 * the argument for the requests it knows: terminal structures (termios,
 * termio, winsize), modem and inode flags, ints the kernel reads or writes.
 */
#include "dec_ioctl.h"

#include <linux/ioctl.h>
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
	TIOCGLCKTRMIOS = 0x5456, TIOCSLCKTRMIOS = 0x5457,
	FIOASYNC = 0x5452,
	TCGETS2 = 0x802c542a, TCSETS2 = 0x402c542b, TCSETSW2 = 0x402c542c, TCSETSF2 = 0x402c542d,
	TIOCGPTN = 0x80045430, TIOCSPTLCK = 0x40045431, TIOCGPKT = 0x80045438,
	TIOCGPTLCK = 0x80045439, TIOCGEXCL = 0x80045440,
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
/* bare: without the comment on an unknown number (the name inside -X verbose's comment) */
static const char *named_or_hex(struct dctx *c, const struct xlat *x, unsigned v, bool bare)
{
	const char *n = xlat_name(x, v);
	return n ? n : bare ? arena_printf(c->a, "%#x", v) : arena_printf(c->a, "%#x /* %s */", v, x->unknown);
}

/*
 * Requests whose size or number carries a parameter, named for it as strace
 * does: the sound mixer's MIXER_READ(n)/MIXER_WRITE(n) (type 'M', read or
 * write only, any size), evdev's variable-length reads (type 'E') and
 * HID's (type 'H').
 */
static const char *ioctl_param_name(struct dctx *c, uint32_t code, bool bare)
{
	unsigned dir = code >> 30, size = (code >> 16) & 0x3fff, type = (code >> 8) & 0xff, nr = code & 0xff;
	enum { DIR_W = 1, DIR_R = 2 };
	if (type == 'M' && (dir == DIR_R || dir == DIR_W))
		return arena_printf(c->a, "MIXER_%s(%u)", dir == DIR_R ? "READ" : "WRITE", nr);
	if (type == 'H' && (dir & DIR_R)) {
		const char *h = xlat_name(&xlat_ioctl_hid_lenreqs, nr);
		return h ? arena_printf(c->a, "%s(%u)", h, size) : NULL;
	}
	if (type != 'E')
		return NULL;
	if (dir == DIR_W && nr >= 0xc0)
		return arena_printf(c->a, "EVIOCSABS(%s)", named_or_hex(c, &xlat_ioctl_evdev_abs, nr - 0xc0, bare));
	if (dir != DIR_R)
		return NULL;
	if (nr >= 0x40 && nr < 0x80)
		return arena_printf(c->a, "EVIOCGABS(%s)", named_or_hex(c, &xlat_ioctl_evdev_abs, nr - 0x40, bare));
	if (nr >= 0x20 && nr < 0x40)
		return arena_printf(c->a, "EVIOCGBIT(%s, %u)",
				    nr == 0x20 ? "0" : named_or_hex(c, &xlat_ioctl_evdev_types, nr - 0x20, bare), size);
	const char *n = xlat_name(&xlat_ioctl_evdev_lenreqs, nr);
	return n ? arena_printf(c->a, "%s(%u)", n, size) : NULL;
}

struct value *mk_ioctl_request(struct dctx *c, uint32_t code)
{
	unsigned first, end = xlat_range(&xlat_ioctl_names, code, &first);
	const char *param = ioctl_param_name(c, code, false);
	if (end > first || param) {
		const char *s = param ? param : xlat_ioctl_names.e[first++].name;
		const char *bare = param ? ioctl_param_name(c, code, true) : s;
		for (unsigned i = first; i < end; i++) {
			s = arena_printf(c->a, "%s or %s", s, xlat_ioctl_names.e[i].name);
			bare = arena_printf(c->a, "%s or %s", bare, xlat_ioctl_names.e[i].name);
		}
		if (strcmp(s, bare) == 0)
			return v_const(c->a, s, code, NF_HEX);
		/* an unknown parameter: -X verbose's comment names it without its own comment */
		struct value *v = v_alt(v_sym(c->a, s, code), v_const(c->a, bare, code, NF_HEX));
		v->xs |= XS_ALT_ALL;
		return v;
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

/* ---- shared argument forms (dec_ioctl.h) ---- */

struct value *ioh_int(struct dctx *c, uint64_t arg, const void *x) { return mk_ioctl_int(c, arg, x, false); }
struct value *ioh_u64(struct dctx *c, uint64_t arg, const void *x) { return mk_ioctl_int(c, arg, x, true); }
struct value *ioh_val_int(struct dctx *c, uint64_t arg, const void *x) { (void)x; return mk_int(c, (int32_t)arg); }
struct value *ioh_val_ulong(struct dctx *c, uint64_t arg, const void *x) { (void)x; return mk_uint(c, arg); }
struct value *ioh_val_hex(struct dctx *c, uint64_t arg, const void *x) { (void)x; return mk_hex(c, arg); }
struct value *ioh_val_ptr(struct dctx *c, uint64_t arg, const void *x) { (void)x; return mk_ptr(c, arg); }
struct value *ioh_val_flags(struct dctx *c, uint64_t arg, const void *x) { return mk_flags(c, (uint32_t)arg, x); }
struct value *ioh_val_enum(struct dctx *c, uint64_t arg, const void *x) { return mk_enum(c, arg, x); }
struct value *ioh_val_fd(struct dctx *c, uint64_t arg, const void *x) { (void)x; return mk_fd(c, (int)arg); }
struct value *ioh_str(struct dctx *c, uint64_t arg, const void *x) { (void)x; return mk_cstr(c, arg, c->opt->strsize); }

struct value *ioh_uint(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint32_t v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_uint(c, v));
	return a;
}

struct value *ioh_x64(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint64_t v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_hex(c, v));
	return a;
}

struct value *ioh_chars(struct dctx *c, const void *p, size_t n)
{
	char *s = arena_alloc(c->a, n + 1);
	memcpy(s, p, n);
	size_t len = strnlen(s, n);
	if (len < n)
		return v_str(c->a, s, len, 0);
	return v_str(c->a, s, n ? n - 1 : 0, VS_TRUNC);
}

struct value *ioh_bits(struct dctx *c, uint64_t v, const struct xlat *bits, const char *fmt)
{
	struct value *o = v_list(c->a, V_OR);
	uint64_t orig = v;
	for (unsigned i = 0; i < bits->n; i++) {
		uint64_t m = 1ull << bits->e[i].val;
		if (v & m) {
			v_add(o, v_sym(c->a, arena_printf(c->a, fmt, bits->e[i].name), m));
			v &= ~m;
		}
	}
	if (!o->list.first) {
		struct value *h = mk_hex(c, v);
		return v && bits->unknown ? v_comment(h, bits->unknown) : h;
	}
	if (v)
		v_add(o, mk_hex(c, v));
	return v_whole(o, orig, NF_HEX);   /* -X raw: the number */
}

/* ---- terminals ---- */

static struct value *ioh_termios(struct dctx *c, uint64_t arg, const void *kind)
{
	return mk_termios(c, arg, (int)(intptr_t)kind);
}

static struct value *ioh_winsize(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return mk_winsize(c, arg);
}

static struct value *ioh_byte(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return mk_buf(c, arg, 1);
}

#define TERMIOS_KIND(k) ((const void *)(intptr_t)(k))

static const struct ioctl_handler term_handlers[] = {
	{ TCGETS, IOH_OUT, 0, ioh_termios, TERMIOS_KIND(1) },
	{ TCSETS, IOH_IN, 0, ioh_termios, TERMIOS_KIND(1) },
	{ TCSETSW, IOH_IN, 0, ioh_termios, TERMIOS_KIND(1) },
	{ TCSETSF, IOH_IN, 0, ioh_termios, TERMIOS_KIND(1) },
	{ TCGETS2, IOH_OUT, 0, ioh_termios, TERMIOS_KIND(2) },
	{ TCSETS2, IOH_IN, 0, ioh_termios, TERMIOS_KIND(2) },
	{ TCSETSW2, IOH_IN, 0, ioh_termios, TERMIOS_KIND(2) },
	{ TCSETSF2, IOH_IN, 0, ioh_termios, TERMIOS_KIND(2) },
	{ TCGETA, IOH_OUT, 0, ioh_termios, TERMIOS_KIND(0) },
	{ TCSETA, IOH_IN, 0, ioh_termios, TERMIOS_KIND(0) },
	{ TCSETAW, IOH_IN, 0, ioh_termios, TERMIOS_KIND(0) },
	{ TCSETAF, IOH_IN, 0, ioh_termios, TERMIOS_KIND(0) },
	{ TIOCGLCKTRMIOS, IOH_OUT, 0, ioh_termios, TERMIOS_KIND(1) },
	{ TIOCSLCKTRMIOS, IOH_IN, 0, ioh_termios, TERMIOS_KIND(1) },
	{ TIOCGWINSZ, IOH_OUT, 0, ioh_winsize, NULL },
	{ TIOCSWINSZ, IOH_IN, 0, ioh_winsize, NULL },
	{ TIOCSPGRP, IOH_IN, 0, ioh_int, NULL },
	{ FIONBIO, IOH_IN, 0, ioh_int, NULL },
	{ FIOASYNC, IOH_IN, 0, ioh_int, NULL },
	{ TIOCSPTLCK, IOH_IN, 0, ioh_int, NULL },
	{ TIOCSETD, IOH_IN, 0, ioh_int, NULL },
	{ TIOCPKT, IOH_IN, 0, ioh_int, NULL },
	{ TIOCSSOFTCAR, IOH_IN, 0, ioh_int, NULL },
	{ TIOCMSET, IOH_IN, 0, ioh_int, &xlat_tiocm_flags },
	{ TIOCMBIS, IOH_IN, 0, ioh_int, &xlat_tiocm_flags },
	{ TIOCMBIC, IOH_IN, 0, ioh_int, &xlat_tiocm_flags },
	{ TIOCMGET, IOH_OUT, 0, ioh_int, &xlat_tiocm_flags },
	{ TCFLSH, IOH_IN, 0, ioh_val_enum, &xlat_tcflsh_args },
	{ TCXONC, IOH_IN, 0, ioh_val_enum, &xlat_tcxonc_args },
	{ TIOCSTI, IOH_IN, 0, ioh_byte, NULL },
	{ TCSBRK, IOH_IN, 0, ioh_val_int, NULL },
	{ TCSBRKP, IOH_IN, 0, ioh_val_int, NULL },
	{ TIOCSCTTY, IOH_IN, 0, ioh_val_int, NULL },
	{ TIOCGPGRP, IOH_OUT, 0, ioh_int, NULL },
	{ TIOCGSID, IOH_OUT, 0, ioh_int, NULL },
	{ FIONREAD, IOH_OUT, 0, ioh_int, NULL },
	{ TIOCOUTQ, IOH_OUT, 0, ioh_int, NULL },
	{ TIOCGPTN, IOH_OUT, 0, ioh_int, NULL },
	{ TIOCGETD, IOH_OUT, 0, ioh_int, NULL },
	{ TIOCGSOFTCAR, IOH_OUT, 0, ioh_int, NULL },
	{ TIOCGPKT, IOH_OUT, 0, ioh_int, NULL },
	{ TIOCGPTLCK, IOH_OUT, 0, ioh_int, NULL },
	{ TIOCGEXCL, IOH_OUT, 0, ioh_int, NULL },
};

IOCTL_TABLE(term, term_handlers);

/* ---- dispatch ---- */

static const struct ioctl_table *const ioctl_tables[] = { &ioctl_tab_term, &ioctl_tab_blk, &ioctl_tab_sys, &ioctl_tab_mtd, &ioctl_tab_dm, &ioctl_tab_rtc, &ioctl_tab_tee, &ioctl_tab_scsi, &ioctl_tab_kvm, &ioctl_tab_sock, &ioctl_tab_evdev, &ioctl_tab_ptp, &ioctl_tab_gpio, &ioctl_tab_kd, &ioctl_tab_misc, &ioctl_tab_uffd, &ioctl_tab_v4l2 };

/*
 * Requests whose number or size is a parameter: one handler row, at the code
 * with the parameter's bits (mask) cleared, serves them all.
 */
static const struct { uint32_t code, mask; } ioctl_param_rows[] = {
	{ _IOC(_IOC_READ, 'E', 0x40, 0), _IOC(0, 0, 0x3f, _IOC_SIZEMASK) },   /* EVIOCGABS(abs) */
	{ _IOC(_IOC_READ, 'E', 0x0a, 0), _IOC(0, 0, 0, _IOC_SIZEMASK) },      /* EVIOCGMTSLOTS(len) */
	{ _IOC(_IOC_READ, 'E', 0x20, 0), _IOC(0, 0, 0x1f, _IOC_SIZEMASK) },   /* EVIOCGBIT(type, len) */
};

static const struct ioctl_handler *ioctl_handler_at(uint32_t code);

static const struct ioctl_handler *ioctl_handler(uint32_t code)
{
	const struct ioctl_handler *h = ioctl_handler_at(code);
	for (unsigned i = 0; !h && i < ARRAY_SIZE(ioctl_param_rows); i++)
		if ((code & ~ioctl_param_rows[i].mask) == ioctl_param_rows[i].code)
			h = ioctl_handler_at(ioctl_param_rows[i].code);
	return h;
}

static const struct ioctl_handler *ioctl_handler_at(uint32_t code)
{
	for (unsigned t = 0; t < ARRAY_SIZE(ioctl_tables); t++)
		for (unsigned i = 0; i < ioctl_tables[t]->n; i++)
			if (ioctl_tables[t]->h[i].code == code)
				return &ioctl_tables[t]->h[i];
	return NULL;
}

/* A request without a decoder: NULL-or-address, decimal or hex, as strace's tables say */
static struct value *ioctl_arg_plain(struct dctx *c, uint32_t code, uint64_t arg)
{
	if (in_sorted(&xlat_ioctl_arg_dec, code))
		return mk_uint(c, arg);
	/* evdev: every read-only or write-only request takes a pointer */
	if (((code >> 8) & 0xff) == 'E' && ((code >> 30) == 1 || (code >> 30) == 2))
		return mk_ptr(c, arg);
	if (in_sorted(&xlat_ioctl_arg_ptr, code))
		return mk_ptr(c, arg);
	return mk_hex(c, arg);
}

/*
 * An i386 program's request: decoded with the x86_64 handler when its
 * argument is laid out the same.  A request with a size in its number has
 * another number where the i386 struct differs (the kernel's compat ioctls
 * rely on that); of the old ones without a size, the terminal requests
 * ('T') take ints and structs of ints, but for the serial ones.
 */
static bool same_on_i386(uint32_t code)
{
	if (_IOC_SIZE(code))
		return true;
	return _IOC_TYPE(code) == 'T' && code != TIOCGSERIAL && code != TIOCSSERIAL;
}

static void dec_ioctl(struct dctx *c)
{
	uint32_t code = c->arg[1];
	uint64_t arg = c->arg[2];
	const struct ioctl_handler *h = ioctl_handler(code);
	if (h && c->lp32 && !same_on_i386(code))
		h = NULL;   /* the argument as a number or address */
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		add_arg(c, mk_ioctl_request(c, code));
		if (h && h->ret)
			c->retfmt = h->ret;
		if (!h) {
			if (!in_sorted(&xlat_ioctl_arg_none, code))
				add_arg(c, ioctl_arg_plain(c, code, arg));
			return;
		}
		if (h->when == IOH_IN) {
			add_arg(c, h->fn(c, arg, h->data));
			return;
		}
		if (h->when == IOH_NOARG)
			return;
		if (h->when == IOH_RET) {
			c->pending = true;
			c->sep_at_exit = true;
			return;
		}
		struct value *v = h->when != IOH_OUT ? h->fn(c, arg, h->data) : NULL;
		c->pending = true;
		/* 1: shown at entry, 2: only its address could be shown (nothing follows) */
		c->priv[3] = !v ? 0 : v->kind == V_NUM && v->fmt == NF_PTR ? 2 : 1;
		if (v) {
			add_arg(c, v);
			c->sep_at_exit = true;
		}
		return;
	}
	if (!c->pending || !h || c->priv[3] == 2)
		return;
	if (h->when == IOH_RET) {
		if (!failed(c))
			h->fn(c, arg, h->data);
		return;
	}
	bool shown = c->priv[3];
	if (failed(c) && h->when != IOH_INOUT_ALWAYS) {
		if (!shown || h->when == IOH_INOUT_FAILADDR) {
			add_arg(c, mk_ptr(c, arg));
			c->exit_continues = shown;
		}
		return;
	}
	struct value *v = h->fn(c, arg, h->data);
	if (v) {
		add_arg(c, v);
		c->exit_continues = shown;
	}
}

IOCTL_FITS(struct k_termios2);

static const struct decoder ioctl_decoders[] = {
	/*
	 * The third argument, at entry (the requests the kernel reads) and exit
	 * (the ones it writes): the structs the handlers read, in three sizes
	 * (dec_ioctl.h).
	 */
	DECODE(ioctl, dec_ioctl, CAP_INOUT(2, IOCTL_CAP_SMALL), CAP_INOUT(2, IOCTL_CAP_MID),
	       CAP_INOUT(2, IOCTL_CAP_MAX)),
};

DECODER_TABLE(ioctl, ioctl_decoders);
