/*
 * seccomp_write.c - a profile written out: the OCI/Docker JSON (the
 * "seccomp" object of a runtime spec, and Docker's --security-opt
 * seccomp=FILE), or a C program that builds the same filter with
 * libseccomp, installs it and execs its arguments (--format=c).
 */
#include "seccomp_profile.h"

#include <string.h>

static int errno_of(const struct scmp_profile *p, int errno_ret)
{
	return errno_ret > 0 ? errno_ret : p->default_errno > 0 ? p->default_errno : 1 /* EPERM */;
}

/* ---- JSON ---- */

static void json_str(FILE *f, const char *s)
{
	fputc('"', f);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		if (c == '"' || c == '\\')
			fprintf(f, "\\%c", c);
		else if (c < 0x20)
			fprintf(f, "\\u%04x", c);
		else
			fputc(c, f);
	}
	fputc('"', f);
}

static void json_rule(const struct scmp_profile *p, const struct scmp_rule *r, FILE *f)
{
	fputs("\t\t{\n\t\t\t\"names\": [", f);
	for (int i = 0; i < r->nnames; i++) {
		fputs(i ? (i % 6 ? ", " : ",\n\t\t\t\t") : "\n\t\t\t\t", f);
		json_str(f, r->names[i]);
	}
	fprintf(f, "\n\t\t\t],\n\t\t\t\"action\": \"%s\"", scmp_action_name(r->action));
	if (r->action == ACT_ERRNO && r->errno_ret > 0)
		fprintf(f, ",\n\t\t\t\"errnoRet\": %d", errno_of(p, r->errno_ret));
	if (r->nargs) {
		fputs(",\n\t\t\t\"args\": [", f);
		for (int i = 0; i < r->nargs; i++) {
			const struct scmp_arg *a = &r->args[i];
			fprintf(f, "%s\n\t\t\t\t{ \"index\": %u, \"value\": %llu, \"valueTwo\": %llu, \"op\": \"%s\" }",
				i ? "," : "", a->index, (unsigned long long)a->value,
				(unsigned long long)a->value2, scmp_op_name(a->op));
		}
		fputs("\n\t\t\t]", f);
	}
	if (r->comment) {
		fputs(",\n\t\t\t\"comment\": ", f);
		json_str(f, r->comment);
	}
	fputs("\n\t\t}", f);
}

void profile_write_json(const struct scmp_profile *p, FILE *f)
{
	fprintf(f, "{\n\t\"defaultAction\": \"%s\",\n", scmp_action_name(p->default_action));
	if (p->default_action == ACT_ERRNO)
		fprintf(f, "\t\"defaultErrnoRet\": %d,\n", errno_of(p, -1));
	fputs("\t\"architectures\": [", f);
	for (int i = 0; i < p->narchs; i++) {
		fputs(i ? ", " : "", f);
		json_str(f, p->archs[i]);
	}
	fputs("],\n\t\"syscalls\": [\n", f);
	for (int i = 0; i < p->nrules; i++) {
		json_rule(p, &p->rules[i], f);
		fputs(i + 1 < p->nrules ? ",\n" : "\n", f);
	}
	fputs("\t]\n}\n", f);
}

/* ---- the C program ---- */

/* the libseccomp macro for an action */
static void c_action(const struct scmp_profile *p, enum scmp_action a, int errno_ret, FILE *f)
{
	static const char *const plain[ACT_NACTIONS] = {
		[ACT_KILL_THREAD] = "SCMP_ACT_KILL_THREAD", [ACT_KILL_PROCESS] = "SCMP_ACT_KILL_PROCESS",
		[ACT_TRAP] = "SCMP_ACT_TRAP", [ACT_LOG] = "SCMP_ACT_LOG", [ACT_ALLOW] = "SCMP_ACT_ALLOW",
		[ACT_NOTIFY] = "SCMP_ACT_NOTIFY",
	};
	if (a == ACT_ERRNO)
		fprintf(f, "SCMP_ACT_ERRNO(%d)", errno_of(p, errno_ret));
	else if (a == ACT_TRACE)
		fprintf(f, "SCMP_ACT_TRACE(%d)", errno_ret > 0 ? errno_ret : 0);
	else
		fputs(plain[a], f);
}

static void c_comment(FILE *f, const char *s)
{
	/* a comment that cannot end early */
	fputs("/* ", f);
	for (; *s; s++)
		if (!(s[0] == '*' && s[1] == '/') && (unsigned char)*s >= 0x20)
			fputc(*s, f);
	fputs(" */", f);
}

void profile_write_c(const struct scmp_profile *p, const char *origin, FILE *f)
{
	fputs("/*\n * A seccomp filter written by `sctrace seccomp --format=c`", f);
	if (origin)
		fprintf(f, " from the trace\n * %s", origin);
	fputs(".  It installs the filter with libseccomp and runs\n"
	      " * its arguments under it:\n"
	      " *\n"
	      " *   gcc -o sandbox sandbox.c -lseccomp && ./sandbox COMMAND [ARGS...]\n"
	      " */\n"
	      "#include <errno.h>\n#include <seccomp.h>\n#include <stdio.h>\n#include <string.h>\n"
	      "#include <unistd.h>\n\n"
	      "struct rule {\n\tconst char *name;\n\tuint32_t action;\n\tunsigned nargs;\n"
	      "\tstruct scmp_arg_cmp args[6];\n};\n\n"
	      "static const struct rule rules[] = {\n", f);
	for (int i = 0; i < p->nrules; i++) {
		const struct scmp_rule *r = &p->rules[i];
		if (r->action == p->default_action && (r->action != ACT_ERRNO ||
						       errno_of(p, r->errno_ret) == errno_of(p, -1)))
			continue;   /* what the default does anyway (libseccomp refuses such rules) */
		if (r->comment) {
			fputc('\t', f);
			c_comment(f, r->comment);
			fputc('\n', f);
		}
		for (int j = 0; j < r->nnames; j++) {
			fprintf(f, "\t{ \"%s\", ", r->names[j]);
			c_action(p, r->action, r->errno_ret, f);
			fprintf(f, ", %d, {", r->nargs);
			for (int k = 0; k < r->nargs; k++) {
				const struct scmp_arg *a = &r->args[k];
				fprintf(f, "%s { %u, %s, %#llx, %#llx }", k ? "," : "", a->index, scmp_op_name(a->op),
					(unsigned long long)a->value, (unsigned long long)a->value2);
			}
			fputs(r->nargs ? " } },\n" : " { 0 } } },\n", f);
		}
	}
	fputs("};\n\n"
	      "int main(int argc, char **argv)\n{\n"
	      "\tif (argc < 2) {\n"
	      "\t\tfprintf(stderr, \"usage: %s COMMAND [ARGS...]\\n\", argv[0]);\n"
	      "\t\treturn 2;\n\t}\n"
	      "\tuint32_t deflt = ", f);
	c_action(p, p->default_action, -1, f);
	fputs(";\n"
	      "\tscmp_filter_ctx ctx = seccomp_init(deflt);\n"
	      "\tif (!ctx) {\n\t\tfprintf(stderr, \"%s: seccomp_init failed\\n\", argv[0]);\n\t\treturn 1;\n\t}\n"
	      "\t/* a call of an architecture the profile does not list gets the default action too */\n"
	      "\tseccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, deflt);\n", f);
	for (int i = 0; i < p->narchs; i++) {
		const char *a = p->archs[i];
		if (strcmp(a, "SCMP_ARCH_X86_64") && !strncmp(a, "SCMP_ARCH_", 10))
			fprintf(f, "\tseccomp_arch_add(ctx, %s);\n", a);
	}
	fputs("\tfor (size_t i = 0; i < sizeof(rules) / sizeof(rules[0]); i++) {\n"
	      "\t\tint nr = seccomp_syscall_resolve_name(rules[i].name);\n"
	      "\t\tif (nr == __NR_SCMP_ERROR) {\n"
	      "\t\t\tfprintf(stderr, \"%s: this libseccomp does not know %s: the default action answers it\\n\",\n"
	      "\t\t\t\targv[0], rules[i].name);\n"
	      "\t\t\tcontinue;\n\t\t}\n"
	      "\t\tint rc = seccomp_rule_add_array(ctx, rules[i].action, nr, rules[i].nargs, rules[i].args);\n"
	      "\t\tif (rc < 0) {\n"
	      "\t\t\tfprintf(stderr, \"%s: %s: %s\\n\", argv[0], rules[i].name, strerror(-rc));\n"
	      "\t\t\treturn 1;\n\t\t}\n\t}\n"
	      "\tint rc = seccomp_load(ctx);\n"
	      "\tif (rc < 0) {\n"
	      "\t\tfprintf(stderr, \"%s: seccomp_load: %s\\n\", argv[0], strerror(-rc));\n"
	      "\t\treturn 1;\n\t}\n"
	      "\t/* from here on every syscall is filtered: exec at once */\n"
	      "\texecvp(argv[1], argv + 1);\n"
	      "\tfprintf(stderr, \"%s: %s: %s\\n\", argv[0], argv[1], strerror(errno));\n"
	      "\treturn 127;\n}\n", f);
}
