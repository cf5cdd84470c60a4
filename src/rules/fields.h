/*
 * fields.h - the named fields rule conditions and outputs use (the list
 * is in docs/RULES.md): the syscall and its decoded arguments, what the
 * call's path and descriptor refer to, a socket address, and the process
 * with its parent and ancestors.  A field's value is read from an evctx:
 * one finished syscall (its struct dctx, the decoded value tree) and the
 * process it ran in (proctrack.h).
 */
#ifndef SCTRACE_FIELDS_H
#define SCTRACE_FIELDS_H

#include "arena.h"
#include "proctrack.h"
#include "sbuf.h"

#include <stdbool.h>
#include <stdint.h>

struct dctx;

enum ftype { FT_STR, FT_NUM, FT_BOOL, FT_SET, FT_ADDR, FT_ANY };

struct ipaddr {
	int family;          /* AF_INET, AF_INET6 */
	uint8_t a[16];
};

struct fval {
	int type;            /* enum ftype, never FT_ANY */
	int64_t n;           /* FT_NUM, FT_BOOL */
	const char *s;       /* FT_STR */
	const char **set;    /* FT_SET */
	int nset;
	struct ipaddr ip;    /* FT_ADDR */
};

struct evctx {
	const struct dctx *c;    /* the finished call (nr, raw args, value tree, rval, err) */
	int tid, pid;
	uint64_t ts;             /* entry time, realtime ns */
	uint64_t seq;
	struct proc *p;          /* NULL: unknown */
	struct arena *a;         /* for this event's derived values */
	/* derived by evctx_prepare, before the call's effects are applied */
	const char *path, *path_raw;
	const char **paths;
	int npaths;
	bool have_fd;
	int fdnum;
	struct pfd fd;           /* a copy (path in the arena) */
	bool have_net;
	int family;
	struct ipaddr ip;
	bool have_ip, have_port;
	int port;
	const char *unix_path;
};

struct field {
	const char *name;
	int type;                /* enum ftype; FT_ANY: decided by the value (arg.NAME) */
	bool param;              /* name is a prefix ("arg."): the rest is a parameter */
	bool (*get)(struct evctx *e, const char *param, struct fval *out);
	const char *doc;
};

/* The field a name refers to (*param: the part after a prefix field's name), or NULL. */
const struct field *field_find(const char *name, const char **param);
/* Every field, for docs and --list-fields; ends with a NULL name. */
extern const struct field rule_fields[];
const char *ftype_name(int type);

/* Derive path, descriptor and address details of e->c for e->p. */
void evctx_prepare(struct evctx *e);
/* A field's value as text (template output), appended to b; "<none>" when absent. */
void field_text(struct evctx *e, const struct field *f, const char *param, struct sbuf *b);

bool parse_ip(const char *s, struct ipaddr *out);
void format_ip(const struct ipaddr *ip, char *buf, size_t size);

#endif
