/*
 * net_netlink_random.c - random netlink messages, for comparing the
 * decoders with strace on what no hand-written case thinks of: on a
 * socket of each of several netlink protocols, 400 sendto buffers of
 * random bytes whose header length, type (mostly in the protocol's range)
 * and attribute lengths are made plausible often enough to get deep into
 * the decoders.  Deterministic for a seed (argv[1]).  Nothing is received;
 * what the kernel does with the messages does not matter.
 */
#include <linux/netlink.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	static const int protos[] = { NETLINK_ROUTE, NETLINK_SOCK_DIAG, NETLINK_XFRM, NETLINK_SELINUX,
				      NETLINK_AUDIT, NETLINK_NETFILTER, NETLINK_KOBJECT_UEVENT, NETLINK_GENERIC };
	static const unsigned char diag_families[] = { 1, 2, 10, 16, 17, 43 };
	static unsigned char buf[1024] __attribute__((aligned(4)));
	srand(argc > 1 ? (unsigned)atoi(argv[1]) : 1);
	for (size_t p = 0; p < sizeof(protos) / sizeof(protos[0]); p++) {
		int fd = socket(AF_NETLINK, SOCK_RAW, protos[p]);
		if (fd < 0)
			continue;
		struct sockaddr_nl a = { .nl_family = AF_NETLINK };
		bind(fd, (struct sockaddr *)&a, sizeof(a));
		for (int i = 0; i < 400; i++) {
			int len = rand() % 600;
			for (int j = 0; j < len; j++)
				buf[j] = (unsigned char)rand();
			struct nlmsghdr *h = (struct nlmsghdr *)buf;
			if (len >= 16) {
				h->nlmsg_len = (unsigned)(len - rand() % 8);
				h->nlmsg_type = (uint16_t)(rand() % 3 ? 16 + rand() % 110 : rand());
				if (protos[p] == NETLINK_SOCK_DIAG && rand() % 2) {
					h->nlmsg_type = 20;   /* SOCK_DIAG_BY_FAMILY */
					buf[16] = diag_families[rand() % 6];
				}
				for (int off = 16 + 4 * (rand() % 12); off + 4 < len;) {
					uint16_t l = (uint16_t)(4 + rand() % 64);
					memcpy(buf + off, &l, 2);
					off += (l + 3) & ~3;
				}
			}
			sendto(fd, buf, (size_t)len, MSG_DONTWAIT, NULL, 0);
		}
		close(fd);
	}
	return 0;
}
