/*
 * seccomp_json.c - an OCI/Docker seccomp profile read back for --verify:
 * defaultAction and defaultErrnoRet, architectures (or Docker's archMap:
 * the x86_64 entry and its sub-architectures), and syscalls[] with names
 * (or the older single name), action, errnoRet and args.  Docker's
 * includes/excludes are decided as for a default `docker run` container on
 * this kernel: Docker's default capabilities, amd64 (docs/SECCOMP.md).
 */
#include "seccomp_profile.h"
#include "report_args.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>

struct ctx {
	const char *path;
	bool ok;
};

static bool bad(struct ctx *c, const char *fmt, const char *arg)
{
	if (!c->ok)
		return false;
	char msg[256];
	snprintf(msg, sizeof(msg), fmt, arg);
	error_msg("%s: %s", c->path, msg);
	c->ok = false;
	return false;
}

static bool get_u64(const struct jnode *n, uint64_t *v)
{
	if (!n || n->kind != J_NUM || n->s[0] == '-' || strpbrk(n->s, ".eE"))
		return false;
	errno = 0;
	*v = strtoull(n->s, NULL, 10);
	return errno == 0;
}

static const char *get_str(const struct jnode *obj, const char *key)
{
	const struct jnode *n = jget(obj, key);
	return n && n->kind == J_STR ? n->s : NULL;
}

static bool str_in(const struct jnode *arr, const char *a, const char *b)
{
	if (!arr || arr->kind != J_ARR)
		return false;
	for (const struct jnode *e = arr->first; e; e = e->next)
		if (e->kind == J_STR && (!strcmp(e->s, a) || (b && !strcmp(e->s, b))))
			return true;
	return false;
}

static bool nonempty(const struct jnode *arr)
{
	return arr && arr->kind == J_ARR && arr->first;
}

/* Is the running kernel at least "MAJOR.MINOR"? */
static bool kernel_at_least(const char *want)
{
	struct utsname u;
	unsigned a = 0, b = 0, x = 0, y = 0;
	if (uname(&u) < 0 || sscanf(u.release, "%u.%u", &x, &y) != 2 || sscanf(want, "%u.%u", &a, &b) < 1)
		return true;
	return x > a || (x == a && y >= b);
}

/* The capabilities `docker run` gives a container by default (moby's defaults). */
static const char *const docker_caps[] = {
	"CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_FSETID", "CAP_FOWNER", "CAP_MKNOD", "CAP_NET_RAW",
	"CAP_SETGID", "CAP_SETUID", "CAP_SETFCAP", "CAP_SETPCAP", "CAP_NET_BIND_SERVICE",
	"CAP_SYS_CHROOT", "CAP_KILL", "CAP_AUDIT_WRITE",
};

static bool docker_cap(const char *cap)
{
	for (size_t i = 0; i < ARRAY_SIZE(docker_caps); i++)
		if (!strcmp(cap, docker_caps[i]))
			return true;
	return false;
}

/* Are all (want_all) or any of the capabilities in caps among Docker's defaults? */
static bool caps_held(const struct jnode *caps, bool want_all)
{
	for (const struct jnode *e = caps->first; e; e = e->next) {
		bool held = e->kind == J_STR && docker_cap(e->s);
		if (held != want_all)
			return held;
	}
	return want_all;
}

/* Docker's includes/excludes: does the rule apply to a default `docker run` container here? */
static bool rule_applies(const struct jnode *rule)
{
	const struct jnode *inc = jget(rule, "includes"), *exc = jget(rule, "excludes");
	if (inc && inc->kind == J_OBJ) {
		const struct jnode *caps = jget(inc, "caps");
		if (nonempty(caps) && !caps_held(caps, true))
			return false;
		const struct jnode *arches = jget(inc, "arches");
		if (nonempty(arches) && !str_in(arches, "amd64", "x86_64"))
			return false;
		const char *mk = get_str(inc, "minKernel");
		if (mk && !kernel_at_least(mk))
			return false;
	}
	if (exc && exc->kind == J_OBJ) {
		const struct jnode *caps = jget(exc, "caps");
		if (str_in(jget(exc, "arches"), "amd64", "x86_64") || (nonempty(caps) && caps_held(caps, false)))
			return false;
	}
	return true;
}

static void add_arch(struct scmp_profile *p, const char *a)
{
	p->archs = xrealloc(p->archs, (p->narchs + 1) * sizeof(*p->archs));
	p->archs[p->narchs++] = xstrdup(a);
}

static void parse_archs(struct ctx *c, const struct jnode *root, struct scmp_profile *p)
{
	const struct jnode *archs = jget(root, "architectures"), *map = jget(root, "archMap");
	if (archs && archs->kind != J_NULL) {
		if (archs->kind != J_ARR)
			bad(c, "\"architectures\" is not an array%s", "");
		for (const struct jnode *e = archs && archs->kind == J_ARR ? archs->first : NULL; e; e = e->next) {
			if (e->kind != J_STR)
				bad(c, "an architecture is not a string%s", "");
			else
				add_arch(p, e->s);
		}
	}
	if (p->narchs || !map || map->kind != J_ARR)
		return;
	for (const struct jnode *m = map->first; m; m = m->next) {
		const char *a = get_str(m, "architecture");
		if (!a || strcmp(a, "SCMP_ARCH_X86_64"))
			continue;
		add_arch(p, a);
		const struct jnode *subs = jget(m, "subArchitectures");
		for (const struct jnode *e = subs && subs->kind == J_ARR ? subs->first : NULL; e; e = e->next)
			if (e->kind == J_STR)
				add_arch(p, e->s);
	}
}

static int parse_action(struct ctx *c, const struct jnode *n, const char *what)
{
	if (!n || n->kind != J_STR) {
		bad(c, "%s is missing or not a string", what);
		return -1;
	}
	int a = scmp_action_parse(n->s);
	if (a < 0) {
		char msg[128];
		snprintf(msg, sizeof(msg), "unknown %s '%%s' (SCMP_ACT_ALLOW, SCMP_ACT_ERRNO, SCMP_ACT_LOG, "
			 "SCMP_ACT_KILL_PROCESS, ...)", what);
		bad(c, msg, n->s);
	}
	return a;
}

static int parse_errno(struct ctx *c, const struct jnode *n, const char *key)
{
	uint64_t v;
	if (!n)
		return -1;
	if (!get_u64(n, &v) || v > 4095)
		bad(c, "\"%s\" is not a number from 0 to 4095", key);
	return (int)v;
}

static bool parse_arg(struct ctx *c, const struct jnode *n, struct scmp_rule *r)
{
	uint64_t index = 0;
	const struct jnode *op = jget(n, "op");
	int o = op && op->kind == J_STR ? scmp_op_parse(op->s) : -1;
	if (n->kind != J_OBJ || !get_u64(jget(n, "index"), &index) || index > 5)
		return bad(c, "an argument's \"index\" is missing or not 0..5%s", "");
	if (o < 0)
		return bad(c, "unknown argument comparison '%s' (SCMP_CMP_EQ, SCMP_CMP_MASKED_EQ, ...)",
			   op && op->kind == J_STR ? op->s : "?");
	if (r->nargs == SCMP_MAX_ARGS)
		return bad(c, "a rule has more than 6 argument comparisons%s", "");
	struct scmp_arg *a = &r->args[r->nargs++];
	a->index = (unsigned)index;
	a->op = o;
	const struct jnode *v2 = jget(n, "valueTwo");
	if (!get_u64(jget(n, "value"), &a->value) || (v2 && !get_u64(v2, &a->value2)))
		return bad(c, "an argument's \"value\" or \"valueTwo\" is not an unsigned 64-bit number%s", "");
	return true;
}

static bool parse_rule(struct ctx *c, const struct jnode *n, struct scmp_profile *p)
{
	if (n->kind != J_OBJ)
		return bad(c, "an entry of \"syscalls\" is not an object%s", "");
	int a = parse_action(c, jget(n, "action"), "action");
	if (a < 0 || !rule_applies(n))
		return a >= 0;
	int e = parse_errno(c, jget(n, "errnoRet"), "errnoRet");
	struct scmp_rule *r = profile_add_rule(p, a, a == ACT_ERRNO && e < 0 ? 1 /* EPERM, as runc */ : e);
	const struct jnode *names = jget(n, "names");
	const char *one = get_str(n, "name");
	if (names && names->kind == J_ARR) {
		for (const struct jnode *s = names->first; s; s = s->next) {
			if (s->kind != J_STR)
				return bad(c, "a syscall name is not a string%s", "");
			profile_rule_add_name(r, s->s);
		}
	} else if (one) {
		profile_rule_add_name(r, one);
	} else {
		return bad(c, "an entry of \"syscalls\" has no \"names\" array%s", "");
	}
	const struct jnode *args = jget(n, "args");
	if (args && args->kind == J_ARR)
		for (const struct jnode *x = args->first; x; x = x->next)
			parse_arg(c, x, r);
	else if (args && args->kind != J_NULL)
		return bad(c, "\"args\" is not an array%s", "");
	const char *comment = get_str(n, "comment");
	if (comment && *comment)
		r->comment = xstrdup(comment);
	return c->ok;
}

bool profile_parse_json(const char *path, const char *text, size_t len, struct scmp_profile *p)
{
	struct ctx c = { path, true };
	struct arena a = { 0 };
	memset(p, 0, sizeof(*p));
	const struct jnode *root = jparse(&a, text, len);
	if (!root)
		bad(&c, "not a valid JSON document%s", "");
	else if (root->kind != J_OBJ)
		bad(&c, "not a seccomp profile (a JSON object with \"defaultAction\")%s", "");
	if (c.ok) {
		int d = parse_action(&c, jget(root, "defaultAction"), "defaultAction");
		p->default_action = d < 0 ? ACT_ERRNO : d;
		p->default_errno = parse_errno(&c, jget(root, "defaultErrnoRet"), "defaultErrnoRet");
		parse_archs(&c, root, p);
		const struct jnode *sys = jget(root, "syscalls");
		if (sys && sys->kind == J_ARR)
			for (const struct jnode *r = sys->first; r && c.ok; r = r->next)
				parse_rule(&c, r, p);
		else if (sys && sys->kind != J_NULL)
			bad(&c, "\"syscalls\" is not an array%s", "");
	}
	arena_free(&a);
	if (!c.ok)
		profile_free(p);
	return c.ok;
}
