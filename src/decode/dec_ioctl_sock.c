/*
 * dec_ioctl_sock.c - socket ioctls (SIOC*, FIO*OWN): struct ifreq, whose
 * field depends on the request (a request that reads the interface shows
 * what it asked for at entry and what came back at exit, in one struct),
 * SIOCGIFCONF's interface list, and the bridge requests.
 */
#include "dec_ioctl.h"
#include "dec_net.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/sockios.h>
#include <linux/if_bridge.h>
#include <net/if.h>
#include <net/if_arp.h>
#include <sys/socket.h>
#include <stdio.h>
#include <string.h>

IOCTL_FITS(struct ifreq);

/* The ifreq member a request uses */
enum ifr_kind { IFR_ADDR, IFR_HWADDR, IFR_FLAGS, IFR_INT, IFR_MAP, IFR_NAME, IFR_IFINDEX };

struct ifr_req {
	uint32_t code;
	uint8_t kind;
	bool get;           /* the kernel fills the member: shown at exit */
	const char *field;
};

static const struct ifr_req ifr_reqs[] = {
	{ SIOCGIFADDR, IFR_ADDR, true, "ifr_addr" },
	{ SIOCSIFADDR, IFR_ADDR, false, "ifr_addr" },
	{ SIOCGIFDSTADDR, IFR_ADDR, true, "ifr_dstaddr" },
	{ SIOCSIFDSTADDR, IFR_ADDR, false, "ifr_dstaddr" },
	{ SIOCGIFBRDADDR, IFR_ADDR, true, "ifr_broadaddr" },
	{ SIOCSIFBRDADDR, IFR_ADDR, false, "ifr_broadaddr" },
	{ SIOCGIFNETMASK, IFR_ADDR, true, "ifr_netmask" },
	{ SIOCSIFNETMASK, IFR_ADDR, false, "ifr_netmask" },
	{ SIOCGIFHWADDR, IFR_HWADDR, true, "ifr_hwaddr" },
	{ SIOCSIFHWADDR, IFR_HWADDR, false, "ifr_hwaddr" },
	{ SIOCSIFHWBROADCAST, IFR_HWADDR, false, "ifr_hwaddr" },
	{ SIOCADDMULTI, IFR_HWADDR, false, "ifr_hwaddr" },
	{ SIOCDELMULTI, IFR_HWADDR, false, "ifr_hwaddr" },
	{ SIOCGIFFLAGS, IFR_FLAGS, true, "ifr_flags" },
	{ SIOCSIFFLAGS, IFR_FLAGS, false, "ifr_flags" },
	{ SIOCGIFMETRIC, IFR_INT, true, "ifr_metric" },
	{ SIOCSIFMETRIC, IFR_INT, false, "ifr_metric" },
	{ SIOCGIFMTU, IFR_INT, true, "ifr_mtu" },
	{ SIOCSIFMTU, IFR_INT, false, "ifr_mtu" },
	{ SIOCGIFTXQLEN, IFR_INT, true, "ifr_qlen" },
	{ SIOCSIFTXQLEN, IFR_INT, false, "ifr_qlen" },
	{ SIOCGIFINDEX, IFR_INT, true, "ifr_ifindex" },
	{ SIOCGIFMAP, IFR_MAP, true, "ifr_map" },
	{ SIOCSIFMAP, IFR_MAP, false, "ifr_map" },
	{ SIOCSIFNAME, IFR_NAME, false, "ifr_newname" },
	{ SIOCGIFSLAVE, IFR_NAME, true, "ifr_slave" },
	{ SIOCSIFSLAVE, IFR_NAME, false, "ifr_slave" },
	{ SIOCBRADDIF, IFR_IFINDEX, false, "ifr_ifindex" },
	{ SIOCBRDELIF, IFR_IFINDEX, false, "ifr_ifindex" },
};

static const struct ifr_req *ifr_req(uint32_t code)
{
	for (unsigned i = 0; i < ARRAY_SIZE(ifr_reqs); i++)
		if (ifr_reqs[i].code == code)
			return &ifr_reqs[i];
	return NULL;
}

static struct value *mk_hwaddr(struct dctx *c, const struct sockaddr *sa)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "sa_family", mk_enum(c, sa->sa_family, &xlat_net_arphrd));
	const unsigned char *d = (const unsigned char *)sa->sa_data;
	unsigned n = 6;  /* a MAC address, whatever the hardware type */
	char *t = arena_alloc(c->a, 3 * n + 1), *p = t;
	for (unsigned i = 0; i < n; i++)
		p += sprintf(p, i ? ":%02x" : "%02x", d[i]);
	/* -X raw: all of sa_data's bytes; verbose: them, then the address as a comment */
	v_field(s, "sa_data", v_alt(v_sym(c->a, t, 0),
				    v_str(c->a, arena_copy(c, d, sizeof(sa->sa_data)), sizeof(sa->sa_data), VS_HEX)));
	return s;
}

static struct value *mk_ifr_member(struct dctx *c, const struct ifr_req *r, const struct ifreq *f, uint64_t arg)
{
	switch (r->kind) {
	case IFR_ADDR:
		return mk_sockaddr(c, arg + offsetof(struct ifreq, ifr_addr), sizeof(struct sockaddr));
	case IFR_HWADDR:
		return mk_hwaddr(c, &f->ifr_hwaddr);
	case IFR_FLAGS:
		return mk_flags(c, (uint16_t)f->ifr_flags, &xlat_ioctl_iff_flags);
	case IFR_INT:
		return mk_int(c, f->ifr_ifindex);
	case IFR_MAP: {
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "mem_start", mk_hex(c, f->ifr_map.mem_start));
		v_field(s, "mem_end", mk_hex(c, f->ifr_map.mem_end));
		v_field(s, "base_addr", mk_hex(c, f->ifr_map.base_addr));
		v_field(s, "irq", mk_hex(c, f->ifr_map.irq));
		v_field(s, "dma", mk_hex(c, f->ifr_map.dma));
		v_field(s, "port", mk_hex(c, f->ifr_map.port));
		return s;
	}
	case IFR_NAME:
		return ioh_chars(c, f->ifr_newname, sizeof(f->ifr_newname));
	default:
		return mk_ifindex(c, (uint32_t)f->ifr_ifindex);
	}
}

/*
 * struct ifreq: at entry the name (or, for SIOCGIFNAME, the index) and,
 * for a request that sets, the member; a request that gets completes the
 * same struct at exit (priv[0]), when it succeeded.
 */
static struct value *ioh_ifreq(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint32_t code = c->arg[1];
	const struct ifr_req *r = ifr_req(code);
	struct ifreq f;
	struct value *fb;
	if (c->exiting) {
		struct value *s = (struct value *)(uintptr_t)c->priv[0];
		if (!s || failed(c) || mem_read(c->mem, arg, &f, sizeof(f)) != 0)
			return s;
		if (code == SIOCGIFNAME)
			v_field(s, "ifr_name", ioh_chars(c, f.ifr_name, sizeof(f.ifr_name)));
		else if (r && r->get)
			v_field(s, r->field, mk_ifr_member(c, r, &f, arg));
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &f, sizeof(f), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (code == SIOCGIFNAME)
		v_field(s, "ifr_ifindex", mk_int(c, f.ifr_ifindex));
	else if (r && r->kind != IFR_IFINDEX)
		v_field(s, "ifr_name", ioh_chars(c, f.ifr_name, sizeof(f.ifr_name)));
	if (r && !r->get) {
		v_field(s, r->field, mk_ifr_member(c, r, &f, arg));
		return s;
	}
	c->priv[0] = (uint64_t)(uintptr_t)s;
	return NULL;
}

/* ---- SIOCGIFCONF ---- */

static struct value *mk_ifc_len(struct dctx *c, int32_t len)
{
	struct value *v = mk_int(c, len);
	if (len > 0 && len % (int)sizeof(struct ifreq) == 0)
		v_comment(v, arena_printf(c->a, "%d * sizeof(struct ifreq)", len / (int)sizeof(struct ifreq)));
	return v;
}

static struct value *mk_ifconf_entry(struct dctx *c, const void *p, void *ud)
{
	uint64_t *addr = ud;
	const struct ifreq *f = p;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "ifr_name", ioh_chars(c, f->ifr_name, sizeof(f->ifr_name)));
	v_field(s, "ifr_addr", mk_sockaddr(c, *addr + offsetof(struct ifreq, ifr_addr), sizeof(struct sockaddr)));
	*addr += sizeof(struct ifreq);
	return s;
}

/* The length and buffer at entry (priv[0], priv[1]); the whole struct at exit */
static struct value *ioh_ifconf(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct ifconf ic;
	struct value *fb;
	if (!c->exiting) {
		if (!fetch(c, arg, &ic, sizeof(ic), &fb))
			return fb;
		c->priv[0] = (uint32_t)ic.ifc_len;
		c->priv[1] = (uint64_t)(uintptr_t)ic.ifc_buf;
		return NULL;
	}
	int32_t in_len = (int32_t)c->priv[0];
	uint64_t in_buf = c->priv[1];
	if (mem_read(c->mem, arg, &ic, sizeof(ic)) != 0)
		ic.ifc_len = in_len;
	struct value *s = v_list(c->a, V_STRUCT);
	if (!in_buf)
		v_field(s, "ifc_len", mk_ifc_len(c, ic.ifc_len));
	else if (ic.ifc_len != in_len)
		v_field(s, "ifc_len", v_changed(c->a, mk_ifc_len(c, in_len), mk_ifc_len(c, ic.ifc_len)));
	else
		v_field(s, "ifc_len", mk_ifc_len(c, in_len));
	if (!in_buf || failed(c)) {
		v_field(s, "ifc_buf", mk_ptr(c, in_buf));
		return s;
	}
	uint64_t n = ic.ifc_len > 0 ? (uint64_t)ic.ifc_len / sizeof(struct ifreq) : 0;
	uint64_t cursor = in_buf;
	struct value *a = n ? mk_array(c, in_buf, n, sizeof(struct ifreq), mk_ifconf_entry, &cursor)
			    : v_list(c->a, V_ARRAY);
	v_field(s, "ifc_buf", a);
	return s;
}

/* SIOCBRADDBR, SIOCBRDELBR: a bridge name */
static struct value *ioh_brname(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	char name[IFNAMSIZ + 1];
	if (!arg || mem_read(c->mem, arg, name, IFNAMSIZ) != 0)
		return mk_cstr(c, arg, IFNAMSIZ);
	size_t n = strnlen(name, IFNAMSIZ);
	char *t = arena_alloc(c->a, n + 1);
	memcpy(t, name, n);
	return v_str(c->a, t, n, n == IFNAMSIZ ? VS_TRUNC : 0);
}

/* SIOCGSTAMP*: when the last packet came */
static struct value *ioh_timeval(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return mk_timeval(c, arg);
}

static struct value *ioh_timespec(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return mk_timespec(c, arg);
}

static const struct ioctl_handler sock_handlers[] = {
	{ FIOGETOWN, IOH_OUT, 0, ioh_int, NULL },
	{ SIOCGPGRP, IOH_OUT, 0, ioh_int, NULL },
	{ SIOCATMARK, IOH_OUT, 0, ioh_int, NULL },
	{ FIOSETOWN, IOH_IN, 0, ioh_int, NULL },
	{ SIOCSPGRP, IOH_IN, 0, ioh_int, NULL },
	{ SIOCSIFENCAP, IOH_IN, 0, ioh_int, NULL },
	{ SIOCGSTAMP_OLD, IOH_OUT, 0, ioh_timeval, NULL },
	{ SIOCGSTAMP_NEW, IOH_OUT, 0, ioh_timeval, NULL },
	{ SIOCGSTAMPNS_OLD, IOH_OUT, 0, ioh_timespec, NULL },
	{ SIOCGSTAMPNS_NEW, IOH_OUT, 0, ioh_timespec, NULL },
	{ SIOCBRADDBR, IOH_IN, 0, ioh_brname, NULL },
	{ SIOCBRDELBR, IOH_IN, 0, ioh_brname, NULL },
	{ SIOCGIFCONF, IOH_INOUT_ALWAYS, 0, ioh_ifconf, NULL },
	{ SIOCGIFNAME, IOH_INOUT_ALWAYS, 0, ioh_ifreq, NULL },
#define IFREQ_ROW(code) { code, IOH_INOUT_ALWAYS, 0, ioh_ifreq, NULL }
	IFREQ_ROW(SIOCGIFADDR), IFREQ_ROW(SIOCSIFADDR), IFREQ_ROW(SIOCGIFDSTADDR), IFREQ_ROW(SIOCSIFDSTADDR),
	IFREQ_ROW(SIOCGIFBRDADDR), IFREQ_ROW(SIOCSIFBRDADDR), IFREQ_ROW(SIOCGIFNETMASK), IFREQ_ROW(SIOCSIFNETMASK),
	IFREQ_ROW(SIOCGIFHWADDR), IFREQ_ROW(SIOCSIFHWADDR), IFREQ_ROW(SIOCSIFHWBROADCAST), IFREQ_ROW(SIOCADDMULTI),
	IFREQ_ROW(SIOCDELMULTI), IFREQ_ROW(SIOCGIFFLAGS), IFREQ_ROW(SIOCSIFFLAGS), IFREQ_ROW(SIOCGIFMETRIC),
	IFREQ_ROW(SIOCSIFMETRIC), IFREQ_ROW(SIOCGIFMTU), IFREQ_ROW(SIOCSIFMTU), IFREQ_ROW(SIOCGIFTXQLEN),
	IFREQ_ROW(SIOCSIFTXQLEN), IFREQ_ROW(SIOCGIFINDEX), IFREQ_ROW(SIOCGIFMAP), IFREQ_ROW(SIOCSIFMAP),
	IFREQ_ROW(SIOCSIFNAME), IFREQ_ROW(SIOCGIFSLAVE), IFREQ_ROW(SIOCSIFSLAVE), IFREQ_ROW(SIOCBRADDIF),
	IFREQ_ROW(SIOCBRDELIF),
#undef IFREQ_ROW
};

IOCTL_TABLE(sock, sock_handlers);
