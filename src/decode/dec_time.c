/*
 * dec_time.c - clocks, sleeps and timers: clock_*, nanosleep, time,
 * gettimeofday, alarm, itimers, POSIX timers, timerfds, adjtimex.
 * Also the shared time structures (timespec, timeval, sigevent) and the
 * date comment strace adds to absolute times.
 */
#include "decode.h"

#include <errno.h>
#include <signal.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <time.h>

/* A struct timespec or timeval: two 64-bit fields, or 32-bit ones in an old i386 call. */
static bool fetch_time(struct dctx *c, uint64_t addr, int64_t *sec, int64_t *frac, struct value **fb)
{
	if (c->time32) {
		int32_t t[2];
		if (!fetch(c, addr, t, sizeof(t), fb))
			return false;
		*sec = t[0];
		*frac = t[1];
		return true;
	}
	int64_t t[2];
	if (!fetch(c, addr, t, sizeof(t), fb))
		return false;
	*sec = t[0];
	*frac = t[1];
	return true;
}

struct value *mk_timespec(struct dctx *c, uint64_t addr)
{
	struct { int64_t sec, nsec; } ts;
	struct value *fb;
	if (!fetch_time(c, addr, &ts.sec, &ts.nsec, &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tv_sec", mk_int(c, ts.sec));
	v_field(s, "tv_nsec", mk_uint(c, (uint64_t)ts.nsec));
	return s;
}

struct value *mk_timeval(struct dctx *c, uint64_t addr)
{
	struct { int64_t sec, usec; } tv;
	struct value *fb;
	if (!fetch_time(c, addr, &tv.sec, &tv.usec, &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tv_sec", mk_int(c, tv.sec));
	v_field(s, "tv_usec", mk_uint(c, (uint64_t)tv.usec));
	return s;
}

/* "2026-11-27T01:44:41.082038965+0000" in local time, or NULL */
static const char *fmt_date(struct dctx *c, int64_t sec, uint64_t nsec, bool have_nsec)
{
	time_t t = (time_t)sec;
	struct tm tm;
	if (!localtime_r(&t, &tm))
		return NULL;
	char date[64], zone[16];
	strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%S", &tm);
	strftime(zone, sizeof(zone), "%z", &tm);
	if (have_nsec && nsec)
		return arena_printf(c->a, "%s.%09llu%s", date, (unsigned long long)nsec, zone);
	return arena_printf(c->a, "%s%s", date, zone);
}

/* Attach " / * 2026-11-27T01:44:41.082038965+0000 * /" to a seconds value, in local time. */
struct value *mk_time_comment(struct dctx *c, struct value *v, int64_t sec, uint64_t nsec, bool have_nsec)
{
	const char *d = fmt_date(c, sec, nsec, have_nsec);
	if (d)
		v->comment = d;
	return v;
}

/* struct itimerspec (nsec) or struct itimerval (usec) */
static struct value *mk_itimer(struct dctx *c, uint64_t addr, bool spec)
{
	uint64_t raw[4];
	struct value *fb;
	size_t half = timespec_size(c);
	if (!fetch(c, addr, raw, 2 * half, &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "it_interval", spec ? mk_timespec(c, addr) : mk_timeval(c, addr));
	v_field(s, "it_value", spec ? mk_timespec(c, addr + half) : mk_timeval(c, addr + half));
	return s;
}

static struct value *mk_clockid(struct dctx *c, uint64_t id)
{
	return mk_enum(c, (uint32_t)id, &xlat_clocks);
}

#define CAPOF_clockid CAPOF_NONE
static struct value *arg_clockid(struct dctx *c, int i, const void *d)
{
	(void)d;
	return mk_clockid(c, c->arg[i]);
}

#define CAPOF_timespec CAPOF_STRUCT_IN(struct timespec)
static struct value *arg_timespec(struct dctx *c, int i, const void *d)
{
	(void)d;
	return mk_timespec(c, c->arg[i]);
}

/* An output pointer: decoded when the call succeeded, else its address. */
static struct value *out_or_addr(struct dctx *c, uint64_t addr, struct value *(*fn)(struct dctx *, uint64_t))
{
	return failed(c) ? mk_ptr(c, addr) : fn(c, addr);
}

static struct value *mk_itimerspec(struct dctx *c, uint64_t a) { return mk_itimer(c, a, true); }
static struct value *mk_itimerval(struct dctx *c, uint64_t a) { return mk_itimer(c, a, false); }

/* clock_gettime, clock_getres: (clock, OUT timespec) */
static void dec_clock_get(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_clockid(c, c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_addr(c, c->arg[1], mk_timespec));
}

static bool interrupted(const struct dctx *c)
{
	return c->err == EINTR || (c->err >= 512 && c->err <= 516);
}

/* nanosleep and clock_nanosleep: the remainder is only written when interrupted */
static void dec_nanosleep(struct dctx *c)
{
	int i = c->nr == SC_clock_nanosleep ? 2 : 0;
	if (!c->exiting) {
		if (i) {
			add_arg(c, mk_clockid(c, c->arg[0]));
			add_arg(c, mk_flags(c, (uint32_t)c->arg[1], &xlat_timer_flags));
		}
		add_arg(c, mk_timespec(c, c->arg[i]));
		c->pending = true;
		return;
	}
	uint64_t rem = c->arg[i + 1];
	add_arg(c, interrupted(c) && rem ? mk_timespec(c, rem) : mk_ptr(c, rem));
}

static struct value *mk_timezone(struct dctx *c, uint64_t addr)
{
	struct { int32_t west, dst; } tz;
	struct value *fb;
	if (!fetch(c, addr, &tz, sizeof(tz), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tz_minuteswest", mk_int(c, tz.west));
	v_field(s, "tz_dsttime", mk_int(c, tz.dst));
	return s;
}

static void dec_gettimeofday(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	add_arg(c, out_or_addr(c, c->arg[0], mk_timeval));
	add_arg(c, out_or_addr(c, c->arg[1], mk_timezone));
}

static void dec_settimeofday(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_timeval(c, c->arg[0]));
	add_arg(c, mk_timezone(c, c->arg[1]));
}

/* time(&t) = t (date) */
static void dec_time(struct dctx *c)
{
	if (!c->exiting) {
		c->pending = true;
		return;
	}
	uint64_t addr = c->arg[0];
	int64_t t;
	int32_t t32;   /* an i386 program's time_t */
	struct value *fb;
	bool ok = !failed(c) && (c->time32 ? fetch(c, addr, &t32, sizeof(t32), &fb) : fetch(c, addr, &t, sizeof(t), &fb));
	if (ok && c->time32)
		t = t32;
	if (!ok) {
		add_arg(c, mk_ptr(c, addr));
	} else {
		struct value *a = v_list(c->a, V_ARRAY);
		v_add(a, mk_time_comment(c, mk_int(c, t), t, 0, false));
		add_arg(c, a);
	}
	if (!failed(c)) {
		const char *d = fmt_date(c, c->rval, 0, false);
		if (d)
			c->ret_aux = v_sym(c->a, d, (uint64_t)c->rval);
	}
}

static void dec_getitimer(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_itimer_which));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_addr(c, c->arg[1], mk_itimerval));
}

static void dec_setitimer(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_enum(c, (uint32_t)c->arg[0], &xlat_itimer_which));
		add_arg(c, mk_itimerval(c, c->arg[1]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_addr(c, c->arg[2], mk_itimerval));
}

/*
 * struct sigevent (timer_create, mq_notify): its 32 meaningful bytes, as
 * strace reads it (the kernel's 64 are padding after them).
 */
struct value *mk_sigevent(struct dctx *c, uint64_t addr)
{
	struct {
		uint64_t value;
		int32_t signo, notify;
		union {
			int32_t tid;
			struct { uint64_t function, attribute; } thr;
		} un;
	} ev;
	struct value *fb;
	if (!fetch(c, addr, &ev, sizeof(ev), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	if (ev.value) {
		struct value *val = v_list(c->a, V_STRUCT);
		v_field(val, "sival_int", mk_int(c, (int32_t)ev.value));
		v_field(val, "sival_ptr", mk_ptr(c, ev.value));
		v_field(s, "sigev_value", val);
	}
	bool sig = ev.notify == SIGEV_SIGNAL || ev.notify == SIGEV_THREAD ||
		   ev.notify == SIGEV_THREAD_ID;
	v_field(s, "sigev_signo", sig ? mk_signo(c, ev.signo) : mk_uint(c, (uint32_t)ev.signo));
	v_field(s, "sigev_notify", mk_enum(c, (uint32_t)ev.notify, &xlat_sigev_notify));
	if (ev.notify == SIGEV_THREAD_ID) {
		v_field(s, "sigev_notify_thread_id", mk_int(c, ev.un.tid));
	} else if (ev.notify == SIGEV_THREAD) {
		v_field(s, "sigev_notify_function", mk_ptr(c, ev.un.thr.function));
		v_field(s, "sigev_notify_attributes", mk_ptr(c, ev.un.thr.attribute));
	}
	return s;
}

static void dec_timer_create(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_clockid(c, c->arg[0]));
		add_arg(c, mk_sigevent(c, c->arg[1]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_addr(c, c->arg[2], mk_int_at));
}

/* timer_settime(id, flags, new, OUT old), timerfd_settime(fd, ...) */
static void dec_settime(struct dctx *c)
{
	if (!c->exiting) {
		if (c->nr == SC_timerfd_settime) {
			add_arg(c, mk_fd(c, (int)c->arg[0]));
			add_arg(c, mk_flags(c, (uint32_t)c->arg[1], &xlat_timerfd_flags));
		} else {
			add_arg(c, mk_int(c, (int)c->arg[0]));
			add_arg(c, mk_flags(c, (uint32_t)c->arg[1], &xlat_timer_flags));
		}
		add_arg(c, mk_itimerspec(c, c->arg[2]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_addr(c, c->arg[3], mk_itimerspec));
}

static void dec_gettime(struct dctx *c)
{
	if (!c->exiting) {
		if (c->nr == SC_timerfd_gettime)
			add_arg(c, mk_fd(c, (int)c->arg[0]));
		else
			add_arg(c, mk_int(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_addr(c, c->arg[1], mk_itimerspec));
}

static struct value *mk_timex(struct dctx *c, uint64_t addr)
{
	struct timex tx;
	struct value *fb;
	if (!fetch(c, addr, &tx, sizeof(tx), &fb))
		return fb;
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "modes", mk_flags(c, tx.modes, &xlat_adjtimex_modes));
	v_field(s, "offset", mk_int(c, tx.offset));
	v_field(s, "freq", mk_int(c, tx.freq));
	v_field(s, "maxerror", mk_int(c, tx.maxerror));
	v_field(s, "esterror", mk_int(c, tx.esterror));
	v_field(s, "status", mk_flags(c, (uint32_t)tx.status, &xlat_adjtimex_status));
	v_field(s, "constant", mk_int(c, tx.constant));
	v_field(s, "precision", mk_int(c, tx.precision));
	v_field(s, "tolerance", mk_int(c, tx.tolerance));
	v_field(s, "time", mk_timeval(c, addr + offsetof(struct timex, time)));
	v_field(s, "tick", mk_int(c, tx.tick));
	v_field(s, "ppsfreq", mk_int(c, tx.ppsfreq));
	v_field(s, "jitter", mk_int(c, tx.jitter));
	v_field(s, "shift", mk_int(c, tx.shift));
	v_field(s, "stabil", mk_int(c, tx.stabil));
	v_field(s, "jitcnt", mk_int(c, tx.jitcnt));
	v_field(s, "calcnt", mk_int(c, tx.calcnt));
	v_field(s, "errcnt", mk_int(c, tx.errcnt));
	v_field(s, "stbcnt", mk_int(c, tx.stbcnt));
	v_field(s, "tai", mk_int(c, tx.tai));
	return s;
}

/* adjtimex(timex), clock_adjtime(clock, timex): the struct is shown after the call */
static void dec_adjtimex(struct dctx *c)
{
	int i = c->nr == SC_clock_adjtime ? 1 : 0;
	if (!c->exiting) {
		if (i)
			add_arg(c, mk_clockid(c, c->arg[0]));
		c->pending = true;
		return;
	}
	add_arg(c, out_or_addr(c, c->arg[i], mk_timex));
	if (!failed(c)) {
		const char *n = xlat_name(&xlat_adjtimex_state, (uint64_t)c->rval);
		if (n)
			c->ret_aux = v_sym(c->a, n, (uint64_t)c->rval);
	}
}

static const struct decoder time_decoders[] = {
	DECODE(clock_gettime, dec_clock_get, CAP_OUT(1, sizeof(struct timespec))),
	DECODE(clock_getres, dec_clock_get, CAP_OUT(1, sizeof(struct timespec))),
	SIGNATURE(clock_settime, ARG(clockid), ARG(timespec)),
	DECODE(clock_nanosleep, dec_nanosleep, CAP_IN(2, sizeof(struct timespec)), CAP_OUT(3, sizeof(struct timespec))),
	DECODE(nanosleep, dec_nanosleep, CAP_IN(0, sizeof(struct timespec)), CAP_OUT(1, sizeof(struct timespec))),
	DECODE(gettimeofday, dec_gettimeofday, CAP_OUT(0, sizeof(struct timeval)), CAP_OUT(1, sizeof(struct timezone))),
	DECODE(settimeofday, dec_settimeofday, CAP_IN(0, sizeof(struct timeval)), CAP_IN(1, sizeof(struct timezone))),
	DECODE(time, dec_time, CAP_OUT(0, sizeof(int64_t))),
	SIGNATURE(alarm, ARG(uint)),
	DECODE(getitimer, dec_getitimer, CAP_OUT(1, sizeof(struct itimerval))),
	DECODE(setitimer, dec_setitimer, CAP_IN(1, sizeof(struct itimerval)), CAP_OUT(2, sizeof(struct itimerval))),
	DECODE(timer_create, dec_timer_create, CAP_IN(1, SIGEVENT_READ), CAP_OUT(2, sizeof(int32_t))),
	DECODE(timer_settime, dec_settime, CAP_IN(2, sizeof(struct itimerspec)), CAP_OUT(3, sizeof(struct itimerspec))),
	DECODE(timer_gettime, dec_gettime, CAP_OUT(1, sizeof(struct itimerspec))),
	SIGNATURE(timer_getoverrun, ARG(int)),
	SIGNATURE(timer_delete, ARG(int)),
	SIGNATURE_R(timerfd_create, RET_FD, ARG(clockid), ARGX(flags, timerfd_flags)),
	DECODE(timerfd_settime, dec_settime, CAP_IN(2, sizeof(struct itimerspec)), CAP_OUT(3, sizeof(struct itimerspec))),
	DECODE(timerfd_gettime, dec_gettime, CAP_OUT(1, sizeof(struct itimerspec))),
	DECODE(adjtimex, dec_adjtimex, CAP_OUT(0, sizeof(struct timex))),
	DECODE(clock_adjtime, dec_adjtimex, CAP_OUT(1, sizeof(struct timex))),
};

DECODER_TABLE(time, time_decoders);
