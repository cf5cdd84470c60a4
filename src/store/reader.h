/*
 * reader.h - a recorded session as a stream of events (replay's interceptor).
 */
#ifndef SCTRACE_READER_H
#define SCTRACE_READER_H

#include "capture.h"
#include "event.h"
#include "store.h"

/* What the recording says about itself. */
struct replay_session {
	uint64_t mono_offset;    /* realtime - monotonic when it was recorded */
	int64_t start_ns;
	bool have_exit;
	int exit_status;
	unsigned strsize;        /* the decode options the captures were made with */
	bool verbose;
	unsigned decode_fds;
	bool redact;
	int follow_forks;
	int npids;
	bool stime;              /* system CPU times were recorded (record -c/-C) */
};

struct store_reader;

struct store_reader *reader_open(struct store *st, struct replay_session *s);
/*
 * The next event in recorded order; for syscall events *mem serves the
 * captured memory (valid until the next call).  False at the end.
 */
bool reader_next(struct store_reader *r, struct event *ev, const struct mem **mem);
/*
 * A store still being recorded (a background session): after reader_next()
 * returned false, take the rows committed since; true if there are any
 * (reader_next() then goes on with them).
 */
bool reader_more(struct store_reader *r);
/* Skip what happened so far: reader_more() brings only events from now on (syscalls that started from now). */
void reader_seek_end(struct store_reader *r);
/* Has the recording ended (its session row has an end time)? */
bool reader_ended(struct store_reader *r);
void reader_close(struct store_reader *r);

#endif
