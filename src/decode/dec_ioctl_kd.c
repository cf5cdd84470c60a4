/*
 * dec_ioctl_kd.c - ioctl arguments of the virtual console (KD*, GIO_*,
 * PIO_*): tones, LEDs, display and keyboard modes, key codes, repeat rates,
 * the keyboard table entries and function key strings, and the font and
 * map tables, the accent tables, font operations and the Unicode maps.
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/kd.h>
#include <linux/keyboard.h>
#include <string.h>

#define PIT_TICK_RATE 1193182u   /* the PC speaker's timer input, Hz */
#define KD_GPFIRST 0x3b4
#define KD_GPLAST 0x3df

/* KIOCSOUND: the timer divisor, and the frequency it makes */
static struct value *ioh_kd_sound(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct value *v = mk_uint(c, arg);
	v->xs |= XS_COMMENT_NORAW;   /* -X raw: the number alone */
	if (!arg || arg > PIT_TICK_RATE)
		return v_comment(v, "off");
	return v_comment(v, arena_printf(c->a, "%u Hz", PIT_TICK_RATE / (unsigned)arg));
}

/* KDMKTONE: duration in ms (high half) and divisor (low half) */
static struct value *ioh_kd_tone(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	unsigned count = arg & 0xffff, ms = (arg >> 16) & 0xffff;
	struct value *v = ms ? v_sym(c->a, arena_printf(c->a, "%u<<16|%u", ms, count), arg) : mk_uint(c, count);
	v->xs |= XS_COMMENT_NORAW;
	if (!count || !ms)
		return v_comment(v, "off");
	return v_comment(v, arena_printf(c->a, "%u Hz, %u ms", PIT_TICK_RATE / count, ms));
}

/* KDADDIO, KDDELIO: an I/O port, relative to the first one a console may use */
static struct value *ioh_kd_port(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct value *v = mk_hex(c, arg);
	v->xs |= XS_COMMENT_NORAW;
	if (arg >= KD_GPFIRST && arg <= KD_GPLAST)
		v_comment(v, arena_printf(c->a, "GPFIRST + %u", (unsigned)(arg - KD_GPFIRST)));
	return v;
}

static struct value *ioh_kd_leds(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return mk_flags(c, (uint8_t)arg, &xlat_ioctl_kd_leds);
}

/* KDSKBLED: the LEDs (low nibble) and their defaults (high nibble, LED_x<<4) */
static struct value *mk_kd_kbleds(struct dctx *c, uint64_t arg)
{
	const struct xlat *l = &xlat_ioctl_kd_leds;
	uint64_t v = (uint8_t)arg, rest = v;
	struct value *o = v_list(c->a, V_OR);
	for (unsigned shift = 0; shift <= 4; shift += 4)
		for (unsigned i = 0; i < l->n; i++)
			if (v & (l->e[i].val << shift)) {
				v_add(o, v_sym(c->a, shift ? arena_printf(c->a, "%s<<4", l->e[i].name) : l->e[i].name,
					       l->e[i].val << shift));
				rest &= ~(l->e[i].val << shift);
			}
	if (!o->list.first) {
		struct value *h = mk_hex(c, v);
		h->xs |= XS_COMMENT_NORAW;
		return v ? v_comment(h, l->unknown) : h;
	}
	if (rest)
		v_add(o, mk_hex(c, rest));
	return v_whole(o, v, NF_HEX);
}

static struct value *ioh_kd_kbleds(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return mk_kd_kbleds(c, arg);
}

static struct value *ioh_kd_enum32(struct dctx *c, uint64_t arg, const void *x)
{
	return mk_enum(c, (uint32_t)arg, x);
}

/* KDSKBMODE: unknown modes in decimal */
static struct value *ioh_kd_kbmode(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return v_enum(c->a, (uint64_t)(int64_t)(int32_t)arg, &xlat_ioctl_kd_kbmodes, NF_DEC);
}

static struct value *ioh_kd_signal(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	if (arg > 0 && arg < 65 && signame((int)arg))
		return mk_signo(c, (int)arg);
	return mk_uint(c, arg);
}

/* KDGETKEYCODE (get set): the keycode the kernel wrote, "keycode=OLD => NEW", at exit on success */
static struct value *ioh_kd_keycode(struct dctx *c, uint64_t arg, const void *get)
{
	struct kbkeycode k;
	struct value *fb;
	if (get && c->exiting) {
		struct value *s = (struct value *)(uintptr_t)c->priv[0];
		if (!s || failed(c) || mem_read(c->mem, arg, &k, sizeof(k)) != 0)
			return s;
		struct value *before = s->list.last, *after = mk_hex(c, k.keycode);
		before->name = NULL;
		struct value *ch = v_changed(c->a, before, after);
		ch->name = "keycode";
		s->list.first->next = ch;
		s->list.last = ch;
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &k, sizeof(k), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "scancode", mk_hex(c, k.scancode));
	v_field(s, "keycode", mk_hex(c, k.keycode));
	if (!get)
		return s;
	c->priv[0] = (uint64_t)(uintptr_t)s;
	return NULL;
}

static struct value *ioh_kd_kbdrep(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct kbd_repeat r;
	struct value *fb;
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "delay", mk_int(c, r.delay));
	v_field(s, "period", mk_int(c, r.period));
	return s;
}

/* a table of bytes (screen map, font, colour map), as \x escapes; read as
 * any buffer is (one byte past -s, else the address) */
static struct value *ioh_kd_bytes(struct dctx *c, uint64_t arg, const void *size)
{
	struct value *v = mk_buf(c, arg, (uintptr_t)size);
	if (v->kind == V_STR)
		v->sflags |= VS_HEX;
	return v;
}

/* [value] of a char the kernel writes (LEDs, keyboard type) */
static struct value *ioh_kd_char(struct dctx *c, uint64_t arg, const void *x)
{
	uint8_t v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, x ? mk_flags(c, v, x) : mk_hex(c, v));
	return a;
}

/* [LEDs|defaults<<4] the kernel writes (KDGKBLED) */
static struct value *ioh_kd_kbleds_at(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint8_t v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_kd_kbleds(c, v));
	return a;
}

/* [name] of a char the kernel writes, unknown ones in hex (KDGKBTYPE) */
static struct value *ioh_kd_char_enum(struct dctx *c, uint64_t arg, const void *x)
{
	uint8_t v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_enum(c, v, x));
	return a;
}

/* [name] of an int the kernel writes: unknown ones in hex, or in decimal (KDGKBMODE) */
static struct value *ioh_kd_int_enum(struct dctx *c, uint64_t arg, const void *x)
{
	int32_t v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	if (x == &xlat_ioctl_kd_kbmodes)
		v_add(a, v_enum(c->a, (uint64_t)(int64_t)v, x, NF_DEC));
	else
		v_add(a, mk_enum(c, (uint32_t)v, x));
	return a;
}

static struct value *ioh_kd_addr(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return mk_ptr(c, arg);
}

/* a char as strace quotes it in keyboard values: 'A', ' ', '\'', '\n', '\x7f' */
static const char *kd_char(struct dctx *c, unsigned v)
{
	static const char esc[] = "\tt\nn\vv\ff\rr";
	if (v == '\'' || v == '\\')
		return arena_printf(c->a, "'\\%c'", v);
	for (const char *e = esc; *e; e += 2)
		if ((unsigned char)*e == v)
			return arena_printf(c->a, "'\\%c'", e[1]);
	if (v >= 0x20 && v < 0x7f)
		return arena_printf(c->a, "'%c'", v);
	return arena_printf(c->a, "'\\x%02x'", v);
}

/* K(type, value): its name, else the type (by name) and the value */
static const char *kd_key_text(struct dctx *c, unsigned v)
{
	const char *n = xlat_name(&xlat_ioctl_kd_keys, v);
	if (n)
		return n;
	unsigned type = v >> 8, val = v & 0xff;
	const char *t = xlat_name(&xlat_ioctl_kd_ktypes, type);
	const char *tt = t ? t : arena_printf(c->a, "%#x", type);
	bool chr = type == KT_LATIN || type == KT_META || type == KT_LETTER || type == KT_DEAD2;
	return arena_printf(c->a, "K(%s, %s)", tt, chr ? kd_char(c, val) : val ? arena_printf(c->a, "%#x", val) : "0");
}

/* struct kbentry.kb_table: a plain table, or the modifiers that select it */
static struct value *mk_kb_table(struct dctx *c, unsigned t)
{
	const char *n = xlat_name(&xlat_ioctl_kd_tables, t);
	struct value *v = n ? v_sym(c->a, n, t) : ioh_bits(c, t, &xlat_ioctl_kd_kg_bits, "1<<%s");
	return v->kind == V_NUM ? v : v_whole(v, t, NF_HEX);
}

/* KDGKBENT, KDSKBENT: the table and index, and (setting) the value; what cannot be read is ??? */
/*
 * KDGKBENT and KDGKBSENT keep their struct from entry (c->priv[0]) and
 * complete it at exit with what the kernel wrote, on success only.
 */
static struct value *kd_kept(struct dctx *c)
{
	return (struct value *)(uintptr_t)c->priv[0];
}

static struct value *ioh_kd_kbentry(struct dctx *c, uint64_t arg, const void *set)
{
	uint8_t ti[2];
	struct value *fb;
	struct value *s = NULL;
	if (c->exiting) {
		s = kd_kept(c);
		if (!s || failed(c))
			return s;
	} else {
		c->priv[0] = 0;
		if (!fetch(c, arg, ti, sizeof(ti), &fb))
			return fb;
		s = v_list(c->a, V_STRUCT);
		v_field(s, "kb_table", mk_kb_table(c, ti[0]));
		v_field(s, "kb_index", mk_uint(c, ti[1]));
		if (!set) {
			c->priv[0] = (uint64_t)(uintptr_t)s;
			return NULL;
		}
	}
	{
		uint16_t v;
		if (mem_read(c->mem, arg + 2, &v, sizeof(v)) != 0)
			v_field(s, "kb_value", v_sym(c->a, "???", 0));
		else
		{
			struct value *kv = v_field(s, "kb_value", v_comment(mk_hex(c, v), kd_key_text(c, v)));
			kv->xs |= XS_COMMENT_NORAW;   /* -X raw: the number alone */
		}
	}
	return s;
}

/* KDGKBSENT, KDSKBSENT: which function key, and (setting) its string */
static struct value *ioh_kd_kbsentry(struct dctx *c, uint64_t arg, const void *set)
{
	uint8_t f;
	struct value *fb;
	struct value *s = NULL;
	if (c->exiting) {
		s = kd_kept(c);
		if (!s || failed(c))
			return s;
	} else {
		c->priv[0] = 0;
		if (!fetch(c, arg, &f, sizeof(f), &fb))
			return fb;
		s = v_list(c->a, V_STRUCT);
		v_field(s, "kb_func", v_whole(v_sym(c->a, arena_printf(c->a, "KVAL(%s)", kd_key_text(c, K(KT_FN, f))), f), f, NF_HEX));
		if (!set) {
			c->priv[0] = (uint64_t)(uintptr_t)s;
			return NULL;
		}
	}
	{
		/* at most -s bytes of the array are read: no NUL among them means "..." */
		size_t room = sizeof(((struct kbsentry *)0)->kb_string);
		size_t n = room < c->opt->strsize ? room : c->opt->strsize;
		char *buf = arena_alloc(c->a, n + 1);
		bool term = false;
		long got = n ? c->mem->read_str(c->mem, arg + 1, buf, n, &term) : 0;
		if (got < 0 || (!term && (size_t)got < n))
			v_field(s, "kb_string", v_sym(c->a, "???", 0));
		else
			v_field(s, "kb_string", v_str(c->a, buf, (size_t)got, term ? 0 : VS_TRUNC));
	}
	return s;
}

static struct value *kd_diacr_elem(struct dctx *c, const void *p, void *ud)
{
	(void)ud;
	const struct kbdiacr *d = p;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "diacr", v_sym(c->a, kd_char(c, d->diacr), d->diacr));
	v_field(s, "base", v_sym(c->a, kd_char(c, d->base), d->base));
	v_field(s, "result", v_sym(c->a, kd_char(c, d->result), d->result));
	return s;
}

static struct value *kd_diacruc_elem(struct dctx *c, const void *p, void *ud)
{
	(void)ud;
	const struct kbdiacruc *d = p;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "diacr", mk_hex(c, d->diacr));
	v_field(s, "base", mk_hex(c, d->base));
	v_field(s, "result", mk_hex(c, d->result));
	return s;
}

/* KD[GS]KBDIACR, KD[GS]KBDIACRUC: the count and the table (at most its 256 entries) */
static struct value *ioh_kd_diacrs(struct dctx *c, uint64_t arg, const void *uc)
{
	uint32_t cnt;
	struct value *fb;
	if (!fetch(c, arg, &cnt, sizeof(cnt), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "kb_cnt", mk_uint(c, cnt));
	uint64_t n = cnt < 256 ? cnt : 256;
	struct value *a = uc ? mk_array(c, arg + offsetof(struct kbdiacrsuc, kbdiacruc), n,
					sizeof(struct kbdiacruc), kd_diacruc_elem, NULL)
			     : mk_array(c, arg + offsetof(struct kbdiacrs, kbdiacr), n,
					sizeof(struct kbdiacr), kd_diacr_elem, NULL);
	/* a count past the table: "..." after all of it */
	if (cnt > n && a->kind == V_ARRAY && a->list.last && a->list.last->kind != V_ELLIPSIS)
		v_add(a, v_ellipsis(c->a));
	v_field(s, uc ? "kbdiacruc" : "kbdiacr", a);
	return s;
}

/* the bytes of a font: 32 rows of (width+7)/8 bytes a char */
static struct value *kd_font_data(struct dctx *c, const struct console_font_op *f)
{
	uint64_t len = 32ull * f->charcount * ((f->width + 7ull) / 8);
	return ioh_kd_bytes(c, (uintptr_t)f->data, (const void *)(uintptr_t)len);
}

/*
 * KDFONTOP: the operation and what it uses; setting reads the font (or
 * the default font's name), getting writes the font, shown at exit after
 * " => " with the sizes the kernel set.
 */
static struct value *ioh_kd_fontop(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct console_font_op f;
	struct value *fb;
	if (!fetch(c, arg, &f, sizeof(f), &fb))
		return c->exiting ? NULL : fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (c->exiting) {
		unsigned op = (unsigned)c->priv[0];
		if (op == KD_FONT_OP_SET || op == KD_FONT_OP_COPY)
			return NULL;
		v_field(s, "width", mk_uint(c, f.width));
		v_field(s, "height", mk_uint(c, f.height));
		if (op == KD_FONT_OP_SET_DEFAULT)
			return s;
		v_field(s, "charcount", mk_uint(c, f.charcount));
		v_field(s, "data", op == KD_FONT_OP_GET ? kd_font_data(c, &f) : mk_ptr(c, (uintptr_t)f.data));
		return s;
	}
	c->priv[0] = f.op;
	v_field(s, "op", mk_enum(c, f.op, &xlat_ioctl_kd_font_ops));
	switch (f.op) {
	case KD_FONT_OP_COPY:
		v_field(s, "height", mk_uint(c, f.height));
		return s;
	case KD_FONT_OP_SET_DEFAULT:
		v_field(s, "width", mk_uint(c, f.width));
		v_field(s, "height", mk_uint(c, f.height));
		/* the name: MAX_FONT_NAME bytes, the last one its NUL (else 31 and "...") */
		struct value *name = v_field(s, "data", mk_cstrn(c, (uintptr_t)f.data, 32));
		if (name->kind == V_STR && name->s.len == 32)
			name->s.len = 31;
		return s;
	}
	v_field(s, "flags", mk_flags(c, f.flags, &xlat_ioctl_kd_font_flags));
	v_field(s, "width", mk_uint(c, f.width));
	v_field(s, "height", mk_uint(c, f.height));
	v_field(s, "charcount", mk_uint(c, f.charcount));
	v_field(s, "data", f.op == KD_FONT_OP_SET ? kd_font_data(c, &f) : mk_ptr(c, (uintptr_t)f.data));
	return s;
}

/* GIO_FONTX: the sizes and buffer, and at exit the font the kernel wrote (32 bytes a char) */
static struct value *ioh_kd_fontx(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct consolefontdesc d;
	struct value *fb;
	if (!fetch(c, arg, &d, sizeof(d), &fb))
		return c->exiting ? NULL : fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "charcount", mk_uint(c, d.charcount));
	v_field(s, "charheight", mk_uint(c, d.charheight));
	v_field(s, "chardata", c->exiting ? ioh_kd_bytes(c, (uintptr_t)d.chardata, (const void *)(uintptr_t)(32u * d.charcount))
					 : mk_ptr(c, (uintptr_t)d.chardata));
	return s;
}

/* ---- the Unicode maps ---- */

static struct value *kd_unipair_elem(struct dctx *c, const void *p, void *ud)
{
	(void)ud;
	const struct unipair *u = p;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "unicode", mk_hex(c, u->unicode));
	v_field(s, "fontpos", mk_hex(c, u->fontpos));
	return s;
}

static struct value *kd_unipairs(struct dctx *c, const struct unimapdesc *d)
{
	return mk_array(c, (uintptr_t)d->entries, d->entry_ct, sizeof(struct unipair), kd_unipair_elem, NULL);
}

/*
 * GIO_UNIMAP (get set): the room at entry; at exit, failed or not, the count
 * the kernel wrote (entry_ct=ROOM => COUNT) and, on success, the pairs.
 * PIO_UNIMAP (set): the count and the pairs.
 */
static struct value *ioh_kd_unimap(struct dctx *c, uint64_t arg, const void *get)
{
	struct unimapdesc d;
	struct value *fb;
	if (get && c->exiting) {
		struct value *s = kd_kept(c);
		if (!s)
			return NULL;
		if (mem_read(c->mem, arg, &d, sizeof(d)) != 0) {
			v_field(s, "entries", v_sym(c->a, "???", 0));
			return s;
		}
		struct value *before = s->list.first;
		before->name = NULL;
		struct value *ch = v_changed(c->a, before, mk_uint(c, d.entry_ct));
		ch->name = "entry_ct";
		s->list.first = s->list.last = ch;
		v_field(s, "entries", failed(c) ? mk_ptr(c, (uintptr_t)d.entries) : kd_unipairs(c, &d));
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "entry_ct", mk_uint(c, d.entry_ct));
	if (get) {
		c->priv[0] = (uint64_t)(uintptr_t)s;
		return NULL;
	}
	v_field(s, "entries", kd_unipairs(c, &d));
	return s;
}

/* PIO_UNIMAPCLR: the hash the kernel is advised to use */
static struct value *ioh_kd_unimapinit(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct unimapinit u;
	struct value *fb;
	if (!fetch(c, arg, &u, sizeof(u), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "advised_hashsize", mk_uint(c, u.advised_hashsize));
	v_field(s, "advised_hashstep", mk_uint(c, u.advised_hashstep));
	v_field(s, "advised_hashlevel", mk_uint(c, u.advised_hashlevel));
	return s;
}

/* a character of the Unicode screen map: a code, or a glyph of the direct font region */
static struct value *kd_unichar_elem(struct dctx *c, const void *p, void *ud)
{
	(void)ud;
	uint16_t v;
	memcpy(&v, p, sizeof(v));
	if ((v & ~UNI_DIRECT_MASK) != UNI_DIRECT_BASE)
		return mk_hex(c, v);
	unsigned off = v & UNI_DIRECT_MASK;
	return v_const(c->a, off ? arena_printf(c->a, "UNI_DIRECT_BASE+%#x", off) : "UNI_DIRECT_BASE+0",
		       v, NF_HEX);
}

/* GIO_UNISCRNMAP, PIO_UNISCRNMAP: E_TABSZ characters */
static struct value *ioh_kd_uniscrnmap(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return mk_array(c, arg, E_TABSZ, sizeof(uint16_t), kd_unichar_elem, NULL);
}

#define KD_BYTES(n) ((const void *)(uintptr_t)(n))

static const struct ioctl_handler kd_handlers[] = {
	{ KIOCSOUND, IOH_IN, 0, ioh_kd_sound, NULL },
	{ KDMKTONE, IOH_IN, 0, ioh_kd_tone, NULL },
	{ KDGETLED, IOH_OUT, 0, ioh_kd_char, &xlat_ioctl_kd_leds },
	{ KDSETLED, IOH_IN, 0, ioh_kd_leds, NULL },
	{ KDGKBLED, IOH_OUT, 0, ioh_kd_kbleds_at, NULL },
	{ KDSKBLED, IOH_IN, 0, ioh_kd_kbleds, NULL },
	{ KDGKBTYPE, IOH_OUT, 0, ioh_kd_char_enum, &xlat_ioctl_kd_kbtypes },
	{ KDADDIO, IOH_IN, 0, ioh_kd_port, NULL },
	{ KDDELIO, IOH_IN, 0, ioh_kd_port, NULL },
	{ KDSETMODE, IOH_IN, 0, ioh_kd_enum32, &xlat_ioctl_kd_modes },
	{ KDGETMODE, IOH_OUT, 0, ioh_kd_int_enum, &xlat_ioctl_kd_modes },
	{ KDSKBMODE, IOH_IN, 0, ioh_kd_kbmode, NULL },
	{ KDGKBMODE, IOH_OUT, 0, ioh_kd_int_enum, &xlat_ioctl_kd_kbmodes },
	{ KDSKBMETA, IOH_IN, 0, ioh_kd_enum32, &xlat_ioctl_kd_meta },
	{ KDGKBMETA, IOH_OUT, 0, ioh_kd_int_enum, &xlat_ioctl_kd_meta },
	{ KDSIGACCEPT, IOH_IN, 0, ioh_kd_signal, NULL },
	{ KDGETKEYCODE, IOH_INOUT_ALWAYS, 0, ioh_kd_keycode, (const void *)1 },
	{ KDSETKEYCODE, IOH_IN, 0, ioh_kd_keycode, NULL },
	{ KDKBDREP, IOH_INOUT, 0, ioh_kd_kbdrep, NULL },
	{ GIO_SCRNMAP, IOH_OUT, 0, ioh_kd_bytes, KD_BYTES(E_TABSZ) },
	{ PIO_SCRNMAP, IOH_IN, 0, ioh_kd_bytes, KD_BYTES(E_TABSZ) },
	{ GIO_FONT, IOH_OUT, 0, ioh_kd_bytes, KD_BYTES(256 * 32) },
	{ PIO_FONT, IOH_IN, 0, ioh_kd_bytes, KD_BYTES(256 * 32) },
	{ GIO_CMAP, IOH_OUT, 0, ioh_kd_bytes, KD_BYTES(48) },
	{ PIO_CMAP, IOH_IN, 0, ioh_kd_bytes, KD_BYTES(48) },
	{ KDGKBENT, IOH_INOUT_ALWAYS, 0, ioh_kd_kbentry, NULL },
	{ KDSKBENT, IOH_IN, 0, ioh_kd_kbentry, (const void *)1 },
	{ KDGKBSENT, IOH_INOUT_ALWAYS, 0, ioh_kd_kbsentry, NULL },
	{ KDSKBSENT, IOH_IN, 0, ioh_kd_kbsentry, (const void *)1 },
	{ KDGKBDIACR, IOH_OUT, 0, ioh_kd_diacrs, NULL },
	{ KDSKBDIACR, IOH_IN, 0, ioh_kd_diacrs, NULL },
	{ KDGKBDIACRUC, IOH_OUT, 0, ioh_kd_diacrs, (const void *)1 },
	{ KDSKBDIACRUC, IOH_IN, 0, ioh_kd_diacrs, (const void *)1 },
	{ GIO_UNIMAP, IOH_INOUT_ALWAYS, 0, ioh_kd_unimap, (const void *)1 },
	{ PIO_UNIMAP, IOH_IN, 0, ioh_kd_unimap, NULL },
	{ PIO_UNIMAPCLR, IOH_IN, 0, ioh_kd_unimapinit, NULL },
	{ GIO_UNISCRNMAP, IOH_OUT, 0, ioh_kd_uniscrnmap, NULL },
	{ PIO_UNISCRNMAP, IOH_IN, 0, ioh_kd_uniscrnmap, NULL },
	{ GIO_FONTX, IOH_INOUT, 0, ioh_kd_fontx, NULL },
	{ PIO_FONTX, IOH_IN, 0, ioh_kd_addr, NULL },
	{ KDFONTOP, IOH_INOUT, 0, ioh_kd_fontop, NULL },
};

IOCTL_TABLE(kd, kd_handlers);
