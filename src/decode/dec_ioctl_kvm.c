/*
 * dec_ioctl_kvm.c - ioctl arguments of KVM (/dev/kvm, VM and vCPU
 * descriptors): capabilities, memory regions, CPUID tables, registers;
 * the requests that create a VM or a vCPU return a descriptor.
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/kvm.h>

IOCTL_FITS(struct kvm_sregs);
IOCTL_FITS(struct kvm_regs);

static struct value *ioh_kvm_memregion(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct kvm_userspace_memory_region r;
	struct value *fb;
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "slot", mk_uint(c, r.slot));
	v_field(s, "flags", mk_flags(c, r.flags, &xlat_ioctl_kvm_mem_flags));
	v_field(s, "guest_phys_addr", mk_hex(c, r.guest_phys_addr));
	v_field(s, "memory_size", mk_uint(c, r.memory_size));
	v_field(s, "userspace_addr", mk_hex(c, r.userspace_addr));
	return s;
}

static struct value *mk_cpuid_entry(struct dctx *c, const void *p, void *ud)
{
	(void)ud;
	const struct kvm_cpuid_entry2 *e = p;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "function", mk_hex(c, e->function));
	v_field(s, "index", mk_hex(c, e->index));
	v_field(s, "flags", mk_flags(c, e->flags, &xlat_ioctl_kvm_cpuid_flags));
	v_field(s, "eax", mk_hex(c, e->eax));
	v_field(s, "ebx", mk_hex(c, e->ebx));
	v_field(s, "ecx", mk_hex(c, e->ecx));
	v_field(s, "edx", mk_hex(c, e->edx));
	return s;
}

static struct value *ioh_kvm_cpuid2(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct kvm_cpuid2 h;
	struct value *fb;
	if (!fetch(c, arg, &h, sizeof(h), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "nent", mk_uint(c, h.nent));
	struct value *e;
	if (!h.nent)
		e = v_list(c->a, V_ARRAY);
	else if (!c->verbose) {
		e = v_list(c->a, V_ARRAY);
		v_add(e, v_ellipsis(c->a));
	} else
		e = mk_array(c, arg + sizeof(h), h.nent, sizeof(struct kvm_cpuid_entry2), mk_cpuid_entry, NULL);
	v_field(s, "entries", e);
	return s;
}

static struct value *mk_kvm_segment(struct dctx *c, const struct kvm_segment *g)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "base", mk_hex(c, g->base));
	v_field(s, "limit", mk_uint(c, g->limit));
	v_field(s, "selector", mk_uint(c, g->selector));
	v_field(s, "type", mk_uint(c, g->type));
	v_field(s, "present", mk_uint(c, g->present));
	v_field(s, "dpl", mk_uint(c, g->dpl));
	v_field(s, "db", mk_uint(c, g->db));
	v_field(s, "s", mk_uint(c, g->s));
	v_field(s, "l", mk_uint(c, g->l));
	v_field(s, "g", mk_uint(c, g->g));
	v_field(s, "avl", mk_uint(c, g->avl));
	return s;
}

static struct value *mk_kvm_dtable(struct dctx *c, const struct kvm_dtable *d)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "base", mk_hex(c, d->base));
	v_field(s, "limit", mk_uint(c, d->limit));
	return s;
}

static struct value *ioh_kvm_sregs(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct kvm_sregs r;
	struct value *fb;
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "cs", mk_kvm_segment(c, &r.cs));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	v_field(s, "ds", mk_kvm_segment(c, &r.ds));
	v_field(s, "es", mk_kvm_segment(c, &r.es));
	v_field(s, "fs", mk_kvm_segment(c, &r.fs));
	v_field(s, "gs", mk_kvm_segment(c, &r.gs));
	v_field(s, "ss", mk_kvm_segment(c, &r.ss));
	v_field(s, "tr", mk_kvm_segment(c, &r.tr));
	v_field(s, "ldt", mk_kvm_segment(c, &r.ldt));
	v_field(s, "gdt", mk_kvm_dtable(c, &r.gdt));
	v_field(s, "idt", mk_kvm_dtable(c, &r.idt));
	v_field(s, "cr0", mk_uint(c, r.cr0));
	v_field(s, "cr2", mk_uint(c, r.cr2));
	v_field(s, "cr3", mk_uint(c, r.cr3));
	v_field(s, "cr4", mk_uint(c, r.cr4));
	v_field(s, "cr8", mk_uint(c, r.cr8));
	v_field(s, "efer", mk_uint(c, r.efer));
	v_field(s, "apic_base", mk_hex(c, r.apic_base));
	struct value *b = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < ARRAY_SIZE(r.interrupt_bitmap); i++)
		v_add(b, mk_hex(c, r.interrupt_bitmap[i]));
	v_field(s, "interrupt_bitmap", b);
	return s;
}

static struct value *ioh_kvm_regs(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct kvm_regs r;
	struct value *fb;
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "rax", mk_hex(c, r.rax));
	if (c->verbose) {
		v_field(s, "rbx", mk_hex(c, r.rbx));
		v_field(s, "rcx", mk_hex(c, r.rcx));
		v_field(s, "rdx", mk_hex(c, r.rdx));
		v_field(s, "rsi", mk_hex(c, r.rsi));
		v_field(s, "rdi", mk_hex(c, r.rdi));
	} else {
		v_add(s, v_ellipsis(c->a));
	}
	v_field(s, "rsp", mk_hex(c, r.rsp));
	v_field(s, "rbp", mk_hex(c, r.rbp));
	if (c->verbose) {
		const __u64 *hi = &r.r8;
		for (unsigned i = 0; i < 8; i++)
			v_field(s, arena_printf(c->a, "r%u", 8 + i), mk_hex(c, hi[i]));
	} else {
		v_add(s, v_ellipsis(c->a));
	}
	v_field(s, "rip", mk_hex(c, r.rip));
	v_field(s, "rflags", mk_hex(c, r.rflags));
	return s;
}

static const struct ioctl_handler kvm_handlers[] = {
	{ KVM_CREATE_VM, IOH_IN, RET_FD, ioh_val_hex, NULL },
	{ KVM_CREATE_VCPU, IOH_IN, RET_FD, ioh_val_ulong, NULL },
	{ KVM_CHECK_EXTENSION, IOH_IN, 0, ioh_val_enum, &xlat_ioctl_kvm_caps },
	{ KVM_SET_USER_MEMORY_REGION, IOH_IN, 0, ioh_kvm_memregion, NULL },
	{ KVM_GET_SUPPORTED_CPUID, IOH_OUT, 0, ioh_kvm_cpuid2, NULL },
	{ KVM_SET_CPUID2, IOH_IN, 0, ioh_kvm_cpuid2, NULL },
	{ KVM_GET_CPUID2, IOH_OUT, 0, ioh_kvm_cpuid2, NULL },
	{ KVM_GET_SREGS, IOH_OUT, 0, ioh_kvm_sregs, NULL },
	{ KVM_SET_SREGS, IOH_IN, 0, ioh_kvm_sregs, NULL },
	{ KVM_GET_REGS, IOH_OUT, 0, ioh_kvm_regs, NULL },
	{ KVM_SET_REGS, IOH_IN, 0, ioh_kvm_regs, NULL },
};

IOCTL_TABLE(kvm, kvm_handlers);
