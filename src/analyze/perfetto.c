/*
 * perfetto.c - `sctrace export`'s Perfetto writer: the walk's tracks, slices
 * and instants (export_walk.c) as TracePackets of TrackDescriptors and
 * TrackEvents, with interned names and readable debug annotations.
 */
#include "perfetto.h"
#include "export_internal.h"
#include "common.h"
#include "decode.h"
#include "protobuf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>

/* ---- the Perfetto writer ----
 *
 * Field numbers are Perfetto's (protos/perfetto/trace/...; tests/perfetto/trace.proto
 * lists the ones used here).  One packet sequence; event names, categories and
 * debug annotation names are interned on it, each sent in the first packet that
 * uses it.
 */

enum {
	TRACE_PACKET = 1,                                  /* Trace */
	PKT_CLOCK_SNAPSHOT = 6, PKT_TIMESTAMP = 8, PKT_SEQ_ID = 10, PKT_TRACK_EVENT = 11, PKT_INTERNED = 12,
	PKT_SEQ_FLAGS = 13, PKT_TRACK_DESCRIPTOR = 60,     /* TracePacket */
	TD_UUID = 1, TD_PROCESS = 3, TD_THREAD = 4, TD_PARENT = 5, /* TrackDescriptor */
	PD_PID = 1, PD_CMDLINE = 2, PD_NAME = 6, PD_START = 7,     /* ProcessDescriptor */
	THD_PID = 1, THD_TID = 2, THD_NAME = 5,            /* ThreadDescriptor */
	TE_CATEGORY_IID = 3, TE_ANNOTATION = 4, TE_TYPE = 9, TE_NAME_IID = 10,
	TE_TRACK_UUID = 11,                                /* TrackEvent */
	DA_NAME_IID = 1, DA_BOOL = 2, DA_INT = 4, DA_STRING = 6, /* DebugAnnotation */
	ID_CATEGORIES = 1, ID_NAMES = 2, ID_ANNOTATION_NAMES = 3, /* InternedData */
	IE_IID = 1, IE_NAME = 2,                           /* EventCategory, EventName, DebugAnnotationName */
	CS_CLOCKS = 1, CL_ID = 1, CL_TIMESTAMP = 2,        /* ClockSnapshot, ClockSnapshot.Clock */
};
enum { CLOCK_REALTIME_ID = 1, CLOCK_BOOTTIME_ID = 6 };  /* BuiltinClock */
enum { TYPE_SLICE_BEGIN = 1, TYPE_SLICE_END = 2, TYPE_INSTANT = 3 };
enum { SEQ_INCREMENTAL_STATE_CLEARED = 1, SEQ_NEEDS_INCREMENTAL_STATE = 2 };
#define SEQUENCE_ID 1

/* strings -> interning ids, one table per kind */
struct intern {
	struct ientry { char *s; size_t len; uint64_t iid; } *e;
	size_t cap, n;
};

static uint64_t hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603u;
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

/* s's id; *fresh is the table's copy of s if s is new (the packet must send it), else NULL */
static uint64_t intern(struct intern *t, const char *s, size_t n, const char **fresh)
{
	if (2 * (t->n + 1) > t->cap) {
		size_t cap = t->cap ? 2 * t->cap : 256;
		struct intern big = { xcalloc(cap, sizeof(struct ientry)), cap, t->n };
		for (size_t i = 0; i < t->cap; i++)
			if (t->e[i].s) {
				size_t j = hash(t->e[i].s, t->e[i].len) & (big.cap - 1);
				while (big.e[j].s)
					j = (j + 1) & (big.cap - 1);
				big.e[j] = t->e[i];
			}
		free(t->e);
		*t = big;
	}
	size_t j = hash(s, n) & (t->cap - 1);
	while (t->e[j].s) {
		if (t->e[j].len == n && !memcmp(t->e[j].s, s, n)) {
			*fresh = NULL;
			return t->e[j].iid;
		}
		j = (j + 1) & (t->cap - 1);
	}
	char *copy = xmalloc(n + 1);
	memcpy(copy, s, n);
	copy[n] = 0;
	t->e[j] = (struct ientry){ copy, n, ++t->n };
	*fresh = copy;
	return t->n;
}

static void intern_free(struct intern *t)
{
	for (size_t i = 0; i < t->cap; i++)
		free(t->e[i].s);
	free(t->e);
}

/* one debug annotation, a string value in pf->vals */
struct anno {
	uint64_t iid;
	enum { A_INT, A_STR, A_BOOL } kind;
	int64_t i;
	size_t off, len;
};

#define MAX_ANNOS 72

struct pf {
	bool started;                /* the first packet was written (it clears the sequence's state) */
	struct intern cats, names, keys;
	struct sbuf vals, tmp;
	struct anno a[MAX_ANNOS];
	int na;
	/* what this packet must add to the interned data */
	struct fresh { int table; uint64_t iid; const char *s; size_t len; } fresh[MAX_ANNOS + 2];
	int nfresh;
	struct xjson_member m[MAX_ANNOS];
};

static struct pf *pf(struct exporter *x)
{
	return x->priv;
}

static size_t packet_open(struct exporter *x, bool has_ts, int64_t ts);
static void packet_close(struct exporter *x, size_t m, bool interned);

/*
 * The first packet: a clock snapshot saying that the trace clock (BOOTTIME,
 * the default, which every timestamp here is in) reads the same as REALTIME.
 * The timestamps are the store's, nanoseconds since the epoch, so the
 * Perfetto UI can show wall-clock times.
 */
static void pf_start(struct exporter *x)
{
	x->priv = xcalloc(1, sizeof(struct pf));
	struct sbuf *b = &x->out;
	size_t m = packet_open(x, true, x->start_ns);
	size_t cs = pb_begin(b, PKT_CLOCK_SNAPSHOT);
	static const unsigned clocks[] = { CLOCK_BOOTTIME_ID, CLOCK_REALTIME_ID };
	for (size_t i = 0; i < ARRAY_SIZE(clocks); i++) {
		size_t c = pb_begin(b, CS_CLOCKS);
		pb_uint(b, CL_ID, clocks[i]);
		pb_uint(b, CL_TIMESTAMP, (uint64_t)x->start_ns);
		pb_end(b, c);
	}
	pb_end(b, cs);
	packet_close(x, m, false);
}

static uint64_t pf_intern(struct pf *p, int table, const char *s, size_t n)
{
	struct intern *t = table == ID_CATEGORIES ? &p->cats : table == ID_NAMES ? &p->names : &p->keys;
	const char *fresh;
	uint64_t iid = intern(t, s, n, &fresh);
	if (fresh && p->nfresh < (int)ARRAY_SIZE(p->fresh))
		p->fresh[p->nfresh++] = (struct fresh){ table, iid, fresh, n };
	return iid;
}

static size_t packet_open(struct exporter *x, bool has_ts, int64_t ts)
{
	size_t m = pb_begin(&x->out, TRACE_PACKET);
	if (has_ts)
		pb_uint(&x->out, PKT_TIMESTAMP, (uint64_t)ts);
	pb_uint(&x->out, PKT_SEQ_ID, SEQUENCE_ID);
	return m;
}

static void packet_close(struct exporter *x, size_t m, bool interned)
{
	struct pf *p = pf(x);
	unsigned flags = (p->started ? 0 : SEQ_INCREMENTAL_STATE_CLEARED) |
			 (interned ? SEQ_NEEDS_INCREMENTAL_STATE : 0);
	if (flags)
		pb_uint(&x->out, PKT_SEQ_FLAGS, flags);
	p->started = true;
	pb_end(&x->out, m);
	export_flush(x, false);
}

static void pf_process(struct exporter *x, const struct xproc *pr)
{
	struct sbuf *b = &x->out;
	struct pf *p = pf(x);
	size_t m = packet_open(x, false, 0);
	size_t td = pb_begin(b, PKT_TRACK_DESCRIPTOR);
	pb_uint(b, TD_UUID, pr->uuid);
	size_t pd = pb_begin(b, TD_PROCESS);
	pb_int(b, PD_PID, pr->pid);
	int n = pr->argv ? xjson_elements(pr->argv, strlen(pr->argv), p->m, MAX_ANNOS) : 0;
	for (int i = 0; i < n; i++) {
		p->tmp.len = 0;
		json_as_text(&p->tmp, p->m[i].val, p->m[i].val_len);
		p->vals.len = 0;
		xutf8_clean(&p->vals, p->tmp.p, p->tmp.len);
		pb_bytes(b, PD_CMDLINE, p->vals.p, p->vals.len);
	}
	p->vals.len = 0;
	pb_string(b, PD_NAME, pr->name);
	if (pr->start_ns)
		pb_int(b, PD_START, pr->start_ns);
	pb_end(b, pd);
	pb_end(b, td);
	packet_close(x, m, false);
}

static void pf_thread(struct exporter *x, const struct xthread *t)
{
	struct sbuf *b = &x->out;
	size_t m = packet_open(x, false, 0);
	size_t td = pb_begin(b, PKT_TRACK_DESCRIPTOR);
	pb_uint(b, TD_UUID, t->uuid);
	if (t->proc)
		pb_uint(b, TD_PARENT, t->proc->uuid);
	size_t thd = pb_begin(b, TD_THREAD);
	pb_int(b, THD_PID, t->pid);
	pb_int(b, THD_TID, t->tid);
	pb_string(b, THD_NAME, t->name);
	pb_end(b, thd);
	pb_end(b, td);
	packet_close(x, m, false);
}

/* ---- debug annotations from the store's JSON, readable ---- */

static bool key_is(const struct xjson_member *m, const char *k)
{
	return m->key_len == strlen(k) && !memcmp(m->key, k, m->key_len);
}

static bool readable(struct sbuf *b, const char *v, size_t n, int depth);

/* {"or":[...]}: the parts joined with '|' */
static bool readable_or(struct sbuf *b, const char *v, size_t n, int depth)
{
	struct xjson_member e[16];
	int k = xjson_elements(v, n, e, 16);
	if (k <= 0 || k == 16)
		return false;
	for (int i = 0; i < k; i++) {
		if (i)
			sbuf_putc(b, '|');
		if (*e[i].val == '{') {
			if (!readable(b, e[i].val, e[i].val_len, depth + 1))
				return false;
		} else if (*e[i].val == '-' || (*e[i].val >= '0' && *e[i].val <= '9')) {
			sbuf_putn(b, e[i].val, e[i].val_len);
		} else {
			return false;
		}
	}
	return true;
}

/* {"flags":[...],"value":N,"unknown":M}: A|B|0xM, or 0 */
static bool readable_flags(struct sbuf *b, const struct xjson_member *flags, const struct xjson_member *unknown)
{
	struct xjson_member e[64];
	int k = xjson_elements(flags->val, flags->val_len, e, 64);
	if (k < 0 || k == 64)
		return false;
	for (int i = 0; i < k; i++) {
		if (*e[i].val != '"')
			return false;
		if (i)
			sbuf_putc(b, '|');
		xjson_unescape(b, e[i].val, e[i].val_len);
	}
	if (unknown) {
		/* the JSON text goes on after the number: strtoull stops there */
		uint64_t u = strtoull(unknown->val + (*unknown->val == '"'), NULL, 10);
		if (k)
			sbuf_putc(b, '|');
		sbuf_put_hex(b, u);
	} else if (!k) {
		sbuf_putc(b, '0');
	}
	return true;
}

/*
 * The shapes of docs/JSON.md as strace would spell them: a symbol, enum or
 * flag set by its names, an or of them, a descriptor as 3</path>, a string
 * object as its text; false (b as it was) for anything else.
 */
static bool readable(struct sbuf *b, const char *v, size_t n, int depth)
{
	struct xjson_member m[8];
	int k = xjson_members(v, n, m, 8);
	if (k <= 0 || k == 8 || depth > 3)
		return false;
	const struct xjson_member *sym = NULL, *en = NULL, *flags = NULL, *value = NULL, *unknown = NULL,
				  *or = NULL, *fd = NULL, *path = NULL, *str = NULL, *trunc = NULL;
	for (int i = 0; i < k; i++) {
		const struct xjson_member *e = &m[i];
		if (key_is(e, "sym"))
			sym = e;
		else if (key_is(e, "enum"))
			en = e;
		else if (key_is(e, "flags"))
			flags = e;
		else if (key_is(e, "value"))
			value = e;
		else if (key_is(e, "unknown"))
			unknown = e;
		else if (key_is(e, "or"))
			or = e;
		else if (key_is(e, "fd"))
			fd = e;
		else if (key_is(e, "path"))
			path = e;
		else if (key_is(e, "str"))
			str = e;
		else if (key_is(e, "truncated"))
			trunc = e;
		else
			return false;   /* a comment, a struct: the JSON says it best */
	}
	size_t start = b->len;
	bool ok = false;
	if (sym && *sym->val == '"' && k == 1 + !!value) {
		xjson_unescape(b, sym->val, sym->val_len);
		ok = true;
	} else if (en && k == 1 + !!value) {
		if (*en->val == '"')
			xjson_unescape(b, en->val, en->val_len);
		else if (value)
			sbuf_putn(b, value->val, value->val_len);
		ok = *en->val == '"' || value;
	} else if (flags && *flags->val == '[' && k == 1 + !!value + !!unknown) {
		ok = readable_flags(b, flags, unknown);
	} else if (or && k == 1) {
		ok = readable_or(b, or->val, or->val_len, depth);
	} else if (fd && path && k == 2 && *path->val == '"') {
		sbuf_putn(b, fd->val, fd->val_len);
		sbuf_putc(b, '<');
		xjson_unescape(b, path->val, path->val_len);
		sbuf_putc(b, '>');
		ok = true;
	} else if (str && *str->val == '"' && k == 1 + !!trunc) {
		xjson_unescape(b, str->val, str->val_len);
		if (trunc)
			sbuf_puts(b, "...");
		ok = true;
	}
	if (!ok)
		b->len = start;
	return ok;
}

static bool parse_int(const char *v, size_t n, int64_t *out)
{
	char buf[24];
	if (n == 0 || n >= sizeof(buf))
		return false;
	memcpy(buf, v, n);
	buf[n] = 0;
	char *end;
	errno = 0;
	long long x = strtoll(buf, &end, 10);
	if (errno || *end)
		return false;
	*out = x;
	return true;
}

static struct anno *add_anno(struct pf *p, const char *key, size_t key_len)
{
	if (p->na == MAX_ANNOS)
		return NULL;
	struct anno *a = &p->a[p->na++];
	memset(a, 0, sizeof(*a));
	a->iid = pf_intern(p, ID_ANNOTATION_NAMES, key, key_len);
	return a;
}

static void anno_int(struct pf *p, const char *key, int64_t v)
{
	struct anno *a = add_anno(p, key, strlen(key));
	if (a) {
		a->kind = A_INT;
		a->i = v;
	}
}

static void anno_bool(struct pf *p, const char *key, bool v)
{
	struct anno *a = add_anno(p, key, strlen(key));
	if (a) {
		a->kind = A_BOOL;
		a->i = v;
	}
}

static void anno_str(struct pf *p, const char *key, const char *s, size_t n)
{
	struct anno *a = add_anno(p, key, strlen(key));
	if (a) {
		a->kind = A_STR;
		a->off = p->vals.len;
		sbuf_putn(&p->vals, s, n);
		a->len = n;
	}
}

/* a JSON value as an annotation: numbers and booleans as such, the rest as text */
static void anno_json(struct pf *p, const char *key, size_t key_len, const char *v, size_t n)
{
	struct anno *a = add_anno(p, key, key_len);
	if (!a)
		return;
	a->off = p->vals.len;
	a->kind = A_STR;
	if (*v == '"') {
		xjson_unescape(&p->vals, v, n);
	} else if (n == 4 && !memcmp(v, "true", 4)) {
		a->kind = A_BOOL;
		a->i = 1;
	} else if (n == 5 && !memcmp(v, "false", 5)) {
		a->kind = A_BOOL;
		a->i = 0;
	} else if (parse_int(v, n, &a->i)) {
		a->kind = A_INT;
	} else if (*v != '{' || !readable(&p->vals, v, n, 0)) {
		sbuf_putn(&p->vals, v, n);
	}
	a->len = p->vals.len - a->off;
}

/* every member of a JSON object as an annotation (p->m holds them): how many, or -1 */
static int anno_members(struct pf *p, const char *json, size_t n)
{
	int k = json ? xjson_members(json, n, p->m, MAX_ANNOS - 8) : -1;
	for (int i = 0; i < k; i++) {
		/* keys are plain in what sctrace writes; unescape any other */
		const char *key = p->m[i].key;
		size_t key_len = p->m[i].key_len;
		if (memchr(key, '\\', key_len)) {
			p->tmp.len = 0;
			xjson_unescape(&p->tmp, key - 1, key_len + 2);
			key = p->tmp.p;
			key_len = p->tmp.len;
		}
		anno_json(p, key, key_len, p->m[i].val, p->m[i].val_len);
	}
	return k;
}

/* our own annotations beside the k members of the store's arguments: not one of their keys */
static void extra_int(struct pf *p, int k, const char *key, int64_t v)
{
	char buf[64];
	anno_int(p, xjson_free_key(p->m, k, key, buf, sizeof(buf)), v);
}

static void extra_str(struct pf *p, int k, const char *key, const char *s, size_t n)
{
	char buf[64];
	anno_str(p, xjson_free_key(p->m, k, key, buf, sizeof(buf)), s, n);
}

/* One TrackEvent packet: what is new to the interned data first, then the event. */
static void pf_event(struct exporter *x, int64_t ts, int type, uint64_t track, uint64_t cat, uint64_t name)
{
	struct pf *p = pf(x);
	struct sbuf *b = &x->out;
	size_t m = packet_open(x, true, ts);
	if (p->nfresh) {
		size_t id = pb_begin(b, PKT_INTERNED);
		for (int i = 0; i < p->nfresh; i++) {
			size_t e = pb_begin(b, (unsigned)p->fresh[i].table);
			pb_uint(b, IE_IID, p->fresh[i].iid);
			pb_bytes(b, IE_NAME, p->fresh[i].s, p->fresh[i].len);
			pb_end(b, e);
		}
		pb_end(b, id);
		p->nfresh = 0;
	}
	size_t te = pb_begin(b, PKT_TRACK_EVENT);
	pb_uint(b, TE_TYPE, (uint64_t)type);
	pb_uint(b, TE_TRACK_UUID, track);
	if (cat)
		pb_uint(b, TE_CATEGORY_IID, cat);
	if (name)
		pb_uint(b, TE_NAME_IID, name);
	for (int i = 0; i < p->na; i++) {
		const struct anno *a = &p->a[i];
		size_t da = pb_begin(b, TE_ANNOTATION);
		pb_uint(b, DA_NAME_IID, a->iid);
		if (a->kind == A_INT)
			pb_int(b, DA_INT, a->i);
		else if (a->kind == A_BOOL)
			pb_bool(b, DA_BOOL, a->i);
		else
			pb_bytes(b, DA_STRING, p->vals.p + a->off, a->len);
		pb_end(b, da);
	}
	pb_end(b, te);
	p->na = 0;
	p->vals.len = 0;
	packet_close(x, m, true);
}

static void pf_slice_begin(struct exporter *x, const struct xthread *t, const struct xslice *s)
{
	struct pf *p = pf(x);
	uint64_t cat = pf_intern(p, ID_CATEGORIES, "syscall", 7);
	uint64_t name = pf_intern(p, ID_NAMES, s->name.p, s->name.len);
	int k = anno_members(p, s->args.len ? s->args.p : NULL, s->args.len);
	if (k < 0) {
		if (s->args.len)
			anno_str(p, "args_text", s->args.p, s->args.len);
		k = 0;
	}
	extra_int(p, k, "store_id", s->id);
	if (s->has_ret)
		extra_int(p, k, "ret", s->ret);
	if (s->errno_name.len)
		extra_str(p, k, "errno", s->errno_name.p, s->errno_name.len);
	if (s->ret_path.len)
		extra_str(p, k, "ret_path", s->ret_path.p, s->ret_path.len);
	if (s->ret_aux.len)
		extra_str(p, k, "ret_aux", s->ret_aux.p, s->ret_aux.len);
	if (s->open_end) {
		const char *why = export_unfinished_text(s);
		extra_str(p, k, "unfinished", why, strlen(why));
	}
	pf_event(x, s->ts, TYPE_SLICE_BEGIN, t->uuid, cat, name);
}

static void pf_slice_end(struct exporter *x, const struct xthread *t, const struct xslice *s)
{
	if (s->clipped)   /* merged into the slice's arguments by the importer */
		anno_bool(pf(x), "clipped", true);
	pf_event(x, s->end, TYPE_SLICE_END, t->uuid, 0, 0);
}

static void pf_instant(struct exporter *x, const struct xthread *t, const struct xinstant *i)
{
	struct pf *p = pf(x);
	char buf[32];
	const char *name = export_instant_name(i, buf, sizeof(buf));
	bool sig = !strcmp(i->kind, "signal") || !strcmp(i->kind, "stop");
	uint64_t cat = sig ? pf_intern(p, ID_CATEGORIES, "signal", 6) : pf_intern(p, ID_CATEGORIES, "process", 7);
	uint64_t nid = pf_intern(p, ID_NAMES, name, strlen(name));
	if (sig) {
		anno_int(p, "signo", i->signo);
		if (i->info)
			anno_members(p, i->info, i->info_len);
	} else if (!strcmp(i->kind, "exit")) {
		int st = i->status;
		anno_int(p, "status", st);
		if (WIFEXITED(st)) {
			anno_int(p, "code", WEXITSTATUS(st));
		} else if (WIFSIGNALED(st)) {
			const char *s = signame(WTERMSIG(st));
			if (s)
				anno_str(p, "killed", s, strlen(s));
			else
				anno_int(p, "killed", WTERMSIG(st));
			anno_bool(p, "core", WCOREDUMP(st));
		}
	} else if (!strcmp(i->kind, "exec")) {
		anno_int(p, "old_tid", i->old_tid);
	}
	pf_event(x, i->ts, TYPE_INSTANT, t->uuid, cat, nid);
}

static void pf_finish(struct exporter *x)
{
	(void)x;
}

static void pf_free(struct exporter *x)
{
	struct pf *p = pf(x);
	intern_free(&p->cats);
	intern_free(&p->names);
	intern_free(&p->keys);
	sbuf_free(&p->vals);
	sbuf_free(&p->tmp);
	free(p);
	x->priv = NULL;
}

const struct export_writer perfetto_writer = {
	.start = pf_start,
	.process = pf_process,
	.thread = pf_thread,
	.slice_begin = pf_slice_begin,
	.slice_end = pf_slice_end,
	.instant = pf_instant,
	.finish = pf_finish,
	.free = pf_free,
};
