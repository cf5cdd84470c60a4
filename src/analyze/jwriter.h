/*
 * jwriter.h - the small JSON writer the analyzer's documents are written
 * with (report --json, diff --json): members and values appended to an sbuf,
 * commas placed by the writer.
 */
#ifndef SCTRACE_JWRITER_H
#define SCTRACE_JWRITER_H

#include "json.h"

#include <stdio.h>
#include <string.h>

struct jw {
	struct sbuf b;
	bool first;        /* no comma before the next member */
};

static inline void sep(struct jw *w)
{
	if (!w->first)
		sbuf_putc(&w->b, ',');
	w->first = false;
}

static inline void key(struct jw *w, const char *k)
{
	sep(w);
	json_string(&w->b, k, strlen(k));
	sbuf_putc(&w->b, ':');
}

static inline void open_c(struct jw *w, char c)
{
	sbuf_putc(&w->b, c);
	w->first = true;
}

static inline void close_c(struct jw *w, char c)
{
	sbuf_putc(&w->b, c);
	w->first = false;
}

static inline void str_val(struct jw *w, const char *s)
{
	if (s)
		json_text(&w->b, s, strlen(s));
	else
		sbuf_puts(&w->b, "null");
}

static inline void k_str(struct jw *w, const char *k, const char *s)
{
	key(w, k);
	str_val(w, s);
}

static inline void k_int(struct jw *w, const char *k, int64_t v)
{
	key(w, k);
	json_int(&w->b, v);
}

static inline void k_u64(struct jw *w, const char *k, uint64_t v)
{
	key(w, k);
	json_uint(&w->b, v);
}

static inline void k_bool(struct jw *w, const char *k, bool v)
{
	key(w, k);
	sbuf_puts(&w->b, v ? "true" : "false");
}

static inline void k_null(struct jw *w, const char *k)
{
	key(w, k);
	sbuf_puts(&w->b, "null");
}

/* An array of strings; null instead of an empty one when asked. */
static inline void k_strv(struct jw *w, const char *k, char *const *v, size_t n, bool null_if_none)
{
	key(w, k);
	if (!n && null_if_none) {
		sbuf_puts(&w->b, "null");
		return;
	}
	open_c(w, '[');
	for (size_t i = 0; i < n; i++) {
		sep(w);
		str_val(w, v[i]);
	}
	close_c(w, ']');
}

/* A finite double (%.6g; null when it is not finite). */
static inline void k_dbl(struct jw *w, const char *k, double v)
{
	key(w, k);
	if (v != v || v > 1e308 || v < -1e308)
		sbuf_puts(&w->b, "null");
	else
		sbuf_printf(&w->b, "%.6g", v);
}

#endif
