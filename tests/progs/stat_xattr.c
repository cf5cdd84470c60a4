/*
 * stat_xattr.c - the xattr family: set/get/list/remove through a path, a
 * symlink path and a descriptor; values with embedded and trailing NULs,
 * long values cut at -s, size queries, ERANGE, ENODATA, bad pointers and
 * unknown flags.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/xattr.h>
#include <unistd.h>

static char buf[8192];

int main(void)
{
	const char *f = "/tmp/sctrace_stat_xattr";
	int fd = open(f, O_RDWR | O_CREAT | O_TRUNC, 0644);
	syscall(SYS_setxattr, f, "user.foo", "value\0\1\2xyz", 11, 0);
	syscall(SYS_setxattr, f, "user.bar", "longvaluelongvaluelongvaluelongvaluelongvalue", 45, XATTR_CREATE);
	syscall(SYS_setxattr, f, "user.bar", "v", 1, XATTR_CREATE);
	syscall(SYS_setxattr, f, "user.bar", "v", 1, XATTR_REPLACE);
	syscall(SYS_setxattr, f, "user.bar", "v", 1, 3);
	syscall(SYS_setxattr, f, "user.bar", "v", 1, 0xfc);
	syscall(SYS_setxattr, f, "user.baz", NULL, 0, 0);
	syscall(SYS_setxattr, f, NULL, NULL, 0, 0);
	syscall(SYS_setxattr, f, "user.baz", (void *)1, 5, 0);
	syscall(SYS_setxattr, f, "user.a", "abc\0", 4, 0);
	syscall(SYS_setxattr, f, "user.b", "abc\0\0", 5, 0);
	syscall(SYS_setxattr, f, "user.c", "\0", 1, 0);
	syscall(SYS_lsetxattr, f, "user.l", "lv", 2, 0);
	syscall(SYS_fsetxattr, fd, "user.f", "fv", 2, 0);
	syscall(SYS_fsetxattr, -1, "user.f", "fv", 2, -1);
	syscall(SYS_getxattr, f, "user.foo", buf, sizeof(buf));
	syscall(SYS_getxattr, f, "user.foo", buf, 3);
	syscall(SYS_getxattr, f, "user.foo", NULL, 0);
	syscall(SYS_getxattr, f, "user.bar", buf, sizeof(buf));
	syscall(SYS_getxattr, f, "user.nope", buf, sizeof(buf));
	syscall(SYS_getxattr, f, "user.a", buf, sizeof(buf));
	syscall(SYS_getxattr, f, "user.b", buf, sizeof(buf));
	syscall(SYS_getxattr, f, "user.c", buf, sizeof(buf));
	syscall(SYS_getxattr, f, "user.a", buf, 0);
	syscall(SYS_getxattr, f, "user.a", (void *)1, 0);
	syscall(SYS_lgetxattr, f, "user.l", buf, sizeof(buf));
	syscall(SYS_fgetxattr, fd, "user.f", buf, sizeof(buf));
	syscall(SYS_fgetxattr, fd, "user.baz", buf, sizeof(buf));
	syscall(SYS_listxattr, f, buf, sizeof(buf));
	syscall(SYS_listxattr, f, NULL, 0);
	syscall(SYS_listxattr, f, buf, 0);
	syscall(SYS_listxattr, f, buf, 3);
	syscall(SYS_listxattr, f, (void *)1, 0);
	syscall(SYS_llistxattr, f, buf, sizeof(buf));
	syscall(SYS_flistxattr, fd, buf, sizeof(buf));
	syscall(SYS_flistxattr, -1, buf, sizeof(buf));
	syscall(SYS_listxattr, f, buf, -1L);
	syscall(SYS_removexattr, f, "user.foo");
	syscall(SYS_lremovexattr, f, "user.l");
	syscall(SYS_fremovexattr, fd, "user.f");
	syscall(SYS_removexattr, f, "user.bar");
	syscall(SYS_removexattr, f, "user.baz");
	syscall(SYS_removexattr, f, "user.a");
	syscall(SYS_removexattr, f, "user.b");
	syscall(SYS_removexattr, f, "user.c");
	syscall(SYS_removexattr, NULL, NULL);
	syscall(SYS_removexattr, f, "user.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
	syscall(SYS_listxattr, f, buf, sizeof(buf));
	unlink(f);
	return 0;
}
