/*
 * push.c - `sctrace push FILE URL [--host NAME]`: a trace recorded into a
 * SQLite file, uploaded into a PostgreSQL trace store (docs/POSTGRES.md)
 * with COPY, in one transaction: all of it arrives, or none.  One line per
 * trace pushed says its number there.
 */
#include "cli.h"
#include "pg.h"
#include "store.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void push_usage(void)
{
	fputs(
"Usage: sctrace push FILE postgresql://[USER@]HOST[:PORT]/DB [--host NAME]\n"
"\n"
"Upload a trace recorded with `sctrace record -w FILE` into a PostgreSQL trace\n"
"store (the schema is made if absent), in one transaction.  Prints the trace's\n"
"number there: `sctrace report URL --trace-id N` reads it (docs/POSTGRES.md).\n"
"\n"
"  --host NAME  file it under this host (default: the host that recorded it)\n", stdout);
	exit(0);
}

static void pushed(const struct push_stats *s, void *arg)
{
	uint64_t t0 = *(uint64_t *)arg;
	double secs = (now_mono_ns() - t0) / 1e9;
	uint64_t rows = 0;
	for (int i = 0; i < TB_N; i++)
		rows += s->rows[i];
	printf("trace %lld (host %s): %llu syscalls, %llu events, %llu processes, %llu threads; "
	       "%llu rows in %.2f s (%.0f rows/s)\n", (long long)s->id, s->host,
	       (unsigned long long)s->rows[TB_SYSCALL], (unsigned long long)s->rows[TB_EVENT],
	       (unsigned long long)s->rows[TB_PROCESS], (unsigned long long)s->rows[TB_THREAD],
	       (unsigned long long)rows, secs, secs > 0 ? rows / secs : 0.0);
}

int cmd_push(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "host", required_argument, 0, 'H' },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 },
	};
	const char *host = NULL;
	opterr = 0;
	optind = 1;
	int c;
	while ((c = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		switch (c) {
		case 'H': host = parse_host(optarg); break;
		case 'h': push_usage(); break;
		default: bad_option(argv, optopt == 'H');
		}
	}
	if (argc - optind != 2)
		bad_usage("%s", argc - optind < 2 ? "push needs FILE and a postgresql:// URL"
						  : "push takes one FILE and one URL");
	const char *file = argv[optind], *url = argv[optind + 1];
	if (store_is_url(file))
		bad_usage("%s", "push FILE URL: FILE is a SQLite trace store (replay URL -w FILE copies one out)");
	if (!store_is_url(url))
		bad_usage("not a PostgreSQL URL: '%s' (postgresql://...)", url);
	struct store *src = store_open(file);
	char *display = pg_display_url(url);
	struct pg *pg = pg_connect(url, display);
	free(display);   /* the connection keeps its own copy */
	pg_schema(pg, true);
	uint64_t t0 = now_mono_ns();
	pg_push(src, pg, host, pushed, &t0);
	pg_close(pg);
	store_close(src);
	if (fflush(stdout) != 0)
		die_errno("writing to standard output");
	return 0;
}
