/*
 * iodump.c - -e read=SET / -e write=SET: the whole data a read-like or
 * write-like call moved on a descriptor of the set, kept in c->dump for the
 * text printer's hex dumps.  Read through c->mem like everything else a
 * decoder reads, so a recording keeps the bytes and a replay shows them.
 *
 * As strace 6.1: writes show what the caller passed (count bytes, every
 * iovec in full), even when the call failed (but sendmmsg, the messages it
 * says it sent); reads show what the kernel
 * returned (the return value's worth), only when it succeeded.  An iovec
 * listing stops at the first empty buffer.  sendfile, splice, tee and
 * copy_file_range move no user memory and show nothing.
 */
#include "decode.h"

#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>

enum { DIR_READ, DIR_WRITE };
enum {
	L_BUF,    /* arg 1 is the buffer; writes: arg 2 bytes, reads: the return value */
	L_IOV,    /* arg 1 is struct iovec[arg 2] */
	L_MSG,    /* arg 1 is a struct msghdr */
	L_MMSG,   /* arg 1 is struct mmsghdr[the return value] */
};

static const struct { int nr; uint8_t dir, layout; } calls[] = {
	{ SC_read, DIR_READ, L_BUF },
	{ SC_pread64, DIR_READ, L_BUF },
	{ SC_recvfrom, DIR_READ, L_BUF },
	{ SC_mq_timedreceive, DIR_READ, L_BUF },
	{ SC_readv, DIR_READ, L_IOV },
	{ SC_preadv, DIR_READ, L_IOV },
	{ SC_preadv2, DIR_READ, L_IOV },
	{ SC_recvmsg, DIR_READ, L_MSG },
	{ SC_recvmmsg, DIR_READ, L_MMSG },
	{ SC_write, DIR_WRITE, L_BUF },
	{ SC_pwrite64, DIR_WRITE, L_BUF },
	{ SC_sendto, DIR_WRITE, L_BUF },
	{ SC_mq_timedsend, DIR_WRITE, L_BUF },
	{ SC_writev, DIR_WRITE, L_IOV },
	{ SC_pwritev, DIR_WRITE, L_IOV },
	{ SC_pwritev2, DIR_WRITE, L_IOV },
	{ SC_vmsplice, DIR_WRITE, L_IOV },
	{ SC_sendmsg, DIR_WRITE, L_MSG },
	{ SC_sendmmsg, DIR_WRITE, L_MMSG },
};

/* a single buffer is shown whole; this only bounds what one call can make us hold */
#define DUMP_MAX (64u << 20)
#define IOV_MAX_DUMP 1024   /* UIO_MAXIOV: the kernel takes no more */
#define FETCH_CHUNK 65536

bool fdset_has(const struct fdset *s, int fd)
{
	if (!s || fd < 0)
		return false;
	int lo = 0, hi = s->n - 1;
	bool found = false;
	while (lo <= hi && !found) {
		int mid = lo + (hi - lo) / 2;
		if (s->fds[mid] == fd)
			found = true;
		else if (s->fds[mid] < fd)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return found != s->negate;
}

static struct iodump *add(struct dctx *c, uint8_t kind, uint64_t index, uint64_t count)
{
	struct iodump *d = arena_zalloc(c->a, sizeof(*d));
	d->kind = kind;
	d->index = index;
	d->count = count;
	if (c->dump_last)
		c->dump_last->next = d;
	else
		c->dump = d;
	c->dump_last = d;
	return d;
}

/*
 * The bytes, read as strace reads them: 64 KiB at a time.  A piece that
 * cannot be read ends the dump there (the printer says so), unless it is
 * the first: then there is no dump.
 */
static void fetch_into(struct dctx *c, struct iodump *d, uint64_t addr, uint64_t len)
{
	if (!addr || !len || len > DUMP_MAX)
		return;
	uint8_t *p = arena_alloc(c->a, len);
	uint64_t done = 0;
	while (done < len) {
		uint64_t n = len - done < FETCH_CHUNK ? len - done : FETCH_CHUNK;
		if (mem_read(c->mem, addr + done, p + done, n) != 0) {
			d->addr = addr + done;
			d->missing = (uint32_t)n;
			d->pid = c->mem->pid;
			break;
		}
		done += n;
	}
	if (done || !d->missing) {
		d->data = p;
		d->have = done;
	}
}

static void dump_buf(struct dctx *c, uint64_t addr, uint64_t len)
{
	if (!addr || !len)
		return;
	struct iodump got = { 0 };
	fetch_into(c, &got, addr, len);
	if (!got.data)
		return;
	struct iodump *d = add(c, IOD_DATA, 0, len);
	d->data = got.data;
	d->have = got.have;
	d->addr = got.addr;
	d->missing = got.missing;
	d->pid = got.pid;
}

/*
 * struct iovec[n], at most limit bytes in all; an empty buffer ends the
 * listing.  Nothing when the array cannot be read whole; a buffer that
 * cannot be read keeps its heading.
 */
static void dump_iov(struct dctx *c, uint64_t addr, uint64_t n, uint64_t limit)
{
	if (n > IOV_MAX_DUMP)
		n = IOV_MAX_DUMP;
	if (!n)
		return;
	struct iovec *iov = arena_alloc(c->a, n * sizeof(*iov));
	if (mem_read(c->mem, addr, iov, n * sizeof(*iov)) != 0)
		return;
	for (uint64_t i = 0; i < n && limit; i++) {
		uint64_t len = iov[i].iov_len < limit ? iov[i].iov_len : limit;
		if (!len)
			return;
		fetch_into(c, add(c, IOD_BUFFER, i, len), (uint64_t)iov[i].iov_base, len);
		limit -= len;
	}
}

void decode_iodump(struct dctx *c)
{
	const struct fdset *set = NULL;
	size_t i;
	for (i = 0; i < ARRAY_SIZE(calls); i++)
		if (calls[i].nr == c->nr)
			break;
	if (i == ARRAY_SIZE(calls) || !c->mem)
		return;
	bool reading = calls[i].dir == DIR_READ;
	set = reading ? c->opt->dump_read : c->opt->dump_write;
	if (!fdset_has(set, (int)c->arg[0]))
		return;
	/* what a call writes is read at entry, as the kernel took it (the
	 * eBPF backend copies it then); what it read, at exit */
	if (c->exiting != (reading || calls[i].layout == L_MMSG))
		return;
	if (reading && c->err)
		return;
	uint64_t ret = c->exiting && !c->err ? (uint64_t)c->rval : 0;
	switch (calls[i].layout) {
	case L_BUF:
		dump_buf(c, c->arg[1], reading ? ret : c->arg[2]);
		break;
	case L_IOV:
		dump_iov(c, c->arg[1], c->arg[2], reading ? ret : UINT64_MAX);
		break;
	case L_MSG: {
		struct msghdr m;
		if (mem_read(c->mem, c->arg[1], &m, sizeof(m)) == 0)
			dump_iov(c, (uint64_t)m.msg_iov, m.msg_iovlen, reading ? ret : UINT64_MAX);
		break;
	}
	case L_MMSG:
		/* the messages the call says it handled, each as much as its msg_len */
		for (uint64_t k = 0; k < ret && k < IOV_MAX_DUMP; k++) {
			struct mmsghdr mm;
			if (mem_read(c->mem, c->arg[1] + k * sizeof(mm), &mm, sizeof(mm)) != 0)
				return;
			add(c, IOD_VECTOR, k, mm.msg_hdr.msg_iovlen);
			dump_iov(c, (uint64_t)mm.msg_hdr.msg_iov, mm.msg_hdr.msg_iovlen, mm.msg_len);
		}
		break;
	}
}
