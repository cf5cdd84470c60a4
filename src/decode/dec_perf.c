/*
 * dec_perf.c - struct perf_event_attr as strace 6.1 shows it (the ioctl
 * PERF_EVENT_IOC_MODIFY_ATTRIBUTES): the event (type and config, which the
 * type gives a meaning), sampling, the flag bits, and with -v the fields of
 * each later version of the struct, up to the size it says it has.
 */
#include "decode.h"

#include <linux/perf_event.h>
#include <string.h>

/* the fields of the struct (the kernel ABI), by offset */
enum {
	PEA_TYPE = 0, PEA_SIZE = 4, PEA_CONFIG = 8, PEA_PERIOD = 16, PEA_SAMPLE_TYPE = 24,
	PEA_READ_FORMAT = 32, PEA_FLAGS = 40, PEA_WAKEUP = 48, PEA_BP_TYPE = 52,
	PEA_CONFIG1 = 56, PEA_CONFIG2 = 64, PEA_BRANCH_TYPE = 72, PEA_REGS_USER = 80,
	PEA_STACK_USER = 88, PEA_CLOCKID = 92, PEA_REGS_INTR = 96, PEA_AUX_WATERMARK = 104,
	PEA_MAX_STACK = 108, PEA_RESERVED_2 = 110, PEA_AUX_SAMPLE_SIZE = 112,
	PEA_RESERVED_3 = 116, PEA_SIG_DATA = 120,
	PEA_KNOWN = 128,          /* what strace 6.1 knows of it */
	PEA_ABBREV = PEA_WAKEUP,  /* what is shown without -v */
};

/* the one-bit flags, in bit order from bit 0; precise_ip (two bits) sits at bit 15 */
static const char *const pea_bits[] = {
	"disabled", "inherit", "pinned", "exclusive", "exclude_user", "exclude_kernel",
	"exclude_hv", "exclude_idle", "mmap", "comm", "freq", "inherit_stat",
	"enable_on_exec", "task", "watermark", NULL, NULL, "mmap_data", "sample_id_all",
	"exclude_host", "exclude_guest", "exclude_callchain_kernel", "exclude_callchain_user",
	"mmap2", "comm_exec", "use_clockid", "context_switch", "write_backward", "namespaces",
	"ksymbol", "bpf_event", "aux_output", "cgroup", "text_poke", "build_id",
	"inherit_thread", "remove_on_exec", "sigtrap",
};
#define PEA_PRECISE_IP 15
#define PEA_RESERVED_1 38   /* bits 38..63 */
#define PEA_FREQ 10
#define PEA_WATERMARK 14
#define PEA_USE_CLOCKID 25

static const char *const precise_ip_text[] = {
	"arbitrary skid", "constant skid", "requested to have 0 skid", "must have 0 skid",
};

/*
 * The fields after config2, one row each: shown when the struct is longer
 * than their offset (and, for some, when a sample type bit or flag is set);
 * pad: reserved bytes after the field, shown in a comment when not zero.
 */
enum { PEA_ALWAYS, PEA_IF_SAMPLE, PEA_IF_FLAG };
struct pea_field {
	uint8_t off, size, pad, when;
	uint64_t bit;              /* PEA_IF_SAMPLE: the sample_type bit; PEA_IF_FLAG: the flag's bit number */
	const char *name;
	uint8_t fmt;               /* NF_HEX (flags with x) or NF_UDEC (an enum with x) */
	const struct xlat *x;
};

static const struct pea_field pea_later[] = {
	{ PEA_BRANCH_TYPE, 8, 0, PEA_IF_SAMPLE, PERF_SAMPLE_BRANCH_STACK, "branch_sample_type", NF_HEX,
	  &xlat_perf_branch_sample_types },
	{ PEA_REGS_USER, 8, 0, PEA_ALWAYS, 0, "sample_regs_user", NF_HEX, NULL },
	{ PEA_STACK_USER, 4, 0, PEA_IF_SAMPLE, PERF_SAMPLE_STACK_USER, "sample_stack_user", NF_HEX, NULL },
	{ PEA_CLOCKID, 4, 0, PEA_IF_FLAG, PEA_USE_CLOCKID, "clockid", NF_UDEC, &xlat_clocks },
	{ PEA_REGS_INTR, 8, 0, PEA_ALWAYS, 0, "sample_regs_intr", NF_HEX, NULL },
	{ PEA_AUX_WATERMARK, 4, 0, PEA_ALWAYS, 0, "aux_watermark", NF_UDEC, NULL },
	{ PEA_MAX_STACK, 2, 2, PEA_ALWAYS, 0, "sample_max_stack", NF_UDEC, NULL },
	{ PEA_AUX_SAMPLE_SIZE, 4, 4, PEA_ALWAYS, 0, "aux_sample_size", NF_UDEC, NULL },
	{ PEA_SIG_DATA, 8, 0, PEA_ALWAYS, 0, "sig_data", NF_HEX, NULL },
};

/* one byte of a cache event: its name (or number, in the -X style) and "<<shift" */
static void pea_cache_part(struct dctx *c, struct value *o, unsigned v, const struct xlat *x, unsigned shift)
{
	struct value *e = mk_enum(c, v, x);
	if (!shift) {
		v_add(o, e);
		return;
	}
	struct value *p = v_list(c->a, V_SEQ);
	p->fmt = VSEQ_CAT;
	v_add(p, e);
	v_add(p, v_sym(c->a, arena_printf(c->a, "<<%u", shift), 0));
	v_add(o, p);
}

/* config: what it counts depends on the type */
static struct value *pea_config(struct dctx *c, uint32_t type, uint64_t config)
{
	struct value *o;
	switch (type) {
	case PERF_TYPE_HARDWARE: {
		struct value *id = mk_enum(c, (uint32_t)config, &xlat_perf_hw_ids);
		if (!(config >> 32))
			return id;
		o = v_list(c->a, V_OR);
		v_add(o, v_sym(c->a, arena_printf(c->a, "%#x<<32", (unsigned)(config >> 32)), config >> 32 << 32));
		v_add(o, id);   /* the parts, each in the -X style */
		return o;
	}
	case PERF_TYPE_SOFTWARE:
		return mk_enum(c, config, &xlat_perf_sw_ids);
	case PERF_TYPE_TRACEPOINT:
		return mk_uint(c, config);
	case PERF_TYPE_HW_CACHE:
		o = v_list(c->a, V_OR);
		if (config >> 32)
			v_add(o, v_sym(c->a, arena_printf(c->a, "%#x<<32", (unsigned)(config >> 32)), config >> 32 << 32));
		if ((config >> 24) & 0xff)
			v_add(o, v_sym(c->a, arena_printf(c->a, "%#x<<24", (unsigned)(config >> 24) & 0xff),
				       config & 0xff000000u));
		pea_cache_part(c, o, (config >> 16) & 0xff, &xlat_perf_hw_cache_results, 16);
		pea_cache_part(c, o, (config >> 8) & 0xff, &xlat_perf_hw_cache_ops, 8);
		pea_cache_part(c, o, config & 0xff, &xlat_perf_hw_cache_ids, 0);
		return o;
	}
	return mk_hex(c, config);
}

/* bp_type: the access kinds (R 1, W 2, X 4); execution with reading or writing is invalid */
static struct value *pea_bp_type(struct dctx *c, uint32_t t)
{
	if (t > 7 || xlat_name(&xlat_perf_bp_types, t))
		return mk_enum(c, t, &xlat_perf_bp_types);
	return v_comment(mk_hex(c, t), "HW_BREAKPOINT_INVALID");
}

struct value *mk_perf_event_attr(struct dctx *c, uint64_t addr)
{
	unsigned char b[PEA_KNOWN];
	struct value *fb;
	memset(b, 0, sizeof(b));
	uint32_t size = 0;
	if (!addr || mem_read(c->mem, addr + PEA_SIZE, &size, sizeof(size)) != 0)
		return mk_ptr(c, addr);
	/* read as much as is shown: the struct up to its size (or the first
	 * version's, for 0) with -v, the start of it without */
	uint32_t shown = size ? size : PERF_ATTR_SIZE_VER0;
	unsigned rd = !c->verbose ? PEA_ABBREV : shown < PEA_KNOWN ? shown : PEA_KNOWN;
	if (!fetch(c, addr, b, rd, &fb))
		return fb;
	if (size && size < PERF_ATTR_SIZE_VER0)
		return mk_ptr(c, addr);

	uint32_t type = buf_u32(b, PEA_TYPE);
	uint64_t flags = buf_u64(b, PEA_FLAGS), st = buf_u64(b, PEA_SAMPLE_TYPE);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "type", mk_enum(c, type, &xlat_perf_types));
	v_field(s, "size", mk_enum(c, size, &xlat_perf_attr_sizes));
	v_field(s, "config", pea_config(c, type, buf_u64(b, PEA_CONFIG)));
	v_field(s, flags >> PEA_FREQ & 1 ? "sample_freq" : "sample_period", mk_uint(c, buf_u64(b, PEA_PERIOD)));
	v_field(s, "sample_type", mk_flags(c, st, &xlat_perf_sample_types));
	v_field(s, "read_format", mk_flags(c, buf_u64(b, PEA_READ_FORMAT), &xlat_perf_read_formats));
	for (unsigned i = 0; i < ARRAY_SIZE(pea_bits); i++) {
		if (i == PEA_PRECISE_IP) {
			unsigned ip = (flags >> PEA_PRECISE_IP) & 3;
			v_field(s, "precise_ip", v_comment(mk_uint(c, ip), precise_ip_text[ip]));
		}
		if (pea_bits[i] && (c->verbose || (flags >> i & 1)))
			v_field(s, pea_bits[i], mk_uint(c, flags >> i & 1));
	}
	if (flags >> PEA_RESERVED_1)
		v_field(s, "__reserved_1", v_comment(mk_hex(c, flags >> PEA_RESERVED_1), "Bits 63..38"));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}

	bool bp = type == PERF_TYPE_BREAKPOINT;
	v_field(s, flags >> PEA_WATERMARK & 1 ? "wakeup_watermark" : "wakeup_events", mk_uint(c, buf_u32(b, PEA_WAKEUP)));
	if (bp)
		v_field(s, "bp_type", pea_bp_type(c, buf_u32(b, PEA_BP_TYPE)));
	v_field(s, bp ? "bp_addr" : "config1", mk_hex(c, buf_u64(b, PEA_CONFIG1)));
	/* each later field only when the struct is that long */
	unsigned cut = PERF_ATTR_SIZE_VER0;
	if (shown > PEA_CONFIG2) {
		uint64_t v = buf_u64(b, PEA_CONFIG2);
		v_field(s, bp ? "bp_len" : "config2", bp ? mk_uint(c, v) : mk_hex(c, v));
		cut = PERF_ATTR_SIZE_VER1;
	}
	for (const struct pea_field *f = pea_later; f < pea_later + ARRAY_SIZE(pea_later) && shown > f->off; f++) {
		bool on = f->when == PEA_IF_SAMPLE ? (st & f->bit) != 0 : f->when == PEA_IF_FLAG ? (flags >> f->bit & 1) : true;
		uint64_t v = f->size == 8 ? buf_u64(b, f->off) : f->size == 4 ? buf_u32(b, f->off) : buf_u16(b, f->off);
		struct value *fv = !on ? NULL : f->x ? (f->fmt == NF_HEX ? mk_flags(c, v, f->x) : mk_enum(c, v, f->x))
				 : f->fmt == NF_HEX ? mk_hex(c, v) : mk_uint(c, v);
		if (fv)
			v_field(s, f->name, fv);
		cut = f->off + f->size;
		if (f->pad && shown > cut) {   /* reserved bytes after the field: a comment when set */
			uint64_t r = f->pad == 4 ? buf_u32(b, cut) : buf_u16(b, cut);
			if (r && fv)
				v_comment(fv, arena_printf(c->a, "bytes %u..%u: %#llx", cut, cut + f->pad - 1,
							   (unsigned long long)r));
			cut += f->pad;
		}
	}
	if (shown > cut)
		v_add(s, v_ellipsis(c->a));
	return s;
}
