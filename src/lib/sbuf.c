/*
 * sbuf.c - growable output buffer and fast number formatting.
 */
#include "sbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void sbuf_grow(struct sbuf *b, size_t need)
{
	size_t cap = b->cap ? b->cap : 256;
	while (cap < b->len + need)
		cap *= 2;
	b->p = xrealloc(b->p, cap);
	b->cap = cap;
}

void sbuf_printf(struct sbuf *b, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(b->p ? b->p + b->len : NULL, b->p ? b->cap - b->len : 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if (!b->p || b->len + n + 1 > b->cap) {
		sbuf_grow(b, n + 1);
		va_start(ap, fmt);
		vsnprintf(b->p + b->len, b->cap - b->len, fmt, ap);
		va_end(ap);
	}
	b->len += n;
}

void sbuf_free(struct sbuf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
}

void sbuf_put_udec(struct sbuf *b, uint64_t v)
{
	if (v < 100) {   /* descriptors, flags, small counts: most numbers in a trace */
		if (v >= 10)
			sbuf_putc(b, (char)('0' + v / 10));
		sbuf_putc(b, (char)('0' + v % 10));
		return;
	}
	char tmp[24];
	int i = sizeof(tmp);
	do {
		tmp[--i] = '0' + v % 10;
		v /= 10;
	} while (v);
	sbuf_putn(b, tmp + i, sizeof(tmp) - i);
}

void sbuf_put_dec(struct sbuf *b, int64_t v)
{
	if (v < 0) {
		sbuf_putc(b, '-');
		sbuf_put_udec(b, -(uint64_t)v);
	} else {
		sbuf_put_udec(b, v);
	}
}

void sbuf_put_hex(struct sbuf *b, uint64_t v)
{
	static const char digits[] = "0123456789abcdef";
	char tmp[20];
	int i = sizeof(tmp);
	if (v == 0) {
		sbuf_putc(b, '0');
		return;
	}
	while (v) {
		tmp[--i] = digits[v & 15];
		v >>= 4;
	}
	tmp[--i] = 'x';
	tmp[--i] = '0';
	sbuf_putn(b, tmp + i, sizeof(tmp) - i);
}
