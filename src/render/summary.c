/*
 * summary.c - the -c / -C table: calls, errors and time per syscall,
 * printed in strace's layout and sort orders.  With --latency each syscall
 * also gets a histogram of its per-call times (hist.h), shown as p50, p95,
 * p99 and max columns between errors and the syscall name.
 */
#include "hist.h"
#include "tracer.h"

#include <stdio.h>
#include <stdlib.h>

struct stat_row {
	int nr;
	uint64_t calls, errors, ns, min_ns, max_ns;
};

static struct stat_row rows[NSYSCALLS];
/* --latency: one histogram per syscall seen (sizeof(struct hist) each), made at its first call */
static struct hist *lat[NSYSCALLS];

void summary_add_bulk(int nr, uint64_t calls, uint64_t errors, uint64_t ns, uint64_t min_ns, uint64_t max_ns)
{
	if (nr < 0 || nr >= NSYSCALLS || !calls)
		return;
	struct stat_row *r = &rows[nr];
	if (r->calls == 0 || min_ns < r->min_ns)
		r->min_ns = min_ns;
	if (max_ns > r->max_ns)
		r->max_ns = max_ns;
	r->nr = nr;
	r->calls += calls;
	r->errors += errors;
	r->ns += ns;
}

void summary_add_latency(int nr, uint64_t ns, uint64_t count)
{
	if (nr < 0 || nr >= NSYSCALLS || !tr.cfg->latency || !count)
		return;
	if (!lat[nr])
		lat[nr] = xcalloc(1, sizeof(struct hist));
	hist_add_n(lat[nr], ns, count);
}

void summary_add(int nr, uint64_t ns, bool error)
{
	summary_add_bulk(nr, 1, error, ns, ns, ns);
	summary_add_latency(nr, ns, 1);
}

void summary_latency_bounds(int nr, uint64_t min_ns, uint64_t max_ns)
{
	if (nr < 0 || nr >= NSYSCALLS || !lat[nr] || !lat[nr]->count)
		return;
	/* the histogram was filled with bucket values: the exact extremes are known */
	lat[nr]->min = min_ns;
	lat[nr]->max = max_ns;
}

static enum sort_key sort_by;

static int cmp_rows(const void *pa, const void *pb)
{
	const struct stat_row *a = *(const struct stat_row *const *)pa;
	const struct stat_row *b = *(const struct stat_row *const *)pb;
	uint64_t ka = 0, kb = 0;
	switch (sort_by) {
	case SORT_TIME: ka = a->ns; kb = b->ns; break;
	case SORT_MIN_TIME: ka = a->min_ns; kb = b->min_ns; break;
	case SORT_MAX_TIME: ka = a->max_ns; kb = b->max_ns; break;
	case SORT_AVG_TIME: ka = a->ns / a->calls; kb = b->ns / b->calls; break;
	case SORT_CALLS: ka = a->calls; kb = b->calls; break;
	case SORT_ERRORS: ka = a->errors; kb = b->errors; break;
	case SORT_NAME: {
		int c = strcmp(sysent[a->nr].name, sysent[b->nr].name);
		if (c)
			return c;
		break;
	}
	case SORT_NOTHING: break;
	}
	if (ka != kb)
		return ka > kb ? -1 : 1;
	return a->nr - b->nr;
}

static const char divider[] = "------ ----------- ----------- --------- --------- ----------------";
static const char lat_divider[] = "------ ----------- ----------- --------- --------- "
				  "--------- --------- --------- --------- ----------------";

/* --latency columns: microseconds, truncated as usecs/call is */
static void put_latency(struct sbuf *b, const struct hist *h)
{
	sbuf_printf(b, " %9llu %9llu %9llu %9llu",
		    (unsigned long long)(hist_quantile(h, 0.50) / 1000),
		    (unsigned long long)(hist_quantile(h, 0.95) / 1000),
		    (unsigned long long)(hist_quantile(h, 0.99) / 1000),
		    (unsigned long long)(hist_max(h) / 1000));
}

void summary_print(struct outstream *o)
{
	struct stat_row *sorted[NSYSCALLS];
	int n = 0;
	uint64_t total_ns = 0, total_calls = 0, total_errors = 0;
	for (int i = 0; i < NSYSCALLS; i++) {
		if (!rows[i].calls)
			continue;
		sorted[n++] = &rows[i];
		total_ns += rows[i].ns;
		total_calls += rows[i].calls;
		total_errors += rows[i].errors;
	}
	sort_by = tr.cfg->sortby;
	qsort(sorted, n, sizeof(sorted[0]), cmp_rows);

	bool latency = tr.cfg->latency;
	struct hist *all = NULL;   /* the total row's: every call */
	if (latency) {
		all = xcalloc(1, sizeof(*all));
		for (int i = 0; i < n; i++)
			hist_merge(all, lat[sorted[i]->nr]);
	}

	o->partial = NULL;
	struct sbuf *b = &o->buf;
	sbuf_puts(b, latency ? "% time     seconds  usecs/call     calls    errors"
			       "       p50       p95       p99       max syscall"
			     : "% time     seconds  usecs/call     calls    errors syscall");
	out_write_line_end(o);
	sbuf_puts(b, latency ? lat_divider : divider);
	out_write_line_end(o);
	for (int i = 0; i < n; i++) {
		const struct stat_row *r = sorted[i];
		double pct = total_ns ? 100.0 * r->ns / total_ns : 0.0;
		sbuf_printf(b, "%6.2f %11.6f %11llu %9llu %9.llu", pct, r->ns / 1e9,
			    (unsigned long long)(r->ns / 1000 / r->calls),
			    (unsigned long long)r->calls, (unsigned long long)r->errors);
		if (latency)
			put_latency(b, lat[r->nr]);
		sbuf_printf(b, " %s", sysent[r->nr].name);
		out_write_line_end(o);
	}
	sbuf_puts(b, latency ? lat_divider : divider);
	out_write_line_end(o);
	sbuf_printf(b, "%6.2f %11.6f %11llu %9llu %9.llu", 100.0, total_ns / 1e9,
		    (unsigned long long)(total_calls ? total_ns / 1000 / total_calls : 0),
		    (unsigned long long)total_calls, (unsigned long long)total_errors);
	if (latency)
		put_latency(b, all);
	sbuf_puts(b, " total");
	out_write_line_end(o);
	out_flush(o);
	free(all);
}
