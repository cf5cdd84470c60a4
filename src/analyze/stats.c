/*
 * stats.c - the two-sample tests behind `sctrace diff`'s latency section.
 * Both samples arrive sorted, so ranks, ties and the empirical distribution
 * functions come from one merge walk: O(na + nb), no extra memory.
 */
#include "stats.h"

#include <math.h>

struct mwu mann_whitney(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	struct mwu r = { 0 };
	double n = (double)na + (double)nb;
	double rank_b = 0, ties = 0;   /* sum of b's ranks; sum of t^3 - t over tied groups */
	size_t i = 0, j = 0;
	double next = 1;               /* the rank the next value starts at */
	while (i < na || j < nb) {
		uint64_t v = j >= nb || (i < na && a[i] <= b[j]) ? a[i] : b[j];
		size_t ta = 0, tb = 0;
		while (i < na && a[i] == v)
			i++, ta++;
		while (j < nb && b[j] == v)
			j++, tb++;
		double t = (double)(ta + tb);
		rank_b += (double)tb * (next + (t - 1) / 2);   /* the average rank of the group */
		ties += t * t * t - t;
		next += t;
	}
	double nab = (double)na * (double)nb;
	r.u = rank_b - (double)nb * ((double)nb + 1) / 2;
	r.delta = 2 * r.u / nab - 1;
	double mean = nab / 2;
	double var = nab / 12 * ((n + 1) - ties / (n * (n - 1)));
	if (var <= 0) {                /* every value equal */
		r.z = 0;
		r.p = 1;
		return r;
	}
	double dev = fabs(r.u - mean) - 0.5;
	if (dev < 0)
		dev = 0;
	r.z = (r.u >= mean ? dev : -dev) / sqrt(var);
	r.p = erfc(fabs(r.z) / sqrt(2.0));
	if (r.p > 1)
		r.p = 1;
	return r;
}

double kolmogorov_q(double lambda)
{
	if (lambda < 0.2)
		return 1;                /* the series converges slowly there, and Q is 1 to 1e-9 */
	double sum = 0, sign = 1;
	for (int j = 1; j <= 100; j++) {
		double term = exp(-2.0 * j * j * lambda * lambda);
		sum += sign * term;
		if (term < 1e-12)
			break;
		sign = -sign;
	}
	sum *= 2;
	return sum < 0 ? 0 : sum > 1 ? 1 : sum;
}

struct ks ks_two_sample(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
	struct ks r = { 0, 1 };
	size_t i = 0, j = 0;
	while (i < na && j < nb) {
		uint64_t v = a[i] <= b[j] ? a[i] : b[j];
		while (i < na && a[i] == v)
			i++;
		while (j < nb && b[j] == v)
			j++;
		double d = fabs((double)i / (double)na - (double)j / (double)nb);
		if (d > r.d)
			r.d = d;
	}
	/* the rest of either sample only brings the other's F to 1: |F| falls */
	double en = sqrt((double)na * (double)nb / ((double)na + (double)nb));
	r.p = kolmogorov_q((en + 0.12 + 0.11 / en) * r.d);
	return r;
}

uint64_t quantile_u64(const uint64_t *v, size_t n, double q)
{
	double rank = ceil(q * (double)n);
	size_t k = rank < 1 ? 0 : (size_t)rank - 1;
	return v[k < n ? k : n - 1];
}
