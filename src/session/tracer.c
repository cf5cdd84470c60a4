/*
 * tracer.c - the session: turns interceptor events into decoded, filtered
 * and counted syscalls, and hands them to the sinks (text, JSON, store).
 *
 * One tcb per traced thread holds the syscall in flight: its arguments, the
 * value tree its decoder built at entry (in the tcb's arena), timestamps.
 * At exit the decoder finishes the tree and every sink gets the result.
 * When a sink records, decoders read the tracee through a capturing
 * struct mem, so the bytes they saw are kept with the syscall.
 */
#include "tracer.h"
#include "pidinfo.h"
#include "capture.h"
#include "pathtrace.h"
#include "inject.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

struct tracer tr;

#define NBUCKETS 1024
static struct tcb *tcbs[NBUCKETS];

struct tcb *tcb_find(int tid)
{
	for (struct tcb *t = tcbs[tid % NBUCKETS]; t; t = t->next)
		if (t->tid == tid)
			return t;
	return NULL;
}

static struct outstream *stream_for(int tid)
{
	if (!tr.cfg->output_separately || !tr.cfg->outfile) {
		tr.out->refs++;
		return tr.out;
	}
	char name[4096];
	snprintf(name, sizeof(name), "%s.%d", tr.cfg->outfile, tid);
	return out_open(name, tr.cfg->append);
}

static struct tcb *tcb_new(int tid, int pid)
{
	struct tcb *t = xcalloc(1, sizeof(*t));
	t->tid = tid;
	t->pid = pid;
	t->scno = -1;
	t->last_shown = -1;
	t->pers = tr.pers;
	t->out = stream_for(tid);
	t->next = tcbs[tid % NBUCKETS];
	tcbs[tid % NBUCKETS] = t;
	tr.nprocs++;
	return t;
}

static void tcb_free(struct tcb *t)
{
	if (t->cap) {
		capture_free(t->cap);
		free(t->cap);
	}
	struct tcb **pp = &tcbs[t->tid % NBUCKETS];
	while (*pp && *pp != t)
		pp = &(*pp)->next;
	if (*pp)
		*pp = t->next;
	if (t->out->partial == t)
		t->out->partial = NULL;
	out_close(t->out);
	arena_free(&t->arena);
	frames_free(&t->stk);
	free(t->inject_count);
	free(t);
	tr.nprocs--;
}

static void tcb_rename(struct tcb *t, int tid)
{
	struct tcb **pp = &tcbs[t->tid % NBUCKETS];
	while (*pp && *pp != t)
		pp = &(*pp)->next;
	if (*pp)
		*pp = t->next;
	t->tid = tid;
	t->next = tcbs[tid % NBUCKETS];
	tcbs[tid % NBUCKETS] = t;
}

static bool quiet(unsigned what)
{
	return tr.cfg->quiet & what;
}

static bool printing(void)
{
	return tr.decoding;
}

#define EACH_SINK(s) for (struct sink *s = tr.sinks; s; s = s->next)
#define TO_SINKS(op, ...) EACH_SINK(s_) if (s_->ops->op) s_->ops->op(s_, ##__VA_ARGS__)

void tracer_add_sink(struct sink *s)
{
	struct sink **pp = &tr.sinks;
	while (*pp)
		pp = &(*pp)->next;
	s->next = NULL;
	*pp = s;
}

/* The mem decoders get: the backend's, or a recording one around it. */
static const struct mem *decoder_mem(struct tcb *t, const struct mem *mem, int phase)
{
	if (!tr.capturing || !mem)
		return mem;
	if (!t->cap)
		t->cap = xcalloc(1, sizeof(*t->cap));
	if (phase == CAP_ENTRY)
		capture_reset(t->cap);
	return capture_mem(t->cap, mem, phase);
}

static bool is_exec(int nr)
{
	return nr == SC_execve || nr == SC_execveat;
}

/* As strace: numbers without a name are always shown, whatever -e trace= says. */
static bool traced(int nr)
{
	if (nr < 0 || nr >= NSYSCALLS || !sysent[nr].name)
		return true;
	return tr.cfg->trace[nr];
}

/*
 * -k, as strace: the stack of execve, execveat, exit and exit_group is taken
 * at their entry (after it, the image it shows is gone) and waits for the
 * next stack print of the thread; the stack of anything else is taken when
 * its line is printed.  What waits is printed after the thread's exit line.
 */
static bool stack_at_entry(int nr)
{
	return is_exec(nr) || nr == SC_exit || nr == SC_exit_group;
}

static void stack_take(struct tcb *t, const struct mem *mem)
{
	if (tr.cfg->stack_trace && !t->stk.n && mem && mem->stack)
		mem->stack(mem, &t->stk);
}

static void stack_flush(struct tcb *t)
{
	if (!t->stk.n)
		return;
	if (printing())
		TO_SINKS(stack, t);
	t->stk.n = 0;
	t->stk.queued = false;
}

static void set_ip(struct tcb *t, const struct event *ev)
{
	t->ip = ev->ip;
	t->ip_known = true;
}

static void on_attach(const struct event *ev)
{
	struct tcb *t = tcb_find(ev->tid);
	if (t)
		return;
	t = tcb_new(ev->tid, ev->pid);
	if (ev->attach.startup) {
		t->flags |= TCB_HIDE | TCB_STARTUP;
		tr.child_pid = ev->tid;
	} else if (!quiet(QUIET_ATTACH) && ev->attach.nthreads >= 0 &&
		   (ev->attach.parent_tid || tr.cfg->npids)) {
		if (ev->attach.nthreads > 1)
			error_msg("Process %d attached with %d threads", ev->tid, ev->attach.nthreads);
		else
			error_msg("Process %d attached", ev->tid);
	}
}

/* -e inject=...:poke_*: write each @argN=DATA where argument N points. */
static void inject_pokes(struct tcb *t, const struct inject_poke *pk, int n, const uint64_t *args,
			 const struct tamper *tm)
{
	const struct sysent *se = sysent_get(t->scno);
	for (int i = 0; i < n; i++) {
		if (!se || pk[i].arg > se->nargs) {
			error_msg("Failed to tamper with process %d: requested to tamper with argument #%d, "
				  "but system call '%s' has only %u arguments", t->tid, pk[i].arg,
				  se ? se->name : "?", se ? se->nargs : 0);
			continue;
		}
		uint64_t addr = args[pk[i].arg - 1];
		long w = tm->poke(tm, addr, pk[i].data, pk[i].len);
		if (w < 0) {
			error_msg("Failed to tamper with process %d: couldn't poke", t->tid);
			continue;
		}
		if ((size_t)w < pk[i].len)
			error_msg("pid:%d short write (%ld < %zu) @%#llx", t->tid, w, pk[i].len,
				  (unsigned long long)addr);
		t->tampered |= TAMPER_ARGS;
	}
}

/*
 * At the entry of a traced call: count it, and if the rule for its syscall
 * picks this call, tamper with it (strace counts per syscall and per thread).
 */
static void inject_entry(struct tcb *t, const struct event *ev, int nr, const uint64_t *args)
{
	const struct inject_rule *r = nr >= 0 && nr < NSYSCALLS ? tr.cfg->inject->rule[nr] : NULL;
	if (!r)
		return;
	if (!t->inject_count)
		t->inject_count = xcalloc(NSYSCALLS, sizeof(*t->inject_count));
	if (t->inject_count[nr] < UINT32_MAX)
		t->inject_count[nr]++;
	if (!inject_when(r, t->inject_count[nr]))
		return;
	struct tamper *tm = ev->tamper;
	t->inject = r;
	if (r->npoke_enter)
		inject_pokes(t, r->poke_enter, r->npoke_enter, args, tm);
	if (r->has_error || r->has_retval) {
		tm->set_nr = true;   /* the kernel runs nothing, or a harmless syscall */
		/* syscall=NAME runs NAME of the call's own personality */
		tm->nr = r->scno;
		if (r->scno >= 0 && sc_pers(r->scno) != sc_pers(nr))
			tm->nr = syscall_by_name_pers(sysent[r->scno].name, sc_pers(nr));
	}
	tm->signo = r->signo;
	tm->delay_ns = r->delay_enter_ns;
	if (r->has_delay_enter || r->has_delay_exit)
		t->tampered |= TAMPER_DELAYED;
}

/* At its exit: the injected result, the pokes and delay of the way out. */
static void inject_exit(struct tcb *t, const struct event *ev, struct dctx *c)
{
	const struct inject_rule *r = t->inject;
	struct tamper *tm = ev->tamper;
	if (!r || !tm)
		return;
	if (r->npoke_exit)
		inject_pokes(t, r->poke_exit, r->npoke_exit, c->arg, tm);
	if (r->has_error || r->has_retval) {
		c->err = r->has_error ? r->error : 0;
		c->rval = r->has_error ? -(int64_t)r->error : (int64_t)r->retval;
		tm->set_rval = true;
		tm->rval = c->rval;
		t->tampered |= TAMPER_RETVAL;
	}
	tm->delay_ns = r->delay_exit_ns;
}

/*
 * As strace: a call in another personality than the last one that changed
 * it makes the thread's own personality that one, and, when it differs,
 * prints "[ Process PID=N runs in 32 bit mode. ]" before anything else of
 * the thread.  The number says the personality (a replay has no other).
 */
static void personality_check(struct tcb *t, const struct event *ev)
{
	int pers = sc_pers(ev->entry.nr);
	if (pers == tr.pers)
		return;
	tr.pers = (uint8_t)pers;
	if (pers == t->pers)
		return;
	t->pers = (uint8_t)pers;
	if (quiet(QUIET_PERSONALITY))
		return;
	if (printing()) {
		TO_SINKS(personality, t, ev->ts, pers);
	} else if (tr.cfg->count) {   /* as strace: -c shows it too */
		print_personality(t, ev->ts, pers);
	}
}

static void on_entry(struct tcb *t, const struct event *ev, const struct mem *mem)
{
	/* an i386 socketcall is the call it makes, from here on (as strace) */
	uint64_t args[6];
	memcpy(args, ev->entry.args, sizeof(args));
	int nr = compat_subcall(ev->entry.nr, args, mem);
	/* our command's own execve: its stack is the new image's, taken at its exit */
	bool first_exec = (t->flags & TCB_HIDE) && is_exec(nr);
	/* as strace: nothing is tampered with before the started command's execve has run */
	bool hidden = t->flags & TCB_HIDE;
	t->inject = NULL;
	t->tampered = 0;
	if (first_exec)
		t->flags &= ~TCB_HIDE;
	set_ip(t, ev);
	personality_check(t, ev);   /* its line's -n is the previous call's, as strace's */
	t->scno = nr;
	t->flags = (t->flags | TCB_INSYSCALL) & ~(TCB_OPEN | TCB_INTERRUPTED | TCB_FILTERED);
	t->entry_ts = ev->ts;
	if ((t->flags & TCB_HIDE) || !traced(nr)) {
		t->flags |= TCB_FILTERED;
		return;
	}
	int prev = t->last_shown;
	t->last_shown = nr;
	t->entry_stime = ev->stime;
	arena_reset(&t->arena);
	struct dctx *c = &t->dc;
	memset(c, 0, sizeof(*c));
	t->entry_seq = tr.seq;
	t->entry_tid = t->tid;
	c->mem = decoder_mem(t, mem, CAP_ENTRY);
	c->opt = &tr.cfg->dec;
	c->a = &t->arena;
	c->nr = nr;
	c->prev_nr = prev;
	memcpy(c->arg, args, sizeof(c->arg));
	/* -P: decided at entry, from the arguments as the call starts */
	if (tr.cfg->npaths && !pathtrace_match(nr, c->arg, c->mem, c->a, tr.cfg->paths, tr.cfg->npaths)) {
		t->flags |= TCB_FILTERED;
		t->last_shown = prev;
		return;
	}
	c->sp = ev->entry.sp;
	c->args = v_list(c->a, V_SEQ);
	if (tr.cfg->stack_trace && !first_exec && stack_at_entry(nr) && mem && mem->stack) {
		mem->stack(mem, &t->stk);
		t->stk.queued = true;
	}
	if (tr.cfg->inject && ev->tamper && !hidden)
		inject_entry(t, ev, nr, args);
	if (!printing())
		return;
	decode_syscall(c);
	if (!shown_at_exit(tr.cfg))
		TO_SINKS(syscall_entry, t);
}

static bool status_wanted(const struct dctx *c)
{
	unsigned st = c->err ? ST_FAILED : ST_SUCCESSFUL;
	return tr.cfg->status & st;
}

static void on_exit_sc(struct tcb *t, const struct event *ev, const struct mem *mem)
{
	if (!(t->flags & TCB_INSYSCALL))
		return;   /* exit of a syscall entered before we attached */
	t->flags &= ~TCB_INSYSCALL;
	if (t->flags & TCB_FILTERED)
		return;
	set_ip(t, ev);
	struct dctx *c = &t->dc;
	c->mem = decoder_mem(t, mem, CAP_EXIT);
	c->exiting = true;
	t->exit_stime = ev->stime;
	c->rval = ev->exit.rval;
	c->err = ev->exit.is_error ? (int)-ev->exit.rval : 0;
	if (t->inject)
		inject_exit(t, ev, c);
	else if (ev->exit.tampered)
		t->tampered = ev->exit.tampered;   /* replayed: the recorded session's notes */
	if (tr.cfg->count) {
		uint64_t ns = tr.cfg->wallclock ? ev->ts - t->entry_ts : ev->stime - t->entry_stime;
		summary_add(t->scno, ns, c->err != 0);
	}
	if (!printing())
		return;
	decode_syscall(c);
	if (c->retfmt == RET_FD && !c->err && tr.cfg->dec.decode_fds && c->mem && c->mem->fd_path)
		c->ret_path = c->mem->fd_path(c->mem, (int)c->rval, tr.cfg->dec.decode_fds, c->a);
	bool failed_start = (t->flags & (TCB_STARTUP | TCB_EXECD)) == TCB_STARTUP && is_exec(t->scno) && c->err;
	if ((tr.cfg->status == ST_ALL || status_wanted(c)) &&
	    (!tr.cfg->slower_than_ns || ev->ts - t->entry_ts > tr.cfg->slower_than_ns)) {
		stack_take(t, mem);
		TO_SINKS(syscall_exit, t, ev->ts);
		stack_flush(t);
	}
	/* as strace: after our command's execve failed, only its exit is shown */
	if (failed_start)
		t->flags |= TCB_HIDE | TCB_EXEC_FAILED;
}

/* The thread died in its syscall, or we detach from it there. */
static void finish_open_syscall(struct tcb *t, uint64_t ts, int why)
{
	if (!(t->flags & TCB_INSYSCALL) || (t->flags & TCB_FILTERED))
		return;
	t->flags &= ~TCB_INSYSCALL;
	if (!printing())
		return;
	TO_SINKS(syscall_unfinished, t, ts, why);
}

static void on_exit_thread(struct tcb *t, const struct event *ev)
{
	finish_open_syscall(t, ev->ts, UNF_DIED);
	t->ip_known = false;
	if (ev->exit_.exec_errno) {
		/* after the failed execve's line, as strace prints it */
		out_flush_all();
		error_msg("exec: %s", strerror(ev->exit_.exec_errno));
	}
	/* -qq hides "+++ exited with" lines; "+++ killed by" ones always show, as in strace */
	bool shown = !(t->flags & TCB_HIDE) || (t->flags & TCB_EXEC_FAILED);
	if (printing() && shown && (!quiet(QUIET_EXIT) || !WIFEXITED(ev->exit_.status)))
		TO_SINKS(exit, t, ev->ts, ev->exit_.status);
	stack_flush(t);
	if (t->tid == tr.child_pid)
		tr.exit_status = ev->exit_.status;
	tcb_free(t);
}

static void on_exec(struct tcb *t, const struct event *ev)
{
	/* the command we started is now itself (needed when execve is not traced) */
	t->flags &= ~TCB_HIDE;
	t->flags |= TCB_EXECD;
	int old = ev->exec.old_tid;
	if (old == t->tid || old <= 0)
		return;
	/*
	 * A non-leader thread executed: the kernel gave it the leader's tid.
	 * The tcb found under that tid is the old leader; the one under `old`
	 * carries the execve in flight.
	 */
	struct tcb *execer = tcb_find(old);
	if (!execer)
		return;
	set_ip(t, ev);
	if (printing())   /* the sink says "+++ superseded" unless -e quiet=thread-execve */
		TO_SINKS(superseded, t, ev->ts, old);
	bool startup = t->flags & TCB_STARTUP;
	int tid = t->tid;
	finish_open_syscall(t, ev->ts, UNF_SUPERSEDED);
	stack_flush(t);
	tcb_free(t);
	tcb_rename(execer, tid);
	if (startup)
		execer->flags |= TCB_STARTUP;
}

/* A signal's siginfo as a value (in the scratch arena), read through a recording mem if need be. */
static struct value *decode_siginfo(const struct event *ev, const struct mem *mem)
{
	arena_reset(&tr.scratch);
	if (!ev->sig.have_info || !tr.decoding)
		return NULL;
	if (tr.capturing && mem) {
		if (!tr.sigcap)
			tr.sigcap = xcalloc(1, sizeof(*tr.sigcap));
		capture_reset(tr.sigcap);
		mem = capture_mem(tr.sigcap, mem, CAP_ENTRY);
	}
	struct dctx c = { .mem = mem, .opt = &tr.cfg->dec, .a = &tr.scratch };
	return mk_siginfo(&c, ev->sig.info);
}

void tracer_handle_event(void *ud, const struct event *ev, const struct mem *mem)
{
	(void)ud;
	tr.seq++;
	if (!tr.start_ts)
		tr.start_ts = ev->ts;
	struct value *siginfo = NULL;
	if (ev->kind == EV_SIGNAL) {
		siginfo = decode_siginfo(ev, mem);
		bool cap = tr.capturing && tr.sigcap && siginfo;
		TO_SINKS(raw_event, ev, tr.seq, siginfo, cap ? tr.sigcap->buf.p : NULL, cap ? tr.sigcap->buf.len : 0);
	} else if (ev->kind != EV_SYSCALL_ENTRY && ev->kind != EV_SYSCALL_EXIT) {
		TO_SINKS(raw_event, ev, tr.seq, NULL, NULL, 0);
	}
	if (ev->kind == EV_ATTACH) {
		on_attach(ev);
		return;
	}
	struct tcb *t = tcb_find(ev->tid);
	if (!t) {
		if (ev->kind == EV_EXIT || ev->kind == EV_DETACH)
			return;
		t = tcb_new(ev->tid, ev->pid);
	}
	switch (ev->kind) {
	case EV_SYSCALL_ENTRY:
		on_entry(t, ev, mem);
		break;
	case EV_SYSCALL_EXIT:
		on_exit_sc(t, ev, mem);
		break;
	case EV_SIGNAL:
		set_ip(t, ev);
		if (printing() && !(t->flags & TCB_HIDE) && ev->sig.signo >= 1 && ev->sig.signo <= 64 &&
		    (tr.cfg->signals & (1ull << (ev->sig.signo - 1)))) {
			stack_take(t, mem);
			TO_SINKS(signal, t, ev, siginfo);
			stack_flush(t);
		}
		break;
	case EV_GROUP_STOP:
		set_ip(t, ev);
		if (printing() && !(t->flags & TCB_HIDE) &&
		    (tr.cfg->signals & (1ull << (ev->stop.signo - 1)))) {
			stack_take(t, mem);
			TO_SINKS(group_stop, t, ev->ts, ev->stop.signo);
			stack_flush(t);
		}
		break;
	case EV_EXEC:
		on_exec(t, ev);
		if (tr.cfg->decode_pids & DECODE_PIDS_COMM)   /* -Y: the new name, for an exit line after the reap */
			pid_comm(t->tid, t->comm, sizeof(t->comm));
		break;
	case EV_EXITING:   /* as strace: "= ?" now, even for a leader whose reap waits for its threads */
		finish_open_syscall(t, ev->ts, UNF_DIED);
		break;
	case EV_EXIT:
		on_exit_thread(t, ev);
		break;
	case EV_SYSCALL_INTERRUPTED:
		t->scno = t->last_shown = ev->entry.nr;
		break;
	case EV_LOST:
		tr.lost += ev->lost.count;
		if (printing())   /* even before the execve: what was lost was traced */
			TO_SINKS(lost, t, ev->ts, ev->lost.count, ev->lost.reason);
		break;
	case EV_DETACH:
		finish_open_syscall(t, ev->ts, UNF_DETACHED);
		if (printing())
			TO_SINKS(detached, t, ev->ts);
		stack_flush(t);
		if (!quiet(QUIET_ATTACH) && !(t->flags & TCB_STARTUP))
			error_msg("Process %d detached", t->tid);
		tcb_free(t);
		break;
	}
}

void tracer_idle(void *ud)
{
	(void)ud;
	if (out_flush_due())
		out_flush_all();
	TO_SINKS(idle);
}

void tracer_finish(void)
{
	for (int i = 0; i < NBUCKETS; i++)
		while (tcbs[i])
			tcb_free(tcbs[i]);
	if (tr.cfg->count)
		summary_print(tr.out);
	for (struct sink *s = tr.sinks, *next; s; s = next) {
		next = s->next;
		if (s->ops->close)
			s->ops->close(s);
	}
	tr.sinks = NULL;
	arena_free(&tr.scratch);
	if (tr.sigcap) {
		capture_free(tr.sigcap);
		free(tr.sigcap);
		tr.sigcap = NULL;
	}
	out_close(tr.out);
}
