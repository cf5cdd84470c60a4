/*
 * export_walk.c - `sctrace export`'s walk: read a recorded session in time
 * order (two SQLite cursors, syscalls and events by ts, merged with a heap of
 * slice ends) and hand the writers a track per process and thread, a slice per
 * syscall that never overlaps the next one on its track, and instants.
 */
#include "perfetto.h"
#include "export_internal.h"
#include "common.h"
#include "decode.h"
#include "store.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define OPEN_END INT64_MAX   /* a slice whose end is the trace's end, known last */

/* ---- output ---- */

void export_flush(struct exporter *x, bool all)
{
	if (!all && x->out.len < (1u << 20))
		return;
	const char *p = x->out.p;
	size_t n = x->out.len;
	while (n) {
		ssize_t w = write(x->fd, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			die_errno("write error on %s", x->outname);
		p += w;
		n -= (size_t)w;
	}
	x->out.len = 0;
}

const char *export_instant_name(const struct xinstant *i, char *buf, size_t size)
{
	const char *sig = signame(i->signo);
	if (!strcmp(i->kind, "signal")) {
		if (sig)
			return sig;
		snprintf(buf, size, "signal %d", i->signo);
		return buf;
	}
	if (!strcmp(i->kind, "stop")) {
		if (sig)
			snprintf(buf, size, "group-stop %s", sig);
		else
			snprintf(buf, size, "group-stop %d", i->signo);
		return buf;
	}
	return i->kind;
}

const char *export_unfinished_text(const struct xslice *s)
{
	switch (s->unfinished) {
	case 1: return "the thread died in the call";
	case 2: return "detached in the call";
	case 3: return "superseded by another thread's execve";
	default: return "no exit recorded";
	}
}

/* ---- the walk: tracks, and the heap of slice ends ---- */

struct track {
	struct xthread t;
	int64_t end_ns;              /* the thread's end, 0 if unknown */
	bool selected;               /* its process is one --pid asked for (or there was no --pid) */
	bool described;              /* its descriptor was written */
	bool busy;                   /* s is in flight */
	uint64_t gen;                /* bumped when s ends: heap entries for older ones are stale */
	struct xslice s;
};

struct pending {
	int64_t end;
	uint64_t order;              /* ties: first pushed, first ended */
	struct track *tr;
	uint64_t gen;
};

struct walk {
	struct store *st;
	const struct export_filter *f;
	const struct export_writer *wr;
	struct exporter x;
	struct export_stats *stats;
	struct xproc *procs;         /* by upid */
	int *ppids;                  /* each process's traced parent */
	bool *proc_described, *proc_selected;
	size_t nprocs;
	struct track **tracks;       /* by utid, then the ones made up for rows without a thread row */
	size_t ntracks, nsorted;
	struct pending *heap;
	size_t nheap, heapcap;
	struct { int pid; int64_t ts; } *execs;   /* execve from a non-leader thread, by ts */
	size_t nexecs;
	uint64_t order;
	int64_t last_ts;             /* the latest time seen */
};

static bool pid_wanted(const struct export_filter *f, int pid)
{
	if (!f->npids)
		return true;
	for (int i = 0; i < f->npids; i++)
		if (f->pids[i] == pid)
			return true;
	return false;
}

/* pid -> the latest process instance with it (an index in procs), for --pid's descendants */
struct pidmap {
	struct pident { int pid; size_t idx; } *e;
	size_t cap, n;
};

static size_t *pidmap_ref(struct pidmap *m, int pid)
{
	if (2 * (m->n + 1) > m->cap) {
		size_t cap = m->cap ? 2 * m->cap : 64;
		struct pidmap big = { xcalloc(cap, sizeof(struct pident)), cap, 0 };
		for (size_t i = 0; i < m->cap; i++)
			if (m->e[i].pid)
				*pidmap_ref(&big, m->e[i].pid) = m->e[i].idx;
		free(m->e);
		*m = big;
	}
	size_t j = ((size_t)pid * 2654435761u) & (m->cap - 1);
	while (m->e[j].pid && m->e[j].pid != pid)
		j = (j + 1) & (m->cap - 1);
	if (!m->e[j].pid) {
		m->e[j].pid = pid;
		m->e[j].idx = SIZE_MAX;
		m->n++;
	}
	return &m->e[j].idx;
}

static struct xproc *find_proc(struct walk *w, int64_t upid)
{
	size_t lo = 0, hi = w->nprocs;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (w->procs[mid].upid < upid)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < w->nprocs && w->procs[lo].upid == upid ? &w->procs[lo] : NULL;
}

static void describe(struct walk *w, struct track *tr)
{
	if (tr->described)
		return;
	const struct xproc *p = tr->t.proc;
	if (p && !w->proc_described[p - w->procs]) {
		w->proc_described[p - w->procs] = true;
		w->wr->process(&w->x, p);
		w->stats->processes++;
	}
	w->wr->thread(&w->x, &tr->t);
	w->stats->threads++;
	tr->described = true;
}

static struct track *new_track(struct walk *w)
{
	struct track *tr = xcalloc(1, sizeof(*tr));
	w->tracks = xrealloc(w->tracks, (w->ntracks + 1) * sizeof(*w->tracks));
	w->tracks[w->ntracks++] = tr;
	return tr;
}

/* The track of a row: its thread's, or one made up for a row without a thread row. */
static struct track *track_for(struct walk *w, bool have_utid, int64_t utid, int tid, int pid)
{
	if (have_utid) {
		size_t lo = 0, hi = w->nsorted;
		while (lo < hi) {
			size_t mid = (lo + hi) / 2;
			if (w->tracks[mid]->t.utid < utid)
				lo = mid + 1;
			else
				hi = mid;
		}
		if (lo < w->nsorted && w->tracks[lo]->t.utid == utid)
			return w->tracks[lo];
	}
	for (size_t i = w->nsorted; i < w->ntracks; i++)
		if (w->tracks[i]->t.tid == tid)
			return w->tracks[i];
	struct track *tr = new_track(w);
	tr->t.tid = tid;
	tr->t.pid = pid;
	tr->t.uuid = ((UINT64_C(1) << 40) + (w->ntracks - w->nsorted)) << 1 | 1;
	char name[32];
	snprintf(name, sizeof(name), "tid %d", tid);
	tr->t.name = xstrdup(name);
	tr->selected = pid_wanted(w->f, pid);
	return tr;
}

static bool heap_less(const struct pending *a, const struct pending *b)
{
	return a->end < b->end || (a->end == b->end && a->order < b->order);
}

static void heap_push(struct walk *w, struct pending p)
{
	if (w->nheap == w->heapcap) {
		w->heapcap = w->heapcap ? w->heapcap * 2 : 64;
		w->heap = xrealloc(w->heap, w->heapcap * sizeof(*w->heap));
	}
	size_t i = w->nheap++;
	while (i > 0) {
		size_t up = (i - 1) / 2;
		if (!heap_less(&p, &w->heap[up]))
			break;
		w->heap[i] = w->heap[up];
		i = up;
	}
	w->heap[i] = p;
}

static struct pending heap_pop(struct walk *w)
{
	struct pending top = w->heap[0], last = w->heap[--w->nheap];
	size_t i = 0;
	for (;;) {
		size_t c = 2 * i + 1;
		if (c >= w->nheap)
			break;
		if (c + 1 < w->nheap && heap_less(&w->heap[c + 1], &w->heap[c]))
			c++;
		if (!heap_less(&w->heap[c], &last))
			break;
		w->heap[i] = w->heap[c];
		i = c;
	}
	if (w->nheap)
		w->heap[i] = last;
	return top;
}

static void end_slice(struct walk *w, struct track *tr, int64_t end)
{
	tr->s.end = end;
	if (end > w->last_ts)
		w->last_ts = end;
	w->wr->slice_end(&w->x, &tr->t, &tr->s);
	tr->busy = false;
	tr->gen++;
	w->stats->slices++;
	if (tr->s.clipped)
		w->stats->clipped++;
	if (tr->s.open_end)
		w->stats->unfinished++;
}

/* End every slice whose end is at or before t. */
static void end_until(struct walk *w, int64_t t)
{
	while (w->nheap && w->heap[0].end <= t) {
		struct pending p = heap_pop(w);
		if (p.gen == p.tr->gen && p.tr->busy)
			end_slice(w, p.tr, p.end);
	}
}

/* a text column into b as valid UTF-8, NUL-terminated (not counted) */
static void copy_text(struct sbuf *b, sqlite3_stmt *q, int col)
{
	b->len = 0;
	const char *s = (const char *)sqlite3_column_text(q, col);
	if (s)
		xutf8_clean(b, s, (size_t)sqlite3_column_bytes(q, col));
	sbuf_putc(b, 0);
	b->len--;
}

static bool step(struct walk *w, sqlite3_stmt *q, const char *what)
{
	int rc = sqlite3_step(q);
	if (rc == SQLITE_ROW)
		return true;
	if (rc != SQLITE_DONE)
		store_fail(w->st, what);
	return false;
}

/*
 * A syscall superseded by another thread's execve (unfinished 3) was the old
 * leader's, whose tid the execing thread took: the store files it under the
 * execing thread, so it is moved to the leader's track (the process's thread
 * with that tid), and it ends at that execve.  Returns the end, 0 if unknown.
 */
static int64_t leader_end(struct walk *w, struct track **tr, int tid, int64_t ts)
{
	const struct xproc *p = (*tr)->t.proc;
	if ((*tr)->t.tid != tid && p)
		for (size_t i = 0; i < w->nsorted; i++)
			if (w->tracks[i]->t.proc == p && w->tracks[i]->t.tid == tid) {
				*tr = w->tracks[i];
				break;
			}
	for (size_t i = 0; i < w->nexecs; i++)
		if (w->execs[i].ts >= ts && (!p || w->execs[i].pid == p->pid))
			return w->execs[i].ts;
	return 0;
}

static void load_execs(struct walk *w)
{
	sqlite3_stmt *q = store_prepare(w->st, "SELECT pid, ts FROM event WHERE session_id = ?1 AND kind = 'exec' "
					       "AND old_tid IS NOT NULL AND old_tid != tid ORDER BY ts");
	sqlite3_bind_int64(q, 1, w->st->session_id);
	while (step(w, q, "cannot read the event table")) {
		w->execs = xrealloc(w->execs, (w->nexecs + 1) * sizeof(*w->execs));
		w->execs[w->nexecs].pid = sqlite3_column_int(q, 0);
		w->execs[w->nexecs++].ts = sqlite3_column_int64(q, 1);
	}
	sqlite3_finalize(q);
}

/* columns of the syscall query */
enum { SC_ID, SC_TS, SC_DUR, SC_UTID, SC_TID, SC_PID, SC_NAME, SC_RET, SC_ERRNO, SC_ARGS,
       SC_UNFINISHED, SC_RET_PATH, SC_RET_AUX };

static void begin_slice(struct walk *w, sqlite3_stmt *q)
{
	int64_t ts = sqlite3_column_int64(q, SC_TS);
	struct track *tr = track_for(w, sqlite3_column_type(q, SC_UTID) != SQLITE_NULL,
				     sqlite3_column_int64(q, SC_UTID), sqlite3_column_int(q, SC_TID),
				     sqlite3_column_int(q, SC_PID));
	int unfinished = sqlite3_column_int(q, SC_UNFINISHED);
	int64_t superseded = unfinished == 3 ? leader_end(w, &tr, sqlite3_column_int(q, SC_TID), ts) : 0;
	if (!tr->selected)
		return;
	describe(w, tr);
	if (tr->busy) {
		/* the one before has not ended: it ends here, so slices never overlap */
		tr->s.clipped = true;
		end_slice(w, tr, ts);
	}
	struct xslice *s = &tr->s;
	s->id = sqlite3_column_int64(q, SC_ID);
	s->ts = ts;
	s->has_ret = sqlite3_column_type(q, SC_RET) != SQLITE_NULL;
	s->ret = sqlite3_column_int64(q, SC_RET);
	s->unfinished = unfinished;
	s->clipped = false;
	copy_text(&s->name, q, SC_NAME);
	copy_text(&s->errno_name, q, SC_ERRNO);
	copy_text(&s->args, q, SC_ARGS);
	copy_text(&s->ret_path, q, SC_RET_PATH);
	copy_text(&s->ret_aux, q, SC_RET_AUX);
	int64_t end;
	if (sqlite3_column_type(q, SC_DUR) == SQLITE_NULL) {
		/* never returned: ends with its thread, or with the trace */
		s->open_end = true;
		end = superseded ? superseded : tr->end_ns >= ts ? tr->end_ns : OPEN_END;
	} else {
		s->open_end = false;
		int64_t dur = sqlite3_column_int64(q, SC_DUR);
		end = ts + (dur > 0 ? dur : 0);
	}
	s->end = end;
	tr->busy = true;
	if (ts > w->last_ts)
		w->last_ts = ts;
	w->wr->slice_begin(&w->x, &tr->t, s);
	if (end != OPEN_END)
		heap_push(w, (struct pending){ end, w->order++, tr, tr->gen });
}

/* columns of the event query */
enum { EV_TS, EV_KIND, EV_UTID, EV_TID, EV_PID, EV_SIGNO, EV_STATUS, EV_OLD_TID, EV_INFO };

static void instant(struct walk *w, sqlite3_stmt *q)
{
	struct track *tr = track_for(w, sqlite3_column_type(q, EV_UTID) != SQLITE_NULL,
				     sqlite3_column_int64(q, EV_UTID), sqlite3_column_int(q, EV_TID),
				     sqlite3_column_int(q, EV_PID));
	if (!tr->selected)
		return;
	struct xinstant i = {
		.ts = sqlite3_column_int64(q, EV_TS),
		.kind = (const char *)sqlite3_column_text(q, EV_KIND),
		.signo = sqlite3_column_int(q, EV_SIGNO),
		.status = sqlite3_column_int(q, EV_STATUS),
		.old_tid = sqlite3_column_int(q, EV_OLD_TID),
		.info = (const char *)sqlite3_column_text(q, EV_INFO),
		.info_len = (size_t)sqlite3_column_bytes(q, EV_INFO),
	};
	if (!i.kind)
		return;
	describe(w, tr);
	if (i.ts > w->last_ts)
		w->last_ts = i.ts;
	w->wr->instant(&w->x, &tr->t, &i);
	w->stats->instants++;
}

/* a JSON string, or {"str":...}, as text; else the JSON itself */
void json_as_text(struct sbuf *b, const char *v, size_t n)
{
	struct xjson_member m[4];
	if (n && *v == '"') {
		xjson_unescape(b, v, n);
		return;
	}
	int k = xjson_members(v, n, m, 4);
	for (int i = 0; i < k; i++)
		if (m[i].key_len == 3 && !memcmp(m[i].key, "str", 3) && *m[i].val == '"') {
			xjson_unescape(b, m[i].val, m[i].val_len);
			return;
		}
	sbuf_putn(b, v, n);
}

static char *first_arg(const char *argv)
{
	struct xjson_member m[1];
	if (!argv || xjson_elements(argv, strlen(argv), m, 1) < 1)
		return NULL;
	struct sbuf b = { 0 };
	json_as_text(&b, m[0].val, m[0].val_len);
	sbuf_putc(&b, 0);
	return b.p;
}

static char *clean_dup(const char *s)
{
	struct sbuf b = { 0 };
	xutf8_clean(&b, s, strlen(s));
	sbuf_putc(&b, 0);
	return b.p;
}

static void load_processes(struct walk *w)
{
	sqlite3_stmt *q = store_prepare(w->st, "SELECT upid, pid, comm, argv, start_ns, ppid FROM process "
					       "WHERE session_id = ?1 ORDER BY upid");
	sqlite3_bind_int64(q, 1, w->st->session_id);
	size_t cap = 0;
	while (step(w, q, "cannot read the process table")) {
		if (w->nprocs == cap) {
			cap = cap ? cap * 2 : 16;
			w->procs = xrealloc(w->procs, cap * sizeof(*w->procs));
			w->ppids = xrealloc(w->ppids, cap * sizeof(*w->ppids));
		}
		w->ppids[w->nprocs] = sqlite3_column_int(q, 5);
		struct xproc *p = &w->procs[w->nprocs++];
		memset(p, 0, sizeof(*p));
		p->upid = sqlite3_column_int64(q, 0);
		p->pid = sqlite3_column_int(q, 1);
		p->uuid = (uint64_t)p->upid << 1;
		const char *comm = (const char *)sqlite3_column_text(q, 2);
		const char *argv = (const char *)sqlite3_column_text(q, 3);
		if (argv && xjson_valid(argv, strlen(argv)))
			p->argv = xstrdup(argv);
		char *name = comm && *comm ? clean_dup(comm) : first_arg(p->argv);
		if (!name) {
			char buf[32];
			snprintf(buf, sizeof(buf), "pid %d", p->pid);
			name = xstrdup(buf);
		}
		p->name = name;
		p->start_ns = sqlite3_column_int64(q, 4);
	}
	sqlite3_finalize(q);
	w->proc_described = xcalloc(w->nprocs + 1, sizeof(bool));
	w->proc_selected = xcalloc(w->nprocs + 1, sizeof(bool));
	/*
	 * --pid: those processes and their descendants.  A parent is the latest
	 * process with its pid seen before the child (pids are reused);
	 * processes are in upid order, the order they were seen in.
	 */
	struct pidmap latest = { 0 };
	for (size_t i = 0; i < w->nprocs; i++) {
		bool sel = pid_wanted(w->f, w->procs[i].pid);
		if (!sel && w->ppids[i] > 0) {
			size_t parent = *pidmap_ref(&latest, w->ppids[i]);
			sel = parent != SIZE_MAX && w->proc_selected[parent];
		}
		w->proc_selected[i] = sel;
		if (w->procs[i].pid > 0)
			*pidmap_ref(&latest, w->procs[i].pid) = i;
	}
	free(latest.e);
}

static void load_threads(struct walk *w)
{
	sqlite3_stmt *q = store_prepare(w->st, "SELECT utid, tid, upid, name, end_ns FROM thread "
					       "WHERE session_id = ?1 ORDER BY utid");
	sqlite3_bind_int64(q, 1, w->st->session_id);
	while (step(w, q, "cannot read the thread table")) {
		struct track *tr = new_track(w);
		tr->t.utid = sqlite3_column_int64(q, 0);
		tr->t.tid = sqlite3_column_int(q, 1);
		tr->t.uuid = (uint64_t)tr->t.utid << 1 | 1;
		const struct xproc *p = sqlite3_column_type(q, 2) == SQLITE_NULL ? NULL
					: find_proc(w, sqlite3_column_int64(q, 2));
		tr->t.proc = p;
		tr->t.pid = p ? p->pid : tr->t.tid;
		tr->selected = p ? w->proc_selected[p - w->procs] : pid_wanted(w->f, tr->t.tid);
		const char *name = (const char *)sqlite3_column_text(q, 3);
		/* a leader's name is its process's: the thread row keeps the name from before any execve */
		if (p && tr->t.tid == p->pid)
			tr->t.name = xstrdup(p->name);
		else if (name && *name)
			tr->t.name = clean_dup(name);
		else
			tr->t.name = xstrdup(p ? p->name : "?");
		tr->end_ns = sqlite3_column_int64(q, 4);
	}
	sqlite3_finalize(q);
	w->nsorted = w->ntracks;
	/* the tracks of the processes asked for, with or without syscalls */
	for (size_t i = 0; i < w->ntracks; i++)
		if (w->tracks[i]->selected)
			describe(w, w->tracks[i]);
}

/*
 * " AND ts >= ?2 AND ts < ?3 AND pid IN (?4,?5) AND name IN (?6)": the
 * session is ?1, the bounds ?2 and ?3, then the pids and the names.
 */
static void add_filters(struct sbuf *sql, const struct export_filter *f, bool names)
{
	if (f->have_since)
		sbuf_puts(sql, " AND ts >= ?2");
	if (f->have_until)
		sbuf_puts(sql, " AND ts < ?3");
	int k = 4;
	if (f->npids) {
		sbuf_puts(sql, " AND pid IN (");
		for (int i = 0; i < f->npids; i++)
			sbuf_printf(sql, i ? ",?%d" : "?%d", k++);
		sbuf_putc(sql, ')');
	}
	if (names && f->nsyscalls) {
		sbuf_puts(sql, " AND name IN (");
		for (int i = 0; i < f->nsyscalls; i++)
			sbuf_printf(sql, i ? ",?%d" : "?%d", k++);
		sbuf_putc(sql, ')');
	}
	sbuf_puts(sql, " ORDER BY ts, id");
	sbuf_putc(sql, 0);
}

static sqlite3_stmt *query(struct walk *w, const char *head, const struct export_filter *f, bool names)
{
	struct sbuf sql = { 0 };
	sbuf_puts(&sql, head);
	add_filters(&sql, f, names);
	sqlite3_stmt *q = NULL;
	if (sqlite3_prepare_v2(w->st->db, sql.p, -1, &q, NULL) != SQLITE_OK)
		store_fail(w->st, "cannot prepare a query");
	sbuf_free(&sql);
	sqlite3_bind_int64(q, 1, w->st->session_id);
	if (f->have_since)
		sqlite3_bind_int64(q, 2, w->x.start_ns + f->since_ns);
	if (f->have_until)
		sqlite3_bind_int64(q, 3, w->x.start_ns + f->until_ns);
	int k = 4;
	for (int i = 0; i < f->npids; i++)
		sqlite3_bind_int(q, k++, f->pids[i]);
	for (int i = 0; names && i < f->nsyscalls; i++)
		sqlite3_bind_text(q, k++, f->syscalls[i], -1, SQLITE_STATIC);
	return q;
}

void export_trace(struct store *st, const struct export_filter *f, enum export_format fmt, int fd,
		  const char *outname, struct export_stats *stats)
{
	struct walk w = { .st = st, .f = f, .stats = stats };
	memset(stats, 0, sizeof(*stats));
	w.wr = fmt == EXPORT_CHROME_JSON ? &chrome_json_writer : &perfetto_writer;
	w.x.fd = fd;
	w.x.outname = outname;

	sqlite3_stmt *q = store_prepare(st, "SELECT start_ns, end_ns, command FROM session WHERE id = ?1");
	sqlite3_bind_int64(q, 1, st->session_id);
	int64_t end_ns = 0;
	char *command = NULL;
	if (step(&w, q, "cannot read the session")) {
		w.x.start_ns = sqlite3_column_int64(q, 0);
		end_ns = sqlite3_column_int64(q, 1);
		const char *c = (const char *)sqlite3_column_text(q, 2);
		command = c ? xstrdup(c) : NULL;
	}
	sqlite3_finalize(q);
	w.x.command = command;
	w.last_ts = w.x.start_ns;

	w.wr->start(&w.x);
	load_processes(&w);
	load_threads(&w);
	load_execs(&w);

	/*
	 * The queries narrow by pid to the processes --pid selected (with their
	 * descendants); the tracks' selected flags are exact where pids were reused.
	 */
	struct export_filter nf = *f;
	int *pids = NULL;
	if (f->npids) {
		pids = xmalloc((w.nprocs + (size_t)f->npids) * sizeof(int));
		nf.pids = pids;
		nf.npids = 0;
		for (int i = 0; i < f->npids; i++)
			pids[nf.npids++] = f->pids[i];
		for (size_t i = 0; i < w.nprocs; i++)
			if (w.proc_selected[i] && !pid_wanted(&nf, w.procs[i].pid))
				pids[nf.npids++] = w.procs[i].pid;
	}
	sqlite3_stmt *sc = query(&w, "SELECT id, ts, dur, utid, tid, pid, name, ret, errno_name, args, "
				     "unfinished, ret_path, ret_aux FROM syscall WHERE session_id = ?1", &nf, true);
	sqlite3_stmt *ev = query(&w, "SELECT ts, kind, utid, tid, pid, signo, status, old_tid, info FROM event "
				     "WHERE session_id = ?1 AND kind IN ('signal', 'stop', 'exec', 'exit', 'detach')",
				 &nf, false);
	bool have_sc = step(&w, sc, "cannot read the syscall table");
	bool have_ev = step(&w, ev, "cannot read the event table");
	while (have_sc || have_ev) {
		int64_t tsc = have_sc ? sqlite3_column_int64(sc, SC_TS) : INT64_MAX;
		int64_t tev = have_ev ? sqlite3_column_int64(ev, EV_TS) : INT64_MAX;
		/* at equal times: ends, then instants, then beginnings */
		if (have_ev && tev <= tsc) {
			end_until(&w, tev);
			instant(&w, ev);
			have_ev = step(&w, ev, "cannot read the event table");
		} else {
			end_until(&w, tsc);
			begin_slice(&w, sc);
			have_sc = step(&w, sc, "cannot read the syscall table");
		}
	}
	sqlite3_finalize(sc);
	sqlite3_finalize(ev);
	end_until(&w, OPEN_END - 1);
	/* what never ended, and had no thread end to end at, ends with the trace */
	int64_t last = end_ns > w.last_ts ? end_ns : w.last_ts;
	for (size_t i = 0; i < w.ntracks; i++)
		if (w.tracks[i]->busy)
			end_slice(&w, w.tracks[i], last > w.tracks[i]->s.ts ? last : w.tracks[i]->s.ts);
	w.wr->finish(&w.x);
	export_flush(&w.x, true);
	w.wr->free(&w.x);

	for (size_t i = 0; i < w.ntracks; i++) {
		struct track *tr = w.tracks[i];
		free((char *)tr->t.name);
		sbuf_free(&tr->s.name);
		sbuf_free(&tr->s.errno_name);
		sbuf_free(&tr->s.args);
		sbuf_free(&tr->s.ret_path);
		sbuf_free(&tr->s.ret_aux);
		free(tr);
	}
	free(w.tracks);
	for (size_t i = 0; i < w.nprocs; i++) {
		free((char *)w.procs[i].name);
		free((char *)w.procs[i].argv);
	}
	free(w.procs);
	free(w.ppids);
	free(w.proc_described);
	free(w.proc_selected);
	free(w.heap);
	free(w.execs);
	free(pids);
	free(command);
	sbuf_free(&w.x.out);
}
