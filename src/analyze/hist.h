/*
 * hist.h - a log-linear latency histogram in constant memory (the idea of
 * HdrHistogram): values below 2^HIST_SUB_BITS each have their own bucket;
 * above that, every power-of-two range [2^k, 2^(k+1)) is split into
 * 2^HIST_SUB_BITS equal-width sub-buckets, so a bucket is never wider than
 * 2^-HIST_SUB_BITS of the values in it.  The whole uint64_t range is covered.
 *
 * Memory: (65 - HIST_SUB_BITS) * 2^HIST_SUB_BITS counters of 8 bytes plus
 * four words; with HIST_SUB_BITS = 7 that is 7424 buckets, 59424 bytes per
 * histogram, whatever the number of values added.
 *
 * Accuracy: hist_quantile() finds the bucket holding the exact quantile (the
 * nearest-rank one, see hist_rank()) and returns the bucket's midpoint,
 * clamped to [min, max]; rank 1 gives min and rank count gives max, exactly.
 * The error is at most half a bucket width, so |result - exact| <=
 * exact * 2^-(HIST_SUB_BITS+1) (0.39%), inside the 2^-HIST_SUB_BITS (0.78%)
 * a log-linear histogram promises; values below 2^(HIST_SUB_BITS+1) are
 * exact.  count, min and max are exact; sum too, saturating at UINT64_MAX.
 */
#ifndef SCTRACE_HIST_H
#define SCTRACE_HIST_H

#include <stddef.h>
#include <stdint.h>

#define HIST_SUB_BITS 7
#define HIST_SUB (1u << HIST_SUB_BITS)
#define HIST_BUCKETS ((64 - HIST_SUB_BITS + 1) * HIST_SUB)
/* hist_log2_view(): slot 0 counts zeros, slot k+1 the range [2^k, 2^(k+1)) */
#define HIST_LOG2_SLOTS 65

struct hist {
	uint64_t count;
	uint64_t sum;              /* saturating */
	uint64_t min, max;         /* meaningful only when count > 0 */
	uint64_t bucket[HIST_BUCKETS];
};

/* An empty histogram (a zeroed struct hist is one too). */
void hist_init(struct hist *h);
void hist_add(struct hist *h, uint64_t v);
/* Add n copies of v. */
void hist_add_n(struct hist *h, uint64_t v, uint64_t n);
/* dst += src: afterwards dst is what adding both sets of values gives. */
void hist_merge(struct hist *dst, const struct hist *src);

/*
 * The q-quantile, 0 <= q <= 1 (q is used to 1e-9): the value of rank
 * hist_rank(count, q) in sorted order, within the error stated above.
 * 0 for an empty histogram.
 */
uint64_t hist_quantile(const struct hist *h, double q);
/* Nearest rank: ceil(q * count), at least 1 (0 only when count is 0). */
uint64_t hist_rank(uint64_t count, double q);

uint64_t hist_count(const struct hist *h);
uint64_t hist_sum(const struct hist *h);
uint64_t hist_min(const struct hist *h);   /* 0 when empty */
uint64_t hist_max(const struct hist *h);   /* 0 when empty */

/* Bucket geometry: which bucket v falls in, and the values it holds. */
size_t hist_bucket_of(uint64_t v);
uint64_t hist_bucket_low(size_t i);
uint64_t hist_bucket_high(size_t i);

/*
 * The counts folded into power-of-two ranges, for drawing (bpftrace's
 * hist()): out[0] the zeros, out[k+1] the values in [2^k, 2^(k+1)).
 * Returns the number of slots up to the last non-empty one (0 if empty).
 */
int hist_log2_view(const struct hist *h, uint64_t out[HIST_LOG2_SLOTS]);

#endif
