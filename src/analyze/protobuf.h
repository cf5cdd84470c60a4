/*
 * protobuf.h - a small protobuf wire-format writer into an sbuf: varints,
 * fixed-width and length-delimited fields, and nested messages whose length
 * is patched in when the message ends.  It knows no schema: the caller names
 * field numbers (perfetto.c writes Perfetto's Trace with it).
 */
#ifndef SCTRACE_PROTOBUF_H
#define SCTRACE_PROTOBUF_H

#include "sbuf.h"

#include <stdint.h>

/* wire types */
enum { PB_VARINT = 0, PB_I64 = 1, PB_LEN = 2, PB_I32 = 5 };

void pb_varint_long(struct sbuf *b, uint64_t v);

static inline void pb_varint(struct sbuf *b, uint64_t v)
{
	if (likely(v < 0x80 && b->len + 2 <= b->cap))
		b->p[b->len++] = (char)v;
	else
		pb_varint_long(b, v);
}

static inline void pb_tag(struct sbuf *b, unsigned field, unsigned wire)
{
	pb_varint(b, (uint64_t)field << 3 | wire);
}

/* uint32/uint64/enum fields */
static inline void pb_uint(struct sbuf *b, unsigned field, uint64_t v)
{
	pb_tag(b, field, PB_VARINT);
	pb_varint(b, v);
}

/* int32/int64 fields: two's complement, so a negative value takes ten bytes */
static inline void pb_int(struct sbuf *b, unsigned field, int64_t v)
{
	pb_uint(b, field, (uint64_t)v);
}

static inline void pb_bool(struct sbuf *b, unsigned field, bool v)
{
	pb_uint(b, field, v ? 1 : 0);
}

/* sint32/sint64 fields: zigzag */
static inline void pb_sint(struct sbuf *b, unsigned field, int64_t v)
{
	pb_uint(b, field, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

void pb_fixed64(struct sbuf *b, unsigned field, uint64_t v);
void pb_double(struct sbuf *b, unsigned field, double v);

/* bytes and string fields (a string must be UTF-8: the caller's job) */
void pb_bytes(struct sbuf *b, unsigned field, const void *p, size_t n);

static inline void pb_string(struct sbuf *b, unsigned field, const char *s)
{
	pb_bytes(b, field, s, strlen(s));
}

/*
 * A nested message (or any length-delimited field built in place):
 *	size_t m = pb_begin(b, 11);  ...fields...  pb_end(b, m);
 * pb_begin writes the tag and reserves one byte for the length; pb_end
 * writes the length, moving the contents up when it needs more bytes, so
 * the encoding is the canonical one.  Messages nest to any depth.
 */
size_t pb_begin(struct sbuf *b, unsigned field);
void pb_end(struct sbuf *b, size_t mark);

#endif
