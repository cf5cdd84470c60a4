/*
 * dec_sockopt.c - decoders for setsockopt and getsockopt: option names per
 * level, and the values strace decodes (ints, linger, peer credentials,
 * multicast requests, BPF filter programs, ICMP filters, packet statistics).
 */
#include "dec_net.h"
#include "dec_netlink.h"   /* mk_hwaddr */
#include "render.h"

#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

/* ---- setsockopt, getsockopt ---- */

static const struct xlat *sockopt_table(int level)
{
	switch (level) {
	case SOL_IP: return &xlat_net_sockopt_ip;
	case SOL_SOCKET: return &xlat_net_sockopt_socket;
	case 6:   /* SOL_TCP */ return &xlat_net_sockopt_tcp;
	case 17:  /* SOL_UDP */ return &xlat_net_sockopt_udp;
	case 40: return &xlat_net_sockopt_vsock;     /* AF_VSOCK as a level */
	case SOL_IPV6: return &xlat_net_sockopt_ipv6;
	case 101: return &xlat_net_sockopt_can_raw;  /* SOL_CAN_RAW */
	case 132: return &xlat_net_sockopt_sctp;     /* SOL_SCTP */
	case SOL_RAW: return &xlat_net_sockopt_raw;
	case 256: return &xlat_net_sockopt_ipx;
	case 257: return &xlat_net_sockopt_ax25;
	case SOL_PACKET: return &xlat_net_sockopt_packet;
	case 266: return &xlat_net_sockopt_irda;
	case 268: return &xlat_net_sockopt_llc;
	case 269: return &xlat_net_sockopt_dccp;
	case SOL_NETLINK: return &xlat_net_sockopt_netlink;
	case 271: return &xlat_net_sockopt_tipc;
	case 272: return &xlat_net_sockopt_rxrpc;
	case 273: return &xlat_net_sockopt_pppol2tp;
	case 274: return &xlat_net_sockopt_bluetooth;
	case 275: return &xlat_net_sockopt_pnpipe;
	case 276: return &xlat_net_sockopt_rds;
	case 277: return &xlat_net_sockopt_iucv;
	case 278: return &xlat_net_sockopt_caif;
	case 279: return &xlat_net_sockopt_alg;
	case 280: return &xlat_net_sockopt_nfc;
	case 281: return &xlat_net_sockopt_kcm;
	case 282: return &xlat_net_sockopt_tls;
	case 283: return &xlat_net_sockopt_xdp;
	}
	return NULL;
}

static void add_sockopt_head(struct dctx *c)
{
	int level = (int)c->arg[1];
	uint32_t name = (uint32_t)c->arg[2];
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_enum(c, (uint32_t)level, &xlat_net_sol_levels));
	const struct xlat *t = sockopt_table(level);
	if (c->nr == SC_getsockopt) {
		/* some values are named differently for getsockopt */
		const struct xlat *g = level == SOL_SOCKET ? &xlat_net_getsockopt_socket :
				       level == SOL_IP ? &xlat_net_getsockopt_ip :
				       level == SOL_IPV6 ? &xlat_net_getsockopt_ipv6 : NULL;
		if (g && xlat_name(g, name))
			t = g;
	}
	add_arg(c, t ? mk_enum(c, name, t) : mk_uint(c, name));
}

/* SOL_SOCKET options whose value is an int (SO_ERROR too, for getsockopt) */
static bool so_is_int(int name)
{
	switch (name) {
	case SO_DEBUG: case SO_REUSEADDR: case SO_DONTROUTE: case SO_BROADCAST:
	case SO_SNDBUF: case SO_RCVBUF: case SO_KEEPALIVE: case SO_OOBINLINE:
	case SO_NO_CHECK: case SO_PRIORITY: case SO_BSDCOMPAT: case SO_REUSEPORT:
	case SO_PASSCRED: case SO_RCVLOWAT: case SO_SNDLOWAT: case SO_DETACH_FILTER:
	case 29 /* SO_TIMESTAMP_OLD */: case SO_ACCEPTCONN: case SO_SNDBUFFORCE:
	case SO_RCVBUFFORCE: case SO_PASSSEC: case 35 /* SO_TIMESTAMPNS_OLD */:
	case SO_MARK: case 37 /* SO_TIMESTAMPING_OLD */: case SO_RXQ_OVFL:
	case SO_WIFI_STATUS: case SO_PEEK_OFF: case SO_NOFCS: case SO_LOCK_FILTER:
	case SO_SELECT_ERR_QUEUE: case SO_BUSY_POLL: case SO_INCOMING_CPU:
	case SO_CNX_ADVICE: case SO_INCOMING_NAPI_ID: case SO_ZEROCOPY:
	case 63 /* SO_TIMESTAMP_NEW */: case 64 /* SO_TIMESTAMPNS_NEW */:
	case 65 /* SO_TIMESTAMPING_NEW */: case 68 /* SO_DETACH_REUSEPORT_BPF */:
	case 69 /* SO_PREFER_BUSY_POLL */: case 70 /* SO_BUSY_POLL_BUDGET */:
	case 73 /* SO_RESERVE_MEM */: case 74 /* SO_TXREHASH */: case 75 /* SO_RCVMARK */:
		return true;
	}
	return false;
}

/* [N] for an int option; SO_TXREHASH values have names */
static struct value *mk_so_int(struct dctx *c, int level, int name, int v)
{
	if (level == SOL_SOCKET && name == 74)
		return mk_boxed(c, v_enum(c->a, (uint64_t)(int64_t)v, &xlat_net_txrehash, NF_DEC));
	return mk_boxed(c, mk_int(c, v));
}

static int read_int_at(const unsigned char *p)
{
	int v;
	memcpy(&v, p, sizeof(v));
	return v;
}

/* a leading int field that may be cut short: l_onoff=1 or l_onoff="\x01\x00" */
static struct value *mk_int_field(struct dctx *c, const unsigned char *p, size_t n)
{
	if (n < sizeof(int))
		return mk_bytes(c, p, n, VS_HEX);
	return mk_int(c, read_int_at(p));
}

/* the cut field of a struct that was cut short: its bytes in hex, as strace shows them */
static bool add_cut_field(struct dctx *c, struct value *s, const char *name, const unsigned char *p, size_t n, size_t off)
{
	if (n >= off + sizeof(int))
		return false;
	if (n > off)
		v_field(s, name, mk_bytes(c, p + off, n - off, VS_HEX));
	return true;
}

static struct value *mk_id_field(struct dctx *c, uint32_t id)
{
	return id == (uint32_t)-1 ? mk_int(c, -1) : mk_uint(c, id);
}

static struct value *mk_linger(struct dctx *c, const unsigned char *p, size_t n)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "l_onoff", mk_int_field(c, p, n));
	if (!add_cut_field(c, s, "l_linger", p, n, 4))
		v_field(s, "l_linger", mk_int(c, read_int_at(p + 4)));
	return s;
}

static struct value *mk_peercred(struct dctx *c, const unsigned char *p, size_t n)
{
	struct value *s = v_list(c->a, V_STRUCT);
	struct value *pid = v_field(s, "pid", mk_int_field(c, p, n));
	if (pid->kind == V_NUM)
		pid->fmt = NF_PID;
	if (add_cut_field(c, s, "uid", p, n, 4))
		return s;
	v_field(s, "uid", mk_id_field(c, (uint32_t)read_int_at(p + 4)));
	if (!add_cut_field(c, s, "gid", p, n, 8))
		v_field(s, "gid", mk_id_field(c, (uint32_t)read_int_at(p + 8)));
	return s;
}

static struct value *mk_ip_mreq(struct dctx *c, const unsigned char *p)
{
	struct ip_mreq m;
	memcpy(&m, p, sizeof(m));
	char a[INET_ADDRSTRLEN], b[INET_ADDRSTRLEN];
	inet_ntop(AF_INET, &m.imr_multiaddr, a, sizeof(a));
	inet_ntop(AF_INET, &m.imr_interface, b, sizeof(b));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "imr_multiaddr", mk_net_call1(c, "inet_addr", mk_bytes(c, a, strlen(a), 0), &m.imr_multiaddr, 4));
	v_field(s, "imr_interface", mk_net_call1(c, "inet_addr", mk_bytes(c, b, strlen(b), 0), &m.imr_interface, 4));
	return s;
}

static struct value *mk_ipv6_mreq(struct dctx *c, const unsigned char *p)
{
	struct ipv6_mreq m;
	memcpy(&m, p, sizeof(m));
	struct value *s = v_list(c->a, V_STRUCT);
	v_add(s, mk_inet6(c, &m.ipv6mr_multiaddr, "&ipv6mr_multiaddr"));
	v_field(s, "ipv6mr_interface", mk_ifindex(c, m.ipv6mr_interface));
	return s;
}

static struct value *mk_group_req(struct dctx *c, uint64_t addr, const unsigned char *p)
{
	struct group_req g;
	memcpy(&g, p, sizeof(g));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "gr_interface", mk_ifindex(c, g.gr_interface));
	v_field(s, "gr_group", mk_sockaddr(c, addr + offsetof(struct group_req, gr_group), sizeof(g.gr_group)));
	return s;
}

static struct value *mk_sock_fprog(struct dctx *c, const unsigned char *p)
{
	struct { unsigned short len; uint64_t filter; } f;
	memcpy(&f.len, p, sizeof(f.len));
	memcpy(&f.filter, p + 8, sizeof(f.filter));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "len", mk_uint(c, f.len));
	v_field(s, "filter", c->verbose && f.filter ? mk_bpf_filter(c, f.filter, f.len, false) : mk_ptr(c, f.filter));
	return s;
}

/*
 * ICMP_FILTER: a 32-bit mask of ICMP types, [ICMP_ECHO ...], or ~[...]
 * when more than half the bits are set.  A short value fills the low
 * bytes of an all-ones mask, as strace does.
 */
/* struct packet_mreq: the address is mr_alen bytes of mr_address, 01:02:... */
static struct value *mk_packet_mreq(struct dctx *c, uint64_t addr)
{
	struct packet_mreq m;
	struct value *fb;
	if (!fetch(c, addr, &m, sizeof(m), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "mr_ifindex", mk_ifindex(c, (uint32_t)m.mr_ifindex));
	v_field(s, "mr_type", mk_enum(c, m.mr_type, &xlat_packet_mr_types));
	v_field(s, "mr_alen", mk_uint(c, m.mr_alen));
	size_t n = m.mr_alen < sizeof(m.mr_address) ? m.mr_alen : sizeof(m.mr_address);
	v_field(s, "mr_address", mk_hwaddr(c, m.mr_address, n));
	return s;
}

static struct value *mk_icmp_filter(struct dctx *c, uint64_t addr, int len)
{
	uint32_t mask = 0xffffffff;
	if (len <= 0 || mem_read(c->mem, addr, &mask, len < 4 ? (size_t)len : 4) != 0)
		return mk_ptr(c, addr);
	/* one symbol (the JSON keeps it so, with the mask); -X spells its set of ICMP type
	   enums instead, as numbers */
	struct value *set = v_list(c->a, V_SET);
	struct sbuf b = { 0 };
	if (__builtin_popcount(mask) > 16) {
		set->fmt = VSET_NOT;
		sbuf_putc(&b, '~');
		mask = ~mask;
	}
	sbuf_putc(&b, '[');
	for (unsigned i = 0, n = 0; i < 32; i++) {
		if (!(mask & (1u << i)))
			continue;
		v_add(set, mk_enum(c, i, &xlat_net_icmp_types));
		if (n++)
			sbuf_putc(&b, ' ');
		const char *name = xlat_name(&xlat_net_icmp_types, i);
		if (name)
			sbuf_puts(&b, name);
		else
			sbuf_printf(&b, "%#x /* ICMP_??? */", i);
	}
	sbuf_putc(&b, ']');
	struct value *v = v_alt(v_sym(c->a, arena_copy(c, b.p, b.len), mask), set);
	sbuf_free(&b);
	v->xs |= XS_ALT_ALL;
	return v;
}

/* {tp_packets=N, tp_drops=N}, cut short like SO_LINGER */
static struct value *mk_tpacket_stats(struct dctx *c, const unsigned char *p, size_t n)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tp_packets", n < 4 ? mk_bytes(c, p, n, VS_HEX) : mk_uint(c, (uint32_t)read_int_at(p)));
	if (n >= 8)
		v_field(s, "tp_drops", mk_uint(c, (uint32_t)read_int_at(p + 4)));
	return s;
}

/* struct tpacket_req: PACKET_RX_RING / PACKET_TX_RING's ring geometry */
static struct value *mk_tpacket_req(struct dctx *c, const unsigned char *p)
{
	struct tpacket_req r;
	memcpy(&r, p, sizeof(r));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tp_block_size", mk_uint(c, r.tp_block_size));
	v_field(s, "tp_block_nr", mk_uint(c, r.tp_block_nr));
	v_field(s, "tp_frame_size", mk_uint(c, r.tp_frame_size));
	v_field(s, "tp_frame_nr", mk_uint(c, r.tp_frame_nr));
	return s;
}

/* setsockopt's value: len bytes at addr */
static struct value *mk_setsockopt_val(struct dctx *c, int level, int name, uint64_t addr, int len)
{
	unsigned char buf[sizeof(struct group_req)];
	size_t need = 0;
	int kind = 0;   /* 1 int, 2 linger, 3 fprog, 4 ip_mreq, 5 ipv6_mreq, 6 group_req */
	switch (level) {
	case SOL_SOCKET:
		if (so_is_int(name))
			kind = 1, need = sizeof(int);
		else if (name == SO_LINGER)
			kind = 2, need = sizeof(struct linger);
		else if (name == SO_ATTACH_FILTER || name == SO_ATTACH_REUSEPORT_CBPF)
			kind = 3, need = 16;
		break;
	case SOL_IP:
		if (name == IP_ADD_MEMBERSHIP || name == IP_DROP_MEMBERSHIP)
			kind = 4, need = sizeof(struct ip_mreq);
		else if (name == MCAST_JOIN_GROUP || name == MCAST_LEAVE_GROUP)
			kind = 6, need = sizeof(struct group_req);
		break;
	case SOL_IPV6:
		if (name == IPV6_ADD_MEMBERSHIP || name == IPV6_DROP_MEMBERSHIP ||
		    name == IPV6_JOIN_ANYCAST || name == IPV6_LEAVE_ANYCAST)
			kind = 5, need = sizeof(struct ipv6_mreq);
		else if (name == MCAST_JOIN_GROUP || name == MCAST_LEAVE_GROUP)
			kind = 6, need = sizeof(struct group_req);
		break;
	case SOL_PACKET:
		if ((name == PACKET_RX_RING || name == PACKET_TX_RING) && len == sizeof(struct tpacket_req))
			kind = 7, need = sizeof(struct tpacket_req);
		else if ((name == PACKET_ADD_MEMBERSHIP || name == PACKET_DROP_MEMBERSHIP) &&
			 len == sizeof(struct packet_mreq))
			return mk_packet_mreq(c, addr);
		else if (name == PACKET_ADD_MEMBERSHIP || name == PACKET_DROP_MEMBERSHIP ||
			 name == PACKET_RX_RING || name == PACKET_TX_RING)
			return mk_ptr(c, addr);
		break;
	case SOL_RAW:
		if (name == 1)   /* ICMP_FILTER */
			return mk_icmp_filter(c, addr, len);
		break;
	case SOL_NETLINK:   /* every netlink option is an int */
		kind = 1, need = sizeof(int);
		break;
	}
	if (!kind) {
		if (len == sizeof(int)) {
			int v;
			struct value *fb;
			if (!fetch(c, addr, &v, sizeof(v), &fb))
				return fb;
			return mk_boxed(c, mk_int(c, v));
		}
		return mk_buf(c, addr, (uint64_t)(int64_t)len);
	}
	if (len < (int)need || (kind == 3 && len != (int)need) || mem_read(c->mem, addr, buf, need) != 0)
		return mk_ptr(c, addr);
	switch (kind) {
	case 1: return mk_so_int(c, level, name, read_int_at(buf));
	case 2: return mk_linger(c, buf, need);
	case 3: return mk_sock_fprog(c, buf);
	case 4: return mk_ip_mreq(c, buf);
	case 5: return mk_ipv6_mreq(c, buf);
	case 7: return mk_tpacket_req(c, buf);
	default: return mk_group_req(c, addr, buf);
	}
}

static void dec_setsockopt(struct dctx *c)
{
	if (c->exiting)
		return;
	add_sockopt_head(c);
	add_arg(c, mk_setsockopt_val(c, (int)c->arg[1], (int)c->arg[2], c->arg[3], (int)c->arg[4]));
	add_arg(c, mk_int(c, (int)c->arg[4]));
}

/* getsockopt's value: rlen bytes the kernel wrote */
static struct value *mk_getsockopt_val(struct dctx *c, int level, int name, uint64_t addr, int rlen)
{
	if (rlen <= 0)
		return mk_ptr(c, addr);
	size_t n = (size_t)rlen;
	if (level == SOL_SOCKET && (so_is_int(name) || name == SO_ERROR ||
				    name == SO_LINGER || name == SO_PEERCRED)) {
		/* no more than the option's type: the kernel writes no more */
		unsigned char buf[12];
		size_t full = name == SO_PEERCRED ? 12 : name == SO_LINGER ? 8 : sizeof(int);
		size_t take = n < full ? n : full;
		if (mem_read(c->mem, addr, buf, take) != 0)
			return mk_ptr(c, addr);
		if (name == SO_LINGER)
			return mk_linger(c, buf, take);
		if (name == SO_PEERCRED)
			return mk_peercred(c, buf, take);
		if (take < sizeof(int))
			return mk_bytes(c, buf, take, VS_HEX);
		int v = read_int_at(buf);
		if (name == SO_ERROR && errno_name(v))
			return mk_boxed(c, v_const(c->a, errno_name(v), (uint64_t)(int64_t)v, NF_DEC));
		return mk_so_int(c, level, name, v);
	}
	if (level == SOL_RAW && name == 1)   /* ICMP_FILTER */
		return mk_icmp_filter(c, addr, rlen);
	if (level == SOL_SOCKET && name == SO_GET_FILTER)   /* rlen instructions, given room for any */
		return c->verbose && c->priv[1] ? mk_bpf_filter(c, addr, (unsigned)rlen, false) : mk_ptr(c, addr);
	if (level == SOL_PACKET && name == PACKET_STATISTICS) {
		unsigned char buf[8];
		size_t take = n < sizeof(buf) ? n : sizeof(buf);
		if (mem_read(c->mem, addr, buf, take) != 0)
			return mk_ptr(c, addr);
		return mk_tpacket_stats(c, buf, take);
	}
	if (n == sizeof(int)) {
		int v;
		struct value *fb;
		if (!fetch(c, addr, &v, sizeof(v), &fb))
			return fb;
		return mk_boxed(c, mk_int(c, v));
	}
	return mk_buf(c, addr, n);
}

static void dec_getsockopt(struct dctx *c)
{
	if (!c->exiting) {
		add_sockopt_head(c);
		int ulen;
		if (c->arg[4] && mem_read(c->mem, c->arg[4], &ulen, sizeof(ulen)) == 0) {
			c->priv[0] = 1;
			c->priv[1] = (uint32_t)ulen;
		}
		c->pending = true;
		return;
	}
	if (!c->priv[0]) {
		add_name_ptrs(c, c->arg[3], c->arg[4]);
		return;
	}
	int ulen = (int)c->priv[1], rlen;
	if (failed(c) || mem_read(c->mem, c->arg[4], &rlen, sizeof(rlen)) != 0) {
		add_arg(c, mk_ptr(c, c->arg[3]));
		add_arg(c, mk_len_inout(c, ulen, ulen));
		return;
	}
	add_arg(c, mk_getsockopt_val(c, (int)c->arg[1], (int)c->arg[2], c->arg[3], rlen));
	add_arg(c, mk_len_inout(c, ulen, rlen));
}

static const struct decoder sockopt_decoders[] = {
	/*
	 * optlen bytes (cut by -s), and the structs read whatever -s says: the
	 * largest is a group_req, whose gr_group mk_sockaddr() reads in place.
	 */
	DECODE(setsockopt, dec_setsockopt, CAP_IBUF(3, 4), CAP_IN(3, sizeof(struct group_req))),
	/* *optlen at entry and exit; the value as long as *optlen says at exit */
	DECODE(getsockopt, dec_getsockopt, CAP_INOUT(4, sizeof(int)), CAP_BUFP(3, CAPP_EXIT, 4)),
};

DECODER_TABLE(sockopt, sockopt_decoders);
