/*
 * dec_prctl.c - decoders for per-process controls: prctl with its many
 * options, seccomp and the classic BPF filters both of them install (shown
 * with -v), and x86's arch_prctl, thread areas and modify_ldt.
 */
#include "dec_process.h"

#include <asm/ldt.h>

/* ---- small helpers ---- */

/* the number, and its name as a comment, whatever -X says but raw */
static struct value *mk_enum_verbose(struct dctx *c, uint64_t v, const struct xlat *x)
{
	return v_verbose(v_enum(c->a, v, x, NF_HEX));
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
enum { PR_SCHED_CORE_GET_ = 0 };   /* PR_SCHED_CORE's first sub-command */

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
	v_add(o, mk_hex(c, v & 0xffff));   /* as strace: "PR_SVE_SET_VL_ONEXEC|0" */
	return v_whole(o, v, NF_HEX);
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
	return v_whole(o, v, NF_HEX);
}

struct sock_fprog_k {
	uint16_t len;
	uint64_t filter;
};

/* ---- classic BPF (seccomp filters, shown with -v) ---- */

static struct value *bpf_sym(struct dctx *c, const char *name, unsigned v)
{
	return name ? v_const(c->a, name, v, NF_HEX) : v_comment(mk_hex(c, v), "BPF_???");
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
	v_add(o, v_const(c->a, cls[k], k, NF_HEX));
	switch (k) {
	case 0: case 1:
		v_add(o, v_const(c->a, size[(code >> 3) & 3], code & 0x18, NF_HEX));
		v_add(o, bpf_sym(c, mode[(code >> 5) & 7], code & 0xe0));
		break;
	case 4: case 5:
		v_add(o, v_const(c->a, (code & 8) ? "BPF_X" : "BPF_K", code & 8, NF_HEX));
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

/* a socket filter's load offset: SKF_AD_OFF+SKF_AD_PROTOCOL, SKF_NET_OFF+8, SKF_LL_OFF+4 */
static struct value *mk_skf_off(struct dctx *c, uint32_t k)
{
	int32_t off = (int32_t)k;
	if (off >= -0x1000 && off < 0) {
		const char *n = xlat_name(&xlat_skf_ad, (uint64_t)(off + 0x1000));
		return v_sym(c->a, n ? arena_printf(c->a, "SKF_AD_OFF+%s", n)
				     : arena_printf(c->a, "SKF_AD_OFF+%d", off + 0x1000), k);
	}
	if (off >= -0x100000 && off < 0)
		return v_sym(c->a, arena_printf(c->a, "SKF_NET_OFF+%d", off + 0x100000), k);
	if (off >= -0x200000 && off < 0)
		return v_sym(c->a, arena_printf(c->a, "SKF_LL_OFF+%d", off + 0x200000), k);
	return mk_hex(c, k);
}

struct value *mk_bpf_filter(struct dctx *c, uint64_t addr, unsigned len, bool seccomp)
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
		if (i >= 4096) {   /* BPF_MAXINSNS: no program is longer */
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		bool jump = (ins.code & 7) == 5 && (ins.jt || ins.jf);
		struct value *call = v_add(arr, v_call(c->a, jump ? "BPF_JUMP" : "BPF_STMT"));
		v_add(call, mk_bpf_code(c, ins.code));
		unsigned mode = ins.code & 0xe0;
		if (!seccomp && (ins.code & 7) <= 1 && (mode == 0x20 || mode == 0x40)) {   /* LD/LDX ABS, IND */
			v_add(call, mk_skf_off(c, ins.k));
		} else if (!seccomp && (ins.code & 7) == 6) {
			v_add(call, mk_hex(c, ins.k));
		} else if ((ins.code & 7) == 6) {
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
	v_field(s, "filter", c->verbose && f.filter ? mk_bpf_filter(c, f.filter, f.len, true) : mk_ptr(c, f.filter));
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
/* PR_GET_NAME: the task's 16-byte comm as the kernel wrote it */
static struct value *mk_comm_at(struct dctx *c, uint64_t addr)
{
	return mk_cstrn(c, addr, 16);
}

/* PR_SCHED_CORE_GET's cookie */
static struct value *mk_cookie_at(struct dctx *c, uint64_t addr)
{
	uint64_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, mk_hex(c, v));
}

static void prctl_exit(struct dctx *c, uint32_t op)
{
	uint64_t a2 = c->arg[1];
	switch (op) {
	case PR_SCHED_CORE_:
		if ((uint32_t)a2 == PR_SCHED_CORE_GET_)
			add_arg(c, out_or_ptr(c, c->arg[4], mk_cookie_at));
		return;
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

/* A result's flags, as strace names them after it: only when something in it has a name. */
static struct value *named_flags(struct dctx *c, uint64_t r, const struct xlat *x)
{
	uint64_t known = 0;
	bool zero_named = false;
	for (unsigned i = 0; i < x->n; i++) {
		known |= x->e[i].val;
		zero_named |= x->e[i].val == 0;
	}
	if (r ? !(r & known) : !zero_named)
		return NULL;
	return mk_flags(c, r, x);
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
		c->ret_aux = v_fixed(mk_enum(c, r, &xlat_prctl_dumpable));   /* names in every -X style */
		return;
	case PR_MCE_KILL_GET_:
		c->ret_aux = v_fixed(mk_enum(c, r, &xlat_prctl_mce_kill_policy));
		return;
	case PR_GET_SECUREBITS_:
		aux = named_flags(c, r, &xlat_prctl_securebits);
		break;
	case PR_PAC_GET_ENABLED_KEYS_:
		aux = named_flags(c, r, &xlat_prctl_pac_enabled_keys);
		break;
	case PR_GET_SPECULATION_CTRL_:
		/* as strace: decoded only for a variant it knows */
		if (!xlat_name(&xlat_prctl_spec_variant, c->arg[1]))
			return;
		aux = named_flags(c, r, &xlat_prctl_spec_get);
		break;
	case PR_GET_TAGGED_ADDR_CTRL_:
		aux = mk_tagged_addr_ctrl(c, r);
		break;
	case PR_GET_FP_MODE_:
		if (r)
			aux = mk_flags(c, r, &xlat_prctl_fp_mode);
		break;
	case PR_SVE_SET_VL_: case PR_SVE_GET_VL_:
	case PR_SME_SET_VL_: case PR_SME_GET_VL_:
		/* the vector length and its flags, named when there are flags */
		if (r & ~0xffffULL)
			aux = mk_vl_arg(c, r, op == PR_SVE_SET_VL_ || op == PR_SVE_GET_VL_
					? &xlat_prctl_vl_flags : &xlat_prctl_sme_vl_flags);
		break;
	default:
		return;
	}
	c->retfmt = RET_HEX;
	/* as strace's aux strings: names abbreviated under -X verbose too, none under raw */
	c->ret_aux = aux ? v_noraw(v_fixed(aux)) : NULL;
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
	case PR_SET_NAME_:   /* the kernel takes 15 bytes: "..." if no NUL among them */
		add_arg(c, mk_cstrn(c, a2, 15));
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
		/* as strace: the control is named only for a variant it knows */
		add_arg(c, xlat_name(&xlat_prctl_spec_variant, a2) ? mk_enum(c, a3, &xlat_prctl_spec_set)
								    : mk_hex(c, a3));
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
		/* the id of a thread, process, process group or session (PIDTYPE_*) */
		add_arg(c, c->arg[3] >= 2 ? mk_pgid(c, (int)a3) : mk_pid(c, (int)a3));
		add_arg(c, mk_enum_verbose(c, (uint32_t)c->arg[3], &xlat_pid_types));
		if ((uint32_t)a2 == PR_SCHED_CORE_GET_)
			c->pending = true;   /* the cookie is written there */
		else
			add_arg(c, mk_ptr(c, c->arg[4]));
		return;
	case PR_SET_PTRACER_:
		/* the kernel takes an int: any upper half, as strace */
		add_arg(c, (int)a2 == -1 ? v_const(c->a, "PR_SET_PTRACER_ANY", (uint64_t)-1, NF_DEC) : mk_pid(c, (int)a2));
		return;
	case PR_SET_VMA_:
		add_arg(c, mk_enum(c, a2, &xlat_prctl_vma));
		if (a2 == 0) {
			add_arg(c, mk_ptr(c, a3));
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
	/* as strace: [0] bare, [0x... / * XFEATURE_MASK_??? * /] when no bit has a name */
	if (!v)
		return mk_boxed(c, mk_hex(c, v));
	uint64_t known = 0;
	for (unsigned i = 0; i < xlat_xfeature_masks.n; i++)
		known |= xlat_xfeature_masks.e[i].val;
	if (!(v & known))   /* the number alone under -X raw */
		return mk_boxed(c, v_flags(c->a, v, &xlat_xfeature_masks, NF_HEX));
	return mk_boxed(c, v_verbose(v_flags(c->a, v, &xlat_xfeature_masks, NF_HEX)));
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
		add_arg(c, failed(c) ? mk_ptr(c, c->arg[1]) : mk_xfeatures_at(c, c->arg[1]));
	else if ((code == ARCH_REQ_XCOMP_PERM_ || code == ARCH_REQ_XCOMP_GUEST_PERM_) && !failed(c) && c->rval) {
		/* a result other than 0 (an injected one) reads as a feature mask, as strace */
		c->retfmt = RET_HEX;
		struct value *aux = named_flags(c, (uint64_t)c->rval, &xlat_xfeature_masks);
		c->ret_aux = aux ? v_noraw(v_fixed(aux)) : NULL;
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

/* ---- x86 thread areas and the LDT ---- */

/* struct user_desc, as set_thread_area/get_thread_area pass it (and an i386 clone's tls) */
struct value *mk_user_desc(struct dctx *c, uint64_t addr, bool full)
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
	if (!c->lp32)   /* an i386 program's descriptor has no 64-bit segment bit */
		v_field(s, "lm", mk_uint(c, u.lm));
	return s;
}

static void dec_thread_area(struct dctx *c)
{
	if (c->nr == SC_set_thread_area) {
		struct user_desc u;
		if (!c->exiting) {
			add_arg(c, mk_user_desc(c, c->arg[0], true));
			c->priv[0] = mem_read(c->mem, c->arg[0], &u, sizeof(u)) == 0 && (int32_t)u.entry_number == -1;
			return;
		}
		/* as strace for i386: the entry the kernel chose for -1, after the result */
		if (c->lp32 && c->priv[0] && !failed(c) && mem_read(c->mem, c->arg[0], &u, sizeof(u)) == 0)
			c->ret_aux = v_sym(c->a, arena_printf(c->a, "entry_number=%d", (int32_t)u.entry_number),
					   u.entry_number);
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

static const struct decoder prctl_decoders[] = {
	/*
	 * arg 1: PR_SET_NAME's name (entry), PR_GET_NAME's (exit); the ints and
	 * PR_GET_TID_ADDRESS's pointer stored there (exit); arg 2: PR_SET_SECCOMP's
	 * sock_fprog; arg 4: PR_SET_VMA's name; PR_SET_NAME's 15 bytes without a NUL
	 */
	DECODE(prctl, dec_prctl, { CK_STR, 1, CAPP_ENTRY | CAPP_EXIT, 0, 0 }, CAP_OUT(1, sizeof(uint64_t)), CAP_IN(1, 15),
	       CAP_IN(2, sizeof(struct sock_fprog_k)), CAP_STR(4)),
	DECODE(arch_prctl, dec_arch_prctl, CAP_OUT(1, sizeof(uint64_t))),
	/* SET_MODE_FILTER's sock_fprog, GET_ACTION_AVAIL's u32 (entry); GET_NOTIF_SIZES (exit) */
	DECODE(seccomp, dec_seccomp, CAP_IN(2, sizeof(struct sock_fprog_k)), CAP_OUT(2, sizeof(uint16_t[3]))),
	DECODE(set_thread_area, dec_thread_area, CAP_IN(0, sizeof(struct user_desc))),
	DECODE_R(modify_ldt, dec_modify_ldt, RET_U32ERR, CAP_IN(1, sizeof(struct user_desc))),
	DECODE(get_thread_area, dec_thread_area, CAP_OUT(0, sizeof(struct user_desc))),
};

DECODER_TABLE(prctl, prctl_decoders);
