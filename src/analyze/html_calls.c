/*
 * html_calls.c - the scan over the syscall rows for the HTML report: statistics and
 * histograms per syscall, choosing the calls to embed (all, or the slowest plus a
 * uniform sample), fetching them, and the page order of processes and lanes.
 */
#include "html_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- choosing the individual calls ---- */

static uint64_t next_random(struct html *h)
{
	h->rng ^= h->rng << 13;
	h->rng ^= h->rng >> 7;
	h->rng ^= h->rng << 17;
	return h->rng;
}

/* the nslow_max slowest calls, in a min-heap on duration */
static void keep_if_slow(struct html *h, int64_t id, uint64_t dur)
{
	struct slow *a = h->slow;
	size_t i;
	if (h->nslow < h->nslow_max) {
		i = h->nslow++;
		while (i && a[(i - 1) / 2].dur > dur) {
			a[i] = a[(i - 1) / 2];
			i = (i - 1) / 2;
		}
		a[i] = (struct slow){ dur, id };
		return;
	}
	if (!h->nslow || dur <= a[0].dur)
		return;
	i = 0;
	for (;;) {   /* replace the root and sift down */
		size_t c = 2 * i + 1;
		if (c >= h->nslow)
			break;
		if (c + 1 < h->nslow && a[c + 1].dur < a[c].dur)
			c++;
		if (a[c].dur >= dur)
			break;
		a[i] = a[c];
		i = c;
	}
	a[i] = (struct slow){ dur, id };
}

static void choose_call(struct html *h, int64_t id, uint64_t dur)
{
	if ((uint64_t)h->total <= h->max_calls) {
		if (h->nsample < h->max_calls)   /* rows added since the count are left out */
			h->sample[h->nsample++] = id;
		return;
	}
	keep_if_slow(h, id, dur);
	if (h->nsample < h->nsample_max)   /* reservoir sampling (algorithm R) */
		h->sample[h->nsample++] = id;
	else {
		uint64_t j = next_random(h) % (h->seen + 1);
		if (j < h->nsample_max)
			h->sample[j] = id;
	}
	h->seen++;
}

/* ---- the scan ---- */

struct stat_nr *stat_of(struct html *h, int64_t nr)
{
	return &h->stats[nr >= 0 && nr < NSTATS - 1 ? nr : NSTATS - 1];
}

static int bucket_of(uint64_t dur)
{
	int b = dur ? 64 - __builtin_clzll(dur) : 0;   /* b covers [2^(b-1), 2^b) */
	return b < HIST_BUCKETS ? b : HIST_BUCKETS - 1;
}

static void count_call(struct html *h, struct row *r, sqlite3_stmt *s)
{
	struct stat_nr *st = stat_of(h, r->nr);
	if (!st->name.p) {
		const struct sysent *e = sysent_get((long)r->nr);
		st->name = e && r->nr < NSTATS - 1 ? bytes_copy(e->name, strlen(e->name)) : col_bytes(s, 17);
		if (!st->name.p)
			st->name = bytes_copy("?", 1);
	}
	uint64_t dur = r->has_dur && r->dur > 0 ? (uint64_t)r->dur : 0;
	st->n++;
	st->err += r->has_err;
	if (!r->has_dur) {
		st->unf++;
	} else {
		st->time += dur;
		if (st->n - st->unf == 1 || dur < st->min)
			st->min = dur;
		if (dur > st->max)
			st->max = dur;
		st->hist[bucket_of(dur)]++;
	}
	int cls = class_of(r->nr);
	h->cls_n[cls]++;
	h->cls_time[cls] += dur;
	struct lane *l = &h->lanes[r->lane];
	l->n++;
	bin_call(h, l, r->ts, (int64_t)dur, r->nr >= 0 && r->nr < NSTATS - 1 ? (int)r->nr : NSTATS - 1, cls);
	if (r->proc >= 0) {
		struct proc *p = &h->procs[r->proc];
		p->n++;
		p->err += r->has_err;
		p->time += dur;
	}
	choose_call(h, r->id, dur);
}

void scan(struct html *h)
{
	char sql[512];
	snprintf(sql, sizeof(sql),
		"SELECT id, ts, dur, utid, tid, pid, nr, ret, errno, fd, path, bytes, arg0, arg1, arg2, "
		"CASE WHEN nr IN (%d, %d, %d, %d) THEN ret_path END, "
		"CASE WHEN nr IN (%d, %d, %d) THEN args END, name FROM syscall ORDER BY id",
		SC_open, SC_openat, SC_openat2, SC_creat, SC_pipe, SC_pipe2, SC_socketpair);
	sqlite3_stmt *s = store_prepare(h->st, sql);
	while (next_row(h->st, s, "reading syscalls")) {
		struct row r = {
			.id = col_i64(s, 0), .ts = col_i64(s, 1), .dur = col_i64(s, 2), .utid = col_i64(s, 3),
			.tid = (int)col_i64(s, 4), .pid = (int)col_i64(s, 5), .nr = col_i64(s, 6),
			.ret = col_i64(s, 7), .err = col_i64(s, 8), .fd = col_i64(s, 9), .bytes = col_i64(s, 11),
			.arg = { col_i64(s, 12), col_i64(s, 13), col_i64(s, 14) },
			.has_dur = !col_null(s, 2), .has_err = !col_null(s, 8), .has_fd = !col_null(s, 9),
			.has_bytes = !col_null(s, 11),
		};
		/* the text columns are only read for the calls that use them (no copies) */
		r.path = (struct bytes){ (char *)sqlite3_column_text(s, 10), (size_t)sqlite3_column_bytes(s, 10) };
		r.ret_path = (struct bytes){ (char *)sqlite3_column_text(s, 15), (size_t)sqlite3_column_bytes(s, 15) };
		r.args = (struct bytes){ (char *)sqlite3_column_text(s, 16), (size_t)sqlite3_column_bytes(s, 16) };
		r.lane = lane_of(h, r.utid, r.tid, r.pid);
		r.proc = h->lanes[r.lane].proc;
		count_call(h, &r, s);
		track_fds(h, &r);
	}
	sqlite3_finalize(s);
}

/* ---- the embedded calls ---- */

static int errno_index(struct html *h, struct bytes name)
{
	if (!name.p)
		return -1;
	bool added;
	int i = strmap_get(&h->errnos, name.p, name.n, h->nerrnos, &added);
	if (added) {
		h->errno_names = vec_fit(h->errno_names, &h->cerrno, (size_t)h->nerrnos, sizeof(*h->errno_names));
		h->errno_names[h->nerrnos++] = bytes_copy(name.p, name.n);
	}
	return i;
}

static int cmp_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
	return x < y ? -1 : x > y;
}

/* calls in page order: by lane as the page shows them, then time */
int cmp_call(const void *a, const void *b)
{
	const struct call *x = a, *y = b;
	int lx = sort_ctx->lanes[x->lane].order, ly = sort_ctx->lanes[y->lane].order;
	if (lx != ly)
		return lx - ly;
	return x->ts < y->ts ? -1 : x->ts > y->ts ? 1 : (x->id > y->id) - (x->id < y->id);
}

static bool hex_return(int64_t nr)
{
	return nr == SC_mmap || nr == SC_mremap || nr == SC_brk || nr == SC_shmat;
}

/* The chosen ids (sorted, unique) and their details: one lookup by rowid each. */
void fetch_calls(struct html *h)
{
	size_t n = h->nsample;
	int64_t *ids = xmalloc((n + h->nslow + 1) * sizeof(*ids));
	memcpy(ids, h->sample, n * sizeof(*ids));
	for (size_t i = 0; i < h->nslow; i++)
		ids[n++] = h->slow[i].id;
	qsort(ids, n, sizeof(*ids), cmp_id);
	sqlite3_stmt *s = store_prepare(h->st,
		"SELECT ts, dur, utid, tid, pid, nr, ret, errno_name, args FROM syscall WHERE id = ?");
	for (size_t i = 0; i < n; i++) {
		if (i && ids[i] == ids[i - 1])
			continue;
		sqlite3_bind_int64(s, 1, ids[i]);
		if (next_row(h->st, s, "reading syscalls")) {
			h->calls = vec_fit(h->calls, &h->ccalls, h->ncalls, sizeof(*h->calls));
			struct call *c = &h->calls[h->ncalls++];
			struct bytes en = { (char *)sqlite3_column_text(s, 7), (size_t)sqlite3_column_bytes(s, 7) };
			*c = (struct call){
				.id = ids[i], .ts = col_i64(s, 0) - h->t0, .dur = col_null(s, 1) ? -1 : col_i64(s, 1),
				.lane = lane_of(h, col_i64(s, 2), (int)col_i64(s, 3), (int)col_i64(s, 4)),
				.nr = (int)col_i64(s, 5), .ret = col_i64(s, 6), .unfinished = col_null(s, 1),
				.err = errno_index(h, en), .aoff = h->argbuf.len,
			};
			c->hex_ret = hex_return(c->nr) && c->err < 0;
			if (col_null(s, 8))
				sbuf_puts(&h->argbuf, "null");
			else
				json_str(&h->argbuf, (const char *)sqlite3_column_text(s, 8), (size_t)sqlite3_column_bytes(s, 8));
			c->alen = h->argbuf.len - c->aoff;
		}
		sqlite3_reset(s);
	}
	sqlite3_finalize(s);
	free(ids);
}

/* ---- page order: processes as a tree, their threads under them ---- */

/* Number the processes depth first from the roots, children in start (upid) order. */
static void order_procs(struct html *h)
{
	int n = (int)h->nprocs, next = 0, sp = 0;
	int *first = xcalloc((size_t)n + 2, sizeof(int)), *kids = xmalloc((size_t)(n + 1) * sizeof(int));
	int *stack = xmalloc((size_t)(n + 1) * sizeof(int)), *fill = xcalloc((size_t)n + 2, sizeof(int));
	for (int i = 0; i < n; i++)   /* children of p are kids[first[p + 1] .. first[p + 2]); roots p = -1 */
		first[h->procs[i].parent + 2]++;
	for (int p = 1; p <= n + 1; p++)
		first[p] += first[p - 1];
	for (int i = 0; i < n; i++) {
		int p = h->procs[i].parent + 1;
		kids[first[p] + fill[p]++] = i;
		h->procs[i].order = -1;
	}
	for (int k = first[1] - 1; k >= first[0]; k--)   /* roots, the first on top */
		stack[sp++] = kids[k];
	while (sp) {
		int i = stack[--sp];
		h->procs[i].order = next++;
		for (int k = first[i + 2] - 1; k >= first[i + 1]; k--)
			stack[sp++] = kids[k];
	}
	free(first), free(kids), free(stack), free(fill);
}

static int cmp_lane(const void *a, const void *b)
{
	const struct lane *x = &sort_ctx->lanes[*(const int *)a], *y = &sort_ctx->lanes[*(const int *)b];
	int ox = x->proc >= 0 && sort_ctx->procs[x->proc].order >= 0 ? sort_ctx->procs[x->proc].order : INT32_MAX;
	int oy = y->proc >= 0 && sort_ctx->procs[y->proc].order >= 0 ? sort_ctx->procs[y->proc].order : INT32_MAX;
	if (ox != oy)
		return ox < oy ? -1 : 1;
	return x->utid < y->utid ? -1 : x->utid > y->utid;
}

/* Lanes in page order: processes as a tree, each process's threads under it. */
int *lane_order(struct html *h)
{
	order_procs(h);
	int *by_order = xmalloc((h->nlanes + 1) * sizeof(int));
	for (size_t l = 0; l < h->nlanes; l++)
		by_order[l] = (int)l;
	sort_ctx = h;
	qsort(by_order, h->nlanes, sizeof(int), cmp_lane);
	for (size_t i = 0; i < h->nlanes; i++)
		h->lanes[by_order[i]].order = (int)i;
	return by_order;
}
