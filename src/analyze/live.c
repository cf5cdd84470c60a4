/*
 * live.c - the statistics behind `sctrace tui`, and the sink that feeds
 * them from a running trace.  Every finished syscall adds to its row (calls,
 * errors, time, a hist.c latency histogram), to its file and process, and a
 * failed one to the ring of recent errors.  One mutex guards it all: the
 * tracer's thread adds, the view's thread reads.
 */
#include "live.h"
#include "pidinfo.h"
#include "sink.h"
#include "tracer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void live_init(struct live *l, bool live_pids)
{
	memset(l, 0, sizeof(*l));
	pthread_mutex_init(&l->lock, NULL);
	l->live_pids = live_pids;
	l->start_ns = l->last_tick_ns = now_mono_ns();
}

const char *live_call_name(int nr)
{
	const struct sysent *se = sysent_get(nr);
	return se ? se->name : NULL;
}

static uint64_t hash_str(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ull;   /* FNV-1a */
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
	return h;
}

static struct live_file *file_slot(struct live *l, const char *path, size_t len)
{
	if (l->nfiles * 2 >= l->files_cap) {   /* grow: rehash into twice the slots */
		size_t cap = l->files_cap ? l->files_cap * 2 : 256;
		struct live_file *n = xcalloc(cap, sizeof(*n));
		for (size_t i = 0; i < l->files_cap; i++) {
			if (!l->files[i].path)
				continue;
			size_t j = hash_str(l->files[i].path, strlen(l->files[i].path)) & (cap - 1);
			while (n[j].path)
				j = (j + 1) & (cap - 1);
			n[j] = l->files[i];
		}
		free(l->files);
		l->files = n;
		l->files_cap = cap;
	}
	size_t j = hash_str(path, len) & (l->files_cap - 1);
	while (l->files[j].path && (strncmp(l->files[j].path, path, len) || l->files[j].path[len]))
		j = (j + 1) & (l->files_cap - 1);
	if (!l->files[j].path) {
		char *p = xmalloc(len + 1);
		memcpy(p, path, len);
		p[len] = '\0';
		l->files[j].path = p;
		l->nfiles++;
	}
	return &l->files[j];
}

static struct live_proc *proc_slot(struct live *l, int pid, bool *fresh)
{
	*fresh = false;
	if (l->nprocs * 2 >= l->procs_cap) {
		size_t cap = l->procs_cap ? l->procs_cap * 2 : 64;
		struct live_proc *n = xcalloc(cap, sizeof(*n));
		for (size_t i = 0; i < l->procs_cap; i++) {
			if (!l->procs[i].pid)
				continue;
			size_t j = (size_t)l->procs[i].pid * 2654435761u & (cap - 1);
			while (n[j].pid)
				j = (j + 1) & (cap - 1);
			n[j] = l->procs[i];
		}
		free(l->procs);
		l->procs = n;
		l->procs_cap = cap;
	}
	size_t j = (size_t)pid * 2654435761u & (l->procs_cap - 1);
	while (l->procs[j].pid && l->procs[j].pid != pid)
		j = (j + 1) & (l->procs_cap - 1);
	if (!l->procs[j].pid) {
		l->procs[j].pid = pid;
		l->nprocs++;
		*fresh = true;
	}
	return &l->procs[j];
}

void live_add(struct live *l, const struct live_row *r)
{
	int slot = r->nr >= 0 && r->nr < NSYSCALLS && sysent[r->nr].name ? r->nr : NSYSCALLS;
	pthread_mutex_lock(&l->lock);
	struct live_call *c = l->call[slot];
	if (!c)
		c = l->call[slot] = xcalloc(1, sizeof(*c));
	bool failed = r->err != NULL;
	c->count++;
	c->errors += failed;
	l->calls++;
	l->errors += failed;
	if (r->has_dur) {
		c->total_ns += r->dur_ns;
		hist_add(&c->lat, r->dur_ns);
	}
	if (r->path && r->pathlen) {
		struct live_file *f = file_slot(l, r->path, r->pathlen);
		f->count++;
		f->errors += failed;
	}
	bool fresh;
	struct live_proc *p = proc_slot(l, r->pid, &fresh);
	p->count++;
	p->errors += failed;
	if ((fresh || r->exec_ok) && l->live_pids)
		pid_comm(r->pid, p->comm, sizeof(p->comm));
	if (failed) {
		struct live_error *e = &l->errs[l->nerrs++ % LIVE_ERRORS];
		e->ts = r->ts;
		e->pid = r->pid;
		e->nr = r->nr;
		snprintf(e->name, sizeof(e->name), "%s", slot < NSYSCALLS ? sysent[slot].name : r->name ? r->name : "?");
		snprintf(e->err, sizeof(e->err), "%s", r->err);
		snprintf(e->path, sizeof(e->path), "%.*s", r->path ? (int)r->pathlen : 0, r->path ? r->path : "");
	}
	pthread_mutex_unlock(&l->lock);
}

void live_set_comm(struct live *l, int pid, const char *comm)
{
	pthread_mutex_lock(&l->lock);
	bool fresh;
	struct live_proc *p = proc_slot(l, pid, &fresh);
	(void)fresh;   /* known before any of its calls: listed with none */
	snprintf(p->comm, sizeof(p->comm), "%s", comm);
	pthread_mutex_unlock(&l->lock);
}

void live_tick(struct live *l, uint64_t now)
{
	pthread_mutex_lock(&l->lock);
	double dt = (now - l->last_tick_ns) / 1e9;
	if (dt > 0.05) {
		for (int i = 0; i <= NSYSCALLS; i++) {
			struct live_call *c = l->call[i];
			if (!c)
				continue;
			c->rate = (c->count - c->prev_count) / dt;
			c->prev_count = c->count;
		}
		l->rate = (l->calls - l->prev_calls) / dt;
		l->prev_calls = l->calls;
		l->last_tick_ns = now;
	}
	pthread_mutex_unlock(&l->lock);
}

/* ---- the sink: a running trace's syscalls ---- */

struct live_sink {
	struct sink base;
	struct live *l;
};

static void add_tcb(struct sink *s, struct tcb *t, uint64_t ts, bool finished)
{
	struct live_sink *ls = (struct live_sink *)s;
	const struct dctx *c = &t->dc;
	struct live_row r = {
		.nr = t->scno,
		.pid = t->pid,
		.ts = t->entry_ts + tr.real_offset,
		.dur_ns = ts > t->entry_ts ? ts - t->entry_ts : 0,
		.has_dur = finished,
		.err = finished && c->err ? errno_name(c->err) : NULL,
	};
	if (finished && c->err && !r.err)
		r.err = "E???";
	r.path = dctx_path(c, &r.pathlen);
	const struct sysent *se = sysent_get(t->scno);
	r.exec_ok = finished && !c->err && se && (se->classes & TC_PROCESS) && !strncmp(se->name, "exec", 4);
	live_add(ls->l, &r);
}

static void live_exit(struct sink *s, struct tcb *t, uint64_t ts)
{
	add_tcb(s, t, ts, true);
}

static void live_unfinished(struct sink *s, struct tcb *t, uint64_t ts, int why)
{
	(void)why;
	add_tcb(s, t, ts, false);
}

static void live_close(struct sink *s)
{
	free(s);   /* the statistics stay: the view shows them after the trace */
}

static const struct sink_ops live_ops = {
	.name = "live",
	.syscall_exit = live_exit,
	.syscall_unfinished = live_unfinished,
	.close = live_close,
};

struct sink *live_sink_new(struct live *l)
{
	struct live_sink *s = xcalloc(1, sizeof(*s));
	s->base.ops = &live_ops;
	s->l = l;
	return &s->base;
}
