/*
 * live_store.h - following a trace store as it is recorded, for `sctrace tui FILE`.
 */
#ifndef SCTRACE_LIVE_STORE_H
#define SCTRACE_LIVE_STORE_H

#include "live.h"

struct live_store;

/* Open FILE (a trace store; exits with one error if it is not one). */
struct live_store *live_store_open(const char *path);
/* Add what was committed since the last poll to l (up to 200000 rows); true once the
 * recording has ended and every row is in. */
bool live_store_poll(struct live_store *ls, struct live *l);
void live_store_close(struct live_store *ls);

#endif
