/*
 * dec_netlink_diag.c - NETLINK_SOCK_DIAG payloads: requests and replies
 * begin with an address family that selects the struct (inet_diag_req_v2,
 * inet_diag_msg, unix_diag_*, netlink_diag_*, packet_diag_*...).
 */
#include "dec_netlink.h"

#include <linux/sock_diag.h>

static enum nl_flagclass diag_class(uint16_t type)
{
	(void)type;
	return NL_GET;
}

/* {family=AF_UNIX, ...}: the family, and the rest as bytes */
static bool diag_payload(struct dctx *c, struct value *msg, const struct nlmsghdr *h, uint64_t addr, uint32_t len)
{
	(void)h;
	uint8_t f;
	if (mem_read(c->mem, addr, &f, 1) != 0) {
		v_add(msg, mk_ptr(c, addr));
		return true;
	}
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "family", mk_enum(c, f, &xlat_net_families));
	if (len > 1)
		v_add(s, v_ellipsis(c->a));
	v_add(msg, s);
	return true;
}

const struct nl_family nl_family_sock_diag = {
	.proto = NETLINK_SOCK_DIAG, .types = &xlat_nl_sock_diag_types, .flagclass = diag_class,
	.payload = diag_payload,
};
