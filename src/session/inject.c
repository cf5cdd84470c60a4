/*
 * inject.c - parsing -e inject= / -e fault= rules with strace's syntax:
 *
 *   SET[:error=ERRNO|:retval=VALUE][:signal=SIG][:syscall=SYSCALL]
 *      [:delay_enter=DELAY][:delay_exit=DELAY]
 *      [:poke_enter=@argN=HEX,...][:poke_exit=@argN=HEX,...][:when=WHEN]
 *
 * SET is a -e trace= set.  A bad option is one "invalid inject argument"
 * (or "invalid fault argument") line naming the whole argument, as strace.
 */
#include "inject.h"
#include "decode.h"
#include "filter.h"
#include "render.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAX_ERRNO 4095
#define WHEN_MAX 65535

/* 1..4095 in decimal, or a name: EPERM, eperm, ERESTARTSYS */
static int parse_errno(const char *s)
{
	if (isdigit((unsigned char)*s)) {
		char *end;
		errno = 0;
		unsigned long v = strtoul(s, &end, 10);
		return !*end && !errno && v >= 1 && v <= MAX_ERRNO ? (int)v : -1;
	}
	for (int e = 1; e <= MAX_ERRNO; e++) {
		const char *n = errno_name(e);
		if (!n)
			n = kernel_errno_name(e);
		if (n && !strcasecmp(n, s))
			return e;
	}
	return -1;
}

/* A decimal number as strtoul reads it (blanks and a sign before it), in [min, max]. */
static bool when_number(const char **p, unsigned min, unsigned max, unsigned *out)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(*p, &end, 10);
	if (end == *p || errno || v < min || v > max)
		return false;
	*out = (unsigned)v;
	*p = end;
	return true;
}

/* FIRST[..LAST][+[STEP]] */
static bool parse_when(const char *s, struct inject_rule *r)
{
	unsigned first, last = 0, step = 0;
	if (!when_number(&s, 1, WHEN_MAX, &first))
		return false;
	if (s[0] == '.' && s[1] == '.') {
		s += 2;
		if (!when_number(&s, 1, WHEN_MAX - 1, &last) || last < first)
			return false;
	}
	if (*s == '+') {
		s++;
		step = 1;
		if (*s && !when_number(&s, 1, WHEN_MAX, &step))
			return false;
	} else if (!last) {
		last = first;   /* FIRST alone: that call only */
	} else {
		step = 1;       /* FIRST..LAST: every call in the range */
	}
	if (*s)
		return false;
	r->first = first;
	r->last = last;
	r->step = step;
	return true;
}

/* microseconds, or NUMBER{s|ms|us|ns}; NUMBER may have a fraction and exponent */
static bool parse_delay(const char *s, uint64_t *ns)
{
	static const struct { const char *suffix; double mul; } units[] = {
		{ "", 1e3 }, { "s", 1e9 }, { "ms", 1e6 }, { "us", 1e3 }, { "ns", 1 },
	};
	size_t nlen = strspn(s, "0123456789.eE+-");
	size_t ilen = strspn(s, "+0123456789");
	if (!nlen || s[0] == '-')
		return false;
	const char *unit = s + nlen;
	size_t u;
	for (u = 0; u < ARRAY_SIZE(units); u++)
		if (!strcmp(unit, units[u].suffix))
			break;
	if (u == ARRAY_SIZE(units))
		return false;
	char num[64];
	if (nlen >= sizeof(num))
		return false;
	memcpy(num, s, nlen);
	num[nlen] = '\0';
	char *end;
	errno = 0;
	if (ilen == nlen) {
		/* an integer: exact */
		unsigned long long v = strtoull(num, &end, 10);
		if (*end || errno || v > INT64_MAX)
			return false;
		uint64_t mul = (uint64_t)units[u].mul;
		if (mul && v > INT64_MAX / mul)
			return false;
		*ns = v * mul;
		return true;
	}
	double v = strtod(num, &end);
	if (*end || errno || !isfinite(v) || v < 0)
		return false;
	v *= units[u].mul;
	if (v >= 9.2e18)
		return false;
	*ns = (uint64_t)v;
	return true;
}

/* @argN=HEX[,@argM=HEX...] */
static bool parse_pokes(const char *s, struct inject_poke *pokes, int *npokes)
{
	if (!*s)
		return false;
	char *copy = xstrdup(s), *save = NULL;
	bool ok = true;
	int n = 0;
	for (char *tok = strtok_r(copy, ",", &save); tok && ok; tok = strtok_r(NULL, ",", &save)) {
		if (strncmp(tok, "@arg", 4) || tok[4] < '1' || tok[4] > '0' + INJECT_NARGS || tok[5] != '=') {
			ok = false;
			break;
		}
		int arg = tok[4] - '0';
		const char *hex = tok + 6;
		size_t hlen = strlen(hex);
		if (!hlen || hlen % 2 || hlen / 2 > INJECT_MAX_POKE || strspn(hex, "0123456789abcdefABCDEF") != hlen) {
			ok = false;
			break;
		}
		for (int i = 0; i < n; i++)
			if (pokes[i].arg == arg)
				ok = false;
		if (!ok || n == INJECT_NARGS)
			break;
		uint8_t *data = xmalloc(hlen / 2);
		for (size_t i = 0; i < hlen / 2; i++) {
			char byte[3] = { hex[2 * i], hex[2 * i + 1], 0 };
			data[i] = (uint8_t)strtoul(byte, NULL, 16);
		}
		pokes[n].arg = arg;
		pokes[n].len = hlen / 2;
		pokes[n].data = data;
		n++;
	}
	free(copy);
	*npokes = n;
	return ok && n > 0;
}

void inject_rule_free(struct inject_rule *r)
{
	for (int i = 0; i < r->npoke_enter; i++)
		free(r->poke_enter[i].data);
	for (int i = 0; i < r->npoke_exit; i++)
		free(r->poke_exit[i].data);
	r->npoke_enter = r->npoke_exit = 0;
}

/* One KEY=VALUE of a rule; false if it is not valid (here, or together with what came before). */
static bool parse_option(char *opt, bool fault, struct inject_rule *r, bool *has_syscall)
{
	char *eq = strchr(opt, '=');
	if (!eq)
		return false;
	*eq = '\0';
	const char *key = opt, *val = eq + 1;
	if (!strcmp(key, "when"))
		return parse_when(val, r);
	if (!strcmp(key, "error")) {
		if (r->has_error || r->has_retval)
			return false;
		r->error = parse_errno(val);
		return (r->has_error = r->error > 0);
	}
	if (!strcmp(key, "syscall")) {
		int nr = syscall_by_name(val);
		if (nr < 0 && isdigit((unsigned char)*val)) {
			char *end;
			long v = strtol(val, &end, 10);
			if (!*end && v >= 0 && v < NSYSCALLS && sysent[v].name)
				nr = (int)v;
		}
		if (*has_syscall || nr < 0 || !(sysent[nr].classes & TC_PURE))
			return false;
		*has_syscall = true;
		r->scno = nr;
		return true;
	}
	if (fault)
		return false;   /* the rest is for inject= only */
	if (!strcmp(key, "retval")) {
		if (r->has_error || r->has_retval || !*val)
			return false;
		char *end;
		errno = 0;
		unsigned long long v = strtoull(val, &end, 0);
		if (*end || errno || end == val)
			return false;
		r->retval = v;
		return (r->has_retval = true);
	}
	if (!strcmp(key, "signal")) {
		int sig = signal_by_name(val);
		if (r->signo || sig < 1 || sig > 64)
			return false;
		r->signo = sig;
		return true;
	}
	if (!strcmp(key, "delay_enter")) {
		if (r->has_delay_enter)
			return false;
		return (r->has_delay_enter = parse_delay(val, &r->delay_enter_ns));
	}
	if (!strcmp(key, "delay_exit")) {
		if (r->has_delay_exit)
			return false;
		return (r->has_delay_exit = parse_delay(val, &r->delay_exit_ns));
	}
	if (!strcmp(key, "poke_enter"))
		return !r->npoke_enter && parse_pokes(val, r->poke_enter, &r->npoke_enter);
	if (!strcmp(key, "poke_exit"))
		return !r->npoke_exit && parse_pokes(val, r->poke_exit, &r->npoke_exit);
	return false;
}

bool inject_parse_rule(const char *spec, bool fault, struct inject_rule *r, uint8_t *set)
{
	memset(r, 0, sizeof(*r));
	r->first = 1;
	r->step = 1;
	r->scno = -1;
	char *copy = xstrdup(spec);
	char *colon = strchr(copy, ':');
	if (colon)
		*colon = '\0';
	bool unknown;
	if (!parse_syscall_set(copy, set, &unknown)) {
		free(copy);
		return false;   /* it said why */
	}
	bool ok = true, has_syscall = false;
	char *save = NULL;
	if (colon)
		for (char *opt = strtok_r(colon + 1, ":", &save); opt && ok; opt = strtok_r(NULL, ":", &save))
			ok = parse_option(opt, fault, r, &has_syscall);
	free(copy);
	if (ok && fault && !r->has_error) {
		r->has_error = true;
		r->error = ENOSYS;
	}
	if (ok && !r->has_error && !r->has_retval && !r->signo && !r->has_delay_enter &&
	    !r->has_delay_exit && !r->npoke_enter && !r->npoke_exit)
		ok = false;   /* nothing to do */
	if (!ok) {
		inject_rule_free(r);
		error_msg("invalid %s argument '%s'", fault ? "fault" : "inject", spec);
		return false;
	}
	if (r->has_retval) {
		int64_t sv = (int64_t)r->retval;
		if (sv < 0 && sv >= -MAX_ERRNO)
			error_msg("Inadvertent injection of error %d is possible for retval=%llu",
				  (int)-sv, (unsigned long long)r->retval);
	}
	return true;
}

bool inject_parse(const char *spec, bool fault, struct inject_table **tab)
{
	struct inject_rule *r = xmalloc(sizeof(*r));
	static uint8_t set[NSYSCALLS];
	if (!inject_parse_rule(spec, fault, r, set)) {
		free(r);
		return false;
	}
	if (!*tab)
		*tab = xcalloc(1, sizeof(**tab));
	struct inject_table *t = *tab;
	t->rules = xrealloc(t->rules, (t->nrules + 1) * sizeof(*t->rules));
	t->rules[t->nrules++] = r;
	for (int i = 0; i < NSYSCALLS; i++)
		if (set[i] && sysent[i].name)
			(*tab)->rule[i] = r;
	if (r->signo)
		(*tab)->any_signal = true;
	return true;
}

void inject_table_free(struct inject_table *t)
{
	if (!t)
		return;
	for (int i = 0; i < t->nrules; i++) {
		inject_rule_free(t->rules[i]);
		free(t->rules[i]);
	}
	free(t->rules);
	free(t);
}

bool inject_when(const struct inject_rule *r, unsigned n)
{
	if (n < r->first || (r->last && n > r->last))
		return false;
	if (!r->step)
		return n == r->first;
	return (n - r->first) % r->step == 0;
}
