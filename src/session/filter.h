/*
 * filter.h - parsing strace's qualifier sets: -e trace=, signal=, status=,
 * quiet=, raw=, verbose=, decode-fds=.
 */
#ifndef SCTRACE_FILTER_H
#define SCTRACE_FILTER_H

#include "syscalls.h"

struct fdset;

/*
 * Parse a syscall set ("open,close", "%file", "/^stat", "!read", "all",
 * "none", "?maybe") into set[NSYSCALLS] and *unknown (numbers without a
 * name).  Returns false after printing an error.
 */
bool parse_syscall_set(const char *spec, uint8_t *set, bool *unknown);
/* "SIGINT,TERM,9", "all", "!CHLD" into a 64-bit mask (bit n-1 = signal n). */
bool parse_signal_set(const char *spec, uint64_t *mask);
/* A signal name or number, 0 if invalid. */
int signal_by_name(const char *s);
/* Comma-separated names from a fixed list into a bit mask. */
bool parse_name_set(const char *spec, const char *const *names, const unsigned *bits,
		    unsigned n, unsigned all, unsigned *mask, const char *what);
/* A descriptor set for -e read=/write= ("0,5", "all", "none", "!3"); the
 * old contents of set are freed.  Returns false after printing an error. */
bool parse_fd_set(const char *spec, struct fdset *set);

#endif
