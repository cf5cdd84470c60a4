/*
 * dec_ioctl_v4l2.c - ioctl arguments of video devices (V4L2, VIDIOC_*): the
 * formats of each buffer type, buffers, streaming parameters, standards,
 * inputs, controls (one, or a list of them), tuners, cropping, frame sizes
 * and intervals.  Pixel formats print as v4l2_fourcc('a', 'b', 'c', 'd')
 * with their name.  What the kernel writes back on success is shown for
 * the enumeration of formats, G_FMT, G_CTRL, REQBUFS and the control lists;
 * the other requests show what the program passed (docs/COMPATIBILITY.md).
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/videodev2.h>
#include <stdio.h>
#include <string.h>

IOCTL_FITS(struct v4l2_format);
IOCTL_FITS(struct v4l2_create_buffers);

/* a char of a fourcc as strace quotes it: 'A', '\'', '\\', '\xfa' (at most 7 bytes and NUL) */
static void fourcc_char(char *out, unsigned ch)
{
	if (ch == '\'' || ch == '\\')
		snprintf(out, 8, "'\\%c'", ch);
	else if (ch >= 0x20 && ch < 0x7f)
		snprintf(out, 8, "'%c'", ch);
	else
		snprintf(out, 8, "'\\x%02x'", ch);
}

/* v4l2_fourcc('Y', 'U', 'Y', 'V') / * V4L2_PIX_FMT_YUYV * /, under -X raw its number */
static struct value *mk_fourcc(struct dctx *c, uint32_t v)
{
	char ch[4][8];
	for (unsigned i = 0; i < 4; i++)
		fourcc_char(ch[i], (v >> (8 * i)) & 0xff);
	struct value *s = v_alt(v_sym(c->a, arena_printf(c->a, "v4l2_fourcc(%s, %s, %s, %s)", ch[0], ch[1], ch[2], ch[3]), v),
				mk_hex(c, v));
	s->xs |= XS_ALT_RAW | XS_COMMENT_NORAW;
	const char *n = xlat_name(&xlat_v4l2_pix_fmts, v);
	return n ? v_comment(s, n) : s;
}

/* a control id: its name, CLASS+offset within a known class, else the number */
static struct value *mk_cid(struct dctx *c, uint32_t id)
{
	if (xlat_name(&xlat_v4l2_control_ids, id))
		return mk_enum(c, id, &xlat_v4l2_control_ids);
	const char *cls = xlat_name(&xlat_v4l2_control_classes, id & 0xffff0000u);
	if (cls)
		return v_const(c->a, arena_printf(c->a, "%s+%#x", cls, id & 0xffff), id, NF_HEX);
	return mk_enum(c, id, &xlat_v4l2_control_ids);
}

/* QUERYCTRL's id: the NEXT_* flags and a control id */
static struct value *mk_cid_flags(struct dctx *c, uint32_t id)
{
	uint32_t fl = id & (V4L2_CTRL_FLAG_NEXT_CTRL | V4L2_CTRL_FLAG_NEXT_COMPOUND);
	if (!fl)
		return mk_cid(c, id);
	struct value *o = v_list(c->a, V_OR);
	v_add(o, mk_flags(c, fl, &xlat_v4l2_control_id_flags));
	v_add(o, mk_cid(c, id & ~fl));
	/* -X raw: the number as a whole; verbose: each part in its style */
	v_alt(o, mk_hex(c, id))->xs |= XS_ALT_RAW;
	return o;
}

static struct value *mk_buf_type(struct dctx *c, uint32_t t)
{
	return mk_enum(c, t, &xlat_v4l2_buf_types);
}

static struct value *mk_rect(struct dctx *c, const struct v4l2_rect *r)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "left", mk_int(c, r->left));
	v_field(s, "top", mk_int(c, r->top));
	v_field(s, "width", mk_uint(c, r->width));
	v_field(s, "height", mk_uint(c, r->height));
	return s;
}

static struct value *mk_fract(struct dctx *c, const struct v4l2_fract *f)
{
	return v_sym(c->a, arena_printf(c->a, "%u/%u", f->numerator, f->denominator), 0);
}

/* ---- formats ---- */

static struct value *v4l2_plane_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	const struct v4l2_plane_pix_format *p = e;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "sizeimage", mk_uint(c, p->sizeimage));
	v_field(s, "bytesperline", mk_uint(c, p->bytesperline));
	return s;
}

static struct value *v4l2_clip_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	const struct v4l2_clip *cl = e;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "c", mk_rect(c, &cl->c));
	return s;
}

/* the union of struct v4l2_format as its type says, appended to s */
static void v4l2_add_format(struct dctx *c, struct value *s, const struct v4l2_format *f)
{
	struct value *u = v_list(c->a, V_STRUCT);
	switch (f->type) {
	case V4L2_BUF_TYPE_VIDEO_CAPTURE:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT: {
		const struct v4l2_pix_format *p = &f->fmt.pix;
		v_field(u, "width", mk_uint(c, p->width));
		v_field(u, "height", mk_uint(c, p->height));
		v_field(u, "pixelformat", mk_fourcc(c, p->pixelformat));
		v_field(u, "field", mk_enum(c, p->field, &xlat_v4l2_fields));
		v_field(u, "bytesperline", mk_uint(c, p->bytesperline));
		v_field(u, "sizeimage", mk_uint(c, p->sizeimage));
		v_field(u, "colorspace", mk_enum(c, p->colorspace, &xlat_v4l2_colorspaces));
		v_field(s, "fmt.pix", u);
		return;
	}
	case V4L2_BUF_TYPE_VIDEO_CAPTURE_MPLANE:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT_MPLANE: {
		const struct v4l2_pix_format_mplane *p = &f->fmt.pix_mp;
		v_field(u, "width", mk_uint(c, p->width));
		v_field(u, "height", mk_uint(c, p->height));
		v_field(u, "pixelformat", mk_fourcc(c, p->pixelformat));
		v_field(u, "field", mk_enum(c, p->field, &xlat_v4l2_fields));
		v_field(u, "colorspace", mk_enum(c, p->colorspace, &xlat_v4l2_colorspaces));
		unsigned n = p->num_planes < VIDEO_MAX_PLANES ? p->num_planes : VIDEO_MAX_PLANES;
		struct value *a = v_list(c->a, V_ARRAY);
		for (unsigned i = 0; i < n; i++)
			v_add(a, v4l2_plane_elem(c, &p->plane_fmt[i], NULL));
		v_field(u, "plane_fmt", a);
		v_field(u, "num_planes", mk_uint(c, p->num_planes));
		v_field(s, "fmt.pix_mp", u);
		return;
	}
	case V4L2_BUF_TYPE_VIDEO_OVERLAY:
	case V4L2_BUF_TYPE_VIDEO_OUTPUT_OVERLAY: {
		const struct v4l2_window *w = &f->fmt.win;
		v_field(u, "w", mk_rect(c, &w->w));
		v_field(u, "field", mk_enum(c, w->field, &xlat_v4l2_fields));
		v_field(u, "chromakey", mk_hex(c, w->chromakey));
		v_field(u, "clips", mk_array(c, (uintptr_t)w->clips, w->clipcount, sizeof(struct v4l2_clip),
					     v4l2_clip_elem, NULL));
		v_field(u, "clipcount", mk_uint(c, w->clipcount));
		v_field(u, "bitmap", mk_ptr(c, (uintptr_t)w->bitmap));
		v_field(u, "global_alpha", mk_hex(c, w->global_alpha));
		v_field(s, "fmt.win", u);
		return;
	}
	case V4L2_BUF_TYPE_VBI_CAPTURE:
	case V4L2_BUF_TYPE_VBI_OUTPUT: {
		const struct v4l2_vbi_format *v = &f->fmt.vbi;
		v_field(u, "sampling_rate", mk_uint(c, v->sampling_rate));
		v_field(u, "offset", mk_uint(c, v->offset));
		v_field(u, "samples_per_line", mk_uint(c, v->samples_per_line));
		v_field(u, "sample_format", mk_fourcc(c, v->sample_format));
		struct value *st = v_list(c->a, V_ARRAY), *cn = v_list(c->a, V_ARRAY);
		for (unsigned i = 0; i < 2; i++) {
			v_add(st, mk_int(c, v->start[i]));
			v_add(cn, mk_uint(c, v->count[i]));
		}
		v_field(u, "start", st);
		v_field(u, "count", cn);
		v_field(u, "flags", mk_flags(c, v->flags, &xlat_v4l2_vbi_flags));
		v_field(s, "fmt.vbi", u);
		return;
	}
	case V4L2_BUF_TYPE_SLICED_VBI_CAPTURE:
	case V4L2_BUF_TYPE_SLICED_VBI_OUTPUT: {
		const struct v4l2_sliced_vbi_format *v = &f->fmt.sliced;
		v_field(u, "service_set", mk_flags(c, v->service_set, &xlat_v4l2_sliced_flags));
		struct value *fields = v_list(c->a, V_ARRAY);
		for (unsigned i = 0; i < 2; i++) {
			struct value *l = v_add(fields, v_list(c->a, V_ARRAY));
			for (unsigned j = 0; j < 24; j++)
				v_add(l, mk_hex(c, v->service_lines[i][j]));
		}
		v_field(u, "service_lines", fields);
		v_field(u, "io_size", mk_uint(c, v->io_size));
		v_field(s, "fmt.sliced", u);
		return;
	}
	case V4L2_BUF_TYPE_SDR_CAPTURE:
	case V4L2_BUF_TYPE_SDR_OUTPUT:
		v_field(u, "pixelformat", mk_fourcc(c, f->fmt.sdr.pixelformat));
		if (f->fmt.sdr.buffersize)   /* strace shows a zero size of SDR buffers not at all */
			v_field(u, "buffersize", mk_uint(c, f->fmt.sdr.buffersize));
		v_field(s, "fmt.sdr", u);
		return;
	case V4L2_BUF_TYPE_META_CAPTURE:
	case V4L2_BUF_TYPE_META_OUTPUT:
		v_field(u, "dataformat", mk_fourcc(c, f->fmt.meta.dataformat));
		v_field(u, "buffersize", mk_uint(c, f->fmt.meta.buffersize));
		v_field(s, "fmt.meta", u);
		return;
	}
}

/* the kept struct of a get request (c->priv[0], from entry to exit) */
static struct value *v4l2_kept(struct dctx *c)
{
	return (struct value *)(uintptr_t)c->priv[0];
}

static struct value *v4l2_keep(struct dctx *c, struct value *s)
{
	c->priv[0] = (uint64_t)(uintptr_t)s;
	return NULL;
}

/* S_FMT, TRY_FMT (data 0) and G_FMT (data 1): the type, and the format (G_FMT: at exit on success) */
static struct value *ioh_v4l2_fmt(struct dctx *c, uint64_t arg, const void *get)
{
	struct v4l2_format f;
	struct value *fb;
	if (get && c->exiting) {
		struct value *s = v4l2_kept(c);
		if (s && !failed(c) && mem_read(c->mem, arg, &f, sizeof(f)) == 0)
			v4l2_add_format(c, s, &f);
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &f, sizeof(f), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "type", mk_buf_type(c, f.type));
	if (get)
		return v4l2_keep(c, s);
	v4l2_add_format(c, s, &f);
	return s;
}

/* ENUM_FMT: the index and type; at exit on success what the kernel describes */
static struct value *ioh_v4l2_enum_fmt(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct v4l2_fmtdesc d;
	struct value *fb;
	if (c->exiting) {
		struct value *s = v4l2_kept(c);
		if (s && !failed(c) && mem_read(c->mem, arg, &d, sizeof(d)) == 0) {
			v_field(s, "flags", mk_flags(c, d.flags, &xlat_v4l2_format_description_flags));
			v_field(s, "description", ioh_chars(c, d.description, sizeof(d.description)));
			v_field(s, "pixelformat", mk_fourcc(c, d.pixelformat));
		}
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &d, offsetof(struct v4l2_fmtdesc, flags), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "index", mk_uint(c, d.index));
	v_field(s, "type", mk_buf_type(c, d.type));
	return v4l2_keep(c, s);
}

/* REQBUFS: type, memory, and the count asked for => the count granted */
static struct value *ioh_v4l2_reqbufs(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct v4l2_requestbuffers r;
	struct value *fb;
	if (c->exiting) {
		struct value *s = v4l2_kept(c);
		if (!s || failed(c) || mem_read(c->mem, arg, &r, sizeof(r)) != 0)
			return s;
		struct value *before = s->list.last;
		before->name = NULL;
		struct value *ch = v_changed(c->a, before, mk_uint(c, r.count));
		ch->name = "count";
		struct value *p = s->list.first;
		while (p->next != before)
			p = p->next;
		p->next = ch;
		s->list.last = ch;
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "type", mk_buf_type(c, r.type));
	v_field(s, "memory", mk_enum(c, r.memory, &xlat_v4l2_memories));
	v_field(s, "count", mk_uint(c, r.count));
	return v4l2_keep(c, s);
}

/* QUERYBUF, QBUF (data 1: with the index), DQBUF: which buffer */
static struct value *ioh_v4l2_buffer(struct dctx *c, uint64_t arg, const void *with_index)
{
	struct v4l2_buffer b;
	struct value *fb;
	if (!fetch(c, arg, &b, sizeof(b), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "type", mk_buf_type(c, b.type));
	if (with_index)
		v_field(s, "index", mk_uint(c, b.index));
	return s;
}

static struct value *ioh_v4l2_fbuf(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct v4l2_framebuffer f;
	struct value *fb;
	if (!fetch(c, arg, &f, sizeof(f), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "capability", mk_hex(c, f.capability));
	v_field(s, "flags", mk_hex(c, f.flags));
	v_field(s, "base", mk_ptr(c, (uintptr_t)f.base));
	return s;
}

/* [buffer type] (STREAMON, STREAMOFF) */
static struct value *ioh_v4l2_type_at(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint32_t t;
	struct value *fb;
	if (!fetch(c, arg, &t, sizeof(t), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_buf_type(c, t));
	return a;
}

/* S_PARM (data 0), G_PARM (1): the type, and for video capture and output the parameters */
static struct value *ioh_v4l2_parm(struct dctx *c, uint64_t arg, const void *get)
{
	struct v4l2_streamparm p;
	struct value *fb;
	if (!fetch(c, arg, &p, sizeof(p), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "type", mk_buf_type(c, p.type));
	if (get)
		return s;
	struct value *u = v_list(c->a, V_STRUCT);
	if (p.type == V4L2_BUF_TYPE_VIDEO_CAPTURE) {
		v_field(u, "capability", mk_flags(c, p.parm.capture.capability, &xlat_v4l2_streaming_capabilities));
		v_field(u, "capturemode", mk_flags(c, p.parm.capture.capturemode, &xlat_v4l2_capture_modes));
		v_field(u, "timeperframe", mk_fract(c, &p.parm.capture.timeperframe));
		v_field(u, "extendedmode", mk_hex(c, p.parm.capture.extendedmode));
		v_field(u, "readbuffers", mk_uint(c, p.parm.capture.readbuffers));
		v_field(s, "parm.capture", u);
	} else if (p.type == V4L2_BUF_TYPE_VIDEO_OUTPUT) {
		v_field(u, "capability", mk_flags(c, p.parm.output.capability, &xlat_v4l2_streaming_capabilities));
		v_field(u, "outputmode", mk_flags(c, p.parm.output.outputmode, &xlat_v4l2_capture_modes));
		v_field(u, "timeperframe", mk_fract(c, &p.parm.output.timeperframe));
		v_field(u, "extendedmode", mk_hex(c, p.parm.output.extendedmode));
		v_field(u, "writebuffers", mk_uint(c, p.parm.output.writebuffers));
		v_field(s, "parm.output", u);
	}
	return s;
}

/* {index=N}: the first u32 of an enumeration (ENUMSTD, ENUMINPUT, G_TUNER) */
static struct value *ioh_v4l2_index(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint32_t i;
	struct value *fb;
	if (!fetch(c, arg, &i, sizeof(i), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "index", mk_uint(c, i));
	return s;
}

/* S_CTRL (data 0), G_CTRL (1: the value at exit on success) */
static struct value *ioh_v4l2_ctrl(struct dctx *c, uint64_t arg, const void *get)
{
	struct v4l2_control ct;
	struct value *fb;
	if (get && c->exiting) {
		struct value *s = v4l2_kept(c);
		if (s && !failed(c) && mem_read(c->mem, arg, &ct, sizeof(ct)) == 0)
			v_field(s, "value", mk_int(c, ct.value));
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &ct, sizeof(ct), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "id", mk_cid(c, ct.id));
	if (get)
		return v4l2_keep(c, s);
	v_field(s, "value", mk_int(c, ct.value));
	return s;
}

static struct value *ioh_v4l2_tuner(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct v4l2_tuner t;
	struct value *fb;
	if (!fetch(c, arg, &t, sizeof(t), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "index", mk_uint(c, t.index));
	v_field(s, "name", ioh_chars(c, t.name, sizeof(t.name)));
	v_field(s, "type", mk_enum(c, t.type, &xlat_v4l2_tuner_types));
	v_field(s, "capability", mk_flags(c, t.capability, &xlat_v4l2_tuner_caps));
	v_field(s, "rangelow", mk_uint(c, t.rangelow));
	v_field(s, "rangehigh", mk_uint(c, t.rangehigh));
	v_field(s, "rxsubchans", mk_flags(c, t.rxsubchans, &xlat_v4l2_tuner_rxsubchans));
	v_field(s, "audmode", mk_enum(c, t.audmode, &xlat_v4l2_tuner_audmodes));
	v_field(s, "signal", mk_int(c, t.signal));
	v_field(s, "afc", mk_int(c, t.afc));
	return s;
}

/* QUERYCTRL, QUERY_EXT_CTRL: which control (flags ask for the next one) */
static struct value *ioh_v4l2_queryctrl(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	uint32_t id;
	struct value *fb;
	if (!fetch(c, arg, &id, sizeof(id), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "id", mk_cid_flags(c, id));
	return s;
}

/* CROPCAP, G_CROP (data 0: the type), S_CROP (1: and the rectangle) */
static struct value *ioh_v4l2_crop(struct dctx *c, uint64_t arg, const void *set)
{
	struct v4l2_crop cr;
	struct value *fb;
	if (!fetch(c, arg, &cr.type, sizeof(cr.type), &fb))
		return fb;
	if (set && !fetch(c, arg, &cr, sizeof(cr), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "type", mk_buf_type(c, cr.type));
	if (set)
		v_field(s, "c", mk_rect(c, &cr.c));
	return s;
}

/* ---- control lists: S_EXT_CTRLS, TRY_EXT_CTRLS, G_EXT_CTRLS ---- */

static struct value *v4l2_ext_control_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	const struct v4l2_ext_control *x = e;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "id", mk_cid(c, x->id));
	v_field(s, "size", mk_uint(c, x->size));
	if (x->size) {
		v_field(s, "string", mk_buf(c, (uintptr_t)x->string, x->size));
	} else {
		v_field(s, "value", mk_int(c, x->value));
		v_field(s, "value64", mk_int(c, x->value64));
	}
	return s;
}

/* the controls; *whole when all of them could be read */
static struct value *v4l2_ext_controls(struct dctx *c, const struct v4l2_ext_controls *x, bool *whole)
{
	struct value *a = mk_array(c, (uintptr_t)x->controls, x->count, sizeof(struct v4l2_ext_control),
				   v4l2_ext_control_elem, NULL);
	*whole = a->kind == V_ARRAY && !(a->list.last && a->list.last->kind == V_ELLIPSIS && a->list.last->comment);
	return a;
}

/*
 * The class and count at entry, and (setting) the controls; at exit, failed
 * or not, the controls again (and when it failed the index of the one in
 * error): after " => "
 * when the entry showed them all, in the struct itself for G_EXT_CTRLS.
 * priv[0]: the struct kept (get), priv[1]: 1 when nothing follows at exit.
 */
static struct value *ioh_v4l2_ext_ctrls(struct dctx *c, uint64_t arg, const void *get)
{
	struct v4l2_ext_controls x;
	struct value *fb;
	bool whole;
	if (c->exiting) {
		if (c->priv[1] || mem_read(c->mem, arg, &x, sizeof(x)) != 0)
			return get ? v4l2_kept(c) : NULL;
		struct value *s = get ? v4l2_kept(c) : v_list(c->a, V_STRUCT);
		v_field(s, "controls", v4l2_ext_controls(c, &x, &whole));
		if (failed(c))
			v_field(s, "error_idx", mk_uint(c, x.error_idx));
		return s;
	}
	c->priv[0] = 0;
	c->priv[1] = 0;
	if (!fetch(c, arg, &x, sizeof(x), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "ctrl_class", mk_enum(c, x.ctrl_class, &xlat_v4l2_control_classes));
	v_field(s, "count", mk_uint(c, x.count));
	if (!x.count) {
		c->priv[1] = 1;
		return get ? v4l2_keep(c, s) : s;
	}
	if (get)
		return v4l2_keep(c, s);
	v_field(s, "controls", v4l2_ext_controls(c, &x, &whole));
	if (!whole)
		c->priv[1] = 1;
	return s;
}

/* ---- frame sizes and intervals, buffer creation ---- */

static struct value *ioh_v4l2_frmsize(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct v4l2_frmsizeenum f;
	struct value *fb;
	if (!fetch(c, arg, &f, offsetof(struct v4l2_frmsizeenum, type), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "index", mk_uint(c, f.index));
	v_field(s, "pixel_format", mk_fourcc(c, f.pixel_format));
	return s;
}

static struct value *ioh_v4l2_frmival(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct v4l2_frmivalenum f;
	struct value *fb;
	if (!fetch(c, arg, &f, offsetof(struct v4l2_frmivalenum, type), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "index", mk_uint(c, f.index));
	v_field(s, "pixel_format", mk_fourcc(c, f.pixel_format));
	v_field(s, "width", mk_uint(c, f.width));
	v_field(s, "height", mk_uint(c, f.height));
	return s;
}

static struct value *ioh_v4l2_create_bufs(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct v4l2_create_buffers b;
	struct value *fb;
	if (!fetch(c, arg, &b, sizeof(b), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "count", mk_uint(c, b.count));
	v_field(s, "memory", mk_enum(c, b.memory, &xlat_v4l2_memories));
	struct value *f = v_list(c->a, V_STRUCT);
	v_field(f, "type", mk_buf_type(c, b.format.type));
	v4l2_add_format(c, f, &b.format);
	v_field(s, "format", f);
	return s;
}

#define V4L2_ALT ((const void *)1)   /* the handlers' data 1: their other form */

static const struct ioctl_handler v4l2_handlers[] = {
	{ VIDIOC_ENUM_FMT, IOH_INOUT_ALWAYS, 0, ioh_v4l2_enum_fmt, NULL },
	{ VIDIOC_G_FMT, IOH_INOUT_ALWAYS, 0, ioh_v4l2_fmt, V4L2_ALT },
	{ VIDIOC_S_FMT, IOH_IN, 0, ioh_v4l2_fmt, NULL },
	{ VIDIOC_TRY_FMT, IOH_IN, 0, ioh_v4l2_fmt, NULL },
	{ VIDIOC_REQBUFS, IOH_INOUT_ALWAYS, 0, ioh_v4l2_reqbufs, NULL },
	{ VIDIOC_QUERYBUF, IOH_IN, 0, ioh_v4l2_buffer, V4L2_ALT },
	{ VIDIOC_QBUF, IOH_IN, 0, ioh_v4l2_buffer, V4L2_ALT },
	{ VIDIOC_DQBUF, IOH_IN, 0, ioh_v4l2_buffer, NULL },
	{ VIDIOC_S_FBUF, IOH_IN, 0, ioh_v4l2_fbuf, NULL },
	{ VIDIOC_STREAMON, IOH_IN, 0, ioh_v4l2_type_at, NULL },
	{ VIDIOC_STREAMOFF, IOH_IN, 0, ioh_v4l2_type_at, NULL },
	{ VIDIOC_G_PARM, IOH_IN, 0, ioh_v4l2_parm, V4L2_ALT },
	{ VIDIOC_S_PARM, IOH_IN, 0, ioh_v4l2_parm, NULL },
	{ VIDIOC_S_STD, IOH_IN, 0, ioh_x64, NULL },
	{ VIDIOC_ENUMSTD, IOH_IN, 0, ioh_v4l2_index, NULL },
	{ VIDIOC_ENUMINPUT, IOH_IN, 0, ioh_v4l2_index, NULL },
	{ VIDIOC_G_CTRL, IOH_INOUT_ALWAYS, 0, ioh_v4l2_ctrl, V4L2_ALT },
	{ VIDIOC_S_CTRL, IOH_IN, 0, ioh_v4l2_ctrl, NULL },
	{ VIDIOC_G_TUNER, IOH_IN, 0, ioh_v4l2_index, NULL },
	{ VIDIOC_S_TUNER, IOH_IN, 0, ioh_v4l2_tuner, NULL },
	{ VIDIOC_QUERYCTRL, IOH_IN, 0, ioh_v4l2_queryctrl, NULL },
	{ VIDIOC_QUERY_EXT_CTRL, IOH_IN, 0, ioh_v4l2_queryctrl, NULL },
	{ VIDIOC_S_INPUT, IOH_IN, 0, ioh_uint, NULL },
	{ VIDIOC_CROPCAP, IOH_IN, 0, ioh_v4l2_crop, NULL },
	{ VIDIOC_G_CROP, IOH_IN, 0, ioh_v4l2_crop, NULL },
	{ VIDIOC_S_CROP, IOH_IN, 0, ioh_v4l2_crop, V4L2_ALT },
	{ VIDIOC_S_EXT_CTRLS, IOH_INOUT_ALWAYS, 0, ioh_v4l2_ext_ctrls, NULL },
	{ VIDIOC_TRY_EXT_CTRLS, IOH_INOUT_ALWAYS, 0, ioh_v4l2_ext_ctrls, NULL },
	{ VIDIOC_G_EXT_CTRLS, IOH_INOUT_ALWAYS, 0, ioh_v4l2_ext_ctrls, V4L2_ALT },
	{ VIDIOC_ENUM_FRAMESIZES, IOH_IN, 0, ioh_v4l2_frmsize, NULL },
	{ VIDIOC_ENUM_FRAMEINTERVALS, IOH_IN, 0, ioh_v4l2_frmival, NULL },
	{ VIDIOC_CREATE_BUFS, IOH_IN, 0, ioh_v4l2_create_bufs, NULL },
};

IOCTL_TABLE(v4l2, v4l2_handlers);
