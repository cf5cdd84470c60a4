/*
 * sbuf.h - growable byte buffer used to assemble output lines.
 * Appends never fail (they grow or die), so render code stays linear.
 */
#ifndef SCTRACE_SBUF_H
#define SCTRACE_SBUF_H

#include "common.h"

#include <string.h>

struct sbuf {
	char *p;
	size_t len, cap;
};

void sbuf_grow(struct sbuf *b, size_t need);
void sbuf_printf(struct sbuf *b, const char *fmt, ...) ATTR_PRINTF(2, 3);
void sbuf_free(struct sbuf *b);

static inline void sbuf_putn(struct sbuf *b, const char *s, size_t n)
{
	if (unlikely(b->len + n + 1 > b->cap))
		sbuf_grow(b, n + 1);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static inline void sbuf_puts(struct sbuf *b, const char *s) { sbuf_putn(b, s, strlen(s)); }

static inline void sbuf_putc(struct sbuf *b, char c)
{
	if (unlikely(b->len + 2 > b->cap))
		sbuf_grow(b, 2);
	b->p[b->len++] = c;
}

/* Decimal and hex without printf: these are on the hot path. */
void sbuf_put_dec(struct sbuf *b, int64_t v);
void sbuf_put_udec(struct sbuf *b, uint64_t v);
void sbuf_put_hex(struct sbuf *b, uint64_t v);   /* 0x1f; 0 as "0" */

#endif
