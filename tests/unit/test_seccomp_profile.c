/*
 * test_seccomp_profile.c - seccomp profiles in memory and as JSON: what
 * profile_write_json writes, profile_parse_json reads back field for field;
 * Docker's spellings (archMap, the single "name", includes/excludes) are
 * decided as docs/SECCOMP.md says; malformed profiles are refused; errno
 * names parse; libseccomp compiles the profile, for --verify too.
 */
#include "seccomp_profile.h"
#include "unit.h"

#include <linux/filter.h>
#include <stdlib.h>

static bool parse(const char *text, struct scmp_profile *p)
{
	return profile_parse_json("t.json", text, strlen(text), p);
}

static void round_trip(void)
{
	struct scmp_profile p = { .default_action = ACT_ERRNO, .default_errno = 13 };
	p.archs = xmalloc(2 * sizeof(*p.archs));
	p.archs[p.narchs++] = xstrdup("SCMP_ARCH_X86_64");
	p.archs[p.narchs++] = xstrdup("SCMP_ARCH_X86");
	struct scmp_rule *r = profile_add_rule(&p, ACT_ALLOW, -1);
	profile_rule_add_name(r, "read");
	profile_rule_add_name(r, "write");
	r = profile_add_rule(&p, ACT_ALLOW, -1);
	profile_rule_add_name(r, "clone");
	r->args[r->nargs++] = (struct scmp_arg){ 0, OP_MASKED_EQ, 0x7e020000, 0 };
	r = profile_add_rule(&p, ACT_ERRNO, 38);
	profile_rule_add_name(r, "clone3");
	r->comment = xstrdup("a \"quoted\" comment");
	r = profile_add_rule(&p, ACT_ALLOW, -1);
	profile_rule_add_name(r, "personality");
	r->args[r->nargs++] = (struct scmp_arg){ 0, OP_EQ, UINT64_C(0xffffffff), 0 };

	char *text = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&text, &len);
	profile_write_json(&p, f);
	fclose(f);
	struct scmp_profile q;
	CHECK(parse(text, &q));
	CHECK(q.default_action == ACT_ERRNO && q.default_errno == 13);
	CHECK(q.narchs == 2 && !strcmp(q.archs[1], "SCMP_ARCH_X86"));
	CHECK(q.nrules == 4);
	if (q.nrules == 4) {
		CHECK(q.rules[0].nnames == 2 && !strcmp(q.rules[0].names[1], "write"));
		CHECK(q.rules[0].action == ACT_ALLOW && q.rules[0].nargs == 0);
		CHECK(q.rules[1].nargs == 1 && q.rules[1].args[0].op == OP_MASKED_EQ &&
		      q.rules[1].args[0].value == 0x7e020000 && q.rules[1].args[0].value2 == 0);
		CHECK(q.rules[2].action == ACT_ERRNO && q.rules[2].errno_ret == 38);
		CHECK_STR(q.rules[2].comment, "a \"quoted\" comment");
		CHECK(q.rules[3].args[0].op == OP_EQ && q.rules[3].args[0].value == 0xffffffff);
	}
	struct sock_filter *prog;
	int n = profile_compile(&q, false, &prog);
	CHECK(n > 10);
	if (n > 0)
		free(prog);
	n = profile_compile(&q, true, &prog);
	CHECK(n > 10);
	if (n > 0)
		free(prog);
	free(text);
	profile_free(&q);
	profile_free(&p);
}

static void docker_spellings(void)
{
	struct scmp_profile p;
	CHECK(parse("{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"defaultErrnoRet\": 1,"
		    " \"archMap\": [{\"architecture\": \"SCMP_ARCH_AARCH64\", \"subArchitectures\": [\"SCMP_ARCH_ARM\"]},"
		    "  {\"architecture\": \"SCMP_ARCH_X86_64\", \"subArchitectures\": [\"SCMP_ARCH_X86\", \"SCMP_ARCH_X32\"]}],"
		    " \"syscalls\": ["
		    "  {\"name\": \"old\", \"action\": \"SCMP_ACT_ALLOW\", \"args\": null},"
		    "  {\"names\": [\"caps\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"caps\": [\"CAP_SYS_ADMIN\"]}},"
		    "  {\"names\": [\"nocaps\"], \"action\": \"SCMP_ACT_ALLOW\", \"excludes\": {\"caps\": [\"CAP_SYS_ADMIN\"]}},"
		    "  {\"names\": [\"chroot\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"caps\": [\"CAP_SYS_CHROOT\"]}},"
		    "  {\"names\": [\"both\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"caps\": [\"CAP_KILL\", \"CAP_BPF\"]}},"
		    "  {\"names\": [\"notkill\"], \"action\": \"SCMP_ACT_ALLOW\", \"excludes\": {\"caps\": [\"CAP_BPF\", \"CAP_KILL\"]}},"
		    "  {\"names\": [\"arm\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"arches\": [\"arm64\"]}},"
		    "  {\"names\": [\"amd\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"arches\": [\"amd64\", \"x32\"]}},"
		    "  {\"names\": [\"notamd\"], \"action\": \"SCMP_ACT_ALLOW\", \"excludes\": {\"arches\": [\"amd64\"]}},"
		    "  {\"names\": [\"oldkernel\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"minKernel\": \"2.6\"}},"
		    "  {\"names\": [\"future\"], \"action\": \"SCMP_ACT_ALLOW\", \"includes\": {\"minKernel\": \"99.0\"}},"
		    "  {\"names\": [\"eperm\"], \"action\": \"SCMP_ACT_ERRNO\"}"
		    "]}", &p));
	CHECK(p.narchs == 3 && !strcmp(p.archs[0], "SCMP_ARCH_X86_64") && !strcmp(p.archs[2], "SCMP_ARCH_X32"));
	/* as for a default `docker run`: CAP_SYS_CHROOT and CAP_KILL yes, CAP_SYS_ADMIN and CAP_BPF no */
	const char *want[] = { "old", "nocaps", "chroot", "amd", "oldkernel", "eperm" };
	CHECK(p.nrules == 6);
	for (int i = 0; i < p.nrules && i < 6; i++)
		CHECK_STR(p.rules[i].names[0], want[i]);
	CHECK(p.nrules == 6 && p.rules[5].errno_ret == 1);
	profile_free(&p);
}

static void refused(void)
{
	static const char *const bad[] = {
		"", "[]", "{\"defaultAction\": 3}", "{\"syscalls\": []}",
		"{\"defaultAction\": \"SCMP_ACT_NOPE\"}",
		"{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"defaultErrnoRet\": -1}",
		"{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": {}}",
		"{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"action\": \"SCMP_ACT_ALLOW\"}]}",
		"{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [1], \"action\": \"SCMP_ACT_ALLOW\"}]}",
		"{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"]}]}",
		"{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\","
		" \"args\": [{\"index\": 6, \"value\": 1, \"op\": \"SCMP_CMP_EQ\"}]}]}",
		"{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\","
		" \"args\": [{\"index\": 0, \"value\": -1, \"op\": \"SCMP_CMP_EQ\"}]}]}",
		"{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"syscalls\": [{\"names\": [\"read\"], \"action\": \"SCMP_ACT_ALLOW\","
		" \"args\": [{\"index\": 0, \"value\": 1, \"op\": \"SCMP_CMP_LIKE\"}]}]}",
		"{\"defaultAction\": \"SCMP_ACT_ERRNO\", \"architectures\": \"SCMP_ARCH_X86_64\"}",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct scmp_profile p;
		bool ok = parse(bad[i], &p);
		CHECK(!ok);
		if (ok) {
			fprintf(stderr, "accepted: %s\n", bad[i]);
			profile_free(&p);
		}
	}
}

int main(void)
{
	round_trip();
	docker_spellings();
	refused();
	CHECK(scmp_errno_parse("EPERM") == 1);
	CHECK(scmp_errno_parse("ENOSYS") == 38);
	CHECK(scmp_errno_parse("38") == 38);
	CHECK(scmp_errno_parse("0") == -1);
	CHECK(scmp_errno_parse("4096") == -1);
	CHECK(scmp_errno_parse("EBOGUS") == -1);
	CHECK(scmp_action_parse("SCMP_ACT_KILL") == ACT_KILL_THREAD);
	CHECK(scmp_action_parse("SCMP_ACT_KILL_PROCESS") == ACT_KILL_PROCESS);
	return unit_report("seccomp_profile");
}
