/*
 * dec_ioctl_blk.c - ioctl arguments of block devices and file systems:
 * BLK*, FS_IOC_* (inode flags, fsxattr), FITRIM, loop devices (LOOP_*),
 * HDIO_*, NBD_*, and two small character-device families that print the
 * same way: watchdogs (WDIOC_*) and counters (COUNTER_*).
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/fs.h>
#include <linux/hdreg.h>
#include <linux/loop.h>
#include <linux/nbd.h>
#include <linux/watchdog.h>
#include <linux/counter.h>
#include <linux/fiemap.h>
#include <linux/blkpg.h>
#include <linux/blktrace_api.h>
#include <string.h>

IOCTL_FITS(struct loop_config);
IOCTL_FITS(struct loop_info);

/* ---- FS_IOC_*, FITRIM ---- */

/* x non-NULL: FS_IOC_FSGETXATTR, whose result also has fsx_nextents (an output only) */
static const bool fsx_get = true;

static struct value *ioh_fsxattr(struct dctx *c, uint64_t arg, const void *x)
{
	struct fsxattr f;
	struct value *fb;
	if (!fetch(c, arg, &f, sizeof(f), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "fsx_xflags", mk_flags(c, f.fsx_xflags, &xlat_ioctl_fs_xflags));
	v_field(s, "fsx_extsize", mk_uint(c, f.fsx_extsize));
	if (x)
		v_field(s, "fsx_nextents", mk_uint(c, f.fsx_nextents));
	v_field(s, "fsx_projid", mk_hex(c, f.fsx_projid));
	v_field(s, "fsx_cowextsize", mk_uint(c, f.fsx_cowextsize));
	return s;
}

static struct value *ioh_fstrim(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct fstrim_range r;
	struct value *fb;
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "start", mk_hex(c, r.start));
	v_field(s, "len", mk_uint(c, r.len));
	v_field(s, "minlen", mk_uint(c, r.minlen));
	return s;
}

static struct value *fiemap_extent(struct dctx *c, const void *p, void *ud)
{
	(void)ud;
	struct fiemap_extent e;
	memcpy(&e, p, sizeof(e));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "fe_logical", mk_uint(c, e.fe_logical));
	v_field(s, "fe_physical", mk_uint(c, e.fe_physical));
	v_field(s, "fe_length", mk_uint(c, e.fe_length));
	v_field(s, "fe_flags", mk_flags(c, e.fe_flags, &xlat_ioctl_fiemap_extent_flags));
	return s;
}

/* FS_IOC_FIEMAP: the range and what is asked for; on success the extents that came
   back (with -v, else "...") */
static struct value *ioh_fiemap(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct fiemap f;
	struct value *fb;
	if (!fetch(c, arg, &f, sizeof(f), &fb))
		return c->exiting ? NULL : fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (c->exiting) {
		v_field(s, "fm_flags", mk_flags(c, f.fm_flags, &xlat_ioctl_fiemap_flags));
		v_field(s, "fm_mapped_extents", mk_uint(c, f.fm_mapped_extents));
		if (c->verbose)
			v_field(s, "fm_extents", mk_array(c, arg + offsetof(struct fiemap, fm_extents),
							   f.fm_mapped_extents, sizeof(struct fiemap_extent),
							   fiemap_extent, NULL));
		else
			v_add(s, v_ellipsis(c->a));
		return s;
	}
	v_field(s, "fm_start", mk_uint(c, f.fm_start));
	v_field(s, "fm_length", mk_uint(c, f.fm_length));
	v_field(s, "fm_flags", mk_flags(c, f.fm_flags, &xlat_ioctl_fiemap_flags));
	v_field(s, "fm_extent_count", mk_uint(c, f.fm_extent_count));
	return s;
}

/* ---- BLK* ---- */

/* BLKDISCARD, BLKSECDISCARD, BLKZEROOUT: [start, length] */
static struct value *ioh_blk_range(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint64_t r[2];
	struct value *fb;
	if (!fetch(c, arg, r, sizeof(r), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_uint(c, r[0]));
	v_add(a, mk_uint(c, r[1]));
	return a;
}

static struct value *ioh_blkpg(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct blkpg_ioctl_arg b;
	struct value *fb;
	if (!fetch(c, arg, &b, sizeof(b), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "op", mk_enum(c, (uint32_t)b.op, &xlat_ioctl_blkpg_ops));
	v_field(s, "flags", mk_int(c, b.flags));
	v_field(s, "datalen", mk_int(c, b.datalen));
	uint64_t dp = (uint64_t)(uintptr_t)b.data;
	struct blkpg_partition p;
	if ((b.op == BLKPG_ADD_PARTITION || b.op == BLKPG_DEL_PARTITION) && fetch(c, dp, &p, sizeof(p), &fb)) {
		struct value *d = v_list(c->a, V_STRUCT);
		v_field(d, "start", mk_int(c, p.start));
		v_field(d, "length", mk_int(c, p.length));
		v_field(d, "pno", mk_int(c, p.pno));
		v_field(d, "devname", ioh_chars(c, p.devname, sizeof(p.devname)));
		v_field(d, "volname", ioh_chars(c, p.volname, sizeof(p.volname)));
		v_field(s, "data", d);
	} else {
		v_field(s, "data", mk_ptr(c, dp));
	}
	return s;
}

/* BLKTRACESETUP: the buffers asked for (the kernel names the trace) */
static struct value *ioh_blktrace(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct blk_user_trace_setup t;
	struct value *fb;
	if (!fetch(c, arg, &t, sizeof(t), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "act_mask", mk_uint(c, t.act_mask));
	v_field(s, "buf_size", mk_uint(c, t.buf_size));
	v_field(s, "buf_nr", mk_uint(c, t.buf_nr));
	v_field(s, "start_lba", mk_uint(c, t.start_lba));
	v_field(s, "end_lba", mk_uint(c, t.end_lba));
	v_field(s, "pid", mk_uint(c, t.pid));
	return s;
}

/* ---- loop devices ---- */

static struct value *mk_loop_key(struct dctx *c, const unsigned char *key, uint32_t size)
{
	size_t n = size < LO_KEY_SIZE ? size : LO_KEY_SIZE;
	char *s = arena_alloc(c->a, n + 1);
	memcpy(s, key, n);
	return v_str(c->a, s, n, 0);
}

static struct value *mk_u64_list(struct dctx *c, const uint64_t *v, unsigned n)
{
	struct value *a = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < n; i++)
		v_add(a, mk_hex(c, v[i]));
	return a;
}

static struct value *ioh_loop_info(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct loop_info l;
	struct value *fb;
	if (!fetch(c, arg, &l, sizeof(l), &fb))
		return fb;
	bool crypt = c->verbose || l.lo_encrypt_type != LO_CRYPT_NONE;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "lo_number", mk_int(c, l.lo_number));
	if (c->verbose) {
		v_field(s, "lo_device", mk_dev(c, l.lo_device));
		v_field(s, "lo_inode", mk_uint(c, l.lo_inode));
		v_field(s, "lo_rdevice", mk_dev(c, l.lo_rdevice));
	}
	v_field(s, "lo_offset", mk_hex(c, (uint32_t)l.lo_offset));
	if (crypt) {
		v_field(s, "lo_encrypt_type", mk_enum(c, (uint32_t)l.lo_encrypt_type, &xlat_ioctl_loop_crypt));
		v_field(s, "lo_encrypt_key_size", mk_uint(c, (uint32_t)l.lo_encrypt_key_size));
	}
	v_field(s, "lo_flags", mk_flags(c, (uint32_t)l.lo_flags, &xlat_ioctl_loop_flags));
	v_field(s, "lo_name", ioh_chars(c, l.lo_name, sizeof(l.lo_name)));
	if (crypt)
		v_field(s, "lo_encrypt_key", mk_loop_key(c, l.lo_encrypt_key, (uint32_t)l.lo_encrypt_key_size));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	uint64_t init[2] = { l.lo_init[0], l.lo_init[1] };
	v_field(s, "lo_init", mk_u64_list(c, init, 2));
	struct value *r = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < sizeof(l.reserved); i++)
		v_add(r, mk_hex(c, (unsigned char)l.reserved[i]));
	v_field(s, "reserved", r);
	return s;
}

static struct value *mk_loop_info64(struct dctx *c, const struct loop_info64 *l, bool crypt)
{
	struct value *s = v_list(c->a, V_STRUCT);
	if (c->verbose) {
		v_field(s, "lo_device", mk_dev(c, l->lo_device));
		v_field(s, "lo_inode", mk_uint(c, l->lo_inode));
		v_field(s, "lo_rdevice", mk_dev(c, l->lo_rdevice));
	}
	v_field(s, "lo_offset", mk_hex(c, l->lo_offset));
	if (c->verbose)
		v_field(s, "lo_sizelimit", mk_uint(c, l->lo_sizelimit));
	v_field(s, "lo_number", mk_uint(c, l->lo_number));
	crypt = crypt || c->verbose;
	if (crypt) {
		v_field(s, "lo_encrypt_type", mk_enum(c, l->lo_encrypt_type, &xlat_ioctl_loop_crypt));
		v_field(s, "lo_encrypt_key_size", mk_uint(c, l->lo_encrypt_key_size));
	}
	v_field(s, "lo_flags", mk_flags(c, l->lo_flags, &xlat_ioctl_loop_flags));
	v_field(s, "lo_file_name", ioh_chars(c, l->lo_file_name, sizeof(l->lo_file_name)));
	if (crypt) {
		v_field(s, "lo_crypt_name", ioh_chars(c, l->lo_crypt_name, sizeof(l->lo_crypt_name)));
		v_field(s, "lo_encrypt_key", mk_loop_key(c, l->lo_encrypt_key, l->lo_encrypt_key_size));
	}
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	uint64_t init[2] = { l->lo_init[0], l->lo_init[1] };
	v_field(s, "lo_init", mk_u64_list(c, init, 2));
	return s;
}

static struct value *ioh_loop_info64(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct loop_info64 l;
	struct value *fb;
	if (!fetch(c, arg, &l, sizeof(l), &fb))
		return fb;
	return mk_loop_info64(c, &l, l.lo_encrypt_type != LO_CRYPT_NONE);
}

static struct value *ioh_loop_config(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct loop_config l;
	struct value *fb;
	if (!fetch(c, arg, &l, sizeof(l), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "fd", mk_int(c, (int32_t)l.fd));
	v_field(s, "block_size", mk_uint(c, l.block_size));
	v_field(s, "info", mk_loop_info64(c, &l.info, l.info.lo_encrypt_type != LO_CRYPT_NONE));
	bool any = false;
	for (unsigned i = 0; i < ARRAY_SIZE(l.__reserved); i++)
		any = any || l.__reserved[i];
	if (any) {
		uint64_t r[ARRAY_SIZE(l.__reserved)];
		for (unsigned i = 0; i < ARRAY_SIZE(l.__reserved); i++)
			r[i] = l.__reserved[i];
		v_field(s, "__reserved", mk_u64_list(c, r, ARRAY_SIZE(r)));
	}
	return s;
}

/* ---- HDIO_* ---- */

static struct value *ioh_hd_geometry(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct hd_geometry g;
	struct value *fb;
	if (!fetch(c, arg, &g, sizeof(g), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "heads", mk_uint(c, g.heads));
	v_field(s, "sectors", mk_uint(c, g.sectors));
	v_field(s, "cylinders", mk_uint(c, g.cylinders));
	v_field(s, "start", mk_uint(c, g.start));
	return s;
}

/* HDIO_DRIVE_CMD: the 4-byte header, then the status the drive returned in it */
static struct value *ioh_drive_cmd(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint8_t h[4];
	struct value *fb;
	if (!fetch(c, arg, h, sizeof(h), &fb))
		return c->exiting ? NULL : fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (!c->exiting) {
		v_field(s, "command", mk_enum(c, h[0], &xlat_ioctl_ata_cmds));
		v_field(s, "sector_number", mk_uint(c, h[1]));
		v_field(s, "feature", mk_uint(c, h[2]));
		v_field(s, "sector_count", mk_uint(c, h[3]));
		c->priv[0] = h[3];
		return s;
	}
	v_field(s, "status", mk_hex(c, h[0]));
	v_field(s, "error", mk_uint(c, h[1]));
	v_field(s, "nsector", mk_uint(c, h[2]));
	if (c->priv[0]) {
		/* sector_count sectors of data follow the header, shown in hex */
		struct value *b = mk_buf(c, arg + 4, c->priv[0] * 512);
		if (b->kind == V_STR)
			b->sflags |= VS_HEX;
		v_field(s, "buf", b);
	}
	return s;
}

/* HDIO_GET_NICE: [1 << IDE_NICE_x|...] */
static struct value *ioh_hdio_get_nice(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	unsigned long v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, ioh_bits(c, v, &xlat_ioctl_hdio_nice_bits, "1 << %s"));
	return a;
}

/* HDIO_GET_BUSSTATE: [BUSSTATE_x] (an unsigned long) */
static struct value *ioh_hdio_get_busstate(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	unsigned long v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_enum(c, v, &xlat_ioctl_hdio_busstates));
	return a;
}

/* HDIO_GET_IDENTITY (512 bytes), HDIO_OBSOLETE_IDENTITY (142): the data, -s limited */
static struct value *ioh_hdio_identity(struct dctx *c, uint64_t arg, const void *x)
{
	return mk_buf(c, arg, (uintptr_t)x);
}

/* HDIO_DRIVE_RESET, HDIO_SCAN_HWIF: three ints */
static struct value *ioh_hdio_args3(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint32_t v[3];
	struct value *fb;
	if (!fetch(c, arg, v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < 3; i++)
		v_add(a, mk_hex(c, v[i]));
	return a;
}

/* HDIO_SET_NICE: "1 << IDE_NICE_x|..." then the other bits */
static struct value *ioh_hdio_nice(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return ioh_bits(c, arg, &xlat_ioctl_hdio_nice_bits, "1 << %s");
}

/* ---- counters ---- */

static struct value *ioh_counter_watch(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct counter_watch w;
	struct value *fb;
	if (!fetch(c, arg, &w, sizeof(w), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT), *comp = v_list(c->a, V_STRUCT);
	v_field(comp, "type", mk_enum(c, w.component.type, &xlat_ioctl_counter_component_types));
	v_field(comp, "scope", mk_enum(c, w.component.scope, &xlat_ioctl_counter_scopes));
	v_field(comp, "parent", mk_uint(c, w.component.parent));
	v_field(comp, "id", mk_uint(c, w.component.id));
	v_field(s, "component", comp);
	v_field(s, "event", mk_enum(c, w.event, &xlat_ioctl_counter_events));
	v_field(s, "channel", mk_uint(c, w.channel));
	return s;
}

static const struct ioctl_handler blk_handlers[] = {
	{ BLKGETSIZE64, IOH_OUT, 0, ioh_u64, NULL },
	{ BLKSSZGET, IOH_OUT, 0, ioh_int, NULL },
	{ FS_IOC_GETFLAGS, IOH_OUT, 0, ioh_int, &xlat_fs_inode_flags },
	{ FS_IOC_SETFLAGS, IOH_IN, 0, ioh_int, &xlat_fs_inode_flags },
	{ FS_IOC32_GETFLAGS, IOH_OUT, 0, ioh_int, &xlat_fs_inode_flags },
	{ FS_IOC32_SETFLAGS, IOH_IN, 0, ioh_int, &xlat_fs_inode_flags },
	{ FS_IOC_FSGETXATTR, IOH_OUT, 0, ioh_fsxattr, &fsx_get },
	{ FS_IOC_FSSETXATTR, IOH_IN, 0, ioh_fsxattr, NULL },
	{ FITRIM, IOH_IN, 0, ioh_fstrim, NULL },
	{ FS_IOC_FIEMAP, IOH_INOUT, 0, ioh_fiemap, NULL },
	{ BLKROSET, IOH_IN, 0, ioh_int, NULL },
	{ BLKBSZSET, IOH_IN, 0, ioh_int, NULL },
	{ BLKDISCARD, IOH_IN, 0, ioh_blk_range, NULL },
	{ BLKSECDISCARD, IOH_IN, 0, ioh_blk_range, NULL },
	{ BLKZEROOUT, IOH_IN, 0, ioh_blk_range, NULL },
	{ BLKPG, IOH_IN, 0, ioh_blkpg, NULL },
	{ BLKTRACESETUP, IOH_IN, 0, ioh_blktrace, NULL },

	{ LOOP_SET_FD, IOH_IN, 0, ioh_val_int, NULL },
	{ LOOP_CHANGE_FD, IOH_IN, 0, ioh_val_int, NULL },
	{ LOOP_CTL_ADD, IOH_IN, 0, ioh_val_int, NULL },
	{ LOOP_CTL_REMOVE, IOH_IN, 0, ioh_val_int, NULL },
	{ LOOP_SET_STATUS, IOH_IN, 0, ioh_loop_info, NULL },
	{ LOOP_GET_STATUS, IOH_OUT, 0, ioh_loop_info, NULL },
	{ LOOP_SET_STATUS64, IOH_IN, 0, ioh_loop_info64, NULL },
	{ LOOP_GET_STATUS64, IOH_OUT, 0, ioh_loop_info64, NULL },
	{ LOOP_CONFIGURE, IOH_IN, 0, ioh_loop_config, NULL },

	{ HDIO_GETGEO, IOH_OUT, 0, ioh_hd_geometry, NULL },
	{ HDIO_DRIVE_CMD, IOH_INOUT, 0, ioh_drive_cmd, NULL },
	{ HDIO_GET_UNMASKINTR, IOH_OUT, 0, ioh_u64, NULL },
	{ HDIO_GET_MULTCOUNT, IOH_OUT, 0, ioh_u64, NULL },
	{ HDIO_OBSOLETE_IDENTITY, IOH_OUT, 0, ioh_hdio_identity, (const void *)142 },
	{ HDIO_GET_KEEPSETTINGS, IOH_OUT, 0, ioh_u64, NULL },
	{ HDIO_GET_32BIT, IOH_OUT, 0, ioh_u64, NULL },
	{ HDIO_GET_NOWERR, IOH_OUT, 0, ioh_u64, NULL },
	{ HDIO_GET_DMA, IOH_OUT, 0, ioh_u64, NULL },
	{ HDIO_GET_NICE, IOH_OUT, 0, ioh_hdio_get_nice, NULL },
	{ HDIO_GET_IDENTITY, IOH_OUT, 0, ioh_hdio_identity, (const void *)sizeof(struct hd_driveid) },
	{ HDIO_GET_WCACHE, IOH_OUT, 0, ioh_u64, NULL },
	{ HDIO_GET_ACOUSTIC, IOH_OUT, 0, ioh_u64, NULL },
	{ HDIO_GET_ADDRESS, IOH_OUT, 0, ioh_u64, NULL },
	{ HDIO_GET_BUSSTATE, IOH_OUT, 0, ioh_hdio_get_busstate, NULL },
	{ HDIO_DRIVE_RESET, IOH_IN, 0, ioh_hdio_args3, NULL },
	{ HDIO_SCAN_HWIF, IOH_IN, 0, ioh_hdio_args3, NULL },
	{ HDIO_SET_NICE, IOH_IN, 0, ioh_hdio_nice, NULL },
	{ HDIO_SET_BUSSTATE, IOH_IN, 0, ioh_val_enum, &xlat_ioctl_hdio_busstates },

	{ NBD_SET_SOCK, IOH_IN, 0, ioh_val_fd, NULL },
	{ NBD_SET_BLKSIZE, IOH_IN, 0, ioh_val_ulong, NULL },
	{ NBD_SET_SIZE, IOH_IN, 0, ioh_val_ulong, NULL },
	{ NBD_SET_SIZE_BLOCKS, IOH_IN, 0, ioh_val_ulong, NULL },
	{ NBD_SET_TIMEOUT, IOH_IN, 0, ioh_val_ulong, NULL },
	{ NBD_SET_FLAGS, IOH_IN, 0, ioh_val_flags, &xlat_ioctl_nbd_flags },

	{ WDIOC_GETSTATUS, IOH_OUT, 0, ioh_int, NULL },
	{ WDIOC_GETBOOTSTATUS, IOH_OUT, 0, ioh_int, NULL },
	{ WDIOC_GETTEMP, IOH_OUT, 0, ioh_int, NULL },
	{ WDIOC_GETTIMEOUT, IOH_OUT, 0, ioh_int, NULL },
	{ WDIOC_GETPRETIMEOUT, IOH_OUT, 0, ioh_int, NULL },
	{ WDIOC_GETTIMELEFT, IOH_OUT, 0, ioh_int, NULL },
	{ WDIOC_SETTIMEOUT, IOH_IN, 0, ioh_int, NULL },
	{ WDIOC_SETPRETIMEOUT, IOH_IN, 0, ioh_int, NULL },

	{ COUNTER_ADD_WATCH_IOCTL, IOH_IN, 0, ioh_counter_watch, NULL },
};

IOCTL_TABLE(blk, blk_handlers);
