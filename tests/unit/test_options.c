/*
 * test_options.c - strace-compatible option parsing: flags, counted flags
 * (-ff, -tt, -qq, -xx), qualifiers, long options, and where COMMAND starts.
 * Bad input is covered by tests/integration/bad_input.sh (it exits).
 */
#include "backend.h"
#include "options.h"
#include "unit.h"

static struct options o;

static void parse(int argc, char **argv)
{
	options_free(&o);
	options_parse(&o, argc, argv);
}

#define PARSE(...) do { static char *av_[] = { "sctrace", __VA_ARGS__, NULL }; \
	parse((int)(sizeof(av_) / sizeof(av_[0])) - 1, av_); } while (0)

int main(void)
{
	decoders_init();
	PARSE("ls", "-l");
	CHECK(o.command && !strcmp(o.command[0], "ls") && !strcmp(o.command[1], "-l"));
	CHECK(o.dec.strsize == 32 && o.acolumn == 40 && o.status == ST_ALL && o.trace_all);
	CHECK(o.signals == ~0ull && o.trace[SC_read]);

	/* options stop at the command: "-f" after it belongs to the command */
	PARSE("-s", "100", "cmd", "-f");
	CHECK(o.dec.strsize == 100 && !o.follow_forks && !strcmp(o.command[1], "-f"));

	PARSE("-ff", "-o", "out", "true");
	CHECK(o.follow_forks == 1 && o.output_separately && !strcmp(o.outfile, "out"));
	PARSE("-ff", "true");   /* -ff without -o is -f */
	CHECK(o.follow_forks == 1 && !o.output_separately);

	PARSE("-ttt", "-T", "-r", "-xx", "-yy", "-qq", "-v", "-n", "-a", "60", "true");
	CHECK(o.tflag == 3 && o.Tflag && o.rflag && o.xflag == 2 && o.dec.decode_fds == FD_ALL);
	CHECK((o.quiet & QUIET_ATTACH) && (o.quiet & QUIET_EXIT) && o.dec.verbose && o.print_nr && o.acolumn == 60);

	PARSE("-e", "trace=openat,close", "-e", "signal=!SIGCHLD", "-z", "true");
	CHECK(o.trace[SC_openat] && o.trace[SC_close] && !o.trace[SC_read] && !o.trace_all);
	CHECK(o.signals == ~(1ull << 16) && o.status == ST_SUCCESSFUL);
	PARSE("-e", "trace=read", "-e", "trace=write", "true");   /* the later one replaces */
	CHECK(!o.trace[SC_read] && o.trace[SC_write]);
	PARSE("-e", "close", "true");   /* -e NAME is -e trace=NAME */
	CHECK(o.trace[SC_close] && !o.trace[SC_open]);
	PARSE("--trace=%network", "--status=failed,unfinished", "-Z", "true");
	CHECK(o.trace[SC_connect] && !o.trace[SC_read] && o.status == ST_FAILED);

	PARSE("-c", "-S", "calls", "-w", "true");
	CHECK(o.count == 1 && o.sortby == SORT_CALLS && o.wallclock);
	PARSE("-C", "--summary-sort-by=name", "true");
	CHECK(o.count == 2 && o.sortby == SORT_NAME);

	PARSE("-p", "12,34", "-p", "56");
	CHECK(o.npids == 3 && o.pids[0] == 12 && o.pids[1] == 34 && o.pids[2] == 56 && !o.command);

	PARSE("-E", "A=1", "-E", "B", "-u", "nobody", "--no-seccomp-bpf", "--placement=none", "--redact", "true");
	CHECK(o.nenv_set == 2 && !strcmp(o.env_set[0], "A=1") && !strcmp(o.user, "nobody"));
	CHECK(!o.seccomp && o.placement == PLACE_NONE && o.dec.redact);

	PARSE("-e", "raw=read", "-e", "verbose=none", "-e", "quiet=attach,exit", "true");
	CHECK(o.dec.raw_set && o.dec.raw_set[SC_read] && !o.dec.raw_set[SC_write]);
	CHECK(o.dec.verbose_set && !o.dec.verbose_set[SC_read]);
	CHECK(o.quiet == (QUIET_ATTACH | QUIET_EXIT));
	options_free(&o);
	return unit_report("options");
}
