/*
 * dec_misc.c - decoders for calls that fit no other family: eventfd,
 * inotify/fanotify, userfaultfd, mount and the new mount API, swap, module,
 * kexec, key and quota calls, syslog/reboot/sethostname, aio/io_uring, bpf,
 * perf, landlock and other administrative calls.
 */
#include "decode.h"

#include <errno.h>
#include <string.h>

/* ---- notification descriptors ---- */

#define CAPOF_fan_dirfd CAPOF_NONE
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

/* landlock_create_ruleset(attr, size, flags): the attr's handled_access_fs once size covers it */
static void dec_landlock_create_ruleset(struct dctx *c)
{
	if (c->exiting)
		return;
	uint64_t addr = c->arg[0], size = c->arg[1], fs;
	struct value *fb;
	if (addr && size >= sizeof(fs) && fetch(c, addr, &fs, sizeof(fs), &fb)) {
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "handled_access_fs", mk_flags(c, fs, &xlat_landlock_access_fs));
		if (size > sizeof(fs))
			v_add(s, v_ellipsis(c->a));   /* as strace: fields this sctrace does not know */
		add_arg(c, s);
	} else {
		add_arg(c, mk_ptr(c, addr));
	}
	add_arg(c, mk_uint(c, size));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[2], &xlat_landlock_create_flags));
	if (c->arg[2] & 1)   /* LANDLOCK_CREATE_RULESET_VERSION: the result is the ABI version */
		c->retfmt = RET_DEC;
}

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
	SIGNATURE_R(eventfd, RET_FD, ARG(uint)),
	SIGNATURE_R(eventfd2, RET_FD, ARG(uint), ARGX(flags, eventfd_flags)),
	SIGNATURE_R(inotify_init, RET_FD),
	SIGNATURE_R(inotify_init1, RET_FD, ARGX(flags, inotify_init_flags)),
	SIGNATURE(inotify_add_watch, ARG(fd), ARG(path), ARGX(flags, inotify_mask)),
	SIGNATURE(inotify_rm_watch, ARG(fd), ARG(int)),
	DECODE_R(fanotify_init, dec_fanotify_init, RET_FD),
	SIGNATURE(fanotify_mark, ARG(fd), ARGX(flags, fan_mark_flags), ARGX(flags64, fan_events), ARG(fan_dirfd), ARG(path)),
	SIGNATURE_R(userfaultfd, RET_FD, ARGX(flags, userfaultfd_flags)),
	/* the READ actions: what the kernel wrote */
	DECODE(syslog, dec_syslog, CAP_OBUF(1, CAPL_RET)),
	/* LINUX_REBOOT_CMD_RESTART2's command string */
	DECODE(reboot, dec_reboot, CAP_STR(3)),
	DECODE(sethostname, dec_sethostname, CAP_IBUF(0, 1)),
	DECODE(setdomainname, dec_sethostname, CAP_IBUF(0, 1)),
	DECODE(mount, dec_mount, CAP_PATH(0), CAP_PATH(1), CAP_STR(2), CAP_STR(4)),
	SIGNATURE(umount2, ARG(path), ARGX(flags, umount_flags)),
	DECODE(swapon, dec_swapon, CAP_PATH(0)),
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
	DECODE(add_key, dec_add_key, CAP_STR(0), CAP_STR(1), CAP_IBUF(2, 3)),
	DECODE(request_key, dec_request_key, CAP_STR(0), CAP_STR(1), CAP_STR(2)),
	/*
	 * JOIN_SESSION_KEYRING's name, UPDATE's payload at entry; the string
	 * DESCRIBE and GET_SECURITY return (return-value bytes) at exit
	 */
	DECODE(keyctl, dec_keyctl, CAP_STR(1), CAP_IBUF(2, 3), CAP_OBUF(2, CAPL_RET)),
	/* the special device, and Q_QUOTAON's quota file */
	DECODE(quotactl, dec_quotactl, CAP_PATH(1), CAP_PATH(3)),
	DECODE(quotactl_fd, dec_quotactl, CAP_PATH(3)),
	SIGNATURE_R(perf_event_open, RET_FD, ARG(ptr), ARG(int), ARG(int), ARG(fd), ARGX(flags64, perf_event_open_flags)),
	SIGNATURE(bpf, ARGX(enum, bpf_cmds), ARG(ptr), ARG(uint)),
	DECODE(io_setup, dec_io_setup, CAP_OUT(1, sizeof(uint64_t))),
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
	/* the key; the value: a string (SET_STRING) or a path (SET_PATH*) */
	DECODE(fsconfig, dec_fsconfig, CAP_STR(2), CAP_STR(3), CAP_PATH(3)),
	SIGNATURE_R(fsmount, RET_FD, ARG(fd), ARGX(flags, fsmount_flags), ARGX(flags, mount_attr_flags)),
	SIGNATURE_R(fspick, RET_FD, ARG(dirfd), ARG(path), ARGX(flags, fspick_flags)),
	SIGNATURE(mount_setattr, ARG(dirfd), ARG(path), ARGX(flags, mount_setattr_flags), ARG(ptr), ARG(ulong)),
	DECODE_R(landlock_create_ruleset, dec_landlock_create_ruleset, RET_FD, CAP_IN(0, sizeof(uint64_t))),
	SIGNATURE(landlock_add_rule, ARG(fd), ARGX(enum, landlock_rule_types), ARG(ptr), ARG(hex32)),
	SIGNATURE(landlock_restrict_self, ARG(fd), ARG(hex32)),
	SIGNATURE(lookup_dcookie, ARG(ulong), ARG(ptr), ARG(ulong)),
	SIGNATURE(_sysctl, ARG(ptr)),
};

DECODER_TABLE(misc, misc_decoders);
