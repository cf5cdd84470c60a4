/*
 * mem.h - the one interface through which decoders see a tracee.
 *
 * ptrace implements it with process_vm_readv() on the stopped thread; the
 * eBPF backend implements it over the memory captured in the kernel with the
 * event.  Decoders must not read tracee state any other way.
 */
#ifndef SCTRACE_MEM_H
#define SCTRACE_MEM_H

#include "arena.h"
#include "stack.h"

/* --decode-fds details (-y: FD_PATH, -yy: all) */
enum {
	FD_PATH = 1,     /* /etc/passwd, socket:[123], pipe:[456] */
	FD_SOCKET = 2,   /* TCP:[127.0.0.1:80->127.0.0.1:4567], UNIX-STREAM:[12->13] */
	FD_DEV = 4,      /* /dev/null<char 1:3> */
	FD_PIDFD = 8,    /* pid:1234 */
	FD_ALL = 15,
	FD_NETLINK = 16, /* for decoders, not shown: a netlink socket's protocol number
			    ("0" for ROUTE, "-1" if unknown); NULL for other descriptors */
	FD_GENL = 32,    /* for decoders, not a descriptor: the name of the generic netlink
			    family whose id is fd ("nlctrl"); NULL if none */
	FD_REMOTE = 64,  /* with FD_PATH...: a descriptor of another process, the one the
			    tracee's pidfd refers to; fd is FD_REMOTE_PAIR(pidfd, fd) */
};
/* both below 32768, else there is no such query */
#define FD_REMOTE_MAX 32768
#define FD_REMOTE_PAIR(pidfd, fd) ((int)(((unsigned)(pidfd) << 15) | (unsigned)(fd)))

struct mem {
	/* Copy len bytes at addr into buf: 0 on success, -1 if any byte is unreadable. */
	int (*read)(const struct mem *m, uint64_t addr, void *buf, size_t len);
	/*
	 * Copy a NUL-terminated string of at most size bytes.  Returns the number
	 * of bytes copied, not counting a NUL; *terminated tells whether the NUL
	 * was found within size bytes.  -1 if addr itself is unreadable.
	 */
	long (*read_str)(const struct mem *m, uint64_t addr, char *buf, size_t size, bool *terminated);
	/*
	 * What a descriptor refers to, as -y/-yy print it between <>, allocated
	 * in a; NULL if unknown or not asked for.  details is a set of FD_*
	 * below.  AT_FDCWD (-100) asks for the current directory.
	 */
	const char *(*fd_path)(const struct mem *m, int fd, unsigned details, struct arena *a);
	void *ctx;
	int pid;
	/*
	 * -k: append the thread's user stack as it is at this stop (unwind.c);
	 * returns the number of frames.  NULL where there is no stopped thread
	 * to walk (eBPF, replay) or -k was not given.
	 */
	int (*stack)(const struct mem *m, struct frames *out);
};

static inline int mem_read(const struct mem *m, uint64_t addr, void *buf, size_t len)
{
	return m->read(m, addr, buf, len);
}

#endif
