/*
 * recorder.c - the store sink behind `sctrace record`: one row per finished
 * syscall (timestamps, numbers, the columns people query, the arguments as
 * JSON, and the captured tracee memory that lets replay decode it again),
 * one row per other event, and the processes and threads seen.  Rows go to
 * the writer thread (writer.c), which runs them through prepared statements
 * in transactions committed every 100 ms, so a SIGKILLed recorder loses at
 * most a fraction of a second and the file stays consistent.
 */
#include "store.h"
#include "pg.h"
#include "tables.h"
#include "writer.h"
#include "capture.h"
#include "json.h"
#include "output.h"
#include "render.h"
#include "tracer.h"
#include "pidinfo.h"
#include "procctx.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

/* tid -> utid and pid -> upid, for the thread and process tables */
struct idmap_ent {
	int key;
	int64_t id;
	struct idmap_ent *next;
};
#define IDMAP_BUCKETS 1024

struct recorder {
	struct sink sink;
	struct store *st;
	const struct trace_config *cfg;
	uint64_t offset;          /* realtime - monotonic */
	bool live;
	struct writer *w;
	int64_t next_upid, next_utid;
	/* an execve from a non-leader thread: the old leader's utid, for its superseded syscall */
	int superseded_tid;
	int64_t superseded_utid;
	uint64_t nsyscalls, nevents;
	uint64_t ring, next_trim;  /* --ring: keep the most recent ring syscalls; trim again at next_trim */
	int exit_status;
	bool have_exit;
	struct idmap_ent *threads[IDMAP_BUCKETS], *procs[IDMAP_BUCKETS], *tidpid[IDMAP_BUCKETS];
	struct sbuf args, aux;
	bool stats;               /* SCTRACE_STORE_STATS: rows per second through the sink */
	uint64_t first_row_ns;
	uint64_t sink_ns;         /* time inside the sink on the tracer's thread */
};

static int64_t idmap_get(struct idmap_ent **m, int key)
{
	for (struct idmap_ent *e = m[(unsigned)key % IDMAP_BUCKETS]; e; e = e->next)
		if (e->key == key)
			return e->id;
	return 0;
}

static void idmap_set(struct idmap_ent **m, int key, int64_t id)
{
	for (struct idmap_ent *e = m[(unsigned)key % IDMAP_BUCKETS]; e; e = e->next)
		if (e->key == key) {
			e->id = id;
			return;
		}
	struct idmap_ent *e = xcalloc(1, sizeof(*e));
	e->key = key;
	e->id = id;
	e->next = m[(unsigned)key % IDMAP_BUCKETS];
	m[(unsigned)key % IDMAP_BUCKETS] = e;
}

static void idmap_free(struct idmap_ent **m)
{
	for (int i = 0; i < IDMAP_BUCKETS; i++)
		for (struct idmap_ent *e = m[i], *n; e; e = n) {
			n = e->next;
			free(e);
		}
}

/* Every row starts here (and the stats clock at the first). */
static void begin_row(struct recorder *r, int stmt)
{
	if (r->stats && !r->first_row_ns)
		r->first_row_ns = now_mono_ns();
	wr_begin(r->w, stmt);
	wr_int(r->w, 1, r->st->session_id);
}

static void text_col(struct recorder *r, int col, const char *p)
{
	if (p)
		wr_text(r->w, col, p, strlen(p));
}

/* ---- /proc details of live processes ---- */

static char *read_small(int pid, const char *what, size_t *len, bool nul_to_space)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/%s", pid_proc(pid), what);
	FILE *f = fopen(path, "re");
	if (!f)
		return NULL;
	char *buf = xmalloc(65536);
	size_t n = fread(buf, 1, 65535, f);
	fclose(f);
	if (nul_to_space)
		for (size_t i = 0; i + 1 < n; i++)
			if (!buf[i])
				buf[i] = ' ';
	while (n && (buf[n - 1] == '\n' || buf[n - 1] == '\0'))
		n--;
	buf[n] = 0;
	*len = n;
	return buf;
}

/* argv of a live process as a JSON array */
static char *argv_json(int pid)
{
	size_t n;
	char *raw = read_small(pid, "cmdline", &n, false);
	if (!raw)
		return NULL;
	struct sbuf b = { 0 };
	sbuf_putc(&b, '[');
	size_t i = 0;
	bool first = true;
	while (i < n) {
		size_t l = strnlen(raw + i, n - i);
		if (!first)
			sbuf_putc(&b, ',');
		first = false;
		json_text(&b, raw + i, l);
		i += l + 1;
	}
	sbuf_putc(&b, ']');
	sbuf_putc(&b, '\0');
	free(raw);
	return b.p;
}

/* comm, exe, argv, cwd, cgroup of a live process into columns first.. first+4 */
static void proc_details(struct recorder *r, int first, int pid)
{
	if (!r->live)
		return;
	size_t n;
	char *comm = read_small(pid, "comm", &n, false);
	if (comm)
		wr_text(r->w, first, comm, n);
	free(comm);
	char *exe = procctx_link(pid, "exe");
	text_col(r, first + 1, exe);
	free(exe);
	char *argv = argv_json(pid);
	text_col(r, first + 2, argv);
	free(argv);
	char *cwd = procctx_link(pid, "cwd");
	text_col(r, first + 3, cwd);
	free(cwd);
	char *cg = read_small(pid, "cgroup", &n, false);
	if (cg)
		wr_text(r->w, first + 4, cg, n);
	free(cg);
}

/*
 * uid, euid, gid, egid, tty into columns first.. first+4 and, for a process
 * whose parent is not traced, its ancestors (JSON) into first+5: what the
 * alert rules start from in `sctrace check` (procctx.h)
 */
static void proc_context(struct recorder *r, int first, int pid, bool ancestry)
{
	struct procctx c;
	if (!r->live || !(ancestry ? procctx_read(pid, &c, true) : procctx_read_ids(pid, &c)))
		return;
	if (c.have_ids) {
		wr_int(r->w, first, c.uid);
		wr_int(r->w, first + 1, c.euid);
		wr_int(r->w, first + 2, c.gid);
		wr_int(r->w, first + 3, c.egid);
	}
	text_col(r, first + 4, c.tty);
	if (ancestry) {
		struct sbuf b = { 0 };
		procctx_ancestry_json(&c, &b);
		wr_text(r->w, first + 5, b.p, b.len);
		sbuf_free(&b);
	}
	procctx_free(&c);
}

static int64_t process_row(struct recorder *r, int pid, int ppid, uint64_t ts)
{
	int64_t upid = ++r->next_upid;
	begin_row(r, WS_PROCESS);
	wr_int(r->w, 2, pid);
	if (ppid)
		wr_int(r->w, 3, ppid);
	proc_details(r, 4, pid);
	wr_int(r->w, 9, (int64_t)(ts + r->offset));
	wr_int(r->w, 10, upid);
	proc_context(r, 11, pid, !ppid);
	wr_end(r->w);
	idmap_set(r->procs, pid, upid);
	return upid;
}

/* The thread row for tid (and its process row), created when first seen. */
static int64_t utid_of(struct recorder *r, int tid, int pid, int parent_tid, uint64_t ts, bool fresh)
{
	int64_t utid = fresh ? 0 : idmap_get(r->threads, tid);
	if (utid)
		return utid;
	/* a new thread group leader is a new process (pids are reused) */
	int64_t upid = fresh && tid == pid ? 0 : idmap_get(r->procs, pid);
	if (!upid) {
		/* the parent thread's process */
		int ppid = parent_tid ? (int)idmap_get(r->tidpid, parent_tid) : 0;
		upid = process_row(r, pid, ppid ? ppid : parent_tid, ts);
	}
	utid = ++r->next_utid;
	begin_row(r, WS_THREAD);
	wr_int(r->w, 2, tid);
	wr_int(r->w, 3, upid);
	if (r->live) {
		char what[32];
		size_t n;
		snprintf(what, sizeof(what), "task/%d/comm", tid);
		char *name = read_small(pid, what, &n, false);
		if (name)
			wr_text(r->w, 4, name, n);
		free(name);
	}
	wr_int(r->w, 5, (int64_t)(ts + r->offset));
	wr_int(r->w, 6, utid);
	wr_end(r->w);
	idmap_set(r->threads, tid, utid);
	idmap_set(r->tidpid, tid, pid);
	return utid;
}

/* ---- syscalls ---- */

/* Syscalls whose successful return value is a byte count moved. */
static bool moves_bytes(int nr)
{
	switch (nr) {
	case SC_read: case SC_write: case SC_pread64: case SC_pwrite64:
	case SC_readv: case SC_writev: case SC_preadv: case SC_pwritev:
	case SC_preadv2: case SC_pwritev2: case SC_sendto: case SC_recvfrom:
	case SC_sendmsg: case SC_recvmsg: case SC_sendfile: case SC_splice:
	case SC_tee: case SC_vmsplice: case SC_copy_file_range:
	case SC_getdents64: case SC_getdents: case SC_readlink: case SC_readlinkat:
	case SC_getrandom:
		return true;
	}
	return false;
}

struct derived {
	int fd;
	bool have_fd;
	const char *path;
	size_t pathlen;
};

static void derive(const struct dctx *c, struct derived *d)
{
	memset(d, 0, sizeof(*d));
	for (const struct value *v = c->args->list.first; v; v = v->next)
		if (v->kind == V_FD && v->fd.fd != -100) {
			d->fd = v->fd.fd;
			d->have_fd = true;
			break;
		}
	if (!d->have_fd && c->retfmt == RET_FD && !c->err && c->exiting) {
		d->fd = (int)c->rval;
		d->have_fd = true;
	}
	d->path = dctx_path(c, &d->pathlen);
}

static void arg_names(int nr, const char *names[6], unsigned *n)
{
	*n = 0;
	for (int i = 0; i < 6; i++) {
		names[i] = sysent_argname(nr, i);
		if (names[i])
			*n = i + 1;
	}
}

/*
 * --ring N: the oldest syscalls beyond the most recent N go, with the
 * signals and stops older than what is left; process lifecycle events
 * (attach, exec, exit, detach) stay, so the processes of what is kept are
 * known.  Runs every N/8 syscalls, so between N and 1.125 N are kept.
 */
static void trim_ring(struct recorder *r)
{
	uint64_t step = r->ring / 8 ? r->ring / 8 : 1;
	r->next_trim = r->nsyscalls + step;
	begin_row(r, WS_TRIM_SYSCALLS);
	wr_int(r->w, 2, (int64_t)r->ring);
	wr_end(r->w);
	begin_row(r, WS_TRIM_EVENTS);
	wr_end(r->w);
}

static void put_syscall(struct recorder *r, struct tcb *t, uint64_t ts, int unfinished)
{
	const struct dctx *c = &t->dc;
	struct writer *w = r->w;
	int tid = t->entry_tid ? t->entry_tid : t->tid;
	int64_t utid = unfinished == UNF_SUPERSEDED && tid == r->superseded_tid
		? r->superseded_utid : utid_of(r, tid, t->pid, 0, t->entry_ts, false);
	begin_row(r, WS_SYSCALL);
	wr_int(w, 2, (int64_t)t->entry_seq);
	wr_int(w, 3, (int64_t)tr.seq);
	wr_int(w, 4, (int64_t)(t->entry_ts + r->offset));
	if (!unfinished) {
		wr_int(w, 5, (int64_t)(ts + r->offset));
		wr_int(w, 6, (int64_t)(ts - t->entry_ts));
	}
	wr_int(w, 7, utid);
	wr_int(w, 8, tid);
	wr_int(w, 9, t->pid);
	if (t->tid != tid)
		wr_int(w, 10, t->tid);
	wr_int(w, 11, t->scno);
	const struct sysent *se = sysent_get(t->scno);
	if (se) {
		text_col(r, 12, se->name);
	} else {
		char tmp[32];
		snprintf(tmp, sizeof(tmp), "syscall_%#x", (unsigned)sc_kernel_nr(t->scno));
		text_col(r, 12, tmp);
	}
	if (!unfinished) {
		wr_int(w, 13, c->err ? -1 : c->rval);
		if (c->err) {
			wr_int(w, 14, c->err);
			const char *en = errno_name(c->err);
			text_col(r, 15, en ? en : kernel_errno_name(c->err));
		}
	}
	struct derived d;
	derive(c, &d);
	if (d.have_fd)
		wr_int(w, 16, d.fd);
	if (d.path)
		wr_text(w, 17, d.path, d.pathlen);
	if (!unfinished && !c->err && moves_bytes(t->scno) && c->rval >= 0)
		wr_int(w, 18, c->rval);
	const char *names[6];
	unsigned nn;
	arg_names(t->scno, names, &nn);
	r->args.len = 0;
	json_value_args(&r->args, c->args, names, nn);
	wr_text(w, 19, r->args.p, r->args.len);
	if (c->ret_aux && !unfinished) {
		r->aux.len = 0;
		json_value(&r->aux, c->ret_aux);
		wr_text(w, 20, r->aux.p, r->aux.len);
	}
	if (c->ret_path && !unfinished)
		text_col(r, 21, c->ret_path);
	if (unfinished)
		wr_int(w, 22, unfinished);
	for (int k = 0; k < 6; k++)
		wr_int(w, 23 + k, (int64_t)c->arg[k]);
	wr_int(w, 29, (int64_t)c->sp);
	wr_int(w, 30, (int64_t)t->entry_stime);
	if (!unfinished)
		wr_int(w, 31, (int64_t)t->exit_stime);
	if (t->cap && t->cap->buf.len)
		wr_blob(w, 32, t->cap->buf.p, t->cap->buf.len);
	if (t->tampered && !unfinished)
		wr_int(w, 33, t->tampered);
	wr_end(w);
	r->nsyscalls++;
	if (r->ring && r->nsyscalls >= r->next_trim)
		trim_ring(r);
}

static void rec_exit(struct sink *s, struct tcb *t, uint64_t ts)
{
	struct recorder *r = (struct recorder *)s;
	uint64_t t0 = r->stats ? now_mono_ns() : 0;
	put_syscall(r, t, ts, 0);
	if (r->stats)
		r->sink_ns += now_mono_ns() - t0;
}

static void rec_unfinished(struct sink *s, struct tcb *t, uint64_t ts, int why)
{
	put_syscall((struct recorder *)s, t, ts, why);
}

/* ---- other events ---- */

static const char *const kind_names[] = {
	[EV_SIGNAL] = "signal", [EV_GROUP_STOP] = "stop", [EV_EXEC] = "exec",
	[EV_EXIT] = "exit", [EV_ATTACH] = "attach", [EV_DETACH] = "detach",
	[EV_SYSCALL_INTERRUPTED] = "interrupted", [EV_LOST] = "lost", [EV_EXITING] = "exiting",
};

static void rec_raw(struct sink *sk, const struct event *ev, uint64_t seq, const struct value *siginfo,
		    const void *cap, size_t caplen)
{
	struct recorder *r = (struct recorder *)sk;
	if (ev->kind >= ARRAY_SIZE(kind_names) || !kind_names[ev->kind])
		return;
	int parent = ev->kind == EV_ATTACH ? ev->attach.parent_tid : 0;
	int64_t utid = utid_of(r, ev->tid, ev->pid, parent, ev->ts, ev->kind == EV_ATTACH);
	struct writer *w = r->w;
	begin_row(r, WS_EVENT);
	wr_int(w, 2, (int64_t)seq);
	wr_int(w, 3, (int64_t)(ev->ts + r->offset));
	text_col(r, 4, kind_names[ev->kind]);
	wr_int(w, 5, ev->pid);
	wr_int(w, 6, ev->tid);
	if (utid)
		wr_int(w, 7, utid);
	wr_int(w, 15, (int64_t)ev->stime);
	switch (ev->kind) {
	case EV_SIGNAL:
		wr_int(w, 8, ev->sig.signo);
		if (ev->sig.have_info)
			wr_blob(w, 16, ev->sig.info, sizeof(ev->sig.info));
		if (siginfo) {
			r->aux.len = 0;
			json_value(&r->aux, siginfo);
			wr_text(w, 17, r->aux.p, r->aux.len);
		}
		if (cap && caplen)
			wr_blob(w, 18, cap, caplen);
		break;
	case EV_GROUP_STOP:
		wr_int(w, 8, ev->stop.signo);
		break;
	case EV_EXEC:
		wr_int(w, 10, ev->exec.old_tid);
		break;
	case EV_EXIT:
		wr_int(w, 9, ev->exit_.status);
		break;
	case EV_ATTACH:
		wr_int(w, 11, ev->attach.parent_tid);
		wr_int(w, 12, ev->attach.startup);
		wr_int(w, 13, ev->attach.nthreads);
		break;
	case EV_SYSCALL_INTERRUPTED:
		wr_int(w, 14, ev->entry.nr);
		break;
	case EV_LOST:
		/* the backend lost status records of this thread here, for the reason in info */
		wr_int(w, 9, ev->lost.count);
		wr_text(w, 17, ev->lost.reason, strlen(ev->lost.reason));
		break;
	}
	wr_end(w);
	r->nevents++;

	/* the process and thread tables */
	int64_t ts = (int64_t)(ev->ts + r->offset);
	if (ev->kind == EV_EXEC) {
		int64_t upid = idmap_get(r->procs, ev->pid);
		if (upid && r->live) {
			begin_row(r, WS_PROCESS_EXEC);
			proc_details(r, 2, ev->pid);
			wr_int(w, 7, upid);
			wr_end(w);
		}
		if (ev->exec.old_tid && ev->exec.old_tid != ev->tid) {
			/* the execing thread took the leader's tid; the old leader's call in flight stays its own */
			int64_t old = idmap_get(r->threads, ev->exec.old_tid);
			r->superseded_tid = ev->tid;
			r->superseded_utid = idmap_get(r->threads, ev->tid);
			if (old)
				idmap_set(r->threads, ev->tid, old);
		}
		/* the thread's name is the new program's */
		int64_t tutid = idmap_get(r->threads, ev->tid);
		if (tutid && r->live) {
			char what[32];
			size_t n;
			snprintf(what, sizeof(what), "task/%d/comm", ev->tid);
			char *name = read_small(ev->pid, what, &n, false);
			if (name) {
				begin_row(r, WS_THREAD_NAME);
				wr_text(w, 2, name, n);
				wr_int(w, 3, tutid);
				wr_end(w);
				free(name);
			}
		}
	} else if (ev->kind == EV_EXIT || ev->kind == EV_DETACH) {
		if (utid) {
			begin_row(r, WS_THREAD_END);
			wr_int(w, 2, ts);
			wr_int(w, 3, utid);
			wr_end(w);
		}
		int64_t upid = idmap_get(r->procs, ev->pid);
		if (ev->tid == ev->pid && upid) {
			begin_row(r, WS_PROCESS_EXIT);
			wr_int(w, 2, ts);
			if (ev->kind == EV_EXIT) {
				int st = ev->exit_.status;
				if (WIFEXITED(st)) {
					wr_int(w, 3, WEXITSTATUS(st));
				} else if (WIFSIGNALED(st)) {
					wr_int(w, 4, WTERMSIG(st));
					wr_int(w, 5, WCOREDUMP(st) ? 1 : 0);
				}
			}
			wr_int(w, 6, upid);
			wr_end(w);
		}
	}
}

static void rec_idle(struct sink *s)
{
	/* rows still waiting to be handed over: come back soon even if the tracee sleeps */
	if (wr_tick(((struct recorder *)s)->w))
		out_arm_timer();
}

static void rec_close(struct sink *s)
{
	struct recorder *r = (struct recorder *)s;
	uint64_t t0 = now_mono_ns();
	uint64_t busy = writer_finish(r->w);
	uint64_t t1 = now_mono_ns();
	if (!r->live && !r->st->pg)
		store_build_indexes(r->st);
	store_end_session(r->st, r->nsyscalls, r->nevents, r->have_exit, r->exit_status);
	/* fold the WAL back into the file: one self-contained file for the user */
	if (!r->st->pg)
		sqlite3_wal_checkpoint_v2(r->st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	uint64_t t3 = now_mono_ns();
	if (r->stats) {
		/* for bench/run.py: rows through the sink per second, first row to closed file */
		uint64_t wall = r->first_row_ns ? now_mono_ns() - r->first_row_ns : 0;
		uint64_t rows = r->nsyscalls + r->nevents;
		/*
		 * The sink's own throughput: its two stages run side by side (the
		 * tracer's thread encodes rows, the writer thread stores them), so
		 * fed without pause it absorbs rows at the slower stage's rate, then
		 * pays once for closing (indexes, checkpoint).
		 */
		uint64_t stage = r->sink_ns > busy ? r->sink_ns : busy;
		uint64_t own = stage + (t3 - t1);
		fprintf(stderr, "sctrace: store stats: %llu rows in %.3f s from the first row to a closed file, %.0f rows/s; "
			"writer thread busy %.3f s (%.0f rows/s); encoding on the tracer's thread %.3f s; "
			"closing: %.3f s draining, %.3f s indexes and checkpoint; "
			"the recorder's own time %.3f s, %.0f rows/s\n",
			(unsigned long long)rows, wall / 1e9, wall ? rows / (wall / 1e9) : 0.0,
			busy / 1e9, busy ? rows / (busy / 1e9) : 0.0, r->sink_ns / 1e9,
			(t1 - t0) / 1e9, (t3 - t1) / 1e9, own / 1e9, own ? rows / (own / 1e9) : 0.0);
	}
	idmap_free(r->threads);
	idmap_free(r->procs);
	idmap_free(r->tidpid);
	sbuf_free(&r->args);
	sbuf_free(&r->aux);
	store_close(r->st);
	free(r);
}

/* A filter_change row (SQLite stores: tables.h leaves it out of PostgreSQL's). */
static void filter_row(struct recorder *r, uint64_t seq, int64_t ts, const char *spec, const char *source)
{
	begin_row(r, WS_FILTER);
	wr_int(r->w, 2, (int64_t)seq);
	wr_int(r->w, 3, ts);
	text_col(r, 4, spec);
	text_col(r, 5, source);
	wr_end(r->w);
}

void store_sink_note_filter(struct sink *s, uint64_t ts, const char *spec)
{
	struct recorder *r = (struct recorder *)s;
	filter_row(r, tr.seq, (int64_t)(ts + r->offset), spec, "filter");
}

void store_sink_set_exit(struct sink *s, int status)
{
	struct recorder *r = (struct recorder *)s;
	r->exit_status = status;
	r->have_exit = true;
}

static const struct sink_ops recorder_ops = {
	.name = "store",
	.syscall_exit = rec_exit,
	.syscall_unfinished = rec_unfinished,
	.raw_event = rec_raw,
	.idle = rec_idle,
	.close = rec_close,
};

static void json_argv(struct sbuf *b, char **argv, int argc)
{
	sbuf_putc(b, '[');
	for (int i = 0; argc < 0 ? argv[i] != NULL : i < argc; i++) {
		if (i)
			sbuf_putc(b, ',');
		/* a database URL's password is not for the record */
		char *redacted = argc < 0 ? NULL : pg_redact_arg(argv[i]);
		const char *a = redacted ? redacted : argv[i];
		json_text(b, a, strlen(a));
		free(redacted);
	}
	sbuf_putc(b, ']');
}

static char *sbuf_take(struct sbuf *b)
{
	sbuf_putc(b, '\0');
	char *p = b->p;
	memset(b, 0, sizeof(*b));
	return p;
}

static char *dec(int64_t v)
{
	struct sbuf b = { 0 };
	sbuf_put_dec(&b, v);
	return sbuf_take(&b);
}

/* The session row: its columns as text, in store_tables[TB_SESSION] order. */
static void session_row(struct recorder *r, const struct store_session *ss)
{
	const struct store_table *t = &store_tables[TB_SESSION];
	char *vals[t->ncols];
	memset(vals, 0, sizeof(vals));
#define SET(name, v) (vals[store_col_index(t, name)] = (v))
	struct sbuf b = { 0 };
	if (ss->command) {
		json_argv(&b, ss->command, -1);
		SET("command", sbuf_take(&b));
	}
	sbuf_putc(&b, '[');
	for (int i = 0; i < ss->npids; i++)
		sbuf_printf(&b, "%s%d", i ? "," : "", ss->pids[i]);
	sbuf_putc(&b, ']');
	SET("pids", sbuf_take(&b));
	json_argv(&b, ss->argv, ss->argc);
	SET("options", sbuf_take(&b));
	const struct trace_config *cfg = ss->cfg;
	bool stime = ss->source ? ss->have_stime : cfg->count && !cfg->wallclock;
	sbuf_printf(&b, "{\"strsize\":%u,\"verbose\":%s,\"decode_fds\":%u,\"redact\":%s,"
		    "\"follow_forks\":%d,\"npids\":%d,\"trace_all\":%s,\"status\":%u,\"stime\":%s}",
		    cfg->dec.strsize, cfg->dec.verbose ? "true" : "false", cfg->dec.decode_fds,
		    cfg->dec.redact ? "true" : "false", cfg->follow_forks, cfg->npids,
		    cfg->trace_all ? "true" : "false", cfg->status, stime ? "true" : "false");
	SET("config", sbuf_take(&b));
	struct utsname u;
	bool have_uname = uname(&u) == 0;
	if (ss->host)
		SET("host", xstrdup(ss->host));
	else
		SET("host", xstrdup(have_uname ? u.nodename : "unknown"));
	if (have_uname) {
		sbuf_printf(&b, "%s %s %s", u.sysname, u.release, u.machine);
		SET("kernel", sbuf_take(&b));
	}
	SET("sctrace_version", xstrdup(SCTRACE_VERSION));
	SET("schema_version", dec(STORE_SCHEMA_VERSION));
	SET("backend", xstrdup(ss->backend ? ss->backend : "ptrace"));
	if (ss->source)
		SET("source", xstrdup(ss->source));
	SET("start_ns", dec((int64_t)now_real_ns()));
	SET("mono_offset_ns", dec((int64_t)ss->mono_offset));
#undef SET
	store_add_session(r->st, (const char *const *)vals);
	for (unsigned i = 0; i < t->ncols; i++)
		free(vals[i]);
}

struct sink *store_sink_new(struct store *st, const struct store_session *ss)
{
	struct recorder *r = xcalloc(1, sizeof(*r));
	r->sink.ops = &recorder_ops;
	r->st = st;
	r->cfg = ss->cfg;
	r->offset = ss->mono_offset;
	r->live = ss->live;
	r->ring = ss->ring;
	r->next_trim = ss->ring;
	const char *st_env = getenv("SCTRACE_STORE_STATS");
	r->stats = st_env && *st_env && strcmp(st_env, "0") != 0;
	session_row(r, ss);
	/* live: indexes maintained row by row beside the trace; a copy builds them at the end */
	if (r->live && !st->pg)
		store_build_indexes(st);
	r->w = writer_new(st);
	writer_set_wakeup(r->w, out_arm_timer);
	if (ss->filter)   /* a background session: the filter it starts with */
		filter_row(r, 0, (int64_t)now_real_ns(), ss->filter, "start");
	return &r->sink;
}
