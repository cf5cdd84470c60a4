/*
 * test_json.c - the JSON encoding of value trees (docs/JSON.md): strings and
 * UTF-8, big numbers, every value kind, comments, keys of named children and
 * of syscall arguments.  Then whole event lines built with it go through
 * tests/json_validate.py and the schema, which must also reject bad lines.
 */
#include "json.h"
#include "decode.h"
#include "unit.h"

#include <stdlib.h>
#include <unistd.h>

static char out[16384];

static const char *done(struct sbuf *b)
{
	sbuf_putc(b, 0);
	snprintf(out, sizeof(out), "%s", b->p);
	sbuf_free(b);
	return out;
}

static const char *js(const struct value *v)
{
	struct sbuf b = { 0 };
	json_value(&b, v);
	return done(&b);
}

static const char *jstr(const char *s, size_t len)
{
	struct sbuf b = { 0 };
	json_string(&b, s, len);
	return done(&b);
}

static const char *jtext(const char *s, size_t len)
{
	struct sbuf b = { 0 };
	json_text(&b, s, len);
	return done(&b);
}

static const char *jint(int64_t v)
{
	struct sbuf b = { 0 };
	json_int(&b, v);
	return done(&b);
}

static const char *juint(uint64_t v)
{
	struct sbuf b = { 0 };
	json_uint(&b, v);
	return done(&b);
}

static const char *jargs(const struct value *seq, const char *const names[6], unsigned n)
{
	struct sbuf b = { 0 };
	json_value_args(&b, seq, names, n);
	return done(&b);
}

#define UTF8_OK(lit) json_utf8_valid(lit, sizeof(lit) - 1)

static void test_strings(void)
{
	CHECK_STR(jstr("abc", 3), "\"abc\"");
	CHECK_STR(jstr("", 0), "\"\"");
	CHECK_STR(jstr("a\"b\\c/", 6), "\"a\\\"b\\\\c/\"");
	CHECK_STR(jstr("\n\t\r\b\f", 5), "\"\\n\\t\\r\\b\\f\"");
	CHECK_STR(jstr("\1\037\177\v", 4), "\"\\u0001\\u001f\\u007f\\u000b\"");
	CHECK_STR(jstr("a\0b", 3), "\"a\\u0000b\"");
	CHECK_STR(jstr("h\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", 12), "\"h\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80\"");

	/* strict UTF-8 */
	CHECK(UTF8_OK(""));
	CHECK(UTF8_OK("plain ascii\0with nul"));
	CHECK(UTF8_OK("\xc2\x80"));              /* U+0080 */
	CHECK(UTF8_OK("\xdf\xbf"));              /* U+07FF */
	CHECK(UTF8_OK("\xe0\xa0\x80"));          /* U+0800 */
	CHECK(UTF8_OK("\xed\x9f\xbf"));          /* U+D7FF */
	CHECK(UTF8_OK("\xee\x80\x80"));          /* U+E000 */
	CHECK(UTF8_OK("\xef\xbf\xbf"));          /* U+FFFF */
	CHECK(UTF8_OK("\xf0\x90\x80\x80"));      /* U+10000 */
	CHECK(UTF8_OK("\xf4\x8f\xbf\xbf"));      /* U+10FFFF */
	CHECK(!UTF8_OK("\x80"));                 /* lone continuation */
	CHECK(!UTF8_OK("\xc0\x80"));             /* overlong NUL */
	CHECK(!UTF8_OK("\xc1\xbf"));             /* overlong */
	CHECK(!UTF8_OK("\xe0\x9f\xbf"));         /* overlong */
	CHECK(!UTF8_OK("\xf0\x8f\xbf\xbf"));     /* overlong */
	CHECK(!UTF8_OK("\xed\xa0\x80"));         /* surrogate U+D800 */
	CHECK(!UTF8_OK("\xed\xbf\xbf"));         /* surrogate U+DFFF */
	CHECK(!UTF8_OK("\xf4\x90\x80\x80"));     /* U+110000 */
	CHECK(!UTF8_OK("\xf5\x80\x80\x80"));
	CHECK(!UTF8_OK("\xff"));
	CHECK(!UTF8_OK("\xe2\x82"));             /* cut short */
	CHECK(!UTF8_OK("ab\xe2\x82"));
	CHECK(!UTF8_OK("\xe2\x28\xa1"));         /* bad continuation */
	CHECK(!UTF8_OK("\xf0\x9f\x98"));

	/* json_text: invalid sequences become U+FFFD, the rest is kept */
	CHECK_STR(jtext("a\xff" "b\"", 4), "\"a\\ufffdb\\\"\"");
	CHECK_STR(jtext("\xe2\x82" "\xc3\xa9", 4), "\"\\ufffd\\ufffd\xc3\xa9\"");
}

static void test_numbers(void)
{
	const int64_t max = INT64_C(1) << 53;
	CHECK_STR(jint(0), "0");
	CHECK_STR(jint(-1), "-1");
	CHECK_STR(jint(max), "9007199254740992");
	CHECK_STR(jint(-max), "-9007199254740992");
	CHECK_STR(jint(max + 1), "\"9007199254740993\"");
	CHECK_STR(jint(-max - 1), "\"-9007199254740993\"");
	CHECK_STR(jint(INT64_MAX), "\"9223372036854775807\"");
	CHECK_STR(jint(INT64_MIN), "\"-9223372036854775808\"");
	CHECK_STR(juint(0), "0");
	CHECK_STR(juint((uint64_t)max), "9007199254740992");
	CHECK_STR(juint((uint64_t)max + 1), "\"9007199254740993\"");
	CHECK_STR(juint(UINT64_MAX), "\"18446744073709551615\"");
}

static void test_scalars(struct arena *a)
{
	/* V_NUM: signed for NF_DEC, unsigned for every other format */
	CHECK_STR(js(v_num(a, (uint64_t)-1, NF_DEC)), "-1");
	CHECK_STR(js(v_num(a, (uint64_t)-1, NF_UDEC)), "\"18446744073709551615\"");
	CHECK_STR(js(v_num(a, 0x1f, NF_HEX)), "31");
	CHECK_STR(js(v_num(a, 0644, NF_OCT)), "420");
	CHECK_STR(js(v_num(a, 0, NF_PTR)), "0");
	CHECK_STR(js(v_num(a, 0x7ffd1234, NF_PTR)), "2147291700");
	CHECK_STR(js(v_num(a, 0xffffffffff600000ull, NF_PTR)), "\"18446744073699065856\"");

	/* V_FLAGS: table order as render_flags, unknown bits, zero */
	CHECK_STR(js(v_flags(a, 0xffffffff, &xlat_access_modes, NF_HEX)),
		  "{\"flags\":[\"R_OK\",\"W_OK\",\"X_OK\"],\"value\":4294967295,\"unknown\":4294967288}");
	CHECK_STR(js(v_flags(a, 0, &xlat_access_modes, NF_HEX)), "{\"flags\":[\"F_OK\"],\"value\":0}");
	CHECK_STR(js(v_flags(a, 0, &xlat_at_flags, NF_HEX)), "{\"flags\":[],\"value\":0}");
	CHECK_STR(js(v_flags(a, 0x10000000, &xlat_at_flags, NF_HEX)),
		  "{\"flags\":[],\"value\":268435456,\"unknown\":268435456}");
	/* O_SYNC contains O_DSYNC and comes first in the table: one name, not two */
	CHECK_STR(js(v_flags(a, 0x101000 | 0x40, &xlat_open_flags, NF_HEX)),
		  "{\"flags\":[\"O_CREAT\",\"O_SYNC\"],\"value\":1052736}");
	CHECK_STR(js(v_flags(a, 0x41, &xlat_open_flags, NF_HEX)),
		  "{\"flags\":[\"O_CREAT\"],\"value\":65,\"unknown\":1}");
	CHECK_STR(js(v_flags(a, 1ull << 63, &xlat_at_flags, NF_HEX)),
		  "{\"flags\":[],\"value\":\"9223372036854775808\",\"unknown\":\"9223372036854775808\"}");
	CHECK_STR(js(mk_open_flags(&(struct dctx){ .a = a }, 0x80000)),
		  "{\"or\":[{\"enum\":\"O_RDONLY\",\"value\":0},{\"flags\":[\"O_CLOEXEC\"],\"value\":524288}]}");
	CHECK_STR(js(mk_open_flags(&(struct dctx){ .a = a }, 0x410000)),
		  "{\"or\":[{\"enum\":\"O_RDONLY\",\"value\":0},{\"flags\":[\"O_TMPFILE\"],\"value\":4259840}]}");
	CHECK_STR(js(mk_open_flags(&(struct dctx){ .a = a }, 1)), "{\"or\":[{\"enum\":\"O_WRONLY\",\"value\":1}]}");

	/* V_ENUM, V_SYM */
	CHECK_STR(js(v_enum(a, 0, &xlat_seek_whence, NF_DEC)), "{\"enum\":\"SEEK_SET\",\"value\":0}");
	CHECK_STR(js(v_enum(a, 7, &xlat_seek_whence, NF_HEX)), "{\"enum\":null,\"value\":7}");
	CHECK_STR(js(v_enum(a, (uint64_t)-5, &xlat_seek_whence, NF_DEC)), "{\"enum\":null,\"value\":-5}");
	CHECK_STR(js(v_enum(a, 0xffffffff, &xlat_seek_whence, NF_HEX)), "{\"enum\":null,\"value\":4294967295}");
	CHECK_STR(js(v_sym(a, "AT_FDCWD", (uint64_t)-100)), "{\"sym\":\"AT_FDCWD\",\"value\":-100}");
	CHECK_STR(js(v_sym(a, "RLIM64_INFINITY", UINT64_MAX)), "{\"sym\":\"RLIM64_INFINITY\",\"value\":-1}");

	/* V_SIGSET: full names, bit n-1 = signal n */
	CHECK_STR(js(v_sigset(a, 0)), "{\"sigset\":[],\"value\":0}");
	CHECK_STR(js(v_sigset(a, (1ull << (15 - 1)) | (1ull << (17 - 1)))),
		  "{\"sigset\":[\"SIGTERM\",\"SIGCHLD\"],\"value\":81920}");
	CHECK_STR(js(v_sigset(a, (1ull << 31) | (1ull << 32))), "{\"sigset\":[\"SIGRTMIN\",\"SIGRT_1\"],\"value\":6442450944}");
	const char *all = js(v_sigset(a, ~0ull));
	CHECK(strncmp(all, "{\"sigset\":[\"SIGHUP\",\"SIGINT\",", 29) == 0);
	CHECK(strstr(all, ",\"SIGRT_32\"],\"value\":\"18446744073709551615\"}") != NULL);

	/* V_FD */
	CHECK_STR(js(v_fd(a, 3, NULL)), "3");
	CHECK_STR(js(v_fd(a, -1, NULL)), "-1");
	CHECK_STR(js(v_fd(a, 3, "/etc/passwd")), "{\"fd\":3,\"path\":\"/etc/passwd\"}");
	CHECK_STR(js(v_fd(a, 4, "/tmp/\xff")), "{\"fd\":4,\"path_hex\":\"2f746d702fff\"}");
	CHECK_STR(js(v_fd(a, 5, "/tmp/x (deleted)")), "{\"fd\":5,\"path\":\"/tmp/x (deleted)\"}");
	CHECK_STR(js(v_fd(a, 6, "socket:[1234]")), "{\"fd\":6,\"path\":\"socket:[1234]\"}");
	CHECK_STR(js(v_fd(a, -100, NULL)), "{\"sym\":\"AT_FDCWD\",\"value\":-100}");
	CHECK_STR(js(v_fd(a, -100, "/home/u")), "{\"sym\":\"AT_FDCWD\",\"value\":-100,\"path\":\"/home/u\"}");

	CHECK_STR(js(v_ellipsis(a)), "{\"ellipsis\":true}");
	CHECK_STR(js(NULL), "null");
}

static void test_str(struct arena *a)
{
	CHECK_STR(js(v_str(a, "abc", 3, 0)), "\"abc\"");
	CHECK_STR(js(v_str(a, "", 0, 0)), "\"\"");
	CHECK_STR(js(v_str(a, "a\0b\n", 4, 0)), "\"a\\u0000b\\n\"");
	CHECK_STR(js(v_str(a, "\177ELF\2\1", 6, 0)), "{\"hex\":\"7f454c460201\"}");   /* binary */
	CHECK_STR(js(v_str(a, "\177ELF header", 11, 0)), "\"\\u007fELF header\"");
	CHECK_STR(js(v_str(a, "caf\xc3\xa9", 5, 0)), "\"caf\xc3\xa9\"");
	CHECK_STR(js(v_str(a, "ab\xff", 3, 0)), "{\"hex\":\"6162ff\"}");
	CHECK_STR(js(v_str(a, "\xed\xa0\x80", 3, 0)), "{\"hex\":\"eda080\"}");
	CHECK_STR(js(v_str(a, "t4", 2, VS_HEX)), "{\"hex\":\"7434\"}");
	CHECK_STR(js(v_str(a, "abc", 3, VS_TRUNC)), "{\"str\":\"abc\",\"truncated\":true}");
	CHECK_STR(js(v_str(a, "abc", 3, VS_NOTERM)), "{\"str\":\"abc\",\"truncated\":true}");
	CHECK_STR(js(v_str(a, "\xff\xfe", 2, VS_TRUNC)), "{\"hex\":\"fffe\",\"truncated\":true}");
	CHECK_STR(js(v_str(a, "secret", 6, VS_REDACTED)), "{\"redacted\":true}");
	CHECK_STR(js(v_str(a, "secret", 6, VS_REDACTED | VS_TRUNC)), "{\"redacted\":true,\"truncated\":true}");
	/* abstract socket names: the '@' render.c prints is not part of the text */
	CHECK_STR(js(v_str(a, "sock\0x", 6, VS_AT)), "{\"str\":\"sock\\u0000x\",\"abstract\":true}");
	/* VS_OMIT_NUL drops a last NUL, unless the string is shown in hex */
	CHECK_STR(js(v_str(a, "val\0", 4, VS_OMIT_NUL)), "\"val\"");
	CHECK_STR(js(v_str(a, "\0", 1, VS_OMIT_NUL)), "\"\"");
	CHECK_STR(js(v_str(a, "a\0b", 3, VS_OMIT_NUL)), "{\"hex\":\"610062\"}");
	/* valid UTF-8 that is mostly control bytes is binary: hex */
	CHECK_STR(js(v_str(a, "\0\0\0\0", 4, VS_TRUNC)), "{\"hex\":\"00000000\",\"truncated\":true}");
	CHECK_STR(js(v_str(a, "ab\0\n", 4, 0)), "\"ab\\u0000\\n\"");
	CHECK_STR(js(v_str(a, "v\0", 2, VS_OMIT_NUL | VS_HEX)), "{\"hex\":\"7600\"}");
	CHECK_STR(js(v_str(a, "\xff\0", 2, VS_OMIT_NUL)), "{\"hex\":\"ff\"}");
}

static void test_containers(struct arena *a)
{
	struct value *s = v_list(a, V_STRUCT);
	v_field(s, "st_mode", v_num(a, 0644, NF_OCT));
	v_field(s, "st_size", v_num(a, 1ull << 60, NF_DEC));
	v_add(s, v_ellipsis(a));
	CHECK_STR(js(s), "{\"st_mode\":420,\"st_size\":\"1152921504606846976\",\"...\":true}");
	CHECK_STR(js(v_list(a, V_STRUCT)), "{}");

	/* unnamed members are "_N" by position; repeated keys get _2, _3 */
	s = v_list(a, V_STRUCT);
	v_field(s, "x", v_num(a, 1, NF_DEC));
	v_add(s, v_num(a, 2, NF_DEC));
	v_field(s, "x", v_num(a, 3, NF_DEC));
	v_field(s, "x_2", v_num(a, 4, NF_DEC));
	v_add(s, v_ellipsis(a));
	v_add(s, v_ellipsis(a));
	CHECK_STR(js(s), "{\"x\":1,\"_1\":2,\"x_2\":3,\"x_2_2\":4,\"...\":true,\"..._2\":true}");

	/* a named value's JSON is just its value; the name is the parent's key */
	CHECK_STR(js(v_field(v_list(a, V_STRUCT), "tv_sec", v_num(a, 5, NF_DEC))), "5");
	CHECK_STR(js(v_label("left", v_num(a, 7, NF_DEC))), "7");

	/* nested struct, a named ellipsis, an in/out member */
	s = v_list(a, V_STRUCT);
	struct value *ts = v_field(s, "it_value", v_list(a, V_STRUCT));
	v_field(ts, "tv_sec", v_num(a, 1, NF_DEC));
	v_field(ts, "tv_nsec", v_num(a, 500, NF_DEC));
	v_field(s, "sa_mask", v_ellipsis(a));
	v_field(s, "msg_namelen", v_changed(a, v_num(a, 128, NF_DEC), v_num(a, 16, NF_DEC)));
	CHECK_STR(js(s), "{\"it_value\":{\"tv_sec\":1,\"tv_nsec\":500},\"sa_mask\":{\"ellipsis\":true},"
		  "\"msg_namelen\":{\"before\":128,\"after\":16}}");

	/* arrays, sets, sequences; an ellipsis element */
	struct value *arr = v_list(a, V_ARRAY);
	v_add(arr, v_str(a, "ls", 2, 0));
	v_add(arr, v_str(a, "-l", 2, 0));
	v_add(arr, v_ellipsis(a));
	CHECK_STR(js(arr), "[\"ls\",\"-l\",{\"ellipsis\":true}]");
	CHECK_STR(js(v_list(a, V_ARRAY)), "[]");
	struct value *set = v_list(a, V_SET);
	v_add(set, v_num(a, 3, NF_DEC));
	v_add(set, v_num(a, 4, NF_DEC));
	CHECK_STR(js(set), "[3,4]");
	struct value *seq = v_list(a, V_SEQ);
	v_add(seq, v_num(a, 1, NF_DEC));
	v_add(seq, set);
	CHECK_STR(js(seq), "[1,[3,4]]");

	/* a container with a named child is an object: select's " (in [3], left {...})" */
	seq = v_list(a, V_SEQ);
	struct value *in = v_add(seq, v_label("in", v_list(a, V_SET)));
	v_add(in, v_num(a, 3, NF_DEC));
	struct value *left = v_add(seq, v_label("left", v_list(a, V_STRUCT)));
	v_field(left, "tv_sec", v_num(a, 0, NF_DEC));
	v_field(left, "tv_usec", v_num(a, 999, NF_DEC));
	CHECK_STR(js(seq), "{\"in\":[3],\"left\":{\"tv_sec\":0,\"tv_usec\":999}}");
	arr = v_list(a, V_ARRAY);
	v_add(arr, v_num(a, 1, NF_DEC));
	v_field(arr, "n", v_num(a, 2, NF_DEC));
	v_add(arr, v_ellipsis(a));
	CHECK_STR(js(arr), "{\"_0\":1,\"n\":2,\"...\":true}");

	/* calls, OR, changed */
	struct value *call = v_call(a, "makedev");
	v_add(call, v_num(a, 1, NF_HEX));
	v_add(call, v_num(a, 3, NF_HEX));
	CHECK_STR(js(call), "{\"call\":\"makedev\",\"args\":[1,3]}");
	CHECK_STR(js(v_call(a, "f")), "{\"call\":\"f\",\"args\":[]}");
	struct value *or = v_list(a, V_OR);
	v_add(or, v_sym(a, "S_IFREG", 0100000));
	v_add(or, v_num(a, 0644, NF_OCT));
	CHECK_STR(js(or), "{\"or\":[{\"sym\":\"S_IFREG\",\"value\":32768},420]}");
	arr = v_list(a, V_ARRAY);
	v_add(arr, v_changed(a, v_num(a, 128, NF_DEC), v_str(a, "x", 1, 0)));
	CHECK_STR(js(arr), "[{\"before\":128,\"after\":\"x\"}]");
}

static void test_comments(struct arena *a)
{
	/* not an object: wrapped */
	CHECK_STR(js(v_comment(v_num(a, 0x7ffd, NF_PTR), "41 vars")), "{\"value\":32765,\"comment\":\"41 vars\"}");
	CHECK_STR(js(v_comment(v_num(a, UINT64_MAX, NF_HEX), "big")),
		  "{\"value\":\"18446744073709551615\",\"comment\":\"big\"}");
	CHECK_STR(js(v_comment(v_str(a, "abc", 3, 0), "s")), "{\"value\":\"abc\",\"comment\":\"s\"}");
	CHECK_STR(js(v_comment(v_fd(a, 3, NULL), "f")), "{\"value\":3,\"comment\":\"f\"}");
	struct value *arr = v_list(a, V_ARRAY);
	v_add(arr, v_num(a, 1, NF_DEC));
	CHECK_STR(js(v_comment(arr, "a")), "{\"value\":[1],\"comment\":\"a\"}");
	/* an object: one more member */
	CHECK_STR(js(v_comment(v_flags(a, 1, &xlat_access_modes, NF_HEX), "c")),
		  "{\"flags\":[\"X_OK\"],\"value\":1,\"comment\":\"c\"}");
	CHECK_STR(js(v_comment(v_str(a, "ab", 2, VS_TRUNC), "c")), "{\"str\":\"ab\",\"truncated\":true,\"comment\":\"c\"}");
	CHECK_STR(js(v_comment(v_ellipsis(a), "0x7ffd0010")), "{\"ellipsis\":true,\"comment\":\"0x7ffd0010\"}");
	CHECK_STR(js(v_comment(v_list(a, V_STRUCT), "empty")), "{\"comment\":\"empty\"}");
	CHECK_STR(js(v_comment(v_fd(a, 3, "/x"), "c")), "{\"fd\":3,\"path\":\"/x\",\"comment\":\"c\"}");
	/* a struct with a member of that name is wrapped, so keys stay unique */
	struct value *s = v_list(a, V_STRUCT);
	v_field(s, "comment", v_num(a, 1, NF_DEC));
	CHECK_STR(js(v_comment(s, "c")), "{\"value\":{\"comment\":1},\"comment\":\"c\"}");
	/* comments are escaped; invalid UTF-8 in them becomes U+FFFD */
	CHECK_STR(js(v_comment(v_num(a, 1, NF_DEC), "say \"hi\"\n\xff")),
		  "{\"value\":1,\"comment\":\"say \\\"hi\\\"\\n\\ufffd\"}");
	/* members and elements keep their comments; a struct's "..." is wrapped */
	s = v_list(a, V_STRUCT);
	v_field(s, "envp", v_comment(v_num(a, 16, NF_PTR), "2 vars"));
	v_add(s, v_comment(v_ellipsis(a), "0x10"));
	CHECK_STR(js(s), "{\"envp\":{\"value\":16,\"comment\":\"2 vars\"},\"...\":{\"value\":true,\"comment\":\"0x10\"}}");
	arr = v_list(a, V_ARRAY);
	v_add(arr, v_num(a, 1, NF_DEC));
	v_add(arr, v_comment(v_ellipsis(a), "0x20"));
	CHECK_STR(js(arr), "[1,{\"ellipsis\":true,\"comment\":\"0x20\"}]");
}

static void test_args(struct arena *a)
{
	static const char *const openat_names[6] = { "dirfd", "pathname", "flags", "mode" };
	struct value *seq = v_list(a, V_SEQ);
	v_add(seq, v_fd(a, -100, NULL));
	v_add(seq, v_str(a, "/etc/passwd", 11, 0));
	v_add(seq, mk_open_flags(&(struct dctx){ .a = a }, 0x80000));
	CHECK_STR(jargs(seq, openat_names, 4),
		  "{\"dirfd\":{\"sym\":\"AT_FDCWD\",\"value\":-100},\"pathname\":\"/etc/passwd\","
		  "\"flags\":{\"or\":[{\"enum\":\"O_RDONLY\",\"value\":0},{\"flags\":[\"O_CLOEXEC\"],\"value\":524288}]}}");

	/* without names (or past them): argN; a NULL name too; a child's own name wins */
	static const char *const two[6] = { "fd", NULL };
	seq = v_list(a, V_SEQ);
	v_add(seq, v_fd(a, 3, NULL));
	v_add(seq, v_num(a, 10, NF_DEC));
	v_add(seq, v_ellipsis(a));
	v_field(seq, "own", v_num(a, 4, NF_DEC));
	CHECK_STR(jargs(seq, two, 2), "{\"fd\":3,\"arg1\":10,\"arg2\":{\"ellipsis\":true},\"own\":4}");
	CHECK_STR(jargs(seq, NULL, 0), "{\"arg0\":3,\"arg1\":10,\"arg2\":{\"ellipsis\":true},\"own\":4}");

	/* keys stay unique */
	static const char *const dup[6] = { "a", "a", "a_2", "arg4" };
	seq = v_list(a, V_SEQ);
	for (int i = 0; i < 5; i++)
		v_add(seq, v_num(a, i, NF_DEC));
	CHECK_STR(jargs(seq, dup, 4), "{\"a\":0,\"a_2\":1,\"a_2_2\":2,\"arg4\":3,\"arg4_2\":4}");

	CHECK_STR(jargs(NULL, openat_names, 4), "{}");
	CHECK_STR(jargs(v_list(a, V_SEQ), openat_names, 4), "{}");
	/* a lone value is the first argument */
	CHECK_STR(jargs(v_num(a, 42, NF_DEC), two, 2), "{\"fd\":42}");
	/* a comment on an argument stays with it */
	seq = v_list(a, V_SEQ);
	v_add(seq, v_comment(v_num(a, 0x7ffd, NF_PTR), "41 vars"));
	CHECK_STR(jargs(seq, NULL, 0), "{\"arg0\":{\"value\":32765,\"comment\":\"41 vars\"}}");
}

/* ---- whole event lines through tests/json_validate.py ---- */

static const char validator[] = "tests/json_validate.py";

static bool have_validator(void)
{
	if (access(validator, R_OK) != 0) {
		printf("skip: %s not found (run from the source tree)\n", validator);
		return false;
	}
	if (system("/usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1") != 0) {
		printf("skip: /usr/bin/python3 cannot import jsonschema (apt-get install python3-jsonschema); schema checks not run\n");
		return false;
	}
	return true;
}

/*
 * Run the validator on lines; true if it accepted them.  With report, its
 * output is copied there (else shown when it refuses).
 */
static bool validate(const char *lines, const char *opts, char *report, size_t size)
{
	char path[] = "/tmp/test_json.XXXXXX";
	int fd = mkstemp(path);
	if (fd < 0) {
		perror("mkstemp");
		return false;
	}
	size_t n = strlen(lines);
	bool wrote = write(fd, lines, n) == (ssize_t)n;
	close(fd);
	char cmd[512], log[64];
	snprintf(log, sizeof(log), "%s.log", path);
	snprintf(cmd, sizeof(cmd), "/usr/bin/python3 %s %s %s >%s 2>&1", validator, opts, path, log);
	int rc = wrote ? system(cmd) : -1;
	FILE *f = fopen(log, "r");
	char text[8192] = "";
	if (f) {
		text[fread(text, 1, sizeof(text) - 1, f)] = 0;
		fclose(f);
	}
	if (report)
		snprintf(report, size, "%s", text);
	else if (rc != 0)
		fputs(text, stderr);
	unlink(log);
	unlink(path);
	return rc == 0;
}

static void put_event_start(struct sbuf *b, const char *type)
{
	sbuf_printf(b, "{\"type\":\"%s\",\"ts\":\"1733077000123456789\",\"rel_ns\":1500,\"pid\":100,\"tid\":101", type);
}

/* A syscall line whose args are each of a variety of values. */
static void put_syscall(struct sbuf *b, struct value *args, const char *const names[6], unsigned n,
			const char *tail)
{
	put_event_start(b, "syscall");
	sbuf_puts(b, ",\"name\":\"test\",\"nr\":0,\"args\":");
	json_value_args(b, args, names, n);
	sbuf_puts(b, tail);
	sbuf_puts(b, "}\n");
}

static void test_schema(struct arena *a)
{
	if (!have_validator())
		return;
	struct sbuf b = { 0 };

	/* every kind of value, each as a syscall argument */
	struct value *vals[64];
	unsigned nv = 0;
	vals[nv++] = v_num(a, 3, NF_DEC);
	vals[nv++] = v_num(a, (uint64_t)-1, NF_DEC);
	vals[nv++] = v_num(a, UINT64_MAX, NF_UDEC);
	vals[nv++] = v_num(a, 1ull << 63, NF_DEC);
	vals[nv++] = v_num(a, 0xffffffffff600000ull, NF_PTR);
	vals[nv++] = v_flags(a, 0xffffffff, &xlat_access_modes, NF_HEX);
	vals[nv++] = v_flags(a, 0, &xlat_at_flags, NF_HEX);
	vals[nv++] = v_flags(a, 1ull << 63, &xlat_at_flags, NF_HEX);
	vals[nv++] = mk_open_flags(&(struct dctx){ .a = a }, 0x80241);
	vals[nv++] = v_enum(a, 1, &xlat_seek_whence, NF_DEC);
	vals[nv++] = v_enum(a, 77, &xlat_seek_whence, NF_HEX);
	vals[nv++] = v_enum(a, (uint64_t)-77, &xlat_seek_whence, NF_DEC);
	vals[nv++] = v_sym(a, "AT_FDCWD", (uint64_t)-100);
	vals[nv++] = v_str(a, "a\0b\"\\\n\xc3\xa9", 8, 0);
	vals[nv++] = v_str(a, "ab\xff", 3, 0);
	vals[nv++] = v_str(a, "xyz", 3, VS_TRUNC);
	vals[nv++] = v_str(a, "xyz", 3, VS_NOTERM | VS_HEX);
	vals[nv++] = v_str(a, "pw", 2, VS_REDACTED);
	vals[nv++] = v_str(a, "sock", 4, VS_AT);
	vals[nv++] = v_str(a, "v\0", 2, VS_OMIT_NUL);
	vals[nv++] = v_sigset(a, 0);
	vals[nv++] = v_sigset(a, ~0ull);
	vals[nv++] = v_fd(a, 3, NULL);
	vals[nv++] = v_fd(a, 3, "/etc/passwd");
	vals[nv++] = v_fd(a, 4, "/tmp/\xff");
	vals[nv++] = v_fd(a, -100, NULL);
	vals[nv++] = v_fd(a, -100, "/home");
	vals[nv++] = v_ellipsis(a);
	vals[nv++] = v_changed(a, v_num(a, 128, NF_DEC), v_num(a, 16, NF_DEC));
	struct value *call = v_call(a, "makedev");
	v_add(call, v_num(a, 1, NF_HEX));
	v_add(call, v_num(a, 3, NF_HEX));
	vals[nv++] = call;
	struct value *dev = v_call(a, "makedev");
	v_add(dev, v_num(a, 8, NF_HEX));
	v_add(dev, v_num(a, 1, NF_HEX));
	struct value *s = v_list(a, V_STRUCT);
	v_field(s, "st_dev", dev);
	v_field(s, "st_mode", v_num(a, 0644, NF_OCT));
	v_field(s, "flags", v_num(a, 1, NF_HEX));        /* a member named like a tagged form's key */
	v_field(s, "fd", v_num(a, 2, NF_DEC));
	v_add(s, v_comment(v_ellipsis(a), "0x10"));
	v_add(s, v_ellipsis(a));
	vals[nv++] = s;
	vals[nv++] = v_list(a, V_STRUCT);
	vals[nv++] = v_comment(v_list(a, V_STRUCT), "c");
	struct value *cs = v_list(a, V_STRUCT);
	v_field(cs, "comment", v_num(a, 1, NF_DEC));
	vals[nv++] = v_comment(cs, "c");
	struct value *arr = v_list(a, V_ARRAY);
	v_add(arr, v_str(a, "ls", 2, 0));
	v_add(arr, v_comment(v_ellipsis(a), "0x20"));
	vals[nv++] = arr;
	struct value *named = v_list(a, V_SEQ);
	v_add(named, v_label("in", v_list(a, V_SET)));
	v_add(named, v_num(a, 5, NF_DEC));
	vals[nv++] = named;
	vals[nv++] = v_comment(v_num(a, 0x7ffd, NF_PTR), "41 vars");
	vals[nv++] = v_comment(v_flags(a, 2, &xlat_access_modes, NF_HEX), "c");
	vals[nv++] = v_comment(v_str(a, "q", 1, 0), "c");
	vals[nv++] = v_comment(v_str(a, "q", 1, VS_TRUNC), "c");
	for (unsigned i = 0; i < nv; i++) {
		struct value *seq = v_list(a, V_SEQ);
		v_add(seq, vals[i]);
		put_syscall(&b, seq, NULL, 0, ",\"ret\":0");
	}
	/* all of them at once, nested in one array */
	struct value *big = v_list(a, V_ARRAY);
	for (unsigned i = 0; i < nv; i++) {
		struct value *box = v_list(a, V_ARRAY);
		v_add(box, vals[i]);
		v_add(big, box);
	}
	struct value *seq = v_list(a, V_SEQ);
	v_add(seq, big);
	put_syscall(&b, seq, NULL, 0, ",\"ret\":\"18446744073709551615\"");

	/* the optional syscall members, and the other event types */
	struct value *aux = v_list(a, V_SEQ);
	v_add(aux, v_label("left", v_num(a, 1, NF_DEC)));
	put_event_start(&b, "syscall");
	sbuf_puts(&b, ",\"name\":\"openat\",\"nr\":257,\"args\":{},\"ret\":-1,\"errno\":\"ENOENT\",\"errno_nr\":2,"
		  "\"ret_aux\":");
	json_value(&b, aux);
	sbuf_puts(&b, ",\"dur_ns\":12000,\"ret_path\":\"/x\"}\n");
	put_syscall(&b, NULL, NULL, 0, ",\"ret\":null,\"unfinished\":true");
	struct value *si = v_list(a, V_STRUCT);
	v_field(si, "si_signo", v_sym(a, "SIGCHLD", 17));
	v_field(si, "si_code", v_sym(a, "CLD_EXITED", 1));
	v_field(si, "si_pid", v_num(a, 102, NF_DEC));
	v_field(si, "si_status", v_num(a, 0, NF_DEC));
	put_event_start(&b, "signal");
	sbuf_puts(&b, ",\"signo\":17,\"sig\":\"SIGCHLD\",\"siginfo\":");
	json_value(&b, si);
	sbuf_puts(&b, "}\n");
	put_event_start(&b, "signal");
	sbuf_puts(&b, ",\"signo\":34,\"sig\":\"SIGRT_2\"}\n");
	put_event_start(&b, "stop");
	sbuf_puts(&b, ",\"signo\":19,\"sig\":\"SIGSTOP\"}\n");
	put_event_start(&b, "exit");
	sbuf_puts(&b, ",\"status\":768,\"code\":3}\n");
	put_event_start(&b, "exit");
	sbuf_puts(&b, ",\"status\":139,\"killed\":\"SIGSEGV\",\"core\":true}\n");
	put_event_start(&b, "exec");
	sbuf_puts(&b, ",\"old_tid\":103}\n");
	put_event_start(&b, "attach");
	sbuf_puts(&b, "}\n");
	put_event_start(&b, "detach");
	sbuf_puts(&b, "}\n");
	put_event_start(&b, "lost");
	sbuf_puts(&b, ",\"count\":12,\"reason\":\"ring buffer full\"}\n");
	sbuf_puts(&b, "{\"type\":\"lost\",\"ts\":\"0\",\"rel_ns\":0,\"count\":1,\"reason\":\"x\"}\n");
	sbuf_putc(&b, 0);
	CHECK(validate(b.p, "", NULL, 0));
	sbuf_free(&b);

	/* lines the schema or the validator must refuse */
	static const char *const bad[] = {
		"",
		"not json",
		"[1]",
		"{\"type\":\"attach\",\"ts\":\"1\",\"rel_ns\":0,\"pid\":1,\"tid\":1,\"tid\":2}",
		"{\"type\":\"bogus\",\"ts\":\"1\",\"rel_ns\":0,\"pid\":1,\"tid\":1}",
		"{\"type\":\"attach\",\"ts\":\"1\",\"rel_ns\":0,\"pid\":1,\"tid\":1,\"extra\":1}",
		"{\"type\":\"attach\",\"ts\":1,\"rel_ns\":0,\"pid\":1,\"tid\":1}",
		"{\"type\":\"attach\",\"ts\":\"1\",\"rel_ns\":0,\"pid\":1}",
		"{\"type\":\"syscall\",\"ts\":\"1\",\"rel_ns\":0,\"pid\":1,\"tid\":1,\"name\":\"x\",\"nr\":0,\"args\":{}}",
		("{\"type\":\"syscall\",\"ts\":\"1\",\"rel_ns\":0,\"pid\":1,\"tid\":1,\"name\":\"x\",\"nr\":0,\"args\":{},"
			"\"ret\":0,\"errno\":\"ENOENT\"}"),
		"{\"type\":\"exit\",\"ts\":\"1\",\"rel_ns\":0,\"pid\":1,\"tid\":1,\"status\":9,\"code\":0,\"killed\":\"SIGKILL\",\"core\":false}",
		"{\"type\":\"exit\",\"ts\":\"1\",\"rel_ns\":0,\"pid\":1,\"tid\":1,\"status\":9,\"killed\":\"SIGKILL\"}",
		"{\"type\":\"lost\",\"ts\":\"1\",\"rel_ns\":0,\"count\":1}",
	};
	static const char *const bad_args[] = {
		"{\"a\":{\"flags\":\"O_RDONLY\",\"value\":0}}",
		"{\"a\":{\"flags\":[],\"value\":-1}}",
		"{\"a\":{\"flags\":[],\"value\":0,\"unknown\":0}}",
		"{\"a\":{\"enum\":\"X\",\"value\":\"1\"}}",
		"{\"a\":{\"sym\":\"X\",\"value\":1,\"path\":\"/\"}}",
		"{\"a\":{\"str\":\"abc\"}}",
		"{\"a\":{\"str\":\"abc\",\"hex\":\"00\",\"truncated\":true}}",
		"{\"a\":{\"hex\":\"ABC\"}}",
		"{\"a\":{\"fd\":\"3\",\"path\":\"/\"}}",
		"{\"a\":{\"fd\":3,\"path\":\"/\",\"path_hex\":\"2f\"}}",
		"{\"a\":{\"sigset\":[\"HUP\"],\"value\":1}}",
		"{\"a\":{\"call\":\"f\",\"args\":{}}}",
		"{\"a\":{\"ellipsis\":false}}",
		"{\"a\":{\"value\":{\"flags\":[],\"value\":0},\"comment\":\"c\"}}",
		"{\"a\":{\"x\":true}}",
		"{\"a\":null}",
		"{\"a\":1.5}",
		"{\"a\":9007199254740993}",
		"{\"a\":{\"flags\":[],\"value\":\"123\"}}",
	};
	struct sbuf lines = { 0 };
	size_t nbad = ARRAY_SIZE(bad) + ARRAY_SIZE(bad_args);
	for (size_t i = 0; i < nbad; i++) {
		if (i < ARRAY_SIZE(bad))
			sbuf_printf(&lines, "%s\n", bad[i]);
		else
			sbuf_printf(&lines, "{\"type\":\"syscall\",\"ts\":\"1\",\"rel_ns\":0,\"pid\":1,\"tid\":1,"
				    "\"name\":\"x\",\"nr\":0,\"args\":%s,\"ret\":0}\n", bad_args[i - ARRAY_SIZE(bad)]);
	}
	sbuf_putc(&lines, 0);
	/* every line is refused: N invalid, 0 valid */
	char report[8192], want[64];
	CHECK(!validate(lines.p, "--max-failures 0", report, sizeof(report)));
	snprintf(want, sizeof(want), "json_validate: %zu invalid lines, 0 valid\n", nbad);
	if (!strstr(report, want))
		fprintf(stderr, "want \"%s\" from the validator, got:\n%s", want, report);
	CHECK(strstr(report, want) != NULL);
	sbuf_free(&lines);
	/* the good form of a bad_args line passes, so it is the value that failed */
	CHECK(validate("{\"type\":\"syscall\",\"ts\":\"1\",\"rel_ns\":0,\"pid\":1,\"tid\":1,"
		       "\"name\":\"x\",\"nr\":0,\"args\":{\"a\":{\"flags\":[],\"value\":0}},\"ret\":0}\n", "", NULL, 0));
}

int main(void)
{
	struct arena a = { 0 };
	test_strings();
	test_numbers();
	test_scalars(&a);
	test_str(&a);
	test_containers(&a);
	test_comments(&a);
	test_args(&a);
	test_schema(&a);
	arena_free(&a);
	return unit_report("json");
}
