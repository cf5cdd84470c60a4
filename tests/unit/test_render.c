/*
 * test_render.c - the strace punctuation: string escaping, number formats,
 * flag sets with unknown bits, enums, signal sets, structs.  Expected
 * strings are what strace 6.1 prints for the same values.
 */
#include "render.h"
#include "decode.h"
#include "unit.h"

static char out[4096];

static const char *str(const char *s, size_t len, unsigned fl, int x)
{
	struct sbuf b = { 0 };
	render_string(&b, s, len, fl, x);
	sbuf_putc(&b, 0);
	snprintf(out, sizeof(out), "%s", b.p);
	sbuf_free(&b);
	return out;
}

static const char *val_x(const struct value *v, int xstyle)
{
	struct sbuf b = { 0 };
	struct render_opts o = { .xstyle = xstyle };
	render_value(&b, v, &o);
	sbuf_putc(&b, 0);
	snprintf(out, sizeof(out), "%s", b.p);
	sbuf_free(&b);
	return out;
}

static const char *val(const struct value *v)
{
	return val_x(v, XSTYLE_ABBREV);
}

static const char *raw(const struct value *v)
{
	return val_x(v, XSTYLE_RAW);
}

static const char *verbose(const struct value *v)
{
	return val_x(v, XSTYLE_VERBOSE);
}

int main(void)
{
	/* escaping: octal is minimal unless the next byte is an octal digit */
	CHECK_STR(str("\177ELF\2\1", 6, 0, 0), "\"\\177ELF\\2\\1\"");
	CHECK_STR(str("\0" "1\n2\0378\377", 7, 0, 0), "\"\\0001\\n2\\378\\377\"");
	CHECK_STR(str("a\"b\\c\t\v\f\r", 9, 0, 0), "\"a\\\"b\\\\c\\t\\v\\f\\r\"");
	CHECK_STR(str("@\0" "8", 3, 0, 0), "\"@\\08\"");
	CHECK_STR(str("abc", 3, VS_TRUNC, 0), "\"abc\"...");
	/* -x: hex only when a byte needs escaping other than \t\n\v\f\r */
	CHECK_STR(str("ab\ncd", 5, 0, 1), "\"ab\\ncd\"");
	CHECK_STR(str("abc\1", 4, 0, 1), "\"\\x61\\x62\\x63\\x01\"");
	CHECK_STR(str("t4", 2, 0, 2), "\"\\x74\\x34\"");
	CHECK_STR(str("\x6b\x1c", 2, VS_HEX, 0), "\"\\x6b\\x1c\"");

	struct arena a = { 0 };
	CHECK_STR(val(v_num(&a, 0, NF_PTR)), "NULL");
	CHECK_STR(val(v_num(&a, 0x7ffd1234, NF_PTR)), "0x7ffd1234");
	CHECK_STR(val(v_num(&a, 0, NF_HEX)), "0");
	CHECK_STR(val(v_num(&a, 0644, NF_OCT)), "0644");
	CHECK_STR(val(v_num(&a, 0, NF_OCT)), "000");
	CHECK_STR(val(v_num(&a, 022, NF_OCT)), "022");
	CHECK_STR(val(v_num(&a, (uint64_t)-1, NF_DEC)), "-1");
	CHECK_STR(val(v_num(&a, (uint64_t)-1, NF_UDEC)), "18446744073709551615");

	/* flags: table order, unknown remainder, all-unknown with comment, zero */
	CHECK_STR(val(v_flags(&a, 0xffffffff, &xlat_access_modes, NF_HEX)), "R_OK|W_OK|X_OK|0xfffffff8");
	CHECK_STR(val(v_flags(&a, 0, &xlat_access_modes, NF_HEX)), "F_OK");
	CHECK_STR(val(v_flags(&a, 0, &xlat_at_flags, NF_HEX)), "0");
	CHECK_STR(val(v_flags(&a, 0x10000000, &xlat_at_flags, NF_HEX)), "0x10000000 /* AT_??? */");
	CHECK_STR(val(v_enum(&a, 0xffffffff, &xlat_seek_whence, NF_HEX)), "0xffffffff /* SEEK_??? */");
	CHECK_STR(val(v_enum(&a, 1, &xlat_seek_whence, NF_HEX)), "SEEK_CUR");
	CHECK_STR(val(mk_open_flags(&(struct dctx){ .a = &a }, 0x80000)), "O_RDONLY|O_CLOEXEC");
	CHECK_STR(val(mk_open_flags(&(struct dctx){ .a = &a }, 0x410000)), "O_RDONLY|O_TMPFILE");
	CHECK_STR(val(mk_open_flags(&(struct dctx){ .a = &a }, 0x101002)), "O_RDWR|O_SYNC");

	/* signal sets: names without SIG, ~[] when most bits are set */
	CHECK_STR(val(v_sigset(&a, 0)), "[]");
	CHECK_STR(val(v_sigset(&a, (1ull << (17 - 1)) | (1ull << (15 - 1)))), "[TERM CHLD]");
	CHECK_STR(val(v_sigset(&a, ~((1ull << 31) | (1ull << 32)))), "~[RTMIN RT_1]");
	CHECK_STR(val(v_sigset(&a, ~0ull)), "~[]");

	/* containers */
	struct value *s = v_list(&a, V_STRUCT);
	v_field(s, "st_mode", v_num(&a, 0644, NF_OCT));
	v_add(s, v_ellipsis(&a));
	CHECK_STR(val(s), "{st_mode=0644, ...}");
	struct value *call = v_call(&a, "makedev");
	v_add(call, v_num(&a, 1, NF_HEX));
	v_add(call, v_num(&a, 3, NF_HEX));
	CHECK_STR(val(call), "makedev(0x1, 0x3)");
	struct value *arr = v_list(&a, V_ARRAY);
	v_add(arr, v_changed(&a, v_num(&a, 128, NF_DEC), v_num(&a, 16, NF_DEC)));
	CHECK_STR(val(arr), "[128 => 16]");
	CHECK_STR(val(v_comment(v_num(&a, 0x7ffd, NF_PTR), "41 vars")), "0x7ffd /* 41 vars */");
	CHECK_STR(val(v_fd(&a, 3, "/etc/passwd")), "3</etc/passwd>");

	/* -X raw / verbose: the number, or the number and the names as a comment */
	struct dctx dc = { .a = &a };
	struct value *fl = v_flags(&a, 0x86, &xlat_access_modes, NF_HEX);
	CHECK_STR(raw(fl), "0x86");
	CHECK_STR(verbose(fl), "0x86 /* R_OK|W_OK|0x80 */");
	CHECK_STR(verbose(v_flags(&a, 0x80, &xlat_access_modes, NF_HEX)), "0x80 /* ?_OK */");
	CHECK_STR(raw(v_flags(&a, 0, &xlat_access_modes, NF_HEX)), "0");
	CHECK_STR(verbose(v_flags(&a, 0, &xlat_access_modes, NF_HEX)), "0 /* F_OK */");
	CHECK_STR(verbose(v_flags(&a, 0, &xlat_at_flags, NF_HEX)), "0");
	CHECK_STR(raw(v_enum(&a, 77, &xlat_seek_whence, NF_HEX)), "0x4d");
	CHECK_STR(verbose(v_enum(&a, 77, &xlat_seek_whence, NF_HEX)), "0x4d /* SEEK_??? */");
	CHECK_STR(verbose(v_enum(&a, 2, &xlat_seek_whence, NF_HEX)), "0x2 /* SEEK_END */");
	CHECK_STR(raw(v_fd(&a, -100, NULL)), "-100");
	CHECK_STR(verbose(v_fd(&a, -100, "/tmp")), "-100 /* AT_FDCWD */</tmp>");
	CHECK_STR(raw(v_sigset(&a, (1ull << 0) | (1ull << 34))), "[1 35]");
	CHECK_STR(verbose(v_sigset(&a, ~((1ull << 31) | (1ull << 32)))), "~[32 /* RTMIN */ 33 /* RT_1 */]");
	CHECK_STR(verbose(mk_signo(&dc, 10)), "10 /* SIGUSR1 */");
	CHECK_STR(raw(mk_signo(&dc, 1234)), "1234");
	/* a composite printed as one number, its abbreviation as the comment */
	CHECK_STR(raw(mk_open_flags(&dc, 0x80000)), "0x80000");
	CHECK_STR(verbose(mk_open_flags(&dc, 0)), "0 /* O_RDONLY */");
	CHECK_STR(verbose(mk_open_flags(&dc, 0x40080000)), "0x40080000 /* O_RDONLY|O_CLOEXEC|0x40000000 */");
	/* ... or as its parts, each in the style */
	struct value *parts = v_list(&a, V_OR);
	v_add(parts, v_flags(&a, 0x1200000, &xlat_clone_flags, NF_HEX));
	v_add(parts, mk_signo(&dc, 17));
	CHECK_STR(raw(parts), "0x1200000|17");
	CHECK_STR(verbose(parts), "0x1200000 /* CLONE_CHILD_CLEARTID|CLONE_CHILD_SETTID */|17 /* SIGCHLD */");
	/* names fixed in every style; the number and name even in abbrev */
	CHECK_STR(raw(v_fixed(mk_open_flags(&dc, 0x8001))), "O_WRONLY|O_LARGEFILE");
	CHECK_STR(val(v_verbose(v_enum(&a, 0, &xlat_seek_whence, NF_HEX))), "0 /* SEEK_SET */");
	CHECK_STR(raw(v_verbose(v_enum(&a, 0, &xlat_seek_whence, NF_HEX))), "0");
	/* a call on network-order bytes: the bytes under raw */
	struct value *port = v_alt(v_call(&a, "htons"), v_str(&a, "\x30\x39", 2, VS_HEX));
	v_add(port, v_num(&a, 12345, NF_UDEC));
	CHECK_STR(val(port), "htons(12345)");
	CHECK_STR(raw(port), "\"\\x30\\x39\"");
	CHECK_STR(verbose(port), "\"\\x30\\x39\" /* htons(12345) */");
	arena_free(&a);
	return unit_report("render");
}
