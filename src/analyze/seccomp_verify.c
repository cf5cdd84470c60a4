/*
 * seccomp_verify.c - `sctrace seccomp --verify PROFILE -- CMD`: the profile
 * compiled with every answer that is not ALLOW turned into a trace stop
 * (seccomp_ctx.c), CMD run under it (trace/seccomp_run.c), and each stopped
 * call tallied by syscall, answer and process.  Log mode lets the call run,
 * --enforce gives it the profile's answer; an explicit ENOSYS rule (the
 * clone3 fallback) is always answered, so the fallback path is checked too.
 */
#include "seccomp_verify.h"
#include "seccomp_run.h"
#include "syscalls.h"

#include <errno.h>
#include <linux/audit.h>
#include <seccomp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

#define X32_BIT 0x40000000
#define MAX_PROCS 4

struct row {
	uint32_t arch;
	int nr;
	uint16_t data;              /* VERIFY_DEFAULT or 1 + rule index */
	uint64_t calls;
	uint64_t first_args[6];
	int npids, more_pids;
	int pids[MAX_PROCS];
	char comms[MAX_PROCS][16];
};

struct verify {
	const struct scmp_profile *p;
	bool enforce;
	struct row *rows;
	size_t nrows;
};

/* The profile's answer for a stop's data. */
static enum scmp_action answer(const struct verify *v, uint16_t data, int *err)
{
	const struct scmp_profile *p = v->p;
	if (data == VERIFY_DEFAULT || data > p->nrules) {
		*err = p->default_errno > 0 ? p->default_errno : 1;
		return p->default_action;
	}
	const struct scmp_rule *r = &p->rules[data - 1];
	*err = r->errno_ret > 0 ? r->errno_ret : 1;
	return r->action;
}

/* An explicit rule answering ENOSYS: "this kernel has no such call", which programs fall back from. */
static bool is_fallback(const struct verify *v, uint16_t data)
{
	int err;
	return data != VERIFY_DEFAULT && answer(v, data, &err) == ACT_ERRNO && err == 38 /* ENOSYS */;
}

static void read_comm(int pid, char *out)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/comm", pid);
	FILE *f = fopen(path, "re");
	out[0] = 0;
	if (f && fgets(out, 16, f))
		out[strcspn(out, "\n")] = 0;
	if (f)
		fclose(f);
}

static enum scrun_verdict on_call(void *ud, const struct scrun_call *c, int *err)
{
	struct verify *v = ud;
	struct row *r = NULL;
	for (size_t i = 0; i < v->nrows && !r; i++)
		if (v->rows[i].arch == c->arch && v->rows[i].nr == c->nr && v->rows[i].data == c->data)
			r = &v->rows[i];
	if (!r) {
		v->rows = xrealloc(v->rows, (v->nrows + 1) * sizeof(*v->rows));
		r = &v->rows[v->nrows++];
		memset(r, 0, sizeof(*r));
		r->arch = c->arch;
		r->nr = c->nr;
		r->data = c->data;
		memcpy(r->first_args, c->args, sizeof(r->first_args));
	}
	r->calls++;
	bool known = false;
	for (int i = 0; i < r->npids; i++)
		known |= r->pids[i] == c->pid;
	if (!known && r->npids < MAX_PROCS) {
		r->pids[r->npids] = c->pid;
		read_comm(c->pid, r->comms[r->npids++]);
	} else if (!known) {
		r->more_pids++;
	}
	enum scmp_action a = answer(v, c->data, err);
	if (!v->enforce && !is_fallback(v, c->data))
		return SCRUN_RUN;
	switch (a) {
	case ACT_ALLOW: case ACT_LOG: return SCRUN_RUN;
	case ACT_ERRNO: return SCRUN_FAIL;
	case ACT_TRAP: return SCRUN_TRAP;
	case ACT_KILL_THREAD: case ACT_KILL_PROCESS: return SCRUN_KILL;
	default:
		*err = 38;   /* TRACE or NOTIFY with nobody listening: ENOSYS */
		return SCRUN_FAIL;
	}
}

/* "socket", "socketcall@32", "read@x32" */
static void call_name(const struct row *r, char *out, size_t n)
{
	uint32_t arch = r->arch == AUDIT_ARCH_X86_64 && (r->nr & X32_BIT) ? SCMP_ARCH_X32 : r->arch;
	char *name = seccomp_syscall_resolve_num_arch(arch, r->nr);
	const char *suffix = arch == SCMP_ARCH_X86_64 ? "" : arch == SCMP_ARCH_X32 ? "@x32" :
			     arch == SCMP_ARCH_X86 ? "@32" : "@?";
	if (name)
		snprintf(out, n, "%s%s", name, suffix);
	else
		snprintf(out, n, "syscall_%#x%s", (unsigned)r->nr, suffix);
	free(name);
}

static void answer_text(const struct verify *v, uint16_t data, char *out, size_t n)
{
	int err;
	enum scmp_action a = answer(v, data, &err);
	const char *act = scmp_action_name(a);
	char what[48];
	if (data == VERIFY_DEFAULT || data > v->p->nrules)
		snprintf(what, sizeof(what), "default");
	else
		snprintf(what, sizeof(what), "rule %u", data);
	if (a == ACT_ERRNO) {
		const char *e = strerrorname_np(err);
		snprintf(out, n, "%s(%s) %s", act, e ? e : "?", what);
	} else {
		snprintf(out, n, "%s %s", act, what);
	}
}

/* The first call's arguments, named as the kernel names them: (domain=0x2, type=0x2, protocol=0) */
static void print_args(const struct row *r, FILE *f)
{
	/* x32 shares x86_64's numbers below 512 (its own calls are 512 and up) */
	int nr = r->nr & ~X32_BIT;
	const struct sysent *se = r->arch == AUDIT_ARCH_X86_64 && nr < 512 ? sysent_get(nr) : NULL;
	int n = se ? se->nparams : 6;
	fputs(" (", f);
	for (int i = 0; i < n; i++) {
		if (se && se->argname[i])
			fprintf(f, "%s=", se->argname[i]);
		fprintf(f, "%#llx", (unsigned long long)r->first_args[i]);
		fputs(i + 1 < n ? ", " : "", f);
	}
	fputs(")\n", f);
}

static void print_rows(const struct verify *v, FILE *f, bool fallbacks)
{
	fprintf(f, "  %-22s %7s  %-34s %s\n", "SYSCALL", "CALLS", "ANSWER", "PROCESSES (THE FIRST CALL'S ARGUMENTS)");
	for (size_t i = 0; i < v->nrows; i++) {
		const struct row *r = &v->rows[i];
		int err;
		if (is_fallback(v, r->data) != fallbacks || (!fallbacks && scmp_action_runs(answer(v, r->data, &err))))
			continue;
		char name[64], ans[80];
		call_name(r, name, sizeof(name));
		answer_text(v, r->data, ans, sizeof(ans));
		fprintf(f, "  %-22s %7llu  %-34s", name, (unsigned long long)r->calls, ans);
		for (int j = 0; j < r->npids; j++)
			fprintf(f, "%s%d %s", j ? ", " : " ", r->pids[j], r->comms[j]);
		if (r->more_pids)
			fprintf(f, " +%d more", r->more_pids);
		print_args(r, f);
	}
}

static int cmp_row(const void *a, const void *b)
{
	const struct row *x = a, *y = b;
	if (x->calls != y->calls)
		return x->calls > y->calls ? -1 : 1;
	return x->nr - y->nr;
}

int seccomp_verify(const struct scmp_profile *p, const char *profile_path, const struct launch *l,
		   bool enforce, FILE *report)
{
	struct sock_filter *prog;
	int len = profile_compile(p, true, &prog);
	if (len < 0)
		exit(1);
	struct verify v = { .p = p, .enforce = enforce };
	int exec_errno;
	int status = scrun_run(l, prog, len, on_call, &v, &exec_errno);
	free(prog);
	if (v.nrows)
		qsort(v.rows, v.nrows, sizeof(*v.rows), cmp_row);

	uint64_t denied = 0, logged = 0, fallback = 0;
	size_t ndenied = 0;
	for (size_t i = 0; i < v.nrows; i++) {
		int err;
		if (is_fallback(&v, v.rows[i].data))
			fallback += v.rows[i].calls;
		else if (scmp_action_runs(answer(&v, v.rows[i].data, &err)))
			logged += v.rows[i].calls;
		else
			denied += v.rows[i].calls, ndenied++;
	}
	if (exec_errno && !denied) {
		errno = exec_errno;
		die_errno("seccomp: cannot run '%s'", l->argv[0]);
	}
	char how[64] = "";
	if (exec_errno)
		snprintf(how, sizeof(how), "its execve failed: %s", strerrorname_np(exec_errno));
	else if (status != -1 && WIFEXITED(status))
		snprintf(how, sizeof(how), "exit status %d", WEXITSTATUS(status));
	else if (status != -1 && WIFSIGNALED(status))
	{
		const char *sig = sigabbrev_np(WTERMSIG(status));
		snprintf(how, sizeof(how), "killed by SIG%s", sig ? sig : "?");
	}
	if (denied) {
		fprintf(report, "sctrace seccomp: %s %s %zu syscall%s (%llu call%s) of %s (%s):\n", profile_path,
			enforce ? "denied" : "would deny", ndenied, ndenied == 1 ? "" : "s",
			(unsigned long long)denied, denied == 1 ? "" : "s", l->argv[0], how);
		print_rows(&v, report, false);
	} else {
		fprintf(report, "sctrace seccomp: %s allows every syscall %s made (%s)\n", profile_path,
			l->argv[0], how);
	}
	if (fallback) {
		fprintf(report, "sctrace seccomp: answered ENOSYS by the profile's own rules, as it asks "
			"(the program falls back; not a denial):\n");
		print_rows(&v, report, true);
	}
	if (logged)
		fprintf(report, "sctrace seccomp: %llu call%s the profile lets run and logs (SCMP_ACT_LOG)\n",
			(unsigned long long)logged, logged == 1 ? "" : "s");
	free(v.rows);
	fflush(report);
	return denied ? 2 : 0;
}
