/*
 * report_args.c - the store's args JSON read back for people: a small tree
 * parser (the encoding is docs/JSON.md, written by src/render/json.c), a
 * strace-like line for a call, and socket addresses as "host:port" text.
 * The rendering is readable, not byte-exact strace: replay gives that.
 */
#include "report_args.h"
#include "json.h"

#include <stdlib.h>
#include <string.h>

/* ---- parser ---- */

struct jp {
	struct arena *a;
	const char *p, *end;
	int depth;
};

static void skip_ws(struct jp *j)
{
	while (j->p < j->end && (*j->p == ' ' || *j->p == '\t' || *j->p == '\n' || *j->p == '\r'))
		j->p++;
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

static bool read_u4(struct jp *j, unsigned *out)
{
	if (j->end - j->p < 4)
		return false;
	unsigned v = 0;
	for (int i = 0; i < 4; i++) {
		int h = hexval(j->p[i]);
		if (h < 0)
			return false;
		v = v << 4 | (unsigned)h;
	}
	j->p += 4;
	*out = v;
	return true;
}

static void put_utf8(struct sbuf *b, unsigned cp)
{
	if (cp < 0x80) {
		sbuf_putc(b, (char)cp);
	} else if (cp < 0x800) {
		sbuf_putc(b, (char)(0xc0 | cp >> 6));
		sbuf_putc(b, (char)(0x80 | (cp & 0x3f)));
	} else if (cp < 0x10000) {
		sbuf_putc(b, (char)(0xe0 | cp >> 12));
		sbuf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3f)));
		sbuf_putc(b, (char)(0x80 | (cp & 0x3f)));
	} else {
		sbuf_putc(b, (char)(0xf0 | cp >> 18));
		sbuf_putc(b, (char)(0x80 | ((cp >> 12) & 0x3f)));
		sbuf_putc(b, (char)(0x80 | ((cp >> 6) & 0x3f)));
		sbuf_putc(b, (char)(0x80 | (cp & 0x3f)));
	}
}

/* A string literal at j->p (the opening quote): its bytes into the arena. */
static bool parse_string(struct jp *j, const char **out, size_t *outlen)
{
	j->p++;
	struct sbuf b = { 0 };
	bool ok = false;
	while (j->p < j->end) {
		char c = *j->p++;
		if (c == '"') {
			ok = true;
			break;
		}
		if (c != '\\') {
			sbuf_putc(&b, c);
			continue;
		}
		if (j->p >= j->end)
			break;
		c = *j->p++;
		unsigned cp;
		switch (c) {
		case 'n': sbuf_putc(&b, '\n'); continue;
		case 't': sbuf_putc(&b, '\t'); continue;
		case 'r': sbuf_putc(&b, '\r'); continue;
		case 'b': sbuf_putc(&b, '\b'); continue;
		case 'f': sbuf_putc(&b, '\f'); continue;
		case '/': case '"': case '\\': sbuf_putc(&b, c); continue;
		case 'u':
			if (!read_u4(j, &cp))
				goto out;
			if (cp >= 0xd800 && cp < 0xdc00 && j->end - j->p >= 6 && j->p[0] == '\\' && j->p[1] == 'u') {
				unsigned lo;
				j->p += 2;
				if (!read_u4(j, &lo))
					goto out;
				if (lo >= 0xdc00 && lo < 0xe000)
					cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
				else
					cp = 0xfffd;
			} else if (cp >= 0xd800 && cp < 0xe000) {
				cp = 0xfffd;
			}
			put_utf8(&b, cp);
			continue;
		default:
			goto out;
		}
	}
out:
	if (ok) {
		*outlen = b.len;
		*out = arena_strndup(j->a, b.p ? b.p : "", b.len);
	}
	sbuf_free(&b);
	return ok;
}

static struct jnode *parse_value(struct jp *j);

static struct jnode *new_node(struct jp *j, enum jkind k)
{
	struct jnode *n = arena_zalloc(j->a, sizeof(*n));
	n->kind = k;
	return n;
}

static bool parse_members(struct jp *j, struct jnode *n, bool object)
{
	char close = object ? '}' : ']';
	j->p++;
	skip_ws(j);
	if (j->p < j->end && *j->p == close) {
		j->p++;
		return true;
	}
	struct jnode **tail = &n->first;
	for (;;) {
		const char *key = NULL;
		size_t klen;
		if (object) {
			skip_ws(j);
			if (j->p >= j->end || *j->p != '"' || !parse_string(j, &key, &klen))
				return false;
			skip_ws(j);
			if (j->p >= j->end || *j->p++ != ':')
				return false;
		}
		struct jnode *v = parse_value(j);
		if (!v)
			return false;
		v->key = key;
		*tail = v;
		tail = &v->next;
		skip_ws(j);
		if (j->p >= j->end)
			return false;
		char c = *j->p++;
		if (c == close)
			return true;
		if (c != ',')
			return false;
	}
}

static struct jnode *parse_value(struct jp *j)
{
	skip_ws(j);
	if (j->p >= j->end || ++j->depth > 100)
		return NULL;
	struct jnode *n = NULL;
	char c = *j->p;
	if (c == '{' || c == '[') {
		n = new_node(j, c == '{' ? J_OBJ : J_ARR);
		if (!parse_members(j, n, c == '{'))
			return NULL;
	} else if (c == '"') {
		n = new_node(j, J_STR);
		if (!parse_string(j, &n->s, &n->len))
			return NULL;
	} else if (c == '-' || (c >= '0' && c <= '9')) {
		const char *s = j->p;
		while (j->p < j->end && (strchr("+-.eE", *j->p) || (*j->p >= '0' && *j->p <= '9')))
			j->p++;
		n = new_node(j, J_NUM);
		n->len = j->p - s;
		n->s = arena_strndup(j->a, s, n->len);
	} else if (j->end - j->p >= 4 && !memcmp(j->p, "true", 4)) {
		n = new_node(j, J_BOOL);
		n->b = true;
		j->p += 4;
	} else if (j->end - j->p >= 5 && !memcmp(j->p, "false", 5)) {
		n = new_node(j, J_BOOL);
		j->p += 5;
	} else if (j->end - j->p >= 4 && !memcmp(j->p, "null", 4)) {
		n = new_node(j, J_NULL);
		j->p += 4;
	}
	j->depth--;
	return n;
}

struct jnode *jparse(struct arena *a, const char *text, size_t len)
{
	if (!text)
		return NULL;
	struct jp j = { .a = a, .p = text, .end = text + len };
	struct jnode *n = parse_value(&j);
	skip_ws(&j);
	return n && j.p == j.end ? n : NULL;
}

const struct jnode *jget(const struct jnode *obj, const char *key)
{
	if (!obj || obj->kind != J_OBJ)
		return NULL;
	for (const struct jnode *c = obj->first; c; c = c->next)
		if (!strcmp(c->key, key))
			return c;
	return NULL;
}

int64_t jint(const struct jnode *n)
{
	if (!n || (n->kind != J_NUM && n->kind != J_STR))
		return 0;
	return strtoll(n->s, NULL, 10);
}

/* ---- strace-like rendering ---- */

static void render(struct sbuf *b, const struct jnode *v);

/* Does every member of obj have one of the keys (a space-separated list)? */
static bool keys_within(const struct jnode *obj, const char *allowed)
{
	for (const struct jnode *c = obj->first; c; c = c->next) {
		size_t kl = strlen(c->key);
		const char *p = allowed;
		bool found = false;
		while (*p && !found) {
			size_t n = strcspn(p, " ");
			found = n == kl && !memcmp(p, c->key, n);
			p += n + (p[n] == ' ');
		}
		if (!found)
			return false;
	}
	return true;
}

static void put_quoted(struct sbuf *b, const char *s, size_t len)
{
	bool utf8 = json_utf8_valid(s, len);
	sbuf_putc(b, '"');
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		switch (c) {
		case '"': sbuf_puts(b, "\\\""); continue;
		case '\\': sbuf_puts(b, "\\\\"); continue;
		case '\n': sbuf_puts(b, "\\n"); continue;
		case '\t': sbuf_puts(b, "\\t"); continue;
		case '\r': sbuf_puts(b, "\\r"); continue;
		}
		if (c >= 0x20 && c != 0x7f && (c < 0x80 || utf8))
			sbuf_putc(b, (char)c);
		else
			sbuf_printf(b, "\\x%02x", c);
	}
	sbuf_putc(b, '"');
}

static void put_number(struct sbuf *b, const struct jnode *v)
{
	/* JSON kept the number, not strace's format: large ones are addresses, shown in hex */
	const char *s = v->s;
	if (s[0] != '-' && !strpbrk(s, ".eE") && v->len > 9) {
		unsigned long long u = strtoull(s, NULL, 10);
		if (u >= UINT64_C(1) << 32) {
			sbuf_printf(b, "%#llx", u);
			return;
		}
	}
	sbuf_puts(b, s);
}

static void put_comment(struct sbuf *b, const struct jnode *obj)
{
	const struct jnode *c = jget(obj, "comment");
	if (c && c->kind == J_STR) {
		sbuf_puts(b, " /* ");
		sbuf_putn(b, c->s, c->len);
		sbuf_puts(b, " */");
	}
}

static void render_list(struct sbuf *b, const struct jnode *first, const char *sep, bool keys)
{
	for (const struct jnode *c = first; c; c = c->next) {
		if (keys && !strcmp(c->key, "comment"))
			continue;
		if (c != first)
			sbuf_puts(b, sep);
		if (keys && !strncmp(c->key, "...", 3)) {
			sbuf_puts(b, "...");
			continue;
		}
		if (keys && c->key[0] != '_') {
			sbuf_puts(b, c->key);
			sbuf_putc(b, '=');
		}
		render(b, c);
	}
}

static bool render_special(struct sbuf *b, const struct jnode *v)
{
	const struct jnode *x;
	if ((jget(v, "str") || jget(v, "hex") || jget(v, "redacted")) &&
	    keys_within(v, "str hex truncated redacted abstract comment")) {
		if (jget(v, "redacted")) {
			sbuf_puts(b, "\"<redacted>\"");
		} else if ((x = jget(v, "str"))) {
			if (jget(v, "abstract"))
				sbuf_putc(b, '@');
			put_quoted(b, x->s, x->len);
		} else {
			x = jget(v, "hex");
			sbuf_putc(b, '"');
			for (size_t i = 0; x && i + 1 < x->len; i += 2) {
				sbuf_puts(b, "\\x");
				sbuf_putn(b, x->s + i, 2);
			}
			sbuf_putc(b, '"');
		}
		if (jget(v, "truncated"))
			sbuf_puts(b, "...");
	} else if ((x = jget(v, "flags")) && x->kind == J_ARR && keys_within(v, "flags value unknown comment")) {
		const struct jnode *unk = jget(v, "unknown");
		bool any = false;
		for (const struct jnode *f = x->first; f; f = f->next) {
			if (any)
				sbuf_putc(b, '|');
			if (f->kind == J_STR)
				sbuf_putn(b, f->s, f->len);
			else
				render(b, f);
			any = true;
		}
		if (unk) {
			if (any)
				sbuf_putc(b, '|');
			sbuf_printf(b, "%#llx", (unsigned long long)jint(unk));
			any = true;
		}
		if (!any)
			sbuf_puts(b, jint(jget(v, "value")) ? "?" : "0");
	} else if ((x = jget(v, "enum")) && keys_within(v, "enum value comment")) {
		if (x->kind == J_STR)
			sbuf_puts(b, x->s);
		else
			render(b, jget(v, "value"));
	} else if ((x = jget(v, "sym")) && x->kind == J_STR && keys_within(v, "sym value path path_hex comment")) {
		sbuf_puts(b, x->s);
		if ((x = jget(v, "path")) && x->kind == J_STR) {
			sbuf_putc(b, '<');
			sbuf_putn(b, x->s, x->len);
			sbuf_putc(b, '>');
		}
	} else if ((x = jget(v, "or")) && x->kind == J_ARR && keys_within(v, "or comment")) {
		render_list(b, x->first, "|", false);
	} else if ((x = jget(v, "call")) && x->kind == J_STR && keys_within(v, "call args comment")) {
		sbuf_puts(b, x->s);
		sbuf_putc(b, '(');
		const struct jnode *a = jget(v, "args");
		if (a && a->kind == J_ARR)
			render_list(b, a->first, ", ", false);
		sbuf_putc(b, ')');
	} else if ((x = jget(v, "fd")) && keys_within(v, "fd path path_hex comment")) {
		render(b, x);
		if ((x = jget(v, "path")) && x->kind == J_STR) {
			sbuf_putc(b, '<');
			sbuf_putn(b, x->s, x->len);
			sbuf_putc(b, '>');
		}
	} else if ((x = jget(v, "sigset")) && x->kind == J_ARR && keys_within(v, "sigset value comment")) {
		sbuf_putc(b, '[');
		for (const struct jnode *s = x->first; s; s = s->next) {
			if (s != x->first)
				sbuf_putc(b, ' ');
			if (s->kind == J_STR)
				sbuf_puts(b, strncmp(s->s, "SIG", 3) ? s->s : s->s + 3);
			else
				render(b, s);
		}
		sbuf_putc(b, ']');
	} else if (jget(v, "before") && keys_within(v, "before after")) {
		render(b, jget(v, "before"));
		sbuf_puts(b, " => ");
		render(b, jget(v, "after"));
	} else if (jget(v, "ellipsis") && keys_within(v, "ellipsis comment")) {
		sbuf_puts(b, "...");
	} else if (jget(v, "value") && jget(v, "comment") && keys_within(v, "value comment")) {
		render(b, jget(v, "value"));
	} else {
		return false;
	}
	put_comment(b, v);
	return true;
}

static void render(struct sbuf *b, const struct jnode *v)
{
	if (!v) {
		sbuf_putc(b, '?');
		return;
	}
	switch (v->kind) {
	case J_NULL: sbuf_puts(b, "NULL"); break;
	case J_BOOL: sbuf_puts(b, v->b ? "true" : "false"); break;
	case J_NUM: put_number(b, v); break;
	case J_STR:
		/* integers beyond 2^53 are decimal strings in the JSON (docs/JSON.md) */
		if (v->len >= 16 && v->len <= 20 && strspn(v->s + (v->s[0] == '-'), "0123456789") ==
		    v->len - (v->s[0] == '-'))
			sbuf_putn(b, v->s, v->len);
		else
			put_quoted(b, v->s, v->len);
		break;
	case J_ARR:
		sbuf_putc(b, '[');
		render_list(b, v->first, ", ", false);
		sbuf_putc(b, ']');
		break;
	case J_OBJ:
		if (render_special(b, v))
			break;
		sbuf_putc(b, '{');
		render_list(b, v->first, ", ", true);
		sbuf_putc(b, '}');
		put_comment(b, v);
		break;
	}
}

void jrender_args(struct sbuf *b, const struct jnode *args)
{
	if (!args || args->kind != J_OBJ) {
		if (args)
			render(b, args);
		return;
	}
	for (const struct jnode *c = args->first; c; c = c->next) {
		if (c != args->first)
			sbuf_puts(b, ", ");
		/* a plain file mode is a number in the JSON; strace shows it in octal */
		if (c->kind == J_NUM && !strcmp(c->key, "mode") && c->s[0] != '-')
			sbuf_printf(b, "%#llo", (unsigned long long)jint(c));
		else
			render(b, c);
	}
}

/* Calls whose return value is an address, which strace prints in hex. */
static bool returns_address(const char *name)
{
	static const char *const names[] = { "mmap", "mremap", "brk", "shmat" };
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(name, names[i]))
			return true;
	return false;
}

void jrender_call(struct sbuf *b, const struct call_line *c)
{
	struct arena a = { 0 };
	sbuf_puts(b, c->name);
	sbuf_putc(b, '(');
	if (c->args_json) {
		const struct jnode *args = jparse(&a, c->args_json, strlen(c->args_json));
		if (args)
			jrender_args(b, args);
		else
			sbuf_puts(b, "...");
	}
	sbuf_puts(b, ") = ");
	if (c->unfinished || !c->have_ret)
		sbuf_putc(b, '?');
	else if (!c->errno_name && returns_address(c->name))
		sbuf_printf(b, "%#llx", (unsigned long long)c->ret);
	else
		sbuf_printf(b, "%lld", (long long)c->ret);
	if (c->errno_name) {
		sbuf_putc(b, ' ');
		sbuf_puts(b, c->errno_name);
	}
	if (c->ret_path && !c->errno_name) {
		sbuf_putc(b, '<');
		sbuf_puts(b, c->ret_path);
		sbuf_putc(b, '>');
	}
	if (c->unfinished)
		sbuf_puts(b, " <unfinished>");
	arena_free(&a);
}

/* ---- socket addresses ---- */

static const struct jnode *find_sockaddr(const struct jnode *v, int depth)
{
	if (!v || depth > 8 || (v->kind != J_OBJ && v->kind != J_ARR))
		return NULL;
	if (v->kind == J_OBJ && jget(v, "sa_family"))
		return v;
	for (const struct jnode *c = v->first; c; c = c->next) {
		const struct jnode *r = find_sockaddr(c, depth + 1);
		if (r)
			return r;
	}
	return NULL;
}

/* The first argument of a call value such as {"call":"htons","args":[80]}. */
static const struct jnode *call_arg(const struct jnode *v, int i)
{
	const struct jnode *a = jget(v, "args");
	if (!a || a->kind != J_ARR)
		return NULL;
	for (a = a->first; a && i; a = a->next)
		i--;
	return a;
}

bool sockaddr_text(const struct jnode *v, struct sbuf *out, const char **family)
{
	const struct jnode *sa = find_sockaddr(v, 0);
	if (!sa)
		return false;
	const struct jnode *fam = jget(jget(sa, "sa_family"), "enum");
	const char *f = fam && fam->kind == J_STR ? fam->s : "AF_???";
	*family = f;
	const struct jnode *x;
	if (!strcmp(f, "AF_INET")) {
		x = call_arg(jget(sa, "sin_addr"), 0);
		if (!x || x->kind != J_STR)
			return false;   /* too short to be decoded: no address */
		sbuf_printf(out, "%s:%lld", x->s, (long long)jint(call_arg(jget(sa, "sin_port"), 0)));
	} else if (!strcmp(f, "AF_INET6")) {
		const char *ip = NULL;
		for (const struct jnode *c = sa->first; c; c = c->next) {
			const struct jnode *fn = jget(c, "call");
			if (fn && fn->kind == J_STR && !strcmp(fn->s, "inet_pton") &&
			    (x = call_arg(c, 1)) && x->kind == J_STR)
				ip = x->s;
		}
		if (!ip)
			return false;
		sbuf_printf(out, "[%s]:%lld", ip, (long long)jint(call_arg(jget(sa, "sin6_port"), 0)));
	} else if (!strcmp(f, "AF_UNIX")) {
		x = jget(sa, "sun_path");
		if (x && x->kind == J_STR && x->len) {
			sbuf_putn(out, x->s, x->len);
		} else if (x && (x = jget(x, "str")) && x->kind == J_STR) {
			sbuf_putc(out, '@');
			sbuf_putn(out, x->s, x->len);
		} else {
			sbuf_puts(out, "(unnamed)");
		}
	} else if (!strcmp(f, "AF_NETLINK")) {
		sbuf_printf(out, "pid %lld", (long long)jint(jget(sa, "nl_pid")));
	} else {
		sbuf_puts(out, f);
	}
	return true;
}
