/*
 * value.c - constructors for value-tree nodes.  They only allocate from the
 * arena and fill fields; rendering is the printers' business.
 */
#include "value.h"

#include <string.h>

static struct value *node(struct arena *a, enum vkind kind)
{
	struct value *v = arena_alloc(a, sizeof(*v));
	memset(v, 0, sizeof(*v));
	v->kind = kind;
	return v;
}

struct value *v_num(struct arena *a, uint64_t u, enum numfmt fmt)
{
	struct value *v = node(a, V_NUM);
	v->u = u;
	v->fmt = fmt;
	return v;
}

struct value *v_flags(struct arena *a, uint64_t u, const struct xlat *x, enum numfmt fmt)
{
	struct value *v = node(a, V_FLAGS);
	v->c.v = u;
	v->c.x = x;
	v->fmt = fmt;
	return v;
}

struct value *v_enum(struct arena *a, uint64_t u, const struct xlat *x, enum numfmt fmt)
{
	struct value *v = node(a, V_ENUM);
	v->c.v = u;
	v->c.x = x;
	v->fmt = fmt;
	return v;
}

struct value *v_sym(struct arena *a, const char *text, uint64_t u)
{
	struct value *v = node(a, V_SYM);
	v->sym.text = text;
	v->sym.v = u;
	return v;
}

struct value *v_const(struct arena *a, const char *text, uint64_t u, enum numfmt fmt)
{
	struct value *v = v_sym(a, text, u);
	v->xs |= XS_CONST;
	v->fmt = fmt;
	return v;
}

struct value *v_whole(struct value *v, uint64_t raw, enum numfmt fmt)
{
	v->xs |= XS_CONST;
	if (v->kind == V_SYM)
		v->sym.v = raw;
	else if (v->kind == V_FLAGS || v->kind == V_ENUM)
		v->c.v = raw;   /* its own number, always shown with its comment under verbose */
	else
		v->list.raw = raw;
	v->fmt = fmt;
	return v;
}

struct value *v_alt(struct value *v, const struct value *alt)
{
	v->xs |= XS_ALT;
	if (v->kind == V_SYM)
		v->sym.alt = alt;
	else
		v->list.alt = alt;
	return v;
}

struct value *v_str(struct arena *a, const char *p, size_t len, unsigned sflags)
{
	struct value *v = node(a, V_STR);
	v->s.p = p;
	v->s.len = len;
	v->sflags = sflags;
	return v;
}

struct value *v_list(struct arena *a, enum vkind kind)
{
	return node(a, kind);
}

struct value *v_call(struct arena *a, const char *fn)
{
	struct value *v = node(a, V_CALL);
	v->list.fn = fn;
	return v;
}

struct value *v_sigset(struct arena *a, uint64_t mask)
{
	struct value *v = node(a, V_SIGSET);
	v->sigset.mask = mask;
	return v;
}

struct value *v_fd(struct arena *a, int fd, const char *path)
{
	struct value *v = node(a, V_FD);
	v->fd.fd = fd;
	v->fd.path = path;
	return v;
}

struct value *v_ellipsis(struct arena *a)
{
	return node(a, V_ELLIPSIS);
}

struct value *v_changed(struct arena *a, struct value *before, struct value *after)
{
	struct value *v = node(a, V_CHANGED);
	v_add(v, before);
	v_add(v, after);
	return v;
}

struct value *v_add(struct value *list, struct value *child)
{
	child->next = NULL;
	if (list->list.last)
		list->list.last->next = child;
	else
		list->list.first = child;
	list->list.last = child;
	return child;
}

struct value *v_field(struct value *list, const char *name, struct value *child)
{
	child->name = name;
	return v_add(list, child);
}

struct value *v_index(struct arena *a, struct value *list, uint64_t k, const char *name,
		      const char *unknown, struct value *child)
{
	if (name)
		child->name = arena_printf(a, "[%s]", name);
	else if (unknown)
		child->name = arena_printf(a, "[%llu /* %s */]", (unsigned long long)k, unknown);
	else
		child->name = arena_printf(a, "[%llu]", (unsigned long long)k);
	if (k <= UINT16_MAX) {
		child->xs |= XS_INDEX;
		child->idx = (uint16_t)k;
	}
	return v_add(list, child);
}

struct value *v_label(const char *label, struct value *v)
{
	v->name = label;
	v->label = true;
	return v;
}
