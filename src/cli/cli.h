/*
 * cli.h - the command line: strace-style tracing and the subcommands
 * (one file each, dispatched from the table in main.c).
 */
#ifndef SCTRACE_CLI_H
#define SCTRACE_CLI_H

#include "options.h"
#include "sink.h"

/* Subcommands: argv[0] is the subcommand's name. */
int cmd_trace(int argc, char **argv);    /* trace.c: strace's command line */
int cmd_record(int argc, char **argv);   /* record.c */
int cmd_replay(int argc, char **argv);   /* replay.c */
int cmd_report(int argc, char **argv);   /* report.c */
int cmd_export(int argc, char **argv);   /* export.c */
int cmd_push(int argc, char **argv);     /* push.c */
int cmd_config(int argc, char **argv);   /* config.c */
int cmd_tui(int argc, char **argv);      /* tui.c */
int cmd_diff(int argc, char **argv);     /* diff.c */
/* Background sessions (docs/SESSIONS.md) */
int cmd_start(int argc, char **argv);    /* start.c */
int cmd_stop(int argc, char **argv);     /* stop.c */
int cmd_status(int argc, char **argv);   /* status.c */
int cmd_attach(int argc, char **argv);   /* attach.c */
int cmd_detach(int argc, char **argv);   /* detach.c */
int cmd_filter(int argc, char **argv);   /* filter.c */
int cmd_log(int argc, char **argv);      /* log.c */
int cmd_dump(int argc, char **argv);     /* dump.c */

/* Trace what o says, feeding the text/JSON sinks it asks for and recorder (may be NULL). */
int run_trace(struct options *o, struct sink *recorder);
/*
 * Called once the session has ended, before run_trace() returns or sctrace
 * re-raises the signal that stopped it (sig, 0 if none): `tui` puts the
 * terminal back there.
 */
extern void (*run_trace_done)(int sig);
int cmd_seccomp(int argc, char **argv);  /* seccomp.c */
int cmd_check(int argc, char **argv);    /* check.c */

/* Trace what o says, feeding the text/JSON sinks it asks for and recorder (may be NULL). */
int run_trace(struct options *o, struct sink *recorder);
/* COMMAND's path as execvp would find it (malloc'd); exits with one line if there is none. */
char *resolve_command(const char *name);
/* The session's sinks and output streams for o (trace and replay); --alert adds the alert sink. */
void setup_sinks(struct options *o, struct sink *recorder);

struct replay_session;
/* replay.c: display options against what a recording captured (-s, -v, -y default to it); exits on more. */
void replay_check_options(struct options *o, const struct replay_session *s, const char *path);

/* What a background session (sctrace start) changes in a trace. */
struct trace_hooks {
	void (*child_setup)(void);   /* in the started command, before it waits for the tracer */
	void (*started)(void);       /* the tracees are held (launched or attached), before the loop */
};
/*
 * run_trace for a background session: the ptrace backend, the caller's own
 * signal handling, and no exit: returns after the final commit (sinks closed).
 */
void run_session_trace(struct options *o, struct sink *recorder, const struct trace_hooks *hooks);
/* The alert sink cfg's --alert options ask for, seeding unseen processes with seed (alert.h). */
#include "proctrack.h"
struct sink *alert_sink_for(const struct trace_config *cfg, seed_fn seed, void *ud);

#endif
