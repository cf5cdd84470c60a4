/*
 * reader.c - a recorded session read back as the event stream it came
 * from: syscall entries (ordered by seq), syscall exits (in the order they
 * were recorded) and other events, merged by sequence number, each syscall
 * event with a struct mem served from its captured bytes.  This is replay's
 * interceptor: the session, decoders and sinks run on it unchanged.
 */
#include "reader.h"
#include "common.h"

#include <stdlib.h>
#include <stdio.h>
#include <string.h>

enum { SRC_ENTRY, SRC_EXIT, SRC_EVENT, NSRC };

struct store_reader {
	struct store *st;
	sqlite3_stmt *q[NSRC];
	bool have[NSRC];          /* q[i] holds a row */
	int64_t seq[NSRC];
	uint64_t offset;
	char lost_reason[64];     /* the reason of the last "lost" event read */
	struct sbuf blob;         /* the capture of the event being returned */
	struct capmem cm;
	uint64_t nread;
	/* entries in seq order: (seq, row id) pairs sorted in memory, rows fetched by id */
	struct entry_ref { int64_t seq, id; } *entries;
	size_t nentries, next_entry;
	/* the rows read so far: syscall and event ids up to these (a live store grows: reader_more) */
	int64_t hi_sys, hi_ev;
	int64_t skip_before;      /* reader_seek_end: rows of events (syscalls: entries) before this realtime ns are left out */
};

static const char *const queries[NSRC] = {
	[SRC_ENTRY] = "SELECT seq, ts, tid, pid, nr, arg0, arg1, arg2, arg3, arg4, arg5, sp, "
		      "entry_stime, capture FROM syscall WHERE id = ?1",
	[SRC_EXIT] = "SELECT exit_seq, exit_ts, coalesce(exit_tid, tid), pid, ret, errno, exit_stime, capture, ts, "
		     "tampered FROM syscall WHERE session_id = ?1 AND unfinished IS NULL AND id > ?2 AND id <= ?3 "
		     "ORDER BY id",
	[SRC_EVENT] = "SELECT seq, ts, kind, pid, tid, signo, status, old_tid, parent_tid, startup, "
		      "nthreads, nr, stime, siginfo, capture, info FROM event WHERE session_id = ?1 AND id > ?2 AND id <= ?3 "
		      "ORDER BY id",
};

static void advance(struct store_reader *r, int i)
{
	if (i == SRC_ENTRY) {
		/* the next entry in seq order: its row, by id */
		sqlite3_reset(r->q[i]);
		r->have[i] = r->next_entry < r->nentries;
		if (!r->have[i])
			return;
		sqlite3_bind_int64(r->q[i], 1, r->entries[r->next_entry++].id);
	}
	int rc = sqlite3_step(r->q[i]);
	if (rc == SQLITE_ROW) {
		r->have[i] = true;
		r->seq[i] = sqlite3_column_int64(r->q[i], 0);
	} else if (rc == SQLITE_DONE) {
		r->have[i] = false;
	} else {
		die("%s: cannot read the trace: %s", r->st->path, sqlite3_errmsg(r->st->db));
	}
}

static bool read_session(struct store_reader *r, struct replay_session *s)
{
	sqlite3_stmt *q = store_prepare(r->st,
		"SELECT mono_offset_ns, exit_status, "
		"json_extract(config, '$.strsize'), json_extract(config, '$.verbose'), "
		"json_extract(config, '$.decode_fds'), json_extract(config, '$.follow_forks'), "
		"json_extract(config, '$.npids'), json_extract(config, '$.redact'), command, start_ns, "
		"json_extract(config, '$.stime') "
		"FROM session WHERE id = ?");
	sqlite3_bind_int64(q, 1, r->st->session_id);
	int rc = sqlite3_step(q);
	if (rc != SQLITE_ROW) {
		sqlite3_finalize(q);
		return false;
	}
	s->mono_offset = (uint64_t)sqlite3_column_int64(q, 0);
	s->have_exit = sqlite3_column_type(q, 1) != SQLITE_NULL;
	s->exit_status = sqlite3_column_int(q, 1);
	s->strsize = (unsigned)sqlite3_column_int(q, 2);
	s->verbose = sqlite3_column_int(q, 3);
	s->decode_fds = (unsigned)sqlite3_column_int(q, 4);
	s->follow_forks = sqlite3_column_int(q, 5);
	s->npids = sqlite3_column_int(q, 6);
	s->redact = sqlite3_column_int(q, 7);
	s->start_ns = sqlite3_column_int64(q, 9);
	s->stime = sqlite3_column_int(q, 10);
	sqlite3_finalize(q);
	return true;
}

static int cmp_entry(const void *a, const void *b)
{
	const struct entry_ref *x = a, *y = b;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/*
 * Rows are written when a syscall returns, so their order is exit order;
 * entries are replayed in seq order.  Sorting (seq, id) pairs here costs 16
 * bytes a syscall and saves the recorder an index it would update per row.
 */
static void load_entries(struct store_reader *r, int64_t lo, int64_t hi)
{
	sqlite3_stmt *q = store_prepare(r->st, "SELECT seq, id FROM syscall WHERE session_id = ? AND id > ? AND id <= ?");
	sqlite3_bind_int64(q, 1, r->st->session_id);
	sqlite3_bind_int64(q, 2, lo);
	sqlite3_bind_int64(q, 3, hi);
	r->nentries = r->next_entry = 0;
	size_t cap = 0;
	int rc;
	while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
		if (r->nentries == cap) {
			cap = cap ? cap * 2 : 4096;
			r->entries = xrealloc(r->entries, cap * sizeof(*r->entries));
		}
		r->entries[r->nentries].seq = sqlite3_column_int64(q, 0);
		r->entries[r->nentries].id = sqlite3_column_int64(q, 1);
		r->nentries++;
	}
	if (rc != SQLITE_DONE)
		die("%s: cannot read the trace: %s", r->st->path, sqlite3_errmsg(r->st->db));
	sqlite3_finalize(q);
	qsort(r->entries, r->nentries, sizeof(*r->entries), cmp_entry);
}

static int64_t max_id(struct store_reader *r, const char *table)
{
	char sql[96];
	snprintf(sql, sizeof(sql), "SELECT coalesce(max(id), 0) FROM %s", table);
	sqlite3_stmt *q = store_prepare(r->st, sql);
	int64_t v = sqlite3_step(q) == SQLITE_ROW ? sqlite3_column_int64(q, 0) : 0;
	sqlite3_finalize(q);
	return v;
}

/* Read the rows with ids in (lo, hi]: the statements bound to the window, the entries sorted. */
static void start_batch(struct store_reader *r, int64_t lo_sys, int64_t lo_ev)
{
	for (int i = SRC_EXIT; i < NSRC; i++) {
		sqlite3_reset(r->q[i]);
		sqlite3_bind_int64(r->q[i], 1, r->st->session_id);
		sqlite3_bind_int64(r->q[i], 2, i == SRC_EXIT ? lo_sys : lo_ev);
		sqlite3_bind_int64(r->q[i], 3, i == SRC_EXIT ? r->hi_sys : r->hi_ev);
	}
	load_entries(r, lo_sys, r->hi_sys);
	for (int i = 0; i < NSRC; i++)
		advance(r, i);
}

struct store_reader *reader_open(struct store *st, struct replay_session *s)
{
	struct store_reader *r = xcalloc(1, sizeof(*r));
	r->st = st;
	if (!read_session(r, s))
		die("%s: the session row is missing", st->path);
	r->offset = s->mono_offset;
	for (int i = 0; i < NSRC; i++) {
		int rc = sqlite3_prepare_v2(st->db, queries[i], -1, &r->q[i], NULL);
		if (rc != SQLITE_OK && i == SRC_EXIT) {
			/* a store from before the tampered column: nothing in it was tampered with */
			char old[512];
			snprintf(old, sizeof(old), "%s", queries[i]);
			char *col = strstr(old, "tampered FROM");
			if (col)
				memcpy(col, "NULL    ", 8);
			rc = sqlite3_prepare_v2(st->db, old, -1, &r->q[i], NULL);
		}
		if (rc != SQLITE_OK)
			die("%s: not a trace store this sctrace can read (%s)", st->path, sqlite3_errmsg(st->db));
	}
	/* what is there now: a store being recorded gets more (reader_more) */
	r->hi_sys = max_id(r, "syscall");
	r->hi_ev = max_id(r, "event");
	start_batch(r, 0, 0);
	return r;
}

bool reader_more(struct store_reader *r)
{
	int64_t sys = max_id(r, "syscall"), ev = max_id(r, "event");
	if (sys <= r->hi_sys && ev <= r->hi_ev)
		return false;
	int64_t lo_sys = r->hi_sys, lo_ev = r->hi_ev;
	r->hi_sys = sys > lo_sys ? sys : lo_sys;
	r->hi_ev = ev > lo_ev ? ev : lo_ev;
	start_batch(r, lo_sys, lo_ev);
	return true;
}

void reader_seek_end(struct store_reader *r)
{
	/* rows still on their way to the file (the writer commits every 100 ms) are of the past too */
	r->skip_before = (int64_t)now_real_ns();
	r->hi_sys = max_id(r, "syscall");
	r->hi_ev = max_id(r, "event");
	start_batch(r, r->hi_sys, r->hi_ev);
}

bool reader_ended(struct store_reader *r)
{
	sqlite3_stmt *q = store_prepare(r->st, "SELECT end_ns IS NOT NULL FROM session WHERE id = ?");
	sqlite3_bind_int64(q, 1, r->st->session_id);
	bool ended = sqlite3_step(q) != SQLITE_ROW || sqlite3_column_int(q, 0);
	sqlite3_finalize(q);
	return ended;
}

static void take_capture(struct store_reader *r, sqlite3_stmt *q, int col, int pid)
{
	const void *p = sqlite3_column_blob(q, col);
	int n = sqlite3_column_bytes(q, col);
	r->blob.len = 0;
	if (p && n > 0)
		sbuf_putn(&r->blob, p, (size_t)n);
	if (!capmem_init(&r->cm, r->blob.p, r->blob.len, pid))
		die("%s: a syscall's captured memory is malformed (corrupt store?)", r->st->path);
}

static uint64_t mono(struct store_reader *r, sqlite3_stmt *q, int col)
{
	return (uint64_t)sqlite3_column_int64(q, col) - r->offset;
}

static int kind_of(const char *k)
{
	static const struct { const char *name; int kind; } kinds[] = {
		{ "signal", EV_SIGNAL }, { "stop", EV_GROUP_STOP }, { "exec", EV_EXEC },
		{ "exit", EV_EXIT }, { "attach", EV_ATTACH }, { "detach", EV_DETACH },
		{ "interrupted", EV_SYSCALL_INTERRUPTED }, { "lost", EV_LOST }, { "exiting", EV_EXITING },
	};
	for (size_t i = 0; k && i < ARRAY_SIZE(kinds); i++)
		if (!strcmp(k, kinds[i].name))
			return kinds[i].kind;
	return -1;
}

bool reader_next(struct store_reader *r, struct event *ev, const struct mem **mem)
{
	for (;;) {
		int best = -1;
		for (int i = 0; i < NSRC; i++)
			if (r->have[i] && (best < 0 || r->seq[i] < r->seq[best]))
				best = i;
		if (best < 0)
			return false;
		sqlite3_stmt *q = r->q[best];
		if (r->skip_before && sqlite3_column_int64(q, best == SRC_EXIT ? 8 : 1) < r->skip_before) {
			advance(r, best);
			continue;
		}
		memset(ev, 0, sizeof(*ev));
		*mem = NULL;
		bool ok = true;
		switch (best) {
		case SRC_ENTRY:
			ev->kind = EV_SYSCALL_ENTRY;
			ev->ts = mono(r, q, 1);
			ev->tid = sqlite3_column_int(q, 2);
			ev->pid = sqlite3_column_int(q, 3);
			ev->entry.nr = sqlite3_column_int(q, 4);
			for (int k = 0; k < 6; k++)
				ev->entry.args[k] = (uint64_t)sqlite3_column_int64(q, 5 + k);
			ev->entry.sp = (uint64_t)sqlite3_column_int64(q, 11);
			ev->stime = (uint64_t)sqlite3_column_int64(q, 12);
			take_capture(r, q, 13, ev->pid);
			*mem = capmem_phase(&r->cm, CAP_ENTRY);
			break;
		case SRC_EXIT:
			ev->kind = EV_SYSCALL_EXIT;
			ev->ts = mono(r, q, 1);
			ev->tid = sqlite3_column_int(q, 2);
			ev->pid = sqlite3_column_int(q, 3);
			if (sqlite3_column_type(q, 5) != SQLITE_NULL) {
				ev->exit.is_error = true;
				ev->exit.rval = -sqlite3_column_int64(q, 5);
			} else {
				ev->exit.rval = sqlite3_column_int64(q, 4);
			}
			ev->stime = (uint64_t)sqlite3_column_int64(q, 6);
			ev->exit.tampered = (uint8_t)sqlite3_column_int(q, 9);
			take_capture(r, q, 7, ev->pid);
			*mem = capmem_phase(&r->cm, CAP_EXIT);
			break;
		case SRC_EVENT: {
			int kind = kind_of((const char *)sqlite3_column_text(q, 2));
			if (kind < 0) {
				ok = false;   /* a kind this sctrace does not replay (lost, ...) */
				break;
			}
			ev->kind = kind;
			ev->ts = mono(r, q, 1);
			ev->pid = sqlite3_column_int(q, 3);
			ev->tid = sqlite3_column_int(q, 4);
			ev->stime = (uint64_t)sqlite3_column_int64(q, 12);
			switch (kind) {
			case EV_SIGNAL: {
				ev->sig.signo = sqlite3_column_int(q, 5);
				const void *p = sqlite3_column_blob(q, 13);
				int n = sqlite3_column_bytes(q, 13);
				if (p && n == (int)sizeof(ev->sig.info)) {
					memcpy(ev->sig.info, p, sizeof(ev->sig.info));
					ev->sig.have_info = true;
				}
				take_capture(r, q, 14, ev->pid);
				*mem = capmem_phase(&r->cm, CAP_ENTRY);
				break;
			}
			case EV_GROUP_STOP: ev->stop.signo = sqlite3_column_int(q, 5); break;
			case EV_EXIT: ev->exit_.status = sqlite3_column_int(q, 6); break;
			case EV_EXEC: ev->exec.old_tid = sqlite3_column_int(q, 7); break;
			case EV_ATTACH:
				ev->attach.parent_tid = sqlite3_column_int(q, 8);
				ev->attach.startup = sqlite3_column_int(q, 9);
				ev->attach.nthreads = sqlite3_column_int(q, 10);
				break;
			case EV_SYSCALL_INTERRUPTED: ev->entry.nr = sqlite3_column_int(q, 11); break;
			case EV_LOST: {
				const unsigned char *why = sqlite3_column_text(q, 15);
				snprintf(r->lost_reason, sizeof(r->lost_reason), "%s", why ? (const char *)why : "?");
				ev->lost.count = (uint32_t)sqlite3_column_int64(q, 6);
				ev->lost.reason = r->lost_reason;
				break;
			}
			}
			break;
		}
		}
		advance(r, best);
		if (ok) {
			r->nread++;
			return true;
		}
	}
}

void reader_close(struct store_reader *r)
{
	for (int i = 0; i < NSRC; i++)
		sqlite3_finalize(r->q[i]);
	sbuf_free(&r->blob);
	free(r->entries);
	free(r);
}
