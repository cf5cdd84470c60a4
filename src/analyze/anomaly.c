/*
 * anomaly.c - `sctrace diff --baseline BASE... NEW`.  From each baseline it
 * learns, per program (the normalised executable), the set of short syscall
 * sequences its threads made: every window of n consecutive calls of one
 * thread (Forrest et al., "A Sense of Self for Unix Processes", 1996), a
 * call's repeats counted once, plus
 * per-process call counts and per-run latency quantiles.  NEW is scored: a
 * window no baseline had is unseen; unseen windows among any `frame`
 * consecutive ones (the locality frame count) give the score.  Files,
 * endpoints and programs no baseline touched come from bdiff's comparison
 * against the baselines' union.  docs/DIFF.md has the method and figures.
 */
#include "anomaly.h"
#include "syscalls.h"

#include <stdlib.h>
#include <string.h>

/* ---- a run as thread segments: one program's calls in one thread ---- */

struct call {
	int64_t id, ts;
	int64_t dur;               /* -1: unfinished */
	int nr;
};

struct seg {
	int64_t upid, pid, tid;
	size_t proc;               /* index in r->procs */
	const char *prog;          /* interned in progs */
	size_t off, len;           /* in calls */
	size_t goff, glen;         /* in gseq: the calls the windows are made of */
};

struct run {
	struct bprof *p;
	struct call *calls;
	size_t ncalls;
	struct seg *segs;
	size_t nsegs;
	size_t *gseq;              /* per segment, the calls that differ from the one before */
	size_t ngseq;
	struct smap progs;         /* program key -> itself (interning) */
};

static const char *intern(struct run *rn, const char *key)
{
	void **v = smap_ref(&rn->progs, key, true);
	if (!*v)
		*v = rn->progs.keys[v - rn->progs.vals];   /* the copy the map keeps */
	return *v;
}

static const char *exec_path_key(struct run *rn, int64_t id)
{
	sqlite3_stmt *q = store_prepare(rn->p->st, "SELECT path FROM syscall WHERE id = ?");
	sqlite3_bind_int64(q, 1, id);
	const char *path = sqlite3_step(q) == SQLITE_ROW ? (const char *)sqlite3_column_text(q, 0) : NULL;
	char *k = pathnorm_str(&rn->p->pn, path ? path : "?");
	const char *key = intern(rn, k);
	free(k);
	sqlite3_finalize(q);
	return key;
}

/*
 * A segment's windows are made of its calls with repeats of one call counted
 * once: how often a loop went round or a contended lock called futex is a
 * rate (bounded by the rates below), not a new sequence.
 */
static void add_seg(struct run *rn, const struct seg *s)
{
	if (!s->len)
		return;
	rn->segs = xrealloc(rn->segs, (rn->nsegs + 1) * sizeof(*rn->segs));
	struct seg *t = &rn->segs[rn->nsegs++];
	*t = *s;
	t->goff = rn->ngseq;
	rn->gseq = xrealloc(rn->gseq, (rn->ngseq + s->len) * sizeof(*rn->gseq));
	for (size_t i = s->off; i < s->off + s->len; i++)
		if (i == s->off || rn->calls[i].nr != rn->calls[i - 1].nr)
			rn->gseq[rn->ngseq++] = i;
	t->glen = rn->ngseq - t->goff;
}

/*
 * Every syscall of the run by thread, in the order each thread made them,
 * cut into segments at successful execve: the calls before a forked child's
 * first execve belong to its parent's program, the ones after its last to
 * its own executable, those between to the path it executed.
 */
static void load_run(struct run *rn, struct bprof *p)
{
	memset(rn, 0, sizeof(*rn));
	rn->p = p;
	struct report *r = p->r;
	struct imap upid_index = { 0 }, utid_upid = { 0 }, last_exec = { 0 };
	for (size_t i = 0; i < r->nprocs; i++)
		*imap_ref(&upid_index, r->procs[i].upid, true) = (int64_t)i;
	sqlite3_stmt *q = store_prepare(p->st, "SELECT utid, upid FROM thread WHERE session_id = ?");
	sqlite3_bind_int64(q, 1, p->st->session_id);
	while (sqlite3_step(q) == SQLITE_ROW)
		*imap_ref(&utid_upid, sqlite3_column_int64(q, 0), true) = sqlite3_column_int64(q, 1);
	sqlite3_finalize(q);

	q = store_prepare(p->st, "SELECT utid, tid, nr, id, ts, dur, errno IS NULL AND nr IN (?, ?) "
			  "FROM syscall WHERE session_id = ? ORDER BY utid, seq, id");
	sqlite3_bind_int(q, 1, SC_execve);
	sqlite3_bind_int(q, 2, SC_execveat);
	sqlite3_bind_int64(q, 3, p->st->session_id);
	size_t cap = 0;
	int64_t *utids = NULL, *tids = NULL;
	bool *execs = NULL;
	while (sqlite3_step(q) == SQLITE_ROW) {
		if (rn->ncalls == cap) {
			cap = cap ? cap * 2 : 4096;
			rn->calls = xrealloc(rn->calls, cap * sizeof(*rn->calls));
			utids = xrealloc(utids, cap * sizeof(*utids));
			tids = xrealloc(tids, cap * sizeof(*tids));
			execs = xrealloc(execs, cap * sizeof(*execs));
		}
		struct call *c = &rn->calls[rn->ncalls];
		utids[rn->ncalls] = sqlite3_column_int64(q, 0);
		tids[rn->ncalls] = sqlite3_column_int64(q, 1);
		c->nr = sqlite3_column_int(q, 2);
		c->id = sqlite3_column_int64(q, 3);
		c->ts = sqlite3_column_int64(q, 4);
		c->dur = sqlite3_column_type(q, 5) == SQLITE_NULL ? -1 : sqlite3_column_int64(q, 5);
		execs[rn->ncalls] = sqlite3_column_int(q, 6) != 0;
		if (execs[rn->ncalls])
			*imap_ref(&last_exec, imap_get(&utid_upid, utids[rn->ncalls], -1), true) = c->id;
		rn->ncalls++;
	}
	sqlite3_finalize(q);

	struct seg s = { 0 };
	int64_t cur_utid = INT64_MIN;
	for (size_t i = 0; i < rn->ncalls; i++) {
		if (utids[i] != cur_utid) {
			add_seg(rn, &s);
			cur_utid = utids[i];
			int64_t upid = imap_get(&utid_upid, cur_utid, -1);
			int64_t pi = imap_get(&upid_index, upid, -1);
			memset(&s, 0, sizeof(s));
			s.upid = upid;
			s.tid = tids[i];
			s.off = i;
			if (pi < 0) {
				s.proc = SIZE_MAX;
				s.prog = intern(rn, "?");
			} else {
				const struct rep_proc *rp = &r->procs[pi];
				bool execd = imap_get(&last_exec, upid, 0) != 0;
				s.proc = (size_t)pi;
				s.pid = rp->pid;
				s.prog = intern(rn, p->exe[execd && rp->parent >= 0 ? (size_t)rp->parent : (size_t)pi]);
			}
		}
		s.len++;
		if (execs[i]) {
			add_seg(rn, &s);
			bool last = imap_get(&last_exec, s.upid, 0) == rn->calls[i].id;
			s.prog = last && s.proc != SIZE_MAX ? intern(rn, p->exe[s.proc]) : exec_path_key(rn, rn->calls[i].id);
			s.off = i + 1;
			s.len = 0;
		}
	}
	add_seg(rn, &s);
	free(utids);
	free(tids);
	free(execs);
	imap_free(&upid_index);
	imap_free(&utid_upid);
	imap_free(&last_exec);
}

static void free_run(struct run *rn)
{
	free(rn->calls);
	free(rn->segs);
	free(rn->gseq);
	smap_free(&rn->progs);
}

/* FNV-1a over the window's syscall numbers and its length: the n-gram's key. */
static int64_t gram_hash(const struct run *rn, const size_t *ix, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < n; i++) {
		uint32_t v = (uint32_t)rn->calls[ix[i]].nr;
		for (int k = 0; k < 4; k++) {
			h ^= (v >> (8 * k)) & 0xff;
			h *= 0x100000001b3ull;
		}
	}
	h ^= n;
	h *= 0x100000001b3ull;
	int64_t k = (int64_t)h;
	return k == INT64_MIN ? 0 : k;
}

/* Windows of a segment: all n-long ones, or the whole of a shorter segment. */
static size_t nwindows(const struct seg *s, unsigned n)
{
	return s->glen >= n ? s->glen - n + 1 : 1;
}

static size_t window_len(const struct seg *s, unsigned n)
{
	return s->glen >= n ? n : s->glen;
}

/* ---- the model: per program ---- */

struct prog {
	char *key;
	struct imap grams;
	size_t runs;               /* baselines that ran it */
	struct imap used;          /* nr -> runs that made it */
	struct imap cmin, cmax;    /* nr -> fewest, most calls in one run */
	struct imap p50lo, p50hi, p95lo, p95hi;   /* nr -> over the baseline runs */
};

struct model {
	struct smap progs;         /* key -> struct prog * */
};

static struct prog *prog_of(struct model *m, const char *key, bool create)
{
	void **v = smap_ref(&m->progs, key, create);
	if (!v)
		return NULL;
	if (!*v) {
		struct prog *pr = xcalloc(1, sizeof(*pr));
		pr->key = xstrdup(key);
		*v = pr;
	}
	return *v;
}

static void imin(struct imap *m, int64_t k, int64_t v)
{
	int64_t *p = imap_ref(m, k, false);
	if (!p)
		*imap_ref(m, k, true) = v;
	else if (v < *p)
		*p = v;
}

static void imax(struct imap *m, int64_t k, int64_t v)
{
	int64_t *p = imap_ref(m, k, true);
	if (v > *p)
		*p = v;
}

/* A run's calls per program and syscall: the "rate" the baselines bound. */
struct inst {
	const char *prog;
	struct imap counts;        /* nr -> calls */
};

static size_t totals_of(struct run *rn, struct inst **out)
{
	struct inst *v = NULL;
	size_t n = 0;
	for (size_t i = 0; i < rn->nsegs; i++) {
		const struct seg *s = &rn->segs[i];
		size_t k;
		for (k = 0; k < n; k++)
			if (v[k].prog == s->prog)
				break;
		if (k == n) {
			v = xrealloc(v, (n + 1) * sizeof(*v));
			memset(&v[n], 0, sizeof(v[n]));
			v[n].prog = s->prog;
			n++;
		}
		for (size_t c = s->off; c < s->off + s->len; c++)
			++*imap_ref(&v[k].counts, rn->calls[c].nr, true);
	}
	*out = v;
	return n;
}

static void free_totals(struct inst *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		imap_free(&v[i].counts);
	free(v);
}

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

/* Durations per (program, syscall) of one run, and a callback for each with its p50 and p95. */
struct latset {
	const char *prog;
	int nr;
	uint64_t *d;
	size_t n, cap;
};

static size_t latencies_of(struct run *rn, struct latset **out)
{
	struct latset *v = NULL;
	size_t n = 0;
	struct smap index = { 0 };   /* "prog\x01nr" -> index + 1 */
	struct sbuf k = { 0 };
	for (size_t i = 0; i < rn->nsegs; i++) {
		const struct seg *s = &rn->segs[i];
		for (size_t c = s->off; c < s->off + s->len; c++) {
			const struct call *cl = &rn->calls[c];
			if (cl->dur < 0)
				continue;
			k.len = 0;
			sbuf_printf(&k, "%s\x01%d", s->prog, cl->nr);
			void **ix = smap_ref(&index, sbuf_cstr(&k), true);
			if (!*ix) {
				v = xrealloc(v, (n + 1) * sizeof(*v));
				v[n] = (struct latset){ .prog = s->prog, .nr = cl->nr };
				*ix = (void *)(uintptr_t)++n;
			}
			struct latset *l = &v[(uintptr_t)*ix - 1];
			if (l->n == l->cap) {
				l->cap = l->cap ? l->cap * 2 : 16;
				l->d = xrealloc(l->d, l->cap * sizeof(*l->d));
			}
			l->d[l->n++] = (uint64_t)cl->dur;
		}
	}
	for (size_t i = 0; i < n; i++)
		qsort(v[i].d, v[i].n, sizeof(*v[i].d), cmp_u64);
	smap_free(&index);
	sbuf_free(&k);
	*out = v;
	return n;
}

static void free_latencies(struct latset *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i].d);
	free(v);
}

static void learn(struct model *m, struct run *rn, const struct bd_opts *o)
{
	for (size_t i = 0; i < rn->nsegs; i++) {
		const struct seg *s = &rn->segs[i];
		struct prog *pr = prog_of(m, s->prog, true);
		size_t w = window_len(s, o->ngram);
		for (size_t k = 0; k < nwindows(s, o->ngram); k++)
			*imap_ref(&pr->grams, gram_hash(rn, &rn->gseq[s->goff + k], w), true) = 1;
	}
	struct inst *in;
	size_t nin = totals_of(rn, &in);
	for (size_t i = 0; i < nin; i++) {
		struct prog *pr = prog_of(m, in[i].prog, true);
		pr->runs++;
		for (size_t k = 0; k < in[i].counts.cap; k++) {
			if (in[i].counts.keys[k] == INT64_MIN)
				continue;
			int64_t nr = in[i].counts.keys[k], n = in[i].counts.vals[k];
			++*imap_ref(&pr->used, nr, true);
			imin(&pr->cmin, nr, n);
			imax(&pr->cmax, nr, n);
		}
	}
	free_totals(in, nin);
	struct latset *ls;
	size_t nls = latencies_of(rn, &ls);
	for (size_t i = 0; i < nls; i++) {
		if (ls[i].n < o->min_samples)
			continue;
		struct prog *pr = prog_of(m, ls[i].prog, true);
		int64_t p50 = (int64_t)quantile_u64(ls[i].d, ls[i].n, 0.5);
		int64_t p95 = (int64_t)quantile_u64(ls[i].d, ls[i].n, 0.95);
		imin(&pr->p50lo, ls[i].nr, p50);
		imax(&pr->p50hi, ls[i].nr, p50);
		imin(&pr->p95lo, ls[i].nr, p95);
		imax(&pr->p95hi, ls[i].nr, p95);
	}
	free_latencies(ls, nls);
}

static void free_model(struct model *m)
{
	for (size_t i = 0; i < m->progs.cap; i++) {
		struct prog *pr = m->progs.vals[i];
		if (!m->progs.keys[i])
			continue;
		free(pr->key);
		imap_free(&pr->grams);
		imap_free(&pr->used);
		imap_free(&pr->cmin);
		imap_free(&pr->cmax);
		imap_free(&pr->p50lo);
		imap_free(&pr->p50hi);
		imap_free(&pr->p95lo);
		imap_free(&pr->p95hi);
		free(pr);
	}
	smap_free(&m->progs);
}

/* ---- scoring ---- */

static const char *call_name(int nr)
{
	const struct sysent *e = sysent_get(nr);
	return e ? e->name : "?";
}

/* The calls of a region as names (at most 24), and the first few paths they name. */
static void describe(struct anomaly *an, struct an_region *g, const struct call *c, size_t n, sqlite3_stmt *q)
{
	struct sbuf names = { 0 }, paths = { 0 };
	size_t npaths = 0;
	char *seen[3] = { 0 };
	for (size_t i = 0; i < n; i++) {
		if (i == 24) {
			sbuf_printf(&names, " ... (%zu calls)", n);
			break;
		}
		sbuf_printf(&names, "%s%s", i ? " " : "", call_name(c[i].nr));
		sqlite3_reset(q);
		sqlite3_bind_int64(q, 1, c[i].id);
		const char *p = sqlite3_step(q) == SQLITE_ROW ? (const char *)sqlite3_column_text(q, 0) : NULL;
		if (!p || npaths == 3)
			continue;
		char *np = pathnorm_str(&an->cur->pn, p);
		bool dup = false;
		for (size_t k = 0; k < npaths; k++)
			dup |= !strcmp(seen[k], np);
		if (dup) {
			free(np);
			continue;
		}
		sbuf_printf(&paths, "%s%s", npaths ? ", " : "", np);
		seen[npaths++] = np;
	}
	for (size_t k = 0; k < npaths; k++)
		free(seen[k]);
	g->calls = sbuf_cstr(&names);
	g->paths = npaths ? sbuf_cstr(&paths) : NULL;
	if (!npaths)
		sbuf_free(&paths);
}

static void score_seg(struct anomaly *an, struct an_proc *ap, const struct run *rn, const struct seg *s,
		      const struct prog *pr, sqlite3_stmt *q)
{
	const struct bd_opts *o = an->o;
	size_t nw = nwindows(s, o->ngram), wl = window_len(s, o->ngram);
	bool *un = xcalloc(nw, sizeof(*un));
	const size_t *g0 = &rn->gseq[s->goff];
	unsigned frame = 0;
	for (size_t k = 0; k < nw; k++) {
		un[k] = !pr || !imap_get(&pr->grams, gram_hash(rn, g0 + k, wl), 0);
		ap->unseen += un[k];
		frame += un[k];
		if (k >= o->frame)
			frame -= un[k - o->frame];
		if (frame > ap->lfc)
			ap->lfc = frame;
	}
	ap->windows += nw;
	for (size_t k = 0; k < nw; k++) {
		if (!un[k])
			continue;
		size_t j = k;
		while (j + 1 < nw && un[j + 1])
			j++;
		if (ap->nreg == AN_MAX_REGIONS) {
			ap->more++;
		} else {
			ap->reg = xrealloc(ap->reg, (ap->nreg + 1) * sizeof(*ap->reg));
			struct an_region *g = &ap->reg[ap->nreg++];
			/* the calls of windows k..j, repeats included */
			size_t lastg = j + wl - 1;
			size_t first = g0[k];
			size_t last = lastg + 1 < s->glen ? g0[lastg + 1] - 1 : s->off + s->len - 1;
			const struct call *c = rn->calls;
			memset(g, 0, sizeof(*g));
			g->tid = s->tid;
			g->rel_ns = c[first].ts - an->cur->r->sum.start_ns;
			g->first_id = c[first].id;
			g->last_id = c[last].id;
			g->nwin = j - k + 1;
			describe(an, g, c + first, last - first + 1, q);
		}
		k = j;
	}
	free(un);
}

static struct an_proc *proc_for(struct anomaly *an, const struct seg *s)
{
	for (size_t i = 0; i < an->nprocs; i++)
		if (an->procs[i].upid == s->upid && an->procs[i].prog == s->prog)
			return &an->procs[i];
	an->procs = xrealloc(an->procs, (an->nprocs + 1) * sizeof(*an->procs));
	struct an_proc *ap = &an->procs[an->nprocs++];
	memset(ap, 0, sizeof(*ap));
	ap->upid = s->upid;
	ap->pid = s->pid;
	ap->prog = s->prog;
	const struct report *r = an->cur->r;
	ap->comm = xstrdup(s->proc < r->nprocs && r->procs[s->proc].comm ? r->procs[s->proc].comm : "?");
	return ap;
}

static void add_range(struct anomaly *an, const char *prog, int nr, const char *what,
		      uint64_t v, uint64_t lo, uint64_t hi)
{
	an->ranges = xrealloc(an->ranges, (an->nranges + 1) * sizeof(*an->ranges));
	an->ranges[an->nranges++] = (struct an_range){
		.prog = prog, .syscall = xstrdup(call_name(nr)), .what = what,
		.value = v, .lo = lo, .hi = hi,
	};
}

/* out of [lo / (1 + tol), hi * (1 + tol)], and by at least slack */
static bool out_of_range(uint64_t v, uint64_t lo, uint64_t hi, double tol, uint64_t slack)
{
	double dv = (double)v;
	if (dv > (double)hi * (1 + tol) && v - hi >= slack)
		return true;
	return dv < (double)lo / (1 + tol) && lo - v >= slack;
}

static void check_counts(struct anomaly *an, struct run *rn, struct model *m)
{
	const struct bd_opts *o = an->o;
	struct inst *in;
	size_t nin = totals_of(rn, &in);
	for (size_t i = 0; i < nin; i++) {
		struct prog *pr = prog_of(m, in[i].prog, false);
		if (!pr)
			continue;   /* a new program: its sequences say it all */
		/* calls it made */
		for (size_t k = 0; k < in[i].counts.cap; k++) {
			if (in[i].counts.keys[k] == INT64_MIN)
				continue;
			int64_t nr = in[i].counts.keys[k];
			uint64_t v = (uint64_t)in[i].counts.vals[k];
			bool always = (size_t)imap_get(&pr->used, nr, 0) == pr->runs;
			uint64_t lo = always ? (uint64_t)imap_get(&pr->cmin, nr, 0) : 0;
			uint64_t hi = (uint64_t)imap_get(&pr->cmax, nr, 0);
			if (out_of_range(v, lo, hi, o->rate_tol, o->count_abs))
				add_range(an, in[i].prog, (int)nr, "calls", v, lo, hi);
		}
		/* calls every baseline run made and this one did not */
		for (size_t k = 0; k < pr->used.cap; k++) {
			if (pr->used.keys[k] == INT64_MIN || (size_t)pr->used.vals[k] != pr->runs)
				continue;
			int64_t nr = pr->used.keys[k];
			uint64_t lo = (uint64_t)imap_get(&pr->cmin, nr, 0);
			if (!imap_ref(&in[i].counts, nr, false) && out_of_range(0, lo, lo, o->rate_tol, o->count_abs))
				add_range(an, in[i].prog, (int)nr, "calls", 0, lo,
					  (uint64_t)imap_get(&pr->cmax, nr, 0));
		}
	}
	free_totals(in, nin);

	struct latset *ls;
	size_t nls = latencies_of(rn, &ls);
	for (size_t i = 0; i < nls; i++) {
		struct prog *pr = prog_of(m, ls[i].prog, false);
		if (!pr || ls[i].n < o->min_samples || !imap_ref(&pr->p50lo, ls[i].nr, false))
			continue;
		uint64_t p50 = quantile_u64(ls[i].d, ls[i].n, 0.5), p95 = quantile_u64(ls[i].d, ls[i].n, 0.95);
		uint64_t lo = (uint64_t)imap_get(&pr->p50lo, ls[i].nr, 0), hi = (uint64_t)imap_get(&pr->p50hi, ls[i].nr, 0);
		if (out_of_range(p50, lo, hi, o->lat_tol, 0))
			add_range(an, ls[i].prog, ls[i].nr, "p50", p50, lo, hi);
		lo = (uint64_t)imap_get(&pr->p95lo, ls[i].nr, 0);
		hi = (uint64_t)imap_get(&pr->p95hi, ls[i].nr, 0);
		if (out_of_range(p95, lo, hi, o->lat_tol, 0))
			add_range(an, ls[i].prog, ls[i].nr, "p95", p95, lo, hi);
	}
	free_latencies(ls, nls);
}

/* the largest regions first, then by time */
static int cmp_region(const void *a, const void *b)
{
	const struct an_region *x = a, *y = b;
	if (x->nwin != y->nwin)
		return x->nwin < y->nwin ? 1 : -1;
	return x->rel_ns < y->rel_ns ? -1 : x->rel_ns > y->rel_ns;
}

static int cmp_proc(const void *a, const void *b)
{
	const struct an_proc *x = a, *y = b;
	if (x->lfc != y->lfc)
		return x->lfc < y->lfc ? 1 : -1;
	if (x->unseen != y->unseen)
		return x->unseen < y->unseen ? 1 : -1;
	return x->pid < y->pid ? -1 : x->pid > y->pid;
}

struct anomaly *anomaly_score(struct bprof **base, size_t nbase, struct bprof *cur, const struct bd_opts *o)
{
	struct anomaly *an = xcalloc(1, sizeof(*an));
	an->base = base;
	an->nbase = nbase;
	an->cur = cur;
	an->o = o;
	struct model m = { 0 };
	for (size_t i = 0; i < nbase; i++) {
		struct run rn;
		load_run(&rn, base[i]);
		learn(&m, &rn, o);
		free_run(&rn);
	}
	an->nprogs = m.progs.n;
	for (size_t i = 0; i < m.progs.cap; i++)
		if (m.progs.keys[i])
			an->ngrams += ((struct prog *)m.progs.vals[i])->grams.n;

	struct run rn;
	load_run(&rn, cur);
	sqlite3_stmt *q = store_prepare(cur->st, "SELECT path FROM syscall WHERE id = ?");
	for (size_t i = 0; i < rn.nsegs; i++) {
		const struct seg *s = &rn.segs[i];
		struct an_proc *ap = proc_for(an, s);
		const struct prog *pr = prog_of(&m, s->prog, false);
		ap->new_prog = !pr;
		ap->calls += s->len;
		score_seg(an, ap, &rn, s, pr, q);
	}
	sqlite3_finalize(q);
	/* the program keys live in rn.progs: copy them into the anomaly's own set before it goes */
	for (size_t i = 0; i < an->nprocs; i++) {
		an->procs[i].prog = xstrdup(an->procs[i].prog);
		if (an->procs[i].nreg)
			qsort(an->procs[i].reg, an->procs[i].nreg, sizeof(*an->procs[i].reg), cmp_region);
		an->windows += an->procs[i].windows;
		an->unseen += an->procs[i].unseen;
		if (an->procs[i].lfc > an->score)
			an->score = an->procs[i].lfc;
	}
	check_counts(an, &rn, &m);
	for (size_t i = 0; i < an->nranges; i++)
		an->ranges[i].prog = xstrdup(an->ranges[i].prog);
	free_run(&rn);
	free_model(&m);
	if (an->nprocs)
		qsort(an->procs, an->nprocs, sizeof(*an->procs), cmp_proc);

	an->sets = *o;
	an->sets.sets_only = true;
	an->uni = bprof_union(base, nbase);
	an->news = bdiff_compare(an->uni, cur, &an->sets);
	unsigned news = bdiff_failures(an->news) & ~(FAIL_GONE | FAIL_COUNT | FAIL_LATENCY);
	an->failures = news;
	if (an->score >= o->threshold)
		an->failures |= FAIL_SEQUENCE;
	if (an->nranges)
		an->failures |= FAIL_RATE;
	an->anomalous = (an->failures & (FAIL_SEQUENCE | FAIL_NEW_EXEC | FAIL_NEW_FILE | FAIL_NEW_ENDPOINT)) != 0;
	if (an->anomalous)
		an->failures |= FAIL_ANOMALY;
	return an;
}

unsigned anomaly_failures(const struct anomaly *an)
{
	return an->failures;
}

void anomaly_free(struct anomaly *an)
{
	if (!an)
		return;
	for (size_t i = 0; i < an->nprocs; i++) {
		struct an_proc *ap = &an->procs[i];
		for (size_t k = 0; k < ap->nreg; k++) {
			free(ap->reg[k].calls);
			free(ap->reg[k].paths);
		}
		free(ap->reg);
		free(ap->comm);
		free((char *)ap->prog);
	}
	free(an->procs);
	for (size_t i = 0; i < an->nranges; i++) {
		free(an->ranges[i].syscall);
		free((char *)an->ranges[i].prog);
	}
	free(an->ranges);
	bdiff_free(an->news);
	bprof_union_free(an->uni);
	free(an);
}
