/*
 * recorder.c - the store sink behind `sctrace record`: one row per finished
 * syscall (timestamps, numbers, the columns people query, the arguments as
 * JSON, and the captured tracee memory that lets replay decode it again),
 * one row per other event, and the processes and threads seen.  Rows go in
 * through prepared statements in transactions committed every 100 ms, so a
 * SIGKILLed recorder loses at most that much and the file stays consistent.
 */
#include "store.h"
#include "capture.h"
#include "json.h"
#include "output.h"
#include "render.h"
#include "tracer.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <unistd.h>

#define COMMIT_NS 100000000ull   /* 100 ms */

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
	bool in_tx;
	uint64_t tx_start;        /* CLOCK_MONOTONIC of the transaction's first row */
	uint64_t nsyscalls, nevents;
	int exit_status;
	bool have_exit;
	sqlite3_stmt *ins_syscall, *ins_event, *ins_thread, *ins_process;
	sqlite3_stmt *upd_thread_end, *upd_process_exec, *upd_process_exit;
	struct idmap_ent *threads[IDMAP_BUCKETS], *procs[IDMAP_BUCKETS], *tidpid[IDMAP_BUCKETS];
	struct sbuf args, aux;
	bool stats;               /* SCTRACE_STORE_STATS: time spent in the recorder */
	uint64_t busy_ns;
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

static void step(struct recorder *r, sqlite3_stmt *s)
{
	if (sqlite3_step(s) != SQLITE_DONE)
		store_fail(r->st, "cannot write");
	sqlite3_reset(s);
	sqlite3_clear_bindings(s);
}

static void commit(struct recorder *r)
{
	if (!r->in_tx)
		return;
	store_exec(r->st, "COMMIT");
	r->in_tx = false;
}

/* Every row goes into the open transaction; it is committed 100 ms after it began. */
static void begin_row(struct recorder *r)
{
	if (r->in_tx) {
		if (now_mono_ns() - r->tx_start >= COMMIT_NS)
			commit(r);
		else
			return;
	}
	store_exec(r->st, "BEGIN");
	r->in_tx = true;
	r->tx_start = now_mono_ns();
	out_arm_timer();   /* so an idle tracee's rows are committed too */
}

static void bind_text(sqlite3_stmt *s, int i, const char *p, size_t n)
{
	if (p)
		sqlite3_bind_text(s, i, p, (int)n, SQLITE_TRANSIENT);
}

/* ---- /proc details of live processes ---- */

static char *read_small(int pid, const char *what, size_t *len, bool nul_to_space)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/%s", pid, what);
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

static char *link_target(int pid, const char *what)
{
	char path[64], buf[4096];
	snprintf(path, sizeof(path), "/proc/%d/%s", pid, what);
	ssize_t n = readlink(path, buf, sizeof(buf) - 1);
	if (n < 0)
		return NULL;
	buf[n] = 0;
	return xstrdup(buf);
}

/* comm, exe, argv, cwd, cgroup of a live process into statement columns first.. */
static void bind_proc_details(struct recorder *r, sqlite3_stmt *s, int first, int pid)
{
	if (!r->live)
		return;
	size_t n;
	char *comm = read_small(pid, "comm", &n, false);
	bind_text(s, first, comm, comm ? n : 0);
	free(comm);
	char *exe = link_target(pid, "exe");
	bind_text(s, first + 1, exe, exe ? strlen(exe) : 0);
	free(exe);
	char *argv = argv_json(pid);
	bind_text(s, first + 2, argv, argv ? strlen(argv) : 0);
	free(argv);
	char *cwd = link_target(pid, "cwd");
	bind_text(s, first + 3, cwd, cwd ? strlen(cwd) : 0);
	free(cwd);
	char *cg = read_small(pid, "cgroup", &n, false);
	bind_text(s, first + 4, cg, cg ? n : 0);
	free(cg);
}

static int64_t process_row(struct recorder *r, int pid, int ppid, uint64_t ts)
{
	sqlite3_stmt *s = r->ins_process;
	sqlite3_bind_int64(s, 1, r->st->session_id);
	sqlite3_bind_int(s, 2, pid);
	if (ppid)
		sqlite3_bind_int(s, 3, ppid);
	bind_proc_details(r, s, 4, pid);
	sqlite3_bind_int64(s, 9, (int64_t)(ts + r->offset));
	step(r, s);
	int64_t upid = sqlite3_last_insert_rowid(r->st->db);
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
	sqlite3_stmt *s = r->ins_thread;
	sqlite3_bind_int64(s, 1, r->st->session_id);
	sqlite3_bind_int(s, 2, tid);
	sqlite3_bind_int64(s, 3, upid);
	if (r->live) {
		char what[32];
		size_t n;
		snprintf(what, sizeof(what), "task/%d/comm", tid);
		char *name = read_small(pid, what, &n, false);
		bind_text(s, 4, name, name ? n : 0);
		free(name);
	}
	sqlite3_bind_int64(s, 5, (int64_t)(ts + r->offset));
	step(r, s);
	utid = sqlite3_last_insert_rowid(r->st->db);
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
	const char *fdpath = NULL;
	for (const struct value *v = c->args->list.first; v; v = v->next) {
		if (v->kind == V_FD && v->fd.fd != -100 && !d->have_fd) {
			d->fd = v->fd.fd;
			d->have_fd = true;
			fdpath = v->fd.path;
		}
		if (v->kind == V_STR && (v->sflags & VS_PATH) && v->s.len && !d->path) {
			d->path = v->s.p;
			d->pathlen = v->s.len;
		}
	}
	if (!d->have_fd && c->retfmt == RET_FD && !c->err && c->exiting) {
		d->fd = (int)c->rval;
		d->have_fd = true;
	}
	if (!d->path && fdpath) {
		d->path = fdpath;
		d->pathlen = strlen(fdpath);
	}
	if (!d->path && c->ret_path) {
		d->path = c->ret_path;
		d->pathlen = strlen(c->ret_path);
	}
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

static void put_syscall(struct recorder *r, struct tcb *t, uint64_t ts, int unfinished)
{
	const struct dctx *c = &t->dc;
	begin_row(r);
	int tid = t->entry_tid ? t->entry_tid : t->tid;
	int64_t utid = utid_of(r, tid, t->pid, 0, t->entry_ts, false);
	sqlite3_stmt *s = r->ins_syscall;
	int i = 1;
	sqlite3_bind_int64(s, i++, r->st->session_id);
	sqlite3_bind_int64(s, i++, (int64_t)t->entry_seq);
	sqlite3_bind_int64(s, i++, (int64_t)tr.seq);
	sqlite3_bind_int64(s, i++, (int64_t)(t->entry_ts + r->offset));
	if (!unfinished) {
		sqlite3_bind_int64(s, i++, (int64_t)(ts + r->offset));
		sqlite3_bind_int64(s, i++, (int64_t)(ts - t->entry_ts));
	} else {
		i += 2;
	}
	sqlite3_bind_int64(s, i++, utid);
	sqlite3_bind_int(s, i++, tid);
	sqlite3_bind_int(s, i++, t->pid);
	if (t->tid != tid)
		sqlite3_bind_int(s, i, t->tid);
	i++;
	sqlite3_bind_int(s, i++, t->scno);
	const struct sysent *se = sysent_get(t->scno);
	char tmp[32];
	if (se) {
		sqlite3_bind_text(s, i++, se->name, -1, SQLITE_STATIC);
	} else {
		snprintf(tmp, sizeof(tmp), "syscall_%#x", (unsigned)t->scno);
		sqlite3_bind_text(s, i++, tmp, -1, SQLITE_TRANSIENT);
	}
	if (!unfinished) {
		sqlite3_bind_int64(s, i++, c->err ? -1 : c->rval);
		if (c->err) {
			sqlite3_bind_int(s, i++, c->err);
			const char *en = errno_name(c->err);
			if (!en)
				en = kernel_errno_name(c->err);
			if (en)
				sqlite3_bind_text(s, i, en, -1, SQLITE_STATIC);
		} else {
			i++;
		}
		i++;
	} else {
		i += 3;
	}
	struct derived d;
	derive(c, &d);
	if (d.have_fd)
		sqlite3_bind_int(s, i, d.fd);
	i++;
	if (d.path)
		bind_text(s, i, d.path, d.pathlen);
	i++;
	if (!unfinished && !c->err && moves_bytes(t->scno) && c->rval >= 0)
		sqlite3_bind_int64(s, i, c->rval);
	i++;
	const char *names[6];
	unsigned nn;
	arg_names(t->scno, names, &nn);
	r->args.len = 0;
	json_value_args(&r->args, c->args, names, nn);
	sqlite3_bind_text(s, i++, r->args.p, (int)r->args.len, SQLITE_STATIC);
	if (c->ret_aux && !unfinished) {
		r->aux.len = 0;
		json_value(&r->aux, c->ret_aux);
		sqlite3_bind_text(s, i, r->aux.p, (int)r->aux.len, SQLITE_STATIC);
	}
	i++;
	if (c->ret_path && !unfinished)
		sqlite3_bind_text(s, i, c->ret_path, -1, SQLITE_STATIC);
	i++;
	if (unfinished)
		sqlite3_bind_int(s, i, unfinished);
	i++;
	for (int k = 0; k < 6; k++)
		sqlite3_bind_int64(s, i++, (int64_t)c->arg[k]);
	sqlite3_bind_int64(s, i++, (int64_t)c->sp);
	sqlite3_bind_int64(s, i++, (int64_t)t->entry_stime);
	if (!unfinished)
		sqlite3_bind_int64(s, i, (int64_t)t->exit_stime);
	i++;
	if (t->cap && t->cap->buf.len)
		sqlite3_bind_blob(s, i, t->cap->buf.p, (int)t->cap->buf.len, SQLITE_STATIC);
	step(r, s);
	r->nsyscalls++;
}

static void rec_exit(struct sink *s, struct tcb *t, uint64_t ts)
{
	struct recorder *r = (struct recorder *)s;
	uint64_t t0 = r->stats ? now_mono_ns() : 0;
	put_syscall(r, t, ts, 0);
	if (r->stats)
		r->busy_ns += now_mono_ns() - t0;
}

static void rec_unfinished(struct sink *s, struct tcb *t, uint64_t ts, int why)
{
	put_syscall((struct recorder *)s, t, ts, why);
}

/* ---- other events ---- */

static const char *const kind_names[] = {
	[EV_SIGNAL] = "signal", [EV_GROUP_STOP] = "stop", [EV_EXEC] = "exec",
	[EV_EXIT] = "exit", [EV_ATTACH] = "attach", [EV_DETACH] = "detach",
	[EV_SYSCALL_INTERRUPTED] = "interrupted",
};

static void rec_raw(struct sink *sk, const struct event *ev, uint64_t seq, const struct value *siginfo,
		    const void *cap, size_t caplen)
{
	struct recorder *r = (struct recorder *)sk;
	if (ev->kind >= ARRAY_SIZE(kind_names) || !kind_names[ev->kind])
		return;
	begin_row(r);
	int parent = ev->kind == EV_ATTACH ? ev->attach.parent_tid : 0;
	int64_t utid = utid_of(r, ev->tid, ev->pid, parent, ev->ts, ev->kind == EV_ATTACH);
	sqlite3_stmt *s = r->ins_event;
	sqlite3_bind_int64(s, 1, r->st->session_id);
	sqlite3_bind_int64(s, 2, (int64_t)seq);
	sqlite3_bind_int64(s, 3, (int64_t)(ev->ts + r->offset));
	sqlite3_bind_text(s, 4, kind_names[ev->kind], -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 5, ev->pid);
	sqlite3_bind_int(s, 6, ev->tid);
	if (utid)
		sqlite3_bind_int64(s, 7, utid);
	sqlite3_bind_int64(s, 15, (int64_t)ev->stime);
	switch (ev->kind) {
	case EV_SIGNAL: {
		sqlite3_bind_int(s, 8, ev->sig.signo);
		if (ev->sig.have_info)
			sqlite3_bind_blob(s, 16, ev->sig.info, sizeof(ev->sig.info), SQLITE_STATIC);
		if (siginfo) {
			r->aux.len = 0;
			json_value(&r->aux, siginfo);
			sqlite3_bind_text(s, 17, r->aux.p, (int)r->aux.len, SQLITE_STATIC);
		}
		if (cap && caplen)
			sqlite3_bind_blob(s, 18, cap, (int)caplen, SQLITE_STATIC);
		break;
	}
	case EV_GROUP_STOP:
		sqlite3_bind_int(s, 8, ev->stop.signo);
		break;
	case EV_EXEC:
		sqlite3_bind_int(s, 10, ev->exec.old_tid);
		break;
	case EV_EXIT:
		sqlite3_bind_int(s, 9, ev->exit_.status);
		break;
	case EV_ATTACH:
		sqlite3_bind_int(s, 11, ev->attach.parent_tid);
		sqlite3_bind_int(s, 12, ev->attach.startup);
		sqlite3_bind_int(s, 13, ev->attach.nthreads);
		break;
	case EV_SYSCALL_INTERRUPTED:
		sqlite3_bind_int(s, 14, ev->entry.nr);
		break;
	}
	step(r, s);
	r->nevents++;

	/* the process and thread tables */
	int64_t ts = (int64_t)(ev->ts + r->offset);
	if (ev->kind == EV_EXEC) {
		int64_t upid = idmap_get(r->procs, ev->pid);
		if (upid && r->live) {
			sqlite3_stmt *u = r->upd_process_exec;
			bind_proc_details(r, u, 1, ev->pid);
			sqlite3_bind_int64(u, 6, upid);
			step(r, u);
		}
		if (ev->exec.old_tid && ev->exec.old_tid != ev->tid) {
			/* the execing thread took the leader's tid */
			int64_t old = idmap_get(r->threads, ev->exec.old_tid);
			if (old)
				idmap_set(r->threads, ev->tid, old);
		}
	} else if (ev->kind == EV_EXIT || ev->kind == EV_DETACH) {
		if (utid) {
			sqlite3_bind_int64(r->upd_thread_end, 1, ts);
			sqlite3_bind_int64(r->upd_thread_end, 2, utid);
			step(r, r->upd_thread_end);
		}
		int64_t upid = idmap_get(r->procs, ev->pid);
		if (ev->tid == ev->pid && upid) {
			sqlite3_stmt *u = r->upd_process_exit;
			sqlite3_bind_int64(u, 1, ts);
			if (ev->kind == EV_EXIT) {
				int st = ev->exit_.status;
				if (WIFEXITED(st))
					sqlite3_bind_int(u, 2, WEXITSTATUS(st));
				else if (WIFSIGNALED(st)) {
					sqlite3_bind_int(u, 3, WTERMSIG(st));
					sqlite3_bind_int(u, 4, WCOREDUMP(st) ? 1 : 0);
				}
			}
			sqlite3_bind_int64(u, 5, upid);
			step(r, u);
		}
	}
}

static void rec_idle(struct sink *s)
{
	struct recorder *r = (struct recorder *)s;
	if (r->in_tx && now_mono_ns() - r->tx_start >= COMMIT_NS)
		commit(r);
	else if (r->in_tx)
		out_arm_timer();
}

static void rec_close(struct sink *s)
{
	struct recorder *r = (struct recorder *)s;
	uint64_t t0 = now_mono_ns();
	commit(r);
	store_build_indexes(r->st);
	char sql[256];
	int n = snprintf(sql, sizeof(sql), "UPDATE session SET end_ns = %lld, syscalls = %llu, events = %llu, lost = 0",
			 (long long)now_real_ns(), (unsigned long long)r->nsyscalls, (unsigned long long)r->nevents);
	if (r->have_exit)
		n += snprintf(sql + n, sizeof(sql) - n, ", exit_status = %d", r->exit_status);
	snprintf(sql + n, sizeof(sql) - n, " WHERE id = %lld", (long long)r->st->session_id);
	store_exec(r->st, sql);
	sqlite3_finalize(r->ins_syscall);
	sqlite3_finalize(r->ins_event);
	sqlite3_finalize(r->ins_thread);
	sqlite3_finalize(r->ins_process);
	sqlite3_finalize(r->upd_thread_end);
	sqlite3_finalize(r->upd_process_exec);
	sqlite3_finalize(r->upd_process_exit);
	/* fold the WAL back into the file: one self-contained file for the user */
	sqlite3_wal_checkpoint_v2(r->st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, NULL, NULL);
	if (r->stats) {
		/* the recorder's own cost, for bench/run.py: rows, seconds, rows/s */
		uint64_t busy = r->busy_ns + (now_mono_ns() - t0);
		uint64_t rows = r->nsyscalls + r->nevents;
		fprintf(stderr, "sctrace: store stats: %llu rows in %.3f s of recorder time, %.0f rows/s\n",
			(unsigned long long)rows, busy / 1e9, busy ? rows / (busy / 1e9) : 0.0);
	}
	idmap_free(r->threads);
	idmap_free(r->procs);
	idmap_free(r->tidpid);
	sbuf_free(&r->args);
	sbuf_free(&r->aux);
	store_close(r->st);
	free(r);
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
		json_text(b, argv[i], strlen(argv[i]));
	}
	sbuf_putc(b, ']');
}

static void session_row(struct recorder *r, const struct store_session *ss)
{
	sqlite3_stmt *s = store_prepare(r->st,
		"INSERT INTO session (command, pids, options, config, host, kernel, sctrace_version, "
		"schema_version, backend, source, start_ns, mono_offset_ns) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
	struct sbuf b = { 0 };
	if (ss->command) {
		json_argv(&b, ss->command, -1);
		sqlite3_bind_text(s, 1, b.p, (int)b.len, SQLITE_TRANSIENT);
	}
	b.len = 0;
	sbuf_putc(&b, '[');
	for (int i = 0; i < ss->npids; i++)
		sbuf_printf(&b, "%s%d", i ? "," : "", ss->pids[i]);
	sbuf_putc(&b, ']');
	sqlite3_bind_text(s, 2, b.p, (int)b.len, SQLITE_TRANSIENT);
	b.len = 0;
	json_argv(&b, ss->argv, ss->argc);
	sqlite3_bind_text(s, 3, b.p, (int)b.len, SQLITE_TRANSIENT);
	const struct trace_config *cfg = ss->cfg;
	b.len = 0;
	sbuf_printf(&b, "{\"strsize\":%u,\"verbose\":%s,\"decode_fds\":%u,\"redact\":%s,"
		    "\"follow_forks\":%d,\"npids\":%d,\"trace_all\":%s,\"status\":%u}",
		    cfg->dec.strsize, cfg->dec.verbose ? "true" : "false", cfg->dec.decode_fds,
		    cfg->dec.redact ? "true" : "false", cfg->follow_forks, cfg->npids,
		    cfg->trace_all ? "true" : "false", cfg->status);
	sqlite3_bind_text(s, 4, b.p, (int)b.len, SQLITE_TRANSIENT);
	struct utsname u;
	if (uname(&u) == 0) {
		sqlite3_bind_text(s, 5, u.nodename, -1, SQLITE_TRANSIENT);
		char k[512];
		snprintf(k, sizeof(k), "%s %s %s", u.sysname, u.release, u.machine);
		sqlite3_bind_text(s, 6, k, -1, SQLITE_TRANSIENT);
	}
	sqlite3_bind_text(s, 7, SCTRACE_VERSION, -1, SQLITE_STATIC);
	sqlite3_bind_int(s, 8, STORE_SCHEMA_VERSION);
	sqlite3_bind_text(s, 9, ss->backend ? ss->backend : "ptrace", -1, SQLITE_STATIC);
	if (ss->source)
		sqlite3_bind_text(s, 10, ss->source, -1, SQLITE_TRANSIENT);
	sqlite3_bind_int64(s, 11, (int64_t)now_real_ns());
	sqlite3_bind_int64(s, 12, (int64_t)ss->mono_offset);
	if (sqlite3_step(s) != SQLITE_DONE)
		store_fail(r->st, "cannot write the session");
	sqlite3_finalize(s);
	r->st->session_id = sqlite3_last_insert_rowid(r->st->db);
	sbuf_free(&b);
}

struct sink *store_sink_new(struct store *st, const struct store_session *ss)
{
	struct recorder *r = xcalloc(1, sizeof(*r));
	r->sink.ops = &recorder_ops;
	r->st = st;
	r->cfg = ss->cfg;
	r->offset = ss->mono_offset;
	r->live = ss->live;
	const char *st_env = getenv("SCTRACE_STORE_STATS");
	r->stats = st_env && *st_env && strcmp(st_env, "0") != 0;
	session_row(r, ss);
	r->ins_syscall = store_prepare(st,
		"INSERT INTO syscall (session_id, seq, exit_seq, ts, exit_ts, dur, utid, tid, pid, exit_tid, nr, name, "
		"ret, errno, errno_name, fd, path, bytes, args, ret_aux, ret_path, unfinished, "
		"arg0, arg1, arg2, arg3, arg4, arg5, sp, entry_stime, exit_stime, capture) "
		"VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
	r->ins_event = store_prepare(st,
		"INSERT INTO event (session_id, seq, ts, kind, pid, tid, utid, signo, status, old_tid, "
		"parent_tid, startup, nthreads, nr, stime, siginfo, info, capture) "
		"VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
	r->ins_thread = store_prepare(st,
		"INSERT INTO thread (session_id, tid, upid, name, start_ns) VALUES (?,?,?,?,?)");
	r->ins_process = store_prepare(st,
		"INSERT INTO process (session_id, pid, ppid, comm, exe, argv, cwd, cgroup, start_ns) "
		"VALUES (?,?,?,?,?,?,?,?,?)");
	r->upd_thread_end = store_prepare(st, "UPDATE thread SET end_ns = ? WHERE utid = ?");
	r->upd_process_exec = store_prepare(st,
		"UPDATE process SET comm = ?, exe = ?, argv = ?, cwd = ?, cgroup = ? WHERE upid = ?");
	r->upd_process_exit = store_prepare(st,
		"UPDATE process SET end_ns = ?, exit_code = ?, exit_signal = ?, core_dumped = ? WHERE upid = ?");
	return &r->sink;
}
