/*
 * live_store.c - `sctrace tui FILE`: follow a trace store while `sctrace
 * record` writes it.  Each poll reads the syscall rows committed since the
 * last one (by id) into the live statistics, the new processes' commands,
 * and whether the recording has ended.  The store is in WAL mode, so this
 * reader never blocks the writer; each poll is a few short statements.
 */
#include "live_store.h"
#include "store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

struct live_store {
	struct store *st;
	sqlite3_stmt *rows, *procs, *session;
	int64_t last_id, last_upid;
};

struct live_store *live_store_open(const char *path)
{
	struct live_store *ls = xcalloc(1, sizeof(*ls));
	ls->st = store_open(path);
	ls->rows = store_prepare(ls->st,
		"SELECT id, nr, name, pid, ts, dur, errno_name, path FROM syscall WHERE id > ?1 ORDER BY id LIMIT 20000");
	ls->procs = store_prepare(ls->st, "SELECT upid, pid, comm FROM process WHERE upid > ?1 ORDER BY upid");
	ls->session = store_prepare(ls->st, "SELECT end_ns, exit_status FROM session WHERE id = ?1");
	return ls;
}

static void read_procs(struct live_store *ls, struct live *l)
{
	sqlite3_bind_int64(ls->procs, 1, ls->last_upid);
	while (sqlite3_step(ls->procs) == SQLITE_ROW) {
		ls->last_upid = sqlite3_column_int64(ls->procs, 0);
		const char *comm = (const char *)sqlite3_column_text(ls->procs, 2);
		if (comm)
			live_set_comm(l, sqlite3_column_int(ls->procs, 1), comm);
	}
	sqlite3_reset(ls->procs);
}

bool live_store_poll(struct live_store *ls, struct live *l)
{
	read_procs(ls, l);
	int n, steps = 0;
	do {   /* what was committed, in steps; a big store takes a few polls, the view stays live */
		n = 0;
		sqlite3_bind_int64(ls->rows, 1, ls->last_id);
		while (sqlite3_step(ls->rows) == SQLITE_ROW) {
			sqlite3_stmt *s = ls->rows;
			ls->last_id = sqlite3_column_int64(s, 0);
			struct live_row r = {
				.nr = sqlite3_column_int(s, 1),
				.name = (const char *)sqlite3_column_text(s, 2),
				.pid = sqlite3_column_int(s, 3),
				.ts = (uint64_t)sqlite3_column_int64(s, 4),
				.has_dur = sqlite3_column_type(s, 5) != SQLITE_NULL,
				.dur_ns = (uint64_t)sqlite3_column_int64(s, 5),
				.err = (const char *)sqlite3_column_text(s, 6),
				.path = (const char *)sqlite3_column_text(s, 7),
			};
			r.pathlen = r.path ? (size_t)sqlite3_column_bytes(s, 7) : 0;
			live_add(l, &r);
			n++;
		}
		sqlite3_reset(ls->rows);
	} while (n == 20000 && ++steps < 10);
	if (n == 20000)
		return false;   /* not caught up: the end, if any, is for a later poll */
	read_procs(ls, l);   /* processes a new row may name */
	sqlite3_bind_int64(ls->session, 1, ls->st->session_id);
	bool ended = false;
	if (sqlite3_step(ls->session) == SQLITE_ROW && sqlite3_column_type(ls->session, 0) != SQLITE_NULL) {
		ended = true;
		pthread_mutex_lock(&l->lock);
		l->ended = true;
		int st = sqlite3_column_int(ls->session, 1);
		if (sqlite3_column_type(ls->session, 1) == SQLITE_NULL)
			snprintf(l->state, sizeof(l->state), "recording ended");
		else if (WIFEXITED(st))
			snprintf(l->state, sizeof(l->state), "recording ended, exit %d", WEXITSTATUS(st));
		else if (WIFSIGNALED(st))
			snprintf(l->state, sizeof(l->state), "recording ended, killed by SIG%s", sigabbrev_np(WTERMSIG(st)));
		else
			snprintf(l->state, sizeof(l->state), "recording ended");
		pthread_mutex_unlock(&l->lock);
	}
	sqlite3_reset(ls->session);
	return ended;
}

void live_store_close(struct live_store *ls)
{
	sqlite3_finalize(ls->rows);
	sqlite3_finalize(ls->procs);
	sqlite3_finalize(ls->session);
	store_close(ls->st);
	free(ls);
}
