// SPDX-License-Identifier: GPL-2.0
/*
 * bpffloor.bpf.c - the floor under any BPF syscall tracer: empty programs on
 * both raw_syscalls tracepoints, three ways to attach them (a classic
 * tracepoint, a raw tracepoint, a BTF-typed raw tracepoint as sctrace's
 * backend uses).  bench/bpffloor.c loads and attaches one pair.
 */
#include "vmlinux.h"
#include <bpf/bpf_helpers.h>

char LICENSE[] SEC("license") = "GPL";

SEC("tracepoint/raw_syscalls/sys_enter")
int tp_enter(void *ctx)
{
	return 0;
}

SEC("tracepoint/raw_syscalls/sys_exit")
int tp_exit(void *ctx)
{
	return 0;
}

SEC("raw_tp/sys_enter")
int raw_enter(void *ctx)
{
	return 0;
}

SEC("raw_tp/sys_exit")
int raw_exit(void *ctx)
{
	return 0;
}

SEC("tp_btf/sys_enter")
int btf_enter(void *ctx)
{
	return 0;
}

SEC("tp_btf/sys_exit")
int btf_exit(void *ctx)
{
	return 0;
}

/*
 * --tp-btf-clock: the same, plus one clock read in each: what timing a
 * syscall (-c, -T) costs at the least, on top of the floor
 */
__u64 clock_sum[64];

SEC("tp_btf/sys_enter")
int clk_enter(void *ctx)
{
	clock_sum[bpf_get_smp_processor_id() & 63] -= bpf_ktime_get_ns();
	return 0;
}

SEC("tp_btf/sys_exit")
int clk_exit(void *ctx)
{
	clock_sum[bpf_get_smp_processor_id() & 63] += bpf_ktime_get_ns();
	return 0;
}
