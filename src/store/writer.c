/*
 * writer.c - the store's writer thread (writer.h).  Rows travel as messages
 * in 256 KiB chunks: [stmt:u8 nbind:u8] then per bound column
 * [col:u8 type:u8 value] (int64, or u32 length + bytes).  The tracer hands a
 * chunk over when it is full or 50 ms old; the thread runs the rows inside a
 * transaction that it commits 100 ms after it began, so a SIGKILLed sctrace
 * loses at most the last ~150 ms plus a bounded backlog (4 MiB of rows: the
 * tracer waits rather than let it grow).  SQLite is used by one thread at a
 * time: the writer while it runs, the caller before and after.
 */
#include "writer.h"
#include "common.h"
#include "pg.h"
#include "sbuf.h"

#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CHUNK_SIZE (256 * 1024)
#define HANDOFF_NS 50000000ull    /* a chunk waits at most 50 ms for more rows */
#define COMMIT_NS 100000000ull    /* a transaction is committed 100 ms after it began */
#define MAX_QUEUED (4u << 20)     /* backlog the tracer may run ahead of the writer */


struct chunk {
	struct chunk *next;
	size_t len;
	bool big;                  /* sized for one large message, not CHUNK_SIZE */
	uint8_t data[];            /* CHUNK_SIZE bytes, or one large message */
};

struct writer {
	struct store *st;
	sqlite3_stmt *stmt[WS_NSTMT];
	struct pgw *pg;            /* st->pg: rows become COPY text instead */
	/* producer side (the tracer's thread) */
	struct chunk *cur;
	size_t msg_start;          /* offset of the message being built */
	uint8_t nbind;
	uint64_t cur_since;        /* when cur got its first message */
	unsigned nmsg;             /* messages since the clock was last read */
	struct sbuf big;           /* a message larger than a chunk */
	void (*wakeup)(void);      /* asks for a wr_tick() soon (the tracer's idle timer) */
	/* shared */
	pthread_mutex_t lock;
	pthread_cond_t ready, space;
	struct chunk *head, *tail;
	struct chunk *spare;       /* emptied chunks, reused: no mmap/munmap (and TLB shootdowns) per chunk */
	size_t queued;
	bool closing, started;
	volatile bool failed;
	char err[512];
	pthread_t thread;
	cpu_set_t mask;            /* the CPUs the process may use (not the tracer's pinning) */
	/* writer side */
	bool in_tx;
	uint64_t tx_start;
	uint64_t busy_ns;          /* time spent running rows and commits (SCTRACE_STORE_STATS) */
};

static void set_error(struct writer *w, const char *what)
{
	snprintf(w->err, sizeof(w->err), "%s: %s: %s", w->st->path, what, sqlite3_errmsg(w->st->db));
	w->failed = true;
}

#define PG_FLUSH_BYTES (16u << 20)   /* COPY text waiting before it goes out early */

/* PostgreSQL: the transaction is the flush of what was gathered since the last */
static bool pg_commit(struct writer *w)
{
	char err[400];
	if (pgw_flush(w->pg, err, sizeof(err)))
		return true;
	snprintf(w->err, sizeof(w->err), "%s: cannot write: %s", w->st->path, err);
	w->failed = true;
	return false;
}

static bool exec_sql(struct writer *w, const char *sql)
{
	if (sqlite3_exec(w->st->db, sql, NULL, NULL, NULL) == SQLITE_OK)
		return true;
	set_error(w, "cannot write");
	return false;
}

static void commit(struct writer *w)
{
	if (w->in_tx && !w->failed) {
		if (w->pg)
			pg_commit(w);
		else
			exec_sql(w, "COMMIT");
	}
	w->in_tx = false;
}

/* Run the messages of one chunk. */
static void apply(struct writer *w, const uint8_t *p, size_t len)
{
	const uint8_t *end = p + len;
	struct wbind b[256];
	while (p + 2 <= end && !w->failed) {
		int stmt = p[0];
		unsigned n = p[1];
		p += 2;
		for (unsigned i = 0; i < n; i++) {
			b[i].col = p[0];
			b[i].type = p[1];
			p += 2;
			if (b[i].type == WT_INT) {
				memcpy(&b[i].i, p, 8);
				p += 8;
			} else {
				memcpy(&b[i].len, p, 4);
				b[i].p = p + 4;
				p += 4 + b[i].len;
			}
		}
		if (w->pg) {
			pgw_row(w->pg, stmt, b, n);
			continue;
		}
		sqlite3_stmt *s = w->stmt[stmt];
		for (unsigned i = 0; i < n; i++) {
			if (b[i].type == WT_INT)
				sqlite3_bind_int64(s, (int)b[i].col, b[i].i);
			else if (b[i].type == WT_TEXT)
				sqlite3_bind_text(s, (int)b[i].col, b[i].p, (int)b[i].len, SQLITE_STATIC);
			else
				sqlite3_bind_blob(s, (int)b[i].col, b[i].p, (int)b[i].len, SQLITE_STATIC);
		}
		if (sqlite3_step(s) != SQLITE_DONE)
			set_error(w, "cannot write");
		sqlite3_reset(s);
		sqlite3_clear_bindings(s);
	}
}

static void *writer_main(void *arg)
{
	struct writer *w = arg;
	/* run beside the trace: the tracer may be pinned to one CPU, this thread is not */
	sched_setaffinity(0, sizeof(w->mask), &w->mask);
	pthread_mutex_lock(&w->lock);
	for (;;) {
		while (!w->head && !w->closing) {
			if (!w->in_tx) {
				pthread_cond_wait(&w->ready, &w->lock);
				continue;
			}
			uint64_t due = w->tx_start + COMMIT_NS;
			if (now_mono_ns() >= due) {
				pthread_mutex_unlock(&w->lock);
				commit(w);
				pthread_mutex_lock(&w->lock);
				continue;
			}
			struct timespec ts = { (time_t)(due / 1000000000), (long)(due % 1000000000) };
			pthread_cond_timedwait(&w->ready, &w->lock, &ts);
		}
		struct chunk *c = w->head;
		if (!c)
			break;   /* closing, and everything is written */
		w->head = c->next;
		if (!w->head)
			w->tail = NULL;
		w->queued -= c->len;
		pthread_cond_signal(&w->space);
		pthread_mutex_unlock(&w->lock);
		if (!w->in_tx && !w->failed) {
			w->in_tx = w->pg || exec_sql(w, "BEGIN");   /* PostgreSQL's is pgw_flush's */
			w->tx_start = now_mono_ns();
		}
		uint64_t t0 = now_mono_ns();
		apply(w, c->data, c->len);
		if (w->in_tx && (now_mono_ns() - w->tx_start >= COMMIT_NS ||
				 (w->pg && pgw_pending(w->pg) >= PG_FLUSH_BYTES)))
			commit(w);
		w->busy_ns += now_mono_ns() - t0;
		pthread_mutex_lock(&w->lock);
		if (c->len <= CHUNK_SIZE && !c->big) {
			c->next = w->spare;
			w->spare = c;
			c = NULL;
		}
		pthread_mutex_unlock(&w->lock);
		free(c);
		pthread_mutex_lock(&w->lock);
	}
	pthread_mutex_unlock(&w->lock);
	commit(w);
	return NULL;
}

static void start(struct writer *w)
{
	/*
	 * If the tracer is pinned to one CPU by now (placement pin), keep the
	 * writer off it: that CPU is the tracer's and the tracee's.
	 */
	cpu_set_t mine;
	if (sched_getaffinity(0, sizeof(mine), &mine) == 0 && CPU_COUNT(&mine) == 1 && CPU_COUNT(&w->mask) > 1) {
		for (int cpu = 0; cpu < CPU_SETSIZE; cpu++)
			if (CPU_ISSET(cpu, &mine))
				CPU_CLR(cpu, &w->mask);
	}
	/* signals are the tracer's business: block them all in the writer */
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	if (pthread_create(&w->thread, NULL, writer_main, w) != 0)
		die("%s: cannot start the writer thread", w->st->path);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	w->started = true;
}

struct writer *writer_new(struct store *st)
{
	struct writer *w = xcalloc(1, sizeof(*w));
	w->st = st;
	if (st->pg) {
		w->pg = pgw_new(st->pg, st->session_id, st->host);
	} else {
		struct sbuf sql = { 0 };
		for (int i = 0; i < WS_NSTMT; i++) {
			store_stmt_sqlite(i, &sql);
			w->stmt[i] = store_prepare(st, sql.p);
		}
		sbuf_free(&sql);
	}
	pthread_mutex_init(&w->lock, NULL);
	pthread_condattr_t ca;
	pthread_condattr_init(&ca);
	pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
	pthread_cond_init(&w->ready, &ca);
	pthread_cond_init(&w->space, &ca);
	pthread_condattr_destroy(&ca);
	/* now, before the tracer pins itself, is when the whole mask is known */
	if (sched_getaffinity(0, sizeof(w->mask), &w->mask) < 0)
		CPU_ZERO(&w->mask);
	return w;
}

void writer_set_wakeup(struct writer *w, void (*wakeup)(void))
{
	w->wakeup = wakeup;
}

/* Hand the current chunk to the writer (waiting while the backlog is full). */
static void handoff(struct writer *w)
{
	struct chunk *c = w->cur;
	if (!c || !c->len)
		return;
	w->cur = NULL;
	if (!w->started)
		start(w);
	pthread_mutex_lock(&w->lock);
	while (w->queued >= MAX_QUEUED && !w->failed)
		pthread_cond_wait(&w->space, &w->lock);
	if (w->tail)
		w->tail->next = c;
	else
		w->head = c;
	w->tail = c;
	w->queued += c->len;
	pthread_cond_signal(&w->ready);
	pthread_mutex_unlock(&w->lock);
	if (w->failed)
		die("%s", w->err);
}

/* Room for n more bytes in the message being built. */
static uint8_t *room(struct writer *w, size_t n)
{
	if (w->big.p || w->cur->len + n > CHUNK_SIZE) {
		/* the message moves to (or grows in) a side buffer */
		if (!w->big.p) {
			sbuf_putn(&w->big, (const char *)w->cur->data + w->msg_start, w->cur->len - w->msg_start);
			w->cur->len = w->msg_start;
		}
		if (w->big.len + n > w->big.cap)
			sbuf_grow(&w->big, n);
		uint8_t *p = (uint8_t *)w->big.p + w->big.len;
		w->big.len += n;
		return p;
	}
	uint8_t *p = w->cur->data + w->cur->len;
	w->cur->len += n;
	return p;
}

void wr_begin(struct writer *w, int stmt)
{
	if (!w->cur) {
		pthread_mutex_lock(&w->lock);
		w->cur = w->spare;
		if (w->cur)
			w->spare = w->cur->next;
		pthread_mutex_unlock(&w->lock);
		if (!w->cur)
			w->cur = xmalloc(sizeof(*w->cur) + CHUNK_SIZE);
		w->cur->next = NULL;
		w->cur->len = 0;
		w->cur->big = false;
		w->cur_since = now_mono_ns();
		if (w->wakeup)
			w->wakeup();   /* a quiet tracee must not keep these rows from the file */
	}
	w->msg_start = w->cur->len;
	w->nbind = 0;
	uint8_t *p = room(w, 2);
	p[0] = (uint8_t)stmt;
	p[1] = 0;
}

void wr_int(struct writer *w, int col, int64_t v)
{
	uint8_t *p = room(w, 10);
	p[0] = (uint8_t)col;
	p[1] = WT_INT;
	memcpy(p + 2, &v, 8);
	w->nbind++;
}

static void put_bytes(struct writer *w, int col, int type, const void *data, size_t n)
{
	if (!data)
		return;
	uint32_t l = n > INT32_MAX ? INT32_MAX : (uint32_t)n;
	uint8_t *p = room(w, 6 + l);
	p[0] = (uint8_t)col;
	p[1] = (uint8_t)type;
	memcpy(p + 2, &l, 4);
	memcpy(p + 6, data, l);
	w->nbind++;
}

void wr_text(struct writer *w, int col, const char *p, size_t n)
{
	put_bytes(w, col, WT_TEXT, p, n);
}

void wr_blob(struct writer *w, int col, const void *p, size_t n)
{
	put_bytes(w, col, WT_BLOB, p, n);
}

void wr_end(struct writer *w)
{
	if (w->big.p) {
		/* a message too large for a chunk travels alone in one of its own size */
		handoff(w);
		struct chunk *c = xmalloc(sizeof(*c) + w->big.len);
		c->next = NULL;
		c->big = true;
		c->len = w->big.len;
		memcpy(c->data, w->big.p, w->big.len);
		c->data[1] = w->nbind;
		sbuf_free(&w->big);
		w->cur = c;
		handoff(w);
		return;
	}
	w->cur->data[w->msg_start + 1] = w->nbind;
	/* the clock is read every 64 rows (and when idle): rows come by the ten thousand a second */
	if (w->cur->len + 4096 > CHUNK_SIZE || (++w->nmsg % 64 == 0 && now_mono_ns() - w->cur_since >= HANDOFF_NS))
		handoff(w);
	else if (w->failed)
		die("%s", w->err);
}

bool wr_tick(struct writer *w)
{
	if (w->cur && w->cur->len && now_mono_ns() - w->cur_since >= HANDOFF_NS)
		handoff(w);
	return w->cur && w->cur->len;
}

uint64_t writer_finish(struct writer *w)
{
	handoff(w);
	if (w->started) {
		pthread_mutex_lock(&w->lock);
		w->closing = true;
		pthread_cond_signal(&w->ready);
		pthread_mutex_unlock(&w->lock);
		pthread_join(w->thread, NULL);
	}
	for (int i = 0; i < WS_NSTMT; i++)
		sqlite3_finalize(w->stmt[i]);
	pgw_free(w->pg);
	pthread_mutex_destroy(&w->lock);
	pthread_cond_destroy(&w->ready);
	pthread_cond_destroy(&w->space);
	bool failed = w->failed;
	char err[sizeof(w->err)];
	memcpy(err, w->err, sizeof(err));
	uint64_t busy = w->busy_ns;
	free(w->cur);
	while (w->spare) {
		struct chunk *c = w->spare;
		w->spare = c->next;
		free(c);
	}
	free(w);
	if (failed)
		die("%s", err);
	return busy;
}
