/*
 * dec_poll.c - decoders for descriptor multiplexing: poll, ppoll, select,
 * pselect6 and the epoll calls.  The ready sets are shown after the return
 * value, as strace does: "= 1 ([{fd=3, revents=POLLIN}])", "= 1 (in [3])".
 */
#include "decode.h"
#include "render.h"

#include <poll.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/time.h>
#include <time.h>

#define FDSET_MAX_BYTES (1024 * 1024 / 8)  /* largest fd set that is read */

/*
 * strace builds the part after the return value in a 1024-byte buffer:
 * entries stop when the text gets near its end, and the trailing
 * "left {...}" is dropped when it would not fit.
 */
#define AUX_MAX 1023           /* longest aux text */
#define POLL_AUX_STOP 997      /* no revents entry may end at or past this */
#define SELECT_AUX_STOP 999    /* no descriptor is started at or past this */

static const struct render_opts plain_ro = { 0 };

/* length of v as printed */
static size_t text_len(const struct value *v)
{
	struct sbuf b = { 0 };
	render_value(&b, v, &plain_ro);
	size_t n = b.len;
	sbuf_free(&b);
	return n;
}

/* struct timeval (select's timeout) */
static struct value *mk_sel_timeval(struct dctx *c, uint64_t addr)
{
	struct { int64_t sec, usec; } tv;
	struct value *fb;
	if (c->time32) {   /* an i386 program's struct timeval */
		int32_t t[2];
		if (!fetch(c, addr, t, sizeof(t), &fb))
			return fb;
		tv.sec = t[0];
		tv.usec = t[1];
	} else if (!fetch(c, addr, &tv, sizeof(tv), &fb)) {
		return fb;
	}
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "tv_sec", mk_int(c, tv.sec));
	v_field(s, "tv_usec", mk_int(c, tv.usec));
	return s;
}

/* ---- poll, ppoll ---- */

static struct value *pollfd_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	struct pollfd p;
	memcpy(&p, e, sizeof(p));
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "fd", mk_fd(c, p.fd));
	if (p.fd >= 0)
		v_field(s, "events", mk_flags(c, (uint16_t)p.events, &xlat_poll_events));
	return s;
}

static struct value *mk_pollfds(struct dctx *c, uint64_t addr, uint32_t n)
{
	return mk_array(c, addr, n, sizeof(struct pollfd), pollfd_elem, NULL);
}

/*
 * The descriptors with revents set, after a successful poll; *len gets the
 * printed length of the array.
 */
static struct value *mk_revents(struct dctx *c, uint64_t addr, uint32_t n, size_t *len)
{
	struct value *arr = v_list(c->a, V_ARRAY);
	unsigned shown = 0;
	size_t pos = 1;   /* "[" */
	for (uint32_t i = 0; i < n; i++) {
		struct pollfd p;
		if (mem_read(c->mem, addr + i * sizeof(p), &p, sizeof(p)) != 0)
			break;
		if (!p.revents)
			continue;
		struct value *s = v_list(c->a, V_STRUCT);
		v_field(s, "fd", mk_int(c, p.fd));   /* no -y path here */
		v_field(s, "revents", mk_flags(c, (uint16_t)p.revents, &xlat_poll_events));
		size_t l = text_len(s);
		if (shown >= array_limit(c) || pos + 2 + l >= POLL_AUX_STOP) {
			v_add(arr, v_ellipsis(c->a));
			pos += shown ? 5 : 3;
			break;
		}
		pos += (shown++ ? 2 : 0) + l;
		v_add(arr, s);
	}
	*len = pos + 1;   /* "]" */
	return arr;
}

static void dec_poll(struct dctx *c)
{
	bool pp = c->nr == SC_ppoll;
	uint32_t n = (uint32_t)c->arg[1];
	if (!c->exiting) {
		add_arg(c, mk_pollfds(c, c->arg[0], n));
		add_arg(c, mk_uint(c, n));
		if (pp) {
			add_arg(c, mk_timespec(c, c->arg[2]));
			add_arg(c, mk_sigset_at(c, c->arg[3], c->arg[4]));
			add_arg(c, mk_uint(c, c->arg[4]));
		} else {
			add_arg(c, mk_int(c, (int)c->arg[2]));
		}
		return;
	}
	if (failed(c))
		return;
	if (c->rval == 0) {
		c->ret_aux = v_sym(c->a, "Timeout", 0);
		return;
	}
	size_t len;
	struct value *r = mk_revents(c, c->arg[0], n, &len);
	if (!pp || !c->arg[2]) {
		c->ret_aux = r;
		return;
	}
	struct value *seq = v_list(c->a, V_SEQ);
	v_add(seq, r);
	struct value *left = v_label("left", mk_timespec(c, c->arg[2]));
	if (len + 2 + text_len(left) <= AUX_MAX)
		v_add(seq, left);
	else
		v_add(seq, v_ellipsis(c->a));
	c->ret_aux = seq;
}

/* ---- select, pselect6 ---- */

/* the first nfds bits of the fd_set at addr, or NULL if unreadable */
static const uint8_t *read_fdset(struct dctx *c, uint64_t addr, int nfds, size_t *nbits)
{
	if (!addr || nfds < 0)
		return NULL;
	size_t wbits = 8 * word_size(c);   /* an fd_set is an array of longs */
	size_t bytes = ((size_t)nfds + wbits - 1) / wbits * (wbits / 8);
	if (bytes > FDSET_MAX_BYTES)
		bytes = FDSET_MAX_BYTES;
	uint8_t *set = arena_alloc(c->a, bytes ? bytes : 1);
	if (bytes && mem_read(c->mem, addr, set, bytes) != 0)
		return NULL;
	*nbits = (size_t)nfds < bytes * 8 ? (size_t)nfds : bytes * 8;
	return set;
}

static bool fd_isset(const uint8_t *set, size_t fd)
{
	return set[fd / 8] & (1u << (fd % 8));
}

/* an argument fd_set: [0 3<pipe:[12]> 70] */
static struct value *mk_fdset(struct dctx *c, uint64_t addr, int nfds)
{
	size_t n;
	const uint8_t *set = read_fdset(c, addr, nfds, &n);
	if (!set)
		return mk_ptr(c, addr);
	struct value *v = v_list(c->a, V_SET);
	for (size_t fd = 0; fd < n; fd++)
		if (fd_isset(set, fd))
			v_add(v, mk_fd(c, (int)fd));
	return v;
}

/*
 * The result after the return value: "in [3], out [4], left {...}".  At
 * most rval descriptors are listed (the kernel leaves bits beyond its fd
 * table untouched), and the text is cut where strace's buffer would end:
 * len counts the printed length for that.
 */
static struct value *mk_select_result(struct dctx *c, bool ps)
{
	static const char *const label[] = { "in", "out", "except" };
	int nfds = (int)c->arg[0];
	int64_t budget = c->rval;
	struct value *seq = v_list(c->a, V_SEQ);
	size_t len = 0;
	for (int i = 0; i < 3; i++) {
		size_t n;
		const uint8_t *set = read_fdset(c, c->arg[i + 1], nfds, &n);
		if (!set)
			continue;
		struct value *fds = NULL;
		bool stopped = false;
		for (size_t fd = 0; fd < n && budget > 0; fd++) {
			if (!fd_isset(set, fd))
				continue;
			if (len >= SELECT_AUX_STOP) {
				stopped = true;
				break;
			}
			budget--;
			if (fds) {
				len++;
			} else {
				len += (seq->list.first ? 2 : 0) + strlen(label[i]) + 2;
				fds = v_add(seq, v_label(label[i], v_list(c->a, V_SET)));
			}
			struct value *num = mk_int(c, (int64_t)fd);
			len += text_len(num);
			v_add(fds, num);
		}
		if (fds) {
			len++;
		} else if (stopped) {
			/*
			 * strace's full buffer closes a list it never opened, right after
			 * the previous one: only text can say that (past ~1000 columns).
			 */
			struct sbuf b = { 0 };
			render_value(&b, seq, &plain_ro);
			sbuf_putc(&b, ']');
			struct value *t = v_sym(c->a, arena_strndup(c->a, b.p, b.len), 0);
			sbuf_free(&b);
			seq = v_list(c->a, V_SEQ);
			v_add(seq, t);
			len++;
		}
	}
	if (c->arg[4]) {
		struct value *left = v_label("left", ps ? mk_timespec(c, c->arg[4]) : mk_sel_timeval(c, c->arg[4]));
		if (len + text_len(left) + (len ? 2 : 0) <= AUX_MAX)
			v_add(seq, left);
	}
	return seq;
}

static struct value *mk_pselect_sigdata(struct dctx *c, uint64_t addr)
{
	struct { uint64_t ss, len; } d;
	struct value *fb;
	uint64_t w[2];   /* the sigset's address and size: the tracee's words */
	if (!fetch_words(c, addr, w, 2, &fb))
		return fb;
	d.ss = w[0];
	d.len = w[1];
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "sigmask", mk_sigset_at(c, d.ss, d.len));
	v_field(s, "sigsetsize", mk_uint(c, d.len));
	return s;
}

static void dec_select(struct dctx *c)
{
	bool ps = c->nr == SC_pselect6;
	int nfds = (int)c->arg[0];
	if (!c->exiting) {
		add_arg(c, mk_int(c, nfds));
		for (int i = 1; i <= 3; i++)
			add_arg(c, mk_fdset(c, c->arg[i], nfds));
		if (ps) {
			add_arg(c, mk_timespec(c, c->arg[4]));
			add_arg(c, mk_pselect_sigdata(c, c->arg[5]));
		} else {
			add_arg(c, mk_sel_timeval(c, c->arg[4]));
		}
		return;
	}
	if (failed(c))
		return;
	if (c->rval == 0) {
		c->ret_aux = v_sym(c->a, "Timeout", 0);
		return;
	}
	c->ret_aux = mk_select_result(c, ps);
}

/* ---- epoll ---- */

static struct value *mk_epoll_event_from(struct dctx *c, const struct epoll_event *e)
{
	struct value *s = v_list(c->a, V_STRUCT);
	v_field(s, "events", mk_flags(c, e->events, &xlat_poll_epoll_events));
	struct value *d = v_list(c->a, V_STRUCT);
	v_field(d, "u32", mk_uint(c, (uint32_t)e->data.u64));
	v_field(d, "u64", mk_uint(c, e->data.u64));
	v_field(s, "data", d);
	return s;
}

static void dec_epoll_ctl(struct dctx *c)
{
	if (c->exiting)
		return;
	add_arg(c, mk_fd(c, (int)c->arg[0]));
	add_arg(c, mk_enum(c, (uint32_t)c->arg[1], &xlat_poll_epoll_ctl_ops));
	add_arg(c, mk_fd(c, (int)c->arg[2]));
	struct epoll_event e;
	struct value *fb;
	if ((uint32_t)c->arg[1] == EPOLL_CTL_DEL || !fetch(c, c->arg[3], &e, sizeof(e), &fb))
		add_arg(c, mk_ptr(c, c->arg[3]));
	else
		add_arg(c, mk_epoll_event_from(c, &e));
}

static struct value *epoll_event_elem(struct dctx *c, const void *e, void *ud)
{
	(void)ud;
	struct epoll_event ev;
	memcpy(&ev, e, sizeof(ev));
	return mk_epoll_event_from(c, &ev);
}

static struct value *mk_epoll_events(struct dctx *c, uint64_t addr, uint64_t n)
{
	return mk_array(c, addr, n, sizeof(struct epoll_event), epoll_event_elem, NULL);
}

/* epoll_wait, epoll_pwait, epoll_pwait2 */
static void dec_epoll_wait(struct dctx *c)
{
	if (!c->exiting) {
		add_arg(c, mk_fd(c, (int)c->arg[0]));
		c->pending = true;
		return;
	}
	if (failed(c))
		add_arg(c, mk_ptr(c, c->arg[1]));
	else
		add_arg(c, mk_epoll_events(c, c->arg[1], (uint64_t)c->rval));
	add_arg(c, mk_int(c, (int)c->arg[2]));
	/* as strace, which decodes them at exit: a failed call shows the timeout and mask addresses */
	if (c->nr == SC_epoll_pwait2)
		add_arg(c, failed(c) ? mk_ptr(c, c->arg[3]) : mk_timespec(c, c->arg[3]));
	else
		add_arg(c, mk_int(c, (int)c->arg[3]));
	if (c->nr != SC_epoll_wait) {
		add_arg(c, failed(c) ? mk_ptr(c, c->arg[4]) : mk_sigset_at(c, c->arg[4], c->arg[5]));
		add_arg(c, mk_uint(c, c->arg[5]));
	}
}

static const struct decoder poll_decoders[] = {
	/* the pollfds at entry, and their revents at exit */
	DECODE(poll, dec_poll, CAP_ARRAY(0, CAPP_ENTRY | CAPP_EXIT, 1, sizeof(struct pollfd))),
	/* the timeout at entry, and what is left of it at exit; a kernel sigset_t */
	DECODE(ppoll, dec_poll, CAP_ARRAY(0, CAPP_ENTRY | CAPP_EXIT, 1, sizeof(struct pollfd)),
	       CAP_INOUT(2, sizeof(struct timespec)), CAP_IN(3, sizeof(uint64_t))),
	DECODE(select, dec_select, CAP_BITS(1, CAPP_ENTRY | CAPP_EXIT, 0),
	       CAP_BITS(2, CAPP_ENTRY | CAPP_EXIT, 0), CAP_BITS(3, CAPP_ENTRY | CAPP_EXIT, 0),
	       CAP_INOUT(4, sizeof(struct timeval))),
	/* arg 5: { sigset pointer, its size }, and the kernel sigset it points to */
	DECODE(pselect6, dec_select, CAP_BITS(1, CAPP_ENTRY | CAPP_EXIT, 0),
	       CAP_BITS(2, CAPP_ENTRY | CAPP_EXIT, 0), CAP_BITS(3, CAPP_ENTRY | CAPP_EXIT, 0),
	       CAP_INOUT(4, sizeof(struct timespec)), CAP_IN(5, 2 * sizeof(uint64_t)),
	       CAP_DEREF(5, CAPP_ENTRY, 0, sizeof(uint64_t))),
	SIGNATURE_R(epoll_create, RET_FD, ARG(int)),
	SIGNATURE_R(epoll_create1, RET_FD, ARGX(flags, poll_epoll_create1_flags)),
	DECODE(epoll_ctl, dec_epoll_ctl, CAP_IN(3, sizeof(struct epoll_event))),
	/* all read at exit: the events the kernel wrote, the timeout and the sigset */
	DECODE(epoll_wait, dec_epoll_wait, CAP_ARRAY(1, CAPP_EXIT, CAPL_RET, sizeof(struct epoll_event))),
	DECODE(epoll_pwait, dec_epoll_wait, CAP_ARRAY(1, CAPP_EXIT, CAPL_RET, sizeof(struct epoll_event)),
	       CAP_OUT(4, sizeof(uint64_t))),
	DECODE(epoll_pwait2, dec_epoll_wait, CAP_ARRAY(1, CAPP_EXIT, CAPL_RET, sizeof(struct epoll_event)),
	       CAP_OUT(3, sizeof(struct timespec)), CAP_OUT(4, sizeof(uint64_t))),
};

DECODER_TABLE(poll, poll_decoders);
