/*
 * protobuf.c - the protobuf wire format, written into an sbuf (protobuf.h).
 * Varints are 7 bits a byte, low bits first; a nested message's length is
 * not known until it ends, so one byte is reserved and widened if needed.
 */
#include "protobuf.h"

void pb_varint_long(struct sbuf *b, uint64_t v)
{
	if (unlikely(b->len + 11 > b->cap))
		sbuf_grow(b, 11);
	unsigned char *p = (unsigned char *)b->p + b->len;
	size_t n = 0;
	while (v >= 0x80) {
		p[n++] = (unsigned char)(v | 0x80);
		v >>= 7;
	}
	p[n++] = (unsigned char)v;
	b->len += n;
}

void pb_fixed64(struct sbuf *b, unsigned field, uint64_t v)
{
	pb_tag(b, field, PB_I64);
	char le[8];
	for (int i = 0; i < 8; i++)
		le[i] = (char)(v >> (8 * i));
	sbuf_putn(b, le, 8);
}

void pb_double(struct sbuf *b, unsigned field, double v)
{
	uint64_t bits;
	memcpy(&bits, &v, sizeof(bits));
	pb_fixed64(b, field, bits);
}

void pb_bytes(struct sbuf *b, unsigned field, const void *p, size_t n)
{
	pb_tag(b, field, PB_LEN);
	pb_varint(b, n);
	sbuf_putn(b, p, n);
}

size_t pb_begin(struct sbuf *b, unsigned field)
{
	pb_tag(b, field, PB_LEN);
	sbuf_putc(b, 0);   /* the length, if it is below 128 */
	return b->len - 1;
}

void pb_end(struct sbuf *b, size_t mark)
{
	size_t body = mark + 1, len = b->len - body;
	if (len < 0x80) {
		b->p[mark] = (char)len;
		return;
	}
	size_t need = 1;
	for (uint64_t v = len; v >= 0x80; v >>= 7)
		need++;
	if (unlikely(b->len + need > b->cap))
		sbuf_grow(b, need);
	memmove(b->p + mark + need, b->p + body, len);
	size_t end = b->len + need - 1;
	b->len = mark;
	pb_varint(b, len);
	b->len = end;
}
