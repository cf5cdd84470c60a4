/*
 * replay.c - `sctrace replay FILE [display and filter options]`: feed a
 * recorded session back through the session and its sinks, with decoders
 * reading the captured tracee memory instead of a live process.  The text
 * is byte for byte what the live run printed with the same options; --json
 * gives JSON Lines; -w OUT re-records (filtered) into another store.
 */
#include "cli.h"
#include "reader.h"
#include "registry.h"
#include "store.h"
#include "tracer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void replay_usage(void)
{
	fputs(
"Usage: sctrace replay FILE|SESSION|postgresql://... [OPTIONS]\n"
"\n"
"Print the trace recorded in FILE (by sctrace record, or a session's store by\n"
"its NAME) as strace text, exactly\n"
"as the live run printed it with the same options.  Display and filter options\n"
"work as when tracing: -e trace=, -e signal=, -e status=, -z, -Z, -x, -xx, -t,\n"
"-tt, -ttt, -r, -T, -a, -n, -q, -c/-C/-S/-w, -o FILE, -ff (with -o).\n"
"-s, -v and -y default to what was recorded; asking for more than was captured\n"
"(a larger -s, -v or -y not recorded) is an error.\n"
"\n"
"  --json       JSON Lines instead of text (docs/JSON.md)\n"
"  -w OUT       write the (filtered) events into a new trace store OUT\n"
"               (or a PostgreSQL database: postgresql://...)\n"
"  --host H     of a store holding many traces (PostgreSQL): host H's latest\n"
"  --trace-id N ... or trace N (default: the latest trace; docs/POSTGRES.md)\n"
"  --summary-wall-clock   (strace's -w)\n", stdout);
	exit(0);
}

/* The decode options default to the recording's; more than it captured cannot be had. */
void replay_check_options(struct options *o, const struct replay_session *s, const char *path)
{
	struct decode_opts *d = &o->cfg.dec;
	if (!o->strsize_given)
		d->strsize = s->strsize;
	else if (d->strsize > s->strsize)
		die("%s was recorded with -s %u: longer strings were not captured", path, s->strsize);
	if (!o->verbose_given)
		d->verbose = s->verbose;
	else if (d->verbose && !s->verbose)
		die("%s was recorded without -v: full structures were not captured", path);
	if (!o->decode_fds_given)
		d->decode_fds = s->decode_fds;
	else if (d->decode_fds & ~s->decode_fds)
		die("%s was recorded without %s: descriptor details were not captured", path,
		    s->decode_fds ? "-yy" : "-y");
	if (s->redact)
		d->redact = true;   /* redacted contents were never captured */
	o->cfg.follow_forks = s->follow_forks;
	o->cfg.npids = s->npids;
	if (o->cfg.count && !o->cfg.wallclock && !s->stime) {
		error_msg("%s was recorded without -c: the table shows wall-clock time (as with -w)", path);
		o->cfg.wallclock = true;
	}
	/* as live: a started command's trace written to a file has no attach messages nor personality lines */
	if (!o->quiet_given && !(o->cfg.quiet & QUIET_ATTACH) && o->cfg.outfile && !s->npids)
		o->cfg.quiet |= QUIET_ATTACH | QUIET_PERSONALITY;
	if (o->cfg.output_separately && !o->cfg.follow_forks)
		o->cfg.follow_forks = 1;
}

int cmd_replay(int argc, char **argv)
{
	if (argc == 2 && (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h")))
		replay_usage();
	static struct options opt;
	options_parse(&opt, MODE_REPLAY, argc, argv);
	store_select(opt.host, opt.trace_id);
	opt.input = registry_store_path(opt.input, NULL);   /* a FILE, or a session's NAME */
	struct store *in = store_open(opt.input);
	struct replay_session s = { 0 };
	struct store_reader *rd = reader_open(in, &s);
	replay_check_options(&opt, &s, opt.input);

	decoders_init();
	tr.real_offset = s.mono_offset;
	struct sink *rec = NULL;
	if (opt.store_path) {
		if (!strcmp(opt.store_path, opt.input))
			die("%s: replay -w must write another file", opt.store_path);
		struct store *out = store_create(opt.store_path, false);
		struct store_session ss = {
			.argc = argc - 1,
			.argv = argv + 1,
			.backend = "replay",
			.mono_offset = s.mono_offset,
			.cfg = &opt.cfg,
			.source = in->path,   /* a URL without its password */
			.have_stime = s.stime,
			.host = in->host,     /* the copy is the same host's trace */
		};
		rec = store_sink_new(out, &ss);
		if (!opt.cfg.outfile && !opt.cfg.json)
			opt.cfg.text = false;   /* re-recording prints nothing unless asked (-o) */
	}
	setup_sinks(&opt, rec);

	struct event ev;
	const struct mem *mem;
	while (reader_next(rd, &ev, &mem))
		tracer_handle_event(NULL, &ev, mem);
	if (rec && s.have_exit)
		store_sink_set_exit(rec, s.exit_status);
	tracer_finish();
	reader_close(rd);
	store_close(in);
	return 0;
}
