/*
 * dec_compat.c - i386 calls: a 32-bit program traced on x86_64.
 *
 * Most i386 calls are x86_64 calls under another number (or another name:
 * mmap2, fcntl64, getuid32...).  Each row below says which x86_64 call
 * decodes one, and how its registers become that call's: a 64-bit value in
 * two registers is joined, mmap2's page offset becomes bytes, clone's last
 * two arguments swap.  The decoder then runs with lp32 (its word helpers read
 * 4-byte longs and pointers) and, but for the *_time64 calls, time32.  Only
 * calls whose structures those helpers cover are listed; the others print
 * raw, as calls without a decoder do.  i386-only calls with no x86_64
 * counterpart (_llseek) have their own decoder here.
 *
 * socketcall(N, args) is shown as the call it makes, as strace shows it:
 * compat_subcall() turns it into that call (by name, i386's own number, or
 * for accept, send and recv the table's 500 + N) before filtering.
 */
#include "decode.h"

#include <linux/net.h>
#include <string.h>

enum {
	CF_TIME64 = 1,   /* a *_time64 call: struct timespec has a 64-bit time_t */
	CF_PGOFF = 2,    /* mmap2: argument 5 counts 4096-byte pages */
	CF_CLONE = 4,    /* clone: i386 passes tls before child_tid */
};

struct compat_row {
	int16_t nr32;    /* the i386 number */
	int16_t nr64;    /* the x86_64 call whose decoder prints it */
	uint8_t pairs;   /* bit i: registers i and i+1 hold one 64-bit value, low half first */
	uint8_t fix;     /* CF_* */
};

#define SAME(n)          { SC32_##n, SC_##n, 0, 0 }
#define AS(n, x)         { SC32_##n, SC_##x, 0, 0 }
#define PAIRS(n, x, p)   { SC32_##n, SC_##x, p, 0 }
#define FIX(n, x, f)     { SC32_##n, SC_##x, 0, f }

static const struct compat_row rows[] = {
	/* descriptors and files */
	SAME(read), SAME(write), SAME(open), SAME(close), SAME(creat), SAME(link), SAME(unlink),
	SAME(chdir), SAME(mknod), SAME(chmod), SAME(lseek), SAME(access), SAME(sync), SAME(rename),
	SAME(mkdir), SAME(rmdir), SAME(dup), SAME(pipe), SAME(umask), SAME(chroot), SAME(dup2),
	SAME(symlink), SAME(readlink), SAME(truncate), SAME(ftruncate), SAME(fchmod), SAME(fchdir),
	SAME(flock), SAME(fsync), SAME(fdatasync), SAME(ioctl), SAME(getcwd), SAME(getdents64),
	SAME(getdents),
	SAME(readv), SAME(writev), SAME(poll), SAME(openat), SAME(mkdirat), SAME(mknodat),
	SAME(fchownat), SAME(unlinkat), SAME(renameat), SAME(linkat), SAME(symlinkat),
	SAME(readlinkat), SAME(fchmodat), SAME(faccessat), SAME(faccessat2), SAME(renameat2),
	SAME(openat2), SAME(close_range), SAME(dup3), SAME(pipe2), SAME(splice), SAME(tee),
	SAME(vmsplice), SAME(copy_file_range), SAME(statx), SAME(syncfs), SAME(mount),
	SAME(umount2), SAME(pivot_root), SAME(setxattr), SAME(lsetxattr), SAME(fsetxattr),
	SAME(getxattr), SAME(lgetxattr), SAME(fgetxattr), SAME(listxattr), SAME(llistxattr),
	SAME(flistxattr), SAME(removexattr), SAME(lremovexattr), SAME(fremovexattr),
	SAME(name_to_handle_at), SAME(open_by_handle_at), SAME(memfd_create), SAME(eventfd),
	SAME(eventfd2), SAME(epoll_create), SAME(epoll_create1), SAME(epoll_ctl), SAME(epoll_wait),
	SAME(epoll_pwait), SAME(inotify_init), SAME(inotify_init1), SAME(inotify_add_watch),
	SAME(inotify_rm_watch), SAME(fanotify_init), SAME(signalfd), SAME(signalfd4),
	SAME(timerfd_create), SAME(userfaultfd), SAME(io_uring_setup), SAME(io_uring_enter),
	SAME(io_uring_register), SAME(open_tree), SAME(move_mount), SAME(fsopen), SAME(fsconfig),
	SAME(fsmount), SAME(fspick), SAME(mount_setattr), SAME(landlock_create_ruleset),
	SAME(landlock_add_rule), SAME(landlock_restrict_self), SAME(memfd_secret),
	AS(fcntl64, fcntl), AS(sendfile64, sendfile), AS(stat64, stat), AS(lstat64, lstat),
	AS(fstat64, fstat), AS(fstatat64, newfstatat), AS(_newselect, select), SAME(statfs),
	SAME(fstatfs),
	PAIRS(pread64, pread64, 1 << 3), PAIRS(pwrite64, pwrite64, 1 << 3),
	PAIRS(preadv, preadv, 1 << 3), PAIRS(pwritev, pwritev, 1 << 3),
	PAIRS(preadv2, preadv2, 1 << 3), PAIRS(pwritev2, pwritev2, 1 << 3),
	PAIRS(truncate64, truncate, 1 << 1), PAIRS(ftruncate64, ftruncate, 1 << 1),
	PAIRS(readahead, readahead, 1 << 1), PAIRS(fadvise64, fadvise64, 1 << 1),
	PAIRS(fadvise64_64, fadvise64, 1 << 1 | 1 << 3),
	PAIRS(sync_file_range, sync_file_range, 1 << 1 | 1 << 3),
	PAIRS(fallocate, fallocate, 1 << 2 | 1 << 4), PAIRS(fanotify_mark, fanotify_mark, 1 << 2),
	/* memory */
	SAME(brk), SAME(munmap), SAME(mprotect), SAME(mremap), SAME(msync), SAME(madvise),
	SAME(mlock), SAME(munlock), SAME(mlockall), SAME(munlockall), SAME(mincore), SAME(mlock2),
	SAME(pkey_mprotect), SAME(pkey_alloc), SAME(pkey_free), SAME(membarrier),
	SAME(process_madvise), SAME(process_mrelease), FIX(mmap2, mmap, CF_PGOFF),
	/* processes, threads, credentials */
	SAME(restart_syscall), SAME(exit), SAME(fork), SAME(vfork), SAME(execve), SAME(wait4),
	SAME(getrusage), SAME(getpid), SAME(getppid), SAME(gettid),
	SAME(setpgid), SAME(getpgrp), SAME(getpgid), SAME(setsid), SAME(getsid), SAME(pause),
	SAME(alarm), SAME(kill), SAME(tkill), SAME(tgkill), SAME(exit_group), SAME(set_tid_address),
	SAME(set_robust_list), SAME(set_thread_area), SAME(get_thread_area), SAME(unshare),
	SAME(setns), SAME(personality), SAME(getpriority), SAME(setpriority), SAME(sched_yield),
	SAME(sched_setparam), SAME(sched_getparam), SAME(sched_setscheduler),
	SAME(sched_getscheduler), SAME(sched_get_priority_max), SAME(sched_get_priority_min),
	SAME(sched_setaffinity), SAME(sched_getaffinity), SAME(sched_setattr), SAME(sched_getattr),
	SAME(getcpu), SAME(ioprio_set), SAME(ioprio_get), SAME(rseq), SAME(capget), SAME(capset),
	SAME(clone3), SAME(pidfd_open), SAME(pidfd_getfd), SAME(kcmp), SAME(prlimit64),
	SAME(setrlimit), AS(ugetrlimit, getrlimit), SAME(uname), SAME(sethostname),
	SAME(setdomainname), SAME(getrandom), SAME(seccomp), SAME(finit_module),
	SAME(delete_module), SAME(perf_event_open), SAME(arch_prctl), SAME(futex_waitv),
	SAME(process_vm_readv), SAME(process_vm_writev), SAME(add_key), SAME(request_key),
	SAME(keyctl), SAME(syslog), SAME(reboot), SAME(acct), SAME(swapon), SAME(swapoff),
	SAME(set_mempolicy_home_node), FIX(clone, clone, CF_CLONE),
	AS(getuid32, getuid), AS(getgid32, getgid), AS(geteuid32, geteuid), AS(getegid32, getegid),
	AS(setuid32, setuid), AS(setgid32, setgid), AS(setreuid32, setreuid),
	AS(setregid32, setregid), AS(setresuid32, setresuid), AS(getresuid32, getresuid),
	AS(setresgid32, setresgid), AS(getresgid32, getresgid), AS(setfsuid32, setfsuid),
	AS(setfsgid32, setfsgid), AS(getgroups32, getgroups), AS(setgroups32, setgroups),
	AS(chown32, chown), AS(lchown32, lchown), AS(fchown32, fchown),
	/* signals */
	SAME(rt_sigaction), SAME(rt_sigprocmask), SAME(rt_sigpending), SAME(rt_sigsuspend),
	SAME(rt_sigtimedwait), SAME(rt_sigqueueinfo), SAME(rt_tgsigqueueinfo), SAME(waitid),
	FIX(rt_sigtimedwait_time64, rt_sigtimedwait, CF_TIME64),
	/* time: the old calls with a 32-bit time_t, the *_time64 ones with a 64-bit one */
	SAME(time), SAME(nanosleep), SAME(gettimeofday), SAME(settimeofday), SAME(getitimer), SAME(setitimer),
	SAME(clock_gettime), SAME(clock_settime), SAME(clock_getres), SAME(clock_nanosleep),
	SAME(timer_settime), SAME(timer_gettime), SAME(timer_getoverrun), SAME(timer_delete),
	SAME(timerfd_settime), SAME(timerfd_gettime), SAME(utimes), SAME(futimesat),
	SAME(utimensat), SAME(sched_rr_get_interval), SAME(futex), SAME(ppoll), SAME(pselect6),
	FIX(clock_gettime64, clock_gettime, CF_TIME64), FIX(clock_settime64, clock_settime, CF_TIME64),
	FIX(clock_getres_time64, clock_getres, CF_TIME64),
	FIX(clock_nanosleep_time64, clock_nanosleep, CF_TIME64),
	FIX(timer_settime64, timer_settime, CF_TIME64), FIX(timer_gettime64, timer_gettime, CF_TIME64),
	FIX(timerfd_settime64, timerfd_settime, CF_TIME64),
	FIX(timerfd_gettime64, timerfd_gettime, CF_TIME64),
	FIX(utimensat_time64, utimensat, CF_TIME64), FIX(ppoll_time64, ppoll, CF_TIME64),
	FIX(futex_time64, futex, CF_TIME64), FIX(pselect6_time64, pselect6, CF_TIME64),
	FIX(sched_rr_get_interval_time64, sched_rr_get_interval, CF_TIME64),
	SAME(epoll_pwait2),   /* a struct __kernel_timespec on every ABI */
	/* sockets (the direct calls, and socketcall's: compat_subcall) */
	SAME(socket), SAME(socketpair), SAME(bind), SAME(connect), SAME(listen), SAME(accept4),
	SAME(getsockname), SAME(getpeername), SAME(sendto), SAME(recvfrom), SAME(shutdown),
	SAME(setsockopt), SAME(getsockopt), SAME(accept), SAME(sendmsg), SAME(recvmsg),
	/* SysV IPC (the direct calls that take no struct of longs) */
	SAME(semget), SAME(shmget), SAME(shmat), SAME(shmdt), SAME(msgget),
};

/* The x86_64 parameter types that are a long in the i386 registers: sign-extended */
static bool long_type(const char *t)
{
	return t && (!strcmp(t, "long") || !strcmp(t, "off_t"));
}

/* The i386 registers as the x86_64 call takes them. */
static void compat_args(struct dctx *c, const struct compat_row *r)
{
	for (int i = 5; i >= 0; i--) {
		if (!(r->pairs & (1u << i)) || i == 5)
			continue;
		c->arg[i] = (uint32_t)c->arg[i] | c->arg[i + 1] << 32;
		for (int j = i + 1; j < 5; j++)
			c->arg[j] = c->arg[j + 1];
		c->arg[5] = 0;
	}
	if (r->fix & CF_PGOFF)
		c->arg[5] <<= 12;
	if (r->fix & CF_CLONE) {
		uint64_t tls = c->arg[3];
		c->arg[3] = c->arg[4];
		c->arg[4] = tls;
	}
	const struct sysent *se = &sysent[r->nr64];
	for (int i = 0; i < se->nparams && i < 6; i++)
		if (long_type(se->argtype[i]))
			c->arg[i] = (uint64_t)(int64_t)(int32_t)c->arg[i];
}

void compat_decode(struct dctx *c, const struct compat_row *r)
{
	uint64_t regs[6];
	int nr = c->nr;
	memcpy(regs, c->arg, sizeof(regs));
	if (!c->exiting)
		c->time32 = !(r->fix & CF_TIME64);
	compat_args(c, r);
	c->nr = r->nr64;
	decode_as(c, sysent[r->nr64].dec, sysent[r->nr64].nargs);
	c->nr = nr;
	memcpy(c->arg, regs, sizeof(regs));
}

bool compat_native(struct dctx *c)
{
	if (c->nr < SC32_BASE || c->nr >= NSYSCALLS || !sysent[c->nr].compat)
		return false;
	const struct compat_row *r = sysent[c->nr].compat;
	compat_args(c, r);
	c->nr = r->nr64;
	return true;
}

/* ---- i386-only calls ---- */

/* _llseek(fd, offset_high, offset_low, loff_t *result, whence) */
static void dec_llseek(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		add_arg(c, mk_int(c, (int64_t)((uint64_t)(uint32_t)c->arg[1] << 32 | (uint32_t)c->arg[2])));
		c->pending = true;
		return;
	}
	int64_t pos;
	struct value *fb;
	if (failed(c) || !fetch(c, c->arg[3], &pos, sizeof(pos), &fb)) {
		add_arg(c, mk_ptr(c, c->arg[3]));
	} else {
		struct value *a = v_list(c->a, V_ARRAY);
		v_add(a, mk_int(c, pos));
		add_arg(c, a);
	}
	add_arg(c, mk_enum(c, (uint32_t)c->arg[4], &xlat_seek_whence));
}

/*
 * sigreturn and rt_sigreturn: the mask being restored, from the i386 signal
 * frame on the stack (the kernel's sigframe_ia32 and rt_sigframe_ia32).
 * sigreturn runs with the frame's return address and signal number popped:
 * struct sigcontext_32 is at the stack pointer, the mask's low half in its
 * oldmask (+80), the high half in extramask after the 624-byte
 * _fpstate_32.  rt_sigreturn has only the return address popped: the
 * ucontext is at +140 (after sig, pinfo, puc and a 128-byte siginfo), its
 * uc_sigmask 108 bytes in (flags, link, a 12-byte stack_t, sigcontext_32).
 */
#define SIGFRAME32_OLDMASK 80
#define SIGFRAME32_EXTRAMASK (88 + 624)
#define RT_SIGFRAME32_MASK (140 + 108)

static void dec_sigreturn32(struct dctx *c)
{
	if (c->exiting || !c->sp)
		return;
	uint32_t lo, hi;
	uint64_t mask;
	if (c->nr == SC32_BASE + SC32_sigreturn) {
		if (mem_read(c->mem, c->sp + SIGFRAME32_OLDMASK, &lo, sizeof(lo)) != 0 ||
		    mem_read(c->mem, c->sp + SIGFRAME32_EXTRAMASK, &hi, sizeof(hi)) != 0)
			return;
		mask = (uint64_t)hi << 32 | lo;
	} else if (mem_read(c->mem, c->sp + RT_SIGFRAME32_MASK, &mask, sizeof(mask)) != 0) {
		return;
	}
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "mask", v_sigset(c->a, mask));
	add_arg(c, s);
}

static const struct decoder compat_decoders[] = {
	DECODE32(_llseek, dec_llseek, CAP_OUT(3, sizeof(int64_t))),
	DECODE32(sigreturn, dec_sigreturn32, CAP_STACK(SIGFRAME32_OLDMASK, 4), CAP_STACK(SIGFRAME32_EXTRAMASK, 4)),
	DECODE32(rt_sigreturn, dec_sigreturn32, CAP_STACK(RT_SIGFRAME32_MASK, 8)),
};
DECODER_TABLE(compat, compat_decoders);

/* socketcall's calls, by linux/net.h's numbers */
static const struct { int call; const char *name; } socketcalls[] = {
	{ SYS_SOCKET, "socket" }, { SYS_BIND, "bind" }, { SYS_CONNECT, "connect" },
	{ SYS_LISTEN, "listen" }, { SYS_ACCEPT, "accept" }, { SYS_GETSOCKNAME, "getsockname" },
	{ SYS_GETPEERNAME, "getpeername" }, { SYS_SOCKETPAIR, "socketpair" }, { SYS_SEND, "send" },
	{ SYS_RECV, "recv" }, { SYS_SENDTO, "sendto" }, { SYS_RECVFROM, "recvfrom" },
	{ SYS_SHUTDOWN, "shutdown" }, { SYS_SETSOCKOPT, "setsockopt" },
	{ SYS_GETSOCKOPT, "getsockopt" }, { SYS_SENDMSG, "sendmsg" }, { SYS_RECVMSG, "recvmsg" },
	{ SYS_ACCEPT4, "accept4" }, { SYS_RECVMMSG, "recvmmsg" }, { SYS_SENDMMSG, "sendmmsg" },
};
static int socketcall_nr[32];   /* SYS_* -> our number, 0 if none */

int compat_subcall(int nr, uint64_t args[6], const struct mem *m)
{
	if (nr != SC32_BASE + SC32_socketcall || !m || args[0] >= ARRAY_SIZE(socketcall_nr) ||
	    !socketcall_nr[args[0]])
		return nr;
	int sub = socketcall_nr[args[0]];
	unsigned n = sysent[sub].nargs;
	uint32_t w[6];
	if (n > 6 || mem_read(m, (uint32_t)args[1], w, n * sizeof(w[0])) != 0)
		return nr;   /* strace too shows an unreadable one as socketcall */
	for (unsigned i = 0; i < 6; i++)
		args[i] = i < n ? w[i] : 0;
	return sub;
}

void compat_init(void)
{
	for (size_t i = 0; i < ARRAY_SIZE(socketcalls); i++) {
		int nr = syscall_by_name_pers(socketcalls[i].name, PERS_I386);
		if (nr >= 0 && socketcalls[i].call < (int)ARRAY_SIZE(socketcall_nr))
			socketcall_nr[socketcalls[i].call] = nr;
	}
	for (size_t i = 0; i < ARRAY_SIZE(rows); i++) {
		struct sysent *se = &sysent[SC32_BASE + rows[i].nr32];
		if (!se->name || !sysent[rows[i].nr64].dec)
			continue;
		se->dec = sysent[rows[i].nr64].dec;
		se->compat = &rows[i];
	}
}
