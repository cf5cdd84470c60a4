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
