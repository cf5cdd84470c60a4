/*
 * dec_netlink_rtattr.c - the values of rtnetlink attributes: links
 * (IFLA_*, with their nested XDP, port and stats attributes), routes
 * (RTA_*), traffic control (TCA_*) and neighbours (NDA_*).  Most are
 * declared as data: a decoder and its table per attribute type.
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

struct value *mk_hwaddr(struct dctx *c, const uint8_t *b, size_t n)
{
	char *s = arena_alloc(c->a, 3 * n + 1);
	s[0] = 0;
	for (size_t i = 0; i < n; i++)
		snprintf(s + 3 * i, 4, i + 1 < n ? "%02x:" : "%02x", b[i]);
	/* -X raw: the bytes as a hex string; verbose: the bytes, then the address as a comment */
	return v_alt(v_sym(c->a, s, 0), v_str(c->a, arena_copy(c, b, n), n, VS_HEX));
}

/* 01:02:03:04:05:06 */
static struct value *nla_hwaddr(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	uint8_t b[64];
	uint32_t n = len < sizeof(b) ? len : sizeof(b);
	if (!n)
		return NULL;
	if (mem_read(c->mem, addr, b, n) != 0)
		return mk_ptr(c, addr);
	return mk_hwaddr(c, b, n);
}

/* an address of the message's family (op): inet_addr("1.2.3.4"), inet_pton(AF_INET6, "::1") */
struct value *nla_inaddr(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	uint8_t b[16];
	char s[INET6_ADDRSTRLEN];
	if (op == AF_INET && len >= 4) {
		if (mem_read(c->mem, addr, b, 4) != 0)
			return mk_ptr(c, addr);
		inet_ntop(AF_INET, b, s, sizeof(s));
		return mk_net_call1(c, "inet_addr", mk_bytes(c, s, strlen(s), 0), b, 4);
	}
	if (op == AF_INET6 && len >= 16) {
		if (mem_read(c->mem, addr, b, 16) != 0)
			return mk_ptr(c, addr);
		inet_ntop(AF_INET6, b, s, sizeof(s));
		struct value *f = v_call(c->a, "inet_pton");
		v_add(f, v_sym(c->a, "AF_INET6", AF_INET6));
		v_add(f, mk_bytes(c, s, strlen(s), 0));
		return v_alt(f, mk_bytes(c, b, 16, VS_HEX));
	}
	return NULL;
}

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

static struct value *nla_xval16(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	uint16_t v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	return mk_enum(c, v, data);
}

/* [1, 2, 3]: an array of u16 (TCA_STAB_DATA) */
static struct value *nla_u16_array(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	if (len < 2)
		return NULL;
	struct value *a = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i + 2 <= len; i += 2) {
		uint16_t v;
		if (i / 2 >= array_limit(c)) {
			v_add(a, v_ellipsis(c->a));
			break;
		}
		if (mem_read(c->mem, addr + i, &v, sizeof(v)) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(a, mk_ellipsis_at(c, addr + i));
			break;
		}
		v_add(a, mk_uint(c, v));
	}
	return a;
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

/* ---- routes ---- */

static const struct nla_field cacheinfo_f[] = {
	NLA_FIELD(struct rta_cacheinfo, rta_clntref, NF_U), NLA_FIELD(struct rta_cacheinfo, rta_lastuse, NF_U),
	NLA_FIELD(struct rta_cacheinfo, rta_expires, NF_U), NLA_FIELD(struct rta_cacheinfo, rta_error, NF_U),
	NLA_FIELD(struct rta_cacheinfo, rta_used, NF_U), NLA_FIELD(struct rta_cacheinfo, rta_id, NF_X),
	NLA_FIELD(struct rta_cacheinfo, rta_ts, NF_U), NLA_FIELD(struct rta_cacheinfo, rta_tsage, NF_U),
};
static const struct nla_struct cacheinfo = NLA_STRUCT(sizeof(struct rta_cacheinfo), sizeof(struct rta_cacheinfo), cacheinfo_f);

static const struct nla_field mfc_f[] = {
	NLA_FIELD(struct rta_mfc_stats, mfcs_packets, NF_U), NLA_FIELD(struct rta_mfc_stats, mfcs_bytes, NF_U),
	NLA_FIELD(struct rta_mfc_stats, mfcs_wrong_if, NF_U),
};
static const struct nla_struct mfc_stats = NLA_STRUCT(sizeof(struct rta_mfc_stats), sizeof(struct rta_mfc_stats), mfc_f);

/* struct rtvia: {rtvia_family=AF_INET, rtvia_addr=inet_addr("1.2.3.4")} */
static struct value *nla_via(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	uint16_t fam;
	if (len < sizeof(fam))
		return NULL;
	if (mem_read(c->mem, addr, &fam, sizeof(fam)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "rtvia_family", mk_enum(c, fam, &xlat_net_families));
	uint8_t a6[16];
	if (fam == AF_INET6 && len >= 2 + sizeof(a6) && mem_read(c->mem, addr + 2, a6, sizeof(a6)) == 0) {
		v_add(s, mk_inet6(c, a6, "&rtvia_addr"));
	} else if (len > sizeof(fam)) {
		struct value *a = fam == AF_INET ? nla_inaddr(c, addr + 2, len - 2, NULL, fam) : NULL;
		v_field(s, "rtvia_addr", a ? a : nl_hexstr(c, addr + 2, len - 2));
	}
	return s;
}

static const struct nla_dec rtax_decs[] = {
	[RTAX_LOCK] = { nla_u32, NULL }, [RTAX_MTU] = { nla_u32, NULL }, [RTAX_WINDOW] = { nla_u32, NULL },
	[RTAX_RTT] = { nla_u32, NULL }, [RTAX_RTTVAR] = { nla_u32, NULL }, [RTAX_SSTHRESH] = { nla_u32, NULL },
	[RTAX_CWND] = { nla_u32, NULL }, [RTAX_ADVMSS] = { nla_u32, NULL }, [RTAX_REORDERING] = { nla_u32, NULL },
	[RTAX_HOPLIMIT] = { nla_u32, NULL }, [RTAX_INITCWND] = { nla_u32, NULL },
	[RTAX_FEATURES] = { nla_u32, NULL }, [RTAX_RTO_MIN] = { nla_u32, NULL },
	[RTAX_INITRWND] = { nla_u32, NULL }, [RTAX_QUICKACK] = { nla_u32, NULL },
	[RTAX_CC_ALGO] = { nla_str, NULL }, [RTAX_FASTOPEN_NO_COOKIE] = { nla_u32, NULL },
};
static const struct nla_spec rtax_attrs = NLA_SPEC(rtnl_rtax_attrs, rtax_decs);

static const struct nla_dec route_decs[];
const struct nla_spec rtnl_route_spec;

/* {rtnh_len=.., rtnh_flags=.., rtnh_hops=.., rtnh_ifindex=..} and its route attributes */
static struct value *rtnexthop(struct dctx *c, const struct rtnexthop *nh, uint64_t addr, uint32_t len, uintptr_t op)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "rtnh_len", mk_uint(c, nh->rtnh_len));
	v_field(s, "rtnh_flags", mk_flags(c, nh->rtnh_flags, &xlat_rtnl_rtnh_flags));
	v_field(s, "rtnh_hops", mk_uint(c, nh->rtnh_hops));
	v_field(s, "rtnh_ifindex", mk_ifindex(c, (uint32_t)nh->rtnh_ifindex));
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, s);
	uint32_t n = nh->rtnh_len < len ? nh->rtnh_len : len, off = RTNH_ALIGN(sizeof(*nh));
	if (n > off)
		v_add(a, nl_attrs(c, addr + off, n - off, &rtnl_route_spec, op));
	return a;
}

/* RTA_MULTIPATH: struct rtnexthop, each with attributes; an array when there are several */
static struct value *nla_multipath(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	if (len < sizeof(struct rtnexthop))
		return NULL;
	struct value *arr = NULL;
	for (uint64_t elt = 0;; elt++) {
		struct rtnexthop nh;
		struct value *v;
		if (len < sizeof(nh)) {
			v = nl_hexstr(c, addr, len);
		} else if (mem_read(c->mem, addr, &nh, sizeof(nh)) != 0) {
			v = arr ? mk_ellipsis_at(c, addr) : mk_ptr(c, addr);
		} else if (arr && elt == array_limit(c)) {
			v = v_ellipsis(c->a);
		} else {
			uint32_t step = RTNH_ALIGN(nh.rtnh_len);
			bool next = nh.rtnh_len >= sizeof(nh) && len > step;
			if (!arr && next)
				arr = v_list(c->a, V_ARRAY);
			v = rtnexthop(c, &nh, addr, len, op);
			if (next) {
				v_add(arr, v);
				addr += step;
				len -= step;
				continue;
			}
		}
		if (!arr)
			return v;
		v_add(arr, v);
		return arr;
	}
}

static const struct nla_dec route_decs[] = {
	[RTA_MULTIPATH] = { nla_multipath, NULL },
	[RTA_DST] = { nla_inaddr, NULL },
	[RTA_SRC] = { nla_inaddr, NULL },
	[RTA_IIF] = { nla_ifindex, NULL },
	[RTA_OIF] = { nla_ifindex, NULL },
	[RTA_GATEWAY] = { nla_inaddr, NULL },
	[RTA_PRIORITY] = { nla_u32, NULL },
	[RTA_PREFSRC] = { nla_inaddr, NULL },
	[RTA_METRICS] = { nla_nested, &rtax_attrs },
	[RTA_PROTOINFO] = { nla_u32, NULL },
	[RTA_FLOW] = { nla_u32, NULL },
	[RTA_CACHEINFO] = { nla_fields, &cacheinfo },
	[RTA_MP_ALGO] = { nla_u32, NULL },
	[RTA_TABLE] = { nla_xval32, &xlat_rtnl_tables },
	[RTA_MARK] = { nla_u32, NULL },
	[RTA_MFC_STATS] = { nla_fields, &mfc_stats },
	[RTA_VIA] = { nla_via, NULL },
	[RTA_NEWDST] = { nla_inaddr, NULL },
	[RTA_PREF] = { nla_u8, NULL },
	[RTA_ENCAP_TYPE] = { nla_xval16, &xlat_rtnl_lwtunnel_encap },
	[RTA_UID] = { nla_u32, NULL },
	[RTA_TTL_PROPAGATE] = { nla_u8, NULL },
	[RTA_IP_PROTO] = { nla_u8, NULL },
	[RTA_SPORT] = { nla_u16, NULL },
	[RTA_DPORT] = { nla_u16, NULL },
};
const struct nla_spec rtnl_route_spec = NLA_SPEC(rtnl_route_attrs, route_decs);

/* ---- traffic control ---- */

static const struct nla_field sizespec_f[] = {
	NLA_FIELD(struct tc_sizespec, cell_log, NF_U), NLA_FIELD(struct tc_sizespec, size_log, NF_U),
	NLA_FIELD(struct tc_sizespec, cell_align, NF_S), NLA_FIELD(struct tc_sizespec, overhead, NF_S),
	NLA_FIELD(struct tc_sizespec, linklayer, NF_U), NLA_FIELD(struct tc_sizespec, mpu, NF_U),
	NLA_FIELD(struct tc_sizespec, mtu, NF_U), NLA_FIELD(struct tc_sizespec, tsize, NF_U),
};
static const struct nla_struct sizespec = NLA_STRUCT(sizeof(struct tc_sizespec), sizeof(struct tc_sizespec), sizespec_f);

static const struct nla_dec stab_decs[] = {
	[TCA_STAB_BASE] = { nla_fields, &sizespec },
	[TCA_STAB_DATA] = { nla_u16_array, NULL },
};
static const struct nla_spec stab_attrs = NLA_SPEC(rtnl_tca_stab_attrs, stab_decs);

static const struct nla_field tc_stats_f[] = {
	NLA_FIELD(struct tc_stats, bytes, NF_U), NLA_FIELD(struct tc_stats, packets, NF_U),
	NLA_FIELD(struct tc_stats, drops, NF_U), NLA_FIELD(struct tc_stats, overlimits, NF_U),
	NLA_FIELD(struct tc_stats, bps, NF_U), NLA_FIELD(struct tc_stats, pps, NF_U),
	NLA_FIELD(struct tc_stats, qlen, NF_U), NLA_FIELD(struct tc_stats, backlog, NF_U),
};
/* 36 bytes of fields, padded to 40 */
static const struct nla_struct tc_stats = NLA_STRUCT(sizeof(struct tc_stats), offsetof(struct tc_stats, backlog) + 4, tc_stats_f);
static const struct nla_field tc_estimator_f[] = {
	NLA_FIELD(struct tc_estimator, interval, NF_S), NLA_FIELD(struct tc_estimator, ewma_log, NF_U),
};
static const struct nla_struct tc_estimator = NLA_STRUCT(sizeof(struct tc_estimator), sizeof(struct tc_estimator), tc_estimator_f);

static const struct nla_field gnet_basic_f[] = {
	NLA_FIELD(struct gnet_stats_basic, bytes, NF_U), NLA_FIELD(struct gnet_stats_basic, packets, NF_U),
};
static const struct nla_struct gnet_basic = NLA_STRUCT(sizeof(struct gnet_stats_basic), 12, gnet_basic_f);
static const struct nla_field gnet_rate_f[] = {
	NLA_FIELD(struct gnet_stats_rate_est, bps, NF_U), NLA_FIELD(struct gnet_stats_rate_est, pps, NF_U),
};
static const struct nla_struct gnet_rate = NLA_STRUCT(sizeof(struct gnet_stats_rate_est), sizeof(struct gnet_stats_rate_est), gnet_rate_f);
static const struct nla_field gnet_queue_f[] = {
	NLA_FIELD(struct gnet_stats_queue, qlen, NF_U), NLA_FIELD(struct gnet_stats_queue, backlog, NF_U),
	NLA_FIELD(struct gnet_stats_queue, drops, NF_U), NLA_FIELD(struct gnet_stats_queue, requeues, NF_U),
	NLA_FIELD(struct gnet_stats_queue, overlimits, NF_U),
};
static const struct nla_struct gnet_queue = NLA_STRUCT(sizeof(struct gnet_stats_queue), sizeof(struct gnet_stats_queue), gnet_queue_f);
static const struct nla_field gnet_rate64_f[] = {
	NLA_FIELD(struct gnet_stats_rate_est64, bps, NF_U), NLA_FIELD(struct gnet_stats_rate_est64, pps, NF_U),
};
static const struct nla_struct gnet_rate64 = NLA_STRUCT(sizeof(struct gnet_stats_rate_est64), sizeof(struct gnet_stats_rate_est64), gnet_rate64_f);
static const struct nla_dec tca_stats_decs[] = {
	[TCA_STATS_BASIC] = { nla_fields, &gnet_basic },
	[TCA_STATS_RATE_EST] = { nla_fields, &gnet_rate },
	[TCA_STATS_QUEUE] = { nla_fields, &gnet_queue },
	[TCA_STATS_RATE_EST64] = { nla_fields, &gnet_rate64 },
	[TCA_STATS_BASIC_HW] = { nla_fields, &gnet_basic },
	[TCA_STATS_PKT64] = { nla_u64, NULL },
};
static const struct nla_spec tca_stats_attrs = NLA_SPEC(rtnl_tca_stats_attrs, tca_stats_decs);

static const struct nla_dec tc_decs[] = {
	[TCA_STATS2] = { nla_nested, &tca_stats_attrs },
	[TCA_STATS] = { nla_fields, &tc_stats },
	[TCA_RATE] = { nla_fields, &tc_estimator },
	[TCA_KIND] = { nla_str, NULL },
	[TCA_STAB] = { nla_nested, &stab_attrs },
	[TCA_CHAIN] = { nla_u32, NULL },
	[TCA_INGRESS_BLOCK] = { nla_u32, NULL },
	[TCA_EGRESS_BLOCK] = { nla_u32, NULL },
};
const struct nla_spec rtnl_tc_spec = NLA_SPEC(rtnl_tc_attrs, tc_decs);

/* ---- addresses ---- */

static const struct nla_field ifa_cacheinfo_f[] = {
	NLA_FIELD(struct ifa_cacheinfo, ifa_prefered, NF_U), NLA_FIELD(struct ifa_cacheinfo, ifa_valid, NF_U),
	NLA_FIELD(struct ifa_cacheinfo, cstamp, NF_U), NLA_FIELD(struct ifa_cacheinfo, tstamp, NF_U),
};
static const struct nla_struct ifa_cacheinfo = NLA_STRUCT(sizeof(struct ifa_cacheinfo), sizeof(struct ifa_cacheinfo), ifa_cacheinfo_f);

static const struct nla_dec addr_decs[] = {
	[IFA_ADDRESS] = { nla_inaddr, NULL },
	[IFA_LOCAL] = { nla_inaddr, NULL },
	[IFA_LABEL] = { nla_str, NULL },
	[IFA_BROADCAST] = { nla_inaddr, NULL },
	[IFA_ANYCAST] = { nla_inaddr, NULL },
	[IFA_CACHEINFO] = { nla_fields, &ifa_cacheinfo },
	[IFA_MULTICAST] = { nla_inaddr, NULL },
	[IFA_FLAGS] = { nla_flags32, &xlat_rtnl_ifa_flags },
	[IFA_RT_PRIORITY] = { nla_u32, NULL },
	[IFA_TARGET_NETNSID] = { nla_s32, NULL },
};
const struct nla_spec rtnl_addr_spec = NLA_SPEC(rtnl_addr_attrs, addr_decs);

/* ---- neighbour tables ---- */

static const struct nla_field ndt_config_f[] = {
	NLA_FIELD(struct ndt_config, ndtc_key_len, NF_U), NLA_FIELD(struct ndt_config, ndtc_entry_size, NF_U),
	NLA_FIELD(struct ndt_config, ndtc_entries, NF_U), NLA_FIELD(struct ndt_config, ndtc_last_flush, NF_U),
	NLA_FIELD(struct ndt_config, ndtc_last_rand, NF_U), NLA_FIELD(struct ndt_config, ndtc_hash_rnd, NF_U),
	NLA_FIELD(struct ndt_config, ndtc_hash_mask, NF_X), NLA_FIELD(struct ndt_config, ndtc_hash_chain_gc, NF_U),
	NLA_FIELD(struct ndt_config, ndtc_proxy_qlen, NF_U),
};
static const struct nla_struct ndt_config = NLA_STRUCT(sizeof(struct ndt_config), sizeof(struct ndt_config), ndt_config_f);

#define NDTS(m) NLA_FIELD(struct ndt_stats, m, NF_U)
static const struct nla_field ndt_stats_f[] = {
	NDTS(ndts_allocs), NDTS(ndts_destroys), NDTS(ndts_hash_grows), NDTS(ndts_res_failed),
	NDTS(ndts_lookups), NDTS(ndts_hits), NDTS(ndts_rcv_probes_mcast), NDTS(ndts_rcv_probes_ucast),
	NDTS(ndts_periodic_gc_runs), NDTS(ndts_forced_gc_runs), NDTS(ndts_table_fulls),
};
static const struct nla_struct ndt_stats = NLA_STRUCT(sizeof(struct ndt_stats), sizeof(struct ndt_stats), ndt_stats_f);

static const struct nla_dec ndtpa_decs[] = {
	[NDTPA_IFINDEX] = { nla_ifindex, NULL }, [NDTPA_REFCNT] = { nla_u32, NULL },
	[NDTPA_REACHABLE_TIME] = { nla_u64, NULL }, [NDTPA_BASE_REACHABLE_TIME] = { nla_u64, NULL },
	[NDTPA_RETRANS_TIME] = { nla_u64, NULL }, [NDTPA_GC_STALETIME] = { nla_u64, NULL },
	[NDTPA_DELAY_PROBE_TIME] = { nla_u64, NULL }, [NDTPA_QUEUE_LEN] = { nla_u32, NULL },
	[NDTPA_APP_PROBES] = { nla_u32, NULL }, [NDTPA_UCAST_PROBES] = { nla_u32, NULL },
	[NDTPA_MCAST_PROBES] = { nla_u32, NULL }, [NDTPA_ANYCAST_DELAY] = { nla_u64, NULL },
	[NDTPA_PROXY_DELAY] = { nla_u64, NULL }, [NDTPA_PROXY_QLEN] = { nla_u32, NULL },
	[NDTPA_LOCKTIME] = { nla_u64, NULL }, [NDTPA_QUEUE_LENBYTES] = { nla_u32, NULL },
	[NDTPA_MCAST_REPROBES] = { nla_u32, NULL },
};
static const struct nla_spec ndtpa_attrs = NLA_SPEC(rtnl_ndtpa_attrs, ndtpa_decs);

static const struct nla_dec neightbl_decs[] = {
	[NDTA_NAME] = { nla_str, NULL },
	[NDTA_THRESH1] = { nla_u32, NULL },
	[NDTA_THRESH2] = { nla_u32, NULL },
	[NDTA_THRESH3] = { nla_u32, NULL },
	[NDTA_CONFIG] = { nla_fields, &ndt_config },
	[NDTA_PARMS] = { nla_nested, &ndtpa_attrs },
	[NDTA_STATS] = { nla_fields, &ndt_stats },
	[NDTA_GC_INTERVAL] = { nla_u64, NULL },
};
const struct nla_spec rtnl_neightbl_spec = NLA_SPEC(rtnl_neightbl_attrs, neightbl_decs);

/* ---- neighbours ---- */

static const struct nla_field nda_cacheinfo_f[] = {
	NLA_FIELD(struct nda_cacheinfo, ndm_confirmed, NF_U), NLA_FIELD(struct nda_cacheinfo, ndm_used, NF_U),
	NLA_FIELD(struct nda_cacheinfo, ndm_updated, NF_U), NLA_FIELD(struct nda_cacheinfo, ndm_refcnt, NF_U),
};
static const struct nla_struct nda_cacheinfo = NLA_STRUCT(sizeof(struct nda_cacheinfo), sizeof(struct nda_cacheinfo), nda_cacheinfo_f);

static const struct nla_dec nfea_decs[] = {
	[NFEA_ACTIVITY_NOTIFY] = { nla_flags8, &xlat_rtnl_fdb_notify },
};
static const struct nla_spec nfea_attrs = NLA_SPEC(rtnl_nfea_attrs, nfea_decs);

static const struct nla_dec neigh_decs[] = {
	[NDA_DST] = { nla_inaddr, NULL },
	[NDA_LLADDR] = { nla_hwaddr, NULL },
	[NDA_CACHEINFO] = { nla_fields, &nda_cacheinfo },
	[NDA_PROBES] = { nla_u32, NULL },
	[NDA_VLAN] = { nla_u16, NULL },
	[NDA_PORT] = { nla_be16, NULL },
	[NDA_VNI] = { nla_u32, NULL },
	[NDA_IFINDEX] = { nla_ifindex, NULL },
	[NDA_MASTER] = { nla_ifindex, NULL },
	[NDA_LINK_NETNSID] = { nla_u32, NULL },
	[NDA_SRC_VNI] = { nla_u32, NULL },
	[NDA_NH_ID] = { nla_u32, NULL },
	[NDA_FDB_EXT_ATTRS] = { nla_nested, &nfea_attrs },
	[15] = { nla_flags32, &xlat_rtnl_ntf_ext_flags },   /* NDA_FLAGS_EXT */
	[16] = { nla_flags16, &xlat_rtnl_nud_states },      /* NDA_NDM_STATE_MASK */
	[17] = { nla_flags8, &xlat_rtnl_ntf_flags },        /* NDA_NDM_FLAGS_MASK */
};
const struct nla_spec rtnl_neigh_spec = NLA_SPEC(rtnl_neigh_attrs, neigh_decs);
