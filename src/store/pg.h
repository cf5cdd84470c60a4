/*
 * pg.h - the trace store in a PostgreSQL database (docs/POSTGRES.md): the
 * same tables as the SQLite file, in a schema of their own, every row with
 * its host, so many machines record into one server.  libpq does the
 * talking; rows travel by COPY.
 */
#ifndef SCTRACE_PG_H
#define SCTRACE_PG_H

#include "tables.h"

#include <stddef.h>
#include <stdint.h>

#define PG_SCHEMA "sctrace"
#define PG_SCHEMA_VERSION 1

struct pg;
struct sbuf;
struct store;
struct wbind;

/* pg.c: connecting, the schema, statements.  Errors: one "sctrace:" line and exit. */
struct store *pg_store_create(const char *url);   /* record: the schema made if absent */
struct pg *pg_connect(const char *url, const char *display);
/* Check the schema; create it if absent and create is set. */
void pg_schema(struct pg *pg, bool create);
/* Has the schema this column?  (one an older sctrace made may not; known after pg_schema) */
bool pg_has_column(struct pg *pg, const char *table, const char *col);
void pg_exec(struct pg *pg, const char *sql, const char *what);
int64_t pg_add_session(struct pg *pg, const char *const vals[]);
void pg_close(struct pg *pg);
/* The URL without its password (for messages and the record). */
char *pg_display_url(const char *url);
/* url with any password replaced, if arg holds one; else NULL. */
char *pg_redact_arg(const char *arg);
/* COPY's text format: a field of text (made valid UTF-8, no NUL), a bytea field. */
void pg_copy_text(struct sbuf *b, const char *p, size_t n);
void pg_copy_blob(struct sbuf *b, const void *p, size_t n);
/* ... and as SQL literals ('text', '\x00'::bytea) */
void pg_sql_text(struct sbuf *b, const char *p, size_t n);
void pg_sql_blob(struct sbuf *b, const void *p, size_t n);
/* The COPY ... FROM STDIN statement for table t: session_id, host, then the other columns. */
void pg_copy_sql(struct sbuf *sql, int table, const char *const *cols);
/* A COPY FROM STDIN in steps: begin, put rows, end (ok false: abandon it); false on failure. */
bool pg_copy_begin(struct pg *pg, const char *sql);
bool pg_copy_put(struct pg *pg, const char *data, size_t len);
bool pg_copy_end(struct pg *pg, bool ok);
/* All of it at once: false with err set on failure. */
bool pg_copy_in(struct pg *pg, const char *sql, const char *data, size_t len, char *err, size_t errlen);
/* libpq's last message, on one line. */
const char *pg_error(struct pg *pg);
struct pg_conn;                 /* libpq's PGconn */
struct pg_conn *pg_conn(struct pg *pg);
const char *pg_display(struct pg *pg);

/* pg_writer.c: the writer thread's PostgreSQL side (writer.c) */
struct pgw;
struct pgw *pgw_new(struct pg *pg, int64_t session, const char *host);
void pgw_row(struct pgw *w, int stmt, const struct wbind *b, unsigned n);
size_t pgw_pending(const struct pgw *w);
/* Write the rows so far in one transaction; false with err set on failure. */
bool pgw_flush(struct pgw *w, char *err, size_t errlen);
void pgw_free(struct pgw *w);

/* pg_load.c: one trace into a temporary SQLite store; push: a SQLite store into PostgreSQL */
struct store *pg_store_open(const char *url, const char *host, int64_t id);
struct push_stats {
	int64_t id;                /* the trace's number in PostgreSQL */
	const char *host;
	uint64_t rows[TB_N];
};
/* Every session of src into pg, in one transaction; host overrides the recorded one. */
void pg_push(struct store *src, struct pg *pg, const char *host,
	     void (*done)(const struct push_stats *s, void *arg), void *arg);

#endif
