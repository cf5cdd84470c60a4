/*
 * ring.h - a session's flight recorder (--ring N: its store keeps only the
 * most recent N syscalls) saved on demand: `sctrace dump NAME -o FILE`, and
 * code that wants the recent past when something happens (an alert rule
 * that fires) calls ring_dump().
 */
#ifndef SCTRACE_RING_H
#define SCTRACE_RING_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Copy what the store at store_path holds now into a new, self-contained
 * trace store at out (which must not exist), as one consistent snapshot
 * (SQLite's VACUUM INTO on a read transaction: the session's writer is not
 * held up).  Works on any trace store, running or not, ring or not; the
 * copy reads with replay, report and export like any other.  False with
 * one line in err.
 */
bool ring_dump(const char *store_path, const char *out, char *err, size_t errlen);
/* The same for the session called name (registry.h); false with err if there is none. */
bool ring_dump_session(const char *name, const char *out, char *err, size_t errlen);

#endif
