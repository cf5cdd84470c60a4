/*
 * live_view.c - the screen of `sctrace tui`, laid out from the live
 * statistics (live.c): a title, the syscall table (calls, rate, errors,
 * p50/p99 from the latency histograms, total time) sorted and filtered as
 * the user asks, the busiest files and processes, the latest errors.  Lines
 * are plain text cut to the width; the caller styles them (tui.c).
 */
#include "live.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

const char *const live_sort_names[LSORT_N] = { "calls", "errors", "time", "p99", "rate", "name" };

struct row {
	const char *name;
	uint64_t count, errors, total_ns;
	double rate;
	uint64_t p50, p99;
};

/* The filter: comma-separated tokens, each a %class or a part of a name. */
static bool token_matches(const char *tok, size_t n, int nr, const char *name)
{
	char buf[64];
	if (!n || n >= sizeof(buf))
		return n == 0;
	memcpy(buf, tok, n);
	buf[n] = '\0';
	if (buf[0] == '%') {
		const struct sysent *se = sysent_get(nr);
		uint32_t cls = syscall_class_by_name(buf);
		return se && cls && (se->classes & cls);
	}
	return strstr(name, buf) != NULL;
}

static bool matches(const char *filter, int nr, const char *name)
{
	if (!*filter)
		return true;
	for (const char *p = filter; ; ) {
		while (*p == ' ' || *p == ',')
			p++;
		if (!*p)
			return false;
		size_t n = strcspn(p, ", ");
		if (token_matches(p, n, nr, name))
			return true;
		p += n;
	}
}

bool live_filter_ok(const char *filter, char *msg, size_t size)
{
	for (const char *p = filter; *p; ) {
		while (*p == ' ' || *p == ',')
			p++;
		size_t n = strcspn(p, ", ");
		if (n && p[0] == '%') {
			char buf[64];
			snprintf(buf, sizeof(buf), "%.*s", (int)n, p);
			if (!syscall_class_by_name(buf)) {
				snprintf(msg, size, "no syscall class %s (%%file %%network %%process %%signal %%memory ...)", buf);
				return false;
			}
		}
		p += n;
	}
	return true;
}

static enum live_sort sort_key;

static int cmp_rows(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	int c = 0;
	switch (sort_key) {
	case LSORT_CALLS: c = (y->count > x->count) - (y->count < x->count); break;
	case LSORT_ERRORS: c = (y->errors > x->errors) - (y->errors < x->errors); break;
	case LSORT_TIME: c = (y->total_ns > x->total_ns) - (y->total_ns < x->total_ns); break;
	case LSORT_P99: c = (y->p99 > x->p99) - (y->p99 < x->p99); break;
	case LSORT_RATE: c = (y->rate > x->rate) - (y->rate < x->rate); break;
	case LSORT_NAME: case LSORT_N: break;
	}
	if (!c && sort_key != LSORT_NAME)
		c = (y->count > x->count) - (y->count < x->count);
	return c ? c : strcmp(x->name, y->name);
}

static int cmp_files(const void *a, const void *b)
{
	const struct live_file *x = a, *y = b;
	int c = (y->count > x->count) - (y->count < x->count);
	return c ? c : strcmp(x->path, y->path);
}

static int cmp_procs(const void *a, const void *b)
{
	const struct live_proc *x = a, *y = b;
	int c = (y->count > x->count) - (y->count < x->count);
	return c ? c : x->pid - y->pid;
}

struct out {
	void (*emit)(void *ud, enum live_style style, const char *text, size_t len);
	void *ud;
	int width;
	int lines;               /* emitted so far */
};

/* One line: control and non-ASCII bytes as '?', cut to the width. */
static void line(struct out *o, enum live_style style, const char *fmt, ...) ATTR_PRINTF(3, 4);
static void line(struct out *o, enum live_style style, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if (n > (int)sizeof(buf) - 1)
		n = sizeof(buf) - 1;
	for (int i = 0; i < n; i++)
		if ((unsigned char)buf[i] < 0x20 || (unsigned char)buf[i] >= 0x7f)
			buf[i] = '?';
	if (n > o->width)
		n = o->width;
	o->emit(o->ud, style, buf, (size_t)n);
	o->lines++;
}

static void fmt_file(char *buf, size_t size, const struct live_file *f)
{
	snprintf(buf, size, "%9llu %7llu  %s", (unsigned long long)f->count, (unsigned long long)f->errors, f->path);
}

static void fmt_proc(char *buf, size_t size, const struct live_proc *p)
{
	snprintf(buf, size, "%7d  %-16s %9llu %7llu", p->pid, p->comm[0] ? p->comm : "?",
		 (unsigned long long)p->count, (unsigned long long)p->errors);
}

static void fmt_hms(char *buf, size_t size, uint64_t real_ns)
{
	time_t s = (time_t)(real_ns / 1000000000ull);
	struct tm tm;
	localtime_r(&s, &tm);
	snprintf(buf, size, "%02d:%02d:%02d.%03u", tm.tm_hour, tm.tm_min, tm.tm_sec,
		 (unsigned)(real_ns / 1000000 % 1000));
}

void live_render(struct live *l, const struct live_view *v,
		 void (*emit)(void *ud, enum live_style style, const char *text, size_t len), void *ud)
{
	struct out o = { emit, ud, v->width > 0 ? v->width : 80, 0 };
	static struct row rows[NSYSCALLS + 1];
	int nrows = 0;

	pthread_mutex_lock(&l->lock);
	uint64_t calls = l->calls, errors = l->errors;
	double rate = l->rate;
	for (int i = 0; i <= NSYSCALLS; i++) {
		struct live_call *c = l->call[i];
		const char *name = i < NSYSCALLS ? sysent[i].name : "(unnamed)";
		if (!c || !matches(v->filter, i, name))
			continue;
		struct row *r = &rows[nrows++];
		r->name = name;
		r->count = c->count;
		r->errors = c->errors;
		r->total_ns = c->total_ns;
		r->rate = c->rate;
		r->p50 = hist_quantile(&c->lat, 0.5);
		r->p99 = hist_quantile(&c->lat, 0.99);
	}
	struct live_file *files = xmalloc((l->nfiles + 1) * sizeof(*files));
	size_t nfiles = 0;
	for (size_t i = 0; i < l->files_cap; i++)
		if (l->files[i].path)
			files[nfiles++] = l->files[i];
	qsort(files, nfiles, sizeof(*files), cmp_files);   /* sorted under the lock: the paths stay */
	struct live_proc *procs = xmalloc((l->nprocs + 1) * sizeof(*procs));
	size_t nprocs = 0;
	for (size_t i = 0; i < l->procs_cap; i++)
		if (l->procs[i].pid)
			procs[nprocs++] = l->procs[i];
	int nerrs = l->nerrs < LIVE_ERRORS ? (int)l->nerrs : LIVE_ERRORS;
	struct live_error errs[LIVE_ERRORS];
	for (int i = 0; i < nerrs; i++)   /* newest first */
		errs[i] = l->errs[(l->nerrs - 1 - i) % LIVE_ERRORS];
	/* copy the shown paths out: the table may grow (and move) once unlocked */
	size_t nshow = nfiles < 64 ? nfiles : 64;
	char **paths = xcalloc(nshow + 1, sizeof(char *));
	for (size_t i = 0; i < nshow; i++)
		files[i].path = paths[i] = xstrdup(files[i].path);
	bool ended = l->ended;
	char state[sizeof(l->state)];
	memcpy(state, l->state, sizeof(state));
	double up = (now_mono_ns() - l->start_ns) / 1e9;
	pthread_mutex_unlock(&l->lock);

	sort_key = v->sort;
	qsort(rows, nrows, sizeof(*rows), cmp_rows);
	qsort(procs, nprocs, sizeof(*procs), cmp_procs);

	/* how many rows each part gets: all of it without a height (batch) */
	int nsys = nrows, nfile = 10, nproc = 10, nerr = 10;
	bool side = o.width >= 100;
	if (v->height > 0) {
		int room = v->height - 3 - (side ? 3 : 4);   /* title, sort, help; the headers */
		if (room < 3)
			room = 3;
		nsys = room * 45 / 100;
		int mid = room * 30 / 100;
		nfile = side ? mid : mid / 2;
		nproc = side ? mid : mid - nfile;
		nerr = room - nsys - (side ? mid : nfile + nproc);
		if (nsys < 1)
			nsys = 1;
	}

	line(&o, LS_TITLE, "sctrace tui  up %.0fs  calls %llu  %.0f/s  errors %llu%s%s%s%s  %s", up,
	     (unsigned long long)calls, rate, (unsigned long long)errors, ended || *state ? "  [" : "", state,
	     ended || *state ? "]" : "", v->paused ? "  [paused]" : "", v->title ? v->title : "");
	line(&o, LS_TEXT, "sort: %s   filter: %s   syscalls: %d shown", live_sort_names[v->sort],
	     *v->filter ? v->filter : "(none)", nrows);
	line(&o, LS_HEADER, "%-20s %9s %9s %8s %9s %9s %10s", "SYSCALL", "CALLS", "RATE/s", "ERRORS",
	     "P50(us)", "P99(us)", "TIME(ms)");
	for (int i = 0; i < nrows && i < nsys; i++) {
		const struct row *r = &rows[i];
		line(&o, r->errors ? LS_ERROR : LS_TEXT, "%-20s %9llu %9.1f %8llu %9.1f %9.1f %10.3f", r->name,
		     (unsigned long long)r->count, r->rate, (unsigned long long)r->errors, r->p50 / 1e3,
		     r->p99 / 1e3, r->total_ns / 1e6);
	}
	for (int i = nrows; v->height > 0 && i < nsys; i++)
		line(&o, LS_TEXT, "%s", "");

	char left[512], right[512];
	if (side) {
		int lw = o.width - 44;
		line(&o, LS_HEADER, "%9s %7s  %-*s %7s  %-16s %9s %7s", "CALLS", "ERRORS", lw - 19, "FILE",
		     "PID", "COMMAND", "CALLS", "ERRORS");
		for (int i = 0; i < nfile; i++) {
			left[0] = right[0] = '\0';
			if ((size_t)i < nshow)
				fmt_file(left, sizeof(left), &files[i]);
			if ((size_t)i < nprocs)
				fmt_proc(right, sizeof(right), &procs[i]);
			if (v->height <= 0 && !left[0] && !right[0])
				break;
			line(&o, LS_TEXT, "%-*.*s %s", lw, lw, left, right);
		}
	} else {
		line(&o, LS_HEADER, "%9s %7s  %s", "CALLS", "ERRORS", "FILE");
		for (int i = 0; i < nfile; i++) {
			left[0] = '\0';
			if ((size_t)i < nshow)
				fmt_file(left, sizeof(left), &files[i]);
			else if (v->height <= 0)
				break;
			line(&o, LS_TEXT, "%s", left);
		}
		line(&o, LS_HEADER, "%7s  %-16s %9s %7s", "PID", "COMMAND", "CALLS", "ERRORS");
		for (int i = 0; i < nproc; i++) {
			right[0] = '\0';
			if ((size_t)i < nprocs)
				fmt_proc(right, sizeof(right), &procs[i]);
			else if (v->height <= 0)
				break;
			line(&o, LS_TEXT, "%s", right);
		}
	}
	line(&o, LS_HEADER, "%-12s %7s  %-18s %-12s %s", "RECENT ERRORS", "PID", "SYSCALL", "ERRNO", "FILE");
	for (int i = 0; i < nerrs && i < nerr; i++) {
		char when[32];
		fmt_hms(when, sizeof(when), errs[i].ts);
		line(&o, LS_ERROR, "%-12s %7d  %-18s %-12s %s", when, errs[i].pid, errs[i].name, errs[i].err, errs[i].path);
	}
	for (int i = nerrs; v->height > 0 && i < nerr; i++)
		line(&o, LS_TEXT, "%s", "");
	if (v->height > 0) {
		if (v->prompt)
			line(&o, LS_HELP, "filter (a name, %%class, a,b; empty: all; Esc cancels): %s_", v->prompt);
		else if (v->message)
			line(&o, LS_HELP, "%s", v->message);
		else
			line(&o, LS_HELP, "%s", "sort: c calls  e errors  t time  l p99  r rate  n name   / filter   space pause   q quit");
	}
	for (size_t i = 0; i < nshow; i++)
		free(paths[i]);
	free(paths);
	free(files);
	free(procs);
}
