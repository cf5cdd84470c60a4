/*
 * xlat.c - lookups in the generated constant tables.  Tables are small
 * (tens of entries), so a linear scan is faster than anything clever.
 */
#include "xlat.h"

#include <string.h>

const char *xlat_name(const struct xlat *x, uint64_t val)
{
	for (unsigned i = 0; i < x->n; i++)
		if (x->e[i].val == val)
			return x->e[i].name;
	return NULL;
}

bool xlat_value(const struct xlat *x, const char *name, uint64_t *val)
{
	for (unsigned i = 0; i < x->n; i++)
		if (strcmp(x->e[i].name, name) == 0) {
			*val = x->e[i].val;
			return true;
		}
	return false;
}
