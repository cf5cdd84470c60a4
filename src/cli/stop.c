/*
 * stop.c - `sctrace stop NAME|--all`: the session detaches from everything
 * (the processes keep running), commits the last rows and answers with a
 * summary once its store is complete.  A session that already ended or
 * died is forgotten (its store stays).
 */
#include "cli.h"
#include "control.h"
#include "registry.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void stop_usage(void)
{
	fputs(
"Usage: sctrace stop NAME|--all\n"
"\n"
"Stop a background session: detach from its processes, which keep running,\n"
"write the last events, and print a summary (what was recorded, where).\n"
"A session that ended (a limit, its processes exited) or whose tracer died\n"
"is removed from 'sctrace status'; its store stays.  --all: every session\n"
"you may see.\n", stdout);
	exit(0);
}

/* 0 stopped, 1 failed */
static int stop_one(struct session_info *s, bool quiet_missing)
{
	(void)quiet_missing;
	if (s->state != SESSION_RUNNING) {
		printf("session %s was %s (%s); forgotten, its store is %s\n", s->name,
		       s->state == SESSION_DEAD ? "dead" : "over", s->reason, s->store);
		registry_remove(s);
		return 0;
	}
	struct sbuf body = { 0 };
	char err[512];
	bool ok = ctl_call(s, "stop", NULL, 0, &body, err, sizeof(err), 120);
	if (ok) {
		fputs(body.p, stdout);
		registry_remove(s);
	} else {
		error_msg("%s", err);
	}
	sbuf_free(&body);
	return ok ? 0 : 1;
}

int cmd_stop(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		stop_usage();
	if (argc != 2)
		bad_usage("%s", argc < 2 ? "missing NAME (or --all)" : "stop takes one NAME (or --all)");
	if (!strcmp(argv[1], "--all")) {
		struct session_info *all;
		int n = registry_list(&all), rc = 0;
		for (int i = 0; i < n; i++)
			rc |= stop_one(&all[i], true);
		if (!n)
			puts("no sessions");
		free(all);
		return rc;
	}
	if (argv[1][0] == '-')
		bad_usage("invalid option %s", argv[1]);
	struct session_info s;
	if (!registry_lookup(argv[1], &s))
		die("no session named '%s' ('sctrace status' lists them)", argv[1]);
	return stop_one(&s, false);
}
