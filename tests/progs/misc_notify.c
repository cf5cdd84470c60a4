/*
 * misc_notify.c - event and notification descriptors: eventfd/eventfd2,
 * inotify (init, add/rm watch, masks), fanotify_init/mark, userfaultfd,
 * with valid, unknown and bogus flags.
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	int e = syscall(SYS_eventfd, 5);
	syscall(SYS_eventfd2, 0, EFD_CLOEXEC | EFD_NONBLOCK | EFD_SEMAPHORE);
	syscall(SYS_eventfd2, 1, 0x10);
	int in = syscall(SYS_inotify_init);
	syscall(SYS_inotify_init1, IN_CLOEXEC | IN_NONBLOCK);
	syscall(SYS_inotify_init1, 0x1);
	int w = syscall(SYS_inotify_add_watch, in, "/tmp", IN_CREATE | IN_DELETE | IN_ONLYDIR | IN_MASK_ADD);
	syscall(SYS_inotify_add_watch, in, "/nonexistent", IN_ALL_EVENTS);
	syscall(SYS_inotify_add_watch, in, "/tmp", 0x1000);
	syscall(SYS_inotify_add_watch, in, NULL, IN_OPEN);
	syscall(SYS_inotify_rm_watch, in, w);
	syscall(SYS_inotify_rm_watch, in, 12345);
	int fan = syscall(SYS_fanotify_init, 0x4 | 0x1 | 0x200, O_RDONLY | O_LARGEFILE);
	syscall(SYS_fanotify_init, 0x8 | 0x2, O_RDWR | O_CLOEXEC);
	syscall(SYS_fanotify_init, 0xc, 0);
	syscall(SYS_fanotify_mark, fan, 0x1, 0x8 | 0x20 | 0x40000000ULL, AT_FDCWD, "/tmp");
	syscall(SYS_fanotify_mark, fan, 0x2 | 0x10, 0x1ULL, -1, "/");
	syscall(SYS_fanotify_mark, fan, 0x80, 0, 0, NULL);
	syscall(SYS_fanotify_mark, -1, 0x8000, 0x100000000ULL, 3, "x");
	syscall(SYS_userfaultfd, O_CLOEXEC | O_NONBLOCK);
	syscall(SYS_userfaultfd, 0x10);
	close(e);
	return 0;
}
