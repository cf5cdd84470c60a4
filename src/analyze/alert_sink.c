/*
 * alert_sink.c - the sink that checks rules: it keeps the process table
 * from attach, exec and exit events and from each finished call, builds an
 * evctx for the call (its path, descriptor and address resolved against
 * the process as it was before the call), and writes one alert per rule
 * that matches: text or JSON Lines, to stderr or --alert=FILE, and as JSON
 * on the stdin of --alert-exec's command.  An exec's effects are applied
 * before the rules see it, so proc.* is the new program and proc.parent.*
 * the one that started it.
 */
#include "alert.h"
#include "rules_fields.h"
#include "json.h"
#include "rules.h"
#include "sc_nr.h"
#include "sink.h"
#include "tracer.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

struct alert_sink {
	struct sink sink;
	struct ruleset rs;
	struct ptab *pt;
	struct alert_opts o;
	int fd;                  /* where alerts go */
	bool own_fd;
	unsigned long count;
	bool exec_failed;        /* --alert-exec could not run: said once */
	struct arena a;
};

static alert_hook_fn hook;
static void *hook_ud;

void alert_set_hook(alert_hook_fn fn, void *ud)
{
	hook = fn;
	hook_ud = ud;
}

unsigned long alert_sink_count(const struct sink *s)
{
	return ((const struct alert_sink *)s)->count;
}

bool alert_seed_live(void *ud, int pid, uint64_t ts, struct procctx *out)
{
	(void)ud;
	(void)ts;
	return procctx_read(pid, out, true);
}

/* ---- JSON ---- */

static void put_str(struct sbuf *b, const char *s)
{
	if (s)
		json_text(b, s, strlen(s));
	else
		sbuf_puts(b, "null");
}

static void put_id(struct sbuf *b, const char *key, int v)
{
	sbuf_printf(b, ",\"%s\":", key);
	if (v < 0)
		sbuf_puts(b, "null");
	else
		sbuf_put_dec(b, v);
}

static void put_argv(struct sbuf *b, char **argv, int argc)
{
	sbuf_putc(b, '[');
	for (int i = 0; i < argc; i++) {
		if (i)
			sbuf_putc(b, ',');
		put_str(b, argv[i]);
	}
	sbuf_putc(b, ']');
}

static void put_process(struct sbuf *b, const struct proc *p, int tid)
{
	sbuf_printf(b, "{\"pid\":%d", p->pid);
	if (tid)
		sbuf_printf(b, ",\"tid\":%d", tid);
	put_id(b, "ppid", p->ppid ? p->ppid : -1);
	sbuf_puts(b, ",\"comm\":");
	put_str(b, p->comm[0] ? p->comm : NULL);
	sbuf_puts(b, ",\"exe\":");
	put_str(b, p->exe);
	sbuf_puts(b, ",\"argv\":");
	put_argv(b, p->argv, p->argc);
	if (tid) {
		sbuf_puts(b, ",\"cwd\":");
		put_str(b, p->cwd);
		put_id(b, "uid", p->uid);
		put_id(b, "euid", p->euid);
		put_id(b, "gid", p->gid);
		put_id(b, "egid", p->egid);
		sbuf_puts(b, ",\"tty\":");
		put_str(b, p->tty);
		sbuf_printf(b, ",\"listener\":%s", p->listener ? "true" : "false");
	} else {
		sbuf_printf(b, ",\"traced\":%s", p->traced ? "true" : "false");
	}
	sbuf_putc(b, '}');
}

static void put_event(struct sbuf *b, struct evctx *e)
{
	const struct dctx *c = e->c;
	const struct sysent *se = sysent_get(c->nr);
	sbuf_printf(b, "{\"seq\":%llu,\"ts\":\"%llu\",\"syscall\":", (unsigned long long)e->seq,
		    (unsigned long long)e->ts);
	if (se)
		put_str(b, se->name);
	else
		sbuf_printf(b, "\"syscall_%#x\"", (unsigned)c->nr);
	const char *names[6];
	unsigned nn = 0;
	for (int i = 0; i < 6; i++) {
		names[i] = sysent_argname(c->nr, i);
		if (names[i])
			nn = i + 1;
	}
	sbuf_puts(b, ",\"args\":");
	json_value_args(b, c->args, names, nn);
	sbuf_puts(b, ",\"ret\":");
	json_int(b, c->err ? -1 : c->rval);
	sbuf_puts(b, ",\"errno\":");
	put_str(b, c->err ? (errno_name(c->err) ? errno_name(c->err) : kernel_errno_name(c->err)) : NULL);
	sbuf_puts(b, ",\"path\":");
	put_str(b, e->path);
	sbuf_putc(b, '}');
}

static void alert_json(struct sbuf *b, const struct rule *r, struct evctx *e, const char *time,
		       const char *output)
{
	sbuf_puts(b, "{\"time\":");
	put_str(b, time);
	sbuf_puts(b, ",\"rule\":");
	put_str(b, r->name);
	sbuf_puts(b, ",\"priority\":");
	put_str(b, prio_name(r->prio));
	sbuf_puts(b, ",\"tags\":");
	put_argv(b, r->tags, r->ntags);
	sbuf_puts(b, ",\"output\":");
	put_str(b, output);
	sbuf_puts(b, ",\"event\":");
	put_event(b, e);
	sbuf_puts(b, ",\"process\":");
	if (e->p)
		put_process(b, e->p, e->tid);
	else
		sbuf_printf(b, "{\"pid\":%d,\"tid\":%d}", e->pid, e->tid);
	sbuf_puts(b, ",\"ancestry\":[");
	int i = 0;
	for (const struct proc *a = e->p ? e->p->parent : NULL; a; a = a->parent, i++) {
		if (i)
			sbuf_putc(b, ',');
		put_process(b, a, 0);
	}
	sbuf_puts(b, "]}");
}

/* "sh(412) < python3(400) < bash(12)" */
static void ancestry_text(struct sbuf *b, const struct proc *p)
{
	for (const struct proc *a = p; a; a = a->parent) {
		if (a != p)
			sbuf_puts(b, " < ");
		sbuf_printf(b, "%s(%d)", a->comm[0] ? a->comm : "?", a->pid);
	}
}

/* ---- delivery ---- */


/*
 * CMD gets the alert's JSON on its stdin.  It runs as a grandchild, so the
 * tracer (which waits for any child) never sees it; the intermediate child
 * is reaped at once.
 */
static void run_exec(struct alert_sink *as, const char *json, size_t len)
{
	int pfd[2];
	if (pipe2(pfd, O_CLOEXEC) < 0)
		goto failed;
	pid_t mid = fork();
	if (mid < 0) {
		close(pfd[0]);
		close(pfd[1]);
		goto failed;
	}
	if (mid == 0) {
		if (fork() == 0) {
			dup2(pfd[0], 0);
			if (as->fd == 1)   /* alerts on stdout: keep the command's output off it */
				dup2(2, 1);
			signal(SIGPIPE, SIG_DFL);
			execl("/bin/sh", "sh", "-c", as->o.exec, (char *)NULL);
			_exit(127);
		}
		_exit(0);
	}
	close(pfd[0]);
	while (waitpid(mid, NULL, 0) < 0 && errno == EINTR)
		;
	/* a command that does not read must not hold the trace: write what the pipe takes */
	fcntl(pfd[1], F_SETFL, O_NONBLOCK);
	void (*old)(int) = signal(SIGPIPE, SIG_IGN);
	write_all(pfd[1], json, len);
	write_all(pfd[1], "\n", 1);
	signal(SIGPIPE, old);
	close(pfd[1]);
	return;
failed:
	if (!as->exec_failed)
		error_msg_errno("--alert-exec: cannot run '%s'", as->o.exec);
	as->exec_failed = true;
}

static void raise_alert(struct alert_sink *as, const struct rule *r, struct evctx *e)
{
	struct sbuf out = { 0 }, line = { 0 }, json = { 0 };
	rule_output(r, e, &out);
	sbuf_putc(&out, 0);
	struct fval t = { 0 };
	const char *param;
	const char *time = field_find("evt.time", &param)->get(e, NULL, &t) ? t.s : "";
	sbuf_printf(&line, "%s %s %s: %s [", time, prio_name(r->prio), r->name, out.p);
	ancestry_text(&line, e->p);
	sbuf_putc(&line, ']');
	sbuf_putc(&line, 0);
	alert_json(&json, r, e, time, out.p);
	sbuf_putc(&json, 0);
	const struct sbuf *b = as->o.format == ALERT_JSON ? &json : &line;
	if (as->fd >= 0) {
		out_flush_all();   /* after the trace lines that led to it */
		struct sbuf w = { 0 };
		sbuf_putn(&w, b->p, b->len - 1);
		sbuf_putc(&w, '\n');
		write_all(as->fd, w.p, w.len);
		sbuf_free(&w);
	}
	if (as->o.exec)
		run_exec(as, json.p, json.len - 1);
	as->count++;
	if (hook) {
		struct alert a = { r, r->prio, e->tid, e->pid, e->ts, e->seq, line.p, json.p };
		hook(&a, hook_ud);
	}
	sbuf_free(&out);
	sbuf_free(&line);
	sbuf_free(&json);
}

/* ---- the sink ---- */

static void as_syscall_exit(struct sink *s, struct tcb *t, uint64_t ts)
{
	(void)ts;
	struct alert_sink *as = (struct alert_sink *)s;
	int tid = t->entry_tid ? t->entry_tid : t->tid;
	struct proc *p = ptab_proc(as->pt, t->tid, t->pid, t->entry_ts + tr.real_offset);
	p->refs++;   /* held while the rules look at it */
	arena_reset(&as->a);
	/* the rules name x86_64 calls: an i386 call is seen as its x86_64 twin */
	struct dctx nat = t->dc;
	compat_native(&nat);
	struct evctx e = {
		.c = &nat, .tid = tid, .pid = t->pid, .ts = t->entry_ts + tr.real_offset,
		.seq = t->entry_seq, .p = p, .a = &as->a,
	};
	evctx_prepare(&e);
	bool exec = (nat.nr == SC_execve || nat.nr == SC_execveat) && !nat.err;
	if (exec)
		ptab_apply(as->pt, p, &nat);
	for (int i = 0; i < as->rs.nrules; i++) {
		const struct rule *r = &as->rs.rules[i];
		if (r->enabled && r->prio <= as->o.min_prio && rule_matches(r, &e))
			raise_alert(as, r, &e);
	}
	if (!exec)
		ptab_apply(as->pt, p, &nat);
	ptab_release(p);
}

static void as_raw_event(struct sink *s, const struct event *ev, uint64_t seq, const struct value *siginfo,
			 const void *cap, size_t caplen)
{
	(void)seq;
	(void)siginfo;
	(void)cap;
	(void)caplen;
	struct alert_sink *as = (struct alert_sink *)s;
	switch (ev->kind) {
	case EV_ATTACH:
		ptab_attach(as->pt, ev->tid, ev->pid, ev->attach.parent_tid, ev->ts + tr.real_offset);
		break;
	case EV_EXEC:
		ptab_exec_event(as->pt, ev->tid, ev->pid, ev->exec.old_tid, ev->ts + tr.real_offset,
				as->o.execve_traced);
		break;
	case EV_EXIT: case EV_DETACH:
		ptab_thread_exit(as->pt, ev->tid);
		break;
	}
}

static void as_close(struct sink *s)
{
	struct alert_sink *as = (struct alert_sink *)s;
	if (as->own_fd)
		close(as->fd);
	ptab_free(as->pt);
	ruleset_free(&as->rs);
	arena_free(&as->a);
	free(as);
}

static const struct sink_ops alert_ops = {
	.name = "alert",
	.syscall_exit = as_syscall_exit,
	.raw_event = as_raw_event,
	.close = as_close,
};

struct sink *alert_sink_new(const struct alert_opts *o)
{
	struct alert_sink *as = xcalloc(1, sizeof(*as));
	as->sink.ops = &alert_ops;
	as->o = *o;
	ruleset_setup(&as->rs, o->rules, o->nrules, o->no_default);
	as->pt = ptab_new(o->seed, o->seed_ud);
	as->fd = 2;
	if (o->quiet)
		as->fd = -1;
	else if (o->path && !strcmp(o->path, "-")) {
		as->fd = 1;
	} else if (o->path) {
		as->fd = open(o->path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOCTTY, 0600);
		if (as->fd < 0)
			die_errno("--alert: %s", o->path);
		as->own_fd = true;
	}
	return &as->sink;
}
