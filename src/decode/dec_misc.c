/*
 * dec_misc.c - decoders for calls that fit no other family: ioctl (request
 * names, terminal structures), futex, eventfd, inotify/fanotify, SysV IPC and
 * POSIX message queues, mount, module, key, io_uring/aio, bpf, perf, landlock
 * and other administrative calls.
 */
#include "decode.h"

#include <errno.h>
#include <string.h>

/* ---- ioctl ---- */

enum {
	TCGETS = 0x5401, TCSETS, TCSETSW, TCSETSF, TCGETA, TCSETA, TCSETAW, TCSETAF,
	TCSBRK, TCXONC, TCFLSH, TIOCEXCL, TIOCNXCL, TIOCSCTTY, TIOCGPGRP, TIOCSPGRP,
	TIOCOUTQ, TIOCSTI, TIOCGWINSZ, TIOCSWINSZ, TIOCMGET, TIOCMBIS, TIOCMBIC,
	TIOCMSET, TIOCGSOFTCAR, TIOCSSOFTCAR, FIONREAD, TIOCLINUX, TIOCCONS,
	TIOCGSERIAL, TIOCSSERIAL, TIOCPKT, FIONBIO, TIOCNOTTY, TIOCSETD, TIOCGETD,
	TCSBRKP,
	TIOCGSID = 0x5429,
	FIOASYNC = 0x5452,
	TCGETS2 = 0x802c542a, TCSETS2 = 0x402c542b, TCSETSW2 = 0x402c542c, TCSETSF2 = 0x402c542d,
	TIOCGPTN = 0x80045430, TIOCSPTLCK = 0x40045431, TIOCGPKT = 0x80045438,
	TIOCGPTLCK = 0x80045439, TIOCGEXCL = 0x80045440,
	BLKGETSIZE64 = 0x80081272, BLKSSZGET = 0x1268,
	FS_IOC_GETFLAGS = 0x80086601, FS_IOC_SETFLAGS = 0x40086602,
};

/* Entries of a value-sorted xlat table equal to v: [*first, return) */
static unsigned xlat_range(const struct xlat *x, uint64_t v, unsigned *first)
{
	unsigned lo = 0, hi = x->n;
	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;
		if (x->e[mid].val < v)
			lo = mid + 1;
		else
			hi = mid;
	}
	*first = lo;
	while (hi < x->n && x->e[hi].val == v)
		hi++;
	return hi;
}

static bool in_sorted(const struct xlat *x, uint64_t v)
{
	unsigned first;
	return xlat_range(x, v, &first) > first;
}

/* The request: "TCGETS", "SNDCTL_TMR_START or TCSETS", or _IOC(dir, type, nr, size) */
static struct value *mk_ioctl_request(struct dctx *c, uint32_t code)
{
	unsigned first, end = xlat_range(&xlat_ioctl_names, code, &first);
	if (end > first) {
		const char *s = xlat_ioctl_names.e[first].name;
		for (unsigned i = first + 1; i < end; i++)
			s = arena_printf(c->a, "%s or %s", s, xlat_ioctl_names.e[i].name);
		return v_sym(c->a, s, code);
	}
	static const char *const dirs[] = { "_IOC_NONE", "_IOC_WRITE", "_IOC_READ", "_IOC_READ|_IOC_WRITE" };
	unsigned dir = code >> 30, size = (code >> 16) & 0x3fff, type = (code >> 8) & 0xff, nr = code & 0xff;
	struct value *v = v_call(c->a, "_IOC");
	v_add(v, v_sym(c->a, dirs[dir], dir));
	v_add(v, mk_hex(c, type));
	v_add(v, mk_hex(c, nr));
	v_add(v, mk_hex(c, size));
	return v;
}

/* A termios flag word; strace prints an empty string for no flags. */
static struct value *mk_tflags(struct dctx *c, uint32_t v, const struct xlat *x)
{
	return v ? v_flags(c->a, v, x, NF_HEX) : v_sym(c->a, "", 0);
}

static struct value *mk_tsym(struct dctx *c, const char *fmt, uint32_t v)
{
	return v_sym(c->a, arena_printf(c->a, fmt, v), v);
}

static struct value *mk_c_oflag(struct dctx *c, uint32_t f)
{
	struct value *v = v_list(c->a, V_OR);
	v_add(v, mk_tsym(c, "NL%u", (f >> 8) & 1));
	v_add(v, mk_tsym(c, "CR%u", (f >> 9) & 3));
	uint32_t tab = (f >> 11) & 3;
	v_add(v, tab == 3 ? v_sym(c->a, "XTABS", 3) : mk_tsym(c, "TAB%u", tab));
	v_add(v, mk_tsym(c, "BS%u", (f >> 13) & 1));
	v_add(v, mk_tsym(c, "VT%u", (f >> 14) & 1));
	v_add(v, mk_tsym(c, "FF%u", (f >> 15) & 1));
	v_add(v, mk_tflags(c, f & ~0177400u, &xlat_termios_oflags));
	return v;
}

static struct value *mk_c_cflag(struct dctx *c, uint32_t f)
{
	const uint32_t cbaud = 010017;
	struct value *v = v_list(c->a, V_OR);
	v_add(v, v_enum(c->a, f & cbaud, &xlat_termios_bauds, NF_HEX));
	uint32_t ibaud = (f >> 16) & cbaud;
	if (ibaud) {
		const char *n = xlat_name(&xlat_termios_bauds, ibaud);
		v_add(v, v_sym(c->a, arena_printf(c->a, "%s<<IBSHIFT", n ? n : "0"), ibaud));
	}
	v_add(v, mk_tsym(c, "CS%u", 5 + ((f >> 4) & 3)));
	v_add(v, mk_tflags(c, f & ~(cbaud | (cbaud << 16) | 060u), &xlat_termios_cflags));
	return v;
}

/* struct termios (nccs 19), termios2 (with speeds) or the old struct termio (nccs 8) */
static struct value *mk_termios(struct dctx *c, uint64_t addr, int kind)
{
	struct { uint32_t i, o, c, l; uint8_t line, cc[19]; uint32_t ispeed, ospeed; } t;
	struct { uint16_t i, o, c, l; uint8_t line, cc[8]; } o;
	struct value *fb;
	unsigned ncc = 19;
	if (kind == 0) {
		if (!fetch(c, addr, &o, sizeof(o), &fb))
			return fb;
		t.i = o.i; t.o = o.o; t.c = o.c; t.l = o.l; t.line = o.line;
		memcpy(t.cc, o.cc, sizeof(o.cc));
		ncc = 8;
	} else if (!fetch(c, addr, &t, kind == 2 ? sizeof(t) : 36, &fb)) {
		return fb;
	}
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "c_iflag", mk_tflags(c, t.i, &xlat_termios_iflags));
	v_field(s, "c_oflag", mk_c_oflag(c, t.o));
	v_field(s, "c_cflag", mk_c_cflag(c, t.c));
	v_field(s, "c_lflag", mk_tflags(c, t.l, &xlat_termios_lflags));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	v_field(s, "c_line", mk_enum(c, t.line, &xlat_termios_line));
	struct value *cc = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < ncc; i++) {
		const char *n = xlat_name(&xlat_termios_cc, i);
		v_field(cc, n ? arena_printf(c->a, "[%s]", n) : arena_printf(c->a, "[%u]", i),
			mk_hex(c, t.cc[i]));
	}
	v_field(s, "c_cc", cc);
	if (kind == 2) {
		v_field(s, "c_ispeed", mk_uint(c, t.ispeed));
		v_field(s, "c_ospeed", mk_uint(c, t.ospeed));
	}
	return s;
}

static struct value *mk_winsize(struct dctx *c, uint64_t addr)
{
	struct { uint16_t row, col, x, y; } w;
	struct value *fb;
	if (!fetch(c, addr, &w, sizeof(w), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "ws_row", mk_uint(c, w.row));
	v_field(s, "ws_col", mk_uint(c, w.col));
	v_field(s, "ws_xpixel", mk_uint(c, w.x));
	v_field(s, "ws_ypixel", mk_uint(c, w.y));
	return s;
}

/* [int], [flags] or [u64] at addr */
static struct value *mk_ioctl_int(struct dctx *c, uint64_t addr, const struct xlat *x, bool u64)
{
	uint64_t v = 0;
	struct value *fb;
	if (!fetch(c, addr, &v, u64 ? 8 : 4, &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	if (x)
		v_add(a, mk_flags(c, v, x));
	else
		v_add(a, u64 ? mk_uint(c, v) : mk_int(c, (int32_t)v));
	return a;
}

/* How the third argument is shown: what the kernel reads (entry) or writes (exit). */
static struct value *ioctl_arg_entry(struct dctx *c, uint32_t code, uint64_t arg, bool *later)
{
	switch (code) {
	case TCSETS: case TCSETSW: case TCSETSF:
		return mk_termios(c, arg, 1);
	case TCSETS2: case TCSETSW2: case TCSETSF2:
		return mk_termios(c, arg, 2);
	case TCSETA: case TCSETAW: case TCSETAF:
		return mk_termios(c, arg, 0);
	case TIOCSWINSZ:
		return mk_winsize(c, arg);
	case TIOCSPGRP: case FIONBIO: case FIOASYNC: case TIOCSPTLCK: case TIOCSETD:
	case TIOCPKT: case TIOCSSOFTCAR:
		return mk_ioctl_int(c, arg, NULL, false);
	case TIOCMSET: case TIOCMBIS: case TIOCMBIC:
		return mk_ioctl_int(c, arg, &xlat_tiocm_flags, false);
	case FS_IOC_SETFLAGS:
		return mk_ioctl_int(c, arg, &xlat_fs_inode_flags, false);
	case TCFLSH:
		return mk_enum(c, arg, &xlat_tcflsh_args);
	case TCXONC:
		return mk_enum(c, arg, &xlat_tcxonc_args);
	case TIOCSTI:
		return mk_buf(c, arg, 1);
	case TCSBRK: case TCSBRKP: case TIOCSCTTY:
		return mk_int(c, (int32_t)arg);
	case TCGETS: case TCGETS2: case TCGETA: case TIOCGWINSZ: case TIOCGPGRP:
	case TIOCGSID: case FIONREAD: case TIOCOUTQ: case TIOCGPTN: case TIOCGETD:
	case TIOCMGET: case TIOCGSOFTCAR: case TIOCGPKT: case TIOCGPTLCK: case TIOCGEXCL:
	case BLKGETSIZE64: case BLKSSZGET: case FS_IOC_GETFLAGS:
		*later = true;
		return NULL;
	}
	if (in_sorted(&xlat_ioctl_arg_dec, code))
		return mk_uint(c, arg);
	if (in_sorted(&xlat_ioctl_arg_ptr, code))
		return mk_ptr(c, arg);
	return mk_hex(c, arg);
}

static struct value *ioctl_arg_exit(struct dctx *c, uint32_t code, uint64_t arg)
{
	if (failed(c))
		return mk_ptr(c, arg);
	switch (code) {
	case TCGETS:
		return mk_termios(c, arg, 1);
	case TCGETS2:
		return mk_termios(c, arg, 2);
	case TCGETA:
		return mk_termios(c, arg, 0);
	case TIOCGWINSZ:
		return mk_winsize(c, arg);
	case TIOCMGET:
		return mk_ioctl_int(c, arg, &xlat_tiocm_flags, false);
	case BLKGETSIZE64:
		return mk_ioctl_int(c, arg, NULL, true);
	case FS_IOC_GETFLAGS:
		return mk_ioctl_int(c, arg, &xlat_fs_inode_flags, false);
	}
	return mk_ioctl_int(c, arg, NULL, false);
}

static void dec_ioctl(struct dctx *c)
{
	uint32_t code = c->arg[1];
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		add_arg(c, mk_ioctl_request(c, code));
		if (in_sorted(&xlat_ioctl_arg_none, code))
			return;
		bool later = false;
		struct value *v = ioctl_arg_entry(c, code, c->arg[2], &later);
		if (later)
			c->pending = true;
		else
			add_arg(c, v);
		return;
	}
	if (c->pending)
		add_arg(c, ioctl_arg_exit(c, code, c->arg[2]));
}

/* ---- futex ---- */

static struct value *mk_futex_bitset(struct dctx *c, uint32_t v)
{
	return v == 0xffffffffu ? v_sym(c->a, "FUTEX_BITSET_MATCH_ANY", v) : mk_hex(c, v);
}

/* FUTEX_WAKE_OP's encoded operation: op<<28|oparg<<12|cmp<<24|cmparg */
static struct value *mk_futex_wake_op(struct dctx *c, uint32_t v)
{
	struct value *o = v_list(c->a, V_OR);
	if (v & (8u << 28))
		v_add(o, v_sym(c->a, "FUTEX_OP_OPARG_SHIFT<<28", 8));
	uint32_t op = (v >> 28) & 7, cmp = (v >> 24) & 15;
	const char *n = xlat_name(&xlat_futex_wake_ops, op);
	v_add(o, v_sym(c->a, n ? arena_printf(c->a, "%s<<28", n)
			    : arena_printf(c->a, "%#x<<28 /* FUTEX_OP_??? */", op), op));
	uint32_t oparg = (v >> 12) & 0xfff;
	v_add(o, v_sym(c->a, oparg ? arena_printf(c->a, "%#x<<12", oparg) : "0<<12", oparg));
	n = xlat_name(&xlat_futex_wake_cmps, cmp);
	v_add(o, v_sym(c->a, n ? arena_printf(c->a, "%s<<24", n)
			    : arena_printf(c->a, "%#x<<24 /* FUTEX_OP_CMP_??? */", cmp), cmp));
	v_add(o, mk_hex(c, v & 0xfff));
	return o;
}

static void dec_futex(struct dctx *c)
{
	if (c->exiting)
		return;
	uint32_t op = c->arg[1];
	uint32_t val = c->arg[2], val2 = c->arg[3], val3 = c->arg[5];
	uint64_t timeout = c->arg[3], uaddr2 = c->arg[4];
	add_arg(c, mk_ptr(c, c->arg[0]));
	add_arg(c, mk_enum(c, op, &xlat_futex_ops));
	switch (op & 127) {
	case 0: /* FUTEX_WAIT */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_timespec(c, timeout));
		break;
	case 1: case 2: /* FUTEX_WAKE, FUTEX_FD */
		add_arg(c, mk_uint(c, val));
		break;
	case 3: /* FUTEX_REQUEUE */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_uint(c, val2));
		add_arg(c, mk_ptr(c, uaddr2));
		break;
	case 4: case 12: /* FUTEX_CMP_REQUEUE, FUTEX_CMP_REQUEUE_PI */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_uint(c, val2));
		add_arg(c, mk_ptr(c, uaddr2));
		add_arg(c, mk_uint(c, val3));
		break;
	case 5: /* FUTEX_WAKE_OP */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_uint(c, val2));
		add_arg(c, mk_ptr(c, uaddr2));
		add_arg(c, mk_futex_wake_op(c, val3));
		break;
	case 6: case 13: /* FUTEX_LOCK_PI, FUTEX_LOCK_PI2 */
		add_arg(c, mk_timespec(c, timeout));
		break;
	case 7: case 8: /* FUTEX_UNLOCK_PI, FUTEX_TRYLOCK_PI */
		break;
	case 9: /* FUTEX_WAIT_BITSET */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_timespec(c, timeout));
		add_arg(c, mk_futex_bitset(c, val3));
		break;
	case 10: /* FUTEX_WAKE_BITSET */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_futex_bitset(c, val3));
		break;
	case 11: /* FUTEX_WAIT_REQUEUE_PI */
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_timespec(c, timeout));
		add_arg(c, mk_ptr(c, uaddr2));
		break;
	default:
		add_arg(c, mk_uint(c, val));
		add_arg(c, mk_hex(c, timeout));
		add_arg(c, mk_ptr(c, uaddr2));
		add_arg(c, mk_hex(c, val3));
		break;
	}
}

static void dec_futex_waitv(struct dctx *c)
{
	if (c->exiting)
		return;
	uint64_t addr = c->arg[0];
	uint32_t n = c->arg[1];
	struct value *arr = NULL;
	if (!addr) {
		arr = mk_ptr(c, 0);
	} else {
		arr = v_list(c->a, V_ARRAY);
		for (uint32_t i = 0; i < n; i++) {
			if (i >= array_limit(c)) {
				v_add(arr, v_ellipsis(c->a));
				break;
			}
			struct { uint64_t val, uaddr; uint32_t flags, res; } w;
			if (mem_read(c->mem, addr + i * sizeof(w), &w, sizeof(w)) != 0) {
				if (i == 0)
					arr = mk_ptr(c, addr);
				else
					v_add(arr, v_ellipsis(c->a));
				break;
			}
			struct value *s = v_list(c->a, V_STRUCT);
			v_field(s, "val", mk_hex(c, w.val));
			v_field(s, "uaddr", mk_ptr(c, w.uaddr));
			v_field(s, "flags", mk_flags(c, w.flags, &xlat_futex_waitv_flags));
			v_add(arr, s);
		}
	}
	add_arg(c, arr);
	add_arg(c, mk_uint(c, n));
	add_arg(c, mk_hex(c, (uint32_t)c->arg[2]));
	add_arg(c, mk_timespec(c, c->arg[3]));
	add_arg(c, mk_enum(c, (uint32_t)c->arg[4], &xlat_clocks));
}

/* ---- SysV IPC ---- */

static struct value *mk_ipc_key(struct dctx *c, uint32_t key)
{
	return key ? mk_hex(c, key) : v_sym(c->a, "IPC_PRIVATE", 0);
}

/* IPC_CREAT|IPC_EXCL|0600: flag names, unknown bits, huge page size, then the mode */
static struct value *mk_ipc_flags(struct dctx *c, uint32_t f, const struct xlat *x, bool huge)
{
	struct value *v = v_list(c->a, V_OR);
	uint32_t rest = f & ~0777u;
	if (huge)
		rest &= (1u << 26) - 1;
	if (rest)
		v_add(v, v_flags(c->a, rest, x, NF_HEX));
	if (huge && (f >> 26))
		v_add(v, v_sym(c->a, arena_printf(c->a, "%u<<SHM_HUGE_SHIFT", f >> 26), f >> 26));
	v_add(v, mk_mode(c, f & 0777));
	return v;
}

static void dec_shmget(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ipc_key(c, c->arg[0]));
	add_arg(c, mk_uint(c, c->arg[1]));
	add_arg(c, mk_ipc_flags(c, c->arg[2], &xlat_shmget_flags, true));
}

static void dec_semget(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ipc_key(c, c->arg[0]));
	add_arg(c, mk_int(c, (int)c->arg[1]));
	add_arg(c, mk_ipc_flags(c, c->arg[2], &xlat_ipc_get_flags, false));
}

static void dec_msgget(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ipc_key(c, c->arg[0]));
	add_arg(c, mk_ipc_flags(c, c->arg[1], &xlat_ipc_get_flags, false));
}

/* IPC_64|IPC_STAT */
static struct value *mk_ipc_cmd(struct dctx *c, uint32_t cmd, const struct xlat *x)
{
	if (!(cmd & 0x100))
		return mk_enum(c, cmd, x);
	struct value *v = v_list(c->a, V_OR);
	v_add(v, v_sym(c->a, "IPC_64", 0x100));
	v_add(v, mk_enum(c, cmd & ~0x100u, x));
	return v;
}

/* struct ipc64_perm; short form for IPC_SET */
static struct value *mk_ipc_perm(struct dctx *c, const uint32_t *p, bool full)
{
	/* key, uid, gid, cuid, cgid, mode(16), ... */
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "uid", mk_uint(c, p[1]));
	v_field(s, "gid", mk_uint(c, p[2]));
	v_field(s, "mode", mk_mode(c, p[5] & 0xffff));
	if (full) {
		v_field(s, "key", mk_int(c, (int32_t)p[0]));
		v_field(s, "cuid", mk_uint(c, p[3]));
		v_field(s, "cgid", mk_uint(c, p[4]));
	}
	return s;
}

enum { IPC_RMID_ = 0, IPC_SET_, IPC_STAT_, IPC_INFO_ };

static struct value *mk_shmid_ds(struct dctx *c, uint64_t addr, bool set)
{
	struct { uint32_t perm[12]; uint64_t segsz, atime, dtime, ctime; int32_t cpid, lpid; uint64_t nattch, u4, u5; } d;
	struct value *fb;
	if (!fetch(c, addr, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "shm_perm", mk_ipc_perm(c, d.perm, !set));
	if (set)
		return s;
	v_field(s, "shm_segsz", mk_uint(c, d.segsz));
	v_field(s, "shm_cpid", mk_int(c, d.cpid));
	v_field(s, "shm_lpid", mk_int(c, d.lpid));
	v_field(s, "shm_nattch", mk_uint(c, d.nattch));
	v_field(s, "shm_atime", mk_int(c, (int64_t)d.atime));
	v_field(s, "shm_dtime", mk_int(c, (int64_t)d.dtime));
	v_field(s, "shm_ctime", mk_int(c, (int64_t)d.ctime));
	return s;
}

/* A struct of n unsigned longs (or ints) with the given names */
static struct value *mk_ulong_struct(struct dctx *c, uint64_t addr, const char *const *names,
				     unsigned n, unsigned size)
{
	uint8_t buf[128];
	struct value *fb;
	if (!fetch(c, addr, buf, n * size, &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	for (unsigned i = 0; i < n; i++) {
		uint64_t v = 0;
		memcpy(&v, buf + i * size, size);
		v_field(s, names[i], size == 8 ? mk_uint(c, v) : mk_int(c, (int32_t)v));
	}
	return s;
}

static const char *const shminfo_names[] = { "shmmax", "shmmin", "shmmni", "shmseg", "shmall" };
static const char *const shm_info_names[] = { "used_ids", "shm_tot", "shm_rss", "shm_swp",
					       "swap_attempts", "swap_successes" };
static const char *const seminfo_names[] = { "semmap", "semmni", "semmns", "semmnu", "semmsl",
					     "semopm", "semume", "semusz", "semvmx", "semaem" };
static const char *const msginfo_names[] = { "msgpool", "msgmap", "msgmax", "msgmnb", "msgmni",
					     "msgssz", "msgtql", "msgseg" };

static struct value *mk_shm_info(struct dctx *c, uint64_t addr)
{
	struct { int32_t used, pad; uint64_t tot, rss, swp, att, succ; } d;
	struct value *fb;
	if (!fetch(c, addr, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, shm_info_names[0], mk_int(c, d.used));
	v_field(s, shm_info_names[1], mk_uint(c, d.tot));
	v_field(s, shm_info_names[2], mk_uint(c, d.rss));
	v_field(s, shm_info_names[3], mk_uint(c, d.swp));
	v_field(s, shm_info_names[4], mk_uint(c, d.att));
	v_field(s, shm_info_names[5], mk_uint(c, d.succ));
	return s;
}

static struct value *mk_semid_ds(struct dctx *c, uint64_t addr, bool set)
{
	struct { uint32_t perm[12]; uint64_t otime, u1, ctime, u2, nsems; } d;
	struct value *fb;
	if (!fetch(c, addr, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "sem_perm", mk_ipc_perm(c, d.perm, !set));
	if (set)
		return s;
	v_field(s, "sem_otime", mk_int(c, (int64_t)d.otime));
	v_field(s, "sem_ctime", mk_int(c, (int64_t)d.ctime));
	v_field(s, "sem_nsems", mk_uint(c, d.nsems));
	return s;
}

static struct value *mk_msqid_ds(struct dctx *c, uint64_t addr, bool set)
{
	struct { uint32_t perm[12]; uint64_t stime, rtime, ctime, cbytes, qnum, qbytes; int32_t lspid, lrpid; } d;
	struct value *fb;
	if (!fetch(c, addr, &d, sizeof(d), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "msg_perm", mk_ipc_perm(c, d.perm, !set));
	if (set) {
		v_field(s, "msg_qbytes", mk_uint(c, d.qbytes));
		return s;
	}
	v_field(s, "msg_stime", mk_int(c, (int64_t)d.stime));
	v_field(s, "msg_rtime", mk_int(c, (int64_t)d.rtime));
	v_field(s, "msg_ctime", mk_int(c, (int64_t)d.ctime));
	v_field(s, "msg_qnum", mk_uint(c, d.qnum));
	v_field(s, "msg_qbytes", mk_uint(c, d.qbytes));
	v_field(s, "msg_lspid", mk_int(c, d.lspid));
	v_field(s, "msg_lrpid", mk_int(c, d.lrpid));
	return s;
}

/*
 * shmctl(id, cmd, buf), semctl(id, num, cmd, arg), msgctl(id, cmd, buf):
 * one decoder, with what differs between the three in a table.
 */
struct ipc_ctl {
	const struct xlat *cmds;
	unsigned cmd_arg;              /* index of cmd; the buffer follows it */
	uint32_t stat, info, stat_any; /* the family's own *_STAT, *_INFO, *_STAT_ANY */
	struct value *(*ds)(struct dctx *c, uint64_t addr, bool set);   /* *id_ds */
	struct value *(*own_info)(struct dctx *c, uint64_t addr);       /* *_INFO, if not IPC_INFO's struct */
	const char *const *info_names; /* IPC_INFO: a struct of unsigned longs or ints */
	unsigned ninfo, info_size;
};

static void dec_ipc_ctl(struct dctx *c, const struct ipc_ctl *k)
{
	uint32_t cmd = c->arg[k->cmd_arg], base = cmd & ~0x100u;
	uint64_t buf = c->arg[k->cmd_arg + 1];
	if (!c->exiting) {
		for (unsigned i = 0; i < k->cmd_arg; i++)
			add_arg(c, mk_int(c, (int)c->arg[i]));
		add_arg(c, mk_ipc_cmd(c, cmd, k->cmds));
		if (base == IPC_SET_)
			add_arg(c, k->ds(c, buf, true));
		else if (base == IPC_STAT_ || base == IPC_INFO_ || base == k->stat || base == k->info ||
			 base == k->stat_any)
			c->pending = true;
		else
			add_arg(c, mk_ptr(c, buf));
		return;
	}
	if (!c->pending)
		return;
	if (failed(c))
		add_arg(c, mk_ptr(c, buf));
	else if (base == k->info && k->own_info)
		add_arg(c, k->own_info(c, buf));
	else if (base == IPC_INFO_ || base == k->info)
		add_arg(c, mk_ulong_struct(c, buf, k->info_names, k->ninfo, k->info_size));
	else
		add_arg(c, k->ds(c, buf, false));
}

static void dec_shmctl(struct dctx *c)
{
	static const struct ipc_ctl shm = { &xlat_shmctl_cmds, 1, 13, 14, 15, mk_shmid_ds, mk_shm_info,
					    shminfo_names, 5, 8 };
	dec_ipc_ctl(c, &shm);
}

static void dec_semctl(struct dctx *c)
{
	static const struct ipc_ctl sem = { &xlat_semctl_cmds, 2, 18, 19, 20, mk_semid_ds, NULL,
					    seminfo_names, 10, 4 };
	dec_ipc_ctl(c, &sem);
}

static void dec_msgctl(struct dctx *c)
{
	static const struct ipc_ctl msg = { &xlat_msgctl_cmds, 1, 11, 12, 13, mk_msqid_ds, NULL,
					    msginfo_names, 8, 4 };
	dec_ipc_ctl(c, &msg);
}

static struct value *mk_sembufs(struct dctx *c, uint64_t addr, uint64_t n)
{
	if (!addr)
		return mk_ptr(c, 0);
	struct value *arr = v_list(c->a, V_ARRAY);
	for (uint64_t i = 0; i < n; i++) {
		if (i >= array_limit(c)) {
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		struct { uint16_t num; int16_t op; int16_t flg; } b;
		if (mem_read(c->mem, addr + i * sizeof(b), &b, sizeof(b)) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "sem_num", mk_uint(c, b.num));
		v_field(s, "sem_op", mk_int(c, b.op));
		v_field(s, "sem_flg", mk_flags(c, (uint16_t)b.flg, &xlat_sem_flags));
		v_add(arr, s);
	}
	return arr;
}

static void dec_semop(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_int(c, (int)c->arg[0]));
	add_arg(c, mk_sembufs(c, c->arg[1], (uint32_t)c->arg[2]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[2]));
	if (c->nr == SC_semtimedop)
		add_arg(c, mk_timespec(c, c->arg[3]));
}

/* {mtype=1, mtext="..."}: len bytes of text after the type */
static struct value *mk_msgbuf(struct dctx *c, uint64_t addr, uint64_t len)
{
	int64_t type;
	struct value *fb;
	if (!fetch(c, addr, &type, sizeof(type), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "mtype", mk_int(c, type));
	v_field(s, "mtext", mk_buf(c, addr + 8, len));
	return s;
}

static void dec_msgsnd(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_int(c, (int)c->arg[0]));
	add_arg(c, mk_msgbuf(c, c->arg[1], c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[3], &xlat_msg_flags));
}

static void dec_msgrcv(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) ? mk_ptr(c, c->arg[1]) : mk_msgbuf(c, c->arg[1], c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_int(c, (int64_t)c->arg[3]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[4], &xlat_msg_flags));
}

/* ---- POSIX message queues ---- */

static struct value *mk_mq_attr(struct dctx *c, uint64_t addr)
{
	int64_t a[4];
	struct value *fb;
	if (!fetch(c, addr, a, sizeof(a), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "mq_flags", mk_flags(c, (uint64_t)a[0], &xlat_mq_attr_flags));
	v_field(s, "mq_maxmsg", mk_int(c, a[1]));
	v_field(s, "mq_msgsize", mk_int(c, a[2]));
	v_field(s, "mq_curmsgs", mk_int(c, a[3]));
	return s;
}

static void dec_mq_open(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_path(c, c->arg[0]));
	uint32_t flags = c->arg[1];
	add_arg(c, mk_open_flags(c, flags));
	if (flags & 0100) {   /* O_CREAT */
		add_arg(c, mk_mode(c, (uint32_t)c->arg[2] & 0177777));
		add_arg(c, mk_mq_attr(c, c->arg[3]));
	}
}

static void dec_mq_timedsend(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_buf(c, c->arg[1], c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[3]));
	add_arg(c, mk_timespec(c, c->arg[4]));
}

static void dec_mq_timedreceive(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	if (failed(c)) {
		add_arg(c, mk_ptr(c, c->arg[1]));
		add_arg(c, mk_uint(c, c->arg[2]));
		add_arg(c, mk_ptr(c, c->arg[3]));
	} else {
		add_arg(c, mk_buf(c, c->arg[1], (uint64_t)c->rval));
		add_arg(c, mk_uint(c, c->arg[2]));
		uint32_t prio;
		struct value *fb;
		if (fetch(c, c->arg[3], &prio, sizeof(prio), &fb)) {
			fb = v_list(c->a, V_ARRAY);
			v_add(fb, mk_uint(c, prio));
		}
		add_arg(c, fb);
	}
	add_arg(c, mk_timespec(c, c->arg[4]));
}

static void dec_mq_notify(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_sigevent(c, c->arg[1]));
}

static void dec_mq_getsetattr(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		add_arg(c, mk_mq_attr(c, c->arg[1]));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) ? mk_ptr(c, c->arg[2]) : mk_mq_attr(c, c->arg[2]));
}

/* ---- notification descriptors ---- */

static struct value *arg_fan_dirfd(struct dctx *c, int i, const void *d)
{
	(void)d;
	int fd = (int)c->arg[i];
	return fd == -1 ? v_sym(c->a, "FAN_NOFD", (uint64_t)-1) : mk_dirfd(c, fd);
}

static void dec_fanotify_init(struct dctx *c)
{
	if (c->exiting)
		return;
	uint32_t f = c->arg[0];
	struct value *v = v_list(c->a, V_OR);
	v_add(v, mk_enum(c, f & 0xc, &xlat_fan_classes));
	if (f & ~0xcu)
		v_add(v, v_flags(c->a, f & ~0xcu, &xlat_fan_init_flags, NF_HEX));
	add_arg(c, v);
	add_arg(c, mk_open_flags(c, (uint32_t)c->arg[1]));
}

/* ---- administration ---- */

static void dec_syslog(struct dctx *c)
{
	int type = (int)c->arg[0];
	if (!c->exiting) {
		struct value *t = mk_int(c, type);
		const char *n = xlat_name(&xlat_syslog_actions, (uint64_t)(int64_t)type);
		t->comment = n ? n : "SYSLOG_ACTION_???";
		add_arg(c, t);
		switch (type) {
		case 2: case 3: case 4:
			c->pending = true;
			break;
		case 8: {
			add_arg(c, mk_ptr(c, c->arg[1]));
			struct value *l = mk_int(c, (int)c->arg[2]);
			n = xlat_name(&xlat_syslog_levels, (uint64_t)(int64_t)(int)c->arg[2]);
			l->comment = n ? n : "LOGLEVEL_???";
			add_arg(c, l);
			break;
		}
		case 0: case 1: case 5: case 6: case 7: case 9: case 10:
			break;
		default:
			add_arg(c, mk_ptr(c, c->arg[1]));
			add_arg(c, mk_int(c, (int)c->arg[2]));
		}
		return;
	}
	if (!c->pending)
		return;
	add_arg(c, failed(c) ? mk_ptr(c, c->arg[1]) : mk_buf(c, c->arg[1], (uint64_t)c->rval));
	add_arg(c, mk_int(c, (int)c->arg[2]));
}

static void dec_reboot(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_reboot_magic));
	add_arg(c, mk_enum(c, (uint32_t)c->arg[1], &xlat_reboot_magic));
	add_arg(c, mk_enum(c, (uint32_t)c->arg[2], &xlat_reboot_cmds));
	if ((uint32_t)c->arg[2] == 0xA1B2C3D4)   /* LINUX_REBOOT_CMD_RESTART2 */
		add_arg(c, mk_cstr(c, c->arg[3], c->opt->strsize));
}

static void dec_sethostname(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_buf(c, c->arg[0], c->arg[1]));
	add_arg(c, mk_uint(c, c->arg[1]));
}

static void dec_swapon(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_path(c, c->arg[0]));
	uint32_t f = c->arg[1];
	struct value *v = v_list(c->a, V_OR);
	if (f & ~0x7fffu)
		v_add(v, v_flags(c->a, f & ~0x7fffu, &xlat_swap_flags, NF_HEX));
	if ((f & 0x7fff) || !(f & ~0x7fffu))
		v_add(v, mk_uint(c, f & 0x7fff));
	add_arg(c, v);
}

static void dec_mount(struct dctx *c)
{
	if (c->exiting)
		return;
	uint64_t flags = c->arg[3];
	const uint64_t ignore_type = 32 | 4096 | 8192 | 0x20000 | 0x40000 | 0x80000 | 0x100000;
	bool mgc = (flags & 0xffff0000) == 0xc0ed0000;
	if (mgc)
		flags &= ~(uint64_t)0xffff0000;
	add_arg(c, mk_path(c, c->arg[0]));
	add_arg(c, mk_path(c, c->arg[1]));
	add_arg(c, flags & ignore_type ? mk_ptr(c, c->arg[2]) : mk_cstr(c, c->arg[2], c->opt->strsize));
	struct value *v = v_list(c->a, V_OR);
	if (mgc)
		v_add(v, v_sym(c->a, "MS_MGC_VAL", 0xc0ed0000));
	if (!mgc || flags)
		v_add(v, mk_flags(c, flags, &xlat_mount_flags));
	add_arg(c, v);
	add_arg(c, mk_cstr(c, c->arg[4], c->opt->strsize));
}

static struct value *mk_key_serial(struct dctx *c, int32_t k)
{
	const char *n = xlat_name(&xlat_key_specs, (uint64_t)(int64_t)k);
	return n ? v_sym(c->a, n, (uint64_t)(int64_t)k) : mk_int(c, k);
}

static void dec_add_key(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_cstr(c, c->arg[0], c->opt->strsize));
	add_arg(c, mk_cstr(c, c->arg[1], c->opt->strsize));
	add_arg(c, mk_buf(c, c->arg[2], c->arg[3]));
	add_arg(c, mk_uint(c, c->arg[3]));
	add_arg(c, mk_key_serial(c, (int32_t)c->arg[4]));
}

static void dec_request_key(struct dctx *c)
{
	if (c->exiting)
		return;
	for (int i = 0; i < 3; i++)
		add_arg(c, mk_cstr(c, c->arg[i], c->opt->strsize));
	add_arg(c, mk_key_serial(c, (int32_t)c->arg[3]));
}

static void dec_keyctl(struct dctx *c)
{
	uint32_t cmd = c->arg[0];
	if (!c->exiting) {
		add_arg(c, mk_enum(c, cmd, &xlat_keyctl_cmds));
		switch (cmd) {
		case 0: /* GET_KEYRING_ID */
			add_arg(c, mk_key_serial(c, (int32_t)c->arg[1]));
			add_arg(c, mk_int(c, (int)c->arg[2]));
			break;
		case 1: /* JOIN_SESSION_KEYRING */
			add_arg(c, mk_cstr(c, c->arg[1], c->opt->strsize));
			break;
		case 2: /* UPDATE */
			add_arg(c, mk_key_serial(c, (int32_t)c->arg[1]));
			add_arg(c, mk_buf(c, c->arg[2], c->arg[3]));
			add_arg(c, mk_uint(c, c->arg[3]));
			break;
		case 3: case 7: case 21: /* REVOKE, CLEAR, INVALIDATE */
			add_arg(c, mk_key_serial(c, (int32_t)c->arg[1]));
			break;
		case 6: case 11: case 17: /* DESCRIBE, READ, GET_SECURITY */
			add_arg(c, mk_key_serial(c, (int32_t)c->arg[1]));
			c->pending = true;
			break;
		case 8: case 9: /* LINK, UNLINK */
			add_arg(c, mk_key_serial(c, (int32_t)c->arg[1]));
			add_arg(c, mk_key_serial(c, (int32_t)c->arg[2]));
			break;
		case 15: /* SET_TIMEOUT */
			add_arg(c, mk_key_serial(c, (int32_t)c->arg[1]));
			add_arg(c, mk_uint(c, (uint32_t)c->arg[2]));
			break;
		default:
			for (int i = 1; i < 5; i++)
				add_arg(c, mk_hex(c, c->arg[i]));
		}
		return;
	}
	if (!c->pending)
		return;
	bool str = cmd != 11 && !failed(c);
	uint64_t n = (uint64_t)c->rval < c->arg[3] ? (uint64_t)c->rval : c->arg[3];
	if (str)   /* a NUL-terminated string of n bytes */
		add_arg(c, mk_cstr(c, c->arg[2], n ? n - 1 : 0));
	else
		add_arg(c, mk_ptr(c, c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[3]));
}

static struct value *mk_qcmd(struct dctx *c, uint32_t v)
{
	struct value *q = v_call(c->a, "QCMD");
	v_add(q, mk_enum(c, v >> 8, &xlat_quota_cmds));
	v_add(q, mk_enum(c, v & 0xff, &xlat_quota_types));
	return q;
}

static void dec_quotactl(struct dctx *c)
{
	if (c->exiting)
		return;
	if (c->nr == SC_quotactl_fd) {          /* quotactl_fd(fd, cmd, id, addr) */
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		add_arg(c, mk_qcmd(c, c->arg[1]));
	} else {                                /* quotactl(cmd, special, id, addr) */
		add_arg(c, mk_qcmd(c, c->arg[0]));
		add_arg(c, mk_path(c, c->arg[1]));
	}
	uint32_t cmd = (uint32_t)c->arg[c->nr == SC_quotactl_fd ? 1 : 0] >> 8;
	switch (cmd) {
	case 0x800001: case 0x800003: case 0x5807:   /* Q_SYNC, Q_QUOTAOFF, Q_XQUOTASYNC */
		break;
	case 0x800002:                               /* Q_QUOTAON: format, path */
		add_arg(c, mk_enum(c, (uint32_t)c->arg[2], &xlat_quota_formats));
		add_arg(c, mk_path(c, c->arg[3]));
		break;
	case 0x800004: case 0x800005: case 0x800006: case 0x5801: case 0x5802:
	case 0x5805: case 0x5806: case 0x5808:       /* no id */
		add_arg(c, mk_ptr(c, c->arg[3]));
		break;
	default:
		add_arg(c, mk_int(c, (int)c->arg[2]));
		add_arg(c, mk_ptr(c, c->arg[3]));
	}
}

static void dec_kexec_load(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ptr(c, c->arg[0]));
	add_arg(c, mk_uint(c, c->arg[1]));
	add_arg(c, mk_ptr(c, c->arg[2]));
	uint64_t f = c->arg[3];
	struct value *v = v_list(c->a, V_OR);
	v_add(v, mk_enum(c, f & 0xffff0000, &xlat_kexec_archs));
	if (f & ~(uint64_t)0xffff0000)
		v_add(v, v_flags(c->a, f & ~(uint64_t)0xffff0000, &xlat_kexec_flags, NF_HEX));
	add_arg(c, v);
}

static void dec_fsconfig(struct dctx *c)
{
	if (c->exiting)
		return;
	uint32_t cmd = c->arg[1];
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_enum(c, cmd, &xlat_fsconfig_cmds));
	add_arg(c, mk_cstr(c, c->arg[2], c->opt->strsize));
	if (cmd == 1)
		add_arg(c, mk_cstr(c, c->arg[3], c->opt->strsize));
	else if (cmd == 3 || cmd == 4)
		add_arg(c, mk_path(c, c->arg[3]));
	else
		add_arg(c, mk_ptr(c, c->arg[3]));
	if (cmd == 5)
		add_arg(c, mk_fd(c, (int)c->arg[4]));
	else if (cmd == 3 || cmd == 4)
		add_arg(c, mk_dirfd(c, (int)c->arg[4]));
	else
		add_arg(c, mk_int(c, (int)c->arg[4]));
}

static void dec_io_setup(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_uint(c, (uint32_t)c->arg[0]));
		c->pending = true;
		return;
	}
	uint64_t ctx;
	struct value *fb;
	if (!failed(c) && fetch(c, c->arg[1], &ctx, sizeof(ctx), &fb)) {
		fb = v_list(c->a, V_ARRAY);
		v_add(fb, mk_hex(c, ctx));
	} else {
		fb = mk_ptr(c, c->arg[1]);
	}
	add_arg(c, fb);
}

static const struct decoder misc_decoders[] = {
	DECODE(ioctl, dec_ioctl),
	DECODE(futex, dec_futex),
	DECODE(futex_waitv, dec_futex_waitv),
	DECODE(shmget, dec_shmget),
	SIGNATURE_R(shmat, RET_HEX, ARG(int), ARG(ptr), ARGX(flags, shmat_flags)),
	DECODE(shmctl, dec_shmctl),
	SIGNATURE(shmdt, ARG(ptr)),
	DECODE(semget, dec_semget),
	DECODE(semop, dec_semop),
	DECODE(semtimedop, dec_semop),
	DECODE(semctl, dec_semctl),
	DECODE(msgget, dec_msgget),
	DECODE(msgsnd, dec_msgsnd),
	DECODE(msgrcv, dec_msgrcv),
	DECODE(msgctl, dec_msgctl),
	DECODE_R(mq_open, dec_mq_open, RET_FD),
	SIGNATURE(mq_unlink, ARG(path)),
	DECODE(mq_timedsend, dec_mq_timedsend),
	DECODE(mq_timedreceive, dec_mq_timedreceive),
	DECODE(mq_notify, dec_mq_notify),
	DECODE(mq_getsetattr, dec_mq_getsetattr),
	SIGNATURE_R(eventfd, RET_FD, ARG(uint)),
	SIGNATURE_R(eventfd2, RET_FD, ARG(uint), ARGX(flags, eventfd_flags)),
	SIGNATURE_R(inotify_init, RET_FD),
	SIGNATURE_R(inotify_init1, RET_FD, ARGX(flags, inotify_init_flags)),
	SIGNATURE(inotify_add_watch, ARG(fd), ARG(path), ARGX(flags, inotify_mask)),
	SIGNATURE(inotify_rm_watch, ARG(fd), ARG(int)),
	DECODE_R(fanotify_init, dec_fanotify_init, RET_FD),
	SIGNATURE(fanotify_mark, ARG(fd), ARGX(flags, fan_mark_flags), ARGX(flags64, fan_events), ARG(fan_dirfd), ARG(path)),
	SIGNATURE_R(userfaultfd, RET_FD, ARGX(flags, userfaultfd_flags)),
	DECODE(syslog, dec_syslog),
	DECODE(reboot, dec_reboot),
	DECODE(sethostname, dec_sethostname),
	DECODE(setdomainname, dec_sethostname),
	DECODE(mount, dec_mount),
	SIGNATURE(umount2, ARG(path), ARGX(flags, umount_flags)),
	DECODE(swapon, dec_swapon),
	SIGNATURE(swapoff, ARG(path)),
	SIGNATURE(pivot_root, ARG(path), ARG(path)),
	SIGNATURE(acct, ARG(path)),
	SIGNATURE(iopl, ARG(int)),
	SIGNATURE(ioperm, ARG(hex), ARG(hex), ARG(int)),
	SIGNATURE(init_module, ARG(ptr), ARG(ulong), ARG(str)),
	SIGNATURE(delete_module, ARG(str), ARGX(flags, delete_module_flags)),
	SIGNATURE(finit_module, ARG(fd), ARG(str), ARGX(flags, finit_module_flags)),
	DECODE(kexec_load, dec_kexec_load),
	SIGNATURE(kexec_file_load, ARG(fd), ARG(fd), ARG(ulong), ARG(str), ARGX(flags64, kexec_file_flags)),
	DECODE(add_key, dec_add_key),
	DECODE(request_key, dec_request_key),
	DECODE(keyctl, dec_keyctl),
	DECODE(quotactl, dec_quotactl),
	DECODE(quotactl_fd, dec_quotactl),
	SIGNATURE_R(perf_event_open, RET_FD, ARG(ptr), ARG(int), ARG(int), ARG(fd), ARGX(flags64, perf_event_open_flags)),
	SIGNATURE(bpf, ARGX(enum, bpf_cmds), ARG(ptr), ARG(uint)),
	DECODE(io_setup, dec_io_setup),
	SIGNATURE(io_destroy, ARG(ptr)),
	SIGNATURE(io_submit, ARG(ptr), ARG(long), ARG(ptr)),
	SIGNATURE(io_cancel, ARG(ptr), ARG(ptr), ARG(ptr)),
	SIGNATURE(io_getevents, ARG(ptr), ARG(long), ARG(long), ARG(ptr), ARG(ptr)),
	SIGNATURE(io_pgetevents, ARG(ptr), ARG(long), ARG(long), ARG(ptr), ARG(ptr), ARG(ptr)),
	SIGNATURE_R(io_uring_setup, RET_FD, ARG(uint), ARG(ptr)),
	SIGNATURE(io_uring_enter, ARG(fd), ARG(uint), ARG(uint), ARGX(flags, io_uring_enter_flags), ARG(ptr), ARG(ulong)),
	SIGNATURE(io_uring_register, ARG(fd), ARGX(enum, io_uring_register_ops), ARG(ptr), ARG(uint)),
	SIGNATURE_R(open_tree, RET_FD, ARG(dirfd), ARG(path), ARGX(flags, open_tree_flags)),
	SIGNATURE(move_mount, ARG(dirfd), ARG(path), ARG(dirfd), ARG(path), ARGX(flags, move_mount_flags)),
	SIGNATURE_R(fsopen, RET_FD, ARG(str), ARGX(flags, fsopen_flags)),
	DECODE(fsconfig, dec_fsconfig),
	SIGNATURE_R(fsmount, RET_FD, ARG(fd), ARGX(flags, fsmount_flags), ARGX(flags, mount_attr_flags)),
	SIGNATURE_R(fspick, RET_FD, ARG(dirfd), ARG(path), ARGX(flags, fspick_flags)),
	SIGNATURE(mount_setattr, ARG(dirfd), ARG(path), ARGX(flags, mount_setattr_flags), ARG(ptr), ARG(ulong)),
	SIGNATURE_R(landlock_create_ruleset, RET_FD, ARG(ptr), ARG(ulong), ARGX(flags, landlock_create_flags)),
	SIGNATURE(landlock_add_rule, ARG(fd), ARGX(enum, landlock_rule_types), ARG(ptr), ARG(hex32)),
	SIGNATURE(landlock_restrict_self, ARG(fd), ARG(hex32)),
	SIGNATURE(lookup_dcookie, ARG(ulong), ARG(ptr), ARG(ulong)),
	SIGNATURE(_sysctl, ARG(ptr)),
};

DECODER_TABLE(misc, misc_decoders);
