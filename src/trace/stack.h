/*
 * stack.h - -k: a stopped thread's user stack, unwound and symbolized
 * (unwind.c).  A frame keeps the raw address and what the symbolizer made
 * of it; the strings are interned for the whole session, so frames stay
 * valid after the process execs or unmaps the file they name.
 */
#ifndef SCTRACE_STACK_H
#define SCTRACE_STACK_H

#include <stdbool.h>
#include <stdint.h>

struct frame {
	uint64_t pc;          /* the address: the stop's IP, then return addresses */
	const char *module;   /* the executable file mapping it is in; NULL: in none (the walk ends) */
	const char *symbol;   /* the nearest function symbol at or below it, demangled; NULL: none */
	uint64_t sym_off;     /* pc - the symbol's address */
	uint64_t file_off;    /* pc - mapping start + mapping file offset */
	bool truncated;       /* not a frame: there were more than STACK_MAX_FRAMES */
};

/* A thread's frames: a capture appends a whole walk. */
struct frames {
	struct frame *v;
	unsigned n, cap;
	bool queued;          /* taken at a syscall's entry and kept for later (strace prints these
				 symbol-less frames as "(+0x0)") */
};

#define STACK_MAX_FRAMES 256

/*
 * The unwinder.  unwind_capture() appends the stack of thread tid of
 * process tgid, which must be ptrace-stopped, and returns how many frames
 * it appended.  The backend tells it when a process's mappings changed
 * (mmap, munmap, mprotect, ... returned; exec) and when it is gone.
 */
int unwind_capture(int tgid, int tid, struct frames *out);
void unwind_maps_changed(int tgid);
/* Is nr one of the syscalls after which unwind_maps_changed() is due? */
bool unwind_changes_maps(int nr);
/* ... and does this call of it (its first four arguments) change them? */
bool unwind_call_changes_maps(int nr, const uint64_t *args);
void unwind_exec(int tgid);
void unwind_forget(int tgid);
void frames_free(struct frames *f);

#endif
