/*
 * test_hist.c - the log-linear histogram (src/analyze/hist.c): its bucket
 * geometry over the whole uint64_t range, quantiles against the exact
 * nearest-rank ones of sorted random and adversarial samples (within the
 * error hist.h states), merge, and the edge values 0, 1 and UINT64_MAX.
 */
#include "hist.h"
#include "unit.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>

/* xorshift64*: the same samples on every run */
static uint64_t rng_state = 0x9e3779b97f4a7c15ull;
static uint64_t rnd(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545f4914f6cdd1dull;
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* the stated bound: |got - exact| <= exact * 2^-(HIST_SUB_BITS+1) */
static bool within(uint64_t got, uint64_t exact)
{
	uint64_t d = got > exact ? got - exact : exact - got;
	return ((unsigned __int128)d << (HIST_SUB_BITS + 1)) <= exact;
}

/* quantiles as num/den, the exact rank computed here in integers */
static const unsigned qs[][2] = {
	{ 1, 1000000 }, { 1, 100 }, { 1, 4 }, { 1, 2 }, { 3, 4 }, { 9, 10 }, { 95, 100 },
	{ 99, 100 }, { 999, 1000 }, { 9999, 10000 }, { 1, 1 },
};

static int bad_quantiles;

/* every quantile of a sample against the sorted sample; sorts v */
static void check_sample(uint64_t *v, size_t n, const char *what)
{
	struct hist *h = calloc(1, sizeof(*h));
	uint64_t sum = 0;
	bool sum_ok = true;
	for (size_t i = 0; i < n; i++) {
		hist_add(h, v[i]);
		sum_ok = sum_ok && sum + v[i] >= sum;
		sum += v[i];
	}
	qsort(v, n, sizeof(v[0]), cmp_u64);
	CHECK(hist_count(h) == n);
	CHECK(hist_min(h) == v[0] && hist_max(h) == v[n - 1]);
	CHECK(hist_sum(h) == (sum_ok ? sum : UINT64_MAX));
	for (size_t i = 0; i < sizeof(qs) / sizeof(qs[0]); i++) {
		uint64_t rank = ((uint64_t)n * qs[i][0] + qs[i][1] - 1) / qs[i][1];
		if (!rank)
			rank = 1;
		uint64_t exact = v[rank - 1];
		uint64_t got = hist_quantile(h, (double)qs[i][0] / qs[i][1]);
		CHECK(hist_rank(n, (double)qs[i][0] / qs[i][1]) == rank);
		if (!within(got, exact) && bad_quantiles++ < 10)
			fprintf(stderr, "%s: n=%zu q=%u/%u: got %llu, exact %llu\n", what, n, qs[i][0],
				qs[i][1], (unsigned long long)got, (unsigned long long)exact);
		CHECK(within(got, exact));
	}
	CHECK(hist_quantile(h, 1.0) == v[n - 1]);   /* clamped to max: exact */
	CHECK(hist_quantile(h, 0.0) == v[0]);       /* rank 1 is the minimum */
	free(h);
}

static void geometry(void)
{
	/* the buckets tile [0, UINT64_MAX] in order, each no wider than 2^-s of its values */
	bool tiled = true, narrow = true, inverse = true;
	CHECK(hist_bucket_low(0) == 0);
	CHECK(hist_bucket_high(HIST_BUCKETS - 1) == UINT64_MAX);
	for (size_t i = 0; i < HIST_BUCKETS; i++) {
		uint64_t lo = hist_bucket_low(i), hi = hist_bucket_high(i);
		if (i + 1 < HIST_BUCKETS)
			tiled = tiled && hi + 1 == hist_bucket_low(i + 1);
		narrow = narrow && (hi - lo == 0 || ((unsigned __int128)(hi - lo + 1) << HIST_SUB_BITS) <= lo);
		inverse = inverse && hist_bucket_of(lo) == i && hist_bucket_of(hi) == i;
	}
	CHECK(tiled);
	CHECK(narrow);
	CHECK(inverse);
	/* below 2^(s+1) every value has its own bucket */
	for (uint64_t v = 0; v < 2 * HIST_SUB; v++)
		CHECK(hist_bucket_low(hist_bucket_of(v)) == v && hist_bucket_high(hist_bucket_of(v)) == v);
	CHECK(hist_bucket_of(UINT64_MAX) == HIST_BUCKETS - 1);
	CHECK(sizeof(struct hist) == 4 * 8 + HIST_BUCKETS * 8);
	CHECK(HIST_BUCKETS == 7424 && sizeof(struct hist) == 59424);
}

static void edges(void)
{
	struct hist *h = calloc(1, sizeof(*h));
	/* empty */
	CHECK(hist_count(h) == 0 && hist_min(h) == 0 && hist_max(h) == 0);
	CHECK(hist_quantile(h, 0.5) == 0 && hist_rank(0, 0.5) == 0);
	uint64_t view[HIST_LOG2_SLOTS];
	CHECK(hist_log2_view(h, view) == 0);

	/* a single value is every quantile, exactly */
	const uint64_t one[] = { 0, 1, 2, 255, 256, 257, 1000000, UINT64_MAX - 1, UINT64_MAX,
				 UINT64_C(1) << 63, (UINT64_C(1) << 63) - 1 };
	for (size_t i = 0; i < sizeof(one) / sizeof(one[0]); i++) {
		hist_init(h);
		hist_add(h, one[i]);
		CHECK(hist_quantile(h, 0.5) == one[i] && hist_quantile(h, 0.99) == one[i]);
		CHECK(hist_min(h) == one[i] && hist_max(h) == one[i] && hist_sum(h) == one[i]);
	}

	/* the extremes together; the sum saturates */
	hist_init(h);
	hist_add(h, 0);
	hist_add(h, UINT64_MAX);
	hist_add(h, UINT64_MAX);
	CHECK(hist_count(h) == 3 && hist_min(h) == 0 && hist_max(h) == UINT64_MAX);
	CHECK(hist_sum(h) == UINT64_MAX);
	CHECK(hist_quantile(h, 0.33) == 0 && within(hist_quantile(h, 0.34), UINT64_MAX));
	CHECK(within(hist_quantile(h, 0.5), UINT64_MAX));
	CHECK(hist_log2_view(h, view) == 65 && view[0] == 1 && view[64] == 2);

	/* hist_add_n is n hist_adds */
	struct hist *g = calloc(1, sizeof(*g));
	hist_init(h);
	hist_add_n(h, 12345, 1000);
	hist_add_n(h, 7, 0);
	for (int i = 0; i < 1000; i++)
		hist_add(g, 12345);
	CHECK(memcmp(h, g, sizeof(*h)) == 0);
	hist_add_n(h, UINT64_MAX / 2, 3);   /* the sum product overflows: saturates */
	CHECK(hist_sum(h) == UINT64_MAX && hist_count(h) == 1003);

	/* the log2 view: zeros, then [2^k, 2^(k+1)) */
	hist_init(h);
	const uint64_t vals[] = { 0, 0, 1, 2, 3, 4, 7, 8, 255, 256, 1023, 1024, UINT64_C(1) << 40 };
	for (size_t i = 0; i < sizeof(vals) / sizeof(vals[0]); i++)
		hist_add(h, vals[i]);
	int used = hist_log2_view(h, view);
	CHECK(used == 42);
	CHECK(view[0] == 2 && view[1] == 1 && view[2] == 2 && view[3] == 2 && view[4] == 1);
	CHECK(view[8] == 1 && view[9] == 1 && view[10] == 1 && view[11] == 1 && view[41] == 1);
	uint64_t total = 0;
	for (int i = 0; i < HIST_LOG2_SLOTS; i++)
		total += view[i];
	CHECK(total == hist_count(h));

	/* q outside [0, 1] and NaN: the minimum and the maximum */
	CHECK(hist_quantile(h, -1) == 0 && hist_quantile(h, 2) == (UINT64_C(1) << 40));
	CHECK(hist_quantile(h, 0.0 / 0.0) == 0);
	free(g);
	free(h);
}

static void merging(void)
{
	enum { N = 20000 };
	uint64_t *v = malloc(2 * N * sizeof(*v));
	struct hist *a = calloc(1, sizeof(*a)), *b = calloc(1, sizeof(*b)), *ab = calloc(1, sizeof(*ab));
	struct hist *e = calloc(1, sizeof(*e));
	for (int i = 0; i < 2 * N; i++) {
		/* a: microseconds, b: milliseconds, so the merged quantiles move */
		v[i] = i < N ? 1000 + rnd() % 9000 : 1000000 + rnd() % 90000000;
		hist_add(i < N ? a : b, v[i]);
		hist_add(ab, v[i]);
	}
	struct hist *m = calloc(1, sizeof(*m));
	hist_merge(m, e);            /* empty into empty */
	CHECK(hist_count(m) == 0 && hist_max(m) == 0);
	hist_merge(m, a);            /* into empty: a copy */
	CHECK(memcmp(m, a, sizeof(*m)) == 0);
	hist_merge(m, e);            /* empty into it: unchanged */
	CHECK(memcmp(m, a, sizeof(*m)) == 0);
	hist_merge(m, b);
	CHECK(memcmp(m, ab, sizeof(*m)) == 0);   /* the same as adding everything to one */
	CHECK(hist_count(m) == 2 * N && hist_min(m) == hist_min(a) && hist_max(m) == hist_max(b));
	CHECK(hist_sum(m) == hist_sum(a) + hist_sum(b));
	/* and its quantiles are the union's */
	uint64_t *w = malloc(2 * N * sizeof(*w));
	memcpy(w, v, 2 * N * sizeof(*w));
	check_sample(w, 2 * N, "merged");
	qsort(v, 2 * N, sizeof(*v), cmp_u64);
	CHECK(hist_quantile(m, 0.25) == hist_quantile(ab, 0.25) && within(hist_quantile(m, 0.25), v[N / 2 - 1]));
	CHECK(within(hist_quantile(m, 0.75), v[3 * N / 2 - 1]));
	/* merge order does not matter */
	struct hist *m2 = calloc(1, sizeof(*m2));
	hist_merge(m2, b);
	hist_merge(m2, a);
	CHECK(memcmp(m2, m, sizeof(*m)) == 0);
	free(v); free(w); free(a); free(b); free(ab); free(e); free(m); free(m2);
}

static void distributions(void)
{
	enum { N = 100000 };
	uint64_t *v = malloc(N * sizeof(*v));
	size_t n;

	/* uniform over small, mid and full ranges */
	const uint64_t ranges[] = { 10, 300, 100000, 1000000000, UINT64_MAX };
	for (size_t r = 0; r < sizeof(ranges) / sizeof(ranges[0]); r++) {
		for (n = 0; n < N; n++)
			v[n] = ranges[r] == UINT64_MAX ? rnd() : rnd() % ranges[r];
		check_sample(v, n, "uniform");
	}
	/* log-uniform over 0..2^64: every range k equally likely, like latencies */
	for (n = 0; n < N; n++)
		v[n] = rnd() >> (rnd() % 64);
	check_sample(v, n, "log-uniform");
	/* small samples, where ranks round */
	for (size_t k = 1; k <= 7; k++) {
		for (n = 0; n < k; n++)
			v[n] = rnd() >> (rnd() % 64);
		check_sample(v, n, "small");
	}
	/* bimodal: 99% fast, 1% a million times slower (the p99 sits at the edge) */
	for (n = 0; n < N; n++)
		v[n] = n % 100 == 0 ? 5000000000ull + rnd() % 1000000 : 200 + rnd() % 100;
	check_sample(v, n, "bimodal");
	/* every value on a bucket boundary: lows, highs, and powers of two +-1 */
	for (n = 0; n < N; n++) {
		size_t i = rnd() % HIST_BUCKETS;
		v[n] = n % 2 ? hist_bucket_low(i) : hist_bucket_high(i);
	}
	check_sample(v, n, "bucket edges");
	for (n = 0; n < N; n++) {
		unsigned k = rnd() % 64;
		v[n] = (UINT64_C(1) << k) + (rnd() % 3) - 1;
	}
	check_sample(v, n, "powers of two");
	/* one value many times with a few outliers; all the same; extremes only */
	for (n = 0; n < N; n++)
		v[n] = n < N - 3 ? 10000000 : UINT64_MAX - n;
	check_sample(v, n, "constant + outliers");
	for (n = 0; n < N; n++)
		v[n] = 1;
	check_sample(v, n, "all ones");
	for (n = 0; n < N; n++)
		v[n] = n % 2 ? 0 : UINT64_MAX;
	check_sample(v, n, "0 and max");
	/* the worst case for a midpoint: values packed at the low end of wide buckets */
	for (n = 0; n < N; n++) {
		size_t i = 2 * HIST_SUB + rnd() % (HIST_BUCKETS - 2 * HIST_SUB);
		v[n] = hist_bucket_low(i) + rnd() % 2;
	}
	check_sample(v, n, "bucket bottoms");
	/* sorted and reverse-sorted insertion make no difference */
	for (n = 0; n < N; n++)
		v[n] = N - n;
	check_sample(v, n, "descending");
	free(v);
}

int main(void)
{
	geometry();
	edges();
	merging();
	distributions();
	return unit_report("hist");
}
