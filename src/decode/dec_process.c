/*
 * dec_process.c - decoders for processes: execve, clone/fork, exit, wait,
 * prctl/arch_prctl, resource limits and usage, credentials, scheduling,
 * capabilities, pidfds, seccomp, ptrace and a few process-wide queries.
 * mk_wait_status() is shared with other families.
 */
#include "decode.h"

#include <asm/ldt.h>
#include <linux/ioprio.h>
#include <stdio.h>
#include <string.h>

/* ---- small helpers ---- */

/* uid_t/gid_t: (uid_t)-1 prints as -1, other ids unsigned */
static struct value *mk_id(struct dctx *c, uint64_t v)
{
	uint32_t u = (uint32_t)v;
	if (u == UINT32_MAX)
		return mk_int(c, -1);
	return mk_uint(c, u);
}

static struct value *arg_id(struct dctx *c, int i, const void *d)
{
	(void)d;
	return mk_id(c, c->arg[i]);
}

/* "[value]": an int or pointer the kernel stored at addr */
static struct value *mk_boxed(struct dctx *c, struct value *v)
{
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, v);
	return a;
}

static struct value *mk_id_at(struct dctx *c, uint64_t addr)
{
	uint32_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, mk_id(c, v));
}

static struct value *mk_ptr_at(struct dctx *c, uint64_t addr)
{
	uint64_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, mk_ptr(c, v));
}

/* An output pointer at exit: the address if the call failed. */
static struct value *out_or_ptr(struct dctx *c, uint64_t addr,
				struct value *(*fn)(struct dctx *, uint64_t))
{
	if (failed(c) || !addr)
		return mk_ptr(c, addr);
	return fn(c, addr);
}

/* Signal number, or unsigned decimal when it is not a valid signal. */
static struct value *mk_signo_u(struct dctx *c, uint64_t sig)
{
	const char *name = sig && sig <= 64 ? signame((int)sig) : NULL;
	if (name)
		return v_sym(c->a, name, sig);
	return mk_uint(c, sig);
}

/* "A|B|0x10" spelt into a string, for values strace prints as a number
 * followed by the decoded flags in a comment. */
static const char *flags_text(struct dctx *c, uint64_t v, const struct xlat *x)
{
	char *s = arena_printf(c->a, "%s", "");
	for (unsigned i = 0; i < x->n && v; i++) {
		uint64_t f = x->e[i].val;
		if (f && (v & f) == f) {
			s = arena_printf(c->a, "%s%s%s", s, *s ? "|" : "", x->e[i].name);
			v &= ~f;
		}
	}
	if (v || !*s)
		s = arena_printf(c->a, "%s%s%#llx", s, *s ? "|" : "", (unsigned long long)v);
	return s;
}

/* "value / * NAME * /" for every value, known or not */
static struct value *mk_enum_verbose(struct dctx *c, uint64_t v, const struct xlat *x)
{
	const char *name = xlat_name(x, v);
	return v_comment(mk_hex(c, v), name ? name : x->unknown);
}

static struct value *mk_timeval_v(struct dctx *c, int64_t sec, int64_t usec)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tv_sec", mk_int(c, sec));
	v_field(s, "tv_usec", mk_int(c, usec));
	return s;
}

/* ---- execve ---- */

/*
 * argv/envp: at most -s strings (all of them with -v), then "...".  An array that runs into
 * unreadable memory ends with "... / * address * /".
 */
static struct value *mk_str_array(struct dctx *c, uint64_t addr)
{
	if (!addr)
		return mk_ptr(c, 0);
	struct value *arr = v_list(c->a, V_ARRAY);
	for (uint64_t i = 0;; i++) {
		uint64_t p;
		uint64_t at = addr + i * sizeof(p);
		if (mem_read(c->mem, at, &p, sizeof(p)) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(arr, v_comment(v_ellipsis(c->a), arena_printf(c->a, "%#llx", (unsigned long long)at)));
			break;
		}
		if (!p)
			break;
		if (i >= array_limit(c)) {
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		v_add(arr, mk_cstr(c, p, c->opt->strsize));
	}
	return arr;
}

/* envp without -v: the address and "/ * 41 vars * /" */
static struct value *mk_env_count(struct dctx *c, uint64_t addr)
{
	if (!addr)
		return mk_ptr(c, 0);
	uint64_t n = 0, p;
	bool term = false;
	for (;; n++) {
		if (mem_read(c->mem, addr + n * sizeof(p), &p, sizeof(p)) != 0)
			break;
		if (!p) {
			term = true;
			break;
		}
	}
	if (n == 0 && !term)
		return mk_ptr(c, addr);
	return v_comment(mk_ptr(c, addr), arena_printf(c->a, "%llu var%s%s",
		(unsigned long long)n, n == 1 ? "" : "s", term ? "" : ", unterminated"));
}

static void dec_execve(struct dctx *c)
{
	if (c->exiting)
		return;
	int p = 0;
	if (c->nr == SC_execveat) {
		add_arg(c, mk_dirfd(c, (int)c->arg[0]));
		p = 1;
	}
	add_arg(c, mk_path(c, c->arg[p]));
	add_arg(c, mk_str_array(c, c->arg[p + 1]));
	add_arg(c, c->verbose ? mk_str_array(c, c->arg[p + 2]) : mk_env_count(c, c->arg[p + 2]));
	if (c->nr == SC_execveat)
		add_arg(c, mk_flags(c, (uint32_t)c->arg[4], &xlat_at_flags));
}

/* ---- clone, clone3 ---- */

#define CLONE_VM_F              0x00000100ULL
#define CLONE_PIDFD_F           0x00001000ULL
#define CLONE_SETTLS_F          0x00080000ULL
#define CLONE_PARENT_SETTID_F   0x00100000ULL
#define CLONE_CHILD_CLEARTID_F  0x00200000ULL
#define CLONE_CHILD_SETTID_F    0x01000000ULL
#define CLONE_INTO_CGROUP_F     0x200000000ULL

/* clone(2) flags: the flag bits, then the exit signal in the low byte */
static struct value *mk_clone_flags(struct dctx *c, uint64_t flags)
{
	uint64_t f = flags & ~0xffULL;
	unsigned sig = flags & 0xff;
	if (!f && !sig)
		return mk_hex(c, 0);
	struct value *v = v_list(c->a, V_OR);
	if (f)
		v_add(v, mk_flags(c, f, &xlat_clone_flags));
	if (sig)
		v_add(v, mk_signo_u(c, sig));
	return v;
}

/* x86_64: clone(flags, stack, parent_tid, child_tid, tls) */
static void dec_clone(struct dctx *c)
{
	uint64_t flags = c->arg[0];
	if (!c->exiting) {
		add_arg(c, mk_ptr(c, c->arg[1]))->name = "child_stack";
		add_arg(c, mk_clone_flags(c, flags))->name = "flags";
		c->sep_at_exit = true;
		if (flags & (CLONE_PARENT_SETTID_F | CLONE_PIDFD_F | CLONE_SETTLS_F |
			     CLONE_CHILD_SETTID_F | CLONE_CHILD_CLEARTID_F))
			c->pending = true;
		return;
	}
	if (flags & (CLONE_PARENT_SETTID_F | CLONE_PIDFD_F))
		add_arg(c, failed(c) ? mk_ptr(c, c->arg[2]) : mk_int_at(c, c->arg[2]))->name = "parent_tid";
	if (flags & CLONE_SETTLS_F)
		add_arg(c, mk_ptr(c, c->arg[4]))->name = "tls";
	if (flags & (CLONE_CHILD_SETTID_F | CLONE_CHILD_CLEARTID_F))
		add_arg(c, mk_ptr(c, c->arg[3]))->name = "child_tidptr";
}

struct clone_args_k {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size,
		tls, set_tid, set_tid_size, cgroup;
};

/* Fields beyond the first 64 bytes print only when size covers them. */
static struct value *mk_clone_args(struct dctx *c, const struct clone_args_k *a, uint64_t size)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "flags", mk_flags(c, a->flags, &xlat_clone3_flags));
	if (a->flags & CLONE_PIDFD_F)
		v_field(s, "pidfd", mk_ptr(c, a->pidfd));
	if (a->flags & (CLONE_CHILD_SETTID_F | CLONE_CHILD_CLEARTID_F))
		v_field(s, "child_tid", mk_ptr(c, a->child_tid));
	if (a->flags & CLONE_PARENT_SETTID_F)
		v_field(s, "parent_tid", mk_ptr(c, a->parent_tid));
	v_field(s, "exit_signal", mk_signo_u(c, a->exit_signal));
	v_field(s, "stack", mk_ptr(c, a->stack));
	v_field(s, "stack_size", mk_hex(c, a->stack_size));
	if (a->flags & CLONE_SETTLS_F)
		v_field(s, "tls", mk_ptr(c, a->tls));
	if (size > 64 && (a->set_tid || a->set_tid_size)) {
		v_field(s, "set_tid", mk_ptr(c, a->set_tid));
		v_field(s, "set_tid_size", mk_uint(c, a->set_tid_size));
	}
	if (size > 80 && ((a->flags & CLONE_INTO_CGROUP_F) || a->cgroup))
		v_field(s, "cgroup", mk_uint(c, a->cgroup));
	return s;
}

/*
 * clone3: strace prints the struct at entry and, when the kernel stores
 * pidfd/parent_tid, " => {pidfd=[3], parent_tid=[N]}" after it at exit.
 * There is no way to continue an entry argument without a separator, so
 * such calls build the struct at entry (priv[0]) and print it at exit.
 */
static void dec_clone3(struct dctx *c)
{
	uint64_t addr = c->arg[0], size = c->arg[1];
	if (!c->exiting) {
		struct clone_args_k a;
		memset(&a, 0, sizeof(a));
		struct value *v;
		size_t n = size < sizeof(a) ? size : sizeof(a);
		if (!addr || size < 64 || mem_read(c->mem, addr, &a, n) != 0) {
			add_arg(c, mk_ptr(c, addr));
			add_arg(c, mk_uint(c, size));
			return;
		}
		v = mk_clone_args(c, &a, size);
		add_arg(c, v);
		if (a.flags & (CLONE_PIDFD_F | CLONE_PARENT_SETTID_F)) {
			/* the kernel fills pidfd/parent_tid: " => {...}" follows at exit */
			c->priv[0] = 1;
			c->priv[1] = a.flags;
			c->priv[2] = a.pidfd;
			c->priv[3] = a.parent_tid;
			c->pending = true;
			c->sep_at_exit = true;
			return;
		}
		add_arg(c, mk_uint(c, size));
		return;
	}
	if (!c->priv[0])
		return;
	if (!failed(c)) {
		struct value *after = v_list(c->a, V_STRUCT);
		if (c->priv[1] & CLONE_PIDFD_F)
			v_field(after, "pidfd", mk_int_at(c, c->priv[2]));
		if (c->priv[1] & CLONE_PARENT_SETTID_F)
			v_field(after, "parent_tid", mk_int_at(c, c->priv[3]));
		add_arg(c, after);
		c->exit_continues = true;
	}
	add_arg(c, mk_uint(c, size));
}

/* ---- wait4, waitid ---- */

static const char *sig_text(struct dctx *c, int sig)
{
	const char *n = signame(sig);
	return n ? n : arena_printf(c->a, "%d", sig);
}

/* [{WIFEXITED(s) && WEXITSTATUS(s) == 0}] and the other forms */
struct value *mk_wait_status(struct dctx *c, int status)
{
	const char *t;
	unsigned st = (unsigned)status;
	unsigned event = st >> 16;
	if ((st & 0xff) == 0x7f)
		t = arena_printf(c->a, "WIFSTOPPED(s) && WSTOPSIG(s) == %s%s", sig_text(c, (st >> 8) & 0x7f),
				 (st & 0x8000) ? " | 0x80" : "");
	else if (st == 0xffff)
		t = "WIFCONTINUED(s)";
	else if ((st & 0x7f) == 0)
		t = arena_printf(c->a, "WIFEXITED(s) && WEXITSTATUS(s) == %u", (st >> 8) & 0xff);
	else
		t = arena_printf(c->a, "WIFSIGNALED(s) && WTERMSIG(s) == %s%s", sig_text(c, st & 0x7f),
				 (st & 0x80) ? " && WCOREDUMP(s)" : "");
	struct value *arr = v_list(c->a, V_ARRAY);
	if ((st & 0xff) == 0x7f && event) {
		const char *e = xlat_name(&xlat_ptrace_events, event);
		t = arena_printf(c->a, "{%s}|%s<<16", t, e ? e : arena_printf(c->a, "%#x", event));
		v_add(arr, v_sym(c->a, t, st));
		return arr;
	}
	struct value *s = v_list(c->a, V_STRUCT);
	v_add(s, v_sym(c->a, t, st));
	v_add(arr, s);
	return arr;
}

static struct value *mk_status_at(struct dctx *c, uint64_t addr)
{
	int st;
	struct value *fb;
	if (!fetch(c, addr, &st, sizeof(st), &fb))
		return fb;
	return mk_wait_status(c, st);
}

struct rusage_k {
	int64_t utime_sec, utime_usec, stime_sec, stime_usec;
	int64_t f[14];
};

static const char *const rusage_names[14] = {
	"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
	"ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
};

static struct value *mk_rusage(struct dctx *c, uint64_t addr)
{
	struct rusage_k r;
	struct value *fb;
	if (!fetch(c, addr, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "ru_utime", mk_timeval_v(c, r.utime_sec, r.utime_usec));
	v_field(s, "ru_stime", mk_timeval_v(c, r.stime_sec, r.stime_usec));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	for (int i = 0; i < 14; i++)
		v_field(s, rusage_names[i], mk_int(c, r.f[i]));
	return s;
}

static void dec_wait4(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	bool none = failed(c) || c->rval == 0;
	add_arg(c, none || !c->arg[1] ? mk_ptr(c, c->arg[1]) : mk_status_at(c, c->arg[1]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[2], &xlat_wait_options));
	add_arg(c, none || !c->arg[3] ? mk_ptr(c, c->arg[3]) : mk_rusage(c, c->arg[3]));
}

static struct value *mk_siginfo_at(struct dctx *c, uint64_t addr)
{
	uint8_t raw[128];
	struct value *fb;
	if (!fetch(c, addr, raw, sizeof(raw), &fb))
		return fb;
	return mk_siginfo(c, raw);
}

static void dec_waitid(struct dctx *c)
{
	if (!c->exiting) {
		uint32_t type = (uint32_t)c->arg[0];
		add_arg(c, mk_enum(c, type, &xlat_waitid_idtypes));
		add_arg(c, type == 3 ? mk_fd(c, (int)c->arg[1]) : mk_int(c, (int)c->arg[1]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[2], mk_siginfo_at));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[3], &xlat_wait_options));
	add_arg(c, out_or_ptr(c, c->arg[4], mk_rusage));
}

/* ---- robust futex list, restart_syscall ---- */

static void dec_get_robust_list(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[1], mk_ptr_at));
	if (failed(c) || !c->arg[2]) {
		add_arg(c, mk_ptr(c, c->arg[2]));
	} else {
		uint64_t len;
		struct value *fb;
		add_arg(c, fetch(c, c->arg[2], &len, sizeof(len), &fb) ? mk_boxed(c, mk_uint(c, len)) : fb);
	}
}

static void dec_restart_syscall(struct dctx *c)
{
	if (c->exiting)
		return;
	const struct sysent *se = sysent_get(c->prev_nr);
	add_arg(c, v_sym(c->a, arena_printf(c->a, "<... resuming interrupted %s ...>",
					    se ? se->name : "call"), (uint64_t)c->prev_nr));
}

/* ---- prctl ---- */

enum {
	PR_SET_PDEATHSIG_ = 1, PR_GET_PDEATHSIG_, PR_GET_DUMPABLE_, PR_SET_DUMPABLE_,
	PR_GET_UNALIGN_, PR_SET_UNALIGN_, PR_GET_KEEPCAPS_, PR_SET_KEEPCAPS_,
	PR_GET_FPEMU_, PR_SET_FPEMU_, PR_GET_FPEXC_, PR_SET_FPEXC_, PR_GET_TIMING_,
	PR_SET_TIMING_, PR_SET_NAME_, PR_GET_NAME_, PR_GET_ENDIAN_ = 19, PR_SET_ENDIAN_,
	PR_GET_SECCOMP_, PR_SET_SECCOMP_, PR_CAPBSET_READ_, PR_CAPBSET_DROP_, PR_GET_TSC_,
	PR_SET_TSC_, PR_GET_SECUREBITS_, PR_SET_SECUREBITS_, PR_SET_TIMERSLACK_,
	PR_GET_TIMERSLACK_, PR_TASK_PERF_EVENTS_DISABLE_, PR_TASK_PERF_EVENTS_ENABLE_,
	PR_MCE_KILL_, PR_MCE_KILL_GET_, PR_SET_MM_, PR_SET_CHILD_SUBREAPER_,
	PR_GET_CHILD_SUBREAPER_, PR_SET_NO_NEW_PRIVS_, PR_GET_NO_NEW_PRIVS_,
	PR_GET_TID_ADDRESS_, PR_SET_THP_DISABLE_, PR_GET_THP_DISABLE_,
	PR_MPX_ENABLE_MANAGEMENT_, PR_MPX_DISABLE_MANAGEMENT_, PR_SET_FP_MODE_,
	PR_GET_FP_MODE_, PR_CAP_AMBIENT_, PR_SVE_SET_VL_ = 50, PR_SVE_GET_VL_,
	PR_GET_SPECULATION_CTRL_, PR_SET_SPECULATION_CTRL_, PR_PAC_RESET_KEYS_,
	PR_SET_TAGGED_ADDR_CTRL_, PR_GET_TAGGED_ADDR_CTRL_, PR_SET_IO_FLUSHER_,
	PR_GET_IO_FLUSHER_, PR_SET_SYSCALL_USER_DISPATCH_, PR_PAC_SET_ENABLED_KEYS_,
	PR_PAC_GET_ENABLED_KEYS_, PR_SCHED_CORE_, PR_SME_SET_VL_, PR_SME_GET_VL_,
	PR_SET_PTRACER_ = 0x59616d61, PR_SET_VMA_ = 0x53564d41,
};

/* arguments from..4 in hex */
static void add_hex_from(struct dctx *c, int from)
{
	for (int i = from; i < 5; i++)
		add_arg(c, mk_hex(c, c->arg[i]));
}

/* PR_SVE_SET_VL / PR_SME_SET_VL: flag bits and a vector length */
static struct value *mk_vl_arg(struct dctx *c, uint64_t v, const struct xlat *x)
{
	if (!(v & ~0xffffULL))
		return mk_hex(c, v);
	struct value *o = v_list(c->a, V_OR);
	v_add(o, mk_flags(c, v & ~0xffffULL, x));
	if (v & 0xffff)
		v_add(o, mk_hex(c, v & 0xffff));
	return o;
}

/* PR_SET_TAGGED_ADDR_CTRL: enable bit, MTE fault mode, tag mask */
static struct value *mk_tagged_addr_ctrl(struct dctx *c, uint64_t v)
{
	static const char *const tcf[] = { "PR_MTE_TCF_NONE", "PR_MTE_TCF_SYNC", "PR_MTE_TCF_ASYNC", "PR_MTE_TCF_MASK" };
	struct value *o = v_list(c->a, V_OR);
	v_add(o, v_sym(c->a, (v & 1) ? "PR_TAGGED_ADDR_ENABLE" : "!PR_TAGGED_ADDR_ENABLE", v & 1));
	v_add(o, v_sym(c->a, tcf[(v >> 1) & 3], v & 6));
	if ((v >> 3) & 0xffff)
		v_add(o, v_sym(c->a, arena_printf(c->a, "%#llx<<PR_MTE_TAG_SHIFT",
						  (unsigned long long)((v >> 3) & 0xffff)), v & 0x7fff8));
	if (v & ~0x7ffffULL)
		v_add(o, mk_hex(c, v & ~0x7ffffULL));
	return o;
}

struct sock_fprog_k {
	uint16_t len;
	uint64_t filter;
};

/* ---- classic BPF (seccomp filters, shown with -v) ---- */

static struct value *bpf_sym(struct dctx *c, const char *name, unsigned v)
{
	return name ? v_sym(c->a, name, v) : v_comment(mk_hex(c, v), "BPF_???");
}

static struct value *mk_bpf_code(struct dctx *c, uint16_t code)
{
	static const char *const cls[8] = { "BPF_LD", "BPF_LDX", "BPF_ST", "BPF_STX", "BPF_ALU", "BPF_JMP", "BPF_RET", "BPF_MISC" };
	static const char *const size[4] = { "BPF_W", "BPF_H", "BPF_B", "BPF_DW" };
	static const char *const mode[8] = { "BPF_IMM", "BPF_ABS", "BPF_IND", "BPF_MEM", "BPF_LEN", "BPF_MSH", NULL, NULL };
	static const char *const alu[16] = { "BPF_ADD", "BPF_SUB", "BPF_MUL", "BPF_DIV", "BPF_OR", "BPF_AND", "BPF_LSH",
		"BPF_RSH", "BPF_NEG", "BPF_MOD", "BPF_XOR" };
	static const char *const jmp[16] = { "BPF_JA", "BPF_JEQ", "BPF_JGT", "BPF_JGE", "BPF_JSET" };
	static const char *const rval[4] = { "BPF_K", "BPF_X", "BPF_A", NULL };
	struct value *o = v_list(c->a, V_OR);
	unsigned k = code & 7;
	v_add(o, v_sym(c->a, cls[k], k));
	switch (k) {
	case 0: case 1:
		v_add(o, v_sym(c->a, size[(code >> 3) & 3], code & 0x18));
		v_add(o, bpf_sym(c, mode[(code >> 5) & 7], code & 0xe0));
		break;
	case 4: case 5:
		v_add(o, v_sym(c->a, (code & 8) ? "BPF_X" : "BPF_K", code & 8));
		v_add(o, bpf_sym(c, (k == 4 ? alu : jmp)[(code >> 4) & 15], code & 0xf0));
		break;
	case 6:
		v_add(o, bpf_sym(c, rval[(code >> 3) & 3], code & 0x18));
		break;
	case 7:
		v_add(o, bpf_sym(c, (code & 0xf8) == 0 ? "BPF_TAX" : (code & 0xf8) == 0x80 ? "BPF_TXA" : NULL, code & 0xf8));
		break;
	}
	if (code & 0xff00)
		v_add(o, bpf_sym(c, NULL, code & 0xff00));
	return o;
}

static struct value *mk_bpf_filter(struct dctx *c, uint64_t addr, unsigned len)
{
	struct { uint16_t code; uint8_t jt, jf; uint32_t k; } ins;
	struct value *arr = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < len; i++) {
		if (mem_read(c->mem, addr + i * sizeof(ins), &ins, sizeof(ins)) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(arr, v_comment(v_ellipsis(c->a), arena_printf(c->a, "%#llx", (unsigned long long)(addr + i * sizeof(ins)))));
			break;
		}
		bool jump = (ins.code & 7) == 5 && (ins.jt || ins.jf);
		struct value *call = v_add(arr, v_call(c->a, jump ? "BPF_JUMP" : "BPF_STMT"));
		v_add(call, mk_bpf_code(c, ins.code));
		if ((ins.code & 7) == 6) {
			struct value *k = v_add(call, v_list(c->a, V_OR));
			v_add(k, mk_enum(c, ins.k & 0xffff0000u, &xlat_seccomp_ret_actions));
			if (ins.k & 0xffff)
				v_add(k, mk_hex(c, ins.k & 0xffff));
		} else {
			v_add(call, mk_hex(c, ins.k));
		}
		if (jump) {
			v_add(call, mk_hex(c, ins.jt));
			v_add(call, mk_hex(c, ins.jf));
		}
	}
	return arr;
}

static struct value *mk_fprog(struct dctx *c, uint64_t addr)
{
	struct sock_fprog_k f;
	struct value *fb;
	if (!fetch(c, addr, &f, sizeof(f), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "len", mk_uint(c, f.len));
	v_field(s, "filter", c->verbose && f.filter ? mk_bpf_filter(c, f.filter, f.len) : mk_ptr(c, f.filter));
	return s;
}

/* prctl output pointers, decoded at exit */
static struct value *mk_pdeathsig_at(struct dctx *c, uint64_t addr)
{
	int32_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, v ? mk_signo(c, v) : mk_int(c, 0));
}

static struct value *mk_tsc_at(struct dctx *c, uint64_t addr)
{
	int32_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, mk_enum(c, (uint32_t)v, &xlat_prctl_tsc));
}

static struct value *mk_unalign_at(struct dctx *c, uint64_t addr)
{
	uint32_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, mk_flags(c, v, &xlat_prctl_unalign));
}

/* a task name: at most 15 characters, and no more than -s */
static struct value *mk_comm_at(struct dctx *c, uint64_t addr)
{
	return mk_cstr(c, addr, c->opt->strsize < 15 ? c->opt->strsize : 15);
}

static void prctl_exit(struct dctx *c, uint32_t op)
{
	uint64_t a2 = c->arg[1];
	switch (op) {
	case PR_GET_PDEATHSIG_:
		add_arg(c, out_or_ptr(c, a2, mk_pdeathsig_at));
		return;
	case PR_GET_NAME_:
		add_arg(c, out_or_ptr(c, a2, mk_comm_at));
		return;
	case PR_GET_TSC_:
		add_arg(c, out_or_ptr(c, a2, mk_tsc_at));
		return;
	case PR_GET_UNALIGN_:
		add_arg(c, out_or_ptr(c, a2, mk_unalign_at));
		return;
	case PR_GET_CHILD_SUBREAPER_:
	case PR_GET_FPEMU_:
	case PR_GET_FPEXC_:
	case PR_GET_ENDIAN_:
		add_arg(c, out_or_ptr(c, a2, mk_int_at));
		return;
	case PR_GET_TID_ADDRESS_:
		add_arg(c, out_or_ptr(c, a2, mk_ptr_at));
		return;
	}
}

/* the return value, for the options that return something to decode */
static void prctl_retval(struct dctx *c, uint32_t op)
{
	if (failed(c))
		return;
	uint64_t r = (uint64_t)c->rval;
	struct value *aux = NULL;
	switch (op) {
	case PR_GET_DUMPABLE_:
		c->ret_aux = mk_enum(c, r, &xlat_prctl_dumpable);
		return;
	case PR_MCE_KILL_GET_:
		c->ret_aux = mk_enum(c, r, &xlat_prctl_mce_kill_policy);
		return;
	case PR_GET_SECUREBITS_:
		if (r)
			aux = mk_flags(c, r, &xlat_prctl_securebits);
		break;
	case PR_GET_SPECULATION_CTRL_:
		aux = mk_flags(c, r, &xlat_prctl_spec_get);
		break;
	case PR_GET_FP_MODE_:
		if (r)
			aux = mk_flags(c, r, &xlat_prctl_fp_mode);
		break;
	default:
		return;
	}
	c->retfmt = RET_HEX;
	c->ret_aux = aux;
}

static void dec_prctl(struct dctx *c)
{
	uint32_t op = (uint32_t)c->arg[0];
	uint64_t a2 = c->arg[1], a3 = c->arg[2];
	if (c->exiting) {
		prctl_exit(c, op);
		prctl_retval(c, op);
		return;
	}
	add_arg(c, mk_enum(c, op, &xlat_prctl_options));
	switch (op) {
	case PR_GET_DUMPABLE_: case PR_GET_KEEPCAPS_: case PR_GET_TIMING_: case PR_GET_SECCOMP_:
	case PR_GET_SECUREBITS_: case PR_GET_TIMERSLACK_: case PR_TASK_PERF_EVENTS_DISABLE_:
	case PR_TASK_PERF_EVENTS_ENABLE_: case PR_GET_FP_MODE_: case PR_SVE_GET_VL_:
	case PR_SME_GET_VL_:
		return;
	case PR_GET_PDEATHSIG_: case PR_GET_NAME_: case PR_GET_TSC_: case PR_GET_UNALIGN_:
	case PR_GET_CHILD_SUBREAPER_: case PR_GET_FPEMU_: case PR_GET_FPEXC_: case PR_GET_ENDIAN_:
	case PR_GET_TID_ADDRESS_:
		c->pending = true;
		return;
	case PR_SET_PDEATHSIG_:
		add_arg(c, mk_signo_u(c, a2));
		return;
	case PR_SET_DUMPABLE_:
		add_arg(c, mk_enum(c, a2, &xlat_prctl_dumpable));
		return;
	case PR_SET_UNALIGN_:
		add_arg(c, mk_flags(c, (uint32_t)a2, &xlat_prctl_unalign));
		return;
	case PR_SET_KEEPCAPS_: case PR_SET_FPEMU_: case PR_SET_FPEXC_: case PR_SET_TIMING_:
	case PR_SET_ENDIAN_: case PR_SET_CHILD_SUBREAPER_:
		add_arg(c, mk_uint(c, a2));
		return;
	case PR_SET_TIMERSLACK_:
		add_arg(c, mk_int(c, (int64_t)a2));
		return;
	case PR_SET_NAME_:
		add_arg(c, mk_comm_at(c, a2));
		return;
	case PR_SET_SECCOMP_:
		add_arg(c, mk_enum(c, a2, &xlat_seccomp_modes));
		if (a2 == 2)
			add_arg(c, mk_fprog(c, a3));
		else if (a2 != 1)
			add_hex_from(c, 2);
		return;
	case PR_CAPBSET_READ_: case PR_CAPBSET_DROP_:
		add_arg(c, mk_enum(c, a2, &xlat_cap_names));
		return;
	case PR_SET_TSC_:
		add_arg(c, mk_enum(c, (uint32_t)a2, &xlat_prctl_tsc));
		return;
	case PR_SET_SECUREBITS_:
		add_arg(c, mk_flags(c, a2, &xlat_prctl_securebits));
		return;
	case PR_MCE_KILL_:
		add_arg(c, mk_enum(c, a2, &xlat_prctl_mce_kill));
		if (a2 == 1) {
			add_arg(c, mk_enum(c, a3, &xlat_prctl_mce_kill_policy));
			add_hex_from(c, 3);
		} else {
			add_hex_from(c, 2);
		}
		return;
	case PR_SET_MM_:
		add_arg(c, mk_enum(c, (uint32_t)a2, &xlat_prctl_set_mm));
		add_hex_from(c, 2);
		return;
	case PR_SET_NO_NEW_PRIVS_: case PR_SET_THP_DISABLE_: case PR_SET_IO_FLUSHER_:
		add_arg(c, mk_uint(c, a2));
		add_hex_from(c, 2);
		return;
	case PR_SET_FP_MODE_:
		add_arg(c, mk_flags(c, (uint32_t)a2, &xlat_prctl_fp_mode));
		return;
	case PR_CAP_AMBIENT_:
		add_arg(c, mk_enum(c, a2, &xlat_prctl_cap_ambient));
		if (a2 >= 1 && a2 <= 3) {
			add_arg(c, mk_enum(c, a3, &xlat_cap_names));
			add_hex_from(c, 3);
		} else {
			add_hex_from(c, 2);
		}
		return;
	case PR_SVE_SET_VL_:
		add_arg(c, mk_vl_arg(c, a2, &xlat_prctl_vl_flags));
		return;
	case PR_SME_SET_VL_:
		add_arg(c, mk_vl_arg(c, a2, &xlat_prctl_sme_vl_flags));
		return;
	case PR_GET_SPECULATION_CTRL_:
		add_arg(c, mk_enum(c, a2, &xlat_prctl_spec_variant));
		return;
	case PR_SET_SPECULATION_CTRL_:
		add_arg(c, mk_enum(c, a2, &xlat_prctl_spec_variant));
		add_arg(c, a3 ? mk_enum(c, a3, &xlat_prctl_spec_set) : mk_hex(c, 0));
		return;
	case PR_PAC_RESET_KEYS_:
		add_arg(c, mk_flags(c, a2, &xlat_prctl_pac_keys));
		add_hex_from(c, 2);
		return;
	case PR_PAC_SET_ENABLED_KEYS_:
		add_arg(c, mk_flags(c, a2, &xlat_prctl_pac_enabled_keys));
		add_arg(c, mk_flags(c, a3, &xlat_prctl_pac_enabled_keys));
		add_hex_from(c, 3);
		return;
	case PR_SET_TAGGED_ADDR_CTRL_:
		add_arg(c, mk_tagged_addr_ctrl(c, a2));
		add_hex_from(c, 2);
		return;
	case PR_SET_SYSCALL_USER_DISPATCH_:
		add_arg(c, mk_enum(c, a2, &xlat_prctl_sys_dispatch));
		add_hex_from(c, 2);
		return;
	case PR_SCHED_CORE_:
		add_arg(c, mk_enum(c, (uint32_t)a2, &xlat_prctl_sched_core));
		add_arg(c, mk_int(c, (int)a3));
		add_arg(c, mk_enum_verbose(c, (uint32_t)c->arg[3], &xlat_pid_types));
		add_arg(c, mk_hex(c, c->arg[4]));
		return;
	case PR_SET_PTRACER_:
		add_arg(c, a2 == UINT64_MAX ? v_sym(c->a, "PR_SET_PTRACER_ANY", a2) : mk_int(c, (int)a2));
		return;
	case PR_SET_VMA_:
		add_arg(c, mk_enum(c, a2, &xlat_prctl_vma));
		if (a2 == 0) {
			add_arg(c, mk_hex(c, a3));
			add_arg(c, mk_uint(c, c->arg[3]));
			add_arg(c, mk_cstr(c, c->arg[4], c->opt->strsize));
		} else {
			add_hex_from(c, 2);
		}
		return;
	default:
		/* PR_GET_NO_NEW_PRIVS, PR_GET_THP_DISABLE, ... and unknown options */
		add_hex_from(c, 1);
		return;
	}
}

/* ---- arch_prctl ---- */

enum {
	ARCH_SET_GS_ = 0x1001, ARCH_SET_FS_, ARCH_GET_FS_, ARCH_GET_GS_,
	ARCH_GET_CPUID_ = 0x1011, ARCH_SET_CPUID_,
	ARCH_GET_XCOMP_SUPP_ = 0x1021, ARCH_GET_XCOMP_PERM_, ARCH_REQ_XCOMP_PERM_,
	ARCH_GET_XCOMP_GUEST_PERM_, ARCH_REQ_XCOMP_GUEST_PERM_,
};

static struct value *mk_xfeatures_at(struct dctx *c, uint64_t addr)
{
	uint64_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, v_comment(mk_hex(c, v), flags_text(c, v, &xlat_xfeature_masks)));
}

static void dec_arch_prctl(struct dctx *c)
{
	uint32_t code = (uint32_t)c->arg[0];
	if (!c->exiting) {
		add_arg(c, mk_enum(c, code, &xlat_arch_prctl_codes));
		switch (code) {
		case ARCH_GET_FS_: case ARCH_GET_GS_: case ARCH_GET_XCOMP_SUPP_:
		case ARCH_GET_XCOMP_PERM_: case ARCH_GET_XCOMP_GUEST_PERM_:
			c->pending = true;
			break;
		case ARCH_GET_CPUID_:
			break;
		case ARCH_REQ_XCOMP_PERM_: case ARCH_REQ_XCOMP_GUEST_PERM_:
			add_arg(c, mk_enum_verbose(c, c->arg[1], &xlat_xfeatures));
			break;
		default:
			add_arg(c, mk_hex(c, c->arg[1]));
			break;
		}
		return;
	}
	if (code == ARCH_GET_FS_ || code == ARCH_GET_GS_)
		add_arg(c, out_or_ptr(c, c->arg[1], mk_ptr_at));
	else if (code == ARCH_GET_XCOMP_SUPP_ || code == ARCH_GET_XCOMP_PERM_ ||
		 code == ARCH_GET_XCOMP_GUEST_PERM_)
		add_arg(c, failed(c) ? mk_hex(c, c->arg[1]) : mk_xfeatures_at(c, c->arg[1]));
}

/* ---- resource limits and usage ---- */

static struct value *mk_rlim_val(struct dctx *c, uint64_t v)
{
	if (v == UINT64_MAX)
		return v_sym(c->a, "RLIM64_INFINITY", v);
	if (v && v % 1024 == 0)
		return v_sym(c->a, arena_printf(c->a, "%llu*1024", (unsigned long long)(v / 1024)), v);
	return mk_uint(c, v);
}

static struct value *mk_rlimit(struct dctx *c, uint64_t addr)
{
	uint64_t r[2];
	struct value *fb;
	if (!fetch(c, addr, r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "rlim_cur", mk_rlim_val(c, r[0]));
	v_field(s, "rlim_max", mk_rlim_val(c, r[1]));
	return s;
}

static void dec_prlimit64(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		add_arg(c, mk_enum(c, (uint32_t)c->arg[1], &xlat_rlimit_resources));
		add_arg(c, c->arg[2] ? mk_rlimit(c, c->arg[2]) : mk_ptr(c, 0));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[3], mk_rlimit));
}

static void dec_getrlimit(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_rlimit_resources));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[1], mk_rlimit));
}

static void dec_setrlimit(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_rlimit_resources));
	add_arg(c, mk_rlimit(c, c->arg[1]));
}

static void dec_getrusage(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_rusage_who));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[1], mk_rusage));
}

static struct value *mk_tms(struct dctx *c, uint64_t addr)
{
	int64_t t[4];
	struct value *fb;
	if (!fetch(c, addr, t, sizeof(t), &fb))
		return fb;
	static const char *const names[4] = { "tms_utime", "tms_stime", "tms_cutime", "tms_cstime" };
	struct value *s = v_list(c->a, V_STRUCT);
	for (int i = 0; i < 4; i++)
		v_field(s, names[i], mk_int(c, t[i]));
	return s;
}

static void dec_times(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[0], mk_tms));
}

static void dec_getrandom(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	struct value *v = arg_obuf(c, 0, NULL);
	if (v->kind == V_STR)
		v->sflags |= VS_HEX;
	add_arg(c, v);
	add_arg(c, mk_uint(c, c->arg[1]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[2], &xlat_getrandom_flags));
}

/* ---- uname, sysinfo ---- */

static struct value *mk_utsname(struct dctx *c, uint64_t addr)
{
	char u[6][65];
	struct value *fb;
	if (!fetch(c, addr, u, sizeof(u), &fb))
		return fb;
	static const char *const names[6] = { "sysname", "nodename", "release", "version", "machine", "domainname" };
	struct value *s = v_list(c->a, V_STRUCT);
	for (int i = 0; i < 6; i++) {
		if (i == 2 && !c->verbose) {
			v_add(s, v_ellipsis(c->a));
			break;
		}
		char *p = arena_strndup(c->a, u[i], 65);
		v_field(s, names[i], v_str(c->a, p, strnlen(u[i], 65), 0));
	}
	return s;
}

static void dec_uname(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[0], mk_utsname));
}

struct sysinfo_k {
	int64_t uptime;
	uint64_t loads[3], totalram, freeram, sharedram, bufferram, totalswap, freeswap;
	uint16_t procs, pad;
	uint64_t totalhigh, freehigh;
	uint32_t mem_unit;
};

static struct value *mk_sysinfo(struct dctx *c, uint64_t addr)
{
	struct sysinfo_k si;
	struct value *fb;
	if (!fetch(c, addr, &si, sizeof(si), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "uptime", mk_int(c, si.uptime));
	struct value *l = v_field(s, "loads", v_list(c->a, V_ARRAY));
	for (int i = 0; i < 3; i++)
		v_add(l, mk_uint(c, si.loads[i]));
	v_field(s, "totalram", mk_uint(c, si.totalram));
	v_field(s, "freeram", mk_uint(c, si.freeram));
	v_field(s, "sharedram", mk_uint(c, si.sharedram));
	v_field(s, "bufferram", mk_uint(c, si.bufferram));
	v_field(s, "totalswap", mk_uint(c, si.totalswap));
	v_field(s, "freeswap", mk_uint(c, si.freeswap));
	v_field(s, "procs", mk_uint(c, si.procs));
	v_field(s, "totalhigh", mk_uint(c, si.totalhigh));
	v_field(s, "freehigh", mk_uint(c, si.freehigh));
	v_field(s, "mem_unit", mk_uint(c, si.mem_unit));
	return s;
}

static void dec_sysinfo(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[0], mk_sysinfo));
}

/* ---- credentials ---- */

static void dec_getresid(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	for (int i = 0; i < 3; i++)
		add_arg(c, out_or_ptr(c, c->arg[i], mk_id_at));
}

static struct value *gid_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	uint32_t g;
	memcpy(&g, e, sizeof(g));
	return mk_id(c, g);
}

/* gid_t list of n entries: -s entries at most without -v */
static struct value *mk_gid_list(struct dctx *c, uint64_t addr, uint64_t n)
{
	if (!addr || n > 65536)
		return mk_ptr(c, addr);
	return mk_array(c, addr, n, sizeof(uint32_t), gid_elem, NULL);
}

static void dec_getgroups(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	if (failed(c))
		add_arg(c, mk_ptr(c, c->arg[1]));
	else
		add_arg(c, mk_gid_list(c, c->arg[1], (uint64_t)c->rval));
}

static void dec_setgroups(struct dctx *c)
{
	if (c->exiting)
		return;
	int n = (int)c->arg[0];
	add_arg(c, mk_int(c, n));
	add_arg(c, n < 0 ? mk_ptr(c, c->arg[1]) : mk_gid_list(c, c->arg[1], (uint64_t)n));
}

/* ---- scheduling ---- */

/* a CPU mask of len bytes: "[0 1 5]" (a list of bit numbers has no value kind) */
static struct value *mk_cpuset(struct dctx *c, uint64_t addr, uint64_t len)
{
	if (!addr || len > 65536)
		return mk_ptr(c, addr);
	uint8_t *b = arena_alloc(c->a, len + 1);
	if (len && mem_read(c->mem, addr, b, len) != 0)
		return mk_ptr(c, addr);
	struct value *set = v_list(c->a, V_SET);
	for (uint64_t i = 0; i < len * 8; i++)
		if (b[i / 8] & (1u << (i % 8)))
			v_add(set, mk_uint(c, i));
	return set;
}

static void dec_sched_getaffinity(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		add_arg(c, mk_uint(c, (uint32_t)c->arg[1]));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) ? mk_ptr(c, c->arg[2]) : mk_cpuset(c, c->arg[2], (uint64_t)c->rval));
}

static void dec_sched_setaffinity(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_int(c, (int)c->arg[0]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[1]));
	add_arg(c, mk_cpuset(c, c->arg[2], (uint32_t)c->arg[1]));
}

static struct value *mk_sched_param(struct dctx *c, uint64_t addr)
{
	return mk_int_at(c, addr);
}

static void dec_sched_setscheduler(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_int(c, (int)c->arg[0]));
	add_arg(c, mk_enum(c, (uint32_t)c->arg[1], &xlat_sched_policies));
	add_arg(c, c->arg[2] ? mk_sched_param(c, c->arg[2]) : mk_ptr(c, 0));
}

static void dec_sched_getscheduler(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		return;
	}
	/* only a known policy is named; SCHED_RESET_ON_FORK makes it a bare number */
	if (!failed(c) && xlat_name(&xlat_sched_policies, (uint64_t)c->rval))
		c->ret_aux = mk_enum(c, (uint64_t)c->rval, &xlat_sched_policies);
}

static void dec_sched_getparam(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[1], mk_sched_param));
}

static void dec_sched_setparam(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_int(c, (int)c->arg[0]));
	add_arg(c, c->arg[1] ? mk_sched_param(c, c->arg[1]) : mk_ptr(c, 0));
}

static void dec_sched_rr_get_interval(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[1], mk_timespec));
}

struct sched_attr_k {
	uint32_t size, policy;
	uint64_t flags;
	int32_t nice;
	uint32_t priority;
	uint64_t runtime, deadline, period;
	uint32_t util_min, util_max;
};

static struct value *mk_sched_attr(struct dctx *c, uint64_t addr, uint64_t size)
{
	struct sched_attr_k a;
	struct value *fb;
	memset(&a, 0, sizeof(a));
	if (!fetch(c, addr, &a, 48, &fb))
		return fb;
	if (size == 0)
		size = a.size;
	if (size >= sizeof(a) && mem_read(c->mem, addr, &a, sizeof(a)) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "size", mk_uint(c, a.size));
	if (!(a.flags & 0x08))
		v_field(s, "sched_policy", mk_enum(c, a.policy, &xlat_sched_policies));
	v_field(s, "sched_flags", mk_flags(c, a.flags, &xlat_sched_attr_flags));
	if (!(a.flags & 0x10)) {
		v_field(s, "sched_nice", mk_int(c, a.nice));
		v_field(s, "sched_priority", mk_uint(c, a.priority));
		v_field(s, "sched_runtime", mk_uint(c, a.runtime));
		v_field(s, "sched_deadline", mk_uint(c, a.deadline));
		v_field(s, "sched_period", mk_uint(c, a.period));
	}
	if (size >= sizeof(a)) {
		v_field(s, "sched_util_min", mk_uint(c, a.util_min));
		v_field(s, "sched_util_max", mk_uint(c, a.util_max));
	}
	return s;
}

static void dec_sched_setattr(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_int(c, (int)c->arg[0]));
	add_arg(c, c->arg[1] ? mk_sched_attr(c, c->arg[1], 0) : mk_ptr(c, 0));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[2]));
}

static void dec_sched_getattr(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) || !c->arg[1] ? mk_ptr(c, c->arg[1]) : mk_sched_attr(c, c->arg[1], (uint32_t)c->arg[2]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[2]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[3]));
}

/* ---- personality ---- */

static struct value *mk_persona(struct dctx *c, uint32_t p)
{
	struct value *t = mk_enum(c, p & 0xff, &xlat_personality_types);
	if (!(p & ~0xffu))
		return t;
	struct value *o = v_list(c->a, V_OR);
	v_add(o, t);
	v_add(o, mk_flags(c, p & ~0xffu, &xlat_personality_flags));
	return o;
}

static void dec_personality(struct dctx *c)
{
	uint32_t p = (uint32_t)c->arg[0];
	if (!c->exiting) {
		add_arg(c, p == UINT32_MAX ? mk_hex(c, p) : mk_persona(c, p));
		c->retfmt = RET_HEX;
		return;
	}
	if (!failed(c))
		c->ret_aux = mk_persona(c, (uint32_t)c->rval);
}

/* ---- capabilities ---- */

static const uint32_t CAP_V1 = 0x19980330;

static struct value *mk_cap_header(struct dctx *c, uint64_t addr, uint32_t *version)
{
	uint32_t h[2];
	struct value *fb;
	*version = 0;
	if (!fetch(c, addr, h, sizeof(h), &fb))
		return fb;
	*version = h[0];
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "version", mk_enum(c, h[0], &xlat_cap_versions));
	v_field(s, "pid", mk_int(c, (int32_t)h[1]));
	return s;
}

static struct value *mk_cap_data(struct dctx *c, uint64_t addr, uint32_t version)
{
	uint32_t d[6];
	struct value *fb;
	size_t n = version == CAP_V1 ? 3 : 6;
	if (!xlat_name(&xlat_cap_versions, version))
		return mk_ptr(c, addr);
	memset(d, 0, sizeof(d));
	if (!fetch(c, addr, d, n * 4, &fb))
		return fb;
	static const char *const names[3] = { "effective", "permitted", "inheritable" };
	struct value *s = v_list(c->a, V_STRUCT);
	for (int i = 0; i < 3; i++)
		v_field(s, names[i], mk_flags(c, d[i] | (uint64_t)d[i + 3] << 32, &xlat_cap_mask));
	return s;
}

static void dec_capget(struct dctx *c)
{
	uint32_t ver;
	if (!c->exiting) {
		add_arg(c, mk_cap_header(c, c->arg[0], &ver));
		c->priv[0] = ver;
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) || !c->arg[1] ? mk_ptr(c, c->arg[1]) : mk_cap_data(c, c->arg[1], (uint32_t)c->priv[0]));
}

static void dec_capset(struct dctx *c)
{
	uint32_t ver;
	if (c->exiting)
		return;
	add_arg(c, mk_cap_header(c, c->arg[0], &ver));
	add_arg(c, c->arg[1] ? mk_cap_data(c, c->arg[1], ver) : mk_ptr(c, 0));
}

/* ---- pidfd, process_vm, kcmp ---- */

static void dec_pidfd_send_signal(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_signo(c, (int)c->arg[1]));
	add_arg(c, c->arg[2] ? mk_siginfo_at(c, c->arg[2]) : mk_ptr(c, 0));
	add_arg(c, mk_hex(c, (uint32_t)c->arg[3]));
}

static void dec_process_vm(struct dctx *c)
{
	bool rd = c->nr == SC_process_vm_readv;
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		if (rd) {
			c->pending = true;
			return;
		}
		add_arg(c, mk_iovec(c, c->arg[1], c->arg[2], UINT64_MAX, true));
	} else {
		if (!rd)
			return;
		if (failed(c))
			add_arg(c, mk_ptr(c, c->arg[1]));
		else
			add_arg(c, mk_iovec(c, c->arg[1], c->arg[2], (uint64_t)c->rval, true));
	}
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_iovec(c, c->arg[3], c->arg[4], 0, false));
	add_arg(c, mk_uint(c, c->arg[4]));
	add_arg(c, mk_uint(c, c->arg[5]));
}

static struct value *mk_kcmp_epoll_slot(struct dctx *c, uint64_t addr)
{
	uint32_t s3[3];
	struct value *fb;
	if (!fetch(c, addr, s3, sizeof(s3), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "efd", mk_fd(c, (int)s3[0]));
	v_field(s, "tfd", mk_fd(c, (int)s3[1]));
	v_field(s, "toff", mk_uint(c, s3[2]));
	return s;
}

static void dec_kcmp(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_int(c, (int)c->arg[0]));
	add_arg(c, mk_int(c, (int)c->arg[1]));
	uint32_t type = (uint32_t)c->arg[2];
	add_arg(c, mk_enum(c, type, &xlat_kcmp_types));
	switch (type) {
	case 0: /* KCMP_FILE */
		add_arg(c, mk_fd(c, (int)c->arg[3]));
		add_arg(c, mk_fd(c, (int)c->arg[4]));
		break;
	case 7: /* KCMP_EPOLL_TFD */
		add_arg(c, mk_fd(c, (int)c->arg[3]));
		add_arg(c, c->arg[4] ? mk_kcmp_epoll_slot(c, c->arg[4]) : mk_ptr(c, 0));
		break;
	case 1: case 2: case 3: case 4: case 5: case 6:
		break;
	default:
		add_arg(c, mk_hex(c, c->arg[3]));
		add_arg(c, mk_hex(c, c->arg[4]));
		break;
	}
}

/* ---- seccomp ---- */

static struct value *mk_seccomp_action_at(struct dctx *c, uint64_t addr)
{
	uint32_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, mk_enum(c, v, &xlat_seccomp_ret_actions));
}

static struct value *mk_notif_sizes(struct dctx *c, uint64_t addr)
{
	uint16_t v[3];
	struct value *fb;
	if (!fetch(c, addr, v, sizeof(v), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "seccomp_notif", mk_uint(c, v[0]));
	v_field(s, "seccomp_notif_resp", mk_uint(c, v[1]));
	v_field(s, "seccomp_data", mk_uint(c, v[2]));
	return s;
}

static void dec_seccomp(struct dctx *c)
{
	uint32_t op = (uint32_t)c->arg[0];
	if (c->exiting) {
		if (op == 3)
			add_arg(c, out_or_ptr(c, c->arg[2], mk_notif_sizes));
		return;
	}
	add_arg(c, mk_enum(c, op, &xlat_seccomp_ops));
	if (op == 1)
		add_arg(c, mk_flags(c, (uint32_t)c->arg[1], &xlat_seccomp_filter_flags));
	else
		add_arg(c, mk_hex(c, (uint32_t)c->arg[1]));
	switch (op) {
	case 1:
		add_arg(c, c->arg[2] ? mk_fprog(c, c->arg[2]) : mk_ptr(c, 0));
		break;
	case 2:
		add_arg(c, c->arg[2] ? mk_seccomp_action_at(c, c->arg[2]) : mk_ptr(c, 0));
		break;
	case 3:
		c->pending = true;
		break;
	default:
		add_arg(c, mk_ptr(c, c->arg[2]));
		break;
	}
}

/* ---- ptrace ---- */

enum {
	PT_TRACEME = 0, PT_PEEKTEXT, PT_PEEKDATA, PT_PEEKUSER, PT_POKETEXT, PT_POKEDATA,
	PT_POKEUSER, PT_CONT, PT_KILL, PT_SINGLESTEP, PT_GETREGS = 12, PT_SETREGS,
	PT_GETFPREGS, PT_SETFPREGS, PT_ATTACH, PT_DETACH, PT_OLDSETOPTIONS = 21,
	PT_SYSCALL = 24, PT_SYSEMU = 31, PT_SYSEMU_SINGLESTEP,
	PT_SETOPTIONS = 0x4200, PT_GETEVENTMSG, PT_GETSIGINFO, PT_SETSIGINFO,
	PT_GETREGSET, PT_SETREGSET, PT_SEIZE, PT_INTERRUPT, PT_LISTEN, PT_PEEKSIGINFO,
	PT_GETSIGMASK, PT_SETSIGMASK, PT_SECCOMP_GET_FILTER, PT_SECCOMP_GET_METADATA,
	PT_GET_SYSCALL_INFO,
};

static const char *const user_regs[27] = {
	"r15", "r14", "r13", "r12", "rbp", "rbx", "r11", "r10", "r9", "r8", "rax", "rcx",
	"rdx", "rsi", "rdi", "orig_rax", "rip", "cs", "eflags", "rsp", "ss", "fs_base",
	"gs_base", "ds", "es", "fs", "gs",
};

/* PTRACE_PEEKUSER/POKEUSER offsets: "8*RIP", "offsetof(struct user, u_debugreg)+8" */
static struct value *mk_user_offset(struct dctx *c, uint64_t off)
{
	static const char *const upper[21] = {
		"R15", "R14", "R13", "R12", "RBP", "RBX", "R11", "R10", "R9", "R8", "RAX", "RCX",
		"RDX", "RSI", "RDI", "ORIG_RAX", "RIP", "CS", "EFL", "RSP", "SS",
	};
	static const struct { unsigned off; const char *name; } fields[] = {
		{ 216, "u_fpvalid" }, { 224, "i387" }, { 736, "u_tsize" }, { 744, "u_dsize" },
		{ 752, "u_ssize" }, { 760, "start_code" }, { 768, "start_stack" }, { 776, "signal" },
		{ 784, "reserved" }, { 792, "u_ar0" }, { 800, "u_fpstate" }, { 808, "magic" },
		{ 816, "u_comm" }, { 848, "u_debugreg" },
	};
	const char *t;
	if (off < 216) {
		uint64_t i = off / 8 < 20 ? off / 8 : 20;
		uint64_t rem = off - i * 8;
		t = rem ? arena_printf(c->a, "8*%s+%llu", upper[i], (unsigned long long)rem)
			: arena_printf(c->a, "8*%s", upper[i]);
	} else if (off < 912) {
		unsigned i = ARRAY_SIZE(fields) - 1;
		while (fields[i].off > off)
			i--;
		uint64_t rem = off - fields[i].off;
		t = rem ? arena_printf(c->a, "offsetof(struct user, %s)+%llu", fields[i].name, (unsigned long long)rem)
			: arena_printf(c->a, "offsetof(struct user, %s)", fields[i].name);
	} else if (off == 912) {
		t = "sizeof(struct user)";
	} else {
		return mk_hex(c, off);
	}
	return v_sym(c->a, t, off);
}

/* struct user_regs_struct, or the first len bytes of it */
static struct value *mk_user_regs(struct dctx *c, uint64_t addr, uint64_t len)
{
	uint64_t r[27];
	struct value *fb;
	size_t n = len < sizeof(r) ? len / 8 : 27;
	if (!fetch(c, addr, r, n * 8, &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	for (size_t i = 0; i < n; i++)
		v_field(s, user_regs[i], mk_hex(c, r[i]));
	return s;
}

/* struct user_fpregs_struct (512 bytes), or the first len bytes of it */
static struct value *mk_user_fpregs(struct dctx *c, uint64_t addr, uint64_t len)
{
	static const struct { const char *name; unsigned size, count; } f[] = {
		{ "cwd", 2, 1 }, { "swd", 2, 1 }, { "ftw", 2, 1 }, { "fop", 2, 1 }, { "rip", 8, 1 },
		{ "rdp", 8, 1 }, { "mxcsr", 4, 1 }, { "mxcr_mask", 4, 1 }, { "st_space", 4, 32 },
		{ "xmm_space", 4, 64 }, { "padding", 4, 24 },
	};
	uint8_t b[512];
	struct value *fb;
	if (len > sizeof(b))
		len = sizeof(b);
	if (!fetch(c, addr, b, len, &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	unsigned off = 0;
	for (unsigned i = 0; i < ARRAY_SIZE(f) && off + f[i].size <= len; i++) {
		struct value *arr = f[i].count > 1 ? v_field(s, f[i].name, v_list(c->a, V_ARRAY)) : NULL;
		for (unsigned j = 0; j < f[i].count && off + f[i].size <= len; j++, off += f[i].size) {
			uint64_t v = 0;
			memcpy(&v, b + off, f[i].size);
			if (!arr) {
				v_field(s, f[i].name, mk_hex(c, v));
			} else if (c->verbose || j < c->opt->strsize) {
				v_add(arr, mk_hex(c, v));
			} else if (j == c->opt->strsize) {
				v_add(arr, v_ellipsis(c->a));
			}
		}
	}
	return s;
}

static struct value *mk_peek_word_at(struct dctx *c, uint64_t addr)
{
	uint64_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, mk_hex(c, v));
}

static struct value *mk_eventmsg_at(struct dctx *c, uint64_t addr)
{
	uint64_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, mk_uint(c, v));
}

/* PTRACE_GETREGSET/SETREGSET: the iovec, NT_PRSTATUS contents decoded */
static struct value *mk_regset(struct dctx *c, uint64_t addr, uint64_t type, bool show)
{
	uint64_t iov[2];
	struct value *fb;
	if (!fetch(c, addr, iov, sizeof(iov), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (show && type == 1 && iov[1] >= 8)
		v_field(s, "iov_base", mk_user_regs(c, iov[0], iov[1]));
	else if (show && type == 2 && iov[1] >= 2)
		v_field(s, "iov_base", mk_user_fpregs(c, iov[0], iov[1]));
	else
		v_field(s, "iov_base", mk_ptr(c, iov[0]));
	v_field(s, "iov_len", mk_uint(c, iov[1]));
	return s;
}

static struct value *mk_peeksiginfo_args(struct dctx *c, uint64_t addr)
{
	struct { uint64_t off; uint32_t flags; int32_t nr; } a;
	struct value *fb;
	if (!fetch(c, addr, &a, sizeof(a), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "off", mk_uint(c, a.off));
	v_field(s, "flags", a.flags == 1 ? v_sym(c->a, "PTRACE_PEEKSIGINFO_SHARED", 1) : mk_hex(c, a.flags));
	v_field(s, "nr", mk_int(c, a.nr));
	return s;
}

static struct value *mk_siginfo_array(struct dctx *c, uint64_t addr, uint64_t n)
{
	struct value *arr = v_list(c->a, V_ARRAY);
	for (uint64_t i = 0; i < n; i++) {
		if (i >= array_limit(c)) {
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		uint8_t raw[128];
		if (mem_read(c->mem, addr + i * 128, raw, 128) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			break;
		}
		v_add(arr, mk_siginfo(c, raw));
	}
	return arr;
}

/* struct ptrace_syscall_info: only the bytes the kernel filled in */
static struct value *mk_syscall_info(struct dctx *c, uint64_t addr, uint64_t size)
{
	uint8_t b[88];
	struct value *fb;
	uint64_t have = (uint64_t)c->rval < size ? (uint64_t)c->rval : size;
	if (have > sizeof(b))
		have = sizeof(b);
	memset(b, 0, sizeof(b));
	if (!fetch(c, addr, b, have, &fb))
		return fb;
	uint8_t op = b[0];
	uint32_t arch;
	uint64_t q[10];
	memcpy(&arch, b + 4, 4);
	memcpy(q, b + 8, sizeof(q));
	struct value *s = v_list(c->a, V_STRUCT);
	if (have >= 1)
		v_field(s, "op", mk_enum(c, op, &xlat_ptrace_syscall_info_ops));
	if (have >= 8)
		v_field(s, "arch", mk_enum(c, arch, &xlat_audit_arch));
	if (have >= 16)
		v_field(s, "instruction_pointer", mk_hex(c, q[0]));
	if (have >= 24)
		v_field(s, "stack_pointer", mk_hex(c, q[1]));
	if ((op == 1 || op == 3) && have >= 32) {
		struct value *e = v_field(s, op == 1 ? "entry" : "seccomp", v_list(c->a, V_STRUCT));
		const struct sysent *se = arch == 0xc000003eU ? sysent_get((long)q[2]) : NULL;
		v_field(e, "nr", se ? v_sym(c->a, arena_printf(c->a, "__NR_%s", se->name), q[2]) : mk_uint(c, q[2]));
		if (have >= 80) {
			struct value *a = v_field(e, "args", v_list(c->a, V_ARRAY));
			for (int i = 0; i < 6; i++)
				v_add(a, mk_hex(c, q[3 + i]));
		}
		if (op == 3 && have >= 84) {
			uint32_t rd;
			memcpy(&rd, b + 80, 4);
			v_field(e, "ret_data", mk_uint(c, rd));
		}
	} else if (op == 2 && have >= 32) {
		struct value *e = v_field(s, "exit", v_list(c->a, V_STRUCT));
		v_field(e, "rval", mk_int(c, (int64_t)q[2]));
		if (have >= 33)
			v_field(e, "is_error", mk_uint(c, b[32]));
	}
	return s;
}

static void dec_ptrace(struct dctx *c)
{
	uint64_t req = c->arg[0], pid = c->arg[1], addr = c->arg[2], data = c->arg[3];
	if (c->exiting) {
		if (!c->priv[0])
			return;
		switch (req) {
		case PT_PEEKTEXT: case PT_PEEKDATA: case PT_PEEKUSER:
			add_arg(c, out_or_ptr(c, data, mk_peek_word_at));
			break;
		case PT_GETEVENTMSG:
			add_arg(c, out_or_ptr(c, data, mk_eventmsg_at));
			break;
		case PT_GETSIGINFO:
			add_arg(c, out_or_ptr(c, data, mk_siginfo_at));
			break;
		case PT_GETREGS:
			add_arg(c, failed(c) || !data ? mk_ptr(c, data) : mk_user_regs(c, data, 216));
			break;
		case PT_GETFPREGS:
			add_arg(c, failed(c) || !data ? mk_ptr(c, data) : mk_user_fpregs(c, data, 512));
			break;
		case PT_GETREGSET:
			add_arg(c, data ? mk_regset(c, data, addr, !failed(c)) : mk_ptr(c, 0));
			break;
		case PT_PEEKSIGINFO:
			add_arg(c, failed(c) || !data ? mk_ptr(c, data) : mk_siginfo_array(c, data, (uint64_t)c->rval));
			break;
		case PT_GETSIGMASK:
			add_arg(c, failed(c) ? mk_ptr(c, data) : mk_sigset_at(c, data, addr));
			break;
		case PT_GET_SYSCALL_INFO:
			add_arg(c, failed(c) || !data ? mk_ptr(c, data) : mk_syscall_info(c, data, addr));
			break;
		}
		return;
	}
	add_arg(c, mk_enum(c, req, &xlat_ptrace_requests));
	if (req == PT_TRACEME)
		return;
	add_arg(c, mk_int(c, (int)pid));
	switch (req) {
	case PT_ATTACH: case PT_KILL: case PT_INTERRUPT: case PT_LISTEN:
		return;
	case PT_PEEKTEXT: case PT_PEEKDATA:
		add_arg(c, mk_ptr(c, addr));
		break;
	case PT_PEEKUSER:
		add_arg(c, mk_user_offset(c, addr));
		break;
	case PT_POKETEXT: case PT_POKEDATA:
		add_arg(c, mk_ptr(c, addr));
		add_arg(c, mk_ptr(c, data));
		return;
	case PT_POKEUSER:
		add_arg(c, mk_user_offset(c, addr));
		add_arg(c, mk_ptr(c, data));
		return;
	case PT_CONT: case PT_SINGLESTEP: case PT_SYSCALL: case PT_SYSEMU:
	case PT_SYSEMU_SINGLESTEP: case PT_DETACH:
		add_arg(c, mk_ptr(c, addr));
		add_arg(c, mk_signo(c, (int)data));
		return;
	case PT_SETOPTIONS: case PT_OLDSETOPTIONS: case PT_SEIZE:
		add_arg(c, mk_ptr(c, addr));
		add_arg(c, mk_flags(c, data, &xlat_ptrace_options));
		return;
	case PT_GETREGS: case PT_GETFPREGS:
		break;
	case PT_SETREGS:
		add_arg(c, data ? mk_user_regs(c, data, 216) : mk_ptr(c, 0));
		return;
	case PT_SETFPREGS:
		add_arg(c, data ? mk_user_fpregs(c, data, 512) : mk_ptr(c, 0));
		return;
	case PT_GETEVENTMSG: case PT_GETSIGINFO:
		add_arg(c, mk_ptr(c, addr));
		break;
	case PT_SETSIGINFO:
		add_arg(c, mk_ptr(c, addr));
		add_arg(c, data ? mk_siginfo_at(c, data) : mk_ptr(c, 0));
		return;
	case PT_GETREGSET:
		add_arg(c, mk_enum(c, addr, &xlat_nt_types));
		break;
	case PT_SETREGSET:
		add_arg(c, mk_enum(c, addr, &xlat_nt_types));
		add_arg(c, data ? mk_regset(c, data, addr, true) : mk_ptr(c, 0));
		return;
	case PT_PEEKSIGINFO:
		add_arg(c, addr ? mk_peeksiginfo_args(c, addr) : mk_ptr(c, 0));
		break;
	case PT_GETSIGMASK:
		add_arg(c, mk_uint(c, addr));
		break;
	case PT_SETSIGMASK:
		add_arg(c, mk_uint(c, addr));
		add_arg(c, mk_sigset_at(c, data, addr));
		return;
	case PT_SECCOMP_GET_FILTER:
		add_arg(c, mk_uint(c, addr));
		add_arg(c, mk_ptr(c, data));
		return;
	case PT_SECCOMP_GET_METADATA: case PT_GET_SYSCALL_INFO:
		add_arg(c, mk_uint(c, addr));
		if (req == PT_SECCOMP_GET_METADATA) {
			add_arg(c, mk_ptr(c, data));
			return;
		}
		break;
	default:
		add_arg(c, mk_ptr(c, addr));
		add_arg(c, mk_ptr(c, data));
		return;
	}
	c->pending = true;
	c->priv[0] = 1;
}

/* getcpu(&cpu, &node, tcache): both results at exit */
static void dec_getcpu(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[0], mk_id_at));
	add_arg(c, out_or_ptr(c, c->arg[1], mk_id_at));
	add_arg(c, mk_ptr(c, c->arg[2]));
}

/* IOPRIO_PRIO_VALUE(class, data) */
static struct value *mk_ioprio(struct dctx *c, uint64_t v)
{
	struct value *f = v_call(c->a, "IOPRIO_PRIO_VALUE");
	v_add(f, mk_enum(c, (v >> IOPRIO_CLASS_SHIFT) & IOPRIO_CLASS_MASK, &xlat_ioprio_class));
	v_add(f, mk_uint(c, v & IOPRIO_PRIO_MASK));
	return f;
}

static void dec_ioprio(struct dctx *c)
{
	if (c->exiting) {   /* ioprio_get: = 16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)) */
		if (c->nr == SC_ioprio_get && !failed(c))
			c->ret_aux = mk_ioprio(c, (uint64_t)c->rval);
		return;
	}
	add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_ioprio_who));
	add_arg(c, mk_int(c, (int32_t)c->arg[1]));
	if (c->nr == SC_ioprio_set)
		add_arg(c, mk_ioprio(c, (uint32_t)c->arg[2]));
}

/* struct user_desc, as set_thread_area/get_thread_area pass it */
static struct value *mk_user_desc(struct dctx *c, uint64_t addr, bool full)
{
	struct user_desc u;
	struct value *fb;
	if (!fetch(c, addr, &u, sizeof(u), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "entry_number", mk_int(c, (int32_t)u.entry_number));
	if (!full) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	v_field(s, "base_addr", v_sym(c->a, arena_printf(c->a, "%#08x", u.base_addr), u.base_addr));
	v_field(s, "limit", v_sym(c->a, arena_printf(c->a, "%#08x", u.limit), u.limit));
	v_field(s, "seg_32bit", mk_uint(c, u.seg_32bit));
	v_field(s, "contents", mk_uint(c, u.contents));
	v_field(s, "read_exec_only", mk_uint(c, u.read_exec_only));
	v_field(s, "limit_in_pages", mk_uint(c, u.limit_in_pages));
	v_field(s, "seg_not_present", mk_uint(c, u.seg_not_present));
	v_field(s, "useable", mk_uint(c, u.useable));
	v_field(s, "lm", mk_uint(c, u.lm));
	return s;
}

static void dec_thread_area(struct dctx *c)
{
	if (c->nr == SC_set_thread_area) {
		if (!c->exiting)
			add_arg(c, mk_user_desc(c, c->arg[0], true));
		return;
	}
	/* get_thread_area: entry_number goes in, the descriptor comes out */
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	add_arg(c, mk_user_desc(c, c->arg[0], !failed(c)));
}

/* modify_ldt(func, ptr, bytecount): a user_desc when bytecount is its size */
static void dec_modify_ldt(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_int(c, (int32_t)c->arg[0]));
	if (c->arg[2] == sizeof(struct user_desc))
		add_arg(c, mk_user_desc(c, c->arg[1], true));
	else
		add_arg(c, mk_ptr(c, c->arg[1]));
	add_arg(c, mk_uint(c, c->arg[2]));
}

static const struct decoder process_decoders[] = {
	DECODE(execve, dec_execve),
	DECODE(execveat, dec_execve),
	DECODE(clone, dec_clone),
	DECODE(clone3, dec_clone3),
	SIGNATURE(unshare, ARGX(flags64, unshare_flags)),
	SIGNATURE(setns, ARG(fd), ARGX(flags, setns_types)),
	SIGNATURE(exit, ARG(int)),
	SIGNATURE(exit_group, ARG(int)),
	DECODE(wait4, dec_wait4),
	DECODE(waitid, dec_waitid),
	SIGNATURE(set_tid_address, ARG(hex)),
	SIGNATURE(set_robust_list, ARG(ptr), ARG(ulong)),
	DECODE(get_robust_list, dec_get_robust_list),
	DECODE(restart_syscall, dec_restart_syscall),
	DECODE(prctl, dec_prctl),
	DECODE(arch_prctl, dec_arch_prctl),
	DECODE(prlimit64, dec_prlimit64),
	DECODE(getrlimit, dec_getrlimit),
	DECODE(setrlimit, dec_setrlimit),
	DECODE(getrusage, dec_getrusage),
	DECODE(times, dec_times),
	DECODE(getrandom, dec_getrandom),
	DECODE(uname, dec_uname),
	DECODE(sysinfo, dec_sysinfo),
	SIGNATURE(setuid, ARG(id)),
	SIGNATURE(setgid, ARG(id)),
	SIGNATURE(setfsuid, ARG(id)),
	SIGNATURE(setfsgid, ARG(id)),
	SIGNATURE(setreuid, ARG(id), ARG(id)),
	SIGNATURE(setregid, ARG(id), ARG(id)),
	SIGNATURE(setresuid, ARG(id), ARG(id), ARG(id)),
	SIGNATURE(setresgid, ARG(id), ARG(id), ARG(id)),
	DECODE(getresuid, dec_getresid),
	DECODE(getresgid, dec_getresid),
	DECODE(getgroups, dec_getgroups),
	DECODE(setgroups, dec_setgroups),
	SIGNATURE(getpgid, ARG(int)),
	SIGNATURE(setpgid, ARG(int), ARG(int)),
	SIGNATURE(getsid, ARG(int)),
	SIGNATURE(getpriority, ARGX(enum, prio_which), ARG(int)),
	SIGNATURE(setpriority, ARGX(enum, prio_which), ARG(int), ARG(int)),
	DECODE(sched_getaffinity, dec_sched_getaffinity),
	DECODE(sched_setaffinity, dec_sched_setaffinity),
	DECODE(sched_getscheduler, dec_sched_getscheduler),
	DECODE(sched_setscheduler, dec_sched_setscheduler),
	DECODE(sched_getparam, dec_sched_getparam),
	DECODE(sched_setparam, dec_sched_setparam),
	SIGNATURE(sched_get_priority_max, ARGX(enum, sched_policies)),
	SIGNATURE(sched_get_priority_min, ARGX(enum, sched_policies)),
	DECODE(sched_rr_get_interval, dec_sched_rr_get_interval),
	DECODE(sched_setattr, dec_sched_setattr),
	DECODE(sched_getattr, dec_sched_getattr),
	DECODE(personality, dec_personality),
	DECODE(capget, dec_capget),
	DECODE(capset, dec_capset),
	SIGNATURE_R(pidfd_open, RET_FD, ARG(int), ARGX(flags, pidfd_flags)),
	SIGNATURE_R(pidfd_getfd, RET_FD, ARG(fd), ARG(fd), ARG(hex32)),
	DECODE(pidfd_send_signal, dec_pidfd_send_signal),
	DECODE(process_vm_readv, dec_process_vm),
	DECODE(process_vm_writev, dec_process_vm),
	DECODE(kcmp, dec_kcmp),
	DECODE(seccomp, dec_seccomp),
	DECODE(ptrace, dec_ptrace),
	DECODE(getcpu, dec_getcpu),
	DECODE(ioprio_get, dec_ioprio),
	DECODE(ioprio_set, dec_ioprio),
	DECODE(set_thread_area, dec_thread_area),
	DECODE_R(modify_ldt, dec_modify_ldt, RET_U32ERR),
	DECODE(get_thread_area, dec_thread_area),
	SIGNATURE(process_mrelease, ARG(fd), ARG(hex32)),
	SIGNATURE(uselib, ARG(path)),
};

DECODER_TABLE(process, process_decoders);
