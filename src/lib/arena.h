/*
 * arena.h - bump allocator for value trees.
 * Each traced thread owns an arena that is reset at every syscall entry, so
 * decoding allocates nothing from the heap on the hot path once warmed up.
 */
#ifndef SCTRACE_ARENA_H
#define SCTRACE_ARENA_H

#include "common.h"

struct arena_chunk;

struct arena {
	struct arena_chunk *head;   /* chunk being filled */
	struct arena_chunk *spare;  /* chunks kept from earlier resets */
};

void *arena_alloc(struct arena *a, size_t n);
void *arena_zalloc(struct arena *a, size_t n);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_printf(struct arena *a, const char *fmt, ...) ATTR_PRINTF(2, 3);
void arena_reset(struct arena *a);
void arena_free(struct arena *a);

#endif
