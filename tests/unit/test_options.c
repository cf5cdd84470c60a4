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
	options_parse(&o, MODE_TRACE, argc, argv);
}

#define PARSE(...) do { static char *av_[] = { "sctrace", __VA_ARGS__, NULL }; \
	parse((int)(sizeof(av_) / sizeof(av_[0])) - 1, av_); } while (0)

int main(void)
{
	decoders_init();
	PARSE("ls", "-l");
	CHECK(o.command && !strcmp(o.command[0], "ls") && !strcmp(o.command[1], "-l"));
	CHECK(o.cfg.dec.strsize == 32 && o.cfg.acolumn == 40 && o.cfg.status == ST_ALL && o.cfg.trace_all);
	CHECK(o.cfg.signals == ~0ull && o.cfg.trace[SC_read]);

	/* options stop at the command: "-f" after it belongs to the command */
	PARSE("-s", "100", "cmd", "-f");
	CHECK(o.cfg.dec.strsize == 100 && !o.cfg.follow_forks && !strcmp(o.command[1], "-f"));

	PARSE("-ff", "-o", "out", "true");
	CHECK(o.cfg.follow_forks == 1 && o.cfg.output_separately && !strcmp(o.cfg.outfile, "out"));
	PARSE("-ff", "true");   /* -ff without -o is -f */
	CHECK(o.cfg.follow_forks == 1 && !o.cfg.output_separately);

	PARSE("-ttt", "-T", "-r", "-xx", "-yy", "-qq", "-v", "-n", "-a", "60", "true");
	CHECK(o.cfg.tflag == TS_UNIX && o.cfg.tprec == 6 && o.cfg.Tflag && o.cfg.Tprec == 6 && o.cfg.rflag &&
	      o.cfg.rprec == 6 && o.cfg.xflag == 2 && o.cfg.dec.decode_fds == FD_ALL);
	CHECK((o.cfg.quiet & QUIET_ATTACH) && (o.cfg.quiet & QUIET_EXIT) && o.cfg.dec.verbose && o.cfg.print_nr && o.cfg.acolumn == 60);
	PARSE("--timestamps=precision:ns", "--timestamps=unix", "--syscall-times=ms", "--relative-timestamps=s", "true");
	CHECK(o.cfg.tflag == TS_UNIX && o.cfg.tprec == 9 && o.cfg.Tprec == 3 && o.cfg.rflag && o.cfg.rprec == 0);
	PARSE("-t", "true");
	CHECK(o.cfg.tflag == TS_TIME && o.cfg.tprec == 0);
	PARSE("--absolute-timestamps=none", "true");
	CHECK(o.cfg.tflag == 0);
	PARSE("-xxx", "true");
	CHECK(o.cfg.xflag == 2);

	PARSE("true");
	CHECK(o.cfg.xstyle == XSTYLE_ABBREV);
	PARSE("-Xraw", "-X", "verbose", "true");   /* the last one counts */
	CHECK(o.cfg.xstyle == XSTYLE_VERBOSE);
	PARSE("--const-print-style=raw", "true");
	CHECK(o.cfg.xstyle == XSTYLE_RAW);

	PARSE("-e", "trace=openat,close", "-e", "signal=!SIGCHLD", "-z", "true");
	CHECK(o.cfg.trace[SC_openat] && o.cfg.trace[SC_close] && !o.cfg.trace[SC_read] && !o.cfg.trace_all);
	CHECK(o.cfg.signals == ~(1ull << 16) && o.cfg.status == ST_SUCCESSFUL);
	PARSE("-e", "trace=read", "-e", "trace=write", "true");   /* the later one replaces */
	CHECK(!o.cfg.trace[SC_read] && o.cfg.trace[SC_write]);
	PARSE("-e", "close", "true");   /* -e NAME is -e trace=NAME */
	CHECK(o.cfg.trace[SC_close] && !o.cfg.trace[SC_open]);
	PARSE("--trace=%network", "--status=failed,unfinished", "-Z", "true");
	CHECK(o.cfg.trace[SC_connect] && !o.cfg.trace[SC_read] && o.cfg.status == ST_FAILED);

	PARSE("-c", "-S", "calls", "-w", "true");
	CHECK(o.cfg.count == 1 && o.cfg.sortby == SORT_CALLS && o.cfg.wallclock);
	PARSE("-C", "--summary-sort-by=name", "true");
	CHECK(o.cfg.count == 2 && o.cfg.sortby == SORT_NAME);

	PARSE("-p", "12,34", "-p", "56");
	CHECK(o.cfg.npids == 3 && o.pids[0] == 12 && o.pids[1] == 34 && o.pids[2] == 56 && !o.command);

	PARSE("-E", "A=1", "-E", "B", "-u", "nobody", "--no-seccomp-bpf", "--placement=none", "--redact", "true");
	CHECK(o.nenv_set == 2 && !strcmp(o.env_set[0], "A=1") && !strcmp(o.user, "nobody"));
	CHECK(!o.seccomp && o.placement == PLACE_NONE && o.cfg.dec.redact);

	PARSE("-e", "raw=read", "-e", "verbose=none", "-e", "quiet=attach,exit", "true");
	CHECK(o.cfg.dec.raw_set && o.cfg.dec.raw_set[SC_read] && !o.cfg.dec.raw_set[SC_write]);
	CHECK(o.cfg.dec.verbose_set && !o.cfg.dec.verbose_set[SC_read]);
	CHECK(o.cfg.quiet == (QUIET_ATTACH | QUIET_EXIT));
	options_free(&o);
	return unit_report("options");
}
