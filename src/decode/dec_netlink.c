/*
 * dec_netlink.c - netlink messages in socket buffers, as strace prints them:
 * an array of messages, each a struct nlmsghdr (its type named by the
 * socket's netlink protocol, its flags by the kind of request) followed by
 * its payload; NLMSG_ERROR with the request it answers, NLMSG_DONE, and the
 * attribute lists (struct nlattr) the families use.  The families' own
 * payloads are in dec_netlink_*.c.
 */
#include "dec_netlink.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>

/* the protocol of the netlink socket fd (FD_NETLINK, mem.h): -1 if unknown, -2 if not netlink */
static int netlink_proto(struct dctx *c, int fd)
{
	if (!c->mem->fd_path || fd < 0)
		return -2;
	const char *p = c->mem->fd_path(c->mem, fd, FD_NETLINK, c->a);
	char *end;
	long n = p ? strtol(p, &end, 10) : 0;
	if (!p || end == p || *end || n > 255)
		return -2;
	return n < 0 ? -1 : (int)n;
}

static const struct nl_family *const families[] = {
	&nl_family_route, &nl_family_sock_diag, &nl_family_xfrm, &nl_family_selinux,
	&nl_family_audit, &nl_family_netfilter, &nl_family_generic,
};

static const struct nl_family *family_of(int proto)
{
	for (size_t i = 0; i < ARRAY_SIZE(families); i++)
		if (families[i]->proto == proto)
			return families[i];
	return NULL;
}

struct value *nl_hexstr(struct dctx *c, uint64_t addr, uint64_t len)
{
	struct value *v = mk_buf(c, addr, len);
	if (v->kind == V_STR)
		v->sflags |= VS_HEX;
	return v;
}

/*
 * How deep messages (an error's request) and attributes (nested lists) are
 * followed; a crafted buffer nests deeper than anything real, and is shown
 * as bytes below this.
 */
#define NL_DEPTH_MAX 32
static unsigned nl_depth;

/* ---- struct nlmsghdr ---- */

static struct value *nl_type(struct dctx *c, const struct nl_family *f, uint16_t type)
{
	if (!f || type < NLMSG_MIN_TYPE)
		return mk_enum(c, type, &xlat_nl_types);
	if (f->type_value)
		return f->type_value(c, type);
	return mk_enum(c, type, f->types);
}

static struct value *nl_flags(struct dctx *c, const struct nl_family *f, uint16_t type, uint16_t flags)
{
	static const struct xlat *const tab[] = {
		[NL_PLAIN] = &xlat_nl_flags, [NL_GET] = &xlat_nl_get_flags,
		[NL_NEW] = &xlat_nl_new_flags, [NL_DEL] = &xlat_nl_del_flags,
	};
	if (type == NLMSG_ERROR)
		return mk_flags(c, flags, &xlat_nl_ack_flags);
	enum nl_flagclass k = NL_PLAIN;
	if (f && type >= NLMSG_MIN_TYPE && f->flagclass)
		k = f->flagclass(type);
	return mk_flags(c, flags, tab[k]);
}

static struct value *nl_header(struct dctx *c, const struct nl_family *f, const struct nlmsghdr *h)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "nlmsg_len", mk_uint(c, h->nlmsg_len));
	v_field(s, "nlmsg_type", nl_type(c, f, h->nlmsg_type));
	v_field(s, "nlmsg_flags", nl_flags(c, f, h->nlmsg_type, h->nlmsg_flags));
	v_field(s, "nlmsg_seq", mk_uint(c, h->nlmsg_seq));
	v_field(s, "nlmsg_pid", mk_int(c, (int32_t)h->nlmsg_pid));
	return s;
}

static struct value *nl_message(struct dctx *c, const struct nl_family *f, const struct nlmsghdr *h,
				uint64_t addr, uint64_t len);

/* ---- NLMSG_ERROR, NLMSG_DONE ---- */

static struct value *nla_cookie(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	return nla_u8_array(c, addr, len, data, op);
}

static const struct nla_dec nlmsgerr_decs[] = {
	[NLMSGERR_ATTR_MSG] = { nla_str, NULL },
	[NLMSGERR_ATTR_OFFS] = { nla_u32, NULL },
	[NLMSGERR_ATTR_COOKIE] = { nla_cookie, NULL },
	[NLMSGERR_ATTR_MISS_TYPE] = { nla_u32, NULL },
	[NLMSGERR_ATTR_MISS_NEST] = { nla_u32, NULL },
};
static const struct nla_spec nlmsgerr_attrs = NLA_SPEC(nl_nlmsgerr_attrs, nlmsgerr_decs);

/* {error=-EACCES, msg=REQUEST}, and the acknowledgement's attributes after it */
static struct value *nl_error(struct dctx *c, const struct nl_family *f, const struct nlmsghdr *h,
			      uint64_t addr, uint32_t len)
{
	struct nlmsgerr e;
	if (len < sizeof(e))
		return nl_hexstr(c, addr, len);
	if (mem_read(c->mem, addr, &e, sizeof(e)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	const char *en = errno_name(-e.error);
	v_field(s, "error", en ? v_const(c->a, arena_printf(c->a, "-%s", en), (uint64_t)(int64_t)e.error, NF_DEC)
			       : mk_int(c, e.error));
	uint64_t maddr = addr + sizeof(e.error);
	uint32_t mlen = len - sizeof(e.error);
	bool capped = h->nlmsg_flags & NLM_F_CAPPED;
	if (nl_depth >= NL_DEPTH_MAX) {
		v_field(s, "msg", nl_hexstr(c, maddr, mlen));
		return s;
	}
	nl_depth++;
	v_field(s, "msg", nl_message(c, f, &e.msg, maddr, capped ? sizeof(e.msg) : mlen));
	nl_depth--;
	uint64_t used = capped ? sizeof(e.msg) : NLMSG_ALIGN(e.msg.nlmsg_len);
	if (used < sizeof(e.msg) || used >= mlen)
		return s;
	struct value *arr = v_list(c->a, V_ARRAY);
	v_add(arr, s);
	v_add(arr, nl_attrs(c, maddr + used, mlen - (uint32_t)used, &nlmsgerr_attrs, 0));
	return arr;
}

static struct value *nl_done(struct dctx *c, uint64_t addr, uint32_t len)
{
	int32_t v;
	if (len < sizeof(v))
		return nl_hexstr(c, addr, len);
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return mk_int(c, v);
}

/* ---- messages ---- */

/* one message, whose header h was read at addr; len bytes are in the buffer */
static struct value *nl_message(struct dctx *c, const struct nl_family *f, const struct nlmsghdr *h,
				uint64_t addr, uint64_t len)
{
	uint64_t mlen = h->nlmsg_len < len ? h->nlmsg_len : len;
	struct value *hdr = nl_header(c, f, h);
	if (mlen <= NLMSG_HDRLEN)
		return hdr;
	struct value *arr = v_list(c->a, V_ARRAY);
	v_add(arr, hdr);
	uint64_t paddr = addr + NLMSG_HDRLEN;
	uint32_t plen = (uint32_t)(mlen - NLMSG_HDRLEN);
	if (h->nlmsg_type == NLMSG_ERROR)
		v_add(arr, nl_error(c, f, h, paddr, plen));
	else if (h->nlmsg_type == NLMSG_DONE)
		v_add(arr, nl_done(c, paddr, plen));
	else if (h->nlmsg_type < NLMSG_MIN_TYPE || !f || !f->payload || !f->payload(c, arr, h, paddr, plen))
		v_add(arr, nl_hexstr(c, paddr, plen));
	return arr;
}

/* the messages in len bytes at addr */
static struct value *nl_messages(struct dctx *c, const struct nl_family *f, uint64_t addr, uint64_t len)
{
	struct value *arr = NULL;
	for (uint64_t elt = 0;; elt++) {
		struct nlmsghdr h;
		struct value *v;
		if (len < sizeof(h)) {
			v = nl_hexstr(c, addr, len);
		} else if (mem_read(c->mem, addr, &h, sizeof(h)) != 0) {
			v = arr ? mk_ellipsis_at(c, addr) : mk_ptr(c, addr);
		} else if (arr && elt == array_limit(c)) {
			v = v_ellipsis(c->a);
		} else {
			uint64_t step = NLMSG_ALIGN((uint64_t)h.nlmsg_len), next = 0, left = 0;
			if (h.nlmsg_len >= NLMSG_HDRLEN) {
				left = len >= step ? len - step : 0;
				if (left && addr + step > addr)
					next = addr + step;
			}
			if (!arr && next)
				arr = v_list(c->a, V_ARRAY);
			v = nl_message(c, f, &h, addr, len);
			if (next) {
				v_add(arr, v);
				addr = next;
				len = left;
				continue;
			}
		}
		if (!arr)
			return v;
		v_add(arr, v);
		return arr;
	}
}

struct value *mk_sockbuf(struct dctx *c, int fd, uint64_t addr, uint64_t len)
{
	/* -e verbose= without this call (strace's !verbose()), --redact: the bytes */
	bool quiet = c->opt->verbose_set && c->nr >= 0 && c->nr < NSYSCALLS && !c->opt->verbose_set[c->nr];
	if (c->opt->redact || quiet)
		return mk_buf(c, addr, len);
	int proto = netlink_proto(c, fd);
	if (proto == -2)
		return mk_buf(c, addr, len);
	if (proto == NETLINK_KOBJECT_UEVENT)
		return nl_uevent(c, addr, len);
	if (len < NLMSG_HDRLEN)
		return nl_hexstr(c, addr, len);
	return nl_messages(c, family_of(proto), addr, len);
}

/* ---- attributes ---- */

static struct value *nla_type(struct dctx *c, uint16_t t, const struct nla_spec *spec)
{
	struct value *v = mk_enum(c, t & NLA_TYPE_MASK, spec->types);
	if (!(t & (NLA_F_NESTED | NLA_F_NET_BYTEORDER)))
		return v;
	struct value *o = v_list(c->a, V_OR);
	if (t & NLA_F_NESTED)
		v_add(o, v_sym(c->a, "NLA_F_NESTED", NLA_F_NESTED));
	if (t & NLA_F_NET_BYTEORDER)
		v_add(o, v_sym(c->a, "NLA_F_NET_BYTEORDER", NLA_F_NET_BYTEORDER));
	v_add(o, v);
	return o;
}

static struct value *nl_attr(struct dctx *c, const struct nlattr *na, uint64_t addr, uint32_t len,
			     const struct nla_spec *spec, uintptr_t op)
{
	uint32_t alen = na->nla_len < len ? na->nla_len : len;
	struct value *hdr = v_list(c->a, V_STRUCT);
	v_field(hdr, "nla_len", mk_uint(c, na->nla_len));
	v_field(hdr, "nla_type", nla_type(c, na->nla_type, spec));
	if (alen <= NLA_HDRLEN)
		return hdr;
	struct value *arr = v_list(c->a, V_ARRAY);
	v_add(arr, hdr);
	unsigned t = na->nla_type & NLA_TYPE_MASK;
	struct value *v = NULL;
	if (spec->dec && t < spec->n && spec->dec[t].fn)
		v = spec->dec[t].fn(c, addr + NLA_HDRLEN, alen - NLA_HDRLEN, spec->dec[t].data, op);
	v_add(arr, v ? v : nl_hexstr(c, addr + NLA_HDRLEN, alen - NLA_HDRLEN));
	return arr;
}

static struct value *nl_attrs_walk(struct dctx *c, uint64_t addr, uint32_t len, const struct nla_spec *spec, uintptr_t op);

struct value *nl_attrs(struct dctx *c, uint64_t addr, uint32_t len, const struct nla_spec *spec, uintptr_t op)
{
	if (nl_depth >= NL_DEPTH_MAX)
		return nl_hexstr(c, addr, len);
	nl_depth++;
	struct value *v = nl_attrs_walk(c, addr, len, spec, op);
	nl_depth--;
	return v;
}

static struct value *nl_attrs_walk(struct dctx *c, uint64_t addr, uint32_t len, const struct nla_spec *spec, uintptr_t op)
{
	struct value *arr = NULL;
	for (uint64_t elt = 0;; elt++) {
		struct nlattr na;
		struct value *v;
		if (len < sizeof(na)) {
			v = nl_hexstr(c, addr, len);
		} else if (mem_read(c->mem, addr, &na, sizeof(na)) != 0) {
			v = arr ? mk_ellipsis_at(c, addr) : mk_ptr(c, addr);
		} else if (arr && elt == array_limit(c)) {
			v = v_ellipsis(c->a);
		} else {
			uint32_t step = NLA_ALIGN((uint32_t)na.nla_len), next = 0;
			uint64_t naddr = 0;
			if (na.nla_len >= NLA_HDRLEN) {
				next = len >= step ? len - step : 0;
				if (next && addr + step > addr)
					naddr = addr + step;
			}
			if (!arr && naddr)
				arr = v_list(c->a, V_ARRAY);
			v = nl_attr(c, &na, addr, len, spec, op);
			if (naddr) {
				v_add(arr, v);
				addr = naddr;
				len = next;
				continue;
			}
		}
		if (!arr)
			return v;
		v_add(arr, v);
		return arr;
	}
}

/* ---- attribute decoders ---- */

#define NLA_NUM(name, T, mk)                                                          \
	struct value *nla_##name(struct dctx *c, uint64_t addr, uint32_t len, const void *d, uintptr_t op) \
	{                                                                             \
		(void)op;                                                             \
		(void)d;                                                              \
		T v;                                                                  \
		if (len < sizeof(v))                                                  \
			return NULL;                                                  \
		if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)                       \
			return mk_ptr(c, addr);                                       \
		return mk(c, v);                                                      \
	}
NLA_NUM(u8, uint8_t, mk_uint)
NLA_NUM(u16, uint16_t, mk_uint)
NLA_NUM(u32, uint32_t, mk_uint)
NLA_NUM(u64, uint64_t, mk_uint)
NLA_NUM(s8, int8_t, mk_int)
NLA_NUM(s16, int16_t, mk_int)
NLA_NUM(s32, int32_t, mk_int)
NLA_NUM(s64, int64_t, mk_int)
NLA_NUM(x16, uint16_t, mk_hex)
NLA_NUM(x32, uint32_t, mk_hex)
NLA_NUM(ifindex, uint32_t, mk_ifindex)

struct value *nla_xval32(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	uint32_t v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return mk_enum(c, v, data);
}

struct value *nla_xval8(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	uint8_t v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return mk_enum(c, v, data);
}

struct value *nla_be16(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	(void)data;
	uint16_t v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return mk_call1(c, "htons", mk_uint(c, __builtin_bswap16(v)));
}

struct value *nla_flags8(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	uint8_t v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return mk_flags(c, v, data);
}

struct value *nla_flags16(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	uint16_t v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return mk_flags(c, v, data);
}

struct value *nla_flags32(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	uint32_t v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return mk_flags(c, v, data);
}

/*
 * A string of len bytes whose last is a NUL, not shown; "..." after it
 * when it is not there (or -s cuts the string).
 */
struct value *nla_str(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	(void)data;
	if (c->opt->redact)
		return v_str(c->a, NULL, 0, VS_REDACTED);
	uint32_t n = len < c->opt->strsize ? len : c->opt->strsize;
	char *buf = arena_alloc(c->a, n + 1);
	if (n && mem_read(c->mem, addr, buf, n) != 0)
		return mk_ptr(c, addr);
	if (n == len && n && buf[n - 1] == 0)
		return v_str(c->a, buf, n - 1, 0);
	return v_str(c->a, buf, n, VS_TRUNC);
}

struct value *nla_u8_array(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	(void)data;
	uint8_t buf[256];
	uint32_t n = len < sizeof(buf) ? len : sizeof(buf);
	if (mem_read(c->mem, addr, buf, n) != 0)
		return mk_ptr(c, addr);
	struct value *a = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i < n; i++) {
		if (i >= array_limit(c)) {
			v_add(a, v_ellipsis(c->a));
			break;
		}
		v_add(a, mk_uint(c, buf[i]));
	}
	return a;
}

static uint64_t get_num(const uint8_t *p, unsigned size, bool sign)
{
	switch (size) {
	case 1: return sign ? (uint64_t)(int64_t)(int8_t)p[0] : p[0];
	case 2: { uint16_t v; memcpy(&v, p, 2); return sign ? (uint64_t)(int64_t)(int16_t)v : v; }
	case 4: { uint32_t v; memcpy(&v, p, 4); return sign ? (uint64_t)(int64_t)(int32_t)v : v; }
	default: { uint64_t v; memcpy(&v, p, 8); return v; }
	}
}

struct value *nla_fields(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	const struct nla_struct *st = data;
	if (len < st->min)
		return NULL;
	uint32_t n = len < st->size ? len : st->size;
	uint8_t buf[512];
	if (n > sizeof(buf))
		n = sizeof(buf);
	if (mem_read(c->mem, addr, buf, n) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	for (unsigned i = 0; i < st->n; i++) {
		const struct nla_field *f = &st->f[i];
		if (f->off + f->size > n)
			break;
		const uint8_t *p = buf + f->off;
		bool bytes = f->fmt == NF_BYTES || f->fmt == NF_HWADDR;
		uint64_t v = bytes ? 0 : get_num(p, f->size, f->fmt == NF_S);
		struct value *fv;
		switch (f->fmt) {
		case NF_S: fv = mk_int(c, (int64_t)v); break;
		case NF_X: fv = mk_hex(c, v); break;
		case NF_IFINDEX: fv = mk_ifindex(c, (uint32_t)v); break;
		case NF_ENUM: fv = mk_enum(c, v, f->x); break;
		case NF_FLAGS: fv = mk_flags(c, v, f->x); break;
		case NF_BYTES: fv = v_str(c->a, arena_copy(c, p, f->size), f->size, VS_HEX); break;
		case NF_HWADDR: fv = mk_hwaddr(c, p, f->size); break;
		case NF_BE16: {
			uint16_t h = __builtin_bswap16((uint16_t)v);
			fv = mk_call1(c, "htons", f->x ? mk_enum(c, h, f->x) : mk_uint(c, h));
			break;
		}
		default: fv = mk_uint(c, v); break;
		}
		v_field(s, f->name, fv);
	}
	return s;
}

struct value *nla_clock_t(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	size_t max = data ? (size_t)(uintptr_t)data : sizeof(uint32_t);
	uint8_t b[8] = { 0 };
	/* a u64 timer may come in fewer bytes (a little-endian number) */
	if (max == sizeof(uint64_t) ? (len == 0 || len > max) : len != max)
		return NULL;
	if (mem_read(c->mem, addr, b, len) != 0)
		return mk_ptr(c, addr);
	uint64_t v;
	memcpy(&v, b, sizeof(v));
	if (max == sizeof(uint32_t))
		v = (uint32_t)v;
	struct value *n = mk_uint(c, v);
	if (v)
		v_comment(n, arena_printf(c->a, "%llu.%02llu s", (unsigned long long)(v / 100),
					  (unsigned long long)(v % 100)))->xs |= XS_COMMENT_NORAW;
	return n;
}

/* [[NAME]=value, ...]: an array of size-byte numbers indexed by the names in x */
struct value *nla_indexed(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	const struct nla_index *ix = data;
	if (len < ix->size)
		return NULL;
	struct value *a = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i + ix->size <= len; i += ix->size) {
		uint8_t b[8];
		uint32_t k = i / ix->size;
		if (k >= array_limit(c)) {
			v_add(a, v_ellipsis(c->a));
			break;
		}
		if (mem_read(c->mem, addr + i, b, ix->size) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(a, mk_ellipsis_at(c, addr + i));
			break;
		}
		uint64_t v = get_num(b, ix->size, ix->sign);
		const char *nm = xlat_name(ix->names, k);
		struct value *e = ix->sign ? mk_int(c, (int64_t)v) : mk_uint(c, v);
		v_index(c->a, a, k, nm, ix->names->unknown, e);
	}
	return a;
}

struct value *nla_nested(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	return nl_attrs(c, addr, len, data, op);
}

/* ---- family headers ---- */

bool nl_fetch_struct(struct dctx *c, uint64_t addr, uint32_t len, void *buf, size_t size,
		     const char *first, struct value **v)
{
	uint8_t fam;
	if (mem_read(c->mem, addr, &fam, 1) != 0) {
		*v = mk_ptr(c, addr);
		return false;
	}
	if (len >= size && mem_read(c->mem, addr, buf, size) == 0)
		return true;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, first, mk_enum(c, fam, &xlat_net_families));
	if (len >= size)
		v_add(s, mk_ptr(c, addr + 1));
	else if (size > 1)
		v_add(s, v_ellipsis(c->a));
	*v = s;
	return false;
}
