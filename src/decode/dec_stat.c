/*
 * dec_stat.c - file status and attributes: stat/statx/statfs/ustat,
 * directory listings (getdents), timestamps (utime*), extended attributes,
 * mknod, and the file-range calls (fadvise64, fallocate, readahead,
 * sync_file_range, copy_file_range, sendfile, splice, tee, vmsplice, close_range).
 */
#include "decode.h"

#include <string.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <time.h>

#define MODE_SUGID (S_ISUID | S_ISGID | S_ISVTX)

/* makedev(0x1, 0x3), split the way glibc's major()/minor() do. */
struct value *mk_dev(struct dctx *c, uint64_t dev)
{
	struct value *v = v_call(c->a, "makedev");
	v_add(v, mk_hex(c, major(dev)));
	v_add(v, mk_hex(c, minor(dev)));
	return v_whole(v, dev, NF_HEX);
}

/* S_IFREG|S_ISUID|0755; a mode with an invalid file type prints as octal. */
static struct value *mk_file_mode(struct dctx *c, uint32_t mode)
{
	uint32_t type = mode & S_IFMT;
	if (type && !xlat_name(&xlat_stat_ftypes, type))
		return mk_mode(c, mode);
	struct value *v = v_list(c->a, V_OR);
	if (type)
		v_add(v, mk_enum(c, type, &xlat_stat_ftypes));
	if (mode & MODE_SUGID)
		v_add(v, mk_flags(c, mode & MODE_SUGID, &xlat_stat_mode_bits));
	v_add(v, mk_mode(c, mode & ~(uint32_t)(S_IFMT | MODE_SUGID)));
	return v_whole(v, mode, NF_OCT);
}

static bool is_dev_mode(uint32_t mode)
{
	return S_ISCHR(mode) || S_ISBLK(mode);
}

/* A date comment for a timestamp, unless it is zero or its fraction is invalid. */
static struct value *stamp_ns(struct dctx *c, struct value *v, int64_t sec, uint64_t nsec)
{
	if (nsec < 1000000000 && (sec || nsec))
		mk_time_comment(c, v, sec, nsec, true);
	return v;
}

static struct value *stamp_us(struct dctx *c, struct value *v, int64_t sec, uint64_t usec)
{
	if (usec >= 1000000 || (!sec && !usec))
		return v;
	time_t t = (time_t)sec;
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return v;
	char date[64], zone[16];
	strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S", &tm);
	strftime(zone, sizeof(zone), "%z", &tm);
	if (usec)
		v->comment = arena_printf(c->a, "%s.%06llu%s", date, (unsigned long long)usec, zone);
	else
		v->comment = arena_printf(c->a, "%s%s", date, zone);
	return v;
}

/* uid_t as strace prints it in statx: -1, or unsigned */
static struct value *mk_id(struct dctx *c, uint32_t id)
{
	return id == UINT32_MAX ? mk_int(c, -1) : mk_uint(c, id);
}

/* ---- stat, fstat, lstat, newfstatat ---- */

/* struct stat as the x86_64 kernel writes it */
struct k_stat {
	uint64_t dev, ino, nlink;
	uint32_t mode, uid, gid, pad0;
	uint64_t rdev, size, blksize, blocks;
	int64_t atime;
	uint64_t atime_nsec;
	int64_t mtime;
	uint64_t mtime_nsec;
	int64_t ctime;
	uint64_t ctime_nsec;
	int64_t unused[3];
};

/* struct stat64 as the kernel writes it for i386 (stat64, lstat64, fstat64, fstatat64) */
struct k_stat64_i386 {
	uint64_t dev;
	uint8_t pad0[4];
	uint32_t ino32, mode, nlink, uid, gid;
	uint64_t rdev;
	uint8_t pad3[4];
	int64_t size;
	uint32_t blksize;
	uint64_t blocks;
	uint32_t atime, atime_nsec, mtime, mtime_nsec, ctime, ctime_nsec;
	uint64_t ino;
} __attribute__((packed));
_Static_assert(sizeof(struct k_stat64_i386) == 96, "i386 struct stat64");

static bool fetch_stat(struct dctx *c, uint64_t addr, struct k_stat *st, struct value **fb)
{
	if (!c->lp32)
		return fetch(c, addr, st, sizeof(*st), fb);
	struct k_stat64_i386 s;
	if (!fetch(c, addr, &s, sizeof(s), fb))
		return false;
	/* the times are unsigned longs in the i386 struct */
	*st = (struct k_stat){ .dev = s.dev, .ino = s.ino, .nlink = s.nlink, .mode = s.mode, .uid = s.uid,
			       .gid = s.gid, .rdev = s.rdev, .size = (uint64_t)s.size, .blksize = s.blksize,
			       .blocks = s.blocks, .atime = s.atime, .atime_nsec = s.atime_nsec,
			       .mtime = s.mtime, .mtime_nsec = s.mtime_nsec, .ctime = s.ctime,
			       .ctime_nsec = s.ctime_nsec };
	return true;
}

static struct value *mk_stat(struct dctx *c, uint64_t addr)
{
	struct k_stat st;
	struct value *fb;
	if (failed(c))
		return mk_ptr(c, addr);
	if (!fetch_stat(c, addr, &st, &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (c->verbose) {
		v_field(s, "st_dev", mk_dev(c, st.dev));
		v_field(s, "st_ino", mk_uint(c, st.ino));
	}
	v_field(s, "st_mode", mk_file_mode(c, st.mode));
	if (c->verbose) {
		v_field(s, "st_nlink", mk_uint(c, st.nlink));
		v_field(s, "st_uid", mk_uint(c, st.uid));
		v_field(s, "st_gid", mk_uint(c, st.gid));
		v_field(s, "st_blksize", mk_uint(c, st.blksize));
		v_field(s, "st_blocks", mk_uint(c, st.blocks));
	}
	if (is_dev_mode(st.mode))
		v_field(s, "st_rdev", mk_dev(c, st.rdev));
	else
		v_field(s, "st_size", mk_uint(c, st.size));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	v_field(s, "st_atime", stamp_ns(c, mk_int(c, st.atime), st.atime, st.atime_nsec));
	v_field(s, "st_atime_nsec", mk_uint(c, st.atime_nsec));
	v_field(s, "st_mtime", stamp_ns(c, mk_int(c, st.mtime), st.mtime, st.mtime_nsec));
	v_field(s, "st_mtime_nsec", mk_uint(c, st.mtime_nsec));
	v_field(s, "st_ctime", stamp_ns(c, mk_int(c, st.ctime), st.ctime, st.ctime_nsec));
	v_field(s, "st_ctime_nsec", mk_uint(c, st.ctime_nsec));
	return s;
}

#define CAPOF_stat CAPOF_STRUCT_OUT(struct stat)
static struct value *arg_stat(struct dctx *c, int i, const void *d) { (void)d; return mk_stat(c, c->arg[i]); }

static void dec_newfstatat(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_dirfd(c, (int)c->arg[0]));
		add_arg(c, mk_path(c, c->arg[1]));
		c->pending = true;
		return;
	}
	add_arg(c, mk_stat(c, c->arg[2]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[3], &xlat_at_flags));
}

/* ---- statx ---- */

struct k_statx_ts {
	int64_t sec;
	uint32_t nsec;
	int32_t reserved;
};

struct k_statx {
	uint32_t mask, blksize;
	uint64_t attributes;
	uint32_t nlink, uid, gid;
	uint16_t mode, spare0;
	uint64_t ino, size, blocks, attributes_mask;
	struct k_statx_ts atime, btime, ctime, mtime;
	uint32_t rdev_major, rdev_minor, dev_major, dev_minor;
	uint64_t mnt_id;
	uint32_t dio_mem_align, dio_offset_align;
	uint64_t spare[12];
};

enum {
	SX_TYPE = 0x1, SX_MODE = 0x2, SX_NLINK = 0x4, SX_UID = 0x8, SX_GID = 0x10,
	SX_ATIME = 0x20, SX_MTIME = 0x40, SX_CTIME = 0x80, SX_INO = 0x100,
	SX_SIZE = 0x200, SX_BLOCKS = 0x400, SX_BTIME = 0x800, SX_MNT_ID = 0x1000,
	SX_DIOALIGN = 0x2000,
	SX_SYNC_TYPE = 0x6000,  /* AT_STATX_FORCE_SYNC | AT_STATX_DONT_SYNC */
};

static struct value *mk_statx_flags(struct dctx *c, uint32_t fl)
{
	struct value *v = v_list(c->a, V_OR);
	if (fl & SX_SYNC_TYPE) {
		/* the sync type, then the other flags: two numbers under -X */
		if (!(fl & ~(uint64_t)SX_SYNC_TYPE))
			return mk_flags(c, fl, &xlat_statx_at_flags);
		v_add(v, mk_flags(c, fl & SX_SYNC_TYPE, &xlat_statx_at_flags));
		v_add(v, mk_flags(c, fl & ~(uint64_t)SX_SYNC_TYPE, &xlat_statx_at_flags));
		return v;
	}
	/* strace prints nothing for it under -X raw: "|0x100" */
	v_add(v, v_alt(v_const(c->a, "AT_STATX_SYNC_AS_STAT", 0, NF_HEX), v_sym(c->a, "", 0)))->xs |= XS_ALT_RAW;
	if (fl)
		v_add(v, mk_flags(c, fl, &xlat_statx_at_flags));
	return v;
}

static struct value *mk_statx_ts(struct dctx *c, const struct k_statx_ts *ts)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tv_sec", mk_int(c, ts->sec));
	v_field(s, "tv_nsec", mk_uint(c, ts->nsec));
	return stamp_ns(c, s, ts->sec, ts->nsec);
}

static struct value *mk_statx(struct dctx *c, uint64_t addr)
{
	struct k_statx sx;
	struct value *fb;
	if (failed(c))
		return mk_ptr(c, addr);
	if (!fetch(c, addr, &sx, sizeof(sx), &fb))
		return fb;
	bool v = c->verbose;
	uint32_t m = sx.mask;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "stx_mask", mk_flags(c, m, &xlat_statx_mask));
	if (v)
		v_field(s, "stx_blksize", mk_uint(c, sx.blksize));
	v_field(s, "stx_attributes", mk_flags(c, sx.attributes, &xlat_statx_attrs));
	if (v && (m & SX_NLINK))
		v_field(s, "stx_nlink", mk_uint(c, sx.nlink));
	if (v && (m & SX_UID))
		v_field(s, "stx_uid", mk_id(c, sx.uid));
	if (v && (m & SX_GID))
		v_field(s, "stx_gid", mk_id(c, sx.gid));
	if (m & (SX_TYPE | SX_MODE))
		v_field(s, "stx_mode", mk_file_mode(c, sx.mode));
	if (v && (m & SX_INO))
		v_field(s, "stx_ino", mk_uint(c, sx.ino));
	if (m & SX_SIZE)
		v_field(s, "stx_size", mk_uint(c, sx.size));
	if (!v) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	if (m & SX_BLOCKS)
		v_field(s, "stx_blocks", mk_uint(c, sx.blocks));
	v_field(s, "stx_attributes_mask", mk_flags(c, sx.attributes_mask, &xlat_statx_attrs));
	if (m & SX_ATIME)
		v_field(s, "stx_atime", mk_statx_ts(c, &sx.atime));
	if (m & SX_BTIME)
		v_field(s, "stx_btime", mk_statx_ts(c, &sx.btime));
	if (m & SX_CTIME)
		v_field(s, "stx_ctime", mk_statx_ts(c, &sx.ctime));
	if (m & SX_MTIME)
		v_field(s, "stx_mtime", mk_statx_ts(c, &sx.mtime));
	v_field(s, "stx_rdev_major", mk_uint(c, sx.rdev_major));
	v_field(s, "stx_rdev_minor", mk_uint(c, sx.rdev_minor));
	v_field(s, "stx_dev_major", mk_uint(c, sx.dev_major));
	v_field(s, "stx_dev_minor", mk_uint(c, sx.dev_minor));
	if (m & SX_MNT_ID)
		v_field(s, "stx_mnt_id", mk_hex(c, sx.mnt_id));
	if (m & SX_DIOALIGN) {
		v_field(s, "stx_dio_mem_align", mk_uint(c, sx.dio_mem_align));
		v_field(s, "stx_dio_offset_align", mk_uint(c, sx.dio_offset_align));
	}
	return s;
}

static void dec_statx(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_dirfd(c, (int)c->arg[0]));
		add_arg(c, mk_path(c, c->arg[1]));
		add_arg(c, mk_statx_flags(c, (uint32_t)c->arg[2]));
		add_arg(c, mk_flags(c, (uint32_t)c->arg[3], &xlat_statx_mask));
		c->pending = true;
		return;
	}
	add_arg(c, mk_statx(c, c->arg[4]));
}

/* ---- statfs, fstatfs, ustat ---- */

struct k_statfs {
	uint64_t type, bsize, blocks, bfree, bavail, files, ffree;
	uint32_t fsid[2];
	uint64_t namelen, frsize, flags, spare[4];
};

#define ST_VALID_BIT 0x20

/* an i386 program's struct statfs64 (statfs64, fstatfs64): 32-bit words around 64-bit counts */
struct k_statfs64_i386 {
	uint32_t type, bsize;
	uint64_t blocks, bfree, bavail, files, ffree;
	uint32_t fsid[2];
	uint32_t namelen, frsize, flags, spare[4];
} __attribute__((packed, aligned(4)));
_Static_assert(sizeof(struct k_statfs64_i386) == 84, "i386 struct statfs64");

/* struct statfs as x86_64 has it; an i386 program's (all 32-bit words) or, with is64, its statfs64 */
static bool fetch_statfs(struct dctx *c, uint64_t addr, bool is64, struct k_statfs *sf, struct value **fb)
{
	if (!c->lp32)
		return fetch(c, addr, sf, sizeof(*sf), fb);
	memset(sf, 0, sizeof(*sf));
	if (is64) {
		struct k_statfs64_i386 s;
		if (!fetch(c, addr, &s, sizeof(s), fb))
			return false;
		*sf = (struct k_statfs){ s.type, s.bsize, s.blocks, s.bfree, s.bavail, s.files, s.ffree,
					 { s.fsid[0], s.fsid[1] }, s.namelen, s.frsize, s.flags, { 0 } };
		return true;
	}
	uint32_t w[15];   /* type bsize blocks bfree bavail files ffree fsid[2] namelen frsize flags spare[3] */
	if (!fetch(c, addr, w, sizeof(w), fb))
		return false;
	*sf = (struct k_statfs){ w[0], w[1], w[2], w[3], w[4], w[5], w[6], { w[7], w[8] }, w[9], w[10], w[11], { 0 } };
	return true;
}

static struct value *mk_statfs_as(struct dctx *c, uint64_t addr, bool is64)
{
	struct k_statfs sf;
	struct value *fb;
	if (failed(c))
		return mk_ptr(c, addr);
	if (!fetch_statfs(c, addr, is64, &sf, &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "f_type", v_enum(c->a, sf.type, &xlat_statfs_magic, NF_HEX));
	v_field(s, "f_bsize", mk_uint(c, sf.bsize));
	v_field(s, "f_blocks", mk_uint(c, sf.blocks));
	v_field(s, "f_bfree", mk_uint(c, sf.bfree));
	v_field(s, "f_bavail", mk_uint(c, sf.bavail));
	v_field(s, "f_files", mk_uint(c, sf.files));
	v_field(s, "f_ffree", mk_uint(c, sf.ffree));
	struct value *fsid = v_list(c->a, V_STRUCT);
	struct value *val = v_list(c->a, V_ARRAY);
	v_add(val, mk_hex(c, sf.fsid[0]));
	v_add(val, mk_hex(c, sf.fsid[1]));
	v_field(fsid, "val", val);
	v_field(s, "f_fsid", fsid);
	v_field(s, "f_namelen", mk_uint(c, sf.namelen));
	v_field(s, "f_frsize", mk_uint(c, sf.frsize));
	if (sf.flags & ST_VALID_BIT)
		v_field(s, "f_flags", mk_flags(c, sf.flags, &xlat_statfs_flags));
	return s;
}

static struct value *mk_statfs(struct dctx *c, uint64_t addr) { return mk_statfs_as(c, addr, false); }

/* i386's statfs64(path, size, buf) and fstatfs64(fd, size, buf) */
static void dec_statfs64(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, c->nr == SC32_BASE + SC32_statfs64 ? mk_path(c, c->arg[0]) : mk_fd(c, (int)c->arg[0]));
		add_arg(c, mk_uint(c, (uint32_t)c->arg[1]));
		c->pending = true;
		return;
	}
	add_arg(c, mk_statfs_as(c, c->arg[2], true));
}

#define CAPOF_statfs CAPOF_STRUCT_OUT(struct k_statfs)
static struct value *arg_statfs(struct dctx *c, int i, const void *d) { (void)d; return mk_statfs(c, c->arg[i]); }

static void dec_ustat(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_dev(c, (uint32_t)c->arg[0]));
	add_arg(c, mk_ptr(c, c->arg[1]));
}

/* ---- getdents, getdents64 ---- */

/* The fixed part of an entry: d_ino, d_off, d_reclen (and d_type in dirent64). */
struct k_dirent_head {
	uint64_t ino, off;
	uint16_t reclen;
	uint8_t type;
} __attribute__((packed));

/* its size: dirent64's, or the old dirent's of two longs (4 bytes each in an i386 program) */
#define DIRENT_HDR(c, is64) ((is64) ? 19u : (c)->lp32 ? 10u : 18u)

static bool read_head(struct dctx *c, uint64_t addr, unsigned hdr, struct k_dirent_head *h)
{
	if (hdr != 10)
		return addr && mem_read(c->mem, addr, h, hdr) == 0;
	struct { uint32_t ino, off; uint16_t reclen; } __attribute__((packed)) o;
	if (!addr || mem_read(c->mem, addr, &o, sizeof(o)) != 0)
		return false;
	*h = (struct k_dirent_head){ .ino = o.ino, .off = o.off, .reclen = o.reclen };
	return true;
}

/* " / * d_reclen 19 bytes underflow * /" and the like, or NULL */
static const char *reclen_note(struct dctx *c, unsigned reclen, unsigned hdr, uint64_t rem)
{
	if (reclen < hdr)
		return arena_printf(c->a, "%u bytes underflow", hdr - reclen);
	if (reclen > rem)
		return arena_printf(c->a, "%llu bytes overflow", (unsigned long long)(reclen - rem));
	return NULL;
}

/* Without -v: the address and how many entries the buffer holds. */
static struct value *dirents_count(struct dctx *c, uint64_t addr, uint64_t len, unsigned hdr)
{
	uint64_t off = 0;
	unsigned n = 0;
	bool more = false;
	const char *note = NULL;
	while (off < len) {
		struct k_dirent_head h;
		uint64_t rem = len - off;
		if (rem < hdr || !read_head(c, addr + off, hdr, &h)) {
			more = true;
			break;
		}
		n++;
		note = reclen_note(c, h.reclen, hdr, rem);
		if (h.reclen < hdr)
			more = true;
		if (note)
			break;
		off += h.reclen;
	}
	struct value *v = mk_ptr(c, addr);
	const char *cnt = arena_printf(c->a, "%u%s entries", n, more ? "+" : "");
	v->comment = note ? arena_printf(c->a, "d_reclen %s */ /* %s", note, cnt) : cnt;
	return v;
}

/* With -v: every entry. */
static struct value *dirents_list(struct dctx *c, uint64_t addr, uint64_t len, bool is64)
{
	unsigned hdr = DIRENT_HDR(c, is64);
	struct value *arr = v_list(c->a, V_ARRAY);
	for (uint64_t off = 0; off < len;) {
		uint64_t rem = len - off;
		struct k_dirent_head h;
		if (rem < hdr) {
			/* a tail too short for an entry: its bytes in hex */
			struct value *s = mk_buf(c, addr + off, rem);
			if (s->kind == V_STR)
				s->sflags |= VS_HEX;
			if (off == 0)
				return s;
			v_add(arr, s);
			break;
		}
		if (!read_head(c, addr + off, hdr, &h)) {
			if (off == 0)
				return mk_ptr(c, addr);
			v_add(arr, v_comment(v_ellipsis(c->a), arena_printf(c->a, "%#llx",
					(unsigned long long)(addr + off))));
			break;
		}
		unsigned reclen = h.reclen;
		uint64_t eff = reclen < rem ? reclen : rem;
		struct value *e = v_list(c->a, V_STRUCT);
		v_field(e, "d_ino", mk_uint(c, h.ino));
		v_field(e, "d_off", mk_uint(c, h.off));
		struct value *rl = v_field(e, "d_reclen", mk_uint(c, reclen));
		rl->comment = reclen_note(c, reclen, hdr, rem);
		v_add(arr, e);
		if (is64)
			v_field(e, "d_type", mk_enum(c, h.type, &xlat_dirent_types));
		if (reclen < hdr)
			break;
		/* dirent64 names fill the rest of the entry; old dirents end with d_type */
		unsigned tail = is64 ? 0 : 1;
		if (eff > hdr + tail) {
			uint64_t namelen = eff - hdr - tail;
			struct value *name = mk_cstr(c, addr + off + hdr, namelen - 1);
			v_field(e, "d_name", name);
			if (name->kind != V_STR) {
				v_add(arr, v_ellipsis(c->a));
				break;
			}
		}
		if (!is64 && eff > hdr) {
			uint8_t t;
			if (mem_read(c->mem, addr + off + eff - 1, &t, 1) == 0)
				v_field(e, "d_type", mk_enum(c, t, &xlat_dirent_types));
		}
		off += reclen;
	}
	return arr;
}

static void dec_getdents(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	uint64_t addr = c->arg[1];
	uint32_t count = (uint32_t)c->arg[2];
	bool is64 = c->nr == SC_getdents64;
	if (failed(c) || (uint64_t)c->rval > count)
		add_arg(c, mk_ptr(c, addr));
	else if (c->verbose)
		add_arg(c, dirents_list(c, addr, (uint64_t)c->rval, is64));
	else
		add_arg(c, dirents_count(c, addr, (uint64_t)c->rval, DIRENT_HDR(c, is64)));
	add_arg(c, mk_uint(c, count));
}

/* ---- utime, utimes, futimesat, utimensat ---- */

static struct value *mk_utimbuf(struct dctx *c, uint64_t addr)
{
	int64_t t[2];
	struct value *fb;
	if (!fetch(c, addr, t, sizeof(t), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "actime", stamp_us(c, mk_int(c, t[0]), t[0], 0));
	v_field(s, "modtime", stamp_us(c, mk_int(c, t[1]), t[1], 0));
	return s;
}

/* struct timeval[2] */
static struct value *mk_timeval_pair(struct dctx *c, uint64_t addr)
{
	int64_t tv[4];
	struct value *fb;
	if (!fetch(c, addr, tv, sizeof(tv), &fb))
		return fb;
	struct value *arr = v_list(c->a, V_ARRAY);
	for (int i = 0; i < 2; i++) {
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "tv_sec", mk_int(c, tv[2 * i]));
		v_field(s, "tv_usec", mk_uint(c, (uint64_t)tv[2 * i + 1]));
		v_add(arr, stamp_us(c, s, tv[2 * i], (uint64_t)tv[2 * i + 1]));
	}
	return arr;
}

#define UTIME_NOW_VAL ((1ull << 30) - 1)
#define UTIME_OMIT_VAL ((1ull << 30) - 2)

/* struct timespec[2], where tv_nsec may be UTIME_NOW or UTIME_OMIT */
static struct value *mk_utimens(struct dctx *c, uint64_t addr)
{
	int64_t ts[4];
	struct value *fb;
	if (!fetch(c, addr, ts, sizeof(ts), &fb))
		return fb;
	struct value *arr = v_list(c->a, V_ARRAY);
	for (int i = 0; i < 2; i++) {
		uint64_t nsec = (uint64_t)ts[2 * i + 1];
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "tv_sec", mk_int(c, ts[2 * i]));
		v_field(s, "tv_nsec", mk_uint(c, nsec));
		/* UTIME_NOW stands for the whole timespec, which -X raw prints */
		if (nsec == UTIME_NOW_VAL || nsec == UTIME_OMIT_VAL)
			v_add(arr, v_alt(v_sym(c->a, nsec == UTIME_NOW_VAL ? "UTIME_NOW" : "UTIME_OMIT", nsec), s));
		else
			v_add(arr, stamp_ns(c, s, ts[2 * i], nsec));
	}
	return arr;
}

#define CAPOF_utimbuf { CK_FIXED, 0, CAPP_ENTRY, 0, 2 * sizeof(int64_t) }
#define CAPOF_timeval_pair { CK_FIXED, 0, CAPP_ENTRY, 0, 2 * sizeof(struct timeval) }
#define CAPOF_utimens { CK_FIXED, 0, CAPP_ENTRY, 0, 2 * sizeof(struct timespec) }
static struct value *arg_utimbuf(struct dctx *c, int i, const void *d) { (void)d; return mk_utimbuf(c, c->arg[i]); }
static struct value *arg_timeval_pair(struct dctx *c, int i, const void *d) { (void)d; return mk_timeval_pair(c, c->arg[i]); }
static struct value *arg_utimens(struct dctx *c, int i, const void *d) { (void)d; return mk_utimens(c, c->arg[i]); }

/* ---- extended attributes ---- */

/*
 * An attribute value: one trailing NUL is not shown, unless the value is
 * cut at -s or printed in hex (the renderer decides that: VS_OMIT_NUL).
 */
static struct value *mk_xattr_value(struct dctx *c, uint64_t addr, uint64_t len)
{
	struct value *v = mk_buf(c, addr, len);
	if (v->kind == V_STR && !(v->sflags & VS_TRUNC))
		v->sflags |= VS_OMIT_NUL;
	return v;
}

/* The file: a descriptor for f*xattr, else a path. */
static struct value *xattr_file(struct dctx *c)
{
	switch (c->nr) {
	case SC_fsetxattr: case SC_fgetxattr: case SC_flistxattr: case SC_fremovexattr:
		return mk_fd(c, (int)c->arg[0]);
	}
	return mk_path(c, c->arg[0]);
}

static void dec_setxattr(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, xattr_file(c));
	add_arg(c, arg_str(c, 1, NULL));
	add_arg(c, mk_xattr_value(c, c->arg[2], c->arg[3]));
	add_arg(c, mk_uint(c, c->arg[3]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[4], &xlat_xattr_flags));
}

static void dec_getxattr(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, xattr_file(c));
		add_arg(c, arg_str(c, 1, NULL));
		c->pending = true;
		return;
	}
	if (failed(c))
		add_arg(c, mk_ptr(c, c->arg[2]));
	else
		add_arg(c, mk_xattr_value(c, c->arg[2], (uint64_t)c->rval));
	add_arg(c, mk_uint(c, c->arg[3]));
}

static void dec_listxattr(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, xattr_file(c));
		c->pending = true;
		return;
	}
	if (failed(c) || !c->arg[2])
		add_arg(c, mk_ptr(c, c->arg[1]));
	else
		add_arg(c, mk_buf(c, c->arg[1], (uint64_t)c->rval));
	add_arg(c, mk_uint(c, c->arg[2]));
}

static void dec_removexattr(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, xattr_file(c));
	add_arg(c, arg_str(c, 1, NULL));
}

/* ---- mknod, mknodat ---- */

static void dec_mknod_common(struct dctx *c, int p)
{
	add_arg(c, mk_path(c, c->arg[p]));
	uint32_t mode = (uint32_t)c->arg[p + 1] & 0xffff;
	add_arg(c, mk_file_mode(c, mode));
	if (is_dev_mode(mode))
		add_arg(c, mk_dev(c, (uint32_t)c->arg[p + 2]));
}

static void dec_mknod(struct dctx *c)
{
	if (!c->exiting)
		dec_mknod_common(c, 0);
}

static void dec_mknodat(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_dirfd(c, (int)c->arg[0]));
	dec_mknod_common(c, 1);
}

/* ---- copy_file_range, sendfile, splice, vmsplice ---- */

/* A loff_t in-out offset shown as [N] (sendfile's unsigned, as strace) */
static struct value *mk_loff_as(struct dctx *c, uint64_t addr, bool is_unsigned)
{
	int64_t off;
	struct value *fb;
	if (!fetch(c, addr, &off, sizeof(off), &fb))
		return fb;
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, is_unsigned ? mk_uint(c, (uint64_t)off) : mk_int(c, off));
	return a;
}

static struct value *mk_loff(struct dctx *c, uint64_t addr)
{
	return mk_loff_as(c, addr, false);
}

static void dec_copy_file_range(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_loff(c, c->arg[1]));
	add_arg(c, mk_fd(c, (int)c->arg[2]));
	add_arg(c, mk_loff(c, c->arg[3]));
	add_arg(c, mk_uint(c, c->arg[4]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[5]));
}

static void dec_splice(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_loff(c, c->arg[1]));
	add_arg(c, mk_fd(c, (int)c->arg[2]));
	add_arg(c, mk_loff(c, c->arg[3]));
	add_arg(c, mk_uint(c, c->arg[4]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[5], &xlat_splice_flags));
}

/* sendfile: the offset is read before the call and shown as [2] => [7] after it. */
static void dec_sendfile(struct dctx *c)
{
	uint64_t addr = c->arg[2];
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		add_arg(c, mk_fd(c, (int)c->arg[1]));
		int64_t off;
		struct value *fb;
		c->priv[1] = fetch(c, addr, &off, sizeof(off), &fb);
		c->priv[0] = (uint64_t)off;
		c->pending = true;
		return;
	}
	if (!c->priv[1]) {
		add_arg(c, mk_ptr(c, addr));
	} else {
		/* the offset unsigned, as strace prints it; the new one only when bytes moved */
		struct value *before = v_list(c->a, V_ARRAY);
		v_add(before, mk_uint(c, c->priv[0]));
		struct value *after = failed(c) ? NULL : mk_loff_as(c, addr, true);
		uint64_t now;
		struct value *fb;
		/* as strace: an offset the call left alone is shown once */
		bool same = after && fetch(c, addr, &now, sizeof(now), &fb) && now == c->priv[0];
		if (after && after->kind == V_ARRAY && !same)
			add_arg(c, v_changed(c->a, before, after));
		else
			add_arg(c, before);
	}
	add_arg(c, mk_uint(c, c->arg[3]));
}

static void dec_vmsplice(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_iovec(c, c->arg[1], c->arg[2], UINT64_MAX, true));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[3], &xlat_splice_flags));
}

static const struct decoder stat_decoders[] = {
	SIGNATURE(stat, ARG(path), OUT(stat)),
	SIGNATURE(lstat, ARG(path), OUT(stat)),
	SIGNATURE(fstat, ARG(fd), OUT(stat)),
	DECODE(newfstatat, dec_newfstatat, CAP_PATH(1), CAP_OUT(2, sizeof(struct k_stat))),
	DECODE(statx, dec_statx, CAP_PATH(1), CAP_OUT(4, sizeof(struct k_statx))),
	SIGNATURE(statfs, ARG(path), OUT(statfs)),
	DECODE32(statfs64, dec_statfs64, CAP_PATH(0), CAP_OUT(2, sizeof(struct k_statfs64_i386))),
	DECODE32(fstatfs64, dec_statfs64, CAP_OUT(2, sizeof(struct k_statfs64_i386))),
	SIGNATURE(fstatfs, ARG(fd), OUT(statfs)),
	DECODE(ustat, dec_ustat),
	/* the entries in the rval bytes, as bytes: all of them with -v */
	DECODE(getdents, dec_getdents, CAP_ARRAY(1, CAPP_EXIT, CAPL_RET, 1)),
	DECODE(getdents64, dec_getdents, CAP_ARRAY(1, CAPP_EXIT, CAPL_RET, 1)),
	SIGNATURE(utime, ARG(path), ARG(utimbuf)),
	SIGNATURE(utimes, ARG(path), ARG(timeval_pair)),
	SIGNATURE(futimesat, ARG(dirfd), ARG(path), ARG(timeval_pair)),
	SIGNATURE(utimensat, ARG(dirfd), ARG(path), ARG(utimens), ARGX(flags, at_flags)),
	DECODE(setxattr, dec_setxattr, CAP_PATH(0), CAP_STR(1), CAP_IBUF(2, 3)),
	DECODE(lsetxattr, dec_setxattr, CAP_PATH(0), CAP_STR(1), CAP_IBUF(2, 3)),
	DECODE(fsetxattr, dec_setxattr, CAP_STR(1), CAP_IBUF(2, 3)),
	DECODE(getxattr, dec_getxattr, CAP_PATH(0), CAP_STR(1), CAP_OBUF(2, CAPL_RET)),
	DECODE(lgetxattr, dec_getxattr, CAP_PATH(0), CAP_STR(1), CAP_OBUF(2, CAPL_RET)),
	DECODE(fgetxattr, dec_getxattr, CAP_STR(1), CAP_OBUF(2, CAPL_RET)),
	DECODE(listxattr, dec_listxattr, CAP_PATH(0), CAP_OBUF(1, CAPL_RET)),
	DECODE(llistxattr, dec_listxattr, CAP_PATH(0), CAP_OBUF(1, CAPL_RET)),
	DECODE(flistxattr, dec_listxattr, CAP_OBUF(1, CAPL_RET)),
	DECODE(removexattr, dec_removexattr, CAP_PATH(0), CAP_STR(1)),
	DECODE(lremovexattr, dec_removexattr, CAP_PATH(0), CAP_STR(1)),
	DECODE(fremovexattr, dec_removexattr, CAP_STR(1)),
	DECODE(mknod, dec_mknod, CAP_PATH(0)),
	DECODE(mknodat, dec_mknodat, CAP_PATH(1)),
	SIGNATURE(fadvise64, ARG(fd), ARG(long), ARG(ulong), ARGX(enum, fadvise_advice)),
	SIGNATURE(fallocate, ARG(fd), ARGX(flags, falloc_flags), ARG(long), ARG(long)),
	SIGNATURE(readahead, ARG(fd), ARG(long), ARG(ulong)),
	SIGNATURE(sync_file_range, ARG(fd), ARG(long), ARG(long), ARGX(flags, sync_file_range_flags)),
	DECODE(copy_file_range, dec_copy_file_range, CAP_IN(1, sizeof(int64_t)), CAP_IN(3, sizeof(int64_t))),
	DECODE(sendfile, dec_sendfile, CAP_INOUT(2, sizeof(int64_t))),
	DECODE(splice, dec_splice, CAP_IN(1, sizeof(int64_t)), CAP_IN(3, sizeof(int64_t))),
	SIGNATURE(tee, ARG(fd), ARG(fd), ARG(ulong), ARGX(flags, splice_flags)),
	DECODE(vmsplice, dec_vmsplice, CAP_IOV_IN(1, 2)),
	SIGNATURE(close_range, ARG(uint), ARG(uint), ARGX(flags, close_range_flags)),
};

DECODER_TABLE(stat, stat_decoders);
