/*
 * filter.c - `sctrace filter NAME EXPR...`: change what a running session
 * records (-e trace=SET, -e signal=SET, -e status=SET, -z, -Z, -P PATH,
 * --reset).  Parsed here first, so a filter that does not parse is one
 * error line; the session notes each change with its time in the store's
 * filter_change table (docs/STORE.md).
 */
#include "cli.h"
#include "control.h"
#include "livefilter.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void filter_usage(void)
{
	fputs(
"Usage: sctrace filter NAME EXPR...\n"
"\n"
"Change the filter of the running session NAME.  EXPR: -e trace=SET,\n"
"-e signal=SET, -e status=SET, -z, -Z, -P PATH (as when tracing), --reset (show\n"
"everything again).  Each part given replaces that part; the others stay\n"
"('-e trace=%network' keeps a -e status=failed).  The change and its time go\n"
"into the store, so a report knows what was filtered when.\n", stdout);
	exit(0);
}

int cmd_filter(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		filter_usage();
	if (argc < 3)
		bad_usage("%s", argc < 2 ? "missing NAME and EXPR" : "missing EXPR (e.g. -e trace=%network)");
	/* -P paths as given and resolved here, where they mean something */
	/* static: reachable until exit on the error paths */
	static char **args, **owned;   /* owned: the resolved paths, freed at the end */
	args = xcalloc(2 * (size_t)argc + 1, sizeof(char *));
	owned = xcalloc((size_t)argc, sizeof(char *));
	int n = 0, nowned = 0;
	for (int i = 2; i < argc; i++) {
		args[n++] = argv[i];
		bool p = !strcmp(argv[i], "-P") || !strcmp(argv[i], "--trace-path");
		if (p && i + 1 < argc) {
			args[n++] = argv[++i];
			char *real = realpath(argv[i], NULL);
			if (real && strcmp(real, argv[i])) {
				args[n++] = "-P";
				args[n++] = owned[nowned++] = real;
			} else {
				free(real);
			}
		}
	}
	struct live_filter f = { 0 };
	char err[512];
	if (!live_filter_parse(&f, args, n, err, sizeof(err))) {
		if (*err)
			bad_usage("%s", err);
		exit(1);   /* the set's parser said why */
	}
	live_filter_free(&f);
	struct session_info s;
	if (!ctl_find_running(argv[1], &s, err, sizeof(err)))
		die("%s", err);
	struct sbuf body = { 0 };
	if (!ctl_call(&s, "filter", args, n, &body, err, sizeof(err), 30))
		die("%s: %s", s.name, err);
	char v[4096];
	ctl_field(body.p, "filter", v, sizeof(v));
	printf("%s: filter now %s\n", s.name, *v ? v : "(none: everything)");
	sbuf_free(&body);
	for (int i = 0; i < nowned; i++)
		free(owned[i]);
	free(owned);
	free(args);
	return 0;
}
