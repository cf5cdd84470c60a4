/*
 * dec_bpf.c - bpf(2): union bpf_attr by command.
 *
 * The attribute is size bytes (at most a page); the kernel reads what it
 * knows of it and wants the rest zero.  Each command's fields are a table:
 * offset, width, how the value is shown, and from which size on it is
 * shown (strace shows some fields of a short attribute as zeros, others
 * only when size reaches them).  Non-zero bytes past the command's part
 * print as "..." (with -v, all of them as extra_data).  Commands without a
 * table show the address.  With -v, a program load's instructions are
 * decoded, and after BPF_OBJ_GET_INFO_BY_FD the bpf_map_info or
 * bpf_prog_info the kernel filled in (which one, the descriptor's
 * anon_inode name says).
 */
#include "decode.h"
#include "dec_net.h"

#include <string.h>
#include <time.h>

enum bf_kind {
	BF_U32, BF_S32, BF_FD, BF_U64, BF_HEX, BF_PTR, BF_ENUM, BF_FLAGS, BF_NAME, BF_PATH, BF_NUMA,
	BF_IFINDEX, BF_CSTR, BF_BUF, BF_IDS, BF_KVER, BF_LOG, BF_INSNS,
};

struct bpf_field {
	const char *name;
	uint16_t off;
	uint8_t size;        /* bytes: 4 or 8; BF_NAME: the char array */
	uint8_t kind;        /* enum bf_kind */
	const struct xlat *x;
	uint16_t from;       /* shown only when size > from (0: always) */
	uint32_t if_flags;   /* shown only when the u32 at offset cond has these bits */
	uint16_t cond;       /* ... BF_BUF: the offset of its u32 length */
};

struct bpf_cmd {
	uint32_t cmd;
	uint16_t known;      /* bytes of bpf_attr this command uses */
	const char *wrap;    /* the fields sit in a named struct ("info") */
	const struct bpf_field *f;
	unsigned n;
	int8_t inout;        /* the offset of a u32 the kernel writes back (shown "old => new"); -1: none */
};

#define F(nm, o, sz, k, x, from) { nm, o, sz, k, x, from, 0, 0 }

static const struct bpf_field map_create[] = {
	F("map_type", 0, 4, BF_ENUM, &xlat_bpf_map_types, 0),
	F("key_size", 4, 4, BF_U32, NULL, 0),
	F("value_size", 8, 4, BF_U32, NULL, 0),
	F("max_entries", 12, 4, BF_U32, NULL, 0),
	F("map_flags", 16, 4, BF_FLAGS, &xlat_bpf_map_flags, 16),
	F("inner_map_fd", 20, 4, BF_FD, NULL, 20),
	{ "numa_node", 24, 4, BF_NUMA, NULL, 24, 0x4, 16 },   /* with BPF_F_NUMA_NODE */
	F("map_name", 28, 16, BF_NAME, NULL, 28),
	F("map_ifindex", 44, 4, BF_IFINDEX, NULL, 44),
	F("btf_fd", 48, 4, BF_FD, NULL, 48),
	F("btf_key_type_id", 52, 4, BF_U32, NULL, 52),
	F("btf_value_type_id", 56, 4, BF_U32, NULL, 56),
	F("btf_vmlinux_value_type_id", 60, 4, BF_U32, NULL, 60),
	F("map_extra", 64, 8, BF_U64, NULL, 64),
};

static const struct bpf_field map_lookup[] = {
	F("map_fd", 0, 4, BF_FD, NULL, 0),
	F("key", 8, 8, BF_PTR, NULL, 0),
	F("value", 16, 8, BF_PTR, NULL, 0),
	F("flags", 24, 8, BF_FLAGS, &xlat_bpf_map_lookup_flags, 24),
};

static const struct bpf_field map_update[] = {
	F("map_fd", 0, 4, BF_FD, NULL, 0),
	F("key", 8, 8, BF_PTR, NULL, 0),
	F("value", 16, 8, BF_PTR, NULL, 0),
	F("flags", 24, 8, BF_FLAGS, &xlat_bpf_map_update_flags, 0),
};

static const struct bpf_field map_delete[] = {
	F("map_fd", 0, 4, BF_FD, NULL, 0),
	F("key", 8, 8, BF_PTR, NULL, 0),
};

static const struct bpf_field map_next_key[] = {
	F("map_fd", 0, 4, BF_FD, NULL, 0),
	F("key", 8, 8, BF_PTR, NULL, 0),
	F("next_key", 16, 8, BF_PTR, NULL, 0),
};

static const struct bpf_field map_fd_only[] = {
	F("map_fd", 0, 4, BF_FD, NULL, 0),
};

static const struct bpf_field obj_pin[] = {
	F("pathname", 0, 8, BF_PATH, NULL, 0),
	F("bpf_fd", 8, 4, BF_FD, NULL, 0),
	F("file_flags", 12, 4, BF_FLAGS, &xlat_bpf_file_flags, 12),
};

static const struct bpf_field get_next_id[] = {
	F("start_id", 0, 4, BF_U32, NULL, 0),
	F("next_id", 4, 4, BF_U32, NULL, 0),
	F("open_flags", 8, 4, BF_FLAGS, &xlat_bpf_file_flags, 8),
};

static const struct bpf_field prog_by_id[] = {
	F("prog_id", 0, 4, BF_U32, NULL, 0),
	F("next_id", 4, 4, BF_U32, NULL, 0),
	F("open_flags", 8, 4, BF_FLAGS, &xlat_bpf_file_flags, 8),
};

static const struct bpf_field map_by_id[] = {
	F("map_id", 0, 4, BF_U32, NULL, 0),
	F("next_id", 4, 4, BF_U32, NULL, 0),
	F("open_flags", 8, 4, BF_FLAGS, &xlat_bpf_file_flags, 8),
};

static const struct bpf_field btf_by_id[] = {
	F("btf_id", 0, 4, BF_U32, NULL, 0),
};

static const struct bpf_field link_by_id[] = {
	F("link_id", 0, 4, BF_U32, NULL, 0),
};

static const struct bpf_field obj_info[] = {
	F("bpf_fd", 0, 4, BF_FD, NULL, 0),
	F("info_len", 4, 4, BF_U32, NULL, 0),
	F("info", 8, 8, BF_PTR, NULL, 0),
};

static const struct bpf_field prog_attach[] = {
	F("target_fd", 0, 4, BF_FD, NULL, 0),
	F("attach_bpf_fd", 4, 4, BF_FD, NULL, 0),
	F("attach_type", 8, 4, BF_ENUM, &xlat_bpf_attach_types, 0),
	F("attach_flags", 12, 4, BF_FLAGS, &xlat_bpf_attach_flags, 0),
	F("replace_bpf_fd", 16, 4, BF_FD, NULL, 16),
};

static const struct bpf_field prog_detach[] = {
	F("target_fd", 0, 4, BF_FD, NULL, 0),
	F("attach_type", 8, 4, BF_ENUM, &xlat_bpf_attach_types, 0),
};

static const struct bpf_field raw_tp_open[] = {
	F("name", 0, 8, BF_CSTR, NULL, 0),
	F("prog_fd", 8, 4, BF_FD, NULL, 0),
};

static const struct bpf_field btf_load[] = {
	{ "btf", 0, 8, BF_BUF, NULL, 0, 0, 16 },   /* btf_size bytes */
	F("btf_log_buf", 8, 8, BF_PTR, NULL, 0),
	F("btf_size", 16, 4, BF_U32, NULL, 0),
	F("btf_log_size", 20, 4, BF_U32, NULL, 0),
	F("btf_log_level", 24, 4, BF_U32, NULL, 0),
};

static const struct bpf_field link_update[] = {
	F("link_fd", 0, 4, BF_FD, NULL, 0),
	F("new_prog_fd", 4, 4, BF_FD, NULL, 0),
	F("flags", 8, 4, BF_FLAGS, &xlat_bpf_attach_flags, 0),
	{ "old_prog_fd", 12, 4, BF_FD, NULL, 0, 0x4, 8 },   /* with BPF_F_REPLACE */
};

static const struct bpf_field map_batch[] = {
	F("in_batch", 0, 8, BF_PTR, NULL, 0),
	F("out_batch", 8, 8, BF_PTR, NULL, 0),
	F("keys", 16, 8, BF_PTR, NULL, 0),
	F("values", 24, 8, BF_PTR, NULL, 0),
	F("count", 32, 4, BF_U32, NULL, 0),
	F("map_fd", 36, 4, BF_FD, NULL, 0),
	F("elem_flags", 40, 8, BF_FLAGS, &xlat_bpf_map_update_flags, 0),
	F("flags", 48, 8, BF_HEX, NULL, 0),
};

/* updates and deletions have no batch cursor */
static const struct bpf_field map_batch_upd[] = {
	F("keys", 16, 8, BF_PTR, NULL, 0),
	F("values", 24, 8, BF_PTR, NULL, 0),
	F("count", 32, 4, BF_U32, NULL, 0),
	F("map_fd", 36, 4, BF_FD, NULL, 0),
	F("elem_flags", 40, 8, BF_FLAGS, &xlat_bpf_map_update_flags, 0),
	F("flags", 48, 8, BF_HEX, NULL, 0),
};

static const struct bpf_field map_batch_del[] = {
	F("keys", 16, 8, BF_PTR, NULL, 0),
	F("count", 32, 4, BF_U32, NULL, 0),
	F("map_fd", 36, 4, BF_FD, NULL, 0),
	F("elem_flags", 40, 8, BF_FLAGS, &xlat_bpf_map_update_flags, 0),
	F("flags", 48, 8, BF_HEX, NULL, 0),
};

static const struct bpf_field prog_query[] = {
	F("target_fd", 0, 4, BF_FD, NULL, 0),
	F("attach_type", 4, 4, BF_ENUM, &xlat_bpf_attach_types, 0),
	F("query_flags", 8, 4, BF_FLAGS, &xlat_bpf_query_flags, 0),
	F("attach_flags", 12, 4, BF_FLAGS, &xlat_bpf_attach_flags, 0),
	{ "prog_ids", 16, 8, BF_IDS, NULL, 0, 0, 24 },   /* prog_cnt of them, stored by the kernel */
	F("prog_cnt", 24, 4, BF_U32, NULL, 0),
};

static const struct bpf_field prog_load[] = {
	F("prog_type", 0, 4, BF_ENUM, &xlat_bpf_prog_types, 0),
	F("insn_cnt", 4, 4, BF_U32, NULL, 0),
	{ "insns", 8, 8, BF_INSNS, NULL, 0, 0, 4 },   /* insn_cnt of them, with -v */
	F("license", 16, 8, BF_CSTR, NULL, 0),
	F("log_level", 24, 4, BF_U32, NULL, 24),
	F("log_size", 28, 4, BF_U32, NULL, 24),
	{ "log_buf", 32, 8, BF_LOG, NULL, 24, 0, 28 },   /* log_size bytes */
	F("kern_version", 40, 4, BF_KVER, NULL, 24),
	F("prog_flags", 44, 4, BF_FLAGS, &xlat_bpf_prog_flags, 24),
	F("prog_name", 48, 16, BF_NAME, NULL, 48),
	F("prog_ifindex", 64, 4, BF_IFINDEX, NULL, 64),
	F("expected_attach_type", 68, 4, BF_ENUM, &xlat_bpf_attach_types, 68),
	F("prog_btf_fd", 72, 4, BF_FD, NULL, 72),
	F("func_info_rec_size", 76, 4, BF_U32, NULL, 72),
	F("func_info", 80, 8, BF_PTR, NULL, 72),
	F("func_info_cnt", 88, 4, BF_U32, NULL, 72),
	F("line_info_rec_size", 92, 4, BF_U32, NULL, 72),
	F("line_info", 96, 8, BF_PTR, NULL, 72),
	F("line_info_cnt", 104, 4, BF_U32, NULL, 72),
	F("attach_btf_id", 108, 4, BF_U32, NULL, 72),
	F("attach_prog_fd", 112, 4, BF_FD, NULL, 72),
	F("fd_array", 120, 8, BF_PTR, NULL, 72),
};

static const struct bpf_field task_fd_query[] = {
	F("pid", 0, 4, BF_U32, NULL, 0),
	F("fd", 4, 4, BF_FD, NULL, 0),
	F("flags", 8, 4, BF_U32, NULL, 0),
	F("buf_len", 12, 4, BF_U32, NULL, 0),
	F("buf", 16, 8, BF_PTR, NULL, 0),
	F("prog_id", 24, 4, BF_U32, NULL, 0),
	F("fd_type", 28, 4, BF_ENUM, &xlat_bpf_fd_types, 0),
	F("probe_offset", 32, 8, BF_HEX, NULL, 0),
	F("probe_addr", 40, 8, BF_HEX, NULL, 0),
};

static const struct bpf_field test_run[] = {
	F("prog_fd", 0, 4, BF_FD, NULL, 0),
	F("retval", 4, 4, BF_U32, NULL, 0),
	F("data_size_in", 8, 4, BF_U32, NULL, 0),
	F("data_size_out", 12, 4, BF_U32, NULL, 0),
	F("data_in", 16, 8, BF_PTR, NULL, 0),
	F("data_out", 24, 8, BF_PTR, NULL, 0),
	F("repeat", 32, 4, BF_U32, NULL, 0),
	F("duration", 36, 4, BF_U32, NULL, 0),
	F("ctx_size_in", 40, 4, BF_U32, NULL, 40),
	F("ctx_size_out", 44, 4, BF_U32, NULL, 40),
	F("ctx_in", 48, 8, BF_PTR, NULL, 40),
	F("ctx_out", 56, 8, BF_PTR, NULL, 40),
	F("flags", 64, 4, BF_FLAGS, &xlat_bpf_test_run_flags, 64),
	F("cpu", 68, 4, BF_U32, NULL, 64),
	F("batch_size", 72, 4, BF_U32, NULL, 72),
};

#define CMD(c, known, wrap, t) { c, known, wrap, t, ARRAY_SIZE(t), -1 }
#define CMD_IO(c, known, wrap, t, io) { c, known, wrap, t, ARRAY_SIZE(t), io }

enum {
	BPF_MAP_CREATE_, BPF_MAP_LOOKUP_ELEM_, BPF_MAP_UPDATE_ELEM_, BPF_MAP_DELETE_ELEM_,
	BPF_MAP_GET_NEXT_KEY_, BPF_PROG_LOAD_, BPF_OBJ_PIN_, BPF_OBJ_GET_,
	BPF_PROG_ATTACH_, BPF_PROG_DETACH_, BPF_PROG_TEST_RUN_,
	BPF_PROG_GET_NEXT_ID_, BPF_MAP_GET_NEXT_ID_, BPF_PROG_GET_FD_BY_ID_,
	BPF_MAP_GET_FD_BY_ID_, BPF_OBJ_GET_INFO_BY_FD_, BPF_PROG_QUERY_, BPF_RAW_TRACEPOINT_OPEN_,
	BPF_BTF_LOAD_, BPF_BTF_GET_FD_BY_ID_, BPF_TASK_FD_QUERY_,
	BPF_MAP_LOOKUP_AND_DELETE_ELEM_, BPF_MAP_FREEZE_, BPF_BTF_GET_NEXT_ID_,
	BPF_MAP_LOOKUP_BATCH_, BPF_MAP_LOOKUP_AND_DELETE_BATCH_, BPF_MAP_UPDATE_BATCH_,
	BPF_MAP_DELETE_BATCH_, BPF_LINK_CREATE_, BPF_LINK_UPDATE_,
	BPF_LINK_GET_FD_BY_ID_, BPF_LINK_GET_NEXT_ID_,
};

static const struct bpf_cmd bpf_cmds[] = {
	CMD(BPF_MAP_CREATE_, 72, NULL, map_create),
	CMD(BPF_MAP_LOOKUP_ELEM_, 32, NULL, map_lookup),
	CMD(BPF_MAP_UPDATE_ELEM_, 32, NULL, map_update),
	CMD(BPF_MAP_DELETE_ELEM_, 16, NULL, map_delete),
	CMD(BPF_MAP_GET_NEXT_KEY_, 24, NULL, map_next_key),
	CMD(BPF_MAP_LOOKUP_AND_DELETE_ELEM_, 32, NULL, map_lookup),
	CMD(BPF_MAP_FREEZE_, 4, NULL, map_fd_only),
	CMD(BPF_OBJ_PIN_, 16, NULL, obj_pin),
	CMD(BPF_OBJ_GET_, 16, NULL, obj_pin),
	CMD_IO(BPF_PROG_GET_NEXT_ID_, 12, NULL, get_next_id, 4),
	CMD_IO(BPF_MAP_GET_NEXT_ID_, 12, NULL, get_next_id, 4),
	CMD_IO(BPF_BTF_GET_NEXT_ID_, 12, NULL, get_next_id, 4),
	CMD_IO(BPF_LINK_GET_NEXT_ID_, 12, NULL, get_next_id, 4),
	CMD(BPF_PROG_GET_FD_BY_ID_, 12, NULL, prog_by_id),
	CMD(BPF_MAP_GET_FD_BY_ID_, 12, NULL, map_by_id),
	CMD(BPF_BTF_GET_FD_BY_ID_, 4, NULL, btf_by_id),
	CMD(BPF_LINK_GET_FD_BY_ID_, 4, NULL, link_by_id),
	CMD_IO(BPF_OBJ_GET_INFO_BY_FD_, 16, "info", obj_info, 4),
	CMD(BPF_PROG_ATTACH_, 20, NULL, prog_attach),
	CMD(BPF_PROG_DETACH_, 12, NULL, prog_detach),
	CMD(BPF_RAW_TRACEPOINT_OPEN_, 16, "raw_tracepoint", raw_tp_open),
	CMD(BPF_BTF_LOAD_, 28, NULL, btf_load),
	CMD(BPF_LINK_UPDATE_, 16, "link_update", link_update),
	CMD(BPF_MAP_LOOKUP_BATCH_, 56, "batch", map_batch),
	CMD(BPF_MAP_LOOKUP_AND_DELETE_BATCH_, 56, "batch", map_batch),
	CMD(BPF_MAP_UPDATE_BATCH_, 56, "batch", map_batch_upd),
	CMD(BPF_MAP_DELETE_BATCH_, 56, "batch", map_batch_del),
	CMD(BPF_TASK_FD_QUERY_, 48, "task_fd_query", task_fd_query),
	CMD(BPF_PROG_TEST_RUN_, 76, "test", test_run),
	CMD(BPF_PROG_QUERY_, 28, "query", prog_query),
	CMD(BPF_PROG_LOAD_, 128, NULL, prog_load),
};

#define BPF_ATTR_MAX 4096   /* the kernel refuses a larger attribute (E2BIG) */

/* a char array (16 bytes at most): up to its NUL, or all but its last byte and "..."; -s does not cut it */
static struct value *mk_name(struct dctx *c, const uint8_t *p, size_t n)
{
	const uint8_t *z = memchr(p, 0, n);
	size_t len = z ? (size_t)(z - p) : n ? n - 1 : 0;
	unsigned fl = z ? 0 : VS_TRUNC;
	char *s = arena_alloc(c->a, len + 1);
	memcpy(s, p, len);
	return v_str(c->a, s, len, fl);
}

static struct value *id_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	uint32_t v;
	memcpy(&v, e, sizeof(v));
	return mk_uint(c, v);
}

/* ---- -v: eBPF instructions (struct bpf_insn) ---- */

static struct value *mk_insn_code(struct dctx *c, uint8_t code)
{
	struct value *o = v_list(c->a, V_OR);
	unsigned cls = code & 7;
	v_add(o, mk_enum(c, cls, &xlat_ebpf_classes));
	switch (cls) {
	case 0: case 1: case 2: case 3:   /* loads and stores: size, mode */
		v_add(o, mk_enum(c, code & 0x18, &xlat_ebpf_sizes));
		v_add(o, mk_enum(c, code & 0xe0, &xlat_ebpf_modes));
		break;
	case 4: case 5: case 7:           /* ALU, JMP, ALU64: source, operation */
		v_add(o, mk_enum(c, code & 8, &xlat_bpf_srcs));
		v_add(o, mk_enum(c, code & 0xf0, cls == 5 ? &xlat_ebpf_jmp_ops : &xlat_ebpf_alu_ops));
		break;
	default:                          /* JMP32: strace 6.1 names the class only */
		if (code & 0xf8)
			v_add(o, v_comment(mk_hex(c, code & 0xf8), "BPF_???"));
	}
	return o;
}

static struct value *insn_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	const uint8_t *b = e;
	int16_t off;
	uint32_t imm;
	memcpy(&off, b + 2, sizeof(off));
	memcpy(&imm, b + 4, sizeof(imm));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "code", mk_insn_code(c, b[0]));
	v_field(s, "dst_reg", mk_enum(c, b[1] & 0xf, &xlat_ebpf_regs));
	v_field(s, "src_reg", mk_enum(c, b[1] >> 4, &xlat_ebpf_regs));
	v_field(s, "off", mk_int(c, off));
	v_field(s, "imm", mk_hex(c, imm));
	return s;
}

/* n instructions at addr: decoded with -v, else the address */
static struct value *mk_insns(struct dctx *c, uint64_t addr, uint64_t n)
{
	if (!c->verbose || !addr)
		return mk_ptr(c, addr);
	return mk_array(c, addr, n, 8, insn_elem, NULL);
}

/*
 * ---- -v: what BPF_OBJ_GET_INFO_BY_FD filled in ----
 *
 * struct bpf_map_info and struct bpf_prog_info, in the order strace 6.1
 * prints them; a group of fields is shown once the kernel filled in more
 * bytes than its first field's offset (info_len after the call), the first
 * group always.  The counts and lengths a caller passes in and the kernel
 * overwrites show "old => new".
 */
enum if_kind { IF_U, IF_ENUM, IF_FLAGS, IF_NAME, IF_TAG, IF_IFINDEX, IF_DEV, IF_PTR, IF_BOOT, IF_BIT0,
	       IF_IDS, IF_INSNS };

struct info_field {
	const char *name;
	uint8_t off, size, kind;
	uint8_t group;       /* shown when info_len > group */
	int8_t io;           /* its value before the call is saved in slot io (-1: none) */
	uint8_t cnt;         /* IF_IDS, IF_INSNS: the offset of the count (of bytes, for insns) */
	const struct xlat *x;
};

#define IFLD(nm, o, sz, k, g) { nm, o, sz, k, g, -1, 0, NULL }
#define IFIO(nm, o, g, io) { nm, o, 4, IF_U, g, io, 0, NULL }

static const struct info_field map_info[] = {
	{ "type", 0, 4, IF_ENUM, 0, -1, 0, &xlat_bpf_map_types },
	IFLD("id", 4, 4, IF_U, 0),
	IFLD("key_size", 8, 4, IF_U, 0),
	IFLD("value_size", 12, 4, IF_U, 0),
	IFLD("max_entries", 16, 4, IF_U, 0),
	{ "map_flags", 20, 4, IF_FLAGS, 0, -1, 0, &xlat_bpf_map_flags },
	IFLD("name", 24, 16, IF_NAME, 24),
	IFLD("ifindex", 40, 4, IF_IFINDEX, 40),
	IFLD("btf_vmlinux_value_type_id", 44, 4, IF_U, 40),
	IFLD("netns_dev", 48, 8, IF_DEV, 40),
	IFLD("netns_ino", 56, 8, IF_U, 40),
	IFLD("btf_id", 64, 4, IF_U, 64),
	IFLD("btf_key_type_id", 68, 4, IF_U, 64),
	IFLD("btf_value_type_id", 72, 4, IF_U, 64),
};

static const struct info_field prog_info[] = {
	{ "type", 0, 4, IF_ENUM, 0, -1, 0, &xlat_bpf_prog_types },
	IFLD("id", 4, 4, IF_U, 0),
	IFLD("tag", 8, 8, IF_TAG, 0),
	IFIO("jited_prog_len", 16, 0, 0),
	IFLD("jited_prog_insns", 24, 8, IF_PTR, 0),
	IFIO("xlated_prog_len", 20, 0, 1),
	{ "xlated_prog_insns", 32, 8, IF_INSNS, 0, -1, 20, NULL },
	IFLD("load_time", 40, 8, IF_BOOT, 40),
	IFLD("created_by_uid", 48, 4, IF_U, 40),
	IFIO("nr_map_ids", 52, 40, 2),
	{ "map_ids", 56, 8, IF_IDS, 40, -1, 52, NULL },
	IFLD("name", 64, 16, IF_NAME, 40),
	IFLD("ifindex", 80, 4, IF_IFINDEX, 80),
	IFLD("gpl_compatible", 84, 4, IF_BIT0, 80),
	IFLD("netns_dev", 88, 8, IF_DEV, 80),
	IFLD("netns_ino", 96, 8, IF_U, 80),
	IFIO("nr_jited_ksyms", 104, 104, 3),
	IFIO("nr_jited_func_lens", 108, 104, 4),
	IFLD("jited_ksyms", 112, 8, IF_PTR, 104),
	IFLD("jited_func_lens", 120, 8, IF_PTR, 104),
	IFLD("btf_id", 128, 4, IF_U, 128),
	IFIO("func_info_rec_size", 132, 128, 5),
	IFLD("func_info", 136, 8, IF_PTR, 128),
	IFIO("nr_func_info", 144, 128, 6),
	IFIO("nr_line_info", 148, 128, 7),
	IFLD("line_info", 152, 8, IF_PTR, 128),
	IFLD("jited_line_info", 160, 8, IF_PTR, 128),
	IFIO("nr_jited_line_info", 168, 128, 8),
	IFIO("line_info_rec_size", 172, 128, 9),
	IFIO("jited_line_info_rec_size", 176, 128, 10),
	IFIO("nr_prog_tags", 180, 128, 11),
	IFLD("prog_tags", 184, 8, IF_PTR, 128),
	IFLD("run_time_ns", 192, 8, IF_U, 192),
	IFLD("run_cnt", 200, 8, IF_U, 192),
	IFLD("recursion_misses", 208, 8, IF_U, 208),
	IFLD("verified_insns", 216, 4, IF_U, 216),
};

#define INFO_MAX 224    /* the bytes of bpf_prog_info these tables know */
#define INFO_SLOTS 12   /* saved values (the io indexes above): priv[1..6], two u32 each */
_Static_assert(1 + (INFO_SLOTS + 1) / 2 <= sizeof(((struct dctx *)0)->priv) / sizeof(uint64_t),
	       "dctx.priv holds info_len and the saved counts");

enum { INFO_NONE, INFO_MAP, INFO_PROG };

/* which kind of object the descriptor is, from what it links to (anon_inode:bpf-map) */
static int info_kind(struct dctx *c, int fd)
{
	if (!c->verbose || fd < 0 || !c->mem->fd_path)
		return INFO_NONE;
	const char *p = c->mem->fd_path(c->mem, fd, FD_PATH, c->a);
	if (!p)
		return INFO_NONE;
	if (!strcmp(p, "anon_inode:bpf-map"))
		return INFO_MAP;
	if (!strcmp(p, "anon_inode:bpf-prog"))
		return INFO_PROG;
	return INFO_NONE;
}

static uint32_t slot_get(const struct dctx *c, int i)
{
	return (uint32_t)(c->priv[1 + i / 2] >> (i % 2 * 32));
}

/* at entry: the values the kernel will overwrite */
static void info_save(struct dctx *c, uint64_t addr, uint32_t len)
{
	uint8_t b[INFO_MAX] = { 0 };
	if (len > sizeof(b))
		len = sizeof(b);
	if (!addr || mem_read(c->mem, addr, b, len) != 0)
		return;
	for (unsigned i = 0; i < ARRAY_SIZE(prog_info); i++) {
		const struct info_field *f = &prog_info[i];
		if (f->io < 0)
			continue;
		uint32_t v;
		memcpy(&v, b + f->off, sizeof(v));
		c->priv[1 + f->io / 2] |= (uint64_t)v << (f->io % 2 * 32);
	}
}

static uint64_t boot_to_wall_sec(uint64_t boot_ns)
{
	struct timespec rt, bt;
	clock_gettime(CLOCK_REALTIME, &rt);
	clock_gettime(CLOCK_BOOTTIME, &bt);
	int64_t off = (int64_t)(rt.tv_sec - bt.tv_sec) * 1000000000 + (rt.tv_nsec - bt.tv_nsec);
	return (uint64_t)(((int64_t)boot_ns + off) / 1000000000);
}

static struct value *mk_info_field(struct dctx *c, const struct info_field *f, const uint8_t *b,
				   const struct info_field *tab, unsigned n)
{
	uint64_t v = 0;
	if (f->size <= 8)
		memcpy(&v, b + f->off, f->size);
	switch (f->kind) {
	case IF_ENUM: return mk_enum(c, v, f->x);
	case IF_FLAGS: return mk_flags(c, v, f->x);
	case IF_NAME: return mk_name(c, b + f->off, f->size);
	case IF_TAG: {
		char *t = arena_alloc(c->a, 8);
		memcpy(t, b + f->off, 8);
		return v_str(c->a, t, 8, VS_HEX);
	}
	case IF_IFINDEX: return mk_ifindex(c, (uint32_t)v);
	case IF_DEV: return mk_dev(c, v);
	case IF_PTR: return mk_ptr(c, v);
	case IF_BOOT: {   /* ns since boot, the date as a comment (not under -X raw) */
		struct value *t = mk_time_comment(c, mk_uint(c, v), (int64_t)boot_to_wall_sec(v), 0, false);
		t->xs |= XS_COMMENT_NORAW;
		return t;
	}
	case IF_BIT0: return mk_uint(c, v & 1);
	case IF_IDS: case IF_INSNS: {
		/* as many as both the caller's room and the kernel's count allow */
		uint32_t now = 0, before = 0;
		memcpy(&now, b + f->cnt, sizeof(now));
		for (unsigned i = 0; i < n; i++)
			if (tab[i].off == f->cnt && tab[i].io >= 0)
				before = slot_get(c, tab[i].io);
		uint32_t k = now < before ? now : before;
		if (f->kind == IF_INSNS)
			return mk_insns(c, v, k / 8);
		return mk_array(c, v, k, sizeof(uint32_t), id_elem, NULL);
	}
	default: return mk_uint(c, v);
	}
}

/* the info struct at addr, len bytes of it filled in; NULL to show the address */
static struct value *mk_obj_info(struct dctx *c, int kind, uint64_t addr, uint32_t len)
{
	const struct info_field *tab = kind == INFO_MAP ? map_info : prog_info;
	unsigned n = kind == INFO_MAP ? ARRAY_SIZE(map_info) : ARRAY_SIZE(prog_info);
	uint8_t b[INFO_MAX] = { 0 };
	uint32_t rd = len < sizeof(b) ? len : sizeof(b);
	if (!len || !addr || mem_read(c->mem, addr, b, rd) != 0)
		return NULL;
	struct value *s = v_list(c->a, V_STRUCT);
	for (unsigned i = 0; i < n; i++) {
		const struct info_field *f = &tab[i];
		if (f->group && len <= f->group)
			break;
		struct value *v = mk_info_field(c, f, b, tab, n);
		if (f->io >= 0 && kind == INFO_PROG && slot_get(c, f->io) != v->u)
			v = v_changed(c->a, mk_uint(c, slot_get(c, f->io)), v);
		v_field(s, f->name, v);
	}
	return s;
}

static struct value *mk_field(struct dctx *c, const struct bpf_field *f, const uint8_t *a, uint64_t size)
{
	uint64_t v = 0;
	if (f->kind != BF_NAME)
		memcpy(&v, a + f->off, f->size);
	switch (f->kind) {
	case BF_U32: case BF_U64: return mk_uint(c, v);
	case BF_S32: return mk_int(c, (int32_t)v);
	case BF_FD: return mk_fd(c, (int32_t)v);
	case BF_HEX: return mk_hex(c, v);
	case BF_PTR: return mk_ptr(c, v);
	case BF_INSNS: {
		uint32_t n;
		memcpy(&n, a + f->cond, sizeof(n));
		return mk_insns(c, v, n);
	}
	case BF_CSTR: return mk_cstr(c, v, c->opt->strsize);
	case BF_IDS: {
		uint32_t n;
		memcpy(&n, a + f->cond, sizeof(n));
		if (!v || (failed(c) && n))
			return mk_ptr(c, v);
		return mk_array(c, v, failed(c) ? 0 : n, sizeof(uint32_t), id_elem, NULL);
	}
	case BF_KVER:
		return v_const(c->a, arena_printf(c->a, "KERNEL_VERSION(%u, %u, %u)", (unsigned)(v >> 16),
						  (unsigned)((v >> 8) & 0xff), (unsigned)(v & 0xff)), v, NF_HEX);
	case BF_LOG: {   /* a NUL-terminated string in a buffer of log_size bytes */
		uint32_t len;
		memcpy(&len, a + f->cond, sizeof(len));
		return mk_cstrn(c, v, len);
	}
	case BF_BUF: {
		uint32_t len;
		memcpy(&len, a + f->cond, sizeof(len));
		return mk_buf(c, v, len);
	}
	case BF_ENUM: return mk_enum(c, v, f->x);
	case BF_FLAGS: return mk_flags(c, v, f->x);
	case BF_PATH: return mk_path(c, v);
	case BF_IFINDEX: return mk_ifindex(c, (uint32_t)v);
	case BF_NUMA:
		return (uint32_t)v == UINT32_MAX ? v_comment(mk_uint(c, v), "NUMA_NO_NODE") : mk_uint(c, v);
	default: {
		size_t n = size - f->off < f->size ? (size_t)(size - f->off) : f->size;
		return mk_name(c, a + f->off, n);
	}
	}
}

/*
 * Bytes past what the command uses: "..." if any is not zero; with -v all
 * of them, extra_data="\x00..." / * bytes K..N * /.
 */
static void attr_tail(struct dctx *c, struct value *s, const uint8_t *a, uint64_t known, uint64_t size)
{
	uint64_t i = known;
	while (i < size && !a[i])
		i++;
	if (i >= size)
		return;
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return;
	}
	char *t = arena_alloc(c->a, size - known);
	memcpy(t, a + known, size - known);
	v_field(s, "extra_data", v_comment(v_str(c->a, t, size - known, VS_HEX),
					   arena_printf(c->a, "bytes %llu..%llu", (unsigned long long)known,
							(unsigned long long)(size - 1))));
}

static struct value *mk_bpf_attr(struct dctx *c, const struct bpf_cmd *t, uint64_t addr, uint64_t size)
{
	if (!addr)
		return mk_ptr(c, 0);
	if (size == 0 || size > BPF_ATTR_MAX)
		return mk_ptr(c, addr);
	uint8_t *a = arena_alloc(c->a, size > t->known ? size : t->known);
	memset(a, 0, t->known);
	if (mem_read(c->mem, addr, a, size) != 0)
		return mk_ptr(c, addr);
	struct value *s = v_list(c->a, V_STRUCT);
	struct value *in = t->wrap ? v_field(s, t->wrap, v_list(c->a, V_STRUCT)) : s;
	for (unsigned i = 0; i < t->n; i++) {
		const struct bpf_field *f = &t->f[i];
		if (f->from && size <= f->from)
			break;
		uint32_t flags;   /* the flags a field depends on (map_flags, BPF_F_REPLACE) */
		memcpy(&flags, a + f->cond, sizeof(flags));
		if (f->if_flags && !(flags & f->if_flags))
			continue;
		struct value *v = mk_field(c, f, a, size);
		/* what the kernel stores back: the length it filled in, the next id */
		if (c->exiting && !failed(c) && f->off == t->inout && (uint32_t)c->priv[0] != v->u)
			v = v_changed(c->a, mk_uint(c, (uint32_t)c->priv[0]), v);
		if (c->exiting && !failed(c) && t->cmd == BPF_OBJ_GET_INFO_BY_FD_ && f->off == 8) {
			int32_t fd;
			uint32_t len;
			memcpy(&fd, a, sizeof(fd));
			memcpy(&len, a + 4, sizeof(len));
			int kind = info_kind(c, fd);
			struct value *info = kind != INFO_NONE ? mk_obj_info(c, kind, v->u, len) : NULL;
			if (info)
				v = info;
		}
		v_field(in, f->name, v);
	}
	attr_tail(c, s, a, t->known, size);
	return s;
}

static struct value *iter_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	int32_t fd;
	memcpy(&fd, e, sizeof(fd));
	struct value *m = v_list(c->a, V_STRUCT);
	v_field(m, "map_fd", mk_fd(c, fd));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "map", m);
	return s;
}

static struct value *sym_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	uint64_t p;
	memcpy(&p, e, sizeof(p));
	return mk_cstr(c, p, c->opt->strsize);
}

static struct value *hex64_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	uint64_t v;
	memcpy(&v, e, sizeof(v));
	return mk_hex(c, v);
}

/*
 * BPF_LINK_CREATE: link_create={prog_fd, target_fd, attach_type, flags,
 * then what the attach type adds}.
 */
#define BPF_TRACE_ITER_K 28
#define BPF_PERF_EVENT_K 41
#define BPF_TRACE_KPROBE_MULTI_K 42

static struct value *mk_link_create(struct dctx *c, uint64_t addr, uint64_t size)
{
	if (!addr)
		return mk_ptr(c, 0);
	if (size == 0 || size > BPF_ATTR_MAX)
		return mk_ptr(c, addr);
	uint8_t *a = arena_alloc(c->a, size > 48 ? size : 48);
	memset(a, 0, 48);
	if (mem_read(c->mem, addr, a, size) != 0)
		return mk_ptr(c, addr);
	int32_t prog_fd, target_fd;
	uint32_t type, flags, u32_16, len;
	uint64_t u64_16;
	memcpy(&prog_fd, a, 4);
	memcpy(&target_fd, a + 4, 4);
	memcpy(&type, a + 8, 4);
	memcpy(&flags, a + 12, 4);
	memcpy(&u64_16, a + 16, 8);
	memcpy(&u32_16, a + 16, 4);
	memcpy(&len, a + 24, 4);
	struct value *s = v_list(c->a, V_STRUCT);
	struct value *l = v_field(s, "link_create", v_list(c->a, V_STRUCT));
	v_field(l, "prog_fd", mk_fd(c, prog_fd));
	v_field(l, "target_fd", mk_fd(c, target_fd));
	v_field(l, "attach_type", mk_enum(c, type, &xlat_bpf_attach_types));
	v_field(l, "flags", mk_hex(c, flags));
	uint64_t known = 20;
	if (type == BPF_TRACE_ITER_K) {
		known = 28;
		if (size > 16) {
			v_field(l, "iter_info", mk_array(c, u64_16, len, sizeof(int32_t), iter_elem, NULL));
			v_field(l, "iter_info_len", mk_uint(c, len));
		}
	} else if (type == BPF_PERF_EVENT_K) {
		known = 24;
		if (size > 16) {
			struct value *p = v_field(l, "perf_event", v_list(c->a, V_STRUCT));
			v_field(p, "bpf_cookie", mk_hex(c, u64_16));
		}
	} else if (type == BPF_TRACE_KPROBE_MULTI_K) {
		known = 48;
		if (size > 16) {
			uint32_t cnt;
			uint64_t p[3];
			memcpy(&cnt, a + 20, 4);
			memcpy(p, a + 24, sizeof(p));
			struct value *k = v_field(l, "kprobe_multi", v_list(c->a, V_STRUCT));
			v_field(k, "flags", mk_flags(c, u32_16, &xlat_bpf_kprobe_multi_flags));
			v_field(k, "cnt", mk_uint(c, cnt));
			v_field(k, "syms", mk_array(c, p[0], cnt, 8, sym_elem, NULL));
			v_field(k, "addrs", mk_array(c, p[1], cnt, 8, hex64_elem, NULL));
			v_field(k, "cookies", mk_array(c, p[2], cnt, 8, hex64_elem, NULL));
		}
	} else if (size > 20) {
		known = 16;   /* as strace: a longer attribute is not read as target_btf_id */
	} else if (size > 16 && u32_16) {
		v_field(l, "target_btf_id", mk_uint(c, u32_16));
	}
	attr_tail(c, s, a, known, size);
	return s;
}

static void dec_bpf(struct dctx *c)
{
	uint32_t cmd = (uint32_t)c->arg[0];
	const struct bpf_cmd *t = NULL;
	for (unsigned i = 0; i < ARRAY_SIZE(bpf_cmds) && !t; i++)
		if (bpf_cmds[i].cmd == cmd)
			t = &bpf_cmds[i];
	if (c->exiting) {
		if (!c->pending)
			return;
		add_arg(c, mk_bpf_attr(c, t, c->arg[1], (uint32_t)c->arg[2]));
		add_arg(c, mk_uint(c, (uint32_t)c->arg[2]));
		return;
	}
	add_arg(c, mk_enum(c, cmd, &xlat_bpf_cmds));
	if (cmd == BPF_PROG_QUERY_) {   /* the kernel fills in the ids and their count */
		c->pending = true;
		return;
	}
	if (t && t->inout >= 0) {
		/* the value the kernel overwrites; the attribute is shown after the call */
		uint32_t v = 0;
		if (c->arg[1] && (uint32_t)c->arg[2] >= (unsigned)t->inout + 4)
			mem_read(c->mem, c->arg[1] + (unsigned)t->inout, &v, sizeof(v));
		memset(c->priv, 0, sizeof(c->priv));
		c->priv[0] = v;
		uint64_t info = 0;
		if (cmd == BPF_OBJ_GET_INFO_BY_FD_ && c->verbose && (uint32_t)c->arg[2] >= 16 &&
		    mem_read(c->mem, c->arg[1] + 8, &info, sizeof(info)) == 0)
			info_save(c, info, v);   /* the counts a bpf_prog_info asks for */
		c->pending = true;
		return;
	}
	if (cmd == BPF_LINK_CREATE_)
		add_arg(c, mk_link_create(c, c->arg[1], (uint32_t)c->arg[2]));
	else
		add_arg(c, t ? mk_bpf_attr(c, t, c->arg[1], (uint32_t)c->arg[2]) : mk_ptr(c, c->arg[1]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[2]));
	/* the calls that make a descriptor return it */
	switch (cmd) {
	case BPF_MAP_CREATE_: case BPF_PROG_LOAD_: case BPF_OBJ_GET_: case BPF_PROG_GET_FD_BY_ID_:
	case BPF_MAP_GET_FD_BY_ID_: case BPF_BTF_GET_FD_BY_ID_: case BPF_LINK_GET_FD_BY_ID_:
	case BPF_RAW_TRACEPOINT_OPEN_: case BPF_BTF_LOAD_: case BPF_LINK_CREATE_:
		c->retfmt = RET_FD;
		break;
	}
}

static const struct decoder bpf_decoders[] = {
	/*
	 * the attribute: -s bytes of it, the 72 of a map's (also after the call,
	 * for OBJ_GET_INFO_BY_FD and PROG_QUERY), 160 for a program load's;
	 * a longer one reads as its address
	 */
	DECODE(bpf, dec_bpf, CAP_IBUF(1, 2), CAP_INOUT(1, 72), CAP_IN(1, 160)),
};

DECODER_TABLE(bpf, bpf_decoders);
