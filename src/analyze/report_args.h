/*
 * report_args.h - reading the store's args JSON (docs/JSON.md) back: a small
 * tree parser, a strace-like rendering of a call ("read(3, \"ab\"..., 64) = 2"),
 * and socket addresses as text ("127.0.0.1:80", "[::1]:53", "/run/x.sock").
 */
#ifndef SCTRACE_REPORT_ARGS_H
#define SCTRACE_REPORT_ARGS_H

#include "arena.h"
#include "sbuf.h"

enum jkind { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ };

struct jnode {
	enum jkind kind;
	const char *key;          /* member name inside an object */
	const char *s;            /* J_STR: the decoded bytes (NUL-terminated); J_NUM: its text */
	size_t len;
	bool b;
	struct jnode *first, *next;
};

/* Parse text into nodes allocated from a; NULL if it is not valid JSON. */
struct jnode *jparse(struct arena *a, const char *text, size_t len);
/* The member called key of an object, or NULL. */
const struct jnode *jget(const struct jnode *obj, const char *key);
/* A number's value (0 if not a number). */
int64_t jint(const struct jnode *n);

/* The arguments of an args object as strace would list them: 3, "ab"..., 64 */
void jrender_args(struct sbuf *b, const struct jnode *args);
/* name(args) = ret ERRNO: a readable line for a recorded call */
struct call_line {
	const char *name, *args_json, *errno_name, *ret_path;
	int64_t ret;
	bool have_ret, unfinished;
};
void jrender_call(struct sbuf *b, const struct call_line *c);

/*
 * The first socket address inside v (an object with "sa_family") as text,
 * and its family name ("AF_INET"); false if there is none.
 */
bool sockaddr_text(const struct jnode *v, struct sbuf *out, const char **family);

#endif
