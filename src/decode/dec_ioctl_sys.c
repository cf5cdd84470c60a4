/*
 * dec_ioctl_sys.c - ioctl arguments of kernel facilities reached through
 * descriptors: perf events (PERF_EVENT_IOC_*), seccomp notifications
 * (SECCOMP_IOCTL_NOTIF_*), KVM.
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/perf_event.h>
#include <linux/seccomp.h>
#include <linux/audit.h>
#include <string.h>

static struct value *perf_id_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	uint32_t id;
	memcpy(&id, e, sizeof(id));
	return mk_uint(c, id);
}

/*
 * PERF_EVENT_IOC_QUERY_BPF: the room for ids the caller gives at entry; the
 * struct is completed at exit: on success the count and the ids the kernel
 * wrote, else "..." (kept in c->priv[0] from entry)
 */
static struct value *ioh_perf_query_bpf(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct perf_event_query_bpf q;
	struct value *fb;
	if (c->exiting) {
		struct value *s = (struct value *)(uintptr_t)c->priv[0];
		if (!s)
			return NULL;
		if (failed(c) || mem_read(c->mem, arg, &q, sizeof(q)) != 0) {
			v_add(s, v_ellipsis(c->a));
			return s;
		}
		v_field(s, "prog_cnt", mk_uint(c, q.prog_cnt));
		v_field(s, "ids", mk_array(c, arg + sizeof(q), q.prog_cnt < q.ids_len ? q.prog_cnt : q.ids_len,
					   sizeof(uint32_t), perf_id_elem, NULL));
		return s;
	}
	c->priv[0] = 0;
	if (!fetch(c, arg, &q.ids_len, sizeof(q.ids_len), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "ids_len", mk_uint(c, q.ids_len));
	c->priv[0] = (uint64_t)(uintptr_t)s;
	return NULL;
}

static struct value *ioh_perf_attr(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	return mk_perf_event_attr(c, arg);
}

/* ---- seccomp user notification ---- */

IOCTL_FITS(struct seccomp_notif);

static struct value *mk_seccomp_data(struct dctx *c, const struct seccomp_data *d)
{
	struct value *s = v_list(c->a, V_STRUCT);
	const struct sysent *se = d->arch == AUDIT_ARCH_X86_64 ? sysent_get(d->nr) : NULL;
	v_field(s, "nr", se ? v_const(c->a, arena_printf(c->a, "__NR_%s", se->name), (uint32_t)d->nr, NF_UDEC)
			    : mk_uint(c, (uint32_t)d->nr));
	v_field(s, "arch", mk_enum(c, d->arch, &xlat_audit_arch));
	v_field(s, "instruction_pointer", mk_ptr(c, d->instruction_pointer));
	struct value *a = v_list(c->a, V_ARRAY);
	for (unsigned i = 0; i < 6; i++)
		v_add(a, mk_hex(c, d->args[i]));
	v_field(s, "args", a);
	return s;
}

/* SECCOMP_IOCTL_NOTIF_RECV: what the buffer holds at entry, and the notification written */
static struct value *ioh_notif(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct seccomp_notif n;
	struct value *fb;
	if (!fetch(c, arg, &n, sizeof(n), &fb))
		return fb;
	/* the kernel wants it zeroed: then there is nothing to show before it is filled */
	static const struct seccomp_notif zero;
	if (!c->exiting && !memcmp(&n, &zero, sizeof(n)))
		return NULL;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "id", mk_hex(c, n.id));
	v_field(s, "pid", mk_uint(c, n.pid));
	v_field(s, "flags", mk_hex(c, n.flags));
	v_field(s, "data", mk_seccomp_data(c, &n.data));
	return s;
}

static struct value *ioh_notif_resp(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct seccomp_notif_resp r;
	struct value *fb;
	if (!fetch(c, arg, &r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "id", mk_hex(c, r.id));
	v_field(s, "val", mk_int(c, r.val));
	const char *e = r.error < 0 ? errno_name(-r.error) : NULL;
	v_field(s, "error", e ? v_const(c->a, arena_printf(c->a, "-%s", e), (uint64_t)(int64_t)r.error, NF_DEC) : mk_int(c, r.error));
	v_field(s, "flags", mk_flags(c, r.flags, &xlat_ioctl_seccomp_resp_flags));
	return s;
}

static struct value *ioh_notif_addfd(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct seccomp_notif_addfd a;
	struct value *fb;
	if (!fetch(c, arg, &a, sizeof(a), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "id", mk_hex(c, a.id));
	v_field(s, "flags", mk_flags(c, a.flags, &xlat_ioctl_seccomp_addfd_flags));
	v_field(s, "srcfd", mk_fd(c, (int)a.srcfd));
	v_field(s, "newfd", mk_int(c, (int32_t)a.newfd));
	v_field(s, "newfd_flags", mk_flags(c, a.newfd_flags, &xlat_open_flags));
	return s;
}

#define SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR SECCOMP_IOR(2, __u64)

static const struct ioctl_handler sys_handlers[] = {
	{ PERF_EVENT_IOC_ENABLE, IOH_IN, 0, ioh_val_flags, &xlat_ioctl_perf_ioc_flags },
	{ PERF_EVENT_IOC_DISABLE, IOH_IN, 0, ioh_val_flags, &xlat_ioctl_perf_ioc_flags },
	{ PERF_EVENT_IOC_RESET, IOH_IN, 0, ioh_val_flags, &xlat_ioctl_perf_ioc_flags },
	{ PERF_EVENT_IOC_REFRESH, IOH_IN, 0, ioh_val_int, NULL },
	{ PERF_EVENT_IOC_SET_OUTPUT, IOH_IN, 0, ioh_val_int, NULL },
	{ PERF_EVENT_IOC_SET_BPF, IOH_IN, 0, ioh_val_int, NULL },
	{ PERF_EVENT_IOC_PERIOD, IOH_IN, 0, ioh_u64, NULL },
	{ PERF_EVENT_IOC_ID, IOH_OUT, 0, ioh_u64, NULL },
	{ PERF_EVENT_IOC_SET_FILTER, IOH_IN, 0, ioh_str, NULL },
	{ PERF_EVENT_IOC_QUERY_BPF, IOH_INOUT_ALWAYS, 0, ioh_perf_query_bpf, NULL },
	{ PERF_EVENT_IOC_MODIFY_ATTRIBUTES, IOH_IN, 0, ioh_perf_attr, NULL },

	{ SECCOMP_IOCTL_NOTIF_RECV, IOH_INOUT_FAILADDR, 0, ioh_notif, NULL },
	{ SECCOMP_IOCTL_NOTIF_SEND, IOH_IN, 0, ioh_notif_resp, NULL },
	{ SECCOMP_IOCTL_NOTIF_ID_VALID, IOH_IN, 0, ioh_x64, NULL },
	{ SECCOMP_IOCTL_NOTIF_ID_VALID_WRONG_DIR, IOH_IN, 0, ioh_x64, NULL },
	{ SECCOMP_IOCTL_NOTIF_ADDFD, IOH_IN, 0, ioh_notif_addfd, NULL },   /* its fd is the target's: no -y path (strace) */
};

IOCTL_TABLE(sys, sys_handlers);
