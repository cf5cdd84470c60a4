/*
 * main.c - entry point and the table of subcommands.  `sctrace ARGS` traces
 * with strace's options unless ARGS starts with one of the reserved words
 * below, exactly as written; a program with such a name is traced with
 * `sctrace -- NAME ...` (and `sctrace ls` keeps tracing ls).
 */
#include "cli.h"
#include "common.h"

#include <string.h>

static const struct subcommand {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
} subcommands[] = {
	{ "record", cmd_record, "trace a command or pid into a SQLite (or PostgreSQL) trace store" },
	{ "replay", cmd_replay, "print a recorded trace as strace text or JSON Lines" },
	{ "report", cmd_report, "answers from a recorded trace: latency, errors, processes, files, network" },
	{ "export", cmd_export, "a recorded trace as a Perfetto or Chrome trace file" },
	{ "push", cmd_push, "upload a recorded trace into a PostgreSQL trace store" },
	{ "tui", cmd_tui, "a live dashboard of a running trace or of a store being recorded" },
	{ "config", cmd_config, "the configuration in effect: keys, presets, and where each came from" },
	{ "seccomp", cmd_seccomp, "a seccomp profile from a recorded trace; --verify a command under one" },
	{ "check", cmd_check, "alert rules over a recorded trace (docs/RULES.md)" },
	{ "diff", cmd_diff, "what two recorded runs did differently; --baseline: anomalies against normal runs" },
	/* background sessions (docs/SESSIONS.md) */
	{ "start", cmd_start, "a background session recording into a trace store" },
	{ "stop", cmd_stop, "stop a session: detach, final commit, summary" },
	{ "status", cmd_status, "the sessions: processes, events, rate, errors, store, filter" },
	{ "attach", cmd_attach, "add a process to a running session" },
	{ "detach", cmd_detach, "let a process of a running session go" },
	{ "filter", cmd_filter, "change a running session's filter" },
	{ "log", cmd_log, "a session's events as strace text, following new ones with -f" },
	{ "dump", cmd_dump, "save a copy of a session's store (its --ring flight recorder)" },
};

int main(int argc, char **argv)
{
	if (argc > 1) {
		for (size_t i = 0; i < ARRAY_SIZE(subcommands); i++)
			if (!strcmp(argv[1], subcommands[i].name)) {
				subcommand_name = subcommands[i].name;
				return subcommands[i].fn(argc - 1, argv + 1);
			}
	}
	return cmd_trace(argc, argv);
}
