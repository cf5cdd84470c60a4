/*
 * store.c - creating, opening and checking a trace store file: the schema
 * (docs/STORE.md), the pragmas that make it robust (WAL, application_id,
 * user_version), and the checks that refuse what is not one of ours.
 */
#include "store.h"
#include "common.h"
#include "pg.h"
#include "sbuf.h"
#include "tables.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char schema[] =
	"CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;\n"
	"CREATE TABLE session (\n"
	"  id INTEGER PRIMARY KEY,\n"
	"  command TEXT,          -- JSON array: argv of the started command (NULL with -p)\n"
	"  pids TEXT,             -- JSON array: pids attached with -p\n"
	"  options TEXT,          -- JSON array: sctrace's own arguments\n"
	"  config TEXT,           -- JSON object: what decoding captured (strsize, verbose, decode_fds, ...)\n"
	"  host TEXT, kernel TEXT, sctrace_version TEXT, schema_version INTEGER, backend TEXT,\n"
	"  source TEXT,           -- the store this one was re-recorded from (replay -w)\n"
	"  start_ns INTEGER,      -- realtime ns since the epoch\n"
	"  end_ns INTEGER,\n"
	"  mono_offset_ns INTEGER,-- realtime - CLOCK_MONOTONIC at the start\n"
	"  exit_status INTEGER,   -- wait status of the started command\n"
	"  syscalls INTEGER, events INTEGER, lost INTEGER\n"
	");\n"
	"CREATE TABLE process (\n"
	"  upid INTEGER PRIMARY KEY, session_id INTEGER, pid INTEGER, ppid INTEGER,\n"
	"  comm TEXT, exe TEXT, argv TEXT, cwd TEXT, cgroup TEXT,\n"
	"  start_ns INTEGER, end_ns INTEGER, exit_code INTEGER, exit_signal INTEGER, core_dumped INTEGER,\n"
	"  uid INTEGER, euid INTEGER, gid INTEGER, egid INTEGER, tty TEXT,  -- when first seen\n"
	"  ancestry TEXT                       -- JSON: the untraced ancestors of a first process\n"
	");\n"
	"CREATE TABLE thread (\n"
	"  utid INTEGER PRIMARY KEY, session_id INTEGER, tid INTEGER, upid INTEGER, name TEXT,\n"
	"  start_ns INTEGER, end_ns INTEGER\n"
	");\n"
	"CREATE TABLE syscall (\n"
	"  id INTEGER PRIMARY KEY, session_id INTEGER,\n"
	"  seq INTEGER, exit_seq INTEGER,      -- event order: entry and exit\n"
	"  ts INTEGER, exit_ts INTEGER, dur INTEGER,  -- realtime ns; exit_ts/dur NULL if unfinished\n"
	"  utid INTEGER, tid INTEGER, pid INTEGER,\n"
	"  exit_tid INTEGER,                   -- the tid it returned in, if not tid (execve in a thread)\n"
	"  nr INTEGER, name TEXT,\n"
	"  ret INTEGER,                        -- return value as strace shows it: -1 on failure\n"
	"  errno INTEGER, errno_name TEXT,     -- NULL on success (the kernel returned -errno)\n"
	"  fd INTEGER, path TEXT, bytes INTEGER,\n"
	"  args TEXT,                          -- JSON object keyed by argument name (docs/JSON.md)\n"
	"  ret_aux TEXT, ret_path TEXT,\n"
	"  unfinished INTEGER,                 -- NULL; 1 thread died in it, 2 detached, 3 superseded by an execve\n"
	"  arg0 INTEGER, arg1 INTEGER, arg2 INTEGER, arg3 INTEGER, arg4 INTEGER, arg5 INTEGER, sp INTEGER,\n"
	"  entry_stime INTEGER, exit_stime INTEGER,\n"
	"  capture BLOB,                       -- what the decoders read (docs/STORE.md)\n"
	"  tampered INTEGER                    -- -e inject=: 1 result injected, 2 memory poked, 4 delayed\n"
	");\n"
	"CREATE TABLE event (\n"
	"  id INTEGER PRIMARY KEY, session_id INTEGER, seq INTEGER, ts INTEGER,\n"
	"  kind TEXT,   -- signal stop exec exit attach detach interrupted lost exiting\n"
	"  pid INTEGER, tid INTEGER, utid INTEGER,\n"
	"  signo INTEGER, status INTEGER, old_tid INTEGER, parent_tid INTEGER,\n"
	"  startup INTEGER, nthreads INTEGER, nr INTEGER, stime INTEGER,\n"
	"  siginfo BLOB, info TEXT,   -- raw siginfo_t; decoded as JSON\n"
	"  capture BLOB               -- what decoding the siginfo read (-y path of si_fd)\n"
	");\n"
	/* Perfetto-shaped view: a slice per syscall on its thread's track */
	"CREATE VIEW slice AS SELECT id, ts, dur, name, utid, tid, pid, ret, errno_name, args FROM syscall;\n";

/*
 * Secondary indexes.  Recording a live trace keeps them up to date as rows
 * arrive: the writer thread pays for them beside the trace, where a bulk
 * build at the end would make the user wait.  Copying a store (replay -w) is
 * bound by throughput instead, and builds them at the end, which costs less
 * in all.  Replay orders entries without an index (reader.c).
 */
static const char indexes[] =
	"CREATE INDEX IF NOT EXISTS syscall_name ON syscall(name, ts);\n"
	"CREATE INDEX IF NOT EXISTS syscall_pid ON syscall(pid, ts);\n"
	"CREATE INDEX IF NOT EXISTS syscall_path ON syscall(path) WHERE path IS NOT NULL;\n"
	"CREATE INDEX IF NOT EXISTS syscall_ts ON syscall(ts);\n"

	"CREATE INDEX IF NOT EXISTS event_kind ON event(kind, ts);\n";

void store_fail(struct store *st, const char *what)
{
	die("%s: %s: %s", st->path, what, st->db ? sqlite3_errmsg(st->db) : "out of memory");
}

void store_exec(struct store *st, const char *sql)
{
	char *err = NULL;
	if (sqlite3_exec(st->db, sql, NULL, NULL, &err) != SQLITE_OK) {
		error_msg("%s: %s", st->path, err ? err : sqlite3_errmsg(st->db));
		exit(1);
	}
}

sqlite3_stmt *store_prepare(struct store *st, const char *sql)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK)
		store_fail(st, "cannot prepare a statement");
	return s;
}

/* What the file at path is: 0 ours, 1 empty, 2 missing, -1 something else (msg set). */
static int probe(const char *path, const char **msg)
{
	struct stat st;
	if (stat(path, &st) < 0) {
		if (errno == ENOENT)
			return 2;
		*msg = strerror(errno);
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		*msg = "is a directory";
		return -1;
	}
	if (st.st_size == 0)
		return 1;
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		*msg = strerror(errno);
		return -1;
	}
	unsigned char h[100];
	ssize_t n = read(fd, h, sizeof(h));
	close(fd);
	if (n < 100 || memcmp(h, "SQLite format 3", 16) != 0) {
		*msg = "not an sctrace trace store (not a SQLite database)";
		return -1;
	}
	uint32_t app = (uint32_t)h[68] << 24 | h[69] << 16 | h[70] << 8 | h[71];
	if (app != STORE_APP_ID) {
		*msg = "a SQLite database, but not an sctrace trace store";
		return -1;
	}
	return 0;
}

static struct store *store_new(const char *path)
{
	static bool configured;
	if (!configured) {
		/*
		 * Each connection is used by one thread at a time (the writer thread,
		 * or the caller before and after it), so SQLite's own locking can be
		 * the lighter kind; and no global memory statistics, whose mutex the
		 * reader and the writer thread would otherwise fight over per call.
		 */
		sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
		sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
		configured = true;
	}
	struct store *st = xcalloc(1, sizeof(*st));
	st->path = path;
	return st;
}

void store_build_indexes(struct store *st)
{
	store_exec(st, indexes);
}

static void unlink_with_suffix(const char *path, const char *suffix)
{
	char tmp[4096];
	snprintf(tmp, sizeof(tmp), "%s%s", path, suffix);
	unlink(tmp);
}

bool store_is_url(const char *path)
{
	return !strncmp(path, "postgresql://", 13) || !strncmp(path, "postgres://", 11);
}

static const char *sel_host;
static int64_t sel_id;

void store_select(const char *host, int64_t id)
{
	sel_host = host;
	sel_id = id;
}

/* the schema, in one transaction */
static void create_schema(struct store *st)
{
	char sql[160];
	store_exec(st, "BEGIN");
	snprintf(sql, sizeof(sql), "PRAGMA application_id = %d; PRAGMA user_version = %d;",
		 STORE_APP_ID, STORE_SCHEMA_VERSION);
	store_exec(st, sql);
	store_exec(st, schema);
	snprintf(sql, sizeof(sql), "INSERT INTO meta VALUES ('schema_version', %d), ('sctrace_version', '%s');",
		 STORE_SCHEMA_VERSION, SCTRACE_VERSION);
	store_exec(st, sql);
	store_exec(st, "COMMIT");
}

struct store *store_create_temp(const char *display)
{
	struct store *st = store_new(display);
	/* "": a private database SQLite deletes on close, in memory until it grows */
	if (sqlite3_open_v2("", &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK)
		store_fail(st, "cannot open a temporary database");
	store_exec(st, "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
	create_schema(st);
	return st;
}

struct store *store_create(const char *path, bool force)
{
	if (store_is_url(path))
		return pg_store_create(path);
	const char *msg = NULL;
	int what = probe(path, &msg);
	if (what == -1)
		die("%s: %s; refusing to overwrite it", path, msg);
	if (what == 0 && !force)
		die("%s: already exists; use --force to replace it (or -w another file)", path);
	struct store *st = store_new(path);
	if (what != 2) {
		/* replace: remove the old file and its WAL/journal */
		if (unlink(path) < 0)
			die_errno("can't replace '%s'", path);
		unlink_with_suffix(path, "-wal");
		unlink_with_suffix(path, "-shm");
		unlink_with_suffix(path, "-journal");
	}
	/* create it ourselves: mode 0600, and never through a symlink someone left */
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0)
		die_errno("can't create '%s'", path);
	close(fd);
	if (sqlite3_open_v2(path, &st->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
		store_fail(st, "cannot open");
	sqlite3_busy_timeout(st->db, 5000);
	store_exec(st, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; "
		       "PRAGMA cache_size = -32768; PRAGMA wal_autocheckpoint = 8192;");
	create_schema(st);
	/* the header (application_id, user_version) into the file itself, not only the WAL:
	   a recorder killed before its first checkpoint leaves a file that says what it is */
	store_exec(st, "PRAGMA wal_checkpoint(TRUNCATE)");
	return st;
}

/*
 * store_open's way out: the message (which may quote SQLite's), then the
 * handle and everything it holds released, so that a refused file leaves
 * nothing behind for the leak checker wherever the refusal came from.
 */
static ATTR_NORETURN ATTR_PRINTF(2, 3) void open_fail(struct store *st, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (st->db) {
		sqlite3_stmt *s;
		while ((s = sqlite3_next_stmt(st->db, NULL)))
			sqlite3_finalize(s);
		sqlite3_close_v2(st->db);
	}
	free(st);
	die("%s", msg);
}

/* --host/--trace-id on a file: the session they name (a recording holds one) */
static void select_session(struct store *st)
{
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(st->db, "SELECT id, host FROM session WHERE (?1 = 0 OR id = ?1) AND "
			       "(?2 IS NULL OR host = ?2) ORDER BY id DESC LIMIT 1", -1, &s, NULL) != SQLITE_OK)
		open_fail(st, "%s: not an sctrace trace store (%s)", st->path, sqlite3_errmsg(st->db));
	sqlite3_bind_int64(s, 1, sel_id);
	if (sel_host)
		sqlite3_bind_text(s, 2, sel_host, -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_finalize(s);
		if (sel_id && sel_host)
			open_fail(st, "%s: no trace %lld of host '%s'", st->path, (long long)sel_id, sel_host);
		if (sel_id)
			open_fail(st, "%s: no trace %lld", st->path, (long long)sel_id);
		open_fail(st, "%s: no trace of host '%s'", st->path, sel_host);
	}
	st->session_id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
}

/* the opened session's host (replay -w files its copy under it) */
static struct store *read_host(struct store *st)
{
	sqlite3_stmt *s = store_prepare(st, "SELECT host FROM session WHERE id = ?");
	sqlite3_bind_int64(s, 1, st->session_id);
	if (sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0))
		st->host = xstrdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	return st;
}

struct store *store_open(const char *path)
{
	if (store_is_url(path))
		return read_host(pg_store_open(path, sel_host, sel_id));
	const char *msg = NULL;
	int what = probe(path, &msg);
	if (what == 2)
		die("%s: no such file", path);
	if (what == 1)
		die("%s: empty file, not an sctrace trace store", path);
	if (what == -1)
		die("%s: %s", path, msg);
	struct store *st = store_new(path);
	/* read-write when we can: a WAL left by a killed recorder is recovered on open */
	int flags = access(path, W_OK) == 0 ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY;
	if (sqlite3_open_v2(path, &st->db, flags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK)
		open_fail(st, "%s: cannot open: %s", path, st->db ? sqlite3_errmsg(st->db) : "out of memory");
	sqlite3_busy_timeout(st->db, 5000);
	/* readers map the file: replay walks it twice (entries by id, exits in order) */
	sqlite3_exec(st->db, "PRAGMA mmap_size = 4294967296; PRAGMA cache_size = -32768;", NULL, NULL, NULL);
	sqlite3_stmt *s = NULL;
	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) != SQLITE_OK ||
	    sqlite3_step(s) != SQLITE_ROW)
		open_fail(st, "%s: corrupt or unreadable (%s)", path, sqlite3_errmsg(st->db));
	int64_t v = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (v > STORE_SCHEMA_VERSION)
		open_fail(st, "%s: schema version %lld is newer than this sctrace understands (%d); upgrade sctrace",
		    path, (long long)v, STORE_SCHEMA_VERSION);
	if (v < 1)
		open_fail(st, "%s: not an sctrace trace store (no schema version)", path);
	if (sqlite3_prepare_v2(st->db, "PRAGMA quick_check", -1, &s, NULL) != SQLITE_OK)
		open_fail(st, "%s: corrupt or truncated (%s)", path, sqlite3_errmsg(st->db));
	int rc = sqlite3_step(s);
	const char *res = rc == SQLITE_ROW ? (const char *)sqlite3_column_text(s, 0) : NULL;
	if (!res || strcmp(res, "ok") != 0) {
		/* quick_check reports several lines; the user gets one */
		char why[256];
		snprintf(why, sizeof(why), "%s", res ? res : sqlite3_errmsg(st->db));
		for (char *p = why; *p; p++)
			if (*p == '\n')
				*p = ' ';
		open_fail(st, "%s: corrupt or truncated database (%s)", path, why);
	}
	sqlite3_finalize(s);
	if (sqlite3_prepare_v2(st->db, "SELECT id FROM session ORDER BY id LIMIT 1", -1, &s, NULL) != SQLITE_OK)
		open_fail(st, "%s: not an sctrace trace store (%s)", path, sqlite3_errmsg(st->db));
	if (sqlite3_step(s) != SQLITE_ROW)
		open_fail(st, "%s: holds no recorded session", path);
	st->session_id = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	if (sel_host || sel_id)
		select_session(st);
	if (flags & SQLITE_OPEN_READWRITE)   /* a copy whose writer was killed has none yet */
		sqlite3_exec(st->db, indexes, NULL, NULL, NULL);
	return read_host(st);
}

void store_add_session(struct store *st, const char *const vals[])
{
	const struct store_table *t = &store_tables[TB_SESSION];
	free(st->host);
	st->host = xstrdup(vals[store_col_index(t, "host")]);
	if (st->pg) {
		st->session_id = pg_add_session(st->pg, vals);
		return;
	}
	struct sbuf sql = { 0 };
	sbuf_puts(&sql, "INSERT INTO session (");
	for (unsigned i = 1; i < t->ncols; i++)
		sbuf_printf(&sql, "%s%s", i > 1 ? ", " : "", t->cols[i].name);
	sbuf_puts(&sql, ") VALUES (?");
	for (unsigned i = 2; i < t->ncols; i++)
		sbuf_puts(&sql, ",?");
	sbuf_puts(&sql, ")");
	sbuf_putc(&sql, '\0');
	sqlite3_stmt *s = store_prepare(st, sql.p);
	sbuf_free(&sql);
	/* text into INTEGER columns is stored as an integer (column affinity) */
	for (unsigned i = 1; i < t->ncols; i++)
		if (vals[i])
			sqlite3_bind_text(s, (int)i, vals[i], -1, SQLITE_STATIC);
	if (sqlite3_step(s) != SQLITE_DONE)
		store_fail(st, "cannot write the session");
	sqlite3_finalize(s);
	st->session_id = sqlite3_last_insert_rowid(st->db);
}

void store_end_session(struct store *st, uint64_t syscalls, uint64_t events, bool have_exit, int exit_status)
{
	char sql[320];
	int n = snprintf(sql, sizeof(sql), "UPDATE %ssession SET end_ns = %lld, syscalls = %llu, events = %llu, lost = 0",
			 st->pg ? PG_SCHEMA "." : "", (long long)now_real_ns(),
			 (unsigned long long)syscalls, (unsigned long long)events);
	if (have_exit)
		n += snprintf(sql + n, sizeof(sql) - n, ", exit_status = %d", exit_status);
	snprintf(sql + n, sizeof(sql) - n, " WHERE id = %lld", (long long)st->session_id);
	if (st->pg)
		pg_exec(st->pg, sql, "cannot write the session's end");
	else
		store_exec(st, sql);
}

void store_close(struct store *st)
{
	if (!st)
		return;
	if (st->db)
		sqlite3_close_v2(st->db);
	if (st->pg)
		pg_close(st->pg);
	free(st->host);
	free(st->owned_path);
	free(st);
}
