/*
 * hist.c - the log-linear histogram behind the -c --latency percentiles:
 * constant memory per histogram, O(1) add, quantiles within half a bucket
 * (bucket geometry, memory and error bounds are in hist.h).  An analyzer:
 * it knows nothing of syscalls, only of uint64_t values (nanoseconds there).
 */
#include "hist.h"

#include <string.h>

void hist_init(struct hist *h)
{
	memset(h, 0, sizeof(*h));
}

/*
 * Buckets 0 .. 2*HIST_SUB-1 hold one value each.  After that, range k
 * (values with the top bit k, k >= HIST_SUB_BITS) takes HIST_SUB buckets of
 * width 2^(k - HIST_SUB_BITS), starting at bucket (k - HIST_SUB_BITS + 1) * HIST_SUB.
 */
size_t hist_bucket_of(uint64_t v)
{
	if (v < HIST_SUB)
		return (size_t)v;
	unsigned k = 63 - (unsigned)__builtin_clzll(v);
	unsigned shift = k - HIST_SUB_BITS;
	return (size_t)(shift + 1) * HIST_SUB + (size_t)((v >> shift) - HIST_SUB);
}

static unsigned bucket_shift(size_t i)
{
	return i < 2 * HIST_SUB ? 0 : (unsigned)(i / HIST_SUB) - 1;
}

uint64_t hist_bucket_low(size_t i)
{
	if (i < 2 * HIST_SUB)
		return i;
	return (uint64_t)(HIST_SUB + i % HIST_SUB) << bucket_shift(i);
}

uint64_t hist_bucket_high(size_t i)
{
	return hist_bucket_low(i) + ((UINT64_C(1) << bucket_shift(i)) - 1);
}

static uint64_t add_sat(uint64_t a, uint64_t b)
{
	return a + b < a ? UINT64_MAX : a + b;
}

void hist_add_n(struct hist *h, uint64_t v, uint64_t n)
{
	if (!n)
		return;
	if (!h->count || v < h->min)
		h->min = v;
	if (!h->count || v > h->max)
		h->max = v;
	h->count += n;
	uint64_t s;
	h->sum = __builtin_mul_overflow(v, n, &s) ? UINT64_MAX : add_sat(h->sum, s);
	h->bucket[hist_bucket_of(v)] += n;
}

void hist_add(struct hist *h, uint64_t v)
{
	hist_add_n(h, v, 1);
}

void hist_merge(struct hist *dst, const struct hist *src)
{
	if (!src->count)
		return;
	if (!dst->count || src->min < dst->min)
		dst->min = src->min;
	if (!dst->count || src->max > dst->max)
		dst->max = src->max;
	dst->count += src->count;
	dst->sum = add_sat(dst->sum, src->sum);
	for (size_t i = 0; i < HIST_BUCKETS; i++)
		dst->bucket[i] += src->bucket[i];
}

uint64_t hist_rank(uint64_t count, double q)
{
	if (!count)
		return 0;
	/* q in parts per billion, so 0.95 means 95/100 exactly (NaN: 0) */
	uint64_t ppb = !(q > 0) ? 0 : q >= 1 ? 1000000000 : (uint64_t)(q * 1e9 + 0.5);
	unsigned __int128 r = ((unsigned __int128)count * ppb + 999999999) / 1000000000;
	return r ? (uint64_t)r : 1;
}

uint64_t hist_quantile(const struct hist *h, double q)
{
	uint64_t rank = hist_rank(h->count, q), seen = 0;
	if (!rank)
		return 0;
	if (rank == 1)
		return h->min;   /* the extremes are known exactly */
	if (rank == h->count)
		return h->max;
	size_t i = 0;
	for (; i < HIST_BUCKETS - 1; i++) {
		seen += h->bucket[i];
		if (seen >= rank)
			break;
	}
	uint64_t lo = hist_bucket_low(i);
	uint64_t v = lo + (hist_bucket_high(i) - lo) / 2;
	return v < h->min ? h->min : v > h->max ? h->max : v;
}

uint64_t hist_count(const struct hist *h) { return h->count; }
uint64_t hist_sum(const struct hist *h) { return h->sum; }
uint64_t hist_min(const struct hist *h) { return h->count ? h->min : 0; }
uint64_t hist_max(const struct hist *h) { return h->count ? h->max : 0; }

int hist_log2_view(const struct hist *h, uint64_t out[HIST_LOG2_SLOTS])
{
	int used = 0;
	memset(out, 0, HIST_LOG2_SLOTS * sizeof(out[0]));
	for (size_t i = 0; i < HIST_BUCKETS; i++) {
		if (!h->bucket[i])
			continue;
		uint64_t lo = hist_bucket_low(i);   /* a bucket never straddles a power of two */
		int slot = lo ? 64 - __builtin_clzll(lo) : 0;
		out[slot] += h->bucket[i];
		if (slot + 1 > used)
			used = slot + 1;
	}
	return used;
}
