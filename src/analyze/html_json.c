/*
 * html_json.c - writing the JSON data embedded in the HTML report: meta, names,
 * processes, lanes, calls, statistics, events, files and network (docs/HTML.md).
 */
#include "html_internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- writing the JSON ---- */

void write_meta(struct html *h, struct sbuf *o)
{
	sqlite3_stmt *s = store_prepare(h->st,
		"SELECT command, pids, options, host, kernel, sctrace_version, backend, start_ns, end_ns, "
		"exit_status, syscalls, events, lost FROM session ORDER BY id LIMIT 1");
	json_key(o, "meta");
	sbuf_putc(o, '{');
	if (sqlite3_step(s) == SQLITE_ROW) {
		static const char *const text[] = { "command", "pids", "options", "host", "kernel", "sctrace_version", "backend" };
		for (int i = 0; i < (int)ARRAY_SIZE(text); i++) {
			json_key(o, text[i]);
			json_bytes(o, (struct bytes){ (char *)sqlite3_column_text(s, i), (size_t)sqlite3_column_bytes(s, i) });
			sbuf_putc(o, ',');
		}
		static const char *const nums[] = { "start_ns", "end_ns", "exit_status", "syscalls", "events", "lost" };
		for (int i = 0; i < (int)ARRAY_SIZE(nums); i++) {
			json_key(o, nums[i]);
			if (col_null(s, 7 + i))
				sbuf_puts(o, "null");
			else
				json_int64(o, col_i64(s, 7 + i));
			sbuf_putc(o, ',');
		}
	}
	sqlite3_finalize(s);
	json_key(o, "store");
	const char *base = strrchr(h->st->path, '/');
	json_cstr(o, base ? base + 1 : h->st->path);
	sbuf_putc(o, ',');
	json_key(o, "t0");
	sbuf_putc(o, '"');
	sbuf_put_dec(o, h->t0);
	sbuf_puts(o, "\",");
	json_int_field(o, "t0_ms", h->t0 / 1000000);
	json_int_field(o, "span", h->t1 - h->t0);
	json_close(o, '}');
	sbuf_putc(o, ',');
}

void write_names(struct html *h, struct sbuf *o)
{
	json_key(o, "classes");
	sbuf_putc(o, '[');
	for (int k = 0; k < NCLASS; k++) {
		json_cstr(o, class_names[k]);
		sbuf_putc(o, ',');
	}
	json_close(o, ']');
	sbuf_puts(o, ",\"class_calls\":[");
	for (int k = 0; k < NCLASS; k++)
		sbuf_printf(o, "%s%lld", k ? "," : "", (long long)h->cls_n[k]);
	sbuf_puts(o, "],\"class_time\":[");
	for (int k = 0; k < NCLASS; k++)
		sbuf_printf(o, "%s%llu", k ? "," : "", (unsigned long long)h->cls_time[k]);
	/* names[] holds the syscalls that occur; ncls[] their classes */
	sbuf_puts(o, "],\"names\":[");
	int next = 0;
	for (int nr = 0; nr < NSTATS; nr++) {
		struct stat_nr *st = &h->stats[nr];
		st->name_idx = -1;
		if (!st->n)
			continue;
		st->name_idx = next++;
		json_bytes(o, st->name);
		sbuf_putc(o, ',');
	}
	json_close(o, ']');
	/* argptr[]: each syscall's pointer parameters by name, so the page shows NULL and hex */
	sbuf_puts(o, ",\"argptr\":[");
	for (int nr = 0; nr < NSTATS; nr++) {
		if (!h->stats[nr].n)
			continue;
		sbuf_putc(o, '[');
		for (int i = 0; i < 6; i++) {
			const char *name = sysent_argname(nr, i);
			const struct sysent *e = sysent_get(nr);
			if (name && e->argtype[i] && strchr(e->argtype[i], '*')) {
				json_cstr(o, name);
				sbuf_putc(o, ',');
			}
		}
		json_close(o, ']');
		sbuf_putc(o, ',');
	}
	json_close(o, ']');
	sbuf_puts(o, ",\"ncls\":[");
	for (int nr = 0; nr < NSTATS; nr++)
		if (h->stats[nr].n)
			sbuf_printf(o, "%d,", class_of(nr));
	json_close(o, ']');
	sbuf_putc(o, ',');
}

void write_procs(struct html *h, struct sbuf *o)
{
	json_key(o, "procs");
	sbuf_putc(o, '[');
	for (size_t i = 0; i < h->nprocs; i++) {
		struct proc *p = &h->procs[i];
		sbuf_putc(o, '{');
		json_int_field(o, "upid", p->upid);
		json_int_field(o, "pid", p->pid);
		json_int_field(o, "ppid", p->ppid);
		json_int_field(o, "parent", p->parent);
		json_int_field(o, "order", p->order);
		static const char *const keys[] = { "comm", "exe", "argv", "cwd" };
		struct bytes *vals[] = { &p->comm, &p->exe, &p->argv, &p->cwd };
		for (size_t k = 0; k < ARRAY_SIZE(keys); k++) {
			json_key(o, keys[k]);
			json_bytes(o, *vals[k]);
			sbuf_putc(o, ',');
		}
		json_int_field(o, "start", p->start ? p->start - h->t0 : 0);
		if (p->has_end)
			json_int_field(o, "end", p->end - h->t0);
		if (p->has_code)
			json_int_field(o, "exit_code", p->exit_code);
		if (p->has_signal) {
			json_int_field(o, "exit_signal", p->exit_signal);
			const char *sn = signame((int)p->exit_signal);
			json_key(o, "signame");
			json_cstr(o, sn ? sn : "?");
			sbuf_putc(o, ',');
			json_int_field(o, "core", p->core);
		}
		json_int_field(o, "n", p->n);
		json_int_field(o, "err", p->err);
		json_int_field(o, "time", (int64_t)p->time);
		json_int_field(o, "threads", p->nthreads);
		json_close(o, '}');
		sbuf_putc(o, ',');
	}
	json_close(o, ']');
	sbuf_putc(o, ',');
}

static int bin_class(const struct bin *b)
{
	int best = -1;
	float t = 0;
	for (int k = 0; k < NCLASS; k++)
		if (b->t[k] > t)
			t = b->t[k], best = k;
	return best >= 0 ? best : b->topnr ? class_of(b->topnr - 1) : K_OTHER;
}

void write_lanes(struct html *h, struct sbuf *o, const int *by_order)
{
	json_int_field(o, "nbins", h->nbins);
	json_int_field(o, "binw", h->binw);
	json_key(o, "lanes");
	sbuf_putc(o, '[');
	for (size_t i = 0; i < h->nlanes; i++) {
		struct lane *l = &h->lanes[by_order[i]];
		sbuf_putc(o, '{');
		json_int_field(o, "tid", l->tid);
		json_int_field(o, "proc", l->proc);
		json_key(o, "name");
		json_bytes(o, l->name);
		sbuf_putc(o, ',');
		json_int_field(o, "start", l->start ? l->start - h->t0 : 0);
		json_int_field(o, "end", l->end ? l->end - h->t0 : h->t1 - h->t0);
		json_int_field(o, "n", l->n);
		/* bins: [index, calls, class, busy per mille, syscall name index] per non-empty bin */
		json_key(o, "bins");
		sbuf_putc(o, '[');
		for (int b = 0; l->bins && b < h->nbins; b++) {
			struct bin *x = &l->bins[b];
			float t = 0;
			for (int k = 0; k < NCLASS; k++)
				t += x->t[k];
			if (!x->n && t <= 0)
				continue;
			int busy = (int)(t * 1000.0f / (float)h->binw + 0.5f);
			int top = x->topnr ? h->stats[x->topnr - 1].name_idx : -1;
			sbuf_printf(o, "%d,%u,%d,%d,%d,", b, x->n, bin_class(x), busy > 1000 ? 1000 : busy, top);
		}
		json_close(o, ']');
		json_close(o, '}');
		sbuf_putc(o, ',');
	}
	json_close(o, ']');
	sbuf_putc(o, ',');
}

void write_calls(struct html *h, struct sbuf *o)
{
	json_key(o, "calls");
	sbuf_putc(o, '{');
	json_int_field(o, "total", h->total);
	json_int_field(o, "embedded", (int64_t)h->ncalls);
	json_key(o, "complete");
	sbuf_puts(o, (uint64_t)h->total <= h->max_calls ? "true," : "false,");
	json_int_field(o, "slowest", (int64_t)h->nslow);
	static const char *const cols[] = { "lane", "ts", "dur", "name", "ret", "err", "args" };
	for (size_t c = 0; c < ARRAY_SIZE(cols); c++) {
		json_key(o, cols[c]);
		sbuf_putc(o, '[');
		for (size_t i = 0; i < h->ncalls; i++) {
			struct call *x = &h->calls[i];
			switch (c) {
			case 0: sbuf_put_dec(o, h->lanes[x->lane].order); break;
			case 1: json_int64(o, x->ts); break;
			case 2: json_int64(o, x->dur); break;
			case 3: sbuf_put_dec(o, stat_of(h, x->nr)->name_idx); break;
			case 4:
				if (x->unfinished)
					sbuf_puts(o, "null");
				else if (x->hex_ret)
					sbuf_printf(o, "\"%#llx\"", (unsigned long long)x->ret);
				else
					json_int64(o, x->ret);
				break;
			case 5: sbuf_put_dec(o, x->err); break;
			case 6: sbuf_putn(o, h->argbuf.p + x->aoff, x->alen); break;
			}
			sbuf_putc(o, ',');
		}
		json_close(o, ']');
		sbuf_putc(o, ',');
	}
	json_close(o, '}');
	sbuf_puts(o, ",\"errnos\":[");
	for (int i = 0; i < h->nerrnos; i++) {
		json_bytes(o, h->errno_names[i]);
		sbuf_putc(o, ',');
	}
	json_close(o, ']');
	sbuf_putc(o, ',');
}

void write_stats(struct html *h, struct sbuf *o)
{
	json_key(o, "stats");
	sbuf_putc(o, '[');
	for (int nr = 0; nr < NSTATS; nr++) {
		struct stat_nr *st = &h->stats[nr];
		if (!st->n)
			continue;
		sbuf_putc(o, '{');
		json_int_field(o, "name", st->name_idx);
		json_int_field(o, "nr", nr < NSTATS - 1 ? nr : -1);
		json_int_field(o, "n", st->n);
		json_int_field(o, "err", st->err);
		json_int_field(o, "unf", st->unf);
		json_int_field(o, "time", (int64_t)st->time);
		json_int_field(o, "min", (int64_t)st->min);
		json_int_field(o, "max", (int64_t)st->max);
		json_key(o, "hist");   /* [bucket, count] for non-empty log2 buckets */
		sbuf_putc(o, '[');
		for (int b = 0; b < HIST_BUCKETS; b++)
			if (st->hist[b])
				sbuf_printf(o, "[%d,%u],", b, st->hist[b]);
		json_close(o, ']');
		json_close(o, '}');
		sbuf_putc(o, ',');
	}
	json_close(o, ']');
	sbuf_putc(o, ',');
}

void write_events(struct html *h, struct sbuf *o)
{
	static const char *const keys[] = { "lane", "ts", "kind", "info" };
	json_key(o, "events");
	sbuf_putc(o, '{');
	for (int c = 0; c < 4; c++) {
		json_key(o, keys[c]);
		sbuf_putc(o, '[');
		for (size_t i = 0; i < h->nevents; i++) {
			struct event_mark *e = &h->events[i];
			if (c == 0)
				sbuf_put_dec(o, h->lanes[lane_of(h, e->utid, e->tid, 0)].order);
			else if (c == 1)
				json_int64(o, e->ts);
			else if (c == 2)
				sbuf_put_dec(o, e->kind);
			else
				json_cstr(o, e->info);
			sbuf_putc(o, ',');
		}
		json_close(o, ']');
		sbuf_putc(o, ',');
	}
	json_close(o, '}');
	sbuf_putc(o, ',');
}

static int cmp_file(const void *a, const void *b)
{
	const struct file *x = &sort_ctx->files[*(const int *)a], *y = &sort_ctx->files[*(const int *)b];
	uint64_t bx = x->rb + x->wb, by = y->rb + y->wb;
	int64_t cx = x->opens + x->errs + x->rd + x->wr + x->other, cy = y->opens + y->errs + y->rd + y->wr + y->other;
	if (bx != by)
		return bx > by ? -1 : 1;
	return cx > cy ? -1 : cx < cy;
}

void write_files(struct html *h, struct sbuf *o)
{
	int *idx = xmalloc((h->nfiles + 1) * sizeof(int));
	for (size_t i = 0; i < h->nfiles; i++)
		idx[i] = (int)i;
	sort_ctx = h;
	qsort(idx, h->nfiles, sizeof(int), cmp_file);
	json_key(o, "files");
	sbuf_putc(o, '{');
	json_int_field(o, "total", (int64_t)h->nfiles);
	json_key(o, "rows");
	sbuf_putc(o, '[');
	static const char *const kinds[] = { "path", "pipe", "inherited" };
	for (size_t i = 0; i < h->nfiles && i < MAX_TABLE_ROWS; i++) {
		struct file *f = &h->files[idx[i]];
		sbuf_putc(o, '{');
		json_key(o, "path");
		json_bytes(o, f->path);
		sbuf_puts(o, ",\"kind\":");
		json_cstr(o, kinds[f->kind]);
		sbuf_putc(o, ',');
		json_int_field(o, "opens", f->opens);
		json_int_field(o, "errs", f->errs);
		json_int_field(o, "rd", f->rd);
		json_int_field(o, "rb", (int64_t)f->rb);
		json_int_field(o, "wr", f->wr);
		json_int_field(o, "wb", (int64_t)f->wb);
		json_int_field(o, "other", f->other);
		json_int_field(o, "procs", f->procs);
		json_close(o, '}');
		sbuf_putc(o, ',');
	}
	json_close(o, ']');
	json_close(o, '}');
	sbuf_putc(o, ',');
	free(idx);
}

static const char *proto_of(const struct sock *k)
{
	switch (k->family) {
	case 1: return k->type == 2 ? "UNIX dgram" : k->type == 5 ? "UNIX seqpacket" : "UNIX";
	case 2: return k->type == 1 ? "TCP" : k->type == 2 ? "UDP" : k->type == 3 ? "raw IPv4" : "IPv4";
	case 10: return k->type == 1 ? "TCPv6" : k->type == 2 ? "UDPv6" : k->type == 3 ? "raw IPv6" : "IPv6";
	case 16: return "NETLINK";
	case 17: return "PACKET";
	case -1: return "socket";
	}
	return "other";
}

/* a network row: one per (socket, peer) that moved data, or per socket that moved none */
struct netrow {
	int sock, flow;
	uint64_t bytes;
};

static int cmp_netrow(const void *a, const void *b)
{
	const struct netrow *x = a, *y = b;
	if (x->bytes != y->bytes)
		return x->bytes > y->bytes ? -1 : 1;
	return x->sock - y->sock;
}

static void write_how(struct sbuf *o, unsigned how)
{
	static const char *const names[] = { "bind", "listen", "connect", "accept", "socketpair", "sendto", "recvfrom" };
	json_key(o, "how");
	sbuf_putc(o, '"');
	bool first = true;
	for (int i = 0; i < (int)ARRAY_SIZE(names); i++)
		if (how & (1u << i)) {
			sbuf_printf(o, "%s%s", first ? "" : " ", names[i]);
			first = false;
		}
	sbuf_puts(o, "\",");
}

void write_net(struct html *h, struct sbuf *o)
{
	struct netrow *rows = xmalloc((h->nflows + h->nsocks + 1) * sizeof(*rows));
	size_t n = 0;
	for (size_t i = 0; i < h->nflows; i++)
		rows[n++] = (struct netrow){ h->flows[i].sock, (int)i, h->flows[i].sent + h->flows[i].recv };
	for (size_t i = 0; i < h->nsocks; i++)
		if (!h->socks[i].nflows && (h->socks[i].how || h->socks[i].remote.p))
			rows[n++] = (struct netrow){ (int)i, -1, 0 };
	qsort(rows, n, sizeof(*rows), cmp_netrow);
	json_key(o, "net");
	sbuf_putc(o, '{');
	json_int_field(o, "total", (int64_t)n);
	json_key(o, "rows");
	sbuf_putc(o, '[');
	for (size_t i = 0; i < n && i < MAX_TABLE_ROWS; i++) {
		struct sock *k = &h->socks[rows[i].sock];
		struct flow *f = rows[i].flow >= 0 ? &h->flows[rows[i].flow] : NULL;
		sbuf_putc(o, '{');
		json_int_field(o, "proc", k->proc);
		json_key(o, "proto");
		json_cstr(o, proto_of(k));
		sbuf_puts(o, ",\"local\":");
		json_bytes(o, k->local);
		sbuf_puts(o, ",\"remote\":");
		json_bytes(o, f && f->peer.p ? f->peer : k->remote);
		sbuf_putc(o, ',');
		write_how(o, k->how);
		json_int_field(o, "sent", f ? (int64_t)f->sent : 0);
		json_int_field(o, "recv", f ? (int64_t)f->recv : 0);
		json_int_field(o, "calls", f ? f->calls : 0);
		json_close(o, '}');
		sbuf_putc(o, ',');
	}
	json_close(o, ']');
	json_close(o, '}');
	free(rows);
}
