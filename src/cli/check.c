/*
 * check.c - `sctrace check [--rules FILE]... TRACE`: the alert rules over a
 * recorded trace.  The recording is fed through the session and decoders
 * as replay does, to the same alert sink a live --alert run uses; a
 * process the trace did not see created is seeded from the store's
 * process row (what /proc said when it was recorded), so both give the
 * same alerts.  Exit status: 0 no alert, 2 alerts, 1 an error.
 */
#include "cli.h"
#include "alert.h"
#include "fields.h"
#include "reader.h"
#include "rules.h"
#include "sc_nr.h"
#include "store.h"
#include "tracer.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void check_usage(void)
{
	fputs(
"Usage: sctrace check [OPTIONS] TRACE     (a file, or a postgresql:// URL)\n"
"       sctrace check [--rules FILE]... --list-rules | --list-fields\n"
"\n"
"Check a recorded trace (sctrace record) against the alert rules: the shipped\n"
"ones, then /etc/sctrace/rules.d/*.rules, ~/.config/sctrace/rules.d/*.rules and\n"
"each --rules FILE, later files overriding earlier ones (docs/RULES.md).  Each\n"
"alert names the rule, the triggering call, the process and its ancestry.\n"
"Exit status: 0 no alert, 2 alerts were raised, 1 an error.\n"
"\n"
"  --rules=FILE            read this rule file too (repeatable)\n"
"  --no-default-rules      only the --rules files\n"
"  --alert-format=text|json  one line per alert, or one JSON object per line\n"
"  --json                  the same as --alert-format=json\n"
"  --alert-priority=LEVEL  only alerts this severe or more: emergency alert\n"
"                          critical error warning notice info debug\n"
"  --alert-exec=CMD        run CMD (with sh -c) for each alert, its JSON on stdin\n"
"  -o FILE                 write the alerts to FILE instead of stdout\n"
"  --host=H, --trace-id=N  of a store holding many traces (PostgreSQL): host H's\n"
"                          latest, or trace N (docs/POSTGRES.md)\n"
"  --list-rules            the rules after loading (name, priority, on/off, tags)\n"
"  --list-fields           the fields conditions and outputs can use\n", stdout);
	exit(0);
}

/* ---- seeding processes from the store's process table ---- */

struct store_seed {
	struct store *st;
	sqlite3_stmt *row, *each, *anc;
	bool ok;   /* the table has the columns (an older store has not) */
};

static char *col_text(sqlite3_stmt *s, int i)
{
	const unsigned char *t = sqlite3_column_text(s, i);
	return t ? xstrdup((const char *)t) : NULL;
}

/* a JSON array of strings into argv */
static void json_argv(struct store_seed *ss, const char *json, char ***argv, int *argc)
{
	*argv = NULL;
	*argc = 0;
	if (!json)
		return;
	sqlite3_bind_text(ss->each, 1, json, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(ss->each) == SQLITE_ROW) {
		*argv = xrealloc(*argv, (*argc + 1) * sizeof(char *));
		(*argv)[(*argc)++] = col_text(ss->each, 0);
	}
	sqlite3_reset(ss->each);
}

static void seed_ancestry(struct store_seed *ss, const char *json, struct procctx *out)
{
	if (!json)
		return;
	sqlite3_bind_text(ss->anc, 1, json, -1, SQLITE_TRANSIENT);
	while (sqlite3_step(ss->anc) == SQLITE_ROW) {
		out->anc = xrealloc(out->anc, (out->nanc + 1) * sizeof(*out->anc));
		struct procctx *a = &out->anc[out->nanc++];
		memset(a, 0, sizeof(*a));
		a->pid = sqlite3_column_int(ss->anc, 0);
		const unsigned char *comm = sqlite3_column_text(ss->anc, 1);
		snprintf(a->comm, sizeof(a->comm), "%s", comm ? (const char *)comm : "");
		a->exe = col_text(ss->anc, 2);
		char *argv = col_text(ss->anc, 3);
		a->ppid = 0;
		if (argv) {
			/* the statement is in use: read the argv after it */
			a->argv = (char **)argv;
			a->argc = -1;
		}
	}
	sqlite3_reset(ss->anc);
	for (int i = 0; i < out->nanc; i++) {
		struct procctx *a = &out->anc[i];
		if (a->argc == -1) {
			char *json_text = (char *)a->argv;
			json_argv(ss, json_text, &a->argv, &a->argc);
			free(json_text);
		}
		if (i + 1 < out->nanc)
			a->ppid = out->anc[i + 1].pid;
	}
	if (out->nanc)
		out->ppid = out->anc[0].pid;
}

static bool store_seed(void *ud, int pid, uint64_t ts, struct procctx *out)
{
	struct store_seed *ss = ud;
	if (!ss->row)
		return false;
	sqlite3_bind_int(ss->row, 1, pid);
	sqlite3_bind_int64(ss->row, 2, (int64_t)ts);
	sqlite3_bind_int64(ss->row, 3, ss->st->session_id);
	if (sqlite3_step(ss->row) != SQLITE_ROW) {
		sqlite3_reset(ss->row);
		return false;
	}
	memset(out, 0, sizeof(*out));
	out->pid = pid;
	const unsigned char *comm = sqlite3_column_text(ss->row, 0);
	snprintf(out->comm, sizeof(out->comm), "%s", comm ? (const char *)comm : "");
	out->exe = col_text(ss->row, 1);
	char *argv = col_text(ss->row, 2);
	out->cwd = col_text(ss->row, 3);
	if (ss->ok && sqlite3_column_type(ss->row, 4) != SQLITE_NULL) {
		out->have_ids = true;
		out->uid = sqlite3_column_int(ss->row, 4);
		out->euid = sqlite3_column_int(ss->row, 5);
		out->gid = sqlite3_column_int(ss->row, 6);
		out->egid = sqlite3_column_int(ss->row, 7);
	}
	/* a live recording read the terminal with the ids: NULL then means none */
	if (ss->ok && out->have_ids) {
		out->have_tty = true;
		out->tty = col_text(ss->row, 8);
	}
	char *anc = ss->ok ? col_text(ss->row, 9) : NULL;
	sqlite3_reset(ss->row);
	json_argv(ss, argv, &out->argv, &out->argc);
	seed_ancestry(ss, anc, out);
	free(argv);
	free(anc);
	return true;
}

static void seed_open(struct store_seed *ss, struct store *st)
{
	ss->st = st;
	sqlite3_stmt *probe;
	ss->ok = sqlite3_prepare_v2(st->db, "SELECT uid, ancestry FROM process LIMIT 0", -1, &probe, NULL) == SQLITE_OK;
	sqlite3_finalize(probe);
	/* the instance of pid alive at ts: the latest started by then, else the first after */
	char sql[512];
	snprintf(sql, sizeof(sql),
		 "SELECT comm, exe, argv, cwd, %s FROM process WHERE pid = ?1 AND session_id = ?3 "
		 "ORDER BY (start_ns <= ?2) DESC, CASE WHEN start_ns <= ?2 THEN -start_ns ELSE start_ns END LIMIT 1",
		 ss->ok ? "uid, euid, gid, egid, tty, ancestry" : "NULL, NULL, NULL, NULL, NULL, NULL");
	ss->row = store_prepare(st, sql);
	ss->each = store_prepare(st, "SELECT value FROM json_each(?1)");
	ss->anc = store_prepare(st, "SELECT json_extract(value, '$.pid'), json_extract(value, '$.comm'), "
				"json_extract(value, '$.exe'), json_extract(value, '$.argv') FROM json_each(?1)");
}

static void seed_close(struct store_seed *ss)
{
	sqlite3_finalize(ss->row);
	sqlite3_finalize(ss->each);
	sqlite3_finalize(ss->anc);
}

/* Were execve and execveat recorded (not filtered out with -e trace=)? */
static bool execve_recorded(struct store *st)
{
	sqlite3_stmt *s = store_prepare(st, "SELECT coalesce(json_extract(config, '$.trace_all'), 1) "
				   "OR EXISTS (SELECT 1 FROM syscall WHERE name IN ('execve', 'execveat')) "
				   "FROM session LIMIT 1");
	bool yes = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return yes;
}

/* ---- listings ---- */

static int list_rules(struct trace_config *cfg)
{
	struct ruleset rs = { 0 };
	ruleset_setup(&rs, cfg->rules, cfg->nrules, cfg->no_default_rules);
	for (int i = 0; i < rs.nrules; i++) {
		const struct rule *r = &rs.rules[i];
		printf("%-24s %-9s %-3s ", r->name, prio_name(r->prio), r->enabled ? "on" : "off");
		for (int j = 0; j < r->ntags; j++)
			printf("%s%s", j ? "," : "", r->tags[j]);
		printf("\n");
	}
	ruleset_free(&rs);
	return 0;
}

static int list_fields(void)
{
	for (const struct field *f = rule_fields; f->name; f++)
		printf("%-22s %-8s %s\n", f->param ? "arg.NAME" : f->name, ftype_name(f->type), f->doc);
	return 0;
}

/* ---- the command ---- */

enum { C_RULES = 256, C_NO_DEFAULT, C_FORMAT, C_JSON, C_PRIO, C_EXEC, C_LIST_RULES, C_LIST_FIELDS,
       C_HOST, C_TRACE_ID };

int cmd_check(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "rules", required_argument, 0, C_RULES },
		{ "no-default-rules", no_argument, 0, C_NO_DEFAULT },
		{ "alert-format", required_argument, 0, C_FORMAT },
		{ "json", no_argument, 0, C_JSON },
		{ "alert-priority", required_argument, 0, C_PRIO },
		{ "alert-exec", required_argument, 0, C_EXEC },
		{ "list-rules", no_argument, 0, C_LIST_RULES },
		{ "list-fields", no_argument, 0, C_LIST_FIELDS },
		{ "host", required_argument, 0, C_HOST },
		{ "trace-id", required_argument, 0, C_TRACE_ID },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 },
	};
	static struct trace_config ac;   /* the alert part of the options */
	const char *out = "-", *host = NULL;
	int64_t trace_id = 0;
	int listing = 0, c;
	opterr = 0;
	optind = 0;
	while ((c = getopt_long(argc, argv, "ho:", longopts, NULL)) != -1) {
		switch (c) {
		case 'h': check_usage(); break;
		case 'o': out = optarg; break;
		case C_RULES:
			ac.rules = xrealloc(ac.rules, (ac.nrules + 1) * sizeof(char *));
			ac.rules[ac.nrules++] = optarg;
			break;
		case C_NO_DEFAULT: ac.no_default_rules = true; break;
		case C_JSON: ac.alert_format = ALERT_JSON; break;
		case C_FORMAT:
			if (strcmp(optarg, "text") && strcmp(optarg, "json"))
				bad_usage("invalid --alert-format '%s' (text or json)", optarg);
			ac.alert_format = strcmp(optarg, "json") ? ALERT_TEXT : ALERT_JSON;
			break;
		case C_PRIO: {
			int p = prio_by_name(optarg);
			if (p < 0)
				bad_usage("invalid --alert-priority '%s' (emergency alert critical error warning notice info debug)", optarg);
			ac.alert_prio = p + 1;
			break;
		}
		case C_EXEC:
			if (!*optarg)
				bad_usage("%s", "--alert-exec: missing COMMAND");
			ac.alert_exec = optarg;
			break;
		case C_LIST_RULES: case C_LIST_FIELDS: listing = c; break;
		case C_HOST: host = parse_host(optarg); break;
		case C_TRACE_ID: trace_id = parse_trace_id(optarg); break;
		default:
			bad_option(argv, optopt == 'o' || optopt == C_RULES || optopt == C_FORMAT ||
				   optopt == C_PRIO || optopt == C_EXEC || optopt == C_HOST || optopt == C_TRACE_ID);
		}
	}
	if (listing == C_LIST_FIELDS)
		return list_fields();
	if (listing == C_LIST_RULES)
		return list_rules(&ac);
	if (optind >= argc)
		bad_usage("%s", "missing TRACE: the trace store to check (sctrace check TRACE)");
	if (optind + 1 < argc)
		bad_usage("unexpected argument '%s' after TRACE", argv[optind + 1]);
	const char *path = argv[optind];

	/* the session as replay sets it up, with the alert sink as its only sink */
	static struct options opt;
	char *fake[] = { "check", "--", (char *)path, NULL };
	options_parse(&opt, MODE_REPLAY, 3, fake);
	store_select(host, trace_id);
	struct store *in = store_open(path);
	struct replay_session s = { 0 };
	struct store_reader *rd = reader_open(in, &s);
	struct decode_opts *d = &opt.cfg.dec;
	d->strsize = s.strsize;
	d->verbose = s.verbose;
	d->decode_fds = s.decode_fds;
	d->redact = s.redact;
	opt.cfg.follow_forks = s.follow_forks;
	opt.cfg.npids = s.npids;
	opt.cfg.text = false;
	opt.cfg.quiet = QUIET_ALL;
	opt.cfg.rules = ac.rules;
	opt.cfg.nrules = ac.nrules;
	opt.cfg.no_default_rules = ac.no_default_rules;
	opt.cfg.alert_format = ac.alert_format;
	opt.cfg.alert_prio = ac.alert_prio;
	opt.cfg.alert_exec = ac.alert_exec;
	opt.cfg.alert_path = out;

	decoders_init();
	tr.real_offset = s.mono_offset;
	setup_sinks(&opt, NULL);
	struct store_seed ss = { 0 };
	seed_open(&ss, in);
	/* whether exec calls are in the trace: the recording's trace set decides, not replay's (all) */
	opt.cfg.trace[SC_execve] = opt.cfg.trace[SC_execveat] = execve_recorded(in);
	struct sink *alerts = alert_sink_for(&opt.cfg, store_seed, &ss);
	tracer_add_sink(alerts);
	tr.decoding = true;

	struct event ev;
	const struct mem *mem;
	while (reader_next(rd, &ev, &mem))
		tracer_handle_event(NULL, &ev, mem);
	unsigned long n = alert_sink_count(alerts);
	tracer_finish();
	seed_close(&ss);
	reader_close(rd);
	store_close(in);
	free(ac.rules);
	return n ? 2 : 0;
}
