/*
 * tables.h - the trace store's tables and the recorder's statements as
 * data.  SQLite's INSERT/UPDATE statements, PostgreSQL's schema and COPY
 * column lists, `push` (SQLite to PostgreSQL) and the loader (PostgreSQL
 * to a temporary SQLite store) are all made from these lists, so the two
 * stores cannot drift apart (tests/unit/test_store_tables.c checks them
 * against the SQLite schema in store.c).
 */
#ifndef SCTRACE_TABLES_H
#define SCTRACE_TABLES_H

#include <stdbool.h>

struct sbuf;

enum { COL_INT = 'i', COL_TEXT = 't', COL_BLOB = 'b' };

struct store_col {
	const char *name;
	char type;                 /* COL_* */
};

enum { TB_SESSION, TB_PROCESS, TB_THREAD, TB_SYSCALL, TB_EVENT, TB_N };

struct store_table {
	const char *name;
	const char *key;           /* the row's id within its session */
	const struct store_col *cols;   /* in SQLite's column order */
	unsigned ncols;
};

extern const struct store_table store_tables[TB_N];

/* The statements a recorder row can run (writer.c). */
enum { WS_SYSCALL, WS_EVENT, WS_THREAD, WS_PROCESS, WS_THREAD_END, WS_PROCESS_EXEC, WS_PROCESS_EXIT,
       WS_THREAD_NAME, WS_NSTMT };

/*
 * Bind 1 is always session_id; binds 2.. are cols[0..].  An insert that
 * does not bind the table's key (syscall, event) leaves it to the store
 * (SQLite's rowid; the PostgreSQL writer numbers them).  An update sets
 * cols[0..n-2] of the row whose key is the last bind.
 */
struct store_stmt {
	int table;                 /* TB_* */
	bool update;
	const char *const *cols;   /* NULL-terminated */
};

extern const struct store_stmt store_stmts[WS_NSTMT];

/* Number of binds after session_id. */
unsigned store_stmt_ncols(const struct store_stmt *s);
/* The column's index in its table, or -1. */
int store_col_index(const struct store_table *t, const char *name);
/* SQLite's SQL for statement i. */
void store_stmt_sqlite(int i, struct sbuf *sql);

#endif
