/*
 * store.h - the SQLite trace store: `sctrace record` writes it, `replay`
 * (and later report, export, diff) read it.  The schema is documented in
 * docs/STORE.md and versioned (PRAGMA user_version); the file is marked as
 * ours with PRAGMA application_id, so another program's database is refused.
 */
#ifndef SCTRACE_STORE_H
#define SCTRACE_STORE_H

#include <sqlite3.h>
#include <stdbool.h>
#include <stdint.h>

#define STORE_APP_ID 0x53435452   /* "SCTR" */
#define STORE_SCHEMA_VERSION 1

struct sink;
struct trace_config;
struct pg;

/*
 * A store is a SQLite file, or (path a postgresql:// URL) a PostgreSQL
 * database: record writes into it through pg (docs/POSTGRES.md), and
 * reading one loads the selected trace into a temporary SQLite db, so every
 * reader (replay, report, export) works on SQLite alone.
 */
struct store {
	sqlite3 *db;
	const char *path;          /* the file, or the URL without its password */
	int64_t session_id;
	struct pg *pg;             /* writing into PostgreSQL (db is NULL then) */
	char *host;                /* the session's host: every PostgreSQL row carries it */
	char *owned_path;          /* path, when the store made it */
};

/* A PostgreSQL connection URI (postgresql:// or postgres://)? */
bool store_is_url(const char *path);
/*
 * Which trace store_open picks when a store holds several (PostgreSQL):
 * the most recent one of host, or trace number id (0: any).  Both NULL/0:
 * the most recent trace.
 */
void store_select(const char *host, int64_t id);
/* A temporary SQLite store with the schema, for a trace loaded from elsewhere. */
struct store *store_create_temp(const char *display);

/*
 * Create a new store at path.  An existing file is replaced only with force,
 * and only if it is an sctrace store or empty; anything else is an error.
 * Errors print one "sctrace:" line and exit.
 */
struct store *store_create(const char *path, bool force);
/* Open an existing store for reading; checks it is one of ours and readable. */
struct store *store_open(const char *path);
void store_close(struct store *st);
/* Create the secondary indexes if they are missing. */
void store_build_indexes(struct store *st);

/* What a recording session is, written when it starts. */
struct store_session {
	char **command;          /* started command's argv, or NULL */
	const int *pids;         /* attached pids */
	int npids;
	int argc;                /* sctrace's own arguments, for the record */
	char **argv;
	const char *backend;     /* "ptrace" */
	uint64_t mono_offset;    /* realtime - monotonic, ns */
	const struct trace_config *cfg;
	const char *source;      /* replay -w: the store it was re-recorded from, or NULL */
	bool live;               /* the traced processes run on this machine now (/proc) */
	bool have_stime;         /* replay -w: the source store has system CPU times */
	const char *host;        /* --host NAME, else the node name */
};

/*
 * The session row from its column values (store_tables[TB_SESSION] order,
 * as text, NULL for NULL; [0], the id, is the store's to give): sets
 * st->session_id and st->host.
 */
void store_add_session(struct store *st, const char *const vals[]);
/* The session's end: its counts, and the exit status if have_exit. */
void store_end_session(struct store *st, uint64_t syscalls, uint64_t events, bool have_exit, int exit_status);


/* The recorder sink: creates the session row, then one row per event. */
struct sink *store_sink_new(struct store *st, const struct store_session *s);
/* Set the session's exit status (the started command's wait status) before close. */
void store_sink_set_exit(struct sink *s, int status);

/* Run a statement, exiting with one clear line on error. */
void store_exec(struct store *st, const char *sql);
/* Prepare a statement, exiting with one clear line on error. */
sqlite3_stmt *store_prepare(struct store *st, const char *sql);
/* One line about a failed SQLite call, and exit. */
void store_fail(struct store *st, const char *what) __attribute__((noreturn));

#endif
