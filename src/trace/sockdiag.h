/*
 * sockdiag.h - socket endpoints for -yy, from the kernel's NETLINK_SOCK_DIAG.
 */
#ifndef SCTRACE_SOCKDIAG_H
#define SCTRACE_SOCKDIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/*
 * Describe the socket behind fdlink ("/proc/PID/fd/N", whose target is
 * "socket:[inode]") into out: "TCP:[1.2.3.4:5->6.7.8.9:10]",
 * "UNIX-STREAM:[12->13]", "NETLINK:[ROUTE:42]", or "PROTO:[inode]" when the
 * endpoints are unknown.  false if not even the protocol is known.
 */
bool sockdiag_describe(const char *fdlink, uint64_t inode, char *out, size_t size);
/* The same for a socket whose protocol name ("TCP", "UNIX-STREAM") is known. */
bool sockdiag_describe_proto(const char *proto, uint64_t inode, char *out, size_t size);

/* The protocol (NETLINK_ROUTE...) of the netlink socket inode; -1 if not found (not yet bound). */
int sockdiag_netlink_protocol(uint64_t inode);

#endif
