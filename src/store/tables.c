/*
 * tables.c - the columns of the trace store's tables (docs/STORE.md) and
 * the recorder's statements over them, as data (tables.h).
 */
#include "tables.h"
#include "sbuf.h"

#include <string.h>

#define T(name, cols, key) { name, key, cols, sizeof(cols) / sizeof(cols[0]) }

static const struct store_col session_cols[] = {
	{ "id", 'i' }, { "command", 't' }, { "pids", 't' }, { "options", 't' }, { "config", 't' },
	{ "host", 't' }, { "kernel", 't' }, { "sctrace_version", 't' }, { "schema_version", 'i' },
	{ "backend", 't' }, { "source", 't' }, { "start_ns", 'i' }, { "end_ns", 'i' },
	{ "mono_offset_ns", 'i' }, { "exit_status", 'i' }, { "syscalls", 'i' }, { "events", 'i' },
	{ "lost", 'i' },
};

static const struct store_col process_cols[] = {
	{ "upid", 'i' }, { "session_id", 'i' }, { "pid", 'i' }, { "ppid", 'i' }, { "comm", 't' },
	{ "exe", 't' }, { "argv", 't' }, { "cwd", 't' }, { "cgroup", 't' }, { "start_ns", 'i' },
	{ "end_ns", 'i' }, { "exit_code", 'i' }, { "exit_signal", 'i' }, { "core_dumped", 'i' },
	{ "uid", 'i' }, { "euid", 'i' }, { "gid", 'i' }, { "egid", 'i' }, { "tty", 't' }, { "ancestry", 't' },
};

static const struct store_col thread_cols[] = {
	{ "utid", 'i' }, { "session_id", 'i' }, { "tid", 'i' }, { "upid", 'i' }, { "name", 't' },
	{ "start_ns", 'i' }, { "end_ns", 'i' },
};

static const struct store_col syscall_cols[] = {
	{ "id", 'i' }, { "session_id", 'i' }, { "seq", 'i' }, { "exit_seq", 'i' }, { "ts", 'i' },
	{ "exit_ts", 'i' }, { "dur", 'i' }, { "utid", 'i' }, { "tid", 'i' }, { "pid", 'i' },
	{ "exit_tid", 'i' }, { "nr", 'i' }, { "name", 't' }, { "ret", 'i' }, { "errno", 'i' },
	{ "errno_name", 't' }, { "fd", 'i' }, { "path", 't' }, { "bytes", 'i' }, { "args", 't' },
	{ "ret_aux", 't' }, { "ret_path", 't' }, { "unfinished", 'i' }, { "arg0", 'i' },
	{ "arg1", 'i' }, { "arg2", 'i' }, { "arg3", 'i' }, { "arg4", 'i' }, { "arg5", 'i' },
	{ "sp", 'i' }, { "entry_stime", 'i' }, { "exit_stime", 'i' }, { "capture", 'b' },
	{ "tampered", 'i' },
};

static const struct store_col event_cols[] = {
	{ "id", 'i' }, { "session_id", 'i' }, { "seq", 'i' }, { "ts", 'i' }, { "kind", 't' },
	{ "pid", 'i' }, { "tid", 'i' }, { "utid", 'i' }, { "signo", 'i' }, { "status", 'i' },
	{ "old_tid", 'i' }, { "parent_tid", 'i' }, { "startup", 'i' }, { "nthreads", 'i' },
	{ "nr", 'i' }, { "stime", 'i' }, { "siginfo", 'b' }, { "info", 't' }, { "capture", 'b' },
};

const struct store_table store_tables[TB_N] = {
	[TB_SESSION] = T("session", session_cols, "id"),
	[TB_PROCESS] = T("process", process_cols, "upid"),
	[TB_THREAD] = T("thread", thread_cols, "utid"),
	[TB_SYSCALL] = T("syscall", syscall_cols, "id"),
	[TB_EVENT] = T("event", event_cols, "id"),
};

static const char *const syscall_ins[] = {
	"seq", "exit_seq", "ts", "exit_ts", "dur", "utid", "tid", "pid", "exit_tid", "nr", "name",
	"ret", "errno", "errno_name", "fd", "path", "bytes", "args", "ret_aux", "ret_path",
	"unfinished", "arg0", "arg1", "arg2", "arg3", "arg4", "arg5", "sp", "entry_stime",
	"exit_stime", "capture", "tampered", NULL,
};
static const char *const event_ins[] = {
	"seq", "ts", "kind", "pid", "tid", "utid", "signo", "status", "old_tid", "parent_tid",
	"startup", "nthreads", "nr", "stime", "siginfo", "info", "capture", NULL,
};
static const char *const thread_ins[] = { "tid", "upid", "name", "start_ns", "utid", NULL };
static const char *const process_ins[] = {
	"pid", "ppid", "comm", "exe", "argv", "cwd", "cgroup", "start_ns", "upid",
	"uid", "euid", "gid", "egid", "tty", "ancestry", NULL,
};
static const char *const thread_end[] = { "end_ns", "utid", NULL };
static const char *const process_exec[] = { "comm", "exe", "argv", "cwd", "cgroup", "upid", NULL };
static const char *const process_exit[] = { "end_ns", "exit_code", "exit_signal", "core_dumped", "upid", NULL };
static const char *const thread_name[] = { "name", "utid", NULL };

const struct store_stmt store_stmts[WS_NSTMT] = {
	[WS_SYSCALL] = { TB_SYSCALL, false, syscall_ins },
	[WS_EVENT] = { TB_EVENT, false, event_ins },
	[WS_THREAD] = { TB_THREAD, false, thread_ins },
	[WS_PROCESS] = { TB_PROCESS, false, process_ins },
	[WS_THREAD_END] = { TB_THREAD, true, thread_end },
	[WS_PROCESS_EXEC] = { TB_PROCESS, true, process_exec },
	[WS_PROCESS_EXIT] = { TB_PROCESS, true, process_exit },
	[WS_THREAD_NAME] = { TB_THREAD, true, thread_name },
};

unsigned store_stmt_ncols(const struct store_stmt *s)
{
	unsigned n = 0;
	while (s->cols[n])
		n++;
	return n;
}

int store_col_index(const struct store_table *t, const char *name)
{
	for (unsigned i = 0; i < t->ncols; i++)
		if (!strcmp(t->cols[i].name, name))
			return (int)i;
	return -1;
}

void store_stmt_sqlite(int i, struct sbuf *sql)
{
	const struct store_stmt *s = &store_stmts[i];
	const char *table = store_tables[s->table].name;
	unsigned n = store_stmt_ncols(s);
	sql->len = 0;
	if (s->update) {
		sbuf_printf(sql, "UPDATE %s SET ", table);
		for (unsigned k = 0; k + 1 < n; k++)
			sbuf_printf(sql, "%s%s = ?%u", k ? ", " : "", s->cols[k], k + 2);
		sbuf_printf(sql, " WHERE %s = ?%u AND session_id = ?1", s->cols[n - 1], n + 1);
	} else {
		sbuf_printf(sql, "INSERT INTO %s (session_id", table);
		for (unsigned k = 0; k < n; k++)
			sbuf_printf(sql, ", %s", s->cols[k]);
		sbuf_puts(sql, ") VALUES (?1");
		for (unsigned k = 0; k < n; k++)
			sbuf_printf(sql, ",?%u", k + 2);
		sbuf_putc(sql, ')');
	}
	sbuf_putc(sql, '\0');
}
