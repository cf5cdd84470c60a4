/*
 * pg_writer.c - the writer thread's PostgreSQL side (writer.c hands it the
 * recorder's rows): inserts become lines of COPY text, one buffer per
 * table, updates (a thread's end, a process's exec and exit) become UPDATE
 * statements; pgw_flush sends them all in one transaction (every 100 ms, as
 * the SQLite writer commits), the COPYs first, so an update always finds
 * its row.  A killed recorder leaves whole transactions only.
 */
#include "pg.h"
#include "writer.h"
#include "common.h"
#include "sbuf.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_BINDS 40

struct pgw {
	struct pg *pg;
	int64_t session;
	struct sbuf prefix;        /* "SESSION\tHOST\t", the start of every row */
	struct sbuf copy[TB_N];    /* rows waiting, COPY text */
	struct sbuf copy_sql[TB_N];
	struct sbuf upd;           /* UPDATE statements waiting */
	int64_t next_id[TB_N];     /* syscall and event rows are numbered here */
	bool numbered[TB_N];
};

struct pgw *pgw_new(struct pg *pg, int64_t session, const char *host)
{
	struct pgw *w = xcalloc(1, sizeof(*w));
	w->pg = pg;
	w->session = session;
	sbuf_put_dec(&w->prefix, session);
	sbuf_putc(&w->prefix, '\t');
	pg_copy_text(&w->prefix, host, strlen(host));
	sbuf_putc(&w->prefix, '\t');
	for (int i = 0; i < WS_NSTMT; i++) {
		const struct store_stmt *s = &store_stmts[i];
		if (s->update)
			continue;
		const struct store_table *t = &store_tables[s->table];
		unsigned n = store_stmt_ncols(s);
		const char *cols[MAX_BINDS + 2];
		unsigned k = 0;
		bool keyed = false;
		for (unsigned j = 0; j < n; j++)
			keyed |= !strcmp(s->cols[j], t->key);
		if (!keyed)   /* SQLite's rowid: numbered in the order written */
			cols[k++] = t->key;
		w->numbered[s->table] = !keyed;
		for (unsigned j = 0; j < n; j++)
			cols[k++] = s->cols[j];
		cols[k] = NULL;
		pg_copy_sql(&w->copy_sql[s->table], s->table, cols);
	}
	return w;
}

/* A value as an SQL literal (updates). */
static void literal(struct pgw *w, const struct wbind *v)
{
	if (!v)
		sbuf_puts(&w->upd, "NULL");
	else if (v->type == WT_INT)
		sbuf_put_dec(&w->upd, v->i);
	else if (v->type == WT_TEXT)
		pg_sql_text(&w->upd, v->p, v->len);
	else
		pg_sql_blob(&w->upd, v->p, v->len);
}

void pgw_row(struct pgw *w, int stmt, const struct wbind *b, unsigned n)
{
	const struct store_stmt *s = &store_stmts[stmt];
	unsigned ncols = store_stmt_ncols(s);
	const struct wbind *at[MAX_BINDS + 2] = { 0 };
	for (unsigned i = 0; i < n; i++)
		if (b[i].col >= 2 && b[i].col <= ncols + 1)
			at[b[i].col] = &b[i];
	if (s->update) {
		sbuf_printf(&w->upd, "UPDATE " PG_SCHEMA ".%s SET ", store_tables[s->table].name);
		for (unsigned k = 0; k + 1 < ncols; k++) {
			sbuf_printf(&w->upd, "%s%s = ", k ? ", " : "", s->cols[k]);
			literal(w, at[k + 2]);
		}
		sbuf_printf(&w->upd, " WHERE session_id = %lld AND %s = ", (long long)w->session, s->cols[ncols - 1]);
		literal(w, at[ncols + 1]);
		sbuf_puts(&w->upd, ";\n");
		return;
	}
	struct sbuf *o = &w->copy[s->table];
	sbuf_putn(o, w->prefix.p, w->prefix.len);
	if (w->numbered[s->table]) {
		sbuf_put_dec(o, ++w->next_id[s->table]);
		sbuf_putc(o, '\t');
	}
	for (unsigned k = 0; k < ncols; k++) {
		const struct wbind *v = at[k + 2];
		if (k)
			sbuf_putc(o, '\t');
		if (!v)
			sbuf_puts(o, "\\N");
		else if (v->type == WT_INT)
			sbuf_put_dec(o, v->i);
		else if (v->type == WT_TEXT)
			pg_copy_text(o, v->p, v->len);
		else
			pg_copy_blob(o, v->p, v->len);
	}
	sbuf_putc(o, '\n');
}

size_t pgw_pending(const struct pgw *w)
{
	size_t n = w->upd.len;
	for (int i = 0; i < TB_N; i++)
		n += w->copy[i].len;
	return n;
}

static bool run(struct pgw *w, const char *sql, char *err, size_t errlen)
{
	PGresult *r = PQexec(pg_conn(w->pg), sql);
	bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
	PQclear(r);
	if (!ok)
		snprintf(err, errlen, "%s", pg_error(w->pg));
	return ok;
}

bool pgw_flush(struct pgw *w, char *err, size_t errlen)
{
	if (!pgw_pending(w))
		return true;
	bool ok = run(w, "BEGIN", err, errlen);
	/* processes and threads before the rows that name them, all before the updates */
	static const int order[] = { TB_PROCESS, TB_THREAD, TB_SYSCALL, TB_EVENT };
	for (size_t i = 0; ok && i < ARRAY_SIZE(order); i++) {
		struct sbuf *c = &w->copy[order[i]];
		if (c->len)
			ok = pg_copy_in(w->pg, w->copy_sql[order[i]].p, c->p, c->len, err, errlen);
		c->len = 0;
	}
	if (ok && w->upd.len) {
		sbuf_putc(&w->upd, '\0');
		ok = run(w, w->upd.p, err, errlen);
	}
	w->upd.len = 0;
	if (ok)
		ok = run(w, "COMMIT", err, errlen);
	else
		PQclear(PQexec(pg_conn(w->pg), "ROLLBACK"));
	return ok;
}

void pgw_free(struct pgw *w)
{
	if (!w)
		return;
	for (int i = 0; i < TB_N; i++) {
		sbuf_free(&w->copy[i]);
		sbuf_free(&w->copy_sql[i]);
	}
	sbuf_free(&w->prefix);
	sbuf_free(&w->upd);
	free(w);
}
