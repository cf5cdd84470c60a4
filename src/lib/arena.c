/*
 * arena.c - chunked bump allocator.  Reset keeps the chunks for reuse, so a
 * thread that traces a million syscalls allocates its chunks once.
 */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

#define CHUNK_MIN 16384

struct arena_chunk {
	struct arena_chunk *next;
	size_t size, used;
	max_align_t data[];
};

static struct arena_chunk *chunk_new(size_t want)
{
	size_t size = want > CHUNK_MIN ? want : CHUNK_MIN;
	struct arena_chunk *c = xmalloc(sizeof(*c) + size);
	c->next = NULL;
	c->size = size;
	c->used = 0;
	return c;
}

void *arena_alloc(struct arena *a, size_t n)
{
	n = (n + 15) & ~(size_t)15;
	struct arena_chunk *c = a->head;
	if (!c || c->size - c->used < n) {
		struct arena_chunk **pp = &a->spare;
		while (*pp && (*pp)->size < n)
			pp = &(*pp)->next;
		if (*pp) {
			c = *pp;
			*pp = c->next;
			c->used = 0;
		} else {
			c = chunk_new(n);
		}
		c->next = a->head;
		a->head = c;
	}
	void *p = (char *)c->data + c->used;
	c->used += n;
	return p;
}

void *arena_zalloc(struct arena *a, size_t n)
{
	return memset(arena_alloc(a, n), 0, n);
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_printf(struct arena *a, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	va_start(ap, fmt);
	int n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n < sizeof(buf))
		return arena_strndup(a, buf, n);
	char *p = arena_alloc(a, n + 1);
	va_start(ap, fmt);
	vsnprintf(p, n + 1, fmt, ap);
	va_end(ap);
	return p;
}

void arena_reset(struct arena *a)
{
	while (a->head) {
		struct arena_chunk *c = a->head;
		a->head = c->next;
		c->next = a->spare;
		a->spare = c;
	}
}

void arena_free(struct arena *a)
{
	arena_reset(a);
	while (a->spare) {
		struct arena_chunk *c = a->spare;
		a->spare = c->next;
		free(c);
	}
}
