/*
 * log.c - `sctrace log NAME [-f] [display options] [--json]`: a session's
 * events so far as strace text (or JSON Lines), printed by replay's
 * machinery from its store, and with -f the new ones as they are
 * committed, like tail -f, until the session ends.  Reading never blocks
 * the session's writer (the store is in WAL mode).
 */
#include "cli.h"
#include "reader.h"
#include "registry.h"
#include "store.h"
#include "tracer.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static void log_usage(void)
{
	fputs(
"Usage: sctrace log NAME|FILE [-f] [OPTIONS] [--json]\n"
"\n"
"Print what session NAME has recorded as strace text on stdout (as 'sctrace\n"
"replay' prints it; the same display and filter OPTIONS: -e trace=, -e status=,\n"
"-t, -tt, -T, -y, -s, -x, ...).\n"
"\n"
"  -f, --follow     like tail -f: the events recorded from now on, as they are\n"
"                   committed (about every 100 ms), until the session ends or ^C\n"
"  --from-start     with -f: everything recorded so far first\n"
"\n"
"  --json       JSON Lines instead of text\n"
"  -o FILE      write to FILE instead of stdout\n", stdout);
	exit(0);
}

static volatile sig_atomic_t interrupted;

static void on_int(int sig)
{
	interrupted = sig;
}

int cmd_log(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		log_usage();
	/* -f is follow here (the recording's own -f is kept): take it out before replay's options */
	bool follow = false, from_start = false;
	static char **rest;   /* static: options may keep pointers into it until exit */
	rest = xcalloc(argc + 1, sizeof(char *));
	int n = 0;
	for (int i = 0; i < argc; i++) {
		if (i && (!strcmp(argv[i], "-f") || !strcmp(argv[i], "--follow")))
			follow = true;
		else if (i && !strcmp(argv[i], "--from-start"))
			from_start = true;
		else
			rest[n++] = argv[i];
	}
	bool have_name = false;
	for (int i = 1; i < n; i++)
		have_name |= rest[i][0] != '-';
	if (!have_name)
		bad_usage("%s", "missing NAME (a session, or a trace store FILE)");
	static struct options opt;
	options_parse(&opt, MODE_REPLAY, n, rest);
	if (opt.store_path)
		bad_usage("%s", "-w is replay's (sctrace replay NAME -w OUT)");
	if (opt.cfg.count)
		bad_usage("%s", "-c/-C print a table at the end: use sctrace replay NAME -c, or sctrace report NAME");
	bool running;
	const char *name = opt.input;
	const char *path = registry_store_path(name, &running);
	if (path == name && access(name, F_OK) != 0)
		die("no session named '%s' (nor a file of that name; 'sctrace status' lists sessions)", name);
	if (follow && store_is_url(path))
		bad_usage("%s", "-f follows a SQLite store as it grows; a PostgreSQL trace is read once (no -f)");
	if (!opt.cfg.outfile)
		opt.cfg.outfile = "/dev/stdout";
	struct store *in = store_open(path);
	struct replay_session s = { 0 };
	struct store_reader *rd = reader_open(in, &s);
	replay_check_options(&opt, &s, path);
	if (from_start && !follow)
		bad_usage("%s", "--from-start goes with -f (without -f everything is printed)");
	if (follow && !from_start)
		reader_seek_end(rd);
	decoders_init();
	tr.real_offset = s.mono_offset;
	setup_sinks(&opt, NULL);
	signal(SIGINT, on_int);
	signal(SIGTERM, on_int);
	signal(SIGPIPE, on_int);
	struct event ev;
	const struct mem *mem;
	unsigned idle = 0;
	for (;;) {
		while (!interrupted && reader_next(rd, &ev, &mem))
			tracer_handle_event(NULL, &ev, mem);
		out_flush_all();
		if (!follow || interrupted)
			break;
		if (reader_more(rd))
			continue;
		/* the end: the session row says so, or (a killed tracer) the session is no longer running */
		struct session_info si;
		bool gone = reader_ended(rd) || (path != name && ++idle % 10 == 0 &&
						 (!registry_lookup(name, &si) || si.state != SESSION_RUNNING));
		if (gone) {
			if (!reader_more(rd))
				break;
			continue;
		}
		struct timespec ts = { 0, 100 * 1000000 };
		nanosleep(&ts, NULL);
	}
	tracer_finish();
	reader_close(rd);
	store_close(in);
	return 0;
}
