/*
 * printer.c - the strace text sink.
 *
 * It renders what the decoders built: the leader (pid prefix, timestamps,
 * syscall number), "name(args", the exit part, the aligned "= retval", and
 * the signal/exit lines.  When two threads interleave, the open line of one
 * is ended with " <unfinished ...>" and later resumed with
 * "<... name resumed>", exactly as strace prints it.
 */
#include "render.h"
#include "tracer.h"
#include "pidinfo.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>

/* ".123456" for prec 6 (nothing for 0): the first prec decimals of ns's fraction of a second */
static void put_fraction(struct sbuf *b, uint64_t ns, int prec)
{
	static const uint32_t div[10] = { 1000000000, 100000000, 10000000, 1000000, 100000,
					  10000, 1000, 100, 10, 1 };
	if (prec > 0)
		sbuf_printf(b, ".%0*llu", prec, (unsigned long long)(ns % 1000000000 / div[prec]));
}

/*
 * strace's timestamps: -t/-tt/-ttt (--absolute-timestamps=FORMAT,PRECISION)
 * then -r; with both, the relative one is "(+ SECONDS)" after the absolute.
 */
static void put_timestamp(struct sbuf *b, uint64_t ts)
{
	const struct trace_config *o = tr.cfg;
	if (o->tflag) {
		uint64_t real = ts + tr.real_offset;
		time_t sec = real / 1000000000;
		if (o->tflag == TS_UNIX) {
			sbuf_printf(b, "%lld", (long long)sec);
		} else {
			struct tm tm;
			char tbuf[32];
			localtime_r(&sec, &tm);
			strftime(tbuf, sizeof(tbuf), "%H:%M:%S", &tm);
			sbuf_puts(b, tbuf);
		}
		put_fraction(b, real, o->tprec);
		sbuf_putc(b, ' ');
	}
	if (o->rflag) {
		uint64_t d = tr.last_ts ? ts - tr.last_ts : 0;
		if (tr.last_ts == 0 || ts < tr.last_ts)
			d = 0;
		tr.last_ts = ts;
		sbuf_printf(b, o->tflag ? "(+%6llu" : "%6llu", (unsigned long long)(d / 1000000000));
		put_fraction(b, d, o->rprec);
		sbuf_puts(b, o->tflag ? ") " : " ");
	}
}

/* End another thread's open line with " <unfinished ...>". */
static void cut_partial(struct outstream *o)
{
	struct tcb *p = o->partial;
	if (!p)
		return;
	sbuf_puts(&o->buf, " <unfinished ...>");
	out_write_line_end(o);
	p->flags |= TCB_INTERRUPTED;
	o->partial = NULL;
}

static struct sbuf *leader(struct tcb *t, uint64_t ts)
{
	struct outstream *o = t->out;
	cut_partial(o);
	struct sbuf *b = &o->buf;
	tr.ropt.pid_tid = t->tid;   /* the namespace of the pids on its line (--pidns-translation) */
	/* the pid prefix, formatted once per thread (and again after a non-leader execve renames it) */
	int kind = tr.pid_prefix_file ? 1 : (tr.nprocs > 1 && !tr.cfg->outfile) ? 2 : 0;
	if (kind && (tr.cfg->decode_pids & DECODE_PIDS_COMM)) {   /* -Y: the command changes at exec, so it is read each time */
		char comm[sizeof(t->comm)];
		if (pid_comm(t->tid, comm, sizeof(comm)))
			memcpy(t->comm, comm, sizeof(comm));
		sbuf_printf(b, kind == 1 ? "%d" : "[pid %5d", t->tid);
		if (t->comm[0])
			put_comm(b, t->comm);
		sbuf_puts(b, kind == 1 ? " " : "] ");
	} else if (kind) {
		if (t->prefix_tid != t->tid || t->prefix_kind != kind) {
			int n = snprintf(t->prefix, sizeof(t->prefix), kind == 1 ? "%-5d " : "[pid %5d] ", t->tid);
			t->prefix_len = (uint8_t)(n > 0 && n < (int)sizeof(t->prefix) ? n : 0);
			t->prefix_tid = t->tid;
			t->prefix_kind = (uint8_t)kind;
		}
		sbuf_putn(b, t->prefix, t->prefix_len);
	}
	if (tr.cfg->rflag || tr.cfg->tflag)
		put_timestamp(b, ts);
	if (tr.cfg->print_nr)
		sbuf_printf(b, "[%4d] ", t->scno < 0 ? t->scno : (int)sc_kernel_nr(t->scno));
	if (tr.cfg->print_ip) {
		/* as strace: unknown once the thread is gone; 8 digits in a 32-bit program */
		bool p32 = t->pers == PERS_I386;
		if (t->ip_known)
			sbuf_printf(b, "[%0*llx] ", p32 ? 8 : 16, (unsigned long long)t->ip);
		else
			sbuf_puts(b, p32 ? "[????????] " : "[????????????????] ");
	}
	return b;
}

static const char *sc_name(int nr, char *tmp, size_t n)
{
	const struct sysent *se = sysent_get(nr);
	if (se)
		return se->name;
	snprintf(tmp, n, "syscall_%#x", (unsigned)sc_kernel_nr(nr));   /* the kernel's number */
	return tmp;
}

static void render_args(struct sbuf *b, struct tcb *t, bool exit_part)
{
	const struct dctx *c = &t->dc;
	unsigned i = 0;
	for (const struct value *v = c->args->list.first; v; v = v->next, i++) {
		bool in_exit = i >= c->nentry;
		if (in_exit != exit_part)
			continue;
		if (exit_part) {
			bool entry_sep = c->pending && !c->sep_at_exit && c->nentry > 0;
			if (i > c->nentry)
				sbuf_puts(b, ", ");
			else if (c->nentry > 0 && !entry_sep)
				sbuf_puts(b, c->exit_continues ? " => " : ", ");
		} else if (i > 0) {
			sbuf_puts(b, ", ");
		}
		render_value(b, v, &tr.ropt);
	}
	if (!exit_part && c->pending && !c->sep_at_exit && c->nentry > 0)
		sbuf_puts(b, ", ");
}

static void print_syscall_entry(struct tcb *t)
{
	char tmp[32];
	struct sbuf *b = leader(t, t->entry_ts);
	sbuf_puts(b, sc_name(t->scno, tmp, sizeof(tmp)));
	sbuf_putc(b, '(');
	render_args(b, t, false);
	t->out->partial = t;
	t->flags |= TCB_OPEN;
}

/* Continue t's line, or start a "<... name resumed>" line if it was cut. */
static struct sbuf *resume_line(struct tcb *t, uint64_t ts)
{
	struct outstream *o = t->out;
	if (o->partial == t && !(t->flags & TCB_INTERRUPTED))
		return &o->buf;
	char tmp[32];
	struct sbuf *b = leader(t, ts);
	sbuf_puts(b, "<... ");
	sbuf_puts(b, sc_name(t->scno, tmp, sizeof(tmp)));
	sbuf_puts(b, " resumed>");
	return b;
}

static void align(struct tcb *t)
{
	struct outstream *o = t->out;
	sbuf_putc(&o->buf, ' ');
	size_t col = out_col(o);
	size_t want = tr.cfg->acolumn;
	while (col < want) {
		sbuf_putc(&o->buf, ' ');
		col++;
	}
}

/* Kernel-internal error codes that only a tracer ever sees. */
static const struct {
	int err;
	const char *name, *msg;
	bool restart;
} kerrs[] = {
	{ 512, "ERESTARTSYS", "To be restarted if SA_RESTART is set", true },
	{ 513, "ERESTARTNOINTR", "To be restarted", true },
	{ 514, "ERESTARTNOHAND", "To be restarted if no handler", true },
	{ 515, "ENOIOCTLCMD", "No ioctl command", false },
	{ 516, "ERESTART_RESTARTBLOCK", "Interrupted by signal", true },
	{ 517, "EPROBE_DEFER", "Driver requests probe retry", false },
	{ 518, "EOPENSTALE", "Open found a stale dentry", false },
	{ 519, "ENOPARAM", "Parameter not supported", false },
	{ 521, "EBADHANDLE", "Illegal NFS file handle", false },
	{ 522, "ENOTSYNC", "Update synchronization mismatch", false },
	{ 523, "EBADCOOKIE", "Cookie is stale", false },
	{ 524, "ENOTSUPP", "Operation is not supported", false },
	{ 525, "ETOOSMALL", "Buffer or request is too small", false },
	{ 526, "ESERVERFAULT", "An untranslatable error occurred", false },
	{ 527, "EBADTYPE", "Type not supported by server", false },
	{ 528, "EJUKEBOX", "Request initiated, but will not complete before timeout", false },
	{ 529, "EIOCBQUEUED", "iocb queued, will get completion event", false },
	{ 530, "ERECALLCONFLICT", "conflict with recalled state", false },
};

const char *kernel_errno_info(int err, const char **msg, bool *restart)
{
	for (size_t i = 0; i < ARRAY_SIZE(kerrs); i++)
		if (kerrs[i].err == err) {
			if (msg)
				*msg = kerrs[i].msg;
			if (restart)
				*restart = kerrs[i].restart;
			return kerrs[i].name;
		}
	return NULL;
}

const char *kernel_errno_name(int err)
{
	return kernel_errno_info(err, NULL, NULL);
}

static void put_error(struct sbuf *b, int err)
{
	const char *msg;
	bool restart;
	const char *kname = kernel_errno_info(err, &msg, &restart);
	if (kname) {
		sbuf_printf(b, "%s %s (%s)", restart ? "?" : "-1", kname, msg);
		return;
	}
	const char *name = errno_name(err);
	if (name)
		sbuf_printf(b, "-1 %s (%s)", name, strerror(err));
	else
		sbuf_printf(b, "-1 %d (%s)", err, strerror(err));
}

static void put_retval(struct tcb *t, struct sbuf *b)
{
	const struct dctx *c = &t->dc;
	if (c->err) {
		put_error(b, c->err);
	} else {
		switch (c->retfmt) {
		case RET_NONE:
			sbuf_putc(b, '?');
			break;
		case RET_HEX:
			sbuf_put_hex(b, (uint64_t)c->rval);
			break;
		case RET_UDEC:
			sbuf_put_udec(b, (uint64_t)c->rval);
			break;
		case RET_PID:
		case RET_PGID:
			sbuf_put_dec(b, c->rval);
			if (tr.ropt.pid_note)
				tr.ropt.pid_note(b, t->tid, (int)c->rval, c->retfmt == RET_PGID ? VPID_GROUP : 0);
			break;
		case RET_U32ERR: {
			int32_t e = (int32_t)c->rval;
			sbuf_put_udec(b, (uint64_t)c->rval);
			if ((uint64_t)c->rval <= UINT32_MAX && e < 0 && e >= -4095 && errno_name(-e))
				sbuf_printf(b, " %s (%s)", errno_name(-e), strerror(-e));
			break;
		}
		case RET_OCT:
			sbuf_printf(b, "%#03llo", (unsigned long long)c->rval);
			break;
		case RET_FD: {
			struct value v = { .kind = V_FD };
			v.fd.fd = (int)c->rval;
			v.fd.path = c->ret_path;
			render_value(b, &v, &tr.ropt);
			break;
		}
		case RET_DEC:
			/* strace's default: a negative value that is no error (an injected one) reads unsigned */
			if (c->rval < 0)
				sbuf_put_udec(b, (uint64_t)c->rval);
			else
				sbuf_put_dec(b, c->rval);
			break;
		default:
			sbuf_put_dec(b, c->rval);
			break;
		}
	}
	if (c->ret_aux && !((c->ret_aux->xs & XS_NORAW) && tr.ropt.xstyle == XSTYLE_RAW)) {
		/* a named aux value reads "(flags O_RDWR)", not "(flags=O_RDWR)" */
		struct value aux = *c->ret_aux;
		aux.label = true;
		sbuf_puts(b, " (");
		render_value(b, &aux, &tr.ropt);
		sbuf_putc(b, ')');
	}
}

/* -e inject=: what was done to the call, as strace notes it */
static void put_tamper_notes(const struct tcb *t, struct sbuf *b)
{
	unsigned how = t->tampered & (TAMPER_RETVAL | TAMPER_ARGS);
	if (how == TAMPER_RETVAL)
		sbuf_puts(b, " (INJECTED)");
	else if (how == TAMPER_ARGS)
		sbuf_puts(b, " (INJECTED: args)");
	else if (how)
		sbuf_puts(b, " (INJECTED: args, retval)");
	if (t->tampered & TAMPER_DELAYED)
		sbuf_puts(b, " (DELAYED)");
}

static void put_duration(struct sbuf *b, uint64_t ns)
{
	sbuf_printf(b, " <%llu", (unsigned long long)(ns / 1000000000));
	put_fraction(b, ns, tr.cfg->Tprec);
	sbuf_putc(b, '>');
}

/*
 * -e read=/write=: the data the call moved, 16 bytes a line,
 * " | 00010  68 69 ...  hi... |", under strace's buffer and vector headings.
 */
static void print_dump_data(struct outstream *o, const struct iodump *d)
{
	const uint8_t *p = d->data;
	uint64_t n = d->count;
	static const char hex[] = "0123456789abcdef";
	int width = 5;   /* offsets as wide as the last one needs, at least 5 digits */
	while (width < 16 && (n - 1) >> (4 * width))
		width++;
	for (uint64_t off = 0; off < d->have; off += 16) {
		char line[96], *q = line;
		uint64_t left = d->have - off;
		unsigned k = left < 16 ? (unsigned)left : 16;
		for (unsigned j = 0; j < 16; j++) {
			if (j == 8)
				*q++ = ' ';
			if (j < k) {
				*q++ = hex[p[off + j] >> 4];
				*q++ = hex[p[off + j] & 15];
			} else {
				*q++ = ' ';
				*q++ = ' ';
			}
			*q++ = ' ';
		}
		*q++ = ' ';
		for (unsigned j = 0; j < 16; j++) {
			uint8_t ch = j < k ? p[off + j] : ' ';
			*q++ = ch >= ' ' && ch < 0x7f ? (char)ch : '.';
		}
		sbuf_printf(&o->buf, " | %0*llx  %.*s |", width, (unsigned long long)off, (int)(q - line), line);
		out_write_line_end(o);
	}
	if (d->have < n && d->missing) {
		sbuf_printf(&o->buf, " | <Cannot fetch %u byte%s from pid %d @%#llx>", d->missing,
			    d->missing == 1 ? "" : "s", d->pid, (unsigned long long)d->addr);
		out_write_line_end(o);
	}
}

static void print_dumps(struct tcb *t)
{
	struct outstream *o = t->out;
	for (const struct iodump *d = t->dc.dump; d; d = d->next) {
		if (d->kind == IOD_VECTOR) {
			sbuf_printf(&o->buf, " = %llu buffers in vector %llu", (unsigned long long)d->count,
				    (unsigned long long)d->index);
			out_write_line_end(o);
			continue;
		}
		if (d->kind == IOD_BUFFER) {
			sbuf_printf(&o->buf, " * %llu bytes in buffer %llu", (unsigned long long)d->count,
				    (unsigned long long)d->index);
			out_write_line_end(o);
		}
		if (d->data)
			print_dump_data(o, d);
	}
}

static void print_syscall_exit(struct tcb *t, uint64_t ts)
{
	struct sbuf *b = resume_line(t, ts);
	render_args(b, t, true);
	sbuf_putc(b, ')');
	align(t);
	sbuf_puts(b, "= ");
	put_retval(t, b);
	put_tamper_notes(t, b);
	if (tr.cfg->Tflag)
		put_duration(b, ts - t->entry_ts);
	t->out->partial = NULL;
	out_write_line_end(t->out);
	t->flags &= ~(TCB_OPEN | TCB_INTERRUPTED);
	if (t->dc.dump)
		print_dumps(t);
}

/*
 * The thread died inside the syscall: "= ?".  As strace, " <unfinished ...>"
 * marks a call whose exit arguments will never be printed.
 */
static void print_syscall_unfinished_exit(struct tcb *t, uint64_t ts)
{
	struct sbuf *b = resume_line(t, ts);
	sbuf_puts(b, t->dc.pending ? " <unfinished ...>)" : ")");
	align(t);
	sbuf_puts(b, "= ?");
	t->out->partial = NULL;
	out_write_line_end(t->out);
	t->flags &= ~(TCB_OPEN | TCB_INTERRUPTED);
}

static void print_signal(struct tcb *t, const struct event *ev, const struct value *info)
{
	struct sbuf *b = leader(t, ev->ts);
	sbuf_puts(b, "--- ");
	const char *name = signame(ev->sig.signo);
	if (name)
		sbuf_puts(b, name);
	else
		sbuf_printf(b, "%d", ev->sig.signo);
	if (info) {
		sbuf_putc(b, ' ');
		render_value(b, info, &tr.ropt);
	}
	sbuf_puts(b, " ---");
	out_write_line_end(t->out);
}

static void print_group_stop(struct tcb *t, uint64_t ts, int sig)
{
	struct sbuf *b = leader(t, ts);
	const char *name = signame(sig);
	sbuf_printf(b, "--- stopped by %s ---", name ? name : "?");
	out_write_line_end(t->out);
}

static void print_exit(struct tcb *t, uint64_t ts, int status)
{
	struct sbuf *b = leader(t, ts);
	if (WIFEXITED(status)) {
		sbuf_printf(b, "+++ exited with %d +++", WEXITSTATUS(status));
	} else {
		const char *name = signame(WTERMSIG(status));
		sbuf_printf(b, "+++ killed by %s%s +++", name ? name : "?",
			    WCOREDUMP(status) ? " (core dumped)" : "");
	}
	out_write_line_end(t->out);
}

static void print_superseded(struct tcb *t, uint64_t ts, int by_pid)
{
	/*
	 * The open execve line of the thread that takes over this tid ends as
	 * strace ends it, unless this thread is inside a (shown) syscall: that
	 * one is finished first, and the execve line is merely unfinished.
	 */
	struct outstream *o = t->out;
	struct tcb *p = o->partial;
	bool busy = (t->flags & TCB_INSYSCALL) && !(t->flags & TCB_FILTERED);
	if (p && p->tid == by_pid && !busy) {
		sbuf_printf(&o->buf, " <pid changed to %d ...>", t->tid);
		out_write_line_end(o);
		p->flags |= TCB_INTERRUPTED;
		o->partial = NULL;
	}
	struct sbuf *b = leader(t, ts);
	sbuf_printf(b, "+++ superseded by execve in pid %d +++", by_pid);
	out_write_line_end(t->out);
}

void print_personality(struct tcb *t, uint64_t ts, int pers)
{
	struct sbuf *b = leader(t, ts);
	sbuf_printf(b, "[ Process PID=%d runs in %s mode. ]", t->pid, pers == PERS_I386 ? "32 bit" : "64 bit");
	out_write_line_end(t->out);
}

static void print_detached(struct tcb *t)
{
	struct outstream *o = t->out;
	if (o->partial == t) {
		sbuf_puts(&o->buf, " <detached ...>");
		o->partial = NULL;
		out_write_line_end(o);
	}
}

/* records the backend lost, where it lost them: "[ 12 records lost: ring buffer full ]" */
static void print_lost(struct tcb *t, uint64_t ts, unsigned count, const char *reason)
{
	struct sbuf *b = leader(t, ts);
	sbuf_printf(b, "[ %u record%s lost: %s ]", count, count == 1 ? "" : "s", reason);
	out_write_line_end(t->out);
}

/*
 * -k: one line per frame, as strace prints them:
 *   " > /lib/libc.so.6(__write+0x10) [0xf8350]"  module(symbol+offset) [file offset]
 *   " > /bin/prog() [0x1212]"                     no symbol below the address
 *                                                 ("(+0x0)" in a stack taken at an exec/exit entry)
 *   " > unexpected_backtracing_error [0x7f...]"   in no executable file mapping
 *   " > too many stack frames"                    after the 256th
 */
static void print_stack(struct tcb *t)
{
	struct outstream *o = t->out;
	cut_partial(o);
	for (unsigned i = 0; i < t->stk.n; i++) {
		const struct frame *f = &t->stk.v[i];
		struct sbuf *b = &o->buf;
		if (f->truncated)
			sbuf_puts(b, " > too many stack frames");
		else if (!f->module)
			sbuf_printf(b, " > unexpected_backtracing_error [0x%llx]", (unsigned long long)f->pc);
		else if (f->symbol || t->stk.queued)   /* strace keeps an empty name for a queued one */
			sbuf_printf(b, " > %s(%s+0x%llx) [0x%llx]", f->module, f->symbol ? f->symbol : "",
				    (unsigned long long)f->sym_off, (unsigned long long)f->file_off);
		else
			sbuf_printf(b, " > %s() [0x%llx]", f->module, (unsigned long long)f->file_off);
		out_write_line_end(o);
	}
}

/* ---- the sink ---- */

static bool never_returns(int nr)
{
	return nr == SC_exit || nr == SC_exit_group;
}

static void ts_entry(struct sink *s, struct tcb *t)
{
	(void)s;
	print_syscall_entry(t);
}

static void ts_exit(struct sink *s, struct tcb *t, uint64_t ts)
{
	(void)s;
	if (shown_at_exit(tr.cfg))
		print_syscall_entry(t);
	print_syscall_exit(t, ts);
}

static void ts_unfinished(struct sink *s, struct tcb *t, uint64_t ts, int why)
{
	(void)s;
	if (why != UNF_DIED || !(t->flags & TCB_OPEN))
		return;   /* a detach prints " <detached ...>", a superseded thread nothing */
	if (!(tr.cfg->status & ST_UNFINISHED) && !never_returns(t->scno))
		return;
	print_syscall_unfinished_exit(t, ts);
}

static void ts_signal(struct sink *s, struct tcb *t, const struct event *ev, const struct value *info)
{
	(void)s;
	print_signal(t, ev, info);
}

static void ts_group_stop(struct sink *s, struct tcb *t, uint64_t ts, int sig)
{
	(void)s;
	print_group_stop(t, ts, sig);
}

static void ts_exit_thread(struct sink *s, struct tcb *t, uint64_t ts, int status)
{
	(void)s;
	print_exit(t, ts, status);
}

/*
 * A non-leader thread's execve replaced the leader t.  If the execve's line is
 * the one open, it ends as strace ends it, " <pid changed to LEADER ...>"; it
 * is resumed under the leader's pid.
 */
static void ts_superseded(struct sink *s, struct tcb *t, uint64_t ts, int by_tid)
{
	(void)s;
	struct tcb *ex = tcb_find(by_tid);
	if (ex && ex->out->partial == ex) {
		sbuf_printf(&ex->out->buf, " <pid changed to %d ...>", t->tid);
		out_write_line_end(ex->out);
		ex->out->partial = NULL;
		ex->flags |= TCB_INTERRUPTED;
	}
	if (!(tr.cfg->quiet & QUIET_THREAD_EXECVE))
		print_superseded(t, ts, by_tid);
}

static void ts_detached(struct sink *s, struct tcb *t, uint64_t ts)
{
	(void)s;
	(void)ts;
	print_detached(t);
}

static void ts_personality(struct sink *s, struct tcb *t, uint64_t ts, int pers)
{
	(void)s;
	print_personality(t, ts, pers);
}

static void ts_lost(struct sink *s, struct tcb *t, uint64_t ts, unsigned count, const char *reason)
{
	(void)s;
	print_lost(t, ts, count, reason);
}

static void ts_stack(struct sink *s, struct tcb *t)
{
	(void)s;
	print_stack(t);
}

static const struct sink_ops text_ops = {
	.name = "text",
	.syscall_entry = ts_entry,
	.syscall_exit = ts_exit,
	.syscall_unfinished = ts_unfinished,
	.signal = ts_signal,
	.group_stop = ts_group_stop,
	.exit = ts_exit_thread,
	.superseded = ts_superseded,
	.detached = ts_detached,
	.personality = ts_personality,
	.lost = ts_lost,
	.stack = ts_stack,
};

struct sink *text_sink_new(void)
{
	static struct sink s = { &text_ops, NULL };
	return &s;
}
