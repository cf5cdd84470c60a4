/*
 * dec_sched.c - decoders for a process's share of the machine: scheduler
 * policies and attributes, CPU affinity, getcpu, nice and I/O priorities,
 * resource limits and usage (mk_rusage(), shared with wait4), times, and
 * the system-wide queries uname, sysinfo and getrandom.
 */
#include "dec_process.h"

#include <errno.h>
#include <linux/ioprio.h>
#include <sys/resource.h>
#include <sched.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* ---- scheduling ---- */

/* a CPU mask of len bytes: "[0 1 5]" (dec_process.h) */
struct value *mk_cpuset(struct dctx *c, uint64_t addr, uint64_t len)
{
	if (!addr || len > 65536)
		return mk_ptr(c, addr);
	uint8_t *b = arena_alloc(c->a, len + 1);
	if (len && mem_read(c->mem, addr, b, len) != 0)
		return mk_ptr(c, addr);
	struct value *set = v_list(c->a, V_SET);
	for (uint64_t i = 0; i < len * 8; i++)
		if (b[i / 8] & (1u << (i % 8)))
			v_add(set, mk_uint(c, i));
	return set;
}

static void dec_sched_getaffinity(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_pid(c, (int)c->arg[0]));
		add_arg(c, mk_uint(c, (uint32_t)c->arg[1]));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) ? mk_ptr(c, c->arg[2]) : mk_cpuset(c, c->arg[2], (uint64_t)c->rval));
}

static void dec_sched_setaffinity(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_pid(c, (int)c->arg[0]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[1]));
	add_arg(c, mk_cpuset(c, c->arg[2], (uint32_t)c->arg[1]));
}

static struct value *mk_sched_param(struct dctx *c, uint64_t addr)
{
	return mk_int_at(c, addr);
}

static void dec_sched_setscheduler(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_pid(c, (int)c->arg[0]));
	add_arg(c, mk_enum(c, (uint32_t)c->arg[1], &xlat_sched_policies));
	add_arg(c, c->arg[2] ? mk_sched_param(c, c->arg[2]) : mk_ptr(c, 0));
}

static void dec_sched_getscheduler(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_pid(c, (int)c->arg[0]));
		return;
	}
	/* only a known policy is named; SCHED_RESET_ON_FORK makes it a bare number */
	if (!failed(c) && xlat_name(&xlat_sched_policies, (uint64_t)c->rval))
		c->ret_aux = v_fixed(mk_enum(c, (uint64_t)c->rval, &xlat_sched_policies));   /* in every -X style */
}

static void dec_sched_getparam(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_pid(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[1], mk_sched_param));
}

static void dec_sched_setparam(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_pid(c, (int)c->arg[0]));
	add_arg(c, c->arg[1] ? mk_sched_param(c, c->arg[1]) : mk_ptr(c, 0));
}

static void dec_sched_rr_get_interval(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_pid(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[1], mk_timespec));
}

struct sched_attr_k {
	uint32_t size, policy;
	uint64_t flags;
	int32_t nice;
	uint32_t priority;
	uint64_t runtime, deadline, period;
	uint32_t util_min, util_max;
};

#define SCHED_ATTR_SIZE_VER0_K 48
#define SCHED_FLAG_KEEP_POLICY_K 0x08
#define SCHED_FLAG_KEEP_PARAMS_K 0x10

/*
 * struct sched_attr of size bytes (0: as its size field says).  Below the
 * first version's 48 bytes only the size shows; the policy unless kept, the
 * parameters unless kept, the clamps when size covers them, "..." past them.
 */
static struct value *mk_sched_attr(struct dctx *c, uint64_t addr, uint64_t size)
{
	struct sched_attr_k a;
	struct value *fb;
	memset(&a, 0, sizeof(a));
	if (!fetch(c, addr, &a, sizeof(a.size), &fb))
		return fb;
	if (size == 0)
		size = a.size ? a.size : SCHED_ATTR_SIZE_VER0_K;
	struct value *s = v_list(c->a, V_STRUCT);
	if (size < SCHED_ATTR_SIZE_VER0_K) {
		v_field(s, "size", mk_uint(c, a.size));
		return s;
	}
	if (mem_read(c->mem, addr, &a, size < sizeof(a) ? size : sizeof(a)) != 0)
		return mk_ptr(c, addr);
	v_field(s, "size", mk_uint(c, a.size));
	if (!(a.flags & (SCHED_FLAG_KEEP_POLICY_K | SCHED_FLAG_KEEP_PARAMS_K)))
		v_field(s, "sched_policy", mk_enum(c, a.policy, &xlat_sched_policies));
	v_field(s, "sched_flags", mk_flags(c, a.flags, &xlat_sched_attr_flags));
	if (!(a.flags & SCHED_FLAG_KEEP_PARAMS_K)) {
		v_field(s, "sched_nice", mk_int(c, a.nice));
		v_field(s, "sched_priority", mk_uint(c, a.priority));
		v_field(s, "sched_runtime", mk_uint(c, a.runtime));
		v_field(s, "sched_deadline", mk_uint(c, a.deadline));
		v_field(s, "sched_period", mk_uint(c, a.period));
	}
	if (size >= sizeof(a)) {
		v_field(s, "sched_util_min", mk_uint(c, a.util_min));
		v_field(s, "sched_util_max", mk_uint(c, a.util_max));
	}
	if (size > sizeof(a))
		v_add(s, v_ellipsis(c->a));
	return s;
}

/* sched_setattr: on E2BIG the kernel stores the size it wants: "{size=1} => {size=56}" */
static void dec_sched_setattr(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_pid(c, (int)c->arg[0]));
		add_arg(c, c->arg[1] ? mk_sched_attr(c, c->arg[1], 0) : mk_ptr(c, 0));
		c->pending = true;
		c->sep_at_exit = true;
		return;
	}
	if (c->err == E2BIG && c->arg[1]) {
		uint32_t size;
		if (mem_read(c->mem, c->arg[1], &size, sizeof(size)) == 0) {
			struct value *s = v_list(c->a, V_STRUCT);
			v_field(s, "size", mk_uint(c, size));
			add_arg(c, s);
			c->exit_continues = true;
		}
	}
	add_arg(c, mk_uint(c, (uint32_t)c->arg[2]));
}

static void dec_sched_getattr(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_pid(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, failed(c) || !c->arg[1] ? mk_ptr(c, c->arg[1]) : mk_sched_attr(c, c->arg[1], (uint32_t)c->arg[2]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[2]));
	add_arg(c, mk_uint(c, (uint32_t)c->arg[3]));
}

/* getpriority/setpriority's who: a process, a process group, or a user */
#define CAPOF_prio_who CAPOF_NONE
static struct value *arg_prio_who(struct dctx *c, int i, const void *d)
{
	int who = (int)c->arg[i];
	switch (c->arg[0]) {
	case PRIO_PROCESS: return arg_pid(c, i, d);
	case PRIO_PGRP: return mk_pgid(c, who);
	default: return mk_int(c, who);
	}
}

/* ---- getcpu, I/O priority ---- */

/* getcpu(&cpu, &node, tcache): both results at exit */
static void dec_getcpu(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[0], mk_id_at));
	add_arg(c, out_or_ptr(c, c->arg[1], mk_id_at));
	add_arg(c, mk_ptr(c, c->arg[2]));
}

/* IOPRIO_PRIO_VALUE(class, data) */
struct value *mk_ioprio(struct dctx *c, uint64_t v)
{
	struct value *f = v_call(c->a, "IOPRIO_PRIO_VALUE");
	v_add(f, mk_enum(c, v >> IOPRIO_CLASS_SHIFT, &xlat_ioprio_class));   /* all the high bits, as strace */
	v_add(f, mk_uint(c, v & IOPRIO_PRIO_MASK));
	/* -X verbose: "8191 / * IOPRIO_PRIO_VALUE(0 / * IOPRIO_CLASS_NONE * /, 8191) * /" */
	return v_keep_style(v_whole(f, (uint64_t)(int64_t)(int32_t)v, NF_DEC));
}

static void dec_ioprio(struct dctx *c)
{
	if (c->exiting) {   /* ioprio_get: = 16388 (IOPRIO_PRIO_VALUE(IOPRIO_CLASS_BE, 4)) */
		if (c->nr == SC_ioprio_get && !failed(c)) {
			/* "= 0 (IOPRIO_PRIO_VALUE(...))": its parts follow -X, and -X raw drops it */
			c->ret_aux = mk_ioprio(c, (uint64_t)c->rval);
			c->ret_aux->xs = XS_NORAW;
		}
		return;
	}
	add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_ioprio_who));
	/* IOPRIO_WHO_PROCESS names a thread */
	add_arg(c, c->arg[0] == IOPRIO_WHO_PROCESS ? mk_pid(c, (int32_t)c->arg[1])
		   : c->arg[0] == IOPRIO_WHO_PGRP ? mk_pgid(c, (int32_t)c->arg[1]) : mk_int(c, (int32_t)c->arg[1]));
	if (c->nr == SC_ioprio_set)
		add_arg(c, mk_ioprio(c, (uint32_t)c->arg[2]));
}

/* ---- resource limits and usage ---- */

static struct value *mk_timeval_v(struct dctx *c, int64_t sec, int64_t usec)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tv_sec", mk_int(c, sec));
	v_field(s, "tv_usec", mk_uint(c, (uint64_t)usec));
	return s;
}

struct rusage_k {
	int64_t utime_sec, utime_usec, stime_sec, stime_usec;
	int64_t f[14];
};

static const char *const rusage_names[14] = {
	"ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap",
	"ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw",
};

struct value *mk_rusage(struct dctx *c, uint64_t addr)
{
	struct rusage_k r;
	struct value *fb;
	uint64_t w[18];   /* two timevals and 14 longs: the tracee's words */
	if (!fetch_words(c, addr, w, 18, &fb))
		return fb;
	for (int i = 0; i < 4; i++)
		(&r.utime_sec)[i] = c->lp32 ? (int32_t)w[i] : (int64_t)w[i];
	for (int i = 0; i < 14; i++)
		r.f[i] = (int64_t)w[4 + i];
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "ru_utime", mk_timeval_v(c, r.utime_sec, r.utime_usec));
	v_field(s, "ru_stime", mk_timeval_v(c, r.stime_sec, r.stime_usec));
	if (!c->verbose) {
		v_add(s, v_ellipsis(c->a));
		return s;
	}
	for (int i = 0; i < 14; i++)
		v_field(s, rusage_names[i], mk_uint(c, (uint64_t)r.f[i]));
	return s;
}

static struct value *mk_rlim_val(struct dctx *c, uint64_t v, bool words)
{
	if (v == UINT64_MAX)
		return v_const(c->a, "RLIM64_INFINITY", v, NF_UDEC);
	if (words && c->lp32 && v == UINT32_MAX)   /* an i386 struct rlimit (ugetrlimit, setrlimit) */
		return v_const(c->a, "RLIM_INFINITY", v, NF_UDEC);
	if (v && v % 1024 == 0)
		return v_const(c->a, arena_printf(c->a, "%llu*1024", (unsigned long long)(v / 1024)), v, NF_UDEC);
	return mk_uint(c, v);
}

/* prlimit64's struct rlimit64, or with words the tracee's struct rlimit (of longs) */
static struct value *mk_rlimit_as(struct dctx *c, uint64_t addr, bool words)
{
	uint64_t r[2];
	struct value *fb;
	if (words ? !fetch_words(c, addr, r, 2, &fb) : !fetch(c, addr, r, sizeof(r), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "rlim_cur", mk_rlim_val(c, r[0], words));
	v_field(s, "rlim_max", mk_rlim_val(c, r[1], words));
	return s;
}

static struct value *mk_rlimit(struct dctx *c, uint64_t addr) { return mk_rlimit_as(c, addr, false); }
static struct value *mk_rlimit_words(struct dctx *c, uint64_t addr) { return mk_rlimit_as(c, addr, true); }

static void dec_prlimit64(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_pid(c, (int)c->arg[0]));
		add_arg(c, mk_enum(c, (uint32_t)c->arg[1], &xlat_rlimit_resources));
		add_arg(c, c->arg[2] ? mk_rlimit(c, c->arg[2]) : mk_ptr(c, 0));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[3], mk_rlimit));
}

static void dec_getrlimit(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_rlimit_resources));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[1], mk_rlimit_words));
}

static void dec_setrlimit(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_rlimit_resources));
	add_arg(c, mk_rlimit_words(c, c->arg[1]));
}

static void dec_getrusage(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_rusage_who));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[1], mk_rusage));
}

/* a clock_t count: unsigned, with its value in seconds as a comment ("27 / * 0.27 s * /") */
static struct value *mk_clock_t(struct dctx *c, uint64_t v)
{
	static long tck;
	if (!tck)
		tck = sysconf(_SC_CLK_TCK);
	struct value *n = mk_uint(c, v);
	if (tck <= 0 || v == 0)   /* no comment on 0 */
		return n;
	int prec = 0;
	uint64_t scale = 1;
	for (long t = tck; t > 1 && prec < 9; t = (t + 9) / 10) {
		prec++;
		scale *= 10;
	}
	uint64_t frac = (uint64_t)((unsigned __int128)(v % (uint64_t)tck) * scale / (uint64_t)tck);
	if (prec)
		return v_comment(n, arena_printf(c->a, "%llu.%0*llu s", (unsigned long long)(v / (uint64_t)tck),
						 prec, (unsigned long long)frac));
	return v_comment(n, arena_printf(c->a, "%llu s", (unsigned long long)(v / (uint64_t)tck)));
}

static struct value *mk_tms(struct dctx *c, uint64_t addr)
{
	int64_t t[4];
	struct value *fb;
	if (!fetch(c, addr, t, sizeof(t), &fb))
		return fb;
	static const char *const names[4] = { "tms_utime", "tms_stime", "tms_cutime", "tms_cstime" };
	struct value *s = v_list(c->a, V_STRUCT);
	for (int i = 0; i < 4; i++)
		v_field(s, names[i], mk_clock_t(c, (uint64_t)t[i]));
	return s;
}

static void dec_times(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[0], mk_tms));
}

static void dec_getrandom(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	struct value *v = arg_obuf(c, 0, NULL);
	if (v->kind == V_STR)
		v->sflags |= VS_HEX;
	add_arg(c, v);
	add_arg(c, mk_uint(c, c->arg[1]));
	add_arg(c, mk_flags(c, (uint32_t)c->arg[2], &xlat_getrandom_flags));
}

/* ---- uname, sysinfo ---- */

static struct value *mk_utsname(struct dctx *c, uint64_t addr)
{
	char u[6][65];
	struct value *fb;
	if (!fetch(c, addr, u, sizeof(u), &fb))
		return fb;
	static const char *const names[6] = { "sysname", "nodename", "release", "version", "machine", "domainname" };
	struct value *s = v_list(c->a, V_STRUCT);
	for (int i = 0; i < 6; i++) {
		if (i == 2 && !c->verbose) {
			v_add(s, v_ellipsis(c->a));
			break;
		}
		char *p = arena_strndup(c->a, u[i], 65);
		v_field(s, names[i], v_str(c->a, p, strnlen(u[i], 65), 0));
	}
	return s;
}

static void dec_uname(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[0], mk_utsname));
}

struct sysinfo_k {
	int64_t uptime;
	uint64_t loads[3], totalram, freeram, sharedram, bufferram, totalswap, freeswap;
	uint16_t procs, pad;
	uint64_t totalhigh, freehigh;
	uint32_t mem_unit;
};

static struct value *mk_sysinfo(struct dctx *c, uint64_t addr)
{
	struct sysinfo_k si;
	struct value *fb;
	if (!fetch(c, addr, &si, sizeof(si), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "uptime", mk_int(c, si.uptime));
	struct value *l = v_field(s, "loads", v_list(c->a, V_ARRAY));
	for (int i = 0; i < 3; i++)
		v_add(l, mk_uint(c, si.loads[i]));
	v_field(s, "totalram", mk_uint(c, si.totalram));
	v_field(s, "freeram", mk_uint(c, si.freeram));
	v_field(s, "sharedram", mk_uint(c, si.sharedram));
	v_field(s, "bufferram", mk_uint(c, si.bufferram));
	v_field(s, "totalswap", mk_uint(c, si.totalswap));
	v_field(s, "freeswap", mk_uint(c, si.freeswap));
	v_field(s, "procs", mk_uint(c, si.procs));
	v_field(s, "totalhigh", mk_uint(c, si.totalhigh));
	v_field(s, "freehigh", mk_uint(c, si.freehigh));
	v_field(s, "mem_unit", mk_uint(c, si.mem_unit));
	return s;
}

static void dec_sysinfo(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	add_arg(c, out_or_ptr(c, c->arg[0], mk_sysinfo));
}

static const struct decoder sched_decoders[] = {
	DECODE(prlimit64, dec_prlimit64, CAP_IN(2, sizeof(uint64_t[2])), CAP_OUT(3, sizeof(uint64_t[2]))),
	DECODE(getrlimit, dec_getrlimit, CAP_OUT(1, sizeof(uint64_t[2]))),
	DECODE(setrlimit, dec_setrlimit, CAP_IN(1, sizeof(uint64_t[2]))),
	DECODE(getrusage, dec_getrusage, CAP_OUT(1, sizeof(struct rusage_k))),
	DECODE(times, dec_times, CAP_OUT(0, sizeof(int64_t[4]))),
	DECODE(getrandom, dec_getrandom, CAP_OBUF(0, CAPL_RET)),
	DECODE(uname, dec_uname, CAP_OUT(0, sizeof(char[6][65]))),
	DECODE(sysinfo, dec_sysinfo, CAP_OUT(0, sizeof(struct sysinfo_k))),
	SIGNATURE(getpriority, ARGX(enum, prio_which), ARG(prio_who)),
	SIGNATURE(setpriority, ARGX(enum, prio_which), ARG(prio_who), ARG(int)),
	/*
	 * mk_cpuset reads the whole mask, not -s bytes of it: a cpu_set_t (what
	 * glibc passes) and, for larger masks, the counted bytes up to -s.
	 */
	DECODE(sched_getaffinity, dec_sched_getaffinity, CAP_OUT(2, sizeof(cpu_set_t)), CAP_OBUF(2, CAPL_RET)),
	DECODE(sched_setaffinity, dec_sched_setaffinity, CAP_IN(2, sizeof(cpu_set_t)), CAP_IBUF(2, 1)),
	DECODE(sched_getscheduler, dec_sched_getscheduler),
	DECODE(sched_setscheduler, dec_sched_setscheduler, CAP_IN(2, sizeof(int32_t))),
	DECODE(sched_getparam, dec_sched_getparam, CAP_OUT(1, sizeof(int32_t))),
	DECODE(sched_setparam, dec_sched_setparam, CAP_IN(1, sizeof(int32_t))),
	SIGNATURE(sched_get_priority_max, ARGX(enum, sched_policies)),
	SIGNATURE(sched_get_priority_min, ARGX(enum, sched_policies)),
	DECODE(sched_rr_get_interval, dec_sched_rr_get_interval, CAP_OUT(1, sizeof(struct timespec))),
	/* the struct, and on E2BIG the size the kernel stored in it */
	DECODE(sched_setattr, dec_sched_setattr, CAP_IN(1, sizeof(struct sched_attr_k)), CAP_OUT(1, sizeof(uint32_t))),
	DECODE(sched_getattr, dec_sched_getattr, CAP_OUT(1, sizeof(struct sched_attr_k))),
	DECODE(getcpu, dec_getcpu, CAP_OUT(0, sizeof(uint32_t)), CAP_OUT(1, sizeof(uint32_t))),
	DECODE(ioprio_get, dec_ioprio),
	DECODE(ioprio_set, dec_ioprio),
};

DECODER_TABLE(sched, sched_decoders);
