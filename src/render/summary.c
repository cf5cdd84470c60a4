/*
 * summary.c - the -c / -C table: calls, errors and time per syscall,
 * printed in strace's layout and sort orders.  With --latency each syscall
 * also gets a histogram of its per-call times (hist.h), shown as p50, p95,
 * p99 and max columns before the syscall name; -U picks and orders the
 * columns, -O takes a tracing overhead off every call.
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
	/* -O: the tracing overhead taken off each call's time, down to 0 */
	uint64_t ovh = tr.cfg->overhead_ns;
	if (ovh) {
		ns = ns > calls * ovh ? ns - calls * ovh : 0;
		min_ns = min_ns > ovh ? min_ns - ovh : 0;
		max_ns = max_ns > ovh ? max_ns - ovh : 0;
	}
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
	uint64_t ovh = tr.cfg->overhead_ns;
	summary_add_latency(nr, ns > ovh ? ns - ovh : 0, 1);
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

/*
 * The columns, as -U names them (config.h's enum sum_col) and strace prints
 * them: header, width, and how a row and the total row fill it.  --latency
 * puts its four columns before the syscall name.
 */
struct col {
	const char *head;
	int width;
};

static const struct col cols[] = {
	[COL_PERCENT] = { "% time", 6 },    [COL_TOTAL] = { "seconds", 11 },
	[COL_MIN] = { "shortest", 8 },      [COL_MAX] = { "longest", 8 },
	[COL_AVG] = { "usecs/call", 11 },   [COL_CALLS] = { "calls", 9 },
	[COL_ERRORS] = { "errors", 9 },     [COL_NAME] = { "syscall", 16 },
	[COL_P50] = { "p50", 9 },           [COL_P95] = { "p95", 9 },
	[COL_P99] = { "p99", 9 },           [COL_LMAX] = { "max", 9 },
};

static const enum sum_col default_cols[] = { COL_PERCENT, COL_TOTAL, COL_AVG, COL_CALLS, COL_ERRORS, COL_NAME };

/* one cell; h is the row's latency histogram (--latency), name the syscall or "total" */
static void put_cell(struct sbuf *b, enum sum_col c, const struct stat_row *r, double pct,
		     const struct hist *h, const char *name, bool last)
{
	switch (c) {
	case COL_PERCENT: sbuf_printf(b, "%6.2f", pct); break;
	case COL_TOTAL: sbuf_printf(b, "%11.6f", r->ns / 1e9); break;
	case COL_MIN: sbuf_printf(b, "%8.6f", r->min_ns / 1e9); break;
	case COL_MAX: sbuf_printf(b, "%8.6f", r->max_ns / 1e9); break;
	case COL_AVG:
		sbuf_printf(b, "%11llu", (unsigned long long)(r->calls ? r->ns / 1000 / r->calls : 0));
		break;
	case COL_CALLS: sbuf_printf(b, "%9llu", (unsigned long long)r->calls); break;
	case COL_ERRORS: sbuf_printf(b, "%9.llu", (unsigned long long)r->errors); break;
	case COL_NAME: sbuf_printf(b, last ? "%s" : "%-16s", name); break;
	/* --latency columns: microseconds, truncated as usecs/call is */
	case COL_P50: sbuf_printf(b, "%9llu", (unsigned long long)(hist_quantile(h, 0.50) / 1000)); break;
	case COL_P95: sbuf_printf(b, "%9llu", (unsigned long long)(hist_quantile(h, 0.95) / 1000)); break;
	case COL_P99: sbuf_printf(b, "%9llu", (unsigned long long)(hist_quantile(h, 0.99) / 1000)); break;
	case COL_LMAX: sbuf_printf(b, "%9llu", (unsigned long long)(hist_max(h) / 1000)); break;
	}
}

/* The table of the calls numbered lo..hi-1 (one personality's); false if there were none
 * (then nothing is printed, unless force: the empty table). */
static bool print_table(struct outstream *o, int lo, int hi, const char *title, bool force)
{
	static struct stat_row *sorted[NSYSCALLS];
	int n = 0;
	struct stat_row total = { .nr = -1 };
	for (int i = lo; i < hi; i++) {
		if (!rows[i].calls)
			continue;
		sorted[n++] = &rows[i];
		if (!total.calls || rows[i].min_ns < total.min_ns)
			total.min_ns = rows[i].min_ns;
		if (rows[i].max_ns > total.max_ns)
			total.max_ns = rows[i].max_ns;
		total.ns += rows[i].ns;
		total.calls += rows[i].calls;
		total.errors += rows[i].errors;
	}
	if (!n && !force)
		return false;
	sort_by = tr.cfg->sortby;
	qsort(sorted, n, sizeof(sorted[0]), cmp_rows);

	/* the columns: -U's or the default, with --latency's before the name */
	enum sum_col list[COL_LMAX + 1];
	int ncol = 0;
	const enum sum_col *want = tr.cfg->ncolumns ? tr.cfg->columns : default_cols;
	int nwant = tr.cfg->ncolumns ? tr.cfg->ncolumns : (int)ARRAY_SIZE(default_cols);
	for (int i = 0; i < nwant; i++) {
		if (want[i] == COL_NAME && tr.cfg->latency)
			for (enum sum_col c = COL_P50; c <= COL_LMAX; c++)
				list[ncol++] = c;
		list[ncol++] = want[i];
	}

	bool latency = tr.cfg->latency;
	struct hist *all = NULL;   /* the total row's: every call */
	if (latency) {
		all = xcalloc(1, sizeof(*all));
		for (int i = 0; i < n; i++)
			hist_merge(all, lat[sorted[i]->nr]);
	}

	o->partial = NULL;
	struct sbuf *b = &o->buf;
	if (title) {
		sbuf_puts(b, title);
		out_write_line_end(o);
	}
	for (int i = 0; i < ncol; i++) {
		const struct col *c = &cols[list[i]];
		if (i)
			sbuf_putc(b, ' ');
		sbuf_printf(b, list[i] == COL_NAME || list[i] == COL_PERCENT ? "%-*s" : "%*s",
			    i == ncol - 1 && (list[i] == COL_NAME || list[i] == COL_PERCENT) ? 0 : c->width, c->head);
	}
	out_write_line_end(o);
	for (int pass = 0; pass < 2; pass++) {
		for (int i = 0; i < ncol; i++) {
			if (i)
				sbuf_putc(b, ' ');
			for (int k = 0; k < cols[list[i]].width; k++)
				sbuf_putc(b, '-');
		}
		out_write_line_end(o);
		if (pass)
			break;
		for (int r = 0; r < n; r++) {
			const struct stat_row *row = sorted[r];
			double pct = total.ns ? 100.0 * row->ns / total.ns : 0.0;
			for (int i = 0; i < ncol; i++) {
				if (i)
					sbuf_putc(b, ' ');
				put_cell(b, list[i], row, pct, lat[row->nr], sysent[row->nr].name, i == ncol - 1);
			}
			out_write_line_end(o);
		}
	}
	for (int i = 0; i < ncol; i++) {
		if (i)
			sbuf_putc(b, ' ');
		put_cell(b, list[i], &total, 100.0, all, "total", i == ncol - 1);
	}
	out_write_line_end(o);
	free(all);
	return true;
}

/* As strace: a table per personality that made calls, the 64-bit one untitled and first. */
void summary_print(struct outstream *o)
{
	bool any = print_table(o, 0, NSYSCALLS64, NULL, false);
	any |= print_table(o, SC32_BASE, NSYSCALLS, "System call usage summary for 32 bit mode:", false);
	if (!any)
		print_table(o, 0, NSYSCALLS64, NULL, true);
	out_flush(o);
}
