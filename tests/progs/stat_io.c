/*
 * stat_io.c - calls on file ranges and pipes: fadvise64, fallocate,
 * readahead, sync_file_range, copy_file_range, sendfile ([off] => [off]),
 * splice, tee, vmsplice and close_range, with valid and unknown flags,
 * NULL and bad offset pointers.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

int main(void)
{
	int fd = open("/tmp/sctrace_stat_io1", O_RDWR | O_CREAT | O_TRUNC, 0644);
	write(fd, "hello world\n", 12);
	for (int a = 0; a <= 7; a++)
		syscall(SYS_fadvise64, fd, 0, 100, a);
	syscall(SYS_fadvise64, fd, -1L, -1L, -1);
	syscall(SYS_fadvise64, -1, 1L << 40, 0, 4);
	syscall(SYS_fallocate, fd, 0, 0, 4096);
	syscall(SYS_fallocate, fd, 1, 0, 8192);
	syscall(SYS_fallocate, fd, 3, 0, 10);
	syscall(SYS_fallocate, fd, 0xffffffff, -1L, -1L);
	syscall(SYS_fallocate, fd, 0x80, 1, 1);
	syscall(SYS_fallocate, fd, 0x7c, 1, 1);
	syscall(SYS_readahead, fd, 0, 4096);
	syscall(SYS_readahead, -1, -1L, -1L);
	syscall(SYS_sync_file_range, fd, 0, 100, 0);
	syscall(SYS_sync_file_range, fd, 0, 0, 7);
	syscall(SYS_sync_file_range, fd, -1L, -1L, -1);
	syscall(SYS_sync_file_range, fd, 1, 2, 8);

	int fd2 = open("/tmp/sctrace_stat_io2", O_RDWR | O_CREAT | O_TRUNC, 0644);
	loff_t in = 0, out = 5;
	syscall(SYS_copy_file_range, fd, &in, fd2, &out, 5, 0);
	syscall(SYS_copy_file_range, fd, NULL, fd2, NULL, 5, 0);
	syscall(SYS_copy_file_range, fd, 1, fd2, 2, 5, 7);
	syscall(SYS_copy_file_range, -1, &in, -1, &out, -1L, -1);
	off_t off = 2;
	lseek(fd, 0, SEEK_SET);
	syscall(SYS_sendfile, fd2, fd, &off, 5);
	syscall(SYS_sendfile, fd2, fd, NULL, 5);
	syscall(SYS_sendfile, fd2, fd, 1, 5);
	syscall(SYS_sendfile, -1, -1, &off, -1L);

	int p[2], q[2];
	pipe(p);
	pipe(q);
	write(p[1], "abcdef", 6);
	loff_t so = 3;
	syscall(SYS_splice, p[0], NULL, fd2, &so, 3, 1 | 2);
	syscall(SYS_tee, p[0], q[1], 2, 2);
	syscall(SYS_tee, p[0], q[1], 2, 0xff);
	syscall(SYS_tee, -1, -1, -1L, 0);
	syscall(SYS_splice, fd2, &so, q[1], NULL, 3, 0);
	syscall(SYS_splice, -1, 1, -1, 2, -1L, -1);
	syscall(SYS_splice, p[0], NULL, q[1], NULL, 100, 4 | 8 | 2);
	struct iovec iov[2] = { { "xyz", 3 }, { "12345", 5 } };
	syscall(SYS_vmsplice, p[1], iov, 2, 8);
	syscall(SYS_vmsplice, q[0], iov, 2, 0);
	syscall(SYS_vmsplice, -1, NULL, 0, -1);
	syscall(SYS_vmsplice, -1, 1, 3, 0);
	syscall(SYS_close_range, 100, 200, 0);
	syscall(SYS_close_range, 100, ~0U, 2);
	syscall(SYS_close_range, 100, ~0U, 4);
	syscall(SYS_close_range, 100, 50, 6);
	syscall(SYS_close_range, -1, -2, -1);
	syscall(SYS_close_range, fd2, fd2, 4);
	unlink("/tmp/sctrace_stat_io1");
	unlink("/tmp/sctrace_stat_io2");
	return 0;
}
