/*
 * ring.c - saving a copy of a session's store while it records (ring.h).
 * The recorder trims a --ring store as it goes (recorder.c); this side only
 * reads: one VACUUM INTO from a read-only connection, a consistent snapshot
 * that the WAL lets the writer go on beside.
 */
#include "ring.h"
#include "registry.h"
#include "store.h"

#include <errno.h>
#include <fcntl.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool ring_dump(const char *store_path, const char *out, char *err, size_t errlen)
{
	if (store_is_url(store_path)) {
		snprintf(err, errlen, "%s: a PostgreSQL trace is already on its server (sctrace push copies files there)",
			 store_path);
		return false;
	}
	struct stat st;
	if (lstat(out, &st) == 0 || errno != ENOENT) {
		snprintf(err, errlen, "%s: %s", out, errno == ENOENT ? "already exists" : strerror(errno));
		return false;
	}
	sqlite3 *db = NULL;
	if (sqlite3_open_v2(store_path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		snprintf(err, errlen, "%s: cannot open: %s", store_path, db ? sqlite3_errmsg(db) : "out of memory");
		sqlite3_close(db);
		return false;
	}
	sqlite3_busy_timeout(db, 5000);
	sqlite3_stmt *s = NULL;
	bool ok = sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &s, NULL) == SQLITE_OK &&
		  sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) == STORE_APP_ID;
	sqlite3_finalize(s);
	if (!ok) {
		snprintf(err, errlen, "%s: not an sctrace trace store", store_path);
		sqlite3_close(db);
		return false;
	}
	/* the copy is made 0600, as every store: create it empty first */
	int fd = open(out, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
	if (fd < 0) {
		snprintf(err, errlen, "cannot create %s: %s", out, strerror(errno));
		sqlite3_close(db);
		return false;
	}
	close(fd);
	ok = sqlite3_prepare_v2(db, "VACUUM INTO ?", -1, &s, NULL) == SQLITE_OK;
	if (ok) {
		sqlite3_bind_text(s, 1, out, -1, SQLITE_STATIC);
		ok = sqlite3_step(s) == SQLITE_DONE;
	}
	if (!ok) {
		snprintf(err, errlen, "%s: cannot copy into %s: %s", store_path, out, sqlite3_errmsg(db));
		unlink(out);
	}
	sqlite3_finalize(s);
	sqlite3_close(db);
	return ok;
}

bool ring_dump_session(const char *name, const char *out, char *err, size_t errlen)
{
	struct session_info s;
	if (!registry_lookup(name, &s)) {
		snprintf(err, errlen, "no session named '%s' ('sctrace status' lists them)", name);
		return false;
	}
	return ring_dump(s.store, out, err, errlen);
}
