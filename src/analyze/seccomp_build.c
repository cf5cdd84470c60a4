/*
 * seccomp_build.c - the seccomp profile a recorded trace needs: one allow
 * rule with every syscall the session made (names as libseccomp knows
 * them, so a runtime resolves each), and with --args a few argument
 * filters that only keep out what the trace never did (docs/SECCOMP.md):
 * clone/unshare without the namespace flags it never used, clone3 answered
 * ENOSYS so glibc falls back to clone, personality and socket limited to
 * the values and address families it used.
 */
#include "seccomp_profile.h"
#include "report_args.h"
#include "syscalls.h"

#include <linux/sched.h>
#include <seccomp.h>
#include <stdlib.h>
#include <string.h>

/*
 * the flags that make a new namespace; CLONE_NEWTIME (0x80) only for
 * unshare: in clone's first argument that byte is the exit signal
 */
#define NS_FLAGS (CLONE_NEWNS | CLONE_NEWCGROUP | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWUSER | \
		  CLONE_NEWPID | CLONE_NEWNET)
#define NS_FLAGS_UNSHARE (NS_FLAGS | CLONE_NEWTIME)

static void warn(const char *fmt, const char *arg)
{
	char msg[512];
	snprintf(msg, sizeof(msg), fmt, arg);
	error_msg("seccomp: %s", msg);
}

/* The session row's config: -e trace= and -e status= would leave calls out. */
static void check_session(struct store *st, const char *path, bool *follow, int64_t *lost)
{
	sqlite3_stmt *q = store_prepare(st, "SELECT config, lost FROM session WHERE id = ?");
	sqlite3_bind_int64(q, 1, st->session_id);
	*follow = true;
	*lost = 0;
	if (sqlite3_step(q) == SQLITE_ROW) {
		const char *cfg = (const char *)sqlite3_column_text(q, 0);
		struct arena a = { 0 };
		const struct jnode *c = cfg ? jparse(&a, cfg, strlen(cfg)) : NULL;
		const struct jnode *all = jget(c, "trace_all"), *status = jget(c, "status");
		const struct jnode *ff = jget(c, "follow_forks");
		bool filtered = (all && all->kind == J_BOOL && !all->b) || (status && jint(status) != 31);
		*follow = !ff || jint(ff) != 0;
		*lost = sqlite3_column_int64(q, 1);
		arena_free(&a);
		if (filtered) {
			sqlite3_finalize(q);
			die("seccomp: %s was recorded with -e trace= or -e status=: some syscalls are not in it "
			    "(record without them for a profile)", path);
		}
	}
	sqlite3_finalize(q);
}

/* The OR of an integer expression over the calls of one syscall. */
static uint64_t or_over(struct store *st, const char *expr, const char *name)
{
	char sql[256];
	snprintf(sql, sizeof(sql), "SELECT DISTINCT %s FROM syscall WHERE session_id = ? AND name = ?", expr);
	sqlite3_stmt *q = store_prepare(st, sql);
	sqlite3_bind_int64(q, 1, st->session_id);
	sqlite3_bind_text(q, 2, name, -1, SQLITE_STATIC);
	uint64_t v = 0;
	while (sqlite3_step(q) == SQLITE_ROW)
		v |= (uint64_t)sqlite3_column_int64(q, 0);
	sqlite3_finalize(q);
	return v;
}

/* One ALLOW rule per distinct low 32 bits of argument 0 (personality, socket). */
static void allow_values(struct store *st, struct scmp_profile *p, const char *name, const char *why)
{
	sqlite3_stmt *q = store_prepare(st, "SELECT DISTINCT arg0 & 4294967295 FROM syscall "
				       "WHERE session_id = ? AND name = ? ORDER BY 1");
	sqlite3_bind_int64(q, 1, st->session_id);
	sqlite3_bind_text(q, 2, name, -1, SQLITE_STATIC);
	while (sqlite3_step(q) == SQLITE_ROW) {
		struct scmp_rule *r = profile_add_rule(p, ACT_ALLOW, -1);
		profile_rule_add_name(r, name);
		r->args[r->nargs++] = (struct scmp_arg){ 0, OP_EQ, (uint64_t)sqlite3_column_int64(q, 0), 0 };
		r->comment = xstrdup(why);
	}
	sqlite3_finalize(q);
}

static bool has_name(char **names, int n, const char *name)
{
	for (int i = 0; i < n; i++)
		if (!strcmp(names[i], name))
			return true;
	return false;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void profile_from_store(struct store *st, const char *path, const struct profile_build_opts *o,
			struct scmp_profile *p)
{
	bool follow;
	int64_t lost;
	check_session(st, path, &follow, &lost);
	memset(p, 0, sizeof(*p));
	p->default_action = o->default_action;
	p->default_errno = o->default_action == ACT_ERRNO ? o->default_errno : -1;
	/* a profile for x86_64 only (docs/SECCOMP.md): i386 calls in the store get the default */
	p->archs = xmalloc(sizeof(*p->archs));
	p->archs[p->narchs++] = xstrdup("SCMP_ARCH_X86_64");

	char **names = NULL;
	int n = 0;
	bool forked = false;
	int i386 = 0;
	sqlite3_stmt *q = store_prepare(st, "SELECT nr, name, sum(errno IS NULL) FROM syscall "
				       "WHERE session_id = ? GROUP BY nr");
	sqlite3_bind_int64(q, 1, st->session_id);
	while (sqlite3_step(q) == SQLITE_ROW) {
		int nr = sqlite3_column_int(q, 0);
		const char *ours = (const char *)sqlite3_column_text(q, 1);
		if (sc_pers(nr) == PERS_I386) {   /* SC32_BASE + an i386 number (syscalls.h) */
			i386++;
			continue;
		}
		char *name = nr >= 0 ? seccomp_syscall_resolve_num_arch(SCMP_ARCH_X86_64, nr) : NULL;
		if (!name) {
			char msg[160];
			snprintf(msg, sizeof(msg), "syscall %d (%s) is unknown to libseccomp: it is left out, "
				 "so the default action answers it", nr, ours ? ours : "?");
			warn("%s", msg);
			continue;
		}
		if (ours && (!strcmp(ours, "clone") || !strcmp(ours, "clone3") || !strcmp(ours, "fork") ||
			     !strcmp(ours, "vfork")) && sqlite3_column_int64(q, 2) > 0)
			forked = true;
		names = xrealloc(names, (n + 1) * sizeof(*names));
		names[n++] = name;
	}
	sqlite3_finalize(q);
	if (i386) {
		char msg[200];
		snprintf(msg, sizeof(msg), "%d i386 syscalls (a 32-bit program, or int $0x80): the profile "
			 "is for x86_64 only, so the default action answers them", i386);
		warn("%s", msg);
	}
	if (!n)
		die("seccomp: %s has no syscalls", path);
	if (forked && !follow)
		warn("%s was recorded without -f and its processes started threads or children: their "
		     "syscalls are not in the profile (record with -f)", path);
	if (lost > 0)
		warn("%s lost events while recording: the profile may miss syscalls", path);
	if (!has_name(names, n, "execve") && !has_name(names, n, "execveat"))
		warn("%s has no execve (attached with -p?): a runtime's exec of the entrypoint needs it", path);

	/* --args: these syscalls get their own rules instead of a place in the list */
	uint64_t ns_used = 0;
	bool filter_clone = false;
	if (o->args) {
		ns_used = or_over(st, "arg0", "clone") | or_over(st, "arg0", "unshare") |
			  or_over(st, "json_extract(args, '$.uargs.flags.value')", "clone3");
		/* a clone3 whose flags were not decoded (not captured) might have used any of them */
		filter_clone = (NS_FLAGS & ~ns_used) != 0 &&
			       !or_over(st, "json_extract(args, '$.uargs.flags.value') IS NULL", "clone3");
	}
	qsort(names, n, sizeof(*names), cmp_str);
	struct scmp_rule *allow = profile_add_rule(p, ACT_ALLOW, -1);
	for (int i = 0; i < n; i++) {
		const char *s = names[i];
		bool own_rule = o->args && ((filter_clone && (!strcmp(s, "clone") || !strcmp(s, "unshare") ||
							       !strcmp(s, "clone3"))) ||
					    !strcmp(s, "personality") || !strcmp(s, "socket"));
		if (!own_rule)
			profile_rule_add_name(allow, s);
	}
	if (o->args) {
		uint64_t mask = NS_FLAGS & ~ns_used;
		bool clone3 = has_name(names, n, "clone3");
		const char *ns_why = "only without the namespace flags the trace never used";
		if (filter_clone && (clone3 || has_name(names, n, "clone"))) {
			struct scmp_rule *r = profile_add_rule(p, ACT_ALLOW, -1);
			profile_rule_add_name(r, "clone");
			r->args[r->nargs++] = (struct scmp_arg){ 0, OP_MASKED_EQ, mask, 0 };
			r->comment = xstrdup(ns_why);
		}
		if (filter_clone && has_name(names, n, "unshare")) {
			struct scmp_rule *r = profile_add_rule(p, ACT_ALLOW, -1);
			profile_rule_add_name(r, "unshare");
			uint64_t umask = mask | (NS_FLAGS_UNSHARE & ~NS_FLAGS & ~ns_used);
			r->args[r->nargs++] = (struct scmp_arg){ 0, OP_MASKED_EQ, umask, 0 };
			r->comment = xstrdup(ns_why);
		}
		/* (unless the default answers ENOSYS anyway: runtimes refuse a rule that repeats it) */
		if (filter_clone && clone3 && !(p->default_action == ACT_ERRNO && p->default_errno == 38)) {
			/* clone3's flags are in memory a filter cannot read: glibc falls back to clone on ENOSYS */
			struct scmp_rule *r = profile_add_rule(p, ACT_ERRNO, 38 /* ENOSYS */);
			profile_rule_add_name(r, "clone3");
			r->comment = xstrdup("ENOSYS: glibc falls back to clone, whose flags are checked");
		}
		allow_values(st, p, "personality", "only the personalities the trace set or asked for");
		allow_values(st, p, "socket", "only the address families the trace used");
	}
	for (int i = 0; i < n; i++)
		free(names[i]);
	free(names);
}
