/*
 * stat_statfs.c - statfs and fstatfs on several filesystems (f_type names,
 * f_flags; not "/", whose free counts change between runs), failures with
 * NULL and unmapped buffers, and ustat with device numbers that do and do
 * not fit the kernel's 32-bit dev_t.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

static char buf[4096];

int main(void)
{
	const char *paths[] = { "/proc", "/sys", "/dev", "/dev/pts", "/proc/sys/fs/binfmt_misc", NULL };
	char *unmapped = mmap(NULL, 4096, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	for (int i = 0; paths[i]; i++)
		syscall(SYS_statfs, paths[i], buf);
	syscall(SYS_statfs, "/nonexistent", buf);
	syscall(SYS_statfs, NULL, NULL);
	syscall(SYS_statfs, "/proc", NULL);
	syscall(SYS_statfs, "/proc", unmapped);
	int fd = open("/proc", O_RDONLY);
	syscall(SYS_fstatfs, fd, buf);
	syscall(SYS_fstatfs, -1, buf);
	syscall(SYS_fstatfs, fd, NULL);
	syscall(SYS_fstatfs, fd, buf + sizeof(buf) - 8);
	syscall(SYS_ustat, 0x801, buf);
	syscall(SYS_ustat, 0, buf);
	syscall(SYS_ustat, 0x12345678abcdL, NULL);
	syscall(SYS_ustat, -1L, unmapped);
	return 0;
}
