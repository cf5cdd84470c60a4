/*
 * render.c - value tree -> strace text.
 *
 * This file holds strace's punctuation: how numbers, flag sets, strings,
 * structs and signal sets look.  Decoders decide *what* a value is; this
 * decides how it is spelt, so JSON or SQLite sinks can spell it differently.
 */
#include "render.h"
#include "decode.h"

static const char hexd[] = "0123456789abcdef";

void render_num(struct sbuf *b, uint64_t v, int fmt)
{
	switch (fmt) {
	case NF_DEC:
	case NF_PID:
		sbuf_put_dec(b, (int64_t)v);
		break;
	case NF_UDEC:
		sbuf_put_udec(b, v);
		break;
	case NF_OCT:
		sbuf_printf(b, "%#03llo", (unsigned long long)v);
		break;
	case NF_PTR:
		if (v == 0) {
			sbuf_puts(b, "NULL");
			break;
		}
		/* fall through */
	case NF_HEX:
	default:
		sbuf_put_hex(b, v);
		break;
	}
}

static void put_comment(struct sbuf *b, const char *c)
{
	sbuf_puts(b, " /* ");
	sbuf_puts(b, c);
	sbuf_puts(b, " */");
}

/* the -X part of a named value: raw is the number alone, verbose the number and then the names */
static bool style_prefix(struct sbuf *b, uint64_t v, int fmt, int xstyle)
{
	render_num(b, v, fmt);
	if (xstyle == XSTYLE_RAW)
		return false;
	sbuf_puts(b, " /* ");
	return true;
}

/* a known bit of v in x (a zero value counts when x names it) */
static bool flags_named(uint64_t v, const struct xlat *x)
{
	if (v == 0)
		return xlat_name(x, 0) != NULL;
	for (unsigned i = 0; i < x->n; i++)
		if (x->e[i].val && (v & x->e[i].val) == x->e[i].val)
			return true;
	return false;
}

void render_flags(struct sbuf *b, uint64_t v, const struct xlat *x, int unknown_fmt, int xstyle)
{
	if (xstyle != XSTYLE_ABBREV && (xstyle == XSTYLE_RAW || flags_named(v, x))) {
		if (!style_prefix(b, v, unknown_fmt, xstyle))
			return;
		render_flags(b, v, x, unknown_fmt, XSTYLE_ABBREV);
		sbuf_puts(b, " */");
		return;
	}
	if (v == 0) {
		const char *z = xlat_name(x, 0);
		sbuf_puts(b, z ? z : "0");
		return;
	}
	unsigned n = 0;
	for (unsigned i = 0; i < x->n; i++) {
		uint64_t f = x->e[i].val;
		if (f && (v & f) == f) {
			if (n++)
				sbuf_putc(b, '|');
			sbuf_puts(b, x->e[i].name);
			v &= ~f;
			if (!v)
				break;
		}
	}
	if (n) {
		if (v) {
			sbuf_putc(b, '|');
			render_num(b, v, unknown_fmt);
		}
	} else {
		render_num(b, v, unknown_fmt);
		if (x->unknown)
			put_comment(b, x->unknown);
	}
}

static void render_enum(struct sbuf *b, uint64_t v, const struct xlat *x, int fmt, int xstyle)
{
	const char *name = xlat_name(x, v);
	if (xstyle == XSTYLE_RAW) {
		render_num(b, v, fmt);
		return;
	}
	if (name) {
		if (xstyle == XSTYLE_VERBOSE) {
			render_num(b, v, fmt);
			put_comment(b, name);
		} else {
			sbuf_puts(b, name);
		}
		return;
	}
	render_num(b, v, fmt);
	if (x->unknown)
		put_comment(b, x->unknown);
}

void render_sigset(struct sbuf *b, uint64_t mask, int xstyle)
{
	unsigned count = __builtin_popcountll(mask);
	if (count >= 64 * 2 / 3) {
		sbuf_putc(b, '~');
		mask = ~mask;
	}
	sbuf_putc(b, '[');
	bool first = true;
	for (int sig = 1; sig <= 64; sig++) {
		if (!(mask & (1ull << (sig - 1))))
			continue;
		if (!first)
			sbuf_putc(b, ' ');
		first = false;
		const char *name = signame(sig);
		if (name && xstyle == XSTYLE_ABBREV) {
			sbuf_puts(b, name + 3);
		} else {
			sbuf_put_dec(b, sig);
			if (name && xstyle == XSTYLE_VERBOSE)
				put_comment(b, name + 3);
		}
	}
	sbuf_putc(b, ']');
}

static bool needs_octal(unsigned char ch)
{
	return ch < 0x20 || ch >= 0x7f;
}

/* How each byte is written between quotes, as strace writes it (octal escapes as short as they can be). */
struct esc {
	uint8_t len;    /* 1: the byte itself */
	bool octal;     /* an octal escape shorter than 4 characters */
	char s[4];
};

static struct esc esc_t[256];

/* filled before main(): render_string may run in any thread */
__attribute__((constructor)) static void esc_init(void)
{
	struct esc *t = esc_t;
	for (unsigned ch = 0; ch < 256; ch++) {
		struct esc *e = &t[ch];
		const char *named = NULL;
		switch (ch) {
		case '"': named = "\\\""; break;
		case '\\': named = "\\\\"; break;
		case '\t': named = "\\t"; break;
		case '\n': named = "\\n"; break;
		case '\v': named = "\\v"; break;
		case '\f': named = "\\f"; break;
		case '\r': named = "\\r"; break;
		}
		if (named) {
			e->len = 2;
			memcpy(e->s, named, 2);
		} else if (!needs_octal((unsigned char)ch)) {
			e->len = 1;
			e->s[0] = (char)ch;
		} else {
			char *o = e->s;
			*o++ = '\\';
			if (ch >= 0100) {
				*o++ = '0' + (ch >> 6);
				*o++ = '0' + ((ch >> 3) & 7);
			} else if (ch >= 010) {
				*o++ = '0' + ((ch >> 3) & 7);
			}
			*o++ = '0' + (ch & 7);
			e->len = (uint8_t)(o - e->s);
			e->octal = e->len < 4;
		}
	}
}

static const struct esc *esc_table(void)
{
	return esc_t;
}

void render_string(struct sbuf *b, const char *s, size_t len, unsigned sflags, int xflag)
{
	if (sflags & VS_AT)
		sbuf_putc(b, '@');
	if (sflags & VS_REDACTED) {
		sbuf_puts(b, "\"<redacted>\"");
		return;
	}
	bool hex = xflag == 2 || (sflags & VS_HEX);
	if (!hex && xflag == 1) {
		for (size_t i = 0; i < len; i++) {
			unsigned char ch = s[i];
			if (needs_octal(ch) && ch != '\t' && ch != '\n' && ch != '\v' &&
			    ch != '\f' && ch != '\r') {
				hex = true;
				break;
			}
		}
	}
	if ((sflags & VS_OMIT_NUL) && !hex && len && s[len - 1] == '\0')
		len--;
	if (unlikely(b->len + len * 4 + 8 > b->cap))
		sbuf_grow(b, len * 4 + 8);
	char *o = b->p + b->len;
	*o++ = '"';
	if (hex) {
		for (size_t i = 0; i < len; i++) {
			unsigned char ch = s[i];
			*o++ = '\\';
			*o++ = 'x';
			*o++ = hexd[ch >> 4];
			*o++ = hexd[ch & 15];
		}
	} else {
		const struct esc *e = esc_table();
		for (size_t i = 0; i < len; i++) {
			/* eight bytes at a time while they are all plain, or all NUL (binary data) */
			while (i + 8 <= len) {
				uint64_t w;
				memcpy(&w, s + i, 8);
				if (w == 0 && (i + 8 == len || s[i + 8] < '0' || s[i + 8] > '7')) {
					memcpy(o, "\\0\\0\\0\\0\\0\\0\\0\\0", 16);
					o += 16;
					i += 8;
					continue;
				}
				/* plain: every byte in 0x20..0x7e and none of " or \\ */
				uint64_t lo = w - 0x2020202020202020ull, hi = w + 0x0101010101010101ull * (0x80 - 0x7f);
				uint64_t q = w ^ 0x2222222222222222ull, bs = w ^ 0x5c5c5c5c5c5c5c5cull;
				uint64_t zq = (q - 0x0101010101010101ull) & ~q, zb = (bs - 0x0101010101010101ull) & ~bs;
				if (((lo | hi | w | zq | zb) & 0x8080808080808080ull) == 0) {
					memcpy(o, s + i, 8);
					o += 8;
					i += 8;
					continue;
				}
				break;
			}
			if (i >= len)
				break;
			unsigned char ch = s[i];
			const struct esc *x = &e[ch];
			if (x->len == 1) {
				*o++ = (char)ch;
				continue;
			}
			/* --strings-in-hex=non-ascii-chars: \xHH where strace would write octal */
			if (xflag == XFLAG_ESCAPES && needs_octal(ch) && x->s[1] >= '0' && x->s[1] <= '7') {
				*o++ = '\\';
				*o++ = 'x';
				*o++ = hexd[ch >> 4];
				*o++ = hexd[ch & 15];
				continue;
			}
			/* a short octal escape followed by a digit 0-7 must be written in full */
			if (x->octal && i + 1 < len && s[i + 1] >= '0' && s[i + 1] <= '7') {
				*o++ = '\\';
				*o++ = '0' + (ch >> 6);
				*o++ = '0' + ((ch >> 3) & 7);
				*o++ = '0' + (ch & 7);
				continue;
			}
			memcpy(o, x->s, 4);
			o += x->len;
		}
	}
	*o++ = '"';
	b->len = o - b->p;
	if (sflags & VS_TRUNC)
		sbuf_puts(b, "...");
}

static void render_children(struct sbuf *b, const struct value *v, const char *sep,
			    const struct render_opts *o)
{
	size_t seplen = strlen(sep);
	for (const struct value *c = v->list.first; c; c = c->next) {
		if (unlikely(o->in_alt && (c->xs & XS_NOT_IN_ALT)))
			continue;
		if (c != v->list.first)
			sbuf_putn(b, sep, seplen);
		render_value(b, c, o);
	}
}

static void render_body(struct sbuf *b, const struct value *v, const struct render_opts *o)
{
	switch (v->kind) {
	case V_NUM:
		render_num(b, v->u, v->fmt);
		if (v->fmt == NF_PID && o->pid_note)
			o->pid_note(b, o->pid_tid, (int)v->u, v->sflags);
		break;
	case V_FLAGS:
		render_flags(b, v->c.v, v->c.x, v->fmt, o->xstyle);
		break;
	case V_ENUM:
		render_enum(b, v->c.v, v->c.x, v->fmt, o->xstyle);
		break;
	case V_SYM:
		sbuf_puts(b, v->sym.text);
		break;
	case V_STR:
		render_string(b, v->s.p, v->s.len, v->sflags, o->xflag);
		break;
	case V_STRUCT:
		sbuf_putc(b, '{');
		render_children(b, v, ", ", o);
		sbuf_putc(b, '}');
		break;
	case V_ARRAY:
		sbuf_putc(b, '[');
		render_children(b, v, ", ", o);
		sbuf_putc(b, ']');
		break;
	case V_SET:
		if (v->fmt == VSET_NOT)
			sbuf_putc(b, '~');
		sbuf_putc(b, '[');
		render_children(b, v, " ", o);
		sbuf_putc(b, ']');
		break;
	case V_CALL:
		sbuf_puts(b, v->list.fn);
		sbuf_putc(b, '(');
		render_children(b, v, ", ", o);
		sbuf_putc(b, ')');
		break;
	case V_OR:
		render_children(b, v, "|", o);
		break;
	case V_SEQ:
		render_children(b, v, v->fmt == VSEQ_CAT ? "" : ", ", o);
		break;
	case V_CHANGED:
		render_children(b, v, " => ", o);
		break;
	case V_SIGSET:
		render_sigset(b, v->sigset.mask, o->xstyle);
		break;
	case V_FD:
		if (v->fd.fd == -100 && o->xstyle == XSTYLE_ABBREV)
			sbuf_puts(b, "AT_FDCWD");
		else if (v->fd.fd == -100 && o->xstyle == XSTYLE_VERBOSE)
			sbuf_puts(b, "-100 /* AT_FDCWD */");
		else
			sbuf_put_dec(b, v->fd.fd);
		if (v->fd.path) {
			/* the kernel marks unlinked files "PATH (deleted)"; strace prints <PATH>(deleted) */
			static const char del[] = " (deleted)";
			size_t n = strlen(v->fd.path), d = sizeof(del) - 1;
			bool deleted = n > d && memcmp(v->fd.path + n - d, del, d) == 0;
			sbuf_putc(b, '<');
			sbuf_putn(b, v->fd.path, deleted ? n - d : n);
			sbuf_putc(b, '>');
			if (deleted)
				sbuf_puts(b, "(deleted)");
		}
		break;
	case V_ELLIPSIS:
		sbuf_puts(b, "...");
		break;
	}
}

void render_value(struct sbuf *b, const struct value *v, const struct render_opts *o)
{
	if (unlikely(v->xs & (XS_NORAW | XS_RAWONLY))) {
		if ((v->xs & XS_NORAW) && o->xstyle == XSTYLE_RAW)
			return;
		if ((v->xs & XS_RAWONLY) && o->xstyle == XSTYLE_ABBREV)
			return;
		if ((v->xs & XS_RAWONLY) && o->xstyle == XSTYLE_VERBOSE) {
			struct value c = *v;
			c.xs &= (uint16_t)~XS_RAWONLY;
			sbuf_puts(b, " /* ");
			render_value(b, &c, o);
			sbuf_puts(b, " */");
			return;
		}
	}
	if (unlikely(v->name && (v->xs & XS_INDEX) && o->xstyle != XSTYLE_ABBREV &&
		     (o->xstyle == XSTYLE_RAW || !(v->name[1] >= '0' && v->name[1] <= '9')))) {
		/* "[NAME]": raw [k], verbose [k / * NAME * /]; a numeric "[k / * X_??? * /]" stays */
		sbuf_printf(b, "[%u", v->idx);
		if (o->xstyle == XSTYLE_VERBOSE) {
			sbuf_puts(b, " /* ");
			sbuf_putn(b, v->name + 1, strlen(v->name) - 2);
			sbuf_puts(b, " */");
		}
		sbuf_puts(b, "]=");
	} else if (v->name) {
		sbuf_puts(b, v->name);
		sbuf_putc(b, v->label ? ' ' : '=');
	}
	if (unlikely(v->xs & XS_VERBOSE) && o->xstyle == XSTYLE_ABBREV) {
		struct render_opts vb = *o;
		vb.xstyle = XSTYLE_VERBOSE;
		render_body(b, v, &vb);
	} else if (unlikely(o->xstyle != XSTYLE_ABBREV && (v->xs & XS_ALT) &&
			    (o->xstyle == XSTYLE_RAW || !(v->xs & XS_ALT_RAW)))) {
		render_value(b, v->kind == V_SYM ? v->sym.alt : v->list.alt, o);
		if (o->xstyle == XSTYLE_VERBOSE && !(v->xs & XS_ALT_ALL)) {
			struct render_opts ab = *o;
			ab.xstyle = XSTYLE_ABBREV;
			ab.in_alt = true;
			sbuf_puts(b, " /* ");
			render_body(b, v, &ab);
			sbuf_puts(b, " */");
		}
	} else if (unlikely(o->xstyle != XSTYLE_ABBREV && (v->xs & (XS_CONST | XS_FIXED)))) {
		struct render_opts ab = *o;
		ab.xstyle = XSTYLE_ABBREV;
		if (v->xs & XS_FIXED) {
			render_body(b, v, &ab);
		} else if (style_prefix(b, v->kind == V_SYM ? v->sym.v
					      : v->kind == V_FLAGS || v->kind == V_ENUM ? v->c.v : v->list.raw,
				       v->fmt, o->xstyle)) {
			/* the comment is abbreviated, but for calls that keep the style inside */
			render_body(b, v, (v->xs & XS_KEEP_STYLE) ? o : &ab);
			sbuf_puts(b, " */");
		}
	} else {
		render_body(b, v, o);
	}
	if (v->comment && !((v->xs & XS_COMMENT_NORAW) && o->xstyle == XSTYLE_RAW))
		put_comment(b, v->comment);
}
