/*
 * dec_netmsg.c - decoders for socket messages: sendto/recvfrom,
 * sendmsg/recvmsg and sendmmsg/recvmmsg with their struct msghdr, iovecs
 * and control messages (descriptors, credentials, timestamps, IP packet
 * info).
 */
#include "dec_net.h"

#include <arpa/inet.h>
#include <linux/errqueue.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>

#define CMSG_BUF_MAX 131072   /* how much of a control buffer is decoded, as strace */

/* ---- sendto, recvfrom ---- */

static struct value *mk_msg_flags(struct dctx *c, uint32_t f)
{
	return mk_flags(c, f, &xlat_net_msg_flags);
}

/* send's (and sendto's first) arguments: fd, buffer, length, flags */
static void dec_send(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_sockbuf(c, (int)c->arg[0], c->arg[1], c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_msg_flags(c, (uint32_t)c->arg[3]));
}

static void dec_sendto(struct dctx *c)
{
	if (c->exiting)
		return;
	dec_send(c);
	add_arg(c, mk_sockaddr(c, c->arg[4], (int)c->arg[5]));
	add_arg(c, mk_int(c, (int)c->arg[5]));
}

/* recv's (and recvfrom's) at exit: what arrived, the length, the flags */
static void add_received(struct dctx *c)
{
	if (failed(c)) {
		add_arg(c, mk_ptr(c, c->arg[1]));
	} else {
		uint64_t n = (uint64_t)c->rval < c->arg[2] ? (uint64_t)c->rval : c->arg[2];
		add_arg(c, mk_sockbuf(c, (int)c->arg[0], c->arg[1], n));
	}
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_msg_flags(c, (uint32_t)c->arg[3]));
}

/* i386's socketcall recv (and send above): recvfrom (sendto) without the address */
static void dec_recv(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	add_received(c);
}

static void dec_recvfrom(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		fetch_socklen(c, c->arg[4], c->arg[5]);
		c->pending = true;
		return;
	}
	add_received(c);
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
	v_field(s, "pid", mk_pid(c, cr.pid));
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

/* [elem, ...] of n bytes: 1-byte hex or 4-byte fds or unsigned ints, cut at -s; NULL without one */
static struct value *mk_cmsg_array(struct dctx *c, const unsigned char *p, size_t n, size_t esz, bool fds)
{
	if (n < esz)
		return NULL;
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
			v_add(a, fds ? mk_fd(c, v) : mk_uint(c, (uint32_t)v));   /* IP_TTL, IP_CHECKSUM: unsigned */
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
	v_field(s, "ipi_spec_dst", mk_net_call1(c, "inet_addr", mk_bytes(c, a, strlen(a), 0), &pi.ipi_spec_dst, 4));
	v_field(s, "ipi_addr", mk_net_call1(c, "inet_addr", mk_bytes(c, b, strlen(b), 0), &pi.ipi_addr, 4));
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
		case IP_RECVERR: {   /* struct sock_extended_err and the offender's address */
			struct sock_extended_err e;
			if (n < sizeof(e))
				return NULL;
			memcpy(&e, p, sizeof(e));
			struct value *s = v_list(c->a, V_STRUCT);
			v_field(s, "ee_errno", mk_uint(c, e.ee_errno));
			v_field(s, "ee_origin", mk_uint(c, e.ee_origin));
			v_field(s, "ee_type", mk_uint(c, e.ee_type));
			v_field(s, "ee_code", mk_uint(c, e.ee_code));
			v_field(s, "ee_info", mk_uint(c, e.ee_info));
			v_field(s, "ee_data", mk_uint(c, e.ee_data));
			if (n > sizeof(e))
				v_field(s, "offender", mk_sockaddr(c, addr + sizeof(e), n - sizeof(e)));
			return s;
		}
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
		if (h.cmsg_len < sizeof(h)) {   /* the rest, past this header, is not decoded */
			if (off + sizeof(h) < n)
				v_add(arr, mk_ellipsis_at(c, addr + off + sizeof(h)));
			break;
		}
		size_t clen = h.cmsg_len < n - off ? h.cmsg_len : n - off;
		/* a message without data (IP_RETOPTS without options) has no cmsg_data */
		struct value *d = clen == sizeof(h) ? NULL
			: mk_cmsg_data(c, h.cmsg_level, h.cmsg_type, buf + off + sizeof(h),
				       clen - sizeof(h), addr + off + sizeof(h));
		if (d)
			v_field(s, "cmsg_data", d);
		/* a length reaching past the buffer (or wrapping around) ends the list,
		   with "..." when the buffer was longer than what was decoded */
		if (h.cmsg_len >= n - off || CMSG_ALIGN(h.cmsg_len) >= n - off) {
			if (len > n)
				v_add(arr, v_ellipsis(c->a));
			break;
		}
		off += CMSG_ALIGN(h.cmsg_len);
		if (off + sizeof(struct cmsghdr) > n) {   /* bytes left, too few for a header */
			v_add(arr, mk_ellipsis_at(c, addr + off));
			break;
		}
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
	if (m->msg_controllen)   /* too short for a header (or an i386 one, not decoded): the pointer */
		v_field(s, "msg_control", m->msg_controllen < sizeof(struct cmsghdr) || c->lp32
			? mk_ptr(c, (uint64_t)m->msg_control)
			: mk_cmsgs(c, (uint64_t)m->msg_control, m->msg_controllen));
	v_field(s, "msg_controllen", mk_uint(c, m->msg_controllen));
	v_field(s, "msg_flags", mk_msg_flags(c, (uint32_t)m->msg_flags));
	return s;
}

/* the tracee's struct msghdr: of 4-byte words in an i386 program */
static bool fetch_msghdr(struct dctx *c, uint64_t addr, struct msghdr *m, struct value **fb)
{
	if (!c->lp32)
		return fetch(c, addr, m, sizeof(*m), fb);
	uint32_t w[7];   /* name, namelen, iov, iovlen, control, controllen, flags */
	if (!fetch(c, addr, w, sizeof(w), fb))
		return false;
	memset(m, 0, sizeof(*m));
	m->msg_name = (void *)(uintptr_t)w[0];
	m->msg_namelen = w[1];
	m->msg_iov = (void *)(uintptr_t)w[2];
	m->msg_iovlen = w[3];
	m->msg_control = (void *)(uintptr_t)w[4];
	m->msg_controllen = w[5];
	m->msg_flags = (int)w[6];
	return true;
}

static struct value *mk_msghdr(struct dctx *c, uint64_t addr, int64_t namelen_in, uint64_t limit)
{
	struct msghdr m;
	struct value *fb;
	if (!fetch_msghdr(c, addr, &m, &fb))
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
		struct value *fb;
		if (c->arg[1] && fetch_msghdr(c, c->arg[1], &m, &fb)) {
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
		int64_t nl_in = -1;
		if (recv)   /* msg_namelen as it went in, when read at entry */
			nl_in = i < c->priv[2] ? ((const int32_t *)(uintptr_t)c->priv[1])[i]
					       : (int)mm.msg_hdr.msg_namelen;
		v_field(s, "msg_hdr", mk_msghdr_from(c, &mm.msg_hdr, nl_in, recv ? mm.msg_len : UINT64_MAX));
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
		/* each msg_namelen going in: the kernel replaces it with the name's length */
		uint64_t n = (uint32_t)c->arg[2];
		if (n > array_limit(c))
			n = array_limit(c);
		if (n > 1024)   /* UIO_MAXIOV: the kernel takes no more (and -v must not allocate 4G of them) */
			n = 1024;
		int32_t *nl = n && c->arg[1] ? arena_alloc(c->a, n * sizeof(*nl)) : NULL;
		uint64_t got = 0;
		for (; nl && got < n; got++) {
			struct mmsghdr mm;
			if (mem_read(c->mem, c->arg[1] + got * sizeof(mm), &mm, sizeof(mm)) != 0)
				break;
			nl[got] = (int32_t)mm.msg_hdr.msg_namelen;
		}
		c->priv[1] = (uintptr_t)nl;
		c->priv[2] = got;
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

static const struct decoder netmsg_decoders[] = {
	/* the address: addrlen bytes, uncut by -s up to a sockaddr_storage (mk_sockaddr) */
	DECODE32(send, dec_send, CAP_IBUF(1, 2)),
	DECODE32(recv, dec_recv, CAP_OBUF(1, CAPL_RET)),
	DECODE(sendto, dec_sendto, CAP_IBUF(1, 2), CAP_IBUF(4, 5),
	       CAP_IN(4, sizeof(struct sockaddr_storage))),
	DECODE(recvfrom, dec_recvfrom, CAP_OBUF(1, CAPL_RET), CAP_INOUT(5, sizeof(int)),
	       CAP_BUFP(4, CAPP_EXIT, 5)),
	DECODE(sendmsg, dec_sendmsg, CAP_MSGHDR(1, CAPP_ENTRY)),
	/* at entry only the header, for msg_namelen's value going in */
	DECODE(recvmsg, dec_recvmsg, CAP_IN(1, sizeof(struct msghdr)), CAP_MSGHDR(1, CAPP_EXIT)),
	/* the mmsghdr array and what each msg_hdr points to */
	DECODE(sendmmsg, dec_sendmmsg, CAP_MMSG(1, CAPP_EXIT, 2)),
	DECODE(recvmmsg, dec_recvmmsg, CAP_ARRAY(1, CAPP_ENTRY, 2, sizeof(struct mmsghdr)),
	       CAP_MMSG(1, CAPP_EXIT, CAPL_RET),
	       CAP_INOUT(4, sizeof(struct timespec))),
};

DECODER_TABLE(netmsg, netmsg_decoders);
