/*
 * report.c - builds `sctrace report`'s answers from a trace store: the
 * session, the process tree, and one pass over the syscall rows (per-syscall
 * counts and exact percentiles, errors with their first paths, per-process
 * counts, the slowest calls).  report_fd.c adds files and network; the
 * printers (report_text.c, report_json.c) only format what is built here.
 */
#include "report.h"
#include "report_args.h"
#include "decode.h"
#include "syscalls.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- small helpers ---- */

static char *col_strdup(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	return t ? xstrdup((const char *)t) : NULL;
}

static bool col_null(sqlite3_stmt *s, int i)
{
	return sqlite3_column_type(s, i) == SQLITE_NULL;
}

void report_note(struct report *r, const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	r->notes = xrealloc(r->notes, (r->nnotes + 1) * sizeof(*r->notes));
	r->notes[r->nnotes++] = xstrdup(buf);
}

/* A JSON array of strings (argv) as C strings; anything else is skipped. */
static char **json_strings(const char *text, size_t *n)
{
	*n = 0;
	if (!text)
		return NULL;
	struct arena a = { 0 };
	const struct jnode *arr = jparse(&a, text, strlen(text));
	char **v = NULL;
	if (arr && arr->kind == J_ARR) {
		for (const struct jnode *e = arr->first; e; e = e->next) {
			const struct jnode *s = e->kind == J_STR ? e : jget(e, "str");
			v = xrealloc(v, (*n + 1) * sizeof(*v));
			v[(*n)++] = xstrdup(s && s->kind == J_STR ? s->s : "?");
		}
	}
	arena_free(&a);
	return v;
}

static int64_t *json_ints(const char *text, size_t *n)
{
	*n = 0;
	if (!text)
		return NULL;
	struct arena a = { 0 };
	const struct jnode *arr = jparse(&a, text, strlen(text));
	int64_t *v = NULL;
	if (arr && arr->kind == J_ARR)
		for (const struct jnode *e = arr->first; e; e = e->next) {
			v = xrealloc(v, (*n + 1) * sizeof(*v));
			v[(*n)++] = jint(e);
		}
	arena_free(&a);
	return v;
}

static void free_strv(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* ---- the session ---- */

static void load_session(struct rep_build *b)
{
	struct report *r = b->r;
	struct rep_summary *s = &r->sum;
	sqlite3_stmt *q = store_prepare(b->st,
		"SELECT command, pids, host, kernel, sctrace_version, backend, start_ns, end_ns, "
		"exit_status, lost FROM session WHERE id = ?");
	sqlite3_bind_int64(q, 1, b->st->session_id);
	if (sqlite3_step(q) != SQLITE_ROW)
		store_fail(b->st, "cannot read the session");
	s->command = json_strings((const char *)sqlite3_column_text(q, 0), &s->ncommand);
	s->attached = json_ints((const char *)sqlite3_column_text(q, 1), &s->nattached);
	s->host = col_strdup(q, 2);
	s->kernel = col_strdup(q, 3);
	s->version = col_strdup(q, 4);
	s->backend = col_strdup(q, 5);
	s->start_ns = sqlite3_column_int64(q, 6);
	s->finished = !col_null(q, 7);
	s->end_ns = sqlite3_column_int64(q, 7);
	s->have_exit = !col_null(q, 8);
	s->exit_status = sqlite3_column_int(q, 8);
	s->lost = (uint64_t)sqlite3_column_int64(q, 9);
	sqlite3_finalize(q);
	if (!s->finished) {
		report_note(r, r->o->live ? "the session is still recording: what was stored up to now"
					  : "recording did not finish (sctrace was killed?): what was stored up to then");
		/* the trace lasted at least until the last thing it stored */
		static const char *const last[] = {
			"SELECT max(ts) FROM syscall", "SELECT max(ts) FROM event",
			"SELECT max(max(coalesce(end_ns, 0)), max(start_ns)) FROM process",
		};
		s->end_ns = s->start_ns;
		for (size_t i = 0; i < ARRAY_SIZE(last); i++) {
			q = store_prepare(b->st, last[i]);
			if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int64(q, 0) > s->end_ns)
				s->end_ns = sqlite3_column_int64(q, 0);
			sqlite3_finalize(q);
		}
	}
	/* a background session's filters, when it changed them (stores older than the table have none) */
	if (sqlite3_prepare_v2(b->st->db, "SELECT ts, filter, source FROM filter_change WHERE session_id = ? ORDER BY seq, id",
			       -1, &q, NULL) == SQLITE_OK) {
		sqlite3_bind_int64(q, 1, b->st->session_id);
		while (sqlite3_step(q) == SQLITE_ROW) {
			s->filters = xrealloc(s->filters, (s->nfilters + 1) * sizeof(*s->filters));
			struct rep_filter_change *f = &s->filters[s->nfilters++];
			f->ts = sqlite3_column_int64(q, 0);
			f->filter = col_null(q, 1) ? xstrdup("") : col_strdup(q, 1);
			f->source = col_null(q, 2) ? xstrdup("filter") : col_strdup(q, 2);
		}
	}
	sqlite3_finalize(q);
	q = store_prepare(b->st, "SELECT count(*) FROM session");
	b->single_session = sqlite3_step(q) == SQLITE_ROW && sqlite3_column_int64(q, 0) == 1;
	sqlite3_finalize(q);
	q = store_prepare(b->st, "SELECT max(id) FROM syscall");
	if (sqlite3_step(q) == SQLITE_ROW)
		b->nrows = (uint64_t)sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
}

/* ---- processes ---- */

static void load_processes(struct rep_build *b)
{
	struct report *r = b->r;
	sqlite3_stmt *q = store_prepare(b->st,
		"SELECT upid, pid, ppid, comm, exe, argv, cwd, start_ns, end_ns, exit_code, exit_signal, "
		"core_dumped FROM process WHERE session_id = ? ORDER BY start_ns, upid");
	sqlite3_bind_int64(q, 1, b->st->session_id);
	size_t cap = 0;
	struct imap latest = { 0 };   /* pid -> index of its latest instance so far */
	while (sqlite3_step(q) == SQLITE_ROW) {
		if (r->nprocs == cap) {
			cap = cap ? cap * 2 : 64;
			r->procs = xrealloc(r->procs, cap * sizeof(*r->procs));
		}
		struct rep_proc *p = &r->procs[r->nprocs];
		memset(p, 0, sizeof(*p));
		p->upid = sqlite3_column_int64(q, 0);
		p->pid = sqlite3_column_int64(q, 1);
		p->ppid = col_null(q, 2) ? 0 : sqlite3_column_int64(q, 2);
		p->comm = col_strdup(q, 3);
		p->exe = col_strdup(q, 4);
		p->argv = json_strings((const char *)sqlite3_column_text(q, 5), &p->argc);
		p->cwd = col_strdup(q, 6);
		p->start_ns = sqlite3_column_int64(q, 7);
		p->end_ns = col_null(q, 8) ? 0 : sqlite3_column_int64(q, 8);
		p->have_code = !col_null(q, 9);
		p->exit_code = sqlite3_column_int(q, 9);
		p->have_signal = !col_null(q, 10) && sqlite3_column_int(q, 10);
		p->exit_signal = sqlite3_column_int(q, 10);
		p->core = sqlite3_column_int(q, 11) != 0;
		p->parent = p->ppid ? (long)imap_get(&latest, p->ppid, -1) : -1;
		*imap_ref(&latest, p->pid, true) = (int64_t)r->nprocs;
		*imap_ref(&b->upid_index, p->upid, true) = (int64_t)r->nprocs;
		r->nprocs++;
	}
	sqlite3_finalize(q);
	imap_free(&latest);

	q = store_prepare(b->st, "SELECT utid, upid FROM thread WHERE session_id = ?");
	sqlite3_bind_int64(q, 1, b->st->session_id);
	while (sqlite3_step(q) == SQLITE_ROW)
		*imap_ref(&b->utid_upid, sqlite3_column_int64(q, 0), true) = sqlite3_column_int64(q, 1);
	sqlite3_finalize(q);
}

/* Children in start order, depth first: the tree as it is printed. */
static void tree_walk(struct report *r, size_t i, int depth, size_t **kids, size_t *nkids)
{
	r->procs[i].depth = depth;
	r->tree[r->ntree++] = i;
	for (size_t k = 0; k < nkids[i]; k++)
		tree_walk(r, kids[i][k], depth + 1, kids, nkids);
}

static void build_tree(struct report *r)
{
	size_t **kids = xcalloc(r->nprocs + 1, sizeof(*kids));
	size_t *nkids = xcalloc(r->nprocs + 1, sizeof(*nkids));
	r->tree = xmalloc((r->nprocs + 1) * sizeof(*r->tree));
	for (size_t i = 0; i < r->nprocs; i++) {
		long p = r->procs[i].parent;
		if (!r->procs[i].selected || p < 0 || !r->procs[p].selected)
			continue;
		kids[p] = xrealloc(kids[p], (nkids[p] + 1) * sizeof(**kids));
		kids[p][nkids[p]++] = i;
	}
	for (size_t i = 0; i < r->nprocs; i++) {
		long p = r->procs[i].parent;
		if (r->procs[i].selected && (p < 0 || !r->procs[p].selected))
			tree_walk(r, i, 0, kids, nkids);
	}
	for (size_t i = 0; i < r->nprocs; i++)
		free(kids[i]);
	free(kids);
	free(nkids);
}

/* ---- the filter ---- */

static void build_filter(struct rep_build *b)
{
	struct report *r = b->r;
	const struct report_opts *o = r->o;
	struct rep_filter *f = &b->f;
	struct sbuf w = { 0 };
	/* a store holds one session so far: then no condition is needed for it */
	if (b->single_session) {
		sbuf_puts(&w, "1");
	} else {
		sbuf_puts(&w, "session_id = ");
		sbuf_put_dec(&w, b->st->session_id);
	}
	f->from_ts = INT64_MIN;
	f->to_ts = INT64_MAX;

	/* --pid: those processes and their descendants (parents start before children) */
	for (size_t i = 0; i < r->nprocs; i++)
		r->procs[i].selected = !o->npids;
	if (o->npids) {
		for (size_t k = 0; k < o->npids; k++) {
			bool found = false;
			for (size_t i = 0; i < r->nprocs; i++)
				if (r->procs[i].pid == o->pids[k])
					found = r->procs[i].selected = true;
			if (!found)
				die("%s: no process %d in the trace", r->file, o->pids[k]);
		}
		for (size_t i = 0; i < r->nprocs; i++)
			if (r->procs[i].parent >= 0 && r->procs[r->procs[i].parent].selected)
				r->procs[i].selected = true;
		sbuf_puts(&w, " AND pid IN (");
		bool first = true;
		for (size_t i = 0; i < r->nprocs; i++) {
			if (!r->procs[i].selected || imap_get(&f->pids, r->procs[i].pid, 0))
				continue;
			*imap_ref(&f->pids, r->procs[i].pid, true) = 1;
			if (!first)
				sbuf_putc(&w, ',');
			sbuf_put_dec(&w, r->procs[i].pid);
			first = false;
		}
		sbuf_putc(&w, ')');
		f->by_pid = f->any = true;
	}

	/* --syscall: by name (the index), and by number for the C side */
	if (o->nsyscalls) {
		sqlite3_stmt *q = store_prepare(b->st, "SELECT nr FROM syscall WHERE name = ? LIMIT 1");
		sbuf_puts(&w, " AND name IN (");
		for (size_t i = 0; i < o->nsyscalls; i++) {
			const char *name = o->syscalls[i];
			int64_t nr = -1;
			sqlite3_reset(q);
			sqlite3_bind_text(q, 1, name, -1, SQLITE_STATIC);
			if (sqlite3_step(q) == SQLITE_ROW)
				nr = sqlite3_column_int64(q, 0);
			for (long k = 0; nr < 0 && k < NSYSCALLS; k++)
				if (sysent[k].name && !strcmp(sysent[k].name, name))
					nr = k;
			if (nr < 0)
				die("report: unknown syscall '%s'", name);
			f->nrs = xrealloc(f->nrs, (f->nnrs + 1) * sizeof(*f->nrs));
			f->nrs[f->nnrs++] = nr;
			char *lit = sqlite3_mprintf("%Q", name);
			sbuf_puts(&w, i ? "," : "");
			sbuf_puts(&w, lit);
			sqlite3_free(lit);
		}
		sbuf_putc(&w, ')');
		sqlite3_finalize(q);
		f->any = true;
	}

	int64_t start = r->sum.start_ns;
	if (o->since_ns >= 0) {
		f->from_ts = start + o->since_ns;
		sbuf_printf(&w, " AND ts >= %lld", (long long)f->from_ts);
		f->any = true;
	}
	if (o->until_ns >= 0) {
		f->to_ts = start + o->until_ns;
		sbuf_printf(&w, " AND ts < %lld", (long long)f->to_ts);
		f->any = true;
	}
	f->where = sbuf_cstr(&w);

	/* the window also narrows which processes are shown */
	for (size_t i = 0; i < r->nprocs; i++) {
		struct rep_proc *p = &r->procs[i];
		if (p->start_ns >= f->to_ts || (p->end_ns && p->end_ns < f->from_ts))
			p->selected = false;
	}
}

/* ---- the pass over every (filtered) syscall row ---- */

struct slot {
	struct rep_syscall sc;
	uint64_t *durs;
	size_t ndurs, cap;
};

struct errgroup {
	struct rep_error e;
	char *raw[ERR_EXAMPLES];      /* path, or args JSON: what makes an example distinct */
	bool raw_is_args[ERR_EXAMPLES];
	struct smap paths;            /* error_paths: path -> count (as a pointer-sized integer) */
};

struct heapent {
	uint64_t dur;
	int64_t id;
};

struct mainpass {
	struct slot **slots;           /* by nr, 0..nslots-1 */
	size_t nslots;
	struct slot **all;
	size_t nall;
	struct errgroup **errs;
	size_t nerrs;
	struct imap errmap;            /* (nr << 16 | errno) -> index in errs */
	struct imap utid_calls;
	struct heapent *heap;          /* the slowest calls: a min-heap on dur */
	size_t nheap, heapcap;
	bool want_slow;
	bool error_paths;
	sqlite3_stmt *names;           /* name, errno_name of a row by id */
	int64_t last_utid;
	int64_t *last_count;
};

/* The name and errno name of row id (read only when a new syscall or error is seen). */
static const char *row_text(struct mainpass *m, int64_t id, int col)
{
	sqlite3_reset(m->names);
	sqlite3_bind_int64(m->names, 1, id);
	if (sqlite3_step(m->names) != SQLITE_ROW)
		return NULL;
	return (const char *)sqlite3_column_text(m->names, col);
}

static struct slot *slot_for(struct mainpass *m, int64_t nr, int64_t id)
{
	size_t i = nr >= 0 && nr < 4096 ? (size_t)nr : 4095;   /* beyond: shared last slot */
	if (i >= m->nslots) {
		size_t n = i + 1 > 512 ? i + 1 : 512;
		m->slots = xrealloc(m->slots, n * sizeof(*m->slots));
		memset(m->slots + m->nslots, 0, (n - m->nslots) * sizeof(*m->slots));
		m->nslots = n;
	}
	struct slot *s = m->slots[i];
	if (!s) {
		s = m->slots[i] = xcalloc(1, sizeof(*s));
		const char *name = i == 4095 ? "(other)" : row_text(m, id, 0);
		s->sc.name = xstrdup(name ? name : "?");
		s->sc.nr = nr;
		m->all = xrealloc(m->all, (m->nall + 1) * sizeof(*m->all));
		m->all[m->nall++] = s;
	}
	return s;
}

static void heap_push(struct mainpass *m, uint64_t dur, int64_t id)
{
	struct heapent *h = m->heap;
	size_t i;
	if (m->nheap < m->heapcap) {
		i = m->nheap++;
	} else {
		if (dur <= h[0].dur)
			return;
		/* replace the root and sift it down */
		i = 0;
		for (;;) {
			size_t c = 2 * i + 1;
			if (c >= m->nheap)
				break;
			if (c + 1 < m->nheap && h[c + 1].dur < h[c].dur)
				c++;
			if (h[c].dur >= dur)
				break;
			h[i] = h[c];
			i = c;
		}
		h[i] = (struct heapent){ dur, id };
		return;
	}
	while (i && h[(i - 1) / 2].dur > dur) {
		h[i] = h[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	h[i] = (struct heapent){ dur, id };
}

static void add_error(struct mainpass *m, const struct srow *w, const char *syscall)
{
	int64_t id = w->id, nr = w->nr, err = w->err;
	int64_t key = (int64_t)((uint64_t)nr << 16) ^ (err & 0xffff);
	int64_t *ix = imap_ref(&m->errmap, key, true);
	struct errgroup *g;
	if (!*ix) {
		m->errs = xrealloc(m->errs, (m->nerrs + 1) * sizeof(*m->errs));
		g = m->errs[m->nerrs++] = xcalloc(1, sizeof(*g));
		*ix = (int64_t)m->nerrs;
		g->e.syscall = xstrdup(syscall);
		const char *en = row_text(m, id, 1);
		g->e.errno_name = xstrdup(en ? en : "E?");
		g->e.nr = nr;
		g->e.err = err;
	}
	g = m->errs[*ix - 1];
	g->e.count++;
	const char *path = w->path;
	if (m->error_paths && path) {
		void **n = smap_ref(&g->paths, path, true);
		*n = (void *)((intptr_t)*n + 1);
	}
	if (g->e.more)
		return;
	const char *args = w->err_args;
	const char *raw = path ? path : args ? args : "";
	for (size_t k = 0; k < g->e.nexamples; k++)
		if (!strcmp(g->raw[k], raw))
			return;
	if (g->e.nexamples == ERR_EXAMPLES) {
		g->e.more = true;
		return;
	}
	g->raw_is_args[g->e.nexamples] = !path;
	g->raw[g->e.nexamples++] = xstrdup(raw);
}

static int cmp_heap_desc(const void *a, const void *b)
{
	const struct heapent *x = a, *y = b;
	if (x->dur != y->dur)
		return x->dur < y->dur ? 1 : -1;
	return x->id < y->id ? -1 : x->id > y->id;
}

/* Percentiles by nearest rank: the smallest value with at least p% of calls at or below it. */
static uint64_t nearest_rank(const uint64_t *v, size_t n, unsigned p)
{
	size_t rank = (n * p + 99) / 100;
	return v[rank ? rank - 1 : 0];
}

static void finish_slot(struct slot *s, uint64_t *tmp, bool keep)
{
	struct rep_syscall *c = &s->sc;
	c->timed = s->ndurs;
	if (s->ndurs) {
		sort_u64(s->durs, s->ndurs, tmp);
		c->min_ns = s->durs[0];
		c->max_ns = s->durs[s->ndurs - 1];
		c->p50_ns = nearest_rank(s->durs, s->ndurs, 50);
		c->p95_ns = nearest_rank(s->durs, s->ndurs, 95);
		c->p99_ns = nearest_rank(s->durs, s->ndurs, 99);
		for (size_t i = 0; i < s->ndurs; i++) {
			uint64_t d = s->durs[i];
			c->hist[d ? 63 - __builtin_clzll(d) : 0]++;
		}
	}
	if (keep)
		c->durs = s->durs;
	else
		free(s->durs);
	s->durs = NULL;
}

static size_t slow_limit(const struct report *r)
{
	return r->top == SIZE_MAX ? REPORT_SLOW_MAX : r->top;
}

static void fetch_slow(struct rep_build *b, struct mainpass *m)
{
	struct report *r = b->r;
	qsort(m->heap, m->nheap, sizeof(*m->heap), cmp_heap_desc);
	r->slow = xcalloc(m->nheap + 1, sizeof(*r->slow));
	sqlite3_stmt *q = store_prepare(b->st,
		"SELECT ts, tid, pid, utid, name, ret, errno_name, dur, args, ret_path, unfinished "
		"FROM syscall WHERE id = ?");
	for (size_t i = 0; i < m->nheap; i++) {
		sqlite3_reset(q);
		sqlite3_bind_int64(q, 1, m->heap[i].id);
		if (sqlite3_step(q) != SQLITE_ROW)
			continue;
		struct rep_slow *s = &r->slow[r->nslow++];
		s->id = m->heap[i].id;
		s->rel_ns = sqlite3_column_int64(q, 0) - r->sum.start_ns;
		s->tid = sqlite3_column_int64(q, 1);
		s->pid = sqlite3_column_int64(q, 2);
		int64_t upid = imap_get(&b->utid_upid, sqlite3_column_int64(q, 3), -1);
		int64_t pi = imap_get(&b->upid_index, upid, -1);
		s->comm = xstrdup(pi >= 0 && r->procs[pi].comm ? r->procs[pi].comm : "?");
		s->syscall = col_strdup(q, 4);
		s->dur_ns = (uint64_t)sqlite3_column_int64(q, 7);
		struct call_line cl = {
			.name = s->syscall ? s->syscall : "?",
			.args_json = (const char *)sqlite3_column_text(q, 8),
			.errno_name = (const char *)sqlite3_column_text(q, 6),
			.ret_path = (const char *)sqlite3_column_text(q, 9),
			.ret = sqlite3_column_int64(q, 5),
			.have_ret = !col_null(q, 5),
			.unfinished = !col_null(q, 10),
		};
		struct sbuf line = { 0 };
		jrender_call(&line, &cl);
		s->line = sbuf_cstr(&line);
	}
	sqlite3_finalize(q);
}

/* An error example without a path: the call's arguments, cut to a sane length. */
static char *example_from_args(const char *name, const char *args)
{
	struct call_line cl = { .name = name, .args_json = args };
	struct sbuf b = { 0 };
	jrender_call(&b, &cl);
	/* jrender_call ends in " = ?": the result is the error, shown beside it */
	char *text = sbuf_cstr(&b), *eq = strstr(text, ") = ");
	if (eq)
		eq[1] = 0;
	if (strlen(text) > 200)
		strcpy(text + 197, "...");
	return text;
}

static void main_row(struct report *r, struct mainpass *m, const struct srow *w)
{
	int64_t nr = w->nr;
	struct slot *s = nr >= 0 && (size_t)nr < m->nslots && m->slots[nr] ? m->slots[nr] : slot_for(m, nr, w->id);
	s->sc.calls++;
	r->sum.syscalls++;
	if (!w->has_dur) {
		s->sc.unfinished++;
		/* exit and exit_group never return: nothing unusual */
		r->sum.unfinished += nr != SC_exit && nr != SC_exit_group;
	} else {
		if (s->ndurs == s->cap) {
			s->cap = s->cap ? s->cap * 2 : 64;
			s->durs = xrealloc(s->durs, s->cap * sizeof(*s->durs));
		}
		s->durs[s->ndurs++] = w->dur;
		s->sc.total_ns += w->dur;
		if (m->want_slow)
			heap_push(m, w->dur, w->id);
	}
	if (w->has_err) {
		s->sc.errors++;
		r->sum.errors++;
		add_error(m, w, s->sc.name);
	}
	if (w->utid != m->last_utid || !m->last_count) {
		m->last_count = imap_ref(&m->utid_calls, w->utid, true);
		m->last_utid = w->utid;
	}
	++*m->last_count;
}

/*
 * The columns a pass reads, by their position in its SELECT list (-1: not
 * selected, read as NULL).  A query selects only what its pass needs: every
 * result column costs SQLite work on every row.
 */
enum { RC_ID, RC_UTID, RC_NR, RC_RET, RC_ERRNO, RC_FD, RC_PATH, RC_BYTES, RC_DUR, RC_ERR_ARGS, RC_PID, RC_TS, RC_N };

struct colmap {
	int at[RC_N];
};

static void select_col(struct sbuf *sql, struct colmap *m, int which, const char *expr)
{
	int n = 0;
	for (int i = 0; i < RC_N; i++)
		n += m->at[i] >= 0;
	sbuf_printf(sql, "%s%s", n ? ", " : "", expr);
	m->at[which] = n;
}

static inline bool has(sqlite3_stmt *q, int at)
{
	return at >= 0 && sqlite3_column_type(q, at) != SQLITE_NULL;
}

static inline int64_t int_col(sqlite3_stmt *q, int at, bool present, int64_t dflt)
{
	return present ? sqlite3_column_int64(q, at) : dflt;
}

static void read_row(sqlite3_stmt *q, const struct colmap *m, struct srow *w)
{
	const int *at = m->at;
	w->id = sqlite3_column_int64(q, at[RC_ID]);
	w->utid = sqlite3_column_int64(q, at[RC_UTID]);
	w->nr = sqlite3_column_int64(q, at[RC_NR]);
	w->has_ret = has(q, at[RC_RET]);
	w->ret = int_col(q, at[RC_RET], w->has_ret, 0);
	w->has_err = has(q, at[RC_ERRNO]);
	w->err = int_col(q, at[RC_ERRNO], w->has_err, 0);
	w->has_fd = has(q, at[RC_FD]);
	w->fd = int_col(q, at[RC_FD], w->has_fd, -1);
	w->path = at[RC_PATH] >= 0 ? (const char *)sqlite3_column_text(q, at[RC_PATH]) : NULL;
	w->has_bytes = has(q, at[RC_BYTES]);
	w->bytes = int_col(q, at[RC_BYTES], w->has_bytes, 0);
	w->has_dur = has(q, at[RC_DUR]);
	w->dur = (uint64_t)int_col(q, at[RC_DUR], w->has_dur, 0);
	w->err_args = w->has_err && !w->path ? (const char *)sqlite3_column_text(q, at[RC_ERR_ARGS]) : NULL;
	w->pid = int_col(q, at[RC_PID], at[RC_PID] >= 0, 0);
	w->ts = int_col(q, at[RC_TS], at[RC_TS] >= 0, 0);
}

/*
 * One pass over the syscall rows.  Without the files and network sections it
 * asks SQLite for the filtered rows only (the indexes serve --syscall, --pid,
 * --since); with them every row is read in the order calls returned, which
 * the descriptor tracking needs, and the filter is applied here.  Columns
 * that few rows need are read by id when they do (report_fd.c).
 */
static void scan(struct rep_build *b, struct mainpass *m)
{
	struct report *r = b->r;
	bool fd = r->o->sections & (RSEC_FILES | RSEC_NETWORK);
	bool by_time = b->f.from_ts != INT64_MIN || b->f.to_ts != INT64_MAX;
	struct srow w = { 0 };
	struct colmap cm;
	for (int i = 0; i < RC_N; i++)
		cm.at[i] = -1;
	struct sbuf sql = { 0 };
	sbuf_puts(&sql, "SELECT ");
	select_col(&sql, &cm, RC_ID, "id");
	select_col(&sql, &cm, RC_UTID, "utid");
	select_col(&sql, &cm, RC_NR, "nr");
	select_col(&sql, &cm, RC_ERRNO, "errno");
	select_col(&sql, &cm, RC_DUR, "dur");
	if (fd) {
		select_col(&sql, &cm, RC_RET, "ret");
		select_col(&sql, &cm, RC_FD, "fd");
		select_col(&sql, &cm, RC_PATH, "path");
		select_col(&sql, &cm, RC_BYTES, "bytes");
		if (b->f.by_pid)
			select_col(&sql, &cm, RC_PID, "pid");
		if (by_time)
			select_col(&sql, &cm, RC_TS, "ts");
	} else {
		select_col(&sql, &cm, RC_PATH, "CASE WHEN errno IS NOT NULL THEN path END");
	}
	select_col(&sql, &cm, RC_ERR_ARGS, "CASE WHEN errno IS NOT NULL AND path IS NULL THEN args END");
	sbuf_puts(&sql, " FROM syscall WHERE ");
	if (fd) {
		sbuf_puts(&sql, b->single_session ? "1" : "session_id = ");
		if (!b->single_session)
			sbuf_put_dec(&sql, b->st->session_id);
		/* rows after the window cannot matter; "+ts" keeps the plan a scan in id order */
		if (b->f.to_ts != INT64_MAX)
			sbuf_printf(&sql, " AND +ts < %lld", (long long)b->f.to_ts);
		sbuf_puts(&sql, " ORDER BY id");
	} else {
		sbuf_puts(&sql, b->f.where);
	}
	sqlite3_stmt *q = store_prepare(b->st, sbuf_cstr(&sql));
	sbuf_free(&sql);
	struct fdpass *fp = fd ? fd_pass_begin(b) : NULL;
	while (sqlite3_step(q) == SQLITE_ROW) {
		progress_tick(&b->prog);
		read_row(q, &cm, &w);
		if (!fd || rep_filter_row(&b->f, w.pid, w.nr, w.ts))
			main_row(r, m, &w);
		if (fp)
			fd_pass_row(fp, &w);
	}
	sqlite3_finalize(q);
	progress_set(&b->prog, b->nrows);
	if (fp)
		fd_pass_end(fp);
}

static void main_pass(struct rep_build *b)
{
	struct report *r = b->r;
	struct mainpass m = { .last_utid = -1 };
	m.want_slow = r->o->sections & RSEC_SLOW;
	m.error_paths = r->o->error_paths;
	if (m.want_slow) {
		m.heapcap = slow_limit(r);
		m.heap = xmalloc((m.heapcap + 1) * sizeof(*m.heap));
	}
	m.names = store_prepare(b->st, "SELECT name, errno_name FROM syscall WHERE id = ?");
	scan(b, &m);
	sqlite3_finalize(m.names);

	/* per-syscall numbers */
	size_t maxn = 0;
	for (size_t i = 0; i < m.nall; i++)
		if (m.all[i]->ndurs > maxn)
			maxn = m.all[i]->ndurs;
	uint64_t *tmp = maxn >= 4096 ? xmalloc(maxn * sizeof(*tmp)) : NULL;
	r->sc = xcalloc(m.nall + 1, sizeof(*r->sc));
	for (size_t i = 0; i < m.nall; i++) {
		finish_slot(m.all[i], tmp, r->o->keep_durations);
		r->sc[r->nsc++] = m.all[i]->sc;
		free(m.all[i]);
	}
	free(tmp);
	free(m.all);
	free(m.slots);

	/* errors, with their examples */
	r->err = xcalloc(m.nerrs + 1, sizeof(*r->err));
	for (size_t i = 0; i < m.nerrs; i++) {
		struct errgroup *g = m.errs[i];
		for (size_t k = 0; k < g->e.nexamples; k++) {
			g->e.examples[k] = g->raw_is_args[k] ? example_from_args(g->e.syscall, g->raw[k]) : g->raw[k];
			if (g->raw_is_args[k])
				free(g->raw[k]);
		}
		if (g->paths.n) {
			g->e.paths = xcalloc(g->paths.n, sizeof(*g->e.paths));
			for (size_t k = 0; k < g->paths.cap; k++)
				if (g->paths.keys[k])
					g->e.paths[g->e.npaths++] = (struct rep_count){
						xstrdup(g->paths.keys[k]), (uint64_t)(intptr_t)g->paths.vals[k] };
		}
		smap_free(&g->paths);
		r->err[r->nerr++] = g->e;
		free(g);
	}
	free(m.errs);
	imap_free(&m.errmap);

	/* per-process counts: threads to their process instance */
	for (size_t i = 0; i < m.utid_calls.cap; i++) {
		if (m.utid_calls.keys[i] == INT64_MIN)
			continue;
		int64_t upid = imap_get(&b->utid_upid, m.utid_calls.keys[i], -1);
		int64_t pi = imap_get(&b->upid_index, upid, -1);
		if (pi >= 0)
			r->procs[pi].syscalls += (uint64_t)m.utid_calls.vals[i];
	}
	imap_free(&m.utid_calls);

	if (m.want_slow)
		fetch_slow(b, &m);
	free(m.heap);
}

/* ---- the rest of the summary ---- */

static void count_rest(struct rep_build *b)
{
	struct report *r = b->r;
	struct rep_summary *s = &r->sum;
	for (size_t i = 0; i < r->nprocs; i++)
		s->processes += r->procs[i].selected;
	/* threads of the shown processes that lived in the window */
	sqlite3_stmt *q = store_prepare(b->st, "SELECT upid, start_ns, end_ns FROM thread WHERE session_id = ?");
	sqlite3_bind_int64(q, 1, b->st->session_id);
	while (sqlite3_step(q) == SQLITE_ROW) {
		int64_t pi = imap_get(&b->upid_index, sqlite3_column_int64(q, 0), -1);
		int64_t start = sqlite3_column_int64(q, 1), end = sqlite3_column_int64(q, 2);
		if (pi < 0 || !r->procs[pi].selected || start >= b->f.to_ts ||
		    (!col_null(q, 2) && end < b->f.from_ts))
			continue;
		s->threads++;
	}
	sqlite3_finalize(q);

	/* signals delivered (to the processes shown), by name */
	struct sbuf sql = { 0 };
	sbuf_printf(&sql, "SELECT signo, pid FROM event WHERE session_id = %lld AND kind = 'signal'",
		    (long long)b->st->session_id);
	if (b->f.from_ts != INT64_MIN)
		sbuf_printf(&sql, " AND ts >= %lld", (long long)b->f.from_ts);
	if (b->f.to_ts != INT64_MAX)
		sbuf_printf(&sql, " AND ts < %lld", (long long)b->f.to_ts);
	q = store_prepare(b->st, sbuf_cstr(&sql));
	sbuf_free(&sql);
	uint64_t counts[66] = { 0 };   /* 65: out of range */
	while (sqlite3_step(q) == SQLITE_ROW) {
		int signo = sqlite3_column_int(q, 0);
		if (b->f.by_pid && !imap_get(&b->f.pids, sqlite3_column_int64(q, 1), 0))
			continue;
		counts[signo > 0 && signo <= 64 ? signo : 65]++;
	}
	sqlite3_finalize(q);
	for (;;) {   /* most frequent first */
		int best = 0;
		for (int i = 1; i <= 65; i++)
			if (counts[i] > counts[best])
				best = i;
		if (!best)
			break;
		const char *name = best <= 64 ? signame(best) : NULL;
		s->sigs = xrealloc(s->sigs, (s->nsigs + 1) * sizeof(*s->sigs));
		s->sigs[s->nsigs++] = (struct rep_count){ xstrdup(name ? name : "other"), counts[best] };
		s->signals += counts[best];
		counts[best] = 0;
	}
}

/* ---- ordering ---- */

static enum rep_sort sort_key;

static uint64_t sort_value(const struct rep_syscall *c)
{
	switch (sort_key) {
	case RS_CALLS: return c->calls;
	case RS_ERRORS: return c->errors;
	case RS_AVG: return c->timed ? c->total_ns / c->timed : 0;
	case RS_P50: return c->p50_ns;
	case RS_P95: return c->p95_ns;
	case RS_P99: return c->p99_ns;
	case RS_MAX: return c->max_ns;
	case RS_TIME: case RS_NAME: break;
	}
	return c->total_ns;
}

static int cmp_syscall(const void *a, const void *b)
{
	const struct rep_syscall *x = a, *y = b;
	if (sort_key != RS_NAME) {
		uint64_t vx = sort_value(x), vy = sort_value(y);
		if (vx != vy)
			return vx < vy ? 1 : -1;
		if (x->calls != y->calls)
			return x->calls < y->calls ? 1 : -1;
	}
	return strcmp(x->name, y->name);
}

static int cmp_error(const void *a, const void *b)
{
	const struct rep_error *x = a, *y = b;
	if (x->count != y->count)
		return x->count < y->count ? 1 : -1;
	int c = strcmp(x->syscall, y->syscall);
	return c ? c : strcmp(x->errno_name, y->errno_name);
}

static void mark_histograms(struct report *r)
{
	const struct report_opts *o = r->o;
	if (!o->histogram)
		return;
	if (o->nhist) {
		for (size_t i = 0; i < o->nhist; i++) {
			bool found = false;
			for (size_t k = 0; k < r->nsc; k++)
				if (!strcmp(r->sc[k].name, o->hist_names[i]))
					found = r->sc[k].show_hist = true;
			if (!found)
				report_note(r, "--histogram: no %s calls%s", o->hist_names[i],
					    o->nsyscalls || o->npids || o->since_ns >= 0 || o->until_ns >= 0 ?
					    " match the filter" : " in the trace");
		}
		return;
	}
	for (size_t k = 0, n = 0; k < r->nsc && n < 3; k++)
		if (r->sc[k].timed) {
			r->sc[k].show_hist = true;
			n++;
		}
}

struct report *report_build(struct store *st, const char *file, const struct report_opts *o)
{
	struct report *r = xcalloc(1, sizeof(*r));
	r->file = file;
	r->o = o;
	r->top = o->top < 0 ? REPORT_TOP_DEFAULT : o->top == 0 ? SIZE_MAX : (size_t)o->top;
	struct rep_build b = { .r = r, .st = st };
	load_session(&b);
	load_processes(&b);
	build_filter(&b);
	progress_start(&b.prog, o->progress && b.nrows > 1000000, b.nrows, file);
	main_pass(&b);
	progress_end(&b.prog);
	count_rest(&b);
	build_tree(r);

	sort_key = o->sort;
	qsort(r->sc, r->nsc, sizeof(*r->sc), cmp_syscall);
	qsort(r->err, r->nerr, sizeof(*r->err), cmp_error);
	mark_histograms(r);
	if (!r->sum.syscalls)
		report_note(r, b.f.any ? "no system calls match the filter" : "no system calls were recorded");

	imap_free(&b.f.pids);
	free(b.f.nrs);
	free(b.f.where);
	imap_free(&b.utid_upid);
	imap_free(&b.upid_index);
	return r;
}

void report_free(struct report *r)
{
	if (!r)
		return;
	struct rep_summary *s = &r->sum;
	free_strv(s->command, s->ncommand);
	free(s->attached);
	free(s->host);
	free(s->kernel);
	free(s->version);
	free(s->backend);
	for (size_t i = 0; i < s->nsigs; i++)
		free(s->sigs[i].name);
	free(s->sigs);
	for (size_t i = 0; i < s->nfilters; i++) {
		free(s->filters[i].filter);
		free(s->filters[i].source);
	}
	free(s->filters);
	for (size_t i = 0; i < r->nsc; i++) {
		free(r->sc[i].name);
		free(r->sc[i].durs);
	}
	free(r->sc);
	for (size_t i = 0; i < r->nerr; i++) {
		free(r->err[i].syscall);
		free(r->err[i].errno_name);
		for (size_t k = 0; k < r->err[i].nexamples; k++)
			free(r->err[i].examples[k]);
		for (size_t k = 0; k < r->err[i].npaths; k++)
			free(r->err[i].paths[k].name);
		free(r->err[i].paths);
	}
	free(r->err);
	for (size_t i = 0; i < r->nprocs; i++) {
		free(r->procs[i].comm);
		free(r->procs[i].exe);
		free(r->procs[i].cwd);
		free_strv(r->procs[i].argv, r->procs[i].argc);
	}
	free(r->procs);
	free(r->tree);
	for (size_t i = 0; i < r->nfiles; i++)
		free(r->files[i].path);
	free(r->files);
	for (size_t i = 0; i < r->nnet; i++) {
		free(r->net[i].label);
		free(r->net[i].proto);
		free(r->net[i].local);
		free(r->net[i].remote);
	}
	free(r->net);
	for (size_t i = 0; i < r->nslow; i++) {
		free(r->slow[i].syscall);
		free(r->slow[i].comm);
		free(r->slow[i].line);
	}
	free(r->slow);
	free_strv(r->notes, r->nnotes);
	free(r);
}
