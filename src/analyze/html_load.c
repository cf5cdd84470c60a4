/*
 * html_load.c - loading the store for the HTML report: processes and their parents,
 * threads as lanes, the time range and the per-lane time bins, and the signal, exec
 * and exit events drawn on the timeline.
 */
#include "html_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

/* ---- loading processes and threads ---- */

/* sqlite3_step: true for a row, false at the end; an error is one line and exit */
bool next_row(struct store *st, sqlite3_stmt *s, const char *what)
{
	int rc = sqlite3_step(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		store_fail(st, what);
	return rc == SQLITE_ROW;
}

int64_t col_i64(sqlite3_stmt *s, int i) { return sqlite3_column_int64(s, i); }

void load_procs(struct html *h)
{
	sqlite3_stmt *s = store_prepare(h->st,
		"SELECT upid, pid, ppid, comm, exe, argv, cwd, start_ns, end_ns, exit_code, exit_signal, core_dumped "
		"FROM process ORDER BY upid");
	while (next_row(h->st, s, "reading processes")) {
		h->procs = vec_fit(h->procs, &h->cprocs, h->nprocs, sizeof(*h->procs));
		struct proc *p = &h->procs[h->nprocs++];
		p->upid = col_i64(s, 0);
		p->pid = (int)col_i64(s, 1);
		p->ppid = (int)col_i64(s, 2);
		p->parent = -1;
		p->comm = col_bytes(s, 3);
		p->exe = col_bytes(s, 4);
		p->argv = col_bytes(s, 5);
		p->cwd = col_bytes(s, 6);
		p->cur_cwd = p->cwd.p ? bytes_copy(p->cwd.p, p->cwd.n) : (struct bytes){ NULL, 0 };
		p->start = col_i64(s, 7);
		p->has_end = !col_null(s, 8);
		p->end = col_i64(s, 8);
		p->has_code = !col_null(s, 9);
		p->exit_code = col_i64(s, 9);
		p->has_signal = !col_null(s, 10);
		p->exit_signal = col_i64(s, 10);
		p->core = col_i64(s, 11);
	}
	sqlite3_finalize(s);
}

static int proc_by_upid(struct html *h, int64_t upid)
{
	size_t lo = 0, hi = h->nprocs;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (h->procs[mid].upid < upid)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < h->nprocs && h->procs[lo].upid == upid ? (int)lo : -1;
}

static const struct proc *sort_procs;

static int cmp_pid_start(const void *a, const void *b)
{
	const struct proc *x = &sort_procs[*(const int *)a], *y = &sort_procs[*(const int *)b];
	if (x->pid != y->pid)
		return x->pid < y->pid ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return *(const int *)a - *(const int *)b;
}

/* A process's parent: the latest process with pid == ppid started before it (pids are reused). */
void link_parents(struct html *h)
{
	int n = (int)h->nprocs, *idx = xmalloc((size_t)(n + 1) * sizeof(int));
	for (int i = 0; i < n; i++)
		idx[i] = i;
	sort_procs = h->procs;
	qsort(idx, (size_t)n, sizeof(int), cmp_pid_start);
	for (int i = 0; i < n; i++) {
		struct proc *c = &h->procs[i];
		int lo = 0, hi = n;
		while (lo < hi) {   /* the first (pid, start) after (ppid, c->start) */
			int mid = (lo + hi) / 2;
			const struct proc *m = &h->procs[idx[mid]];
			if (m->pid < c->ppid || (m->pid == c->ppid && m->start <= c->start))
				lo = mid + 1;
			else
				hi = mid;
		}
		for (int k = lo - 1; k >= 0 && c->ppid > 0 && h->procs[idx[k]].pid == c->ppid; k--)
			if (idx[k] != i) {
				c->parent = idx[k];
				break;
			}
	}
	free(idx);
}

static struct lane *add_lane(struct html *h, int64_t utid, int tid, int proc)
{
	h->lanes = vec_fit(h->lanes, &h->clanes, h->nlanes, sizeof(*h->lanes));
	struct lane *l = &h->lanes[h->nlanes++];
	l->utid = utid;
	l->tid = tid;
	l->proc = proc;
	return l;
}

void load_threads(struct html *h)
{
	sqlite3_stmt *s = store_prepare(h->st, "SELECT utid, tid, upid, name, start_ns, end_ns FROM thread ORDER BY utid");
	while (next_row(h->st, s, "reading threads")) {
		int proc = proc_by_upid(h, col_i64(s, 2));
		struct lane *l = add_lane(h, col_i64(s, 0), (int)col_i64(s, 1), proc);
		l->name = col_bytes(s, 3);
		l->start = col_i64(s, 4);
		l->end = col_i64(s, 5);
		if (proc >= 0)
			h->procs[proc].nthreads++;
	}
	sqlite3_finalize(s);
}

/* The lane of a syscall row; threads missing from the thread table get one. */
int lane_of(struct html *h, int64_t utid, int tid, int pid)
{
	if (h->last_utid_lane >= 0 && h->last_utid == utid)
		return h->last_utid_lane;
	size_t lo = 0, hi = h->nlanes;
	while (lo < hi) {   /* lanes are sorted by utid while loading */
		size_t mid = (lo + hi) / 2;
		if (h->lanes[mid].utid < utid)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo >= h->nlanes || h->lanes[lo].utid != utid) {
		int proc = -1;
		for (size_t i = 0; i < h->nprocs && proc < 0; i++)
			if (h->procs[i].pid == pid)
				proc = (int)i;
		h->lanes = vec_fit(h->lanes, &h->clanes, h->nlanes, sizeof(*h->lanes));
		memmove(&h->lanes[lo + 1], &h->lanes[lo], (h->nlanes - lo) * sizeof(*h->lanes));
		h->nlanes++;
		h->lanes[lo] = (struct lane){ .utid = utid, .tid = tid, .proc = proc };
		if (h->lanes[lo].proc >= 0)
			h->procs[h->lanes[lo].proc].nthreads++;
	}
	h->last_utid = utid;
	h->last_utid_lane = (int)lo;
	return (int)lo;
}

/* ---- time range and bins ---- */

int64_t query_int(struct html *h, const char *sql, bool *null)
{
	sqlite3_stmt *s = store_prepare(h->st, sql);
	int64_t v = 0;
	*null = true;
	if (sqlite3_step(s) == SQLITE_ROW && !col_null(s, 0)) {
		v = col_i64(s, 0);
		*null = false;
	}
	sqlite3_finalize(s);
	return v;
}

void time_range(struct html *h)
{
	bool null;
	int64_t v;
	h->t0 = INT64_MAX;
	h->t1 = INT64_MIN;
	static const char *const firsts[] = {
		"SELECT min(ts) FROM syscall", "SELECT start_ns FROM session ORDER BY id LIMIT 1",
		"SELECT min(start_ns) FROM process",
	};
	static const char *const lasts[] = {
		"SELECT max(ts) FROM syscall", "SELECT end_ns FROM session ORDER BY id LIMIT 1",
		"SELECT max(end_ns) FROM thread", "SELECT max(ts) FROM event",
	};
	for (size_t i = 0; i < ARRAY_SIZE(firsts); i++)
		if (v = query_int(h, firsts[i], &null), !null && v > 0 && v < h->t0)
			h->t0 = v;
	for (size_t i = 0; i < ARRAY_SIZE(lasts); i++)
		if (v = query_int(h, lasts[i], &null), !null && v > h->t1)
			h->t1 = v;
	if (h->t0 == INT64_MAX)
		h->t0 = 0;
	if (h->t1 < h->t0)
		h->t1 = h->t0;
	size_t lanes = h->nlanes ? h->nlanes : 1;
	h->nbins = (int)(BIN_CELLS / lanes);
	if (h->nbins > MAX_BINS)
		h->nbins = MAX_BINS;
	if (h->nbins < MIN_BINS)
		h->nbins = MIN_BINS;
	h->binw = (h->t1 - h->t0) / h->nbins + 1;
}

static int bin_index(struct html *h, int64_t rel)
{
	int64_t b = rel < 0 ? 0 : rel / h->binw;
	return b >= h->nbins ? h->nbins - 1 : (int)b;
}

/* a call [ts, ts + dur) of class cls: counted where it starts, its time spread over the bins it covers */
void bin_call(struct html *h, struct lane *l, int64_t ts, int64_t dur, int nr, int cls)
{
	if (!l->bins)
		l->bins = xcalloc((size_t)h->nbins, sizeof(struct bin));
	int64_t s = ts - h->t0, e = s + (dur > 0 ? dur : 0);
	int b0 = bin_index(h, s);
	struct bin *first = &l->bins[b0];
	first->n++;
	if (dur <= 0) {
		if (first->topnr == 0 && first->topt == 0)
			first->topnr = (int16_t)(nr + 1);
		return;
	}
	for (int b = b0, last = bin_index(h, e - 1); b <= last; b++) {
		int64_t lo = (int64_t)b * h->binw, hi = lo + h->binw;
		if (b == h->nbins - 1)
			hi = INT64_MAX;   /* the last bin takes whatever runs past the end */
		int64_t ov = (e < hi ? e : hi) - (s > lo ? s : lo);
		if (ov <= 0)
			continue;
		struct bin *x = &l->bins[b];
		x->t[cls] += (float)ov;
		if ((float)ov > x->topt || x->topnr == 0) {
			x->topt = (float)ov;
			x->topnr = (int16_t)(nr + 1);
		}
	}
}

/* signals, execs and exits, with the lanes they happen on (which may add lanes) */
void load_events(struct html *h)
{
	sqlite3_stmt *s = store_prepare(h->st,
		"SELECT ts, utid, tid, pid, kind, signo, status FROM event "
		"WHERE kind IN ('signal', 'exec', 'exit') ORDER BY id LIMIT ?");
	sqlite3_bind_int(s, 1, MAX_EVENTS);
	while (next_row(h->st, s, "reading events")) {
		const char *kind = (const char *)sqlite3_column_text(s, 4);
		int signo = (int)col_i64(s, 5), status = (int)col_i64(s, 6);
		int k = strcmp(kind, "signal") == 0 ? 0 : strcmp(kind, "exec") == 0 ? 1 : 2;
		const char *sn = signame(k == 0 ? signo : WTERMSIG(status));
		char info[64];
		if (k == 0)
			snprintf(info, sizeof(info), "%s", sn ? sn : "signal");
		else if (k == 1)
			snprintf(info, sizeof(info), "execve");
		else if (WIFEXITED(status))
			snprintf(info, sizeof(info), "exited with %d", WEXITSTATUS(status));
		else if (WIFSIGNALED(status))
			snprintf(info, sizeof(info), "killed by %s%s", sn ? sn : "a signal",
				 WCOREDUMP(status) ? " (core dumped)" : "");
		else
			snprintf(info, sizeof(info), "exit");
		lane_of(h, col_i64(s, 1), (int)col_i64(s, 2), (int)col_i64(s, 3));
		h->events = vec_fit(h->events, &h->cevents, h->nevents, sizeof(*h->events));
		struct event_mark *e = &h->events[h->nevents++];
		e->utid = col_i64(s, 1);
		e->tid = (int)col_i64(s, 2);
		e->ts = col_i64(s, 0) - h->t0;
		e->kind = k;
		snprintf(e->info, sizeof(e->info), "%s", info);
	}
	sqlite3_finalize(s);
}
