/*
 * ptrace_place.c - where the ptrace interceptor lets its tracees run (see
 * the comment below and docs/PERFORMANCE.md): pinning a lone runnable tracee
 * to the tracer's CPU, and hiding that from the tracee.
 */
#include "backend.h"
#include "ptrace_int.h"
#include "syscalls.h"

#include <errno.h>
#include <linux/sched.h>
#include <sched.h>
#include <stdlib.h>
#include <string.h>
#include <sys/uio.h>
#include <unistd.h>

/* ---- CPU placement ----
 *
 * A ptrace stop costs much less when tracer and tracee share a CPU (no
 * cross-CPU wake-up per stop).  While exactly one traced thread can run
 * (the others, if any, are blocked waiting for a child: a shell in wait4,
 * a parent in vfork), it and the tracer are pinned to the tracer's CPU; as
 * soon as a second one can run, every tracee gets its own affinity back, so
 * nothing concurrent is serialised behind one CPU.  The pinning is hidden from the
 * tracee: sched_getaffinity() results are rewritten with its real mask, a
 * sched_setaffinity() on itself becomes its new real mask, and children it
 * forks get the real mask.
 */

int pin_cpu = -1;            /* -1: no pinning */
uint64_t spin_ns;            /* PLACE_SPIN: how long to poll before sleeping */
#define SPIN_NS 50000
static cpu_set_t tracer_mask;
static bool tracer_pinned;

static void pin_thread(struct pthread *t)
{
	if (pin_cpu < 0 || t->orig_mask)
		return;
	cpu_set_t *m = xmalloc(sizeof(*m));
	if (sched_getaffinity(t->tid, sizeof(*m), m) < 0 || !CPU_ISSET(pin_cpu, m)) {
		free(m);
		return;
	}
	cpu_set_t one;
	CPU_ZERO(&one);
	CPU_SET(pin_cpu, &one);
	if (sched_setaffinity(t->tid, sizeof(one), &one) < 0) {
		free(m);
		return;
	}
	t->orig_mask = m;
	t->flags |= PT_WASPINNED;
	if (!tracer_pinned && sched_setaffinity(0, sizeof(one), &one) == 0)
		tracer_pinned = true;
}

void unpin_thread(struct pthread *t)
{
	if (!t->orig_mask)
		return;
	sched_setaffinity(t->tid, sizeof(*t->orig_mask), t->orig_mask);
	free(t->orig_mask);
	t->orig_mask = NULL;
}

/* Re-evaluate after the set of traced threads, or of waiting ones, changed. */
void placement_update(void)
{
	if (pin_cpu < 0)
		return;
	struct pthread *active = NULL;
	int nactive = 0;
	for (int i = 0; i < NBUCKETS && nactive < 2; i++)
		for (struct pthread *t = buckets[i]; t; t = t->next)
			if (!(t->flags & PT_WAITING)) {
				active = t;
				nactive++;
			}
	if (nactive == 1) {
		for (int i = 0; i < NBUCKETS; i++)
			for (struct pthread *t = buckets[i]; t; t = t->next)
				if (t != active)
					unpin_thread(t);
		pin_thread(active);
		return;
	}
	/*
	 * Several threads can run now (or none).  A new thread or child
	 * inherited the pinned mask from its creator: it gets the creator's
	 * real mask as well.
	 */
	cpu_set_t real;
	bool have_real = false;
	for (int i = 0; i < NBUCKETS; i++)
		for (struct pthread *t = buckets[i]; t; t = t->next)
			if (t->orig_mask) {
				real = *t->orig_mask;
				have_real = true;
				unpin_thread(t);
			}
	if (have_real) {
		for (int i = 0; i < NBUCKETS; i++)
			for (struct pthread *t = buckets[i]; t; t = t->next) {
				cpu_set_t cur;
				if (sched_getaffinity(t->tid, sizeof(cur), &cur) == 0 && CPU_COUNT(&cur) == 1 &&
				    CPU_ISSET(pin_cpu, &cur))
					sched_setaffinity(t->tid, sizeof(real), &real);
			}
	}
	if (tracer_pinned) {
		sched_setaffinity(0, sizeof(tracer_mask), &tracer_mask);
		tracer_pinned = false;
	}
}

static bool is_self(const struct pthread *t, uint64_t pid)
{
	return pid == 0 || (int)pid == t->tid;
}

/*
 * At the exit of a syscall during which the thread was pinned: keep the
 * pinning invisible to it.  If it was unpinned meanwhile, its current mask
 * is the real one.
 */
void placement_fixup(struct pthread *t, int64_t rval)
{
	t->flags &= ~PT_WASPINNED;
	if (t->orig_mask)
		t->flags |= PT_WASPINNED;   /* still pinned for the next syscall */
	if (rval < 0)
		return;
	cpu_set_t cur;
	const cpu_set_t *real = t->orig_mask;
	if (!real) {
		if (sched_getaffinity(t->tid, sizeof(cur), &cur) < 0)
			return;
		real = &cur;
	}
	switch (t->sc_nr) {
	case SC_sched_getaffinity:
		if (is_self(t, t->sc_args[0]) && rval > 0) {
			size_t n = (size_t)rval < sizeof(cpu_set_t) ? (size_t)rval : sizeof(cpu_set_t);
			struct iovec local = { (void *)real, n }, remote = { (void *)t->sc_args[2], n };
			process_vm_writev(t->tid, &local, 1, &remote, 1, 0);
		}
		break;
	case SC_sched_setaffinity:
		if (t->orig_mask && is_self(t, t->sc_args[0])) {
			/* its own choice becomes the mask to give back; pin within it if we can */
			sched_getaffinity(t->tid, sizeof(*t->orig_mask), t->orig_mask);
			cpu_set_t *m = t->orig_mask;
			t->orig_mask = NULL;
			if (CPU_ISSET(pin_cpu, m)) {
				cpu_set_t one;
				CPU_ZERO(&one);
				CPU_SET(pin_cpu, &one);
				sched_setaffinity(t->tid, sizeof(one), &one);
				t->orig_mask = m;
			} else {
				free(m);
			}
		}
		break;
	case SC_clone: case SC_clone3: case SC_fork: case SC_vfork:
		if (rval > 0)   /* the child inherited the pinned mask: give it the real one */
			sched_setaffinity((pid_t)rval, sizeof(*real), real);
		break;
	}
}

bool is_fork_like(int nr)
{
	if (nr >= SC32_BASE)
		nr = syscall_by_name_pers(sysent_get(nr) ? sysent_get(nr)->name : "", PERS_X86_64);
	return nr == SC_clone || nr == SC_clone3 || nr == SC_fork || nr == SC_vfork;
}

/* Does this syscall block its thread until a child changes state? */
bool waits_for_child(int nr, const uint64_t *a)
{
	switch (nr) {
	case SC32_BASE + SC32_wait4:
	case SC32_BASE + SC32_waitpid:
		return !(a[2] & WNOHANG);
	case SC32_BASE + SC32_waitid:
		return !(a[3] & WNOHANG);
	case SC32_BASE + SC32_vfork:
		return true;
	case SC32_BASE + SC32_clone:
		return a[0] & CLONE_VFORK;
	case SC_wait4:
		return !(a[2] & WNOHANG);
	case SC_waitid:
		return !(a[3] & WNOHANG);
	case SC_vfork:
		return true;
	case SC_clone:
		return a[0] & CLONE_VFORK;
	}
	return false;
}

void pt_placement(enum placement how)
{
	pin_cpu = -1;
	spin_ns = how == PLACE_SPIN ? SPIN_NS : 0;
	if (how != PLACE_PIN)
		return;
	if (sched_getaffinity(0, sizeof(tracer_mask), &tracer_mask) < 0)
		return;
	pin_cpu = sched_getcpu();
}
