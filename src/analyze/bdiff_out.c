/*
 * bdiff_out.c - `sctrace diff A B` printed: for a person, one titled table
 * per kind of difference that fits the terminal ("+" only or more in B, "-"
 * only in A, "~" changed), or as one JSON document for CI (docs/DIFF.md has
 * its shape).  It formats the struct bdiff that bdiff.c built.
 */
#include "bdiff.h"
#include "jwriter.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void bd_out_init(struct bd_out *o, const struct bd_opts *opts)
{
	memset(o, 0, sizeof(*o));
	palette_init(&o->pal, opts->color);
	o->width = opts->width < 20 ? 20 : opts->width;
}

void bd_title(struct bd_out *o, const char *name, const char *detail)
{
	put_title(&o->b, &o->pal, o->width, name, detail);
}

void bd_line(struct bd_out *o, const char *colour, const char *fmt, ...)
{
	char buf[4096];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	struct sbuf t = { 0 };
	put_printable(&t, buf, strlen(buf));
	if (colour && *colour)
		sbuf_puts(&o->b, colour);
	put_cut(&o->b, sbuf_cstr(&t), o->width);
	if (colour && *colour)
		sbuf_puts(&o->b, o->pal.off);
	sbuf_putc(&o->b, '\n');
	sbuf_free(&t);
}

void bd_wrap(struct bd_out *o, size_t indent, const char *text)
{
	size_t avail = o->width > indent + 10 ? o->width - indent : 10;
	struct sbuf t = { 0 };
	put_printable(&t, text, strlen(text));
	const char *p = sbuf_cstr(&t);
	while (*p) {
		size_t n = strlen(p);
		if (n > avail) {
			n = avail;
			while (n > avail / 2 && p[n] != ' ')
				n--;
			if (p[n] != ' ')
				n = avail;   /* one long word: cut it */
		}
		sbuf_printf(&o->b, "%*s", (int)indent, "");
		sbuf_putn(&o->b, p, n);
		sbuf_putc(&o->b, '\n');
		p += n;
		while (*p == ' ')
			p++;
	}
	sbuf_free(&t);
}

void bd_flush(struct bd_out *o, FILE *out)
{
	fwrite(o->b.p ? o->b.p : "", 1, o->b.len, out);
	sbuf_free(&o->b);
}

static void command_text(struct sbuf *b, const struct bprof *p)
{
	const struct rep_summary *s = &p->r->sum;
	for (size_t i = 0; i < s->ncommand; i++) {
		if (i)
			sbuf_putc(b, ' ');
		sbuf_puts(b, s->command[i]);
	}
	if (!s->ncommand)
		sbuf_printf(b, "-p %zu pids", s->nattached);
	sbuf_cstr(b);
}

void bd_run_line(struct bd_out *o, const char *label, const struct bprof *p)
{
	const struct rep_summary *s = &p->r->sum;
	struct sbuf c = { 0 }, t = { 0 };
	char d[16], n[24];
	command_text(&c, p);
	sbuf_printf(&t, "%s: %s  (%llu process%s, %s syscalls, %s)", p->file, c.p,
		    (unsigned long long)s->processes, s->processes == 1 ? "" : "es", fmt_u64(n, s->syscalls),
		    fmt_dur(d, (uint64_t)(s->end_ns - s->start_ns)));
	sbuf_printf(&o->b, "  %s%s%s  ", o->pal.bold, label, o->pal.off);
	struct sbuf e = { 0 };
	put_printable(&e, t.p, t.len);
	size_t used = 4 + strlen(label);
	put_cut(&o->b, sbuf_cstr(&e), o->width > used + 10 ? o->width - used : 10);
	sbuf_putc(&o->b, '\n');
	sbuf_free(&c);
	sbuf_free(&t);
	sbuf_free(&e);
}

void bd_run_json(struct jw *w, const char *k, const struct bprof *p)
{
	const struct rep_summary *s = &p->r->sum;
	if (k)
		key(w, k);
	else
		sep(w);   /* an array element */
	open_c(w, '{');
	k_str(w, "file", p->file);
	k_strv(w, "command", s->command, s->ncommand, true);
	k_u64(w, "processes", s->processes);
	k_u64(w, "syscalls", s->syscalls);
	k_int(w, "duration_ns", s->end_ns - s->start_ns);
	close_c(w, '}');
}

/* ---- text ---- */

static const char *mark(const struct bd_item *it)
{
	if (!it->b)
		return "-";
	if (!it->a)
		return "+";
	return it->kind == BD_PROCESS && it->b > it->a ? "+" : "~";
}

static const char *mark_colour(const struct bd_out *o, const struct bd_item *it)
{
	const char *m = mark(it);
	return *m == '+' ? o->pal.warn : *m == '-' ? o->pal.dim : o->pal.bold;
}

static void u64_cell(struct table *t, uint64_t v)
{
	char buf[24];
	table_cell(t, fmt_u64(buf, v), NULL);
}

static void dur_cell(struct table *t, uint64_t v)
{
	char buf[16];
	table_cell(t, fmt_dur(buf, v), NULL);
}

static const char *const titles[BD_NKINDS] = {
	[BD_PROCESS] = "PROCESSES", [BD_EXEC] = "PROGRAMS EXECUTED", [BD_FILE] = "FILES",
	[BD_ENDPOINT] = "NETWORK ENDPOINTS", [BD_SYSCALL] = "SYSCALLS USED IN ONE RUN ONLY",
	[BD_ERROR] = "ERRORS", [BD_COUNT] = "CALL COUNTS", [BD_LATENCY] = "LATENCY",
};

static void section(struct bd_out *o, const struct bdiff *d, enum bd_kind kind)
{
	const struct bd_opts *opt = d->o;
	size_t first = d->n, n = 0;
	for (size_t i = 0; i < d->n; i++)
		if (d->items[i].kind == kind) {
			first = first < i ? first : i;
			n++;
		}
	if (!n)
		return;
	char detail[256];
	switch (kind) {
	case BD_PROCESS: snprintf(detail, sizeof(detail), "by command line: instances in A and B"); break;
	case BD_FILE: snprintf(detail, sizeof(detail), "r read, w written, c created, d deleted, x executed"); break;
	case BD_ERROR: snprintf(detail, sizeof(detail), "syscall, errno and path: new (+) or gone (-)"); break;
	case BD_COUNT:
		snprintf(detail, sizeof(detail), "changed by >= %.0f%% and >= %llu calls", opt->count_pct * 100,
			 (unsigned long long)opt->count_abs);
		break;
	case BD_LATENCY:
		snprintf(detail, sizeof(detail), "Mann-Whitney U: p < %g, |Cliff's delta| >= %g, medians x%g apart, n >= %zu",
			 opt->alpha, opt->min_effect, opt->min_ratio, opt->min_samples);
		break;
	default: detail[0] = 0; break;
	}
	bd_title(o, titles[kind], detail);

	struct tcol cols[10];
	size_t nc = 0;
	memset(cols, 0, sizeof(cols));
#define COL(h, al, pr, fl) (cols[nc++] = (struct tcol){ .head = h, .align = al, .prio = pr, .flex = fl })
	switch (kind) {
	case BD_PROCESS: COL("", TA_LEFT, 9, false); COL("A", TA_RIGHT, 8, false); COL("B", TA_RIGHT, 8, false);
		COL("COMMAND", TA_LEFT, 9, true); COL("STARTED BY", TA_LEFT, 3, false); break;
	case BD_EXEC: COL("", TA_LEFT, 9, false); COL("EXECUTABLE", TA_LEFT, 9, true); break;
	case BD_FILE: COL("", TA_LEFT, 9, false); COL("A", TA_LEFT, 8, false); COL("B", TA_LEFT, 8, false);
		COL("PATH", TA_LEFT, 9, true); cols[3].mid = true; break;
	case BD_ENDPOINT: COL("", TA_LEFT, 9, false); COL("SOCKETS A", TA_RIGHT, 5, false);
		COL("SOCKETS B", TA_RIGHT, 5, false); COL("ENDPOINT", TA_LEFT, 9, true); break;
	case BD_SYSCALL: COL("", TA_LEFT, 9, false); COL("SYSCALL", TA_LEFT, 9, false);
		COL("CALLS A", TA_RIGHT, 8, false); COL("CALLS B", TA_RIGHT, 8, false); break;
	case BD_ERROR: COL("", TA_LEFT, 9, false); COL("A", TA_RIGHT, 7, false); COL("B", TA_RIGHT, 7, false);
		COL("SYSCALL ERRNO PATH", TA_LEFT, 9, true); break;
	case BD_COUNT: COL("SYSCALL", TA_LEFT, 9, false); COL("CALLS A", TA_RIGHT, 8, false);
		COL("CALLS B", TA_RIGHT, 8, false); COL("CHANGE", TA_RIGHT, 7, false); break;
	case BD_LATENCY: COL("SYSCALL", TA_LEFT, 9, false); COL("N A", TA_RIGHT, 4, false);
		COL("N B", TA_RIGHT, 4, false); COL("P50 A", TA_RIGHT, 8, false); COL("P50 B", TA_RIGHT, 8, false);
		COL("P95 A", TA_RIGHT, 6, false); COL("P95 B", TA_RIGHT, 6, false);
		COL("DELTA", TA_RIGHT, 8, false); COL("P", TA_RIGHT, 7, false); COL("", TA_LEFT, 8, false); break;
	case BD_NKINDS: break;
	}
#undef COL
	struct table t;
	table_init(&t, cols, nc);
	char buf[64];
	for (size_t i = first; i < d->n && d->items[i].kind == kind; i++) {
		const struct bd_item *it = &d->items[i];
		table_row(&t);
		switch (kind) {
		case BD_PROCESS: case BD_ENDPOINT: case BD_ERROR:
			table_cell(&t, mark(it), mark_colour(o, it));
			u64_cell(&t, it->a);
			u64_cell(&t, it->b);
			table_cell(&t, it->key, NULL);
			if (kind == BD_PROCESS)
				table_cell(&t, it->parent ? it->parent : "", o->pal.dim);
			break;
		case BD_EXEC:
			table_cell(&t, mark(it), mark_colour(o, it));
			table_cell(&t, it->key, NULL);
			break;
		case BD_FILE:
			table_cell(&t, mark(it), mark_colour(o, it));
			bd_how_text(buf, (unsigned)it->a);
			table_cell(&t, it->a ? buf : "", NULL);
			bd_how_text(buf, (unsigned)it->b);
			table_cell(&t, it->b ? buf : "", NULL);
			table_cell(&t, it->key, NULL);
			break;
		case BD_SYSCALL:
			table_cell(&t, mark(it), mark_colour(o, it));
			table_cell(&t, it->key, NULL);
			u64_cell(&t, it->a);
			u64_cell(&t, it->b);
			break;
		case BD_COUNT:
			table_cell(&t, it->key, NULL);
			u64_cell(&t, it->a);
			u64_cell(&t, it->b);
			if (it->a)
				snprintf(buf, sizeof(buf), "%+.0f%%", ((double)it->b - (double)it->a) * 100 / (double)it->a);
			else
				snprintf(buf, sizeof(buf), "new");
			table_cell(&t, buf, it->changed ? o->pal.warn : o->pal.dim);
			break;
		case BD_LATENCY:
			table_cell(&t, it->key, NULL);
			u64_cell(&t, it->lat.na);
			u64_cell(&t, it->lat.nb);
			dur_cell(&t, it->lat.p50a);
			dur_cell(&t, it->lat.p50b);
			dur_cell(&t, it->lat.p95a);
			dur_cell(&t, it->lat.p95b);
			snprintf(buf, sizeof(buf), "%+.2f", it->lat.m.delta);
			table_cell(&t, buf, NULL);
			snprintf(buf, sizeof(buf), "%.2g", it->lat.m.p);
			table_cell(&t, buf, NULL);
			table_cell(&t, !it->changed ? "" : it->lat.m.delta > 0 ? "slower" : "faster",
				   it->changed ? o->pal.warn : NULL);
			break;
		case BD_NKINDS: break;
		}
	}
	table_print(&t, &o->b, 2, o->width, &o->pal);
	table_free(&t);
}

void bdiff_text(const struct bdiff *d, FILE *out)
{
	struct bd_out o;
	bd_out_init(&o, d->o);
	bd_line(&o, o.pal.bold, "sctrace diff: %s -> %s", d->a->file, d->b->file);
	bd_run_line(&o, "A", d->a);
	bd_run_line(&o, "B", d->b);
	size_t total = 0;
	for (int k = 0; k < BD_NKINDS; k++) {
		section(&o, d, (enum bd_kind)k);
		total += d->nchanged[k];
	}
	sbuf_putc(&o.b, '\n');
	if (total)
		bd_line(&o, o.pal.bold, "%zu difference%s", total, total == 1 ? "" : "s");
	else
		bd_line(&o, NULL, "no differences (after normalisation; docs/DIFF.md)");
	bd_flush(&o, out);
}

/* ---- JSON ---- */

static void how_val(struct jw *w, const char *k, uint64_t how)
{
	char buf[8];
	if (!how) {
		k_null(w, k);
		return;
	}
	bd_how_text(buf, (unsigned)how);
	k_str(w, k, buf);
}

static void side(struct jw *w, const char *k, uint64_t n, uint64_t p50, uint64_t p95, uint64_t p99)
{
	key(w, k);
	open_c(w, '{');
	k_u64(w, "n", n);
	k_u64(w, "p50_ns", p50);
	k_u64(w, "p95_ns", p95);
	k_u64(w, "p99_ns", p99);
	close_c(w, '}');
}

static void item_json(struct jw *w, const struct bd_item *it)
{
	static const char *const keys[BD_NKINDS] = {
		[BD_PROCESS] = "command", [BD_EXEC] = "exe", [BD_FILE] = "path", [BD_ENDPOINT] = "endpoint",
		[BD_SYSCALL] = "name", [BD_ERROR] = "error", [BD_COUNT] = "name", [BD_LATENCY] = "name",
	};
	open_c(w, '{');
	k_str(w, keys[it->kind], it->key);
	if (it->kind == BD_PROCESS)
		k_str(w, "parent", it->parent);
	if (it->kind == BD_ERROR) {
		/* "syscall ERRNO path" in its parts too */
		const char *sp = strchr(it->key, ' ');
		const char *sp2 = sp ? strchr(sp + 1, ' ') : NULL;
		struct sbuf t = { 0 };
		sbuf_putn(&t, it->key, sp ? (size_t)(sp - it->key) : strlen(it->key));
		k_str(w, "syscall", sbuf_cstr(&t));
		t.len = 0;
		if (sp)
			sbuf_putn(&t, sp + 1, sp2 ? (size_t)(sp2 - sp - 1) : strlen(sp + 1));
		k_str(w, "errno", sbuf_cstr(&t));
		k_str(w, "path", sp2 ? sp2 + 1 : NULL);
		sbuf_free(&t);
	}
	if (it->kind == BD_FILE) {
		how_val(w, "a", it->a);
		how_val(w, "b", it->b);
	} else if (it->kind == BD_LATENCY) {
		const struct bd_lat *l = &it->lat;
		side(w, "a", l->na, l->p50a, l->p95a, l->p99a);
		side(w, "b", l->nb, l->p50b, l->p95b, l->p99b);
		k_str(w, "test", "mann-whitney-u");
		k_dbl(w, "u", l->m.u);
		k_dbl(w, "z", l->m.z);
		k_dbl(w, "p", l->m.p);
		k_dbl(w, "cliffs_delta", l->m.delta);
		k_dbl(w, "ks_d", l->k.d);
		k_dbl(w, "ks_p", l->k.p);
	} else {
		k_u64(w, "a", it->a);
		k_u64(w, "b", it->b);
	}
	const char *m = mark(it);
	k_str(w, "change", *m == '+' ? "new" : *m == '-' ? "gone" : "changed");
	k_bool(w, "changed", it->changed);
	close_c(w, '}');
}

void bd_json_finish(struct jw *w, FILE *out, const char *fail_on, bool failed)
{
	k_str(w, "fail_on", fail_on);
	k_bool(w, "failed", failed);
	close_c(w, '}');
	sbuf_putc(&w->b, '\n');
	fwrite(w->b.p, 1, w->b.len, out);
	sbuf_free(&w->b);
}

void bdiff_json(const struct bdiff *d, FILE *out, const char *fail_on, bool failed)
{
	const struct bd_opts *o = d->o;
	struct jw w = { .first = true };
	open_c(&w, '{');
	bd_run_json(&w, "a", d->a);
	bd_run_json(&w, "b", d->b);
	key(&w, "parameters");
	open_c(&w, '{');
	k_dbl(&w, "alpha", o->alpha);
	k_dbl(&w, "min_effect", o->min_effect);
	k_dbl(&w, "min_ratio", o->min_ratio);
	k_u64(&w, "min_samples", o->min_samples);
	k_dbl(&w, "count_pct", o->count_pct * 100);
	k_u64(&w, "count_abs", o->count_abs);
	close_c(&w, '}');
	size_t total = 0;
	for (int k = 0; k < BD_NKINDS; k++)
		total += d->nchanged[k];
	k_u64(&w, "differences", total);
	for (int k = 0; k < BD_NKINDS; k++) {
		key(&w, bd_kind_names[k]);
		open_c(&w, '[');
		for (size_t i = 0; i < d->n; i++)
			if (d->items[i].kind == (enum bd_kind)k) {
				sep(&w);
				item_json(&w, &d->items[i]);
			}
		close_c(&w, ']');
	}
	bd_json_finish(&w, out, fail_on, failed);
}
