/*
 * pg_load.c - traces between PostgreSQL and SQLite.  Reading: the selected
 * trace is copied (COPY ... TO STDOUT) into a temporary SQLite store, so
 * replay, report and export run on it unchanged, their SQL and all.
 * Pushing: every session of a SQLite store into PostgreSQL by COPY, in
 * one transaction, so a failed push leaves nothing behind.
 */
#include "pg.h"
#include "store.h"
#include "common.h"
#include "sbuf.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

/* ---- PostgreSQL -> a temporary SQLite store ---- */

/* One query with text parameters; dies on failure. */
static PGresult *query(struct pg *pg, const char *sql, int n, const char *const *params, const char *what)
{
	PGresult *r = PQexecParams(pg_conn(pg), sql, n, NULL, params, NULL, NULL, 0);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		PQclear(r);
		die("%s: %s: %s", pg_display(pg), what, pg_error(pg));
	}
	return r;
}

/* die() with a message that may quote r's values, r freed first (no leak at exit) */
static void __attribute__((noreturn, format(printf, 2, 3))) die_clear(PGresult *r, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	PQclear(r);
	die("%s", msg);
}

/* The trace --host/--trace-id name, or the most recent one. */
static int64_t pick_trace(struct pg *pg, const char *host, int64_t id)
{
	char idtext[32];
	snprintf(idtext, sizeof(idtext), "%lld", (long long)id);
	const char *p[2] = { id ? idtext : host, host };
	PGresult *r;
	if (id) {
		r = query(pg, "SELECT id, host FROM " PG_SCHEMA ".session WHERE id = $1", 1, p, "cannot read the traces");
		if (PQntuples(r) != 1)
			die_clear(r, "%s: no trace %lld in this database", pg_display(pg), (long long)id);
		if (host && strcmp(PQgetvalue(r, 0, 1), host))
			die_clear(r, "%s: trace %lld was recorded by host '%s', not '%s'", pg_display(pg), (long long)id,
				  PQgetvalue(r, 0, 1), host);
	} else if (host) {
		r = query(pg, "SELECT max(id) FROM " PG_SCHEMA ".session WHERE host = $1", 1, p, "cannot read the traces");
		if (PQgetisnull(r, 0, 0)) {
			PQclear(r);
			r = query(pg, "SELECT string_agg(DISTINCT host, ', ') FROM " PG_SCHEMA ".session", 0, NULL,
				  "cannot read the traces");
			die_clear(r, "%s: no trace of host '%s' (hosts: %s)", pg_display(pg), host,
				  PQgetisnull(r, 0, 0) ? "none" : PQgetvalue(r, 0, 0));
		}
	} else {
		r = query(pg, "SELECT max(id) FROM " PG_SCHEMA ".session", 0, NULL, "cannot read the traces");
		if (PQgetisnull(r, 0, 0))
			die_clear(r, "%s: holds no recorded trace", pg_display(pg));
	}
	int64_t v = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return v;
}

/* COPY text's escapes undone in place; false for \N (NULL). */
static bool unescape(char *f, size_t *len)
{
	if (*len == 2 && f[0] == '\\' && f[1] == 'N')
		return false;
	size_t o = 0;
	for (size_t i = 0; i < *len; i++) {
		char c = f[i];
		if (c == '\\' && i + 1 < *len) {
			char e = f[++i];
			switch (e) {
			case 'b': c = '\b'; break;
			case 'f': c = '\f'; break;
			case 'n': c = '\n'; break;
			case 'r': c = '\r'; break;
			case 't': c = '\t'; break;
			case 'v': c = '\v'; break;
			default: c = e; break;   /* \\ and any other character stands for itself */
			}
		}
		f[o++] = c;
	}
	*len = o;
	return true;
}

static int hexval(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* bytea's hex form (\x0a1b...) decoded in place */
static bool unhex(char *f, size_t *len)
{
	if (*len < 2 || f[0] != '\\' || f[1] != 'x' || (*len & 1))
		return false;
	size_t n = (*len - 2) / 2;
	for (size_t i = 0; i < n; i++) {
		int hi = hexval(f[2 + 2 * i]), lo = hexval(f[3 + 2 * i]);
		if (hi < 0 || lo < 0)
			return false;
		f[i] = (char)(hi << 4 | lo);
	}
	*len = n;
	return true;
}

/* One table's rows of the trace into the same table of dst. */
static void load_table(struct pg *pg, struct store *dst, int table, int64_t id)
{
	const struct store_table *t = &store_tables[table];
	struct sbuf sel = { 0 }, ins = { 0 };
	sbuf_puts(&sel, "COPY (SELECT ");
	sbuf_printf(&ins, "INSERT INTO %s VALUES (", t->name);
	for (unsigned i = 0; i < t->ncols; i++) {
		sbuf_printf(&sel, "%s%s", i ? ", " : "", pg_has_column(pg, t->name, t->cols[i].name) ? t->cols[i].name : "NULL");
		sbuf_puts(&ins, i ? ",?" : "?");
	}
	sbuf_printf(&sel, " FROM " PG_SCHEMA ".%s WHERE %s = %lld ORDER BY %s) TO STDOUT", t->name,
		    table == TB_SESSION ? "id" : "session_id", (long long)id, t->key);
	sbuf_putc(&sel, '\0');
	sbuf_putc(&ins, ')');
	sbuf_putc(&ins, '\0');
	sqlite3_stmt *s = store_prepare(dst, ins.p);
	PGconn *c = pg_conn(pg);
	PGresult *r = PQexec(c, sel.p);
	bool ok = PQresultStatus(r) == PGRES_COPY_OUT;
	PQclear(r);
	if (!ok)
		die("%s: cannot read the trace: %s", pg_display(pg), pg_error(pg));
	char *row;
	int n;
	while ((n = PQgetCopyData(c, &row, 0)) > 0) {
		char *p = row, *end = row + n;
		if (end > p && end[-1] == '\n')
			end--;
		for (unsigned i = 0; i < t->ncols; i++) {
			char *tab = memchr(p, '\t', (size_t)(end - p));
			char *fe = tab ? tab : end;
			size_t len = (size_t)(fe - p);
			if (unescape(p, &len)) {
				char type = t->cols[i].type;
				if (type == COL_INT) {
					p[len] = 0;
					sqlite3_bind_int64(s, (int)i + 1, strtoll(p, NULL, 10));
				} else if (type == COL_TEXT) {
					sqlite3_bind_text(s, (int)i + 1, p, (int)len, SQLITE_STATIC);
				} else if (unhex(p, &len)) {
					sqlite3_bind_blob(s, (int)i + 1, p, (int)len, SQLITE_STATIC);
				} else {
					die("%s: cannot read the trace: a bytea that is not hex in %s.%s",
					    pg_display(pg), t->name, t->cols[i].name);
				}
			}
			p = tab ? tab + 1 : end;
		}
		if (sqlite3_step(s) != SQLITE_DONE)
			store_fail(dst, "cannot load the trace");
		sqlite3_reset(s);
		sqlite3_clear_bindings(s);
		PQfreemem(row);
	}
	ok = n == -1;
	while ((r = PQgetResult(c))) {
		ok = ok && PQresultStatus(r) == PGRES_COMMAND_OK;
		PQclear(r);
	}
	if (!ok)
		die("%s: cannot read the trace: %s", pg_display(pg), pg_error(pg));
	sqlite3_finalize(s);
	sbuf_free(&sel);
	sbuf_free(&ins);
}

struct store *pg_store_open(const char *url, const char *host, int64_t id)
{
	char *display = pg_display_url(url);
	struct pg *pg = pg_connect(url, display);
	free(display);   /* pg_display(pg) from here on */
	pg_schema(pg, false);
	/* one snapshot: a trace being recorded is read as of one moment */
	pg_exec(pg, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", "cannot read the trace");
	int64_t trace = pick_trace(pg, host, id);
	/* the report's heading and every message name the trace */
	struct sbuf name = { 0 };
	sbuf_printf(&name, "%s (trace %lld)", pg_display(pg), (long long)trace);
	sbuf_putc(&name, '\0');
	struct store *st = store_create_temp(name.p);
	st->owned_path = name.p;
	store_exec(st, "BEGIN");
	for (int i = 0; i < TB_N; i++)
		load_table(pg, st, i, trace);
	store_exec(st, "COMMIT");
	pg_exec(pg, "COMMIT", "cannot read the trace");
	pg_close(pg);
	store_build_indexes(st);
	st->session_id = trace;
	return st;
}

/* ---- a SQLite store -> PostgreSQL ---- */

/* Does the SQLite table have the column (stores older than a column lack it)? */
static bool has_column(struct store *src, const char *table, const char *col)
{
	char sql[128];
	snprintf(sql, sizeof(sql), "SELECT 1 FROM pragma_table_info('%s') WHERE name = ?", table);
	sqlite3_stmt *s = store_prepare(src, sql);
	sqlite3_bind_text(s, 1, col, -1, SQLITE_STATIC);
	bool yes = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_finalize(s);
	return yes;
}

/* One row's columns (from 1: column 0 is session_id, replaced) as COPY text. */
static void copy_row(struct sbuf *b, sqlite3_stmt *s, const struct store_table *t, const char *prefix, size_t plen)
{
	sbuf_putn(b, prefix, plen);
	int col = 0;
	for (unsigned i = 0; i < t->ncols; i++) {
		if (!strcmp(t->cols[i].name, "session_id"))
			continue;
		if (col)
			sbuf_putc(b, '\t');
		if (sqlite3_column_type(s, col) == SQLITE_NULL)
			sbuf_puts(b, "\\N");
		else if (t->cols[i].type == COL_INT)
			sbuf_put_dec(b, sqlite3_column_int64(s, col));
		else if (t->cols[i].type == COL_TEXT)
			pg_copy_text(b, (const char *)sqlite3_column_text(s, col), (size_t)sqlite3_column_bytes(s, col));
		else
			pg_copy_blob(b, sqlite3_column_blob(s, col), (size_t)sqlite3_column_bytes(s, col));
		col++;
	}
	sbuf_putc(b, '\n');
}

static uint64_t push_table(struct store *src, struct pg *pg, int table, int64_t from, int64_t to, const char *host)
{
	const struct store_table *t = &store_tables[table];
	struct sbuf sel = { 0 }, copy = { 0 }, data = { 0 };
	const char *cols[t->ncols + 1];
	unsigned nc = 0;
	sbuf_puts(&sel, "SELECT ");
	for (unsigned i = 0; i < t->ncols; i++) {
		const char *c = t->cols[i].name;
		if (!strcmp(c, "session_id"))
			continue;
		sbuf_printf(&sel, "%s%s", nc ? ", " : "", has_column(src, t->name, c) ? c : "NULL");
		cols[nc++] = c;
	}
	cols[nc] = NULL;
	sbuf_printf(&sel, " FROM %s WHERE session_id = ? ORDER BY %s", t->name, t->key);
	sbuf_putc(&sel, '\0');
	pg_copy_sql(&copy, table, cols);
	sqlite3_stmt *s = store_prepare(src, sel.p);
	sqlite3_bind_int64(s, 1, from);
	struct sbuf prefix = { 0 };
	sbuf_put_dec(&prefix, to);
	sbuf_putc(&prefix, '\t');
	pg_copy_text(&prefix, host, strlen(host));
	sbuf_putc(&prefix, '\t');
	if (!pg_copy_begin(pg, copy.p))
		die("%s: cannot write the trace: %s", pg_display(pg), pg_error(pg));
	uint64_t rows = 0;
	bool ok = true;
	int rc;
	while (ok && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		copy_row(&data, s, t, prefix.p, prefix.len);
		rows++;
		if (data.len >= (1u << 20)) {
			ok = pg_copy_put(pg, data.p, data.len);
			data.len = 0;
		}
	}
	if (ok && rc != SQLITE_DONE)
		store_fail(src, "cannot read the trace");
	ok = ok && pg_copy_put(pg, data.p, data.len);
	if (!pg_copy_end(pg, ok))
		die("%s: cannot write the trace: %s", pg_display(pg), pg_error(pg));
	sqlite3_finalize(s);
	sbuf_free(&sel);
	sbuf_free(&copy);
	sbuf_free(&data);
	sbuf_free(&prefix);
	return rows;
}

void pg_push(struct store *src, struct pg *pg, const char *host,
	     void (*done)(const struct push_stats *s, void *arg), void *arg)
{
	const struct store_table *t = &store_tables[TB_SESSION];
	struct sbuf sel = { 0 };
	sbuf_puts(&sel, "SELECT ");
	for (unsigned i = 0; i < t->ncols; i++)
		sbuf_printf(&sel, "%s%s", i ? ", " : "", has_column(src, "session", t->cols[i].name) ? t->cols[i].name : "NULL");
	sbuf_puts(&sel, " FROM session ORDER BY id");
	sbuf_putc(&sel, '\0');
	sqlite3_stmt *s = store_prepare(src, sel.p);
	sbuf_free(&sel);
	int hostcol = store_col_index(t, "host");
	struct utsname u;
	const char *local = uname(&u) == 0 ? u.nodename : "unknown";
	struct push_stats *all = NULL;
	size_t n = 0;
	pg_exec(pg, "BEGIN", "cannot write the trace");
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *vals[t->ncols];
		for (unsigned i = 0; i < t->ncols; i++)
			vals[i] = (const char *)sqlite3_column_text(s, (int)i);
		if (host)
			vals[hostcol] = host;
		else if (!vals[hostcol])
			vals[hostcol] = local;
		all = xrealloc(all, (n + 1) * sizeof(*all));
		struct push_stats *ps = &all[n++];
		memset(ps, 0, sizeof(*ps));
		ps->host = xstrdup(vals[hostcol]);
		int64_t from = sqlite3_column_int64(s, 0);
		ps->id = pg_add_session(pg, vals);
		for (int k = 0; k < TB_N; k++)
			if (k != TB_SESSION)
				ps->rows[k] = push_table(src, pg, k, from, ps->id, ps->host);
		ps->rows[TB_SESSION] = 1;
	}
	sqlite3_finalize(s);
	pg_exec(pg, "COMMIT", "cannot write the trace");
	/* told only once it is all in */
	for (size_t i = 0; i < n; i++) {
		done(&all[i], arg);
		free((char *)all[i].host);
	}
	free(all);
}
