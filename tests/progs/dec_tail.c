/*
 * dec_tail.c - the decoders' long tail: extensible structs with unknown
 * tails (openat2, clone3, mount_setattr, sched_setattr), buffers and arrays
 * that end at an unmapped page, aio iocbs, landlock rules, quotactl and
 * kexec structures, socket option structs, bpf attributes, uids.  Every call
 * fails or acts only on this process (the one bpf map goes with it), so
 * the system is left as found.
 * (No read stops part-way into the unmapped page: strace warns about those
 * on its output.)
 */
#define _GNU_SOURCE
#include <fcntl.h>
#include <linux/aio_abi.h>
#include <linux/filter.h>
#include <linux/if_packet.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

/* the last n bytes of a page that is followed by an unmapped one */
static char *page_end;
static void *at_end(size_t n) { return page_end - n; }

int main(void)
{
	char *p = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED || munmap(p + 4096, 4096) != 0)
		return 1;
	page_end = p + 4096;

	umask(026);
	umask(022);

	/* open_how of 32 bytes: zero tail, a non-zero tail, an unreadable one */
	uint64_t *how = at_end(32);
	memset(how, 0, 32);
	how[0] = O_RDONLY;
	syscall(SYS_openat2, AT_FDCWD, "/nonexistent", how, 32);
	how[3] = 0x0102030405060708ULL;
	syscall(SYS_openat2, AT_FDCWD, "/nonexistent", how, 32);
	syscall(SYS_openat2, AT_FDCWD, "/nonexistent", how, 8);

	/* mount_attr: idmap makes userns_fd a descriptor */
	uint64_t *ma = at_end(40);
	memset(ma, 0, 40);
	ma[0] = 0x100000 | 1;
	ma[2] = 0x40000;
	ma[3] = 0;
	syscall(SYS_mount_setattr, -1, "/nonexistent/x", 0, ma, 32);
	ma[0] = 2;
	ma[4] = 7;
	syscall(SYS_mount_setattr, -1, "/nonexistent/x", 0, ma, 40);

	/* clone3: CLONE_THREAD without CLONE_SIGHAND is refused */
	uint64_t *ca = at_end(96);
	memset(ca, 0, 96);
	ca[0] = 0x10000;
	int32_t tids[2] = { 1, 2 };
	ca[8] = (uintptr_t)tids;
	ca[9] = 2;
	syscall(SYS_clone3, ca, 88);
	ca[11] = 5;
	syscall(SYS_clone3, ca, 96);

	/* sched_attr shorter than the first version: E2BIG, and the size the kernel wants */
	uint32_t *sa = at_end(56);
	memset(sa, 0, 56);
	sa[0] = 1;
	syscall(SYS_sched_setattr, 0, sa, 0);

	/* aio: a bogus context, with iocbs the kernel never reaches */
	struct iocb cb[2];
	memset(cb, 0, sizeof(cb));
	cb[0].aio_data = 0x1234;
	cb[0].aio_lio_opcode = IOCB_CMD_PWRITE;
	cb[0].aio_fildes = 1;
	cb[0].aio_buf = (uintptr_t)"hello";
	cb[0].aio_nbytes = 5;
	cb[1].aio_lio_opcode = IOCB_CMD_PREAD;
	cb[1].aio_reqprio = 3;
	cb[1].aio_flags = IOCB_FLAG_RESFD;
	cb[1].aio_resfd = 2;
	struct iocb *cbs[3] = { &cb[0], &cb[1], NULL };
	syscall(SYS_io_submit, 0, 3, cbs);
	syscall(SYS_io_cancel, 0, &cb[0], at_end(32));
	syscall(SYS_io_getevents, 0, 1, 2, at_end(64), NULL);

	/* landlock: a path-beneath rule on no ruleset */
	unsigned char pb[12];
	uint64_t access = 1 | 4 | 0x2000;
	int32_t parent = -1;
	memcpy(pb, &access, 8);
	memcpy(pb + 8, &parent, 4);
	syscall(SYS_landlock_add_rule, -1, 1, pb, 0);
	syscall(SYS_landlock_add_rule, -1, 1, page_end, 0);
	uint64_t rs[2] = { 3, 0 };
	syscall(SYS_landlock_create_ruleset, rs, 16, 0);

	/* quotactl structures on a device that does not exist */
	uint64_t dq[9] = { 1, 2, 3, 4, 5, 6, 7, 8, 0x3f };
	syscall(SYS_quotactl, 0x800008 << 8 | 0, "/nonexistent", 1000, dq);
	syscall(SYS_quotactl, 0x800006 << 8 | 1, "/nonexistent", 0, dq);
	syscall(SYS_quotactl, 0x800007 << 8 | 0, "/nonexistent", -1, dq);

	/* kexec: a foreign architecture is refused before anything is read */
	uint64_t seg[8] = { 0, 10, 0x1000, 20, (uintptr_t)p, 30, 0x2000, 40 };
	syscall(SYS_kexec_load, 0, 2, seg, 0x2a << 16);
	syscall(SYS_kexec_load, 0, 17, seg, 0x2a << 16);
	syscall(SYS_kexec_file_load, -1, -1, 7, "abc\0def", 0x80);

	/* strings and buffers that end at the unmapped page */
	memset(p, 'x', 4096);
	syscall(SYS_write, -1, at_end(32), 32);
	syscall(SYS_write, -1, at_end(64), 64);
	syscall(SYS_write, -1, at_end(65), 70);
	char *name = at_end(16);
	memcpy(name, "0123456789abcdef", 16);
	prctl(PR_SET_NAME, name + 1);
	name[15] = '\0';
	prctl(PR_SET_NAME, name + 1);
	syscall(SYS_memfd_create, at_end(250), 0);
	syscall(SYS_sethostname, NULL, 0xffffffff00000040ULL);
	syscall(SYS_sethostname, at_end(65), 65);

	/* arrays cut by an unmapped element */
	uint32_t *gids = at_end(8);
	gids[0] = 1;
	gids[1] = 2;
	syscall(SYS_setgroups, 3, gids);
	uint64_t *sig = at_end(8);
	*sig = 0;
	syscall(SYS_rt_sigpending, at_end(4), 4);
	syscall(SYS_rt_sigpending, at_end(1), 1);

	/* socket option structs */
	struct tpacket_req tr = { 4096, 1, 2048, 2 };
	syscall(SYS_setsockopt, -1, SOL_PACKET, PACKET_RX_RING, &tr, sizeof(tr));
	syscall(SYS_setsockopt, -1, SOL_PACKET, PACKET_RX_RING, &tr, sizeof(tr) + 1);
	int s = socket(AF_UNIX, SOCK_STREAM, 0);
	unsigned char lg[8];
	socklen_t l = 6;
	getsockopt(s, SOL_SOCKET, SO_LINGER, lg, &l);
	struct sock_filter insn[2] = {
		BPF_STMT(BPF_LD | BPF_B | BPF_ABS, SKF_AD_OFF + SKF_AD_PROTOCOL),
		BPF_STMT(BPF_RET | BPF_K, 0xffffffff),
	};
	struct sock_fprog fp = { 2, insn };
	setsockopt(s, SOL_SOCKET, SO_ATTACH_FILTER, &fp, sizeof(fp));
	close(s);

	/* bpf: a small array map, its info, and calls that are refused */
	uint32_t attr[32];
	memset(attr, 0, sizeof(attr));
	attr[0] = 2;         /* BPF_MAP_TYPE_ARRAY */
	attr[1] = 4;
	attr[2] = 8;
	attr[3] = 1;
	attr[5] = (uint32_t)-1;
	memcpy(&attr[7], "dec_tail", 9);
	int map = (int)syscall(SYS_bpf, 0, attr, 72);
	uint64_t info[16];
	memset(info, 0, sizeof(info));   /* the kernel checks the bytes past its struct: E2BIG if not zero */
	uint32_t gi[4] = { (uint32_t)map, sizeof(info), 0, 0 };
	uint64_t ip = (uintptr_t)info;
	memcpy(&gi[2], &ip, 8);
	syscall(SYS_bpf, 15, gi, 16);
	uint64_t upd[4] = { (uint32_t)-1, 0x1000, 0x2000, 2 };
	syscall(SYS_bpf, 2, upd, 32);
	syscall(SYS_bpf, 2, upd, 4097);
	uint32_t load[32];
	memset(load, 0, sizeof(load));
	load[0] = 1;
	load[10] = 0x050f00;
	syscall(SYS_bpf, 5, load, 72);
	uint32_t lc[8] = { (uint32_t)-1, (uint32_t)-1, 0, 0 };
	syscall(SYS_bpf, 28, lc, 16);
	if (map >= 0)
		close(map);

	/* uids: (uid_t)-1 and the others unsigned */
	syscall(SYS_lchown, "/nonexistent", -1, 0xffff0000);
	return 0;
}
