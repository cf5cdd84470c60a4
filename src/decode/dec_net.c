/*
 * dec_net.c - decoders for sockets: socket/socketpair, bind/connect/listen,
 * accept and socket names, send/recv and their msghdr forms (with control
 * messages), setsockopt/getsockopt, and the shared sockaddr decoder
 * mk_sockaddr().
 */
#include "decode.h"
#include "render.h"

#include <arpa/inet.h>
#include <linux/if_packet.h>
#include <linux/netlink.h>
#include <net/if.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>

#define SOCKADDR_MAX 128    /* sizeof(struct sockaddr_storage) */
#define CMSG_BUF_MAX 4096   /* how much of a control buffer is decoded */

static char *arena_copy(struct dctx *c, const void *p, size_t n)
{
	char *s = arena_alloc(c->a, n + 1);
	memcpy(s, p, n);
	s[n] = 0;
	return s;
}

static struct value *mk_bytes(struct dctx *c, const void *p, size_t n, unsigned fl)
{
	return v_str(c->a, arena_copy(c, p, n), n, fl);
}

/* fn(arg): htons(80), inet_addr("127.0.0.1") */
static struct value *mk_call1(struct dctx *c, const char *fn, struct value *arg)
{
	struct value *f = v_call(c->a, fn);
	v_add(f, arg);
	return f;
}

/* [value] */
static struct value *mk_boxed(struct dctx *c, struct value *v)
{
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, v);
	return a;
}

/* [16] or [128 => 16]: an in/out length */
static struct value *mk_len_inout(struct dctx *c, int64_t in, int64_t out)
{
	if (in == out)
		return mk_boxed(c, mk_int(c, in));
	return mk_boxed(c, v_changed(c->a, mk_int(c, in), mk_int(c, out)));
}

/* ---- sockaddr ---- */

static struct value *mk_ifindex(struct dctx *c, uint32_t idx)
{
	char name[IF_NAMESIZE];
	if (idx && if_indextoname(idx, name))
		return mk_call1(c, "if_nametoindex", mk_bytes(c, name, strlen(name), 0));
	return mk_uint(c, idx);
}

/* sun_path="/path" or sun_path=@"abstract" */
static struct value *mk_sun_path(struct dctx *c, const unsigned char *p, size_t n)
{
	if (p[0] != 0)
		return mk_bytes(c, p, strnlen((const char *)p, n), 0);
	return mk_bytes(c, p + 1, n - 1, VS_AT);
}

static void sockaddr_in(struct dctx *c, struct value *s, const unsigned char *buf)
{
	struct sockaddr_in sin;
	memcpy(&sin, buf, sizeof(sin));
	char ip[INET_ADDRSTRLEN];
	inet_ntop(AF_INET, &sin.sin_addr, ip, sizeof(ip));
	v_field(s, "sin_port", mk_call1(c, "htons", mk_uint(c, ntohs(sin.sin_port))));
	v_field(s, "sin_addr", mk_call1(c, "inet_addr", mk_bytes(c, ip, strlen(ip), 0)));
}

/* inet_pton(AF_INET6, "::1", &field) */
static struct value *mk_inet6(struct dctx *c, const void *addr, const char *field)
{
	char ip[INET6_ADDRSTRLEN];
	inet_ntop(AF_INET6, addr, ip, sizeof(ip));
	struct value *f = v_call(c->a, "inet_pton");
	v_add(f, v_sym(c->a, "AF_INET6", AF_INET6));
	v_add(f, mk_bytes(c, ip, strlen(ip), 0));
	v_add(f, v_sym(c->a, field, 0));
	return f;
}

static void sockaddr_in6(struct dctx *c, struct value *s, const unsigned char *buf, int len)
{
	struct sockaddr_in6 sin6;
	memset(&sin6, 0, sizeof(sin6));
	memcpy(&sin6, buf, len < (int)sizeof(sin6) ? (size_t)len : sizeof(sin6));
	v_field(s, "sin6_port", mk_call1(c, "htons", mk_uint(c, ntohs(sin6.sin6_port))));
	v_field(s, "sin6_flowinfo", mk_call1(c, "htonl", mk_uint(c, ntohl(sin6.sin6_flowinfo))));
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
	v_field(s, "sll_protocol", mk_eth_proto(c, ll.sll_protocol));
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

/*
 * A struct sockaddr of len bytes (the kernel's int addrlen): decoded by
 * family when len covers the family's struct, else as sa_data bytes.
 */
struct value *mk_sockaddr(struct dctx *c, uint64_t addr, uint64_t len64)
{
	int len = (int)len64;
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
		sockaddr_in(c, s, buf);
		return s;
	case AF_INET6:
		if (len < 24)   /* without sin6_scope_id (RFC 2133 size) */
			break;
		sockaddr_in6(c, s, buf, len);
		return s;
	case AF_NETLINK: {
		if (len < (int)sizeof(struct sockaddr_nl))
			break;
		struct sockaddr_nl nl;
		memcpy(&nl, buf, sizeof(nl));
		v_field(s, "nl_pid", mk_uint(c, nl.nl_pid));
		v_field(s, "nl_groups", v_sym(c->a, arena_printf(c->a, "%#08x", nl.nl_groups), nl.nl_groups));
		return s;
	}
	case AF_PACKET:
		if (len < (int)sizeof(struct sockaddr_ll))
			break;
		sockaddr_ll(c, s, buf, len);
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
static bool fetch_socklen(struct dctx *c, uint64_t addr, uint64_t lenp)
{
	int ulen;
	if (!addr || !lenp || mem_read(c->mem, lenp, &ulen, sizeof(ulen)) != 0)
		return false;
	c->priv[0] = 1;
	c->priv[1] = (uint32_t)ulen;
	return true;
}

static void add_name_ptrs(struct dctx *c, uint64_t addr, uint64_t lenp)
{
	add_arg(c, mk_ptr(c, addr));
	add_arg(c, mk_ptr(c, lenp));
}

/* At exit: the address the kernel filled in and [in => out] */
static void add_name_result(struct dctx *c, uint64_t addr, uint64_t lenp)
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

/* ---- sendto, recvfrom ---- */

static struct value *mk_msg_flags(struct dctx *c, uint32_t f)
{
	return mk_flags(c, f, &xlat_net_msg_flags);
}

static void dec_sendto(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_buf(c, c->arg[1], c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_msg_flags(c, (uint32_t)c->arg[3]));
	add_arg(c, mk_sockaddr(c, c->arg[4], (int)c->arg[5]));
	add_arg(c, mk_int(c, (int)c->arg[5]));
}

static void dec_recvfrom(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		fetch_socklen(c, c->arg[4], c->arg[5]);
		c->pending = true;
		return;
	}
	if (failed(c)) {
		add_arg(c, mk_ptr(c, c->arg[1]));
	} else {
		uint64_t n = (uint64_t)c->rval < c->arg[2] ? (uint64_t)c->rval : c->arg[2];
		add_arg(c, mk_buf(c, c->arg[1], n));
	}
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_msg_flags(c, (uint32_t)c->arg[3]));
	if (c->priv[0])
		add_name_result(c, c->arg[4], c->arg[5]);
	else
		add_name_ptrs(c, c->arg[4], c->arg[5]);
}

/* ---- msghdr and control messages ---- */

static const struct xlat *cmsg_type_table(int level)
{
	switch (level) {
	case SOL_SOCKET: return &xlat_net_scm_types;
	case SOL_IP: return &xlat_net_cmsg_ip_types;
	}
	return NULL;
}

static struct value *mk_ucred(struct dctx *c, const void *p)
{
	struct ucred cr;
	memcpy(&cr, p, sizeof(cr));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "pid", mk_int(c, cr.pid));
	v_field(s, "uid", cr.uid == (uid_t)-1 ? mk_int(c, -1) : mk_uint(c, cr.uid));
	v_field(s, "gid", cr.gid == (gid_t)-1 ? mk_int(c, -1) : mk_uint(c, cr.gid));
	return s;
}

/* bytes as a string, cut at -s */
static struct value *mk_strn(struct dctx *c, const void *p, size_t n)
{
	if (n > c->opt->strsize)
		return mk_bytes(c, p, c->opt->strsize, VS_TRUNC);
	return mk_bytes(c, p, n, 0);
}

/* [elem, ...] of n bytes: 1-byte hex or 4-byte int elements, cut at -s */
static struct value *mk_cmsg_array(struct dctx *c, const unsigned char *p, size_t n, size_t esz, bool fds)
{
	struct value *a = v_list(c->a, V_ARRAY);
	for (size_t i = 0; i + esz <= n; i += esz) {
		if (i / esz >= array_limit(c)) {
			v_add(a, v_ellipsis(c->a));
			break;
		}
		if (esz == 1) {
			v_add(a, mk_hex(c, p[i]));
		} else {
			int v;
			memcpy(&v, p + i, sizeof(v));
			v_add(a, fds ? mk_fd(c, v) : mk_int(c, v));
		}
	}
	return a;
}

/* {tv_sec=.., tv_usec=..} or {tv_sec=.., tv_nsec=..} from 16 bytes */
static struct value *mk_ts16(struct dctx *c, const unsigned char *p, const char *sub)
{
	int64_t t[2];
	memcpy(t, p, sizeof(t));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tv_sec", mk_int(c, t[0]));
	v_field(s, sub, mk_int(c, t[1]));
	return s;
}

static struct value *mk_in_pktinfo(struct dctx *c, const unsigned char *p)
{
	struct in_pktinfo pi;
	memcpy(&pi, p, sizeof(pi));
	char a[INET_ADDRSTRLEN], b[INET_ADDRSTRLEN];
	inet_ntop(AF_INET, &pi.ipi_spec_dst, a, sizeof(a));
	inet_ntop(AF_INET, &pi.ipi_addr, b, sizeof(b));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "ipi_ifindex", mk_ifindex(c, (uint32_t)pi.ipi_ifindex));
	v_field(s, "ipi_spec_dst", mk_call1(c, "inet_addr", mk_bytes(c, a, strlen(a), 0)));
	v_field(s, "ipi_addr", mk_call1(c, "inet_addr", mk_bytes(c, b, strlen(b), 0)));
	return s;
}

/* cmsg_data of one control message (n data bytes at p, found at addr), or NULL */
static struct value *mk_cmsg_data(struct dctx *c, int level, int type, const unsigned char *p,
				  size_t n, uint64_t addr)
{
	if (level == SOL_SOCKET) {
		switch (type) {
		case SCM_RIGHTS:
			return mk_cmsg_array(c, p, n, sizeof(int), true);
		case SCM_CREDENTIALS:
			return n >= sizeof(struct ucred) ? mk_ucred(c, p) : NULL;
		case 3:   /* SCM_SECURITY */
			return mk_strn(c, p, n);
		case 29: case 63:   /* SO_TIMESTAMP_OLD/NEW */
			return n == 16 ? mk_ts16(c, p, "tv_usec") : v_sym(c->a, "???", 0);
		case 35: case 64:   /* SO_TIMESTAMPNS_OLD/NEW */
			return n == 16 ? mk_ts16(c, p, "tv_nsec") : v_sym(c->a, "???", 0);
		case 37: case 65: { /* SO_TIMESTAMPING_OLD/NEW */
			if (n != 48)
				return v_sym(c->a, "???", 0);
			struct value *a = v_list(c->a, V_ARRAY);
			for (int i = 0; i < 3; i++)
				v_add(a, mk_ts16(c, p + 16 * i, "tv_nsec"));
			return a;
		}
		}
		return NULL;
	}
	if (level == SOL_IP) {
		switch (type) {
		case IP_TOS: case IP_RECVOPTS: case IP_RETOPTS:
			return mk_cmsg_array(c, p, n, 1, false);
		case IP_TTL: case IP_CHECKSUM:
			return mk_cmsg_array(c, p, n, sizeof(int), false);
		case 3:   /* SCM_SECURITY */
			return mk_strn(c, p, n);
		case IP_PKTINFO:
			return n >= sizeof(struct in_pktinfo) ? mk_in_pktinfo(c, p) : NULL;
		case IP_ORIGDSTADDR:
			return n >= sizeof(struct sockaddr_in) ? mk_sockaddr(c, addr, n) : NULL;
		}
	}
	return NULL;
}

static struct value *mk_cmsgs(struct dctx *c, uint64_t addr, uint64_t len)
{
	size_t n = len < CMSG_BUF_MAX ? len : CMSG_BUF_MAX;
	unsigned char *buf = arena_alloc(c->a, n ? n : 1);
	if (!addr || mem_read(c->mem, addr, buf, n) != 0)
		return mk_ptr(c, addr);
	struct value *arr = v_list(c->a, V_ARRAY);
	size_t off = 0;
	unsigned count = 0;
	while (off + sizeof(struct cmsghdr) <= n) {
		if (count++ >= array_limit(c)) {
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		struct cmsghdr h;
		memcpy(&h, buf + off, sizeof(h));
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "cmsg_len", mk_uint(c, h.cmsg_len));
		v_field(s, "cmsg_level", mk_enum(c, (uint32_t)h.cmsg_level, &xlat_net_cmsg_levels));
		const struct xlat *tt = cmsg_type_table(h.cmsg_level);
		v_field(s, "cmsg_type", tt ? mk_enum(c, (uint32_t)h.cmsg_type, tt) : mk_hex(c, (uint32_t)h.cmsg_type));
		v_add(arr, s);
		if (h.cmsg_len < sizeof(h)) {
			v_add(arr, mk_ellipsis_at(c, addr + off));
			break;
		}
		size_t clen = h.cmsg_len < n - off ? h.cmsg_len : n - off;
		struct value *d = mk_cmsg_data(c, h.cmsg_level, h.cmsg_type, buf + off + sizeof(h),
					       clen - sizeof(h), addr + off + sizeof(h));
		if (d)
			v_field(s, "cmsg_data", d);
		/* a length reaching past the buffer (or wrapping around) ends the list */
		if (h.cmsg_len >= n - off || CMSG_ALIGN(h.cmsg_len) >= n - off)
			break;
		off += CMSG_ALIGN(h.cmsg_len);
	}
	return arr;
}

/*
 * struct msghdr.  For recvmsg (namelen_in >= 0) msg_namelen prints as
 * "in => out" and data is limited to `limit` bytes (the return value).
 */
static struct value *mk_msghdr_from(struct dctx *c, const struct msghdr *m, int64_t namelen_in, uint64_t limit)
{
	struct value *s = v_list(c->a, V_STRUCT);
	int64_t nl = (int)m->msg_namelen;
	if (namelen_in >= 0 && namelen_in < nl)
		nl = namelen_in;
	v_field(s, "msg_name", mk_sockaddr(c, (uint64_t)m->msg_name, nl));
	if (namelen_in >= 0 && namelen_in != (int)m->msg_namelen)
		v_field(s, "msg_namelen", v_changed(c->a, mk_int(c, namelen_in), mk_int(c, (int)m->msg_namelen)));
	else
		v_field(s, "msg_namelen", mk_int(c, (int)m->msg_namelen));
	v_field(s, "msg_iov", mk_iovec(c, (uint64_t)m->msg_iov, m->msg_iovlen, limit, true));
	v_field(s, "msg_iovlen", mk_uint(c, m->msg_iovlen));
	if (m->msg_controllen)
		v_field(s, "msg_control", mk_cmsgs(c, (uint64_t)m->msg_control, m->msg_controllen));
	v_field(s, "msg_controllen", mk_uint(c, m->msg_controllen));
	v_field(s, "msg_flags", mk_msg_flags(c, (uint32_t)m->msg_flags));
	return s;
}

static struct value *mk_msghdr(struct dctx *c, uint64_t addr, int64_t namelen_in, uint64_t limit)
{
	struct msghdr m;
	struct value *fb;
	if (!fetch(c, addr, &m, sizeof(m), &fb))
		return fb;
	return mk_msghdr_from(c, &m, namelen_in, limit);
}

static void dec_sendmsg(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_msghdr(c, c->arg[1], -1, UINT64_MAX));
	add_arg(c, mk_msg_flags(c, (uint32_t)c->arg[2]));
}

static void dec_recvmsg(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		struct msghdr m;
		if (c->arg[1] && mem_read(c->mem, c->arg[1], &m, sizeof(m)) == 0) {
			c->priv[0] = 1;
			c->priv[1] = (uint32_t)m.msg_namelen;
		}
		c->pending = true;
		return;
	}
	if (!c->priv[0]) {
		add_arg(c, mk_ptr(c, c->arg[1]));
	} else if (failed(c)) {
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "msg_namelen", mk_int(c, (int)c->priv[1]));
		add_arg(c, s);
	} else {
		add_arg(c, mk_msghdr(c, c->arg[1], (int)c->priv[1], (uint64_t)c->rval));
	}
	add_arg(c, mk_msg_flags(c, (uint32_t)c->arg[2]));
}

/* struct mmsghdr[n]; msg_len is shown for the first `sent` entries */
static struct value *mk_mmsghdrs(struct dctx *c, uint64_t addr, uint64_t n, bool recv, uint64_t sent)
{
	if (!addr)
		return mk_ptr(c, 0);
	struct value *arr = v_list(c->a, V_ARRAY);
	for (uint64_t i = 0; i < n; i++) {
		if (i >= array_limit(c)) {
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		struct mmsghdr mm;
		struct value *fb;
		if (!fetch(c, addr + i * sizeof(mm), &mm, sizeof(mm), &fb)) {
			if (i == 0)
				return fb;
			v_add(arr, mk_ellipsis_at(c, addr + i * sizeof(mm)));
			break;
		}
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "msg_hdr", mk_msghdr_from(c, &mm.msg_hdr, recv ? (int)mm.msg_hdr.msg_namelen : -1,
						     recv ? mm.msg_len : UINT64_MAX));
		if (i < sent)
			v_field(s, "msg_len", mk_uint(c, mm.msg_len));
		v_add(arr, s);
	}
	return arr;
}

static void dec_sendmmsg(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	uint32_t vlen = (uint32_t)c->arg[2];
	add_arg(c, mk_mmsghdrs(c, c->arg[1], vlen, false, failed(c) ? 0 : (uint64_t)c->rval));
	add_arg(c, mk_uint(c, vlen));
	add_arg(c, mk_msg_flags(c, (uint32_t)c->arg[3]));
}

static void dec_recvmmsg(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		/* the timeout as it was at entry; the kernel updates it */
		c->priv[0] = (uintptr_t)mk_timespec(c, c->arg[4]);
		c->pending = true;
		return;
	}
	if (failed(c) || !c->arg[1])
		add_arg(c, mk_ptr(c, c->arg[1]));
	else
		add_arg(c, mk_mmsghdrs(c, c->arg[1], (uint64_t)c->rval, true, (uint64_t)c->rval));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[2]));
	add_arg(c, mk_msg_flags(c, (uint32_t)c->arg[3]));
	add_arg(c, (struct value *)(uintptr_t)c->priv[0]);
	if (!failed(c) && c->arg[4]) {
		struct value *left = mk_timespec(c, c->arg[4]);
		left->name = "left";
		c->ret_aux = left;
	}
}

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

static struct value *mk_linger(struct dctx *c, const unsigned char *p, size_t n)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "l_onoff", mk_int_field(c, p, n));
	if (n >= 8)
		v_field(s, "l_linger", mk_int(c, read_int_at(p + 4)));
	return s;
}

static struct value *mk_peercred(struct dctx *c, const unsigned char *p, size_t n)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "pid", mk_int_field(c, p, n));
	if (n >= 8) {
		uint32_t uid = (uint32_t)read_int_at(p + 4);
		v_field(s, "uid", uid == (uint32_t)-1 ? mk_int(c, -1) : mk_uint(c, uid));
	}
	if (n >= 12) {
		uint32_t gid = (uint32_t)read_int_at(p + 8);
		v_field(s, "gid", gid == (uint32_t)-1 ? mk_int(c, -1) : mk_uint(c, gid));
	}
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
	v_field(s, "imr_multiaddr", mk_call1(c, "inet_addr", mk_bytes(c, a, strlen(a), 0)));
	v_field(s, "imr_interface", mk_call1(c, "inet_addr", mk_bytes(c, b, strlen(b), 0)));
	return s;
}

static struct value *mk_ipv6_mreq(struct dctx *c, const unsigned char *p)
{
	struct ipv6_mreq m;
	memcpy(&m, p, sizeof(m));
	struct value *s = v_list(c->a, V_STRUCT);
	v_add(s, mk_inet6(c, &m.ipv6mr_multiaddr, "&ipv6mr_multiaddr"));
	v_field(s, "ipv6mr_interface", mk_uint(c, m.ipv6mr_interface));
	return s;
}

static struct value *mk_group_req(struct dctx *c, uint64_t addr, const unsigned char *p)
{
	struct group_req g;
	memcpy(&g, p, sizeof(g));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "gr_interface", mk_uint(c, g.gr_interface));
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
	v_field(s, "filter", mk_ptr(c, f.filter));
	return s;
}

/*
 * ICMP_FILTER: a 32-bit mask of ICMP types, [ICMP_ECHO ...], or ~[...]
 * when more than half the bits are set.  A short value fills the low
 * bytes of an all-ones mask, as strace does.
 */
static struct value *mk_icmp_filter(struct dctx *c, uint64_t addr, int len)
{
	uint32_t mask = 0xffffffff;
	if (len <= 0 || mem_read(c->mem, addr, &mask, len < 4 ? (size_t)len : 4) != 0)
		return mk_ptr(c, addr);
	struct sbuf b = { 0 };
	if (__builtin_popcount(mask) > 16) {
		sbuf_putc(&b, '~');
		mask = ~mask;
	}
	sbuf_putc(&b, '[');
	for (unsigned i = 0, n = 0; i < 32; i++) {
		if (!(mask & (1u << i)))
			continue;
		if (n++)
			sbuf_putc(&b, ' ');
		const char *name = xlat_name(&xlat_net_icmp_types, i);
		if (name)
			sbuf_puts(&b, name);
		else
			sbuf_printf(&b, "%#x /* ICMP_??? */", i);
	}
	sbuf_putc(&b, ']');
	struct value *v = v_sym(c->a, arena_copy(c, b.p, b.len), mask);
	sbuf_free(&b);
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
		if (name == PACKET_ADD_MEMBERSHIP || name == PACKET_DROP_MEMBERSHIP ||
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
		unsigned char buf[12];
		size_t take = n < sizeof(buf) ? n : sizeof(buf);
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
			return mk_boxed(c, v_sym(c->a, errno_name(v), v));
		return mk_so_int(c, level, name, v);
	}
	if (level == SOL_RAW && name == 1)   /* ICMP_FILTER */
		return mk_icmp_filter(c, addr, rlen);
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

static const struct decoder net_decoders[] = {
	DECODE_R(socket, dec_socket, RET_FD),
	DECODE(socketpair, dec_socketpair),
	DECODE(bind, dec_bind),
	DECODE(connect, dec_bind),
	SIGNATURE(listen, ARG(fd), ARG(int)),
	DECODE_R(accept, dec_sockname, RET_FD),
	DECODE_R(accept4, dec_sockname, RET_FD),
	DECODE(getsockname, dec_sockname),
	DECODE(getpeername, dec_sockname),
	SIGNATURE(shutdown, ARG(fd), ARGX(enum, net_shutdown_modes)),
	DECODE(sendto, dec_sendto),
	DECODE(recvfrom, dec_recvfrom),
	DECODE(sendmsg, dec_sendmsg),
	DECODE(recvmsg, dec_recvmsg),
	DECODE(sendmmsg, dec_sendmmsg),
	DECODE(recvmmsg, dec_recvmmsg),
	DECODE(setsockopt, dec_setsockopt),
	DECODE(getsockopt, dec_getsockopt),
};

DECODER_TABLE(net, net_decoders);
