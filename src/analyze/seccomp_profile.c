/*
 * seccomp_profile.c - the names of a seccomp profile's actions and
 * comparisons as the OCI runtime spec spells them, errno values by name,
 * and building and freeing the in-memory profile (seccomp_profile.h).
 */
#include "seccomp_profile.h"

#include <stdlib.h>
#include <string.h>

static const char *const action_names[ACT_NACTIONS] = {
	[ACT_KILL_THREAD] = "SCMP_ACT_KILL_THREAD",
	[ACT_KILL_PROCESS] = "SCMP_ACT_KILL_PROCESS",
	[ACT_TRAP] = "SCMP_ACT_TRAP",
	[ACT_ERRNO] = "SCMP_ACT_ERRNO",
	[ACT_TRACE] = "SCMP_ACT_TRACE",
	[ACT_LOG] = "SCMP_ACT_LOG",
	[ACT_ALLOW] = "SCMP_ACT_ALLOW",
	[ACT_NOTIFY] = "SCMP_ACT_NOTIFY",
};

static const char *const op_names[] = {
	[OP_NE] = "SCMP_CMP_NE", [OP_LT] = "SCMP_CMP_LT", [OP_LE] = "SCMP_CMP_LE",
	[OP_EQ] = "SCMP_CMP_EQ", [OP_GE] = "SCMP_CMP_GE", [OP_GT] = "SCMP_CMP_GT",
	[OP_MASKED_EQ] = "SCMP_CMP_MASKED_EQ",
};

const char *scmp_action_name(enum scmp_action a)
{
	return a < ACT_NACTIONS ? action_names[a] : "?";
}

int scmp_action_parse(const char *name)
{
	for (int a = 0; a < ACT_NACTIONS; a++)
		if (!strcmp(name, action_names[a]))
			return a;
	if (!strcmp(name, "SCMP_ACT_KILL"))   /* the older spelling of KILL_THREAD */
		return ACT_KILL_THREAD;
	return -1;
}

const char *scmp_op_name(enum scmp_op op)
{
	return op >= OP_NE && op <= OP_MASKED_EQ ? op_names[op] : "?";
}

int scmp_op_parse(const char *name)
{
	for (int op = OP_NE; op <= OP_MASKED_EQ; op++)
		if (!strcmp(name, op_names[op]))
			return op;
	return -1;
}

bool scmp_action_runs(enum scmp_action a)
{
	return a == ACT_ALLOW || a == ACT_LOG;
}

int scmp_errno_parse(const char *s)
{
	char *end;
	if (*s >= '0' && *s <= '9') {
		long v = strtol(s, &end, 10);
		return !*end && v >= 1 && v <= 4095 ? (int)v : -1;
	}
	for (int e = 1; e < 4096; e++) {
		const char *n = strerrorname_np(e);
		if (n && !strcmp(n, s))
			return e;
	}
	return -1;
}

struct scmp_rule *profile_add_rule(struct scmp_profile *p, enum scmp_action a, int errno_ret)
{
	p->rules = xrealloc(p->rules, (p->nrules + 1) * sizeof(*p->rules));
	struct scmp_rule *r = &p->rules[p->nrules++];
	memset(r, 0, sizeof(*r));
	r->action = a;
	r->errno_ret = errno_ret;
	return r;
}

void profile_rule_add_name(struct scmp_rule *r, const char *name)
{
	r->names = xrealloc(r->names, (r->nnames + 1) * sizeof(*r->names));
	r->names[r->nnames++] = xstrdup(name);
}

void profile_free(struct scmp_profile *p)
{
	for (int i = 0; i < p->nrules; i++) {
		for (int j = 0; j < p->rules[i].nnames; j++)
			free(p->rules[i].names[j]);
		free(p->rules[i].names);
		free((char *)p->rules[i].comment);
	}
	free(p->rules);
	for (int i = 0; i < p->narchs; i++)
		free(p->archs[i]);
	free(p->archs);
	memset(p, 0, sizeof(*p));
}
