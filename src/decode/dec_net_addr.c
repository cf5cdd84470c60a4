/*
 * dec_net_addr.c - socket addresses of the less common families, for
 * mk_sockaddr() (dec_net.c): AF_RXRPC (with its transport address),
 * AF_IEEE802154, AF_ALG, AF_NFC (and NFC LLCP), AF_VSOCK, AF_QIPCRTR,
 * AF_XDP and AF_MCTP.  Each decoder takes the address's bytes and length,
 * and says whether the length was enough to decode it.
 */
#include "dec_net.h"

#include <linux/socket.h>
#include <string.h>
#include <sys/socket.h>

#ifndef AF_MCTP
#define AF_MCTP 45
#endif

/* a constant by name (its number under -X raw), or the number in hex */
static struct value *mk_named_hex(struct dctx *c, uint64_t v, const struct xlat *x)
{
	const char *n = xlat_name(x, v);
	return n ? v_const(c->a, n, v, NF_HEX) : mk_hex(c, v);
}

/* the number in hex, with the name as a comment when it has one (not under -X raw) */
static struct value *mk_hex_noted(struct dctx *c, uint64_t v, const struct xlat *x)
{
	struct value *h = mk_hex(c, v);
	const char *n = xlat_name(x, v);
	if (n) {
		h->xs |= XS_COMMENT_NORAW;
		v_comment(h, n);
	}
	return h;
}

/* a NUL-terminated string in n bytes, at most n - 1 of them shown ("..." without a NUL) */
static struct value *mk_chars_in(struct dctx *c, const unsigned char *p, size_t n)
{
	size_t m = n ? n - 1 : 0;
	const unsigned char *z = memchr(p, 0, m);
	return z ? mk_bytes(c, p, (size_t)(z - p), 0) : mk_bytes(c, p, m, VS_TRUNC);
}

/* ---- AF_RXRPC: u16 family, service, transport_type, transport_len; a transport address ---- */

#define RXRPC_SIZE 36
#define RXRPC_TRANSPORT 8   /* the union of family, sockaddr_in and sockaddr_in6 */

static void sockaddr_rxrpc(struct dctx *c, struct value *s, const unsigned char *b)
{
	uint16_t tlen = buf_u16(b, 6), tfam = buf_u16(b, RXRPC_TRANSPORT);
	const unsigned char *t = b + RXRPC_TRANSPORT;
	int n = tlen < RXRPC_SIZE - RXRPC_TRANSPORT ? tlen : RXRPC_SIZE - RXRPC_TRANSPORT;
	v_field(s, "srx_service", v_verbose(mk_enum(c, buf_u16(b, 2), &xlat_net_rxrpc_services)));
	v_field(s, "transport_type", mk_enum(c, buf_u16(b, 4), &xlat_net_sock_types));
	v_field(s, "transport_len", mk_uint(c, tlen));
	struct value *tr = v_field(s, "transport", v_list(c->a, V_STRUCT));
	if (tfam == AF_INET || tfam == AF_INET6) {
		bool in = tfam == AF_INET;
		struct value *a = v_field(tr, in ? "sin" : "sin6", v_list(c->a, V_STRUCT));
		v_field(a, in ? "sin_family" : "sin6_family", mk_enum(c, tfam, &xlat_net_families));
		if (n >= (in ? 16 : 24)) {
			if (in)
				sockaddr_in_fields(c, a, t);
			else
				sockaddr_in6_fields(c, a, t, n);
		} else if (n > 2) {
			v_add(a, mk_bytes(c, t + 2, n - 2, 0));
		}
		return;
	}
	v_field(tr, "family", mk_enum(c, tfam, &xlat_net_families));
	if (n > 2)
		v_add(tr, mk_bytes(c, t + 2, n - 2, 0));
}

/* ---- AF_IEEE802154: family, then {int addr_type; u16 pan_id; hwaddr[8] or short_addr} at 4 ---- */

#define IEEE802154_SIZE 20
#define IEEE802154_ADDR_SHORT_K 2
#define IEEE802154_ADDR_NONE_K 0

static const struct xlat_entry ieee802154_pan_e[] = { { 0xffff, "IEEE802154_PANID_BROADCAST" } };
static const struct xlat ieee802154_pan = { ieee802154_pan_e, 1, NULL };
static const struct xlat_entry ieee802154_short_e[] = {
	{ 0xfffe, "IEEE802154_ADDR_UNDEF" }, { 0xffff, "IEEE802154_ADDR_BROADCAST" },
};
static const struct xlat ieee802154_short = { ieee802154_short_e, 2, NULL };

static void sockaddr_ieee802154(struct dctx *c, struct value *s, const unsigned char *b)
{
	uint32_t type = buf_u32(b, 4);
	struct value *a = v_field(s, "addr", v_list(c->a, V_STRUCT));
	v_field(a, "addr_type", v_verbose(mk_enum(c, type, &xlat_net_ieee802154_addr_types)));
	v_field(a, "pan_id", mk_hex_noted(c, buf_u16(b, 8), &ieee802154_pan));
	if (type == IEEE802154_ADDR_NONE_K)
		return;
	if (type == IEEE802154_ADDR_SHORT_K) {
		v_field(a, "short_addr", mk_hex_noted(c, buf_u16(b, 10), &ieee802154_short));
		return;
	}
	/* the eight bytes as aa:bb:...; -X raw: their hex string */
	const unsigned char *h = b + 10;
	const char *t = arena_printf(c->a, "%02x:%02x:%02x:%02x:%02x:%02x:%02x:%02x",
				     h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7]);
	v_field(a, "hwaddr", v_alt(v_sym(c->a, t, 0), mk_bytes(c, h, 8, VS_HEX)));
}

/* ---- AF_ALG: family, salg_type[14], u32 feat, u32 mask, salg_name[] (64 in the old struct) ---- */

#define ALG_NAME 24
#define ALG_SIZE 88

static void sockaddr_alg(struct dctx *c, struct value *s, const unsigned char *b, int len)
{
	v_field(s, "salg_type", mk_chars_in(c, b + 2, 14));
	v_field(s, "salg_feat", v_verbose(mk_flags(c, buf_u32(b, 16), &xlat_net_alg_flags)));
	v_field(s, "salg_mask", v_verbose(mk_flags(c, buf_u32(b, 20), &xlat_net_alg_flags)));
	int n = (len < ALG_SIZE ? len : ALG_SIZE) - ALG_NAME;
	v_field(s, "salg_name", mk_chars_in(c, b + ALG_NAME, (size_t)n));
}

/* ---- AF_NFC: family, u32 dev_idx, target_idx, nfc_protocol; LLCP: dsap, ssap, service_name[63], len ---- */

#define NFC_SIZE 16
#define NFC_LLCP_SIZE 96

static void sockaddr_nfc(struct dctx *c, struct value *s, const unsigned char *b, int len)
{
	v_field(s, "dev_idx", mk_ifindex(c, buf_u32(b, 4)));
	v_field(s, "target_idx", mk_hex(c, buf_u32(b, 8)));
	v_field(s, "nfc_protocol", mk_enum(c, buf_u32(b, 12), &xlat_net_nfc_target_protos));
	if (len < NFC_LLCP_SIZE) {
		if (len > NFC_SIZE)
			v_add(s, v_ellipsis(c->a));
		return;
	}
	uint64_t snlen;
	memcpy(&snlen, b + 88, sizeof(snlen));
	v_field(s, "dsap", mk_hex_noted(c, b[16], &xlat_net_llcp_saps));
	v_field(s, "ssap", mk_hex_noted(c, b[17], &xlat_net_llcp_saps));
	v_field(s, "service_name", mk_bytes(c, b + 18, snlen < 63 ? (size_t)snlen : 63, 0));
	v_field(s, "service_name_len", mk_uint(c, snlen));
}

/* ---- AF_VSOCK: family, u16 reserved1, u32 port, u32 cid, u8 flags, u8 zero[3] ---- */

#define VSOCK_SIZE 16
static const struct xlat_entry vsock_port_e[] = { { 0xffffffff, "VMADDR_PORT_ANY" } };
static const struct xlat vsock_port = { vsock_port_e, 1, NULL };

static void sockaddr_vsock(struct dctx *c, struct value *s, const unsigned char *b)
{
	if (buf_u16(b, 2))
		v_field(s, "svm_reserved1", mk_hex(c, buf_u16(b, 2)));
	v_field(s, "svm_cid", mk_named_hex(c, buf_u32(b, 8), &xlat_net_vsock_cids));
	v_field(s, "svm_port", mk_named_hex(c, buf_u32(b, 4), &vsock_port));
	v_field(s, "svm_flags", mk_flags(c, b[12], &xlat_net_vsock_flags));
	if (b[13] | b[14] | b[15])
		v_field(s, "svm_zero", mk_bytes(c, b + 13, 3, VS_HEX));
}

/* ---- AF_QIPCRTR: family, u32 node, u32 port ---- */

#define QRTR_SIZE 12
static const struct xlat_entry qrtr_node_e[] = { { 0xffffffff, "QRTR_NODE_BCAST" } };
static const struct xlat qrtr_node = { qrtr_node_e, 1, NULL };
static const struct xlat_entry qrtr_port_e[] = { { 0xfffffffe, "QRTR_PORT_CTRL" } };
static const struct xlat qrtr_port = { qrtr_port_e, 1, NULL };

static void sockaddr_qrtr(struct dctx *c, struct value *s, const unsigned char *b)
{
	v_field(s, "sq_node", mk_named_hex(c, buf_u32(b, 4), &qrtr_node));
	v_field(s, "sq_port", mk_named_hex(c, buf_u32(b, 8), &qrtr_port));
}

/* ---- AF_XDP: family, u16 flags, u32 ifindex, queue_id, shared_umem_fd ---- */

#define XDP_SIZE 16
#define XDP_SHARED_UMEM_K 1

static void sockaddr_xdp(struct dctx *c, struct value *s, const unsigned char *b)
{
	uint16_t fl = buf_u16(b, 2);
	uint32_t fd = buf_u32(b, 12);
	v_field(s, "sxdp_flags", mk_flags(c, fl, &xlat_net_xdp_flags));
	v_field(s, "sxdp_ifindex", mk_ifindex(c, buf_u32(b, 4)));
	v_field(s, "sxdp_queue_id", mk_uint(c, buf_u32(b, 8)));
	/* a descriptor only with XDP_SHARED_UMEM; otherwise a number, when set */
	if (fl & XDP_SHARED_UMEM_K)
		v_field(s, "sxdp_shared_umem_fd", mk_fd(c, (int32_t)fd));
	else if (fd)
		v_field(s, "sxdp_shared_umem_fd", mk_hex(c, fd));
}

/* ---- AF_MCTP: family, u16 pad0, u32 network, u8 addr, type, tag, pad1 ---- */

#define MCTP_SIZE 12
static const struct xlat_entry mctp_net_e[] = { { 0, "MCTP_NET_ANY" } };
static const struct xlat mctp_net = { mctp_net_e, 1, NULL };
static const struct xlat_entry mctp_addr_e[] = { { 0, "MCTP_ADDR_NULL" }, { 0xff, "MCTP_ADDR_ANY" } };
static const struct xlat mctp_addr = { mctp_addr_e, 2, NULL };

static void sockaddr_mctp(struct dctx *c, struct value *s, const unsigned char *b)
{
	if (buf_u16(b, 2))
		v_field(s, "__smctp_pad0", mk_hex(c, buf_u16(b, 2)));
	v_field(s, "smctp_network", mk_named_hex(c, buf_u32(b, 4), &mctp_net));
	struct value *a = v_field(s, "smctp_addr", v_list(c->a, V_STRUCT));
	v_field(a, "s_addr", mk_named_hex(c, b[8], &mctp_addr));
	v_field(s, "smctp_type", mk_hex(c, b[9]));
	v_field(s, "smctp_tag", mk_hex(c, b[10]));
	if (b[11])
		v_field(s, "__smctp_pad1", mk_hex(c, b[11]));
}

bool sockaddr_more(struct dctx *c, struct value *s, const unsigned char *b, int len, uint16_t fam)
{
	switch (fam) {
	case AF_RXRPC:
		if (len < RXRPC_SIZE)
			return false;
		sockaddr_rxrpc(c, s, b);
		return true;
	case AF_IEEE802154:
		if (len < IEEE802154_SIZE)
			return false;
		sockaddr_ieee802154(c, s, b);
		return true;
	case AF_ALG:
		if (len <= ALG_NAME)
			return false;
		sockaddr_alg(c, s, b, len);
		return true;
	case AF_NFC:
		if (len < NFC_SIZE)
			return false;
		sockaddr_nfc(c, s, b, len);
		return true;
	case AF_VSOCK:
		if (len < VSOCK_SIZE)
			return false;
		sockaddr_vsock(c, s, b);
		return true;
	case AF_QIPCRTR:
		if (len < QRTR_SIZE)
			return false;
		sockaddr_qrtr(c, s, b);
		return true;
	case AF_XDP:
		if (len < XDP_SIZE)
			return false;
		sockaddr_xdp(c, s, b);
		return true;
	case AF_MCTP:
		if (len < MCTP_SIZE)
			return false;
		sockaddr_mctp(c, s, b);
		return true;
	}
	return false;
}
