/*
 * dec_ioctl_tee.c - ioctl arguments of trusted execution environments
 * (TEE_IOC_*): sessions, shared memory, and the variable-sized argument
 * blocks (a header and num_params parameters) behind struct
 * tee_ioctl_buf_data.
 */
#include "dec_ioctl.h"

#include <linux/types.h>
#include <linux/ioctl.h>
#include <linux/tee.h>
#include <string.h>

/* Not in the installed header (the proposed ABI strace 6.1 knows): register a dma-buf descriptor */
struct k_tee_shm_register_fd { int64_t fd; uint64_t size; uint32_t flags, pad1; int32_t id; uint32_t pad2; };
#define K_TEE_IOC_SHM_REGISTER_FD _IOWR(TEE_IOC_MAGIC, TEE_IOC_BASE + 8, struct k_tee_shm_register_fd)

#define TEE_MAX_PARAMS 64 /* shown at most; a longer block prints as its address */

IOCTL_FITS(struct tee_ioctl_shm_register_data);

static struct value *mk_tee_param(struct dctx *c, const struct tee_ioctl_param *p)
{
	struct value *s = v_list(c->a, V_STRUCT);
	uint64_t type = p->attr & TEE_IOCTL_PARAM_ATTR_TYPE_MASK, rest = p->attr & ~(uint64_t)TEE_IOCTL_PARAM_ATTR_TYPE_MASK;
	struct value *attr = mk_enum(c, type, &xlat_ioctl_tee_param_types);
	if (rest) {
		struct value *o = v_list(c->a, V_OR);
		v_add(o, attr);
		v_add(o, mk_flags(c, rest, &xlat_ioctl_tee_param_flags));
		attr = o;
	}
	v_field(s, "attr", attr);
	switch (type) {
	case TEE_IOCTL_PARAM_ATTR_TYPE_NONE:
		break;
	case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INPUT:
	case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_OUTPUT:
	case TEE_IOCTL_PARAM_ATTR_TYPE_MEMREF_INOUT:
		v_field(s, "shm_offs", mk_hex(c, p->a));
		v_field(s, "size", mk_hex(c, p->b));
		v_field(s, "shm_id", mk_uint(c, p->c));
		break;
	default:
		v_field(s, "a", mk_hex(c, p->a));
		v_field(s, "b", mk_hex(c, p->b));
		v_field(s, "c", mk_hex(c, p->c));
	}
	return s;
}

static struct value *mk_tee_params(struct dctx *c, const struct tee_ioctl_param *p, uint32_t n)
{
	struct value *a = v_list(c->a, V_ARRAY);
	for (uint32_t i = 0; i < n; i++)
		v_add(a, mk_tee_param(c, &p[i]));
	return a;
}

static struct value *mk_uuid(struct dctx *c, const uint8_t *u)
{
	return v_sym(c->a, arena_printf(c->a, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
					u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10], u[11],
					u[12], u[13], u[14], u[15]), 0);
}

enum tee_block { TB_INVOKE, TB_OPEN, TB_RECV, TB_SEND };

static size_t tee_hdr_size(int kind)
{
	switch (kind) {
	case TB_INVOKE: return sizeof(struct tee_ioctl_invoke_arg);
	case TB_OPEN: return sizeof(struct tee_ioctl_open_session_arg);
	case TB_RECV: return sizeof(struct tee_iocl_supp_recv_arg);
	default: return sizeof(struct tee_iocl_supp_send_arg);
	}
}

/* The block behind buf_ptr: its header and parameters, when buf_len is exactly their size */
static struct value *mk_tee_block(struct dctx *c, uint64_t ptr, uint64_t len, int kind)
{
	size_t hs = tee_hdr_size(kind);
	union {
		struct tee_ioctl_invoke_arg inv;
		struct tee_ioctl_open_session_arg open;
		struct tee_iocl_supp_recv_arg recv;
		struct tee_iocl_supp_send_arg send;
		uint8_t raw[sizeof(struct tee_ioctl_open_session_arg)];
	} h;
	if (len < hs || len > hs + TEE_MAX_PARAMS * sizeof(struct tee_ioctl_param) || !ptr ||
	    mem_read(c->mem, ptr, &h, hs) != 0)
		return mk_ptr(c, ptr);
	uint32_t n = kind == TB_INVOKE ? h.inv.num_params : kind == TB_OPEN ? h.open.num_params
		   : kind == TB_RECV ? h.recv.num_params : h.send.num_params;
	if (len != hs + (uint64_t)n * sizeof(struct tee_ioctl_param))
		return mk_ptr(c, ptr);
	struct tee_ioctl_param *p = arena_alloc(c->a, n * sizeof(*p) + 1);
	if (n && mem_read(c->mem, ptr + hs, p, n * sizeof(*p)) != 0)
		return mk_ptr(c, ptr);
	struct value *s = v_list(c->a, V_STRUCT);
	switch (kind) {
	case TB_INVOKE:
		v_field(s, "func", mk_uint(c, h.inv.func));
		v_field(s, "session", mk_hex(c, h.inv.session));
		v_field(s, "cancel_id", mk_uint(c, h.inv.cancel_id));
		break;
	case TB_OPEN: {
		v_field(s, "uuid", mk_uuid(c, h.open.uuid));
		uint32_t login = h.open.clnt_login;
		v_field(s, "clnt_login", mk_enum(c, login, &xlat_ioctl_tee_logins));
		if (login == TEE_IOCTL_LOGIN_GROUP || login == TEE_IOCTL_LOGIN_GROUP_APPLICATION) {
			uint32_t gid;
			memcpy(&gid, h.open.clnt_uuid, sizeof(gid));
			v_field(s, "clnt_uuid", mk_uint(c, gid));
		} else if (!xlat_name(&xlat_ioctl_tee_logins, login)) {
			struct value *u = v_list(c->a, V_ARRAY);
			for (unsigned i = 0; i < sizeof(h.open.clnt_uuid); i++)
				v_add(u, mk_hex(c, h.open.clnt_uuid[i]));
			v_field(s, "clnt_uuid", u);
		}
		v_field(s, "cancel_id", mk_uint(c, h.open.cancel_id));
		break;
	}
	case TB_RECV:
		v_field(s, "func", mk_uint(c, h.recv.func));
		break;
	}
	v_field(s, "num_params", mk_uint(c, n));
	v_field(s, "params", mk_tee_params(c, p, n));
	return s;
}

static struct value *ioh_tee_buf(struct dctx *c, uint64_t arg, const void *kind)
{
	struct tee_ioctl_buf_data b;
	struct value *fb;
	if (!fetch(c, arg, &b, sizeof(b), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "buf_len", mk_uint(c, b.buf_len));
	v_field(s, "buf_ptr", mk_tee_block(c, b.buf_ptr, b.buf_len, (int)(intptr_t)kind));
	return s;
}

static struct value *ioh_tee_cancel(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct tee_ioctl_cancel_arg a;
	struct value *fb;
	if (!fetch(c, arg, &a, sizeof(a), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "cancel_id", mk_uint(c, a.cancel_id));
	v_field(s, "session", mk_hex(c, a.session));
	return s;
}

static struct value *ioh_tee_close(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct tee_ioctl_close_session_arg a;
	struct value *fb;
	if (!fetch(c, arg, &a, sizeof(a), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "session", mk_hex(c, a.session));
	return s;
}

static struct value *ioh_tee_shm_alloc(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct tee_ioctl_shm_alloc_data a;
	struct value *fb;
	if (!fetch(c, arg, &a, sizeof(a), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "size", mk_hex(c, a.size));
	v_field(s, "flags", mk_flags(c, a.flags, &xlat_ioctl_tee_shm_flags));
	return s;
}

static struct value *ioh_tee_shm_register(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct tee_ioctl_shm_register_data a;
	struct value *fb;
	if (!fetch(c, arg, &a, sizeof(a), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "addr", mk_hex(c, a.addr));
	v_field(s, "length", mk_hex(c, a.length));
	v_field(s, "flags", mk_flags(c, a.flags, &xlat_ioctl_tee_shm_flags));
	return s;
}

static struct value *ioh_tee_shm_register_fd(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct k_tee_shm_register_fd a;
	struct value *fb;
	if (!fetch(c, arg, &a, sizeof(a), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "fd", mk_fd(c, (int)a.fd));
	v_field(s, "flags", mk_flags(c, a.flags, &xlat_ioctl_tee_shm_flags));
	return s;
}

static struct value *ioh_tee_version(struct dctx *c, uint64_t arg, const void *x)
{
	(void)x;
	struct tee_ioctl_version_data v;
	struct value *fb;
	if (!fetch(c, arg, &v, sizeof(v), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "impl_id", mk_uint(c, v.impl_id));
	v_field(s, "impl_caps", mk_hex(c, v.impl_caps));
	v_field(s, "gen_caps", mk_hex(c, v.gen_caps));
	return s;
}

#define TB(k) ((const void *)(intptr_t)(k))

static const struct ioctl_handler tee_handlers[] = {
	{ TEE_IOC_VERSION, IOH_OUT, 0, ioh_tee_version, NULL },
	{ TEE_IOC_SHM_ALLOC, IOH_IN, RET_FD, ioh_tee_shm_alloc, NULL },
	{ TEE_IOC_SHM_REGISTER, IOH_IN, RET_FD, ioh_tee_shm_register, NULL },
	{ K_TEE_IOC_SHM_REGISTER_FD, IOH_IN, RET_FD, ioh_tee_shm_register_fd, NULL },
	{ TEE_IOC_OPEN_SESSION, IOH_IN, 0, ioh_tee_buf, TB(TB_OPEN) },
	{ TEE_IOC_INVOKE, IOH_IN, 0, ioh_tee_buf, TB(TB_INVOKE) },
	{ TEE_IOC_SUPPL_RECV, IOH_IN, 0, ioh_tee_buf, TB(TB_RECV) },
	{ TEE_IOC_SUPPL_SEND, IOH_IN, 0, ioh_tee_buf, TB(TB_SEND) },
	{ TEE_IOC_CANCEL, IOH_IN, 0, ioh_tee_cancel, NULL },
	{ TEE_IOC_CLOSE_SESSION, IOH_IN, 0, ioh_tee_close, NULL },
};

IOCTL_TABLE(tee, tee_handlers);
