/*
 * html_internal.h - declarations shared by the files of the HTML report
 * (html.c, html_util.c, html_load.c, html_fd.c, html_calls.c, html_json.c):
 * limits, the model built from the store, and the functions used across files.
 */
#ifndef SCTRACE_HTML_INTERNAL_H
#define SCTRACE_HTML_INTERNAL_H

#include "common.h"
#include "decode.h"
#include "sbuf.h"
#include "store.h"
#include "syscalls.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DEFAULT_MAX_CALLS 50000   /* individual calls embedded (SCTRACE_HTML_MAX_CALLS) */
#define MAX_BINS 2000             /* time bins per lane at the overview zoom */
#define MIN_BINS 100
#define BIN_CELLS 500000          /* lanes x bins kept in memory at most */
#define HIST_BUCKETS 48           /* log2 buckets: 1 ns .. 2^47 ns (39 hours) */
#define MAX_TABLE_ROWS 1000       /* rows of the files and network tables */
#define MAX_EVENTS 20000          /* signals, execs, exits drawn on the timeline */
#define MAX_FD 65536              /* descriptors followed per process */
#define NSTATS 1025               /* per-nr statistics; the last is every nr >= 1024 */

struct bytes {
	char *p;     /* NULL for SQL NULL; always NUL-terminated when set */
	size_t n;
};

/* a string -> int map with keys owned by the map (open addressing) */
struct strmap {
	struct smslot {
		char *k;
		size_t n;
		uint64_t h;
		int v;
	} *e;
	size_t cap, n;
};

/* a set of non-zero 64-bit keys */
struct u64set {
	uint64_t *k;
	size_t cap, n;
};

/* ---- the model ---- */

enum { K_FILE, K_NETWORK, K_PROCESS, K_MEMORY, K_SIGNAL, K_IPC, K_DESC, K_OTHER, NCLASS };
extern const char *const class_names[NCLASS];

struct stat_nr {
	int64_t n, err, unf;
	uint64_t time, min, max;
	uint32_t hist[HIST_BUCKETS];
	struct bytes name;
	int name_idx;   /* in the page's names[]; -1 until used */
};

struct bin {
	float t[NCLASS];   /* time in calls of each class, ns */
	float topt;        /* the longest single overlap and its syscall */
	uint32_t n;        /* calls that start in the bin */
	int16_t topnr;
};

struct lane {
	int64_t utid;
	int tid, proc;
	struct bytes name;
	int64_t start, end;   /* realtime ns; 0 unknown */
	int64_t n;
	struct bin *bins;
	int order;            /* position on the page */
};

enum { FD_NONE, FD_FILE, FD_SOCK, FD_OTHER };
struct fdent {
	int32_t obj;   /* file or socket index */
	uint8_t kind;
	uint8_t cloexec;
};

struct proc {
	int64_t upid;
	int pid, ppid, parent;
	struct bytes comm, exe, argv, cwd;
	int64_t start, end;
	bool has_end;
	int64_t exit_code, exit_signal, core;
	bool has_code, has_signal;
	int64_t n, err, nthreads;
	uint64_t time;
	struct fdent *fds;
	size_t nfds;
	bool fds_ready;
	struct bytes cur_cwd;   /* followed through chdir/fchdir */
	int order;
	int npipes;
};

enum { F_PATH, F_PIPE, F_INHERITED };
struct file {
	struct bytes path;
	int kind;
	int64_t opens, errs, rd, wr, other, procs;
	uint64_t rb, wb;
};

enum { HOW_BIND = 1, HOW_LISTEN = 2, HOW_CONNECT = 4, HOW_ACCEPT = 8, HOW_PAIR = 16, HOW_SENDTO = 32, HOW_RECVFROM = 64 };
struct sock {
	int proc;
	int64_t family, type;
	struct bytes local, remote;
	unsigned how;
	int nflows;
};

struct flow {
	int sock;
	struct bytes peer;
	uint64_t sent, recv;
	int64_t calls;
};

struct netaddr {
	int64_t id;
	struct bytes addr;
};

struct call {
	int64_t id, ts, dur, ret;
	int lane, nr, err;
	bool unfinished, hex_ret;
	size_t aoff, alen;   /* the args, already a JSON string, in html.argbuf */
};

struct slow {
	uint64_t dur;
	int64_t id;
};

struct event_mark {
	int64_t utid, ts;
	int tid, kind;   /* 0 signal, 1 exec, 2 exit */
	char info[64];
};

struct html {
	struct store *st;
	int64_t t0, t1, binw;
	int nbins;

	struct proc *procs;
	size_t nprocs, cprocs;
	struct lane *lanes;
	size_t nlanes, clanes;
	struct stat_nr *stats;
	int64_t cls_n[NCLASS];
	uint64_t cls_time[NCLASS];

	struct file *files;
	size_t nfiles, cfiles;
	struct strmap file_map;
	struct u64set file_procs;
	struct sock *socks;
	size_t nsocks, csocks;
	struct flow *flows;
	size_t nflows, cflows;
	struct strmap flow_map;
	struct netaddr *net;
	size_t nnet, cnet, net_at;

	/* the individual calls: all of them, or the slowest plus a uniform sample */
	int64_t total;
	size_t max_calls, nslow_max, nsample_max;
	struct slow *slow;
	size_t nslow;
	int64_t *sample;
	size_t nsample;
	uint64_t seen, rng;
	struct call *calls;
	size_t ncalls, ccalls;
	struct sbuf argbuf;

	struct event_mark *events;
	size_t nevents, cevents;

	struct strmap errnos;
	int nerrnos;
	struct bytes *errno_names;
	size_t cerrno;

	int last_utid_lane;
	int64_t last_utid;
};

/* the store being read, for the qsort comparators (defined in html.c) */
extern const struct html *sort_ctx;

/* one syscall row (html_fd.c, html_calls.c) */
struct row {
	int64_t id, ts, dur, utid, nr, ret, err, fd, bytes, arg[3];
	int tid, pid, lane, proc;
	bool has_dur, has_err, has_fd, has_bytes;
	struct bytes path, ret_path, args;
};


/* html_calls.c */
struct stat_nr *stat_of(struct html *h, int64_t nr);
void scan(struct html *h);
int cmp_call(const void *a, const void *b);
void fetch_calls(struct html *h);
int *lane_order(struct html *h);

/* html_fd.c */
void load_addresses(struct html *h);
void track_fds(struct html *h, struct row *r);

/* html_json.c */
void write_meta(struct html *h, struct sbuf *o);
void write_names(struct html *h, struct sbuf *o);
void write_procs(struct html *h, struct sbuf *o);
void write_lanes(struct html *h, struct sbuf *o, const int *by_order);
void write_calls(struct html *h, struct sbuf *o);
void write_stats(struct html *h, struct sbuf *o);
void write_events(struct html *h, struct sbuf *o);
void write_files(struct html *h, struct sbuf *o);
void write_net(struct html *h, struct sbuf *o);

/* html_load.c */
bool next_row(struct store *st, sqlite3_stmt *s, const char *what);
int64_t col_i64(sqlite3_stmt *s, int i);
void load_procs(struct html *h);
void link_parents(struct html *h);
void load_threads(struct html *h);
int lane_of(struct html *h, int64_t utid, int tid, int pid);
int64_t query_int(struct html *h, const char *sql, bool *null);
void time_range(struct html *h);
void bin_call(struct html *h, struct lane *l, int64_t ts, int64_t dur, int nr, int cls);
void load_events(struct html *h);

/* html_util.c */
struct bytes bytes_copy(const void *p, size_t n);
struct bytes col_bytes(sqlite3_stmt *s, int i);
bool col_null(sqlite3_stmt *s, int i);
void *vec_fit(void *v, size_t *cap, size_t n, size_t sz);
int strmap_get(struct strmap *m, const char *k, size_t n, int newv, bool *added);
void strmap_free(struct strmap *m);
bool u64set_add(struct u64set *s, uint64_t key);
void json_str(struct sbuf *o, const char *s, size_t n);
void json_cstr(struct sbuf *o, const char *s);
void json_bytes(struct sbuf *o, struct bytes b);
void json_key(struct sbuf *o, const char *k);
void json_int_field(struct sbuf *o, const char *k, int64_t v);
void json_int64(struct sbuf *o, int64_t v);
void json_close(struct sbuf *o, char c);
int class_of(int64_t nr);

#endif
