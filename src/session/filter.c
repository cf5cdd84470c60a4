/*
 * filter.c - qualifier-set parsing with strace's syntax: comma lists, a
 * leading '!' negating the whole set, '?' to ignore unknown names, %class
 * names and /regex patterns, @64/@32/@x32 personality suffixes.
 */
#include "filter.h"
#include "decode.h"

#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/*
 * glibc's regcomp duplicates the parse tree for each stacked repetition
 * operator ("a++++"), so a short pattern can ask for gigabytes.  Stacked
 * operators add nothing to a syscall-name pattern: refuse them.
 */
static bool regex_sane(const char *re)
{
	if (strlen(re) > 1024)
		return false;
	for (const char *p = re; *p; p++) {
		bool rep = *p == '*' || *p == '+' || *p == '?' || *p == '}';
		char n = p[1];
		if (rep && (n == '*' || n == '+' || n == '?' || n == '{'))
			return false;
	}
	return true;
}

/* x86_64's personalities, as -e trace= names them with @64, @32 and @x32 */
enum { PERS_64 = 1, PERS_32 = 2, PERS_X32 = 4, PERS_ALL = 7 };

#include "sysnames_compat.h"

static bool in_names(const char *const *names, size_t n, const char *name)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(names[i], name) == 0)
			return true;
	return false;
}

/* a name of a syscall of the other personalities pers allows (i386, x32) */
static bool other_name(const char *name, int pers)
{
	return ((pers & PERS_32) && in_names(sysnames_i386, ARRAY_SIZE(sysnames_i386), name)) ||
	       ((pers & PERS_X32) && in_names(sysnames_x32, ARRAY_SIZE(sysnames_x32), name));
}

static bool other_match(const regex_t *re, int pers)
{
	if (pers & PERS_32)
		for (size_t i = 0; i < ARRAY_SIZE(sysnames_i386); i++)
			if (regexec(re, sysnames_i386[i], 0, NULL, 0) == 0)
				return true;
	if (pers & PERS_X32)
		for (size_t i = 0; i < ARRAY_SIZE(sysnames_x32); i++)
			if (regexec(re, sysnames_x32[i], 0, NULL, 0) == 0)
				return true;
	return false;
}

/* the class names strace 6.1 still takes without their '%' */
static const char *const bare_classes[] = { "desc", "file", "memory", "process", "signal", "ipc", "network" };

/* Is syscall number i (syscalls.h's: i386 ones from SC32_BASE) in a personality pers allows? */
static bool in_pers(int i, int pers)
{
	return i < SC32_BASE ? (pers & PERS_64) != 0 : (pers & PERS_32) != 0;
}

/*
 * One element of a set: all, none, NAME, NUMBER, %CLASS or /REGEX, each with an
 * optional @64, @32 or @x32.  x86_64 and i386 calls are traced, x32 ones are
 * not: an element is valid if it names something in a personality it allows,
 * and selects what it names in the 64-bit and i386 ones it allows (a name or
 * number in each that has it, as strace).  -1 on an error (already reported),
 * 0 for an unknown name, 1 when valid.
 */
static int add_element(char *tok, uint8_t *set, bool *unknown)
{
	int pers = PERS_ALL;
	char *at = strrchr(tok, '@');
	if (at) {
		if (!strcmp(at, "@64"))
			pers = PERS_64;
		else if (!strcmp(at, "@32"))
			pers = PERS_32;
		else if (!strcmp(at, "@x32"))
			pers = PERS_X32;
		else {
			error_msg("incorrect personality designator '%s' in qualification '%s'", at + 1, tok);
			return -1;
		}
		*at = '\0';
	}
	bool native = pers & PERS_64;
	if (strcmp(tok, "all") == 0) {
		for (int i = 0; i < NSYSCALLS; i++)
			if (in_pers(i, pers))
				set[i] = 1;
		if (native)
			*unknown = true;
		return 1;
	}
	if (strcmp(tok, "none") == 0)
		return 1;
	if (tok[0] == '/') {
		if (!regex_sane(tok + 1)) {
			error_msg("regular expression too complex: '%s'", tok + 1);
			return -1;
		}
		regex_t re;
		if (regcomp(&re, tok + 1, REG_EXTENDED | REG_NOSUB) != 0) {
			error_msg("invalid regular expression '%s'", tok + 1);
			return -1;
		}
		bool any = false;
		for (int i = 0; i < NSYSCALLS; i++)
			if (sysent[i].name && in_pers(i, pers) && regexec(&re, sysent[i].name, 0, NULL, 0) == 0)
				set[i] = any = true;
		any = any || other_match(&re, pers);
		regfree(&re);
		return any;
	}
	char cls_name[32];
	const char *cls_tok = tok;
	for (size_t i = 0; i < ARRAY_SIZE(bare_classes); i++)
		if (!strcmp(tok, bare_classes[i])) {
			snprintf(cls_name, sizeof(cls_name), "%%%s", tok);
			cls_tok = cls_name;
		}
	if (cls_tok[0] == '%') {
		uint32_t cls = syscall_class_by_name(cls_tok);
		if (!cls)
			return 0;
		for (int i = 0; i < NSYSCALLS; i++)
			if (sysent[i].name && in_pers(i, pers) && (sysent[i].classes & cls))
				set[i] = 1;
		/* strace counts numbers it cannot name as members of every class */
		if (native)
			*unknown = true;
		return 1;
	}
	bool any = false;
	if (isdigit((unsigned char)tok[0])) {
		char *end;
		long v = strtol(tok, &end, 10);
		if (*end || v < 0)
			return 0;
		if ((pers & PERS_64) && v < NSYSCALLS64)
			set[v] = any = true;
		if ((pers & PERS_32) && v <= SC32_MAX_NR)
			set[SC32_BASE + v] = any = true;
		return any;
	}
	for (int i = 0; i < NSYSCALLS; i++)
		if (sysent[i].name && in_pers(i, pers) && strcmp(sysent[i].name, tok) == 0)
			set[i] = any = true;
	return any || other_name(tok, pers);
}

bool parse_syscall_set(const char *spec, uint8_t *set, bool *unknown)
{
	bool neg = false;
	memset(set, 0, NSYSCALLS);
	*unknown = false;
	while (*spec == '!') {
		neg = !neg;
		spec++;
	}
	if (!spec[strspn(spec, ",")]) {
		error_msg("invalid system call '%s'", spec);   /* as strace: an empty set is an error */
		return false;
	}
	char *copy = xstrdup(spec), *save = NULL;
	bool ok = true;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		bool optional = false;
		while (*tok == '?') {
			optional = true;
			tok++;
		}
		char *whole = xstrdup(tok);
		int r = add_element(tok, set, unknown);
		if (r == 0 && !optional)
			error_msg("invalid system call '%s'", whole);
		free(whole);
		if (r < 0 || (r == 0 && !optional)) {
			ok = false;
			break;
		}
	}
	free(copy);
	if (!ok)
		return false;
	if (neg) {
		for (int i = 0; i < NSYSCALLS; i++)
			set[i] = !set[i];
		*unknown = !*unknown;
	}
	return true;
}

int signal_by_name(const char *s)
{
	if (isdigit((unsigned char)*s)) {
		char *end;
		long v = strtol(s, &end, 10);
		return (!*end && v >= 1 && v <= 64) ? (int)v : 0;
	}
	if (strncasecmp(s, "SIG", 3) == 0)
		s += 3;
	for (int sig = 1; sig <= 64; sig++) {
		const char *name = signame(sig);
		if (name && strcasecmp(name + 3, s) == 0)
			return sig;
	}
	return 0;
}

bool parse_signal_set(const char *spec, uint64_t *mask)
{
	bool neg = false;
	*mask = 0;
	while (*spec == '!') {
		neg = !neg;
		spec++;
	}
	char *copy = xstrdup(spec), *save = NULL;
	bool ok = true;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, "all") == 0) {
			*mask = ~0ull;
			continue;
		}
		if (strcmp(tok, "none") == 0)
			continue;
		int sig = signal_by_name(tok);
		if (!sig) {
			error_msg("invalid signal '%s'", tok);
			ok = false;
			break;
		}
		*mask |= 1ull << (sig - 1);
	}
	free(copy);
	if (neg)
		*mask = ~*mask;
	return ok;
}

bool parse_name_set(const char *spec, const char *const *names, const unsigned *bits,
		    unsigned n, unsigned all, unsigned *mask, const char *what)
{
	bool neg = false;
	*mask = 0;
	while (*spec == '!') {
		neg = !neg;
		spec++;
	}
	char *copy = xstrdup(spec), *save = NULL;
	bool ok = true;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		if (strcmp(tok, "all") == 0) {
			*mask = all;
			continue;
		}
		if (strcmp(tok, "none") == 0)
			continue;
		unsigned i;
		for (i = 0; i < n; i++)
			if (strcmp(tok, names[i]) == 0)
				break;
		if (i == n) {
			error_msg("invalid %s '%s'", what, tok);
			ok = false;
			break;
		}
		*mask |= bits[i];
	}
	free(copy);
	if (neg)
		*mask = all & ~*mask;
	return ok;
}

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

bool parse_fd_set(const char *spec, struct fdset *set)
{
	const char *whole = spec;
	bool neg = false;
	while (*spec == '!') {
		neg = !neg;
		spec++;
	}
	free((void *)set->fds);
	*set = (struct fdset){ .negate = neg };
	if (!strcmp(spec, "all")) {
		set->negate = !neg;
		return true;
	}
	if (!strcmp(spec, "none"))
		return true;
	char *copy = xstrdup(spec), *save = NULL;
	int *fds = NULL, n = 0;
	bool ok = true;
	for (char *tok = strtok_r(copy, ",", &save); tok && ok; tok = strtok_r(NULL, ",", &save)) {
		char *end;
		errno = 0;
		long v = strtol(tok, &end, 10);
		if (!isdigit((unsigned char)*tok) || *end || errno || v > INT_MAX) {
			error_msg("invalid descriptor '%s'", tok);
			ok = false;
			break;
		}
		fds = xrealloc(fds, (n + 1) * sizeof(int));
		fds[n++] = (int)v;
	}
	free(copy);
	if (ok && !n) {   /* "", ",", "!": as strace, the whole set is named */
		error_msg("invalid descriptor '%s'", whole);
		ok = false;
	}
	if (!ok) {
		free(fds);
		return false;
	}
	qsort(fds, n, sizeof(int), cmp_int);
	set->fds = fds;
	set->n = n;
	return true;
}
