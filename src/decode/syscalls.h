/*
 * syscalls.h - the x86_64 system call table: number -> name, argument count,
 * trace classes and decoder.  Names and counts are data (src/syscalls.tbl);
 * decoders attach themselves by number from the dec_*.c family tables.
 */
#ifndef SCTRACE_SYSCALLS_H
#define SCTRACE_SYSCALLS_H

#include "common.h"
#include "sc_nr.h"   /* generated: SC_read 0, ... SC_MAX_NR */

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

struct sysent {
	const char *name;
	uint8_t nargs;
	uint32_t classes;
	const struct decoder *dec;
};

#define NSYSCALLS (SC_MAX_NR + 1)
extern struct sysent sysent[NSYSCALLS];

static inline const struct sysent *sysent_get(long nr)
{
	return nr >= 0 && nr < NSYSCALLS && sysent[nr].name ? &sysent[nr] : NULL;
}

/* Number of a syscall name, or -1. */
int syscall_by_name(const char *name);
/* Class bit of a name like "file" or "%file" ("%%stat" style too), 0 if unknown. */
uint32_t syscall_class_by_name(const char *name);

/* Attach every family's decoders to the table; called once at start-up. */
void decoders_init(void);

#endif
