/*
 * dec_ptrace.c - decoders for calls that reach into another process:
 * ptrace (requests, registers, siginfo, syscall info), process_vm_readv and
 * process_vm_writev, kcmp, pidfd_open/getfd/send_signal, process_mrelease.
 */
#include "dec_process.h"

#include <signal.h>
#include <string.h>
#include <sys/uio.h>

/* ---- ptrace ---- */

enum {
	PT_TRACEME = 0, PT_PEEKTEXT, PT_PEEKDATA, PT_PEEKUSER, PT_POKETEXT, PT_POKEDATA,
	PT_POKEUSER, PT_CONT, PT_KILL, PT_SINGLESTEP, PT_GETREGS = 12, PT_SETREGS,
	PT_GETFPREGS, PT_SETFPREGS, PT_ATTACH, PT_DETACH, PT_OLDSETOPTIONS = 21,
	PT_SYSCALL = 24, PT_SYSEMU = 31, PT_SYSEMU_SINGLESTEP, PT_SINGLEBLOCK,
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
	return v_const(c->a, t, off, NF_HEX);
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

/*
 * PTRACE_GETREGSET/SETREGSET, decoded at exit: the iovec, NT_PRSTATUS and
 * NT_FPREGSET contents shown when the length is whole registers (SETREGSET:
 * the length asked for, with "..." past the set; GETREGSET: what the
 * kernel filled), and iov_len as "asked => stored" when the kernel cut it.
 */
static struct value *mk_regset(struct dctx *c, uint64_t addr, uint64_t type, bool set)
{
	uint64_t iov[2];
	struct value *fb;
	if (!fetch(c, addr, iov, sizeof(iov), &fb))
		return fb;
	bool known = c->priv[2] != 0;
	uint64_t asked = known ? c->priv[1] : iov[1];
	uint64_t len = set ? asked : iov[1];
	uint64_t full = type == 1 ? 216 : type == 2 ? 512 : 0;
	bool show = full && (set || !failed(c)) && (set ? len % 8 == 0 && len : len >= 2);
	struct value *s = v_list(c->a, V_STRUCT);
	if (show) {
		struct value *r = type == 1 ? mk_user_regs(c, iov[0], len < full ? len : full)
					    : mk_user_fpregs(c, iov[0], len < full ? len : full);
		if (len > full && r->kind == V_STRUCT)
			v_add(r, v_ellipsis(c->a));
		v_field(s, "iov_base", r);
	} else {
		v_field(s, "iov_base", mk_ptr(c, iov[0]));
	}
	if (known && !failed(c) && asked != iov[1])
		v_field(s, "iov_len", v_changed(c->a, mk_uint(c, asked), mk_uint(c, iov[1])));
	else
		v_field(s, "iov_len", mk_uint(c, asked));
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
	v_field(s, "flags", a.flags == 1 ? v_const(c->a, "PTRACE_PEEKSIGINFO_SHARED", 1, NF_HEX) : mk_hex(c, a.flags));
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
		v_field(e, "nr", se ? v_const(c->a, arena_printf(c->a, "__NR_%s", se->name), q[2], NF_UDEC) : mk_uint(c, q[2]));
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

/* struct seccomp_metadata: the filter asked for; its flags once the kernel filled them */
static struct value *mk_seccomp_metadata(struct dctx *c, uint64_t addr)
{
	uint64_t m[2];
	struct value *fb;
	if (!fetch(c, addr, m, failed(c) ? 8 : sizeof(m), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "filter_off", mk_uint(c, m[0]));
	if (!failed(c))
		v_field(s, "flags", mk_flags(c, m[1], &xlat_seccomp_filter_flags));
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
		case PT_GETREGSET: case PT_SETREGSET:
			add_arg(c, data ? mk_regset(c, data, addr, req == PT_SETREGSET) : mk_ptr(c, 0));
			break;
		case PT_PEEKSIGINFO:
			add_arg(c, failed(c) || !data ? mk_ptr(c, data) : mk_siginfo_array(c, data, (uint64_t)c->rval));
			break;
		case PT_GETSIGMASK:
			add_arg(c, failed(c) ? mk_ptr(c, data) : mk_sigset_at(c, data, addr));
			break;
		case PT_SECCOMP_GET_METADATA:
			add_arg(c, data && addr >= 8 ? mk_seccomp_metadata(c, data) : mk_ptr(c, data));
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
	add_arg(c, mk_pid(c, (int)pid));
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
	case PT_SYSEMU_SINGLESTEP: case PT_SINGLEBLOCK: case PT_DETACH:
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
	case PT_GETREGSET: case PT_SETREGSET: {
		/* the length asked for: the kernel stores what it used */
		uint64_t iov[2];
		c->priv[2] = data && mem_read(c->mem, data, iov, sizeof(iov)) == 0;
		c->priv[1] = c->priv[2] ? iov[1] : 0;
		add_arg(c, mk_enum(c, addr, &xlat_nt_types));
		break;
	}
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
		break;
	default:
		add_arg(c, mk_ptr(c, addr));
		add_arg(c, mk_ptr(c, data));
		return;
	}
	c->pending = true;
	c->priv[0] = 1;
}

/* ---- pidfd, process_vm, kcmp ---- */

/* pidfd_getfd(pidfd, targetfd, flags): targetfd is the other process's, -y shows what it is there */
static void dec_pidfd_getfd(struct dctx *c)
{
	if (c->exiting)
		return;
	int pidfd = (int)c->arg[0], fd = (int)c->arg[1];
	const char *path = NULL;
	if (c->opt->decode_fds && c->mem->fd_path && pidfd >= 0 && pidfd < FD_REMOTE_MAX &&
	    fd >= 0 && fd < FD_REMOTE_MAX)
		path = c->mem->fd_path(c->mem, FD_REMOTE_PAIR(pidfd, fd), c->opt->decode_fds | FD_REMOTE, c->a);
	add_arg(c, mk_fd(c, pidfd));
	add_arg(c, v_fd(c->a, fd, path));
	add_arg(c, arg_hex32(c, 2, NULL));
}

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
		add_arg(c, mk_pid(c, (int)c->arg[0]));
		if (rd) {
			c->pending = true;
			return;
		}
		add_arg(c, mk_iovec(c, c->arg[1], c->arg[2], UINT64_MAX, true));
	} else {
		if (!rd)
			return;
		/* a failed call filled nothing: the vector shows its addresses */
		add_arg(c, mk_iovec(c, c->arg[1], c->arg[2], failed(c) ? 0 : (uint64_t)c->rval, !failed(c)));
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
	add_arg(c, mk_pid(c, (int)c->arg[0]));
	add_arg(c, mk_pid(c, (int)c->arg[1]));
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

static const struct decoder ptrace_decoders[] = {
	SIGNATURE_R(pidfd_open, RET_FD, ARG(pid), ARGX(flags, pidfd_flags)),
	/* targetfd is a number in the other process: not resolved here */
	DECODE_R(pidfd_getfd, dec_pidfd_getfd, RET_FD),
	DECODE(pidfd_send_signal, dec_pidfd_send_signal, CAP_IN(2, sizeof(siginfo_t))),
	/* the remote iovec: the array only, its iov_base is in the other process */
	DECODE(process_vm_readv, dec_process_vm, CAP_IOV_OUT(1, 2), CAP_ARRAY(3, CAPP_EXIT, 4, sizeof(struct iovec))),
	DECODE(process_vm_writev, dec_process_vm, CAP_IOV_IN(1, 2), CAP_ARRAY(3, CAPP_ENTRY, 4, sizeof(struct iovec))),
	DECODE(kcmp, dec_kcmp, CAP_IN(4, sizeof(uint32_t[3]))),
	/*
	 * By request: addr is PEEKSIGINFO's args (16 bytes); data, at entry and
	 * exit, is at most the 512-byte fpregs (also the word, siginfo, regs,
	 * regset iovec, sigmask, syscall info), or PEEKSIGINFO's siginfo array.
	 */
	DECODE(ptrace, dec_ptrace, CAP_IN(2, sizeof(uint64_t[2])), CAP_INOUT(3, 512),
	       CAP_ARRAY(3, CAPP_EXIT, CAPL_RET, sizeof(siginfo_t))),
	SIGNATURE(process_mrelease, ARG(fd), ARG(hex32)),
};

DECODER_TABLE(ptrace, ptrace_decoders);
