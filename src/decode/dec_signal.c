/*
 * dec_signal.c - signals: names, signal sets, siginfo, and the signal
 * syscalls (rt_sigaction, rt_sigprocmask, rt_sigreturn, kill, ...).
 * mk_siginfo() also decodes the siginfo of "--- SIGX {...} ---" lines.
 */
#include "decode.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>

const char *signame(int sig)
{
	static char rt[33][12];
	if (sig >= 1 && sig < 32)
		return xlat_name(&xlat_signals, sig);
	if (sig == 32)
		return "SIGRTMIN";
	if (sig > 32 && sig <= 64) {
		char *s = rt[sig - 32];
		if (!s[0])
			snprintf(s, sizeof(rt[0]), "SIGRT_%d", sig - 32);
		return s;
	}
	return NULL;
}

/* A sigset_t of `size` bytes at addr; the kernel's is 8 bytes on x86_64. */
struct value *mk_sigset_at(struct dctx *c, uint64_t addr, uint64_t size)
{
	if (!addr)
		return mk_ptr(c, 0);
	if (size != 8)
		return mk_ptr(c, addr);
	uint64_t mask;
	struct value *fb;
	if (!fetch(c, addr, &mask, sizeof(mask), &fb))
		return fb;
	return v_sigset(c->a, mask);
}

static struct value *mk_handler(struct dctx *c, uint64_t h)
{
	if (h == (uint64_t)(uintptr_t)SIG_DFL)
		return v_const(c->a, "SIG_DFL", h, NF_HEX);
	if (h == (uint64_t)(uintptr_t)SIG_IGN)
		return v_const(c->a, "SIG_IGN", h, NF_HEX);
	if (h == (uint64_t)(uintptr_t)SIG_ERR)
		return v_const(c->a, "SIG_ERR", h, NF_HEX);
	return mk_ptr(c, h);
}

/* struct sigaction as the kernel sees it (not glibc's layout) */
struct k_sigaction {
	uint64_t handler, flags, restorer, mask;
};

/* The struct is decoded whatever the sigsetsize argument says. */
static struct value *mk_sigaction(struct dctx *c, uint64_t addr)
{
	struct k_sigaction sa;
	struct value *fb;
	uint64_t w[5];
	/* handler, flags, restorer: the tracee's words; then the 8-byte mask */
	if (!fetch_words(c, addr, w, c->lp32 ? 5 : 4, &fb))
		return fb;
	sa.handler = w[0];
	sa.flags = w[1];
	sa.restorer = w[2];
	sa.mask = c->lp32 ? (w[3] | w[4] << 32) : w[3];
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "sa_handler", mk_handler(c, sa.handler));
	v_field(s, "sa_mask", v_sigset(c->a, sa.mask));
	v_field(s, "sa_flags", mk_flags(c, sa.flags, &xlat_sa_flags));
	if (sa.flags & 0x04000000)
		v_field(s, "sa_restorer", mk_ptr(c, sa.restorer));
	return s;
}

static void dec_rt_sigaction(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_signo(c, (int)c->arg[0]));
		add_arg(c, mk_sigaction(c, c->arg[1]));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) ? mk_ptr(c, c->arg[2]) : mk_sigaction(c, c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[3]));
}

static void dec_rt_sigprocmask(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_sigprocmask_how));
		add_arg(c, mk_sigset_at(c, c->arg[1], c->arg[3]));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) ? mk_ptr(c, c->arg[2]) : mk_sigset_at(c, c->arg[2], c->arg[3]));
	add_arg(c, mk_uint(c, c->arg[3]));
}

/* rt_sigpending stores as many of the 8 bytes as asked for (1..8): a partial set */
static struct value *mk_sigset_part(struct dctx *c, uint64_t addr, uint64_t size)
{
	if (!addr || size == 0 || size > 8)
		return mk_ptr(c, addr);
	uint64_t mask = 0;
	if (mem_read(c->mem, addr, &mask, (size_t)size) != 0)
		return mk_ptr(c, addr);
	return v_sigset(c->a, mask);
}

static void dec_rt_sigpending(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) ? mk_ptr(c, c->arg[0]) : mk_sigset_part(c, c->arg[0], c->arg[1]));
	add_arg(c, mk_uint(c, c->arg[1]));
}

static void dec_rt_sigsuspend(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_sigset_at(c, c->arg[0], c->arg[1]));
	add_arg(c, mk_uint(c, c->arg[1]));
}

/*
 * rt_sigreturn: the mask being restored lives in the signal frame on the
 * stack: struct ucontext starts at the stack pointer, uc_sigmask at +296.
 */
#define SIGFRAME_MASK 296   /* x86_64 rt_sigframe: uc.uc_sigmask, from the stack pointer */
static void dec_rt_sigreturn(struct dctx *c)
{
	if (c->exiting)
		return;
	uint64_t mask;
	struct value *s = v_list(c->a, V_STRUCT);
	if (c->sp && mem_read(c->mem, c->sp + SIGFRAME_MASK, &mask, sizeof(mask)) == 0)
		v_field(s, "mask", v_sigset(c->a, mask));
	else
		return;
	add_arg(c, s);
}

static struct value *mk_stack_t(struct dctx *c, uint64_t addr)
{
	stack_t ss;
	struct value *fb;
	if (!fetch(c, addr, &ss, sizeof(ss), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "ss_sp", mk_ptr(c, (uint64_t)ss.ss_sp));
	v_field(s, "ss_flags", mk_flags(c, (uint32_t)ss.ss_flags, &xlat_sigaltstack_flags));
	v_field(s, "ss_size", mk_uint(c, ss.ss_size));
	return s;
}

static void dec_sigaltstack(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_stack_t(c, c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) || !c->arg[1] ? mk_ptr(c, c->arg[1]) : mk_stack_t(c, c->arg[1]));
}

/* ---- siginfo ---- */

static const struct xlat *si_code_table(int sig, int code)
{
	if (code <= 0 || code == SI_KERNEL)
		return &xlat_si_codes;
	switch (sig) {
	case SIGCHLD: return &xlat_sigchld_codes;
	case SIGSEGV: return &xlat_sigsegv_codes;
	case SIGBUS: return &xlat_sigbus_codes;
	case SIGILL: return &xlat_sigill_codes;
	case SIGFPE: return &xlat_sigfpe_codes;
	case SIGTRAP: return &xlat_sigtrap_codes;
	case SIGIO: return &xlat_sigpoll_codes;
	case SIGSYS: return &xlat_sigsys_codes;
	}
	return &xlat_si_codes;
}

/* si_utime/si_stime are clock ticks; strace adds the seconds in a comment */
static struct value *mk_ticks(struct dctx *c, int64_t t)
{
	struct value *v = mk_int(c, t);
	if (t > 0)
		v->comment = arena_printf(c->a, "%lld.%02lld s", (long long)(t / 100), (long long)(t % 100));
	return v;
}

static void add_pid_uid(struct dctx *c, struct value *s, const siginfo_t *si)
{
	v_field(s, "si_pid", mk_pid(c, si->si_pid));
	v_field(s, "si_uid", mk_uint(c, si->si_uid));
}

static void add_sigval(struct dctx *c, struct value *s, const siginfo_t *si, bool always)
{
	if (!always && !si->si_value.sival_ptr)
		return;
	v_field(s, "si_int", mk_int(c, si->si_value.sival_int));
	v_field(s, "si_ptr", mk_ptr(c, (uint64_t)(uintptr_t)si->si_value.sival_ptr));
}

#define AUDIT_ARCH_X86_64_V 0xc000003eU

/* Fields of a positive si_code (sent by the kernel): depend on the signal. */
static void add_kernel_fields(struct dctx *c, struct value *s, const siginfo_t *si)
{
	int code = si->si_code;
	switch (si->si_signo) {
	case SIGCHLD:
		add_pid_uid(c, s, si);
		v_field(s, "si_status", code == CLD_EXITED ? mk_int(c, si->si_status) : mk_signo(c, si->si_status));
		v_field(s, "si_utime", mk_ticks(c, si->si_utime));
		v_field(s, "si_stime", mk_ticks(c, si->si_stime));
		return;
	case SIGSEGV:
	case SIGBUS:
	case SIGILL:
	case SIGFPE:
	case SIGTRAP:
		v_field(s, "si_addr", mk_ptr(c, (uint64_t)(uintptr_t)si->si_addr));
		if (si->si_signo == SIGSEGV && code == SEGV_BNDERR) {
			v_field(s, "si_lower", mk_ptr(c, (uint64_t)(uintptr_t)si->si_lower));
			v_field(s, "si_upper", mk_ptr(c, (uint64_t)(uintptr_t)si->si_upper));
		} else if (si->si_signo == SIGSEGV && code == SEGV_PKUERR) {
			v_field(s, "si_pkey", mk_uint(c, si->si_pkey));
		} else if (si->si_signo == SIGBUS && (code == BUS_MCEERR_AR || code == BUS_MCEERR_AO)) {
			v_field(s, "si_addr_lsb", mk_hex(c, (uint16_t)si->si_addr_lsb));
		}
		return;
	case SIGIO:
		if (code >= POLL_IN && code <= POLL_HUP) {
			v_field(s, "si_band", mk_int(c, si->si_band));
			v_field(s, "si_fd", mk_fd(c, si->si_fd));
		}
		return;
	case SIGSYS: {
		v_field(s, "si_call_addr", mk_ptr(c, (uint64_t)(uintptr_t)si->si_call_addr));
		const struct sysent *se = si->si_arch == AUDIT_ARCH_X86_64_V ? sysent_get(si->si_syscall) : NULL;
		v_field(s, "si_syscall", se ? v_const(c->a, arena_printf(c->a, "__NR_%s", se->name), (uint32_t)si->si_syscall, NF_UDEC)
					    : mk_uint(c, (uint32_t)si->si_syscall));   /* strace: unsigned */
		v_field(s, "si_arch", mk_enum(c, si->si_arch, &xlat_audit_arch));
		return;
	}
	}
	if (si->si_pid || si->si_uid)
		add_pid_uid(c, s, si);
	add_sigval(c, s, si, false);
}

/*
 * An i386 program's siginfo_t in x86_64's layout: the union starts at 12
 * instead of 16, and its pointers, longs and clock_t are 4 bytes.  Which
 * union member it holds follows from signo and code, as in the kernel.
 */
static void siginfo_from_i386(const uint8_t *in, siginfo_t *si)
{
	int32_t w[29];
	memcpy(w, in, sizeof(w));
	memset(si, 0, sizeof(*si));
	si->si_signo = w[0];
	si->si_errno = w[1];
	si->si_code = w[2];
	int sig = w[0], code = w[2];
	const int32_t *u = w + 3;
	if (code == SI_TIMER) {
		si->si_timerid = u[0];
		si->si_overrun = u[1];
		si->si_value.sival_ptr = (void *)(uintptr_t)(uint32_t)u[2];
	} else if (code <= 0 || (sig != SIGCHLD && sig != SIGSEGV && sig != SIGBUS && sig != SIGILL &&
				 sig != SIGFPE && sig != SIGTRAP && sig != SIGPOLL && sig != SIGSYS)) {
		si->si_pid = u[0];   /* kill, rt (sigqueue), and what a user sent */
		si->si_uid = (uid_t)u[1];
		si->si_value.sival_ptr = (void *)(uintptr_t)(uint32_t)u[2];
	} else if (sig == SIGCHLD) {
		si->si_pid = u[0];
		si->si_uid = (uid_t)u[1];
		si->si_status = u[2];
		si->si_utime = u[3];
		si->si_stime = u[4];
	} else if (sig == SIGPOLL) {
		si->si_band = u[0];
		si->si_fd = u[1];
	} else if (sig == SIGSYS) {
		si->si_call_addr = (void *)(uintptr_t)(uint32_t)u[0];
		si->si_syscall = u[1];
		si->si_arch = (unsigned)u[2];
	} else {
		si->si_addr = (void *)(uintptr_t)(uint32_t)u[0];
	}
}

bool fetch_siginfo(struct dctx *c, uint64_t addr, uint8_t raw[128], struct value **fb)
{
	if (!fetch(c, addr, raw, 128, fb))
		return false;
	if (c->lp32) {
		siginfo_t si;
		siginfo_from_i386(raw, &si);
		memcpy(raw, &si, 128);
	}
	return true;
}

/* siginfo_t as strace prints it in "--- SIGX {...} ---" lines and arguments */
struct value *mk_siginfo(struct dctx *c, const void *raw)
{
	siginfo_t si;
	memcpy(&si, raw, sizeof(si));
	struct value *s = v_list(c->a, V_STRUCT);
	int sig = si.si_signo, code = si.si_code;
	if (!sig)
		return s;
	v_field(s, "si_signo", mk_signo(c, sig));
	const struct xlat *ct = si_code_table(sig, code);
	const char *cname = xlat_name(ct, (uint64_t)(int64_t)code);
	if (!cname && ct != &xlat_si_codes && code == SI_KERNEL)
		cname = xlat_name(&xlat_si_codes, (uint64_t)(int64_t)code);
	v_field(s, "si_code", cname ? v_const(c->a, cname, (uint32_t)code, NF_HEX) : mk_hex(c, (uint32_t)code));
	if (si.si_errno) {
		const char *e = errno_name(si.si_errno);
		v_field(s, "si_errno", e ? v_const(c->a, e, (uint32_t)si.si_errno, NF_UDEC)
					: mk_uint(c, (uint32_t)si.si_errno));   /* strace: unsigned */
	}
	if (!signame(sig))
		return s;
	switch (code) {
	case SI_USER:
	case SI_TKILL:
		add_pid_uid(c, s, &si);
		break;
	case SI_TIMER:
		v_field(s, "si_timerid", mk_hex(c, (uint32_t)si.si_timerid));
		v_field(s, "si_overrun", mk_int(c, si.si_overrun));
		add_sigval(c, s, &si, true);
		break;
	case SI_SIGIO:
		v_field(s, "si_band", mk_int(c, si.si_band));
		v_field(s, "si_fd", mk_fd(c, si.si_fd));
		break;
	default:
		if (code < 0) {
			add_pid_uid(c, s, &si);
			add_sigval(c, s, &si, false);
		} else {
			add_kernel_fields(c, s, &si);
		}
		break;
	}
	return s;
}

static void dec_rt_sigqueueinfo(struct dctx *c)
{
	if (c->exiting)
		return;
	int n = c->nr == SC_rt_tgsigqueueinfo ? 3 : 2;
	for (int i = 0; i < n - 1; i++)   /* tgid, and tid for rt_tgsigqueueinfo */
		add_arg(c, mk_pid(c, (int)c->arg[i]));
	add_arg(c, mk_signo(c, (int)c->arg[n - 1]));
	uint8_t raw[128];
	struct value *fb;
	add_arg(c, fetch_siginfo(c, c->arg[n], raw, &fb) ? mk_siginfo(c, raw) : fb);
}

static void dec_rt_sigtimedwait(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_sigset_at(c, c->arg[0], c->arg[3]));
		c->pending = true;
		return;
	}
	uint8_t raw[128];
	struct value *fb;
	if (!failed(c) && c->arg[1] && fetch_siginfo(c, c->arg[1], raw, &fb))
		add_arg(c, mk_siginfo(c, raw));
	else
		add_arg(c, mk_ptr(c, c->arg[1]));
	add_arg(c, mk_timespec(c, c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[3]));
	if (!failed(c))
		c->ret_aux = v_fixed(mk_signo(c, (int)c->rval)), c->retfmt = RET_DEC;
}

/* signalfd(fd, mask, sizemask), signalfd4(..., flags) */
static void dec_signalfd(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_sigset_at(c, c->arg[1], c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[2]));
	if (c->nr == SC_signalfd4)
		add_arg(c, mk_flags(c, (uint32_t)c->arg[3], &xlat_signalfd_flags));
}

static const struct decoder signal_decoders[] = {
	/* sigsets: the kernel's 8 bytes (mk_sigset_at reads nothing for other sizes) */
	DECODE_R(signalfd, dec_signalfd, RET_FD, CAP_IN(1, sizeof(uint64_t))),
	DECODE_R(signalfd4, dec_signalfd, RET_FD, CAP_IN(1, sizeof(uint64_t))),
	DECODE(rt_sigaction, dec_rt_sigaction, CAP_IN(1, sizeof(struct k_sigaction)), CAP_OUT(2, sizeof(struct k_sigaction))),
	DECODE(rt_sigprocmask, dec_rt_sigprocmask, CAP_IN(1, sizeof(uint64_t)), CAP_OUT(2, sizeof(uint64_t))),
	DECODE(rt_sigpending, dec_rt_sigpending, CAP_OBUF(0, 1)),
	DECODE(rt_sigsuspend, dec_rt_sigsuspend, CAP_IN(0, sizeof(uint64_t))),
	/* reads the signal frame at the stack pointer: not capturable */
	DECODE(rt_sigreturn, dec_rt_sigreturn, CAP_STACK(SIGFRAME_MASK, sizeof(uint64_t))),
	DECODE(rt_sigqueueinfo, dec_rt_sigqueueinfo, CAP_IN(2, sizeof(siginfo_t))),
	DECODE(rt_tgsigqueueinfo, dec_rt_sigqueueinfo, CAP_IN(3, sizeof(siginfo_t))),
	/* the timeout is decoded at exit */
	DECODE(rt_sigtimedwait, dec_rt_sigtimedwait, CAP_IN(0, sizeof(uint64_t)), CAP_OUT(1, sizeof(siginfo_t)),
	       CAP_OUT(2, sizeof(struct timespec))),
	DECODE(sigaltstack, dec_sigaltstack, CAP_IN(0, sizeof(stack_t)), CAP_OUT(1, sizeof(stack_t))),
	SIGNATURE(kill, ARG(killpid), ARG(signo)),
	SIGNATURE(tkill, ARG(pid), ARG(signo)),
	SIGNATURE(tgkill, ARG(pid), ARG(pid), ARG(signo)),
	SIGNATURE(pause),
};

DECODER_TABLE(signal, signal_decoders);
