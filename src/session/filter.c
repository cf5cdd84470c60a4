/*
 * filter.c - qualifier-set parsing with strace's syntax: comma lists, a
 * leading '!' negating the whole set, '?' to ignore unknown names, %class
 * names and /regex patterns.
 */
#include "filter.h"
#include "decode.h"

#include <ctype.h>
#include <regex.h>
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

/* The classes strace also takes without their '%' (the others need it). */
static bool legacy_class(const char *name)
{
	static const char *const names[] = { "file", "desc", "process", "network", "signal", "ipc", "memory" };
	for (size_t i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(name, names[i]))
			return true;
	return false;
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
		/* we only know the 64-bit personality: accept and strip @64 */
		char *at = strchr(tok, '@');
		if (at && strcmp(at, "@64") == 0)
			*at = '\0';
		if (strcmp(tok, "all") == 0) {
			memset(set, 1, NSYSCALLS);
			*unknown = true;
		} else if (strcmp(tok, "none") == 0) {
			/* nothing */
		} else if (tok[0] == '/') {
			regex_t re;
			if (!regex_sane(tok + 1)) {
				error_msg("regular expression too complex: '%s'", tok + 1);
				ok = false;
				break;
			}
			if (regcomp(&re, tok + 1, REG_EXTENDED | REG_NOSUB) != 0) {
				error_msg("invalid regular expression '%s'", tok + 1);
				ok = false;
				break;
			}
			bool any = false;
			for (int i = 0; i < NSYSCALLS; i++)
				if (sysent[i].name && regexec(&re, sysent[i].name, 0, NULL, 0) == 0)
					set[i] = any = true;
			regfree(&re);
			if (!any && !optional) {
				error_msg("invalid system call '%s'", tok);
				ok = false;
				break;
			}
		} else if (tok[0] == '%') {
			uint32_t cls = syscall_class_by_name(tok);
			if (!cls) {
				if (optional)
					continue;
				error_msg("invalid system call '%s'", tok);
				ok = false;
				break;
			}
			for (int i = 0; i < NSYSCALLS; i++)
				if (sysent[i].name && (sysent[i].classes & cls))
					set[i] = 1;
			/* strace counts numbers it cannot name as members of every class */
			*unknown = true;
		} else {
			int nr = syscall_by_name(tok);
			if (nr < 0 && isdigit((unsigned char)tok[0])) {
				char *end;
				long v = strtol(tok, &end, 10);
				if (!*end && v >= 0 && v < NSYSCALLS)
					nr = v;
			}
			if (nr < 0 && legacy_class(tok)) {
				/* strace's older spelling of seven classes: -e trace=file */
				uint32_t cls = syscall_class_by_name(tok);
				for (int i = 0; i < NSYSCALLS; i++)
					if (sysent[i].name && (sysent[i].classes & cls))
						set[i] = 1;
				*unknown = true;
				continue;
			}
			if (nr < 0) {
				if (optional)
					continue;
				error_msg("invalid system call '%s'", tok);
				ok = false;
				break;
			}
			set[nr] = 1;
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
