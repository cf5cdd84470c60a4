/*
 * seccomp_ctx.c - a profile compiled into a classic-BPF filter by
 * libseccomp (Debian's libseccomp-dev): the architecture checks (the audit
 * arch, the x32 bit), the syscall numbers of each listed architecture and
 * the argument comparisons are libseccomp's.  --verify compiles the same
 * rules with every non-ALLOW action turned into SCMP_ACT_TRACE(data) so
 * the tracer learns which rule, or the default, answered each call.
 */
#include "seccomp_profile.h"
#include "sbuf.h"

#include <ctype.h>
#include <errno.h>
#include <linux/filter.h>
#include <seccomp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static uint32_t act_value(const struct scmp_profile *p, enum scmp_action a, int errno_ret)
{
	switch (a) {
	case ACT_KILL_THREAD: return SCMP_ACT_KILL_THREAD;
	case ACT_KILL_PROCESS: return SCMP_ACT_KILL_PROCESS;
	case ACT_TRAP: return SCMP_ACT_TRAP;
	case ACT_ERRNO:
		return SCMP_ACT_ERRNO(errno_ret > 0 ? errno_ret : p->default_errno > 0 ? p->default_errno : 1);
	case ACT_TRACE: return SCMP_ACT_TRACE(errno_ret > 0 ? errno_ret : 0);
	case ACT_LOG: return SCMP_ACT_LOG;
	case ACT_NOTIFY: return SCMP_ACT_NOTIFY;
	default: return SCMP_ACT_ALLOW;
	}
}

/* "SCMP_ARCH_X86_64" -> libseccomp's token for "x86_64"; 0 if unknown */
static uint32_t arch_token(const char *name)
{
	char low[32];
	if (strncmp(name, "SCMP_ARCH_", 10) || strlen(name + 10) >= sizeof(low))
		return 0;
	size_t i;
	for (i = 0; name[10 + i]; i++)
		low[i] = (char)tolower((unsigned char)name[10 + i]);
	low[i] = 0;
	return seccomp_arch_resolve_name(low);
}

static scmp_filter_ctx build(const struct scmp_profile *p, bool for_verify)
{
	uint32_t deflt = act_value(p, p->default_action, -1);
	if (for_verify && p->default_action != ACT_ALLOW)
		deflt = SCMP_ACT_TRACE(VERIFY_DEFAULT);
	scmp_filter_ctx ctx = seccomp_init(deflt);
	if (!ctx) {
		error_msg("seccomp: libseccomp cannot make a filter with the default action %s",
			  scmp_action_name(p->default_action));
		return NULL;
	}
	/* a call of an architecture the profile does not list: the default action */
	seccomp_attr_set(ctx, SCMP_FLTATR_ACT_BADARCH, deflt);
	bool native = !p->narchs;
	for (int i = 0; i < p->narchs; i++) {
		uint32_t t = arch_token(p->archs[i]);
		if (!t) {
			error_msg("seccomp: unknown architecture '%s' (SCMP_ARCH_X86_64, SCMP_ARCH_X86, SCMP_ARCH_X32, ...)",
				  p->archs[i]);
			goto fail;
		}
		if (t == seccomp_arch_native())
			native = true;
		else if (seccomp_arch_add(ctx, t) < 0 && seccomp_arch_exist(ctx, t) < 0) {
			error_msg("seccomp: libseccomp cannot add the architecture %s", p->archs[i]);
			goto fail;
		}
	}
	if (!native)
		seccomp_arch_remove(ctx, seccomp_arch_native());

	struct sbuf unknown = { 0 };
	int nunknown = 0;
	for (int i = 0; i < p->nrules; i++) {
		const struct scmp_rule *r = &p->rules[i];
		uint32_t act = act_value(p, r->action, r->errno_ret);
		if (for_verify && r->action != ACT_ALLOW)
			act = SCMP_ACT_TRACE(1 + i);
		if (act == deflt)
			continue;   /* libseccomp refuses a rule that does what the default does */
		struct scmp_arg_cmp cmp[SCMP_MAX_ARGS];
		for (int k = 0; k < r->nargs; k++)
			cmp[k] = (struct scmp_arg_cmp){ r->args[k].index, (enum scmp_compare)r->args[k].op,
							r->args[k].value, r->args[k].value2 };
		for (int j = 0; j < r->nnames; j++) {
			int nr = seccomp_syscall_resolve_name(r->names[j]);
			if (nr == __NR_SCMP_ERROR) {
				if (nunknown++ < 8)
					sbuf_printf(&unknown, "%s%s", nunknown > 1 ? ", " : "", r->names[j]);
				continue;
			}
			int rc = seccomp_rule_add_array(ctx, act, nr, (unsigned)r->nargs, cmp);
			if (rc < 0) {
				error_msg("seccomp: rule %d (%s %s): libseccomp: %s", i + 1, r->names[j],
					  scmp_action_name(r->action), strerror(-rc));
				sbuf_free(&unknown);
				goto fail;
			}
		}
	}
	if (nunknown) {
		sbuf_putc(&unknown, 0);
		error_msg("seccomp: %d syscall name%s libseccomp does not know, left to the default action: %s%s",
			  nunknown, nunknown > 1 ? "s" : "", unknown.p, nunknown > 8 ? ", ..." : "");
	}
	sbuf_free(&unknown);
	return ctx;
fail:
	seccomp_release(ctx);
	return NULL;
}

bool profile_export_bpf(const struct scmp_profile *p, int fd)
{
	scmp_filter_ctx ctx = build(p, false);
	if (!ctx)
		return false;
	int rc = seccomp_export_bpf(ctx, fd);
	seccomp_release(ctx);
	if (rc < 0)
		error_msg("seccomp: writing the filter: %s", strerror(-rc));
	return rc >= 0;
}

int profile_compile(const struct scmp_profile *p, bool for_verify, struct sock_filter **prog)
{
	scmp_filter_ctx ctx = build(p, for_verify);
	if (!ctx)
		return -1;
	int fd = memfd_create("sctrace-seccomp", MFD_CLOEXEC);
	int rc = fd < 0 ? -errno : seccomp_export_bpf(ctx, fd);
	seccomp_release(ctx);
	off_t size = rc < 0 ? -1 : lseek(fd, 0, SEEK_CUR);
	if (rc < 0 || size <= 0 || size % sizeof(struct sock_filter) || size > 4096 * 8) {
		error_msg("seccomp: cannot compile the profile%s%s", rc < 0 ? ": " : " (too large a filter)",
			  rc < 0 ? strerror(-rc) : "");
		if (fd >= 0)
			close(fd);
		return -1;
	}
	*prog = xmalloc((size_t)size);
	bool ok = pread(fd, *prog, (size_t)size, 0) == size;
	close(fd);
	if (!ok) {
		free(*prog);
		error_msg_errno("seccomp: reading the compiled filter");
		return -1;
	}
	return (int)(size / sizeof(struct sock_filter));
}
