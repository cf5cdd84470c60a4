/*
 * seccomp_profile.h - an OCI/Docker seccomp profile in memory: the default
 * action, the architectures, and rules (syscall names, an action, argument
 * comparisons).  `sctrace seccomp` builds one from a trace store
 * (seccomp_build.c), writes it as JSON or as a libseccomp C program
 * (seccomp_write.c), reads one back (seccomp_json.c), and compiles it with
 * libseccomp into a BPF filter (seccomp_ctx.c) for --format=bpf and
 * --verify.  docs/SECCOMP.md is the manual.
 */
#ifndef SCTRACE_SECCOMP_PROFILE_H
#define SCTRACE_SECCOMP_PROFILE_H

#include "common.h"
#include "store.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

struct sock_filter;

/* Actions as the OCI runtime spec spells them (SCMP_ACT_*). */
enum scmp_action {
	ACT_KILL_THREAD, ACT_KILL_PROCESS, ACT_TRAP, ACT_ERRNO, ACT_TRACE, ACT_LOG, ACT_ALLOW,
	ACT_NOTIFY, ACT_NACTIONS
};

/* Comparisons (SCMP_CMP_*). */
enum scmp_op { OP_NE = 1, OP_LT, OP_LE, OP_EQ, OP_GE, OP_GT, OP_MASKED_EQ };

struct scmp_arg {
	unsigned index;          /* 0..5 */
	enum scmp_op op;
	uint64_t value, value2;  /* MASKED_EQ: (arg & value) == value2 */
};

#define SCMP_MAX_ARGS 6

struct scmp_rule {
	char **names;
	int nnames;
	enum scmp_action action;
	int errno_ret;           /* ERRNO (and TRACE's data); -1: the profile's default errno */
	struct scmp_arg args[SCMP_MAX_ARGS];
	int nargs;
	const char *comment;     /* written as "comment" (Docker's field), or NULL */
};

struct scmp_profile {
	enum scmp_action default_action;
	int default_errno;       /* defaultErrnoRet; -1: not given (EPERM) */
	char **archs;            /* "SCMP_ARCH_X86_64", ... */
	int narchs;
	struct scmp_rule *rules;
	int nrules;
};

/* The action names: "SCMP_ACT_ERRNO", ...; -1 from the parser if unknown. */
const char *scmp_action_name(enum scmp_action a);
int scmp_action_parse(const char *name);
const char *scmp_op_name(enum scmp_op op);
int scmp_op_parse(const char *name);
/* Does the action let the call run (ALLOW, LOG)? */
bool scmp_action_runs(enum scmp_action a);
/* An errno value from a name (EPERM) or a number (1..4095); -1 if neither. */
int scmp_errno_parse(const char *s);

struct scmp_rule *profile_add_rule(struct scmp_profile *p, enum scmp_action a, int errno_ret);
void profile_rule_add_name(struct scmp_rule *r, const char *name);
void profile_free(struct scmp_profile *p);

/* ---- from a trace store (seccomp_build.c) ---- */

struct profile_build_opts {
	enum scmp_action default_action;
	int default_errno;       /* with ACT_ERRNO */
	bool args;               /* --args: the argument filters of docs/SECCOMP.md */
};

/*
 * The profile that allows what the store's session did.  Warnings (a trace
 * without -f whose processes forked, no execve, names libseccomp does not
 * know) go to stderr as "sctrace: seccomp: ..." lines; a trace that cannot
 * give a profile (recorded with -e trace=) is an error.
 */
void profile_from_store(struct store *st, const char *path, const struct profile_build_opts *o,
			struct scmp_profile *p);

/* ---- writing (seccomp_write.c) ---- */

void profile_write_json(const struct scmp_profile *p, FILE *f);
/* A C program that installs p with libseccomp and execs its arguments. */
void profile_write_c(const struct scmp_profile *p, const char *origin, FILE *f);

/* ---- reading (seccomp_json.c) ---- */

/* Parse an OCI/Docker profile; false after one "sctrace: ..." line. */
bool profile_parse_json(const char *path, const char *text, size_t len, struct scmp_profile *p);

/* ---- compiling with libseccomp (seccomp_ctx.c) ---- */

/*
 * The classic-BPF program of p, as libseccomp generates it.  With
 * for_verify, every action that is not ALLOW becomes SCMP_ACT_TRACE(data),
 * data = VERIFY_DEFAULT for the default action and a call of an
 * architecture the profile does not list, or 1 + the rule's index: the
 * tracer then knows what the profile would have done.  Returns the number
 * of instructions (*prog malloc'd) or -1 after printing why.
 */
#define VERIFY_DEFAULT 0
int profile_compile(const struct scmp_profile *p, bool for_verify, struct sock_filter **prog);
/* The same program's bytes written to fd (--format=bpf); false after printing why. */
bool profile_export_bpf(const struct scmp_profile *p, int fd);

#endif
