/*
 * dec_ioctl_evdev.c - ioctl arguments of input event devices (EVIOC*):
 * key maps, repeat rates, clocks and force-feedback effects.  The
 * requests whose number or size is a parameter are named in dec_ioctl.c.
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/input.h>

IOCTL_FITS(struct ff_effect);

/* two unsigned ints: [a, b], the second a key when keys is set */
static struct value *ioh_uint_pair(struct dctx *c, uint64_t arg, const void *keys)
{
	uint32_t v[2];
	struct value *fb;
	if (!fetch(c, arg, v, sizeof(v), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_uint(c, v[0]));
	v_add(a, keys ? mk_enum(c, v[1], keys) : mk_uint(c, v[1]));
	return a;
}

static struct value *ioh_keymap_entry(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct input_keymap_entry k;
	struct value *fb;
	if (!fetch(c, arg, &k, sizeof(k), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "flags", mk_uint(c, k.flags));
	v_field(s, "len", mk_uint(c, k.len));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	v_field(s, "index", mk_uint(c, k.index));
	v_field(s, "keycode", mk_enum(c, k.keycode, &xlat_ioctl_evdev_keys));
	struct value *sc = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < sizeof(k.scancode); i++)
		v_add(sc, mk_hex(c, k.scancode[i]));
	v_field(s, "scancode", sc);
	return s;
}

static struct value *mk_envelope(struct dctx *c, const struct ff_envelope *e)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "attack_length", mk_uint(c, e->attack_length));
	v_field(s, "attack_level", mk_uint(c, e->attack_level));
	v_field(s, "fade_length", mk_uint(c, e->fade_length));
	v_field(s, "fade_level", mk_hex(c, e->fade_level));
	return s;
}

static struct value *ioh_ff_effect(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct ff_effect f;
	struct value *fb;
	if (!fetch(c, arg, &f, sizeof(f), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "type", mk_enum(c, f.type, &xlat_ioctl_evdev_ff_types));
	v_field(s, "id", mk_int(c, f.id));
	v_field(s, "direction", mk_uint(c, f.direction));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	struct value *t = v_list(c->a, V_STRUCT);
	v_field(t, "button", mk_uint(c, f.trigger.button));
	v_field(t, "interval", mk_uint(c, f.trigger.interval));
	v_field(s, "trigger", t);
	struct value *r = v_list(c->a, V_STRUCT);
	v_field(r, "length", mk_uint(c, f.replay.length));
	v_field(r, "delay", mk_uint(c, f.replay.delay));
	v_field(s, "replay", r);
	struct value *u = v_list(c->a, V_STRUCT);
	switch (f.type) {
	case FF_CONSTANT:
		v_field(u, "level", mk_int(c, f.u.constant.level));
		v_field(u, "envelope", mk_envelope(c, &f.u.constant.envelope));
		v_field(s, "constant", u);
		break;
	case FF_RAMP:
		v_field(u, "start_level", mk_int(c, f.u.ramp.start_level));
		v_field(u, "end_level", mk_int(c, f.u.ramp.end_level));
		v_field(u, "envelope", mk_envelope(c, &f.u.ramp.envelope));
		v_field(s, "ramp", u);
		break;
	case FF_PERIODIC:
		v_field(u, "waveform", mk_uint(c, f.u.periodic.waveform));
		v_field(u, "period", mk_uint(c, f.u.periodic.period));
		v_field(u, "magnitude", mk_int(c, f.u.periodic.magnitude));
		v_field(u, "offset", mk_int(c, f.u.periodic.offset));
		v_field(u, "phase", mk_uint(c, f.u.periodic.phase));
		v_field(u, "envelope", mk_envelope(c, &f.u.periodic.envelope));
		v_field(u, "custom_len", mk_uint(c, f.u.periodic.custom_len));
		v_field(u, "custom_data", mk_ptr(c, (uint64_t)(uintptr_t)f.u.periodic.custom_data));
		v_field(s, "periodic", u);
		break;
	case FF_RUMBLE:
		v_field(u, "strong_magnitude", mk_uint(c, f.u.rumble.strong_magnitude));
		v_field(u, "weak_magnitude", mk_uint(c, f.u.rumble.weak_magnitude));
		v_field(s, "rumble", u);
		break;
	}
	return s;
}

/* EVIOCGID: {bustype, vendor, product, version} */
static struct value *ioh_input_id(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct input_id i;
	struct value *fb;
	if (!fetch(c, arg, &i, sizeof(i), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "bustype", mk_uint(c, i.bustype));
	v_field(s, "vendor", mk_uint(c, i.vendor));
	v_field(s, "product", mk_uint(c, i.product));
	v_field(s, "version", mk_uint(c, i.version));
	return s;
}

/* the size the request names (EVIOCGABS, EVIOCGMTSLOTS) */
static uint32_t req_size(const struct dctx *c)
{
	return ((uint32_t)c->arg[1] >> 16) & 0x3fff;
}

/* EVIOCGABS(abs): the address when the size is short of flat; else value and minimum, the rest with -v; resolution when the request's
   size holds it; "..." for what the size has beyond that */
static struct value *ioh_absinfo(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct input_absinfo a;
	struct value *fb;
	uint32_t sz = req_size(c);
	if (sz < offsetof(struct input_absinfo, resolution))   /* not even up to flat: the address */
		return mk_ptr(c, arg);
	if (!fetch(c, arg, &a, offsetof(struct input_absinfo, resolution), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "value", mk_uint(c, (uint32_t)a.value));
	v_field(s, "minimum", mk_uint(c, (uint32_t)a.minimum));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	v_field(s, "maximum", mk_uint(c, (uint32_t)a.maximum));
	v_field(s, "fuzz", mk_uint(c, (uint32_t)a.fuzz));
	v_field(s, "flat", mk_uint(c, (uint32_t)a.flat));
	if (sz <= offsetof(struct input_absinfo, resolution))
		return s;
	if (sz >= sizeof(a)) {
		if (!fetch(c, arg, &a, sizeof(a), &fb))
			return fb;
		v_field(s, "resolution", mk_uint(c, (uint32_t)a.resolution));
	}
	if (sz != sizeof(a))
		v_add(s, v_ellipsis(c->a));
	return s;
}

/* EVIOCGMTSLOTS(len): {code=ABS_MT_x, values=[...]}, the values filling len */
static struct value *ioh_mtslots(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint32_t code;
	struct value *fb;
	if (!fetch(c, arg, &code, sizeof(code), &fb))
		return fb;
	uint32_t sz = req_size(c);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "code", mk_enum(c, code, &xlat_ioctl_evdev_mt_codes));
	struct value *vals = v_list(c->a, V_ARRAY);
	for (uint32_t off = sizeof(code); off + sizeof(int32_t) <= sz; off += sizeof(int32_t)) {
		if (off / sizeof(int32_t) > array_limit(c)) {
			v_add(vals, v_ellipsis(c->a));
			break;
		}
		int32_t v;
		if (mem_read(c->mem, arg + off, &v, sizeof(v)) != 0) {
			v_add(vals, mk_ellipsis_at(c, arg + off));
			break;
		}
		v_add(vals, mk_int(c, v));
	}
	v_field(s, "values", vals);
	return s;
}

/* EVIOCGBIT(type, len): the bits the call returned (its result is their byte count), named
   by the type's table ([EV_ABS EV_MSC]); a type without one shows the address */
static struct value *ioh_getbit(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	unsigned type = ((uint32_t)c->arg[1] & 0xff) - 0x20;
	const struct xlat *names = type == 0 ? &xlat_ioctl_evdev_types : type == EV_KEY ? &xlat_ioctl_evdev_keys
				 : type == EV_ABS ? &xlat_ioctl_evdev_abs : type == EV_FF ? &xlat_ioctl_evdev_ff_types
				 : NULL;
	/* as strace: the result's byte count, up to the bits the type has */
	unsigned cnt = type == 0 ? EV_CNT : type == EV_KEY ? KEY_CNT : type == EV_ABS ? ABS_CNT : FF_CNT;
	uint64_t n = c->rval > 0 ? (uint64_t)c->rval : 0;
	if (n > (cnt + 7) / 8)
		n = (cnt + 7) / 8;
	if (!names || !n)
		return mk_ptr(c, arg);
	uint64_t buf64[(KEY_MAX / 8 + 1 + 7) / 8];
	uint8_t *buf = (uint8_t *)buf64;
	if (n > sizeof(buf64))
		n = sizeof(buf64);
	size_t words = (n + 7) / 8;
	struct value *fb;
	if (!fetch(c, arg, buf, n, &fb))
		return fb;
	/* -X raw: the whole words the bits are in ([0x460018]); verbose adds them as a comment */
	struct value *raw = v_list(c->a, V_ARRAY);
	if (mem_read(c->mem, arg, buf64, words * 8) != 0)
		words = 0;
	for (size_t i = 0; i < words; i++)
		v_add(raw, mk_hex(c, buf64[i]));
	struct value *set = v_list(c->a, V_SET);
	unsigned shown = 0;
	for (unsigned bit = 0; bit < n * 8; bit++) {
		if (!(buf[bit / 8] & (1u << (bit % 8))))
			continue;
		if (!c->verbose && shown == 4) {
			v_add(set, v_ellipsis(c->a));
			break;
		}
		v_add(set, mk_enum(c, bit, names));
		shown++;
	}
	if (!words)
		return set;
	struct value *pair = v_list(c->a, V_SEQ);
	pair->fmt = VSEQ_CAT;
	v_add(pair, set)->xs |= XS_NORAW;
	v_add(pair, raw)->xs |= XS_RAWONLY;
	return pair;
}

static const struct ioctl_handler evdev_handlers[] = {
	{ _IOC(_IOC_READ, 'E', 0x20, 0), IOH_OUT, 0, ioh_getbit, NULL },   /* EVIOCGBIT: any type and size */
	{ EVIOCGID, IOH_OUT, 0, ioh_input_id, NULL },
	{ _IOC(_IOC_READ, 'E', 0x40, 0), IOH_OUT, 0, ioh_absinfo, NULL },  /* EVIOCGABS: any axis and size (dec_ioctl.c) */
	{ EVIOCGMTSLOTS(0), IOH_OUT, 0, ioh_mtslots, NULL },  /* any size */
	{ EVIOCRMFF, IOH_IN, 0, ioh_val_int, NULL },
	{ EVIOCSCLOCKID, IOH_IN, 0, ioh_uint, NULL },
	{ EVIOCSREP, IOH_IN, 0, ioh_uint_pair, NULL },
	{ EVIOCGREP, IOH_OUT, 0, ioh_uint_pair, NULL },
	{ EVIOCSKEYCODE, IOH_IN, 0, ioh_uint_pair, &xlat_ioctl_evdev_keys },
	{ EVIOCSKEYCODE_V2, IOH_IN, 0, ioh_keymap_entry, NULL },
	{ EVIOCSFF, IOH_IN, 0, ioh_ff_effect, NULL },
};

IOCTL_TABLE(evdev, evdev_handlers);
