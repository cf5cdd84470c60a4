/*
 * dec_file.c - decoders for files and descriptors: open/close, read/write
 * and their vector and positional forms, directory and link operations,
 * permissions, dup/pipe, fcntl.
 */
#include "decode.h"
#include "dec_process.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/uio.h>

/* open(2) flags: access mode, then the other flags ("O_RDONLY|O_CLOEXEC"). */
struct value *mk_open_flags(struct dctx *c, uint64_t flags)
{
	/* after the access mode, unknown bits get no "O_???" comment */
	static struct xlat after_mode;
	if (!after_mode.e) {
		after_mode = xlat_open_flags;
		after_mode.unknown = NULL;
	}
	struct value *v = v_list(c->a, V_OR);
	v_add(v, mk_enum(c, flags & O_ACCMODE, &xlat_open_access));
	if (flags & ~(uint64_t)O_ACCMODE)
		v_add(v, mk_flags(c, flags & ~(uint64_t)O_ACCMODE, &after_mode));
	return v_whole(v, flags, NF_HEX);
}

static bool open_takes_mode(uint64_t flags)
{
	return (flags & O_CREAT) || (flags & 020000000);   /* the kernel's __O_TMPFILE bit */
}

static void dec_open_common(struct dctx *c, int first)
{
	if (c->exiting)
		return;
	add_arg(c, mk_path(c, c->arg[first]));
	uint32_t flags = c->arg[first + 1];
	add_arg(c, mk_open_flags(c, flags));
	if (open_takes_mode(flags))
		add_arg(c, mk_mode(c, (uint32_t)c->arg[first + 2] & 0177777));
}

static void dec_open(struct dctx *c) { dec_open_common(c, 0); }

static void dec_openat(struct dctx *c)
{
	if (!c->exiting)
		add_arg(c, mk_dirfd(c, (int)c->arg[0]));
	dec_open_common(c, 1);
}

/* struct open_how for openat2 */
struct open_how_k {
	uint64_t flags, mode, resolve;
};

static void dec_openat2(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_dirfd(c, (int)c->arg[0]));
	add_arg(c, mk_path(c, c->arg[1]));
	struct open_how_k how;
	struct value *fb;
	if (c->arg[3] < sizeof(how) || !fetch(c, c->arg[2], &how, sizeof(how), &fb)) {
		add_arg(c, mk_ptr(c, c->arg[2]));
	} else {
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "flags", mk_open_flags(c, how.flags));
		if (how.mode || open_takes_mode(how.flags))
			v_field(s, "mode", v_num(c->a, how.mode, NF_OCT));   /* all 64 bits */
		v_field(s, "resolve", mk_flags(c, how.resolve, &xlat_resolve_flags));
		add_struct_tail(c, s, c->arg[2], sizeof(how), c->arg[3]);
		add_arg(c, s);
	}
	add_arg(c, mk_uint(c, c->arg[3]));
}

/* A pointer to struct iovec[n]; data shows at most limit bytes in total. */
struct value *mk_iovec(struct dctx *c, uint64_t addr, uint64_t n, uint64_t limit, bool show_data)
{
	if (!addr && n == 0)
		return mk_ptr(c, 0);
	struct value *arr = v_list(c->a, V_ARRAY);
	size_t isz = 2 * word_size(c);   /* iov_base, iov_len */
	for (uint64_t i = 0; i < n; i++) {
		uint64_t iov[2];
		struct value *fb;
		if (!fetch_words(c, addr + i * isz, iov, 2, &fb)) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(arr, mk_ellipsis_at(c, addr + i * isz));
			break;
		}
		if (i >= array_limit(c)) {
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		struct value *s = v_list(c->a, V_STRUCT);
		uint64_t len = iov[1];
		if (show_data) {
			uint64_t take = len < limit ? len : limit;
			v_field(s, "iov_base", mk_buf(c, iov[0], take));
			if (limit != UINT64_MAX)   /* UINT64_MAX: no total, each element up to -s */
				limit -= take;
		} else {
			v_field(s, "iov_base", mk_ptr(c, iov[0]));
		}
		v_field(s, "iov_len", mk_uint(c, len));
		v_add(arr, s);
	}
	return arr;
}

/* readv, preadv, preadv2: the iovec is filled in by the kernel */
static void dec_readv(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	/* a failed call filled nothing: the vector shows its addresses */
	add_arg(c, mk_iovec(c, c->arg[1], c->arg[2], failed(c) ? 0 : (uint64_t)c->rval, !failed(c)));
	add_arg(c, mk_uint(c, c->arg[2]));
	if (c->nr == SC_preadv || c->nr == SC_preadv2)
		add_arg(c, mk_int(c, (int64_t)c->arg[3]));
	if (c->nr == SC_preadv2)
		add_arg(c, mk_flags(c, (uint32_t)c->arg[5], &xlat_rwf_flags));   /* after pos_l, pos_h */
}

static void dec_writev(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_iovec(c, c->arg[1], c->arg[2], UINT64_MAX, true));
	add_arg(c, mk_uint(c, c->arg[2]));
	if (c->nr == SC_pwritev || c->nr == SC_pwritev2)
		add_arg(c, mk_int(c, (int64_t)c->arg[3]));
	if (c->nr == SC_pwritev2)
		add_arg(c, mk_flags(c, (uint32_t)c->arg[5], &xlat_rwf_flags));   /* after pos_l, pos_h */
}

/* readlink/readlinkat: the buffer is not NUL-terminated; its length is the return value */
static void dec_readlink(struct dctx *c)
{
	int p = c->nr == SC_readlinkat ? 1 : 0;
	if (!c->exiting) {
		if (p)
			add_arg(c, mk_dirfd(c, (int)c->arg[0]));
		add_arg(c, mk_path(c, c->arg[p]));
		c->pending = true;
		return;
	}
	if (failed(c)) {
		add_arg(c, mk_ptr(c, c->arg[p + 1]));
	} else {
		/* the link target is a buffer, cut at -s like any other (as strace does) */
		add_arg(c, mk_buf(c, c->arg[p + 1], (uint64_t)c->rval));
	}
	add_arg(c, mk_uint(c, c->arg[p + 2]));
}

static void dec_getcwd(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	/* as strace: the path as long as the result says (it counts the NUL) */
	add_arg(c, failed(c) || c->rval < 1 ? mk_ptr(c, c->arg[0]) : mk_pathn(c, c->arg[0], (size_t)c->rval - 1));
	add_arg(c, mk_uint(c, c->arg[1]));
}

static void dec_pipe(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	int fds[2];
	struct value *fb;
	if (failed(c) || !fetch(c, c->arg[0], fds, sizeof(fds), &fb)) {
		add_arg(c, mk_ptr(c, c->arg[0]));
	} else {
		struct value *a = v_list(c->a, V_ARRAY);
		v_add(a, mk_fd(c, fds[0]));
		v_add(a, mk_fd(c, fds[1]));
		add_arg(c, a);
	}
	if (c->nr == SC_pipe2)
		add_arg(c, mk_flags(c, (uint32_t)c->arg[1], &xlat_open_flags));
}

static void dec_umask(struct dctx *c)
{
	if (!c->exiting)
		add_arg(c, mk_mode(c, (uint32_t)c->arg[0] & 0177777));
	c->retfmt = RET_OCT;
}

/* ---- fcntl ---- */

/*
 * An i386 program's fcntl: F_GETLK..F_SETLKW take a struct flock of 32-bit
 * offsets, F_GETLK64..F_SETLKW64 (12-14, which x86_64 has not) and the OFD
 * locks a packed struct flock64.  cmd64 is the x86_64 command it works as.
 */
#define F_GETLK64_I386 12
struct flock_i386 { int16_t type, whence; int32_t start, len, pid; };
struct flock64_i386 { int16_t type, whence; int64_t start, len; int32_t pid; } __attribute__((packed));

static bool fetch_flock(struct dctx *c, uint64_t addr, int cmd, struct flock *fl, struct value **fb)
{
	if (!c->lp32)
		return fetch(c, addr, fl, sizeof(*fl), fb);
	memset(fl, 0, sizeof(*fl));
	if (cmd == F_GETLK || cmd == F_SETLK || cmd == F_SETLKW) {
		struct flock_i386 f;
		if (!fetch(c, addr, &f, sizeof(f), fb))
			return false;
		*fl = (struct flock){ .l_type = f.type, .l_whence = f.whence, .l_start = f.start, .l_len = f.len, .l_pid = f.pid };
		return true;
	}
	struct flock64_i386 f;
	if (!fetch(c, addr, &f, sizeof(f), fb))
		return false;
	*fl = (struct flock){ .l_type = f.type, .l_whence = f.whence, .l_start = f.start, .l_len = f.len, .l_pid = f.pid };
	return true;
}

static struct value *mk_flock(struct dctx *c, uint64_t addr, bool with_pid, int cmd)
{
	struct flock fl;
	struct value *fb;
	if (!fetch_flock(c, addr, cmd, &fl, &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "l_type", mk_enum(c, (uint16_t)fl.l_type, &xlat_lock_types));
	v_field(s, "l_whence", mk_enum(c, (uint16_t)fl.l_whence, &xlat_seek_whence));
	v_field(s, "l_start", mk_int(c, fl.l_start));
	v_field(s, "l_len", mk_int(c, fl.l_len));
	if (with_pid)
		v_field(s, "l_pid", mk_int(c, fl.l_pid));
	return s;
}

static void dec_fcntl(struct dctx *c)
{
	int cmd = (int)c->arg[1];
	static const char *const lk64[] = { "F_GETLK64", "F_SETLK64", "F_SETLKW64" };
	bool is_lk64 = c->lp32 && cmd >= F_GETLK64_I386 && cmd < F_GETLK64_I386 + 3;
	int lkcmd = cmd;   /* as mk_flock reads it */
	if (is_lk64)
		cmd = F_GETLK + (cmd - F_GETLK64_I386);   /* what it does */
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		add_arg(c, is_lk64 ? v_const(c->a, lk64[cmd - F_GETLK], (uint32_t)lkcmd, NF_HEX)
				   : mk_enum(c, (uint32_t)cmd, &xlat_fcntl_cmds));
		switch (cmd) {
		case F_SETFD:
			add_arg(c, mk_flags(c, (uint32_t)c->arg[2], &xlat_fd_flags));
			break;
		case F_SETFL:
			add_arg(c, mk_open_flags(c, (uint32_t)c->arg[2]));
			break;
		case F_DUPFD:
		case F_DUPFD_CLOEXEC:
			c->retfmt = RET_FD;
			/* fall through */
		case F_SETPIPE_SZ:
			add_arg(c, mk_int(c, (int)c->arg[2]));
			break;
		case F_SETOWN:   /* a pid, or -pgid */
			add_arg(c, arg_killpid(c, 2, NULL));
			break;
		case F_SETSIG:
			add_arg(c, mk_signo(c, (int)c->arg[2]));
			break;
		case F_SETLEASE:
			add_arg(c, mk_enum(c, (uint32_t)c->arg[2], &xlat_lease_types));
			break;
		case F_NOTIFY:
			add_arg(c, mk_flags(c, (uint32_t)c->arg[2], &xlat_notify_flags));
			break;
		case F_ADD_SEALS:
			add_arg(c, mk_flags(c, (uint32_t)c->arg[2], &xlat_seal_flags));
			break;
		case F_SETLK:
		case F_SETLKW:
		case F_OFD_SETLK:
		case F_OFD_SETLKW:
			add_arg(c, mk_flock(c, c->arg[2], false, lkcmd));
			break;
		case F_GETLK:
		case F_OFD_GETLK:
		case F_GETOWN_EX:
			c->pending = true;
			break;
		case F_SETOWN_EX: {
			struct f_owner_ex o;
			struct value *fb;
			if (fetch(c, c->arg[2], &o, sizeof(o), &fb)) {
				struct value *s = v_list(c->a, V_STRUCT);
				v_field(s, "type", mk_enum(c, o.type, &xlat_owner_types));
				v_field(s, "pid", mk_pid(c, o.pid));
				fb = s;
			}
			add_arg(c, fb);
			break;
		}
		case F_GETFD: case F_GETFL: case F_GETOWN: case F_GETSIG: case F_GETLEASE:
		case F_GETPIPE_SZ: case F_GET_SEALS:
			break;
		default:
			add_arg(c, mk_hex(c, c->arg[2]));
			break;
		}
		return;
	}
	switch (cmd) {
	case F_GETLK:
	case F_OFD_GETLK:
		add_arg(c, failed(c) ? mk_ptr(c, c->arg[2]) : mk_flock(c, c->arg[2], true, lkcmd));
		break;
	case F_GETOWN_EX: {
		struct f_owner_ex o;
		struct value *fb;
		if (!failed(c) && fetch(c, c->arg[2], &o, sizeof(o), &fb)) {
			struct value *s = v_list(c->a, V_STRUCT);
			v_field(s, "type", mk_enum(c, o.type, &xlat_owner_types));
			v_field(s, "pid", mk_pid(c, o.pid));
			fb = s;
		} else {
			fb = mk_ptr(c, c->arg[2]);
		}
		add_arg(c, fb);
		break;
	}
	}
	if (failed(c))
		return;
	/* results that are flag sets print as "= 0x8002 (flags O_RDWR|O_LARGEFILE)" */
	struct value *aux = NULL;
	const char *label = "flags";
	if (cmd == F_GETFL)
		aux = v_fixed(mk_open_flags(c, (uint64_t)c->rval));   /* names in every -X style */
	else if (cmd == F_GETFD && c->rval)
		aux = mk_flags(c, (uint64_t)c->rval, &xlat_fd_flags);
	else if (cmd == F_GET_SEALS && c->rval)
		aux = mk_flags(c, (uint64_t)c->rval, &xlat_seal_flags), label = "seals";
	else if (cmd == F_GETLEASE)
		c->ret_aux = v_fixed(mk_enum(c, (uint64_t)c->rval, &xlat_lease_types)), c->retfmt = RET_HEX;
	else if (cmd == F_GETSIG && c->rval)
		c->ret_aux = v_fixed(mk_signo(c, (int)c->rval));
	else if (cmd == F_GETOWN)
		c->retfmt = RET_PID;   /* the owner process (a group is negative, read as an error) */
	if (aux) {
		aux->name = label;
		c->retfmt = RET_HEX;
		c->ret_aux = aux;
	}
}

/* struct file_handle: {handle_bytes=8, handle_type=1, f_handle="\x.."} */
#define HANDLE_MAX 128   /* MAX_HANDLE_SZ */

static void add_handle_body(struct dctx *c, struct value *s, uint64_t addr, uint32_t bytes)
{
	int32_t type;
	struct value *fb;
	if (!fetch(c, addr + 4, &type, sizeof(type), &fb))
		return;
	v_field(s, "handle_type", mk_int(c, type));
	uint32_t n = bytes < HANDLE_MAX ? bytes : HANDLE_MAX;
	uint8_t *buf = arena_alloc(c->a, HANDLE_MAX);   /* the value keeps pointing at it */
	if (n && c->mem->read(c->mem, addr + 8, buf, n) < 0) {
		v_field(s, "f_handle", mk_ptr(c, addr + 8));
		return;
	}
	struct value *h = v_str(c->a, (const char *)buf, n, VS_HEX | (bytes > n ? VS_TRUNC : 0));
	v_field(s, "f_handle", h);
}

static struct value *mk_file_handle(struct dctx *c, uint64_t addr)
{
	uint32_t bytes;
	struct value *fb;
	if (!fetch(c, addr, &bytes, sizeof(bytes), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "handle_bytes", mk_uint(c, bytes));
	add_handle_body(c, s, addr, bytes);
	return s;
}

/* name_to_handle_at(dirfd, path, handle, mount_id, flags) */
static void dec_name_to_handle_at(struct dctx *c)
{
	uint64_t h = c->arg[2];
	if (!c->exiting) {
		add_arg(c, mk_dirfd(c, (int)c->arg[0]));
		add_arg(c, mk_path(c, c->arg[1]));
		uint32_t bytes;
		c->priv[0] = h && c->mem->read(c->mem, h, &bytes, sizeof(bytes)) == 0;
		c->priv[1] = c->priv[0] ? bytes : 0;
		c->pending = true;
		return;
	}
	if (!c->priv[0]) {
		add_arg(c, mk_ptr(c, h));
	} else {
		struct value *s = v_list(c->a, V_STRUCT);
		struct value *in = mk_uint(c, c->priv[1]);
		uint32_t bytes = (uint32_t)c->priv[1];
		if (!failed(c) || c->err == EOVERFLOW)
			if (c->mem->read(c->mem, h, &bytes, sizeof(bytes)) < 0)
			bytes = (uint32_t)c->priv[1];
		v_field(s, "handle_bytes", bytes != c->priv[1] ? v_changed(c->a, in, mk_uint(c, bytes)) : in);
		if (!failed(c))
			add_handle_body(c, s, h, bytes);
		add_arg(c, s);
	}
	add_arg(c, failed(c) || !c->arg[3] ? mk_ptr(c, c->arg[3]) : mk_int_at(c, c->arg[3]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[4], &xlat_name_to_handle_at_flags));
}

/* open_by_handle_at(mount_fd, handle, flags) */
static void dec_open_by_handle_at(struct dctx *c)
{
	if (c->exiting)
		return;
	int fd = (int)c->arg[0];
	add_arg(c, fd >= 0 ? mk_fd(c, fd) : mk_int(c, fd));   /* -100 is not AT_FDCWD here */
	add_arg(c, mk_file_handle(c, c->arg[1]));
	add_arg(c, mk_open_flags(c, c->arg[2]));
}

static const struct decoder file_decoders[] = {
	/* struct file_handle: handle_bytes at entry; at exit its 8-byte head and f_handle */
	DECODE(name_to_handle_at, dec_name_to_handle_at, CAP_PATH(1), CAP_IN(2, sizeof(uint32_t)),
	       CAP_OUT(2, 8 + HANDLE_MAX), CAP_OUT(3, sizeof(int32_t))),
	DECODE_R(open_by_handle_at, dec_open_by_handle_at, RET_FD, CAP_IN(1, 8 + HANDLE_MAX)),
	SIGNATURE(read, ARG(fd), OUT(obuf), ARG(ulong)),
	SIGNATURE(write, ARG(fd), ARG(ibuf), ARG(ulong)),
	SIGNATURE(pread64, ARG(fd), OUT(obuf), ARG(ulong), ARG(long)),
	SIGNATURE(pwrite64, ARG(fd), ARG(ibuf), ARG(ulong), ARG(long)),
	DECODE(readv, dec_readv, CAP_IOV_OUT(1, 2)),
	DECODE(writev, dec_writev, CAP_IOV_IN(1, 2)),
	DECODE(preadv, dec_readv, CAP_IOV_OUT(1, 2)),
	DECODE(pwritev, dec_writev, CAP_IOV_IN(1, 2)),
	DECODE(preadv2, dec_readv, CAP_IOV_OUT(1, 2)),
	DECODE(pwritev2, dec_writev, CAP_IOV_IN(1, 2)),
	DECODE_R(open, dec_open, RET_FD, CAP_PATH(0)),
	DECODE_R(openat, dec_openat, RET_FD, CAP_PATH(1)),
	/* the struct, and as much of it and its tail as -s allows (add_struct_tail) */
	DECODE_R(openat2, dec_openat2, RET_FD, CAP_PATH(1), CAP_IN(2, sizeof(struct open_how_k)), CAP_IBUF(2, 3)),
	SIGNATURE_R(creat, RET_FD, ARG(path), ARG(mode)),
	SIGNATURE(close, ARG(fd)),
	SIGNATURE(lseek, ARG(fd), ARG(long), ARGX(enum, seek_whence)),
	SIGNATURE(access, ARG(path), ARGX(flags, access_modes)),
	SIGNATURE(faccessat, ARG(dirfd), ARG(path), ARGX(flags, access_modes)),
	SIGNATURE(faccessat2, ARG(dirfd), ARG(path), ARGX(flags, access_modes), ARGX(flags, faccessat_flags)),
	SIGNATURE_R(dup, RET_FD, ARG(fd)),
	SIGNATURE_R(dup2, RET_FD, ARG(fd), ARG(fd)),
	SIGNATURE_R(dup3, RET_FD, ARG(fd), ARG(fd), ARGX(flags, open_flags)),
	DECODE(pipe, dec_pipe, CAP_OUT(0, sizeof(int[2]))),
	DECODE(pipe2, dec_pipe, CAP_OUT(0, sizeof(int[2]))),
	SIGNATURE(mkdir, ARG(path), ARG(mode)),
	SIGNATURE(mkdirat, ARG(dirfd), ARG(path), ARG(mode)),
	SIGNATURE(rmdir, ARG(path)),
	SIGNATURE(unlink, ARG(path)),
	SIGNATURE(unlinkat, ARG(dirfd), ARG(path), ARGX(flags, at_flags)),
	SIGNATURE(rename, ARG(path), ARG(path)),
	SIGNATURE(renameat, ARG(dirfd), ARG(path), ARG(dirfd), ARG(path)),
	SIGNATURE(renameat2, ARG(dirfd), ARG(path), ARG(dirfd), ARG(path), ARGX(flags, rename_flags)),
	SIGNATURE(link, ARG(path), ARG(path)),
	SIGNATURE(linkat, ARG(dirfd), ARG(path), ARG(dirfd), ARG(path), ARGX(flags, at_flags)),
	SIGNATURE(symlink, ARG(path), ARG(path)),
	SIGNATURE(symlinkat, ARG(path), ARG(dirfd), ARG(path)),
	DECODE(readlink, dec_readlink, CAP_PATH(0), CAP_OBUF(1, CAPL_RET)),
	DECODE(readlinkat, dec_readlink, CAP_PATH(1), CAP_OBUF(2, CAPL_RET)),
	SIGNATURE(chdir, ARG(path)),
	SIGNATURE(fchdir, ARG(fd)),
	SIGNATURE(chroot, ARG(path)),
	/* a path the kernel wrote: read at exit as a path (whole, not cut at -s) */
	DECODE(getcwd, dec_getcwd, { CK_PATH, 0, CAPP_EXIT, 0, 0 }),
	SIGNATURE(chmod, ARG(path), ARG(mode)),
	SIGNATURE(fchmod, ARG(fd), ARG(mode)),
	SIGNATURE(fchmodat, ARG(dirfd), ARG(path), ARG(mode)),
	SIGNATURE(chown, ARG(path), ARG(id), ARG(id)),
	SIGNATURE(fchown, ARG(fd), ARG(id), ARG(id)),
	SIGNATURE(lchown, ARG(path), ARG(id), ARG(id)),
	SIGNATURE(fchownat, ARG(dirfd), ARG(path), ARG(id), ARG(id), ARGX(flags, at_flags)),
	SIGNATURE(truncate, ARG(path), ARG(ulong)),
	SIGNATURE(ftruncate, ARG(fd), ARG(ulong)),
	SIGNATURE(fsync, ARG(fd)),
	SIGNATURE(fdatasync, ARG(fd)),
	SIGNATURE(syncfs, ARG(fd)),
	SIGNATURE(flock, ARG(fd), ARGX(flags, flock_ops)),
	DECODE(umask, dec_umask),
	/* F_SETLK, F_GETLK and the OFD ones (struct flock); F_SETOWN_EX/F_GETOWN_EX are smaller */
	DECODE(fcntl, dec_fcntl, CAP_INOUT(2, sizeof(struct flock))),
};

DECODER_TABLE(file, file_decoders);
