/*
 * dec_net.c - decoders for sockets and their addresses: socket/socketpair,
 * bind/connect/listen/shutdown, accept and socket names (with in/out
 * lengths), and the shared sockaddr decoder mk_sockaddr() (the less common
 * families in dec_net_addr.c).  Messages are in dec_netmsg.c, socket
 * options in dec_sockopt.c.
 */
#include "dec_net.h"

#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <net/if.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#define SOCKADDR_MAX 128    /* sizeof(struct sockaddr_storage) */

/* ---- sockaddr ---- */

struct value *mk_ifindex(struct dctx *c, uint32_t idx)
{
	char name[IF_NAMESIZE];
	if (idx && if_indextoname(idx, name))
		return v_whole(mk_call1(c, "if_nametoindex", mk_bytes(c, name, strlen(name), 0)), idx, NF_UDEC);
	return mk_uint(c, idx);
}

/* sun_path="/path" or sun_path=@"abstract" */
static struct value *mk_sun_path(struct dctx *c, const unsigned char *p, size_t n)
{
	if (p[0] != 0)
		return mk_bytes(c, p, strnlen((const char *)p, n), 0);
	return mk_bytes(c, p + 1, n - 1, VS_AT);
}

void sockaddr_in_fields(struct dctx *c, struct value *s, const unsigned char *buf)
{
	struct sockaddr_in sin;
	memcpy(&sin, buf, sizeof(sin));
	char ip[INET_ADDRSTRLEN];
	inet_ntop(AF_INET, &sin.sin_addr, ip, sizeof(ip));
	v_field(s, "sin_port", mk_net_call1(c, "htons", mk_uint(c, ntohs(sin.sin_port)), &sin.sin_port, 2));
	v_field(s, "sin_addr", mk_net_call1(c, "inet_addr", mk_bytes(c, ip, strlen(ip), 0), &sin.sin_addr, 4));
}

/* inet_pton(AF_INET6, "::1", &field) */
struct value *mk_inet6(struct dctx *c, const void *addr, const char *field)
{
	char ip[INET6_ADDRSTRLEN];
	inet_ntop(AF_INET6, addr, ip, sizeof(ip));
	struct value *f = v_call(c->a, "inet_pton");
	v_add(f, v_sym(c->a, "AF_INET6", AF_INET6));
	v_add(f, mk_bytes(c, ip, strlen(ip), 0));
	v_add(f, v_sym(c->a, field, 0))->xs = XS_NOT_IN_ALT;
	/* -X raw: sin6_addr="\x00..." (the field, named without its '&') */
	struct value *raw = mk_bytes(c, addr, 16, VS_HEX);
	raw->name = field[0] == '&' ? field + 1 : field;
	return v_alt(f, raw);
}

void sockaddr_in6_fields(struct dctx *c, struct value *s, const unsigned char *buf, int len)
{
	struct sockaddr_in6 sin6;
	memset(&sin6, 0, sizeof(sin6));
	memcpy(&sin6, buf, len < (int)sizeof(sin6) ? (size_t)len : sizeof(sin6));
	v_field(s, "sin6_port", mk_net_call1(c, "htons", mk_uint(c, ntohs(sin6.sin6_port)), &sin6.sin6_port, 2));
	v_field(s, "sin6_flowinfo", mk_net_call1(c, "htonl", mk_uint(c, ntohl(sin6.sin6_flowinfo)),
						 &sin6.sin6_flowinfo, 4));
	v_add(s, mk_inet6(c, &sin6.sin6_addr, "&sin6_addr"));
	if (len < (int)sizeof(sin6))
		return;
	const struct in6_addr *a = &sin6.sin6_addr;
	if (IN6_IS_ADDR_LINKLOCAL(a) || IN6_IS_ADDR_MC_LINKLOCAL(a))
		v_field(s, "sin6_scope_id", mk_ifindex(c, sin6.sin6_scope_id));
	else
		v_field(s, "sin6_scope_id", mk_uint(c, sin6.sin6_scope_id));
}

static struct value *mk_eth_proto(struct dctx *c, uint16_t net_order)
{
	return mk_call1(c, "htons", mk_enum(c, ntohs(net_order), &xlat_net_eth_protos));
}

/* sll_addr bytes print as %#02x: 0x1, 0xc, and 00 for zero */
static void sockaddr_ll(struct dctx *c, struct value *s, const unsigned char *buf, int len)
{
	struct sockaddr_ll ll;
	memcpy(&ll, buf, sizeof(ll));
	v_field(s, "sll_protocol", v_alt(mk_eth_proto(c, ll.sll_protocol), mk_bytes(c, &ll.sll_protocol, 2, VS_HEX)));
	v_field(s, "sll_ifindex", mk_ifindex(c, (uint32_t)ll.sll_ifindex));
	v_field(s, "sll_hatype", mk_enum(c, ll.sll_hatype, &xlat_net_arphrd));
	v_field(s, "sll_pkttype", mk_enum(c, ll.sll_pkttype, &xlat_net_packet_types));
	v_field(s, "sll_halen", mk_uint(c, ll.sll_halen));
	if (!ll.sll_halen)
		return;
	/* the address may run past the struct, up to the given length */
	int avail = len - (int)offsetof(struct sockaddr_ll, sll_addr);
	const unsigned char *ha = buf + offsetof(struct sockaddr_ll, sll_addr);
	struct value *a = v_list(c->a, V_ARRAY);
	for (int i = 0; i < ll.sll_halen; i++) {
		if (i >= avail) {
			v_add(a, v_ellipsis(c->a));
			break;
		}
		v_add(a, v_sym(c->a, arena_printf(c->a, "%#02x", ha[i]), ha[i]));
	}
	v_field(s, "sll_addr", a);
}

/* ---- AF_IPX, AF_X25, AF_AX25 ---- */

static void sockaddr_ipx(struct dctx *c, struct value *s, const unsigned char *b)
{
	uint16_t port;
	uint32_t net;
	memcpy(&port, b + 2, 2);
	memcpy(&net, b + 4, 4);
	v_field(s, "sipx_port", mk_call1(c, "htons", mk_uint(c, ntohs(port))));
	v_field(s, "sipx_network", mk_call1(c, "htonl", mk_hex(c, ntohl(net))));
	struct value *node = v_field(s, "sipx_node", v_list(c->a, V_ARRAY));
	for (int i = 0; i < 6; i++)
		v_add(node, mk_hex(c, b[8 + i]));
	v_field(s, "sipx_type", mk_hex(c, b[14]));
	if (b[15])
		v_field(s, "sipx_zero", mk_hex(c, b[15]));
}

/* x25_addr: a NUL-terminated string in 16 bytes; 15 of them and "..." without a NUL */
static void sockaddr_x25(struct dctx *c, struct value *s, const unsigned char *b)
{
	const unsigned char *a = b + 2;
	const unsigned char *z = memchr(a, 0, 16);
	size_t n = z ? (size_t)(z - a) : 15;
	unsigned fl = z ? 0 : VS_TRUNC;
	if (n > c->opt->strsize) {
		n = c->opt->strsize;
		fl = VS_TRUNC;
	}
	struct value *x = v_field(s, "sx25_addr", v_list(c->a, V_STRUCT));
	v_field(x, "x25_addr", mk_bytes(c, a, n, fl));
}

/*
 * An ax25_address (7 bytes: six characters shifted left by one, then the
 * SSID byte): "CALL-SSID" when well formed, "*" for the null address,
 * else its bytes in hex with what they would read as in a comment when
 * that is printable.
 */
static struct value *mk_ax25_call(struct dctx *c, const unsigned char *b)
{
	char text[7];
	int n = 6;
	bool low = false, printable = true, blank = true;
	for (int i = 0; i < 6; i++) {
		text[i] = (char)(b[i] >> 1);
		low |= b[i] & 1;
		blank &= b[i] == 0x40;
	}
	while (n > 0 && text[n - 1] == ' ')
		n--;
	unsigned ssid = (b[6] >> 1) & 0xf;
	if (blank && ssid == 0)
		return v_sym(c->a, "*", 0);
	bool valid = !low && n > 0 && !(b[6] & ~0x1eu);
	for (int i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)text[i];
		printable &= ch >= 0x20 && ch < 0x7f;
		valid &= (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
	}
	const char *t = arena_printf(c->a, "%.*s-%u", n, text, ssid);
	if (valid)
		return v_sym(c->a, t, 0);
	struct value *v = v_list(c->a, V_STRUCT);
	v_field(v, "ax25_call", mk_bytes(c, b, 7, VS_HEX));
	if (printable && !strstr(t, "*/"))
		v_comment(v, t);
	return v;
}

#define AX25_MAX_DIGIS_K 8

/* sockaddr_ax25 (16 bytes), or full_sockaddr_ax25 with its digipeaters */
static void sockaddr_ax25(struct dctx *c, struct value *s, const unsigned char *b, int len)
{
	int32_t ndigis;
	memcpy(&ndigis, b + 12, 4);
	if (len == 16 && ndigis == 0) {
		v_field(s, "sax25_call", mk_ax25_call(c, b + 2));
		v_field(s, "sax25_ndigis", mk_int(c, ndigis));
		return;
	}
	struct value *f = v_field(s, "fsa_ax25", v_list(c->a, V_STRUCT));
	v_field(f, "sax25_call", mk_ax25_call(c, b + 2));
	v_field(f, "sax25_ndigis", mk_int(c, ndigis));
	int want = ndigis < 0 ? 0 : ndigis > AX25_MAX_DIGIS_K ? AX25_MAX_DIGIS_K : ndigis;
	int fit = (len - 16) / 7 < AX25_MAX_DIGIS_K ? (len - 16) / 7 : AX25_MAX_DIGIS_K;
	int shown = want < fit ? want : fit;
	struct value *d = v_field(s, "fsa_digipeater", v_list(c->a, V_ARRAY));
	for (int i = 0; i < shown; i++)
		v_add(d, mk_ax25_call(c, b + 16 + 7 * i));
	if (shown < want)
		v_add(d, v_ellipsis(c->a));
	if (len > 16 + 7 * AX25_MAX_DIGIS_K || (len - 16) % 7)
		v_add(s, v_ellipsis(c->a));
}

/*
 * A struct sockaddr of len bytes (the kernel's int addrlen): decoded by
 * family when len covers the family's struct, else as sa_data bytes.
 */
struct value *mk_sockaddr(struct dctx *c, uint64_t addr, uint64_t len64)
{
	int len = (int)len64, full_len = len;
	if (!addr)
		return mk_ptr(c, 0);
	if (len < 2)
		return mk_ptr(c, addr);
	if (len > SOCKADDR_MAX)
		len = SOCKADDR_MAX;
	unsigned char buf[SOCKADDR_MAX];
	if (mem_read(c->mem, addr, buf, len) != 0)
		return mk_ptr(c, addr);
	uint16_t fam;
	memcpy(&fam, buf, 2);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "sa_family", mk_enum(c, fam, &xlat_net_families));
	switch (fam) {
	case AF_UNIX: {
		size_t n = len - 2;
		if (n > sizeof(((struct sockaddr_un *)0)->sun_path))
			n = sizeof(((struct sockaddr_un *)0)->sun_path);
		if (n)
			v_field(s, "sun_path", mk_sun_path(c, buf + 2, n));
		return s;
	}
	case AF_INET:
		if (len < (int)sizeof(struct sockaddr_in))
			break;
		sockaddr_in_fields(c, s, buf);
		return s;
	case AF_INET6:
		if (len < 24)   /* without sin6_scope_id (RFC 2133 size) */
			break;
		sockaddr_in6_fields(c, s, buf, len);
		return s;
	case AF_NETLINK: {
		if (len < (int)sizeof(struct sockaddr_nl))
			break;
		struct sockaddr_nl nl;
		memcpy(&nl, buf, sizeof(nl));
		if (nl.nl_pad)
			v_field(s, "nl_pad", mk_hex(c, nl.nl_pad));
		v_field(s, "nl_pid", mk_pid(c, (int)nl.nl_pid));   /* a port id, usually a pid */
		v_field(s, "nl_groups", v_sym(c->a, arena_printf(c->a, "%#08x", nl.nl_groups), nl.nl_groups));
		return s;
	}
	case AF_PACKET:
		if (len < (int)sizeof(struct sockaddr_ll))
			break;
		sockaddr_ll(c, s, buf, len);
		return s;
	case AF_IPX:
		if (len < 16)
			break;
		sockaddr_ipx(c, s, buf);
		return s;
	case AF_X25:
		if (len < 18)
			break;
		sockaddr_x25(c, s, buf);
		return s;
	case AF_AX25:
		if (len < 16)
			break;
		sockaddr_ax25(c, s, buf, full_len);
		return s;
	default:
		if (sockaddr_more(c, s, buf, full_len < len ? full_len : len, fam))
			return s;
	}
	if (len > 2)
		v_field(s, "sa_data", mk_bytes(c, buf + 2, len - 2, 0));
	return s;
}

/* ---- socket, socketpair ---- */

static struct value *mk_sock_type(struct dctx *c, uint32_t t)
{
	struct value *v = v_list(c->a, V_OR);
	if (xlat_name(&xlat_net_sock_types, t & 0xf)) {
		v_add(v, mk_enum(c, t & 0xf, &xlat_net_sock_types));
		t &= ~0xfu;
		if (!t)
			return v;
	}
	v_add(v, mk_flags(c, t, &xlat_net_sock_flags));
	return v;
}

/* the value in hex with its name as a comment: 0x1 (AX25_P_ROSE) */
static struct value *mk_hex_named(struct dctx *c, uint32_t v, const struct xlat *x)
{
	const char *name = xlat_name(x, v);
	return v_comment(mk_hex(c, v), name ? name : x->unknown);
}

static struct value *mk_sock_proto(struct dctx *c, uint64_t fam, uint64_t proto)
{
	const struct xlat *x = NULL;
	switch (fam) {
	case AF_INET: case AF_INET6: x = &xlat_net_ipprotos; break;
	case AF_NETLINK: x = &xlat_net_netlink_protos; break;
	case AF_PACKET: return mk_eth_proto(c, (uint16_t)proto);
	case AF_AX25: return mk_hex_named(c, (uint32_t)proto, &xlat_net_ax25_protos);
	case AF_IRDA: x = &xlat_net_irda_protos; break;
	case AF_CAN: x = &xlat_net_can_protos; break;
	case AF_BLUETOOTH: x = &xlat_net_bt_protos; break;
	case AF_RXRPC: x = &xlat_net_families; break;
	case AF_ISDN: x = &xlat_net_isdn_protos; break;
	case AF_PHONET: x = &xlat_net_phonet_protos; break;
	case AF_CAIF: x = &xlat_net_caif_protos; break;
	case AF_NFC: x = &xlat_net_nfc_protos; break;
	case AF_KCM: x = &xlat_net_kcm_protos; break;
	case AF_SMC: x = &xlat_net_smc_protos; break;
	default: return mk_uint(c, proto);
	}
	return mk_enum(c, (uint32_t)proto, x);
}

/* socketpair's protocol is a plain number, socket's is named per family */
static void add_socket_args(struct dctx *c)
{
	add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_net_families));
	add_arg(c, mk_sock_type(c, (uint32_t)c->arg[1]));
	if (c->nr == SC_socketpair)
		add_arg(c, mk_uint(c, c->arg[2]));
	else
		add_arg(c, mk_sock_proto(c, c->arg[0], c->arg[2]));
}

static void dec_socket(struct dctx *c)
{
	if (!c->exiting)
		add_socket_args(c);
}

static void dec_socketpair(struct dctx *c)
{
	if (!c->exiting) {
		add_socket_args(c);
		c->pending = true;
		return;
	}
	int fds[2];
	struct value *fb;
	if (failed(c) || !fetch(c, c->arg[3], fds, sizeof(fds), &fb)) {
		add_arg(c, mk_ptr(c, c->arg[3]));
		return;
	}
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_fd(c, fds[0]));
	v_add(a, mk_fd(c, fds[1]));
	add_arg(c, a);
}

/* bind, connect: fd, address, length */
static void dec_bind(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_sockaddr(c, c->arg[1], (int)c->arg[2]));
	add_arg(c, mk_int(c, (int)c->arg[2]));
}

/* ---- accept, getsockname, getpeername: address with an in/out length ---- */

/*
 * At entry: remember *lenp in priv[0..1] when both pointers are usable;
 * otherwise the two are printed as plain pointers right away.
 */
bool fetch_socklen(struct dctx *c, uint64_t addr, uint64_t lenp)
{
	int ulen;
	if (!addr || !lenp || mem_read(c->mem, lenp, &ulen, sizeof(ulen)) != 0)
		return false;
	c->priv[0] = 1;
	c->priv[1] = (uint32_t)ulen;
	return true;
}

void add_name_ptrs(struct dctx *c, uint64_t addr, uint64_t lenp)
{
	add_arg(c, mk_ptr(c, addr));
	add_arg(c, mk_ptr(c, lenp));
}

/* At exit: the address the kernel filled in and [in => out] */
void add_name_result(struct dctx *c, uint64_t addr, uint64_t lenp)
{
	int ulen = (int)c->priv[1], rlen;
	if (failed(c) || mem_read(c->mem, lenp, &rlen, sizeof(rlen)) != 0) {
		add_arg(c, mk_ptr(c, addr));
		add_arg(c, mk_len_inout(c, ulen, ulen));
		return;
	}
	add_arg(c, mk_sockaddr(c, addr, ulen < rlen ? ulen : rlen));
	add_arg(c, mk_len_inout(c, ulen, rlen));
}

static void dec_sockname(struct dctx *c)
{
	bool acc4 = c->nr == SC_accept4;
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		if (fetch_socklen(c, c->arg[1], c->arg[2])) {
			c->pending = true;
			return;
		}
		add_name_ptrs(c, c->arg[1], c->arg[2]);
		if (acc4)
			add_arg(c, mk_flags(c, (uint32_t)c->arg[3], &xlat_net_sock_flags));
		return;
	}
	if (!c->priv[0])
		return;
	add_name_result(c, c->arg[1], c->arg[2]);
	if (acc4)
		add_arg(c, mk_flags(c, (uint32_t)c->arg[3], &xlat_net_sock_flags));
}

static const struct decoder net_decoders[] = {
	DECODE_R(socket, dec_socket, RET_FD),
	DECODE(socketpair, dec_socketpair, CAP_OUT(3, sizeof(int[2]))),
	/* addrlen bytes, but -s does not cut what mk_sockaddr() reads: up to SOCKADDR_MAX */
	DECODE(bind, dec_bind, CAP_IBUF(1, 2), CAP_IN(1, SOCKADDR_MAX)),
	DECODE(connect, dec_bind, CAP_IBUF(1, 2), CAP_IN(1, SOCKADDR_MAX)),
	SIGNATURE(listen, ARG(fd), ARG(int)),
	/* *lenp at entry and exit; the address as long as *lenp says at exit */
	DECODE_R(accept, dec_sockname, RET_FD, CAP_INOUT(2, sizeof(int)), CAP_BUFP(1, CAPP_EXIT, 2)),
	DECODE_R(accept4, dec_sockname, RET_FD, CAP_INOUT(2, sizeof(int)), CAP_BUFP(1, CAPP_EXIT, 2)),
	DECODE(getsockname, dec_sockname, CAP_INOUT(2, sizeof(int)), CAP_BUFP(1, CAPP_EXIT, 2)),
	DECODE(getpeername, dec_sockname, CAP_INOUT(2, sizeof(int)), CAP_BUFP(1, CAPP_EXIT, 2)),
	SIGNATURE(shutdown, ARG(fd), ARGX(enum, net_shutdown_modes)),
};

DECODER_TABLE(net, net_decoders);
