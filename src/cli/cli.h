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

/* The alert sink cfg's --alert options ask for, seeding unseen processes with seed (alert.h). */
#include "proctrack.h"
struct sink *alert_sink_for(const struct trace_config *cfg, seed_fn seed, void *ud);

#endif
