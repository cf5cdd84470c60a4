/*
 * report_text.c - `sctrace report` for a person at a terminal: each section
 * a titled table that fits the width (columns dropped, long paths cut with
 * "..."), durations and sizes human-readable, colour only when asked for.
 * It formats the struct report that report.c built; it queries nothing.
 */
#include "report.h"
#include "decode.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct out {
	struct sbuf b;
	const struct report *r;
	struct palette pal;
	size_t width;
};

static void printable(struct sbuf *b, const char *s)
{
	put_printable(b, s ? s : "", s ? strlen(s) : 0);
	sbuf_cstr(b);
}

/* One line, cut to the width; colour around the whole of it. */
static void line(struct out *o, const char *colour, const char *fmt, ...) ATTR_PRINTF(3, 4);
static void line(struct out *o, const char *colour, const char *fmt, ...)
{
	char buf[4096];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (colour && *colour)
		sbuf_puts(&o->b, colour);
	put_cut(&o->b, buf, o->width);
	if (colour && *colour)
		sbuf_puts(&o->b, o->pal.off);
	sbuf_putc(&o->b, '\n');
}

static void title(struct out *o, const char *name, const char *fmt, ...) ATTR_PRINTF(3, 4);
static void title(struct out *o, const char *name, const char *fmt, ...)
{
	char detail[512] = "";
	if (fmt) {
		va_list ap;
		va_start(ap, fmt);
		vsnprintf(detail, sizeof(detail), fmt, ap);
		va_end(ap);
	}
	put_title(&o->b, &o->pal, o->width, name, detail);
}

/* "  key        value", the value cut to fit */
static void kv(struct out *o, const char *key, const char *value)
{
	size_t w = o->width > 16 ? o->width - 14 : 2;
	sbuf_printf(&o->b, "  %s%-11s%s ", o->pal.bold, key, o->pal.off);
	struct sbuf v = { 0 };
	printable(&v, value);
	put_cut(&o->b, v.p, w);
	sbuf_putc(&o->b, '\n');
	sbuf_free(&v);
}

/* "... 3 more paths" */
static void more_rows(struct out *o, size_t shown, size_t total, const char *one, const char *many)
{
	if (total > shown)
		line(o, o->pal.dim, "  ... %zu more %s (--top N, or --top 0 for all)", total - shown,
		     total - shown > 1 ? many : one);
}

static size_t limit(const struct out *o, size_t n)
{
	return n < o->r->top ? n : o->r->top;
}

/* argv as a shell would take it back: quoted where needed */
static void shell_words(struct sbuf *b, char **argv, size_t argc)
{
	for (size_t i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (i)
			sbuf_putc(b, ' ');
		bool plain = *a != 0;
		for (const char *p = a; *p && plain; p++)
			plain = strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_./:=@%+,-", *p) ||
				(unsigned char)*p >= 0x80;
		if (plain) {
			sbuf_puts(b, a);
			continue;
		}
		sbuf_putc(b, '\'');
		for (const char *p = a; *p; p++) {
			if (*p == '\'')
				sbuf_puts(b, "'\\''");
			else
				sbuf_putc(b, *p);
		}
		sbuf_putc(b, '\'');
	}
	sbuf_cstr(b);
}

static const char *exit_text(char *buf, size_t n, bool have_code, int code, bool have_sig, int sig, bool core)
{
	if (have_sig) {
		const char *name = sig > 0 && sig <= 64 ? signame(sig) : NULL;
		snprintf(buf, n, "%s%s", name ? name : "signal", core ? "+core" : "");
	} else if (have_code) {
		snprintf(buf, n, "%d", code);
	} else {
		snprintf(buf, n, "-");
	}
	return buf;
}

/* ---- sections ---- */

/* a table column: heading, alignment, priority (100: never dropped), flexible, cut in the middle */
#define COL(h, a, p, fl, m) { .head = h, .align = a, .prio = p, .flex = fl, .mid = m }

static void filter_text(struct out *o, struct sbuf *f)
{
	const struct report_opts *op = o->r->o;
	char a[16], b[16];
	if (op->npids) {
		sbuf_puts(f, op->npids > 1 ? "pids " : "pid ");
		for (size_t i = 0; i < op->npids; i++)
			sbuf_printf(f, "%s%d", i ? "," : "", op->pids[i]);
		sbuf_puts(f, " and descendants");
	}
	if (op->nsyscalls) {
		sbuf_puts(f, f->len ? "; " : "");
		for (size_t i = 0; i < op->nsyscalls; i++)
			sbuf_printf(f, "%s%s", i ? "," : "", op->syscalls[i]);
	}
	if (op->since_ns >= 0 || op->until_ns >= 0) {
		sbuf_puts(f, f->len ? "; " : "");
		if (op->since_ns >= 0 && op->until_ns >= 0)
			sbuf_printf(f, "+%s to +%s", fmt_dur(a, op->since_ns), fmt_dur(b, op->until_ns));
		else if (op->since_ns >= 0)
			sbuf_printf(f, "from +%s", fmt_dur(a, op->since_ns));
		else
			sbuf_printf(f, "until +%s", fmt_dur(b, op->until_ns));
	}
}

static void summary(struct out *o)
{
	const struct report *r = o->r;
	const struct rep_summary *s = &r->sum;
	char a[32];
	struct sbuf v = { 0 };
	title(o, "SUMMARY", NULL);
	if (s->ncommand) {
		shell_words(&v, s->command, s->ncommand);
		kv(o, "command", sbuf_cstr(&v));
	} else {
		sbuf_puts(&v, s->nattached > 1 ? "attached to pids" : "attached to pid");
		for (size_t i = 0; i < s->nattached; i++)
			sbuf_printf(&v, "%s %lld", i ? "," : "", (long long)s->attached[i]);
		kv(o, "command", sbuf_cstr(&v));
	}
	v.len = 0;
	time_t t = (time_t)(s->start_ns / 1000000000);
	struct tm tm;
	char when[64] = "?";
	if (localtime_r(&t, &tm))
		strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S", &tm);
	sbuf_printf(&v, "%s", when);
	if (s->host)
		sbuf_printf(&v, " on %s", s->host);
	if (s->kernel)
		sbuf_printf(&v, " (%s)", s->kernel);
	kv(o, "recorded", sbuf_cstr(&v));
	v.len = 0;
	sbuf_printf(&v, "%s%s", s->finished ? "" : "at least ", fmt_dur(a, (uint64_t)(s->end_ns - s->start_ns)));
	kv(o, "duration", sbuf_cstr(&v));
	v.len = 0;
	if (s->have_exit) {
		int st = s->exit_status;
		if ((st & 0x7f) == 0)
			sbuf_printf(&v, "exit code %d", (st >> 8) & 0xff);
		else if ((st & 0x7f) != 0x7f)
			sbuf_printf(&v, "killed by %s%s", signame(st & 0x7f) ? signame(st & 0x7f) : "a signal",
				    st & 0x80 ? " (core dumped)" : "");
		else
			sbuf_printf(&v, "status %d", st);
	} else {
		sbuf_puts(&v, s->nattached ? "(attached: not ours to wait for)" : "unknown");
	}
	kv(o, "exit", sbuf_cstr(&v));
	v.len = 0;
	sbuf_printf(&v, "%llu, threads %llu", (unsigned long long)s->processes, (unsigned long long)s->threads);
	kv(o, "processes", sbuf_cstr(&v));
	v.len = 0;
	sbuf_printf(&v, "%llu", (unsigned long long)s->syscalls);
	if (s->syscalls)
		sbuf_printf(&v, ", errors %llu (%.1f%%)", (unsigned long long)s->errors,
			    100.0 * (double)s->errors / (double)s->syscalls);
	if (s->unfinished)
		sbuf_printf(&v, ", unfinished %llu", (unsigned long long)s->unfinished);
	kv(o, "syscalls", sbuf_cstr(&v));
	v.len = 0;
	sbuf_printf(&v, "%llu", (unsigned long long)s->signals);
	for (size_t i = 0; i < s->nsigs; i++)
		sbuf_printf(&v, "%s%s %llu", i ? ", " : " (", s->sigs[i].name, (unsigned long long)s->sigs[i].n);
	if (s->nsigs)
		sbuf_putc(&v, ')');
	kv(o, "signals", sbuf_cstr(&v));
	v.len = 0;
	sbuf_printf(&v, "%llu", (unsigned long long)s->lost);
	kv(o, "lost", sbuf_cstr(&v));
	v.len = 0;
	/* a background session whose filter changed: which one recorded what, from when */
	for (size_t i = 0; i < s->nfilters && (s->nfilters > 1 || *s->filters[0].filter); i++) {
		const struct rep_filter_change *f = &s->filters[i];
		char a[32];
		if (!strcmp(f->source, "start"))
			sbuf_puts(&v, "from the start: ");
		else
			sbuf_printf(&v, "from +%s: ", fmt_dur(a, (uint64_t)(f->ts > s->start_ns ? f->ts - s->start_ns : 0)));
		sbuf_puts(&v, *f->filter ? f->filter : "everything");
		kv(o, i ? "" : "recorded", sbuf_cstr(&v));
		v.len = 0;
	}
	filter_text(o, &v);
	if (v.len)
		kv(o, "filter", sbuf_cstr(&v));
	sbuf_free(&v);
}

static const char *sort_name(enum rep_sort s)
{
	static const char *const names[] = {
		[RS_TIME] = "time", [RS_CALLS] = "calls", [RS_ERRORS] = "errors", [RS_AVG] = "avg",
		[RS_P50] = "p50", [RS_P95] = "p95", [RS_P99] = "p99", [RS_MAX] = "max",
		[RS_NAME] = "name",
	};
	return names[s];
}

static void histogram(struct out *o, const struct rep_syscall *c)
{
	int lo = -1, hi = -1;
	uint64_t peak = 0;
	for (int k = 0; k < HIST_BUCKETS; k++)
		if (c->hist[k]) {
			if (lo < 0)
				lo = k;
			hi = k;
			if (c->hist[k] > peak)
				peak = c->hist[k];
		}
	sbuf_putc(&o->b, '\n');
	line(o, o->pal.bold, "  %s: %llu calls by duration", c->name, (unsigned long long)c->timed);
	if (lo < 0)
		return;
	char cnt[24];
	size_t cw = strlen(fmt_u64(cnt, peak));
	/* "  " lo(7) " .. " hi(7) "  |" bar "| " count */
	size_t fixed = 2 + 7 + 4 + 7 + 3 + 2 + cw;
	size_t barw = o->width > fixed + 10 ? o->width - fixed : 10;
	if (barw > 40)
		barw = 40;
	for (int k = lo; k <= hi; k++) {
		char a[16], b[16];
		uint64_t from = k ? UINT64_C(1) << k : 0, to = k < 63 ? UINT64_C(1) << (k + 1) : UINT64_MAX;
		size_t n = (size_t)((c->hist[k] * barw + peak - 1) / peak);
		struct sbuf l = { 0 };
		sbuf_printf(&l, "  %7s .. %-7s |", fmt_dur(a, from), fmt_dur(b, to));
		for (size_t i = 0; i < barw; i++)
			sbuf_putc(&l, i < n ? '#' : ' ');
		sbuf_printf(&l, "| %*llu", (int)cw, (unsigned long long)c->hist[k]);
		put_cut(&o->b, sbuf_cstr(&l), o->width);
		sbuf_putc(&o->b, '\n');
		sbuf_free(&l);
	}
}

static void syscalls(struct out *o)
{
	const struct report *r = o->r;
	title(o, "SYSCALLS", "%zu kinds, %llu calls, by %s", r->nsc, (unsigned long long)r->sum.syscalls,
	      sort_name(r->o->sort));
	if (!r->nsc) {
		line(o, o->pal.dim, "  no system calls");
		return;
	}
	struct tcol cols[] = {
		COL("SYSCALL", TA_LEFT, 100, true, false), COL("CALLS", TA_RIGHT, 100, false, false),
		COL("ERRORS", TA_RIGHT, 90, false, false), COL("TOTAL", TA_RIGHT, 95, false, false),
		COL("AVG", TA_RIGHT, 60, false, false), COL("P50", TA_RIGHT, 50, false, false),
		COL("P95", TA_RIGHT, 55, false, false), COL("P99", TA_RIGHT, 70, false, false),
		COL("MAX", TA_RIGHT, 80, false, false),
	};
	struct table t;
	table_init(&t, cols, ARRAY_SIZE(cols));
	size_t n = limit(o, r->nsc);
	for (size_t i = 0; i < n; i++) {
		const struct rep_syscall *c = &r->sc[i];
		char buf[7][24];
		table_row(&t);
		table_cell(&t, c->name, NULL);
		table_cell(&t, fmt_u64(buf[0], c->calls), NULL);
		table_cell(&t, fmt_u64(buf[1], c->errors), c->errors ? o->pal.err : NULL);
		bool timed = c->timed;
		table_cell(&t, timed ? fmt_dur(buf[2], c->total_ns) : "-", NULL);
		table_cell(&t, timed ? fmt_dur(buf[3], c->total_ns / c->timed) : "-", NULL);
		table_cell(&t, timed ? fmt_dur(buf[4], c->p50_ns) : "-", NULL);
		table_cell(&t, timed ? fmt_dur(buf[5], c->p95_ns) : "-", NULL);
		table_cell(&t, timed ? fmt_dur(buf[6], c->p99_ns) : "-", NULL);
		char mx[24];
		table_cell(&t, timed ? fmt_dur(mx, c->max_ns) : "-", NULL);
	}
	table_print(&t, &o->b, 2, o->width, &o->pal);
	table_free(&t);
	more_rows(o, n, r->nsc, "syscall", "syscalls");
	for (size_t i = 0; i < r->nsc; i++)
		if (r->sc[i].show_hist)
			histogram(o, &r->sc[i]);
}

static void errors(struct out *o)
{
	const struct report *r = o->r;
	title(o, "ERRORS", "%llu failed calls", (unsigned long long)r->sum.errors);
	if (!r->nerr) {
		line(o, o->pal.dim, "  no failed calls");
		return;
	}
	struct tcol cols[] = {
		COL("SYSCALL", TA_LEFT, 100, false, false), COL("ERRNO", TA_LEFT, 100, false, false),
		COL("COUNT", TA_RIGHT, 100, false, false), COL("FIRST FAILURES", TA_LEFT, 100, true, false),
	};
	struct table t;
	table_init(&t, cols, ARRAY_SIZE(cols));
	size_t n = limit(o, r->nerr);
	for (size_t i = 0; i < n; i++) {
		const struct rep_error *e = &r->err[i];
		char cnt[24];
		struct sbuf ex = { 0 };
		for (size_t k = 0; k < e->nexamples; k++) {
			if (k)
				sbuf_puts(&ex, ", ");
			put_printable(&ex, e->examples[k], strlen(e->examples[k]));
		}
		if (e->more)
			sbuf_puts(&ex, ", ...");
		sbuf_cstr(&ex);
		table_row(&t);
		table_cell(&t, e->syscall, NULL);
		table_cell(&t, e->errno_name, o->pal.err);
		table_cell(&t, fmt_u64(cnt, e->count), NULL);
		table_cell(&t, ex.p, NULL);
		sbuf_free(&ex);
	}
	table_print(&t, &o->b, 2, o->width, &o->pal);
	table_free(&t);
	more_rows(o, n, r->nerr, "kind of error", "kinds of error");
}

static void processes(struct out *o)
{
	const struct report *r = o->r;
	title(o, "PROCESSES", "%zu, as a tree", r->ntree);
	if (!r->ntree) {
		line(o, o->pal.dim, "  no processes");
		return;
	}
	struct tcol cols[] = {
		COL("PID", TA_RIGHT, 100, false, false), COL("START", TA_RIGHT, 70, false, false),
		COL("TIME", TA_RIGHT, 80, false, false), COL("EXIT", TA_RIGHT, 90, false, false),
		COL("CALLS", TA_RIGHT, 85, false, false), COL("COMMAND", TA_LEFT, 100, true, false),
	};
	struct table t;
	table_init(&t, cols, ARRAY_SIZE(cols));
	size_t n = r->o->top < 0 ? (r->ntree < 20 ? r->ntree : 20) : limit(o, r->ntree);
	for (size_t i = 0; i < n; i++) {
		const struct rep_proc *p = &r->procs[r->tree[i]];
		char pid[24], start[24], dur[24], ex[32], calls[24];
		struct sbuf cmd = { 0 };
		for (int d = 1; d < p->depth; d++)
			sbuf_puts(&cmd, "   ");
		if (p->depth)
			sbuf_puts(&cmd, "\\_ ");
		struct sbuf words = { 0 };
		if (p->argc)
			shell_words(&words, p->argv, p->argc);
		else
			printable(&words, p->comm ? p->comm : "?");
		put_printable(&cmd, words.p, words.len);
		sbuf_cstr(&cmd);
		sbuf_free(&words);
		snprintf(start, sizeof(start), "+%s", fmt_dur(dur, (uint64_t)(p->start_ns - r->sum.start_ns)));
		if (p->end_ns)
			fmt_dur(dur, (uint64_t)(p->end_ns - p->start_ns));
		else
			snprintf(dur, sizeof(dur), "-");
		exit_text(ex, sizeof(ex), p->have_code, p->exit_code, p->have_signal, p->exit_signal, p->core);
		table_row(&t);
		table_cell(&t, fmt_u64(pid, (uint64_t)p->pid), NULL);
		table_cell(&t, start, NULL);
		table_cell(&t, dur, NULL);
		table_cell(&t, ex, p->have_signal || (p->have_code && p->exit_code) ? o->pal.err : NULL);
		table_cell(&t, fmt_u64(calls, p->syscalls), NULL);
		table_cell(&t, cmd.p, NULL);
		sbuf_free(&cmd);
	}
	table_print(&t, &o->b, 2, o->width, &o->pal);
	table_free(&t);
	more_rows(o, n, r->ntree, "process", "processes");
}

static void files(struct out *o)
{
	const struct report *r = o->r;
	title(o, "FILES", "%zu paths and descriptors", r->nfiles);
	if (!r->nfiles) {
		line(o, o->pal.dim, "  no file activity");
		return;
	}
	struct tcol cols[] = {
		COL("PATH", TA_LEFT, 100, true, true), COL("OPENS", TA_RIGHT, 90, false, false),
		COL("CALLS", TA_RIGHT, 60, false, false), COL("READ", TA_RIGHT, 95, false, false),
		COL("WRITTEN", TA_RIGHT, 95, false, false), COL("TIME", TA_RIGHT, 80, false, false),
		COL("ERRORS", TA_RIGHT, 85, false, false),
	};
	struct table t;
	table_init(&t, cols, ARRAY_SIZE(cols));
	size_t n = limit(o, r->nfiles);
	for (size_t i = 0; i < n; i++) {
		const struct rep_file *f = &r->files[i];
		char b[6][24];
		struct sbuf p = { 0 };
		printable(&p, f->path);
		table_row(&t);
		table_cell(&t, p.p, NULL);
		table_cell(&t, fmt_u64(b[0], f->opens), NULL);
		table_cell(&t, fmt_u64(b[1], f->calls), NULL);
		table_cell(&t, fmt_bytes(b[2], f->rbytes), NULL);
		table_cell(&t, fmt_bytes(b[3], f->wbytes), NULL);
		table_cell(&t, fmt_dur(b[4], f->time_ns), NULL);
		table_cell(&t, fmt_u64(b[5], f->errors), f->errors ? o->pal.err : NULL);
		sbuf_free(&p);
	}
	table_print(&t, &o->b, 2, o->width, &o->pal);
	table_free(&t);
	more_rows(o, n, r->nfiles, "path", "paths");
}

static void network(struct out *o)
{
	const struct report *r = o->r;
	title(o, "NETWORK", "%zu endpoints", r->nnet);
	if (!r->nnet) {
		line(o, o->pal.dim, "  no network activity");
		return;
	}
	struct tcol cols[] = {
		COL("ENDPOINT", TA_LEFT, 100, true, true), COL("CALLS", TA_RIGHT, 60, false, false),
		COL("SENT", TA_RIGHT, 95, false, false), COL("RECEIVED", TA_RIGHT, 95, false, false),
		COL("TIME", TA_RIGHT, 80, false, false), COL("ERRORS", TA_RIGHT, 85, false, false),
	};
	struct table t;
	table_init(&t, cols, ARRAY_SIZE(cols));
	size_t n = limit(o, r->nnet);
	for (size_t i = 0; i < n; i++) {
		const struct rep_endpoint *e = &r->net[i];
		char b[5][24];
		struct sbuf p = { 0 };
		printable(&p, e->label);
		table_row(&t);
		table_cell(&t, p.p, NULL);
		table_cell(&t, fmt_u64(b[0], e->calls), NULL);
		table_cell(&t, fmt_bytes(b[1], e->sent), NULL);
		table_cell(&t, fmt_bytes(b[2], e->received), NULL);
		table_cell(&t, fmt_dur(b[3], e->time_ns), NULL);
		table_cell(&t, fmt_u64(b[4], e->errors), e->errors ? o->pal.err : NULL);
		sbuf_free(&p);
	}
	table_print(&t, &o->b, 2, o->width, &o->pal);
	table_free(&t);
	more_rows(o, n, r->nnet, "endpoint", "endpoints");
}

static void slow(struct out *o)
{
	const struct report *r = o->r;
	title(o, "SLOWEST CALLS", NULL);
	if (!r->nslow) {
		line(o, o->pal.dim, "  no finished calls");
		return;
	}
	for (size_t i = 0; i < r->nslow; i++) {
		const struct rep_slow *s = &r->slow[i];
		char d[24], at[24];
		struct sbuf l = { 0 };
		sbuf_printf(&l, "%8s  +%-9s pid %lld", fmt_dur(d, s->dur_ns), fmt_dur(at, (uint64_t)s->rel_ns),
			    (long long)s->pid);
		if (s->tid != s->pid)
			sbuf_printf(&l, " tid %lld", (long long)s->tid);
		sbuf_puts(&l, " ");
		printable(&l, s->comm);
		sbuf_puts(&o->b, "  ");
		sbuf_puts(&o->b, o->pal.warn);
		put_cut(&o->b, sbuf_cstr(&l), o->width - 2);
		sbuf_puts(&o->b, o->pal.off);
		sbuf_putc(&o->b, '\n');
		l.len = 0;
		printable(&l, s->line);
		sbuf_puts(&o->b, "      ");
		put_cut(&o->b, l.p, o->width - 6);
		sbuf_putc(&o->b, '\n');
		sbuf_free(&l);
	}
}

void report_text(const struct report *r, FILE *f)
{
	struct out o = { .r = r, .width = r->o->width };
	palette_init(&o.pal, r->o->color);
	struct sbuf name = { 0 };
	printable(&name, r->file);
	sbuf_printf(&o.b, "%s", o.pal.bold);
	struct sbuf head = { 0 };
	sbuf_printf(&head, "sctrace report: %s", name.p);
	put_cut(&o.b, sbuf_cstr(&head), o.width);
	sbuf_printf(&o.b, "%s\n", o.pal.off);
	sbuf_free(&head);
	sbuf_free(&name);
	for (size_t i = 0; i < r->nnotes; i++)
		line(&o, o.pal.warn, "note: %s", r->notes[i]);
	unsigned sec = r->o->sections;
	if (sec & RSEC_SUMMARY)
		summary(&o);
	if (sec & RSEC_SYSCALLS)
		syscalls(&o);
	if (sec & RSEC_ERRORS)
		errors(&o);
	if (sec & RSEC_PROCESSES)
		processes(&o);
	if (sec & RSEC_FILES)
		files(&o);
	if (sec & RSEC_NETWORK)
		network(&o);
	if (sec & RSEC_SLOW)
		slow(&o);
	/* every line within the width, whatever a section did */
	struct sbuf clipped = { 0 };
	clip_lines(&clipped, o.b.p, o.b.len, o.width, o.pal.off);
	fwrite(clipped.p, 1, clipped.len, f);
	sbuf_free(&clipped);
	sbuf_free(&o.b);
}
