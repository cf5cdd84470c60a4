/*
 * inject_out - calls whose output buffers the program fills itself and that
 * are meant to run under -e inject=...:retval=N, so the kernel writes nothing
 * and the tracer shows what is in the buffers as a successful call's output.
 * Buffers end at a page's end: reading past what the call writes faults.
 */
#define _GNU_SOURCE
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/quota.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <errno.h>
#include <linux/dqblk_xfs.h>
#include <linux/keyctl.h>
#include <unistd.h>

/* size bytes that end at the end of a page followed by an unmapped one */
static void *tail_alloc(size_t size)
{
	long pg = sysconf(_SC_PAGESIZE);
	char *p = mmap(NULL, 2 * pg, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p == MAP_FAILED)
		_exit(1);
	munmap(p + pg, pg);
	return p + pg - size;
}

int main(void)
{
	int *val = tail_alloc(sizeof(int));
	socklen_t *len = tail_alloc(sizeof(*len));
	/* an int option with a longer *optlen: only the int is read */
	*val = 1234;
	*len = sizeof(int) + 1;
	syscall(SYS_getsockopt, -1, SOL_SOCKET, SO_RCVBUF, val, len);
	*len = sizeof(int) - 1;
	syscall(SYS_getsockopt, -1, SOL_SOCKET, SO_KEEPALIVE, val, len);
	/* Q_GETNEXTQUOTA: struct if_nextdqblk, dqb_id after the if_dqblk fields */
	struct if_nextdqblk *nq = tail_alloc(sizeof(*nq));
	memset(nq, 0x5a, sizeof(*nq));
	nq->dqb_id = 1000;
	syscall(SYS_quotactl, QCMD(Q_GETNEXTQUOTA, USRQUOTA), "/", 0, nq);
	/* XFS quota: flags going in, and the structs a successful call fills */
	unsigned *xf = tail_alloc(sizeof(*xf));
	*xf = FS_QUOTA_UDQ_ACCT | FS_QUOTA_PDQ_ENFD | 0x100;
	syscall(SYS_quotactl, QCMD(Q_XQUOTAON, USRQUOTA), "/", 0, xf);
	struct fs_disk_quota *dq = tail_alloc(sizeof(*dq));
	memset(dq, 0x7e, sizeof(*dq));
	syscall(SYS_quotactl, QCMD(Q_XGETQUOTA, GRPQUOTA), "/", 7, dq);
	struct fs_quota_statv *qv = tail_alloc(sizeof(*qv));
	memset(qv, 0x11, sizeof(*qv));
	syscall(SYS_quotactl, QCMD(Q_XGETQSTATV, USRQUOTA), "/", 0, qv);
	/* results decoded after the return value, as flags */
	syscall(SYS_prctl, PR_GET_SPECULATION_CTRL, PR_SPEC_STORE_BYPASS, 0, 0, 0);
	syscall(SYS_prctl, PR_GET_TAGGED_ADDR_CTRL, 0, 0, 0, 0);
	syscall(SYS_prctl, PR_GET_SECUREBITS, 0, 0, 0, 0);
	/* an errno argument: its number under -X raw */
	syscall(SYS_keyctl, KEYCTL_REJECT, -1, 0, ENODEV, 0);
	/* clone3 (not run: its result is injected) with bytes past the known
	   struct: shown again after " => " at exit; none when they are zero */
	unsigned char *ca = tail_alloc(104);
	memset(ca, 0, 104);
	syscall(SYS_clone3, ca, 104);
	memset(ca + 96, 0xab, 8);
	syscall(SYS_clone3, ca, 104);
	return 0;
}
