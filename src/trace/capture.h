/*
 * capture.h - tracee memory as captured bytes.
 *
 * Recording wraps a backend's struct mem: every read a decoder makes (bytes
 * at an address, a C string, what a descriptor is) is passed through and
 * also appended to a capture buffer, tagged with the phase (syscall entry or
 * exit) it was made in.  A replay (and the eBPF backend, which copies the
 * same records in the kernel) serves a struct mem from such a buffer, so the
 * very same decoders decode the syscall again.  The byte layout is part of
 * the trace store's schema (docs/STORE.md):
 *
 *   record := kind:u8 phase:u8 flags:u8 details:u8 len:u32 addr:u64 data[len]
 *
 * little-endian; kind CAP_READ (len bytes at addr; CAPF_FAIL: unreadable,
 * no data), CAP_STR (a C string read at addr: len bytes without the NUL;
 * CAPF_TERM: the NUL followed; CAPF_FAIL: unreadable), CAP_FD (addr is the
 * descriptor, details the FD_* asked for, data the text; CAPF_NONE: none).
 */
#ifndef SCTRACE_CAPTURE_H
#define SCTRACE_CAPTURE_H

#include "mem.h"
#include "sbuf.h"

enum { CAP_READ = 1, CAP_STR = 2, CAP_FD = 3 };
enum { CAP_ENTRY = 0, CAP_EXIT = 1 };
enum { CAPF_FAIL = 1, CAPF_TERM = 2, CAPF_NONE = 4 };
#define CAP_HDR 16

/* Recording side: a struct mem that passes reads to inner and keeps them. */
struct capture {
	struct sbuf buf;         /* the records of the current syscall */
	uint8_t phase;           /* CAP_ENTRY or CAP_EXIT */
	const struct mem *inner;
	struct mem m;
};

/* Start a new syscall (clears the buffer). */
void capture_reset(struct capture *c);
/* The recording mem for this phase, reading through inner. */
const struct mem *capture_mem(struct capture *c, const struct mem *inner, int phase);
void capture_free(struct capture *c);

/* Replay side: a struct mem over a buffer of records. */
struct capmem {
	const uint8_t *p;
	size_t len;
	uint8_t phase;
	struct mem m;
};

/* Serve reads from records of the given phase.  Returns false if the buffer is malformed. */
bool capmem_init(struct capmem *cm, const void *p, size_t len, int pid);
const struct mem *capmem_phase(struct capmem *cm, int phase);
/* The text of a CAP_FD record for fd, whatever details it was made for (this phase's, else the
 * other's); NULL if none, with *none true when the record says the descriptor was not open. */
const char *capmem_fd_lookup(const struct capmem *cm, int fd, size_t *len, bool *none);
/* Check a buffer's framing (every record's length fits). */
bool capture_valid(const void *p, size_t len);

#endif
