/*
 * net_netlink.c - netlink requests as `ip link` and `ss` make them, and the
 * kernel's answers: rtnetlink GETLINK/GETADDR/GETROUTE headers, an error
 * acknowledgement carrying the request back, several messages in one buffer,
 * a truncated buffer, sock_diag requests (inet, unix) and their answers, a
 * generic netlink controller request, nfnetlink and xfrm headers, and a
 * netlink socket not yet bound (whose protocol is not known yet).  Port ids
 * are fixed so that two runs print the same.
 */
#include <linux/genetlink.h>
#include <linux/inet_diag.h>
#include <linux/netfilter/nfnetlink.h>
#include <linux/netlink.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/tcp.h>
#include <linux/xfrm.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int nl_socket(int proto, unsigned port)
{
	int fd = socket(AF_NETLINK, SOCK_RAW, proto);
	struct sockaddr_nl a = { .nl_family = AF_NETLINK, .nl_pid = port };
	if (fd >= 0 && port)
		bind(fd, (struct sockaddr *)&a, sizeof(a));
	return fd;
}

static void hdr(struct nlmsghdr *h, unsigned len, unsigned type, unsigned flags, unsigned seq)
{
	h->nlmsg_len = len;
	h->nlmsg_type = type;
	h->nlmsg_flags = flags;
	h->nlmsg_seq = seq;
	h->nlmsg_pid = 0;
}

int main(void)
{
	static char buf[8192] __attribute__((aligned(4)));

	/* an unbound socket: strace does not know its protocol yet */
	int fd = nl_socket(NETLINK_ROUTE, 0);
	struct { struct nlmsghdr h; struct ifinfomsg i; } link;
	memset(&link, 0, sizeof(link));
	hdr(&link.h, sizeof(link), RTM_GETLINK, NLM_F_REQUEST | NLM_F_ACK, 1);
	link.i.ifi_index = 0x7fff0000;   /* no such interface: NLMSG_ERROR comes back */
	sendto(fd, &link, sizeof(link), 0, NULL, 0);
	close(fd);

	fd = nl_socket(NETLINK_ROUTE, 0x5c7a0001);
	sendto(fd, &link, sizeof(link), 0, NULL, 0);
	recvfrom(fd, buf, sizeof(buf), 0, NULL, NULL);

	/* attributes whose -X forms differ: a hardware address, an array indexed by
	   DEVCONF_* names (IFLA_AF_SPEC > AF_INET6 > IFLA_INET6_CONF), an IPv4 address */
	struct {
		struct nlmsghdr h; struct ifinfomsg i;
		struct rtattr mac; unsigned char addr[8];
		struct rtattr spec; struct rtattr af; struct rtattr conf; int32_t cf[3];
		struct rtattr brd; unsigned char ip[4];
	} la;
	memset(&la, 0, sizeof(la));
	hdr(&la.h, sizeof(la), RTM_GETLINK, NLM_F_REQUEST, 2);
	la.i.ifi_index = 0x7fff0000;
	la.mac.rta_len = RTA_LENGTH(6);
	la.mac.rta_type = IFLA_ADDRESS;
	memcpy(la.addr, "\x02\x00\x5e\x10\x20\x30", 6);
	la.spec.rta_len = sizeof(la.spec) + sizeof(la.af) + sizeof(la.conf) + sizeof(la.cf);
	la.spec.rta_type = IFLA_AF_SPEC;
	la.af.rta_len = sizeof(la.af) + sizeof(la.conf) + sizeof(la.cf);
	la.af.rta_type = AF_INET6;
	la.conf.rta_len = sizeof(la.conf) + sizeof(la.cf);
	la.conf.rta_type = IFLA_INET6_CONF;
	la.cf[0] = 1, la.cf[1] = 64, la.cf[2] = 1280;
	la.brd.rta_len = RTA_LENGTH(4);
	la.brd.rta_type = IFLA_BROADCAST;
	memcpy(la.ip, "\xc0\xa8\x01\xff", 4);
	sendto(fd, &la, sizeof(la), 0, NULL, 0);
	recvfrom(fd, buf, sizeof(buf), MSG_DONTWAIT, NULL, NULL);

	/* two requests in one buffer (ip's batch), and a buffer cut short */
	struct { struct nlmsghdr h; struct ifaddrmsg a; } two[2];
	memset(two, 0, sizeof(two));
	for (int i = 0; i < 2; i++) {
		hdr(&two[i].h, sizeof(two[i]), RTM_GETADDR, NLM_F_REQUEST | NLM_F_DUMP, 10 + i);
		two[i].a.ifa_family = i ? AF_INET6 : AF_INET;
		two[i].a.ifa_scope = RT_SCOPE_HOST;
		two[i].a.ifa_flags = IFA_F_PERMANENT;
	}
	sendto(fd, two, sizeof(two), MSG_DONTWAIT, NULL, 0);
	sendto(fd, two, sizeof(two[0]) + 6, MSG_DONTWAIT, NULL, 0);
	sendto(fd, two, 10, MSG_DONTWAIT, NULL, 0);

	struct { struct nlmsghdr h; struct rtmsg r; } route;
	memset(&route, 0, sizeof(route));
	hdr(&route.h, sizeof(route), RTM_NEWROUTE, NLM_F_REQUEST | NLM_F_CREATE | NLM_F_EXCL, 20);
	route.r.rtm_family = AF_INET;
	route.r.rtm_table = RT_TABLE_MAIN;
	route.r.rtm_protocol = RTPROT_STATIC;
	route.r.rtm_type = RTN_UNICAST;
	route.r.rtm_scope = RT_SCOPE_UNIVERSE;
	sendto(fd, &route, sizeof(route), MSG_DONTWAIT, NULL, 0);
	close(fd);

	/* ss: a sock_diag dump request, header only, and an unknown family */
	fd = nl_socket(NETLINK_SOCK_DIAG, 0x5c7a0002);
	struct { struct nlmsghdr h; unsigned char fam[4]; } diag;
	memset(&diag, 0, sizeof(diag));
	hdr(&diag.h, sizeof(diag.h), SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 30);
	sendto(fd, &diag, sizeof(diag.h), MSG_DONTWAIT, NULL, 0);
	/* ss -u: a UDP dump asking for no states answers NLMSG_DONE */
	struct { struct nlmsghdr h; struct inet_diag_req_v2 r; } inet;
	memset(&inet, 0, sizeof(inet));
	hdr(&inet.h, sizeof(inet), SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST | NLM_F_DUMP, 31);
	inet.r.sdiag_family = AF_INET;
	inet.r.sdiag_protocol = IPPROTO_UDP;
	inet.r.idiag_ext = 1 << (INET_DIAG_INFO - 1);
	inet.r.id.idiag_sport = htons(53);
	inet.r.id.idiag_src[0] = htonl(INADDR_LOOPBACK);
	sendto(fd, &inet, sizeof(inet), 0, NULL, 0);
	recvfrom(fd, buf, sizeof(buf), 0, NULL, NULL);
	/* an exact lookup of a unix socket that does not exist: an error comes back */
	struct { struct nlmsghdr h; struct unix_diag_req r; } ux;
	memset(&ux, 0, sizeof(ux));
	hdr(&ux.h, sizeof(ux), SOCK_DIAG_BY_FAMILY, NLM_F_REQUEST, 32);
	ux.r.sdiag_family = AF_UNIX;
	ux.r.udiag_states = 1 << TCP_ESTABLISHED | 1 << TCP_LISTEN;
	ux.r.udiag_ino = 1;
	ux.r.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER;
	ux.r.udiag_cookie[0] = ux.r.udiag_cookie[1] = ~0u;
	sendto(fd, &ux, sizeof(ux), 0, NULL, 0);
	recvfrom(fd, buf, sizeof(buf), 0, NULL, NULL);
	struct nlmsghdr noop[3];
	for (int i = 0; i < 3; i++)
		hdr(&noop[i], sizeof(noop[i]), NLMSG_NOOP, NLM_F_REQUEST, 40 + i);
	sendto(fd, noop, sizeof(noop), MSG_DONTWAIT, NULL, 0);
	close(fd);

	/* genl-ctrl-list: the controller, whose id is fixed */
	fd = nl_socket(NETLINK_GENERIC, 0x5c7a0005);
	if (fd >= 0) {
		struct { struct nlmsghdr h; unsigned char cmd, version; uint16_t reserved; } g;
		memset(&g, 0, sizeof(g));
		hdr(&g.h, sizeof(g), GENL_ID_CTRL, NLM_F_REQUEST | NLM_F_DUMP, 55);
		g.cmd = CTRL_CMD_GETFAMILY;
		g.version = 1;
		sendto(fd, &g, sizeof(g), MSG_DONTWAIT, NULL, 0);
		close(fd);
	}

	fd = nl_socket(NETLINK_NETFILTER, 0x5c7a0003);
	if (fd >= 0) {
		struct nlmsghdr nf;
		hdr(&nf, sizeof(nf), NFNL_SUBSYS_CTNETLINK << 8 | 1, NLM_F_REQUEST | NLM_F_DUMP, 50);
		sendto(fd, &nf, sizeof(nf), MSG_DONTWAIT, NULL, 0);
		close(fd);
	}
	fd = nl_socket(NETLINK_XFRM, 0x5c7a0004);
	if (fd >= 0) {
		struct nlmsghdr x;
		hdr(&x, sizeof(x), XFRM_MSG_GETSA, NLM_F_REQUEST | NLM_F_DUMP, 60);
		sendto(fd, &x, sizeof(x), MSG_DONTWAIT, NULL, 0);
		close(fd);
	}
	return 0;
}
