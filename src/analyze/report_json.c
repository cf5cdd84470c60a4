/*
 * report_json.c - `sctrace report --json`: the same content as the terminal
 * report, as one JSON document (docs/REPORT.md has its shape).  Counts,
 * bytes and durations are JSON numbers (nanoseconds); wall-clock timestamps
 * beyond 2^53 are decimal strings, as everywhere in sctrace (docs/JSON.md).
 */
#include "report.h"
#include "decode.h"
#include "json.h"
#include "jwriter.h"

#include <string.h>

static size_t shown(const struct report *r, size_t n)
{
	return n < r->top ? n : r->top;
}

static void filter(struct jw *w, const struct report *r)
{
	const struct report_opts *o = r->o;
	key(w, "filter");
	if (!o->npids && !o->nsyscalls && o->since_ns < 0 && o->until_ns < 0) {
		sbuf_puts(&w->b, "null");
		return;
	}
	open_c(w, '{');
	key(w, "pids");
	open_c(w, '[');
	for (size_t i = 0; i < o->npids; i++) {
		sep(w);
		json_int(&w->b, o->pids[i]);
	}
	close_c(w, ']');
	k_bool(w, "descendants", o->npids > 0);
	k_strv(w, "syscalls", o->syscalls, o->nsyscalls, false);
	if (o->since_ns >= 0)
		k_int(w, "since_ns", o->since_ns);
	else
		k_null(w, "since_ns");
	if (o->until_ns >= 0)
		k_int(w, "until_ns", o->until_ns);
	else
		k_null(w, "until_ns");
	close_c(w, '}');
}

static void summary(struct jw *w, const struct report *r)
{
	const struct rep_summary *s = &r->sum;
	key(w, "summary");
	open_c(w, '{');
	k_strv(w, "command", s->command, s->ncommand, true);
	key(w, "attached_pids");
	open_c(w, '[');
	for (size_t i = 0; i < s->nattached; i++) {
		sep(w);
		json_int(&w->b, s->attached[i]);
	}
	close_c(w, ']');
	k_str(w, "host", s->host);
	k_str(w, "kernel", s->kernel);
	k_str(w, "sctrace_version", s->version);
	k_str(w, "backend", s->backend);
	k_int(w, "start_ns", s->start_ns);
	k_int(w, "end_ns", s->end_ns);
	k_int(w, "duration_ns", s->end_ns - s->start_ns);
	k_bool(w, "finished", s->finished);
	key(w, "exit");
	if (s->have_exit) {
		int st = s->exit_status;
		open_c(w, '{');
		k_int(w, "status", st);
		if ((st & 0x7f) == 0) {
			k_int(w, "code", (st >> 8) & 0xff);
		} else if ((st & 0x7f) != 0x7f) {
			k_str(w, "signal", signame(st & 0x7f));
			k_bool(w, "core_dumped", st & 0x80);
		}
		close_c(w, '}');
	} else {
		sbuf_puts(&w->b, "null");
	}
	k_u64(w, "processes", s->processes);
	k_u64(w, "threads", s->threads);
	k_u64(w, "syscalls", s->syscalls);
	k_u64(w, "errors", s->errors);
	k_u64(w, "unfinished", s->unfinished);
	k_u64(w, "signals", s->signals);
	key(w, "signals_by_name");
	open_c(w, '{');
	for (size_t i = 0; i < s->nsigs; i++)
		k_u64(w, s->sigs[i].name, s->sigs[i].n);
	close_c(w, '}');
	k_u64(w, "lost", s->lost);
	key(w, "filter_changes");   /* a background session's filters (docs/SESSIONS.md); [] otherwise */
	open_c(w, '[');
	for (size_t i = 0; i < s->nfilters; i++) {
		sep(w);
		open_c(w, '{');
		k_str(w, "source", s->filters[i].source);
		k_str(w, "filter", s->filters[i].filter);
		k_int(w, "offset_ns", s->filters[i].ts - s->start_ns);
		close_c(w, '}');
	}
	close_c(w, ']');
	close_c(w, '}');
}

static void timing(struct jw *w, const char *k, bool have, uint64_t v)
{
	if (have)
		k_u64(w, k, v);
	else
		k_null(w, k);
}

static void syscalls(struct jw *w, const struct report *r)
{
	static const char *const sorts[] = {
		[RS_TIME] = "time", [RS_CALLS] = "calls", [RS_ERRORS] = "errors", [RS_AVG] = "avg",
		[RS_P50] = "p50", [RS_P95] = "p95", [RS_P99] = "p99", [RS_MAX] = "max",
		[RS_NAME] = "name",
	};
	k_str(w, "syscalls_sort", sorts[r->o->sort]);
	key(w, "syscalls");
	open_c(w, '[');
	for (size_t i = 0, n = shown(r, r->nsc); i < n; i++) {
		const struct rep_syscall *c = &r->sc[i];
		bool t = c->timed;
		sep(w);
		open_c(w, '{');
		k_str(w, "name", c->name);
		k_int(w, "nr", c->nr);
		k_u64(w, "calls", c->calls);
		k_u64(w, "errors", c->errors);
		k_u64(w, "unfinished", c->unfinished);
		k_u64(w, "total_ns", c->total_ns);
		timing(w, "avg_ns", t, t ? c->total_ns / c->timed : 0);
		timing(w, "min_ns", t, c->min_ns);
		timing(w, "p50_ns", t, c->p50_ns);
		timing(w, "p95_ns", t, c->p95_ns);
		timing(w, "p99_ns", t, c->p99_ns);
		timing(w, "max_ns", t, c->max_ns);
		if (c->show_hist) {
			int lo = -1, hi = -1;
			for (int k = 0; k < HIST_BUCKETS; k++)
				if (c->hist[k]) {
					if (lo < 0)
						lo = k;
					hi = k;
				}
			key(w, "histogram");
			open_c(w, '[');
			for (int k = lo; lo >= 0 && k <= hi; k++) {
				sep(w);
				open_c(w, '{');
				k_u64(w, "lo_ns", k ? UINT64_C(1) << k : 0);
				k_u64(w, "hi_ns", k < 63 ? UINT64_C(1) << (k + 1) : UINT64_MAX);
				k_u64(w, "count", c->hist[k]);
				close_c(w, '}');
			}
			close_c(w, ']');
		}
		close_c(w, '}');
	}
	close_c(w, ']');
}

static void errors(struct jw *w, const struct report *r)
{
	key(w, "errors");
	open_c(w, '[');
	for (size_t i = 0, n = shown(r, r->nerr); i < n; i++) {
		const struct rep_error *e = &r->err[i];
		sep(w);
		open_c(w, '{');
		k_str(w, "syscall", e->syscall);
		k_str(w, "errno", e->errno_name);
		k_int(w, "errno_nr", e->err);
		k_u64(w, "count", e->count);
		k_strv(w, "examples", e->examples, e->nexamples, false);
		k_bool(w, "more", e->more);
		close_c(w, '}');
	}
	close_c(w, ']');
}

static size_t procs_shown(const struct report *r)
{
	if (r->o->top < 0)
		return r->ntree < 20 ? r->ntree : 20;
	return shown(r, r->ntree);
}

static void processes(struct jw *w, const struct report *r)
{
	key(w, "processes");
	open_c(w, '[');
	for (size_t i = 0, n = procs_shown(r); i < n; i++) {
		const struct rep_proc *p = &r->procs[r->tree[i]];
		sep(w);
		open_c(w, '{');
		k_int(w, "pid", p->pid);
		if (p->ppid)
			k_int(w, "ppid", p->ppid);
		else
			k_null(w, "ppid");
		k_int(w, "depth", p->depth);
		k_str(w, "comm", p->comm);
		k_str(w, "exe", p->exe);
		k_strv(w, "argv", p->argv, p->argc, false);
		k_str(w, "cwd", p->cwd);
		k_int(w, "start_offset_ns", p->start_ns - r->sum.start_ns);
		if (p->end_ns)
			k_int(w, "duration_ns", p->end_ns - p->start_ns);
		else
			k_null(w, "duration_ns");
		if (p->have_code)
			k_int(w, "exit_code", p->exit_code);
		else
			k_null(w, "exit_code");
		if (p->have_signal)
			k_str(w, "exit_signal", signame(p->exit_signal));
		else
			k_null(w, "exit_signal");
		k_bool(w, "core_dumped", p->core);
		k_u64(w, "syscalls", p->syscalls);
		close_c(w, '}');
	}
	close_c(w, ']');
}

static void files(struct jw *w, const struct report *r)
{
	key(w, "files");
	open_c(w, '[');
	for (size_t i = 0, n = shown(r, r->nfiles); i < n; i++) {
		const struct rep_file *f = &r->files[i];
		sep(w);
		open_c(w, '{');
		k_str(w, "path", f->path);
		k_u64(w, "opens", f->opens);
		k_u64(w, "calls", f->calls);
		k_u64(w, "read_bytes", f->rbytes);
		k_u64(w, "written_bytes", f->wbytes);
		k_u64(w, "time_ns", f->time_ns);
		k_u64(w, "errors", f->errors);
		close_c(w, '}');
	}
	close_c(w, ']');
}

static void network(struct jw *w, const struct report *r)
{
	key(w, "network");
	open_c(w, '[');
	for (size_t i = 0, n = shown(r, r->nnet); i < n; i++) {
		const struct rep_endpoint *e = &r->net[i];
		sep(w);
		open_c(w, '{');
		k_str(w, "endpoint", e->label);
		k_str(w, "protocol", e->proto);
		k_str(w, "role", e->role);
		k_str(w, "local", e->local);
		k_str(w, "remote", e->remote);
		k_u64(w, "sockets", e->sockets);
		k_u64(w, "calls", e->calls);
		k_u64(w, "sent_bytes", e->sent);
		k_u64(w, "received_bytes", e->received);
		k_u64(w, "time_ns", e->time_ns);
		k_u64(w, "errors", e->errors);
		close_c(w, '}');
	}
	close_c(w, ']');
}

static void slow(struct jw *w, const struct report *r)
{
	key(w, "slow");
	open_c(w, '[');
	for (size_t i = 0; i < r->nslow; i++) {
		const struct rep_slow *s = &r->slow[i];
		sep(w);
		open_c(w, '{');
		k_int(w, "id", s->id);
		k_str(w, "syscall", s->syscall);
		k_int(w, "pid", s->pid);
		k_int(w, "tid", s->tid);
		k_str(w, "comm", s->comm);
		k_int(w, "start_offset_ns", s->rel_ns);
		k_u64(w, "dur_ns", s->dur_ns);
		k_str(w, "line", s->line);
		close_c(w, '}');
	}
	close_c(w, ']');
}

static void omitted(struct jw *w, const struct report *r)
{
	unsigned sec = r->o->sections;
	key(w, "omitted");
	open_c(w, '{');
	if (sec & RSEC_SYSCALLS)
		k_u64(w, "syscalls", r->nsc - shown(r, r->nsc));
	if (sec & RSEC_ERRORS)
		k_u64(w, "errors", r->nerr - shown(r, r->nerr));
	if (sec & RSEC_PROCESSES)
		k_u64(w, "processes", r->ntree - procs_shown(r));
	if (sec & RSEC_FILES)
		k_u64(w, "files", r->nfiles - shown(r, r->nfiles));
	if (sec & RSEC_NETWORK)
		k_u64(w, "network", r->nnet - shown(r, r->nnet));
	close_c(w, '}');
}

void report_json(const struct report *r, FILE *f)
{
	struct jw w = { .first = true };
	unsigned sec = r->o->sections;
	open_c(&w, '{');
	k_str(&w, "file", r->file);
	k_int(&w, "report_version", 1);
	k_strv(&w, "notes", r->notes, r->nnotes, false);
	filter(&w, r);
	if (r->top == SIZE_MAX)
		k_null(&w, "top");
	else
		k_u64(&w, "top", r->top);
	if (sec & RSEC_SUMMARY)
		summary(&w, r);
	if (sec & RSEC_SYSCALLS)
		syscalls(&w, r);
	if (sec & RSEC_ERRORS)
		errors(&w, r);
	if (sec & RSEC_PROCESSES)
		processes(&w, r);
	if (sec & RSEC_FILES)
		files(&w, r);
	if (sec & RSEC_NETWORK)
		network(&w, r);
	if (sec & RSEC_SLOW)
		slow(&w, r);
	omitted(&w, r);
	close_c(&w, '}');
	sbuf_putc(&w.b, '\n');
	fwrite(w.b.p, 1, w.b.len, f);
	sbuf_free(&w.b);
}
