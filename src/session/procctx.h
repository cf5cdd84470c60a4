/*
 * procctx.h - what /proc says about a live process that alert rules and the
 * trace store want to know when it is first seen: command, executable,
 * argv, working directory, user and group ids, controlling terminal, and
 * (for a process whose parent is not traced) the chain of its ancestors.
 */
#ifndef SCTRACE_PROCCTX_H
#define SCTRACE_PROCCTX_H

#include "sbuf.h"

#include <stdbool.h>

struct procctx {
	int pid, ppid;
	char comm[16];
	char *exe, *cwd;           /* NULL: unknown */
	char **argv;               /* argc strings */
	int argc;
	bool have_ids;             /* the four ids below were read */
	int uid, euid, gid, egid;
	bool have_tty;             /* tty was read (NULL then: no controlling terminal) */
	char *tty;                 /* "/dev/pts/3", "/dev/tty1", "tty(MAJOR:MINOR)" */
	struct procctx *anc;       /* parent first, up to pid 1 */
	int nanc;
};

/* Read pid's details from /proc (anc: also its ancestors); false if it is gone. */
bool procctx_read(int pid, struct procctx *out, bool anc);
/* The target of /proc/PID/WHAT (exe, cwd), or NULL. */
char *procctx_link(int pid, const char *what);
/* Only the ids and the terminal (what the store adds to a process row). */
bool procctx_read_ids(int pid, struct procctx *out);
void procctx_free(struct procctx *c);
/* The controlling terminal of a /proc/PID/stat tty_nr, or NULL for none. */
char *procctx_tty_name(unsigned tty_nr);
/* The ancestors as a JSON array of {"pid","comm","exe","argv"} (the store's process.ancestry). */
void procctx_ancestry_json(const struct procctx *c, struct sbuf *b);

#endif
