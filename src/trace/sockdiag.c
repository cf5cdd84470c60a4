/*
 * sockdiag.c - what a socket descriptor is, for -yy / --decode-fds=socket:
 * "TCP:[127.0.0.1:4567->127.0.0.1:80]", "UNIX-STREAM:[12345->12346]",
 * "NETLINK:[ROUTE:4321]".  The protocol comes from the socket's
 * "system.sockprotoname" attribute; endpoints from a NETLINK_SOCK_DIAG dump
 * of that protocol, matched by inode.  The dump sees the tracer's network
 * namespace: a socket elsewhere prints as "PROTO:[inode]".
 */
#include "sockdiag.h"
#include "xlat.h"

#include <arpa/inet.h>
#include <errno.h>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/netlink_diag.h>
#include <linux/rtnetlink.h>
#include <linux/sock_diag.h>
#include <linux/unix_diag.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/xattr.h>
#include <unistd.h>

#define DIAG_BUF 32768

/*
 * Send one dump request and look for the message about inode: each reply
 * message is a struct of msglen bytes with a 32-bit inode at ino_off.
 * show() formats the one that matches.  Returns whether one did.
 */
static bool diag_dump(void *req, size_t reqlen, size_t msglen, size_t ino_off, uint64_t inode,
		      void (*show)(const struct nlmsghdr *h, void *ud), void *ud)
{
	int s = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG);
	if (s < 0)
		return false;
	struct timeval tv = { 1, 0 };   /* never hang on a kernel that does not answer */
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	struct {
		struct nlmsghdr h;
		char body[64];
	} msg;
	memset(&msg, 0, sizeof(msg));
	msg.h.nlmsg_len = NLMSG_LENGTH(reqlen);
	msg.h.nlmsg_type = SOCK_DIAG_BY_FAMILY;
	msg.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	memcpy(msg.body, req, reqlen);
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK };
	bool found = false;
	if (sendto(s, &msg, msg.h.nlmsg_len, 0, (struct sockaddr *)&nl, sizeof(nl)) < 0)
		goto out;
	static char buf[DIAG_BUF] __attribute__((aligned(4)));
	for (;;) {
		ssize_t n = recv(s, buf, sizeof(buf), 0);
		if (n < 0 && errno == EINTR)   /* the output flush timer */
			continue;
		if (n <= 0)
			goto out;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)n); h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR)
				goto out;
			uint32_t ino;
			if (found || h->nlmsg_len < NLMSG_LENGTH(msglen))
				continue;   /* keep reading: the dump must be drained */
			memcpy(&ino, (const char *)NLMSG_DATA(h) + ino_off, sizeof(ino));
			if (ino == inode) {
				show(h, ud);
				found = true;
			}
		}
	}
out:
	close(s);
	return found;
}

/* What a lookup is after, and where its answer goes. */
struct diag_q {
	uint64_t inode;
	int family;          /* inet: AF_INET or AF_INET6 */
	const char *proto;   /* the label: "TCP", "UNIX-STREAM", "UNIX" (datagrams), ... */
	char *out;
	size_t size;
	bool detailed;       /* UNIX: a peer or a name was found */
};

/* ---- TCP, UDP, UDPLITE (v4 and v6) ---- */

static void put_endpoint(char *b, size_t n, int family, const uint32_t *addr, uint16_t port)
{
	char a[INET6_ADDRSTRLEN] = "?";
	inet_ntop(family, addr, a, sizeof(a));
	if (family == AF_INET6)
		snprintf(b, n, "[%s]:%u", a, ntohs(port));
	else
		snprintf(b, n, "%s:%u", a, ntohs(port));
}

static void inet_show(const struct nlmsghdr *h, void *ud)
{
	struct diag_q *q = ud;
	const struct inet_diag_msg *m = NLMSG_DATA(h);
	char src[64], dst[64];
	put_endpoint(src, sizeof(src), q->family, m->id.idiag_src, m->id.idiag_sport);
	static const uint32_t zero[4];
	bool peer = m->id.idiag_dport || memcmp(m->id.idiag_dst, zero, q->family == AF_INET6 ? 16 : 4);
	if (peer) {
		put_endpoint(dst, sizeof(dst), q->family, m->id.idiag_dst, m->id.idiag_dport);
		snprintf(q->out, q->size, "%s:[%s->%s]", q->proto, src, dst);
	} else {
		snprintf(q->out, q->size, "%s:[%s]", q->proto, src);
	}
}

static bool inet_lookup(const char *proto, int family, int ipproto, uint64_t inode, char *out, size_t size)
{
	struct inet_diag_req_v2 req;
	memset(&req, 0, sizeof(req));
	req.sdiag_family = (uint8_t)family;
	req.sdiag_protocol = (uint8_t)ipproto;
	req.idiag_states = ~0u;
	struct diag_q q = { .inode = inode, .family = family, .proto = proto, .out = out, .size = size };
	return diag_dump(&req, sizeof(req), sizeof(struct inet_diag_msg),
			 offsetof(struct inet_diag_msg, idiag_inode), inode, inet_show, &q);
}

/* ---- UNIX ---- */

static void unix_show(const struct nlmsghdr *h, void *ud)
{
	struct diag_q *q = ud;
	const struct unix_diag_msg *m = NLMSG_DATA(h);
	uint32_t peer = 0;
	char name[256] = "";
	int rem = (int)(h->nlmsg_len - NLMSG_LENGTH(sizeof(*m)));
	for (const struct rtattr *a = (const struct rtattr *)(m + 1); RTA_OK(a, rem); a = RTA_NEXT(a, rem)) {
		size_t len = RTA_PAYLOAD(a);
		if (a->rta_type == UNIX_DIAG_PEER && len >= sizeof(peer)) {
			memcpy(&peer, RTA_DATA(a), sizeof(peer));
		} else if (a->rta_type == UNIX_DIAG_NAME && len > 0) {
			/* abstract names start with NUL and print as @"name" */
			const char *p = RTA_DATA(a);
			bool abstract = p[0] == '\0';
			size_t n = strnlen(p + abstract, len - abstract);
			if (n > sizeof(name) - 4)
				n = sizeof(name) - 4;
			snprintf(name, sizeof(name), "%s\"%.*s\"", abstract ? "@" : "", (int)n, p + abstract);
		}
	}
	int k = snprintf(q->out, q->size, "%s:[%llu", q->proto, (unsigned long long)q->inode);
	if (peer && k > 0 && (size_t)k < q->size)
		k += snprintf(q->out + k, q->size - k, "->%u", peer);
	if (name[0] && k > 0 && (size_t)k < q->size)
		k += snprintf(q->out + k, q->size - k, ",%s", name);
	if (k > 0 && (size_t)k < q->size)
		snprintf(q->out + k, q->size - k, "]");
	q->detailed = peer || name[0];
}

static bool unix_lookup(const char *proto, uint64_t inode, char *out, size_t size)
{
	struct unix_diag_req req;
	memset(&req, 0, sizeof(req));
	req.sdiag_family = AF_UNIX;
	req.udiag_states = ~0u;
	req.udiag_show = UDIAG_SHOW_NAME | UDIAG_SHOW_PEER;
	struct diag_q q = { .inode = inode, .proto = proto, .out = out, .size = size };
	/* an unbound, unconnected socket is found but says nothing worth keeping */
	return diag_dump(&req, sizeof(req), sizeof(struct unix_diag_msg),
			 offsetof(struct unix_diag_msg, udiag_ino), inode, unix_show, &q) && q.detailed;
}

/* ---- NETLINK ---- */

static void netlink_show(const struct nlmsghdr *h, void *ud)
{
	struct diag_q *q = ud;
	const struct netlink_diag_msg *m = NLMSG_DATA(h);
	const char *name = xlat_name(&xlat_net_netlink_protos, m->ndiag_protocol);
	if (name && !strncmp(name, "NETLINK_", 8))
		snprintf(q->out, q->size, "NETLINK:[%s:%u]", name + 8, m->ndiag_portid);
	else
		snprintf(q->out, q->size, "NETLINK:[%u:%u]", m->ndiag_protocol, m->ndiag_portid);
}

static void netlink_proto(const struct nlmsghdr *h, void *ud)
{
	*(int *)ud = ((const struct netlink_diag_msg *)NLMSG_DATA(h))->ndiag_protocol;
}

int sockdiag_netlink_protocol(uint64_t inode)
{
	struct netlink_diag_req req;
	memset(&req, 0, sizeof(req));
	req.sdiag_family = AF_NETLINK;
	req.sdiag_protocol = NDIAG_PROTO_ALL;
	int proto = -1;
	if (!diag_dump(&req, sizeof(req), sizeof(struct netlink_diag_msg),
		       offsetof(struct netlink_diag_msg, ndiag_ino), inode, netlink_proto, &proto))
		return -1;
	return proto;
}

static bool netlink_lookup(uint64_t inode, char *out, size_t size)
{
	struct netlink_diag_req req;
	memset(&req, 0, sizeof(req));
	req.sdiag_family = AF_NETLINK;
	req.sdiag_protocol = NDIAG_PROTO_ALL;
	struct diag_q q = { .inode = inode, .out = out, .size = size };
	return diag_dump(&req, sizeof(req), sizeof(struct netlink_diag_msg),
			 offsetof(struct netlink_diag_msg, ndiag_ino), inode, netlink_show, &q);
}

/*
 * Endpoints found once are kept by inode, as strace does: a socket whose
 * peer has closed still shows the peer it had ("UNIX-STREAM:[12->13]").
 */
#define CACHE_SLOTS 1024
static struct {
	uint64_t inode;
	char *desc;
} cache[CACHE_SLOTS];

static bool describe(const char *fdlink, uint64_t inode, char *out, size_t size, bool *found);

bool sockdiag_describe(const char *fdlink, uint64_t inode, char *out, size_t size)
{
	unsigned slot = (unsigned)(inode % CACHE_SLOTS);
	if (cache[slot].desc && cache[slot].inode == inode) {
		snprintf(out, size, "%s", cache[slot].desc);
		return true;
	}
	bool found = false;
	if (!describe(fdlink, inode, out, size, &found))
		return false;
	if (found) {
		char *d = strdup(out);
		if (d) {
			free(cache[slot].desc);
			cache[slot].inode = inode;
			cache[slot].desc = d;
		}
	}
	return true;
}

static bool describe_proto(const char *proto, uint64_t inode, char *out, size_t size, bool *found);

static bool describe(const char *fdlink, uint64_t inode, char *out, size_t size, bool *found)
{
	char proto[32];
	ssize_t n = getxattr(fdlink, "system.sockprotoname", proto, sizeof(proto) - 1);
	if (n <= 0)
		return false;
	proto[n] = '\0';
	return describe_proto(proto, inode, out, size, found);
}

bool sockdiag_describe_proto(const char *proto, uint64_t inode, char *out, size_t size)
{
	bool found;
	return describe_proto(proto, inode, out, size, &found);
}

static bool describe_proto(const char *proto, uint64_t inode, char *out, size_t size, bool *found)
{
	static const struct {
		const char *name;
		int family, ipproto;
	} inet[] = {
		{ "TCP", AF_INET, IPPROTO_TCP }, { "TCPv6", AF_INET6, IPPROTO_TCP },
		{ "UDP", AF_INET, IPPROTO_UDP }, { "UDPv6", AF_INET6, IPPROTO_UDP },
		{ "UDPLITE", AF_INET, IPPROTO_UDPLITE }, { "UDPLITEv6", AF_INET6, IPPROTO_UDPLITE },
	};
	bool ok = false;
	for (size_t i = 0; i < sizeof(inet) / sizeof(inet[0]); i++)
		if (!strcmp(proto, inet[i].name))
			ok = inet_lookup(proto, inet[i].family, inet[i].ipproto, inode, out, size);
	if (!strncmp(proto, "UNIX", 4))   /* UNIX-STREAM, UNIX-DGRAM, ... */
		ok = unix_lookup(proto, inode, out, size);
	else if (!strcmp(proto, "NETLINK"))
		ok = netlink_lookup(inode, out, size);
	if (!ok)   /* known protocol, endpoints unknown: "PACKET:[1234]" */
		snprintf(out, size, "%s:[%llu]", proto, (unsigned long long)inode);
	*found = ok;
	return true;
}
