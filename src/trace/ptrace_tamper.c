/*
 * ptrace_tamper.c - the ptrace interceptor changing a syscall (-e inject=,
 * -e fault=, src/session/inject.c says what): registers and memory written
 * at a stop, and threads held for delay_enter=/delay_exit= while the others
 * are traced.
 */
#include "backend.h"
#include "common.h"
#include "ptrace_int.h"
#include "syscalls.h"

#include <errno.h>
#include <linux/ptrace.h>
#include <signal.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <sys/user.h>
#include <time.h>
#include <unistd.h>

/* <sys/ptrace.h> and <linux/ptrace.h> clash; declare what we use. */
extern long ptrace(int request, ...);

static bool use_vm_writev = true;

/* Write tracee memory a word at a time (process_vm_writev unavailable). */
static long poke_words(int tid, uint64_t addr, const uint8_t *buf, size_t len)
{
	size_t done = 0;
	while (done < len) {
		uint64_t a = addr + done, aligned = a & ~7ull;
		unsigned off = a - aligned;
		size_t n = 8 - off < len - done ? 8 - off : len - done;
		long word;
		if (off || n < 8) {
			errno = 0;
			word = ptrace(PTRACE_PEEKDATA, tid, (void *)aligned, 0);
			if (errno)
				break;
		}
		memcpy((char *)&word + off, buf + done, n);
		if (ptrace(PTRACE_POKEDATA, tid, (void *)aligned, (void *)word) < 0)
			break;
		done += n;
	}
	return done ? (long)done : -1;
}

long pt_poke(const struct tamper *tm, uint64_t addr, const void *buf, size_t len)
{
	if (use_vm_writev) {
		struct iovec local = { (void *)buf, len }, remote = { (void *)addr, len };
		ssize_t n = process_vm_writev(tm->tid, &local, 1, &remote, 1, 0);
		if (n > 0)
			return n;
		if (n == 0 || errno == EFAULT || errno == ESRCH)
			return -1;
		if (errno == ENOSYS || errno == EPERM)
			use_vm_writev = false;
	}
	return poke_words(tm->tid, addr, buf, len);
}

static void set_reg(int tid, size_t off, uint64_t v)
{
	if (ptrace(PTRACE_POKEUSR, tid, (void *)off, (void *)v) < 0 && errno != ESRCH)
		error_msg_errno("ptrace(PTRACE_POKEUSR, %d)", tid);
}

/* What the handler asked of this syscall stop; returns a signal to resume with. */
int tamper_apply(struct pthread *t, const struct tamper *tm)
{
	if (tm->set_nr)   /* an i386 number for an i386 call */
		set_reg(t->tid, offsetof(struct user_regs_struct, orig_rax),
			(uint64_t)(int64_t)(tm->nr >= 0 ? (int32_t)sc_kernel_nr(tm->nr) : tm->nr));
	if (tm->set_rval)
		set_reg(t->tid, offsetof(struct user_regs_struct, rax), (uint64_t)tm->rval);
	if (tm->delay_ns) {
		uint64_t now = now_mono_ns();
		t->resume_at = now + tm->delay_ns < now ? UINT64_MAX : now + tm->delay_ns;
	}
	return tm->signo;
}

/*
 * Delayed threads stay in their syscall stop while the others are traced:
 * a POSIX timer on the earliest deadline interrupts wait4 (repeating every
 * millisecond until served, so a signal that lands just before wait4 is
 * not lost for long).
 */
struct pthread *delayed;         /* the held threads, by dnext (ptrace_int.h) */
static timer_t delay_timer;
static bool delay_timer_made;

static void on_delay_timer(int sig)
{
	(void)sig;
}

static void delay_arm(void)
{
	if (!delay_timer_made) {
		struct sigaction sa;
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_delay_timer;   /* no SA_RESTART: it wakes wait4 */
		sigaction(SIGRTMIN, &sa, NULL);
		struct sigevent sev;
		memset(&sev, 0, sizeof(sev));
		/* to this thread: the one in wait4 (a store's writer thread must not take it) */
		sev.sigev_notify = SIGEV_THREAD_ID;
#ifdef sigev_notify_thread_id
		sev.sigev_notify_thread_id = (pid_t)syscall(SYS_gettid);
#else
		sev._sigev_un._tid = (pid_t)syscall(SYS_gettid);
#endif
		sev.sigev_signo = SIGRTMIN;
		if (timer_create(CLOCK_MONOTONIC, &sev, &delay_timer) < 0)
			die_errno("timer_create");
		delay_timer_made = true;
	}
	uint64_t first = UINT64_MAX;
	for (struct pthread *t = delayed; t; t = t->dnext)
		if (t->resume_at < first)
			first = t->resume_at;
	struct itimerspec its;
	memset(&its, 0, sizeof(its));
	if (delayed) {
		if (first > (uint64_t)INT64_MAX)
			first = INT64_MAX;
		its.it_value.tv_sec = first / 1000000000;
		its.it_value.tv_nsec = first % 1000000000;
		its.it_interval.tv_nsec = 1000000;
	}
	timer_settime(delay_timer, delayed ? TIMER_ABSTIME : 0, &its, NULL);
}

void delay_add(struct pthread *t, int sig)
{
	t->resume_sig = sig;
	t->dnext = delayed;
	delayed = t;
	delay_arm();
}

void delay_forget(struct pthread *t)
{
	if (!t->resume_at)
		return;
	t->resume_at = 0;
	for (struct pthread **pp = &delayed; *pp; pp = &(*pp)->dnext)
		if (*pp == t) {
			*pp = t->dnext;
			break;
		}
	if (delay_timer_made)
		delay_arm();
}


/* Resume the delayed threads whose time has come. */
void delays_run(void)
{
	uint64_t now = now_mono_ns();
	bool any = false;
	for (struct pthread **pp = &delayed; *pp;) {
		struct pthread *t = *pp;
		if (t->resume_at > now) {
			pp = &t->dnext;
			continue;
		}
		*pp = t->dnext;
		t->resume_at = 0;
		thread_resume(t, t->resume_sig);
		any = true;
	}
	if (any)
		delay_arm();
}
