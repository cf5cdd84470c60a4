/*
 * stat_fake.c - results a real kernel rarely gives, faked with stat_fake.h:
 * every f_type magic and f_flags bit of statfs, odd stat/statx contents
 * (invalid types, set-id bits, -1 ids, bad nanoseconds, unknown mask and
 * attribute bits), getdents buffers with every d_type, short tails,
 * d_reclen underflow/overflow, unterminated names and unreadable entries,
 * and xattr results longer than the buffer or ending in NULs (try -s 3/4).
 * Compare with -e trace=statfs,fstatfs,stat,statx,getdents,getdents64,
 * getxattr,listxattr (the helper thread's ioctl calls are another family).
 */
#define _GNU_SOURCE
#include "stat_fake.h"
#include <fcntl.h>
#include <linux/stat.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/vfs.h>
#include <sys/wait.h>

static const unsigned long magics[] = {
	0x5a3c69f0, 0xadf5, 0xadff, 0x6b414653, 0x5346414f, 0x09041934,
	0x61756673, 0x0187, 0x13661366, 0x62646576, 0x42465331, 0x1badface,
	0x42494e4d, 0xcafe4a11, 0x9123683e, 0x73727279, 0x00c36400, 0x63677270,
	0x27e0eb, 0xff534d42, 0x73757245, 0x012ff7b7, 0x62656570, 0x28cd3d45,
	0x64646178, 0x64626720, 0x1373, 0x454d444d, 0x1cd1, 0x444d4142, 0xf15f,
	0xde5e81e4, 0x00414a53, 0xe0f5e1e2, 0x2011bab0, 0x5df5, 0xef51, 0xef53,
	0x137d, 0xf2f52010, 0x65735543, 0x65735546, 0xbad1dea, 0x01161970,
	0x47504653, 0x482b, 0x4244, 0x00c0ffee, 0xf995e849, 0x958458f6, 0x9660,
	0x72b6, 0x3153464a, 0xc97e8168, 0x2468, 0x2478, 0x4d5a, 0x137f, 0x138f,
	0x4d44, 0x11307854, 0x564c, 0x6969, 0x3434, 0x6e736673, 0x5346544e,
	0x7461636f, 0x9fa1, 0x794c7630, 0x50495045, 0x9fa0, 0x6165676c, 0x002f,
	0x68191122, 0x858458f6, 0x52654973, 0x7275, 0x5345434d, 0x73636673,
	0xf97cff8c, 0x43415d53, 0xfe534d42, 0x517b, 0x534f434b, 0x73717368,
	0x62656572, 0x012ff7b6, 0x012ff7b5, 0x01021994, 0x74726163, 0x24051905,
	0x15013346, 0x00011954, 0x9fa2, 0x01021997, 0xa501fcf5, 0xabba1974,
	0x012ff7b4, 0x58465342, 0x012fd16d, 0x2fc12fc1, 0x5a4f4653, 0x58295829,
	0x453dcd28, 0x57ac6e9d, 0x6c6f6f70, 0x565a4653,
	0x19800202, 0x1234, 0xffffffffffffffffUL,
};

static char out[4096], in[4096];

static size_t put64(size_t o, uint64_t ino, int64_t off, uint16_t reclen, uint8_t type, const char *name, size_t nlen)
{
	memcpy(in + o, &ino, 8);
	memcpy(in + o + 8, &off, 8);
	memcpy(in + o + 16, &reclen, 2);
	in[o + 18] = type;
	memcpy(in + o + 19, name, nlen);
	return o + reclen;
}

static size_t put(size_t o, uint64_t ino, int64_t off, uint16_t reclen, uint8_t type, const char *name, size_t nlen)
{
	memcpy(in + o, &ino, 8);
	memcpy(in + o + 8, &off, 8);
	memcpy(in + o + 16, &reclen, 2);
	memcpy(in + o + 18, name, nlen);
	if (reclen > 18)
		in[o + reclen - 1] = type;
	return o + reclen;
}

#define G64(ret, cnt) fake_call(ret, out, in, sizeof(in), SYS_getdents64, 3, (long)out, cnt, 0, 0, 0)
#define G(ret, cnt) fake_call(ret, out, in, sizeof(in), SYS_getdents, 3, (long)out, cnt, 0, 0, 0)

static void fake_getdents(void)
{
	char *m = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mprotect(m + 4096, 4096, PROT_NONE);
	size_t o = 0;
	for (int t = 0; t < 17; t++)
		o = put64(o, t, -t, 24, t, "abc", 4);
	G64(o, 4096);
	memset(in, 0, sizeof(in));
	o = put64(0, 1, 1, 24, 4, "x", 2);
	put64(o, 2, 2, 0, 4, "y", 2);
	G64(48, 4096);
	o = put64(0, 1, 1, 24, 4, "x", 2);
	put64(o, 2, 2, 100, 4, "yyyyy", 5);
	G64(48, 4096);
	memset(in, 0, sizeof(in));
	put64(0, 1, 1, 24, 4, "xxxxxxxx", 5);
	G64(24, 4096);
	memset(in, 'z', sizeof(in));
	put64(0, 1, 1, 24, 4, "x", 0);
	G64(24, 4096);
	memset(in, 0, sizeof(in));
	put64(0, 1, 1, 24, 4, "x", 2);
	G64(10, 4096);
	G64(30, 4096);
	G64(42, 4096);
	G64(24, 10);
	G64(24, 24);
	G64(0, 4096);
	put64(0, 1, 1, 10, 4, "x", 2);
	G64(24, 4096);
	o = put64(0, 1, 1, 19, 4, "x", 2);
	put64(o, 1, 1, 20, 4, "x", 2);
	G64(39, 4096);
	memset(in, 0, sizeof(in));
	put64(0, -1, 1, 24, 4, "\xff\n\"", 4);
	G64(24, 4096);
	fake_call(24, out, in, 0, SYS_getdents64, 3, 0, 4096, 0, 0, 0);
	fake_call(24, out, in, 0, SYS_getdents64, 3, (long)(m + 4096), 4096, 0, 0, 0);
	o = put64(0, 1, 1, 24, 4, "x", 2);
	put64(o, 1, 1, 24, 4, "y", 2);
	for (int n = 45; n >= 19; n--) {
		if (n != 45 && n != 30 && n != 24 && n != 20 && n != 19)
			continue;
		fake_call(48, m + 4096 - n, in, n, SYS_getdents64, 3, (long)(m + 4096 - n), 4096, 0, 0, 0);
	}

	memset(in, 0, sizeof(in));
	o = 0;
	for (int t = 0; t < 17; t++)
		o = put(o, t, -t, 24, t, "abc", 4);
	G(o, 4096);
	memset(in, 0, sizeof(in));
	o = put(0, 1, 1, 24, 4, "x", 2);
	put(o, 2, 2, 0, 4, "y", 2);
	G(48, 4096);
	memset(in, 'q', sizeof(in));
	o = put(0, 1, 1, 18, 4, "", 0);
	o = put(o, 1, 1, 19, 4, "", 0);
	o = put(o, 1, 1, 20, 4, "", 0);
	o = put(o, 1, 1, 21, 4, "", 0);
	o = put(o, 1, 1, 24, 4, "abcdef", 6);
	G(o, 4096);
	memset(in, 'q', sizeof(in));
	put(0, 1, 1, 17, 4, "", 0);
	G(24, 4096);
	memset(in, 'q', sizeof(in));
	o = put(0, 1, 1, 24, 4, "ab", 2);
	put(o, 1, 1, 30, 4, "cd", 2);
	G(40, 4096);
	G(43, 4096);
	G(10, 4096);
}

static void fake_statfs(void)
{
	static struct statfs sf, src;
	memset(&src, 0, sizeof(src));
	src.f_bsize = 4096;
	src.f_flags = 0x1020;
	for (unsigned i = 0; i < sizeof(magics) / sizeof(magics[0]); i++) {
		src.f_type = magics[i];
		fake_call(0, &sf, &src, sizeof(src), SYS_statfs, (long)"/", (long)&sf, 0, 0, 0, 0);
	}
	unsigned long fl[] = { 0, 1, 0x20, 0x21, 0x400, 0x420, 0x1020, 0x4020, 0x8020, 0x10020, 0xffffffff, ~0UL };
	for (unsigned i = 0; i < sizeof(fl) / sizeof(fl[0]); i++) {
		src.f_flags = fl[i];
		fake_call(0, &sf, &src, sizeof(src), SYS_fstatfs, 3, (long)&sf, 0, 0, 0, 0);
	}
	src.f_fsid.__val[0] = 0;
	src.f_fsid.__val[1] = -1;
	src.f_bsize = -1;
	src.f_blocks = -1;
	src.f_namelen = -1;
	src.f_frsize = -1;
	fake_call(0, &sf, &src, sizeof(src), SYS_statfs, (long)"/", (long)&sf, 0, 0, 0, 0);
	fake_call(5, &sf, &src, sizeof(src), SYS_statfs, (long)"/", (long)&sf, 0, 0, 0, 0);
}

static void fake_stat(void)
{
	static struct stat sout, sin;
	unsigned modes[] = { 0, 0170644, 020644, 060000, 07777, 0200644, 0xffffffff, 0x10000 | S_IFREG | 0644,
			     S_IFLNK | 01777, S_IFIFO | 0600, S_IFSOCK | 0755 };
	memset(&sin, 0, sizeof(sin));
	fake_call(0, &sout, &sin, sizeof(sin), SYS_stat, (long)"/x", (long)&sout, 0, 0, 0, 0);
	sin.st_uid = -1;
	sin.st_gid = -2;
	sin.st_size = -1;
	sin.st_blocks = -1;
	sin.st_dev = makedev(0x12345, 0x6789a);
	sin.st_rdev = ~0ULL;
	sin.st_nlink = -1;
	sin.st_atim.tv_sec = -1;
	sin.st_atim.tv_nsec = 1000000000;
	sin.st_mtim.tv_sec = 0;
	sin.st_mtim.tv_nsec = 5;
	sin.st_ctim.tv_sec = 5;
	sin.st_ctim.tv_nsec = -1;
	sin.st_ino = -1;
	sin.st_blksize = -1;
	for (unsigned i = 0; i < sizeof(modes) / sizeof(modes[0]); i++) {
		sin.st_mode = modes[i];
		fake_call(0, &sout, &sin, sizeof(sin), SYS_stat, (long)"/x", (long)&sout, 0, 0, 0, 0);
	}
	sin.st_atim.tv_sec = 1000000000;
	sin.st_atim.tv_nsec = 0;
	sin.st_mtim.tv_sec = 1600000000;
	sin.st_mtim.tv_nsec = 999999999;
	fake_call(0, &sout, &sin, sizeof(sin), SYS_stat, (long)"/x", (long)&sout, 0, 0, 0, 0);
}

static void fake_statx(void)
{
	static struct statx out, in;
#define SX() fake_call(0, &out, &in, sizeof(in), SYS_statx, AT_FDCWD, (long)"/x", 0, 0xfff, (long)&out, 0)
	memset(&in, 0, sizeof(in));
	SX();
	in.stx_mask = STATX_ATIME | STATX_BTIME;
	in.stx_atime.tv_sec = 1;
	in.stx_atime.tv_nsec = 1000000000;
	in.stx_btime.tv_sec = -5;
	in.stx_btime.tv_nsec = 5;
	in.stx_attributes = ~0ULL;
	in.stx_attributes_mask = 0x400000;
	in.stx_mode = 0xffff;
	SX();
	in.stx_mask = STATX_DIOALIGN | STATX_MNT_ID | STATX_CTIME | STATX_MTIME;
	in.stx_dio_mem_align = 7;
	in.stx_dio_offset_align = 9;
	in.stx_mnt_id = 0x1234;
	in.stx_attributes = 0x400000;
	in.stx_mode = 020644;
	in.stx_rdev_major = 0xffffffff;
	in.stx_size = -1;
	in.stx_blocks = -1;
	in.stx_nlink = -1;
	in.stx_uid = -1;
	in.stx_gid = -2;
	in.stx_blksize = -1;
	in.stx_ino = -1;
	in.stx_ctime.tv_sec = 0;
	in.stx_ctime.tv_nsec = 1;
	in.stx_mtime.tv_sec = 1;
	in.stx_mtime.tv_nsec = 0;
	SX();
	in.stx_mask = 0xffffffff;
	in.stx_mode = 060644;
	in.stx_attributes = 0x4;
	in.stx_attributes_mask = 0;
	SX();
	in.stx_mask = 0x80000000;
	in.stx_mode = 0100000;
	SX();
	unsigned masks[] = { STATX_TYPE, STATX_MODE, STATX_UID | STATX_GID | STATX_SIZE, STATX_TYPE | STATX_MODE };
	unsigned modes[] = { 0100644, 0, 0170777, 04755, 0140000 | 02000 | 0111, 0xffff };
	for (unsigned i = 0; i < 4; i++) {
		in.stx_mask = masks[i];
		for (unsigned j = 0; j < 6; j++) {
			in.stx_mode = modes[j];
			SX();
		}
	}
	fake_call(0, &out, &in, sizeof(in), SYS_statx, AT_FDCWD, (long)"/x", 0, 0xfff, 0, 0);
	fake_call(0, &out, &in, sizeof(in), SYS_statx, AT_FDCWD, (long)"/x", 0, 0xfff, 8, 0);
}

static void fake_xattr(void)
{
	static char buf[64];
	fake_call(21, buf, "user.a\0user.b\0user.c\0", 21, SYS_listxattr, (long)"/x", (long)buf, 5, 0, 0, 0);
	fake_call(5, buf, "abcd\0", 5, SYS_listxattr, (long)"/x", (long)buf, 5, 0, 0, 0);
	fake_call(5, buf, "abcd\0", 5, SYS_listxattr, (long)"/x", (long)buf, 0, 0, 0, 0);
	fake_call(4, buf, "abc\0", 4, SYS_getxattr, (long)"/x", (long)"user.a", (long)buf, 2, 0, 0);
	fake_call(4, buf, "abc\0", 4, SYS_getxattr, (long)"/x", (long)"user.a", (long)buf, 4, 0, 0);
	fake_call(5, buf, "abcd\0", 5, SYS_getxattr, (long)"/x", (long)"user.a", (long)buf, 5, 0, 0);
	fake_call(6, buf, "abcde\0", 6, SYS_getxattr, (long)"/x", (long)"user.a", (long)buf, 6, 0, 0);
	fake_call(2, buf, "\0\0", 2, SYS_getxattr, (long)"/x", (long)"user.a", (long)buf, 6, 0, 0);
	fake_call(3, buf, "\0\0", 0, SYS_getxattr, (long)"/x", (long)"user.a", 0, 0, 0, 0);
}

int main(void)
{
	pid_t p;
	/* one faked pair of syscalls per process */
	if ((p = fork()) == 0) {
		fake_install(SYS_getdents64, SYS_getdents);
		fake_getdents();
		_exit(0);
	}
	waitpid(p, NULL, 0);
	if ((p = fork()) == 0) {
		fake_install(SYS_statfs, SYS_fstatfs);
		fake_statfs();
		_exit(0);
	}
	waitpid(p, NULL, 0);
	if ((p = fork()) == 0) {
		fake_install(SYS_stat, SYS_statx);
		fake_stat();
		fake_statx();
		_exit(0);
	}
	waitpid(p, NULL, 0);
	if ((p = fork()) == 0) {
		fake_install(SYS_listxattr, SYS_getxattr);
		fake_xattr();
		_exit(0);
	}
	waitpid(p, NULL, 0);
	return 0;
}
