/*
 * value.h - the typed value tree that decoders build and printers render.
 *
 * A decoded syscall is a list of values, one per argument, plus a return
 * value.  A value is a number with a display format, a named constant or set
 * of flags (with the table that names them), a string with a truncation mark,
 * a struct of named fields, an array, a signal set, a file descriptor with
 * its path, and so on.  Values keep their raw numbers, so a JSON or SQLite
 * sink can store both the number and the name.  Nodes live in an arena.
 */
#ifndef SCTRACE_VALUE_H
#define SCTRACE_VALUE_H

#include "arena.h"
#include "xlat.h"

enum vkind {
	V_NUM,      /* number in a display format (see enum numfmt) */
	V_FLAGS,    /* bit set named by an xlat table: A|B|0x10 */
	V_ENUM,     /* one value named by an xlat table, or number + comment */
	V_SYM,      /* a symbolic literal such as AT_FDCWD or an expression */
	V_STR,      /* byte string, quoted and escaped */
	V_STRUCT,   /* {name=value, ...} */
	V_ARRAY,    /* [value, ...] */
	V_CALL,     /* fn(value, ...): makedev(), htons(), inet_addr() */
	V_OR,       /* values joined by '|': S_IFREG|0644 */
	V_SIGSET,   /* [HUP INT] or ~[KILL STOP] */
	V_FD,       /* 3 or 3</path> */
	V_ELLIPSIS, /* ... */
	V_CHANGED,  /* in-out value: before => after */
	V_SEQ,      /* values joined by ", " without brackets */
	V_SET,      /* [a b c]: descriptor sets, CPU sets */
};

enum numfmt {
	NF_DEC,   /* signed decimal */
	NF_UDEC,  /* unsigned decimal */
	NF_HEX,   /* 0x1f, and 0 as "0" */
	NF_OCT,   /* 0644, and 0 as "000" */
	NF_PTR,   /* NULL or 0x7ffd... */
	NF_PID,   /* a process or thread id: signed decimal, and its command with -Y */
};

/*
 * How a value follows -X raw|abbrev|verbose (struct value.xs).  V_FLAGS,
 * V_ENUM, V_SIGSET and AT_FDCWD follow it by themselves: raw prints the
 * number in the value's format, verbose the number followed by the names as
 * a comment when a name was found.  Other kinds print alike in every style
 * unless marked.
 */
enum {
	XS_DEFAULT = 0,
	XS_CONST = 1,   /* a named constant as a whole (V_SYM, V_OR, V_CALL) with its raw number:
			   raw prints the number (fmt), verbose the number and, as a comment,
			   the abbreviated text */
	XS_FIXED = 2,   /* abbreviated in every style, children too (strace's fixed aux strings) */
	XS_VERBOSE = 4, /* a V_FLAGS/V_ENUM printed verbose unless -X raw: 0x3 / * NAME * / */
	XS_NORAW = 8,   /* a return value's aux part (or any value) that -X raw leaves out */
	XS_ALT = 16,    /* a V_CALL or V_SYM whose raw form is another value (alt): the bytes of
			   htons(80) are "\x00\x50", UTIME_NOW is a timespec; verbose adds the
			   abbreviated form as a comment */
	XS_NOT_IN_ALT = 32, /* an argument that call's comment leaves out (inet_pton's &field) */
	XS_KEEP_STYLE = 64, /* an XS_CONST call whose comment spells its arguments in the -X style */
	XS_ALT_ALL = 128,   /* with XS_ALT: alt stands for the value under raw and verbose alike,
			       following the style itself (21<<SHM_HUGE_SHIFT, 21<<26 / * SHM_HUGE_SHIFT * /) */
	XS_ALT_RAW = 256,   /* with XS_ALT and XS_CONST: alt under raw only, verbose as XS_CONST
			       (statx's AT_STATX_SYNC_AS_STAT: nothing under raw, as strace) */
	XS_RAWONLY = 1024,  /* shown under -X raw only, as a comment under verbose (the words
			       behind evdev's named bits); with XS_NORAW beside it, a pair */
	XS_COMMENT_NORAW = 2048, /* the comment is left out under -X raw (ptp dates, clock_t seconds) */
	XS_INDEX = 512,     /* name is an array index "[NAME]" for the number idx: raw prints
			       [idx], verbose [idx / * NAME * /] (a numeric name stays as it is) */
};

/* -X / --const-print-style: how constants are spelt in text */
enum xstyle { XSTYLE_ABBREV, XSTYLE_RAW, XSTYLE_VERBOSE };

/* V_SET fmt: the complement, ~[...]; V_SEQ fmt: joined without a separator */
enum { VSET_NOT = 1, VSEQ_CAT = 1 };

/* V_NUM NF_PID flags (in sflags): what kind of id, for --decode-pids */
enum {
	VPID_GROUP = 1,   /* a process group or session id: no command name */
	VPID_KILL = 2,    /* kill()'s pid: a negative one is the process group -pid */
};

/* V_STR flags */
enum {
	VS_TRUNC = 1,   /* contents were cut: print ... after the quote */
	VS_HEX = 2,     /* always print bytes as \xNN (getrandom buffers) */
	VS_NOTERM = 4,  /* C string without NUL within the limit */
	VS_REDACTED = 8,/* contents withheld (--redact): printed as "<redacted>" */
	VS_OMIT_NUL = 16,/* a last NUL byte is not shown, unless printed in hex (xattr values) */
	VS_AT = 32,     /* printed with a leading '@' (abstract socket names) */
	VS_PATH = 64,   /* a file name (the store's path column; kept by --redact) */
};

struct value {
	uint8_t kind;
	uint8_t fmt;        /* enum numfmt: V_NUM, V_ENUM/V_FLAGS (unknown, and -X raw), XS_CONST */
	uint8_t sflags;     /* V_STR flags; VPID_* for an NF_PID number */
	bool label;         /* name is a label: "name value", not "name=value" */
	uint16_t xs;        /* XS_* bits: how -X spells it */
	uint16_t idx;       /* XS_INDEX: the number the index name stands for */
	const char *name;   /* struct field name, printed as name=value */
	const char *comment;/* printed after the value as  / * comment * / */
	struct value *next; /* next sibling */
	union {
		uint64_t u;                                      /* V_NUM */
		struct { uint64_t v; const struct xlat *x; } c;  /* V_FLAGS, V_ENUM */
		struct { const char *text; uint64_t v; const struct value *alt; } sym; /* V_SYM (alt: XS_ALT) */
		struct { const char *p; uint32_t len; } s;       /* V_STR */
		struct { struct value *first, *last; const char *fn;
			 union { uint64_t raw; const struct value *alt; }; } list; /* containers (raw: XS_CONST, alt: XS_ALT) */
		struct { uint64_t mask; } sigset;                /* V_SIGSET: bit n-1 = signal n */
		struct { int fd; const char *path; } fd;         /* V_FD */
	};
};

struct value *v_num(struct arena *a, uint64_t v, enum numfmt fmt);
struct value *v_flags(struct arena *a, uint64_t v, const struct xlat *x, enum numfmt unknown_fmt);
struct value *v_enum(struct arena *a, uint64_t v, const struct xlat *x, enum numfmt unknown_fmt);
struct value *v_sym(struct arena *a, const char *text, uint64_t v);
/* A named constant (AT_FDCWD, SIG_IGN, RLIM64_INFINITY): under -X raw its number in fmt */
struct value *v_const(struct arena *a, const char *text, uint64_t v, enum numfmt fmt);
struct value *v_str(struct arena *a, const char *p, size_t len, unsigned sflags);
struct value *v_list(struct arena *a, enum vkind kind);   /* STRUCT, ARRAY, OR, SEQ */
struct value *v_call(struct arena *a, const char *fn);
struct value *v_sigset(struct arena *a, uint64_t mask);
struct value *v_fd(struct arena *a, int fd, const char *path);
struct value *v_ellipsis(struct arena *a);
struct value *v_changed(struct arena *a, struct value *before, struct value *after);

/* Append child to a container; returns child.  v_field also names it. */
struct value *v_add(struct value *list, struct value *child);
struct value *v_field(struct value *list, const char *name, struct value *child);
/* An array item named by its index: [NAME]=child, or [k / * unknown * /]=child when
   name is NULL; under -X raw [k]=child, verbose [k / * NAME * /]=child */
struct value *v_index(struct arena *a, struct value *list, uint64_t k, const char *name,
		      const char *unknown, struct value *child);
/* "label value" items, as in " (in [3], left {...})" after a return value */
struct value *v_label(const char *label, struct value *v);
/* A V_OR or V_CALL that is one number as a whole (open flags, a mode, an ioctl code);
   a V_FLAGS so marked always has its comment under -X verbose */
struct value *v_whole(struct value *v, uint64_t raw, enum numfmt fmt);
/* A call or symbol shown under -X raw as alt (its bytes), under verbose as alt and itself */
struct value *v_alt(struct value *call, const struct value *alt);
/* Abbreviated whatever -X says (strace prints some auxiliary names so) */
static inline struct value *v_fixed(struct value *v) { v->xs |= XS_FIXED; return v; }
/* Number and names as a comment even without -X verbose (strace prints some so) */
static inline struct value *v_verbose(struct value *v) { v->xs |= XS_VERBOSE; return v; }
static inline struct value *v_keep_style(struct value *v) { v->xs |= XS_KEEP_STYLE; return v; }
static inline struct value *v_noraw(struct value *v) { v->xs |= XS_NORAW; return v; }
static inline struct value *v_comment(struct value *v, const char *c) { v->comment = c; return v; }

#endif
