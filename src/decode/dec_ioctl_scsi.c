/*
 * dec_ioctl_scsi.c - SG_IO, in both of its forms: the sg driver's struct
 * sg_io_hdr (interface_id 'S') and the block layer's struct sg_io_v4
 * (guard 'Q').  The kernel reads the request part and writes the rest back
 * into the same struct, so the whole struct is shown at exit, with the data
 * sent to the device taken at entry (and " => " the data that came back,
 * for a transfer in both directions).
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/bsg.h>
#include <scsi/sg.h>

IOCTL_FITS(struct sg_io_v4);
IOCTL_FITS(struct sg_io_hdr);

/* bytes at addr, always as \x escapes (commands, sense data, flat transfers) */
static struct value *mk_hexbuf(struct dctx *c, uint64_t addr, uint64_t len)
{
	if (!addr)
		return mk_ptr(c, 0);
	size_t n = len < c->opt->strsize ? len : c->opt->strsize;
	char *buf = arena_alloc(c->a, n + 1);
	if (n && mem_read(c->mem, addr, buf, n) != 0)
		return mk_ptr(c, addr);
	return v_str(c->a, buf, n, VS_HEX | (len > n ? VS_TRUNC : 0));
}

/* a transfer: an iovec array of count entries, or a flat buffer; len bytes of data */
static struct value *mk_xfer(struct dctx *c, uint64_t addr, uint64_t count, uint64_t len)
{
	if (count)
		return mk_iovec(c, addr, count, len, true);
	return mk_hexbuf(c, addr, len);
}

/* what came back: dxfer_len less the residue, unless the residue makes no sense */
static uint64_t xfer_done(uint32_t len, int32_t resid)
{
	return resid > 0 && (uint32_t)resid <= len ? len - (uint32_t)resid : len;
}

/* ---- v3: struct sg_io_hdr ---- */

static struct value *sg3_entry(struct dctx *c, uint64_t arg)
{
	struct sg_io_hdr h;
	struct value *fb;
	if (!fetch(c, arg, &h, sizeof(h), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "interface_id", v_sym(c->a, "'S'", 'S'));
	uint64_t dir = (uint64_t)(int64_t)h.dxfer_direction;
	const char *dn = xlat_name(&xlat_ioctl_sg_dxfer_dirs, dir);
	/* the names are negative ints: -X raw shows the int's 32 bits */
	v_field(s, "dxfer_direction", dn ? v_const(c->a, dn, (uint32_t)h.dxfer_direction, NF_HEX)
					  : mk_enum(c, (uint32_t)h.dxfer_direction, &xlat_ioctl_sg_dxfer_dirs));
	v_field(s, "cmd_len", mk_uint(c, h.cmd_len));
	v_field(s, "cmdp", mk_hexbuf(c, (uint64_t)(uintptr_t)h.cmdp, h.cmd_len));
	v_field(s, "mx_sb_len", mk_uint(c, h.mx_sb_len));
	v_field(s, "iovec_count", mk_uint(c, h.iovec_count));
	v_field(s, "dxfer_len", mk_uint(c, h.dxfer_len));
	v_field(s, "timeout", mk_uint(c, h.timeout));
	v_field(s, "flags", mk_flags(c, h.flags, &xlat_ioctl_sg_flags));
	if (h.dxfer_direction == SG_DXFER_TO_DEV || h.dxfer_direction == SG_DXFER_TO_FROM_DEV)
		v_field(s, "dxferp", mk_xfer(c, (uint64_t)(uintptr_t)h.dxferp, h.iovec_count, h.dxfer_len));
	return s;
}

static void sg3_exit(struct dctx *c, uint64_t arg, struct value *s)
{
	struct sg_io_hdr h;
	if (mem_read(c->mem, arg, &h, sizeof(h)) != 0)
		return;
	uint64_t p = (uint64_t)(uintptr_t)h.dxferp;
	uint64_t done = xfer_done(h.dxfer_len, h.resid);
	if (h.dxfer_direction == SG_DXFER_FROM_DEV)
		v_field(s, "dxferp", mk_xfer(c, p, h.iovec_count, done));
	else if (h.dxfer_direction == SG_DXFER_TO_FROM_DEV && done && done != h.dxfer_len) {
		struct value *last = s->list.last;
		struct value *after = mk_xfer(c, p, h.iovec_count, done);
		after->name = "dxferp";
		struct value *ch = v_changed(c->a, last, after);
		/* the entry's dxferp=... => dxferp=...: replace the last field */
		ch->name = NULL;
		struct value **pp = &s->list.first;
		while (*pp != last)
			pp = &(*pp)->next;
		*pp = ch;
		s->list.last = ch;
		ch->next = NULL;
	}
	v_field(s, "status", mk_hex(c, h.status));
	v_field(s, "masked_status", mk_hex(c, h.masked_status));
	v_field(s, "msg_status", mk_hex(c, h.msg_status));
	v_field(s, "sb_len_wr", mk_uint(c, h.sb_len_wr));
	v_field(s, "sbp", mk_hexbuf(c, (uint64_t)(uintptr_t)h.sbp, h.sb_len_wr));
	v_field(s, "host_status", mk_hex(c, h.host_status));
	v_field(s, "driver_status", mk_hex(c, h.driver_status));
	v_field(s, "resid", mk_int(c, h.resid));
	v_field(s, "duration", mk_uint(c, h.duration));
	v_field(s, "info", mk_flags(c, h.info, &xlat_ioctl_sg_info));
}

/* ---- v4: struct sg_io_v4 ---- */

static struct value *sg4_entry(struct dctx *c, uint64_t arg)
{
	struct sg_io_v4 h;
	struct value *fb;
	if (!fetch(c, arg, &h, sizeof(h), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "guard", v_sym(c->a, "'Q'", 'Q'));
	v_field(s, "protocol", mk_enum(c, h.protocol, &xlat_ioctl_bsg_protocols));
	v_field(s, "subprotocol", mk_enum(c, h.subprotocol, &xlat_ioctl_bsg_subprotocols));
	v_field(s, "request_len", mk_uint(c, h.request_len));
	v_field(s, "request", mk_hexbuf(c, h.request, h.request_len));
	v_field(s, "request_tag", mk_hex(c, h.request_tag));
	v_field(s, "request_attr", mk_uint(c, h.request_attr));
	v_field(s, "request_priority", mk_uint(c, h.request_priority));
	v_field(s, "request_extra", mk_uint(c, h.request_extra));
	v_field(s, "max_response_len", mk_uint(c, h.max_response_len));
	v_field(s, "dout_iovec_count", mk_uint(c, h.dout_iovec_count));
	v_field(s, "dout_xfer_len", mk_uint(c, h.dout_xfer_len));
	v_field(s, "din_iovec_count", mk_uint(c, h.din_iovec_count));
	v_field(s, "din_xfer_len", mk_uint(c, h.din_xfer_len));
	v_field(s, "dout_xferp", mk_xfer(c, h.dout_xferp, h.dout_iovec_count, h.dout_xfer_len));
	v_field(s, "timeout", mk_uint(c, h.timeout));
	v_field(s, "flags", mk_flags(c, h.flags, &xlat_ioctl_bsg_flags));
	v_field(s, "usr_ptr", mk_hex(c, h.usr_ptr));
	return s;
}

static void sg4_exit(struct dctx *c, uint64_t arg, struct value *s)
{
	struct sg_io_v4 h;
	if (mem_read(c->mem, arg, &h, sizeof(h)) != 0)
		return;
	v_field(s, "response_len", mk_uint(c, h.response_len));
	v_field(s, "response", mk_hexbuf(c, h.response, h.response_len));
	v_field(s, "din_xferp", mk_xfer(c, h.din_xferp, h.din_iovec_count, xfer_done(h.din_xfer_len, h.din_resid)));
	v_field(s, "driver_status", mk_hex(c, h.driver_status));
	v_field(s, "transport_status", mk_hex(c, h.transport_status));
	v_field(s, "device_status", mk_hex(c, h.device_status));
	v_field(s, "retry_delay", mk_uint(c, h.retry_delay));
	v_field(s, "info", mk_flags(c, h.info, &xlat_ioctl_sg_info));
	v_field(s, "duration", mk_uint(c, h.duration));
	v_field(s, "response_len", mk_uint(c, h.response_len));
	v_field(s, "din_resid", mk_int(c, h.din_resid));
	v_field(s, "dout_resid", mk_int(c, h.dout_resid));
	v_field(s, "generated_tag", mk_hex(c, h.generated_tag));
}

/*
 * At entry the request part is built and kept (priv[0]); NULL is returned,
 * so the argument is shown at exit, whole.  The first int says the form.
 */
static struct value *ioh_sg_io(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	int32_t id;
	struct value *fb;
	if (!c->exiting) {
		c->priv[0] = 0;
		c->priv[1] = 0;
		if (!fetch(c, arg, &id, sizeof(id), &fb))
			return fb;
		struct value *v;
		if (id == 'S' || id == 'Q') {
			v = id == 'S' ? sg3_entry(c, arg) : sg4_entry(c, arg);
			if (v->kind == V_NUM) {
				/* only the first int could be read */
				struct value *s = v_list(c->a, V_STRUCT);
				v_field(s, id == 'S' ? "interface_id" : "guard", v_sym(c->a, id == 'S' ? "'S'" : "'Q'", id));
				v_add(s, mk_ptr(c, arg + sizeof(id)));
				return s;
			}
		} else {
			v = v_list(c->a, V_ARRAY);
			v_add(v, mk_uint(c, (uint32_t)id));
			return v;
		}
		c->priv[0] = (uint64_t)(uintptr_t)v;
		c->priv[1] = id;
		return NULL;
	}
	struct value *s = (struct value *)(uintptr_t)c->priv[0];
	if (!s)
		return NULL;
	if (c->priv[1] == 'S')
		sg3_exit(c, arg, s);
	else
		sg4_exit(c, arg, s);
	return s;
}

/* SG_SCSI_RESET: what to reset, and whether the kernel may escalate */
#define K_SG_SCSI_RESET_NO_ESCALATE 0x100
static struct value *ioh_sg_reset(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint32_t v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	uint32_t what = v & ~(uint32_t)K_SG_SCSI_RESET_NO_ESCALATE;
	if (!xlat_name(&xlat_ioctl_sg_resets, what)) {
		v_add(a, v_comment(mk_hex(c, v), xlat_ioctl_sg_resets.unknown));
		return a;
	}
	struct value *o = v_list(c->a, V_OR);
	if (v & K_SG_SCSI_RESET_NO_ESCALATE)
		v_add(o, v_sym(c->a, "SG_SCSI_RESET_NO_ESCALATE", K_SG_SCSI_RESET_NO_ESCALATE));
	v_add(o, mk_enum(c, what, &xlat_ioctl_sg_resets));
	v_add(a, o);
	return a;
}

/* not in every copy of <scsi/sg.h> */
#define K_SG_GET_ACCESS_COUNT 0x2289

static const struct ioctl_handler scsi_handlers[] = {
	{ SG_IO, IOH_INOUT_ALWAYS, 0, ioh_sg_io, NULL },
	{ SG_GET_TIMEOUT, IOH_NOARG, 0, NULL, NULL },
	{ SG_SET_TIMEOUT, IOH_IN, 0, ioh_int, NULL },
	{ SG_SET_COMMAND_Q, IOH_IN, 0, ioh_int, NULL },
	{ SG_SET_RESERVED_SIZE, IOH_IN, 0, ioh_int, NULL },
	{ SG_SET_FORCE_LOW_DMA, IOH_IN, 0, ioh_int, NULL },
	{ SG_SET_FORCE_PACK_ID, IOH_IN, 0, ioh_int, NULL },
	{ SG_SET_DEBUG, IOH_IN, 0, ioh_int, NULL },
	{ SG_SET_KEEP_ORPHAN, IOH_IN, 0, ioh_int, NULL },
	{ SG_NEXT_CMD_LEN, IOH_IN, 0, ioh_int, NULL },
	{ SG_EMULATED_HOST, IOH_OUT, 0, ioh_int, NULL },
	{ SG_GET_TRANSFORM, IOH_OUT, 0, ioh_int, NULL },
	{ SG_GET_COMMAND_Q, IOH_OUT, 0, ioh_int, NULL },
	{ SG_GET_RESERVED_SIZE, IOH_OUT, 0, ioh_int, NULL },
	{ SG_GET_LOW_DMA, IOH_OUT, 0, ioh_int, NULL },
	{ SG_GET_PACK_ID, IOH_OUT, 0, ioh_int, NULL },
	{ SG_GET_NUM_WAITING, IOH_OUT, 0, ioh_int, NULL },
	{ SG_GET_SG_TABLESIZE, IOH_OUT, 0, ioh_int, NULL },
	{ SG_GET_VERSION_NUM, IOH_OUT, 0, ioh_int, NULL },
	{ SG_GET_KEEP_ORPHAN, IOH_OUT, 0, ioh_int, NULL },
	{ K_SG_GET_ACCESS_COUNT, IOH_OUT, 0, ioh_int, NULL },
	{ SG_GET_SCSI_ID, IOH_IN, 0, ioh_val_ptr, NULL },
	{ SG_GET_REQUEST_TABLE, IOH_IN, 0, ioh_val_ptr, NULL },
	{ SG_SCSI_RESET, IOH_IN, 0, ioh_sg_reset, NULL },
};

IOCTL_TABLE(scsi, scsi_handlers);
