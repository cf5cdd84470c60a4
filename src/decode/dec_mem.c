/*
 * dec_mem.c - decoders for memory management: mmap and friends, brk,
 * madvise, mlock*, memfd_create, membarrier, NUMA policies (mbind,
 * set/get_mempolicy, migrate/move_pages) and protection keys.
 */
#include "decode.h"

#include <stdint.h>
#include <string.h>
#include <sys/uio.h>

#define MAP_TYPE_MASK   0xfu
#define MAP_HUGE_SHIFT_ 26
#define MPOL_FLAG_BITS  0xe000u

static struct value *mk_prot(struct dctx *c, uint64_t prot)
{
	return mk_flags(c, prot, &xlat_mmap_prot);
}

/* "N<<MAP_HUGE_SHIFT" for the page-size bits 26..31 of mmap/memfd flags */
static struct value *mk_huge_shift(struct dctx *c, uint32_t flags, const char *shift)
{
	return v_sym(c->a, arena_printf(c->a, "%u<<%s", flags >> MAP_HUGE_SHIFT_, shift),
		     flags >> MAP_HUGE_SHIFT_);
}

/* mmap flags: the mapping type, the other flags, then the huge page size. */
static struct value *mk_mmap_flags(struct dctx *c, uint64_t reg)
{
	uint32_t flags = (uint32_t)reg;   /* -X raw prints the whole register */
	struct value *v = v_list(c->a, V_OR);
	v_add(v, mk_enum(c, flags & MAP_TYPE_MASK, &xlat_mmap_types));
	uint32_t rest = flags & ~MAP_TYPE_MASK & ((1u << MAP_HUGE_SHIFT_) - 1);
	if (rest)
		v_add(v, v_flags(c->a, rest, &xlat_mmap_flags, NF_HEX));
	if (flags >> MAP_HUGE_SHIFT_)
		v_add(v, mk_huge_shift(c, flags, "MAP_HUGE_SHIFT"));
	return v_whole(v, reg, NF_HEX);
}

static void dec_mmap(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ptr(c, c->arg[0]));
	add_arg(c, mk_uint(c, c->arg[1]));
	add_arg(c, mk_prot(c, c->arg[2]));
	add_arg(c, mk_mmap_flags(c, c->arg[3]));
	add_arg(c, mk_fd(c, (int)c->arg[4]));
	add_arg(c, mk_hex(c, c->arg[5]));
}

static void dec_remap_file_pages(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ptr(c, c->arg[0]));
	add_arg(c, mk_uint(c, c->arg[1]));
	add_arg(c, mk_prot(c, c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[3]));
	add_arg(c, mk_mmap_flags(c, c->arg[4]));
}

#define CAPOF_prot CAPOF_NONE
static struct value *arg_prot(struct dctx *c, int i, const void *d)
{
	(void)d;
	return mk_prot(c, c->arg[i]);
}

static void dec_process_madvise(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_iovec(c, c->arg[1], c->arg[2], 0, false));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_enum(c, (uint32_t)c->arg[3], &xlat_madvise_advice));
	add_arg(c, mk_hex(c, (uint32_t)c->arg[4]));
}

static void dec_mremap(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ptr(c, c->arg[0]));
	add_arg(c, mk_uint(c, c->arg[1]));
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_flags(c, c->arg[3], &xlat_mremap_flags));
	if (c->arg[3] & 2)   /* MREMAP_FIXED */
		add_arg(c, mk_ptr(c, c->arg[4]));
}

/* mincore: one byte per page of [addr, addr+len), written by the kernel */
static void dec_mincore(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_ptr(c, c->arg[0]));
		add_arg(c, mk_uint(c, c->arg[1]));
		c->pending = true;
		return;
	}
	uint64_t addr = c->arg[2];
	uint64_t pages = (c->arg[1] + 4095) / 4096;
	if (failed(c) || !addr) {
		add_arg(c, mk_ptr(c, addr));
		return;
	}
	uint64_t n = pages < c->opt->strsize ? pages : c->opt->strsize;
	uint8_t *buf = arena_alloc(c->a, n + 1);
	if (n && mem_read(c->mem, addr, buf, n) != 0) {
		add_arg(c, mk_ptr(c, addr));
		return;
	}
	struct value *arr = v_list(c->a, V_ARRAY);
	for (uint64_t i = 0; i < n; i++)
		v_add(arr, mk_uint(c, buf[i]));
	if (pages > n)
		v_add(arr, v_ellipsis(c->a));
	add_arg(c, arr);
}

/* memfd_create flags: known flags, unknown bits, then MFD_HUGE_* size */
static void dec_memfd_create(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_cstrn(c, c->arg[0], 250));   /* NAME_MAX less "memfd:", and the NUL */
	uint32_t flags = c->arg[1];
	uint32_t low = flags & ((1u << MAP_HUGE_SHIFT_) - 1);
	/* one number under -X, even without a page size: 0x100 / * 0x100 / * MFD_??? * / * /;
	   but no flags at all are a plain 0 */
	if (!(flags >> MAP_HUGE_SHIFT_)) {
		struct value *f = mk_flags(c, flags, &xlat_memfd_flags);
		add_arg(c, flags ? v_whole(f, flags, NF_HEX) : f);
		return;
	}
	struct value *v = v_list(c->a, V_OR);
	if (low)
		v_add(v, v_flags(c->a, low, &xlat_memfd_flags, NF_HEX));
	if (flags >> MAP_HUGE_SHIFT_)
		v_add(v, mk_huge_shift(c, flags, "MFD_HUGE_SHIFT"));
	add_arg(c, v_whole(v, flags, NF_HEX));
}

static void dec_membarrier(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_membarrier_cmds));
		add_arg(c, mk_flags(c, (uint32_t)c->arg[1], &xlat_membarrier_flags));
		if (c->arg[1] & 1)   /* MEMBARRIER_CMD_FLAG_CPU */
			add_arg(c, mk_int(c, (int)c->arg[2]));
		return;
	}
	if (!failed(c) && (uint32_t)c->arg[0] == 0) {  /* QUERY: a set of commands */
		c->retfmt = RET_HEX;
		if (c->rval)
			c->ret_aux = mk_flags(c, (uint64_t)c->rval, &xlat_membarrier_cmds);
	}
}

/* ---- NUMA ---- */

/* A memory policy mode: MPOL_BIND|MPOL_F_STATIC_NODES */
static struct value *mk_mpol_mode(struct dctx *c, uint64_t mode)
{
	const char *name = xlat_name(&xlat_mpol_modes, mode & ~(uint64_t)MPOL_FLAG_BITS);
	if (!name)
		return mk_flags(c, mode, &xlat_mpol_mode_flags);
	struct value *v = v_list(c->a, V_OR);
	v_add(v, v_sym(c->a, name, mode & ~(uint64_t)MPOL_FLAG_BITS));
	if (mode & MPOL_FLAG_BITS)
		v_add(v, mk_flags(c, mode & MPOL_FLAG_BITS, &xlat_mpol_mode_flags));
	return v_whole(v, mode, NF_HEX);
}

static struct value *nodemask_word(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	uint64_t w;
	memcpy(&w, e, 8);
	/* "%#016lx": 0 has no 0x prefix */
	return v_sym(c->a, w ? arena_printf(c->a, "%#016llx", (unsigned long long)w) : "0000000000000000", w);
}

/* A node mask of maxnode-1 bits, printed as an array of longs. */
static struct value *mk_nodemask(struct dctx *c, uint64_t addr, uint64_t maxnode)
{
	if (!addr)
		return mk_ptr(c, 0);
	if (maxnode == 0)
		return v_list(c->a, V_ARRAY);
	uint64_t nlongs = (maxnode + 62) / 64;
	if (nlongs == 0)
		return mk_ptr(c, addr);
	return mk_array(c, addr, nlongs, 8, nodemask_word, NULL);
}

static void dec_mbind(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_ptr(c, c->arg[0]));
	add_arg(c, mk_uint(c, c->arg[1]));
	add_arg(c, mk_mpol_mode(c, c->arg[2]));
	add_arg(c, mk_nodemask(c, c->arg[3], c->arg[4]));
	add_arg(c, mk_uint(c, c->arg[4]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[5], &xlat_mpol_mf_flags));
}

static void dec_set_mempolicy(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_mpol_mode(c, (uint32_t)c->arg[0]));
	add_arg(c, mk_nodemask(c, c->arg[1], c->arg[2]));
	add_arg(c, mk_uint(c, c->arg[2]));
}

static void dec_get_mempolicy(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	int mode;
	struct value *fb;
	if (failed(c)) {
		add_arg(c, mk_ptr(c, c->arg[0]));
		add_arg(c, c->arg[1] && !c->arg[2] ? v_list(c->a, V_ARRAY) : mk_ptr(c, c->arg[1]));
	} else {
		if (fetch(c, c->arg[0], &mode, sizeof(mode), &fb)) {
			fb = v_list(c->a, V_ARRAY);
			v_add(fb, mk_enum(c, (uint32_t)mode, &xlat_mpol_modes));
		}
		add_arg(c, fb);
		add_arg(c, mk_nodemask(c, c->arg[1], c->arg[2]));
	}
	add_arg(c, mk_uint(c, c->arg[2]));
	add_arg(c, mk_ptr(c, c->arg[3]));
	add_arg(c, mk_flags(c, c->arg[4], &xlat_mpol_get_flags));
}

static void dec_migrate_pages(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_pid(c, (int)c->arg[0]));
	add_arg(c, mk_uint(c, c->arg[1]));
	add_arg(c, mk_nodemask(c, c->arg[2], c->arg[1]));
	add_arg(c, mk_nodemask(c, c->arg[3], c->arg[1]));
}

/* move_pages arrays: pages (pointers), nodes (ints), status (ints or -ERRNO) */
static struct value *mp_elem(struct dctx *c, const void *e, void *ud)
{
	int kind = (int)(intptr_t)ud;
	if (kind == 0) {
		uint64_t w;
		memcpy(&w, e, 8);
		return mk_ptr(c, w);
	}
	int32_t s;
	memcpy(&s, e, 4);
	const char *en = kind == 2 && s < 0 && s > -4096 ? errno_name(-s) : NULL;
	return en ? v_const(c->a, arena_printf(c->a, "-%s", en), (uint64_t)(int64_t)s, NF_DEC) : mk_int(c, s);
}

/* An array of n elements at addr: pointers (kind 0) or ints. */
static struct value *mk_mp_array(struct dctx *c, uint64_t addr, uint64_t n, int kind)
{
	return mk_array(c, addr, n, kind == 0 ? 8 : 4, mp_elem, (void *)(intptr_t)kind);
}

static void dec_move_pages(struct dctx *c)
{
	uint64_t n = c->arg[1];
	if (!c->exiting) {
		add_arg(c, mk_pid(c, (int)c->arg[0]));
		add_arg(c, mk_uint(c, n));
		add_arg(c, mk_mp_array(c, c->arg[2], n, 0));
		add_arg(c, mk_mp_array(c, c->arg[3], n, 1));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) ? mk_ptr(c, c->arg[4]) : mk_mp_array(c, c->arg[4], n, 2));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[5], &xlat_move_pages_flags));
}

static const struct decoder mem_decoders[] = {
	DECODE_R(mmap, dec_mmap, RET_HEX),
	SIGNATURE(mprotect, ARG(ptr), ARG(ulong), ARG(prot)),
	SIGNATURE(pkey_mprotect, ARG(ptr), ARG(ulong), ARG(prot), ARG(int)),
	SIGNATURE(munmap, ARG(ptr), ARG(ulong)),
	SIGNATURE_R(brk, RET_HEX, ARG(ptr)),
	SIGNATURE(madvise, ARG(ptr), ARG(ulong), ARGX(enum, madvise_advice)),
	/* the iovec array only: the data is not shown */
	DECODE(process_madvise, dec_process_madvise, CAP_ARRAY(1, CAPP_ENTRY, 2, sizeof(struct iovec))),
	DECODE_R(mremap, dec_mremap, RET_HEX),
	SIGNATURE(msync, ARG(ptr), ARG(ulong), ARGX(flags, msync_flags)),
	/* one byte a page, up to -s: len, in bytes, over-counts the pages */
	DECODE(mincore, dec_mincore, CAP_OBUF(2, 1)),
	SIGNATURE(mlock, ARG(ptr), ARG(ulong)),
	SIGNATURE(mlock2, ARG(ptr), ARG(ulong), ARGX(flags, mlock2_flags)),
	SIGNATURE(munlock, ARG(ptr), ARG(ulong)),
	SIGNATURE(mlockall, ARGX(flags, mlockall_flags)),
	SIGNATURE(munlockall),
	DECODE(remap_file_pages, dec_remap_file_pages),
	/* a name of up to 255 bytes whatever -s says: a path's limit covers it */
	DECODE_R(memfd_create, dec_memfd_create, RET_FD, CAP_PATH(0)),
	SIGNATURE_R(memfd_secret, RET_FD, ARGX(flags, memfd_secret_flags)),
	DECODE(membarrier, dec_membarrier),
	/* node masks: maxnode - 1 bits in longs, within maxnode bits */
	DECODE(mbind, dec_mbind, CAP_BITS(3, CAPP_ENTRY, 4)),
	DECODE(set_mempolicy, dec_set_mempolicy, CAP_BITS(1, CAPP_ENTRY, 2)),
	DECODE(get_mempolicy, dec_get_mempolicy, CAP_OUT(0, sizeof(int)), CAP_BITS(1, CAPP_EXIT, 2)),
	SIGNATURE(set_mempolicy_home_node, ARG(ptr), ARG(ulong), ARG(ulong), ARG(hex)),
	DECODE(migrate_pages, dec_migrate_pages, CAP_BITS(2, CAPP_ENTRY, 1), CAP_BITS(3, CAPP_ENTRY, 1)),
	/* pages (pointers) and nodes (ints) at entry, status (ints) at exit */
	DECODE(move_pages, dec_move_pages, CAP_ARRAY(2, CAPP_ENTRY, 1, sizeof(uint64_t)),
	       CAP_ARRAY(3, CAPP_ENTRY, 1, sizeof(int32_t)), CAP_ARRAY(4, CAPP_EXIT, 1, sizeof(int32_t))),
	SIGNATURE(pkey_alloc, ARG(hex), ARGX(flags64, pkey_access)),
	SIGNATURE(pkey_free, ARG(int)),
};

DECODER_TABLE(mem, mem_decoders);
