/*
 * alert.h - the alert sink: every finished syscall is checked against the
 * rules (rules.h) with its process as the trace made it (proctrack.h);
 * each rule that matches gives an alert, written as a text line or a JSON
 * object per line, piped to --alert-exec's command, and handed to a hook.
 * The same sink runs live (--alert with tracing, record, start) and over a
 * recording (`sctrace check`), so both give the same alerts.
 */
#ifndef SCTRACE_ALERT_H
#define SCTRACE_ALERT_H

#include "proctrack.h"

#include <stdbool.h>
#include <stdint.h>

struct sink;
struct rule;

enum { ALERT_TEXT, ALERT_JSON };

struct alert {
	const struct rule *rule;
	int prio;                /* enum rprio */
	int tid, pid;
	uint64_t ts;             /* the call's entry, realtime ns */
	uint64_t seq;            /* the session's event number */
	const char *text;        /* the alert's text line (no newline) */
	const char *json;        /* the alert as one JSON object (no newline) */
};

/*
 * Called for every alert after it is written: the place to dump a
 * session's ring buffer of recent events when a rule fires.  One hook;
 * NULL removes it.
 */
typedef void (*alert_hook_fn)(const struct alert *a, void *ud);
void alert_set_hook(alert_hook_fn fn, void *ud);

struct alert_opts {
	char **rules;            /* --rules FILE, in order */
	int nrules;
	bool no_default;         /* --no-default-rules: the files only */
	const char *path;        /* --alert=FILE; NULL: stderr; "-": stdout */
	bool quiet;              /* write no alerts (only --alert-exec gets them) */
	int format;              /* ALERT_TEXT or ALERT_JSON */
	const char *exec;        /* --alert-exec CMD: each alert's JSON on CMD's stdin */
	int min_prio;            /* --alert-priority: only this severe or more (enum rprio) */
	bool execve_traced;      /* execve and execveat reach the sinks (not filtered out) */
	seed_fn seed;            /* a process the trace did not see created */
	void *seed_ud;
};

/* Loads the rules (exits with one line on a bad file) and makes the sink. */
struct sink *alert_sink_new(const struct alert_opts *o);
/* Alerts the sink has raised so far. */
unsigned long alert_sink_count(const struct sink *s);
/* A seed_fn for live processes: /proc (with ancestors for those whose parent is not traced). */
bool alert_seed_live(void *ud, int pid, uint64_t ts, struct procctx *out);

#endif
