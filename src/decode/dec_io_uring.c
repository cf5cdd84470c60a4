/*
 * dec_io_uring.c - io_uring: io_uring_setup, io_uring_enter, and
 * io_uring_register's argument as each opcode has it (iovecs, descriptors,
 * the resource register/update structs, buffer rings, restrictions, the
 * opcode probe, the io-wq CPU mask and worker counts).
 */
#include "decode.h"
#include "dec_process.h"

#include <linux/io_uring.h>
#include <string.h>

/* io_uring_enter(fd, to_submit, min_complete, flags, sig, sigsz) */
static void dec_io_uring_enter(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[1]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[2]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[3], &xlat_io_uring_enter_flags));
	add_arg(c, mk_sigset_at(c, c->arg[4], c->arg[5]));
	add_arg(c, mk_uint(c, c->arg[5]));
}

/* ---- io_uring_register(fd, opcode, arg, nr_args): arg as the opcode has it ---- */

static struct value *iour_fd_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	int32_t fd;
	memcpy(&fd, e, sizeof(fd));
	return mk_fd(c, fd);
}

/* FILES_UPDATE's descriptors: IORING_REGISTER_FILES_SKIP keeps a slot as it is */
static struct value *iour_upd_fd_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	int32_t fd;
	memcpy(&fd, e, sizeof(fd));
	const char *n = xlat_name(&xlat_io_uring_file_specials, (uint64_t)(int64_t)fd);
	return n ? v_const(c->a, n, (uint64_t)(int64_t)fd, NF_DEC) : mk_fd(c, fd);
}

static struct value *iour_tag_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	uint64_t t;
	memcpy(&t, e, sizeof(t));
	return mk_hex(c, t);
}

/* the data of a resource table: iovecs for buffers, descriptors for files */
static struct value *iour_rsrc_data(struct dctx *c, uint64_t addr, uint32_t nr, bool bufs, bool skip)
{
	if (bufs)
		return mk_iovec(c, addr, nr, 0, false);
	return mk_array(c, addr, nr, sizeof(int32_t), skip ? iour_upd_fd_elem : iour_fd_elem, NULL);
}

/* struct io_uring_rsrc_register (BUFFERS2, FILES2): nr, flags, resv2, data, tags; size is nr_args */
static struct value *iour_rsrc_register(struct dctx *c, uint64_t addr, uint32_t size, bool bufs)
{
	unsigned char b[32];
	struct value *fb;
	if (size < sizeof(b) || !fetch(c, addr, b, sizeof(b), &fb))
		return mk_ptr(c, addr);
	uint32_t nr, flags;
	uint64_t resv2, data, tags;
	memcpy(&nr, b, 4);
	memcpy(&flags, b + 4, 4);
	memcpy(&resv2, b + 8, 8);
	memcpy(&data, b + 16, 8);
	memcpy(&tags, b + 24, 8);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "nr", mk_uint(c, nr));
	v_field(s, "flags", mk_flags(c, flags, &xlat_io_uring_rsrc_flags));
	if (resv2)
		v_field(s, "resv2", mk_hex(c, resv2));
	v_field(s, "data", iour_rsrc_data(c, data, nr, bufs, false));
	v_field(s, "tags", mk_array(c, tags, nr, 8, iour_tag_elem, NULL));
	add_struct_tail(c, s, addr, sizeof(b), size);
	return s;
}

/* struct io_uring_rsrc_update2 (BUFFERS_UPDATE, FILES_UPDATE2): offset, resv, data, tags, nr, resv2 */
static struct value *iour_rsrc_update2(struct dctx *c, uint64_t addr, uint32_t size, bool bufs)
{
	unsigned char b[32];
	struct value *fb;
	if (size < sizeof(b) || !fetch(c, addr, b, sizeof(b), &fb))
		return mk_ptr(c, addr);
	uint32_t off, resv, nr, resv2;
	uint64_t data, tags;
	memcpy(&off, b, 4);
	memcpy(&resv, b + 4, 4);
	memcpy(&data, b + 8, 8);
	memcpy(&tags, b + 16, 8);
	memcpy(&nr, b + 24, 4);
	memcpy(&resv2, b + 28, 4);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "offset", mk_uint(c, off));
	if (resv)
		v_field(s, "resv", mk_hex(c, resv));
	v_field(s, "data", iour_rsrc_data(c, data, nr, bufs, true));
	v_field(s, "tags", mk_array(c, tags, nr, 8, iour_tag_elem, NULL));
	v_field(s, "nr", mk_uint(c, nr));
	if (resv2)
		v_field(s, "resv2", mk_hex(c, resv2));
	add_struct_tail(c, s, addr, sizeof(b), size);
	return s;
}

/* struct io_uring_files_update (FILES_UPDATE): offset, resv, fds (nr_args of them) */
static struct value *iour_files_update(struct dctx *c, uint64_t addr, uint32_t nr)
{
	unsigned char b[16];
	struct value *fb;
	if (!fetch(c, addr, b, sizeof(b), &fb))
		return fb;
	uint32_t off, resv;
	uint64_t fds;
	memcpy(&off, b, 4);
	memcpy(&resv, b + 4, 4);
	memcpy(&fds, b + 8, 8);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "offset", mk_uint(c, off));
	if (resv)
		v_field(s, "resv", mk_hex(c, resv));
	v_field(s, "fds", mk_array(c, fds, nr, sizeof(int32_t), iour_upd_fd_elem, NULL));
	return s;
}

/* RING_FDS: struct io_uring_rsrc_update {offset, resv, data}; registering, the
 * offset is a slot (-1: any) and data a descriptor; unregistering, data is
 * unused (shown only when set) */
static struct value *iour_ring_fd_elem(struct dctx *c, const void *e, void *ud)
{
	bool reg = ud != NULL;
	uint32_t off, resv;
	uint64_t data;
	memcpy(&off, e, 4);
	memcpy(&resv, (const char *)e + 4, 4);
	memcpy(&data, (const char *)e + 8, 8);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "offset", reg && off == UINT32_MAX ? mk_int(c, -1) : mk_uint(c, off));
	if (resv)
		v_field(s, "resv", mk_hex(c, resv));
	if (reg)
		v_field(s, "data", mk_fd(c, (int32_t)data));
	else if (data)
		v_field(s, "data", mk_hex(c, data));
	return s;
}

/* RESTRICTIONS: struct io_uring_restriction {u16 opcode; u8 op (a register
 * opcode, an SQE opcode or SQE flags, by opcode); u8 resv; u32 resv2[3]} */
static struct value *iour_restriction_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	const unsigned char *b = e;
	uint16_t opcode;
	uint32_t resv2[3];
	memcpy(&opcode, b, 2);
	memcpy(resv2, b + 4, sizeof(resv2));
	struct value *s = v_list(c->a, V_STRUCT);
	struct value *ov = v_field(s, "opcode", mk_enum(c, opcode, &xlat_io_uring_restrictions));
	switch (opcode) {
	case IORING_RESTRICTION_REGISTER_OP:
		v_field(s, "register_op", mk_enum(c, b[2], &xlat_io_uring_register_ops));
		break;
	case IORING_RESTRICTION_SQE_OP:
		v_field(s, "sqe_op", mk_enum(c, b[2], &xlat_io_uring_ops));
		break;
	case IORING_RESTRICTION_SQE_FLAGS_ALLOWED:
	case IORING_RESTRICTION_SQE_FLAGS_REQUIRED:
		v_field(s, "sqe_flags", mk_flags(c, b[2], &xlat_io_uring_sqe_flags));
		break;
	default:   /* the op byte of an unknown restriction: a comment */
		v_comment(ov, b[2] ? arena_printf(c->a, "op: %#x", b[2]) : "op: 0");
	}
	if (b[3])
		v_field(s, "resv", mk_hex(c, b[3]));
	if (resv2[0] | resv2[1] | resv2[2]) {
		struct value *r = v_list(c->a, V_ARRAY);
		for (int i = 0; i < 3; i++)
			v_add(r, mk_hex(c, resv2[i]));
		v_field(s, "resv2", r);
	}
	return s;
}

/* struct io_uring_buf_reg: ring_addr, ring_entries, bgid, pad, resv[3] */
static struct value *iour_buf_reg(struct dctx *c, uint64_t addr)
{
	unsigned char b[40];
	struct value *fb;
	if (!fetch(c, addr, b, sizeof(b), &fb))
		return fb;
	uint64_t ring, resv[3];
	uint32_t entries;
	uint16_t bgid, pad;
	memcpy(&ring, b, 8);
	memcpy(&entries, b + 8, 4);
	memcpy(&bgid, b + 12, 2);
	memcpy(&pad, b + 14, 2);
	memcpy(resv, b + 16, sizeof(resv));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "ring_addr", mk_ptr(c, ring));
	v_field(s, "ring_entries", mk_uint(c, entries));
	v_field(s, "bgid", mk_uint(c, bgid));
	if (pad)
		v_field(s, "pad", mk_hex(c, pad));
	if (resv[0] | resv[1] | resv[2]) {
		struct value *r = v_list(c->a, V_ARRAY);
		for (int i = 0; i < 3; i++)
			v_add(r, mk_hex(c, resv[i]));
		v_field(s, "resv", r);
	}
	return s;
}


/* ---- IORING_REGISTER_PROBE: struct io_uring_probe {u8 last_op, ops_len; u16 resv;
 * u32 resv2[3]; struct io_uring_probe_op {u8 op, resv; u16 flags; u32 resv2} ops[]} ---- */

#define IOUR_PROBE_HDR 16
#define IOUR_PROBE_OP 8
#define IOUR_PROBE_MAX 4096   /* more ops than that: not read */

static struct value *iour_probe_op_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	const unsigned char *b = e;
	uint16_t flags;
	uint32_t resv2;
	memcpy(&flags, b + 2, 2);
	memcpy(&resv2, b + 4, 4);
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "op", v_enum(c->a, b[0], &xlat_io_uring_ops, NF_UDEC));
	if (b[1])
		v_field(s, "resv", mk_hex(c, b[1]));
	v_field(s, "flags", mk_flags(c, flags, &xlat_io_uring_probe_op_flags));
	if (resv2)
		v_field(s, "resv2", mk_hex(c, resv2));
	return s;
}

/* the probe with nops of its ops (and "..." when the kernel says it has more) */
static struct value *iour_probe(struct dctx *c, uint64_t addr, uint32_t nops, bool more)
{
	unsigned char b[IOUR_PROBE_HDR];
	struct value *fb;
	if (!fetch(c, addr, b, sizeof(b), &fb))
		return fb;
	uint16_t resv;
	uint32_t resv2[3];
	memcpy(&resv, b + 2, 2);
	memcpy(resv2, b + 4, sizeof(resv2));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "last_op", v_enum(c->a, b[0], &xlat_io_uring_ops, NF_UDEC));
	v_field(s, "ops_len", mk_uint(c, b[1]));
	if (resv)
		v_field(s, "resv", mk_hex(c, resv));
	if (resv2[0] | resv2[1] | resv2[2]) {
		struct value *r = v_list(c->a, V_ARRAY);
		for (int i = 0; i < 3; i++)
			v_add(r, mk_hex(c, resv2[i]));
		v_field(s, "resv2", r);
	}
	struct value *ops = mk_array(c, addr + IOUR_PROBE_HDR, nops, IOUR_PROBE_OP, iour_probe_op_elem, NULL);
	if (more && ops->kind == V_ARRAY && (!ops->list.last || ops->list.last->kind != V_ELLIPSIS))
		v_add(ops, v_ellipsis(c->a));
	v_field(s, "ops", ops);
	return s;
}

/*
 * At entry the probe is read whole (its header and nr ops): unreadable, its
 * address; all zero, as the kernel wants it, nothing (*later: it is shown at
 * exit); otherwise what the program put there (*later: and at exit, after
 * " => ", what the kernel wrote).
 */
static struct value *iour_probe_entry(struct dctx *c, uint64_t addr, uint32_t nr, bool *later)
{
	if (!addr || nr > IOUR_PROBE_MAX)
		return mk_ptr(c, addr);
	size_t len = IOUR_PROBE_HDR + (size_t)nr * IOUR_PROBE_OP;
	unsigned char *b = arena_alloc(c->a, len);
	if (mem_read(c->mem, addr, b, len) != 0)
		return mk_ptr(c, addr);
	*later = true;
	for (size_t i = 0; i < len; i++)
		if (b[i])
			return iour_probe(c, addr, nr, false);
	return NULL;
}

/* what the kernel wrote: ops_len of the nr ops */
static struct value *iour_probe_exit(struct dctx *c, uint64_t addr, uint32_t nr)
{
	uint8_t hdr[2];
	if (mem_read(c->mem, addr, hdr, sizeof(hdr)) != 0)
		return mk_ptr(c, addr);
	return iour_probe(c, addr, hdr[1] < nr ? hdr[1] : nr, hdr[1] > nr);
}

/* ---- IORING_REGISTER_IOWQ_MAX_WORKERS: u32 [IO_WQ_BOUND], [IO_WQ_UNBOUND] ---- */

/* the counts, each named by its index; *whole when all nr of them were read */
static struct value *iour_max_workers(struct dctx *c, uint64_t addr, uint32_t nr, bool *whole)
{
	if (!addr)
		return mk_ptr(c, 0);
	struct value *arr = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i < nr; i++) {
		uint32_t w;
		if (mem_read(c->mem, addr + 4 * (uint64_t)i, &w, sizeof(w)) != 0) {
			if (i == 0)
				return mk_ptr(c, addr);
			v_add(arr, mk_ellipsis_at(c, addr + 4 * (uint64_t)i));
			return arr;
		}
		if (i >= array_limit(c)) {
			v_add(arr, v_ellipsis(c->a));
			break;
		}
		v_index(c->a, arr, i, xlat_name(&xlat_io_uring_iowq_types, i),
			xlat_io_uring_iowq_types.unknown, mk_uint(c, w));
	}
	*whole = nr > 0;
	return arr;
}

/*
 * PROBE and IOWQ_MAX_WORKERS are in/out: what the kernel wrote follows at
 * exit (priv[0]: 1 after " => ", 2 in place of an argument not shown at entry)
 */
static void iour_register_exit(struct dctx *c, uint32_t op, uint64_t arg, uint32_t nr)
{
	if (c->priv[0] == 1 && failed(c) && op == IORING_REGISTER_PROBE) {
		add_arg(c, mk_uint(c, nr));
		return;
	}
	struct value *v;
	if (failed(c))
		v = mk_ptr(c, arg);
	else if (op == IORING_REGISTER_PROBE)
		v = iour_probe_exit(c, arg, nr);
	else {
		bool whole = false;
		v = iour_max_workers(c, arg, nr, &whole);
	}
	add_arg(c, v);
	c->exit_continues = c->priv[0] == 1;
	add_arg(c, mk_uint(c, nr));
}

static void dec_io_uring_register(struct dctx *c)
{
	uint32_t op = (uint32_t)c->arg[1], nr = (uint32_t)c->arg[3];
	uint64_t arg = c->arg[2];
	if (c->exiting) {
		if (c->priv[0])
			iour_register_exit(c, op, arg, nr);
		return;
	}
	bool later = false;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_enum(c, op, &xlat_io_uring_register_ops));
	struct value *v;
	switch (op) {
	case IORING_REGISTER_BUFFERS:
		v = mk_iovec(c, arg, nr, 0, false);
		break;
	case IORING_REGISTER_FILES:
	case IORING_REGISTER_EVENTFD:
	case IORING_REGISTER_EVENTFD_ASYNC:
		v = mk_array(c, arg, nr, sizeof(int32_t), iour_fd_elem, NULL);
		break;
	case IORING_REGISTER_BUFFERS2:
	case IORING_REGISTER_FILES2:
		v = iour_rsrc_register(c, arg, nr, op == IORING_REGISTER_BUFFERS2);
		break;
	case IORING_REGISTER_BUFFERS_UPDATE:
	case IORING_REGISTER_FILES_UPDATE2:
		v = iour_rsrc_update2(c, arg, nr, op == IORING_REGISTER_BUFFERS_UPDATE);
		break;
	case IORING_REGISTER_FILES_UPDATE:
		v = iour_files_update(c, arg, nr);
		break;
	case IORING_REGISTER_RING_FDS:
	case IORING_UNREGISTER_RING_FDS:
		v = mk_array(c, arg, nr, 16, iour_ring_fd_elem,
			     op == IORING_REGISTER_RING_FDS ? (void *)1 : NULL);
		break;
	case IORING_REGISTER_RESTRICTIONS:
		v = mk_array(c, arg, nr, 16, iour_restriction_elem, NULL);
		break;
	case IORING_REGISTER_PBUF_RING:
	case IORING_UNREGISTER_PBUF_RING:
		v = iour_buf_reg(c, arg);
		break;
	case IORING_REGISTER_PROBE:
		v = iour_probe_entry(c, arg, nr, &later);
		break;
	case IORING_REGISTER_IOWQ_AFF:
		v = mk_cpuset(c, arg, nr);
		break;
	case IORING_REGISTER_IOWQ_MAX_WORKERS:
		v = iour_max_workers(c, arg, nr, &later);
		break;
	default:
		v = mk_ptr(c, arg);
	}
	if (later) {
		c->priv[0] = v ? 1 : 2;
		c->pending = true;
		c->sep_at_exit = true;
		if (v)
			add_arg(c, v);
		return;
	}
	add_arg(c, v);
	add_arg(c, mk_uint(c, nr));
}

static const struct decoder io_uring_decoders[] = {
	SIGNATURE_R(io_uring_setup, RET_FD, ARG(uint), ARG(ptr)),
	DECODE(io_uring_enter, dec_io_uring_enter, CAP_IN(4, sizeof(uint64_t))),
	/* arg: an iovec array (BUFFERS), descriptors or counts (FILES, EVENTFD*, IOWQ_MAX_WORKERS),
	 * a CPU mask (IOWQ_AFF), a struct (the rest; PROBE's header and first ops at exit too) */
	DECODE(io_uring_register, dec_io_uring_register, CAP_IOV_IN(2, 3),
	       CAP_ARRAY(2, CAPP_ENTRY | CAPP_EXIT, 3, 4), CAP_IBUF(2, 3), CAP_INOUT(2, 40)),
};

DECODER_TABLE(io_uring, io_uring_decoders);
