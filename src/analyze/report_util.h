/*
 * report_util.h - the small tools `sctrace report` is written with: an
 * integer map, a string interner, a radix sort for durations, human-readable
 * numbers, and the terminal side (width, colour, a table that fits the
 * screen, a progress bar on stderr).
 */
#ifndef SCTRACE_REPORT_UTIL_H
#define SCTRACE_REPORT_UTIL_H

#include "sbuf.h"

#include <stdio.h>

/* The buffer's text as a C string (sbuf appends do not always end it with a NUL). */
static inline char *sbuf_cstr(struct sbuf *b)
{
	if (!b->p)
		sbuf_grow(b, 1);
	b->p[b->len] = 0;
	return b->p;
}

/* ---- int64 -> int64 map (open addressing; keys must not be INT64_MIN) ---- */
struct imap {
	int64_t *keys, *vals;
	size_t cap, n;
};
int64_t *imap_ref(struct imap *m, int64_t key, bool create);   /* NULL if absent and !create */
int64_t imap_get(const struct imap *m, int64_t key, int64_t dflt);
void imap_free(struct imap *m);

/* ---- string -> pointer map; keys are copied ---- */
struct smap {
	char **keys;
	void **vals;
	size_t cap, n;
};
void **smap_ref(struct smap *m, const char *key, bool create);
void smap_free(struct smap *m);   /* frees the keys, not the values */

/* Sort n unsigned 64-bit values ascending (LSD radix, 16-bit digits); tmp holds n. */
void sort_u64(uint64_t *v, size_t n, uint64_t *tmp);

/* ---- human-readable numbers (into a caller's buffer: 16 bytes, fmt_u64 24) ---- */
const char *fmt_dur(char *buf, uint64_t ns);       /* 850ns 12.3us 4.56ms 1.23s 2m03s 1h02m */
const char *fmt_bytes(char *buf, uint64_t n);      /* 832 B, 61.0 KiB, 64.0 MiB */
const char *fmt_u64(char *buf, uint64_t n);

/* ---- text for a terminal ---- */
/* Code points in s (what a terminal advances for the text we print). */
size_t text_width(const char *s);
/* s with control bytes escaped (\n, \t, \xNN) appended to b. */
void put_printable(struct sbuf *b, const char *s, size_t len);
/* Append s cut to at most w columns, ending in "..." when cut. */
void put_cut(struct sbuf *b, const char *s, size_t w);
/* The same, cutting out the middle: "/usr/lib/...libc.so.6" */
void put_cut_mid(struct sbuf *b, const char *s, size_t w);

/*
 * Copy text to out with every line cut to width visible columns (ANSI colour
 * sequences take none); a cut line ends with off, so no colour leaks.
 */
void clip_lines(struct sbuf *out, const char *text, size_t len, size_t width, const char *off);

/* Colours: ANSI codes, or "" when colour is off. */
struct palette {
	const char *bold, *title, *err, *dim, *warn, *num, *off;
};
void palette_init(struct palette *p, bool on);
/* A section title after a blank line: "NAME  detail", coloured, cut to width. */
void put_title(struct sbuf *b, const struct palette *pal, size_t width, const char *name, const char *detail);

/*
 * A table that fits a width: columns are added with a priority; when the
 * rows do not fit, the lowest priority columns are dropped, then the flexible
 * column (one, e.g. a path) is cut with "...".  Cells are copied.
 */
enum { TA_LEFT, TA_RIGHT };
struct tcol {
	const char *head;
	int align;
	int prio;            /* higher stays longer */
	bool flex;
	size_t width;        /* computed */
	bool shown;
	bool mid;            /* cut in the middle (paths: keep the file name) */
};
struct table {
	struct tcol *cols;
	size_t ncols;
	char **cells;        /* nrows * ncols */
	const char **colour; /* per cell, may be NULL */
	size_t nrows, cap;
};
void table_init(struct table *t, struct tcol *cols, size_t ncols);
/* Start a row; then table_cell() ncols times. */
void table_row(struct table *t);
void table_cell(struct table *t, const char *text, const char *colour);
/* Print with an indent, every line within width. */
void table_print(struct table *t, struct sbuf *out, size_t indent, size_t width,
		 const struct palette *pal);
void table_free(struct table *t);

/* ---- progress on stderr (only when enabled) ---- */
struct progress {
	bool on;
	uint64_t total, done;
	uint64_t next_draw;
	int last_pct;
	const char *what;
};
/* total: the units of work of all passes; each row a pass reads is one. */
void progress_start(struct progress *p, bool on, uint64_t total, const char *what);
void progress_draw(struct progress *p);
static inline void progress_tick(struct progress *p)
{
	if (unlikely(p->on) && ++p->done >= p->next_draw)
		progress_draw(p);
}
/* A pass ended: its share of the work is done, whatever it read. */
void progress_set(struct progress *p, uint64_t done);
/* Erase the bar. */
void progress_end(struct progress *p);

#endif
