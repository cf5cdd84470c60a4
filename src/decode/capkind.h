/*
 * capkind.h - the kinds of tracee memory a decoder reads, as its capture
 * description names them (decode.h's struct capspec).  One list for both
 * halves of the eBPF backend: the decoders' tables use it, and the kernel
 * program (src/trace/sctrace.bpf.c) switches on it, so it must compile in
 * BPF C too: plain enums and defines only.
 */
#ifndef SCTRACE_CAPKIND_H
#define SCTRACE_CAPKIND_H

enum cap_kind {
	CK_NONE,     /* a number: nothing to copy */
	CK_PATH,     /* NUL-terminated file name, up to PATH_MAX */
	CK_STR,      /* NUL-terminated string, up to -s bytes and one more */
	CK_FIXED,    /* size bytes (a struct) */
	CK_BUF,      /* bytes counted by argument len (or the return value), up to -s */
	CK_ARRAY,    /* len elements of size bytes, up to -s elements (all with -v); size 1: all the bytes */
	CK_IOVEC,    /* struct iovec[len] and the bytes each points to, up to -s in all */
	CK_STRV,     /* NULL-terminated array of string pointers and the strings (argv) */
	CK_PTRV,     /* the same, pointers only (envp without -v: only counted) */
	CK_MSGHDR,   /* struct msghdr, its name, iovec, data and control bytes */
	CK_BUFP,     /* bytes counted by the socklen_t/int that argument len points to */
	CK_BITS,     /* a bit set of argument len bits (fd_set), in longs */
	CK_FD,       /* -y: what descriptor argument arg (or, arg CAPL_RET, the result) refers to */
	CK_MMSG,     /* struct mmsghdr[len], and each msg_hdr as CK_MSGHDR (received: up to msg_len) */
	CK_STACK,    /* size bytes at the stack pointer + 8 * len (a signal frame) */
	CK_DEREF,    /* size bytes at the pointer stored 8 * len bytes into the struct at arg */
	CK_HDRBUF,   /* a size-byte header and then bytes counted by len, up to -s (struct msgbuf) */
	CK_KINDS
};
#define CAPP_ENTRY 1          /* read at syscall entry (inputs; paths) */
#define CAPP_EXIT  2          /* read at syscall exit (what the kernel wrote) */
#define CAPL_RET   6          /* len: the return value counts the bytes or elements */

#endif
