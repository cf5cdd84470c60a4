/*
 * dec_time.c - decoders for the time family (being filled in).
 */
#include "decode.h"

static const struct decoder time_decoders[] = {
	{ .nr = -1 },
};

DECODER_TABLE(time, time_decoders);

struct value *mk_timespec(struct dctx *c, uint64_t addr)
{
	struct { int64_t sec, nsec; } ts;
	struct value *fb;
	if (!fetch(c, addr, &ts, sizeof(ts), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tv_sec", mk_int(c, ts.sec));
	v_field(s, "tv_nsec", mk_int(c, ts.nsec));
	return s;
}
