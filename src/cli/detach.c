/*
 * detach.c - `sctrace detach NAME PID`: the running session lets process
 * PID go (every thread); it keeps running.  A session left with nothing to
 * trace ends.
 */
#include "cli.h"

int session_pid_request(int argc, char **argv, const char *verb, const char *usage);

int cmd_detach(int argc, char **argv)
{
	return session_pid_request(argc, argv, "detach",
"Usage: sctrace detach NAME PID\n"
"\n"
"Stop tracing process PID (all its threads) in session NAME; it keeps running.\n"
"A session left with no process ends, as when its processes exit.\n");
}
