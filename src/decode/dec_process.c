/*
 * dec_process.c - decoders for a process's life: execve, clone/fork and
 * namespaces, exit, wait4/waitid, the robust futex list, restart_syscall
 * and personality.  mk_wait_status() is shared with other families.
 */
#include "dec_process.h"

#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <sys/resource.h>

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
	size_t ws = word_size(c);
	for (uint64_t i = 0;; i++) {
		uint64_t p = 0;
		uint64_t at = addr + i * ws;
		if (mem_read(c->mem, at, &p, ws) != 0) {
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
	uint64_t n = 0, p = 0;
	size_t ws = word_size(c);
	bool term = false;
	for (;; n++) {
		if (mem_read(c->mem, addr + n * ws, &p, ws) != 0)
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
		add_arg(c, failed(c) ? mk_ptr(c, c->arg[2]) : (flags & CLONE_PIDFD_F) ? mk_int_at(c, c->arg[2])
			   : mk_pid_at(c, c->arg[2]))->name = "parent_tid";
	if (flags & CLONE_SETTLS_F)   /* an i386 program's is a struct user_desc */
		add_arg(c, c->lp32 ? mk_user_desc(c, c->arg[4], true) : mk_ptr(c, c->arg[4]))->name = "tls";
	if (flags & (CLONE_CHILD_SETTID_F | CLONE_CHILD_CLEARTID_F))
		add_arg(c, mk_ptr(c, c->arg[3]))->name = "child_tidptr";
}

struct clone_args_k {
	uint64_t flags, pidfd, child_tid, parent_tid, exit_signal, stack, stack_size,
		tls, set_tid, set_tid_size, cgroup;
};

static struct value *pid_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	int32_t v;
	memcpy(&v, e, sizeof(v));
	return mk_int(c, v);
}

#define MAX_PID_NS_LEVEL_K 32

/* Fields beyond the first 64 bytes print only when size covers them; *tail: bytes past them shown. */
static struct value *mk_clone_args(struct dctx *c, uint64_t addr, const struct clone_args_k *a, uint64_t size,
				   bool *tail)
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
		v_field(s, "tls", c->lp32 ? mk_user_desc(c, a->tls, true) : mk_ptr(c, a->tls));
	if (size > 64 && (a->set_tid || a->set_tid_size)) {
		/* the pids, one per pid namespace level (the kernel takes 1..32 of them) */
		bool arr = a->set_tid_size && a->set_tid_size <= MAX_PID_NS_LEVEL_K;
		v_field(s, "set_tid", arr ? mk_array(c, a->set_tid, a->set_tid_size, sizeof(int32_t), pid_elem, NULL)
					  : mk_ptr(c, a->set_tid));
		v_field(s, "set_tid_size", mk_uint(c, a->set_tid_size));
	}
	if (size > 80 && ((a->flags & CLONE_INTO_CGROUP_F) || a->cgroup))
		v_field(s, "cgroup", mk_uint(c, a->cgroup));
	*tail = add_struct_tail(c, s, addr, sizeof(*a), size);
	return s;
}

/*
 * clone3: strace prints the struct at entry and, when the kernel stores
 * pidfd/parent_tid, " => {pidfd=[3], parent_tid=[N]}" after it at exit,
 * with the bytes past the known fields again when there were any to show.
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
		bool tail;
		v = mk_clone_args(c, addr, &a, size, &tail);
		add_arg(c, v);
		if (tail || (a.flags & (CLONE_PIDFD_F | CLONE_PARENT_SETTID_F))) {
			/* the kernel fills pidfd/parent_tid: " => {...}" follows at exit */
			c->priv[0] = 1 | (tail ? 2 : 0);   /* 2: the tail again at exit */
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
			v_field(after, "parent_tid", mk_pid_at(c, c->priv[3]));
		if (c->priv[0] & 2)   /* read again, as strace */
			add_struct_tail(c, after, addr, sizeof(struct clone_args_k), size);
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

static void dec_wait4(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_pid(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	bool none = failed(c) || c->rval == 0;
	add_arg(c, none || !c->arg[1] ? mk_ptr(c, c->arg[1]) : mk_status_at(c, c->arg[1]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[2], &xlat_wait_options));
	add_arg(c, none || !c->arg[3] ? mk_ptr(c, c->arg[3]) : mk_rusage(c, c->arg[3]));
}

static void dec_waitid(struct dctx *c)
{
	if (!c->exiting) {
		uint32_t type = (uint32_t)c->arg[0];
		add_arg(c, mk_enum(c, type, &xlat_waitid_idtypes));
		add_arg(c, type == 3 ? mk_fd(c, (int)c->arg[1]) : type == 1 ? mk_pid(c, (int)c->arg[1]) : type == 2 ? mk_pgid(c, (int)c->arg[1]) : mk_int(c, (int)c->arg[1]));
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
		add_arg(c, mk_pid(c, (int)c->arg[0]));
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

static const struct decoder process_decoders[] = {
	DECODE(execve, dec_execve, CAP_PATH(0), CAP_STRV(1), CAP_PTRV(2)),
	DECODE(execveat, dec_execve, CAP_PATH(1), CAP_STRV(2), CAP_PTRV(3)),
	/* parent_tid at exit (x86_64 order: flags, stack, parent_tid, child_tid, tls) */
	DECODE_R(clone, dec_clone, RET_PID, CAP_OUT(2, sizeof(int32_t))),
	/* the struct at entry; at exit the ints its pidfd and parent_tid fields point to */
	DECODE_R(clone3, dec_clone3, RET_PID, CAP_IN(0, sizeof(struct clone_args_k)),
	       { CK_BUF, 0, CAPP_ENTRY | CAPP_EXIT, 1, 0 },   /* its tail, shown again at exit */
	       CAP_DEREF(0, CAPP_EXIT, offsetof(struct clone_args_k, pidfd), sizeof(int)),
	       CAP_DEREF(0, CAPP_EXIT, offsetof(struct clone_args_k, parent_tid), sizeof(int)),
	       CAP_DEREF(0, CAPP_ENTRY, offsetof(struct clone_args_k, set_tid), MAX_PID_NS_LEVEL_K * sizeof(int))),
	SIGNATURE_R(fork, RET_PID),
	SIGNATURE_R(vfork, RET_PID),
	SIGNATURE(unshare, ARGX(flags64, unshare_flags)),
	SIGNATURE(setns, ARG(fd), ARGX(flags, setns_types)),
	SIGNATURE(exit, ARG(int)),
	SIGNATURE(exit_group, ARG(int)),
	DECODE_R(wait4, dec_wait4, RET_PID, CAP_OUT(1, sizeof(int)), CAP_OUT(3, sizeof(struct rusage))),
	DECODE(waitid, dec_waitid, CAP_OUT(2, sizeof(siginfo_t)), CAP_OUT(4, sizeof(struct rusage))),
	SIGNATURE(set_tid_address, ARG(hex)),
	SIGNATURE(set_robust_list, ARG(ptr), ARG(ulong)),
	DECODE(get_robust_list, dec_get_robust_list, CAP_OUT(1, sizeof(uint64_t)), CAP_OUT(2, sizeof(uint64_t))),
	DECODE(restart_syscall, dec_restart_syscall),
	DECODE(personality, dec_personality),
	SIGNATURE(uselib, ARG(path)),
};

DECODER_TABLE(process, process_decoders);
