/*
 * pathtrace.h - -P PATH: does a syscall touch one of the traced paths?
 */
#ifndef SCTRACE_PATHTRACE_H
#define SCTRACE_PATHTRACE_H

#include "arena.h"
#include "mem.h"

#include <stdbool.h>
#include <stdint.h>

/* the longest file name compared (PATH_MAX) */
#define PATH_MAX_LEN 4096

/* Has syscall nr any argument -P looks at (a path, a descriptor, a descriptor array)? */
bool pathtrace_checks(int nr);
/*
 * Does the call nr with raw arguments args name one of paths[0..npaths-1],
 * by a path argument or a descriptor?  Reads the tracee through mem; what it
 * reads is allocated in a.
 */
bool pathtrace_match(int nr, const uint64_t args[6], const struct mem *mem, struct arena *a,
		     char *const *paths, int npaths);

#endif
