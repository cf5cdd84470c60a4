/*
 * dec_ioctl_uffd.c - ioctl arguments of userfaultfd descriptors (UFFDIO_*).
 * The kernel writes its answer into the struct the caller passed: the
 * request part is built at entry, kept (priv[0]), and completed at exit
 * when the call succeeded.
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/userfaultfd.h>

static struct value *mk_range(struct dctx *c, const struct uffdio_range *r)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "start", mk_hex(c, r->start));
	v_field(s, "len", mk_hex(c, r->len));
	return s;
}

static struct value *mk_ioctls(struct dctx *c, uint64_t v)
{
	return ioh_bits(c, v, &xlat_ioctl_uffd_ioctl_bits, "1<<%s");
}

/* The kept entry struct at exit, or NULL when there is nothing to add to it */
static struct value *kept(struct dctx *c)
{
	return (struct value *)(uintptr_t)c->priv[0];
}

static struct value *ioh_uffd_api(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct uffdio_api a;
	struct value *fb;
	if (c->exiting) {
		struct value *s = kept(c);
		if (!s || failed(c) || mem_read(c->mem, arg, &a, sizeof(a)) != 0)
			return s;
		if (a.features != c->priv[1]) {
			/* features=ASKED => features=GRANTED */
			struct value *f = s->list.last;
			struct value *after = mk_flags(c, a.features, &xlat_ioctl_uffd_features);
			after->name = "features";
			struct value *ch = v_changed(c->a, f, after);
			struct value **pp = &s->list.first;
			while (*pp != f)
				pp = &(*pp)->next;
			*pp = ch;
			s->list.last = ch;
		}
		v_field(s, "ioctls", mk_ioctls(c, a.ioctls));
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &a, sizeof(a), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "api", mk_hex(c, a.api));
	v_field(s, "features", mk_flags(c, a.features, &xlat_ioctl_uffd_features));
	c->priv[0] = (uint64_t)(uintptr_t)s;
	c->priv[1] = a.features;
	return NULL;
}

static struct value *ioh_uffd_register(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct uffdio_register r;
	struct value *fb;
	if (c->exiting) {
		struct value *s = kept(c);
		if (s && !failed(c) && mem_read(c->mem, arg, &r, sizeof(r)) == 0)
			v_field(s, "ioctls", mk_ioctls(c, r.ioctls));
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "range", mk_range(c, &r.range));
	v_field(s, "mode", mk_flags(c, r.mode, &xlat_ioctl_uffd_register_modes));
	c->priv[0] = (uint64_t)(uintptr_t)s;
	return NULL;
}

static struct value *ioh_uffd_copy(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct uffdio_copy p;
	struct value *fb;
	if (c->exiting) {
		struct value *s = kept(c);
		if (s && !failed(c) && mem_read(c->mem, arg, &p, sizeof(p)) == 0)
			v_field(s, "copy", mk_hex(c, (uint64_t)p.copy));
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &p, sizeof(p), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "dst", mk_hex(c, p.dst));
	v_field(s, "src", mk_hex(c, p.src));
	v_field(s, "len", mk_hex(c, p.len));
	v_field(s, "mode", mk_flags(c, p.mode, &xlat_ioctl_uffd_copy_modes));
	c->priv[0] = (uint64_t)(uintptr_t)s;
	return NULL;
}

static struct value *ioh_uffd_zeropage(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct uffdio_zeropage z;
	struct value *fb;
	if (c->exiting) {
		struct value *s = kept(c);
		if (s && !failed(c) && mem_read(c->mem, arg, &z, sizeof(z)) == 0)
			v_field(s, "zeropage", mk_hex(c, (uint64_t)z.zeropage));
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &z, sizeof(z), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "range", mk_range(c, &z.range));
	v_field(s, "mode", mk_flags(c, z.mode, &xlat_ioctl_uffd_zeropage_modes));
	c->priv[0] = (uint64_t)(uintptr_t)s;
	return NULL;
}

static struct value *ioh_uffd_range(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct uffdio_range r;
	struct value *fb;
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	return mk_range(c, &r);
}

static const struct ioctl_handler uffd_handlers[] = {
	{ UFFDIO_API, IOH_INOUT_ALWAYS, 0, ioh_uffd_api, NULL },
	{ UFFDIO_REGISTER, IOH_INOUT_ALWAYS, 0, ioh_uffd_register, NULL },
	{ UFFDIO_COPY, IOH_INOUT_ALWAYS, 0, ioh_uffd_copy, NULL },
	{ UFFDIO_ZEROPAGE, IOH_INOUT_ALWAYS, 0, ioh_uffd_zeropage, NULL },
	{ UFFDIO_WAKE, IOH_IN, 0, ioh_uffd_range, NULL },
	{ UFFDIO_UNREGISTER, IOH_IN, 0, ioh_uffd_range, NULL },
};

IOCTL_TABLE(uffd, uffd_handlers);
