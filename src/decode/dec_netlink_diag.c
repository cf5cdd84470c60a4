/*
 * dec_netlink_diag.c - NETLINK_SOCK_DIAG payloads.  The first byte is an
 * address family that selects the struct: a request (NLM_F_REQUEST) is a
 * unix_diag_req, inet_diag_req_v2, netlink_diag_req or packet_diag_req, a
 * reply the matching *_diag_msg; TCPDIAG_GETSOCK/DCCPDIAG_GETSOCK requests
 * use the old inet_diag_req.  Attributes follow the struct.
 */
#include "dec_netlink.h"

#include <arpa/inet.h>
#include <linux/filter.h>
#include <linux/inet_diag.h>
#include <linux/tcp.h>
#include <linux/netlink_diag.h>
#include <linux/packet_diag.h>
#include <linux/smc_diag.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <string.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/sysmacros.h>

static enum nl_flagclass diag_class(uint16_t type)
{
	(void)type;
	return NL_GET;
}

static struct value *fam(struct dctx *c, uint8_t f) { return mk_enum(c, f, &xlat_net_families); }

/* [1, 2]: the two halves of a socket cookie */
static struct value *cookie(struct dctx *c, const uint32_t *ck)
{
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_uint(c, ck[0]));
	v_add(a, mk_uint(c, ck[1]));
	return a;
}

/* ---- attribute values ---- */

static const struct nla_struct pdi;
static struct value *nla_mclist(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op);

/* [0xdeadbeef...]: 64-bit words in hex (NETLINK_DIAG_GROUPS) */
static struct value *nla_x64_array(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	(void)data;
	if (len < sizeof(uint64_t))
		return NULL;
	struct value *a = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i + sizeof(uint64_t) <= len; i += sizeof(uint64_t)) {
		uint64_t v;
		if (i / sizeof(uint64_t) >= array_limit(c)) {
			v_add(a, v_ellipsis(c->a));
			break;
		}
		if (mem_read(c->mem, addr + i, &v, sizeof(v)) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(a, mk_ellipsis_at(c, addr + i));
			break;
		}
		v_add(a, mk_hex(c, v));
	}
	return a;
}

/* a struct of u32 fields, in order (struct netlink_diag_ring, packet_diag_ring) */
struct u32_fields {
	unsigned n;
	const char *const *names;
};

static struct value *nla_u32_struct(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)op;
	const struct u32_fields *f = data;
	uint32_t v[16];
	if (len < f->n * sizeof(uint32_t))
		return NULL;
	if (mem_read(c->mem, addr, v, f->n * sizeof(uint32_t)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	for (unsigned i = 0; i < f->n; i++)
		v_field(s, f->names[i], mk_uint(c, v[i]));
	return s;
}

static const char *const ndr_names[] = { "ndr_block_size", "ndr_block_nr", "ndr_frame_size", "ndr_frame_nr" };
static const struct u32_fields ndr_fields = { 4, ndr_names };
static const char *const pdr_names[] = { "pdr_block_size", "pdr_block_nr", "pdr_frame_size", "pdr_frame_nr",
					 "pdr_retire_tmo", "pdr_sizeof_priv", "pdr_features" };
static const struct u32_fields pdr_fields = { 7, pdr_names };

static const struct nla_dec netlink_decs[] = {
	[NETLINK_DIAG_GROUPS] = { nla_x64_array, NULL },
	[NETLINK_DIAG_RX_RING] = { nla_u32_struct, &ndr_fields },
	[NETLINK_DIAG_TX_RING] = { nla_u32_struct, &ndr_fields },
	[NETLINK_DIAG_FLAGS] = { nla_flags32, &xlat_diag_ndiag_flags },
};
static const struct nla_spec netlink_attrs = NLA_SPEC(diag_netlink_attrs, netlink_decs);

/* struct unix_diag_vfs: the device in its exported (new_encode_dev) form */
static struct value *nla_unix_vfs(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	struct unix_diag_vfs v;
	if (len < sizeof(v))
		return NULL;
	if (mem_read(c->mem, addr, &v, sizeof(v)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	struct value *d = v_call(c->a, "makedev");
	v_add(d, mk_hex(c, major(v.udiag_vfs_dev)));
	v_add(d, mk_hex(c, minor(v.udiag_vfs_dev)));
	v_field(s, "udiag_vfs_dev", d);
	v_field(s, "udiag_vfs_ino", mk_uint(c, v.udiag_vfs_ino));
	return s;
}

static const struct nla_field unix_rqlen_f[] = {
	NLA_FIELD(struct unix_diag_rqlen, udiag_rqueue, NF_U), NLA_FIELD(struct unix_diag_rqlen, udiag_wqueue, NF_U),
};
static const struct nla_struct unix_rqlen = NLA_STRUCT(sizeof(struct unix_diag_rqlen), sizeof(struct unix_diag_rqlen), unix_rqlen_f);

/* [1, 2]: u32 inode numbers (UNIX_DIAG_ICONS) */
static struct value *nla_u32_array(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	if (len < 4)
		return NULL;
	struct value *a = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i + 4 <= len; i += 4) {
		uint32_t v;
		if (i / 4 >= array_limit(c)) {
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

static const struct nla_dec unix_decs[] = {
	[UNIX_DIAG_VFS] = { nla_unix_vfs, NULL },
	[UNIX_DIAG_ICONS] = { nla_u32_array, NULL },
	[UNIX_DIAG_RQLEN] = { nla_fields, &unix_rqlen },
	[UNIX_DIAG_UID] = { nla_u32, NULL },
	[UNIX_DIAG_NAME] = { nla_str, NULL },
	[UNIX_DIAG_PEER] = { nla_u32, NULL },
	[UNIX_DIAG_SHUTDOWN] = { nla_u8, NULL },
};
static const struct nla_spec unix_attrs = NLA_SPEC(diag_unix_attrs, unix_decs);

/* ---- classic BPF (PACKET_DIAG_FILTER) ---- */

static void bpf_part(struct dctx *c, char **t, unsigned v, const struct xlat *x)
{
	const char *n = xlat_name(x, v);
	*t = n ? arena_printf(c->a, "%s|%s", *t, n) : arena_printf(c->a, "%s|%#x /* %s */", *t, v, x->unknown);
}

/* BPF_LD|BPF_W|BPF_ABS */
static const char *bpf_code(struct dctx *c, uint16_t code)
{
	unsigned cls = code & 7;
	char *t = arena_printf(c->a, "%s", xlat_name(&xlat_bpf_classes, cls));
	switch (cls) {
	case 0: case 1:   /* BPF_LD, BPF_LDX */
		bpf_part(c, &t, code & 0x18, &xlat_bpf_sizes);
		bpf_part(c, &t, code & 0xe0, &xlat_bpf_modes);
		break;
	case 4:           /* BPF_ALU */
		bpf_part(c, &t, code & 0x08, &xlat_bpf_srcs);
		bpf_part(c, &t, code & 0xf0, &xlat_bpf_alu_ops);
		break;
	case 5:           /* BPF_JMP */
		bpf_part(c, &t, code & 0x08, &xlat_bpf_srcs);
		bpf_part(c, &t, code & 0xf0, &xlat_bpf_jmp_ops);
		break;
	case 6:           /* BPF_RET */
		bpf_part(c, &t, code & 0x18, &xlat_bpf_rvals);
		break;
	case 7:           /* BPF_MISC */
		bpf_part(c, &t, code & 0xf8, &xlat_bpf_miscops);
		break;
	}
	if (code & ~0xff)
		t = arena_printf(c->a, "%s|%#x /* BPF_??? */", t, code & ~0xff);
	return t;
}

/* k of a load at an absolute offset: SKF_AD_OFF+SKF_AD_PKTTYPE, SKF_LL_OFF+2 */
static struct value *bpf_k(struct dctx *c, uint16_t code, uint32_t k)
{
	int32_t sk = (int32_t)k;
	if ((code & 7) == 0 && (code & 0xe0) == 0x20 && sk < 0) {
		if (sk >= SKF_AD_OFF) {
			const char *n = xlat_name(&xlat_bpf_skf_ad, (uint32_t)(sk - SKF_AD_OFF));
			return v_sym(c->a, n ? arena_printf(c->a, "SKF_AD_OFF+%s", n)
					     : arena_printf(c->a, "SKF_AD_OFF+%#x /* SKF_AD_??? */", sk - SKF_AD_OFF), k);
		}
		if (sk >= SKF_NET_OFF)
			return v_sym(c->a, arena_printf(c->a, "SKF_NET_OFF+%d", sk - SKF_NET_OFF), k);
		if (sk >= SKF_LL_OFF)
			return v_sym(c->a, arena_printf(c->a, "SKF_LL_OFF+%d", sk - SKF_LL_OFF), k);
	}
	return mk_hex(c, k);
}

/* BPF_STMT(code, k) or BPF_JUMP(code, k, jt, jf) */
static struct value *bpf_insn(struct dctx *c, const struct sock_filter *f)
{
	bool jump = (f->code & 7) == 5 && (f->code & 0xf0) != 0;   /* a conditional BPF_JMP */
	struct value *v = v_call(c->a, jump ? "BPF_JUMP" : "BPF_STMT");
	v_add(v, v_sym(c->a, bpf_code(c, f->code), f->code));
	v_add(v, bpf_k(c, f->code, f->k));
	if (jump) {
		v_add(v, mk_hex(c, f->jt));
		v_add(v, mk_hex(c, f->jf));
	}
	return v;
}

static struct value *nla_bpf_filter(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	const size_t sz = sizeof(struct sock_filter);
	if (len < sz)
		return NULL;
	struct value *a = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i + sz <= len; i += sz) {
		struct sock_filter f;
		if (i / sz >= array_limit(c)) {
			v_add(a, v_ellipsis(c->a));
			break;
		}
		if (mem_read(c->mem, addr + i, &f, sz) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(a, mk_ellipsis_at(c, addr + i));
			break;
		}
		v_add(a, bpf_insn(c, &f));
	}
	return a;
}

static const struct nla_dec packet_decs[] = {
	[PACKET_DIAG_FILTER] = { nla_bpf_filter, NULL },
	[PACKET_DIAG_INFO] = { nla_fields, &pdi },
	[PACKET_DIAG_MCLIST] = { nla_mclist, NULL },
	[PACKET_DIAG_RX_RING] = { nla_u32_struct, &pdr_fields },
	[PACKET_DIAG_TX_RING] = { nla_u32_struct, &pdr_fields },
	[PACKET_DIAG_UID] = { nla_u32, NULL },
};
static const struct nla_spec packet_attrs = NLA_SPEC(diag_packet_attrs, packet_decs);

static const struct nla_field pdi_f[] = {
	NLA_FIELD(struct packet_diag_info, pdi_index, NF_IFINDEX),
	NLA_FIELDX(struct packet_diag_info, pdi_version, NF_ENUM, diag_tpacket_versions),
	NLA_FIELD(struct packet_diag_info, pdi_reserve, NF_U),
	NLA_FIELD(struct packet_diag_info, pdi_copy_thresh, NF_U),
	NLA_FIELD(struct packet_diag_info, pdi_tstamp, NF_U),
	NLA_FIELDX(struct packet_diag_info, pdi_flags, NF_FLAGS, diag_pdi_flags),
};
static const struct nla_struct pdi = NLA_STRUCT(sizeof(struct packet_diag_info), sizeof(struct packet_diag_info), pdi_f);

static struct value *mclist(struct dctx *c, const struct packet_diag_mclist *m)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "pdmc_index", mk_ifindex(c, m->pdmc_index));
	v_field(s, "pdmc_count", mk_uint(c, m->pdmc_count));
	v_field(s, "pdmc_type", mk_uint(c, m->pdmc_type));
	v_field(s, "pdmc_alen", mk_uint(c, m->pdmc_alen));
	size_t n = m->pdmc_alen < sizeof(m->pdmc_addr) ? m->pdmc_alen : sizeof(m->pdmc_addr);
	v_field(s, "pdmc_addr", mk_bytes(c, m->pdmc_addr, n, VS_HEX));
	return s;
}

/* PACKET_DIAG_MCLIST: struct packet_diag_mclist[] */
static struct value *nla_mclist(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	const size_t sz = sizeof(struct packet_diag_mclist);
	if (len < sz)
		return NULL;
	struct value *a = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i + sz <= len; i += sz) {
		struct packet_diag_mclist m;
		if (i / sz >= array_limit(c)) {
			v_add(a, v_ellipsis(c->a));
			break;
		}
		if (mem_read(c->mem, addr + i, &m, sz) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(a, mk_ellipsis_at(c, addr + i));
			break;
		}
		v_add(a, mclist(c, &m));
	}
	return a;
}

/* ---- inet_diag_msg attributes ---- */

static const struct nla_field meminfo_f[] = {
	NLA_FIELD(struct inet_diag_meminfo, idiag_rmem, NF_U), NLA_FIELD(struct inet_diag_meminfo, idiag_wmem, NF_U),
	NLA_FIELD(struct inet_diag_meminfo, idiag_fmem, NF_U), NLA_FIELD(struct inet_diag_meminfo, idiag_tmem, NF_U),
};
static const struct nla_struct meminfo = NLA_STRUCT(sizeof(struct inet_diag_meminfo), sizeof(struct inet_diag_meminfo), meminfo_f);
static const struct nla_field vegas_f[] = {
	NLA_FIELD(struct tcpvegas_info, tcpv_enabled, NF_U), NLA_FIELD(struct tcpvegas_info, tcpv_rttcnt, NF_U),
	NLA_FIELD(struct tcpvegas_info, tcpv_rtt, NF_U), NLA_FIELD(struct tcpvegas_info, tcpv_minrtt, NF_U),
};
static const struct nla_struct vegas = NLA_STRUCT(sizeof(struct tcpvegas_info), sizeof(struct tcpvegas_info), vegas_f);
static const struct nla_field dctcp_f[] = {
	NLA_FIELD(struct tcp_dctcp_info, dctcp_enabled, NF_U), NLA_FIELD(struct tcp_dctcp_info, dctcp_ce_state, NF_U),
	NLA_FIELD(struct tcp_dctcp_info, dctcp_alpha, NF_U), NLA_FIELD(struct tcp_dctcp_info, dctcp_ab_ecn, NF_U),
	NLA_FIELD(struct tcp_dctcp_info, dctcp_ab_tot, NF_U),
};
static const struct nla_struct dctcp = NLA_STRUCT(sizeof(struct tcp_dctcp_info), sizeof(struct tcp_dctcp_info), dctcp_f);
static const struct nla_field bbr_f[] = {
	NLA_FIELD(struct tcp_bbr_info, bbr_bw_lo, NF_X), NLA_FIELD(struct tcp_bbr_info, bbr_bw_hi, NF_X),
	NLA_FIELD(struct tcp_bbr_info, bbr_min_rtt, NF_U), NLA_FIELD(struct tcp_bbr_info, bbr_pacing_gain, NF_U),
	NLA_FIELD(struct tcp_bbr_info, bbr_cwnd_gain, NF_U),
};
static const struct nla_struct bbr = NLA_STRUCT(sizeof(struct tcp_bbr_info), sizeof(struct tcp_bbr_info), bbr_f);
static const struct nla_index sk_meminfo = { &xlat_diag_sk_meminfo, 4, false };

/* 0x3 / * RCV_SHUTDOWN|SEND_SHUTDOWN * /: a number with its flags in a comment */
static struct value *nla_shutdown(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	uint8_t v;
	if (len < 1)
		return NULL;
	if (mem_read(c->mem, addr, &v, 1) != 0)
		return mk_ptr(c, addr);
	struct value *n = mk_hex(c, v);
	if (!v)
		return n;
	const struct xlat *x = &xlat_diag_shutdown_flags;
	char buf[128] = "";
	unsigned rest = v;
	for (unsigned i = 0; i < x->n; i++)
		if (rest & x->e[i].val) {
			snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "%s%s", buf[0] ? "|" : "", x->e[i].name);
			rest &= ~(unsigned)x->e[i].val;
		}
	if (!buf[0])
		snprintf(buf, sizeof(buf), "%s", x->unknown);
	else if (rest)
		snprintf(buf + strlen(buf), sizeof(buf) - strlen(buf), "|%#x", rest);
	return v_comment(n, arena_strndup(c->a, buf, strlen(buf)));
}

/* struct tcp_diag_md5sig[] */
static struct value *md5sig(struct dctx *c, const struct tcp_diag_md5sig *m)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tcpm_family", fam(c, m->tcpm_family));
	v_field(s, "tcpm_prefixlen", mk_uint(c, m->tcpm_prefixlen));
	v_field(s, "tcpm_keylen", mk_uint(c, m->tcpm_keylen));
	if (m->tcpm_family == AF_INET) {
		char ip[INET_ADDRSTRLEN];
		inet_ntop(AF_INET, m->tcpm_addr, ip, sizeof(ip));
		v_field(s, "tcpm_addr", mk_net_call1(c, "inet_addr", mk_bytes(c, ip, strlen(ip), 0), m->tcpm_addr, 4));
	} else if (m->tcpm_family == AF_INET6) {
		v_add(s, mk_inet6(c, m->tcpm_addr, "&tcpm_addr"));
	} else {
		v_field(s, "tcpm_addr", mk_bytes(c, m->tcpm_addr, sizeof(m->tcpm_addr), VS_HEX));
	}
	size_t kl = m->tcpm_keylen < sizeof(m->tcpm_key) ? m->tcpm_keylen : sizeof(m->tcpm_key);
	v_field(s, "tcpm_key", mk_bytes(c, m->tcpm_key, kl, VS_HEX));
	return s;
}

static struct value *nla_md5sig(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	const size_t sz = sizeof(struct tcp_diag_md5sig);
	if (len < sz)
		return NULL;
	struct value *a = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i + sz <= len; i += sz) {
		struct tcp_diag_md5sig m;
		if (i / sz >= array_limit(c)) {
			v_add(a, v_ellipsis(c->a));
			break;
		}
		if (mem_read(c->mem, addr + i, &m, sz) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(a, mk_ellipsis_at(c, addr + i));
			break;
		}
		v_add(a, md5sig(c, &m));
	}
	return a;
}

/* INET_DIAG_LOCALS, INET_DIAG_PEERS: struct sockaddr_storage[] */
static struct value *nla_sockaddrs(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	const size_t sz = sizeof(struct sockaddr_storage);
	if (len < sz)
		return NULL;
	struct value *a = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i + sz <= len; i += sz) {
		if (i / sz >= array_limit(c)) {
			v_add(a, v_ellipsis(c->a));
			break;
		}
		struct sockaddr_storage probe;
		if (mem_read(c->mem, addr + i, &probe, sz) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(a, mk_ellipsis_at(c, addr + i));
			break;
		}
		v_add(a, mk_sockaddr(c, addr + i, sz));
	}
	return a;
}

/* struct inet_diag_sockopt: the bits that are set */
static struct value *nla_sockopt(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	static const char *const bits[] = {
		"recverr", "is_icsk", "freebind", "hdrincl", "mc_loop", "transparent", "mc_all", "nodefrag",
		"bind_address_no_port", "recverr_rfc4884", "defer_connect",
	};
	uint8_t b[2];
	if (len < sizeof(b))
		return NULL;
	if (mem_read(c->mem, addr, b, sizeof(b)) != 0)
		return mk_ptr(c, addr);
	unsigned v = b[0] | b[1] << 8;
	struct value *s = v_list(c->a, V_STRUCT);
	for (unsigned i = 0; i < ARRAY_SIZE(bits); i++)
		if (v & 1u << i)
			v_field(s, bits[i], mk_uint(c, 1));
	if (v >> 11)
		v_field(s, "unused", v_comment(mk_hex(c, v >> 11), "bits 3..8"));
	/* bytes after the struct are shown when they are not all zero */
	uint8_t extra[64];
	uint32_t n = len - sizeof(b) < sizeof(extra) ? len - sizeof(b) : sizeof(extra);
	bool nonzero = false;
	if (n && mem_read(c->mem, addr + sizeof(b), extra, n) == 0)
		for (uint32_t i = 0; i < n; i++)
			nonzero |= extra[i] != 0;
	if (len == sizeof(b) || (n && !nonzero))
		return s;
	struct value *q = v_list(c->a, V_SEQ);
	v_add(q, s);
	struct value *rest = nl_hexstr(c, addr + sizeof(b), len - sizeof(b));
	v_add(q, v_label(arena_printf(c->a, "/* bytes %zu..%u */", sizeof(b), len - 1), rest));
	return q;
}

/* SK_DIAG_BPF_STORAGE_MAP_VALUE: a number when it has a number's size */
static struct value *nla_map_value(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	uint8_t b[8] = { 0 };
	if (len != 1 && len != 2 && len != 4 && len != 8)
		return NULL;
	if (mem_read(c->mem, addr, b, len) != 0)
		return mk_ptr(c, addr);
	uint64_t v;
	memcpy(&v, b, sizeof(v));
	return mk_hex(c, v);
}

static const struct nla_dec bpf_storage_decs[] = {
	[2] = { nla_u32, NULL },         /* SK_DIAG_BPF_STORAGE_MAP_ID */
	[3] = { nla_map_value, NULL },   /* SK_DIAG_BPF_STORAGE_MAP_VALUE */
};
static const struct nla_spec bpf_storage_attrs = NLA_SPEC(diag_bpf_storage_attrs, bpf_storage_decs);
static const struct nla_dec bpf_storages_decs[] = { [1] = { nla_nested, &bpf_storage_attrs } };
static const struct nla_spec bpf_storages_attrs = NLA_SPEC(diag_bpf_storages_attrs, bpf_storages_decs);

static const struct nla_dec tls_decs[] = {
	[1] = { nla_xval16, &xlat_diag_tls_versions },   /* TLS_INFO_VERSION */
	[2] = { nla_xval16, &xlat_diag_tls_ciphers },    /* TLS_INFO_CIPHER */
	[3] = { nla_xval16, &xlat_diag_tls_confs },      /* TLS_INFO_TXCONF */
	[4] = { nla_xval16, &xlat_diag_tls_confs },      /* TLS_INFO_RXCONF */
};
static const struct nla_spec tls_attrs = NLA_SPEC(diag_tls_info_attrs, tls_decs);
static const struct nla_dec mptcp_decs[] = {
	[1] = { nla_x32, NULL }, [2] = { nla_x32, NULL }, [3] = { nla_u32, NULL }, [4] = { nla_u64, NULL },
	[5] = { nla_u32, NULL }, [6] = { nla_u32, NULL }, [7] = { nla_u16, NULL },
	[8] = { nla_flags32, &xlat_diag_mptcp_subflow_flags }, [9] = { nla_u8, NULL }, [10] = { nla_u8, NULL },
};
static const struct nla_spec mptcp_attrs = NLA_SPEC(diag_mptcp_subflow_attrs, mptcp_decs);
static const struct nla_dec ulp_decs[] = {
	[1] = { nla_str, NULL },               /* INET_ULP_INFO_NAME */
	[2] = { nla_nested, &tls_attrs },      /* INET_ULP_INFO_TLS */
	[3] = { nla_nested, &mptcp_attrs },    /* INET_ULP_INFO_MPTCP */
};
static const struct nla_spec ulp_attrs = NLA_SPEC(diag_ulp_info_attrs, ulp_decs);

static const struct nla_dec inet_decs[] = {
	[INET_DIAG_MEMINFO] = { nla_fields, &meminfo },
	[INET_DIAG_VEGASINFO] = { nla_fields, &vegas },
	[INET_DIAG_CONG] = { nla_str, NULL },
	[INET_DIAG_TOS] = { nla_u8, NULL },
	[INET_DIAG_TCLASS] = { nla_u8, NULL },
	[INET_DIAG_SKMEMINFO] = { nla_indexed, &sk_meminfo },
	[INET_DIAG_SHUTDOWN] = { nla_shutdown, NULL },
	[INET_DIAG_DCTCPINFO] = { nla_fields, &dctcp },
	[INET_DIAG_PROTOCOL] = { nla_xval8, &xlat_net_ipprotos },
	[INET_DIAG_SKV6ONLY] = { nla_u8, NULL },
	[INET_DIAG_LOCALS] = { nla_sockaddrs, NULL },
	[INET_DIAG_PEERS] = { nla_sockaddrs, NULL },
	[INET_DIAG_MARK] = { nla_u32, NULL },
	[INET_DIAG_BBRINFO] = { nla_fields, &bbr },
	[INET_DIAG_CLASS_ID] = { nla_u32, NULL },
	[INET_DIAG_MD5SIG] = { nla_md5sig, NULL },
	[INET_DIAG_ULP_INFO] = { nla_nested, &ulp_attrs },
	[INET_DIAG_SK_BPF_STORAGES] = { nla_nested, &bpf_storages_attrs },
	[INET_DIAG_CGROUP_ID] = { nla_u64, NULL },
	[INET_DIAG_SOCKOPT] = { nla_sockopt, NULL },
};
static const struct nla_spec inet_attrs = NLA_SPEC(diag_inet_attrs, inet_decs);

/* the address of an inet_diag_hostcond: inet_addr(), inet_pton(), bytes, or where it is */
static void hostcond_addr(struct dctx *c, struct value *s, uint8_t family, uint64_t addr, uint32_t len)
{
	uint8_t b[16];
	size_t want = family == AF_INET ? 4 : family == AF_INET6 ? 16 : 0;
	if (!want || len < want) {
		if (len)
			v_field(s, "addr", nl_hexstr(c, addr, len));
		return;
	}
	if (mem_read(c->mem, addr, b, want) != 0) {
		v_field(s, "addr", mk_ptr(c, addr));
		return;
	}
	if (family == AF_INET6) {
		v_add(s, mk_inet6(c, b, "&addr"));
		return;
	}
	char ip[INET_ADDRSTRLEN];
	inet_ntop(AF_INET, b, ip, sizeof(ip));
	v_field(s, "addr", mk_net_call1(c, "inet_addr", mk_bytes(c, ip, strlen(ip), 0), b, 4));
}

static struct value *bc_op(struct dctx *c, const struct inet_diag_bc_op *op)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "code", mk_enum(c, op->code, &xlat_diag_bc_codes));
	v_field(s, "yes", mk_uint(c, op->yes));
	v_field(s, "no", mk_uint(c, op->no));
	return s;
}

/* INET_DIAG_REQ_BYTECODE: an inet_diag_bc_op and what its code takes */
static struct value *nla_bytecode(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t opq)
{
	(void)data;
	(void)opq;
	struct inet_diag_bc_op op;
	if (len < sizeof(op))
		return NULL;
	if (mem_read(c->mem, addr, &op, sizeof(op)) != 0)
		return mk_ptr(c, addr);
	struct value *q = v_list(c->a, V_SEQ);
	v_add(q, bc_op(c, &op));
	uint64_t a = addr + sizeof(op);
	uint32_t n = len - sizeof(op);
	if (!n)
		return q;
	struct value *v = NULL;
	switch (op.code) {
	case INET_DIAG_BC_S_COND:
	case INET_DIAG_BC_D_COND: {
		struct inet_diag_hostcond h;
		if (n < sizeof(h))
			break;
		if (mem_read(c->mem, a, &h, sizeof(h)) != 0) {
			v = mk_ptr(c, a);
			break;
		}
		v = v_list(c->a, V_STRUCT);
		v_field(v, "family", mk_enum(c, h.family, &xlat_net_families));
		v_field(v, "prefix_len", mk_uint(c, h.prefix_len));
		v_field(v, "port", mk_int(c, h.port));
		hostcond_addr(c, v, h.family, a + sizeof(h), n - sizeof(h));
		break;
	}
	case INET_DIAG_BC_DEV_COND: {
		uint32_t idx;
		if (n < sizeof(idx))
			break;
		v = mem_read(c->mem, a, &idx, sizeof(idx)) ? mk_ptr(c, a) : mk_ifindex(c, idx);
		break;
	}
	case INET_DIAG_BC_S_GE: case INET_DIAG_BC_S_LE: case INET_DIAG_BC_D_GE: case INET_DIAG_BC_D_LE: {
		struct inet_diag_bc_op port;
		if (n < sizeof(port))
			break;
		v = mem_read(c->mem, a, &port, sizeof(port)) ? mk_ptr(c, a) : bc_op(c, &port);
		break;
	}
	case INET_DIAG_BC_MARK_COND: {
		struct inet_diag_markcond m;
		if (n < sizeof(m))
			break;
		if (mem_read(c->mem, a, &m, sizeof(m)) != 0) {
			v = mk_ptr(c, a);
			break;
		}
		v = v_list(c->a, V_STRUCT);
		v_field(v, "mark", mk_uint(c, m.mark));
		v_field(v, "mask", mk_uint(c, m.mask));
		break;
	}
	}
	v_add(q, v ? v : nl_hexstr(c, a, n));
	return q;
}

static const struct nla_dec inet_req_decs[] = {
	[INET_DIAG_REQ_BYTECODE] = { nla_bytecode, NULL },
	[3] = { nla_xval32, &xlat_net_ipprotos },   /* INET_DIAG_REQ_PROTOCOL */
};
static const struct nla_spec inet_req_attrs = NLA_SPEC(diag_inet_req_attrs, inet_req_decs);

/* ---- the structs ---- */

/* id={idiag_sport=htons(80), ..., idiag_src=inet_addr("1.2.3.4"), ...} */
static struct value *sockid(struct dctx *c, uint8_t family, const struct inet_diag_sockid *id)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "idiag_sport", mk_net_call1(c, "htons", mk_uint(c, ntohs(id->idiag_sport)), &id->idiag_sport, 2));
	v_field(s, "idiag_dport", mk_net_call1(c, "htons", mk_uint(c, ntohs(id->idiag_dport)), &id->idiag_dport, 2));
	const void *ad[2] = { id->idiag_src, id->idiag_dst };
	const char *names[2] = { "idiag_src", "idiag_dst" };
	for (int i = 0; i < 2; i++) {
		if (family == AF_INET6) {
			v_add(s, mk_inet6(c, ad[i], arena_printf(c->a, "&%s", names[i])));
		} else {
			char b[INET_ADDRSTRLEN];
			inet_ntop(AF_INET, ad[i], b, sizeof(b));
			v_field(s, names[i], mk_net_call1(c, "inet_addr", mk_bytes(c, b, strlen(b), 0), ad[i], sizeof(id->idiag_src)));
		}
	}
	v_field(s, "idiag_if", mk_ifindex(c, id->idiag_if));
	v_field(s, "idiag_cookie", cookie(c, id->idiag_cookie));
	return s;
}

static struct value *f_unix_req(struct dctx *c, struct value *s, const void *p)
{
	const struct unix_diag_req *r = p;
	v_field(s, "sdiag_family", fam(c, r->sdiag_family));
	v_field(s, "sdiag_protocol", mk_uint(c, r->sdiag_protocol));
	v_field(s, "udiag_states", mk_flags(c, r->udiag_states, &xlat_diag_tcp_state_bits));
	v_field(s, "udiag_ino", mk_uint(c, r->udiag_ino));
	v_field(s, "udiag_show", mk_flags(c, r->udiag_show, &xlat_diag_udiag_show));
	v_field(s, "udiag_cookie", cookie(c, r->udiag_cookie));
	return s;
}

static struct value *f_unix_msg(struct dctx *c, struct value *s, const void *p)
{
	const struct unix_diag_msg *m = p;
	v_field(s, "udiag_family", fam(c, m->udiag_family));
	v_field(s, "udiag_type", mk_enum(c, m->udiag_type, &xlat_net_sock_types));
	v_field(s, "udiag_state", mk_enum(c, m->udiag_state, &xlat_diag_tcp_states));
	v_field(s, "udiag_ino", mk_uint(c, m->udiag_ino));
	v_field(s, "udiag_cookie", cookie(c, m->udiag_cookie));
	return s;
}

static struct value *f_inet_req_v2(struct dctx *c, struct value *s, const void *p)
{
	const struct inet_diag_req_v2 *r = p;
	v_field(s, "sdiag_family", fam(c, r->sdiag_family));
	v_field(s, "sdiag_protocol", mk_enum(c, r->sdiag_protocol, &xlat_net_ipprotos));
	v_field(s, "idiag_ext", mk_flags(c, r->idiag_ext, &xlat_diag_inet_ext_bits));
	v_field(s, "idiag_states", mk_flags(c, r->idiag_states, &xlat_diag_tcp_state_bits));
	v_field(s, "id", sockid(c, r->sdiag_family, &r->id));
	return s;
}

static struct value *f_inet_req(struct dctx *c, struct value *s, const void *p)
{
	const struct inet_diag_req *r = p;
	v_field(s, "idiag_family", fam(c, r->idiag_family));
	v_field(s, "idiag_src_len", mk_uint(c, r->idiag_src_len));
	v_field(s, "idiag_dst_len", mk_uint(c, r->idiag_dst_len));
	v_field(s, "idiag_ext", mk_flags(c, r->idiag_ext, &xlat_diag_inet_ext_bits));
	v_field(s, "id", sockid(c, r->idiag_family, &r->id));
	v_field(s, "idiag_states", mk_flags(c, r->idiag_states, &xlat_diag_tcp_state_bits));
	v_field(s, "idiag_dbs", mk_uint(c, r->idiag_dbs));
	return s;
}

static struct value *f_inet_msg(struct dctx *c, struct value *s, const void *p)
{
	const struct inet_diag_msg *m = p;
	v_field(s, "idiag_family", fam(c, m->idiag_family));
	v_field(s, "idiag_state", mk_enum(c, m->idiag_state, &xlat_diag_tcp_states));
	v_field(s, "idiag_timer", mk_uint(c, m->idiag_timer));
	v_field(s, "idiag_retrans", mk_uint(c, m->idiag_retrans));
	v_field(s, "id", sockid(c, m->idiag_family, &m->id));
	v_field(s, "idiag_expires", mk_uint(c, m->idiag_expires));
	v_field(s, "idiag_rqueue", mk_uint(c, m->idiag_rqueue));
	v_field(s, "idiag_wqueue", mk_uint(c, m->idiag_wqueue));
	v_field(s, "idiag_uid", mk_uint(c, m->idiag_uid));
	v_field(s, "idiag_inode", mk_uint(c, m->idiag_inode));
	return s;
}

static struct value *f_netlink_req(struct dctx *c, struct value *s, const void *p)
{
	const struct netlink_diag_req *r = p;
	v_field(s, "sdiag_family", fam(c, r->sdiag_family));
	v_field(s, "sdiag_protocol", mk_enum(c, r->sdiag_protocol, &xlat_diag_ndiag_protos));
	v_field(s, "ndiag_ino", mk_uint(c, r->ndiag_ino));
	v_field(s, "ndiag_show", mk_flags(c, r->ndiag_show, &xlat_diag_ndiag_show));
	v_field(s, "ndiag_cookie", cookie(c, r->ndiag_cookie));
	return s;
}

static struct value *f_netlink_msg(struct dctx *c, struct value *s, const void *p)
{
	const struct netlink_diag_msg *m = p;
	v_field(s, "ndiag_family", fam(c, m->ndiag_family));
	v_field(s, "ndiag_type", mk_enum(c, m->ndiag_type, &xlat_net_sock_types));
	v_field(s, "ndiag_protocol", mk_enum(c, m->ndiag_protocol, &xlat_net_netlink_protos));
	v_field(s, "ndiag_state", mk_enum(c, m->ndiag_state, &xlat_diag_netlink_states));
	v_field(s, "ndiag_portid", mk_uint(c, m->ndiag_portid));
	v_field(s, "ndiag_dst_portid", mk_uint(c, m->ndiag_dst_portid));
	v_field(s, "ndiag_dst_group", mk_uint(c, m->ndiag_dst_group));
	v_field(s, "ndiag_ino", mk_uint(c, m->ndiag_ino));
	v_field(s, "ndiag_cookie", cookie(c, m->ndiag_cookie));
	return s;
}

static struct value *f_packet_req(struct dctx *c, struct value *s, const void *p)
{
	const struct packet_diag_req *r = p;
	v_field(s, "sdiag_family", fam(c, r->sdiag_family));
	v_field(s, "sdiag_protocol", mk_hex(c, r->sdiag_protocol));
	v_field(s, "pdiag_ino", mk_uint(c, r->pdiag_ino));
	v_field(s, "pdiag_show", mk_flags(c, r->pdiag_show, &xlat_diag_pdiag_show));
	v_field(s, "pdiag_cookie", cookie(c, r->pdiag_cookie));
	return s;
}

static struct value *f_packet_msg(struct dctx *c, struct value *s, const void *p)
{
	const struct packet_diag_msg *m = p;
	v_field(s, "pdiag_family", fam(c, m->pdiag_family));
	v_field(s, "pdiag_type", mk_enum(c, m->pdiag_type, &xlat_net_sock_types));
	v_field(s, "pdiag_num", mk_enum(c, m->pdiag_num, &xlat_net_eth_protos));
	v_field(s, "pdiag_ino", mk_uint(c, m->pdiag_ino));
	v_field(s, "pdiag_cookie", cookie(c, m->pdiag_cookie));
	return s;
}

static struct value *f_smc_req(struct dctx *c, struct value *s, const void *p)
{
	const struct smc_diag_req *r = p;
	v_field(s, "diag_family", fam(c, r->diag_family));
	v_field(s, "diag_ext", mk_flags(c, r->diag_ext, &xlat_diag_smc_ext_bits));
	v_field(s, "id", sockid(c, AF_INET, &r->id));
	return s;
}

static struct value *f_smc_msg(struct dctx *c, struct value *s, const void *p)
{
	const struct smc_diag_msg *m = p;
	v_field(s, "diag_family", fam(c, m->diag_family));
	v_field(s, "diag_state", mk_enum(c, m->diag_state, &xlat_diag_smc_states));
	v_field(s, "diag_fallback", mk_enum(c, m->diag_fallback, &xlat_diag_smc_modes));
	v_field(s, "diag_shutdown", mk_uint(c, m->diag_shutdown));
	v_field(s, "id", sockid(c, AF_INET, &m->id));
	v_field(s, "diag_uid", mk_uint(c, m->diag_uid));
	v_field(s, "diag_inode", mk_uint(c, m->diag_inode));
	return s;
}

static struct value *smc_cursor(struct dctx *c, const struct smc_diag_cursor *k)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "reserved", mk_uint(c, k->reserved));
	v_field(s, "wrap", mk_uint(c, k->wrap));
	v_field(s, "count", mk_uint(c, k->count));
	return s;
}

static struct value *nla_smc_conninfo(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	struct smc_diag_conninfo ci;
	if (len < sizeof(ci))
		return NULL;
	if (mem_read(c->mem, addr, &ci, sizeof(ci)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "token", mk_uint(c, ci.token));
	v_field(s, "sndbuf_size", mk_uint(c, ci.sndbuf_size));
	v_field(s, "rmbe_size", mk_uint(c, ci.rmbe_size));
	v_field(s, "peer_rmbe_size", mk_uint(c, ci.peer_rmbe_size));
	v_field(s, "rx_prod", smc_cursor(c, &ci.rx_prod));
	v_field(s, "rx_cons", smc_cursor(c, &ci.rx_cons));
	v_field(s, "tx_prod", smc_cursor(c, &ci.tx_prod));
	v_field(s, "tx_cons", smc_cursor(c, &ci.tx_cons));
	v_field(s, "rx_prod_flags", mk_hex(c, ci.rx_prod_flags));
	v_field(s, "rx_conn_state_flags", mk_hex(c, ci.rx_conn_state_flags));
	v_field(s, "tx_prod_flags", mk_hex(c, ci.tx_prod_flags));
	v_field(s, "tx_conn_state_flags", mk_hex(c, ci.tx_conn_state_flags));
	v_field(s, "tx_prep", smc_cursor(c, &ci.tx_prep));
	v_field(s, "tx_sent", smc_cursor(c, &ci.tx_sent));
	v_field(s, "tx_fin", smc_cursor(c, &ci.tx_fin));
	return s;
}

/* a NUL-padded byte string field: "abc" */
static struct value *cstr_field(struct dctx *c, const uint8_t *p, size_t n)
{
	return mk_bytes(c, p, strnlen((const char *)p, n), 0);
}

static struct value *nla_smc_lgrinfo(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	struct smc_diag_lgrinfo g;
	if (len < sizeof(g))
		return NULL;
	if (mem_read(c->mem, addr, &g, sizeof(g)) != 0)
		return mk_ptr(c, addr);
	struct value *l = v_list(c->a, V_STRUCT);
	v_field(l, "link_id", mk_uint(c, g.lnk[0].link_id));
	v_field(l, "ibname", cstr_field(c, g.lnk[0].ibname, sizeof(g.lnk[0].ibname)));
	v_field(l, "ibport", mk_uint(c, g.lnk[0].ibport));
	v_field(l, "gid", cstr_field(c, g.lnk[0].gid, sizeof(g.lnk[0].gid)));
	v_field(l, "peer_gid", cstr_field(c, g.lnk[0].peer_gid, sizeof(g.lnk[0].peer_gid)));
	struct value *s = v_list(c->a, V_STRUCT);
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, l);
	v_field(s, "lnk", a);
	v_field(s, "role", mk_enum(c, g.role, &xlat_diag_smc_roles));
	return s;
}

static const struct nla_field dmbinfo_f[] = {
	NLA_FIELD(struct smcd_diag_dmbinfo, linkid, NF_U), NLA_FIELD(struct smcd_diag_dmbinfo, peer_gid, NF_X),
	NLA_FIELD(struct smcd_diag_dmbinfo, my_gid, NF_X), NLA_FIELD(struct smcd_diag_dmbinfo, token, NF_X),
	NLA_FIELD(struct smcd_diag_dmbinfo, peer_token, NF_X),
};
static const struct nla_struct dmbinfo = NLA_STRUCT(sizeof(struct smcd_diag_dmbinfo), sizeof(struct smcd_diag_dmbinfo), dmbinfo_f);

/* 0x3020000 / * SMC_CLC_DECL_IPSEC * / */
static struct value *decl_reason(struct dctx *c, uint32_t v)
{
	const char *n = xlat_name(&xlat_diag_smc_decl_reasons, v);
	return v_comment(mk_hex(c, v), n ? n : xlat_diag_smc_decl_reasons.unknown);
}

static struct value *nla_smc_fallback(struct dctx *c, uint64_t addr, uint32_t len, const void *data, uintptr_t op)
{
	(void)data;
	(void)op;
	struct smc_diag_fallback f;
	if (len < sizeof(f))
		return NULL;
	if (mem_read(c->mem, addr, &f, sizeof(f)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "reason", decl_reason(c, f.reason));
	v_field(s, "peer_diagnosis", decl_reason(c, f.peer_diagnosis));
	return s;
}

static const struct nla_dec smc_decs[] = {
	[SMC_DIAG_CONNINFO] = { nla_smc_conninfo, NULL },
	[SMC_DIAG_LGRINFO] = { nla_smc_lgrinfo, NULL },
	[SMC_DIAG_SHUTDOWN] = { nla_flags8, &xlat_diag_shutdown_flags },
	[SMC_DIAG_DMBINFO] = { nla_fields, &dmbinfo },
	[SMC_DIAG_FALLBACK] = { nla_smc_fallback, NULL },
};
static const struct nla_spec smc_attrs = NLA_SPEC(diag_smc_attrs, smc_decs);

/* ---- which struct ---- */

struct diag_kind {
	uint8_t family;
	bool request;
	uint8_t size;
	const char *first;
	struct value *(*fields)(struct dctx *c, struct value *s, const void *p);
	const struct nla_spec *attrs;
};

static const struct diag_kind kinds[] = {
	{ AF_UNIX, true, sizeof(struct unix_diag_req), "sdiag_family", f_unix_req, NULL },
	{ AF_UNIX, false, sizeof(struct unix_diag_msg), "udiag_family", f_unix_msg, &unix_attrs },
	{ AF_INET, true, sizeof(struct inet_diag_req_v2), "sdiag_family", f_inet_req_v2, &inet_req_attrs },
	{ AF_INET, false, sizeof(struct inet_diag_msg), "idiag_family", f_inet_msg, &inet_attrs },
	{ AF_INET6, true, sizeof(struct inet_diag_req_v2), "sdiag_family", f_inet_req_v2, &inet_req_attrs },
	{ AF_INET6, false, sizeof(struct inet_diag_msg), "idiag_family", f_inet_msg, &inet_attrs },
	{ AF_NETLINK, true, sizeof(struct netlink_diag_req), "sdiag_family", f_netlink_req, NULL },
	{ AF_NETLINK, false, sizeof(struct netlink_diag_msg), "ndiag_family", f_netlink_msg, &netlink_attrs },
	{ AF_PACKET, true, sizeof(struct packet_diag_req), "sdiag_family", f_packet_req, NULL },
	{ AF_PACKET, false, sizeof(struct packet_diag_msg), "pdiag_family", f_packet_msg, &packet_attrs },
	{ AF_SMC, true, sizeof(struct smc_diag_req), "diag_family", f_smc_req, NULL },
	{ AF_SMC, false, sizeof(struct smc_diag_msg), "diag_family", f_smc_msg, &smc_attrs },
};

/* the old inet_diag_req of TCPDIAG_GETSOCK and DCCPDIAG_GETSOCK */
static const struct diag_kind inet_req_old = {
	AF_INET, true, sizeof(struct inet_diag_req), "idiag_family", f_inet_req, &inet_req_attrs,
};

static bool diag_payload(struct dctx *c, struct value *msg, const struct nlmsghdr *h, uint64_t addr, uint32_t len)
{
	uint8_t f;
	if (mem_read(c->mem, addr, &f, 1) != 0) {
		v_add(msg, mk_ptr(c, addr));
		return true;
	}
	bool req = h->nlmsg_flags & NLM_F_REQUEST;
	const struct diag_kind *k = NULL;
	/* the old inet_diag_req; everything else by family, whatever the type */
	if ((h->nlmsg_type == TCPDIAG_GETSOCK || h->nlmsg_type == DCCPDIAG_GETSOCK) && req &&
	    (f == AF_INET || f == AF_INET6))
		k = &inet_req_old;
	for (size_t i = 0; i < ARRAY_SIZE(kinds) && !k; i++)
		if (kinds[i].family == f && kinds[i].request == req)
			k = &kinds[i];
	if (!k || len == 1) {
		/* {family=AF_INET, data="..."}; the family alone is shown so whatever it selects */
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "family", fam(c, f));
		if (len > 1)
			v_field(s, "data", nl_hexstr(c, addr + 1, len - 1));
		v_add(msg, s);
		return true;
	}
	uint8_t buf[96];
	struct value *v;
	if (!nl_fetch_struct(c, addr, len, buf, k->size, k->first, &v)) {
		v_add(msg, v);
		return true;
	}
	v_add(msg, k->fields(c, v_list(c->a, V_STRUCT), buf));
	uint32_t off = NLMSG_ALIGN(k->size);
	/* requests without attributes end at their struct */
	if (len > off && k->attrs)
		v_add(msg, nl_attrs(c, addr + off, len - off, k->attrs, buf[0]));
	return true;
}

const struct nl_family nl_family_sock_diag = {
	.proto = NETLINK_SOCK_DIAG, .types = &xlat_nl_sock_diag_types, .flagclass = diag_class,
	.payload = diag_payload,
};
