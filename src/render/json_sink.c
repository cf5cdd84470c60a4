/*
 * json_sink.c - the JSON Lines sink (`--json`): one object per finished
 * event, on stderr or the -o file.  Arguments are keyed by the names the
 * syscall table carries (from the kernel's tracepoint formats); values are
 * encoded as docs/JSON.md says and docs/trace-event.schema.json checks.
 */
#include "json.h"
#include "render.h"
#include "output.h"
#include "tracer.h"

#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

struct json_sink {
	struct sink sink;
	struct outstream *out;
};

static struct sbuf *begin(struct json_sink *j, const char *type, int pid, int tid, uint64_t ts)
{
	struct sbuf *b = &j->out->buf;
	sbuf_puts(b, "{\"type\":\"");
	sbuf_puts(b, type);
	sbuf_puts(b, "\",\"ts\":\"");
	sbuf_put_udec(b, ts + tr.real_offset);
	sbuf_puts(b, "\",\"rel_ns\":");
	json_uint(b, ts >= tr.start_ts ? ts - tr.start_ts : 0);
	if (pid) {
		sbuf_puts(b, ",\"pid\":");
		sbuf_put_dec(b, pid);
		sbuf_puts(b, ",\"tid\":");
		sbuf_put_dec(b, tid);
	}
	return b;
}

static void end(struct json_sink *j)
{
	sbuf_putc(&j->out->buf, '}');
	out_write_line_end(j->out);
}

static void put_key(struct sbuf *b, const char *k)
{
	sbuf_puts(b, ",\"");
	sbuf_puts(b, k);
	sbuf_puts(b, "\":");
}

static void put_signame(struct sbuf *b, int sig)
{
	const char *name = signame(sig);
	put_key(b, "sig");
	if (name)
		json_string(b, name, strlen(name));
	else
		sbuf_printf(b, "\"%d\"", sig);
}

/* -k: the frames that go with this record, innermost first (docs/JSON.md) */
static void put_stack(struct sbuf *b, const struct tcb *t)
{
	if (!t->stk.n)
		return;
	put_key(b, "stack");
	sbuf_putc(b, '[');
	for (unsigned i = 0; i < t->stk.n; i++) {
		const struct frame *f = &t->stk.v[i];
		if (f->truncated) {   /* more than STACK_MAX_FRAMES */
			sbuf_puts(b, i ? ",{\"truncated\":true}" : "{\"truncated\":true}");
			continue;
		}
		sbuf_puts(b, i ? ",{\"pc\":" : "{\"pc\":");
		json_uint(b, f->pc);
		if (f->module) {
			put_key(b, "file");
			json_text(b, f->module, strlen(f->module));
			put_key(b, "file_offset");
			json_uint(b, f->file_off);
		}
		if (f->symbol) {
			put_key(b, "symbol");
			json_text(b, f->symbol, strlen(f->symbol));
			put_key(b, "offset");
			json_uint(b, f->sym_off);
		}
		sbuf_putc(b, '}');
	}
	sbuf_putc(b, ']');
}

/* Kernel codes that mean "will be restarted": strace prints "= ?" for them. */
static bool restart_code(int err)
{
	bool restart = false;
	kernel_errno_info(err, NULL, &restart);
	return restart;
}

static void put_syscall(struct json_sink *j, struct tcb *t, uint64_t ts, bool finished)
{
	const struct dctx *c = &t->dc;
	struct sbuf *b = begin(j, "syscall", t->pid, t->tid, t->entry_ts);
	const struct sysent *se = sysent_get(t->scno);
	put_key(b, "name");
	if (se)
		json_string(b, se->name, strlen(se->name));
	else
		sbuf_printf(b, "\"syscall_%#x\"", (unsigned)sc_kernel_nr(t->scno));
	put_key(b, "nr");
	sbuf_put_dec(b, sc_kernel_nr(t->scno));
	if (sc_pers(t->scno) == PERS_I386) {   /* nr is i386's */
		put_key(b, "personality");
		sbuf_puts(b, "32");
	}
	const char *names[6];
	unsigned nn = 0;
	for (int i = 0; i < 6; i++) {
		names[i] = sysent_argname(t->scno, i);
		if (names[i])
			nn = i + 1;
	}
	put_key(b, "args");
	json_value_args(b, c->args, names, nn);
	put_key(b, "ret");
	if (!finished || c->retfmt == RET_NONE || (c->err && restart_code(c->err)))
		sbuf_puts(b, "null");
	else if (c->err)
		sbuf_puts(b, "-1");
	else if (c->retfmt == RET_HEX || c->retfmt == RET_UDEC || c->retfmt == RET_U32ERR)
		json_uint(b, (uint64_t)c->rval);
	else
		json_int(b, c->rval);
	if (finished && c->err) {
		const char *en = errno_name(c->err);
		if (!en)
			en = kernel_errno_name(c->err);
		put_key(b, "errno");
		if (en)
			json_string(b, en, strlen(en));
		else
			sbuf_printf(b, "\"E%d\"", c->err);
		put_key(b, "errno_nr");
		sbuf_put_dec(b, c->err);
	}
	if (finished && c->ret_aux) {
		put_key(b, "ret_aux");
		json_value(b, c->ret_aux);
	}
	if (finished && c->ret_path) {
		put_key(b, "ret_path");
		json_text(b, c->ret_path, strlen(c->ret_path));
	}
	if (finished && (t->tampered & (TAMPER_RETVAL | TAMPER_ARGS)))
		sbuf_puts(b, ",\"injected\":true");   /* -e inject=: its result or argument memory */
	if (finished && (t->tampered & TAMPER_DELAYED))
		sbuf_puts(b, ",\"delayed\":true");
	if (finished) {
		put_key(b, "dur_ns");
		json_uint(b, ts - t->entry_ts);
		put_stack(b, t);
	} else {
		sbuf_puts(b, ",\"unfinished\":true");
	}
	end(j);
}

static void js_exit(struct sink *s, struct tcb *t, uint64_t ts)
{
	put_syscall((struct json_sink *)s, t, ts, true);
}

static void js_unfinished(struct sink *s, struct tcb *t, uint64_t ts, int why)
{
	(void)why;
	put_syscall((struct json_sink *)s, t, ts, false);
}

static void js_signal(struct sink *s, struct tcb *t, const struct event *ev, const struct value *info)
{
	struct json_sink *j = (struct json_sink *)s;
	struct sbuf *b = begin(j, "signal", t->pid, t->tid, ev->ts);
	put_key(b, "signo");
	sbuf_put_dec(b, ev->sig.signo);
	put_signame(b, ev->sig.signo);
	if (info) {
		put_key(b, "siginfo");
		json_value(b, info);
	}
	put_stack(b, t);
	end(j);
}

static void js_group_stop(struct sink *s, struct tcb *t, uint64_t ts, int sig)
{
	struct json_sink *j = (struct json_sink *)s;
	struct sbuf *b = begin(j, "stop", t->pid, t->tid, ts);
	put_key(b, "signo");
	sbuf_put_dec(b, sig);
	put_signame(b, sig);
	put_stack(b, t);
	end(j);
}

static void js_exit_thread(struct sink *s, struct tcb *t, uint64_t ts, int status)
{
	struct json_sink *j = (struct json_sink *)s;
	struct sbuf *b = begin(j, "exit", t->pid, t->tid, ts);
	put_key(b, "status");
	sbuf_put_dec(b, status);
	if (WIFEXITED(status)) {
		put_key(b, "code");
		sbuf_put_dec(b, WEXITSTATUS(status));
	} else {
		const char *name = signame(WTERMSIG(status));
		put_key(b, "killed");
		if (name)
			json_string(b, name, strlen(name));
		else
			sbuf_printf(b, "\"%d\"", WTERMSIG(status));
		sbuf_puts(b, WCOREDUMP(status) ? ",\"core\":true" : ",\"core\":false");
	}
	put_stack(b, t);   /* taken at an exit or exit_group that never returned */
	end(j);
}

static void js_detached(struct sink *s, struct tcb *t, uint64_t ts)
{
	struct json_sink *j = (struct json_sink *)s;
	begin(j, "detach", t->pid, t->tid, ts);
	end(j);
}

static void js_lost(struct sink *s, struct tcb *t, uint64_t ts, unsigned count, const char *reason)
{
	struct json_sink *j = (struct json_sink *)s;
	struct sbuf *b = begin(j, "lost", t->pid, t->tid, ts);
	put_key(b, "count");
	sbuf_put_dec(b, count);
	put_key(b, "reason");
	json_string(b, reason, strlen(reason));
	end(j);
}

static void js_raw(struct sink *s, const struct event *ev, uint64_t seq, const struct value *siginfo,
		   const void *cap, size_t caplen)
{
	(void)seq;
	(void)siginfo;
	(void)cap;
	(void)caplen;
	struct json_sink *j = (struct json_sink *)s;
	if (ev->kind == EV_EXEC) {
		struct sbuf *b = begin(j, "exec", ev->pid, ev->tid, ev->ts);
		put_key(b, "old_tid");
		sbuf_put_dec(b, ev->exec.old_tid > 0 ? ev->exec.old_tid : ev->tid);
		end(j);
	}
	/* our own started command is not "attached" */
	if (ev->kind == EV_ATTACH && !ev->attach.startup) {
		begin(j, "attach", ev->pid, ev->tid, ev->ts);
		end(j);
	}
}

static void js_close(struct sink *s)
{
	struct json_sink *j = (struct json_sink *)s;
	out_close(j->out);
	free(j);
}

static const struct sink_ops json_ops = {
	.name = "json",
	.syscall_exit = js_exit,
	.syscall_unfinished = js_unfinished,
	.signal = js_signal,
	.group_stop = js_group_stop,
	.exit = js_exit_thread,
	.detached = js_detached,
	.lost = js_lost,
	.raw_event = js_raw,
	.close = js_close,
};

struct sink *json_sink_new(const char *path, bool append)
{
	struct json_sink *j = xcalloc(1, sizeof(*j));
	j->sink.ops = &json_ops;
	j->out = out_open(path, append);
	return &j->sink;
}
