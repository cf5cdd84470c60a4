/*
 * dec_bpf_info.c - bpf(2) calls whose -v decoding goes deeper than the
 * attribute: BPF_OBJ_GET_INFO_BY_FD on a map and on programs (struct
 * bpf_map_info and bpf_prog_info, for several info_len, with the counts
 * and arrays a caller passes in), the instructions of BPF_PROG_LOAD
 * (known, unknown and JMP32 codes), *_GET_NEXT_ID (the id the kernel
 * stores back) and attributes longer than a command uses.  Needs
 * CAP_BPF; every object goes away with the process.
 */
#include <linux/bpf.h>
#include <stdint.h>
#include <string.h>
#include <sys/syscall.h>
#include <unistd.h>

static long bpf(int cmd, void *attr, unsigned size)
{
	return syscall(SYS_bpf, cmd, attr, size);
}

static uint8_t info[512];

static void get_info(int fd, unsigned len)
{
	union bpf_attr a;
	memset(&a, 0, sizeof(a));
	a.info.bpf_fd = fd;
	a.info.info_len = len;
	a.info.info = (uintptr_t)info;
	bpf(BPF_OBJ_GET_INFO_BY_FD, &a, 16);
}

static int load(const struct bpf_insn *insns, unsigned n, const char *name)
{
	union bpf_attr a;
	memset(&a, 0, sizeof(a));
	a.prog_type = BPF_PROG_TYPE_SOCKET_FILTER;
	a.insn_cnt = n;
	a.insns = (uintptr_t)insns;
	a.license = (uintptr_t)"GPL";
	strncpy(a.prog_name, name, sizeof(a.prog_name) - 1);
	return (int)bpf(BPF_PROG_LOAD, &a, 72);
}

int main(void)
{
	union bpf_attr a;
	memset(&a, 0, sizeof(a));
	a.map_type = BPF_MAP_TYPE_ARRAY;
	a.key_size = 4;
	a.value_size = 8;
	a.max_entries = 3;
	strcpy(a.map_name, "dbi_map");
	int map = (int)bpf(BPF_MAP_CREATE, &a, 72);
	static const unsigned map_lens[] = { 0, 4, 16, 24, 25, 40, 41, 64, 65, 88, 200 };
	for (unsigned i = 0; i < sizeof(map_lens) / sizeof(map_lens[0]); i++) {
		memset(info, 0, sizeof(info));
		get_info(map, map_lens[i]);
	}

	/* a program without maps (its translated code is the same every run), one with */
	struct bpf_insn plain[] = {
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 7 },
		{ .code = BPF_ALU64 | BPF_ADD | BPF_K, .dst_reg = 0, .imm = -1 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	struct bpf_insn withmap[] = {
		{ .code = BPF_LD | BPF_DW | BPF_IMM, .dst_reg = 1, .src_reg = BPF_PSEUDO_MAP_FD, .imm = map },
		{ 0 },
		{ .code = BPF_ALU64 | BPF_MOV | BPF_K, .dst_reg = 0, .imm = 0 },
		{ .code = BPF_JMP | BPF_EXIT },
	};
	int p1 = load(plain, 3, "dbi_plain");
	int p2 = load(withmap, 4, "dbi_map_user");
	static const unsigned prog_lens[] = { 8, 40, 41, 80, 81, 104, 105, 128, 129, 192, 193, 208, 209, 216, 217, 400 };
	for (unsigned i = 0; i < sizeof(prog_lens) / sizeof(prog_lens[0]); i++) {
		memset(info, 0, sizeof(info));
		get_info(p1, prog_lens[i]);
	}
	/* the arrays asked for: translated code of the plain one, map ids of the other */
	static uint8_t xlated[4096];
	static uint32_t ids[4];
	static uint64_t ksyms[4];
	static uint32_t lens[4];
	struct bpf_prog_info *pi = (struct bpf_prog_info *)info;
	memset(info, 0, sizeof(info));
	pi->xlated_prog_len = sizeof(xlated);
	pi->xlated_prog_insns = (uintptr_t)xlated;
	pi->nr_jited_ksyms = 4;
	pi->jited_ksyms = (uintptr_t)ksyms;
	pi->nr_jited_func_lens = 4;
	pi->jited_func_lens = (uintptr_t)lens;
	get_info(p1, sizeof(*pi));
	memset(info, 0, sizeof(info));
	pi->nr_map_ids = 4;
	pi->map_ids = (uintptr_t)ids;
	get_info(p2, sizeof(*pi));
	memset(info, 0, sizeof(info));
	pi->nr_map_ids = 1;
	pi->map_ids = (uintptr_t)ids;
	get_info(p2, 100);

	/* instruction codes strace names and those it does not (refused by the verifier) */
	struct bpf_insn odd[] = {
		{ .code = BPF_ALU | BPF_ADD | BPF_X, .dst_reg = 2, .src_reg = 3, .off = -7, .imm = -1 },
		{ .code = BPF_LDX | BPF_MEM | BPF_B, .dst_reg = 10, .src_reg = 11, .off = 12, .imm = 255 },
		{ .code = BPF_ST | BPF_MEM | BPF_H, .dst_reg = 15, .imm = -100 },
		{ .code = BPF_STX | BPF_ATOMIC | BPF_DW, .dst_reg = 1, .src_reg = 2, .imm = BPF_ADD },
		{ .code = BPF_JMP32 | BPF_JEQ | BPF_K, .dst_reg = 1, .off = 2, .imm = 0x12345678 },
		{ .code = BPF_JMP32 },
		{ .code = BPF_JMP | BPF_CALL, .imm = 14 },
		{ .code = BPF_LD | BPF_ABS | BPF_W, .imm = 4 },
		{ .code = 0xff, .dst_reg = 1 },
		{ .code = BPF_ALU | BPF_END | BPF_TO_BE, .imm = 16 },
		{ .code = BPF_JMP | 0xe0, .imm = 16 },
		{ .code = BPF_LDX | 0x80 | BPF_W },
		{ .code = BPF_JMP | BPF_JSLE | BPF_X, .off = -1 },
	};
	load(odd, sizeof(odd) / sizeof(odd[0]), "dbi_odd");
	load((const struct bpf_insn *)1, 2, "dbi_fault");

	/* ids the kernel stores back, and a start past every id */
	memset(&a, 0, sizeof(a));
	bpf(BPF_MAP_GET_NEXT_ID, &a, 12);
	memset(&a, 0, sizeof(a));
	bpf(BPF_PROG_GET_NEXT_ID, &a, 12);
	memset(&a, 0, sizeof(a));
	a.start_id = 0x7ffffff0;
	bpf(BPF_MAP_GET_NEXT_ID, &a, 12);

	/* attributes longer than the command's part: zeros, then a non-zero byte */
	uint8_t big[128];
	memset(big, 0, sizeof(big));
	bpf(BPF_MAP_FREEZE, big, 128);
	big[100] = 1;
	big[101] = 'A';
	bpf(BPF_MAP_FREEZE, big, 128);
	bpf(BPF_MAP_FREEZE, big, 102);
	return 0;
}
