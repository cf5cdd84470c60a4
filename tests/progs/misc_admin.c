/*
 * misc_admin.c - administrative calls, all made to fail or to act only on
 * private namespaces: syslog, reboot (bad magic), mount/umount2, swapon/off,
 * sethostname, keys, modules, kexec, quotactl, perf_event_open, bpf,
 * io_uring, the new mount API, landlock.  Must run as root (unshare).
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/syscall.h>
#include <unistd.h>

int main(void)
{
	char buf[64];
	if (syscall(SYS_unshare, CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC) != 0)
		return 1;
	syscall(SYS_syslog, 2, 0, 0);
	syscall(SYS_syslog, 8, 0, 5);
	syscall(SYS_syslog, 8, 0, 42);
	syscall(SYS_syslog, 10, buf, 64);
	syscall(SYS_syslog, 99, buf, 1);
	syscall(SYS_reboot, 0xfee1dead, 672274793, 0x1234, 0);
	syscall(SYS_reboot, 1, 2, 0xA1B2C3D4, "again");
	syscall(SYS_umount2, "/nonexistent", MNT_DETACH | MNT_FORCE);
	syscall(SYS_umount2, "/nonexistent", 0x10);
	syscall(SYS_sethostname, "sctrace-test", 7);
	syscall(SYS_setdomainname, (void *)1, 3);
	syscall(SYS_swapon, "/nonexistent", 0x8005);
	syscall(SYS_swapon, "/nonexistent", 0);
	syscall(SYS_swapoff, "/nonexistent");
	syscall(SYS_mount, "none", "/nonexistent", "tmpfs", MS_NOSUID | 0xc0ed0000, "size=1m");
	syscall(SYS_mount, "/a", "/nonexistent", 0, MS_BIND | MS_REC, 0);
	syscall(SYS_mount, "/a", "/nonexistent", "x", MS_REMOUNT | MS_RDONLY, "ro");
	syscall(SYS_mount, NULL, "/nonexistent", NULL, MS_PRIVATE | MS_REC, NULL);
	syscall(SYS_pivot_root, "/nonexistent", "/x");
	syscall(SYS_acct, "/nonexistent/x");
	syscall(SYS_keyctl, 11, 5, buf, 64);
	syscall(SYS_keyctl, 2, 5, "data", 4);
	syscall(SYS_keyctl, 3, 5);
	syscall(SYS_keyctl, 8, -4, 5);
	syscall(SYS_keyctl, 15, 5, 100);
	syscall(SYS_keyctl, 99, 1, 2, 3, 4);
	syscall(SYS_add_key, "user", "desc", 0, 0, 5);
	syscall(SYS_request_key, "user", "no-such-key", 0, -2);
	syscall(SYS_init_module, 0, 0, "opt=1");
	syscall(SYS_delete_module, "nomod", O_NONBLOCK);
	syscall(SYS_finit_module, -1, "", 1);
	syscall(SYS_kexec_load, 0, 0, 0, 62 << 16 | 1);
	syscall(SYS_kexec_file_load, -1, -1, 0, "", 4);
	syscall(SYS_quotactl, 0x800007 << 8 | 0, "/dev/null", 1000, buf);
	syscall(SYS_quotactl, 0x5803 << 8 | 2, "/dev/null", 1000, buf);
	syscall(SYS_quotactl_fd, -1, 0x800001 << 8 | 1, 0, 0);
	syscall(SYS_perf_event_open, 0, 0, -1, -1, 8);
	syscall(SYS_bpf, 5, 0, 0);
	syscall(SYS_bpf, 99, buf, 8);
	syscall(SYS_io_uring_setup, 0, 0);
	syscall(SYS_io_uring_enter, -1, 1, 1, 1, 0, 0);
	syscall(SYS_io_uring_register, -1, 20, 0, 0);
	syscall(SYS_io_uring_register, -1, 77, 0, 0);
	syscall(SYS_io_setup, 0, 0);
	syscall(SYS_io_destroy, 0);
	syscall(SYS_io_submit, 0, 1, 0);
	syscall(SYS_open_tree, AT_FDCWD, "/nonexistent", 1 | O_CLOEXEC | AT_RECURSIVE);
	syscall(SYS_move_mount, -1, "", AT_FDCWD, "/nonexistent", 4);
	syscall(SYS_fsopen, "nosuchfs", 1);
	syscall(SYS_fsconfig, -1, 1, "key", "value", 0);
	syscall(SYS_fsconfig, -1, 5, "fd", 0, 3);
	syscall(SYS_fsconfig, -1, 6, 0, 0, 0);
	syscall(SYS_fsmount, -1, 1, 0x1 | 0x20);
	syscall(SYS_fspick, AT_FDCWD, "/nonexistent", 1 | 8);
	syscall(SYS_mount_setattr, -1, "", 0x1000, 0, 0);
	syscall(SYS_landlock_create_ruleset, 0, 0, 1);
	syscall(SYS_landlock_add_rule, -1, 1, 0, 0);
	syscall(SYS_landlock_restrict_self, -1, 0);
	syscall(SYS_iopl, 3);
	syscall(SYS_ioperm, 0x3f8, 8, 1);
	return 0;
}
