/*
 * test_netlink.c - netlink messages in sendto buffers through fake tracee
 * memory: the protocol comes from the FD_NETLINK descriptor question
 * (route on fd 3, unknown on fd 5, not a netlink socket on fd 6, generic on
 * fd 7, whose family names come from the FD_GENL question), messages
 * with a header struct and attributes, an error acknowledgement, a buffer
 * too short for a header, an unreadable second message, and nesting far
 * deeper than real messages nest.  Expected lines are strace 6.1's.
 */
#include "fakemem.h"
#include "unit.h"

#include <linux/netlink.h>
#include <linux/rtnetlink.h>

static const char *nl_fd_path(const struct mem *m, int fd, unsigned details, struct arena *a)
{
	(void)m;
	if (details == FD_GENL)
		return fd == 0x20 ? "test_family" : NULL;
	if (details != FD_NETLINK)
		return arena_printf(a, "socket:[%d]", fd);
	return fd == 3 ? "0" : fd == 5 ? "-1" : fd == 7 ? "16" : NULL;
}

static const struct mem nl_mem = { fake_read, fake_read_str, nl_fd_path, NULL, 1 };

static const char *sendto_line(int fd, uint64_t buf, uint64_t len)
{
	static struct arena a;
	arena_reset(&a);
	uint64_t args[6] = { (uint64_t)fd, buf, len, 0, 0, 0 };
	struct dctx c = { .mem = &nl_mem, .opt = &dopts, .a = &a, .nr = SC_sendto };
	memcpy(c.arg, args, sizeof(c.arg));
	c.args = v_list(&a, V_SEQ);
	decode_syscall(&c);
	struct sbuf b = { 0 };
	struct render_opts ro = { 0 };
	render_value(&b, c.args, &ro);
	sbuf_putc(&b, 0);
	snprintf(decoded, sizeof(decoded), "sendto(%s)", b.p);
	sbuf_free(&b);
	return decoded;
}

int main(void)
{
	decoders_init();

	struct { struct nlmsghdr h; struct ifinfomsg i; struct nlattr na; uint32_t v; } link;
	memset(&link, 0, sizeof(link));
	link.h.nlmsg_len = sizeof(link);
	link.h.nlmsg_type = RTM_GETLINK;
	link.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	link.h.nlmsg_seq = 1;
	link.na.nla_len = 8;
	link.na.nla_type = IFLA_EXT_MASK;
	link.v = 1;
	fake_map(0x10000, &link, sizeof(link));
	CHECK_STR(sendto_line(3, 0x10000, sizeof(link)),
		  "sendto(3, [{nlmsg_len=40, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_DUMP, "
		  "nlmsg_seq=1, nlmsg_pid=0}, {ifi_family=AF_UNSPEC, ifi_type=ARPHRD_NETROM, ifi_index=0, "
		  "ifi_flags=0, ifi_change=0}, [{nla_len=8, nla_type=IFLA_EXT_MASK}, RTEXT_FILTER_VF]], 40, 0, NULL, 0)");

	/* generic netlink: family names come from FD_GENL, nlctrl's id is fixed */
	struct nlmsghdr genl[2] = { { 16, 0x20, NLM_F_REQUEST, 1, 0 }, { 16, 0x21, NLM_F_REQUEST, 2, 0 } };
	fake_map(0x50000, genl, sizeof(genl));
	CHECK_STR(sendto_line(7, 0x50000, sizeof(genl)),
		  "sendto(7, [{nlmsg_len=16, nlmsg_type=test_family, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=1, nlmsg_pid=0}, "
		  "{nlmsg_len=16, nlmsg_type=0x21 /* GENERIC_FAMILY_??? */, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=2, "
		  "nlmsg_pid=0}], 32, 0, NULL, 0)");

	/* a netlink socket whose protocol is not known: control types only, the payload in hex */
	CHECK_STR(sendto_line(5, 0x10000, 20),
		  "sendto(5, [{nlmsg_len=40, nlmsg_type=0x12 /* NLMSG_??? */, nlmsg_flags=NLM_F_REQUEST|0x300, "
		  "nlmsg_seq=1, nlmsg_pid=0}, \"\\x00\\x00\\x00\\x00\"], 20, 0, NULL, 0)");
	/* not a netlink socket: bytes */
	CHECK_STR(sendto_line(6, 0x10000, 4), "sendto(6, \"(\\0\\0\\0\", 4, 0, NULL, 0)");
	/* shorter than a header */
	CHECK_STR(sendto_line(3, 0x10000, 10),
		  "sendto(3, \"\\x28\\x00\\x00\\x00\\x12\\x00\\x01\\x03\\x01\\x00\", 10, 0, NULL, 0)");

	struct { struct nlmsghdr h; struct nlmsgerr e; } err;
	memset(&err, 0, sizeof(err));
	err.h.nlmsg_len = sizeof(err);
	err.h.nlmsg_type = NLMSG_ERROR;
	err.e.error = -19;
	err.e.msg.nlmsg_len = 32;
	err.e.msg.nlmsg_type = RTM_GETLINK;
	err.e.msg.nlmsg_flags = NLM_F_REQUEST | NLM_F_ACK;
	err.e.msg.nlmsg_seq = 1;
	fake_map(0x20000, &err, sizeof(err));
	CHECK_STR(sendto_line(3, 0x20000, sizeof(err)),
		  "sendto(3, [{nlmsg_len=36, nlmsg_type=NLMSG_ERROR, nlmsg_flags=0, nlmsg_seq=0, nlmsg_pid=0}, "
		  "{error=-ENODEV, msg={nlmsg_len=32, nlmsg_type=RTM_GETLINK, nlmsg_flags=NLM_F_REQUEST|NLM_F_ACK, "
		  "nlmsg_seq=1, nlmsg_pid=0}}], 36, 0, NULL, 0)");

	/* two messages claimed, the second unreadable */
	struct nlmsghdr one = { 16, NLMSG_NOOP, NLM_F_REQUEST, 7, 0 };
	fake_map(0x30000, &one, sizeof(one));
	CHECK_STR(sendto_line(3, 0x30000, 32),
		  "sendto(3, [{nlmsg_len=16, nlmsg_type=NLMSG_NOOP, nlmsg_flags=NLM_F_REQUEST, nlmsg_seq=7, "
		  "nlmsg_pid=0}, ... /* 0x30010 */], 32, 0, NULL, 0)");

	/* IFLA_PROP_LIST inside IFLA_PROP_LIST, 4000 deep: bounded, shown as bytes at the bottom */
	static uint8_t deep[16 + 16 + 4 * 4000];
	struct nlmsghdr *h = (struct nlmsghdr *)deep;
	h->nlmsg_len = sizeof(deep);
	h->nlmsg_type = RTM_NEWLINK;
	for (size_t off = 32; off + 4 <= sizeof(deep); off += 4) {
		struct nlattr *na = (struct nlattr *)(deep + off);
		na->nla_len = (uint16_t)(sizeof(deep) - off);
		na->nla_type = IFLA_PROP_LIST;
	}
	fake_map(0x40000, deep, sizeof(deep));
	const char *d = sendto_line(3, 0x40000, sizeof(deep));
	CHECK(strncmp(d, "sendto(3, [{nlmsg_len=16032, nlmsg_type=RTM_NEWLINK", 51) == 0);
	/* 32 lists down, the rest is a hex string cut at -s */
	CHECK(strstr(d, "nla_type=IFLA_PROP_LIST}, \"\\x") != NULL);

	return unit_report("netlink");
}
