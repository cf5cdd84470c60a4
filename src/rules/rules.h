/*
 * rules.h - the alert rule language (docs/RULES.md): rule files are parsed
 * into a ruleset of lists, macros and rules; each rule's condition is
 * compiled into a small expression tree over named fields (fields.c), and
 * evaluated against one finished syscall and the process it ran in.
 *
 * Loading is in two steps, so that a later file can override an earlier
 * one: ruleset_load_*() reads files (syntax only), ruleset_compile()
 * resolves macros, lists and fields once every file is in.  Every error is
 * one "FILE:LINE: message" line.
 */
#ifndef SCTRACE_RULES_H
#define SCTRACE_RULES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* syslog's levels, most severe first */
enum rprio { PRIO_EMERGENCY, PRIO_ALERT, PRIO_CRITICAL, PRIO_ERROR, PRIO_WARNING,
	     PRIO_NOTICE, PRIO_INFO, PRIO_DEBUG, PRIO_NONE };
const char *prio_name(int prio);
int prio_by_name(const char *name);   /* -1 if unknown */

struct rnode;   /* a compiled condition (rules_eval.c) */
struct evctx;   /* what a condition is evaluated against (fields.c) */

struct rlist {
	char *name;
	char **items;
	int n;
	const char *file;
	int line;
};

struct rmacro {
	char *name;
	char *text;          /* the condition as written */
	const char *file;
	int line;
	struct rnode *ast;   /* compiled */
	int state;           /* compile: 0 not yet, 1 in progress (a loop), 2 done */
};

/* an output template: literal text and fields, in turns */
struct tpart {
	char *text;          /* literal text, or NULL */
	const struct field *f;
	char *param;         /* the field's parameter: arg.NAME's NAME */
};

struct rule {
	char *name;
	char *cond;          /* condition text */
	char *output;        /* output template text */
	char *desc;          /* what it is about (desc:), or NULL */
	int prio;            /* enum rprio; PRIO_NONE until given */
	char **tags;
	int ntags;
	bool enabled;
	const char *file;    /* where it was first defined */
	int line;
	const char *cond_file, *out_file;   /* where condition and output were last given */
	int cond_line, out_line;
	struct rnode *ast;
	struct tpart *tmpl;
	int ntmpl;
};

struct ruleset {
	struct rlist *lists;
	int nlists;
	struct rmacro *macros;
	int nmacros;
	struct rule *rules;
	int nrules;
	char **files;        /* names of the files loaded (errors point into them) */
	int nfiles;
	char err[512];       /* the error of a failed load/compile */
};

/* Parse rule text (from a file called name); false with rs->err set on error. */
bool ruleset_load_text(struct ruleset *rs, const char *name, const char *text);
bool ruleset_load_file(struct ruleset *rs, const char *path);
/* The rules shipped in the binary (src/rules/default.rules). */
bool ruleset_load_default(struct ruleset *rs);
/* Resolve macros, lists and fields of every enabled rule. */
bool ruleset_compile(struct ruleset *rs);
void ruleset_free(struct ruleset *rs);
/* (rules_cond.c) the compiled trees and templates, for ruleset_free */
void rules_free_compiled(struct ruleset *rs);

/*
 * Load what a session asks for: the shipped rules (unless no_default), the
 * system and user rule directories, then each file in order; compile.  On
 * error prints one "sctrace: FILE:LINE: ..." line and exits 1.
 */
void ruleset_setup(struct ruleset *rs, char **files, int nfiles, bool no_default);

/* Does the rule's condition hold for this event? */
bool rule_matches(const struct rule *r, struct evctx *e);
/* The rule's output with its fields filled in, appended to b. */
struct sbuf;
void rule_output(const struct rule *r, struct evctx *e, struct sbuf *b);

#endif
