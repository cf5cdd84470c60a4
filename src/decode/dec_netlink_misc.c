/*
 * dec_netlink_misc.c - the netlink protocols whose messages sctrace names
 * but whose payloads are mostly shown as bytes: xfrm, SELinux, audit,
 * nfnetlink (SUBSYS<<8|MSG types) and generic netlink.
 */
#include "dec_netlink.h"

#include <linux/netfilter/nfnetlink.h>
#include <linux/selinux_netlink.h>
#include <string.h>
#include <linux/xfrm.h>

/* a message type's flag class, from a sorted list of {type, class} */
struct nl_class {
	uint16_t type;
	uint8_t cls;
};

static enum nl_flagclass class_in(const struct nl_class *t, size_t n, uint16_t type)
{
	for (size_t i = 0; i < n; i++)
		if (t[i].type == type)
			return t[i].cls;
	return NL_PLAIN;
}

/* ---- xfrm ---- */

static const struct nl_class xfrm_classes[] = {
	{ XFRM_MSG_NEWSA, NL_NEW },
	{ XFRM_MSG_DELSA, NL_DEL },
	{ XFRM_MSG_GETSA, NL_GET },
	{ XFRM_MSG_NEWPOLICY, NL_NEW },
	{ XFRM_MSG_DELPOLICY, NL_DEL },
	{ XFRM_MSG_GETPOLICY, NL_GET },
	{ XFRM_MSG_NEWAE, NL_NEW },
	{ XFRM_MSG_GETAE, NL_GET },
	{ XFRM_MSG_NEWSADINFO, NL_NEW },
	{ XFRM_MSG_GETSADINFO, NL_GET },
	{ XFRM_MSG_NEWSPDINFO, NL_NEW },
	{ XFRM_MSG_GETSPDINFO, NL_GET },
};

static enum nl_flagclass xfrm_class(uint16_t type)
{
	return class_in(xfrm_classes, ARRAY_SIZE(xfrm_classes), type);
}

const struct nl_family nl_family_xfrm = {
	.proto = NETLINK_XFRM, .types = &xlat_nl_xfrm_types, .flagclass = xfrm_class,
};

/* ---- SELinux ---- */

/* {val=1} (SELNL_MSG_SETENFORCE), {seqno=2} (SELNL_MSG_POLICYLOAD) */
static bool selinux_payload(struct dctx *c, struct value *msg, const struct nlmsghdr *h, uint64_t addr, uint32_t len)
{
	const char *field = h->nlmsg_type == SELNL_MSG_SETENFORCE ? "val"
			  : h->nlmsg_type == SELNL_MSG_POLICYLOAD ? "seqno" : NULL;
	uint32_t v;
	if (!field || len < sizeof(v))
		return false;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0) {
		v_add(msg, mk_ptr(c, addr));
		return true;
	}
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, field, h->nlmsg_type == SELNL_MSG_SETENFORCE ? mk_int(c, (int32_t)v) : mk_uint(c, v));
	v_add(msg, s);
	return true;
}

const struct nl_family nl_family_selinux = {
	.proto = NETLINK_SELINUX, .types = &xlat_nl_selinux_types, .payload = selinux_payload,
};

/* ---- audit ---- */

const struct nl_family nl_family_audit = {
	.proto = NETLINK_AUDIT, .types = &xlat_nl_audit_types,
};

/* ---- generic netlink ---- */

/* a family's id is assigned when it registers: its name comes from the kernel (FD_GENL) */
static struct value *genl_type(struct dctx *c, uint16_t type)
{
	const char *n = c->mem->fd_path ? c->mem->fd_path(c->mem, type, FD_GENL, c->a) : NULL;
	if (n && *n)
		return v_const(c->a, n, type, NF_HEX);
	return mk_enum(c, type, &xlat_nl_generic_types);
}

const struct nl_family nl_family_generic = {
	.proto = NETLINK_GENERIC, .type_value = genl_type,
};

/* ---- nfnetlink ---- */

static const struct xlat *const nf_subsys_msgs[] = {
	[1] = &xlat_nl_nf_ctnetlink_msgs, [2] = &xlat_nl_nf_ctnetlink_exp_msgs,
	[3] = &xlat_nl_nf_queue_msgs, [4] = &xlat_nl_nf_ulog_msgs, [5] = &xlat_nl_nf_osf_msgs,
	[6] = &xlat_nl_nf_ipset_msgs, [7] = &xlat_nl_nf_acct_msgs,
	[8] = &xlat_nl_nf_ctnetlink_timeout_msgs, [9] = &xlat_nl_nf_cthelper_msgs,
	[10] = &xlat_nl_nf_nftables_msgs, [11] = &xlat_nl_nf_nft_compat_msgs,
	[12] = &xlat_nl_nf_hook_msgs,
};

/* the batch markers NFNL_MSG_BATCH_BEGIN/END */
static const struct xlat_entry nf_batch_e[] = { { 16, "NFNL_MSG_BATCH_BEGIN" }, { 17, "NFNL_MSG_BATCH_END" } };
static const struct xlat nf_batch = { nf_batch_e, 2, NULL };

static const char *hexnum(struct dctx *c, unsigned v)
{
	return v ? arena_printf(c->a, "%#x", v) : "0";
}

/* NFNL_SUBSYS_CTNETLINK<<8|IPCTNL_MSG_CT_NEW */
static struct value *nf_type(struct dctx *c, uint16_t type)
{
	const char *b = xlat_name(&nf_batch, type);
	if (b)
		return v_const(c->a, b, type, NF_HEX);
	unsigned sub = type >> 8, m = type & 0xff;
	const char *sn = xlat_name(&xlat_nl_nf_subsys, sub);
	const char *s = sn ? sn : arena_printf(c->a, "%s /* %s */", hexnum(c, sub), xlat_nl_nf_subsys.unknown);
	const struct xlat *mt = sub < ARRAY_SIZE(nf_subsys_msgs) ? nf_subsys_msgs[sub] : NULL;
	const char *mn = mt ? xlat_name(mt, m) : NULL;
	const char *ms = mn ? mn : mt ? arena_printf(c->a, "%s /* %s */", hexnum(c, m), mt->unknown) : hexnum(c, m);
	/* -X raw: 0x1<<8|0x2; verbose: 0x1 / * SUBSYS * /<<8|0x2 / * MSG * / */
	struct value *alt = v_list(c->a, V_SEQ);
	alt->fmt = VSEQ_CAT;
	v_add(alt, v_enum(c->a, sub, &xlat_nl_nf_subsys, NF_HEX));
	v_add(alt, v_sym(c->a, "<<8|", 0));
	v_add(alt, mt ? v_enum(c->a, m, mt, NF_HEX) : v_num(c->a, m, NF_HEX));
	struct value *v = v_alt(v_sym(c->a, arena_printf(c->a, "%s<<8|%s", s, ms), type), alt);
	v->xs |= XS_ALT_ALL;
	return v;
}

static const struct nl_class nf_classes[] = {
	{ 0x100, NL_NEW },	/* IPCTNL_MSG_CT_NEW */
	{ 0x101, NL_GET },	/* IPCTNL_MSG_CT_GET */
	{ 0x102, NL_DEL },	/* IPCTNL_MSG_CT_DELETE */
	{ 0x103, NL_GET },	/* IPCTNL_MSG_CT_GET_CTRZERO */
	{ 0x104, NL_GET },	/* IPCTNL_MSG_CT_GET_STATS_CPU */
	{ 0x105, NL_GET },	/* IPCTNL_MSG_CT_GET_STATS */
	{ 0x106, NL_GET },	/* IPCTNL_MSG_CT_GET_DYING */
	{ 0x107, NL_GET },	/* IPCTNL_MSG_CT_GET_UNCONFIRMED */
	{ 0x200, NL_NEW },	/* IPCTNL_MSG_EXP_NEW */
	{ 0x201, NL_GET },	/* IPCTNL_MSG_EXP_GET */
	{ 0x202, NL_DEL },	/* IPCTNL_MSG_EXP_DELETE */
	{ 0x203, NL_GET },	/* IPCTNL_MSG_EXP_GET_STATS_CPU */
	{ 0x700, NL_NEW },	/* NFNL_MSG_ACCT_NEW */
	{ 0x701, NL_GET },	/* NFNL_MSG_ACCT_GET */
	{ 0x702, NL_GET },	/* NFNL_MSG_ACCT_GET_CTRZERO */
	{ 0x703, NL_DEL },	/* NFNL_MSG_ACCT_DEL */
	{ 0x800, NL_NEW },	/* IPCTNL_MSG_TIMEOUT_NEW */
	{ 0x801, NL_GET },	/* IPCTNL_MSG_TIMEOUT_GET */
	{ 0x802, NL_DEL },	/* IPCTNL_MSG_TIMEOUT_DELETE */
	{ 0x900, NL_NEW },	/* NFNL_MSG_CTHELPER_NEW */
	{ 0x901, NL_GET },	/* NFNL_MSG_CTHELPER_GET */
	{ 0x902, NL_DEL },	/* NFNL_MSG_CTHELPER_DEL */
	{ 0xa00, NL_NEW },	/* NFT_MSG_NEWTABLE */
	{ 0xa01, NL_GET },	/* NFT_MSG_GETTABLE */
	{ 0xa02, NL_DEL },	/* NFT_MSG_DELTABLE */
	{ 0xa03, NL_NEW },	/* NFT_MSG_NEWCHAIN */
	{ 0xa04, NL_GET },	/* NFT_MSG_GETCHAIN */
	{ 0xa05, NL_DEL },	/* NFT_MSG_DELCHAIN */
	{ 0xa06, NL_NEW },	/* NFT_MSG_NEWRULE */
	{ 0xa07, NL_GET },	/* NFT_MSG_GETRULE */
	{ 0xa08, NL_DEL },	/* NFT_MSG_DELRULE */
	{ 0xa09, NL_NEW },	/* NFT_MSG_NEWSET */
	{ 0xa0a, NL_GET },	/* NFT_MSG_GETSET */
	{ 0xa0b, NL_DEL },	/* NFT_MSG_DELSET */
	{ 0xa0c, NL_NEW },	/* NFT_MSG_NEWSETELEM */
	{ 0xa0d, NL_GET },	/* NFT_MSG_GETSETELEM */
	{ 0xa0e, NL_DEL },	/* NFT_MSG_DELSETELEM */
	{ 0xa0f, NL_NEW },	/* NFT_MSG_NEWGEN */
	{ 0xa10, NL_GET },	/* NFT_MSG_GETGEN */
	{ 0xa12, NL_NEW },	/* NFT_MSG_NEWOBJ */
	{ 0xa13, NL_GET },	/* NFT_MSG_GETOBJ */
	{ 0xa14, NL_DEL },	/* NFT_MSG_DELOBJ */
	{ 0xa15, NL_GET },	/* NFT_MSG_GETOBJ_RESET */
	{ 0xa16, NL_NEW },	/* NFT_MSG_NEWFLOWTABLE */
	{ 0xa17, NL_GET },	/* NFT_MSG_GETFLOWTABLE */
	{ 0xa18, NL_DEL },	/* NFT_MSG_DELFLOWTABLE */
	{ 0xb00, NL_GET },	/* NFNL_MSG_COMPAT_GET */
	{ 0xc00, NL_GET },	/* NFNL_MSG_HOOK_GET */
};

static enum nl_flagclass nf_class(uint16_t type)
{
	return class_in(nf_classes, ARRAY_SIZE(nf_classes), type);
}

/* attributes whose types no table names: nla_type=0xbcd */
static const struct xlat nf_no_names = { NULL, 0, NULL };
static const struct nla_spec nf_attrs = { &nf_no_names, NULL, 0 };

/* res_id: the subsystem for nftables, else htons(N) */
static struct value *nf_res_id(struct dctx *c, uint16_t type, uint16_t res_id)
{
	uint16_t host = __builtin_bswap16(res_id);
	if (type >> 8 == NFNL_SUBSYS_NFTABLES && type != NFNL_MSG_BATCH_BEGIN) {
		if (res_id == NFNL_SUBSYS_NFTABLES)
			return v_sym(c->a, "NFNL_SUBSYS_NFTABLES", res_id);
		if (host == NFNL_SUBSYS_NFTABLES)
			return mk_call1(c, "htons", v_sym(c->a, "NFNL_SUBSYS_NFTABLES", host));
	}
	return mk_call1(c, "htons", mk_uint(c, host));
}

/* struct nfgenmsg, then attributes (the batch markers: bytes) */
static bool nf_payload(struct dctx *c, struct value *msg, const struct nlmsghdr *h, uint64_t addr, uint32_t len)
{
	struct nfgenmsg g;
	if (len < sizeof(g))
		return false;
	if (mem_read(c->mem, addr, &g, sizeof(g)) != 0) {
		v_add(msg, mk_ptr(c, addr));
		return true;
	}
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "nfgen_family", mk_enum(c, g.nfgen_family, &xlat_net_families));
	v_field(s, "version", mk_enum(c, g.version, &xlat_nl_nf_versions));
	v_field(s, "res_id", nf_res_id(c, h->nlmsg_type, g.res_id));
	v_add(msg, s);
	uint32_t off = NLMSG_ALIGN(sizeof(g));
	if (len > off) {
		bool batch = h->nlmsg_type == NFNL_MSG_BATCH_BEGIN || h->nlmsg_type == NFNL_MSG_BATCH_END;
		v_add(msg, batch ? nl_hexstr(c, addr + off, len - off) : nl_attrs(c, addr + off, len - off, &nf_attrs, 0));
	}
	return true;
}

const struct nl_family nl_family_netfilter = {
	.proto = NETLINK_NETFILTER, .type_value = nf_type, .flagclass = nf_class, .payload = nf_payload,
};

/* ---- NETLINK_KOBJECT_UEVENT ---- */

/* the header libudev puts before the properties it forwards ("libudev\0", magic 0xfeedcafe) */
struct udev_monitor_netlink_header {
	char prefix[8];
	uint32_t magic;
	uint32_t header_size;
	uint32_t properties_off;
	uint32_t properties_len;
	uint32_t filter_subsystem_hash;
	uint32_t filter_devtype_hash;
	uint32_t filter_tag_bloom_hi;
	uint32_t filter_tag_bloom_lo;
};

static struct value *htonl_hex(struct dctx *c, uint32_t net)
{
	return mk_call1(c, "htonl", mk_hex(c, __builtin_bswap32(net)));
}

struct value *nl_uevent(struct dctx *c, uint64_t addr, uint64_t len)
{
	struct udev_monitor_netlink_header h;
	if (len < sizeof(h) || c->opt->redact || mem_read(c->mem, addr, &h, sizeof(h)) != 0 ||
	    memcmp(h.prefix, "libudev", 8) != 0 || __builtin_bswap32(h.magic) != 0xfeedcafe)
		return mk_buf(c, addr, len);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "prefix", mk_bytes(c, h.prefix, strlen(h.prefix), 0));
	v_field(s, "magic", htonl_hex(c, h.magic));
	v_field(s, "header_size", mk_uint(c, h.header_size));
	v_field(s, "properties_off", mk_uint(c, h.properties_off));
	v_field(s, "properties_len", mk_uint(c, h.properties_len));
	v_field(s, "filter_subsystem_hash", htonl_hex(c, h.filter_subsystem_hash));
	v_field(s, "filter_devtype_hash", htonl_hex(c, h.filter_devtype_hash));
	v_field(s, "filter_tag_bloom_hi", htonl_hex(c, h.filter_tag_bloom_hi));
	v_field(s, "filter_tag_bloom_lo", htonl_hex(c, h.filter_tag_bloom_lo));
	if (len == sizeof(h))
		return s;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, s);
	v_add(a, mk_buf(c, addr + sizeof(h), len - sizeof(h)));
	return a;
}
