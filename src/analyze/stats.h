/*
 * stats.h - two-sample statistics for `sctrace diff`: the Mann-Whitney U
 * test (normal approximation with tie and continuity corrections), Cliff's
 * delta (equal to the rank-biserial correlation), and the two-sample
 * Kolmogorov-Smirnov statistic with its asymptotic p-value.  Samples are
 * latencies in nanoseconds, sorted ascending.  docs/DIFF.md gives the formulas.
 */
#ifndef SCTRACE_STATS_H
#define SCTRACE_STATS_H

#include <stddef.h>
#include <stdint.h>

struct mwu {
	double u;          /* U of the second sample: pairs with b > a, ties counting 1/2 */
	double z;          /* standardised, continuity-corrected; > 0: b tends to be larger */
	double p;          /* two-sided p-value of the normal approximation */
	double delta;      /* Cliff's delta = P(b > a) - P(b < a), in [-1, 1] */
};

/* a (na values) against b (nb), both ascending; na, nb > 0. */
struct mwu mann_whitney(const uint64_t *a, size_t na, const uint64_t *b, size_t nb);

struct ks {
	double d;          /* max |F_a(x) - F_b(x)| */
	double p;          /* asymptotic two-sided p-value */
};
struct ks ks_two_sample(const uint64_t *a, size_t na, const uint64_t *b, size_t nb);

/* The Kolmogorov distribution's survival function Q(lambda) = 2 sum (-1)^(j-1) e^(-2 j^2 lambda^2). */
double kolmogorov_q(double lambda);

/* Nearest-rank quantile (q in [0, 1]) of an ascending sample of n > 0 values. */
uint64_t quantile_u64(const uint64_t *v, size_t n, double q);

#endif
