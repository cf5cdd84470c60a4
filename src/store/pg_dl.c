/*
 * pg_dl.c - libpq, loaded the first time a postgresql:// store is used.
 *
 * Linked in, libpq brings some 25 libraries (Kerberos, LDAP, GnuTLS, ...)
 * whose loading and constructors cost every sctrace run about 5 ms --
 * `sctrace true` and a short eBPF trace pay it -- while only PostgreSQL
 * stores need them.  So sctrace is not linked with libpq: these are
 * libpq's functions, with libpq-fe.h's prototypes, forwarding to Debian's
 * libpq5 opened with dlopen() on the first call.  Only the functions
 * sctrace uses are here; a new one is one more line in PQ_FUNCS.
 */
#include "common.h"

#include <dlfcn.h>
#include <libpq-fe.h>
#include <stdbool.h>

#define LIBPQ "libpq.so.5"

/* (return type, name, parameters, arguments) of each function sctrace calls */
#define PQ_FUNCS(X, XV)                                                                              \
	X(PGconn *, PQconnectdbParams, (const char *const *keywords, const char *const *values,       \
					int expand_dbname), (keywords, values, expand_dbname))        \
	X(ConnStatusType, PQstatus, (const PGconn *conn), (conn))                                     \
	X(char *, PQerrorMessage, (const PGconn *conn), (conn))                                        \
	X(const char *, PQparameterStatus, (const PGconn *conn, const char *name), (conn, name))      \
	X(PQnoticeProcessor, PQsetNoticeProcessor, (PGconn *conn, PQnoticeProcessor proc, void *arg), \
	  (conn, proc, arg))                                                                           \
	XV(PQfinish, (PGconn *conn), (conn))                                                           \
	X(PGresult *, PQexec, (PGconn *conn, const char *query), (conn, query))                        \
	X(PGresult *, PQexecParams, (PGconn *conn, const char *command, int nParams,                   \
				     const Oid *paramTypes, const char *const *paramValues,           \
				     const int *paramLengths, const int *paramFormats, int resultFormat), \
	  (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat)) \
	X(PGresult *, PQgetResult, (PGconn *conn), (conn))                                             \
	X(ExecStatusType, PQresultStatus, (const PGresult *res), (res))                                \
	X(int, PQntuples, (const PGresult *res), (res))                                                \
	X(char *, PQgetvalue, (const PGresult *res, int row, int col), (res, row, col))                \
	X(int, PQgetisnull, (const PGresult *res, int row, int col), (res, row, col))                  \
	XV(PQclear, (PGresult *res), (res))                                                            \
	X(int, PQputCopyData, (PGconn *conn, const char *buffer, int nbytes), (conn, buffer, nbytes))  \
	X(int, PQputCopyEnd, (PGconn *conn, const char *errormsg), (conn, errormsg))                   \
	X(int, PQgetCopyData, (PGconn *conn, char **buffer, int async), (conn, buffer, async))         \
	XV(PQfreemem, (void *ptr), (ptr))

#define PQ_POINTER(ret, name, params, args) ret(*name) params;
#define PQ_POINTER_V(name, params, args) void(*name) params;
static struct {
	PQ_FUNCS(PQ_POINTER, PQ_POINTER_V)
} pq;

#define PQ_NAME(ret, name, params, args) { #name, (void **)&pq.name },
#define PQ_NAME_V(name, params, args) { #name, (void **)&pq.name },
static const struct {
	const char *name;
	void **slot;
} pq_syms[] = { PQ_FUNCS(PQ_NAME, PQ_NAME_V) };

static void pq_load(void)
{
	static bool loaded;
	if (loaded)
		return;
	void *h = dlopen(LIBPQ, RTLD_NOW | RTLD_LOCAL);
	if (!h)
		die("PostgreSQL stores need libpq (Debian package libpq5): %s", dlerror());
	for (size_t i = 0; i < ARRAY_SIZE(pq_syms); i++) {
		void *f = dlsym(h, pq_syms[i].name);
		if (!f)
			die("%s has no %s: %s", LIBPQ, pq_syms[i].name, dlerror());
		*pq_syms[i].slot = f;
	}
	loaded = true;
}

#define PQ_FORWARD(ret, name, params, args) \
	ret name params                     \
	{                                   \
		pq_load();                  \
		return pq.name args;        \
	}
#define PQ_FORWARD_V(name, params, args) \
	void name params                 \
	{                                \
		pq_load();               \
		pq.name args;            \
	}
PQ_FUNCS(PQ_FORWARD, PQ_FORWARD_V)
