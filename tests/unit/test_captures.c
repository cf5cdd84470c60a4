/*
 * test_captures.c - the capture descriptions the eBPF backend loads into the
 * kernel: every decoder row's entries are well formed (a known kind, a
 * phase, an argument register, a count the kernel can find, a size it can
 * copy), and a few rows say exactly what their decoders read.  Also that
 * the records' layout agrees with capture.h's.
 */
#include "capture.h"
#include "decode.h"
#include "syscalls.h"
#include "unit.h"

#include <linux/types.h>
#include "ebpf_event.h"

static bool counted(int kind)
{
	return kind == CK_BUF || kind == CK_ARRAY || kind == CK_IOVEC || kind == CK_BITS ||
	       kind == CK_MMSG || kind == CK_HDRBUF || kind == CK_BUFP;
}

static void check_well_formed(void)
{
	int rows = 0, entries = 0;
	for (int nr = 0; nr < NSYSCALLS; nr++) {
		struct capspec cs[CAPS_MAX];
		unsigned n = decoder_captures(nr, cs);
		CHECK(n <= CAPS_MAX);
		rows += n > 0;
		for (unsigned i = 0; i < n; i++) {
			const struct capspec *c = &cs[i];
			entries++;
			bool ok = c->kind > CK_NONE && c->kind < CK_KINDS;
			ok = ok && (c->phase == CAPP_ENTRY || c->phase == CAPP_EXIT ||
				    c->phase == (CAPP_ENTRY | CAPP_EXIT));
			/* the address is an argument register; only a -y entry may be the result */
			ok = ok && (c->arg < 6 || (c->kind == CK_FD && c->arg == CAPL_RET && c->phase == CAPP_EXIT));
			/* a count is an argument or (at exit) the return value; CAPL_NEXT never reaches the kernel */
			if (counted(c->kind))
				ok = ok && (c->len < 6 || (c->len == CAPL_RET && c->kind != CK_BUFP &&
							     (c->phase & CAPP_EXIT)));
			if (c->kind == CK_FIXED || c->kind == CK_STACK || c->kind == CK_DEREF)
				ok = ok && c->size > 0 && c->size < SCB_MAXREAD;
			if (c->kind == CK_ARRAY)
				ok = ok && c->size > 0 && c->size < SCB_MAXREAD;
			if (c->kind == CK_HDRBUF)
				ok = ok && c->size > 0 && c->size < 256;
			if (!ok)
				fprintf(stderr, "syscall %d (%s): capture %u: kind %u arg %u phase %u len %u size %u\n",
					nr, sysent[nr].name ? sysent[nr].name : "?", i, c->kind, c->arg, c->phase,
					c->len, c->size);
			CHECK(ok);
		}
	}
	/* most syscalls take a pointer or a descriptor: the table is not empty by accident */
	CHECK(rows > 250);
	CHECK(entries > 400);
}

static bool has(int nr, int kind, int arg, int phase, int len)
{
	struct capspec cs[CAPS_MAX];
	unsigned n = decoder_captures(nr, cs);
	for (unsigned i = 0; i < n; i++)
		if (cs[i].kind == kind && cs[i].arg == arg && cs[i].phase == phase && (len < 0 || cs[i].len == len))
			return true;
	return false;
}

static void check_rows(void)
{
	/* signature rows: from their argument types */
	CHECK(has(SC_read, CK_BUF, 1, CAPP_EXIT, CAPL_RET));
	CHECK(has(SC_read, CK_FD, 0, CAPP_ENTRY, -1));
	CHECK(has(SC_write, CK_BUF, 1, CAPP_ENTRY, 2));
	/* ioctl: the argument struct at entry and exit, in sizes up to the largest handler's */
	CHECK(has(SC_ioctl, CK_FIXED, 2, CAPP_ENTRY | CAPP_EXIT, -1));
	{
		struct capspec cs[CAPS_MAX];
		unsigned n = decoder_captures(SC_ioctl, cs), largest = 0;
		for (unsigned i = 0; i < n; i++)
			if (cs[i].kind == CK_FIXED && cs[i].size > largest)
				largest = cs[i].size;
		CHECK(largest >= 304);   /* struct loop_config */
	}
	CHECK(has(SC_stat, CK_PATH, 0, CAPP_ENTRY, -1));
	CHECK(has(SC_stat, CK_FIXED, 1, CAPP_EXIT, -1));
	CHECK(has(SC_renameat2, CK_PATH, 1, CAPP_ENTRY, -1) && has(SC_renameat2, CK_PATH, 3, CAPP_ENTRY, -1));
	/* custom rows: as listed, plus descriptors by parameter name and RET_FD results */
	CHECK(has(SC_openat, CK_PATH, 1, CAPP_ENTRY, -1));
	CHECK(has(SC_openat, CK_FD, 0, CAPP_ENTRY, -1));
	CHECK(has(SC_openat, CK_FD, CAPL_RET, CAPP_EXIT, -1));
	CHECK(has(SC_execve, CK_PATH, 0, CAPP_ENTRY, -1));
	CHECK(has(SC_execve, CK_STRV, 1, CAPP_ENTRY, -1));
	CHECK(has(SC_execve, CK_PTRV, 2, CAPP_ENTRY, -1));
	CHECK(has(SC_readv, CK_IOVEC, 1, CAPP_EXIT, 2));
	CHECK(has(SC_recvmsg, CK_MSGHDR, 1, CAPP_EXIT, -1));
	CHECK(has(SC_rt_sigreturn, CK_STACK, 0, CAPP_ENTRY, -1));
	/* numbers need nothing */
	struct capspec cs[CAPS_MAX];
	CHECK(decoder_captures(SC_getpid, cs) == 0);
	CHECK(decoder_captures(-1, cs) == 0 && decoder_captures(NSYSCALLS, cs) == 0);
}

static void check_layout(void)
{
	/* the kernel writes capture.h's records: the same header size and values */
	CHECK(SCB_CAP_HDR == CAP_HDR);
	CHECK(SCB_CAP_READ == CAP_READ && SCB_CAP_STR == CAP_STR);
	CHECK(SCB_PH_ENTRY == CAP_ENTRY && SCB_PH_EXIT == CAP_EXIT);
	CHECK(SCB_CAPF_FAIL == CAPF_FAIL && SCB_CAPF_TERM == CAPF_TERM);
	/* and capture descriptions as decode.h has them */
	CHECK(sizeof(((struct scb_cap *)0)->kind) == sizeof(((struct capspec *)0)->kind));
	CHECK(CK_KINDS < 256);
	CHECK((sizeof(struct scb_rec) & 7) == 0);
	CHECK(SCB_CAPS >= CAPS_MAX);
}

int main(void)
{
	decoders_init();
	check_well_formed();
	check_rows();
	check_layout();
	return unit_report("captures");
}
