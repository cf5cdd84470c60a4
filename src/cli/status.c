/*
 * status.c - `sctrace status [NAME] [--json]`: the background sessions the
 * caller may see, each asked over its control socket for its counters
 * (docs/SESSIONS.md); an ended or dead one is described from its NAME.info
 * and its store.
 */
#include "cli.h"
#include "control.h"
#include "daemon.h"
#include "json.h"
#include "registry.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static void status_usage(void)
{
	fputs(
"Usage: sctrace status [NAME] [--json]\n"
"\n"
"The background sessions you may see (root: everyone's): state (running,\n"
"ended, dead), the traced processes, backend, events recorded and their rate\n"
"over the last seconds, failed syscalls, lost events, the store and its size,\n"
"uptime and the current filter.  A session whose tracer died is shown as dead\n"
"(its store stays readable) and its stale socket is removed.\n"
"\n"
"  --json       one JSON array of objects instead of text (docs/SESSIONS.md)\n", stdout);
	exit(0);
}

static const char *const states[] = { "running", "ended", "dead" };

/* An ended or dead session's counts, from its store (readers never block its writer). */
static void count_store(const char *path, long long *syscalls, long long *events)
{
	sqlite3 *db = NULL;
	*syscalls = *events = -1;
	if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		sqlite3_close(db);
		return;
	}
	sqlite3_busy_timeout(db, 2000);
	const char *q[2] = { "SELECT count(*) FROM syscall", "SELECT count(*) FROM event" };
	long long *out[2] = { syscalls, events };
	for (int i = 0; i < 2; i++) {
		sqlite3_stmt *s = NULL;
		if (sqlite3_prepare_v2(db, q[i], -1, &s, NULL) == SQLITE_OK && sqlite3_step(s) == SQLITE_ROW)
			*out[i] = sqlite3_column_int64(s, 0);
		sqlite3_finalize(s);
	}
	sqlite3_close(db);
}

struct row {
	struct session_info *s;
	bool live;                /* answered: the fields below are its */
	char body[8192];
	char err[512];            /* running, but did not answer: why */
};

static const char *field(const struct row *r, const char *key, char *buf, size_t n)
{
	return r->live ? ctl_field(r->body, key, buf, n) : (*buf = 0, buf);
}

static void json_str(struct sbuf *b, const char *key, const char *v, bool comma)
{
	sbuf_printf(b, "%s\"%s\":", comma ? "," : "", key);
	json_text(b, v, strlen(v));
}

static void print_json(struct row *rows, int n)
{
	struct sbuf b = { 0 };
	sbuf_putc(&b, '[');
	for (int i = 0; i < n; i++) {
		struct row *r = &rows[i];
		struct session_info *s = r->s;
		char v[4096];
		sbuf_puts(&b, i ? ",{" : "{");
		json_str(&b, "name", s->name, false);
		json_str(&b, "state", r->live ? field(r, "state", v, sizeof(v)) : states[s->state], true);
		sbuf_printf(&b, ",\"pid\":%d,\"uid\":%u", s->pid, (unsigned)s->uid);
		json_str(&b, "backend", s->backend, true);
		json_str(&b, "command", s->command, true);
		sbuf_puts(&b, ",\"targets\":[");
		field(r, "targets", v, sizeof(v));
		for (char *p = strtok(v, " "), *first = p; p; p = strtok(NULL, " "))
			sbuf_printf(&b, "%s%s", p == first ? "" : ",", p);
		sbuf_putc(&b, ']');
		long long sc = -1, ev = -1;
		if (r->live) {
			sc = atoll(field(r, "syscalls", v, sizeof(v)));
			ev = atoll(field(r, "events", v, sizeof(v)));
			sbuf_printf(&b, ",\"threads\":%s", field(r, "threads", v, sizeof(v)));
			sbuf_printf(&b, ",\"errors\":%s", field(r, "errors", v, sizeof(v)));
			sbuf_printf(&b, ",\"lost\":%s", field(r, "lost", v, sizeof(v)));
			sbuf_printf(&b, ",\"rate\":%s", field(r, "rate", v, sizeof(v)));
			sbuf_printf(&b, ",\"uptime_s\":%.3f", atof(field(r, "uptime_ns", v, sizeof(v))) / 1e9);
			json_str(&b, "filter", field(r, "filter", v, sizeof(v)), true);
			sbuf_printf(&b, ",\"ring\":%s", field(r, "ring", v, sizeof(v)));
		} else {
			count_store(s->store, &sc, &ev);
			json_str(&b, "reason", *r->err ? r->err : s->reason, true);
		}
		sbuf_printf(&b, ",\"syscalls\":%lld,\"other_events\":%lld,\"events\":%lld", sc, ev,
			    sc >= 0 && ev >= 0 ? sc + ev : -1);
		json_str(&b, "store", s->store, true);
		sbuf_printf(&b, ",\"size\":%llu", (unsigned long long)session_store_size(s->store));
		json_str(&b, "cmd_output", s->cmd_output, true);
		sbuf_printf(&b, ",\"started_ns\":%lld}", (long long)s->started_ns);
	}
	sbuf_puts(&b, "]\n");
	fwrite(b.p, 1, b.len, stdout);
	sbuf_free(&b);
}

static void print_text(struct row *rows, int n)
{
	for (int i = 0; i < n; i++) {
		struct row *r = &rows[i];
		struct session_info *s = r->s;
		char v[4096], sz[32], up[32];
		session_format_size(sz, sizeof(sz), session_store_size(s->store));
		if (i)
			putchar('\n');
		if (!r->live) {
			long long sc, ev;
			count_store(s->store, &sc, &ev);
			printf("%s  %s (%s)\n", s->name, states[s->state], *r->err ? r->err : s->reason);
			printf("  traced   %s\n", s->command);
			if (sc >= 0)
				printf("  events   %lld (%lld syscalls)\n", sc + ev, sc);
			printf("  store    %s (%s)\n", s->store, sz);
			continue;
		}
		session_format_duration(up, sizeof(up), strtoull(field(r, "uptime_ns", v, sizeof(v)), NULL, 10));
		printf("%s  %s  pid %d, %s backend, up %s\n", s->name, field(r, "state", v, sizeof(v)), s->pid,
		       s->backend, up);
		printf("  traces   %s", field(r, "targets", v, sizeof(v)));
		printf(" (%s threads): %s\n", field(r, "threads", v, sizeof(v)), s->command);
		unsigned long long sc = strtoull(field(r, "syscalls", v, sizeof(v)), NULL, 10);
		unsigned long long ev = strtoull(field(r, "events", v, sizeof(v)), NULL, 10);
		printf("  events   %llu (%llu syscalls), %s/s", sc + ev, sc, field(r, "rate", v, sizeof(v)));
		printf(", %s failed", field(r, "errors", v, sizeof(v)));
		printf(", %s lost\n", field(r, "lost", v, sizeof(v)));
		printf("  store    %s (%s)", s->store, sz);
		if (strcmp(field(r, "ring", v, sizeof(v)), "0"))
			printf(", ring of %s syscalls", v);
		putchar('\n');
		field(r, "filter", v, sizeof(v));
		printf("  filter   %s\n", *v ? v : "(none: everything)");
		if (*s->cmd_output)
			printf("  output   %s\n", s->cmd_output);
	}
}

int cmd_status(int argc, char **argv)
{
	bool json = false;
	const char *name = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			status_usage();
		else if (!strcmp(argv[i], "--json"))
			json = true;
		else if (argv[i][0] == '-')
			bad_usage("invalid option %s", argv[i]);
		else if (name)
			bad_usage("unexpected argument '%s' (status takes one NAME)", argv[i]);
		else
			name = argv[i];
	}
	static struct session_info *all;   /* static: reachable until exit on the error paths */
	int n = 0;
	if (name) {
		all = xcalloc(1, sizeof(*all));
		if (!registry_lookup(name, all))
			die("no session named '%s' ('sctrace status' lists them)", name);
		n = 1;
	} else {
		n = registry_list(&all);
	}
	static struct row *rows;
	rows = xcalloc(n ? n : 1, sizeof(*rows));
	for (int i = 0; i < n; i++) {
		rows[i].s = &all[i];
		if (all[i].state != SESSION_RUNNING)
			continue;
		struct sbuf body = { 0 };
		rows[i].live = ctl_call(&all[i], "status", NULL, 0, &body, rows[i].err, sizeof(rows[i].err), 5);
		if (rows[i].live) {
			snprintf(rows[i].body, sizeof(rows[i].body), "%s", body.p);
		} else {
			/* it may be ending (its last commit) or have died just now: look again */
			struct timespec ts = { 0, 300 * 1000000 };
			nanosleep(&ts, NULL);
			struct session_info again;
			if (registry_lookup(all[i].name, &again) && again.state != SESSION_RUNNING) {
				all[i] = again;
				*rows[i].err = 0;
			}
		}
		sbuf_free(&body);
	}
	if (json)
		print_json(rows, n);
	else if (!n)
		puts("no sessions ('sctrace start' starts one)");
	else
		print_text(rows, n);
	free(rows);
	free(all);
	return 0;
}
