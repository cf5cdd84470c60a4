/*
 * dec_ioctl_misc.c - small ioctl families: namespaces (NS_GET_*), the
 * random device (RND*), inotify (INOTIFY_IOC_SETNEXTWD), infrared remote
 * controls (LIRC_*).
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/nsfs.h>
#include <linux/random.h>
#include <linux/lirc.h>
/* <linux/inotify.h> clashes with the libc header decode.h brings in */
#define INOTIFY_IOC_SETNEXTWD _IOW('I', 0, __s32)

/* NS_GET_NSTYPE: the namespace type after the result, "= 268435456 (CLONE_NEWUSER)" */
static struct value *ioh_ns_type(struct dctx *c, uint64_t arg, const void *x)
{
	(void)arg;
	(void)x;
	const char *n = xlat_name(&xlat_setns_types, (uint64_t)c->rval);
	if (n)
		c->ret_aux = v_sym(c->a, n, (uint64_t)c->rval);
	return NULL;
}

static struct value *ioh_rnd_entropy(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct rand_pool_info p;
	struct value *fb;
	if (!fetch(c, arg, &p, sizeof(p), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "entropy_count", mk_int(c, p.entropy_count));
	v_field(s, "buf_size", mk_int(c, p.buf_size));
	v_field(s, "buf", mk_buf(c, arg + sizeof(p), p.buf_size > 0 ? (uint64_t)p.buf_size : 0));
	return s;
}

/* [u32] of a LIRC request: a mode (x names it), or a transmitter mask (x NULL: hex) */
static struct value *ioh_lirc_u32(struct dctx *c, uint64_t arg, const void *x)
{
	uint32_t v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, x ? mk_enum(c, v, x) : mk_hex(c, v));
	return a;
}

static const struct ioctl_handler misc_handlers[] = {
	{ NS_GET_USERNS, IOH_NOARG, RET_FD, NULL, NULL },
	{ NS_GET_PARENT, IOH_NOARG, RET_FD, NULL, NULL },
	{ NS_GET_NSTYPE, IOH_RET, 0, ioh_ns_type, NULL },
	{ NS_GET_OWNER_UID, IOH_OUT, 0, ioh_uint, NULL },
	{ RNDGETENTCNT, IOH_OUT, 0, ioh_int, NULL },
	{ RNDADDTOENTCNT, IOH_IN, 0, ioh_int, NULL },
	{ RNDADDENTROPY, IOH_IN, 0, ioh_rnd_entropy, NULL },
	{ INOTIFY_IOC_SETNEXTWD, IOH_IN, 0, ioh_val_int, NULL },
	{ LIRC_GET_FEATURES, IOH_OUT, 0, ioh_int, &xlat_ioctl_lirc_features },
	{ LIRC_GET_SEND_MODE, IOH_OUT, 0, ioh_lirc_u32, &xlat_ioctl_lirc_modes },
	{ LIRC_GET_REC_MODE, IOH_OUT, 0, ioh_lirc_u32, &xlat_ioctl_lirc_modes },
	{ LIRC_GET_REC_RESOLUTION, IOH_OUT, 0, ioh_uint, NULL },
	{ LIRC_GET_MIN_TIMEOUT, IOH_OUT, 0, ioh_uint, NULL },
	{ LIRC_GET_MAX_TIMEOUT, IOH_OUT, 0, ioh_uint, NULL },
	{ LIRC_GET_LENGTH, IOH_OUT, 0, ioh_uint, NULL },
	{ LIRC_GET_REC_TIMEOUT, IOH_OUT, 0, ioh_uint, NULL },
	{ LIRC_SET_SEND_MODE, IOH_IN, 0, ioh_lirc_u32, &xlat_ioctl_lirc_modes },
	{ LIRC_SET_REC_MODE, IOH_IN, 0, ioh_lirc_u32, &xlat_ioctl_lirc_modes },
	{ LIRC_SET_SEND_CARRIER, IOH_IN, 0, ioh_uint, NULL },
	{ LIRC_SET_REC_CARRIER, IOH_IN, 0, ioh_uint, NULL },
	{ LIRC_SET_SEND_DUTY_CYCLE, IOH_IN, 0, ioh_uint, NULL },
	{ LIRC_SET_TRANSMITTER_MASK, IOH_IN, 0, ioh_lirc_u32, NULL },
	{ LIRC_SET_REC_TIMEOUT, IOH_IN, 0, ioh_uint, NULL },
	{ LIRC_SET_REC_TIMEOUT_REPORTS, IOH_IN, 0, ioh_uint, NULL },
	{ LIRC_SET_MEASURE_CARRIER_MODE, IOH_IN, 0, ioh_uint, NULL },
	{ LIRC_SET_REC_CARRIER_RANGE, IOH_IN, 0, ioh_uint, NULL },
	{ LIRC_SET_WIDEBAND_RECEIVER, IOH_IN, 0, ioh_uint, NULL },
};

IOCTL_TABLE(misc, misc_handlers);
