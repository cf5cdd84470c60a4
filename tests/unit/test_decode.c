/*
 * test_decode.c - decoders driven through the memory interface with fake
 * tracee memory: which arguments are decoded at entry and which at exit,
 * strings and -s truncation, unreadable pointers, iovecs, flags.
 * Expected lines are what strace 6.1 prints for the same calls.
 */
#include "fakemem.h"
#include "unit.h"

#include <fcntl.h>
#include <sys/uio.h>

int main(void)
{
	decoders_init();
	static const char path[] = "/etc/passwd";
	static const char data[] = "root:x:0:0:root:/root:/bin/bash\nline2";
	fake_map(0x1000, path, sizeof(path));
	fake_map(0x2000, data, sizeof(data));
	unsigned nentry;
	bool pending;

	uint64_t a1[6] = { (uint64_t)-100, 0x1000, O_RDONLY | O_CLOEXEC };
	CHECK_STR(decode_line(SC_openat, a1, 3, &nentry, &pending),
		  "openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC)");
	CHECK(nentry == 3 && !pending);

	uint64_t a2[6] = { (uint64_t)-100, 0x1000, O_WRONLY | O_CREAT | O_TRUNC, 0644 };
	CHECK_STR(decode_line(SC_openat, a2, 3, NULL, NULL),
		  "openat(AT_FDCWD, \"/etc/passwd\", O_WRONLY|O_CREAT|O_TRUNC, 0644)");

	/* read: buffer decoded at exit, sized by the return value, cut at -s */
	uint64_t a3[6] = { 3, 0x2000, 4096 };
	CHECK_STR(decode_line(SC_read, a3, 37, &nentry, &pending),
		  "read(3, \"root:x:0:0:root:/root:/bin/bash\\n\"..., 4096)");
	CHECK(nentry == 1 && pending);
	CHECK_STR(decode_line(SC_read, a3, 4, NULL, NULL), "read(3, \"root\", 4096)");
	CHECK_STR(decode_line(SC_read, a3, -9, NULL, NULL), "read(3, 0x2000, 4096)");

	/* write: buffer decoded at entry from the count argument */
	uint64_t a4[6] = { 1, 0x2000, 5 };
	CHECK_STR(decode_line(SC_write, a4, 5, &nentry, NULL), "write(1, \"root:\", 5)");
	CHECK(nentry == 3);
	uint64_t a5[6] = { 1, 0xdead0000, 5 };
	CHECK_STR(decode_line(SC_write, a5, -14, NULL, NULL), "write(1, 0xdead0000, 5)");

	/* unreadable path prints as the address, NULL as NULL */
	uint64_t a6[6] = { 0xbad000 };
	CHECK_STR(decode_line(SC_unlink, a6, -14, NULL, NULL), "unlink(0xbad000)");
	uint64_t a7[6] = { 0 };
	CHECK_STR(decode_line(SC_chdir, a7, -14, NULL, NULL), "chdir(NULL)");

	/* iovec */
	struct iovec iov[2] = { { (void *)0x2000, 4 }, { (void *)0x2005, 2 } };
	fake_map(0x3000, iov, sizeof(iov));
	uint64_t a8[6] = { 1, 0x3000, 2 };
	CHECK_STR(decode_line(SC_writev, a8, 6, NULL, NULL),
		  "writev(1, [{iov_base=\"root\", iov_len=4}, {iov_base=\"x:\", iov_len=2}], 2)");
	CHECK_STR(decode_line(SC_readv, a8, 5, &nentry, &pending),
		  "readv(1, [{iov_base=\"root\", iov_len=4}, {iov_base=\"x\", iov_len=2}], 2)");
	CHECK(nentry == 1 && pending);

	/* -s limit */
	dopts.strsize = 4;
	CHECK_STR(decode_line(SC_write, a4, 5, NULL, NULL), "write(1, \"root\"..., 5)");
	dopts.strsize = 32;

	/* --redact: contents withheld, file names kept */
	dopts.redact = true;
	CHECK_STR(decode_line(SC_write, a4, 5, NULL, NULL), "write(1, \"<redacted>\", 5)");
	CHECK_STR(decode_line(SC_read, a3, 37, NULL, NULL), "read(3, \"<redacted>\", 4096)");
	CHECK_STR(decode_line(SC_openat, a1, 3, NULL, NULL),
		  "openat(AT_FDCWD, \"/etc/passwd\", O_RDONLY|O_CLOEXEC)");
	dopts.redact = false;

	/* -y: descriptors carry their path */
	dopts.decode_fds = 1;
	uint64_t a9[6] = { 7 };
	CHECK_STR(decode_line(SC_close, a9, 0, NULL, NULL), "close(7</fake/fd7>)");
	dopts.decode_fds = 0;

	/* the long tail: extensible struct tails, reads ending at unmapped memory */
	static uint64_t how[4] = { 0, 0, 0, 0x0807060504030201ull };   /* open_how + 8 bytes */
	fake_map(0x10000, how, sizeof(how));
	fake_map(0x10100, "/x", 3);
	uint64_t a11[6] = { (uint64_t)-100, 0x10100, 0x10000, 32 };
	CHECK_STR(decode_line(SC_openat2, a11, -7, NULL, NULL),
		  "openat2(AT_FDCWD, \"/x\", {flags=O_RDONLY, resolve=0, /* bytes 24..31 */ \"\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\"}, 32)");
	a11[3] = 40;   /* the tail runs into unmapped memory */
	CHECK_STR(decode_line(SC_openat2, a11, -14, NULL, NULL),
		  "openat2(AT_FDCWD, \"/x\", {flags=O_RDONLY, resolve=0, ???}, 40)");
	static char page[32];
	memset(page, 'a', sizeof(page));
	fake_map(0x11000, page, sizeof(page));
	uint64_t a12[6] = { 1, 0x11000, 32 };
	CHECK_STR(decode_line(SC_write, a12, 32, NULL, NULL),
		  "write(1, \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\", 32)");
	a12[2] = 33;   /* longer than -s: one byte more is read, and it is not there */
	CHECK_STR(decode_line(SC_write, a12, 33, NULL, NULL), "write(1, 0x11000, 33)");
	static const uint32_t gids[2] = { 1, 4294967294u };
	fake_map(0x12000, gids, sizeof(gids));
	uint64_t a13[6] = { 3, 0x12000 };
	CHECK_STR(decode_line(SC_setgroups, a13, -14, NULL, NULL),
		  "setgroups(3, [1, 4294967294, ... /* 0x12008 */])");
	/* AF_AX25: a well-formed callsign, then digipeaters that are not */
	static const unsigned char ax[30] = {
		3, 0, 'V' << 1, 'A' << 1, 'L' << 1, 'I' << 1, 'D' << 1, ' ' << 1, 13 << 1, 0, 0, 0, 2, 0, 0, 0,
		'O' << 1, 'K' << 1, ' ' << 1, ' ' << 1, ' ' << 1, ' ' << 1, 15 << 1,
		's' << 1, 'm' << 1, 'a' << 1, 'l' << 1, 'l' << 1, 's' << 1, 9 << 1,
	};
	fake_map(0x13000, ax, sizeof(ax));
	uint64_t a14[6] = { (uint64_t)-1, 0x13000, sizeof(ax) };
	CHECK_STR(decode_line(SC_connect, a14, -9, NULL, NULL),
		  "connect(-1, {sa_family=AF_AX25, fsa_ax25={sax25_call=VALID-13, sax25_ndigis=2}, "
		  "fsa_digipeater=[OK-15, {ax25_call=\"\\xe6\\xda\\xc2\\xd8\\xd8\\xe6\\x12\"} /* smalls-9 */]}, 30)");
	/* keyctl: permissions, and an unknown bit */
	uint64_t a15[6] = { 5, (uint64_t)-7, 0x3f010000 | 0x80000000u };
	CHECK_STR(decode_line(SC_keyctl, a15, -22, NULL, NULL),
		  "keyctl(KEYCTL_SETPERM, KEY_SPEC_REQKEY_AUTH_KEY, KEY_POS_VIEW|KEY_POS_READ|KEY_POS_WRITE|"
		  "KEY_POS_SEARCH|KEY_POS_LINK|KEY_POS_SETATTR|KEY_USR_VIEW|0x80000000)");
	/* bpf: fields as far as the size reaches, "..." for a non-zero rest */
	static uint32_t attr[20] = { 2, 4, 8, 1, 0x4, (uint32_t)-1, 0xffffffff };
	attr[19] = 1;
	fake_map(0x14000, attr, sizeof(attr));
	uint64_t a16[6] = { 0, 0x14000, 20 };
	CHECK_STR(decode_line(SC_bpf, a16, -22, NULL, NULL),
		  "bpf(BPF_MAP_CREATE, {map_type=BPF_MAP_TYPE_ARRAY, key_size=4, value_size=8, max_entries=1, map_flags=BPF_F_NUMA_NODE}, 20)");
	a16[2] = 80;
	const char *l16 = decode_line(SC_bpf, a16, -22, NULL, NULL);
	CHECK(strstr(l16, "numa_node=4294967295 /* NUMA_NO_NODE */") != NULL);
	CHECK(strstr(l16, "map_extra=0, ...}, 80)") != NULL);

	/* unknown numbers and raw mode print hex arguments */
	uint64_t a10[6] = { 1, 2, 3, 4, 5, 6 };
	struct arena a = { 0 };
	struct dctx c = { .mem = &fake_mem, .opt = &dopts, .a = &a, .nr = 600 };
	memcpy(c.arg, a10, sizeof(c.arg));
	c.args = v_list(&a, V_SEQ);
	decode_syscall(&c);
	unsigned n = 0;
	for (struct value *v = c.args->list.first; v; v = v->next)
		n++;
	CHECK(n == 6 && c.retfmt == RET_HEX);
	arena_free(&a);
	return unit_report("decode");
}
