/*
 * mem_basic.c - memory-management syscalls: mmap (types, flags, MAP_HUGE_*,
 * offsets, failures), mprotect, munmap, brk, madvise, mremap, msync, mincore,
 * mlock*, munlock*, remap_file_pages, memfd_create/secret, membarrier,
 * NUMA policy calls and protection keys, with valid and bogus arguments.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/mman.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#ifndef MAP_HUGE_SHIFT
#define MAP_HUGE_SHIFT 26
#endif

int main(void)
{
	long pg = 4096;
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	mmap(NULL, 4096, PROT_NONE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE | MAP_POPULATE, -1, 0);
	mmap(NULL, 4096, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK | MAP_GROWSDOWN, -1, 0);
	mmap(NULL, 4096, PROT_READ | PROT_WRITE | PROT_EXEC | PROT_SEM | 0x100, MAP_SHARED_VALIDATE | 0x8000000, -1, 0x3000);
	mmap(NULL, 2 << 20, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | (21 << MAP_HUGE_SHIFT), -1, 0);
	mmap(NULL, 1 << 30, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_HUGETLB | (30 << MAP_HUGE_SHIFT), -1, 0);
	mmap(p, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
	mmap(p, 4096, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED_NOREPLACE, -1, 0);
	mmap(NULL, 4096, PROT_READ, 0xf, -1, 0);
	mmap(NULL, 4096, PROT_READ, MAP_PRIVATE | MAP_DENYWRITE | MAP_EXECUTABLE | MAP_LOCKED | MAP_32BIT | MAP_UNINITIALIZED | MAP_SYNC, 5, 0x123000);
	mmap((void *)-1, -1, -1, -1, -1, -1);
	int fd = open("/etc/passwd", O_RDONLY);
	void *f = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
	mprotect(p, 4096, PROT_READ);
	mprotect(p, 4096, PROT_READ | PROT_WRITE | PROT_GROWSDOWN);
	mprotect(p, 4096, PROT_GROWSUP | 0x10);
	mprotect((void *)1, 0, 0);
	syscall(SYS_pkey_mprotect, p, 4096, PROT_READ, -1);
	syscall(SYS_pkey_mprotect, p, 4096, 0x7f, 3);
	syscall(SYS_brk, 0);
	syscall(SYS_brk, 1);
	madvise(p, 4096, MADV_DONTNEED);
	madvise(p, 4096, MADV_WILLNEED);
	madvise(p, 4096, MADV_NORMAL);
	madvise(p, 4096, MADV_HUGEPAGE);
	madvise(p, 4096, MADV_DONTDUMP);
	madvise(p, 4096, MADV_FREE);
	madvise(p, 4096, MADV_COLD);
	madvise(p, 4096, MADV_PAGEOUT);
	madvise(p, 4096, 25);
	madvise(p, 4096, 1234);
	madvise(p, 4096, MADV_HWPOISON);
	struct iovec iov = { p, 4096 };
	syscall(SYS_process_madvise, -1, &iov, 1, MADV_COLD, 0);
	syscall(SYS_process_madvise, 3, NULL, 0, 1234, 7);
	char *q = mremap(p, 8192, 16384, MREMAP_MAYMOVE);
	mremap(q, 16384, 4096, 0);
	mremap(q, 4096, 4096, MREMAP_MAYMOVE | MREMAP_FIXED, q + 1 * pg * 100);
	mremap(q, 4096, 4096, 0xff);
	mremap(q, 4096, 4096, MREMAP_DONTUNMAP | MREMAP_MAYMOVE);
	msync(q, 4096, MS_SYNC);
	msync(q, 4096, MS_ASYNC | MS_INVALIDATE);
	msync(q, 4096, 0xf0);
	unsigned char vec[8];
	mincore(q, 4096, vec);
	mincore(q, 3 * 4096, vec);
	mincore((void *)1, 4096, vec);
	mincore(q, 4096, NULL);
	mlock(q, 4096);
	syscall(SYS_mlock2, q, 4096, MLOCK_ONFAULT);
	syscall(SYS_mlock2, q, 4096, 0x10);
	munlock(q, 4096);
	mlockall(MCL_CURRENT);
	mlockall(MCL_CURRENT | MCL_FUTURE | MCL_ONFAULT);
	mlockall(0x10);
	munlockall();
	remap_file_pages(q, 4096, 0, 0, 0);
	remap_file_pages(q, 4096, 1, 2, MAP_NONBLOCK | 0x100);
	int m = syscall(SYS_memfd_create, "memfd-test", MFD_CLOEXEC | MFD_ALLOW_SEALING);
	syscall(SYS_memfd_create, "huge", MFD_HUGETLB | (21 << 26));
	syscall(SYS_memfd_create, "x", 0x100);
	syscall(SYS_memfd_create, NULL, 0);
	syscall(SYS_memfd_create, "", 0x10 | 0x8);
	syscall(SYS_memfd_secret, 0);
	syscall(SYS_memfd_secret, O_CLOEXEC);
	syscall(SYS_membarrier, 0, 0, 0);
	syscall(SYS_membarrier, 1 << 3, 0, 0);
	syscall(SYS_membarrier, 1 << 4, 0, 0);
	syscall(SYS_membarrier, 0x12345, 1, 5);
	unsigned long nodemask = 1;
	syscall(SYS_mbind, q, 4096, 0, NULL, 0, 0);
	syscall(SYS_mbind, q, 4096, 1, &nodemask, 64, 1 << 1);
	syscall(SYS_mbind, q, 4096, 2 | (1 << 15), &nodemask, 2, 0x7);
	syscall(SYS_set_mempolicy, 0, NULL, 0);
	syscall(SYS_set_mempolicy, 3 | (1 << 14), &nodemask, 64);
	syscall(SYS_set_mempolicy, 99, NULL, 0);
	int mode = -1;
	syscall(SYS_get_mempolicy, &mode, NULL, 0, NULL, 0);
	syscall(SYS_get_mempolicy, &mode, &nodemask, 64, q, 1 | 2);
	syscall(SYS_get_mempolicy, NULL, NULL, 0, NULL, 0x10);
	int k = syscall(SYS_pkey_alloc, 0, 0);
	syscall(SYS_pkey_alloc, 0, 1);
	syscall(SYS_pkey_alloc, 0, 3);
	syscall(SYS_pkey_alloc, 1, 4);
	syscall(SYS_pkey_free, k);
	syscall(SYS_pkey_free, 1234);
	munmap(q, 4096);
	munmap(f, 4096);
	munmap(NULL, 0);
	close(fd);
	close(m);
	return 0;
}
