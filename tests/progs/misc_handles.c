/*
 * misc_handles.c - file handles (name_to_handle_at, open_by_handle_at),
 * I/O priorities, getcpu, thread areas and other rarely seen calls, with
 * valid and invalid arguments, modify_ldt's zero-extended errors and
 * out-of-range modes, for the differential test.
 */
#define _GNU_SOURCE
#include <asm/ldt.h>
#include <fcntl.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>

struct handle {
	unsigned bytes;
	int type;
	unsigned char h[128];
};

int main(void)
{
	/* getcpu: on CPU 0, so the result is the same traced or not */
	cpu_set_t one;
	CPU_ZERO(&one);
	CPU_SET(0, &one);
	sched_setaffinity(0, sizeof(one), &one);
	unsigned cpu, node;
	syscall(SYS_getcpu, &cpu, &node, 0);
	syscall(SYS_getcpu, &cpu, NULL, 0);
	syscall(SYS_getcpu, NULL, NULL, 0);
	syscall(SYS_getcpu, 1, 2, 3);

	/* I/O priorities: only our own process is changed */
	syscall(SYS_ioprio_get, 1, 0);
	syscall(SYS_ioprio_get, 7, 0);
	syscall(SYS_ioprio_set, 1, 0, (2 << 13) | 4);
	syscall(SYS_ioprio_get, 1, 0);
	syscall(SYS_ioprio_set, 1, 0, (3 << 13));
	syscall(SYS_ioprio_set, 1, 0, 0);
	syscall(SYS_ioprio_set, 1, 0, (7 << 13) | 9);
	syscall(SYS_ioprio_set, 9, 0, 4);
	syscall(SYS_ioprio_get, 1, getpid());

	/* file handles */
	struct handle fh = { 128 };
	int mnt;
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/nonexistent", &fh, &mnt, 0);
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &fh, &mnt, 0);
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &fh, &mnt, AT_SYMLINK_FOLLOW | AT_EMPTY_PATH);
	struct handle small = { 0 };
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &small, &mnt, 0);
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", 8, &mnt, 0);
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &fh, 8, 0);
	syscall(SYS_name_to_handle_at, 3000, "x", NULL, NULL, 0);
	syscall(SYS_name_to_handle_at, AT_FDCWD, "/", &fh, &mnt, 0x10000);
	int fd = syscall(SYS_open_by_handle_at, AT_FDCWD, &fh, O_RDONLY | O_DIRECTORY);
	if (fd >= 0)
		close(fd);
	fh.bytes = 3;
	syscall(SYS_open_by_handle_at, 0, &fh, O_RDONLY | O_PATH);
	syscall(SYS_open_by_handle_at, 5, NULL, O_RDWR | O_CLOEXEC);
	syscall(SYS_open_by_handle_at, 0, 8, O_RDONLY);

	/* and the rest */
	syscall(SYS_process_mrelease, 3000, 0);
	syscall(SYS_process_mrelease, -1, 5);
	struct user_desc ud = { .entry_number = -1, .base_addr = 0x1000, .limit = 0xfff,
				.seg_32bit = 1, .useable = 1 };
	syscall(SYS_set_thread_area, &ud);
	syscall(SYS_get_thread_area, &ud);
	syscall(SYS_set_thread_area, 0);
	syscall(SYS_uselib, "/nonexistent");
	char b[64];
	syscall(SYS_modify_ldt, 1, &ud, sizeof(ud));
	syscall(SYS_modify_ldt, 1, &ud, 4);
	syscall(SYS_modify_ldt, 0, b, sizeof(b));
	syscall(SYS_modify_ldt, 0, NULL, 16);
	syscall(SYS_modify_ldt, 7, &ud, sizeof(ud));
	syscall(SYS_modify_ldt, -1, NULL, -1L);

	/* a link target is cut at -s like any buffer */
	const char *lnk = "/tmp/sctrace-misc-handles-link";
	unlink(lnk);
	symlink("/usr/share/a-rather-long-directory-name/and-an-even-longer-file-name-that-goes-on.txt", lnk);
	char t[256];
	syscall(SYS_readlink, lnk, t, sizeof(t));
	syscall(SYS_readlink, lnk, t, 10);
	syscall(SYS_readlinkat, AT_FDCWD, lnk, t, sizeof(t));
	unlink(lnk);

	/* modes are 16-bit: the high bits are not printed */
	syscall(SYS_chmod, "/nonexistent", 0x1ffff);
	syscall(SYS_mkdir, "/nonexistent/x", 0x10000 | 0755);
	syscall(SYS_open, "/nonexistent/x", O_CREAT | O_WRONLY, 0x80000000 | 0644);
	syscall(SYS_umask, 0x10022);
	return 0;
}
