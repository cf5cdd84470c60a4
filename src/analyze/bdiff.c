/*
 * bdiff.c - `sctrace diff A B`: profiles two stores with the report's own
 * extraction (report_build: processes, files with what was done to them,
 * endpoints, errors with every path, per-syscall durations), normalises
 * their names (pathnorm.c) and lists what differs: processes by command
 * line, executed programs, files, endpoints, syscalls used in only one run,
 * new errors, call counts and latency distributions (Mann-Whitney U).
 * bdiff_out.c prints the result; docs/DIFF.md is the manual.
 */
#include "bdiff.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const bd_kind_names[BD_NKINDS] = {
	[BD_PROCESS] = "processes", [BD_EXEC] = "programs", [BD_FILE] = "files",
	[BD_ENDPOINT] = "endpoints", [BD_SYSCALL] = "syscalls", [BD_ERROR] = "errors",
	[BD_COUNT] = "counts", [BD_LATENCY] = "latency",
};

void bdiff_defaults(struct bd_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->alpha = 0.01;
	o->min_effect = 0.474;     /* a "large" |delta| (Romano et al. 2006) */
	o->min_ratio = 2.0;
	o->min_samples = 20;
	o->count_pct = 0.5;
	o->count_abs = 10;
	o->ngram = 6;
	o->frame = 20;
	o->threshold = 0;          /* 0: ngram + 4 */
	o->rate_tol = 0.5;
	o->lat_tol = 2.0;
	o->max_unseen = 5;
	o->width = 80;
}

void bd_how_text(char *buf, unsigned how)
{
	static const char letters[] = "rwcdx";
	size_t n = 0;
	for (int i = 0; i < 5; i++)
		if (how & (1u << i))
			buf[n++] = letters[i];
	if (!n)
		buf[n++] = '-';
	buf[n] = 0;
}

uint64_t sm_get(const struct smap *m, const char *key)
{
	void **v = smap_ref((struct smap *)m, key, false);
	return v ? (uint64_t)(uintptr_t)*v : 0;
}

static void sm_add(struct smap *m, const char *key, uint64_t n)
{
	void **v = smap_ref(m, key, true);
	*v = (void *)(uintptr_t)((uintptr_t)*v + n);
}

static void sm_or(struct smap *m, const char *key, unsigned bits)
{
	void **v = smap_ref(m, key, true);
	*v = (void *)((uintptr_t)*v | bits);
}

/* A command line, each argument normalised, joined by spaces (argv[0] as it was given). */
static char *command_key(const struct pathnorm *pn, const struct rep_proc *p)
{
	struct sbuf b = { 0 };
	if (!p->argc)
		sbuf_printf(&b, "[%s]", p->comm ? p->comm : "?");
	for (size_t i = 0; i < p->argc; i++) {
		if (i)
			sbuf_putc(&b, ' ');
		pathnorm_put(pn, &b, p->argv[i]);
	}
	return sbuf_cstr(&b);
}

/* An endpoint as "PROTO LOCAL <- REMOTE" with ephemeral ports and inode numbers normalised. */
static char *endpoint_key(const struct pathnorm *pn, const struct rep_endpoint *e)
{
	struct sbuf b = { 0 };
	const char *role = e->role;
	sbuf_puts(&b, e->proto);
	if (!strcmp(role, "accept")) {
		sbuf_putc(&b, ' ');
		pathnorm_addr(pn, &b, e->local ? e->local : "?", false);
		sbuf_puts(&b, " <- ");
		pathnorm_addr(pn, &b, e->remote ? e->remote : "?", true);
	} else if (!strcmp(role, "connect") || !strcmp(role, "peer")) {
		sbuf_puts(&b, " -> ");
		pathnorm_addr(pn, &b, e->remote ? e->remote : "?", false);
	} else if (!strcmp(role, "listen") || !strcmp(role, "bind")) {
		sbuf_putc(&b, ' ');
		pathnorm_addr(pn, &b, e->local ? e->local : "?", true);
		if (!strcmp(role, "listen"))
			sbuf_puts(&b, " (listening)");
	} else {
		sbuf_putc(&b, ' ');
		sbuf_puts(&b, !strcmp(role, "socketpair") ? "socketpair" : "(unconnected)");
	}
	return sbuf_cstr(&b);
}

static void load_ids(struct bprof *p)
{
	struct report *r = p->r;
	for (size_t i = 0; i < r->nprocs; i++)
		pathnorm_add_id(&p->pn, r->procs[i].pid);
	sqlite3_stmt *q = store_prepare(p->st, "SELECT tid FROM thread WHERE session_id = ?");
	sqlite3_bind_int64(q, 1, p->st->session_id);
	while (sqlite3_step(q) == SQLITE_ROW)
		pathnorm_add_id(&p->pn, sqlite3_column_int64(q, 0));
	sqlite3_finalize(q);
}

struct bprof *bprof_load(const char *file)
{
	struct bprof *p = xcalloc(1, sizeof(*p));
	p->file = file;
	p->ro = (struct report_opts){
		.sections = RSEC_ALL & ~RSEC_SLOW, .since_ns = -1, .until_ns = -1, .top = 0,
		.keep_durations = true, .error_paths = true, .width = 80,
	};
	p->st = store_open(file);
	p->r = report_build(p->st, file, &p->ro);
	struct report *r = p->r;
	pathnorm_init(&p->pn);
	load_ids(p);
	struct sbuf b = { 0 };

	p->cmd = xcalloc(r->nprocs + 1, sizeof(*p->cmd));
	p->exe = xcalloc(r->nprocs + 1, sizeof(*p->exe));
	for (size_t i = 0; i < r->nprocs; i++) {
		p->cmd[i] = command_key(&p->pn, &r->procs[i]);
		p->exe[i] = pathnorm_str(&p->pn, r->procs[i].exe ? r->procs[i].exe : "?");
		sm_add(&p->procs, p->cmd[i], 1);
		void **par = smap_ref(&p->parents, p->cmd[i], true);
		if (!*par && r->procs[i].parent >= 0)
			*par = p->cmd[r->procs[i].parent];
		sm_add(&p->exes, p->exe[i], 1);
	}
	for (size_t i = 0; i < r->nfiles; i++) {
		const struct rep_file *f = &r->files[i];
		unsigned how = f->how | (f->rbytes ? RF_READ : 0) | (f->wbytes ? RF_WRITE : 0);
		if (f->calls > f->errors)
			how |= BD_SEEN;
		if (!(how & BD_SEEN))
			continue;   /* only failed calls: the errors section has them */
		char *k = pathnorm_str(&p->pn, f->path);
		sm_or(&p->files, k, how);
		if (how & RF_EXEC)
			sm_add(&p->exes, k, 1);   /* executed, even if it then executed something else */
		free(k);
	}
	for (size_t i = 0; i < r->nnet; i++) {
		char *k = endpoint_key(&p->pn, &r->net[i]);
		sm_add(&p->endpoints, k, r->net[i].sockets);
		free(k);
	}
	for (size_t i = 0; i < r->nerr; i++) {
		const struct rep_error *e = &r->err[i];
		uint64_t with_path = 0;
		for (size_t k = 0; k < e->npaths; k++) {
			b.len = 0;
			sbuf_printf(&b, "%s %s ", e->syscall, e->errno_name);
			pathnorm_put(&p->pn, &b, e->paths[k].name);
			sm_add(&p->errors, sbuf_cstr(&b), e->paths[k].n);
			with_path += e->paths[k].n;
		}
		if (e->count > with_path) {
			b.len = 0;
			sbuf_printf(&b, "%s %s", e->syscall, e->errno_name);
			sm_add(&p->errors, sbuf_cstr(&b), e->count - with_path);
		}
	}
	for (size_t i = 0; i < r->nsc; i++)
		*smap_ref(&p->syscalls, r->sc[i].name, true) = &r->sc[i];
	sbuf_free(&b);
	return p;
}

static void free_sets(struct bprof *p)
{
	smap_free(&p->procs);
	smap_free(&p->parents);
	smap_free(&p->exes);
	smap_free(&p->files);
	smap_free(&p->endpoints);
	smap_free(&p->errors);
	smap_free(&p->syscalls);
}

void bprof_free(struct bprof *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->r->nprocs; i++) {
		free(p->cmd[i]);
		free(p->exe[i]);
	}
	free(p->cmd);
	free(p->exe);
	free_sets(p);
	pathnorm_free(&p->pn);
	report_free(p->r);
	store_close(p->st);
	free(p);
}

/* ---- the baselines' union: what any of them touched ---- */

static void merge(struct smap *into, const struct smap *from, bool bits)
{
	for (size_t i = 0; i < from->cap; i++) {
		if (!from->keys[i])
			continue;
		void **v = smap_ref(into, from->keys[i], true);
		uintptr_t x = (uintptr_t)*v, y = (uintptr_t)from->vals[i];
		*v = (void *)(bits ? x | y : x > y ? x : y);
	}
}

struct bprof *bprof_union(struct bprof **base, size_t n)
{
	struct bprof *u = xcalloc(1, sizeof(*u));
	u->file = "baselines";
	u->r = base[0]->r;
	for (size_t i = 0; i < n; i++) {
		merge(&u->procs, &base[i]->procs, false);
		merge(&u->exes, &base[i]->exes, false);
		merge(&u->files, &base[i]->files, true);
		merge(&u->endpoints, &base[i]->endpoints, false);
		merge(&u->errors, &base[i]->errors, false);
		for (size_t k = 0; k < base[i]->syscalls.cap; k++)
			if (base[i]->syscalls.keys[k]) {
				void **v = smap_ref(&u->syscalls, base[i]->syscalls.keys[k], true);
				if (!*v)
					*v = base[i]->syscalls.vals[k];
			}
	}
	return u;
}

void bprof_union_free(struct bprof *u)
{
	if (!u)
		return;
	free_sets(u);
	free(u);
}

/* ---- comparing ---- */

static struct bd_item *add(struct bdiff *d, enum bd_kind kind, const char *key, uint64_t a, uint64_t b,
			   bool changed)
{
	d->items = xrealloc(d->items, (d->n + 1) * sizeof(*d->items));
	struct bd_item *it = &d->items[d->n++];
	memset(it, 0, sizeof(*it));
	it->kind = kind;
	it->key = xstrdup(key);
	it->a = a;
	it->b = b;
	it->changed = changed;
	d->nchanged[kind] += changed;
	return it;
}

/* Keys of either map whose values differ (as counts: present in one only, or a different number). */
static void compare_sets(struct bdiff *d, enum bd_kind kind, const struct smap *a, const struct smap *b,
			 bool presence_only)
{
	for (size_t i = 0; i < a->cap; i++) {
		if (!a->keys[i])
			continue;
		uint64_t x = sm_num(a, i), y = sm_get(b, a->keys[i]);
		if (presence_only ? !y : x != y)
			add(d, kind, a->keys[i], x, y, true);
	}
	for (size_t i = 0; i < b->cap; i++)
		if (b->keys[i] && !sm_get(a, b->keys[i]))
			add(d, kind, b->keys[i], 0, sm_num(b, i), true);
}

static bool ratio_apart(uint64_t x, uint64_t y, double r)
{
	double lo = (double)(x < y ? x : y), hi = (double)(x < y ? y : x);
	return hi >= r * (lo > 0 ? lo : 1);
}

static void compare_syscalls(struct bdiff *d)
{
	const struct bd_opts *o = d->o;
	const struct smap *a = &d->a->syscalls, *b = &d->b->syscalls;
	for (size_t i = 0; i < a->cap; i++) {
		if (!a->keys[i])
			continue;
		const struct rep_syscall *x = a->vals[i];
		void **yv = smap_ref((struct smap *)b, a->keys[i], false);
		if (!yv) {
			add(d, BD_SYSCALL, x->name, x->calls, 0, true);
			continue;
		}
		const struct rep_syscall *y = *yv;
		if (o->sets_only)
			continue;
		uint64_t big = x->calls > y->calls ? x->calls : y->calls;
		uint64_t diff = x->calls > y->calls ? x->calls - y->calls : y->calls - x->calls;
		bool changed = diff >= o->count_abs && (double)diff >= o->count_pct * (double)big;
		if (changed || o->all)
			add(d, BD_COUNT, x->name, x->calls, y->calls, changed);

		if (!x->timed || !y->timed)
			continue;
		struct bd_lat l = {
			.na = x->timed, .nb = y->timed,
			.p50a = x->p50_ns, .p50b = y->p50_ns, .p95a = x->p95_ns, .p95b = y->p95_ns,
			.p99a = x->p99_ns, .p99b = y->p99_ns,
		};
		l.m = mann_whitney(x->durs, x->timed, y->durs, y->timed);
		l.k = ks_two_sample(x->durs, x->timed, y->durs, y->timed);
		bool moved = l.na >= o->min_samples && l.nb >= o->min_samples && l.m.p < o->alpha &&
			     fabs(l.m.delta) >= o->min_effect &&
			     ratio_apart(l.p50a, l.p50b, o->min_ratio);
		if (moved || o->all)
			add(d, BD_LATENCY, x->name, l.na, l.nb, moved)->lat = l;
	}
	for (size_t i = 0; i < b->cap; i++)
		if (b->keys[i] && !smap_ref((struct smap *)a, b->keys[i], false))
			add(d, BD_SYSCALL, b->keys[i], 0, ((const struct rep_syscall *)b->vals[i])->calls, true);
}

static int cmp_item(const void *x, const void *y)
{
	const struct bd_item *a = x, *b = y;
	if (a->kind != b->kind)
		return a->kind < b->kind ? -1 : 1;
	if (a->kind == BD_LATENCY && a->changed != b->changed)
		return a->changed ? -1 : 1;
	return strcmp(a->key, b->key);
}

struct bdiff *bdiff_compare(const struct bprof *a, const struct bprof *b, const struct bd_opts *o)
{
	struct bdiff *d = xcalloc(1, sizeof(*d));
	d->a = a;
	d->b = b;
	d->o = o;
	compare_sets(d, BD_PROCESS, &a->procs, &b->procs, false);
	for (size_t i = 0; i < d->n; i++) {   /* who started each: from the run that has more of it */
		const struct bprof *side = d->items[i].b > d->items[i].a ? b : a;
		void **par = smap_ref((struct smap *)&side->parents, d->items[i].key, false);
		if (par && *par)
			d->items[i].parent = xstrdup(*par);
	}
	compare_sets(d, BD_EXEC, &a->exes, &b->exes, true);
	compare_sets(d, BD_FILE, &a->files, &b->files, false);
	compare_sets(d, BD_ENDPOINT, &a->endpoints, &b->endpoints, true);
	compare_sets(d, BD_ERROR, &a->errors, &b->errors, true);
	compare_syscalls(d);
	if (d->n)
		qsort(d->items, d->n, sizeof(*d->items), cmp_item);
	return d;
}

void bdiff_free(struct bdiff *d)
{
	if (!d)
		return;
	for (size_t i = 0; i < d->n; i++) {
		free(d->items[i].key);
		free(d->items[i].parent);
	}
	free(d->items);
	free(d);
}

unsigned bdiff_failures(const struct bdiff *d)
{
	unsigned f = 0;
	for (size_t i = 0; i < d->n; i++) {
		const struct bd_item *it = &d->items[i];
		if (!it->changed)
			continue;
		bool gone = !it->b, more = it->b > it->a;
		switch (it->kind) {
		case BD_PROCESS: f |= gone ? FAIL_GONE : more ? FAIL_NEW_PROCESS : 0; break;
		case BD_EXEC: f |= gone ? FAIL_GONE : FAIL_NEW_EXEC; break;
		case BD_FILE: f |= gone ? FAIL_GONE : (it->b & ~it->a) ? FAIL_NEW_FILE : 0; break;
		case BD_ENDPOINT: f |= gone ? FAIL_GONE : FAIL_NEW_ENDPOINT; break;
		case BD_SYSCALL: f |= gone ? FAIL_GONE : FAIL_NEW_SYSCALL; break;
		case BD_ERROR: f |= gone ? FAIL_GONE : FAIL_NEW_ERROR; break;
		case BD_COUNT: f |= FAIL_COUNT; break;
		case BD_LATENCY: f |= FAIL_LATENCY; break;
		case BD_NKINDS: break;
		}
	}
	return f;
}
