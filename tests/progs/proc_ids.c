/*
 * proc_ids.c - credentials (set*id/get*id, groups), process groups and
 * sessions, priorities, scheduler calls (affinity, policies, params,
 * sched_attr), capget/capset, pidfd_open/getfd/send_signal,
 * process_vm_readv/writev and kcmp, with failing and odd arguments.
 */
#define _GNU_SOURCE
#include <sched.h>
#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <linux/kcmp.h>
#include <signal.h>
#include <unistd.h>
#include <stdint.h>
#include <string.h>

struct sched_attr_k { uint32_t size, policy; uint64_t flags; int32_t nice; uint32_t prio; uint64_t rt, dl, per; uint32_t umin, umax; };
int main(void)
{
	uid_t a,b,c; gid_t gl[40]; 
	syscall(SYS_getuid); syscall(SYS_geteuid); syscall(SYS_getgid); syscall(SYS_getegid);
	syscall(SYS_setuid, 0); syscall(SYS_setuid, -1); syscall(SYS_setgid, 0); syscall(SYS_setgid, 12345);
	syscall(SYS_setreuid, -1, 0); syscall(SYS_setregid, 0, -1);
	syscall(SYS_setresuid, -1, -1, 0); syscall(SYS_setresgid, 0, -1, 0);
	syscall(SYS_getresuid, &a, &b, &c); syscall(SYS_getresgid, &a, &b, &c); syscall(SYS_getresuid, 0, 1, &c);
	syscall(SYS_setfsuid, 0); syscall(SYS_setfsgid, -1); syscall(SYS_setfsuid, 0x100000000L);
	int n = syscall(SYS_getgroups, 0, 0);
	syscall(SYS_getgroups, 40, gl); syscall(SYS_getgroups, 1, gl); syscall(SYS_getgroups, 40, 1);
	gl[0]=0; gl[1]=1; gl[2]=-1;
	syscall(SYS_setgroups, 3, gl); syscall(SYS_setgroups, 0, 0);
	for (int i = 0; i < 40; i++) gl[i] = i * 3;
	syscall(SYS_setgroups, 40, gl); syscall(SYS_getgroups, 40, gl); syscall(SYS_getgroups, 0, gl); syscall(SYS_getgroups, 2, gl); syscall(SYS_setgroups, 2, 1); syscall(SYS_setgroups, -1, gl);
	syscall(SYS_getpgid, 0); syscall(SYS_getpgid, -1); syscall(SYS_setpgid, 0, 0); syscall(SYS_getpgrp); syscall(SYS_getsid, 0); syscall(SYS_setsid);
	syscall(SYS_getpriority, PRIO_PROCESS, 0); syscall(SYS_getpriority, PRIO_PGRP, 0); syscall(SYS_getpriority, PRIO_USER, 0); syscall(SYS_getpriority, 9, 0);
	syscall(SYS_setpriority, PRIO_PROCESS, 0, 5); syscall(SYS_setpriority, PRIO_USER, 0x7ffffff0, -30); /* no such user: never renice the machine */
	cpu_set_t cs; CPU_ZERO(&cs);
	syscall(SYS_sched_getaffinity, 0, sizeof cs, &cs);
	syscall(SYS_sched_setaffinity, 0, sizeof cs, &cs);
	syscall(SYS_sched_getaffinity, 0, 3, &cs);
	syscall(SYS_sched_getaffinity, 0, 8, 0);
	CPU_ZERO(&cs); CPU_SET(1, &cs); CPU_SET(100, &cs);
	syscall(SYS_sched_setaffinity, 0, sizeof cs, &cs);
	syscall(SYS_sched_setaffinity, 0, 16, &cs);
	syscall(SYS_sched_yield);
	struct sched_param sp = { 0 };
	syscall(SYS_sched_getscheduler, 0); syscall(SYS_sched_getscheduler, -1);
	syscall(SYS_sched_setscheduler, 0, SCHED_OTHER, &sp); syscall(SYS_sched_setscheduler, 0, SCHED_FIFO|SCHED_RESET_ON_FORK, &sp);
	syscall(SYS_sched_setscheduler, 0, 77, 0);
	syscall(SYS_sched_getparam, 0, &sp); syscall(SYS_sched_setparam, 0, &sp); syscall(SYS_sched_getparam, 0, 0);
	syscall(SYS_sched_get_priority_max, SCHED_FIFO); syscall(SYS_sched_get_priority_min, SCHED_RR); syscall(SYS_sched_get_priority_max, 55);
	struct timespec ts; syscall(SYS_sched_rr_get_interval, 0, &ts);
	struct __user_cap_header_struct h = { _LINUX_CAPABILITY_VERSION_3, 0 };
	struct __user_cap_data_struct d[2];
	syscall(SYS_capget, &h, d); syscall(SYS_capset, &h, d);
	h.version = _LINUX_CAPABILITY_VERSION_1; syscall(SYS_capget, &h, d);
	h.version = 0x1234; syscall(SYS_capget, &h, d);
	syscall(SYS_capget, &h, 0); syscall(SYS_capget, 0, 0);
	d[0].effective = 0; d[0].permitted = 0x3; d[0].inheritable = 1; d[1].effective = 0; d[1].permitted=1; d[1].inheritable=0;
	h.version = _LINUX_CAPABILITY_VERSION_3; syscall(SYS_capset, &h, d);
	int pfd = syscall(SYS_pidfd_open, getpid(), 0);
	syscall(SYS_pidfd_open, getpid(), 0x80); syscall(SYS_pidfd_open, -1, 0xffffffff);
	syscall(SYS_pidfd_getfd, pfd, 0, 0); syscall(SYS_pidfd_getfd, pfd, 99, 1);
	syscall(SYS_pidfd_send_signal, pfd, 0, 0, 0);
	siginfo_t si = {0}; si.si_signo = SIGUSR1; si.si_code = SI_QUEUE; si.si_pid = getpid(); si.si_value.sival_int = 7;
	syscall(SYS_pidfd_send_signal, pfd, SIGUSR2, &si, 0); syscall(SYS_pidfd_send_signal, -1, SIGTERM, 0, 1);
	char buf[16] = "hello", buf2[16];
	struct iovec l = { buf2, 5 }, r = { buf, 5 };
	syscall(SYS_process_vm_readv, getpid(), &l, 1, &r, 1, 0);
	syscall(SYS_process_vm_writev, getpid(), &l, 1, &r, 1, 0);
	syscall(SYS_process_vm_readv, getpid(), 0, 0, 1, 2, 3);
	syscall(SYS_kcmp, getpid(), getpid(), KCMP_FILE, 0, 0);
	syscall(SYS_kcmp, getpid(), getpid(), KCMP_VM, 0, 1);
	syscall(SYS_kcmp, getpid(), getpid(), KCMP_EPOLL_TFD, 3, 0);
	syscall(SYS_kcmp, getpid(), getpid(), 99, 3, 4);
	struct sched_attr_k sa = { sizeof(sa), 0, 0, 5, 0, 0, 0, 0, 0, 1024 };
	syscall(SYS_sched_getattr, 0, &sa, sizeof(sa), 0);
	syscall(SYS_sched_setattr, 0, &sa, 0);
	sa.flags = 0xff;
	sa.size = 48;
	syscall(SYS_sched_setattr, 0, &sa, 0);
	syscall(SYS_sched_getattr, 0, &sa, 48, 0);
	syscall(SYS_sched_getattr, 0, &sa, 20, 0);
	syscall(SYS_sched_setattr, 0, 1, 0);
	syscall(SYS_sched_setattr, 0, 0, 0);
	unsigned char m[128];
	memset(m, 0xff, sizeof(m));
	syscall(SYS_sched_setaffinity, 0, 128, m);
	syscall(SYS_sched_setaffinity, 0, 8, m);
	memset(m, 0, sizeof(m));
	syscall(SYS_sched_setaffinity, 0, 5, m);
	syscall(SYS_sched_setaffinity, 0, 0, m);
	syscall(SYS_sched_getaffinity, 0, 8, m);
	syscall(SYS_sched_get_priority_max, 4);
	syscall(SYS_sched_get_priority_max, 7);
	syscall(SYS_setuid, 4294967294U);
	syscall(SYS_setresuid, 4294967294U, 1000, -1);
	syscall(SYS_getpriority, PRIO_PROCESS, -1);
	syscall(SYS_setpriority, PRIO_PROCESS, 0x7fffffff, 40);
	(void)n;
	return 0;
}
