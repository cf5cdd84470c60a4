/*
 * rules_cond.c - conditions and output templates: a condition's text is
 * compiled into a tree of and/or/not over tests of one field against
 * literals (lists expanded, macros resolved, literal types checked against
 * the field's), which is evaluated per event by reading each field once.
 * Output templates are literal text with %field and %{field} in it.
 */
#include "rules.h"
#include "fields.h"
#include "sbuf.h"

#include <ctype.h>
#include <fnmatch.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

enum nkind { N_AND, N_OR, N_NOT, N_TEST, N_BARE, N_MACRO };
enum op { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_IN, OP_CONTAINS, OP_STARTSWITH,
	  OP_ENDSWITH, OP_GLOB, OP_CIDR };

static const char *const op_names[] = {
	[OP_EQ] = "=", [OP_NE] = "!=", [OP_LT] = "<", [OP_LE] = "<=", [OP_GT] = ">", [OP_GE] = ">=",
	[OP_IN] = "in", [OP_CONTAINS] = "contains", [OP_STARTSWITH] = "startswith",
	[OP_ENDSWITH] = "endswith", [OP_GLOB] = "glob", [OP_CIDR] = "cidr",
};

struct lit {
	char *s;
	bool isnum;
	int64_t n;
	bool isip;       /* an address, or a CIDR range with bits */
	struct ipaddr ip;
	int bits;
};

struct rnode {
	int kind;
	struct rnode *l, *r;   /* N_MACRO: l is the macro's tree (not ours) */
	const struct field *f;
	char *param;
	int op;
	struct lit *lits;
	int nlits;
};

/* ---- compiling ---- */

enum tok { T_END, T_LP, T_RP, T_COMMA, T_OP, T_WORD, T_STR };

struct cc {
	struct ruleset *rs;
	const char *file;
	int line;
	const char *s;       /* the text being read */
	int tok;
	char *text;          /* the token's text */
	bool failed;
	int nodes;           /* made so far: trees are evaluated recursively, so they stay small */
};

#define MAX_NODES 4096       /* per condition */
#define MAX_MACRO_DEPTH 64   /* macros inside macros */
static int macro_depth;

static void cc_error(struct cc *c, const char *fmt, ...) ATTR_PRINTF(2, 3);
static void cc_error(struct cc *c, const char *fmt, ...)
{
	if (c->failed)
		return;
	c->failed = true;
	int n = snprintf(c->rs->err, sizeof(c->rs->err), "%s:%d: ", c->file, c->line);
	va_list ap;
	va_start(ap, fmt);
	if (n > 0 && (size_t)n < sizeof(c->rs->err))
		vsnprintf(c->rs->err + n, sizeof(c->rs->err) - n, fmt, ap);
	va_end(ap);
}

static bool word_char(char ch)
{
	return ch && !strchr(" \t\r\n(),=!<>\"'", ch);
}

static void next(struct cc *c)
{
	free(c->text);
	c->text = NULL;
	while (*c->s == ' ' || *c->s == '\t' || *c->s == '\n' || *c->s == '\r')
		c->s++;
	const char *s = c->s;
	if (!*s) {
		c->tok = T_END;
		return;
	}
	if (*s == '(' || *s == ')' || *s == ',') {
		c->tok = *s == '(' ? T_LP : *s == ')' ? T_RP : T_COMMA;
		c->text = strndup(s, 1);
		c->s++;
		return;
	}
	if (*s == '"' || *s == '\'') {
		const char *e = strchr(s + 1, *s);
		if (!e) {
			cc_error(c, "unterminated string %s", s);
			c->tok = T_END;
			return;
		}
		c->tok = T_STR;
		c->text = strndup(s + 1, (size_t)(e - s - 1));
		c->s = e + 1;
		return;
	}
	if (strchr("=!<>", *s)) {
		size_t l = s[1] == '=' ? 2 : 1;
		if (*s == '!' && l == 1) {
			cc_error(c, "'!' must be '!=' (negation is 'not')");
			c->tok = T_END;
			return;
		}
		c->tok = T_OP;
		c->text = strndup(s, l);
		c->s += l;
		return;
	}
	size_t l = 0;
	while (word_char(s[l]))
		l++;
	c->tok = T_WORD;
	c->text = strndup(s, l);
	c->s += l;
}

static bool is_word(const struct cc *c, const char *w)
{
	return c->tok == T_WORD && !strcmp(c->text, w);
}

static int op_of(const struct cc *c)
{
	if (c->tok == T_OP) {
		if (!strcmp(c->text, "==") || !strcmp(c->text, "="))
			return OP_EQ;
		for (int i = OP_NE; i <= OP_GE; i++)
			if (!strcmp(c->text, op_names[i]))
				return i;
		return -1;
	}
	if (c->tok == T_WORD)
		for (int i = OP_IN; i <= OP_CIDR; i++)
			if (!strcmp(c->text, op_names[i]))
				return i;
	return -1;
}

static struct rnode *node(struct cc *c, int kind)
{
	if (++c->nodes == MAX_NODES)
		cc_error(c, "condition too long (more than %d terms)", MAX_NODES);
	struct rnode *n = xcalloc(1, sizeof(*n));
	n->kind = kind;
	return n;
}

static void node_free(struct rnode *n)
{
	if (!n)
		return;
	if (n->kind != N_MACRO)
		node_free(n->l);
	node_free(n->r);
	for (int i = 0; i < n->nlits; i++)
		free(n->lits[i].s);
	free(n->lits);
	free(n->param);
	free(n);
}

static const struct rlist *find_list(const struct ruleset *rs, const char *name)
{
	for (int i = rs->nlists - 1; i >= 0; i--)
		if (!strcmp(rs->lists[i].name, name))
			return &rs->lists[i];
	return NULL;
}

static struct rmacro *find_macro(struct ruleset *rs, const char *name)
{
	for (int i = rs->nmacros - 1; i >= 0; i--)
		if (!strcmp(rs->macros[i].name, name))
			return &rs->macros[i];
	return NULL;
}

static bool parse_num(const char *s, int64_t *out)
{
	char *end;
	if (!*s)
		return false;
	long long v = strtoll(s, &end, 0);
	if (*end)
		return false;
	*out = v;
	return true;
}

static bool parse_cidr(const char *s, struct ipaddr *ip, int *bits)
{
	char buf[80];
	const char *slash = strchr(s, '/');
	size_t l = slash ? (size_t)(slash - s) : strlen(s);
	if (l >= sizeof(buf))
		return false;
	memcpy(buf, s, l);
	buf[l] = 0;
	if (!parse_ip(buf, ip))
		return false;
	int max = ip->family == AF_INET ? 32 : 128;
	int64_t b = max;
	if (slash && (!parse_num(slash + 1, &b) || b < 0 || b > max))
		return false;
	*bits = (int)b;
	return true;
}

static void add_lit(struct rnode *n, const char *s)
{
	n->lits = xrealloc(n->lits, (n->nlits + 1) * sizeof(*n->lits));
	struct lit *l = &n->lits[n->nlits++];
	memset(l, 0, sizeof(*l));
	l->s = xstrdup(s);
	l->isnum = parse_num(s, &l->n);
	l->isip = parse_cidr(s, &l->ip, &l->bits);
}

/* one literal, or a list name (expanded) when bare */
static void operand_item(struct cc *c, struct rnode *n)
{
	if (c->tok == T_STR) {
		add_lit(n, c->text);
	} else if (c->tok == T_WORD) {
		const struct rlist *l = find_list(c->rs, c->text);
		if (l)
			for (int i = 0; i < l->n; i++)
				add_lit(n, l->items[i]);
		else
			add_lit(n, c->text);
	} else {
		cc_error(c, "expected a value after '%s'", op_names[n->op]);
		return;
	}
	next(c);
}

static void operand(struct cc *c, struct rnode *n)
{
	if (c->tok != T_LP) {
		operand_item(c, n);
		return;
	}
	next(c);
	while (!c->failed && c->tok != T_RP) {
		operand_item(c, n);
		if (c->tok == T_COMMA)
			next(c);
		else if (c->tok != T_RP)
			cc_error(c, "expected ',' or ')' in a list of values");
	}
	next(c);
}

/* the literals must suit the field's type */
static void check_types(struct cc *c, struct rnode *n)
{
	int t = n->f->type, op = n->op;
	if (t == FT_ANY)
		return;
	bool string_op = op == OP_CONTAINS || op == OP_STARTSWITH || op == OP_ENDSWITH || op == OP_GLOB;
	bool order_op = op >= OP_LT && op <= OP_GE;
	const char *name = n->f->name;
	if ((t == FT_NUM || t == FT_BOOL || t == FT_ADDR) && string_op)
		{ cc_error(c, "'%s' is a %s: '%s' needs a string", name, ftype_name(t), op_names[op]); return; }
	if (t != FT_NUM && order_op)
		{ cc_error(c, "'%s' is a %s: '%s' needs a number", name, ftype_name(t), op_names[op]); return; }
	if (op == OP_CIDR && t != FT_ADDR && t != FT_STR)
		{ cc_error(c, "'%s' is a %s: 'cidr' needs an address", name, ftype_name(t)); return; }
	for (int i = 0; i < n->nlits; i++) {
		const struct lit *l = &n->lits[i];
		if (t == FT_NUM && !l->isnum)
			{ cc_error(c, "'%s' is a number: '%s' is not one", name, l->s); return; }
		if (t == FT_BOOL && strcmp(l->s, "true") && strcmp(l->s, "false"))
			{ cc_error(c, "'%s' is true or false, not '%s'", name, l->s); return; }
		if ((t == FT_ADDR || op == OP_CIDR) && !l->isip)
			{ cc_error(c, "'%s' is not an address or CIDR range", l->s); return; }
	}
}

static struct rnode *parse_or(struct cc *c, int depth);

static struct rnode *macro_ref(struct cc *c, struct rmacro *m);

static struct rnode *parse_test(struct cc *c)
{
	if (c->tok != T_WORD) {
		cc_error(c, c->tok == T_END ? "condition ends too early" : "unexpected '%s'", c->text);
		return NULL;
	}
	const char *param;
	const struct field *f = field_find(c->text, &param);
	if (!f) {
		struct rmacro *m = find_macro(c->rs, c->text);
		if (!m) {
			if (find_list(c->rs, c->text))
				cc_error(c, "'%s' is a list: use it after 'in' or another operator", c->text);
			else
				cc_error(c, "unknown field or macro '%s'", c->text);
			return NULL;
		}
		struct rnode *n = macro_ref(c, m);
		next(c);
		return n;
	}
	struct rnode *n = node(c, N_BARE);
	n->f = f;
	n->param = param ? xstrdup(param) : NULL;
	next(c);
	int op = op_of(c);
	if (op < 0)
		return n;   /* a bare field: true when present and non-zero / non-empty */
	n->kind = N_TEST;
	n->op = op;
	next(c);
	operand(c, n);
	if (!c->failed && !n->nlits && op != OP_IN)
		cc_error(c, "'%s' needs a value", op_names[op]);
	if (!c->failed)
		check_types(c, n);
	return n;
}

static struct rnode *parse_unary(struct cc *c, int depth)
{
	if (depth > 200) {
		cc_error(c, "condition nested too deeply");
		return NULL;
	}
	if (is_word(c, "not")) {
		next(c);
		struct rnode *n = node(c, N_NOT);
		n->l = parse_unary(c, depth + 1);
		return n;
	}
	if (c->tok == T_LP) {
		next(c);
		struct rnode *n = parse_or(c, depth + 1);
		if (!c->failed && c->tok != T_RP)
			cc_error(c, c->tok == T_END ? "missing ')'" : "expected ')' before '%s'", c->text);
		next(c);
		return n;
	}
	return parse_test(c);
}

static struct rnode *parse_and(struct cc *c, int depth)
{
	struct rnode *l = parse_unary(c, depth);
	while (!c->failed && is_word(c, "and")) {
		next(c);
		struct rnode *n = node(c, N_AND);
		n->l = l;
		n->r = parse_unary(c, depth);
		l = n;
	}
	return l;
}

static struct rnode *parse_or(struct cc *c, int depth)
{
	struct rnode *l = parse_and(c, depth);
	while (!c->failed && is_word(c, "or")) {
		next(c);
		struct rnode *n = node(c, N_OR);
		n->l = l;
		n->r = parse_and(c, depth);
		l = n;
	}
	return l;
}

/* Compile text (from file:line); NULL with rs->err set on error. */
static struct rnode *compile(struct ruleset *rs, const char *file, int line, const char *text)
{
	struct cc c = { .rs = rs, .file = file, .line = line, .s = text };
	next(&c);
	if (c.tok == T_END && !c.failed)
		cc_error(&c, "empty condition");
	struct rnode *n = c.failed ? NULL : parse_or(&c, 0);
	if (!c.failed && c.tok != T_END)
		cc_error(&c, "unexpected '%s' (missing 'and' or 'or'?)", c.text);
	free(c.text);
	if (c.failed) {
		node_free(n);
		return NULL;
	}
	return n;
}

static struct rnode *macro_ref(struct cc *c, struct rmacro *m)
{
	if (m->state == 1) {
		cc_error(c, "macro '%s' refers to itself", m->name);
		return NULL;
	}
	if (m->state == 0) {
		if (macro_depth >= MAX_MACRO_DEPTH) {
			cc_error(c, "macros nested more than %d deep", MAX_MACRO_DEPTH);
			return NULL;
		}
		m->state = 1;
		macro_depth++;
		m->ast = compile(c->rs, m->file, m->line, m->text);
		macro_depth--;
		m->state = 2;
		if (!m->ast) {
			c->failed = true;   /* rs->err already says where */
			return NULL;
		}
	}
	if (!m->ast) {
		c->failed = true;
		return NULL;
	}
	struct rnode *n = node(c, N_MACRO);
	n->l = m->ast;
	return n;
}

/* ---- output templates ---- */

static bool tmpl_compile(struct ruleset *rs, struct rule *r)
{
	const char *s = r->output;
	struct sbuf lit = { 0 };
	r->tmpl = NULL;
	r->ntmpl = 0;
#define PUSH(t, f_, p_) do { \
	r->tmpl = xrealloc(r->tmpl, (r->ntmpl + 1) * sizeof(*r->tmpl)); \
	r->tmpl[r->ntmpl++] = (struct tpart){ t, f_, p_ }; } while (0)
	while (*s) {
		if (*s != '%') {
			sbuf_putc(&lit, *s++);
			continue;
		}
		if (s[1] == '%') {
			sbuf_putc(&lit, '%');
			s += 2;
			continue;
		}
		bool brace = s[1] == '{';
		const char *b = s + 1 + brace;
		size_t l = 0;
		if (brace) {
			const char *e = strchr(b, '}');
			l = e ? (size_t)(e - b) : strlen(b);
		} else {
			while (b[l] && (isalnum((unsigned char)b[l]) || b[l] == '.' || b[l] == '_'))
				l++;
			while (l && b[l - 1] == '.')   /* a sentence's full stop */
				l--;
		}
		char *name = strndup(b, l);
		const char *param;
		const struct field *f = l ? field_find(name, &param) : NULL;
		if (!f) {
			snprintf(rs->err, sizeof(rs->err), "%s:%d: unknown field '%s' in the output of rule '%s'",
				 r->out_file, r->out_line, name, r->name);
			free(name);
			sbuf_free(&lit);
			return false;
		}
		if (lit.len)
			PUSH(strndup(lit.p, lit.len), NULL, NULL);
		lit.len = 0;
		PUSH(NULL, f, param ? xstrdup(param) : NULL);
		free(name);
		s = b + l + (brace && b[l] == '}');
	}
	if (lit.len)
		PUSH(strndup(lit.p, lit.len), NULL, NULL);
#undef PUSH
	sbuf_free(&lit);
	return true;
}

void rule_output(const struct rule *r, struct evctx *e, struct sbuf *b)
{
	for (int i = 0; i < r->ntmpl; i++) {
		if (r->tmpl[i].text)
			sbuf_puts(b, r->tmpl[i].text);
		else
			field_text(e, r->tmpl[i].f, r->tmpl[i].param, b);
	}
}

bool ruleset_compile(struct ruleset *rs)
{
	for (int i = 0; i < rs->nrules; i++) {
		struct rule *r = &rs->rules[i];
		if (!r->enabled)
			continue;
		r->ast = compile(rs, r->cond_file, r->cond_line, r->cond);
		if (!r->ast || !tmpl_compile(rs, r))
			return false;
	}
	return true;
}

void rules_free_compiled(struct ruleset *rs)
{
	for (int i = 0; i < rs->nmacros; i++)
		node_free(rs->macros[i].ast);
	for (int i = 0; i < rs->nrules; i++) {
		node_free(rs->rules[i].ast);
		for (int j = 0; j < rs->rules[i].ntmpl; j++) {
			free(rs->rules[i].tmpl[j].text);
			free(rs->rules[i].tmpl[j].param);
		}
		free(rs->rules[i].tmpl);
	}
}

/* ---- evaluation ---- */

static bool in_cidr(const struct ipaddr *a, const struct lit *l)
{
	if (!l->isip)
		return false;
	struct ipaddr v = *a;
	/* an IPv4-mapped IPv6 address (::ffff:1.2.3.4) is tested as IPv4 */
	static const uint8_t mapped[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff };
	if (v.family == AF_INET6 && l->ip.family == AF_INET && !memcmp(v.a, mapped, 12)) {
		memmove(v.a, v.a + 12, 4);
		v.family = AF_INET;
	}
	if (v.family != l->ip.family)
		return false;
	int full = l->bits / 8, rest = l->bits % 8;
	if (memcmp(v.a, l->ip.a, full))
		return false;
	if (!rest)
		return true;
	uint8_t mask = (uint8_t)(0xff << (8 - rest));
	return (v.a[full] & mask) == (l->ip.a[full] & mask);
}

static bool str_match(int op, const char *s, const struct lit *l)
{
	size_t sl, ll;
	int64_t n;
	struct ipaddr ip;
	switch (op) {
	case OP_EQ: case OP_NE: case OP_IN: return !strcmp(s, l->s);
	case OP_CONTAINS: return strstr(s, l->s) != NULL;
	case OP_STARTSWITH: return !strncmp(s, l->s, strlen(l->s));
	case OP_ENDSWITH:
		sl = strlen(s), ll = strlen(l->s);
		return sl >= ll && !strcmp(s + sl - ll, l->s);
	case OP_GLOB: return fnmatch(l->s, s, 0) == 0;
	case OP_CIDR: return parse_ip(s, &ip) && in_cidr(&ip, l);
	default:
		if (!parse_num(s, &n) || !l->isnum)
			return false;
		return op == OP_LT ? n < l->n : op == OP_LE ? n <= l->n : op == OP_GT ? n > l->n : n >= l->n;
	}
}

static bool lit_match(int op, const struct fval *v, const struct lit *l)
{
	char num[32];
	switch (v->type) {
	case FT_STR:
		return str_match(op, v->s, l);
	case FT_NUM:
		switch (op) {
		case OP_EQ: case OP_NE: case OP_IN: return l->isnum && v->n == l->n;
		case OP_LT: return l->isnum && v->n < l->n;
		case OP_LE: return l->isnum && v->n <= l->n;
		case OP_GT: return l->isnum && v->n > l->n;
		case OP_GE: return l->isnum && v->n >= l->n;
		default:
			snprintf(num, sizeof(num), "%lld", (long long)v->n);
			return str_match(op, num, l);
		}
	case FT_BOOL:
		return !strcmp(l->s, v->n ? "true" : "false");
	case FT_ADDR:
		return in_cidr(&v->ip, l);
	case FT_SET:
		for (int i = 0; i < v->nset; i++)
			if (v->set[i] && str_match(op == OP_CONTAINS ? OP_EQ : op, v->set[i], l))
				return true;
		return false;
	}
	return false;
}

static bool truthy(const struct fval *v)
{
	switch (v->type) {
	case FT_STR: return v->s && *v->s;
	case FT_NUM: case FT_BOOL: return v->n != 0;
	case FT_SET: return v->nset > 0;
	default: return true;
	}
}

static bool eval(const struct rnode *n, struct evctx *e)
{
	switch (n->kind) {
	case N_AND: return eval(n->l, e) && eval(n->r, e);
	case N_OR: return eval(n->l, e) || eval(n->r, e);
	case N_NOT: return !eval(n->l, e);
	case N_MACRO: return eval(n->l, e);
	case N_BARE: {
		struct fval v = { 0 };
		return n->f->get(e, n->param, &v) && truthy(&v);
	}
	case N_TEST: {
		struct fval v = { 0 };
		if (!n->f->get(e, n->param, &v))
			return false;   /* an absent field satisfies no test */
		bool any = false;
		for (int i = 0; i < n->nlits && !any; i++)
			any = lit_match(n->op, &v, &n->lits[i]);
		return n->op == OP_NE ? !any : any;
	}
	}
	return false;
}

bool rule_matches(const struct rule *r, struct evctx *e)
{
	return r->ast && eval(r->ast, e);
}
