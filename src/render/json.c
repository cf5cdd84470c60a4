/*
 * json.c - value tree -> JSON, the structured sibling of render.c.
 *
 * Where render.c spells a value the way strace prints it, this keeps the raw
 * numbers next to their names ({"flags":[...],"value":577}) so the JSON Lines
 * sink and the SQLite store can be queried.  The rules are in docs/JSON.md.
 */
#include "json.h"
#include "decode.h"

#include <stdio.h>

static const char hexd[] = "0123456789abcdef";

/* ---- strings ---- */

/* Length of the valid UTF-8 sequence at s (1-4), or 0 if it is not one (json.h). */
size_t json_utf8_seq(const unsigned char *s, size_t n)
{
	unsigned c = s[0];
	if (c < 0x80)
		return 1;
	unsigned lo = 0x80, hi = 0xbf;   /* range of the second byte */
	size_t len;
	if (c >= 0xc2 && c <= 0xdf)
		len = 2;
	else if (c >= 0xe0 && c <= 0xef) {
		len = 3;
		if (c == 0xe0)
			lo = 0xa0;           /* overlong */
		else if (c == 0xed)
			hi = 0x9f;           /* surrogates */
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4;
		if (c == 0xf0)
			lo = 0x90;           /* overlong */
		else if (c == 0xf4)
			hi = 0x8f;           /* above U+10FFFF */
	} else
		return 0;
	if (n < len || s[1] < lo || s[1] > hi)
		return 0;
	for (size_t i = 2; i < len; i++)
		if ((s[i] & 0xc0) != 0x80)
			return 0;
	return len;
}

bool json_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;
	while (i < len) {
		if (p[i] < 0x80) {
			i++;
			continue;
		}
		size_t n = json_utf8_seq(p + i, len - i);
		if (!n)
			return false;
		i += n;
	}
	return true;
}

/* The escaped body of a JSON string, without quotes; s is valid UTF-8. */
static void put_escaped(struct sbuf *b, const char *s, size_t len)
{
	if (unlikely(b->len + len * 6 + 1 > b->cap))
		sbuf_grow(b, len * 6 + 1);
	char *o = b->p + b->len;
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = s[i];
		if (likely(ch >= 0x20 && ch != '"' && ch != '\\' && ch != 0x7f)) {
			*o++ = ch;
			continue;
		}
		*o++ = '\\';
		switch (ch) {
		case '"': *o++ = '"'; break;
		case '\\': *o++ = '\\'; break;
		case '\n': *o++ = 'n'; break;
		case '\t': *o++ = 't'; break;
		case '\r': *o++ = 'r'; break;
		case '\b': *o++ = 'b'; break;
		case '\f': *o++ = 'f'; break;
		default:
			*o++ = 'u';
			*o++ = '0';
			*o++ = '0';
			*o++ = hexd[ch >> 4];
			*o++ = hexd[ch & 15];
			break;
		}
	}
	b->len = o - b->p;
}

void json_string(struct sbuf *b, const char *s, size_t len)
{
	sbuf_putc(b, '"');
	put_escaped(b, s, len);
	sbuf_putc(b, '"');
}

void json_text(struct sbuf *b, const char *s, size_t len)
{
	if (likely(json_utf8_valid(s, len))) {
		json_string(b, s, len);
		return;
	}
	const unsigned char *p = (const unsigned char *)s;
	sbuf_putc(b, '"');
	size_t run = 0, i = 0;   /* valid bytes from run to i are not written yet */
	while (i < len) {
		size_t n = json_utf8_seq(p + i, len - i);
		if (n) {
			i += n;
			continue;
		}
		put_escaped(b, s + run, i - run);
		sbuf_puts(b, "\\ufffd");
		run = ++i;
	}
	put_escaped(b, s + run, len - run);
	sbuf_putc(b, '"');
}

static void put_cstr(struct sbuf *b, const char *s)
{
	json_text(b, s, strlen(s));
}

static void put_hex(struct sbuf *b, const char *s, size_t len)
{
	if (unlikely(b->len + len * 2 + 3 > b->cap))
		sbuf_grow(b, len * 2 + 3);
	char *o = b->p + b->len;
	*o++ = '"';
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = s[i];
		*o++ = hexd[ch >> 4];
		*o++ = hexd[ch & 15];
	}
	*o++ = '"';
	b->len = o - b->p;
}

/* ---- numbers ---- */

void json_int(struct sbuf *b, int64_t v)
{
	if (v >= -(int64_t)JSON_MAX_EXACT && v <= (int64_t)JSON_MAX_EXACT) {
		sbuf_put_dec(b, v);
		return;
	}
	sbuf_putc(b, '"');
	sbuf_put_dec(b, v);
	sbuf_putc(b, '"');
}

void json_uint(struct sbuf *b, uint64_t v)
{
	if (v <= JSON_MAX_EXACT) {
		sbuf_put_udec(b, v);
		return;
	}
	sbuf_putc(b, '"');
	sbuf_put_udec(b, v);
	sbuf_putc(b, '"');
}

static void put_num(struct sbuf *b, uint64_t v, int fmt)
{
	if (fmt == NF_DEC || fmt == NF_PID)
		json_int(b, (int64_t)v);
	else
		json_uint(b, v);
}

/* ---- objects keyed by children ---- */

static void put_plain(struct sbuf *b, const struct value *v);

static bool is_container(const struct value *v)
{
	switch (v->kind) {
	case V_STRUCT: case V_ARRAY: case V_SET: case V_SEQ:
	case V_CALL: case V_OR: case V_CHANGED:
		return true;
	}
	return false;
}

static bool has_named_child(const struct value *v)
{
	for (const struct value *c = v->list.first; c; c = c->next)
		if (c->name)
			return true;
	return false;
}

/* Printed as an object keyed by its children's names? */
static bool is_keyed(const struct value *v)
{
	if (v->kind == V_STRUCT)
		return true;
	if (v->kind == V_ARRAY || v->kind == V_SET || v->kind == V_SEQ)
		return has_named_child(v);
	return false;
}

struct keying {
	bool args;                  /* json_value_args: names[] and "argN" */
	const char *const *names;
	unsigned nnames;
};

static const char *base_key(const struct keying *k, const struct value *c, unsigned i,
			    char tmp[24])
{
	if (c->name)
		return c->name;
	if (k->args) {
		if (i < k->nnames && k->names[i])
			return k->names[i];
		snprintf(tmp, 24, "arg%u", i);
		return tmp;
	}
	if (c->kind == V_ELLIPSIS)
		return "...";
	snprintf(tmp, 24, "_%u", i);
	return tmp;
}

/* Children from first: all siblings, or just first when single. */
#define FOR_CHILDREN(c, first, single) \
	for (const struct value *c = (first); c; c = (single) ? NULL : c->next)

static bool keys_collide(const struct keying *k, const struct value *first, bool single)
{
	char t1[24], t2[24];
	unsigned i = 0;
	FOR_CHILDREN(c, first, single) {
		const char *ki = base_key(k, c, i, t1);
		unsigned j = 0;
		FOR_CHILDREN(d, first, single) {
			if (j == i)
				break;
			if (strcmp(ki, base_key(k, d, j, t2)) == 0)
				return true;
			j++;
		}
		i++;
	}
	return false;
}

/* The first of key, key_2, key_3, ... not in seen (NUL-separated); adds it. */
static const char *unique_key(struct sbuf *seen, struct sbuf *cand, const char *key)
{
	for (unsigned n = 1;; n++) {
		cand->len = 0;
		if (n == 1)
			sbuf_puts(cand, key);
		else
			sbuf_printf(cand, "%s_%u", key, n);
		sbuf_putc(cand, '\0');
		bool taken = false;
		for (size_t off = 0; off < seen->len && !taken; off += strlen(seen->p + off) + 1)
			taken = strcmp(seen->p + off, cand->p) == 0;
		if (!taken) {
			sbuf_putn(seen, cand->p, cand->len);
			return cand->p;
		}
	}
}

static void attach_comment(struct sbuf *b, size_t start, const struct value *v);

/* A member's value: as_true for a struct's "...": true. */
static void put_member(struct sbuf *b, const struct value *c, bool as_true)
{
	size_t start = b->len;
	if (as_true)
		sbuf_puts(b, "true");
	else
		put_plain(b, c);
	if (c->comment)
		attach_comment(b, start, c);
}

static void put_keyed(struct sbuf *b, const struct keying *k, const struct value *first,
		      bool single)
{
	bool slow = keys_collide(k, first, single);
	struct sbuf seen = { 0 }, cand = { 0 };
	char tmp[24];
	unsigned i = 0;
	sbuf_putc(b, '{');
	FOR_CHILDREN(c, first, single) {
		const char *key = base_key(k, c, i, tmp);
		if (unlikely(slow))
			key = unique_key(&seen, &cand, key);
		if (i++)
			sbuf_putc(b, ',');
		put_cstr(b, key);
		sbuf_putc(b, ':');
		put_member(b, c, !k->args && !c->name && c->kind == V_ELLIPSIS);
	}
	sbuf_putc(b, '}');
	sbuf_free(&seen);
	sbuf_free(&cand);
}

static void put_array(struct sbuf *b, const struct value *v)
{
	sbuf_putc(b, '[');
	for (const struct value *c = v->list.first; c; c = c->next) {
		if (c != v->list.first)
			sbuf_putc(b, ',');
		json_value(b, c);
	}
	sbuf_putc(b, ']');
}

/* ---- comments ---- */

/* A keyed object that has a member "comment" of its own is wrapped instead. */
static bool comment_fits(const struct sbuf *b, size_t start, const struct value *v)
{
	if (b->p[start] != '{')
		return false;
	if (is_keyed(v))
		for (const struct value *c = v->list.first; c; c = c->next)
			if (c->name && strcmp(c->name, "comment") == 0)
				return false;
	return true;
}

/* The JSON of v from start on gets v's comment: as a member, or wrapped. */
static void attach_comment(struct sbuf *b, size_t start, const struct value *v)
{
	if (comment_fits(b, start, v)) {
		b->len--;   /* the closing brace */
		if (b->len - start > 1)
			sbuf_putc(b, ',');
	} else {
		static const char pre[] = "{\"value\":";
		size_t n = sizeof(pre) - 1;
		if (b->len + n + 1 > b->cap)
			sbuf_grow(b, n + 1);
		memmove(b->p + start + n, b->p + start, b->len - start);
		memcpy(b->p + start, pre, n);
		b->len += n;
		sbuf_putc(b, ',');
	}
	sbuf_puts(b, "\"comment\":");
	put_cstr(b, v->comment);
	sbuf_putc(b, '}');
}

/* ---- the value kinds ---- */

static void put_flags(struct sbuf *b, const struct value *v)
{
	const struct xlat *x = v->c.x;
	uint64_t rest = v->c.v;
	sbuf_puts(b, "{\"flags\":[");
	if (x && rest == 0) {
		const char *z = xlat_name(x, 0);
		if (z)
			put_cstr(b, z);
	}
	unsigned n = 0;
	for (unsigned i = 0; x && rest && i < x->n; i++) {
		uint64_t f = x->e[i].val;
		if (f && (rest & f) == f) {
			if (n++)
				sbuf_putc(b, ',');
			put_cstr(b, x->e[i].name);
			rest &= ~f;
		}
	}
	sbuf_puts(b, "],\"value\":");
	json_uint(b, v->c.v);
	if (rest) {
		sbuf_puts(b, ",\"unknown\":");
		json_uint(b, rest);
	}
	sbuf_putc(b, '}');
}

static void put_enum(struct sbuf *b, const struct value *v)
{
	const char *name = v->c.x ? xlat_name(v->c.x, v->c.v) : NULL;
	sbuf_puts(b, "{\"enum\":");
	if (name)
		put_cstr(b, name);
	else
		sbuf_puts(b, "null");
	sbuf_puts(b, ",\"value\":");
	put_num(b, v->c.v, v->fmt);
	sbuf_putc(b, '}');
}

/*
 * Binary data that happens to be valid UTF-8 (a buffer of NULs, a struct
 * read as bytes): more than a quarter control bytes other than \t \n \r.
 * Hex spells it in 2 bytes a byte where \u0000 takes 6, and reads better.
 */
static bool mostly_binary(const char *p, size_t len)
{
	size_t ctl = 0;
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = p[i];
		if ((ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') || ch == 0x7f)
			ctl++;
	}
	return ctl * 4 > len;
}

static void put_str(struct sbuf *b, const struct value *v)
{
	const char *p = v->s.p;
	size_t len = v->s.len;
	unsigned f = v->sflags;
	if ((f & VS_OMIT_NUL) && !(f & VS_HEX) && len && p[len - 1] == '\0')
		len--;
	bool text = !(f & VS_HEX) && json_utf8_valid(p, len) && !mostly_binary(p, len);
	if (text && !(f & (VS_TRUNC | VS_NOTERM | VS_REDACTED | VS_AT))) {
		json_string(b, p, len);
		return;
	}
	if (f & VS_REDACTED) {
		sbuf_puts(b, "{\"redacted\":true");
	} else if (text) {
		sbuf_puts(b, "{\"str\":");
		json_string(b, p, len);
	} else {
		sbuf_puts(b, "{\"hex\":");
		put_hex(b, p, len);
	}
	if (f & (VS_TRUNC | VS_NOTERM))
		sbuf_puts(b, ",\"truncated\":true");
	if (f & VS_AT)
		sbuf_puts(b, ",\"abstract\":true");
	sbuf_putc(b, '}');
}

static void put_sigset(struct sbuf *b, uint64_t mask)
{
	sbuf_puts(b, "{\"sigset\":[");
	bool first = true;
	for (int sig = 1; sig <= 64; sig++) {
		if (!(mask & (1ull << (sig - 1))))
			continue;
		if (!first)
			sbuf_putc(b, ',');
		first = false;
		const char *name = signame(sig);
		if (name)
			put_cstr(b, name);
		else
			sbuf_put_dec(b, sig);
	}
	sbuf_puts(b, "],\"value\":");
	json_uint(b, mask);
	sbuf_putc(b, '}');
}

static void put_fd(struct sbuf *b, const struct value *v)
{
	const char *path = v->fd.path;
	if (v->fd.fd == -100) {
		sbuf_puts(b, "{\"sym\":\"AT_FDCWD\",\"value\":-100");
	} else if (!path) {
		sbuf_put_dec(b, v->fd.fd);
		return;
	} else {
		sbuf_puts(b, "{\"fd\":");
		sbuf_put_dec(b, v->fd.fd);
	}
	if (path) {
		size_t n = strlen(path);
		if (json_utf8_valid(path, n)) {
			sbuf_puts(b, ",\"path\":");
			json_string(b, path, n);
		} else {
			sbuf_puts(b, ",\"path_hex\":");
			put_hex(b, path, n);
		}
	}
	sbuf_putc(b, '}');
}

static void put_plain(struct sbuf *b, const struct value *v)
{
	static const struct keying by_name = { 0 };
	switch (v->kind) {
	case V_NUM:
		put_num(b, v->u, v->fmt);
		return;
	case V_FLAGS:
		put_flags(b, v);
		return;
	case V_ENUM:
		put_enum(b, v);
		return;
	case V_SYM:
		sbuf_puts(b, "{\"sym\":");
		put_cstr(b, v->sym.text ? v->sym.text : "");
		sbuf_puts(b, ",\"value\":");
		json_int(b, (int64_t)v->sym.v);
		sbuf_putc(b, '}');
		return;
	case V_STR:
		put_str(b, v);
		return;
	case V_STRUCT:
	case V_ARRAY:
	case V_SET:
	case V_SEQ:
		if (is_keyed(v))
			put_keyed(b, &by_name, v->list.first, false);
		else
			put_array(b, v);
		return;
	case V_CALL:
		sbuf_puts(b, "{\"call\":");
		put_cstr(b, v->list.fn ? v->list.fn : "");
		sbuf_puts(b, ",\"args\":");
		put_array(b, v);
		sbuf_putc(b, '}');
		return;
	case V_OR:
		sbuf_puts(b, "{\"or\":");
		put_array(b, v);
		sbuf_putc(b, '}');
		return;
	case V_CHANGED: {
		const struct value *before = v->list.first;
		sbuf_puts(b, "{\"before\":");
		json_value(b, before);
		sbuf_puts(b, ",\"after\":");
		json_value(b, before ? before->next : NULL);
		sbuf_putc(b, '}');
		return;
	}
	case V_SIGSET:
		put_sigset(b, v->sigset.mask);
		return;
	case V_FD:
		put_fd(b, v);
		return;
	case V_ELLIPSIS:
		sbuf_puts(b, "{\"ellipsis\":true}");
		return;
	}
	sbuf_puts(b, "null");
}

void json_value(struct sbuf *b, const struct value *v)
{
	if (!v) {
		sbuf_puts(b, "null");
		return;
	}
	size_t start = b->len;
	put_plain(b, v);
	if (v->comment)
		attach_comment(b, start, v);
}

void json_value_args(struct sbuf *b, const struct value *seq, const char *const names[6],
		     unsigned nnames)
{
	if (!seq) {
		sbuf_puts(b, "{}");
		return;
	}
	struct keying k = { .args = true, .names = names, .nnames = !names ? 0 : nnames < 6 ? nnames : 6 };
	if (is_container(seq))
		put_keyed(b, &k, seq->list.first, false);
	else
		put_keyed(b, &k, seq, true);   /* a lone value is the first argument */
}
