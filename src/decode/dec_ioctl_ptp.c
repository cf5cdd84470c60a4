/*
 * dec_ioctl_ptp.c - ioctl arguments of PTP hardware clocks (PTP_*): timestamp
 * and periodic-output requests, system offset requests and pin functions.
 * The "2" requests are the same structs whose reserved words the kernel
 * checks; those are shown when not zero.
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/ptp_clock.h>
#include <string.h>

/* the second form of a request (PTP_..._REQUEST2, PTP_PIN_GETFUNC2...) */
#define PTP2 ((const void *)1)

static struct value *mk_rsv(struct dctx *c, const unsigned *r, unsigned n)
{
	bool any = false;
	for (unsigned i = 0; i < n; i++)
		any = any || r[i];
	if (!any)
		return NULL;
	struct value *a = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < n; i++)
		v_add(a, mk_hex(c, r[i]));
	return a;
}

static void add_rsv(struct dctx *c, struct value *s, const unsigned *r, unsigned n)
{
	struct value *a = mk_rsv(c, r, n);
	if (a)
		v_field(s, "rsv", a);
}

static struct value *mk_ptp_time(struct dctx *c, const struct ptp_clock_time *t, bool date)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "sec", mk_int(c, t->sec));
	v_field(s, "nsec", mk_uint(c, t->nsec));
	if (t->reserved)
		v_field(s, "reserved", mk_hex(c, t->reserved));
	if (date && (t->sec || t->nsec) && t->nsec < 1000000000)
		mk_time_comment(c, s, t->sec, t->nsec, true)->xs |= XS_COMMENT_NORAW;   /* as strace */
	return s;
}

static struct value *ioh_ptp_extts(struct dctx *c, uint64_t arg, const void *v2)
{
	struct ptp_extts_request r;
	struct value *fb;
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "index", mk_uint(c, r.index));
	v_field(s, "flags", mk_flags(c, r.flags, &xlat_ioctl_ptp_extts_flags));
	if (v2)
		add_rsv(c, s, r.rsv, ARRAY_SIZE(r.rsv));
	return s;
}

static struct value *ioh_ptp_perout(struct dctx *c, uint64_t arg, const void *v2)
{
	struct ptp_perout_request r;
	struct value *fb;
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (r.flags & PTP_PEROUT_PHASE)
		v_field(s, "phase", mk_ptp_time(c, &r.phase, false));
	else
		v_field(s, "start", mk_ptp_time(c, &r.start, true));
	v_field(s, "period", mk_ptp_time(c, &r.period, false));
	v_field(s, "index", mk_uint(c, r.index));
	v_field(s, "flags", mk_flags(c, r.flags, &xlat_ioctl_ptp_perout_flags));
	if (r.flags & PTP_PEROUT_DUTY_CYCLE)
		v_field(s, "on", mk_ptp_time(c, &r.on, false));
	else if (v2)
		add_rsv(c, s, r.rsv, ARRAY_SIZE(r.rsv));
	return s;
}

/*
 * PTP_SYS_OFFSET*: the number of samples asked for.  The whole struct must
 * be readable, as the kernel writes the samples back into it (the eBPF
 * backend copies only IOCTL_CAP_MAX bytes of it, so there it shows as an
 * address).
 */
static struct value *ioh_ptp_sys_offset(struct dctx *c, uint64_t arg, const void *extended)
{
	union { struct ptp_sys_offset o; struct ptp_sys_offset_extended e; } u;
	struct { unsigned n_samples, rsv[3]; } r;
	struct value *fb;
	if (!fetch(c, arg, &u, extended ? sizeof(u.e) : sizeof(u.o), &fb))
		return fb;
	memcpy(&r, &u, sizeof(r));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "n_samples", mk_uint(c, r.n_samples));
	add_rsv(c, s, r.rsv, ARRAY_SIZE(r.rsv));
	return s;
}

/* PTP_PIN_GETFUNC: which pin (the kernel fills in the rest) */
static struct value *ioh_ptp_pin_get(struct dctx *c, uint64_t arg, const void *v2)
{
	struct ptp_pin_desc d;
	struct value *fb;
	if (!fetch(c, arg, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "index", mk_uint(c, d.index));
	if (v2)
		add_rsv(c, s, d.rsv, ARRAY_SIZE(d.rsv));
	return s;
}

static struct value *ioh_ptp_pin_set(struct dctx *c, uint64_t arg, const void *v2)
{
	struct ptp_pin_desc d;
	struct value *fb;
	if (!fetch(c, arg, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "index", mk_uint(c, d.index));
	v_field(s, "func", mk_enum(c, d.func, &xlat_ioctl_ptp_pin_funcs));
	v_field(s, "chan", mk_uint(c, d.chan));
	if (v2)
		add_rsv(c, s, d.rsv, ARRAY_SIZE(d.rsv));
	return s;
}

static struct value *ioh_ptp_precise(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct ptp_sys_offset_precise p;
	struct value *fb;
	if (!fetch(c, arg, &p, sizeof(p), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "device", mk_ptp_time(c, &p.device, false));
	v_field(s, "sys_realtime", mk_ptp_time(c, &p.sys_realtime, false));
	v_field(s, "sys_monoraw", mk_ptp_time(c, &p.sys_monoraw, false));
	return s;
}

#define PTP_EXT ((const void *)1)

static const struct ioctl_handler ptp_handlers[] = {
	{ PTP_SYS_OFFSET_PRECISE, IOH_OUT, 0, ioh_ptp_precise, NULL },
	{ PTP_SYS_OFFSET_PRECISE2, IOH_OUT, 0, ioh_ptp_precise, NULL },
	{ PTP_EXTTS_REQUEST, IOH_IN, 0, ioh_ptp_extts, NULL },
	{ PTP_EXTTS_REQUEST2, IOH_IN, 0, ioh_ptp_extts, PTP2 },
	{ PTP_PEROUT_REQUEST, IOH_IN, 0, ioh_ptp_perout, NULL },
	{ PTP_PEROUT_REQUEST2, IOH_IN, 0, ioh_ptp_perout, PTP2 },
	{ PTP_SYS_OFFSET, IOH_IN, 0, ioh_ptp_sys_offset, NULL },
	{ PTP_SYS_OFFSET2, IOH_IN, 0, ioh_ptp_sys_offset, NULL },
	{ PTP_SYS_OFFSET_EXTENDED, IOH_IN, 0, ioh_ptp_sys_offset, PTP_EXT },
	{ PTP_SYS_OFFSET_EXTENDED2, IOH_IN, 0, ioh_ptp_sys_offset, PTP_EXT },
	{ PTP_PIN_GETFUNC, IOH_IN, 0, ioh_ptp_pin_get, NULL },
	{ PTP_PIN_GETFUNC2, IOH_IN, 0, ioh_ptp_pin_get, PTP2 },
	{ PTP_PIN_SETFUNC, IOH_IN, 0, ioh_ptp_pin_set, NULL },
	{ PTP_PIN_SETFUNC2, IOH_IN, 0, ioh_ptp_pin_set, PTP2 },
};

IOCTL_TABLE(ptp, ptp_handlers);
