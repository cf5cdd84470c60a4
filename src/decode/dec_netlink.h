/*
 * dec_netlink.h - netlink messages as strace prints them, shared by the
 * protocol families (dec_netlink*.c): the message walk and headers live in
 * dec_netlink.c, each family adds its type names, flag classes and payload
 * decoders.  Internal to src/decode/.
 */
#ifndef SCTRACE_DEC_NETLINK_H
#define SCTRACE_DEC_NETLINK_H

#include "dec_net.h"

#include <linux/netlink.h>
#include <stddef.h>

/* which nlmsg_flags table a message type uses */
enum nl_flagclass { NL_PLAIN, NL_GET, NL_NEW, NL_DEL };

struct nl_family {
	int proto;                     /* NETLINK_ROUTE... */
	const struct xlat *types;      /* names of types >= NLMSG_MIN_TYPE */
	/* instead of types: the type as a value (nfnetlink's SUBSYS<<8|MSG) */
	struct value *(*type_value)(struct dctx *c, uint16_t type);
	enum nl_flagclass (*flagclass)(uint16_t type);
	/*
	 * Add the payload of message h (len bytes at addr, len > 0) to msg,
	 * the message's array; false to have it shown as a hex string.
	 */
	bool (*payload)(struct dctx *c, struct value *msg, const struct nlmsghdr *h, uint64_t addr, uint32_t len);
};

extern const struct nl_family nl_family_route, nl_family_sock_diag, nl_family_xfrm,
	nl_family_selinux, nl_family_audit, nl_family_netfilter, nl_family_generic;

/* NETLINK_KOBJECT_UEVENT data: libudev's header, or the bytes (dec_netlink_misc.c) */
struct value *nl_uevent(struct dctx *c, uint64_t addr, uint64_t len);

/* a byte string shown in hex, cut at -s; the address if unreadable */
struct value *nl_hexstr(struct dctx *c, uint64_t addr, uint64_t len);

/* ---- attributes (struct nlattr) ---- */

/* one attribute's value from its len data bytes at addr; NULL: shown in hex */
typedef struct value *(*nla_fn)(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);

struct nla_dec {
	nla_fn fn;
	const void *data;
};

/* the attributes of one context: their type names and decoders by type */
struct nla_spec {
	const struct xlat *types;
	const struct nla_dec *dec;
	unsigned n;
};
#define NLA_SPEC(tab, decs) { &xlat_##tab, decs, ARRAY_SIZE(decs) }
#define NLA_NAMES(tab) { &xlat_##tab, NULL, 0 }

/* the attribute list in len bytes at addr, as strace prints it */
struct value *nl_attrs(struct dctx *c, uint64_t addr, uint32_t len, const struct nla_spec *spec, uintptr_t op);

/* attribute decoders (data: what the comment says) */
struct value *nla_u8(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_u16(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_u32(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_u64(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_s8(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_s16(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_s32(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_s64(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_x16(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_x32(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_str(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);   /* NUL-terminated */
struct value *nla_ifindex(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_u8_array(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_xval32(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);  /* data: xlat */
struct value *nla_xval8(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);   /* data: xlat */
struct value *nla_be16(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);    /* htons(N) */
struct value *nla_flags8(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);  /* data: xlat */
struct value *nla_flags16(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);  /* data: xlat */
struct value *nla_flags32(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op); /* data: xlat */
/*
 * A clock_t in centiseconds: 250 / * 2.50 s * /; data is its size, 4 (when
 * NULL: exactly 4 bytes) or 8 (1 to 8 bytes, little-endian).
 */
struct value *nla_clock_t(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
/* an array of numbers indexed by names: [[DEVCONF_MTU6]=1280, ...] */
struct nla_index {
	const struct xlat *names;
	uint8_t size;
	bool sign;
};
struct value *nla_indexed(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);  /* data: nla_index */
struct value *nla_nested(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);  /* data: nla_spec */

/* rtnetlink attribute lists (dec_netlink_rtattr.c) */
/* an address in the family op: inet_addr("1.2.3.4"), inet_pton(AF_INET6, "::1") */
struct value *nla_inaddr(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
/* A hardware address (01:02:03:04:05:06), and a u16 named by the xlat table in data. */
struct value *nla_hwaddr(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
struct value *nla_xval16(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);
/* 01:02:03 from n bytes */
struct value *mk_hwaddr(struct dctx *c, const uint8_t *b, size_t n);
extern const struct nla_spec rtnl_link_spec, rtnl_route_spec, rtnl_tc_spec, rtnl_neigh_spec,
	rtnl_addr_spec, rtnl_neightbl_spec, rtnl_stats_spec;

/*
 * A struct of numbers as an attribute's value, declared field by field.
 * Shown when at least min bytes are there (older kernels' shorter
 * versions); fields past the attribute's end are left out.
 */
enum nla_fmt {
	NF_U, NF_S, NF_X, NF_IFINDEX, NF_ENUM, NF_FLAGS,
	NF_BYTES,     /* "\x01\x02": size bytes in hex */
	NF_HWADDR,    /* 01:02:03: size bytes */
	NF_BE16,      /* htons(N), N named by x when given */
};
struct nla_field {
	const char *name;
	uint16_t off;
	uint8_t size;            /* 1, 2, 4, 8; NF_BYTES, NF_HWADDR: the byte count */
	uint8_t fmt;             /* enum nla_fmt */
	const struct xlat *x;    /* NF_ENUM, NF_FLAGS */
};
struct nla_struct {
	uint16_t size, min;
	unsigned n;
	const struct nla_field *f;
};
#define NLA_STRUCT(size, min, fields) { size, min, ARRAY_SIZE(fields), fields }
struct value *nla_fields(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);  /* data: nla_struct */
/* fields of n numbers of one size and format, named by names[] */
#define NLA_FIELD(T, m, fmt) { #m, offsetof(T, m), sizeof(((T *)0)->m), fmt, NULL }
#define NLA_FIELDX(T, m, fmt, x) { #m, offsetof(T, m), sizeof(((T *)0)->m), fmt, &xlat_##x }

/*
 * Route and diag payloads begin with a struct whose first byte is an
 * address family.  Read the struct (size bytes) into buf: true if it was
 * read; otherwise the value to show (the struct with "...", or its address)
 * is in *v.  first is the first field's name.
 */
bool nl_fetch_struct(struct dctx *c, uint64_t addr, uint32_t len, void *buf, size_t size,
		     const char *first, struct value **v);

#endif
