/*
 * test_stats.c - the two-sample statistics of `sctrace diff`
 * (src/analyze/stats.c) against reference values computed independently in
 * Python from the textbook formulas (average ranks of the pooled sample,
 * U = R_b - nb(nb+1)/2 checked against a direct count of pairs, the tie
 * correction sum(t^3 - t), the continuity correction 1/2, erfc; the KS
 * statistic from both empirical distribution functions at every value, and
 * Q_KS((sqrt(ne) + 0.12 + 0.11/sqrt(ne)) D)).
 */
#include "stats.h"
#include "unit.h"

#include <math.h>
#include <stdbool.h>
#include <stdlib.h>

#define NEAR(got, want, rel) (fabs((got) - (want)) <= (rel) * fabs(want) + 1e-12)

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

struct ref {
	double u, z, p, delta, ks_d, ks_p;
};

static void check(const char *what, uint64_t *a, size_t na, uint64_t *b, size_t nb, struct ref want)
{
	qsort(a, na, sizeof(*a), cmp_u64);
	qsort(b, nb, sizeof(*b), cmp_u64);
	struct mwu m = mann_whitney(a, na, b, nb);
	struct ks k = ks_two_sample(a, na, b, nb);
	bool ok = NEAR(m.u, want.u, 1e-12) && NEAR(m.z, want.z, 1e-7) && NEAR(m.p, want.p, 1e-6) &&
		  NEAR(m.delta, want.delta, 1e-8) && NEAR(k.d, want.ks_d, 1e-8) && NEAR(k.p, want.ks_p, 1e-6);
	if (!ok)
		fprintf(stderr, "%s: u=%.6f z=%.9f p=%.9e delta=%.9f ks d=%.9f p=%.9e\n", what, m.u, m.z, m.p,
			m.delta, k.d, k.p);
	CHECK(ok);
	/* swapping the samples mirrors U, z and delta and keeps both p-values */
	struct mwu s = mann_whitney(b, nb, a, na);
	struct ks ks = ks_two_sample(b, nb, a, na);
	CHECK(NEAR(s.u, (double)na * (double)nb - want.u, 1e-12));
	CHECK(NEAR(s.z, -want.z, 1e-7) && NEAR(s.delta, -want.delta, 1e-8));
	CHECK(NEAR(s.p, want.p, 1e-6) && NEAR(ks.d, want.ks_d, 1e-8) && NEAR(ks.p, want.ks_p, 1e-6));
}

int main(void)
{
	uint64_t a1[] = { 1, 2, 3, 4, 5 }, b1[] = { 6, 7, 8, 9, 10 };
	check("separated", a1, 5, b1, 5, (struct ref){ 25, 2.506718246, 1.218578036e-02, 1,
						       1, 3.781354059e-03 });
	uint64_t a2[] = { 10, 20, 20, 30, 40, 40, 40, 50 }, b2[] = { 20, 30, 30, 40, 50, 60, 60 };
	check("ties", a2, 8, b2, 7, (struct ref){ 38, 1.119585737, 2.628903364e-01, 0.357142857,
						  0.303571429, 8.069191338e-01 });
	uint64_t a3[] = { 3, 5, 8, 9, 12, 14, 15, 20, 21, 25 };
	uint64_t b3[] = { 7, 10, 11, 13, 16, 18, 19, 22, 24, 30, 31, 33 };
	check("overlap", a3, 10, b3, 12, (struct ref){ 84, 1.549544112, 1.212509759e-01, 0.4,
						       0.366666667, 3.688684783e-01 });
	/* larger samples with many ties (given unsorted) */
	uint64_t a4[200], b4[150];
	for (unsigned k = 0; k < 200; k++)
		a4[k] = (k * 37 % 101) * 10;
	for (unsigned k = 0; k < 150; k++)
		b4[k] = (k * 53 % 97) * 10 + 150;
	check("generated", a4, 200, b4, 150, (struct ref){ 18436.5, 3.668168567, 2.442941081e-04, 0.2291,
							    0.15, 3.782921143e-02 });

	/* every value equal: no evidence of anything */
	uint64_t e1[30], e2[40];
	for (int i = 0; i < 30; i++)
		e1[i] = 5;
	for (int i = 0; i < 40; i++)
		e2[i] = 5;
	struct mwu m = mann_whitney(e1, 30, e2, 40);
	CHECK(m.p == 1 && m.z == 0 && m.delta == 0 && m.u == 600);
	CHECK(ks_two_sample(e1, 30, e2, 40).d == 0 && ks_two_sample(e1, 30, e2, 40).p == 1);

	/* the Kolmogorov distribution at known points (1.36: the 5% critical value) */
	CHECK(NEAR(kolmogorov_q(0.5), 0.963945243665, 1e-9));
	CHECK(NEAR(kolmogorov_q(1.0), 0.269999671677, 1e-9));
	CHECK(NEAR(kolmogorov_q(1.36), 0.049485876755, 1e-9));
	CHECK(kolmogorov_q(0) == 1 && kolmogorov_q(10) < 1e-80);

	/* nearest-rank quantiles */
	uint64_t q[] = { 10, 20, 30, 40, 50, 60, 70, 80, 90, 100 };
	CHECK(quantile_u64(q, 10, 0.5) == 50 && quantile_u64(q, 10, 0.95) == 100);
	CHECK(quantile_u64(q, 10, 0) == 10 && quantile_u64(q, 10, 1) == 100 && quantile_u64(q, 10, 0.91) == 100);
	CHECK(quantile_u64(q, 10, 0.9) == 90 && quantile_u64(q, 1, 0.99) == 10);
	return unit_report("stats");
}
