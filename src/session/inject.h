/*
 * inject.h - syscall tampering rules: strace's -e inject= and -e fault=.
 *
 * A rule says what to do to the calls of a syscall set: fail them with an
 * errno or make them return a value (the kernel is given syscall -1, or a
 * harmless %pure syscall, instead), deliver a signal as they start, keep
 * the thread stopped before or after them, and write bytes into the memory
 * their arguments point to.  `when=` picks which calls, counted per syscall
 * and per thread.  The session applies the rules (tracer.c); a backend that
 * can hold a thread at its syscall stops carries them out (event.h).
 */
#ifndef SCTRACE_INJECT_H
#define SCTRACE_INJECT_H

#include "syscalls.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define INJECT_MAX_POKE 1024   /* bytes one @argN=DATA may write */
#define INJECT_NARGS 7         /* @arg1 .. @arg7 */

struct inject_poke {
	int arg;                   /* 1-based argument number */
	size_t len;
	uint8_t *data;
};

struct inject_rule {
	/* when=FIRST[..LAST][+[STEP]]: calls FIRST, FIRST+STEP, ... up to LAST */
	unsigned first, last, step;   /* last 0: no end; step 0: FIRST only */
	bool has_error, has_retval;
	int error;                 /* 1..4095 */
	uint64_t retval;
	int signo;                 /* 0: none */
	int scno;                  /* syscall= (a %pure one) run instead of -1; -1: none */
	bool has_delay_enter, has_delay_exit;
	uint64_t delay_enter_ns, delay_exit_ns;
	struct inject_poke poke_enter[INJECT_NARGS], poke_exit[INJECT_NARGS];
	int npoke_enter, npoke_exit;
};

/*
 * The rules of a session, indexed by syscall number: the last rule naming a
 * syscall is the one that applies to it, as in strace.
 */
struct inject_table {
	const struct inject_rule *rule[NSYSCALLS];
	bool any_signal;           /* some rule delivers a signal */
	struct inject_rule **rules;   /* every rule given, in order (they own their pokes) */
	int nrules;
};

/*
 * Parse one -e inject= (fault false) or -e fault= (fault true) argument and
 * add its rule to *tab (allocated on first use).  Returns false after
 * printing the reason (strace's "invalid inject argument '...'").
 */
bool inject_parse(const char *spec, bool fault, struct inject_table **tab);

/* Does the n-th call (1-based) of a syscall fall in the rule's when= set? */
bool inject_when(const struct inject_rule *r, unsigned n);

/* The parser alone, for the unit tests: fills *r and set[NSYSCALLS]. */
bool inject_parse_rule(const char *spec, bool fault, struct inject_rule *r, uint8_t *set);
void inject_rule_free(struct inject_rule *r);
void inject_table_free(struct inject_table *t);

#endif
