/*
 * dec_creds.c - decoders for who a process is: user and group ids,
 * supplementary groups, process groups and sessions, and capabilities.
 */
#include "dec_process.h"

#include <string.h>

/* ---- credentials ---- */

static void dec_getresid(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	for (int i = 0; i < 3; i++)
		add_arg(c, out_or_ptr(c, c->arg[i], mk_id_at));
}

static struct value *gid_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	uint32_t g;
	memcpy(&g, e, sizeof(g));
	return mk_id(c, g);
}

/* gid_t list of n entries: -s entries at most without -v */
static struct value *mk_gid_list(struct dctx *c, uint64_t addr, uint64_t n)
{
	if (!addr || n > 65536)
		return mk_ptr(c, addr);
	return mk_array(c, addr, n, sizeof(uint32_t), gid_elem, NULL);
}

static void dec_getgroups(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_int(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	if (failed(c))
		add_arg(c, mk_ptr(c, c->arg[1]));
	else
		add_arg(c, mk_gid_list(c, c->arg[1], (uint64_t)c->rval));
}

static void dec_setgroups(struct dctx *c)
{
	if (c->exiting)
		return;
	int n = (int)c->arg[0];
	add_arg(c, mk_int(c, n));
	add_arg(c, n < 0 ? mk_ptr(c, c->arg[1]) : mk_gid_list(c, c->arg[1], (uint64_t)n));
}

/* ---- capabilities ---- */

static const uint32_t CAP_V1 = 0x19980330;

static struct value *mk_cap_header(struct dctx *c, uint64_t addr, uint32_t *version)
{
	uint32_t h[2];
	struct value *fb;
	*version = 0;
	if (!fetch(c, addr, h, sizeof(h), &fb))
		return fb;
	*version = h[0];
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "version", mk_enum(c, h[0], &xlat_cap_versions));
	v_field(s, "pid", mk_pid(c, (int32_t)h[1]));
	return s;
}

static struct value *mk_cap_data(struct dctx *c, uint64_t addr, uint32_t version)
{
	uint32_t d[6];
	struct value *fb;
	size_t n = version == CAP_V1 ? 3 : 6;
	if (!xlat_name(&xlat_cap_versions, version))
		return mk_ptr(c, addr);
	memset(d, 0, sizeof(d));
	if (!fetch(c, addr, d, n * 4, &fb))
		return fb;
	static const char *const names[3] = { "effective", "permitted", "inheritable" };
	struct value *s = v_list(c->a, V_STRUCT);
	/* each 32-bit word a flag set of its own: 1<<CAP_CHOWN|1<<CAP_MAC_OVERRIDE, 0x3|0x1 under -X raw */
	for (int i = 0; i < 3; i++) {
		struct value *o = v_field(s, names[i], v_list(c->a, V_OR));
		if (d[i] || !d[i + 3])
			v_add(o, mk_flags(c, d[i], &xlat_cap_mask));
		if (d[i + 3])
			v_add(o, mk_flags(c, d[i + 3], &xlat_cap_mask_hi));
	}
	return s;
}

static void dec_capget(struct dctx *c)
{
	uint32_t ver;
	if (!c->exiting) {
		add_arg(c, mk_cap_header(c, c->arg[0], &ver));
		c->priv[0] = ver;
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) || !c->arg[1] ? mk_ptr(c, c->arg[1]) : mk_cap_data(c, c->arg[1], (uint32_t)c->priv[0]));
}

static void dec_capset(struct dctx *c)
{
	uint32_t ver;
	if (c->exiting)
		return;
	add_arg(c, mk_cap_header(c, c->arg[0], &ver));
	add_arg(c, c->arg[1] ? mk_cap_data(c, c->arg[1], ver) : mk_ptr(c, 0));
}

static const struct decoder creds_decoders[] = {
	SIGNATURE(setuid, ARG(id)),
	SIGNATURE(setgid, ARG(id)),
	SIGNATURE(setfsuid, ARG(id)),
	SIGNATURE(setfsgid, ARG(id)),
	SIGNATURE(setreuid, ARG(id), ARG(id)),
	SIGNATURE(setregid, ARG(id), ARG(id)),
	SIGNATURE(setresuid, ARG(id), ARG(id), ARG(id)),
	SIGNATURE(setresgid, ARG(id), ARG(id), ARG(id)),
	DECODE(getresuid, dec_getresid, CAP_OUT(0, sizeof(uint32_t)), CAP_OUT(1, sizeof(uint32_t)),
	       CAP_OUT(2, sizeof(uint32_t))),
	DECODE(getresgid, dec_getresid, CAP_OUT(0, sizeof(uint32_t)), CAP_OUT(1, sizeof(uint32_t)),
	       CAP_OUT(2, sizeof(uint32_t))),
	DECODE(getgroups, dec_getgroups, CAP_ARRAY(1, CAPP_EXIT, CAPL_RET, sizeof(uint32_t))),
	DECODE(setgroups, dec_setgroups, CAP_ARRAY(1, CAPP_ENTRY, 0, sizeof(uint32_t))),
	/* -Y names processes and threads, not the groups and sessions they lead */
	SIGNATURE_R(getpgid, RET_PGID, ARG(pid)),
	SIGNATURE(setpgid, ARG(pid), ARG(pgid)),
	SIGNATURE_R(getsid, RET_PGID, ARG(pid)),
	SIGNATURE_R(getpgrp, RET_PGID),
	SIGNATURE_R(setsid, RET_PGID),
	SIGNATURE_R(getpid, RET_PID),
	SIGNATURE_R(getppid, RET_PID),
	SIGNATURE_R(gettid, RET_PID),
	/* the header (version, pid) and up to 2 data structs (_LINUX_CAPABILITY_VERSION_2/3) */
	DECODE(capget, dec_capget, CAP_IN(0, sizeof(uint32_t[2])), CAP_OUT(1, sizeof(uint32_t[6]))),
	DECODE(capset, dec_capset, CAP_IN(0, sizeof(uint32_t[2])), CAP_IN(1, sizeof(uint32_t[6]))),
};

DECODER_TABLE(creds, creds_decoders);
