/*
 * dec_ioctl.h - the ioctl argument decoders, one table per family
 * (dec_ioctl_*.c), looked up by request number in dec_ioctl.c.
 *
 * A row says when its function runs:
 *   IOH_IN     at entry (the kernel reads the argument): the whole argument
 *   IOH_OUT    at exit (the kernel writes it): the argument, or its address
 *              when the call failed
 *   IOH_INOUT  at entry and again at exit (c->exiting set): what the entry
 *              call returns is printed first; what the exit call returns, if
 *              anything, follows as " => value" (or, when the entry call
 *              returned NULL, as the argument itself).  The exit call is
 *              made on success only, unless the entry call returned NULL.
 *   IOH_INOUT_FAILADDR  as IOH_INOUT, and a failed call shows " => address"
 *   IOH_INOUT_ALWAYS    as IOH_INOUT, with the exit call made on failure too
 *   IOH_NOARG  no argument is shown (the row gives the result's format)
 *   IOH_RET    no argument is shown; on success the exit call may set
 *              c->ret_aux, the comment after the result
 * c->priv[] is the function's own from entry to exit.
 */
#ifndef SCTRACE_DEC_IOCTL_H
#define SCTRACE_DEC_IOCTL_H

#include "decode.h"

/*
 * What the eBPF backend copies of the argument (the DECODE row in
 * dec_ioctl.c): a few sizes from the address, so that a small struct at the
 * end of a mapping is still seen when the largest copy fails.  Every struct
 * a handler reads at the argument's address fits in IOCTL_CAP_MAX; what it
 * reads through pointers inside them is not copied (docs/EBPF.md).
 */
#define IOCTL_CAP_SMALL 8
#define IOCTL_CAP_MID   64
#define IOCTL_CAP_MAX   320
#define IOCTL_FITS(T) _Static_assert(sizeof(T) <= IOCTL_CAP_MAX, #T " is copied whole by the eBPF backend")

enum ioh_when { IOH_IN, IOH_OUT, IOH_INOUT, IOH_INOUT_FAILADDR, IOH_INOUT_ALWAYS, IOH_NOARG, IOH_RET };

typedef struct value *(*ioh_fn)(struct dctx *c, uint64_t arg, const void *data);

struct ioctl_handler {
	uint32_t code;
	uint8_t when;      /* enum ioh_when */
	uint8_t ret;       /* enum retfmt of the result, when not RET_DEC (0) */
	ioh_fn fn;
	const void *data;
};

struct ioctl_table {
	const struct ioctl_handler *h;
	unsigned n;
};

#define IOCTL_TABLE(name, arr) \
	const struct ioctl_table ioctl_tab_##name = { arr, ARRAY_SIZE(arr) }

extern const struct ioctl_table ioctl_tab_term, ioctl_tab_blk, ioctl_tab_sys, ioctl_tab_mtd, ioctl_tab_dm, ioctl_tab_rtc, ioctl_tab_tee, ioctl_tab_scsi, ioctl_tab_kvm, ioctl_tab_sock, ioctl_tab_evdev, ioctl_tab_ptp, ioctl_tab_gpio, ioctl_tab_kd, ioctl_tab_misc, ioctl_tab_uffd, ioctl_tab_v4l2;

/* Shared argument forms (dec_ioctl.c); data is an xlat or NULL where noted. */
struct value *ioh_int(struct dctx *c, uint64_t arg, const void *x);     /* [int] or [flags x] */
struct value *ioh_uint(struct dctx *c, uint64_t arg, const void *x);    /* [unsigned] */
struct value *ioh_u64(struct dctx *c, uint64_t arg, const void *x);     /* [u64] or [flags x] */
struct value *ioh_x64(struct dctx *c, uint64_t arg, const void *x);     /* [0x...] */
struct value *ioh_val_int(struct dctx *c, uint64_t arg, const void *x); /* the argument: int */
struct value *ioh_val_ulong(struct dctx *c, uint64_t arg, const void *x);/* the argument: unsigned long */
struct value *ioh_val_hex(struct dctx *c, uint64_t arg, const void *x);  /* the argument: hex */
struct value *ioh_val_ptr(struct dctx *c, uint64_t arg, const void *x);  /* the argument: NULL or an address */
struct value *ioh_val_flags(struct dctx *c, uint64_t arg, const void *x);/* the argument: 32-bit flags x */
struct value *ioh_val_enum(struct dctx *c, uint64_t arg, const void *x); /* the argument: enum x */
struct value *ioh_val_fd(struct dctx *c, uint64_t arg, const void *x);  /* the argument: a descriptor */
struct value *ioh_str(struct dctx *c, uint64_t arg, const void *x);     /* a C string, -s limited */

/* Bits named by their numbers (a table of bit numbers): fmt "1<<%s" gives 1<<NAME|...|0xrest */
struct value *ioh_bits(struct dctx *c, uint64_t v, const struct xlat *bits, const char *fmt);

/* The request as strace names it (dec_ioctl.c) */
struct value *mk_ioctl_request(struct dctx *c, uint32_t code);

/* A string field of a fixed-size char array (copied): "..." up to the NUL, -s limited */
struct value *ioh_chars(struct dctx *c, const void *p, size_t n);

#endif
