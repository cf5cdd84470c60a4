/*
 * xlat.h - named-constant tables ("xlat" = translate a number to a name).
 * The tables are data: src/xlat/NAME.in lists the constants, and the build
 * (tools/xlatgen.awk) turns each file into a `const struct xlat xlat_NAME`
 * whose values come from the system headers, or are checked against them
 * at compile time when the file gives a value explicitly.
 */
#ifndef SCTRACE_XLAT_H
#define SCTRACE_XLAT_H

#include "common.h"

struct xlat_entry {
	uint64_t val;
	const char *name;
};

struct xlat {
	const struct xlat_entry *e;
	unsigned n;
	const char *unknown;   /* comment for values not in the table: "O_???" */
};

/* Name of an exact value, or NULL. */
const char *xlat_name(const struct xlat *x, uint64_t val);
/* Value of a name, or -1 in *ok=false. */
bool xlat_value(const struct xlat *x, const char *name, uint64_t *val);

#include "xlat_decls.h"   /* generated: extern const struct xlat xlat_NAME; */

#endif
