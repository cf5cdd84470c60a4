/*
 * dec_ioctl_mtd.c - ioctl arguments of MTD (flash) devices: MEM*, OTP*,
 * ECC*, MTDFILEMODE.  Their names share type 'M' with the sound mixer's,
 * so most print as "MIXER_READ(n) or MEMGETINFO" (dec_ioctl.c).
 */
#include "dec_ioctl.h"

#include <linux/ioctl.h>
#include <linux/types.h>
#include <mtd/mtd-abi.h>

IOCTL_FITS(struct mtd_write_req);

static struct value *ioh_erase(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct erase_info_user e;
	struct value *fb;
	if (!fetch(c, arg, &e, sizeof(e), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "start", mk_hex(c, e.start));
	v_field(s, "length", mk_hex(c, e.length));
	return s;
}

static struct value *ioh_erase64(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct erase_info_user64 e;
	struct value *fb;
	if (!fetch(c, arg, &e, sizeof(e), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "start", mk_hex(c, e.start));
	v_field(s, "length", mk_hex(c, e.length));
	return s;
}

static struct value *ioh_oob(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct mtd_oob_buf o;
	struct value *fb;
	if (!fetch(c, arg, &o, sizeof(o), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "start", mk_hex(c, o.start));
	v_field(s, "length", mk_hex(c, o.length));
	v_field(s, "ptr", mk_ptr(c, (uint64_t)(uintptr_t)o.ptr));
	return s;
}

static struct value *ioh_oob64(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct mtd_oob_buf64 o;
	struct value *fb;
	if (!fetch(c, arg, &o, sizeof(o), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "start", mk_hex(c, o.start));
	v_field(s, "length", mk_hex(c, o.length));
	v_field(s, "usr_ptr", mk_ptr(c, o.usr_ptr));
	return s;
}

static struct value *ioh_otp_info(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct otp_info o;
	struct value *fb;
	if (!fetch(c, arg, &o, sizeof(o), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "start", mk_hex(c, o.start));
	v_field(s, "length", mk_hex(c, o.length));
	v_field(s, "locked", mk_uint(c, o.locked));
	return s;
}

static struct value *ioh_write_req(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct mtd_write_req w;
	struct value *fb;
	if (!fetch(c, arg, &w, sizeof(w), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "start", mk_hex(c, w.start));
	v_field(s, "len", mk_hex(c, w.len));
	v_field(s, "ooblen", mk_hex(c, w.ooblen));
	v_field(s, "usr_data", mk_ptr(c, w.usr_data));
	v_field(s, "usr_oob", mk_ptr(c, w.usr_oob));
	v_field(s, "mode", mk_enum(c, w.mode, &xlat_ioctl_mtd_ops));
	return s;
}

/* MEMGETREGIONINFO: the region asked for */
static struct value *ioh_region_info(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct region_info_user r;
	struct value *fb;
	if (c->exiting)
		return NULL;
	if (!fetch(c, arg, &r, sizeof(r.offset) + sizeof(r.erasesize) + sizeof(r.numblocks) + sizeof(r.regionindex), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "regionindex", mk_hex(c, r.regionindex));
	return s;
}

static struct value *ioh_otp_select(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint32_t v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_enum(c, v, &xlat_ioctl_mtd_otp_modes));
	return a;
}

/* Requests whose result is not decoded yet: the address (NULL for 0) */
static struct value *ioh_addr(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return mk_ptr(c, arg);
}

static const struct ioctl_handler mtd_handlers[] = {
	{ MEMGETINFO, IOH_IN, 0, ioh_addr, NULL },
	{ MEMGETOOBSEL, IOH_IN, 0, ioh_addr, NULL },
	{ ECCGETLAYOUT, IOH_IN, 0, ioh_addr, NULL },
	{ ECCGETSTATS, IOH_IN, 0, ioh_addr, NULL },
	{ MEMGETREGIONCOUNT, IOH_OUT, 0, ioh_int, NULL },
	{ OTPGETREGIONCOUNT, IOH_OUT, 0, ioh_int, NULL },
	{ OTPGETREGIONINFO, IOH_IN, 0, ioh_addr, NULL },
	{ MEMERASE, IOH_IN, 0, ioh_erase, NULL },
	{ MEMLOCK, IOH_IN, 0, ioh_erase, NULL },
	{ MEMUNLOCK, IOH_IN, 0, ioh_erase, NULL },
	{ MEMISLOCKED, IOH_IN, 0, ioh_erase, NULL },
	{ MEMERASE64, IOH_IN, 0, ioh_erase64, NULL },
	{ MEMWRITEOOB, IOH_IN, 0, ioh_oob, NULL },
	{ MEMREADOOB, IOH_IN, 0, ioh_oob, NULL },
	{ MEMWRITEOOB64, IOH_IN, 0, ioh_oob64, NULL },
	{ MEMREADOOB64, IOH_IN, 0, ioh_oob64, NULL },
	{ OTPLOCK, IOH_IN, 0, ioh_otp_info, NULL },
	{ MEMWRITE, IOH_IN, 0, ioh_write_req, NULL },
	{ MEMGETREGIONINFO, IOH_INOUT, 0, ioh_region_info, NULL },
	{ MEMGETBADBLOCK, IOH_IN, 0, ioh_u64, NULL },
	{ MEMSETBADBLOCK, IOH_IN, 0, ioh_u64, NULL },
	{ OTPSELECT, IOH_IN, 0, ioh_otp_select, NULL },
	{ MTDFILEMODE, IOH_IN, 0, ioh_val_enum, &xlat_ioctl_mtd_file_modes },
};

IOCTL_TABLE(mtd, mtd_handlers);
