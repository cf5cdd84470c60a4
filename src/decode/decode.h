/*
 * decode.h - turning a syscall event into a value tree.
 *
 * A decoder is called twice for one syscall: at entry, to decode the
 * arguments the kernel reads (strings, input structs), and at exit, for the
 * arguments it writes (output buffers, result structs) and the return value.
 * Arguments are appended in order; the ones added at entry are what strace
 * shows before " <unfinished ...>" when another thread interrupts the line.
 *
 * Most syscalls need no code: a decoder is a row with an argument signature
 * (ARG/ARGX/OUT below).  Calls with dependent arguments get a function.
 * Decoders read tracee memory only through c->mem and never print.
 */
#ifndef SCTRACE_DECODE_H
#define SCTRACE_DECODE_H

#include <string.h>

#include "mem.h"
#include "syscalls.h"
#include "value.h"

/* A set of descriptors (-e read=, -e write=): the listed ones, or all but them. */
struct fdset {
	bool negate;
	int n;
	const int *fds;        /* sorted */
};
bool fdset_has(const struct fdset *s, int fd);

struct decode_opts {
	unsigned strsize;      /* -s */
	bool verbose;          /* -v: print structs in full */
	unsigned decode_fds;   /* FD_* details (mem.h): -y FD_PATH, -yy FD_ALL */
	const uint8_t *raw_set;     /* -e raw=SET, indexed by syscall number */
	const uint8_t *verbose_set; /* -e verbose=/abbrev= overriding -v */
	bool redact;           /* --redact: hide string and buffer contents, keep paths */
	const struct fdset *dump_read;   /* -e read=: whole data read from these, as dumps */
	const struct fdset *dump_write;  /* -e write=: ... written to these */
};

/*
 * -e read=/write=: the data a call moved, for the printer's hex dumps, in
 * order.  IOD_DATA is a buffer; IOD_BUFFER a buffer of an iovec (index =
 * its place, " * N bytes in buffer I"); IOD_VECTOR an mmsghdr's iovec
 * (count = its msg_iovlen, " = N buffers in vector I").
 */
enum { IOD_DATA, IOD_BUFFER, IOD_VECTOR };
struct iodump {
	struct iodump *next;
	uint8_t kind;
	uint64_t index;
	uint64_t count;
	const uint8_t *data;   /* IOD_DATA, IOD_BUFFER: the first `have` of count bytes, or NULL */
	uint64_t have;         /* < count: the piece at addr + have could not be read */
	uint64_t addr;
	uint32_t missing;      /* ... and was that many bytes */
	int pid;
};
struct dctx;
/* Collect c->dump when the call's descriptor is in a dump set (iodump.c): data
 * written at entry, data read (and sendmmsg's, which needs the result) at exit. */
void decode_iodump(struct dctx *c);

/* How the return value is printed. */
enum retfmt {
	RET_DEC,      /* = 3 */
	RET_UDEC,     /* = 4294967295 */
	RET_HEX,      /* = 0x7f... (mmap, brk) */
	RET_OCT,      /* = 022 (umask) */
	RET_FD,       /* = 3, or 3</path> with -y */
	RET_NONE,     /* = ? (never returns) */
	RET_U32ERR,   /* = 4294967258 ENOSYS (...): an int error the kernel zero-extends (modify_ldt) */
	RET_PID,      /* = 1234, a process id: signed even below -4095 (RET_DEC shows such a value
	                 unsigned, as strace), 1234<comm> with -Y */
	RET_PGID,     /* = 1234, a process group or session id: signed, translated by
	                 --pidns-translation, never named by -Y */
};

struct dctx {
	/* what the decoder reads */
	const struct mem *mem;
	const struct decode_opts *opt;
	struct arena *a;
	int nr;
	uint64_t arg[6];
	uint64_t sp;           /* stack pointer at entry (rt_sigreturn reads its frame) */
	bool exiting;
	int64_t rval;          /* at exit: return value */
	int err;               /* at exit: errno if the call failed, else 0 */
	bool verbose;          /* print structures in full (-v, -e verbose=) */
	uint64_t priv[8];      /* decoder's own state, kept from entry to exit */

	int prev_nr;           /* the thread's previous syscall (restart_syscall) */
	/*
	 * An i386 call (a 32-bit program): longs and pointers in the tracee are
	 * 4 bytes (the word helpers below read them so), and time_t too unless the
	 * call is one of the *_time64 ones.  A shared x86_64 decoder runs with nr
	 * and arg[] as that call's (dec_compat.c).
	 */
	bool lp32;
	bool time32;

	/* what the decoder produces */
	struct value *args;    /* V_SEQ of printed arguments */
	unsigned nentry;       /* how many of them were added at entry */
	bool pending;          /* at entry: more arguments follow at exit */
	bool sep_at_exit;      /* clone-style: ", " belongs to the exit part */
	bool exit_continues;   /* set at exit: the first exit value continues the last
				  entry value as " => value" (in/out structs: clone3) */
	uint8_t retfmt;        /* enum retfmt */
	struct value *ret_aux; /* printed after the return value as " (aux)" */
	const char *ret_path;  /* RET_FD with -y: what the returned descriptor is (set by the session) */
	struct iodump *dump, *dump_last;  /* -e read=/write= data, at exit */
};

struct dctx;
typedef struct value *(*arg_fn)(struct dctx *c, int i, const void *data);

/*
 * What a decoder reads of the tracee, said so that the eBPF backend can
 * copy exactly that in the kernel (docs/EBPF.md).  Signature rows get it
 * from their argument types (each arg_T has a CAPOF_T beside it); custom
 * decoders list it in their DECODE row.  ptrace ignores it.
 */
#include "capkind.h"
#define CAPL_NEXT  7          /* len, in signatures: the next argument */

struct capspec {
	uint8_t kind;      /* enum cap_kind; CK_NONE ends a list */
	uint8_t arg;       /* the argument holding the address */
	uint8_t phase;     /* CAPP_ENTRY, CAPP_EXIT or both */
	uint8_t len;       /* the argument with the count, CAPL_RET or CAPL_NEXT */
	uint16_t size;     /* CK_FIXED: bytes; CK_ARRAY: element size */
};

/* In DECODE rows: what the custom decoder reads. */
#define CAP_PATH(i)             { CK_PATH, i, CAPP_ENTRY, 0, 0 }
#define CAP_STR(i)              { CK_STR, i, CAPP_ENTRY, 0, 0 }
#define CAP_IN(i, sz)           { CK_FIXED, i, CAPP_ENTRY, 0, sz }
#define CAP_OUT(i, sz)          { CK_FIXED, i, CAPP_EXIT, 0, sz }
#define CAP_INOUT(i, sz)        { CK_FIXED, i, CAPP_ENTRY | CAPP_EXIT, 0, sz }
#define CAP_IBUF(i, n)          { CK_BUF, i, CAPP_ENTRY, n, 0 }
#define CAP_OBUF(i, n)          { CK_BUF, i, CAPP_EXIT, n, 0 }
#define CAP_ARRAY(i, ph, n, sz) { CK_ARRAY, i, ph, n, sz }
#define CAP_IOV_IN(i, n)        { CK_IOVEC, i, CAPP_ENTRY, n, 0 }
#define CAP_IOV_OUT(i, n)       { CK_IOVEC, i, CAPP_EXIT, n, 0 }
#define CAP_STRV(i)             { CK_STRV, i, CAPP_ENTRY, 0, 0 }
#define CAP_PTRV(i)             { CK_PTRV, i, CAPP_ENTRY, 0, 0 }
#define CAP_MSGHDR(i, ph)       { CK_MSGHDR, i, ph, 0, 0 }
#define CAP_BUFP(i, ph, n)      { CK_BUFP, i, ph, n, 0 }
#define CAP_BITS(i, ph, n)      { CK_BITS, i, ph, n, 0 }
#define CAP_MMSG(i, ph, n)      { CK_MMSG, i, ph, n, 0 }
#define CAP_STACK(off, sz)      { CK_STACK, 0, CAPP_ENTRY, (off) / 8, sz }
#define CAP_DEREF(i, ph, off, sz) { CK_DEREF, i, ph, (off) / 8, sz }
#define CAP_HDRBUF(i, ph, n, hdr) { CK_HDRBUF, i, ph, n, hdr }

/* CAPOF_T: what arg_T reads (argument position and, for CAPL_NEXT, count filled in from the row). */
#define CAPOF_NONE              { CK_NONE, 0, 0, 0, 0 }
#define CAPOF_int     CAPOF_NONE
#define CAPOF_pid     CAPOF_NONE
#define CAPOF_pgid    CAPOF_NONE
#define CAPOF_killpid CAPOF_NONE
#define CAPOF_uint    CAPOF_NONE
#define CAPOF_long    CAPOF_NONE
#define CAPOF_ulong   CAPOF_NONE
#define CAPOF_hex     CAPOF_NONE
#define CAPOF_hex32   CAPOF_NONE
#define CAPOF_ptr     CAPOF_NONE
#define CAPOF_fd      { CK_FD, 0, CAPP_ENTRY, 0, 0 }
#define CAPOF_dirfd   { CK_FD, 0, CAPP_ENTRY, 0, 0 }
#define CAPOF_mode    CAPOF_NONE
#define CAPOF_flags   CAPOF_NONE
#define CAPOF_flags64 CAPOF_NONE
#define CAPOF_enum    CAPOF_NONE
#define CAPOF_enum_dec CAPOF_NONE
#define CAPOF_signo   CAPOF_NONE
#define CAPOF_path    { CK_PATH, 0, CAPP_ENTRY, 0, 0 }
#define CAPOF_str     { CK_STR, 0, CAPP_ENTRY, 0, 0 }
#define CAPOF_ibuf    { CK_BUF, 0, CAPP_ENTRY, CAPL_NEXT, 0 }
#define CAPOF_obuf    { CK_BUF, 0, CAPP_EXIT, CAPL_RET, 0 }
/* a struct of type T read at entry or exit (for the family files' arg_T) */
#define CAPOF_STRUCT_IN(T)      { CK_FIXED, 0, CAPP_ENTRY, 0, sizeof(T) }
#define CAPOF_STRUCT_OUT(T)     { CK_FIXED, 0, CAPP_EXIT, 0, sizeof(T) }

struct argspec {
	arg_fn fn;
	const void *data;
	bool out;         /* written by the kernel: decoded at exit */
	struct capspec cap;  /* what fn reads (arg and CAPL_NEXT are relative to the row) */
};

struct decoder {
	int nr;
	void (*fn)(struct dctx *c);   /* custom decoder, or NULL to use sig */
	struct argspec sig[6];
	uint8_t ret;                  /* enum retfmt for signature decoders */
	struct capspec caps[6];       /* custom decoders: what fn reads (CK_NONE ends) */
};

/*
 * The capture description of syscall nr, from its decoder row: up to
 * CAPS_MAX entries with absolute argument numbers; returns how many.
 * Custom decoders' descriptor arguments (by the kernel's parameter names:
 * fd, dfd, oldfd, epfd...) and every RET_FD result get a CK_FD entry.  The
 * eBPF backend loads these into the kernel.
 */
#define CAPS_MAX 8
unsigned decoder_captures(int nr, struct capspec out[CAPS_MAX]);

struct decoder_table {
	const struct decoder *d;
	unsigned n;
};

#define DECODER_TABLE(name, arr) \
	const struct decoder_table dec_table_##name = { arr, ARRAY_SIZE(arr) }

/* Signature helpers: ARG(fd), ARGX(flags, open_flags), OUT(stat) ... */
#define ARG(t)        { arg_##t, NULL, false, CAPOF_##t }
#define ARGX(t, tab)  { arg_##t, &xlat_##tab, false, CAPOF_##t }
#define OUT(t)        { arg_##t, NULL, true, CAPOF_##t }
#define OUTX(t, tab)  { arg_##t, &xlat_##tab, true, CAPOF_##t }

/*
 * Table rows: a custom function with what it reads (CAP_* above), or an
 * argument signature (with a return format).
 */
#define DECODE(name, f, ...)         { .nr = SC_##name, .fn = f, .caps = { __VA_ARGS__ } }
#define DECODE_R(name, f, r, ...)    { .nr = SC_##name, .fn = f, .ret = r, .caps = { __VA_ARGS__ } }
#define SIGNATURE(name, ...)         { .nr = SC_##name, .sig = { __VA_ARGS__ } }
#define SIGNATURE_R(name, r, ...)    { .nr = SC_##name, .sig = { __VA_ARGS__ }, .ret = r }
/* a row for an i386 call of its own (syscalls32.tbl) */
#define DECODE32(name, f, ...)       { .nr = SC32_BASE + SC32_##name, .fn = f, .caps = { __VA_ARGS__ } }

/* Run the decoder for c->nr (signature or function); used by the tracer. */
void decode_syscall(struct dctx *c);
/* Run decoder d (a signature of nargs, or its function) on c as it is. */
void decode_as(struct dctx *c, const struct decoder *d, int nargs);
/* An i386 call through the x86_64 decoder its row names (dec_compat.c). */
void compat_decode(struct dctx *c, const struct compat_row *r);
/*
 * An i386 call seen as the x86_64 call its row names: c->nr and c->arg[]
 * become that call's (a copy of the tracer's dctx, for code that looks at
 * numbers and raw arguments, such as the alert rules).  False, c untouched,
 * for a 64-bit call or an i386 call with no x86_64 counterpart.
 */
bool compat_native(struct dctx *c);
/*
 * An i386 socketcall(N, args) as the call it makes: returns that call's
 * number and sets args[] to its arguments read from the tracee through m
 * (nr itself, args untouched, for anything else).
 */
int compat_subcall(int nr, uint64_t args[6], const struct mem *m);
/* Attach the i386 calls to their decoders; decoders_init() calls it. */
void compat_init(void);
/* Print all arguments raw, in hex, as strace -e raw= and unknown syscalls do. */
void decode_raw(struct dctx *c, int nargs);

/* Append an argument value to the printed list. */
static inline struct value *add_arg(struct dctx *c, struct value *v) { return v_add(c->args, v); }

/* Argument types usable in signatures (and from custom decoders). */
struct value *arg_int(struct dctx *c, int i, const void *d);    /* int, signed decimal */
struct value *arg_pid(struct dctx *c, int i, const void *d);    /* pid_t: decimal, -Y names it */
struct value *arg_pgid(struct dctx *c, int i, const void *d);   /* a process group id */
struct value *arg_killpid(struct dctx *c, int i, const void *d);/* kill()'s: a pid, or -pgid */
struct value *arg_uint(struct dctx *c, int i, const void *d);   /* unsigned int, decimal */
struct value *arg_long(struct dctx *c, int i, const void *d);   /* long, signed decimal */
struct value *arg_ulong(struct dctx *c, int i, const void *d);  /* unsigned long / size_t */
struct value *arg_hex(struct dctx *c, int i, const void *d);    /* 0x... */
struct value *arg_hex32(struct dctx *c, int i, const void *d);  /* 32-bit 0x... */
struct value *arg_ptr(struct dctx *c, int i, const void *d);    /* NULL or address */
struct value *arg_fd(struct dctx *c, int i, const void *d);     /* descriptor (-y aware) */
struct value *arg_dirfd(struct dctx *c, int i, const void *d);  /* AT_FDCWD or fd */
struct value *arg_path(struct dctx *c, int i, const void *d);   /* file name string */
struct value *arg_str(struct dctx *c, int i, const void *d);    /* C string, -s limited */
struct value *arg_mode(struct dctx *c, int i, const void *d);   /* octal permission bits */
struct value *arg_flags(struct dctx *c, int i, const void *d);  /* 32-bit flags, table in d */
struct value *arg_flags64(struct dctx *c, int i, const void *d);/* 64-bit flags */
struct value *arg_enum(struct dctx *c, int i, const void *d);   /* 32-bit enum, hex if unknown */
struct value *arg_enum_dec(struct dctx *c, int i, const void *d);/* enum, decimal if unknown */
struct value *arg_signo(struct dctx *c, int i, const void *d);  /* SIGTERM */
struct value *arg_ibuf(struct dctx *c, int i, const void *d);   /* buffer sized by arg i+1 */
struct value *arg_obuf(struct dctx *c, int i, const void *d);   /* buffer sized by the return value */

/* Building blocks for custom decoders. */
struct value *mk_int(struct dctx *c, int64_t v);
struct value *mk_pid(struct dctx *c, int pid);   /* a process id (NF_PID) */
struct value *mk_pgid(struct dctx *c, int pgid); /* a process group or session id (NF_PID, VPID_GROUP) */
struct value *mk_uint(struct dctx *c, uint64_t v);
struct value *mk_hex(struct dctx *c, uint64_t v);
struct value *mk_ptr(struct dctx *c, uint64_t addr);
struct value *mk_fd(struct dctx *c, int fd);
struct value *mk_dirfd(struct dctx *c, int fd);
struct value *mk_mode(struct dctx *c, uint32_t mode);
struct value *mk_flags(struct dctx *c, uint64_t v, const struct xlat *x);
struct value *mk_enum(struct dctx *c, uint64_t v, const struct xlat *x);
struct value *mk_signo(struct dctx *c, int sig);
struct value *mk_path(struct dctx *c, uint64_t addr);
/* A path of at most limit bytes (getcwd: its result says how long it is). */
struct value *mk_pathn(struct dctx *c, uint64_t addr, size_t limit);
/* [N]: an int the pointer points to, or the address if unreadable */
struct value *mk_int_at(struct dctx *c, uint64_t addr);
struct value *mk_pid_at(struct dctx *c, uint64_t addr);   /* the same, a process id: [42<sh>] */
/* String of at most -s bytes out of a len-byte buffer at addr. */
struct value *mk_buf(struct dctx *c, uint64_t addr, uint64_t len);
/*
 * A NUL-terminated string in a buffer of n bytes: only n bytes are read,
 * "..." when no NUL is among them (and beyond -s); unreadable: the address.
 */
struct value *mk_cstrn(struct dctx *c, uint64_t addr, size_t n);
/* NUL-terminated string at addr, at most limit bytes ("..." beyond). */
struct value *mk_cstr(struct dctx *c, uint64_t addr, size_t limit);
/*
 * An array of n elements of elsize bytes at addr, as strace prints arrays:
 * NULL for 0, the address if the first element is unreadable, at most -s
 * elements and then "..." (all of them with -v).  elem() turns one
 * element's bytes into a value.
 */
typedef struct value *(*elem_fn)(struct dctx *c, const void *elem, void *ud);
struct value *mk_array(struct dctx *c, uint64_t addr, uint64_t n, size_t elsize, elem_fn elem, void *ud);
/* How many array elements are shown: -s, or all of them with -v. */
uint64_t array_limit(const struct dctx *c);
/* "... / * 0xaddr * /": an array cut short at an unreadable element */
struct value *mk_ellipsis_at(struct dctx *c, uint64_t addr);
/*
 * The file a decoded syscall is about: its first file-name argument, else
 * the path of its first descriptor argument (-y), else of the descriptor it
 * returned; NULL if none.  (The store's path column, the live view's files.)
 */
const char *dctx_path(const struct dctx *c, size_t *len);
/* Errno name of v ("ENOENT"), or NULL. */
const char *errno_name(int e);

/*
 * Read a struct of size n at addr.  On failure it returns false and sets
 * *fallback to the address printed as a pointer (strace prints an address
 * it could not read, and NULL for 0).
 */
bool fetch(struct dctx *c, uint64_t addr, void *buf, size_t n, struct value **fallback);

/*
 * The bytes of an extensible struct (open_how, clone_args, mount_attr,
 * sched_attr) past the known first ones, appended to s as strace shows
 * them: nothing when all zero, "???" when unreadable, otherwise
 * "/ * bytes K..N-1 * / "\x.."" (-s bytes at most).  True when it added something.
 */
bool add_struct_tail(struct dctx *c, struct value *s, uint64_t addr, uint64_t known, uint64_t size);

/* A number stored at byte offset off of a copied struct, whatever its alignment */
static inline uint16_t buf_u16(const void *b, size_t off) { uint16_t v; memcpy(&v, (const char *)b + off, 2); return v; }
static inline uint32_t buf_u32(const void *b, size_t off) { uint32_t v; memcpy(&v, (const char *)b + off, 4); return v; }
static inline uint64_t buf_u64(const void *b, size_t off) { uint64_t v; memcpy(&v, (const char *)b + off, 8); return v; }

/* Decoders that only care about exit: true when the syscall failed, so
 * output pointers should be printed as addresses. */
static inline bool failed(const struct dctx *c) { return c->err != 0; }

/*
 * The tracee's words (long, unsigned long, pointers, size_t): 8 bytes, or 4
 * in an i386 call.  fetch_words reads n of them at addr, zero-extended, with
 * fetch()'s fallback; word_at takes word i of bytes already read.
 */
static inline size_t word_size(const struct dctx *c) { return c->lp32 ? 4 : 8; }
#define FETCH_WORDS_MAX 18   /* struct rusage */
bool fetch_words(struct dctx *c, uint64_t addr, uint64_t *out, size_t n, struct value **fallback);
uint64_t word_at(const struct dctx *c, const void *buf, size_t i);
/* A long the tracee passed in a register (sign-extended from 32 bits in an i386 call) */
static inline int64_t arg_slong(const struct dctx *c, int i)
{
	return c->lp32 ? (int64_t)(int32_t)c->arg[i] : (int64_t)c->arg[i];
}
/* The size of a struct timespec / timeval: 16 bytes, 8 with a 32-bit time_t */
static inline size_t timespec_size(const struct dctx *c) { return c->time32 ? 8 : 16; }

/* Shared pieces used by several families. */
struct value *mk_timespec(struct dctx *c, uint64_t addr);
struct value *mk_timeval(struct dctx *c, uint64_t addr);
struct value *mk_sigevent(struct dctx *c, uint64_t addr);   /* dec_time.c */
#define SIGEVENT_READ 32   /* the bytes of a struct sigevent mk_sigevent reads */
struct value *mk_sigset_at(struct dctx *c, uint64_t addr, uint64_t size);
struct value *mk_sockaddr(struct dctx *c, uint64_t addr, uint64_t len);
struct value *mk_dev(struct dctx *c, uint64_t dev);
struct value *mk_time_comment(struct dctx *c, struct value *v, int64_t sec, uint64_t nsec, bool have_nsec);
struct value *mk_siginfo(struct dctx *c, const void *siginfo);
/* 128 bytes of siginfo_t at addr, in x86_64's layout (an i386 program's converted) */
bool fetch_siginfo(struct dctx *c, uint64_t addr, uint8_t raw[128], struct value **fb);
struct value *mk_wait_status(struct dctx *c, int status);
const char *signame(int sig);           /* "SIGTERM", "SIGRT_3"; NULL if out of range */
struct value *mk_open_flags(struct dctx *c, uint64_t flags);
struct value *mk_iovec(struct dctx *c, uint64_t addr, uint64_t n, uint64_t limit, bool show_data);
/* struct user_desc (dec_prctl.c): set_thread_area's, an i386 program's clone tls */
struct value *mk_user_desc(struct dctx *c, uint64_t addr, bool full);
/* struct perf_event_attr at addr (dec_perf.c): abbreviated without -v, as strace */
struct value *mk_perf_event_attr(struct dctx *c, uint64_t addr);
/* A classic BPF program of len instructions (dec_prctl.c): a seccomp filter's return actions, or a socket filter's SKF_* offsets */
struct value *mk_bpf_filter(struct dctx *c, uint64_t addr, unsigned len, bool seccomp);

#endif
