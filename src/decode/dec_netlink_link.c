/*
 * dec_netlink_link.c - the values of rtnetlink's link attributes (IFLA_*,
 * with their nested link info, XDP, port, VF and bridge attributes) and
 * RTM_GETSTATS' IFLA_STATS_*; the other families are in dec_netlink_rtattr.c.
 * Most are declared as data: a decoder and its table per attribute type.
 */
#include "dec_netlink.h"

#include <arpa/inet.h>
#include <linux/if_link.h>
#include <linux/neighbour.h>
#include <linux/gen_stats.h>
#include <linux/if_bridge.h>
#include <linux/mpls.h>
#include <linux/pkt_sched.h>
#include <linux/if_addr.h>
#include <linux/rtnetlink.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>

static struct value *nla_fd(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	int32_t v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return mk_fd(c, v);
}

/* ---- links ---- */

#define LS32(m) NLA_FIELD(struct rtnl_link_stats, m, NF_U)
static const struct nla_field link_stats_f[] = {
	LS32(rx_packets), LS32(tx_packets), LS32(rx_bytes), LS32(tx_bytes), LS32(rx_errors),
	LS32(tx_errors), LS32(rx_dropped), LS32(tx_dropped), LS32(multicast), LS32(collisions),
	LS32(rx_length_errors), LS32(rx_over_errors), LS32(rx_crc_errors), LS32(rx_frame_errors),
	LS32(rx_fifo_errors), LS32(rx_missed_errors), LS32(tx_aborted_errors), LS32(tx_carrier_errors),
	LS32(tx_fifo_errors), LS32(tx_heartbeat_errors), LS32(tx_window_errors), LS32(rx_compressed),
	LS32(tx_compressed), LS32(rx_nohandler),
};
/* before rx_nohandler (Linux 4.6) the struct was 23 counters */
static const struct nla_struct link_stats = NLA_STRUCT(sizeof(struct rtnl_link_stats), 23 * 4, link_stats_f);

#define LS64(m) NLA_FIELD(struct rtnl_link_stats64, m, NF_U)
static const struct nla_field link_stats64_f[] = {
	LS64(rx_packets), LS64(tx_packets), LS64(rx_bytes), LS64(tx_bytes), LS64(rx_errors),
	LS64(tx_errors), LS64(rx_dropped), LS64(tx_dropped), LS64(multicast), LS64(collisions),
	LS64(rx_length_errors), LS64(rx_over_errors), LS64(rx_crc_errors), LS64(rx_frame_errors),
	LS64(rx_fifo_errors), LS64(rx_missed_errors), LS64(tx_aborted_errors), LS64(tx_carrier_errors),
	LS64(tx_fifo_errors), LS64(tx_heartbeat_errors), LS64(tx_window_errors), LS64(rx_compressed),
	LS64(tx_compressed), LS64(rx_nohandler), LS64(rx_otherhost_dropped),
};
static const struct nla_struct link_stats64 = NLA_STRUCT(sizeof(struct rtnl_link_stats64), 23 * 8, link_stats64_f);

static const struct nla_field ifmap_f[] = {
	NLA_FIELD(struct rtnl_link_ifmap, mem_start, NF_X), NLA_FIELD(struct rtnl_link_ifmap, mem_end, NF_X),
	NLA_FIELD(struct rtnl_link_ifmap, base_addr, NF_X), NLA_FIELD(struct rtnl_link_ifmap, irq, NF_U),
	NLA_FIELD(struct rtnl_link_ifmap, dma, NF_U), NLA_FIELD(struct rtnl_link_ifmap, port, NF_U),
};
/* 28 bytes of fields, padded to 32 */
static const struct nla_struct ifmap = NLA_STRUCT(sizeof(struct rtnl_link_ifmap),
						  offsetof(struct rtnl_link_ifmap, port) + 1, ifmap_f);

/* struct ifla_port_vsi: its pad only when not zero */
static struct value *nla_port_vsi(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	struct ifla_port_vsi v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "vsi_mgr_id", mk_uint(c, v.vsi_mgr_id));
	v_field(s, "vsi_type_id", mk_bytes(c, v.vsi_type_id, sizeof(v.vsi_type_id), VS_HEX));
	v_field(s, "vsi_type_version", mk_uint(c, v.vsi_type_version));
	if (v.pad[0] || v.pad[1] || v.pad[2])
		v_field(s, "pad", mk_bytes(c, v.pad, sizeof(v.pad), VS_HEX));
	return s;
}

static const struct nla_dec port_decs[] = {
	[IFLA_PORT_VF] = { nla_u32, NULL },
	[IFLA_PORT_VSI_TYPE] = { nla_port_vsi, NULL },
};
static const struct nla_spec port_attrs = NLA_SPEC(rtnl_ifla_port_attrs, port_decs);
static const struct nla_dec vf_ports_decs[] = {
	[IFLA_VF_PORT] = { nla_nested, &port_attrs },
};
static const struct nla_spec vf_ports_attrs = NLA_SPEC(rtnl_ifla_vf_ports_attrs, vf_ports_decs);

static const struct nla_dec xdp_decs[] = {
	[IFLA_XDP_FD] = { nla_fd, NULL },
	[IFLA_XDP_ATTACHED] = { nla_xval8, &xlat_rtnl_xdp_attached },
	[IFLA_XDP_FLAGS] = { nla_flags32, &xlat_rtnl_xdp_flags },
	[IFLA_XDP_PROG_ID] = { nla_u32, NULL },
	[IFLA_XDP_DRV_PROG_ID] = { nla_u32, NULL },
	[IFLA_XDP_SKB_PROG_ID] = { nla_u32, NULL },
	[IFLA_XDP_HW_PROG_ID] = { nla_u32, NULL },
	[IFLA_XDP_EXPECTED_FD] = { nla_fd, NULL },
};
static const struct nla_spec xdp_attrs = NLA_SPEC(rtnl_ifla_xdp_attrs, xdp_decs);

/* IFLA_LINKINFO: IFLA_INFO_DATA is read by the kind IFLA_INFO_KIND names */
struct linkinfo_kinds {
	char kind[16], slave_kind[16];
};

static struct value *nla_uid(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	uint32_t v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return v == UINT32_MAX ? mk_int(c, -1) : mk_uint(c, v);
}

static const struct nla_dec tun_decs[] = {
	[IFLA_TUN_OWNER] = { nla_uid, NULL },
	[IFLA_TUN_GROUP] = { nla_uid, NULL },
	[IFLA_TUN_TYPE] = { nla_xval8, &xlat_rtnl_tun_types },
	[IFLA_TUN_PI] = { nla_u8, NULL },
	[IFLA_TUN_VNET_HDR] = { nla_u8, NULL },
	[IFLA_TUN_PERSIST] = { nla_u8, NULL },
	[IFLA_TUN_MULTI_QUEUE] = { nla_u8, NULL },
	[IFLA_TUN_NUM_QUEUES] = { nla_u32, NULL },
	[IFLA_TUN_NUM_DISABLED_QUEUES] = { nla_u32, NULL },
};
static const struct nla_spec tun_attrs = NLA_SPEC(rtnl_tun_attrs, tun_decs);

static struct value *nla_in4(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	return nla_inaddr(c, addr, len, data, AF_INET);
}

static struct value *nla_in6(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	return nla_inaddr(c, addr, len, data, AF_INET6);
}

static const struct nla_dec br_querier_decs[] = {
	[BRIDGE_QUERIER_IP_ADDRESS] = { nla_in4, NULL },
	[BRIDGE_QUERIER_IP_PORT] = { nla_ifindex, NULL },
	[BRIDGE_QUERIER_IP_OTHER_TIMER] = { nla_clock_t, (void *)8 },
	[BRIDGE_QUERIER_IPV6_ADDRESS] = { nla_in6, NULL },
	[BRIDGE_QUERIER_IPV6_PORT] = { nla_u32, NULL },
	[BRIDGE_QUERIER_IPV6_OTHER_TIMER] = { nla_clock_t, (void *)8 },
};
static const struct nla_spec br_querier_attrs = NLA_SPEC(rtnl_br_querier_attrs, br_querier_decs);

static const struct nla_field br_boolopt_f[] = {
	NLA_FIELDX(struct br_boolopt_multi, optval, NF_FLAGS, rtnl_br_boolopts),
	NLA_FIELDX(struct br_boolopt_multi, optmask, NF_FLAGS, rtnl_br_boolopts),
};
static const struct nla_struct br_boolopt = NLA_STRUCT(sizeof(struct br_boolopt_multi), sizeof(struct br_boolopt_multi), br_boolopt_f);

static struct value *nla_bridge_id(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);

/* htons(ETH_P_8021Q) */
static struct value *nla_be16_eth(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	uint16_t v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return mk_call1(c, "htons", mk_enum(c, __builtin_bswap16(v), &xlat_net_eth_protos));
}

#define BR_CLOCK { nla_clock_t, (void *)8 }
static const struct nla_dec br_decs[] = {
	[IFLA_BR_FORWARD_DELAY] = BR_CLOCK, [IFLA_BR_HELLO_TIME] = BR_CLOCK, [IFLA_BR_MAX_AGE] = BR_CLOCK,
	[IFLA_BR_AGEING_TIME] = BR_CLOCK, [IFLA_BR_STP_STATE] = { nla_u32, NULL },
	[IFLA_BR_PRIORITY] = { nla_u16, NULL }, [IFLA_BR_VLAN_FILTERING] = { nla_u8, NULL },
	[IFLA_BR_VLAN_PROTOCOL] = { nla_be16_eth, NULL }, [IFLA_BR_GROUP_FWD_MASK] = { nla_x16, NULL },
	[IFLA_BR_ROOT_ID] = { nla_bridge_id, NULL }, [IFLA_BR_BRIDGE_ID] = { nla_bridge_id, NULL },
	[IFLA_BR_ROOT_PORT] = { nla_u16, NULL }, [IFLA_BR_ROOT_PATH_COST] = { nla_u32, NULL },
	[IFLA_BR_TOPOLOGY_CHANGE] = { nla_u8, NULL }, [IFLA_BR_TOPOLOGY_CHANGE_DETECTED] = { nla_u8, NULL },
	[IFLA_BR_HELLO_TIMER] = BR_CLOCK, [IFLA_BR_TCN_TIMER] = BR_CLOCK,
	[IFLA_BR_TOPOLOGY_CHANGE_TIMER] = BR_CLOCK, [IFLA_BR_GC_TIMER] = BR_CLOCK,
	[IFLA_BR_GROUP_ADDR] = { nla_hwaddr, NULL },
	[IFLA_BR_MCAST_ROUTER] = { nla_u8, NULL }, [IFLA_BR_MCAST_SNOOPING] = { nla_u8, NULL },
	[IFLA_BR_MCAST_QUERY_USE_IFADDR] = { nla_u8, NULL }, [IFLA_BR_MCAST_QUERIER] = { nla_u8, NULL },
	[IFLA_BR_MCAST_HASH_ELASTICITY] = { nla_u32, NULL }, [IFLA_BR_MCAST_HASH_MAX] = { nla_u32, NULL },
	[IFLA_BR_MCAST_LAST_MEMBER_CNT] = { nla_u32, NULL }, [IFLA_BR_MCAST_STARTUP_QUERY_CNT] = { nla_u32, NULL },
	[IFLA_BR_MCAST_LAST_MEMBER_INTVL] = BR_CLOCK, [IFLA_BR_MCAST_MEMBERSHIP_INTVL] = BR_CLOCK,
	[IFLA_BR_MCAST_QUERIER_INTVL] = BR_CLOCK, [IFLA_BR_MCAST_QUERY_INTVL] = BR_CLOCK,
	[IFLA_BR_MCAST_QUERY_RESPONSE_INTVL] = BR_CLOCK, [IFLA_BR_MCAST_STARTUP_QUERY_INTVL] = BR_CLOCK,
	[IFLA_BR_NF_CALL_IPTABLES] = { nla_u8, NULL }, [IFLA_BR_NF_CALL_IP6TABLES] = { nla_u8, NULL },
	[IFLA_BR_NF_CALL_ARPTABLES] = { nla_u8, NULL }, [IFLA_BR_VLAN_DEFAULT_PVID] = { nla_u16, NULL },
	[IFLA_BR_VLAN_STATS_ENABLED] = { nla_u8, NULL }, [IFLA_BR_MCAST_STATS_ENABLED] = { nla_u8, NULL },
	[IFLA_BR_MCAST_IGMP_VERSION] = { nla_u8, NULL }, [IFLA_BR_MCAST_MLD_VERSION] = { nla_u8, NULL },
	[IFLA_BR_VLAN_STATS_PER_PORT] = { nla_u8, NULL }, [IFLA_BR_MULTI_BOOLOPT] = { nla_fields, &br_boolopt },
	[IFLA_BR_MCAST_QUERIER_STATE] = { nla_nested, &br_querier_attrs },
};
static const struct nla_spec br_attrs = NLA_SPEC(rtnl_br_attrs, br_decs);
static const struct nla_spec brport_attrs;

static const struct nla_spec *linkinfo_data_spec(const char *kind, bool slave)
{
	if (!strcmp(kind, "bridge"))
		return slave ? &brport_attrs : &br_attrs;
	if (!strcmp(kind, "tun") && !slave)
		return &tun_attrs;
	return NULL;
}

static struct value *nla_info_data(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	const struct linkinfo_kinds *k = (const struct linkinfo_kinds *)op;
	bool slave = data != NULL;
	const struct nla_spec *spec = k ? linkinfo_data_spec(slave ? k->slave_kind : k->kind, slave) : NULL;
	return spec ? nl_attrs(c, addr, len, spec, 0) : NULL;
}

/* IFLA_INFO_XSTATS of a CAN device: struct can_device_stats */
static const char *const can_stats_names[] = {
	"bus_error", "error_warning", "error_passive", "bus_off", "arbitration_lost", "restarts",
};

static struct value *nla_info_xstats(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	const struct linkinfo_kinds *k = (const struct linkinfo_kinds *)op;
	uint32_t v[6];
	if (!k || strcmp(k->kind, "can") || len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	for (size_t i = 0; i < ARRAY_SIZE(can_stats_names); i++)
		v_field(s, can_stats_names[i], mk_uint(c, v[i]));
	return s;
}

static const struct nla_dec info_decs[] = {
	[IFLA_INFO_KIND] = { nla_str, NULL },
	[IFLA_INFO_DATA] = { nla_info_data, NULL },
	[IFLA_INFO_XSTATS] = { nla_info_xstats, NULL },
	[IFLA_INFO_SLAVE_KIND] = { nla_str, NULL },
	[IFLA_INFO_SLAVE_DATA] = { nla_info_data, "slave" },
};
static const struct nla_spec info_attrs = NLA_SPEC(rtnl_ifla_info_attrs, info_decs);

/* find the kinds first, then walk the list with them */
static struct value *nla_linkinfo(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	struct linkinfo_kinds *k = arena_alloc(c->a, sizeof(*k));
	memset(k, 0, sizeof(*k));
	for (uint32_t off = 0; off + NLA_HDRLEN <= len;) {
		struct nlattr na;
		if (mem_read(c->mem, addr + off, &na, sizeof(na)) != 0 || na.nla_len < NLA_HDRLEN)
			break;
		char *dst = (na.nla_type & NLA_TYPE_MASK) == IFLA_INFO_KIND ? k->kind
			  : (na.nla_type & NLA_TYPE_MASK) == IFLA_INFO_SLAVE_KIND ? k->slave_kind : NULL;
		uint32_t n = na.nla_len - NLA_HDRLEN;
		if (dst && n < sizeof(k->kind) && off + na.nla_len <= len)
			mem_read(c->mem, addr + off + NLA_HDRLEN, dst, n);
		off += NLA_ALIGN(na.nla_len);
	}
	return nl_attrs(c, addr, len, &info_attrs, (uintptr_t)k);
}

/* IFLA_VFINFO_LIST: virtual functions */
#define VF(T, m) NLA_FIELD(T, m, NF_U)
static const struct nla_field vf_mac_f[] = { VF(struct ifla_vf_mac, vf), { "mac", offsetof(struct ifla_vf_mac, mac), 32, NF_HWADDR, NULL } };
static const struct nla_struct vf_mac = NLA_STRUCT(sizeof(struct ifla_vf_mac), sizeof(struct ifla_vf_mac), vf_mac_f);
static const struct nla_field vf_vlan_f[] = { VF(struct ifla_vf_vlan, vf), VF(struct ifla_vf_vlan, vlan), VF(struct ifla_vf_vlan, qos) };
static const struct nla_struct vf_vlan = NLA_STRUCT(sizeof(struct ifla_vf_vlan), sizeof(struct ifla_vf_vlan), vf_vlan_f);
static const struct nla_field vf_tx_rate_f[] = { VF(struct ifla_vf_tx_rate, vf), VF(struct ifla_vf_tx_rate, rate) };
static const struct nla_struct vf_tx_rate = NLA_STRUCT(sizeof(struct ifla_vf_tx_rate), sizeof(struct ifla_vf_tx_rate), vf_tx_rate_f);
/* ifla_vf_spoofchk, ifla_vf_rss_query_en and ifla_vf_trust are all {vf, setting} */
static const struct nla_field vf_setting_f[] = { VF(struct ifla_vf_trust, vf), VF(struct ifla_vf_trust, setting) };
static const struct nla_struct vf_setting = NLA_STRUCT(sizeof(struct ifla_vf_trust), sizeof(struct ifla_vf_trust), vf_setting_f);
static const struct nla_field vf_link_state_f[] = {
	VF(struct ifla_vf_link_state, vf), NLA_FIELDX(struct ifla_vf_link_state, link_state, NF_ENUM, rtnl_vf_link_states),
};
static const struct nla_struct vf_link_state = NLA_STRUCT(sizeof(struct ifla_vf_link_state), sizeof(struct ifla_vf_link_state), vf_link_state_f);
static const struct nla_field vf_rate_f[] = { VF(struct ifla_vf_rate, vf), VF(struct ifla_vf_rate, min_tx_rate), VF(struct ifla_vf_rate, max_tx_rate) };
static const struct nla_struct vf_rate = NLA_STRUCT(sizeof(struct ifla_vf_rate), sizeof(struct ifla_vf_rate), vf_rate_f);
static const struct nla_field vf_guid_f[] = { VF(struct ifla_vf_guid, vf), NLA_FIELD(struct ifla_vf_guid, guid, NF_X) };
static const struct nla_struct vf_guid = NLA_STRUCT(sizeof(struct ifla_vf_guid), sizeof(struct ifla_vf_guid), vf_guid_f);
static const struct nla_field vf_broadcast_f[] = { { "broadcast", 0, 32, NF_HWADDR, NULL } };
static const struct nla_struct vf_broadcast = NLA_STRUCT(sizeof(struct ifla_vf_broadcast), sizeof(struct ifla_vf_broadcast), vf_broadcast_f);
static const struct nla_field vf_vlan_info_f[] = {
	VF(struct ifla_vf_vlan_info, vf), VF(struct ifla_vf_vlan_info, vlan), VF(struct ifla_vf_vlan_info, qos),
	NLA_FIELDX(struct ifla_vf_vlan_info, vlan_proto, NF_BE16, net_eth_protos),
};
static const struct nla_struct vf_vlan_info = NLA_STRUCT(sizeof(struct ifla_vf_vlan_info), sizeof(struct ifla_vf_vlan_info), vf_vlan_info_f);

static const struct nla_dec vf_vlan_list_decs[] = { [IFLA_VF_VLAN_INFO] = { nla_fields, &vf_vlan_info } };
static const struct nla_spec vf_vlan_list_attrs = NLA_SPEC(rtnl_vf_vlan_list_attrs, vf_vlan_list_decs);
static const struct nla_dec vf_stats_decs[] = {
	[IFLA_VF_STATS_RX_PACKETS] = { nla_u64, NULL }, [IFLA_VF_STATS_TX_PACKETS] = { nla_u64, NULL },
	[IFLA_VF_STATS_RX_BYTES] = { nla_u64, NULL }, [IFLA_VF_STATS_TX_BYTES] = { nla_u64, NULL },
	[IFLA_VF_STATS_BROADCAST] = { nla_u64, NULL }, [IFLA_VF_STATS_MULTICAST] = { nla_u64, NULL },
	[IFLA_VF_STATS_RX_DROPPED] = { nla_u64, NULL }, [IFLA_VF_STATS_TX_DROPPED] = { nla_u64, NULL },
};
static const struct nla_spec vf_stats_attrs = NLA_SPEC(rtnl_vf_stats_attrs, vf_stats_decs);
static const struct nla_dec vf_decs[] = {
	[IFLA_VF_MAC] = { nla_fields, &vf_mac },
	[IFLA_VF_VLAN] = { nla_fields, &vf_vlan },
	[IFLA_VF_TX_RATE] = { nla_fields, &vf_tx_rate },
	[IFLA_VF_SPOOFCHK] = { nla_fields, &vf_setting },
	[IFLA_VF_LINK_STATE] = { nla_fields, &vf_link_state },
	[IFLA_VF_RATE] = { nla_fields, &vf_rate },
	[IFLA_VF_RSS_QUERY_EN] = { nla_fields, &vf_setting },
	[IFLA_VF_STATS] = { nla_nested, &vf_stats_attrs },
	[IFLA_VF_TRUST] = { nla_fields, &vf_setting },
	[IFLA_VF_IB_NODE_GUID] = { nla_fields, &vf_guid },
	[IFLA_VF_IB_PORT_GUID] = { nla_fields, &vf_guid },
	[IFLA_VF_VLAN_LIST] = { nla_nested, &vf_vlan_list_attrs },
	[IFLA_VF_BROADCAST] = { nla_fields, &vf_broadcast },
};
static const struct nla_spec vf_attrs = NLA_SPEC(rtnl_vf_attrs, vf_decs);
static const struct nla_dec vfinfo_list_decs[] = { [IFLA_VF_INFO] = { nla_nested, &vf_attrs } };
static const struct nla_spec vfinfo_list_attrs = NLA_SPEC(rtnl_vfinfo_list_attrs, vfinfo_list_decs);

/* IFLA_PROTINFO: the address family's own attributes (ifi_family is op) */
static const struct nla_index devconf6 = { &xlat_rtnl_devconf6, 4, true };
static const struct nla_index ipstats6 = { &xlat_rtnl_ipstats_mib, 8, false };
static const struct nla_index icmp6stats = { &xlat_rtnl_icmp6_mib, 8, false };
static const struct nla_field in6_cacheinfo_f[] = {
	NLA_FIELD(struct ifla_cacheinfo, max_reasm_len, NF_U), NLA_FIELD(struct ifla_cacheinfo, tstamp, NF_U),
	NLA_FIELD(struct ifla_cacheinfo, reachable_time, NF_U), NLA_FIELD(struct ifla_cacheinfo, retrans_time, NF_U),
};
static const struct nla_struct in6_cacheinfo = NLA_STRUCT(sizeof(struct ifla_cacheinfo), sizeof(struct ifla_cacheinfo), in6_cacheinfo_f);

static struct value *nla_in6addr(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	return nla_inaddr(c, addr, len, data, AF_INET6);
}

static const struct nla_dec inet6_decs[] = {
	[IFLA_INET6_FLAGS] = { nla_flags32, &xlat_rtnl_inet6_if_flags },
	[IFLA_INET6_CONF] = { nla_indexed, &devconf6 },
	[IFLA_INET6_STATS] = { nla_indexed, &ipstats6 },
	[IFLA_INET6_CACHEINFO] = { nla_fields, &in6_cacheinfo },
	[IFLA_INET6_ICMP6STATS] = { nla_indexed, &icmp6stats },
	[IFLA_INET6_TOKEN] = { nla_in6addr, NULL },
	[IFLA_INET6_ADDR_GEN_MODE] = { nla_xval8, &xlat_rtnl_in6_addr_gen_modes },
	[9] = { nla_u32, NULL },   /* IFLA_INET6_RA_MTU */
};
static const struct nla_spec inet6_attrs = NLA_SPEC(rtnl_inet6_attrs, inet6_decs);

/* struct ifla_bridge_id: {prio=[1, 2], addr=01:02:03:04:05:06} */
static struct value *nla_bridge_id(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	struct ifla_bridge_id id;
	if (len < sizeof(id))
		return NULL;
	if (mem_read(c->mem, addr, &id, sizeof(id)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	struct value *prio = v_list(c->a, V_ARRAY);
	v_add(prio, mk_uint(c, id.prio[0]));
	v_add(prio, mk_uint(c, id.prio[1]));
	v_field(s, "prio", prio);
	v_field(s, "addr", mk_hwaddr(c, id.addr, sizeof(id.addr)));
	return s;
}

static const struct nla_dec brport_decs[] = {
	[IFLA_BRPORT_STATE] = { nla_u8, NULL }, [IFLA_BRPORT_PRIORITY] = { nla_u16, NULL },
	[IFLA_BRPORT_COST] = { nla_u32, NULL }, [IFLA_BRPORT_MODE] = { nla_u8, NULL },
	[IFLA_BRPORT_GUARD] = { nla_u8, NULL }, [IFLA_BRPORT_PROTECT] = { nla_u8, NULL },
	[IFLA_BRPORT_FAST_LEAVE] = { nla_u8, NULL }, [IFLA_BRPORT_LEARNING] = { nla_u8, NULL },
	[IFLA_BRPORT_UNICAST_FLOOD] = { nla_u8, NULL }, [IFLA_BRPORT_PROXYARP] = { nla_u8, NULL },
	[IFLA_BRPORT_LEARNING_SYNC] = { nla_u8, NULL }, [IFLA_BRPORT_PROXYARP_WIFI] = { nla_u8, NULL },
	[IFLA_BRPORT_ROOT_ID] = { nla_bridge_id, NULL }, [IFLA_BRPORT_BRIDGE_ID] = { nla_bridge_id, NULL },
	[IFLA_BRPORT_DESIGNATED_PORT] = { nla_u16, NULL }, [IFLA_BRPORT_DESIGNATED_COST] = { nla_u16, NULL },
	[IFLA_BRPORT_ID] = { nla_u16, NULL }, [IFLA_BRPORT_NO] = { nla_u16, NULL },
	[IFLA_BRPORT_TOPOLOGY_CHANGE_ACK] = { nla_u8, NULL }, [IFLA_BRPORT_CONFIG_PENDING] = { nla_u8, NULL },
	[IFLA_BRPORT_MESSAGE_AGE_TIMER] = { nla_clock_t, (void *)8 },
	[IFLA_BRPORT_FORWARD_DELAY_TIMER] = { nla_clock_t, (void *)8 },
	[IFLA_BRPORT_HOLD_TIMER] = { nla_clock_t, (void *)8 },
	[IFLA_BRPORT_MULTICAST_ROUTER] = { nla_u8, NULL }, [IFLA_BRPORT_MCAST_FLOOD] = { nla_u8, NULL },
	[IFLA_BRPORT_MCAST_TO_UCAST] = { nla_u8, NULL }, [IFLA_BRPORT_VLAN_TUNNEL] = { nla_u8, NULL },
	[IFLA_BRPORT_BCAST_FLOOD] = { nla_u8, NULL }, [IFLA_BRPORT_GROUP_FWD_MASK] = { nla_x16, NULL },
	[IFLA_BRPORT_NEIGH_SUPPRESS] = { nla_u8, NULL }, [IFLA_BRPORT_ISOLATED] = { nla_u8, NULL },
	[IFLA_BRPORT_BACKUP_PORT] = { nla_ifindex, NULL }, [IFLA_BRPORT_MRP_RING_OPEN] = { nla_u8, NULL },
	[IFLA_BRPORT_MRP_IN_OPEN] = { nla_u8, NULL }, [IFLA_BRPORT_MCAST_EHT_HOSTS_LIMIT] = { nla_u32, NULL },
	[IFLA_BRPORT_MCAST_EHT_HOSTS_CNT] = { nla_u32, NULL }, [39] = { nla_u8, NULL },   /* IFLA_BRPORT_LOCKED */
};
static const struct nla_spec brport_attrs = NLA_SPEC(rtnl_brport_attrs, brport_decs);

static struct value *nla_protinfo(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	if (op == AF_INET6)
		return nl_attrs(c, addr, len, &inet6_attrs, op);
	if (op == AF_BRIDGE)
		return nl_attrs(c, addr, len, &brport_attrs, op);
	return NULL;
}

static const struct nla_dec proto_down_decs[] = {
	[IFLA_PROTO_DOWN_REASON_MASK] = { nla_x32, NULL },
	[IFLA_PROTO_DOWN_REASON_VALUE] = { nla_x32, NULL },
};
static const struct nla_spec proto_down_attrs = NLA_SPEC(rtnl_proto_down_reason_attrs, proto_down_decs);

/* IFLA_AF_SPEC: per address family; on a bridge's own link, the bridge's attributes */
static const struct nla_index ipv4_devconf = { &xlat_rtnl_ipv4_devconf, 4, true };
static const struct nla_dec inet_af_decs[] = { [1] = { nla_indexed, &ipv4_devconf } };   /* IFLA_INET_CONF */
static const struct nla_spec inet_af_attrs = NLA_SPEC(rtnl_inet_attrs, inet_af_decs);
static const struct nla_dec mctp_af_decs[] = { [1] = { nla_u32, NULL } };   /* IFLA_MCTP_NET */
static const struct nla_spec mctp_af_attrs = NLA_SPEC(rtnl_mctp_attrs, mctp_af_decs);
static const struct nla_dec af_decs[] = {
	[AF_INET] = { nla_nested, &inet_af_attrs },
	[AF_INET6] = { nla_nested, &inet6_attrs },
	[45] = { nla_nested, &mctp_af_attrs },   /* AF_MCTP */
};
static const struct nla_spec af_attrs = NLA_SPEC(net_families, af_decs);

static struct value *nla_bridge_vlan_info(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	struct bridge_vlan_info v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "flags", mk_flags(c, v.flags, &xlat_rtnl_bridge_vlan_flags));
	v_field(s, "vid", mk_uint(c, v.vid));
	if (len == sizeof(v))
		return s;
	struct value *q = v_list(c->a, V_SEQ);
	v_add(q, s);
	v_add(q, nl_hexstr(c, addr + sizeof(v), len - sizeof(v)));
	return q;
}

static const struct nla_dec vlan_tunnel_decs[] = {
	[1] = { nla_u32, NULL },                                   /* IFLA_BRIDGE_VLAN_TUNNEL_ID */
	[2] = { nla_u16, NULL },                                   /* IFLA_BRIDGE_VLAN_TUNNEL_VID */
	[3] = { nla_flags16, &xlat_rtnl_bridge_vlan_flags },      /* IFLA_BRIDGE_VLAN_TUNNEL_FLAGS */
};
static const struct nla_spec vlan_tunnel_attrs = NLA_SPEC(rtnl_vlan_tunnel_attrs, vlan_tunnel_decs);
static const struct nla_dec bridge_af_decs[] = {
	[0] = { nla_flags16, &xlat_rtnl_bridge_flags },            /* IFLA_BRIDGE_FLAGS */
	[1] = { nla_xval16, &xlat_rtnl_bridge_modes },             /* IFLA_BRIDGE_MODE */
	[2] = { nla_bridge_vlan_info, NULL },                      /* IFLA_BRIDGE_VLAN_INFO */
	[3] = { nla_nested, &vlan_tunnel_attrs },                  /* IFLA_BRIDGE_VLAN_TUNNEL_INFO */
};
static const struct nla_spec bridge_af_attrs = NLA_SPEC(rtnl_bridge_af_attrs, bridge_af_decs);

static struct value *nla_af_spec(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	return nl_attrs(c, addr, len, op == AF_BRIDGE ? &bridge_af_attrs : &af_attrs, op);
}

static const struct nla_dec link_decs[];
const struct nla_spec rtnl_link_spec;
static const struct nla_dec link_decs[] = {
	[IFLA_ADDRESS] = { nla_hwaddr, NULL },
	[IFLA_BROADCAST] = { nla_hwaddr, NULL },
	[IFLA_IFNAME] = { nla_str, NULL },
	[IFLA_MTU] = { nla_u32, NULL },
	[IFLA_LINK] = { nla_u32, NULL },
	[IFLA_QDISC] = { nla_str, NULL },
	[IFLA_STATS] = { nla_fields, &link_stats },
	[IFLA_MASTER] = { nla_u32, NULL },
	[IFLA_PROTINFO] = { nla_protinfo, NULL },
	[IFLA_TXQLEN] = { nla_u32, NULL },
	[IFLA_MAP] = { nla_fields, &ifmap },
	[IFLA_WEIGHT] = { nla_u32, NULL },
	[IFLA_OPERSTATE] = { nla_u8, NULL },
	[IFLA_LINKMODE] = { nla_u8, NULL },
	[IFLA_LINKINFO] = { nla_linkinfo, NULL },
	[IFLA_NET_NS_PID] = { nla_u32, NULL },
	[IFLA_IFALIAS] = { nla_str, NULL },
	[IFLA_NUM_VF] = { nla_u32, NULL },
	[IFLA_VFINFO_LIST] = { nla_nested, &vfinfo_list_attrs },
	[IFLA_STATS64] = { nla_fields, &link_stats64 },
	[IFLA_VF_PORTS] = { nla_nested, &vf_ports_attrs },
	[IFLA_PORT_SELF] = { nla_nested, &port_attrs },
	[IFLA_AF_SPEC] = { nla_af_spec, NULL },
	[IFLA_GROUP] = { nla_u32, NULL },
	[IFLA_NET_NS_FD] = { nla_fd, NULL },
	[IFLA_EXT_MASK] = { nla_flags32, &xlat_rtnl_rtext_filter },
	[IFLA_PROMISCUITY] = { nla_u32, NULL },
	[IFLA_NUM_TX_QUEUES] = { nla_u32, NULL },
	[IFLA_NUM_RX_QUEUES] = { nla_u32, NULL },
	[IFLA_CARRIER] = { nla_u8, NULL },
	[IFLA_CARRIER_CHANGES] = { nla_u32, NULL },
	[IFLA_LINK_NETNSID] = { nla_s32, NULL },
	[IFLA_PHYS_PORT_NAME] = { nla_str, NULL },
	[IFLA_PROTO_DOWN] = { nla_u8, NULL },
	[IFLA_GSO_MAX_SEGS] = { nla_u32, NULL },
	[IFLA_GSO_MAX_SIZE] = { nla_u32, NULL },
	[IFLA_XDP] = { nla_nested, &xdp_attrs },
	[IFLA_EVENT] = { nla_xval32, &xlat_rtnl_ifla_events },
	[IFLA_NEW_NETNSID] = { nla_s32, NULL },
	[IFLA_IF_NETNSID] = { nla_s32, NULL },
	[IFLA_CARRIER_UP_COUNT] = { nla_u32, NULL },
	[IFLA_CARRIER_DOWN_COUNT] = { nla_u32, NULL },
	[IFLA_NEW_IFINDEX] = { nla_ifindex, NULL },
	[IFLA_MIN_MTU] = { nla_u32, NULL },
	[IFLA_MAX_MTU] = { nla_u32, NULL },
	[IFLA_PROP_LIST] = { nla_nested, &rtnl_link_spec },
	[IFLA_ALT_IFNAME] = { nla_str, NULL },
	[IFLA_PERM_ADDRESS] = { nla_hwaddr, NULL },
	[IFLA_PROTO_DOWN_REASON] = { nla_nested, &proto_down_attrs },
	[IFLA_PARENT_DEV_NAME] = { nla_str, NULL },
	[IFLA_PARENT_DEV_BUS_NAME] = { nla_str, NULL },
	[58] = { nla_u32, NULL },   /* IFLA_GRO_MAX_SIZE */
	[59] = { nla_u32, NULL },   /* IFLA_TSO_MAX_SIZE */
	[60] = { nla_u32, NULL },   /* IFLA_TSO_MAX_SEGS */
	[61] = { nla_u32, NULL },   /* IFLA_ALLMULTI */
};
const struct nla_spec rtnl_link_spec = NLA_SPEC(rtnl_link_attrs, link_decs);

/* ---- RTM_GETSTATS: IFLA_STATS_* ---- */

/* a struct, and the bytes after it when the attribute is longer (extended statistics) */
static struct value *with_tail(struct dctx *c, struct value *v, uint64_t addr, uint32_t len, uint32_t size)
{
	if (!v || len <= size || (v->kind == V_NUM && v->fmt == NF_PTR))
		return v;
	struct value *q = v_list(c->a, V_SEQ);
	v_add(q, v);
	v_add(q, nl_hexstr(c, addr + size, len - size));
	return q;
}

static struct value *nla_vlan_xstats(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	struct bridge_vlan_xstats x;
	if (len < sizeof(x))
		return NULL;
	if (mem_read(c->mem, addr, &x, sizeof(x)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "rx_bytes", mk_uint(c, x.rx_bytes));
	v_field(s, "rx_packets", mk_uint(c, x.rx_packets));
	v_field(s, "tx_bytes", mk_uint(c, x.tx_bytes));
	v_field(s, "tx_packets", mk_uint(c, x.tx_packets));
	v_field(s, "vid", mk_uint(c, x.vid));
	v_field(s, "flags", mk_flags(c, x.flags, &xlat_rtnl_bridge_vlan_flags));
	if (x.pad2)
		v_field(s, "pad2", mk_hex(c, x.pad2));
	return with_tail(c, s, addr, len, sizeof(x));
}

/* [[BR_MCAST_DIR_RX]=1, [BR_MCAST_DIR_TX]=2] */
static struct value *mcast_pair(struct dctx *c, const uint64_t *v)
{
	struct value *a = v_list(c->a, V_ARRAY);
	v_index(c->a, a, 0, "BR_MCAST_DIR_RX", NULL, mk_uint(c, v[0]));
	v_index(c->a, a, 1, "BR_MCAST_DIR_TX", NULL, mk_uint(c, v[1]));
	return a;
}

static struct value *nla_mcast_stats(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	/* the counters in order; pairs are [RX, TX] arrays */
	static const struct { const char *name; bool pair; } f[] = {
		{ "igmp_v1queries", 1 }, { "igmp_v2queries", 1 }, { "igmp_v3queries", 1 }, { "igmp_leaves", 1 },
		{ "igmp_v1reports", 1 }, { "igmp_v2reports", 1 }, { "igmp_v3reports", 1 }, { "igmp_parse_errors", 0 },
		{ "mld_v1queries", 1 }, { "mld_v2queries", 1 }, { "mld_leaves", 1 }, { "mld_v1reports", 1 },
		{ "mld_v2reports", 1 }, { "mld_parse_errors", 0 }, { "mcast_bytes", 1 }, { "mcast_packets", 1 },
	};
	struct br_mcast_stats m;
	if (len < sizeof(m))
		return NULL;
	if (mem_read(c->mem, addr, &m, sizeof(m)) != 0)
		return mk_ptr(c, addr);
	const uint64_t *v = (const uint64_t *)&m;
	struct value *s = v_list(c->a, V_STRUCT);
	for (size_t i = 0; i < ARRAY_SIZE(f); i++) {
		v_field(s, f[i].name, f[i].pair ? mcast_pair(c, v) : mk_uint(c, v[0]));
		v += f[i].pair ? 2 : 1;
	}
	return with_tail(c, s, addr, len, sizeof(m));
}

static const struct nla_field stp_f[] = {
	NLA_FIELD(struct bridge_stp_xstats, transition_blk, NF_U), NLA_FIELD(struct bridge_stp_xstats, transition_fwd, NF_U),
	NLA_FIELD(struct bridge_stp_xstats, rx_bpdu, NF_U), NLA_FIELD(struct bridge_stp_xstats, tx_bpdu, NF_U),
	NLA_FIELD(struct bridge_stp_xstats, rx_tcn, NF_U), NLA_FIELD(struct bridge_stp_xstats, tx_tcn, NF_U),
};
static const struct nla_struct stp_xstats = NLA_STRUCT(sizeof(struct bridge_stp_xstats), sizeof(struct bridge_stp_xstats), stp_f);

static struct value *nla_stp_xstats(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	return with_tail(c, nla_fields(c, addr, len, &stp_xstats, op), addr, len, sizeof(struct bridge_stp_xstats));
}

static const struct nla_dec bridge_xstats_decs[] = {
	[BRIDGE_XSTATS_VLAN] = { nla_vlan_xstats, NULL },
	[BRIDGE_XSTATS_MCAST] = { nla_mcast_stats, NULL },
	[BRIDGE_XSTATS_STP] = { nla_stp_xstats, NULL },
};
static const struct nla_spec bridge_xstats_attrs = NLA_SPEC(rtnl_bridge_xstats_attrs, bridge_xstats_decs);
static const struct nla_dec bond_3ad_decs[] = {
	[0] = { nla_u64, NULL }, [1] = { nla_u64, NULL }, [2] = { nla_u64, NULL }, [3] = { nla_u64, NULL },
	[4] = { nla_u64, NULL }, [5] = { nla_u64, NULL }, [6] = { nla_u64, NULL }, [7] = { nla_u64, NULL },
	[8] = { nla_u64, NULL },
};
static const struct nla_spec bond_3ad_attrs = NLA_SPEC(rtnl_bond_3ad_stat_attrs, bond_3ad_decs);
static const struct nla_dec bond_xstats_decs[] = { [1] = { nla_nested, &bond_3ad_attrs }   /* BOND_XSTATS_3AD */ };
static const struct nla_spec bond_xstats_attrs = NLA_SPEC(rtnl_bond_xstats_attrs, bond_xstats_decs);
static const struct nla_dec link_xstats_decs[] = {
	[LINK_XSTATS_TYPE_BRIDGE] = { nla_nested, &bridge_xstats_attrs },
	[LINK_XSTATS_TYPE_BOND] = { nla_nested, &bond_xstats_attrs },
};
static const struct nla_spec link_xstats_attrs = NLA_SPEC(rtnl_link_xstats_types, link_xstats_decs);
static const struct nla_dec offload_xstats_decs[] = { [IFLA_OFFLOAD_XSTATS_CPU_HIT] = { nla_fields, &link_stats64 } };
static const struct nla_spec offload_xstats_attrs = NLA_SPEC(rtnl_offload_xstats_attrs, offload_xstats_decs);

#define MPLS(m) NLA_FIELD(struct mpls_link_stats, m, NF_U)
static const struct nla_field mpls_stats_f[] = {
	MPLS(rx_packets), MPLS(tx_packets), MPLS(rx_bytes), MPLS(tx_bytes), MPLS(rx_errors),
	MPLS(tx_errors), MPLS(rx_dropped), MPLS(tx_dropped), MPLS(rx_noroute),
};
static const struct nla_struct mpls_stats = NLA_STRUCT(sizeof(struct mpls_link_stats), sizeof(struct mpls_link_stats), mpls_stats_f);
static struct value *nla_mpls_stats(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	return with_tail(c, nla_fields(c, addr, len, &mpls_stats, op), addr, len, sizeof(struct mpls_link_stats));
}
static const struct nla_dec mpls_decs[] = { [MPLS_STATS_LINK] = { nla_mpls_stats, NULL } };
static const struct nla_spec mpls_attrs = NLA_SPEC(rtnl_mpls_stats_attrs, mpls_decs);
/* IFLA_STATS_AF_SPEC: one attribute per address family */
static const struct nla_dec stats_af_decs[] = { [AF_MPLS] = { nla_nested, &mpls_attrs } };
static const struct nla_spec stats_af_attrs = NLA_SPEC(net_families, stats_af_decs);

static const struct nla_dec stats_decs[] = {
	[IFLA_STATS_LINK_64] = { nla_fields, &link_stats64 },
	[IFLA_STATS_LINK_XSTATS] = { nla_nested, &link_xstats_attrs },
	[IFLA_STATS_LINK_XSTATS_SLAVE] = { nla_nested, &link_xstats_attrs },
	[IFLA_STATS_LINK_OFFLOAD_XSTATS] = { nla_nested, &offload_xstats_attrs },
	[IFLA_STATS_AF_SPEC] = { nla_nested, &stats_af_attrs },
};
const struct nla_spec rtnl_stats_spec = NLA_SPEC(rtnl_stats_attrs, stats_decs);

