/*
 * export_internal.h - what export_walk.c shares with the Perfetto writer
 * (perfetto.c) beyond perfetto.h.
 */
#ifndef SCTRACE_EXPORT_INTERNAL_H
#define SCTRACE_EXPORT_INTERNAL_H

#include "sbuf.h"

#include <stddef.h>

/* a JSON string, or {"str":...}, as text; else the JSON itself */
void json_as_text(struct sbuf *b, const char *v, size_t n);

#endif
