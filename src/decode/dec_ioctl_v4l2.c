/*
 * dec_ioctl_v4l2.c - ioctl arguments of video devices (V4L2, VIDIOC_*): the
 * formats of each buffer type, buffers, streaming parameters, standards,
 * inputs, controls (one, or a list of them), tuners, cropping, frame sizes
 * and intervals, buffer creation and capabilities, with what the kernel
 * writes back on success.  Pixel formats print as
 * v4l2_fourcc('a', 'b', 'c', 'd') with their name.
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

/*
 * The union of struct v4l2_format as its type says, appended to s; false
 * when nothing was, or a window's clips are not all there (none, or cut
 * short by unreadable memory): then, as strace, a set request shows no
 * " => " part.
 */
static bool v4l2_add_format(struct dctx *c, struct value *s, const struct v4l2_format *f)
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
		return true;
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
		return true;
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
		const struct value *cl = u->list.first->next->next->next;   /* w, field, chromakey, clips */
		return cl->kind == V_ARRAY && cl->list.first &&
		       !(cl->list.last->kind == V_ELLIPSIS && cl->list.last->comment);
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
		return true;
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
		return true;
	}
	case V4L2_BUF_TYPE_SDR_CAPTURE:
	case V4L2_BUF_TYPE_SDR_OUTPUT:
		v_field(u, "pixelformat", mk_fourcc(c, f->fmt.sdr.pixelformat));
		if (f->fmt.sdr.buffersize)   /* strace shows a zero size of SDR buffers not at all */
			v_field(u, "buffersize", mk_uint(c, f->fmt.sdr.buffersize));
		v_field(s, "fmt.sdr", u);
		return true;
	case V4L2_BUF_TYPE_META_CAPTURE:
	case V4L2_BUF_TYPE_META_OUTPUT:
		v_field(u, "dataformat", mk_fourcc(c, f->fmt.meta.dataformat));
		v_field(u, "buffersize", mk_uint(c, f->fmt.meta.buffersize));
		v_field(s, "fmt.meta", u);
		return true;
	}
	return false;
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

/*
 * A request as two halves of its struct: what the program passes (in) and
 * what the kernel fills in (out).  A get request (IOH_INOUT_ALWAYS) shows
 * in at entry and appends out at exit on success; a set request
 * (IOH_INOUT) shows both at entry and, on success, " => {out}" (when out
 * said the entry's part was whole).  The struct is read whole, or its
 * address is shown.
 */
struct v4l2_parts {
	size_t size;
	void (*in)(struct dctx *c, struct value *s, const void *p);
	bool (*out)(struct dctx *c, struct value *s, const void *p);   /* false: not whole (no " => ") */
};

static struct value *ioh_v4l2_get(struct dctx *c, uint64_t arg, const void *data)
{
	const struct v4l2_parts *g = data;
	unsigned char buf[IOCTL_CAP_MAX];
	struct value *fb;
	if (c->exiting) {
		struct value *s = v4l2_kept(c);
		if (s && !failed(c) && mem_read(c->mem, arg, buf, g->size) == 0)
			g->out(c, s, buf);
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, buf, g->size, &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	g->in(c, s, buf);
	return v4l2_keep(c, s);
}

static struct value *ioh_v4l2_set(struct dctx *c, uint64_t arg, const void *data)
{
	const struct v4l2_parts *g = data;
	unsigned char buf[IOCTL_CAP_MAX];
	struct value *fb;
	if (!fetch(c, arg, buf, g->size, &fb))
		return c->exiting ? NULL : fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (c->exiting) {
		if (!c->priv[1])   /* what the entry showed was not whole */
			return NULL;
		g->out(c, s, buf);
		return s;
	}
	g->in(c, s, buf);
	c->priv[1] = g->out(c, s, buf);
	return s;
}

#define V4L2_PARTS(name, T, in_fn, out_fn) \
	static const struct v4l2_parts name = { sizeof(T), in_fn, out_fn }; \
	IOCTL_FITS(T)

/* formats: the type, then the format of that type */
static void fmt_in(struct dctx *c, struct value *s, const void *p)
{
	v_field(s, "type", mk_buf_type(c, ((const struct v4l2_format *)p)->type));
}

static bool fmt_out(struct dctx *c, struct value *s, const void *p)
{
	return v4l2_add_format(c, s, p);
}
V4L2_PARTS(v4l2_fmt, struct v4l2_format, fmt_in, fmt_out);

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
	if (!fetch(c, arg, &d, sizeof(d), &fb))
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

/* a buffer's flags: the bits, then the timestamp type and source fields */
static struct value *mk_buf_flags(struct dctx *c, uint32_t v)
{
	const uint32_t fields = V4L2_BUF_FLAG_TIMESTAMP_MASK | V4L2_BUF_FLAG_TSTAMP_SRC_MASK;
	struct value *o = v_list(c->a, V_OR);
	if (v & ~fields)
		v_add(o, mk_flags(c, v & ~fields, &xlat_v4l2_buf_flags));
	v_add(o, mk_enum(c, v & V4L2_BUF_FLAG_TIMESTAMP_MASK, &xlat_v4l2_buf_timestamps));
	v_add(o, mk_enum(c, v & V4L2_BUF_FLAG_TSTAMP_SRC_MASK, &xlat_v4l2_buf_tstamp_srcs));
	v_alt(o, mk_hex(c, v))->xs |= XS_ALT_RAW;
	return o;
}

/* QUERYBUF, QBUF: the type and index; DQBUF: the type (in) */
static void buf_in(struct dctx *c, struct value *s, const void *p)
{
	v_field(s, "type", mk_buf_type(c, ((const struct v4l2_buffer *)p)->type));
}

static void buf_in_index(struct dctx *c, struct value *s, const void *p)
{
	buf_in(c, s, p);
	v_field(s, "index", mk_uint(c, ((const struct v4l2_buffer *)p)->index));
}

/* the buffer as the kernel describes it (out); DQBUF (with_index false) adds its index and time */
static void buf_out_common(struct dctx *c, struct value *s, const struct v4l2_buffer *b, bool dq)
{
	if (dq)
		v_field(s, "index", mk_uint(c, b->index));
	v_field(s, "memory", mk_enum(c, b->memory, &xlat_v4l2_memories));
	if (b->memory == V4L2_MEMORY_MMAP)
		v_field(s, "m.offset", mk_hex(c, b->m.offset));
	else if (b->memory == V4L2_MEMORY_USERPTR)
		v_field(s, "m.userptr", mk_hex(c, b->m.userptr));
	v_field(s, "length", mk_uint(c, b->length));
	v_field(s, "bytesused", mk_uint(c, b->bytesused));
	v_field(s, "flags", mk_buf_flags(c, b->flags));
	if (dq) {
		struct value *t = v_field(s, "timestamp", v_list(c->a, V_STRUCT));
		v_field(t, "tv_sec", mk_int(c, b->timestamp.tv_sec));
		v_field(t, "tv_usec", mk_int(c, b->timestamp.tv_usec));
	}
	v_add(s, v_ellipsis(c->a));
}

static bool buf_out(struct dctx *c, struct value *s, const void *p)
{
	buf_out_common(c, s, p, false);
	return true;
}

static bool dqbuf_out(struct dctx *c, struct value *s, const void *p)
{
	buf_out_common(c, s, p, true);
	return true;
}
V4L2_PARTS(v4l2_buf, struct v4l2_buffer, buf_in_index, buf_out);
V4L2_PARTS(v4l2_dqbuf, struct v4l2_buffer, buf_in, dqbuf_out);

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

/* streaming parameters: the type, and for video capture and output the parameters */
static void parm_in(struct dctx *c, struct value *s, const void *p)
{
	v_field(s, "type", mk_buf_type(c, ((const struct v4l2_streamparm *)p)->type));
}

static bool parm_out(struct dctx *c, struct value *s, const void *q)
{
	const struct v4l2_streamparm *p = q;
	struct value *u = v_list(c->a, V_STRUCT);
	if (p->type == V4L2_BUF_TYPE_VIDEO_CAPTURE) {
		v_field(u, "capability", mk_flags(c, p->parm.capture.capability, &xlat_v4l2_streaming_capabilities));
		v_field(u, "capturemode", mk_flags(c, p->parm.capture.capturemode, &xlat_v4l2_capture_modes));
		v_field(u, "timeperframe", mk_fract(c, &p->parm.capture.timeperframe));
		v_field(u, "extendedmode", mk_hex(c, p->parm.capture.extendedmode));
		v_field(u, "readbuffers", mk_uint(c, p->parm.capture.readbuffers));
		v_field(s, "parm.capture", u);
	} else if (p->type == V4L2_BUF_TYPE_VIDEO_OUTPUT) {
		v_field(u, "capability", mk_flags(c, p->parm.output.capability, &xlat_v4l2_streaming_capabilities));
		v_field(u, "outputmode", mk_flags(c, p->parm.output.outputmode, &xlat_v4l2_capture_modes));
		v_field(u, "timeperframe", mk_fract(c, &p->parm.output.timeperframe));
		v_field(u, "extendedmode", mk_hex(c, p->parm.output.extendedmode));
		v_field(u, "writebuffers", mk_uint(c, p->parm.output.writebuffers));
		v_field(s, "parm.output", u);
	} else {
		return false;
	}
	return true;
}
V4L2_PARTS(v4l2_parm, struct v4l2_streamparm, parm_in, parm_out);

/* ENUMSTD: which standard; its name, frame period and lines */
static void index_in(struct dctx *c, struct value *s, const void *p)
{
	uint32_t i;
	memcpy(&i, p, sizeof(i));
	v_field(s, "index", mk_uint(c, i));
}

static bool std_out(struct dctx *c, struct value *s, const void *q)
{
	const struct v4l2_standard *p = q;
	v_field(s, "name", ioh_chars(c, p->name, sizeof(p->name)));
	v_field(s, "frameperiod", mk_fract(c, &p->frameperiod));
	v_field(s, "framelines", mk_uint(c, p->framelines));
	return true;
}
V4L2_PARTS(v4l2_std, struct v4l2_standard, index_in, std_out);

static bool input_out(struct dctx *c, struct value *s, const void *q)
{
	const struct v4l2_input *p = q;
	v_field(s, "name", ioh_chars(c, p->name, sizeof(p->name)));
	v_field(s, "type", mk_enum(c, p->type, &xlat_v4l2_input_types));
	return true;
}
V4L2_PARTS(v4l2_input, struct v4l2_input, index_in, input_out);

/* S_CTRL (data 0: value=SET => GOT at exit on success), G_CTRL (1: the value at exit on success) */
static struct value *ioh_v4l2_ctrl(struct dctx *c, uint64_t arg, const void *get)
{
	struct v4l2_control ct;
	struct value *fb;
	if (c->exiting) {
		struct value *s = v4l2_kept(c);
		if (!s || failed(c) || mem_read(c->mem, arg, &ct, sizeof(ct)) != 0)
			return s;
		if (get) {
			v_field(s, "value", mk_int(c, ct.value));
		} else {   /* value=SET => GOT */
			struct value *before = s->list.last;
			before->name = NULL;
			struct value *ch = v_changed(c->a, before, mk_int(c, ct.value));
			ch->name = "value";
			s->list.first->next = ch;
			s->list.last = ch;
		}
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
	return v4l2_keep(c, s);
}

/* tuners: which one (in), and all it is (out) */
static bool tuner_out(struct dctx *c, struct value *s, const void *q)
{
	const struct v4l2_tuner *t = q;
	v_field(s, "name", ioh_chars(c, t->name, sizeof(t->name)));
	v_field(s, "type", mk_enum(c, t->type, &xlat_v4l2_tuner_types));
	v_field(s, "capability", mk_flags(c, t->capability, &xlat_v4l2_tuner_caps));
	v_field(s, "rangelow", mk_uint(c, t->rangelow));
	v_field(s, "rangehigh", mk_uint(c, t->rangehigh));
	v_field(s, "rxsubchans", mk_flags(c, t->rxsubchans, &xlat_v4l2_tuner_rxsubchans));
	v_field(s, "audmode", mk_enum(c, t->audmode, &xlat_v4l2_tuner_audmodes));
	v_field(s, "signal", mk_int(c, t->signal));
	v_field(s, "afc", mk_int(c, t->afc));
	return true;
}
V4L2_PARTS(v4l2_tuner, struct v4l2_tuner, index_in, tuner_out);

/* QUERYCTRL, QUERY_EXT_CTRL: which control (in; flags ask for the next one), its type and
 * name and, with -v, its range, flags (and the array dimensions) (out) */
static void queryctrl_in(struct dctx *c, struct value *s, const void *p)
{
	uint32_t id;
	memcpy(&id, p, sizeof(id));
	v_field(s, "id", mk_cid_flags(c, id));
}

static bool queryctrl_out(struct dctx *c, struct value *s, const void *q)
{
	const struct v4l2_queryctrl *p = q;
	v_field(s, "type", mk_enum(c, p->type, &xlat_v4l2_control_types));
	v_field(s, "name", ioh_chars(c, p->name, sizeof(p->name)));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return true;
	}
	v_field(s, "minimum", mk_int(c, p->minimum));
	v_field(s, "maximum", mk_int(c, p->maximum));
	v_field(s, "step", mk_int(c, p->step));
	v_field(s, "default_value", mk_int(c, p->default_value));
	v_field(s, "flags", mk_flags(c, p->flags, &xlat_v4l2_control_flags));
	return true;
}
V4L2_PARTS(v4l2_queryctrl, struct v4l2_queryctrl, queryctrl_in, queryctrl_out);

static bool query_ext_ctrl_out(struct dctx *c, struct value *s, const void *q)
{
	const struct v4l2_query_ext_ctrl *p = q;
	v_field(s, "type", mk_enum(c, p->type, &xlat_v4l2_control_types));
	v_field(s, "name", ioh_chars(c, p->name, sizeof(p->name)));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return true;
	}
	v_field(s, "minimum", mk_int(c, p->minimum));
	v_field(s, "maximum", mk_int(c, p->maximum));
	v_field(s, "step", mk_uint(c, p->step));
	v_field(s, "default_value", mk_int(c, p->default_value));
	v_field(s, "flags", mk_flags(c, p->flags, &xlat_v4l2_control_flags));
	v_field(s, "elem_size", mk_uint(c, p->elem_size));
	v_field(s, "elems", mk_uint(c, p->elems));
	v_field(s, "nr_of_dims", mk_uint(c, p->nr_of_dims));
	struct value *d = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < p->nr_of_dims && i < V4L2_CTRL_MAX_DIMS; i++)
		v_add(d, mk_uint(c, p->dims[i]));
	v_field(s, "dims", d);
	return true;
}
V4L2_PARTS(v4l2_query_ext_ctrl, struct v4l2_query_ext_ctrl, queryctrl_in, query_ext_ctrl_out);

/* cropping: the type (in); the rectangle, or the bounds (out) */
static void crop_in(struct dctx *c, struct value *s, const void *p)
{
	v_field(s, "type", mk_buf_type(c, ((const struct v4l2_crop *)p)->type));
}

static bool crop_out(struct dctx *c, struct value *s, const void *p)
{
	v_field(s, "c", mk_rect(c, &((const struct v4l2_crop *)p)->c));
	return true;
}
V4L2_PARTS(v4l2_crop, struct v4l2_crop, crop_in, crop_out);

static bool cropcap_out(struct dctx *c, struct value *s, const void *q)
{
	const struct v4l2_cropcap *p = q;
	v_field(s, "bounds", mk_rect(c, &p->bounds));
	v_field(s, "defrect", mk_rect(c, &p->defrect));
	v_field(s, "pixelaspect", mk_fract(c, &p->pixelaspect));
	return true;
}
V4L2_PARTS(v4l2_cropcap, struct v4l2_cropcap, crop_in, cropcap_out);

/* S_CROP: the type and the rectangle */
static struct value *ioh_v4l2_s_crop(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct v4l2_crop cr;
	struct value *fb;
	if (!fetch(c, arg, &cr, sizeof(cr), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	crop_in(c, s, &cr);
	crop_out(c, s, &cr);
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

static void frmsize_in(struct dctx *c, struct value *s, const void *q)
{
	const struct v4l2_frmsizeenum *f = q;
	v_field(s, "index", mk_uint(c, f->index));
	v_field(s, "pixel_format", mk_fourcc(c, f->pixel_format));
}

static bool frmsize_out(struct dctx *c, struct value *s, const void *q)
{
	const struct v4l2_frmsizeenum *f = q;
	v_field(s, "type", mk_enum(c, f->type, &xlat_v4l2_framesize_types));
	struct value *u = v_list(c->a, V_STRUCT);
	if (f->type == V4L2_FRMSIZE_TYPE_DISCRETE) {
		v_field(u, "width", mk_uint(c, f->discrete.width));
		v_field(u, "height", mk_uint(c, f->discrete.height));
		v_field(s, "discrete", u);
	} else if (f->type == V4L2_FRMSIZE_TYPE_STEPWISE) {   /* continuous: the type only, as strace */
		v_field(u, "min_width", mk_uint(c, f->stepwise.min_width));
		v_field(u, "max_width", mk_uint(c, f->stepwise.max_width));
		v_field(u, "step_width", mk_uint(c, f->stepwise.step_width));
		v_field(u, "min_height", mk_uint(c, f->stepwise.min_height));
		v_field(u, "max_height", mk_uint(c, f->stepwise.max_height));
		v_field(u, "step_height", mk_uint(c, f->stepwise.step_height));
		v_field(s, "stepwise", u);
	}
	return true;
}
V4L2_PARTS(v4l2_frmsize, struct v4l2_frmsizeenum, frmsize_in, frmsize_out);

static void frmival_in(struct dctx *c, struct value *s, const void *q)
{
	const struct v4l2_frmivalenum *f = q;
	v_field(s, "index", mk_uint(c, f->index));
	v_field(s, "pixel_format", mk_fourcc(c, f->pixel_format));
	v_field(s, "width", mk_uint(c, f->width));
	v_field(s, "height", mk_uint(c, f->height));
}

static bool frmival_out(struct dctx *c, struct value *s, const void *q)
{
	const struct v4l2_frmivalenum *f = q;
	v_field(s, "type", mk_enum(c, f->type, &xlat_v4l2_frameinterval_types));
	if (f->type == V4L2_FRMIVAL_TYPE_DISCRETE) {
		v_field(s, "discrete", mk_fract(c, &f->discrete));
	} else if (f->type == V4L2_FRMIVAL_TYPE_CONTINUOUS || f->type == V4L2_FRMIVAL_TYPE_STEPWISE) {
		struct value *u = v_list(c->a, V_STRUCT);
		v_field(u, "min", mk_fract(c, &f->stepwise.min));
		v_field(u, "max", mk_fract(c, &f->stepwise.max));
		v_field(u, "step", mk_fract(c, &f->stepwise.step));
		v_field(s, "stepwise", u);
	}
	return true;
}
V4L2_PARTS(v4l2_frmival, struct v4l2_frmivalenum, frmival_in, frmival_out);

/* QUERYCAP: the driver's names, version and capabilities */
static struct value *ioh_v4l2_querycap(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct v4l2_capability q;
	struct value *fb;
	if (!fetch(c, arg, &q, sizeof(q), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "driver", ioh_chars(c, q.driver, sizeof(q.driver)));
	v_field(s, "card", ioh_chars(c, q.card, sizeof(q.card)));
	v_field(s, "bus_info", ioh_chars(c, q.bus_info, sizeof(q.bus_info)));
	v_field(s, "version", v_const(c->a, arena_printf(c->a, "KERNEL_VERSION(%u, %u, %u)", q.version >> 16,
							 (q.version >> 8) & 0xff, q.version & 0xff), q.version, NF_HEX));
	v_field(s, "capabilities", mk_flags(c, q.capabilities, &xlat_v4l2_device_capabilities));
	if (q.capabilities & V4L2_CAP_DEVICE_CAPS)
		v_field(s, "device_caps", mk_flags(c, q.device_caps, &xlat_v4l2_device_capabilities));
	return s;
}

/* CREATE_BUFS: the count, memory and format asked for; on success the buffers
 * made, after the result: "= 0 ({index=N, count=M})" */
static struct value *ioh_v4l2_create_bufs(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct v4l2_create_buffers b;
	struct value *fb;
	if (c->exiting) {
		if (!failed(c) && mem_read(c->mem, arg, &b, sizeof(b)) == 0) {
			struct value *r = v_list(c->a, V_STRUCT);
			v_field(r, "index", mk_uint(c, b.index));
			v_field(r, "count", mk_uint(c, b.count));
			c->ret_aux = r;
		}
		return NULL;
	}
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
	{ VIDIOC_QUERYCAP, IOH_OUT, 0, ioh_v4l2_querycap, NULL },
	{ VIDIOC_G_FMT, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_fmt },
	{ VIDIOC_S_FMT, IOH_INOUT, 0, ioh_v4l2_set, &v4l2_fmt },
	{ VIDIOC_TRY_FMT, IOH_INOUT, 0, ioh_v4l2_set, &v4l2_fmt },
	{ VIDIOC_REQBUFS, IOH_INOUT_ALWAYS, 0, ioh_v4l2_reqbufs, NULL },
	{ VIDIOC_QUERYBUF, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_buf },
	{ VIDIOC_QBUF, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_buf },
	{ VIDIOC_DQBUF, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_dqbuf },
	{ VIDIOC_G_FBUF, IOH_OUT, 0, ioh_v4l2_fbuf, NULL },
	{ VIDIOC_S_FBUF, IOH_IN, 0, ioh_v4l2_fbuf, NULL },
	{ VIDIOC_STREAMON, IOH_IN, 0, ioh_v4l2_type_at, NULL },
	{ VIDIOC_STREAMOFF, IOH_IN, 0, ioh_v4l2_type_at, NULL },
	{ VIDIOC_G_PARM, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_parm },
	{ VIDIOC_S_PARM, IOH_INOUT, 0, ioh_v4l2_set, &v4l2_parm },
	{ VIDIOC_S_STD, IOH_IN, 0, ioh_x64, NULL },
	{ VIDIOC_G_STD, IOH_OUT, 0, ioh_x64, NULL },
	{ VIDIOC_ENUMSTD, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_std },
	{ VIDIOC_ENUMINPUT, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_input },
	{ VIDIOC_G_INPUT, IOH_OUT, 0, ioh_uint, NULL },
	{ VIDIOC_G_CTRL, IOH_INOUT_ALWAYS, 0, ioh_v4l2_ctrl, V4L2_ALT },
	{ VIDIOC_S_CTRL, IOH_INOUT_ALWAYS, 0, ioh_v4l2_ctrl, NULL },
	{ VIDIOC_G_TUNER, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_tuner },
	{ VIDIOC_S_TUNER, IOH_INOUT, 0, ioh_v4l2_set, &v4l2_tuner },
	{ VIDIOC_QUERYCTRL, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_queryctrl },
	{ VIDIOC_QUERY_EXT_CTRL, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_query_ext_ctrl },
	{ VIDIOC_S_INPUT, IOH_IN, 0, ioh_uint, NULL },
	{ VIDIOC_CROPCAP, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_cropcap },
	{ VIDIOC_G_CROP, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_crop },
	{ VIDIOC_S_CROP, IOH_IN, 0, ioh_v4l2_s_crop, NULL },
	{ VIDIOC_S_EXT_CTRLS, IOH_INOUT_ALWAYS, 0, ioh_v4l2_ext_ctrls, NULL },
	{ VIDIOC_TRY_EXT_CTRLS, IOH_INOUT_ALWAYS, 0, ioh_v4l2_ext_ctrls, NULL },
	{ VIDIOC_G_EXT_CTRLS, IOH_INOUT_ALWAYS, 0, ioh_v4l2_ext_ctrls, V4L2_ALT },
	{ VIDIOC_ENUM_FRAMESIZES, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_frmsize },
	{ VIDIOC_ENUM_FRAMEINTERVALS, IOH_INOUT_ALWAYS, 0, ioh_v4l2_get, &v4l2_frmival },
	{ VIDIOC_CREATE_BUFS, IOH_INOUT_ALWAYS, 0, ioh_v4l2_create_bufs, NULL },
};

IOCTL_TABLE(v4l2, v4l2_handlers);
