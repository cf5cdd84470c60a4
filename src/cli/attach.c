/*
 * attach.c - `sctrace attach NAME PID`: the running session takes process
 * PID (every thread of it), as -p would have.  Refused with one line when
 * PID does not exist or is traced already (by this session or another
 * tracer).
 */
#include "cli.h"
#include "control.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* attach and detach: one request with one pid (detach.c uses it too) */
int session_pid_request(int argc, char **argv, const char *verb, const char *usage);

int session_pid_request(int argc, char **argv, const char *verb, const char *usage)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h"))) {
		fputs(usage, stdout);
		exit(0);
	}
	if (argc != 3)
		bad_usage("%s", argc < 3 ? "missing NAME or PID" : "too many arguments (NAME PID)");
	struct session_info s;
	char err[512];
	if (!ctl_find_running(argv[1], &s, err, sizeof(err)))
		die("%s", err);
	char *end;
	long pid = strtol(argv[2], &end, 10);
	if (!*argv[2] || *end || pid <= 0 || pid > 0x3fffffff)
		bad_usage("invalid process id '%s'", argv[2]);
	struct sbuf body = { 0 };
	if (!ctl_call(&s, verb, &argv[2], 1, &body, err, sizeof(err), 30))
		die("%s: %s", s.name, err);
	printf("%s: %s", s.name, body.p);
	sbuf_free(&body);
	return 0;
}

int cmd_attach(int argc, char **argv)
{
	return session_pid_request(argc, argv, "attach",
"Usage: sctrace attach NAME PID\n"
"\n"
"Add process PID (all its threads; with the session's -f, its future children)\n"
"to the running session NAME.  A process traced by anyone else is refused.\n");
}
