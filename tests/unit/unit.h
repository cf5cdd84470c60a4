/*
 * unit.h - a minimal unit-test harness: CHECK() records a failure with its
 * location and keeps going; each test program ends by printing
 * "unit NAME: N passed, N failed" and exits non-zero on any failure.
 */
#ifndef SCTRACE_UNIT_H
#define SCTRACE_UNIT_H

#include <stdio.h>
#include <string.h>

static int unit_passed, unit_failed;

#define CHECK(cond) do { \
	if (cond) unit_passed++; \
	else { unit_failed++; fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); } \
} while (0)

#define CHECK_STR(got, want) do { \
	const char *g_ = (got), *w_ = (want); \
	if (g_ && w_ && strcmp(g_, w_) == 0) unit_passed++; \
	else { unit_failed++; fprintf(stderr, "%s:%d: got  \"%s\"\n%*s  want \"%s\"\n", __FILE__, __LINE__, \
		g_ ? g_ : "(null)", (int)strlen(__FILE__) + 6, "", w_ ? w_ : "(null)"); } \
} while (0)

static inline int unit_report(const char *name)
{
	printf("unit %s: %d passed, %d failed\n", name, unit_passed, unit_failed);
	return unit_failed != 0;
}

#endif
