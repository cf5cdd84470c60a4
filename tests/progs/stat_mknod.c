/*
 * stat_mknod.c - mknod and mknodat: every file type, set-id and sticky
 * bits, invalid types, device numbers (shown only for char/block devices,
 * split like the kernel's 32-bit dev_t), NULL paths and bad descriptors.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#define D "/tmp/sctrace_stat_mknod/"

int main(void)
{
	mkdir(D, 0755);
	syscall(SYS_mknod, D "n1", S_IFIFO | 0644, 0);
	syscall(SYS_mknod, D "n2", S_IFCHR | 0644, makedev(1, 3));
	syscall(SYS_mknod, D "n3", S_IFBLK | S_ISUID | S_ISGID | S_ISVTX | 0777, makedev(0x123456, 0xabcdef));
	syscall(SYS_mknod, D "n4", 0644, 0);
	syscall(SYS_mknod, D "n5", 0170644, 0x1234);
	syscall(SYS_mknod, D "n6", S_IFREG, 5);
	syscall(SYS_mknod, D "n7", S_IFSOCK | S_ISUID, 5);
	syscall(SYS_mknod, D "n8", 0xffffffff, -1L);
	syscall(SYS_mknod, D "n9", S_IFDIR | 0755, -1L);
	syscall(SYS_mknod, D "n10", S_IFLNK | 0755, 0);
	syscall(SYS_mknod, D "n11", 04644, 0);
	syscall(SYS_mknod, D "n12", 0200644, 0);
	syscall(SYS_mknod, D "n13", 0x10000 | S_IFCHR | 0644, 0x123);
	syscall(SYS_mknod, D "n14", 0x10000 | S_IFBLK | 0644, 0x123456789aL);
	syscall(SYS_mknod, D "n15", 070000, 0);
	syscall(SYS_mknod, NULL, S_IFCHR, makedev(0, 0));
	syscall(SYS_mknodat, AT_FDCWD, D "n16", S_IFCHR | 0600, makedev(4, 64));
	syscall(SYS_mknodat, -1, "n17", S_IFBLK | 0600, makedev(259, 1));
	syscall(SYS_mknodat, 3, "n18", S_IFREG, 0xffffffffL);
	syscall(SYS_mknodat, 3, "n19", 010000000, 0xffffffffL);
	int dfd = open(D, O_RDONLY | O_DIRECTORY);
	syscall(SYS_mknodat, dfd, "n20", S_IFIFO | 0600, 0);
	syscall(SYS_mknodat, dfd, "n20", S_IFIFO | 0600, 0);
	const char *names[] = { "n1", "n2", "n3", "n4", "n6", "n7", "n11", "n12", "n13", "n14", "n16", "n20", NULL };
	for (int i = 0; names[i]; i++)
		unlinkat(dfd, names[i], 0);
	rmdir(D);
	return 0;
}
