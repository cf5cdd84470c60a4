/*
 * anomaly_out.c - `sctrace diff --baseline` printed: the verdict and score,
 * each process's unseen syscall sequences with where they happened (thread,
 * time, syscall row ids, the calls and the paths they named), what no
 * baseline touched, and counts or latencies outside the baselines' range;
 * or all of it as one JSON document (docs/DIFF.md).
 */
#include "anomaly.h"
#include "jwriter.h"

#include <stdlib.h>
#include <string.h>

static const char *new_what(enum bd_kind k)
{
	switch (k) {
	case BD_PROCESS: return "process";
	case BD_EXEC: return "program";
	case BD_FILE: return "file";
	case BD_ENDPOINT: return "endpoint";
	case BD_SYSCALL: return "syscall";
	case BD_ERROR: return "error";
	default: return "other";
	}
}

/* An item of the union diff that is new in the scored run (not merely gone). */
static bool is_new(const struct bd_item *it)
{
	if (!it->changed || !it->b)
		return false;
	if (it->kind == BD_FILE)
		return (it->b & ~it->a & ~BD_SEEN) || !it->a;
	return it->b > it->a;
}

void anomaly_text(const struct anomaly *an, FILE *out)
{
	const struct bd_opts *o = an->o;
	struct bd_out t;
	char buf[64], d1[16];
	bd_out_init(&t, o);
	bd_line(&t, t.pal.bold, "sctrace diff --baseline: %zu baseline%s -> %s", an->nbase, an->nbase == 1 ? "" : "s",
		an->cur->file);
	for (size_t i = 0; i < an->nbase; i++)
		bd_run_line(&t, "base", an->base[i]);
	bd_run_line(&t, "new ", an->cur);
	bd_line(&t, t.pal.dim, "  model: %u-call windows of each thread, %zu programs, %llu distinct windows",
		o->ngram, an->nprogs, (unsigned long long)an->ngrams);

	bd_title(&t, "VERDICT", NULL);
	if (an->anomalous)
		bd_line(&t, t.pal.err, "  anomalous: score %u (most unseen windows in %u consecutive; threshold %u)%s",
			an->score, o->frame, o->threshold,
			an->failures & (FAIL_NEW_EXEC | FAIL_NEW_FILE | FAIL_NEW_ENDPOINT) ?
			", and it touched what no baseline did" : "");
	else
		bd_line(&t, NULL, "  normal: score %u (most unseen windows in %u consecutive; threshold %u)",
			an->score, o->frame, o->threshold);
	bd_line(&t, NULL, "  %llu of %llu windows unseen (%.2f%%)", (unsigned long long)an->unseen,
		(unsigned long long)an->windows, an->windows ? 100.0 * (double)an->unseen / (double)an->windows : 0.0);

	size_t nun = 0;
	for (size_t i = 0; i < an->nprocs; i++)
		nun += an->procs[i].unseen > 0;
	if (nun) {
		bd_title(&t, "UNSEEN SEQUENCES", "per process and program: windows no baseline had, where they happened");
		for (size_t i = 0; i < an->nprocs; i++) {
			const struct an_proc *ap = &an->procs[i];
			if (!ap->unseen)
				continue;
			bd_line(&t, ap->lfc >= o->threshold ? t.pal.warn : NULL, "  pid %lld %s: %s%s", (long long)ap->pid,
				ap->comm, ap->prog, ap->new_prog ? " (a program no baseline ran)" : "");
			bd_line(&t, NULL, "    %llu of %llu windows unseen (%.1f%%), at most %u in %u consecutive",
				(unsigned long long)ap->unseen, (unsigned long long)ap->windows,
				100.0 * (double)ap->unseen / (double)ap->windows, ap->lfc, o->frame);
			size_t show = ap->nreg < o->max_unseen ? ap->nreg : o->max_unseen;
			for (size_t k = 0; k < show; k++) {
				const struct an_region *g = &ap->reg[k];
				bd_line(&t, NULL, "    +%s tid %lld, syscall rows #%lld..#%lld, %zu unseen window%s:",
					fmt_dur(d1, (uint64_t)(g->rel_ns > 0 ? g->rel_ns : 0)), (long long)g->tid,
					(long long)g->first_id, (long long)g->last_id, g->nwin, g->nwin == 1 ? "" : "s");
				bd_wrap(&t, 6, g->calls);
				if (g->paths) {
					struct sbuf pb = { 0 };
					sbuf_printf(&pb, "on %s", g->paths);
					bd_wrap(&t, 6, sbuf_cstr(&pb));
					sbuf_free(&pb);
				}
			}
			if (ap->nreg + ap->more > show)
				bd_line(&t, t.pal.dim, "    ... %zu more (--show N; --json has the first %d)",
					ap->nreg + ap->more - show, AN_MAX_REGIONS);
		}
	}

	size_t nnew = 0;
	for (size_t i = 0; i < an->news->n; i++)
		nnew += is_new(&an->news->items[i]);
	if (nnew) {
		bd_title(&t, "NEW IN THIS RUN", "not in any baseline (after normalisation)");
		for (size_t i = 0; i < an->news->n; i++) {
			const struct bd_item *it = &an->news->items[i];
			if (!is_new(it))
				continue;
			if (it->kind == BD_FILE) {
				bd_how_text(buf, (unsigned)it->b);
				bd_line(&t, NULL, "  + %-8s %-5s %s", new_what(it->kind), buf, it->key);
			} else {
				bd_line(&t, NULL, "  + %-8s %s%s%s%s", new_what(it->kind), it->key,
					it->parent ? "  (started by " : "", it->parent ? it->parent : "", it->parent ? ")" : "");
			}
		}
	}

	if (an->nranges) {
		snprintf(buf, sizeof(buf), "calls beyond +-%.0f%%, latency beyond x%.0f", o->rate_tol * 100, 1 + o->lat_tol);
		bd_title(&t, "OUT OF THE BASELINES' RANGE", buf);
		for (size_t i = 0; i < an->nranges; i++) {
			const struct an_range *g = &an->ranges[i];
			if (!strcmp(g->what, "calls"))
				bd_line(&t, NULL, "  %s calls: %llu (%s); baselines %llu..%llu", g->syscall,
					(unsigned long long)g->value, g->prog,
					(unsigned long long)g->lo, (unsigned long long)g->hi);
			else {
				char d2[16], d3[16];
				bd_line(&t, NULL, "  %s %s latency: %s (%s); baselines %s..%s", g->syscall, g->what,
					fmt_dur(d1, g->value), g->prog, fmt_dur(d2, g->lo), fmt_dur(d3, g->hi));
			}
		}
	}
	bd_flush(&t, out);
}

void anomaly_json(const struct anomaly *an, FILE *out, const char *fail_on, bool failed)
{
	const struct bd_opts *o = an->o;
	struct jw w = { .first = true };
	open_c(&w, '{');
	key(&w, "baselines");
	open_c(&w, '[');
	for (size_t i = 0; i < an->nbase; i++)
		bd_run_json(&w, NULL, an->base[i]);
	close_c(&w, ']');
	bd_run_json(&w, "run", an->cur);
	key(&w, "parameters");
	open_c(&w, '{');
	k_u64(&w, "ngram", o->ngram);
	k_u64(&w, "frame", o->frame);
	k_u64(&w, "threshold", o->threshold);
	k_dbl(&w, "rate_tol", o->rate_tol);
	k_u64(&w, "count_min", o->count_abs);
	k_dbl(&w, "latency_tol", o->lat_tol);
	k_u64(&w, "min_samples", o->min_samples);
	close_c(&w, '}');
	k_u64(&w, "programs", an->nprogs);
	k_u64(&w, "distinct_windows", an->ngrams);
	k_u64(&w, "score", an->score);
	k_bool(&w, "anomalous", an->anomalous);
	k_u64(&w, "windows", an->windows);
	k_u64(&w, "unseen", an->unseen);
	key(&w, "processes");
	open_c(&w, '[');
	for (size_t i = 0; i < an->nprocs; i++) {
		const struct an_proc *ap = &an->procs[i];
		sep(&w);
		open_c(&w, '{');
		k_int(&w, "pid", ap->pid);
		k_str(&w, "comm", ap->comm);
		k_str(&w, "program", ap->prog);
		k_bool(&w, "new_program", ap->new_prog);
		k_u64(&w, "calls", ap->calls);
		k_u64(&w, "windows", ap->windows);
		k_u64(&w, "unseen", ap->unseen);
		k_dbl(&w, "mismatch_rate", ap->windows ? (double)ap->unseen / (double)ap->windows : 0);
		k_u64(&w, "max_in_frame", ap->lfc);
		key(&w, "regions");
		open_c(&w, '[');
		for (size_t k = 0; k < ap->nreg; k++) {
			const struct an_region *g = &ap->reg[k];
			sep(&w);
			open_c(&w, '{');
			k_int(&w, "tid", g->tid);
			k_int(&w, "rel_ns", g->rel_ns);
			k_int(&w, "first_id", g->first_id);
			k_int(&w, "last_id", g->last_id);
			k_u64(&w, "windows", g->nwin);
			k_str(&w, "syscalls", g->calls);
			k_str(&w, "paths", g->paths);
			close_c(&w, '}');
		}
		close_c(&w, ']');
		k_u64(&w, "more_regions", ap->more);
		close_c(&w, '}');
	}
	close_c(&w, ']');
	key(&w, "new");
	open_c(&w, '[');
	for (size_t i = 0; i < an->news->n; i++) {
		const struct bd_item *it = &an->news->items[i];
		if (!is_new(it))
			continue;
		sep(&w);
		open_c(&w, '{');
		k_str(&w, "kind", new_what(it->kind));
		k_str(&w, "key", it->key);
		if (it->kind == BD_FILE) {
			char buf[8];
			bd_how_text(buf, (unsigned)it->b);
			k_str(&w, "how", buf);
		}
		if (it->kind == BD_PROCESS)
			k_str(&w, "parent", it->parent);
		close_c(&w, '}');
	}
	close_c(&w, ']');
	key(&w, "out_of_range");
	open_c(&w, '[');
	for (size_t i = 0; i < an->nranges; i++) {
		const struct an_range *g = &an->ranges[i];
		sep(&w);
		open_c(&w, '{');
		k_str(&w, "program", g->prog);
		k_str(&w, "syscall", g->syscall);
		k_str(&w, "what", g->what);
		k_u64(&w, "value", g->value);
		k_u64(&w, "baseline_min", g->lo);
		k_u64(&w, "baseline_max", g->hi);
		close_c(&w, '}');
	}
	close_c(&w, ']');
	bd_json_finish(&w, out, fail_on, failed);
}
