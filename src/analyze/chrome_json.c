/*
 * chrome_json.c - JSON for `sctrace export`: reading the store's JSON (the
 * args and siginfo columns: validate, list an object's members, unescape)
 * and writing Chrome's trace-event format ({"traceEvents":[...]}: "X"
 * events per syscall, "i" instants, "M" process and thread names), which
 * chrome://tracing and the Perfetto UI open.  The walk is perfetto.c's.
 */
#include "perfetto.h"
#include "decode.h"
#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

/* ---- reading JSON ---- */

#define XJSON_MAX_DEPTH 64

static const char *skip_ws(const char *p, const char *e)
{
	while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
	return p;
}

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* p at the opening quote: past the closing one, or NULL */
static const char *skip_string(const char *p, const char *e)
{
	const char *start = ++p;
	bool plain = true;
	for (;;) {
		/* the common case first: printable ASCII */
		while (p < e && (unsigned char)*p >= 0x20 && (unsigned char)*p < 0x80 && *p != '"' && *p != '\\')
			p++;
		if (p >= e)
			return NULL;
		unsigned char c = (unsigned char)*p;
		if (c == '"')
			break;
		if (c < 0x20)
			return NULL;
		if (c >= 0x80) {
			plain = false;
			p++;
			continue;
		}
		/* a backslash */
		if (++p >= e)
			return NULL;
		if (*p == 'u') {
			if (e - p < 5)
				return NULL;
			for (int i = 1; i <= 4; i++)
				if (hexval(p[i]) < 0)
					return NULL;
			p += 4;
		} else if (!*p || !strchr("\"\\/bfnrt", *p)) {
			return NULL;
		}
		p++;
	}
	if (!plain && !json_utf8_valid(start, (size_t)(p - start)))
		return NULL;
	return p + 1;
}

static const char *skip_digits(const char *p, const char *e)
{
	const char *s = p;
	while (p < e && *p >= '0' && *p <= '9')
		p++;
	return p > s ? p : NULL;
}

static const char *skip_number(const char *p, const char *e)
{
	if (p < e && *p == '-')
		p++;
	if (p < e && *p == '0')
		p++;
	else if (!(p = skip_digits(p, e)))
		return NULL;
	if (p < e && *p == '.' && !(p = skip_digits(p + 1, e)))
		return NULL;
	if (p < e && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < e && (*p == '+' || *p == '-'))
			p++;
		if (!(p = skip_digits(p, e)))
			return NULL;
	}
	return p;
}

static const char *skip_word(const char *p, const char *e, const char *w)
{
	size_t n = strlen(w);
	return (size_t)(e - p) >= n && !memcmp(p, w, n) ? p + n : NULL;
}

static const char *skip_value(const char *p, const char *e, int depth)
{
	p = skip_ws(p, e);
	if (p >= e || depth > XJSON_MAX_DEPTH)
		return NULL;
	switch (*p) {
	case '"':
		return skip_string(p, e);
	case 't':
		return skip_word(p, e, "true");
	case 'f':
		return skip_word(p, e, "false");
	case 'n':
		return skip_word(p, e, "null");
	case '[':
	case '{': {
		char close = *p == '[' ? ']' : '}';
		bool obj = *p == '{';
		p = skip_ws(p + 1, e);
		if (p < e && *p == close)
			return p + 1;
		for (;;) {
			if (obj) {
				if (p >= e || *p != '"' || !(p = skip_string(p, e)))
					return NULL;
				p = skip_ws(p, e);
				if (p >= e || *p++ != ':')
					return NULL;
			}
			if (!(p = skip_value(p, e, depth + 1)))
				return NULL;
			p = skip_ws(p, e);
			if (p < e && *p == ',') {
				p = skip_ws(p + 1, e);
				continue;
			}
			return p < e && *p == close ? p + 1 : NULL;
		}
	}
	default:
		return skip_number(p, e);
	}
}

bool xjson_valid(const char *s, size_t n)
{
	const char *e = s + n, *p = skip_value(s, e, 0);
	return p && skip_ws(p, e) == e;
}

/* the members of an object or the elements of an array, validated as they are read */
static int list(const char *s, size_t n, struct xjson_member *m, int max, bool obj)
{
	const char *e = s + n, *p = skip_ws(s, e);
	char close = obj ? '}' : ']';
	if (p >= e || *p != (obj ? '{' : '['))
		return -1;
	int k = 0;
	p = skip_ws(p + 1, e);
	if (p < e && *p == close)
		return skip_ws(p + 1, e) == e ? 0 : -1;
	for (;;) {
		const char *key = NULL, *kend = NULL;
		if (obj) {
			if (p >= e || *p != '"')
				return -1;
			key = p + 1;
			if (!(p = skip_string(p, e)))
				return -1;
			kend = p - 1;
			p = skip_ws(p, e);
			if (p >= e || *p++ != ':')
				return -1;
			p = skip_ws(p, e);
		}
		const char *val = p;
		if (!(p = skip_value(p, e, 1)))
			return -1;
		if (k < max)
			m[k] = (struct xjson_member){ key, val, obj ? (size_t)(kend - key) : 0, (size_t)(p - val) };
		k++;
		p = skip_ws(p, e);
		if (p < e && *p == ',') {
			p = skip_ws(p + 1, e);
			continue;
		}
		if (p >= e || *p != close || skip_ws(p + 1, e) != e)
			return -1;
		return k < max ? k : max;
	}
}

int xjson_members(const char *s, size_t n, struct xjson_member *m, int max)
{
	return list(s, n, m, max, true);
}

int xjson_elements(const char *s, size_t n, struct xjson_member *m, int max)
{
	return list(s, n, m, max, false);
}

static void put_utf8(struct sbuf *b, uint32_t c)
{
	char u[4];
	size_t n;
	if (c < 0x80) {
		u[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		u[0] = (char)(0xc0 | c >> 6);
		u[1] = (char)(0x80 | (c & 0x3f));
		n = 2;
	} else if (c < 0x10000) {
		u[0] = (char)(0xe0 | c >> 12);
		u[1] = (char)(0x80 | (c >> 6 & 0x3f));
		u[2] = (char)(0x80 | (c & 0x3f));
		n = 3;
	} else {
		u[0] = (char)(0xf0 | c >> 18);
		u[1] = (char)(0x80 | (c >> 12 & 0x3f));
		u[2] = (char)(0x80 | (c >> 6 & 0x3f));
		u[3] = (char)(0x80 | (c & 0x3f));
		n = 4;
	}
	sbuf_putn(b, u, n);
}

static uint32_t hex4(const char *p)
{
	return (uint32_t)(hexval(p[0]) << 12 | hexval(p[1]) << 8 | hexval(p[2]) << 4 | hexval(p[3]));
}

void xjson_unescape(struct sbuf *b, const char *s, size_t n)
{
	const char *p = s + 1, *e = s + n - 1;   /* inside the quotes */
	while (p < e) {
		const char *q = p;
		while (q < e && *q != '\\')
			q++;
		sbuf_putn(b, p, (size_t)(q - p));
		if (q >= e)
			break;
		char c = q[1];
		p = q + 2;
		switch (c) {
		case 'b': sbuf_putc(b, '\b'); break;
		case 'f': sbuf_putc(b, '\f'); break;
		case 'n': sbuf_putc(b, '\n'); break;
		case 'r': sbuf_putc(b, '\r'); break;
		case 't': sbuf_putc(b, '\t'); break;
		case 'u': {
			if (e - p < 4)
				return;
			uint32_t u = hex4(p);
			p += 4;
			if (u >= 0xd800 && u < 0xdc00 && e - p >= 6 && p[0] == '\\' && p[1] == 'u') {
				uint32_t lo = hex4(p + 2);
				if (lo >= 0xdc00 && lo < 0xe000) {
					u = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
					p += 6;
				}
			}
			if (u >= 0xd800 && u < 0xe000)
				u = 0xfffd;   /* a lone surrogate */
			put_utf8(b, u);
			break;
		}
		default: sbuf_putc(b, c); break;   /* \" \\ \/ */
		}
	}
}

void xutf8_clean(struct sbuf *b, const char *s, size_t n)
{
	if (json_utf8_valid(s, n)) {
		sbuf_putn(b, s, n);
		return;
	}
	size_t i = 0;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t k = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
		if (i + k <= n && json_utf8_valid(s + i, k)) {
			sbuf_putn(b, s + i, k);
			i += k;
		} else {
			sbuf_puts(b, "\xef\xbf\xbd");
			i++;
		}
	}
}

/* ---- writing Chrome's trace-event JSON ---- */

struct cjson {
	bool any;                    /* an event was written: the next needs a comma */
	struct xjson_member m[64];
};

static struct cjson *cj(struct exporter *x)
{
	return x->priv;
}

static void cj_start(struct exporter *x)
{
	x->priv = xcalloc(1, sizeof(struct cjson));
	sbuf_puts(&x->out, "{\"traceEvents\":[");
}

static void event_open(struct exporter *x, const char *ph)
{
	struct cjson *c = cj(x);
	sbuf_puts(&x->out, c->any ? ",\n{\"ph\":\"" : "\n{\"ph\":\"");
	sbuf_puts(&x->out, ph);
	sbuf_putc(&x->out, '"');
	c->any = true;
}

static void put_key(struct sbuf *b, const char *key)
{
	sbuf_putc(b, '"');
	sbuf_puts(b, key);
	sbuf_puts(b, "\":");
}

static void put_str(struct sbuf *b, const char *key, const char *s)
{
	put_key(b, key);
	json_text(b, s, strlen(s));
}

static void put_int(struct sbuf *b, const char *key, int64_t v)
{
	put_key(b, key);
	json_int(b, v);
}

/* microseconds since the session start, to the nanosecond */
static void put_us(struct sbuf *b, const char *key, int64_t ns)
{
	put_key(b, key);
	uint64_t a = ns < 0 ? -(uint64_t)ns : (uint64_t)ns;
	if (ns < 0)
		sbuf_putc(b, '-');
	sbuf_put_udec(b, a / 1000);
	char frac[4] = { '.', (char)('0' + a % 1000 / 100), (char)('0' + a % 100 / 10), (char)('0' + a % 10) };
	sbuf_putn(b, frac, 4);
}

static void put_ids(struct exporter *x, const struct xthread *t)
{
	sbuf_putc(&x->out, ',');
	put_int(&x->out, "pid", t->pid);
	sbuf_putc(&x->out, ',');
	put_int(&x->out, "tid", t->tid);
}

static void cj_process(struct exporter *x, const struct xproc *p)
{
	struct sbuf *b = &x->out;
	event_open(x, "M");
	sbuf_puts(b, ",\"name\":\"process_name\",");
	put_int(b, "pid", p->pid);
	sbuf_putc(b, ',');
	put_int(b, "tid", p->pid);
	sbuf_puts(b, ",\"args\":{");
	put_str(b, "name", p->name);
	sbuf_puts(b, "}}");
}

static void cj_thread(struct exporter *x, const struct xthread *t)
{
	struct sbuf *b = &x->out;
	event_open(x, "M");
	sbuf_puts(b, ",\"name\":\"thread_name\"");
	put_ids(x, t);
	sbuf_puts(b, ",\"args\":{");
	put_str(b, "name", t->name);
	sbuf_puts(b, "}}");
}

const char *xjson_free_key(const struct xjson_member *m, int n, const char *key, char *buf, size_t size)
{
	size_t len = strlen(key);
	int i;
	for (i = 0; i < n; i++)
		if (m[i].key_len == len && !memcmp(m[i].key, key, len))
			break;
	if (i == n)
		return key;   /* the common case */
	for (int k = 2;; k++) {
		snprintf(buf, size, "%s_%d", key, k);
		len = strlen(buf);
		for (i = 0; i < n; i++)
			if (m[i].key_len == len && !memcmp(m[i].key, buf, len))
				break;
		if (i == n)
			return buf;
	}
}

static void extra_key(struct exporter *x, const struct xjson_member *m, int n, const char *key)
{
	char buf[64];
	sbuf_putc(&x->out, ',');
	put_key(&x->out, xjson_free_key(m, n, key, buf, sizeof(buf)));
}

static void cj_slice_begin(struct exporter *x, const struct xthread *t, const struct xslice *s)
{
	(void)x, (void)t, (void)s;   /* written whole at its end, when its duration is known */
}

static void cj_slice_end(struct exporter *x, const struct xthread *t, const struct xslice *s)
{
	struct cjson *c = cj(x);
	struct sbuf *b = &x->out;
	event_open(x, "X");
	sbuf_puts(b, ",\"cat\":\"syscall\",");
	put_str(b, "name", s->name.p);
	sbuf_putc(b, ',');
	put_us(b, "ts", s->ts - x->start_ns);
	sbuf_putc(b, ',');
	put_us(b, "dur", s->end - s->ts);
	put_ids(x, t);
	sbuf_puts(b, ",\"args\":{");
	int n = xjson_members(s->args.p, s->args.len, c->m, (int)ARRAY_SIZE(c->m));
	bool wrote = false;
	if (n > 0) {
		/* the store's object, as it is, without its braces */
		const char *open = memchr(s->args.p, '{', s->args.len);
		const char *close = memrchr(s->args.p, '}', s->args.len);
		sbuf_putn(b, open + 1, (size_t)(close - open - 1));
		wrote = true;
	} else if (n < 0 && s->args.len) {   /* not what the store should hold: as text */
		put_key(b, "args_text");
		json_text(b, s->args.p, s->args.len);
		wrote = true;
	}
	if (n < 0)
		n = 0;
	if (wrote)
		extra_key(x, c->m, n, "store_id");
	else   /* the first member: no comma */
		put_key(b, "store_id");
	json_int(b, s->id);
	if (s->has_ret) {
		extra_key(x, c->m, n, "ret");
		json_int(b, s->ret);
	}
	if (s->errno_name.len) {
		extra_key(x, c->m, n, "errno");
		json_text(b, s->errno_name.p, s->errno_name.len);
	}
	if (s->ret_path.len) {
		extra_key(x, c->m, n, "ret_path");
		json_text(b, s->ret_path.p, s->ret_path.len);
	}
	if (s->ret_aux.len) {
		extra_key(x, c->m, n, "ret_aux");
		if (xjson_valid(s->ret_aux.p, s->ret_aux.len))
			sbuf_putn(b, s->ret_aux.p, s->ret_aux.len);
		else
			json_text(b, s->ret_aux.p, s->ret_aux.len);
	}
	if (s->open_end) {
		extra_key(x, c->m, n, "unfinished");
		const char *why = export_unfinished_text(s);
		json_text(b, why, strlen(why));
	}
	if (s->clipped) {
		extra_key(x, c->m, n, "clipped");
		sbuf_puts(b, "true");
	}
	sbuf_puts(b, "}}");
	export_flush(x, false);
}

static void cj_instant(struct exporter *x, const struct xthread *t, const struct xinstant *i)
{
	struct cjson *c = cj(x);
	struct sbuf *b = &x->out;
	char name[32];
	event_open(x, "i");
	sbuf_puts(b, ",\"s\":\"t\",");
	put_str(b, "cat", !strcmp(i->kind, "signal") || !strcmp(i->kind, "stop") ? "signal" : "process");
	sbuf_putc(b, ',');
	put_str(b, "name", export_instant_name(i, name, sizeof(name)));
	sbuf_putc(b, ',');
	put_us(b, "ts", i->ts - x->start_ns);
	put_ids(x, t);
	sbuf_puts(b, ",\"args\":{");
	if (!strcmp(i->kind, "signal") || !strcmp(i->kind, "stop")) {
		put_int(b, "signo", i->signo);
		if (i->info && xjson_members(i->info, i->info_len, c->m, 1) >= 0) {
			sbuf_putc(b, ',');
			put_key(b, "siginfo");
			sbuf_putn(b, i->info, i->info_len);
		}
	} else if (!strcmp(i->kind, "exit")) {
		put_int(b, "status", i->status);
		int st = i->status;
		if (WIFEXITED(st)) {
			sbuf_putc(b, ',');
			put_int(b, "code", WEXITSTATUS(st));
		} else if (WIFSIGNALED(st)) {
			const char *sig = signame(WTERMSIG(st));
			sbuf_putc(b, ',');
			if (sig)
				put_str(b, "killed", sig);
			else
				put_int(b, "killed", WTERMSIG(st));
			sbuf_puts(b, WCOREDUMP(st) ? ",\"core\":true" : ",\"core\":false");
		}
	} else if (!strcmp(i->kind, "exec")) {
		put_int(b, "old_tid", i->old_tid);
	}
	sbuf_puts(b, "}}");
	export_flush(x, false);
}

static void cj_finish(struct exporter *x)
{
	struct sbuf *b = &x->out;
	sbuf_puts(b, "\n],\"displayTimeUnit\":\"ns\",\"otherData\":{\"generator\":\"sctrace " SCTRACE_VERSION "\",");
	put_key(b, "start_ns");
	sbuf_putc(b, '"');
	sbuf_put_dec(b, x->start_ns);
	sbuf_putc(b, '"');
	if (x->command && xjson_valid(x->command, strlen(x->command))) {
		sbuf_putc(b, ',');
		put_key(b, "command");
		sbuf_puts(b, x->command);
	}
	sbuf_puts(b, "}}\n");
}

static void cj_free(struct exporter *x)
{
	free(x->priv);
	x->priv = NULL;
}

const struct export_writer chrome_json_writer = {
	.start = cj_start,
	.process = cj_process,
	.thread = cj_thread,
	.slice_begin = cj_slice_begin,
	.slice_end = cj_slice_end,
	.instant = cj_instant,
	.finish = cj_finish,
	.free = cj_free,
};
