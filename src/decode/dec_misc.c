/*
 * dec_misc.c - decoders for calls that fit no other family: eventfd,
 * inotify/fanotify, userfaultfd, mount and the new mount API, swap, module,
 * kexec and quota calls, syslog/reboot/sethostname, aio, perf, landlock and
 * other administrative calls (the key calls are in dec_keys.c).
 */
#include "decode.h"
#include "dec_process.h"

#include <errno.h>
#include <linux/dqblk_xfs.h>
#include <string.h>

/* ---- notification descriptors ---- */

#define CAPOF_fan_dirfd CAPOF_NONE
static struct value *arg_fan_dirfd(struct dctx *c, int i, const void *d)
{
	(void)d;
	int fd = (int)c->arg[i];
	return fd == -1 ? v_const(c->a, "FAN_NOFD", (uint64_t)-1, NF_DEC) : mk_dirfd(c, fd);
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
	/* an unsigned int length; over the kernel's 64-byte limit the name is not read */
	uint32_t len = (uint32_t)c->arg[1];
	add_arg(c, len > 64 ? mk_ptr(c, c->arg[0]) : mk_buf(c, c->arg[0], len));
	add_arg(c, mk_uint(c, len));
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
	v_add(v, mk_uint(c, f & 0x7fff));
	add_arg(c, v);
}

static void dec_mount(struct dctx *c)
{
	if (c->exiting)
		return;
	uint64_t flags = c->arg[3];
	/* MS_REMOUNT ignores the type; MS_BIND, MS_MOVE and propagation changes ignore type and data */
	const uint64_t ignore_data = 4096 | 8192 | 0x20000 | 0x40000 | 0x80000 | 0x100000;
	const uint64_t ignore_type = 32 | ignore_data;
	bool mgc = (flags & 0xffff0000) == 0xc0ed0000;
	if (mgc)
		flags &= ~(uint64_t)0xffff0000;
	add_arg(c, mk_path(c, c->arg[0]));
	add_arg(c, mk_path(c, c->arg[1]));
	add_arg(c, flags & ignore_type ? mk_ptr(c, c->arg[2]) : mk_cstr(c, c->arg[2], c->opt->strsize));
	struct value *v = v_list(c->a, V_OR);
	if (mgc)
		v_add(v, v_const(c->a, "MS_MGC_VAL", 0xc0ed0000, NF_HEX));
	if (!mgc || flags)
		v_add(v, mk_flags(c, flags, &xlat_mount_flags));
	add_arg(c, v);
	/* the data is not read for a bind, a move or a propagation change (unless remounting) */
	bool no_data = (flags & ignore_data) && !(flags & 32);
	add_arg(c, no_data ? mk_ptr(c, c->arg[4]) : mk_cstr(c, c->arg[4], c->opt->strsize));
}

static struct value *mk_qcmd(struct dctx *c, uint32_t v)
{
	struct value *q = v_call(c->a, "QCMD");
	v_add(q, mk_enum(c, v >> 8, &xlat_quota_cmds));
	v_add(q, mk_enum(c, v & 0xff, &xlat_quota_types));
	return v_whole(q, v, NF_UDEC);
}

/*
 * struct if_dqblk (Q_GETQUOTA/Q_SETQUOTA): six counts, then with -v the times
 * and valid mask; struct if_nextdqblk (Q_GETNEXTQUOTA) adds dqb_id, where
 * if_dqblk has its padding.
 */
struct if_dqblk_k { uint64_t v[8]; uint32_t valid; uint32_t id; };

static struct value *mk_dqblk(struct dctx *c, uint64_t addr, bool next)
{
	static const char *const names[8] = {
		"dqb_bhardlimit", "dqb_bsoftlimit", "dqb_curspace", "dqb_ihardlimit",
		"dqb_isoftlimit", "dqb_curinodes", "dqb_btime", "dqb_itime",
	};
	struct if_dqblk_k q;
	struct value *fb;
	if (!fetch(c, addr, &q, sizeof(q), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	for (int i = 0; i < 6; i++)
		v_field(s, names[i], mk_uint(c, q.v[i]));
	if (c->verbose) {
		for (int i = 6; i < 8; i++)
			v_field(s, names[i], mk_uint(c, q.v[i]));
		v_field(s, "dqb_valid", mk_flags(c, q.valid, &xlat_quota_dqb_valid));
	}
	if (next)
		v_field(s, "dqb_id", mk_uint(c, q.id));
	if (!c->verbose)
		v_add(s, v_ellipsis(c->a));
	return s;
}

/* struct if_dqinfo (Q_GETINFO/Q_SETINFO) */
static struct value *mk_dqinfo(struct dctx *c, uint64_t addr)
{
	struct { uint64_t bgrace, igrace; uint32_t flags, valid; } q;
	struct value *fb;
	if (!fetch(c, addr, &q, sizeof(q), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "dqi_bgrace", mk_uint(c, q.bgrace));
	v_field(s, "dqi_igrace", mk_uint(c, q.igrace));
	v_field(s, "dqi_flags", mk_flags(c, q.flags, &xlat_quota_dqi_flags));
	v_field(s, "dqi_valid", mk_flags(c, q.valid, &xlat_quota_dqi_valid));
	return s;
}

/* Q_GETFMT: [QFMT_VFS_V1] */
static struct value *mk_qfmt_at(struct dctx *c, uint64_t addr)
{
	uint32_t f;
	struct value *fb;
	if (!fetch(c, addr, &f, sizeof(f), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, mk_enum(c, f, &xlat_quota_formats));
	return a;
}

/* Q_XQUOTAON/Q_XQUOTAOFF/Q_XQUOTARM: [flags] */
static struct value *mk_xqflags_at(struct dctx *c, uint64_t addr, const struct xlat *x)
{
	uint32_t f;
	struct value *fb;
	if (!fetch(c, addr, &f, sizeof(f), &fb))
		return fb;
	return mk_boxed(c, mk_flags(c, f, x));
}

/* struct fs_disk_quota (Q_XGETQUOTA, Q_XGETNEXTQUOTA, Q_XSETQLIM): the counts, with -v the rest */
static struct value *mk_fs_disk_quota(struct dctx *c, uint64_t addr)
{
	struct fs_disk_quota q;
	struct value *fb;
	if (!fetch(c, addr, &q, sizeof(q), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "d_version", mk_int(c, q.d_version));
	v_field(s, "d_flags", mk_flags(c, (uint8_t)q.d_flags, &xlat_quota_xfs_types));
	v_field(s, "d_fieldmask", mk_hex(c, q.d_fieldmask));
	v_field(s, "d_id", mk_uint(c, q.d_id));
	v_field(s, "d_blk_hardlimit", mk_uint(c, q.d_blk_hardlimit));
	v_field(s, "d_blk_softlimit", mk_uint(c, q.d_blk_softlimit));
	v_field(s, "d_ino_hardlimit", mk_uint(c, q.d_ino_hardlimit));
	v_field(s, "d_ino_softlimit", mk_uint(c, q.d_ino_softlimit));
	v_field(s, "d_bcount", mk_uint(c, q.d_bcount));
	v_field(s, "d_icount", mk_uint(c, q.d_icount));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	v_field(s, "d_itimer", mk_int(c, q.d_itimer));
	v_field(s, "d_btimer", mk_int(c, q.d_btimer));
	v_field(s, "d_iwarns", mk_uint(c, q.d_iwarns));
	v_field(s, "d_bwarns", mk_uint(c, q.d_bwarns));
	v_field(s, "d_rtb_hardlimit", mk_uint(c, q.d_rtb_hardlimit));
	v_field(s, "d_rtb_softlimit", mk_uint(c, q.d_rtb_softlimit));
	v_field(s, "d_rtbcount", mk_uint(c, q.d_rtbcount));
	v_field(s, "d_rtbtimer", mk_int(c, q.d_rtbtimer));
	v_field(s, "d_rtbwarns", mk_uint(c, q.d_rtbwarns));
	return s;
}

static struct value *mk_qfilestat(struct dctx *c, uint64_t ino, uint64_t nblks, uint32_t nextents)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "qfs_ino", mk_uint(c, ino));
	v_field(s, "qfs_nblks", mk_uint(c, nblks));
	v_field(s, "qfs_nextents", mk_uint(c, nextents));
	return s;
}

/* struct fs_quota_stat (Q_XGETQSTAT) or, v2, fs_quota_statv (Q_XGETQSTATV): the version, with -v all */
static struct value *mk_fs_quota_stat(struct dctx *c, uint64_t addr, bool v2)
{
	union { struct fs_quota_stat a; struct fs_quota_statv b; } q;
	struct value *fb;
	if (!fetch(c, addr, &q, v2 ? sizeof(q.b) : sizeof(q.a), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "qs_version", mk_int(c, v2 ? q.b.qs_version : q.a.qs_version));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	if (!v2) {
		const struct fs_quota_stat *a = &q.a;
		v_field(s, "qs_flags", mk_flags(c, a->qs_flags, &xlat_quota_xfs_flags));
		v_field(s, "qs_uquota", mk_qfilestat(c, a->qs_uquota.qfs_ino, a->qs_uquota.qfs_nblks,
						    a->qs_uquota.qfs_nextents));
		v_field(s, "qs_gquota", mk_qfilestat(c, a->qs_gquota.qfs_ino, a->qs_gquota.qfs_nblks,
						    a->qs_gquota.qfs_nextents));
		v_field(s, "qs_incoredqs", mk_uint(c, a->qs_incoredqs));
		v_field(s, "qs_btimelimit", mk_int(c, a->qs_btimelimit));
		v_field(s, "qs_itimelimit", mk_int(c, a->qs_itimelimit));
		v_field(s, "qs_rtbtimelimit", mk_int(c, a->qs_rtbtimelimit));
		v_field(s, "qs_bwarnlimit", mk_uint(c, a->qs_bwarnlimit));
		v_field(s, "qs_iwarnlimit", mk_uint(c, a->qs_iwarnlimit));
		return s;
	}
	const struct fs_quota_statv *b = &q.b;
	v_field(s, "qs_flags", mk_flags(c, b->qs_flags, &xlat_quota_xfs_flags));
	v_field(s, "qs_incoredqs", mk_uint(c, b->qs_incoredqs));
	v_field(s, "qs_uquota", mk_qfilestat(c, b->qs_uquota.qfs_ino, b->qs_uquota.qfs_nblks,
					    b->qs_uquota.qfs_nextents));
	v_field(s, "qs_gquota", mk_qfilestat(c, b->qs_gquota.qfs_ino, b->qs_gquota.qfs_nblks,
					    b->qs_gquota.qfs_nextents));
	v_field(s, "qs_pquota", mk_qfilestat(c, b->qs_pquota.qfs_ino, b->qs_pquota.qfs_nblks,
					    b->qs_pquota.qfs_nextents));
	v_field(s, "qs_btimelimit", mk_int(c, b->qs_btimelimit));
	v_field(s, "qs_itimelimit", mk_int(c, b->qs_itimelimit));
	v_field(s, "qs_rtbtimelimit", mk_int(c, b->qs_rtbtimelimit));
	v_field(s, "qs_bwarnlimit", mk_uint(c, b->qs_bwarnlimit));
	v_field(s, "qs_iwarnlimit", mk_uint(c, b->qs_iwarnlimit));
	return s;
}

enum {
	Q_SYNC_ = 0x800001, Q_QUOTAON_, Q_QUOTAOFF_, Q_GETFMT_, Q_GETINFO_, Q_SETINFO_,
	Q_GETQUOTA_, Q_SETQUOTA_, Q_GETNEXTQUOTA_,
};

static void dec_quotactl(struct dctx *c)
{
	bool fdv = c->nr == SC_quotactl_fd;
	uint32_t cmd = (uint32_t)c->arg[fdv ? 1 : 0] >> 8;
	uint64_t addr = c->arg[3];
	if (c->exiting) {
		if (!c->pending)
			return;
		if (failed(c))
			add_arg(c, mk_ptr(c, addr));
		else if (cmd == Q_GETQUOTA_ || cmd == Q_GETNEXTQUOTA_)
			add_arg(c, mk_dqblk(c, addr, cmd == Q_GETNEXTQUOTA_));
		else if (cmd == Q_GETINFO_)
			add_arg(c, mk_dqinfo(c, addr));
		else if (cmd == Q_XGETQUOTA || cmd == Q_XGETNEXTQUOTA)
			add_arg(c, mk_fs_disk_quota(c, addr));
		else if (cmd == Q_XGETQSTAT || cmd == Q_XGETQSTATV)
			add_arg(c, mk_fs_quota_stat(c, addr, cmd == Q_XGETQSTATV));
		else
			add_arg(c, mk_qfmt_at(c, addr));
		return;
	}
	if (fdv) {                              /* quotactl_fd(fd, cmd, id, addr) */
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		add_arg(c, mk_qcmd(c, c->arg[1]));
	} else {                                /* quotactl(cmd, special, id, addr) */
		add_arg(c, mk_qcmd(c, c->arg[0]));
		add_arg(c, mk_path(c, c->arg[1]));
	}
	switch (cmd) {
	case Q_SYNC_: case Q_QUOTAOFF_: case Q_XQUOTASYNC:
		break;
	case Q_XQUOTAON: case Q_XQUOTAOFF:
		add_arg(c, mk_xqflags_at(c, addr, &xlat_quota_xfs_flags));
		break;
	case Q_XQUOTARM:
		add_arg(c, mk_xqflags_at(c, addr, &xlat_quota_xfs_types));
		break;
	case Q_QUOTAON_:                             /* format, path */
		add_arg(c, mk_enum(c, (uint32_t)c->arg[2], &xlat_quota_formats));
		add_arg(c, mk_path(c, c->arg[3]));
		break;
	case Q_GETFMT_: case Q_GETINFO_:            /* no id; written by the kernel */
		c->pending = true;
		break;
	case Q_SETINFO_:
		add_arg(c, mk_dqinfo(c, addr));
		break;
	case Q_XGETQSTAT: case Q_XGETQSTATV:        /* no id; written by the kernel */
		c->pending = true;
		break;
	case Q_XGETQUOTA: case Q_XGETNEXTQUOTA:
		add_arg(c, mk_id(c, c->arg[2]));
		c->pending = true;
		break;
	case Q_XSETQLIM:
		add_arg(c, mk_id(c, c->arg[2]));
		add_arg(c, mk_fs_disk_quota(c, addr));
		break;
	case Q_GETQUOTA_: case Q_GETNEXTQUOTA_:
		add_arg(c, mk_id(c, c->arg[2]));
		c->pending = true;
		break;
	case Q_SETQUOTA_:
		add_arg(c, mk_id(c, c->arg[2]));
		add_arg(c, mk_dqblk(c, addr, false));
		break;
	default:
		add_arg(c, mk_id(c, c->arg[2]));
		add_arg(c, mk_ptr(c, addr));
	}
}

/* struct kexec_segment { const void *buf; size_t bufsz; const void *mem; size_t memsz; } */
static struct value *kexec_segment(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	uint64_t f[4];
	memcpy(f, e, sizeof(f));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "buf", mk_ptr(c, f[0]));
	v_field(s, "bufsz", mk_uint(c, f[1]));
	v_field(s, "mem", mk_ptr(c, f[2]));
	v_field(s, "memsz", mk_uint(c, f[3]));
	return s;
}

#define KEXEC_SEGMENT_MAX_K 16

static void dec_kexec_load(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ptr(c, c->arg[0]));
	add_arg(c, mk_uint(c, c->arg[1]));
	if (c->arg[1] > KEXEC_SEGMENT_MAX_K)   /* more than the kernel takes: not read */
		add_arg(c, mk_ptr(c, c->arg[2]));
	else
		add_arg(c, mk_array(c, c->arg[2], c->arg[1], 32, kexec_segment, NULL));
	uint64_t f = c->arg[3];
	struct value *v = v_list(c->a, V_OR);
	v_add(v, mk_enum(c, f & 0xffff0000, &xlat_kexec_archs));
	if (f & ~(uint64_t)0xffff0000)
		v_add(v, v_flags(c->a, f & ~(uint64_t)0xffff0000, &xlat_kexec_flags, NF_HEX));
	add_arg(c, v);
}

/* kexec_file_load(kernel_fd, initrd_fd, cmdline_len, cmdline, flags): the command line is cmdline_len bytes */
static void dec_kexec_file_load(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_fd(c, (int)c->arg[1]));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_buf(c, c->arg[3], c->arg[2]));
	add_arg(c, mk_flags(c, c->arg[4], &xlat_kexec_file_flags));
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

/* mount_setattr(dfd, path, flags, struct mount_attr *, size): fields of the first 32 bytes, then the rest */
#define MOUNT_ATTR_SIZE_VER0_K 32
#define MOUNT_ATTR_IDMAP_K 0x100000

static void dec_mount_setattr(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_dirfd(c, (int)c->arg[0]));
	add_arg(c, mk_path(c, c->arg[1]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[2], &xlat_mount_setattr_flags));
	uint64_t a[4], size = c->arg[4];
	struct value *fb;
	if (size < MOUNT_ATTR_SIZE_VER0_K || !fetch(c, c->arg[3], a, sizeof(a), &fb)) {
		add_arg(c, mk_ptr(c, c->arg[3]));
	} else {
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "attr_set", mk_flags(c, a[0], &xlat_mount_attr_flags));
		v_field(s, "attr_clr", mk_flags(c, a[1], &xlat_mount_attr_flags));
		v_field(s, "propagation", mk_enum(c, a[2], &xlat_mount_propagation));
		/* a descriptor only when the mount is to be idmapped */
		v_field(s, "userns_fd", a[0] & MOUNT_ATTR_IDMAP_K ? mk_fd(c, (int)a[3]) : mk_uint(c, a[3]));
		add_struct_tail(c, s, c->arg[3], sizeof(a), size);
		add_arg(c, s);
	}
	add_arg(c, mk_uint(c, size));
}

/* ---- landlock ---- */

#define LANDLOCK_RULE_PATH_BENEATH_K 1

/* landlock_add_rule(fd, type, attr, flags): a path-beneath rule is a packed {u64, s32} */
static void dec_landlock_add_rule(struct dctx *c)
{
	if (c->exiting)
		return;
	uint32_t type = (uint32_t)c->arg[1];
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_enum(c, type, &xlat_landlock_rule_types));
	unsigned char pb[12];
	struct value *fb;
	if (type != LANDLOCK_RULE_PATH_BENEATH_K || !fetch(c, c->arg[2], pb, sizeof(pb), &fb)) {
		add_arg(c, mk_ptr(c, c->arg[2]));
	} else {
		uint64_t access;
		int32_t parent;
		memcpy(&access, pb, 8);
		memcpy(&parent, pb + 8, 4);
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "allowed_access", mk_flags(c, access, &xlat_landlock_access_fs));
		v_field(s, "parent_fd", mk_fd(c, parent));
		add_arg(c, s);
	}
	add_arg(c, mk_hex(c, (uint32_t)c->arg[3]));
}

/* ---- aio ---- */

struct iocb_k {
	uint64_t data;
	uint32_t key, rw_flags;
	uint16_t opcode;
	int16_t reqprio;
	uint32_t fildes;
	uint64_t buf, nbytes;
	int64_t offset;
	uint64_t reserved2;
	uint32_t flags, resfd;
};

enum { IOCB_PREAD, IOCB_PWRITE, IOCB_FSYNC, IOCB_FDSYNC, IOCB_POLL = 5, IOCB_NOOP,
       IOCB_PREADV, IOCB_PWRITEV };
#define IOCB_FLAG_RESFD_K 1
#define IOCB_FLAG_IOPRIO_K 2

/* an iovec array of n elements at addr, unless n elements cannot be there at all */
static struct value *mk_aio_iovec(struct dctx *c, uint64_t addr, uint64_t n, bool data)
{
	if (n > UINT64_MAX / 16 || addr + n * 16 < addr)
		return mk_hex(c, addr);
	return mk_iovec(c, addr, n, data ? UINT64_MAX : 0, data);
}

/* struct iocb: the header, and for io_submit what the operation reads or writes */
static struct value *mk_iocb(struct dctx *c, const struct iocb_k *cb, bool full)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "aio_data", mk_hex(c, cb->data));
	if (cb->key)
		v_field(s, "aio_key", mk_uint(c, cb->key));
	if (cb->rw_flags)
		v_field(s, "aio_rw_flags", mk_flags(c, cb->rw_flags, &xlat_rwf_flags));
	v_field(s, "aio_lio_opcode", v_enum(c->a, cb->opcode, &xlat_aio_cmds, NF_UDEC));
	if (cb->flags & IOCB_FLAG_IOPRIO_K)
		v_field(s, "aio_reqprio", mk_ioprio(c, (uint16_t)cb->reqprio));
	else if (cb->reqprio)
		v_field(s, "aio_reqprio", mk_int(c, cb->reqprio));
	v_field(s, "aio_fildes", mk_fd(c, (int)cb->fildes));
	if (!full)
		return s;
	switch (cb->opcode) {
	case IOCB_PREAD: case IOCB_PWRITE:
		v_field(s, "aio_buf", cb->opcode == IOCB_PWRITE ? mk_buf(c, cb->buf, cb->nbytes) : mk_hex(c, cb->buf));
		v_field(s, "aio_nbytes", mk_uint(c, cb->nbytes));
		v_field(s, "aio_offset", mk_int(c, cb->offset));
		break;
	case IOCB_PREADV: case IOCB_PWRITEV:
		/* a vector that could not be shown is followed by its count */
		if (v_field(s, "aio_buf", mk_aio_iovec(c, cb->buf, cb->nbytes, cb->opcode == IOCB_PWRITEV))->kind != V_ARRAY)
			v_field(s, "aio_nbytes", mk_uint(c, cb->nbytes));
		v_field(s, "aio_offset", mk_int(c, cb->offset));
		break;
	case IOCB_FSYNC: case IOCB_FDSYNC: case IOCB_NOOP:
		break;
	default:
		return s;
	}
	if (cb->flags)
		v_field(s, "aio_flags", mk_flags(c, cb->flags, &xlat_aio_iocb_flags));
	if (cb->flags & IOCB_FLAG_RESFD_K)
		v_field(s, "aio_resfd", mk_fd(c, (int)cb->resfd));
	return s;
}

/* io_submit's iocbpp[]: a pointer to each iocb */
static struct value *iocbp_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	uint64_t p;
	memcpy(&p, e, sizeof(p));
	struct iocb_k cb;
	struct value *fb;
	if (!fetch(c, p, &cb, sizeof(cb), &fb))
		return fb;
	return mk_iocb(c, &cb, true);
}

static void dec_io_submit(struct dctx *c)
{
	if (c->exiting)
		return;
	int64_t nr = (int64_t)c->arg[1];
	add_arg(c, mk_ptr(c, c->arg[0]));
	add_arg(c, mk_int(c, nr));
	add_arg(c, nr < 0 ? mk_ptr(c, c->arg[2]) : mk_array(c, c->arg[2], (uint64_t)nr, 8, iocbp_elem, NULL));
}

/* struct io_event {data, obj, res, res2} */
static struct value *io_event_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	uint64_t f[4];
	memcpy(f, e, sizeof(f));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "data", mk_hex(c, f[0]));
	v_field(s, "obj", mk_ptr(c, f[1]));
	v_field(s, "res", mk_int(c, (int64_t)f[2]));
	v_field(s, "res2", mk_int(c, (int64_t)f[3]));
	return s;
}

static void dec_io_cancel(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_ptr(c, c->arg[0]));
		struct iocb_k cb;
		struct value *fb;
		add_arg(c, fetch(c, c->arg[1], &cb, sizeof(cb), &fb) ? mk_iocb(c, &cb, false) : fb);
		c->pending = true;
		return;
	}
	if (failed(c)) {
		add_arg(c, mk_ptr(c, c->arg[2]));
		return;
	}
	uint64_t ev[4];
	struct value *fb;
	add_arg(c, fetch(c, c->arg[2], ev, sizeof(ev), &fb) ? io_event_elem(c, ev, NULL) : fb);
}

/* io_getevents(ctx, min_nr, nr, events, timeout), io_pgetevents(..., usig) */
static void dec_io_getevents(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_ptr(c, c->arg[0]));
		add_arg(c, mk_int(c, (int64_t)c->arg[1]));
		add_arg(c, mk_int(c, (int64_t)c->arg[2]));
		c->pending = true;
		return;
	}
	if (failed(c))
		add_arg(c, mk_ptr(c, c->arg[3]));
	else
		add_arg(c, mk_array(c, c->arg[3], (uint64_t)c->rval, 32, io_event_elem, NULL));
	add_arg(c, mk_timespec(c, c->arg[4]));
	if (c->nr == SC_io_pgetevents)
		add_arg(c, mk_ptr(c, c->arg[5]));
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
	DECODE(kexec_load, dec_kexec_load, CAP_ARRAY(2, CAPP_ENTRY, 1, 32)),
	DECODE(kexec_file_load, dec_kexec_file_load, CAP_IBUF(3, 2)),
	/* the special device, Q_QUOTAON's quota file; the if_dqblk/if_dqinfo read or written */
	DECODE(quotactl, dec_quotactl, CAP_PATH(1), CAP_PATH(3), CAP_INOUT(3, 72), CAP_INOUT(3, 24)),
	DECODE(quotactl_fd, dec_quotactl, CAP_PATH(3), CAP_INOUT(3, 72), CAP_INOUT(3, 24)),
	SIGNATURE_R(perf_event_open, RET_FD, ARG(ptr), ARG(int), ARG(int), ARG(fd), ARGX(flags64, perf_event_open_flags)),
	DECODE(io_setup, dec_io_setup, CAP_OUT(1, sizeof(uint64_t))),
	SIGNATURE(io_destroy, ARG(ptr)),
	/* the iocb pointers (each iocb is behind one: not captured) */
	DECODE(io_submit, dec_io_submit, CAP_ARRAY(2, CAPP_ENTRY, 1, sizeof(uint64_t))),
	DECODE(io_cancel, dec_io_cancel, CAP_IN(1, sizeof(struct iocb_k)), CAP_OUT(2, 32)),
	DECODE(io_getevents, dec_io_getevents, CAP_ARRAY(3, CAPP_EXIT, CAPL_RET, 32), CAP_OUT(4, 16)),
	DECODE(io_pgetevents, dec_io_getevents, CAP_ARRAY(3, CAPP_EXIT, CAPL_RET, 32), CAP_OUT(4, 16)),
	SIGNATURE_R(open_tree, RET_FD, ARG(dirfd), ARG(path), ARGX(flags, open_tree_flags)),
	SIGNATURE(move_mount, ARG(dirfd), ARG(path), ARG(dirfd), ARG(path), ARGX(flags, move_mount_flags)),
	SIGNATURE_R(fsopen, RET_FD, ARG(str), ARGX(flags, fsopen_flags)),
	/* the key; the value: a string (SET_STRING) or a path (SET_PATH*) */
	DECODE(fsconfig, dec_fsconfig, CAP_STR(2), CAP_STR(3), CAP_PATH(3)),
	SIGNATURE_R(fsmount, RET_FD, ARG(fd), ARGX(flags, fsmount_flags), ARGX(flags, mount_attr_flags)),
	SIGNATURE_R(fspick, RET_FD, ARG(dirfd), ARG(path), ARGX(flags, fspick_flags)),
	DECODE(mount_setattr, dec_mount_setattr, CAP_PATH(1), CAP_IN(3, 32), CAP_IBUF(3, 4)),
	DECODE_R(landlock_create_ruleset, dec_landlock_create_ruleset, RET_FD, CAP_IN(0, sizeof(uint64_t))),
	DECODE(landlock_add_rule, dec_landlock_add_rule, CAP_IN(2, 12)),
	SIGNATURE(landlock_restrict_self, ARG(fd), ARG(hex32)),
	SIGNATURE(lookup_dcookie, ARG(ulong), ARG(ptr), ARG(ulong)),
	SIGNATURE(_sysctl, ARG(ptr)),
};

DECODER_TABLE(misc, misc_decoders);
