/*
 * dec_netlink_rtattr.c - the values of rtnetlink attributes: routes
 * (RTA_*), traffic control (TCA_*), addresses (IFA_*), neighbour tables
 * and neighbours (NDA_*); links are in dec_netlink_link.c.  Most are
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
struct value *nla_hwaddr(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
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

struct value *nla_xval16(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
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
