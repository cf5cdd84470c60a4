/*
 * dec_netlink_route.c - NETLINK_ROUTE (rtnetlink) payloads: the struct each
 * message type begins with (ifinfomsg, ifaddrmsg, rtmsg, ndmsg, tcmsg...)
 * and the attribute list after it, named per message kind.
 */
#include "dec_netlink.h"

#include <stddef.h>

#include <linux/if_bridge.h>
#include <linux/if_ether.h>
#include <linux/rtnetlink.h>
#include <sys/socket.h>

/* nlmsg_flags: RTM_NEW* (type & 3 == 0), RTM_DEL*, RTM_GET*; RTM_DELACTION reads like a GET */
static enum nl_flagclass route_class(uint16_t type)
{
	static const uint8_t by_low_bits[4] = { NL_NEW, NL_DEL, NL_GET, NL_PLAIN };
	return type == RTM_DELACTION ? NL_GET : by_low_bits[type & 3];
}

static struct value *fam(struct dctx *c, uint8_t f) { return mk_enum(c, f, &xlat_net_families); }
static struct value *u(struct dctx *c, uint64_t v) { return mk_uint(c, v); }

/* ---- the structs ---- */

static struct value *f_ifinfomsg(struct dctx *c, struct value *s, const void *p)
{
	const struct ifinfomsg *m = p;
	v_field(s, "ifi_family", fam(c, m->ifi_family));
	v_field(s, "ifi_type", mk_enum(c, m->ifi_type, &xlat_net_arphrd));
	v_field(s, "ifi_index", mk_ifindex(c, (uint32_t)m->ifi_index));
	v_field(s, "ifi_flags", mk_flags(c, m->ifi_flags, &xlat_rtnl_iff_flags));
	v_field(s, "ifi_change", mk_hex(c, m->ifi_change));
	return s;
}

static struct value *f_ifaddrmsg(struct dctx *c, struct value *s, const void *p)
{
	const struct ifaddrmsg *m = p;
	v_field(s, "ifa_family", fam(c, m->ifa_family));
	v_field(s, "ifa_prefixlen", u(c, m->ifa_prefixlen));
	v_field(s, "ifa_flags", mk_flags(c, m->ifa_flags, &xlat_rtnl_ifa_flags));
	v_field(s, "ifa_scope", mk_enum(c, m->ifa_scope, &xlat_rtnl_scopes));
	v_field(s, "ifa_index", mk_ifindex(c, m->ifa_index));
	return s;
}

static struct value *f_rtmsg(struct dctx *c, struct value *s, const void *p)
{
	const struct rtmsg *m = p;
	v_field(s, "rtm_family", fam(c, m->rtm_family));
	v_field(s, "rtm_dst_len", u(c, m->rtm_dst_len));
	v_field(s, "rtm_src_len", u(c, m->rtm_src_len));
	v_field(s, "rtm_tos", mk_flags(c, m->rtm_tos, &xlat_rtnl_tos));
	v_field(s, "rtm_table", mk_enum(c, m->rtm_table, &xlat_rtnl_tables));
	v_field(s, "rtm_protocol", mk_enum(c, m->rtm_protocol, &xlat_rtnl_protos));
	v_field(s, "rtm_scope", mk_enum(c, m->rtm_scope, &xlat_rtnl_scopes));
	v_field(s, "rtm_type", mk_enum(c, m->rtm_type, &xlat_rtnl_rtn_types));
	v_field(s, "rtm_flags", mk_flags(c, m->rtm_flags, &xlat_rtnl_rtm_flags));
	return s;
}

struct ndmsg_ { uint8_t family, pad1; uint16_t pad2; int32_t ifindex; uint16_t state; uint8_t flags, type; };

static struct value *f_ndmsg(struct dctx *c, struct value *s, const void *p)
{
	const struct ndmsg_ *m = p;
	v_field(s, "ndm_family", fam(c, m->family));
	v_field(s, "ndm_ifindex", mk_ifindex(c, (uint32_t)m->ifindex));
	v_field(s, "ndm_state", mk_flags(c, m->state, &xlat_rtnl_nud_states));
	v_field(s, "ndm_flags", mk_flags(c, m->flags, &xlat_rtnl_ntf_flags));
	v_field(s, "ndm_type", mk_enum(c, m->type, &xlat_rtnl_rtn_types));
	return s;
}

struct fib_rule_hdr_ { uint8_t family, dst_len, src_len, tos, table, res1, res2, action; uint32_t flags; };

static struct value *f_fib_rule_hdr(struct dctx *c, struct value *s, const void *p)
{
	const struct fib_rule_hdr_ *m = p;
	v_field(s, "family", fam(c, m->family));
	v_field(s, "dst_len", u(c, m->dst_len));
	v_field(s, "src_len", u(c, m->src_len));
	v_field(s, "tos", mk_flags(c, m->tos, &xlat_rtnl_tos));
	v_field(s, "table", mk_enum(c, m->table, &xlat_rtnl_rule_tables));
	v_field(s, "action", mk_enum(c, m->action, &xlat_rtnl_fr_actions));
	v_field(s, "flags", mk_flags(c, m->flags, &xlat_rtnl_fib_rule_flags));
	return s;
}

static struct value *f_tcmsg(struct dctx *c, struct value *s, const void *p)
{
	const struct tcmsg *m = p;
	v_field(s, "tcm_family", fam(c, m->tcm_family));
	v_field(s, "tcm_ifindex", mk_ifindex(c, (uint32_t)m->tcm_ifindex));
	v_field(s, "tcm_handle", u(c, m->tcm_handle));
	v_field(s, "tcm_parent", u(c, m->tcm_parent));
	v_field(s, "tcm_info", u(c, m->tcm_info));
	return s;
}

struct ifaddrlblmsg_ { uint8_t family, pad, prefixlen, flags; uint32_t index, seq; };

static struct value *f_ifaddrlblmsg(struct dctx *c, struct value *s, const void *p)
{
	const struct ifaddrlblmsg_ *m = p;
	v_field(s, "ifal_family", fam(c, m->family));
	v_field(s, "ifal_prefixlen", u(c, m->prefixlen));
	v_field(s, "ifal_flags", u(c, m->flags));
	v_field(s, "ifal_index", mk_ifindex(c, m->index));
	v_field(s, "ifal_seq", u(c, m->seq));
	return s;
}

static struct value *f_dcbmsg(struct dctx *c, struct value *s, const void *p)
{
	const uint8_t *m = p;
	v_field(s, "dcb_family", fam(c, m[0]));
	v_field(s, "cmd", mk_enum(c, m[1], &xlat_rtnl_dcb_cmds));
	return s;
}

struct br_port_msg_ { uint8_t family; uint32_t ifindex; };

static struct value *f_br_port_msg(struct dctx *c, struct value *s, const void *p)
{
	const struct br_port_msg_ *m = p;
	v_field(s, "family", fam(c, m->family));
	v_field(s, "ifindex", mk_ifindex(c, m->ifindex));
	return s;
}

struct if_stats_msg_ { uint8_t family, pad1; uint16_t pad2; uint32_t ifindex, filter_mask; };

static struct value *f_if_stats_msg(struct dctx *c, struct value *s, const void *p)
{
	const struct if_stats_msg_ *m = p;
	v_field(s, "family", fam(c, m->family));
	if (m->pad1)
		v_field(s, "pad1", mk_hex(c, m->pad1));
	if (m->pad2)
		v_field(s, "pad2", mk_hex(c, m->pad2));
	v_field(s, "ifindex", mk_ifindex(c, m->ifindex));
	v_field(s, "filter_mask", mk_flags(c, m->filter_mask, &xlat_rtnl_stats_mask));
	return s;
}

struct nhmsg_ { uint8_t family, scope, protocol, resvd; uint32_t flags; };

static struct value *f_nhmsg(struct dctx *c, struct value *s, const void *p)
{
	const struct nhmsg_ *m = p;
	v_field(s, "nh_family", fam(c, m->family));
	v_field(s, "nh_scope", mk_enum(c, m->scope, &xlat_rtnl_scopes));
	v_field(s, "nh_protocol", mk_enum(c, m->protocol, &xlat_rtnl_protos));
	if (m->resvd)
		v_field(s, "resvd", mk_hex(c, m->resvd));
	v_field(s, "nh_flags", mk_flags(c, m->flags, &xlat_rtnl_rtnh_flags));
	return s;
}


/* ---- attributes ---- */


/* struct fib_rule_uid_range (u32) and fib_rule_port_range (u16): {start=, end=} */
static struct value *nla_range(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	size_t half = (size_t)(uintptr_t)data;
	uint32_t v[2] = { 0, 0 };
	uint16_t w[2];
	if (len < 2 * half)
		return NULL;
	if (mem_read(c->mem, addr, half == 4 ? (void *)v : (void *)w, 2 * half) != 0)
		return mk_ptr(c, addr);
	if (half == 2) {
		v[0] = w[0];
		v[1] = w[1];
	}
	struct value *st = v_list(c->a, V_STRUCT);
	v_field(st, "start", mk_uint(c, v[0]));
	v_field(st, "end", mk_uint(c, v[1]));
	return st;
}

/* htobe64(N) */
static struct value *nla_be64(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	(void)data;
	uint64_t v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return mk_call1(c, "htobe64", mk_uint(c, __builtin_bswap64(v)));
}

static const struct nla_dec rule_decs[] = {
	[12] = { nla_be64, NULL },                   /* FRA_TUN_ID */
	[20] = { nla_range, (void *)4 },             /* FRA_UID_RANGE */
	[23] = { nla_range, (void *)2 },             /* FRA_SPORT_RANGE */
	[24] = { nla_range, (void *)2 },             /* FRA_DPORT_RANGE */
	[3] = { nla_str, NULL },                     /* FRA_IIFNAME */
	[4] = { nla_u32, NULL },                     /* FRA_GOTO */
	[6] = { nla_u32, NULL },                     /* FRA_PRIORITY */
	[10] = { nla_u32, NULL },                    /* FRA_FWMARK */
	[11] = { nla_u32, NULL },                    /* FRA_FLOW */
	[13] = { nla_u32, NULL },                    /* FRA_SUPPRESS_IFGROUP */
	[14] = { nla_u32, NULL },                    /* FRA_SUPPRESS_PREFIXLEN */
	[15] = { nla_xval32, &xlat_rtnl_tables },    /* FRA_TABLE */
	[16] = { nla_u32, NULL },                    /* FRA_FWMASK */
	[17] = { nla_str, NULL },                    /* FRA_OIFNAME */
	[19] = { nla_u8, NULL },                     /* FRA_L3MDEV */
	[21] = { nla_xval8, &xlat_rtnl_protos },     /* FRA_PROTOCOL */
	[22] = { nla_xval8, &xlat_net_ipprotos },    /* FRA_IP_PROTO */
};
static const struct nla_spec rule_attrs = NLA_SPEC(rtnl_rule_attrs, rule_decs);
static const struct nla_dec tca_decs[] = {
	[1] = { nla_str, NULL },                          /* TCA_ACT_KIND */
	[3] = { nla_u32, NULL },                          /* TCA_ACT_INDEX */
	[7] = { nla_flags32, &xlat_rtnl_tca_act_flags },  /* TCA_ACT_FLAGS */
	[8] = { nla_flags32, &xlat_rtnl_tca_hw_stats },   /* TCA_ACT_HW_STATS */
	[9] = { nla_flags32, &xlat_rtnl_tca_hw_stats },   /* TCA_ACT_USED_HW_STATS */
	[10] = { nla_u32, NULL },                         /* TCA_ACT_IN_HW_COUNT */
};
static const struct nla_spec tca_attrs = NLA_SPEC(rtnl_tca_attrs, tca_decs);
static const struct nla_spec addrlabel_attrs = NLA_NAMES(rtnl_addrlabel_attrs);
static const struct nla_spec dcb_attrs = NLA_NAMES(rtnl_dcb_attrs);
static const struct nla_spec netconf_attrs = NLA_NAMES(rtnl_netconf_attrs);
static const struct nla_spec nsid_attrs = NLA_NAMES(rtnl_nsid_attrs);
static const struct nla_spec nexthop_attrs = NLA_NAMES(rtnl_nexthop_attrs);

static const struct nla_dec mdb_pattr_decs[] = {
	[1] = { nla_clock_t, NULL },                      /* MDBA_ROUTER_PATTR_TIMER */
	[2] = { nla_xval8, &xlat_rtnl_mdb_rtr_types },     /* MDBA_ROUTER_PATTR_TYPE */
	[3] = { nla_clock_t, NULL },                      /* MDBA_ROUTER_PATTR_INET_TIMER */
	[4] = { nla_clock_t, NULL },                      /* MDBA_ROUTER_PATTR_INET6_TIMER */
};
static const struct nla_spec mdb_pattr_attrs = NLA_SPEC(rtnl_mdba_router_pattr, mdb_pattr_decs);

/* MDBA_ROUTER_PORT: an ifindex, then the port's attributes */
static struct value *nla_router_port(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	uint32_t idx;
	if (len < sizeof(idx))
		return NULL;
	if (mem_read(c->mem, addr, &idx, sizeof(idx)) != 0)
		return mk_ptr(c, addr);
	struct value *v = mk_ifindex(c, idx);
	if (len <= sizeof(idx))
		return v;
	struct value *q = v_list(c->a, V_SEQ);
	v_add(q, v);
	v_add(q, nl_attrs(c, addr + 4, len - 4, &mdb_pattr_attrs, op));
	return q;
}

static const struct nla_dec mdb_router_decs[] = {
	[1] = { nla_router_port, NULL },   /* MDBA_ROUTER_PORT */
};
static const struct nla_spec mdb_router_attrs = NLA_SPEC(rtnl_mdba_router_attrs, mdb_router_decs);
/* struct br_mdb_entry and the attributes after it */
static const struct nla_spec mdb_eattrs = NLA_NAMES(rtnl_mdba_mdb_eattrs);

static struct value *nla_mdb_entry(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	struct br_mdb_entry e;
	if (len < sizeof(e))
		return NULL;
	if (mem_read(c->mem, addr, &e, sizeof(e)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "ifindex", mk_ifindex(c, e.ifindex));
	v_field(s, "state", mk_enum(c, e.state, &xlat_rtnl_mdb_states));
	v_field(s, "flags", mk_flags(c, e.flags, &xlat_rtnl_mdb_flags));
	v_field(s, "vid", mk_uint(c, e.vid));
	struct value *a = v_list(c->a, V_STRUCT);
	uint16_t proto = __builtin_bswap16(e.addr.proto);
	if (proto == ETH_P_IP)
		v_field(a, "u", nla_inaddr(c, addr + offsetof(struct br_mdb_entry, addr), 4, NULL, AF_INET));
	else if (proto == ETH_P_IPV6)
		v_field(a, "u", nla_inaddr(c, addr + offsetof(struct br_mdb_entry, addr), 16, NULL, AF_INET6));
	else
		v_field(a, "u", mk_bytes(c, &e.addr.u, sizeof(e.addr.u), VS_HEX));
	v_field(a, "proto", mk_call1(c, "htons", mk_enum(c, proto, &xlat_net_families)));
	v_field(s, "addr", a);
	uint32_t off = NLA_ALIGN(sizeof(e));
	if (len <= off)
		return s;
	struct value *q = v_list(c->a, V_SEQ);
	v_add(q, s);
	v_add(q, nl_attrs(c, addr + off, len - off, &mdb_eattrs, op));
	return q;
}

static const struct nla_dec mdb_entry_decs[] = { [1] = { nla_mdb_entry, NULL } };   /* MDBA_MDB_ENTRY_INFO */
static const struct nla_spec mdb_entry_attrs = NLA_SPEC(rtnl_mdba_mdb_entry_attrs, mdb_entry_decs);
static const struct nla_dec mdb_mdb_decs[] = { [1] = { nla_nested, &mdb_entry_attrs } };   /* MDBA_MDB_ENTRY */
static const struct nla_spec mdb_mdb_attrs = NLA_SPEC(rtnl_mdba_mdb_attrs, mdb_mdb_decs);

static const struct nla_dec mdb_decs[] = {
	[1] = { nla_nested, &mdb_mdb_attrs },      /* MDBA_MDB */
	[2] = { nla_nested, &mdb_router_attrs },   /* MDBA_ROUTER */
};
static const struct nla_spec mdb_attrs = NLA_SPEC(rtnl_mdb_attrs, mdb_decs);

/* RTM_NEWCACHEREPORT of the IPv4 and IPv6 multicast routers */
static const struct nla_dec ipmr_decs[] = {
	[1] = { nla_xval8, &xlat_rtnl_igmpmsg_types },   /* IPMRA_CREPORT_MSGTYPE */
	[2] = { nla_u32, NULL },                         /* IPMRA_CREPORT_VIF_ID */
	[3] = { nla_inaddr, NULL },                      /* IPMRA_CREPORT_SRC_ADDR */
	[4] = { nla_inaddr, NULL },                      /* IPMRA_CREPORT_DST_ADDR */
	[6] = { nla_u32, NULL },                         /* IPMRA_CREPORT_TABLE */
};
static const struct nla_spec ipmr_attrs = NLA_SPEC(rtnl_ipmra_creport_attrs, ipmr_decs);
static const struct nla_dec ip6mr_decs[] = {
	[1] = { nla_xval8, &xlat_rtnl_mrt6msg_types },   /* IP6MRA_CREPORT_MSGTYPE */
	[2] = { nla_u32, NULL },                         /* IP6MRA_CREPORT_MIF_ID */
	[3] = { nla_inaddr, NULL },                      /* IP6MRA_CREPORT_SRC_ADDR */
	[4] = { nla_inaddr, NULL },                      /* IP6MRA_CREPORT_DST_ADDR */
};
static const struct nla_spec ip6mr_attrs = NLA_SPEC(rtnl_ip6mra_creport_attrs, ip6mr_decs);

static const struct nla_spec *creport_attrs(uint8_t family)
{
	return family == RTNL_FAMILY_IPMR ? &ipmr_attrs : family == RTNL_FAMILY_IP6MR ? &ip6mr_attrs : NULL;
}

/* ---- message kinds ---- */

struct rt_kind {
	uint16_t lo, hi;           /* the message types */
	uint8_t size;              /* of the struct */
	const char *first;         /* its first field, the address family */
	/* the struct's fields; NULL: it is only the family (and padding) */
	struct value *(*fields)(struct dctx *c, struct value *s, const void *p);
	const struct nla_spec *attrs;  /* NULL: what follows is bytes */
	/* instead of attrs: by the family; and the family's names, if not AF_* */
	const struct nla_spec *(*attrs_of)(uint8_t family);
	const struct xlat *families;
};

static const struct rt_kind kinds[] = {
	{ RTM_NEWLINK, RTM_SETLINK, sizeof(struct ifinfomsg), "ifi_family", f_ifinfomsg, &rtnl_link_spec, NULL, NULL },
	{ RTM_NEWADDR, RTM_GETADDR, sizeof(struct ifaddrmsg), "ifa_family", f_ifaddrmsg, &rtnl_addr_spec, NULL, NULL },
	{ RTM_NEWROUTE, RTM_GETROUTE, sizeof(struct rtmsg), "rtm_family", f_rtmsg, &rtnl_route_spec, NULL, NULL },
	{ RTM_NEWNEIGH, RTM_GETNEIGH, sizeof(struct ndmsg_), "ndm_family", f_ndmsg, &rtnl_neigh_spec, NULL, NULL },
	{ RTM_NEWRULE, RTM_GETRULE, sizeof(struct fib_rule_hdr_), "family", f_fib_rule_hdr, &rule_attrs, NULL, NULL },
	{ RTM_NEWQDISC, RTM_GETTFILTER, sizeof(struct tcmsg), "tcm_family", f_tcmsg, &rtnl_tc_spec, NULL, NULL },
	{ RTM_NEWACTION, RTM_GETACTION, 4, "tca_family", NULL, &tca_attrs, NULL, NULL },
	{ RTM_GETMULTICAST, RTM_GETMULTICAST, sizeof(struct ifaddrmsg), "ifa_family", f_ifaddrmsg, &rtnl_addr_spec, NULL, NULL },
	{ RTM_GETANYCAST, RTM_GETANYCAST, sizeof(struct ifaddrmsg), "ifa_family", f_ifaddrmsg, &rtnl_addr_spec, NULL, NULL },
	{ RTM_NEWNEIGHTBL, RTM_SETNEIGHTBL, 4, "ndtm_family", NULL, &rtnl_neightbl_spec, NULL, NULL },
	{ RTM_NEWADDRLABEL, RTM_GETADDRLABEL, sizeof(struct ifaddrlblmsg_), "ifal_family", f_ifaddrlblmsg, &addrlabel_attrs, NULL, NULL },
	{ RTM_GETDCB, RTM_SETDCB, 4, "dcb_family", f_dcbmsg, &dcb_attrs, NULL, NULL },
	{ RTM_NEWNETCONF, RTM_GETNETCONF, 1, "ncm_family", NULL, &netconf_attrs, NULL, NULL },
	{ RTM_NEWMDB, RTM_GETMDB, sizeof(struct br_port_msg_), "family", f_br_port_msg, &mdb_attrs, NULL, NULL },
	{ RTM_NEWNSID, RTM_GETNSID, 1, "rtgen_family", NULL, &nsid_attrs, NULL, NULL },
	{ RTM_NEWSTATS, RTM_GETSTATS, sizeof(struct if_stats_msg_), "family", f_if_stats_msg, &rtnl_stats_spec, NULL, NULL },
	{ RTM_NEWCACHEREPORT, RTM_NEWCACHEREPORT, 1, "rtgen_family", NULL, NULL, creport_attrs, &xlat_rtnl_families },
	{ RTM_NEWCHAIN, RTM_GETCHAIN, sizeof(struct tcmsg), "tcm_family", f_tcmsg, &rtnl_tc_spec, NULL, NULL },
	{ RTM_NEWNEXTHOP, RTM_GETNEXTHOP, sizeof(struct nhmsg_), "nh_family", f_nhmsg, &nexthop_attrs, NULL, NULL },
};

static bool route_payload(struct dctx *c, struct value *msg, const struct nlmsghdr *h, uint64_t addr, uint32_t len)
{
	const struct rt_kind *k = NULL;
	for (size_t i = 0; i < ARRAY_SIZE(kinds) && !k; i++)
		if (h->nlmsg_type >= kinds[i].lo && h->nlmsg_type <= kinds[i].hi &&
		    xlat_name(&xlat_nl_route_types, h->nlmsg_type))
			k = &kinds[i];
	if (!k) {
		/* {family=AF_INET, data="..."} */
		uint8_t f;
		if (mem_read(c->mem, addr, &f, 1) != 0) {
			v_add(msg, mk_ptr(c, addr));
			return true;
		}
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "family", fam(c, f));
		if (len > 1)
			v_field(s, "data", nl_hexstr(c, addr + 1, len - 1));
		v_add(msg, s);
		return true;
	}
	uint8_t buf[32];
	struct value *v;
	if (!nl_fetch_struct(c, addr, len, buf, k->fields ? k->size : 1, k->first, &v)) {
		v_add(msg, v);
		return true;
	}
	struct value *s = v_list(c->a, V_STRUCT);
	if (k->fields)
		k->fields(c, s, buf);
	else
		v_field(s, k->first, mk_enum(c, buf[0], k->families ? k->families : &xlat_net_families));
	v_add(msg, s);
	uint32_t off = NLMSG_ALIGN(k->size);
	const struct nla_spec *attrs = k->attrs_of ? k->attrs_of(buf[0]) : k->attrs;
	/* the address family the attributes' addresses are in */
	uintptr_t af = !k->attrs_of ? buf[0] : buf[0] == RTNL_FAMILY_IPMR ? AF_INET
		     : buf[0] == RTNL_FAMILY_IP6MR ? AF_INET6 : buf[0];
	if (len > off)
		v_add(msg, attrs ? nl_attrs(c, addr + off, len - off, attrs, af) : nl_hexstr(c, addr + off, len - off));
	return true;
}

const struct nl_family nl_family_route = {
	.proto = NETLINK_ROUTE, .types = &xlat_nl_route_types, .flagclass = route_class,
	.payload = route_payload,
};
