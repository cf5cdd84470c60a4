/*
 * test_store_tables.c - the store's tables as data (tables.c) agree with
 * the SQLite schema store.c creates, column for column and type for type;
 * every recorder statement names columns of its table and prepares; and
 * the PostgreSQL side's text forms: COPY escaping, literals, URL redaction.
 */
#include "unit.h"
#include "pg.h"
#include "sbuf.h"
#include "store.h"
#include "tables.h"

#include <stdlib.h>

static char decl_type(const char *t)
{
	return !strcmp(t, "INTEGER") ? COL_INT : !strcmp(t, "TEXT") ? COL_TEXT : !strcmp(t, "BLOB") ? COL_BLOB : '?';
}

static void check_schema(void)
{
	struct store *st = store_create_temp("test");
	for (int i = 0; i < TB_N; i++) {
		const struct store_table *t = &store_tables[i];
		char sql[128];
		snprintf(sql, sizeof(sql), "SELECT name, type FROM pragma_table_info('%s') ORDER BY cid", t->name);
		sqlite3_stmt *s = store_prepare(st, sql);
		unsigned n = 0;
		while (sqlite3_step(s) == SQLITE_ROW) {
			CHECK(n < t->ncols);
			if (n < t->ncols) {
				CHECK_STR(t->cols[n].name, (const char *)sqlite3_column_text(s, 0));
				CHECK(t->cols[n].type == decl_type((const char *)sqlite3_column_text(s, 1)));
			}
			n++;
		}
		CHECK(n == t->ncols);
		CHECK(store_col_index(t, t->key) >= 0);
		sqlite3_finalize(s);
	}
	struct sbuf sql = { 0 };
	for (int i = 0; i < WS_NSTMT; i++) {
		const struct store_stmt *s = &store_stmts[i];
		for (unsigned k = 0; s->cols[k]; k++)
			CHECK(store_col_index(&store_tables[s->table], s->cols[k]) >= 0);
		store_stmt_sqlite(i, &sql);
		sqlite3_stmt *p = NULL;
		CHECK(sqlite3_prepare_v2(st->db, sql.p, -1, &p, NULL) == SQLITE_OK);
		CHECK(sqlite3_bind_parameter_count(p) == (int)store_stmt_ncols(s) + 1);
		sqlite3_finalize(p);
	}
	store_stmt_sqlite(WS_THREAD_END, &sql);
	CHECK_STR(sql.p, "UPDATE thread SET end_ns = ?2 WHERE utid = ?3 AND session_id = ?1");
	store_stmt_sqlite(WS_THREAD, &sql);
	CHECK_STR(sql.p, "INSERT INTO thread (session_id, tid, upid, name, start_ns, utid) VALUES (?1,?2,?3,?4,?5,?6)");
	sbuf_free(&sql);
	store_close(st);
}

#define TEXT_IS(fn, in, n, want) do { \
	struct sbuf b_ = { 0 }; \
	fn(&b_, in, n); \
	sbuf_putc(&b_, '\0'); \
	CHECK_STR(b_.p, want); \
	sbuf_free(&b_); \
} while (0)

static void check_text(void)
{
	TEXT_IS(pg_copy_text, "plain", 5, "plain");
	TEXT_IS(pg_copy_text, "a\tb\nc\rd\\e", 9, "a\\tb\\nc\\rd\\\\e");
	/* invalid UTF-8 and NUL: U+FFFD each; valid multibyte passes */
	TEXT_IS(pg_copy_text, "x\xffy\0z\xc3\xa9", 7, "x\xef\xbf\xbdy\xef\xbf\xbdz\xc3\xa9");
	TEXT_IS(pg_copy_text, "\xe2\x82", 2, "\xef\xbf\xbd\xef\xbf\xbd");
	TEXT_IS(pg_copy_blob, "\x00\x01\xfe", 3, "\\\\x0001fe");
	TEXT_IS(pg_sql_text, "it's\t\\", 6, "'it''s\t\\'");
	TEXT_IS(pg_sql_blob, "\x0a", 1, "'\\x0a'::bytea");
}

static void check_urls(void)
{
	static const char *const cases[][2] = {
		{ "postgresql://u:secret@h:5432/db", "postgresql://u:***@h:5432/db" },
		{ "postgres://u@h/db", "postgres://u@h/db" },
		{ "postgresql://h/db?user=u&password=pw&sslmode=require", "postgresql://h/db?user=u&password=***&sslmode=require" },
		{ "postgresql://h:1/db?password=pw", "postgresql://h:1/db?password=***" },
		{ "postgresql:///db", "postgresql:///db" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *d = pg_display_url(cases[i][0]);
		CHECK_STR(d, cases[i][1]);
		free(d);
	}
	char *r = pg_redact_arg("-wpostgresql://u:pw@h/db");
	CHECK_STR(r, "-wpostgresql://u:***@h/db");
	free(r);
	CHECK(pg_redact_arg("-f") == NULL);
	CHECK(pg_redact_arg("postgresql://u@h/db") == NULL);
	CHECK(store_is_url("postgresql://x") && store_is_url("postgres://x"));
	CHECK(!store_is_url("postgresql:x") && !store_is_url("sctrace.db"));
}

int main(void)
{
	check_schema();
	check_text();
	check_urls();
	return unit_report("store_tables");
}
