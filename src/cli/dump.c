/*
 * dump.c - `sctrace dump NAME [-o FILE]`: a copy of what a session's store
 * holds now (its flight recorder with --ring), as a trace store of its own
 * (ring.h).
 */
#include "cli.h"
#include "ring.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void dump_usage(void)
{
	fputs(
"Usage: sctrace dump NAME [-o FILE]\n"
"\n"
"Save what session NAME's store holds now (with --ring, its most recent\n"
"syscalls) into a new trace store FILE (default NAME-YYYYmmdd-HHMMSS.db),\n"
"one consistent copy taken without pausing the session.  Read it with\n"
"replay, report or export.\n", stdout);
	exit(0);
}

int cmd_dump(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		dump_usage();
	const char *name = NULL, *out = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-o")) {
			if (i + 1 >= argc)
				bad_usage("option %s requires an argument", "-o");
			out = argv[++i];
		} else if (argv[i][0] == '-') {
			bad_usage("invalid option %s", argv[i]);
		} else if (name) {
			bad_usage("unexpected argument '%s'", argv[i]);
		} else {
			name = argv[i];
		}
	}
	if (!name)
		bad_usage("%s", "missing NAME");
	char def[256];
	if (!out) {
		time_t now = time(NULL);
		struct tm tm;
		localtime_r(&now, &tm);
		char stamp[32];
		strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", &tm);
		snprintf(def, sizeof(def), "%.64s-%s.db", name, stamp);
		out = def;
	}
	char err[1024];
	if (!ring_dump_session(name, out, err, sizeof(err)))
		die("%s", err);
	printf("%s\n", out);
	return 0;
}
