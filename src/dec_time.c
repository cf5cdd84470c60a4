/*
 * dec_time.c - decoders for the time family (being filled in).
 */
#include "decode.h"

#include <time.h>

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

/* Attach " / * 2026-11-27T01:44:41.082038965+0000 * /" to a seconds value, in local time. */
struct value *mk_time_comment(struct dctx *c, struct value *v, int64_t sec, uint64_t nsec, bool have_nsec)
{
	time_t t = (time_t)sec;
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return v;
	char date[64], zone[16];
	strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S", &tm);
	strftime(zone, sizeof(zone), "%z", &tm);
	if (have_nsec && nsec)
		v->comment = arena_printf(c->a, "%s.%09llu%s", date, (unsigned long long)nsec, zone);
	else
		v->comment = arena_printf(c->a, "%s%s", date, zone);
	return v;
}
