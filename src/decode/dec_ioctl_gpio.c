/*
 * dec_ioctl_gpio.c - ioctl arguments of GPIO character devices: the v1
 * line handle and event requests and the v2 line requests, configurations
 * and values.  The requests are larger than what the eBPF backend copies
 * (IOCTL_CAP_MAX), so there they show as addresses.
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/gpio.h>

/* n (capped at max) u32 or u8 numbers; at most -s of them, then "..." */
static struct value *mk_nums(struct dctx *c, const void *p, uint32_t n, uint32_t max, size_t width)
{
	if (n > max)
		n = max;
	struct value *a = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i < n; i++) {
		if (i >= array_limit(c)) {
			v_add(a, v_ellipsis(c->a));
			break;
		}
		v_add(a, mk_uint(c, width == 4 ? ((const uint32_t *)p)[i] : ((const uint8_t *)p)[i]));
	}
	return a;
}

static bool any_set(const uint32_t *p, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		if (p[i])
			return true;
	return false;
}

static struct value *mk_padding(struct dctx *c, const uint32_t *p, unsigned n)
{
	struct value *a = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < n; i++)
		v_add(a, mk_hex(c, p[i]));
	return a;
}

/* {fd=N}: the descriptor a request returned in the struct (fd_at: its offset) */
static struct value *gpio_fd(struct dctx *c, uint64_t arg, size_t fd_at)
{
	int32_t fd;
	struct value *fb;
	if (!fetch(c, arg + fd_at, &fd, sizeof(fd), &fb))
		return NULL;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "fd", mk_fd(c, fd));
	return s;
}

/* ---- v1 ---- */

static struct value *ioh_gpio_chipinfo(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct gpiochip_info i;
	struct value *fb;
	if (!fetch(c, arg, &i, sizeof(i), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "name", ioh_chars(c, i.name, sizeof(i.name)));
	v_field(s, "label", ioh_chars(c, i.label, sizeof(i.label)));
	v_field(s, "lines", mk_uint(c, i.lines));
	return s;
}

static struct value *ioh_gpio_lineinfo(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct gpioline_info i;
	struct value *fb;
	if (!fetch(c, arg, &i, sizeof(i), &fb))
		return c->exiting ? NULL : fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (c->exiting) {
		v_field(s, "flags", mk_flags(c, i.flags, &xlat_ioctl_gpio_line_flags));
		v_field(s, "name", ioh_chars(c, i.name, sizeof(i.name)));
		v_field(s, "consumer", ioh_chars(c, i.consumer, sizeof(i.consumer)));
		return s;
	}
	v_field(s, "line_offset", mk_uint(c, i.line_offset));
	return s;
}

static struct value *ioh_gpio_unwatch(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint32_t off;
	struct value *fb;
	if (!fetch(c, arg, &off, sizeof(off), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "offset", mk_uint(c, off));
	return s;
}

static struct value *ioh_gpio_handle_req(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct gpiohandle_request r;
	struct value *fb;
	if (c->exiting)
		return gpio_fd(c, arg, offsetof(struct gpiohandle_request, fd));
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "lines", mk_uint(c, r.lines));
	v_field(s, "lineoffsets", mk_nums(c, r.lineoffsets, r.lines, GPIOHANDLES_MAX, 4));
	v_field(s, "flags", mk_flags(c, r.flags, &xlat_ioctl_gpio_handle_flags));
	v_field(s, "default_values", mk_nums(c, r.default_values, r.lines, GPIOHANDLES_MAX, 1));
	v_field(s, "consumer_label", ioh_chars(c, r.consumer_label, sizeof(r.consumer_label)));
	return s;
}

static struct value *ioh_gpio_event_req(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct gpioevent_request r;
	struct value *fb;
	if (c->exiting)
		return gpio_fd(c, arg, offsetof(struct gpioevent_request, fd));
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "lineoffset", mk_uint(c, r.lineoffset));
	v_field(s, "handleflags", mk_flags(c, r.handleflags, &xlat_ioctl_gpio_handle_flags));
	v_field(s, "eventflags", mk_flags(c, r.eventflags, &xlat_ioctl_gpio_event_flags));
	v_field(s, "consumer_label", ioh_chars(c, r.consumer_label, sizeof(r.consumer_label)));
	return s;
}

static struct value *ioh_gpio_handle_data(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct gpiohandle_data d;
	struct value *fb;
	if (!fetch(c, arg, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "values", mk_nums(c, d.values, GPIOHANDLES_MAX, GPIOHANDLES_MAX, 1));
	return s;
}

static struct value *ioh_gpio_handle_config(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct gpiohandle_config h;
	struct value *fb;
	if (!fetch(c, arg, &h, sizeof(h), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "flags", mk_flags(c, h.flags, &xlat_ioctl_gpio_handle_flags));
	v_field(s, "default_values", mk_nums(c, h.default_values, GPIOHANDLES_MAX, GPIOHANDLES_MAX, 1));
	return s;
}

/* ---- v2 ---- */

static struct value *mk_v2_attr(struct dctx *c, const struct gpio_v2_line_config_attribute *a)
{
	struct value *s = v_list(c->a, V_STRUCT);
	const struct gpio_v2_line_attribute *t = &a->attr;
	if (t->padding || t->id < GPIO_V2_LINE_ATTR_ID_FLAGS || t->id > GPIO_V2_LINE_ATTR_ID_DEBOUNCE) {
		struct value *r = v_list(c->a, V_STRUCT);
		v_field(r, "id", mk_uint(c, t->id));
		v_field(r, "padding", mk_hex(c, t->padding));
		v_field(r, "data", mk_hex(c, t->flags));
		v_field(s, "attr", r);
	} else if (t->id == GPIO_V2_LINE_ATTR_ID_FLAGS) {
		v_field(s, "flags", mk_flags(c, t->flags, &xlat_ioctl_gpio_v2_flags));
	} else if (t->id == GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES) {
		v_field(s, "values", mk_hex(c, t->values));
	} else {
		v_field(s, "debounce_period_us", mk_uint(c, t->debounce_period_us));
	}
	v_field(s, "mask", mk_hex(c, a->mask));
	return s;
}

/* a line's attribute: {flags=...}, {values=...}, {debounce_period_us=...}, else (or with
   padding) {id=N, padding=..., data=...} */
static struct value *mk_v2_line_attr(struct dctx *c, const struct gpio_v2_line_attribute *t)
{
	struct value *s = v_list(c->a, V_STRUCT);
	if (t->padding || t->id < GPIO_V2_LINE_ATTR_ID_FLAGS || t->id > GPIO_V2_LINE_ATTR_ID_DEBOUNCE) {
		v_field(s, "id", mk_uint(c, t->id));
		if (t->padding)
			v_field(s, "padding", mk_hex(c, t->padding));
		v_field(s, "data", mk_hex(c, t->flags));
	} else if (t->id == GPIO_V2_LINE_ATTR_ID_FLAGS) {
		v_field(s, "flags", mk_flags(c, t->flags, &xlat_ioctl_gpio_v2_flags));
	} else if (t->id == GPIO_V2_LINE_ATTR_ID_OUTPUT_VALUES) {
		v_field(s, "values", mk_hex(c, t->values));
	} else {
		v_field(s, "debounce_period_us", mk_uint(c, t->debounce_period_us));
	}
	return s;
}

static struct value *mk_v2_config(struct dctx *c, const struct gpio_v2_line_config *g)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "flags", mk_flags(c, g->flags, &xlat_ioctl_gpio_v2_flags));
	v_field(s, "num_attrs", mk_uint(c, g->num_attrs));
	if (any_set(g->padding, ARRAY_SIZE(g->padding)))
		v_field(s, "padding", mk_padding(c, g->padding, ARRAY_SIZE(g->padding)));
	if (g->num_attrs) {
		uint32_t n = g->num_attrs < GPIO_V2_LINE_NUM_ATTRS_MAX ? g->num_attrs : GPIO_V2_LINE_NUM_ATTRS_MAX;
		struct value *a = v_list(c->a, V_ARRAY);
		for (uint32_t i = 0; i < n; i++)
			v_add(a, mk_v2_attr(c, &g->attrs[i]));
		v_field(s, "attrs", a);
	}
	return s;
}

static struct value *ioh_gpio_v2_lineinfo(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct gpio_v2_line_info i;
	struct value *fb;
	if (!fetch(c, arg, &i, sizeof(i), &fb))
		return c->exiting ? NULL : fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (c->exiting) {
		v_field(s, "name", ioh_chars(c, i.name, sizeof(i.name)));
		v_field(s, "consumer", ioh_chars(c, i.consumer, sizeof(i.consumer)));
		v_field(s, "flags", mk_flags(c, i.flags, &xlat_ioctl_gpio_v2_flags));
		v_field(s, "num_attrs", mk_uint(c, i.num_attrs));
		if (any_set(i.padding, ARRAY_SIZE(i.padding)))
			v_field(s, "padding", mk_padding(c, i.padding, ARRAY_SIZE(i.padding)));
		if (i.num_attrs) {
			uint32_t n = i.num_attrs < GPIO_V2_LINE_NUM_ATTRS_MAX ? i.num_attrs : GPIO_V2_LINE_NUM_ATTRS_MAX;
			struct value *a = v_list(c->a, V_ARRAY);
			for (uint32_t k = 0; k < n; k++)
				v_add(a, mk_v2_line_attr(c, &i.attrs[k]));
			v_field(s, "attrs", a);
		}
		return s;
	}
	v_field(s, "offset", mk_uint(c, i.offset));
	return s;
}

static struct value *ioh_gpio_v2_line_req(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct gpio_v2_line_request r;
	struct value *fb;
	if (c->exiting)
		return gpio_fd(c, arg, offsetof(struct gpio_v2_line_request, fd));
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "num_lines", mk_uint(c, r.num_lines));
	v_field(s, "offsets", mk_nums(c, r.offsets, r.num_lines, GPIO_V2_LINES_MAX, 4));
	v_field(s, "consumer", ioh_chars(c, r.consumer, sizeof(r.consumer)));
	v_field(s, "config", mk_v2_config(c, &r.config));
	if (r.event_buffer_size)
		v_field(s, "event_buffer_size", mk_uint(c, r.event_buffer_size));
	if (any_set(r.padding, ARRAY_SIZE(r.padding)))
		v_field(s, "padding", mk_padding(c, r.padding, ARRAY_SIZE(r.padding)));
	return s;
}

static struct value *ioh_gpio_v2_config(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct gpio_v2_line_config g;
	struct value *fb;
	if (!fetch(c, arg, &g, sizeof(g), &fb))
		return fb;
	return mk_v2_config(c, &g);
}

static struct value *ioh_gpio_v2_values(struct dctx *c, uint64_t arg, const void *set)
{
	struct gpio_v2_line_values v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return c->exiting ? NULL : fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (set || c->exiting)
		v_field(s, "bits", mk_hex(c, v.bits));
	if (!c->exiting)
		v_field(s, "mask", mk_hex(c, v.mask));
	return s;
}

static const struct ioctl_handler gpio_handlers[] = {
	{ GPIO_GET_CHIPINFO_IOCTL, IOH_OUT, 0, ioh_gpio_chipinfo, NULL },
	{ GPIO_GET_LINEINFO_IOCTL, IOH_INOUT, 0, ioh_gpio_lineinfo, NULL },
	{ GPIO_GET_LINEINFO_WATCH_IOCTL, IOH_INOUT, 0, ioh_gpio_lineinfo, NULL },
	{ GPIO_GET_LINEINFO_UNWATCH_IOCTL, IOH_IN, 0, ioh_gpio_unwatch, NULL },
	{ GPIO_GET_LINEHANDLE_IOCTL, IOH_INOUT, 0, ioh_gpio_handle_req, NULL },
	{ GPIO_GET_LINEEVENT_IOCTL, IOH_INOUT, 0, ioh_gpio_event_req, NULL },
	{ GPIOHANDLE_SET_LINE_VALUES_IOCTL, IOH_IN, 0, ioh_gpio_handle_data, NULL },
	{ GPIOHANDLE_GET_LINE_VALUES_IOCTL, IOH_OUT, 0, ioh_gpio_handle_data, NULL },
	{ GPIOHANDLE_SET_CONFIG_IOCTL, IOH_IN, 0, ioh_gpio_handle_config, NULL },
	{ GPIO_V2_GET_LINEINFO_IOCTL, IOH_INOUT, 0, ioh_gpio_v2_lineinfo, NULL },
	{ GPIO_V2_GET_LINEINFO_WATCH_IOCTL, IOH_INOUT, 0, ioh_gpio_v2_lineinfo, NULL },
	{ GPIO_V2_GET_LINE_IOCTL, IOH_INOUT, 0, ioh_gpio_v2_line_req, NULL },
	{ GPIO_V2_LINE_SET_CONFIG_IOCTL, IOH_IN, 0, ioh_gpio_v2_config, NULL },
	{ GPIO_V2_LINE_GET_VALUES_IOCTL, IOH_INOUT, 0, ioh_gpio_v2_values, NULL },
	{ GPIO_V2_LINE_SET_VALUES_IOCTL, IOH_IN, 0, ioh_gpio_v2_values, (const void *)1 },
};

IOCTL_TABLE(gpio, gpio_handlers);
