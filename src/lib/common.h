/*
 * common.h - small helpers shared by every part of sctrace.
 * Nothing here knows about tracing; it is the C toolbox the pipeline
 * (interceptor -> event -> decoder -> value tree -> printer) is written with.
 */
#ifndef SCTRACE_COMMON_H
#define SCTRACE_COMMON_H

#define SCTRACE_VERSION "0.2.0"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)
#define ATTR_PRINTF(f, a) __attribute__((format(printf, f, a)))
#define ATTR_NORETURN __attribute__((noreturn))

extern const char *progname;
/* When set, every error says where the bad input came from: "sctrace: WHERE: message"
 * (a configuration file's "FILE:LINE"). */
extern const char *error_where;

/* "sctrace: message" on stderr; the *_errno variants append ": strerror(errno)". */
void error_msg(const char *fmt, ...) ATTR_PRINTF(1, 2);
void error_msg_errno(const char *fmt, ...) ATTR_PRINTF(1, 2);
void die(const char *fmt, ...) ATTR_PRINTF(1, 2) ATTR_NORETURN;
void die_errno(const char *fmt, ...) ATTR_PRINTF(1, 2) ATTR_NORETURN;

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t m);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

/* Write all n bytes to fd, retrying after EINTR and short writes; an error (EPIPE...) ends it quietly. */
void write_all(int fd, const void *buf, size_t n);

/* Monotonic and wall-clock time in nanoseconds. */
uint64_t now_mono_ns(void);
uint64_t now_real_ns(void);

#endif
