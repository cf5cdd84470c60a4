/*
 * pg.c - a PostgreSQL database as the trace store (pg.h, docs/POSTGRES.md):
 * connecting with a libpq URI, the schema (made from tables.h, in schema
 * "sctrace", versioned in its meta table; created under an advisory lock
 * so hosts starting together do not race), the session row, and COPY's
 * text format.  Every failure is one "sctrace:" line with libpq's reason.
 */
#include "pg.h"
#include "store.h"
#include "common.h"
#include "json.h"
#include "sbuf.h"

#include <libpq-fe.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pg {
	PGconn *c;
	char *display;             /* the URL without its password */
	char err[512];
	char *columns;             /* " table.column ..." the schema has (pg_schema) */
};

static const char hexd[] = "0123456789abcdef";

enum { ESC_NONE, ESC_COPY, ESC_QUOTE };
static void put_text(struct sbuf *b, const char *p, size_t n, int esc);

PGconn *pg_conn(struct pg *pg)
{
	return pg->c;
}

const char *pg_display(struct pg *pg)
{
	return pg->display;
}

/* libpq's messages run over several lines (a hint, a detail): the first one, trimmed */
const char *pg_error(struct pg *pg)
{
	const char *m = PQerrorMessage(pg->c);
	size_t n = strcspn(m, "\n");
	while (n && (m[n - 1] == ' ' || m[n - 1] == '\t'))
		n--;
	snprintf(pg->err, sizeof(pg->err), "%.*s", (int)n, m);
	/* "FATAL:  password authentication failed": one space is enough */
	for (char *p = pg->err; (p = strstr(p, ":  ")); )
		memmove(p + 1, p + 2, strlen(p + 2) + 1);
	return pg->err;
}

static ATTR_NORETURN void fail(struct pg *pg, const char *what)
{
	die("%s: %s: %s", pg->display, what, pg_error(pg));
}

/* Where "user:password@" or "password=" is in a URI, and how long the password is. */
static const char *find_password(const char *url, size_t *len)
{
	const char *p = strstr(url, "://");
	if (!p)
		return NULL;
	p += 3;
	size_t auth = strcspn(p, "@/?");
	if (p[auth] == '@') {
		const char *colon = memchr(p, ':', auth);
		if (colon) {
			*len = (size_t)(p + auth - colon - 1);
			return colon + 1;
		}
	}
	const char *q = strchr(p, '?');
	while (q) {
		q++;
		if (!strncmp(q, "password=", 9)) {
			*len = strcspn(q + 9, "&");
			return q + 9;
		}
		q = strchr(q, '&');
	}
	return NULL;
}

char *pg_display_url(const char *url)
{
	size_t len;
	const char *pw = find_password(url, &len);
	if (!pw)
		return xstrdup(url);
	struct sbuf b = { 0 };
	sbuf_putn(&b, url, (size_t)(pw - url));
	sbuf_puts(&b, "***");
	sbuf_puts(&b, pw + len);
	sbuf_putc(&b, '\0');
	return b.p;
}

char *pg_redact_arg(const char *arg)
{
	const char *u = strstr(arg, "postgres");
	size_t len;
	if (!u || !find_password(u, &len))
		return NULL;
	char *shown = pg_display_url(u);
	struct sbuf b = { 0 };
	sbuf_putn(&b, arg, (size_t)(u - arg));
	sbuf_puts(&b, shown);
	sbuf_putc(&b, '\0');
	free(shown);
	return b.p;
}

static void quiet_notices(void *arg, const char *msg)
{
	(void)arg;
	(void)msg;   /* the server's notices are not the user's business; its errors come as results */
}

/* the connection in use: die() exits without closing it, and it stays reachable (not a leak) */
static struct pg *open_pg;

struct pg *pg_connect(const char *url, const char *display)
{
	struct pg *pg = xcalloc(1, sizeof(*pg));
	open_pg = pg;
	pg->display = xstrdup(display);
	/* the URL may set connect_timeout and application_name; the encoding is ours */
	const char *const keys[] = { "connect_timeout", "application_name", "dbname", "client_encoding", NULL };
	const char *const vals[] = { "10", "sctrace", url, "UTF8", NULL };
	pg->c = PQconnectdbParams(keys, vals, 1);
	if (!pg->c)
		die("%s: cannot connect: out of memory", display);
	if (PQstatus(pg->c) != CONNECTION_OK)
		fail(pg, "cannot connect");
	PQsetNoticeProcessor(pg->c, quiet_notices, NULL);
	const char *enc = PQparameterStatus(pg->c, "server_encoding");
	if (enc && strcmp(enc, "UTF8") && strcmp(enc, "SQL_ASCII"))
		die("%s: the database's encoding is %s; a trace store needs UTF8 (or SQL_ASCII)", display, enc);
	pg_exec(pg, "SET standard_conforming_strings = on; SET bytea_output = hex", "cannot set up the session");
	return pg;
}

void pg_close(struct pg *pg)
{
	if (!pg)
		return;
	if (open_pg == pg)
		open_pg = NULL;
	PQfinish(pg->c);
	free(pg->display);
	free(pg->columns);
	free(pg);
}

void pg_exec(struct pg *pg, const char *sql, const char *what)
{
	PGresult *r = PQexec(pg->c, sql);
	ExecStatusType s = PQresultStatus(r);
	PQclear(r);
	if (s != PGRES_COMMAND_OK && s != PGRES_TUPLES_OK)
		fail(pg, what);
}

/* One row of one column (NULL: none, or SQL NULL); the caller frees it. */
static char *query_one(struct pg *pg, const char *sql, const char *what)
{
	PGresult *r = PQexec(pg->c, sql);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		PQclear(r);
		fail(pg, what);
	}
	char *v = PQntuples(r) && !PQgetisnull(r, 0, 0) ? xstrdup(PQgetvalue(r, 0, 0)) : NULL;
	PQclear(r);
	return v;
}

/* ---- the schema ---- */

static const char *pg_type(char t)
{
	return t == COL_INT ? "bigint" : t == COL_TEXT ? "text" : "bytea";
}

/* The tables of tables.h, each row with its host; views and indexes as the SQLite store's. */
static void schema_sql(struct sbuf *b, bool make_schema)
{
	/* an empty schema made for us: its owner may not CREATE in the database (IF NOT EXISTS asks) */
	if (make_schema)
		sbuf_puts(b, "CREATE SCHEMA " PG_SCHEMA ";\n");
	sbuf_puts(b, "CREATE TABLE " PG_SCHEMA ".meta (key text PRIMARY KEY, value text);\n");
	for (int i = 0; i < TB_N; i++) {
		const struct store_table *t = &store_tables[i];
		sbuf_printf(b, "CREATE TABLE " PG_SCHEMA ".%s (", t->name);
		for (unsigned k = 0; k < t->ncols; k++) {
			const struct store_col *c = &t->cols[k];
			if (i == TB_SESSION && !strcmp(c->name, "id"))
				sbuf_puts(b, "id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
			else if (i == TB_SESSION && !strcmp(c->name, "host"))
				sbuf_puts(b, ", host text NOT NULL");
			else
				sbuf_printf(b, "%s%s %s%s", k ? ", " : "", c->name, pg_type(c->type),
					    !strcmp(c->name, "session_id") ? " NOT NULL" : "");
			if (!strcmp(c->name, "session_id"))
				sbuf_puts(b, ", host text NOT NULL");
		}
		if (i != TB_SESSION)
			sbuf_printf(b, ", PRIMARY KEY (session_id, %s)", t->key);
		sbuf_puts(b, ");\n");
	}
	sbuf_puts(b,
		"CREATE INDEX ON " PG_SCHEMA ".session (host, id);\n"
		"CREATE INDEX ON " PG_SCHEMA ".syscall (name, ts);\n"
		"CREATE INDEX ON " PG_SCHEMA ".syscall (pid, ts);\n"
		"CREATE INDEX ON " PG_SCHEMA ".syscall (path) WHERE path IS NOT NULL;\n"
		"CREATE INDEX ON " PG_SCHEMA ".syscall (ts);\n"
		"CREATE INDEX ON " PG_SCHEMA ".event (kind, ts);\n"
		"CREATE VIEW " PG_SCHEMA ".slice AS SELECT session_id, host, id, ts, dur, name, utid, tid, pid, "
		"ret, errno_name, args FROM " PG_SCHEMA ".syscall;\n");
	sbuf_printf(b, "INSERT INTO " PG_SCHEMA ".meta VALUES ('application', 'sctrace'), "
		    "('schema_version', '%d'), ('sctrace_version', '%s');\n", PG_SCHEMA_VERSION, SCTRACE_VERSION);
	sbuf_putc(b, '\0');
}

enum { SCH_OURS, SCH_ABSENT, SCH_EMPTY, SCH_FOREIGN };

/* What schema "sctrace" is here; *version set for ours. */
static int schema_state(struct pg *pg, long *version)
{
	char *n = query_one(pg, "SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace "
			    "WHERE s.nspname = '" PG_SCHEMA "') FROM pg_namespace WHERE nspname = '" PG_SCHEMA "'",
			    "cannot read the catalog");
	if (!n)
		return SCH_ABSENT;
	bool empty = !strcmp(n, "0");
	free(n);
	if (empty)
		return SCH_EMPTY;
	char *meta = query_one(pg, "SELECT to_regclass('" PG_SCHEMA ".meta')", "cannot read the catalog");
	if (!meta)
		return SCH_FOREIGN;
	free(meta);
	char *app = query_one(pg, "SELECT value FROM " PG_SCHEMA ".meta WHERE key = 'application'",
			      "cannot read the schema's version");
	char *v = query_one(pg, "SELECT value FROM " PG_SCHEMA ".meta WHERE key = 'schema_version'",
			    "cannot read the schema's version");
	bool ours = app && !strcmp(app, "sctrace") && v;
	*version = v ? strtol(v, NULL, 10) : 0;
	free(app);
	free(v);
	return ours && *version >= 1 ? SCH_OURS : SCH_FOREIGN;
}

/*
 * A schema made by an earlier sctrace of the same version may lack columns
 * added since (process.uid...): a recorder adds them, a reader reads them
 * as NULL (pg_has_column).
 */
static void add_columns(struct pg *pg, bool create)
{
	free(pg->columns);
	char *have = query_one(pg, "SELECT ' ' || string_agg(table_name || '.' || column_name, ' ') || ' ' "
			       "FROM information_schema.columns WHERE table_schema = '" PG_SCHEMA "'",
			       "cannot read the catalog");
	pg->columns = have ? have : xstrdup(" ");
	for (int i = 0; i < TB_N && create; i++) {
		const struct store_table *t = &store_tables[i];
		for (unsigned k = 0; k < t->ncols; k++) {
			if (pg_has_column(pg, t->name, t->cols[k].name))
				continue;
			char sql[256];
			snprintf(sql, sizeof(sql), "ALTER TABLE " PG_SCHEMA ".%s ADD COLUMN IF NOT EXISTS %s %s",
				 t->name, t->cols[k].name, pg_type(t->cols[k].type));
			pg_exec(pg, sql, "cannot add a column to a schema an older sctrace made");
		}
	}
}

bool pg_has_column(struct pg *pg, const char *table, const char *col)
{
	char key[128];
	snprintf(key, sizeof(key), " %s.%s ", table, col);
	return !pg->columns || strstr(pg->columns, key);
}

void pg_schema(struct pg *pg, bool create)
{
	long version = 0;
	int state = schema_state(pg, &version);
	if ((state == SCH_ABSENT || state == SCH_EMPTY) && create) {
		/* two hosts starting at once: one creates, the other finds it made */
		pg_exec(pg, "BEGIN; SELECT pg_advisory_xact_lock(1396921426)", "cannot lock the schema");
		state = schema_state(pg, &version);
		if (state == SCH_ABSENT || state == SCH_EMPTY) {
			struct sbuf sql = { 0 };
			schema_sql(&sql, state == SCH_ABSENT);
			PGresult *r = PQexec(pg->c, sql.p);
			sbuf_free(&sql);
			bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
			PQclear(r);
			if (!ok)
				fail(pg, "cannot create the trace store's schema");
			state = SCH_OURS;
			version = PG_SCHEMA_VERSION;
		}
		pg_exec(pg, "COMMIT", "cannot create the trace store's schema");
	}
	if (state == SCH_ABSENT || state == SCH_EMPTY)
		die("%s: no sctrace trace store in this database (no schema " PG_SCHEMA ")", pg->display);
	if (state == SCH_FOREIGN)
		die("%s: schema " PG_SCHEMA " is not an sctrace trace store; refusing to use it", pg->display);
	if (version > PG_SCHEMA_VERSION)
		die("%s: schema version %ld is newer than this sctrace understands (%d); upgrade sctrace",
		    pg->display, version, PG_SCHEMA_VERSION);
	add_columns(pg, create);
}

struct store *pg_store_create(const char *url)
{
	struct store *st = xcalloc(1, sizeof(*st));
	st->owned_path = pg_display_url(url);
	st->path = st->owned_path;
	st->pg = pg_connect(url, st->path);
	pg_schema(st->pg, true);
	/*
	 * A recording commits ten times a second: not waiting for each commit's
	 * WAL flush keeps the server's disk out of the tracer's way.  A crash of
	 * the server (not of sctrace) may lose the last commits, never make the
	 * store inconsistent.
	 */
	pg_exec(st->pg, "SET synchronous_commit = off", "cannot set up the session");
	return st;
}

int64_t pg_add_session(struct pg *pg, const char *const vals[])
{
	const struct store_table *t = &store_tables[TB_SESSION];
	struct sbuf sql = { 0 };
	sbuf_puts(&sql, "INSERT INTO " PG_SCHEMA ".session (");
	for (unsigned i = 1; i < t->ncols; i++)
		sbuf_printf(&sql, "%s%s", i > 1 ? ", " : "", t->cols[i].name);
	sbuf_puts(&sql, ") VALUES ($1");
	for (unsigned i = 2; i < t->ncols; i++)
		sbuf_printf(&sql, ", $%u", i);
	sbuf_puts(&sql, ") RETURNING id");
	sbuf_putc(&sql, '\0');
	/* text parameters must be valid UTF-8 like the rows' */
	struct sbuf clean[t->ncols];
	const char *params[t->ncols];
	memset(clean, 0, sizeof(clean));
	for (unsigned i = 1; i < t->ncols; i++) {
		params[i - 1] = NULL;
		if (!vals[i])
			continue;
		size_t n = strlen(vals[i]);
		if (json_utf8_valid(vals[i], n)) {
			params[i - 1] = vals[i];
			continue;
		}
		put_text(&clean[i], vals[i], n, ESC_NONE);
		sbuf_putc(&clean[i], '\0');
		params[i - 1] = clean[i].p;
	}
	PGresult *r = PQexecParams(pg->c, sql.p, (int)t->ncols - 1, NULL, params, NULL, NULL, 0);
	sbuf_free(&sql);
	for (unsigned i = 0; i < t->ncols; i++)
		sbuf_free(&clean[i]);
	if (PQresultStatus(r) != PGRES_TUPLES_OK || PQntuples(r) != 1) {
		PQclear(r);
		fail(pg, "cannot write the session");
	}
	int64_t id = strtoll(PQgetvalue(r, 0, 0), NULL, 10);
	PQclear(r);
	return id;
}

/* ---- COPY ---- */

/* Text made valid for PostgreSQL (UTF-8, no NUL: U+FFFD for each bad byte), escaped for COPY or a literal. */
static void put_text(struct sbuf *b, const char *p, size_t n, int esc)
{
	if (b->len + n * 2 + 8 > b->cap)
		sbuf_grow(b, n * 2 + 8);
	const unsigned char *s = (const unsigned char *)p;
	for (size_t i = 0; i < n; ) {
		unsigned char c = s[i];
		size_t l = c < 0x80 ? 1 : json_utf8_seq(s + i, n - i);
		if (!l || !c) {
			sbuf_puts(b, "\xef\xbf\xbd");
			i++;
			continue;
		}
		if (esc == ESC_COPY && (c == '\\' || c == '\t' || c == '\n' || c == '\r')) {
			sbuf_putc(b, '\\');
			sbuf_putc(b, c == '\\' ? '\\' : c == '\t' ? 't' : c == '\n' ? 'n' : 'r');
		} else {
			if (esc == ESC_QUOTE && c == '\'')
				sbuf_putc(b, '\'');
			sbuf_putn(b, p + i, l);
		}
		i += l;
	}
}

void pg_copy_text(struct sbuf *b, const char *p, size_t n)
{
	put_text(b, p, n, ESC_COPY);
}

void pg_sql_text(struct sbuf *b, const char *p, size_t n)
{
	sbuf_putc(b, '\'');
	put_text(b, p, n, ESC_QUOTE);
	sbuf_putc(b, '\'');
}

static void put_hex(struct sbuf *b, const void *p, size_t n, const char *lead)
{
	size_t l = strlen(lead);
	if (b->len + n * 2 + l + 1 > b->cap)
		sbuf_grow(b, n * 2 + l + 1);
	char *o = b->p + b->len;
	memcpy(o, lead, l);
	o += l;
	const unsigned char *s = p;
	for (size_t i = 0; i < n; i++) {
		*o++ = hexd[s[i] >> 4];
		*o++ = hexd[s[i] & 15];
	}
	b->len = (size_t)(o - b->p);
}

void pg_copy_blob(struct sbuf *b, const void *p, size_t n)
{
	put_hex(b, p, n, "\\\\x");   /* bytea's \x, its backslash escaped for COPY */
}

void pg_sql_blob(struct sbuf *b, const void *p, size_t n)
{
	put_hex(b, p, n, "'\\x");
	sbuf_puts(b, "'::bytea");
}

void pg_copy_sql(struct sbuf *sql, int table, const char *const *cols)
{
	sql->len = 0;
	sbuf_printf(sql, "COPY " PG_SCHEMA ".%s (session_id, host", store_tables[table].name);
	for (unsigned k = 0; cols[k]; k++)
		sbuf_printf(sql, ", %s", cols[k]);
	sbuf_puts(sql, ") FROM STDIN");
	sbuf_putc(sql, '\0');
}

bool pg_copy_begin(struct pg *pg, const char *sql)
{
	PGresult *r = PQexec(pg->c, sql);
	bool ok = PQresultStatus(r) == PGRES_COPY_IN;
	PQclear(r);
	return ok;
}

bool pg_copy_put(struct pg *pg, const char *data, size_t len)
{
	/* in pieces: libpq copies what it is given into its own buffer */
	for (size_t off = 0; off < len; off += 1u << 20) {
		size_t n = len - off < (1u << 20) ? len - off : 1u << 20;
		if (PQputCopyData(pg->c, data + off, (int)n) != 1)
			return false;
	}
	return true;
}

bool pg_copy_end(struct pg *pg, bool ok)
{
	ok = PQputCopyEnd(pg->c, ok ? NULL : "sctrace: write failed") == 1 && ok;
	PGresult *r;
	while ((r = PQgetResult(pg->c))) {
		if (PQresultStatus(r) != PGRES_COMMAND_OK)
			ok = false;
		PQclear(r);
	}
	return ok;
}

bool pg_copy_in(struct pg *pg, const char *sql, const char *data, size_t len, char *err, size_t errlen)
{
	bool ok = pg_copy_begin(pg, sql);
	if (ok)
		ok = pg_copy_end(pg, pg_copy_put(pg, data, len));
	if (!ok)
		snprintf(err, errlen, "%s", pg_error(pg));
	return ok;
}
