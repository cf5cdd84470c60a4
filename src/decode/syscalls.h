/*
 * syscalls.h - the system call tables: number -> name, argument count,
 * trace classes, the kernel's parameter names and types, and decoder.  Names,
 * counts and classes are data (src/decode/syscalls.tbl; for i386, a 32-bit
 * program on x86_64, src/decode/syscalls32.tbl), parameters too
 * (src/decode/sysargs.tbl, made by tools/gen-sysargs from the kernel's
 * tracepoint metadata; sysargs32.tbl for what only i386 has); decoders attach
 * themselves by number from the dec_*.c family tables.
 *
 * Both personalities share one number space: x86_64 syscall N is N, i386
 * syscall N is SC32_BASE + N.  Filters, -c, -e inject= and the trace store
 * index by it, so "open" and "open@32" are two numbers and a recording keeps
 * which one ran.
 */
#ifndef SCTRACE_SYSCALLS_H
#define SCTRACE_SYSCALLS_H

#include "common.h"
#include "sc_nr.h"   /* generated: SC_read 0, ... SC_MAX_NR */
#include "sc32_nr.h" /* generated: SC32_restart_syscall 0, ... SC32_MAX_NR (i386 numbers) */

/* trace classes, as strace's -e trace=%NAME */
enum {
	TC_FILE = 1 << 0,
	TC_DESC = 1 << 1,
	TC_PROCESS = 1 << 2,
	TC_NETWORK = 1 << 3,
	TC_SIGNAL = 1 << 4,
	TC_IPC = 1 << 5,
	TC_MEMORY = 1 << 6,
	TC_CREDS = 1 << 7,
	TC_CLOCK = 1 << 8,
	TC_STAT = 1 << 9,
	TC_LSTAT = 1 << 10,
	TC_FSTAT = 1 << 11,
	TC_STATFS = 1 << 12,
	TC_FSTATFS = 1 << 13,
	TC_PURE = 1 << 14,
	TC_STAT_LIKE = 1 << 15,
	TC_STATFS_LIKE = 1 << 16,
};

struct decoder;
struct compat_row;

struct sysent {
	const char *name;
	/* Two argument counts, which differ for some calls: nargs is how many
	 * arguments strace prints (raw and undecoded calls show that many),
	 * nparams how many the kernel's SYSCALL_DEFINE takes (preadv: 4, one
	 * offset, and 5, pos_l and pos_h; afs_syscall: 5 and none at all). */
	uint8_t nargs;
	uint8_t nparams;
	uint32_t classes;
	const struct decoder *dec;
	/* the kernel's parameters in register order, NULL from nparams on:
	 * openat = dfd "int", filename "const char *", flags "int", mode "umode_t" */
	const char *argname[6];
	const char *argtype[6];
	/* an i386 call: how its arguments become the x86_64 decoder's (dec_compat.c) */
	const struct compat_row *compat;
};

/* syscall personalities: the 64-bit one and i386 (a 32-bit program on x86_64) */
enum { PERS_X86_64 = 0, PERS_I386 = 1 };
#define NSYSCALLS64 (SC_MAX_NR + 1)
#define SC32_BASE 1024       /* i386 syscall N is number SC32_BASE + N; fixed: stores keep it */
#define NSYSCALLS (SC32_BASE + SC32_MAX_NR + 1)
_Static_assert(NSYSCALLS64 <= SC32_BASE, "x86_64 numbers run into the i386 ones");
extern struct sysent sysent[NSYSCALLS];

static inline int sc_pers(long nr) { return nr >= SC32_BASE ? PERS_I386 : PERS_X86_64; }
/* the number the kernel knows: i386's own for an i386 call */
static inline long sc_kernel_nr(long nr) { return nr >= SC32_BASE ? nr - SC32_BASE : nr; }

static inline const struct sysent *sysent_get(long nr)
{
	return nr >= 0 && nr < NSYSCALLS && sysent[nr].name ? &sysent[nr] : NULL;
}

/* Number of a syscall name, or -1 (x86_64's first). */
int syscall_by_name(const char *name);
/* The same in one personality (PERS_*), or -1. */
int syscall_by_name_pers(const char *name, int pers);
/* Name of the kernel's parameter I (0-based) of syscall NR, or NULL. */
const char *sysent_argname(int nr, int i);
/* Class bit of a name like "file" or "%file" ("%%stat" style too), 0 if unknown. */
uint32_t syscall_class_by_name(const char *name);

/* Attach every family's decoders to the table; called once at start-up. */
void decoders_init(void);

#endif
