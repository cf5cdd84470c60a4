/*
 * json.h - value tree -> JSON, for the JSON Lines sink and the SQLite store's
 * args column.  The encoding is documented in docs/JSON.md and checked by
 * docs/trace-event.schema.json.
 */
#ifndef SCTRACE_JSON_H
#define SCTRACE_JSON_H

#include "sbuf.h"
#include "value.h"

/* 2^53: integers up to this magnitude are exact in a double (and in JSON readers). */
#define JSON_MAX_EXACT (UINT64_C(1) << 53)

/* A JSON string literal of bytes that are valid UTF-8 (see json_utf8_valid). */
void json_string(struct sbuf *b, const char *s, size_t len);
/* Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF. */
bool json_utf8_valid(const char *s, size_t len);
/* Length of the valid UTF-8 sequence at s (1-4), or 0 if it is not one. */
size_t json_utf8_seq(const unsigned char *s, size_t n);
/* A JSON string of any bytes: invalid UTF-8 sequences become U+FFFD. */
void json_text(struct sbuf *b, const char *s, size_t len);

/* Numbers of magnitude <= 2^53 as JSON numbers, larger ones as decimal strings. */
void json_int(struct sbuf *b, int64_t v);
void json_uint(struct sbuf *b, uint64_t v);

/* A value tree as JSON (docs/JSON.md).  NULL is "null". */
void json_value(struct sbuf *b, const struct value *v);

/*
 * A syscall's printed arguments (a V_SEQ) as one object: the i-th child's key
 * is its own name, else names[i] (i < nnames, non-NULL), else "argN".  Keys
 * that repeat get "_2", "_3", ... appended.
 */
void json_value_args(struct sbuf *b, const struct value *seq, const char *const names[6],
		     unsigned nnames);

#endif
