/*
 * record.c - `sctrace record [-w FILE] [tracing options] (-- CMD | -p PID)`:
 * trace as strace would, and write every event, with the tracee memory the
 * decoders read, into a SQLite trace store (default sctrace.db, mode 0600).
 * Text goes to -o FILE at the same time if asked; --json likewise.  -w
 * postgresql://... records into a PostgreSQL database instead (store.c).
 */
#include "cli.h"
#include "store.h"
#include "tracer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void record_usage(void)
{
	fputs(
"Usage: sctrace record [-w FILE] [--force] [OPTIONS] [--] COMMAND [ARGS...]\n"
"       sctrace record [-w FILE] [--force] [OPTIONS] -p PID[,PID...]\n"
"\n"
"Trace like sctrace (same OPTIONS: -f, -e trace=, -s, -v, -y, ...) and record every\n"
"event into a SQLite trace store, with the tracee memory the decoders read, so\n"
"that `sctrace replay FILE` prints the same trace again (docs/STORE.md).\n"
"\n"
"  -w FILE      the store to write (default sctrace.db); an existing store is\n"
"               replaced only with --force; any other file is never overwritten\n"
"  -w postgresql://[USER@]HOST[:PORT]/DB   record into a PostgreSQL database\n"
"               (a libpq URI; the schema is made if absent; docs/POSTGRES.md)\n"
"  --host NAME  the host the trace is filed under (default: the node name)\n"
"  --force      replace an existing trace store\n"
"  -o FILE      also write the strace text to FILE (-o /dev/stderr: the terminal)\n"
"  --json       ... or JSON Lines instead of text (with -o FILE, or to stderr)\n"
"  --alert[=FILE]  check the alert rules while recording (docs/RULES.md)\n"
"  --summary-wall-clock   (strace's -w; -w is the store here)\n", stdout);
	exit(0);
}

int cmd_record(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		record_usage();
	static struct options opt;
	options_parse(&opt, MODE_RECORD, argc, argv);
	if (opt.cfg.json && !opt.cfg.outfile)
		opt.cfg.outfile = NULL;   /* JSON Lines to stderr */
	struct store *st = store_create(opt.store_path, opt.force);
	tr.real_offset = now_real_ns() - now_mono_ns();
	struct store_session ss = {
		.command = opt.command,
		.pids = opt.pids,
		.npids = opt.cfg.npids,
		.argc = opt.argc - 1,   /* as parsed: the configuration's defaults and presets in place */
		.argv = opt.argv + 1,
		.backend = choose_backend(&opt) == BACKEND_EBPF ? "ebpf" : "ptrace",
		.mono_offset = tr.real_offset,
		.cfg = &opt.cfg,
		.live = true,
		.host = opt.host,
	};
	struct sink *rec = store_sink_new(st, &ss);
	return run_trace(&opt, rec);
}
