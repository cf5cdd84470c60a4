/*
 * capture.bpf.h - the kernel half's copying: for one syscall and phase,
 * follow its capture description (capkind.h) and append capture records
 * (capture.h's layout) to the thread's record.  Included once, by
 * sctrace.bpf.c, after the maps and the per-thread state it uses; the
 * global (__noinline) functions are verified once per program.
 */
#ifndef SCTRACE_CAPTURE_BPF_H
#define SCTRACE_CAPTURE_BPF_H

/* ---- capture: records in capture.h's layout, appended to st->data ---- */

/* A copy from the tracee (it fails on a page not faulted in yet: see retry_mask) */
static __always_inline long user_read(void *dst, __u32 n, __u64 src)
{
	return bpf_probe_read_user(dst, n, (const void *)src);
}

struct scb_capctx {
	struct scb_tstate *st;
	__u8 phase;        /* SCB_PH_ENTRY or SCB_PH_EXIT */
	__u8 kind;         /* inner loops: CK_STRV / CK_PTRV */
	__u64 base;        /* inner loops: array address */
	__u64 left;        /* inner loops: data bytes still to copy */
	__u32 limit;       /* inner loops: elements */
	__u64 mbase;       /* CK_MMSG: the mmsghdr array */
	__u32 elsize;      /* CK_ARRAY element by element: its size */
	bool recv;         /* CK_MMSG: received messages (data up to each msg_len) */
};

/* Room for a record with len data bytes at the end of the buffer; 0 if none left. */
static __always_inline __u32 room(struct scb_tstate *st, __u32 len)
{
	__u32 off = st->rec.caplen;
	if (off > SCB_DATA - SCB_CAP_HDR) {
		st->rec.flags |= SCRF_TRUNC;
		return 0;
	}
	__u32 max = SCB_DATA - SCB_CAP_HDR - off;
	if (len > max) {
		st->rec.flags |= SCRF_TRUNC;
		len = max;
	}
	return len;
}

static __always_inline void put_hdr(__u8 *h, __u8 kind, __u8 phase, __u8 flags, __u32 len, __u64 addr)
{
	h[0] = kind;
	h[1] = phase;
	h[2] = flags;
	h[3] = 0;
	*(__u32 *)(h + 4) = len;
	*(__u64 *)(h + 8) = addr;
}

__noinline int cap_read(struct scb_tstate *st, __u32 phase, __u64 addr, __u32 len)
{
	if (!st || !addr)
		return -1;
	if (len > SCB_MAXREAD - 1) {
		len = SCB_MAXREAD - 1;
		st->rec.flags |= SCRF_TRUNC;
	}
	__u32 off = st->rec.caplen;
	if (off > SCB_DATA - SCB_CAP_HDR) {
		st->rec.flags |= SCRF_TRUNC;
		return -1;
	}
	len = room(st, len);
	barrier_var(off);
	off &= SCB_DATA - 1;
	barrier_var(len);
	len &= SCB_MAXREAD - 1;
	__u8 *h = &st->data[off];
	long err = user_read(h + SCB_CAP_HDR, len, addr);
	put_hdr(h, SCB_CAP_READ, phase, err ? SCB_CAPF_FAIL : 0, len, addr);
	st->rec.caplen = off + SCB_CAP_HDR + (err ? 0 : len);
	return err ? -1 : 0;
}

__noinline int cap_str(struct scb_tstate *st, __u32 phase, __u64 addr, __u32 size)
{
	if (!st || !addr)
		return -1;
	__u32 off = st->rec.caplen;
	if (off > SCB_DATA - SCB_CAP_HDR) {
		st->rec.flags |= SCRF_TRUNC;
		return -1;
	}
	size = room(st, size);
	if (size > SCB_MAXREAD - 1)
		size = SCB_MAXREAD - 1;
	barrier_var(off);
	off &= SCB_DATA - 1;
	barrier_var(size);
	size &= SCB_MAXREAD - 1;
	__u8 *h = &st->data[off];
	long n = bpf_probe_read_user_str(h + SCB_CAP_HDR, size, (void *)addr);
	if (n <= 0) {
		put_hdr(h, SCB_CAP_STR, phase, SCB_CAPF_FAIL, 0, addr);
		st->rec.caplen = off + SCB_CAP_HDR;
		return -1;
	}
	/* n counts the NUL; n == size: cut there (size - 1 bytes of string kept) */
	__u8 flags = (__u32)n < size ? SCB_CAPF_TERM : 0;
	__u32 len = (__u32)n - 1;
	barrier_var(len);
	len &= SCB_MAXREAD - 1;
	put_hdr(h, SCB_CAP_STR, phase, flags, len, addr);
	st->rec.caplen = off + SCB_CAP_HDR + len;
	return 0;
}


#include "fdpath.bpf.h"

static __always_inline __u64 count_of(struct scb_tstate *st, __u32 len, bool exit)
{
	if (len == CAPL_RET) {
		if (!exit || st->rec.ret < 0)
			return 0;
		return (__u64)st->rec.ret;
	}
	if (len >= 6)
		return 0;
	return st->rec.args[len];
}

static __always_inline __u32 array_limit(void)
{
	return verbose ? 1024 : strsize;
}

/* one iovec entry: its bytes, up to what is left of -s */
static long iov_cb(__u64 i, void *p)
{
	struct scb_capctx *cx = p;
	struct { __u64 base, len; } iov;
	if (user_read(&iov, sizeof(iov), cx->base + i * 16))
		return 1;
	/* each element shows up to -s bytes; at exit all of them up to the return value */
	__u64 take = iov.len < cx->left ? iov.len : cx->left;
	if (cx->left != ~0ull)  /* as mk_iovec counts what each element may show; ~0: no total */
		cx->left -= take;
	if (take > strsize)     /* one byte more than shown is read (mk_buf) */
		take = strsize + 1;
	if (take)
		cap_read(cx->st, cx->phase, iov.base, (__u32)take);
	return 0;
}

/* struct iovec[n] at addr and the bytes each points to (up to data in all); global: verified once */
__noinline int cap_iovec(struct scb_tstate *st, __u32 phase, __u64 addr, __u64 n, __u64 data)
{
	if (!st)
		return 0;
	__u32 lim = array_limit();
	if (n > lim + 1)
		n = lim + 1;
	if (n > SCB_IOV_MAX)
		n = SCB_IOV_MAX;
	if (cap_read(st, phase, addr, (__u32)n * 16))
		return 0;
	struct scb_capctx cx = { .st = st, .phase = (__u8)phase, .base = addr, .left = data };
	bpf_loop((__u32)n, iov_cb, &cx, 0);
	return 0;
}

/* one element of an array read piecemeal; stops at the first unreadable one */
static long elem_cb(__u64 i, void *p)
{
	struct scb_capctx *cx = p;
	return cap_read(cx->st, cx->phase, cx->base + i * cx->elsize, cx->elsize) ? 1 : 0;
}

/* one pointer of an argv-style array, and the string it points to */
static long strv_cb(__u64 i, void *p)
{
	struct scb_capctx *cx = p;
	__u64 ptr = 0;
	__u64 at = cx->base + i * 8;
	if (cap_read(cx->st, cx->phase, at, 8))
		return 1;
	if (user_read(&ptr, 8, at) || !ptr)
		return 1;
	if (cx->kind == CK_STRV && i < cx->limit)
		cap_str(cx->st, cx->phase, ptr, strsize + 2);
	return 0;
}

/* what a struct msghdr points to: the name, the iovec and its data (up to data bytes), the control bytes */
__noinline int cap_msghdr(struct scb_tstate *st, __u32 phase, const struct user_msghdr *mh, __u64 data)
{
	if (!st || !mh)
		return 0;
	if (mh->msg_name && mh->msg_namelen)
		cap_read(st, phase, (__u64)mh->msg_name, mh->msg_namelen < 128 ? mh->msg_namelen : 128);
	if (mh->msg_iov)
		cap_iovec(st, phase, (__u64)mh->msg_iov, mh->msg_iovlen, data);
	if (mh->msg_control && mh->msg_controllen)
		cap_read(st, phase, (__u64)mh->msg_control,
			 mh->msg_controllen < 1024 ? mh->msg_controllen : 1024);
	return 0;
}

/* one struct mmsghdr of an array: its msg_hdr's buffers (received: up to msg_len) */
static long mmsg_cb(__u64 i, void *p)
{
	struct scb_capctx *cx = p;
	struct { struct user_msghdr hdr; __u32 len; __u32 pad; } mm;
	if (user_read(&mm, sizeof(mm), cx->mbase + i * sizeof(mm)))
		return 1;
	cap_msghdr(cx->st, cx->phase, &mm.hdr, cx->recv ? mm.len : ~0ull);
	return 0;
}

/*
 * One entry of a description (struct scb_cap's eight bytes, as a number),
 * bit its index (for the retry mask).  Global, and given scalars: the
 * verifier checks the big switch once per program, not once per caller
 * state (as a bpf_loop callback it was walked until its states converged).
 */
__noinline int cap_one(struct scb_tstate *st, __u32 phbit, __u64 packed, __u32 bit)
{
	if (!st)
		return 0;
	struct scb_cap cap;
	__builtin_memcpy(&cap, &packed, sizeof(cap));
	__u32 kind = cap.kind, arg = cap.arg, clen = cap.len, size = cap.size;
	bool exit = phbit == CAPP_EXIT;
	struct scb_capctx cx = { .st = st, .phase = exit ? SCB_PH_EXIT : SCB_PH_ENTRY };
	__u64 addr = arg < 6 ? st->rec.args[arg] : 0;
	__u64 n;
	long r = 0;
	if (kind == CK_FD && arg >= 6)
		addr = 0;
	switch (kind) {
	case CK_PATH:
		r = cap_str(st, cx.phase, addr, SCB_PATH_MAX + 1);
		break;
	case CK_STR:
		r = cap_str(st, cx.phase, addr, strsize + 2);
		break;
	case CK_FIXED:
		r = cap_read(st, cx.phase, addr, size);
		break;
	case CK_BUF:
		n = count_of(st, clen, exit);
		if (n > strsize)   /* one byte more than shown is read (mk_buf) */
			n = strsize + 1;
		if (n)
			r = cap_read(st, cx.phase, addr, (__u32)n);
		break;
	case CK_ARRAY:
		n = count_of(st, clen, exit);
		/* -s elements and one more; an array of bytes (getdents) whole */
		if (size != 1 && n > array_limit() + 1)
			n = array_limit() + 1;
		if (n && cap_read(st, cx.phase, addr, (__u32)(n * size < SCB_MAXREAD ? n * size : SCB_MAXREAD - 1)) &&
		    size > 1 && size <= 256) {
			/* not all readable: the elements that are, one by one, as the decoder will look */
			cx.base = addr;
			cx.elsize = size;
			bpf_loop((__u32)(n < 1024 ? n : 1024), elem_cb, &cx, 0);
		}
		break;
	case CK_BITS:
		n = count_of(st, clen, exit);
		n = (n + 63) / 64 * 8;
		if (n)
			cap_read(st, cx.phase, addr, (__u32)(n < 1024 ? n : 1024));
		break;
	case CK_BUFP: {
		__u32 len = 0;
		__u64 lp = count_of(st, clen, false);
		if (!lp || user_read(&len, sizeof(len), lp))
			break;
		if (len)
			cap_read(st, cx.phase, addr, len < 4096 ? len : 4096);
		break;
	}
	case CK_IOVEC: {
		__u64 data = exit ? (__u64)st->rec.ret : ~0ull;
		if (exit && st->rec.ret < 0)
			break;
		cap_iovec(st, cx.phase, addr, count_of(st, clen, false), data);
		break;
	}
	case CK_STRV:
	case CK_PTRV:
		if (!addr)
			break;
		cx.kind = (kind == CK_PTRV && verbose) ? CK_STRV : (__u8)kind;
		cx.base = addr;
		cx.limit = array_limit();
		n = cx.kind == CK_STRV ? cx.limit + 1 : SCB_STRV_MAX;
		bpf_loop((__u32)(n < SCB_STRV_MAX ? n : SCB_STRV_MAX), strv_cb, &cx, 0);
		break;
	case CK_MSGHDR: {
		struct user_msghdr mh;
		if (exit && st->rec.ret < 0)
			break;
		if (cap_read(st, cx.phase, addr, sizeof(mh)))
			break;
		if (user_read(&mh, sizeof(mh), addr))
			break;
		cap_msghdr(st, cx.phase, &mh, exit ? (__u64)st->rec.ret : ~0ull);
		break;
	}
	case CK_DEREF: {
		__u64 ptr = 0;
		if (addr && !user_read(&ptr, sizeof(ptr), addr + (__u64)clen * 8) && ptr)
			r = cap_read(st, cx.phase, ptr, size);
		break;
	}
	case CK_HDRBUF:
		n = count_of(st, clen, exit);
		if (n > strsize)   /* one byte more than shown is read (mk_buf) */
			n = strsize + 1;
		r = cap_read(st, cx.phase, addr, size + (__u32)n);
		break;
	case CK_STACK:
		if (st->rec.sp)
			r = cap_read(st, cx.phase, st->rec.sp + (__u64)clen * 8, size);
		break;
	case CK_MMSG:
		if (exit && st->rec.ret < 0 && clen == CAPL_RET)
			break;
		n = count_of(st, clen, exit);
		if (n > array_limit())
			n = array_limit();
		if (n > SCB_IOV_MAX)
			n = SCB_IOV_MAX;
		if (!n || cap_read(st, cx.phase, addr, (__u32)n * 64))
			break;
		cx.mbase = addr;
		cx.recv = clen == CAPL_RET;
		bpf_loop((__u32)n, mmsg_cb, &cx, 0);
		break;
	case CK_FD:
		if (decode_fds) {
			__s64 fd = (__s64)(int)addr;
			if (arg == CAPL_RET) {
				if (!exit || st->rec.ret < 0)
					break;
				fd = st->rec.ret;
			}
			cap_fd(st, cx.phase, fd);
		}
		break;
	default:
		break;
	}
	/* an input in a page not faulted in yet: the kernel will have read it by the exit */
	if (r && addr && !exit && bit < 32)
		st->retry |= 1u << bit;
	return 0;
}

/*
 * Copy what syscall nr's description says for this phase.  A global
 * function: the verifier checks it once, not once per caller's state.
 */
__noinline int run_captures(struct scb_tstate *st, __u32 nr, __u32 phbit, __u32 only)
{
	if (!st || !capture || nr >= SCB_NSYSCALLS)
		return 0;
	const struct scb_desc *d = bpf_map_lookup_elem(&descs, &nr);
	if (!d)
		return 0;
	if (phbit == CAPP_ENTRY)
		st->exit_caps = d->exit_mask != 0;   /* spares sys_exit the lookup */
	/* a bounded loop around a global function: each turn costs the verifier a call */
	__u32 mask = (phbit == CAPP_ENTRY ? d->entry_mask : d->exit_mask) & only;
	if (!mask)
		return 0;
	for (__u32 i = 0; i < SCB_CAPS; i++) {
		if (!((mask >> i) & 1))
			continue;
		__u64 packed;
		__builtin_memcpy(&packed, &d->cap[i], sizeof(packed));
		cap_one(st, phbit, packed, i);
	}
	return 0;
}

#endif
