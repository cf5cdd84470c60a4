/*
 * int80.c - a 64-bit program making i386 calls with int $0x80: the kernel
 * runs them from its i386 table, and strace shows them so, between
 * personality lines; then a 64-bit call again.  The buffer is mapped below
 * 4 GiB (MAP_32BIT), where a 32-bit register can point.
 */
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

static long int80(long nr, long a, long b, long c)
{
	long r;
	__asm__ volatile("int $0x80" : "=a"(r) : "a"(nr), "b"(a), "c"(b), "d"(c) : "memory");
	return r;
}

int main(void)
{
	char *msg = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_32BIT, -1, 0);
	if (msg == MAP_FAILED)
		return 2;
	strcpy(msg, "int80\n");
	long pid = int80(20, 0, 0, 0);           /* i386 getpid */
	int80(4, 1, (long)msg, 6);               /* i386 write */
	int80(6, -1, 0, 0);                      /* i386 close(-1): EBADF */
	return pid == getpid() ? 0 : 1;
}
