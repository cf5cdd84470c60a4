/*
 * dec_net.h - helpers shared by the socket decoders (dec_net.c, dec_netmsg.c,
 * dec_sockopt.c): small value builders, and the pieces of dec_net.c that
 * print interface indexes, IPv6 addresses and in/out address lengths.
 * Internal to src/decode/; the rest of sctrace uses decode.h.
 */
#ifndef SCTRACE_DEC_NET_H
#define SCTRACE_DEC_NET_H

#include "decode.h"

#include <string.h>

static inline char *arena_copy(struct dctx *c, const void *p, size_t n)
{
	char *s = arena_alloc(c->a, n + 1);
	memcpy(s, p, n);
	s[n] = 0;
	return s;
}

static inline struct value *mk_bytes(struct dctx *c, const void *p, size_t n, unsigned fl)
{
	return v_str(c->a, arena_copy(c, p, n), n, fl);
}

/* fn(arg): htons(80), inet_addr("127.0.0.1") */
static inline struct value *mk_call1(struct dctx *c, const char *fn, struct value *arg)
{
	struct value *f = v_call(c->a, fn);
	v_add(f, arg);
	return f;
}

/* A call on a field in network order, whose -X raw form is the field's bytes in hex */
static inline struct value *mk_net_call1(struct dctx *c, const char *fn, struct value *arg,
					 const void *raw, size_t n)
{
	return v_alt(mk_call1(c, fn, arg), mk_bytes(c, raw, n, VS_HEX));
}

/* [value] */
static inline struct value *mk_boxed(struct dctx *c, struct value *v)
{
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, v);
	return a;
}

/* [16] or [128 => 16]: an in/out length */
static inline struct value *mk_len_inout(struct dctx *c, int64_t in, int64_t out)
{
	if (in == out)
		return mk_boxed(c, mk_int(c, in));
	return mk_boxed(c, v_changed(c->a, mk_int(c, in), mk_int(c, out)));
}

/* sin_port and sin_addr; sin6_port, sin6_flowinfo, sin6_addr (and sin6_scope_id in 28 bytes) (dec_net.c) */
void sockaddr_in_fields(struct dctx *c, struct value *s, const unsigned char *buf);
void sockaddr_in6_fields(struct dctx *c, struct value *s, const unsigned char *buf, int len);
/* The fields of an address of the less common families (dec_net_addr.c); false when
 * fam is not one of them or len is too short for its struct */
bool sockaddr_more(struct dctx *c, struct value *s, const unsigned char *buf, int len, uint16_t fam);
/* if_nametoindex("lo") for an interface that exists, else the number */
struct value *mk_ifindex(struct dctx *c, uint32_t idx);
/* inet_pton(AF_INET6, "::1", &field) */
struct value *mk_inet6(struct dctx *c, const void *addr, const char *field);

/* sendto/recvfrom data: netlink messages on a netlink socket (dec_netlink.c), else bytes */
struct value *mk_sockbuf(struct dctx *c, int fd, uint64_t addr, uint64_t len);

/* accept, getsockname, recvfrom, getsockopt: an address or value with an in/out length */
bool fetch_socklen(struct dctx *c, uint64_t addr, uint64_t lenp);
void add_name_ptrs(struct dctx *c, uint64_t addr, uint64_t lenp);
void add_name_result(struct dctx *c, uint64_t addr, uint64_t lenp);

#endif
