/*
 * pathnorm.h - the normalisation `sctrace diff` applies to paths, command
 * lines and endpoints before comparing two runs, so that what differs from
 * run to run by construction (temporary names, pids, inode numbers, times,
 * ephemeral ports) does not show as a difference.  docs/DIFF.md lists the
 * rules; each replaces the run-specific part with a fixed word.
 */
#ifndef SCTRACE_PATHNORM_H
#define SCTRACE_PATHNORM_H

#include "report_util.h"

struct pathnorm {
	struct imap ids;           /* the trace's pids and tids -> 1 */
	char **tmpdirs;            /* /tmp, /var/tmp, /dev/shm, $TMPDIR (no trailing /) */
	size_t ntmp;
	long port_lo, port_hi;     /* the ephemeral port range */
};

/* Rules for one trace: ids are its pids and tids. */
void pathnorm_init(struct pathnorm *n);
void pathnorm_add_id(struct pathnorm *n, int64_t id);
void pathnorm_free(struct pathnorm *n);

/* s normalised, appended to out (a path, an argument, an exe). */
void pathnorm_put(const struct pathnorm *n, struct sbuf *out, const char *s);
/* The same as a new string. */
char *pathnorm_str(const struct pathnorm *n, const char *s);
/* An address "1.2.3.4:56", "[::1]:56", a path: ephemeral ports become "*" when eph. */
void pathnorm_addr(const struct pathnorm *n, struct sbuf *out, const char *addr, bool eph);

#endif
