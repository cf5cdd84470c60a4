/*
 * dec_ioctl_rtc.c - ioctl arguments of real-time clocks (RTC_*): times,
 * wake alarms, PLL corrections, voltage flags and RTC_PARAM_*, whose value
 * is read as its parameter says.
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/rtc.h>

IOCTL_FITS(struct rtc_pll_info);

static struct value *mk_rtc_time(struct dctx *c, const struct rtc_time *t)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tm_sec", mk_int(c, t->tm_sec));
	v_field(s, "tm_min", mk_int(c, t->tm_min));
	v_field(s, "tm_hour", mk_int(c, t->tm_hour));
	v_field(s, "tm_mday", mk_int(c, t->tm_mday));
	v_field(s, "tm_mon", mk_int(c, t->tm_mon));
	v_field(s, "tm_year", mk_int(c, t->tm_year));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	v_field(s, "tm_wday", mk_int(c, t->tm_wday));
	v_field(s, "tm_yday", mk_int(c, t->tm_yday));
	v_field(s, "tm_isdst", mk_int(c, t->tm_isdst));
	return s;
}

static struct value *ioh_rtc_time(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct rtc_time t;
	struct value *fb;
	if (!fetch(c, arg, &t, sizeof(t), &fb))
		return fb;
	return mk_rtc_time(c, &t);
}

static struct value *ioh_rtc_wkalrm(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct rtc_wkalrm w;
	struct value *fb;
	if (!fetch(c, arg, &w, sizeof(w), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "enabled", mk_uint(c, w.enabled));
	v_field(s, "pending", mk_uint(c, w.pending));
	v_field(s, "time", mk_rtc_time(c, &w.time));
	return s;
}

static struct value *ioh_rtc_pll(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct rtc_pll_info p;
	struct value *fb;
	if (!fetch(c, arg, &p, sizeof(p), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "pll_ctrl", mk_int(c, p.pll_ctrl));
	v_field(s, "pll_value", mk_int(c, p.pll_value));
	v_field(s, "pll_max", mk_int(c, p.pll_max));
	v_field(s, "pll_min", mk_int(c, p.pll_min));
	v_field(s, "pll_posmult", mk_int(c, p.pll_posmult));
	v_field(s, "pll_negmult", mk_int(c, p.pll_negmult));
	v_field(s, "pll_clock", mk_int(c, p.pll_clock));
	return s;
}

/* struct rtc_param: the value (when with_value) as param says, the index, a nonzero pad */
static struct value *mk_rtc_param(struct dctx *c, const struct rtc_param *p, bool with_value)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "param", mk_enum(c, p->param, &xlat_ioctl_rtc_params));
	if (with_value) {
		switch (p->param) {
		case RTC_PARAM_FEATURES:
			v_field(s, "uvalue", ioh_bits(c, p->uvalue, &xlat_ioctl_rtc_feature_bits, "1<<%s"));
			break;
		case RTC_PARAM_CORRECTION:
			v_field(s, "svalue", mk_int(c, p->svalue));
			break;
		case RTC_PARAM_BACKUP_SWITCH_MODE:
			v_field(s, "uvalue", mk_enum(c, p->uvalue, &xlat_ioctl_rtc_bsm));
			break;
		default:
			v_field(s, "uvalue", mk_hex(c, p->uvalue));
		}
	}
	v_field(s, "index", mk_uint(c, p->index));
	if (p->__pad)
		v_field(s, "__pad", mk_hex(c, p->__pad));
	return s;
}

/* RTC_PARAM_GET: which parameter at entry; on success, the parameter with its value */
static struct value *ioh_rtc_param_get(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct rtc_param p;
	struct value *fb;
	if (!fetch(c, arg, &p, sizeof(p), &fb))
		return fb;
	return mk_rtc_param(c, &p, c->exiting);
}

static struct value *ioh_rtc_param_set(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct rtc_param p;
	struct value *fb;
	if (!fetch(c, arg, &p, sizeof(p), &fb))
		return fb;
	return mk_rtc_param(c, &p, true);
}

static const struct ioctl_handler rtc_handlers[] = {
	{ RTC_ALM_READ, IOH_OUT, 0, ioh_rtc_time, NULL },
	{ RTC_RD_TIME, IOH_OUT, 0, ioh_rtc_time, NULL },
	{ RTC_ALM_SET, IOH_IN, 0, ioh_rtc_time, NULL },
	{ RTC_SET_TIME, IOH_IN, 0, ioh_rtc_time, NULL },
	{ RTC_WKALM_RD, IOH_OUT, 0, ioh_rtc_wkalrm, NULL },
	{ RTC_WKALM_SET, IOH_IN, 0, ioh_rtc_wkalrm, NULL },
	{ RTC_PLL_GET, IOH_OUT, 0, ioh_rtc_pll, NULL },
	{ RTC_PLL_SET, IOH_IN, 0, ioh_rtc_pll, NULL },
	{ RTC_IRQP_READ, IOH_OUT, 0, ioh_u64, NULL },
	{ RTC_EPOCH_READ, IOH_OUT, 0, ioh_u64, NULL },
	{ RTC_VL_READ, IOH_OUT, 0, ioh_int, &xlat_ioctl_rtc_vl_flags },
	{ RTC_PARAM_GET, IOH_INOUT_FAILADDR, 0, ioh_rtc_param_get, NULL },
	{ RTC_PARAM_SET, IOH_IN, 0, ioh_rtc_param_set, NULL },
};

IOCTL_TABLE(rtc, rtc_handlers);
