/*
 * genl.c - generic netlink family names ("nlctrl", "thermal", ...) as the
 * kernel's generic netlink controller lists them.  The list is asked for
 * once, and again when an id is not in it (a family registered since).
 * It is the tracer's network namespace's list, as strace's is.
 */
#include "genl.h"

#include <errno.h>
#include <linux/genetlink.h>
#include <linux/netlink.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#define GENL_MAX 256

static struct {
	uint16_t id;
	char name[GENL_NAMSIZ];
} fams[GENL_MAX];
static unsigned nfams;

static void add_family(const struct nlmsghdr *h)
{
	const struct genlmsghdr *g = NLMSG_DATA(h);
	int len = (int)h->nlmsg_len - NLMSG_LENGTH(GENL_HDRLEN);
	const struct nlattr *a = (const struct nlattr *)((const char *)g + GENL_HDRLEN);
	int id = -1;
	const char *name = NULL;
	size_t nlen = 0;
	while (len >= NLA_HDRLEN && a->nla_len >= NLA_HDRLEN && a->nla_len <= len) {
		const char *data = (const char *)a + NLA_HDRLEN;
		size_t dlen = a->nla_len - NLA_HDRLEN;
		if ((a->nla_type & NLA_TYPE_MASK) == CTRL_ATTR_FAMILY_ID && dlen >= 2)
			id = *(const uint16_t *)data;
		else if ((a->nla_type & NLA_TYPE_MASK) == CTRL_ATTR_FAMILY_NAME && dlen)
			name = data, nlen = strnlen(data, dlen);
		len -= NLA_ALIGN(a->nla_len);
		a = (const struct nlattr *)((const char *)a + NLA_ALIGN(a->nla_len));
	}
	if (id < 0 || !name || nfams >= GENL_MAX)
		return;
	fams[nfams].id = (uint16_t)id;
	snprintf(fams[nfams].name, sizeof(fams[nfams].name), "%.*s", (int)nlen, name);
	nfams++;
}

static void load(void)
{
	int s = socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_GENERIC);
	if (s < 0)
		return;
	struct timeval tv = { 1, 0 };   /* never hang on a kernel that does not answer */
	setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	struct {
		struct nlmsghdr h;
		struct genlmsghdr g;
	} req;
	memset(&req, 0, sizeof(req));
	req.h.nlmsg_len = sizeof(req);
	req.h.nlmsg_type = GENL_ID_CTRL;
	req.h.nlmsg_flags = NLM_F_REQUEST | NLM_F_DUMP;
	req.g.cmd = CTRL_CMD_GETFAMILY;
	req.g.version = 1;
	struct sockaddr_nl nl = { .nl_family = AF_NETLINK };
	if (sendto(s, &req, sizeof(req), 0, (struct sockaddr *)&nl, sizeof(nl)) < 0)
		goto out;
	nfams = 0;
	static char buf[32768] __attribute__((aligned(4)));
	for (;;) {
		ssize_t n = recv(s, buf, sizeof(buf), 0);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			goto out;
		for (struct nlmsghdr *h = (struct nlmsghdr *)buf; NLMSG_OK(h, (size_t)n); h = NLMSG_NEXT(h, n)) {
			if (h->nlmsg_type == NLMSG_DONE || h->nlmsg_type == NLMSG_ERROR)
				goto out;
			if (h->nlmsg_len >= NLMSG_LENGTH(GENL_HDRLEN))
				add_family(h);
		}
	}
out:
	close(s);
}

static const char *lookup(unsigned id)
{
	for (unsigned i = 0; i < nfams; i++)
		if (fams[i].id == id)
			return fams[i].name;
	return NULL;
}

bool genl_family_name(unsigned id, char *out, size_t size)
{
	const char *n = lookup(id);
	if (!n) {
		load();
		n = lookup(id);
	}
	if (!n)
		return false;
	snprintf(out, size, "%s", n);
	return true;
}
