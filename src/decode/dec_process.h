/*
 * dec_process.h - small value builders shared by the process decoders
 * (dec_process.c, dec_prctl.c, dec_creds.c, dec_sched.c, dec_ptrace.c).
 * Internal to src/decode/; the rest of sctrace uses decode.h.
 */
#ifndef SCTRACE_DEC_PROCESS_H
#define SCTRACE_DEC_PROCESS_H

#include "decode.h"

/* uid_t/gid_t: (uid_t)-1 prints as -1, other ids unsigned */
static inline struct value *mk_id(struct dctx *c, uint64_t v)
{
	uint32_t u = (uint32_t)v;
	if (u == UINT32_MAX)
		return mk_int(c, -1);
	return mk_uint(c, u);
}

/* IOPRIO_PRIO_VALUE(class, data) (dec_sched.c; aio's aio_reqprio too) */
struct value *mk_ioprio(struct dctx *c, uint64_t v);

/* A CPU mask of len bytes read whole: "[0 1 5]", the address if unreadable
 * (dec_sched.c; io_uring's IOWQ_AFF too) */
struct value *mk_cpuset(struct dctx *c, uint64_t addr, uint64_t len);

/* signature type: a uid_t/gid_t argument (chown, setuid...) */
#define CAPOF_id CAPOF_NONE
static inline struct value *arg_id(struct dctx *c, int i, const void *d)
{
	(void)d;
	return mk_id(c, c->arg[i]);
}

/* "[value]": an int or pointer the kernel stored at addr */
static inline struct value *mk_boxed(struct dctx *c, struct value *v)
{
	struct value *a = v_list(c->a, V_ARRAY);
	v_add(a, v);
	return a;
}

static inline struct value *mk_id_at(struct dctx *c, uint64_t addr)
{
	uint32_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, mk_id(c, v));
}

static inline struct value *mk_ptr_at(struct dctx *c, uint64_t addr)
{
	uint64_t v;
	struct value *fb;
	if (!fetch(c, addr, &v, sizeof(v), &fb))
		return fb;
	return mk_boxed(c, mk_ptr(c, v));
}

/* An output pointer at exit: the address if the call failed. */
static inline struct value *out_or_ptr(struct dctx *c, uint64_t addr,
				      struct value *(*fn)(struct dctx *, uint64_t))
{
	if (failed(c) || !addr)
		return mk_ptr(c, addr);
	return fn(c, addr);
}

/* Signal number, or unsigned decimal when it is not a valid signal. */
static inline struct value *mk_signo_u(struct dctx *c, uint64_t sig)
{
	const char *name = sig && sig <= 64 ? signame((int)sig) : NULL;
	if (name)
		return v_const(c->a, name, sig, NF_UDEC);
	return mk_uint(c, sig);
}

/* siginfo_t at addr, or the address when unreadable */
static inline struct value *mk_siginfo_at(struct dctx *c, uint64_t addr)
{
	uint8_t raw[128];
	struct value *fb;
	if (!fetch_siginfo(c, addr, raw, &fb))
		return fb;
	return mk_siginfo(c, raw);
}

/* struct rusage: the times, then the counters with -v (dec_sched.c) */
struct value *mk_rusage(struct dctx *c, uint64_t addr);

#endif
