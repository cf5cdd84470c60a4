/*
 * seccomp_verify.h - run a command under a profile and report every call
 * the profile would deny (seccomp_verify.c; docs/SECCOMP.md).
 */
#ifndef SCTRACE_SECCOMP_VERIFY_H
#define SCTRACE_SECCOMP_VERIFY_H

#include "backend.h"
#include "seccomp_profile.h"

/*
 * Run l's command under p (enforce: denied calls get the profile's answer;
 * else they run) and write the report to report.  Returns 0 if the profile
 * denied nothing, 2 if it denied (or would have denied) some call.
 */
int seccomp_verify(const struct scmp_profile *p, const char *profile_path, const struct launch *l,
		   bool enforce, FILE *report);

#endif
