/*
 * report_util.c - the small tools of `sctrace report`: hash maps, a radix
 * sort for the exact percentiles, human-readable durations and sizes, and
 * the terminal side: text widths, colours, a table that drops or cuts
 * columns to fit the screen, and the progress bar on stderr.
 */
#include "report_util.h"
#include "json.h"

#include <stdlib.h>
#include <string.h>

/* ---- int64 map ---- */

#define IMAP_EMPTY INT64_MIN

static size_t mix64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdULL;
	x ^= x >> 33;
	return (size_t)x;
}

static void imap_grow(struct imap *m)
{
	size_t ocap = m->cap;
	int64_t *ok = m->keys, *ov = m->vals;
	m->cap = ocap ? ocap * 2 : 64;
	m->keys = xmalloc(m->cap * sizeof(*m->keys));
	m->vals = xcalloc(m->cap, sizeof(*m->vals));
	for (size_t i = 0; i < m->cap; i++)
		m->keys[i] = IMAP_EMPTY;
	m->n = 0;
	for (size_t i = 0; i < ocap; i++)
		if (ok[i] != IMAP_EMPTY)
			*imap_ref(m, ok[i], true) = ov[i];
	free(ok);
	free(ov);
}

int64_t *imap_ref(struct imap *m, int64_t key, bool create)
{
	if (!m->cap) {
		if (!create)
			return NULL;
		imap_grow(m);
	}
	for (;;) {
		size_t mask = m->cap - 1;
		for (size_t i = mix64((uint64_t)key) & mask;; i = (i + 1) & mask) {
			if (m->keys[i] == key)
				return &m->vals[i];
			if (m->keys[i] != IMAP_EMPTY)
				continue;
			if (!create)
				return NULL;
			if ((m->n + 1) * 2 > m->cap)
				break;   /* grow, then look again */
			m->keys[i] = key;
			m->n++;
			return &m->vals[i];
		}
		imap_grow(m);
	}
}

int64_t imap_get(const struct imap *m, int64_t key, int64_t dflt)
{
	int64_t *v = imap_ref((struct imap *)m, key, false);
	return v ? *v : dflt;
}

void imap_free(struct imap *m)
{
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}

/* ---- string map ---- */

static size_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL;   /* FNV-1a */
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return (size_t)h;
}

static void smap_grow(struct smap *m)
{
	size_t ocap = m->cap;
	char **ok = m->keys;
	void **ov = m->vals;
	m->cap = ocap ? ocap * 2 : 64;
	m->keys = xcalloc(m->cap, sizeof(*m->keys));
	m->vals = xcalloc(m->cap, sizeof(*m->vals));
	for (size_t i = 0; i < ocap; i++) {
		if (!ok[i])
			continue;
		size_t mask = m->cap - 1, j = hash_str(ok[i]) & mask;
		while (m->keys[j])
			j = (j + 1) & mask;
		m->keys[j] = ok[i];
		m->vals[j] = ov[i];
	}
	free(ok);
	free(ov);
}

void **smap_ref(struct smap *m, const char *key, bool create)
{
	if ((m->n + 1) * 2 > m->cap) {
		if (!create && !m->cap)
			return NULL;
		if (create)
			smap_grow(m);
	}
	size_t mask = m->cap - 1;
	for (size_t i = hash_str(key) & mask;; i = (i + 1) & mask) {
		if (!m->keys[i]) {
			if (!create)
				return NULL;
			m->keys[i] = xstrdup(key);
			m->n++;
			return &m->vals[i];
		}
		if (!strcmp(m->keys[i], key))
			return &m->vals[i];
	}
}

void smap_free(struct smap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->keys[i]);
	free(m->keys);
	free(m->vals);
	memset(m, 0, sizeof(*m));
}

/* ---- sorting ---- */

static int cmp_u64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
	return x < y ? -1 : x > y;
}

void sort_u64(uint64_t *v, size_t n, uint64_t *tmp)
{
	if (n < 4096) {
		qsort(v, n, sizeof(*v), cmp_u64);
		return;
	}
	size_t *count = xmalloc(65536 * sizeof(*count));
	uint64_t *src = v, *dst = tmp;
	for (int shift = 0; shift < 64; shift += 16) {
		memset(count, 0, 65536 * sizeof(*count));
		for (size_t i = 0; i < n; i++)
			count[(src[i] >> shift) & 0xffff]++;
		if (count[(src[0] >> shift) & 0xffff] == n)
			continue;   /* every value has this digit: nothing to reorder */
		size_t pos = 0;
		for (size_t d = 0; d < 65536; d++) {
			size_t c = count[d];
			count[d] = pos;
			pos += c;
		}
		for (size_t i = 0; i < n; i++)
			dst[count[(src[i] >> shift) & 0xffff]++] = src[i];
		uint64_t *t = src;
		src = dst;
		dst = t;
	}
	if (src != v)
		memcpy(v, src, n * sizeof(*v));
	free(count);
}

/* ---- numbers ---- */

/* v in the unit, with three significant digits */
static void three_digits(char *buf, double v, const char *unit)
{
	if (v < 9.995)
		snprintf(buf, 16, "%.2f%s", v, unit);
	else if (v < 99.95)
		snprintf(buf, 16, "%.1f%s", v, unit);
	else
		snprintf(buf, 16, "%.0f%s", v, unit);
}

const char *fmt_dur(char *buf, uint64_t ns)
{
	if (ns < 1000)
		snprintf(buf, 16, "%uns", (unsigned)ns);
	else if (ns < 999500)
		three_digits(buf, ns / 1e3, "us");
	else if (ns < 999500000)
		three_digits(buf, ns / 1e6, "ms");
	else if (ns < UINT64_C(59995000000))
		three_digits(buf, ns / 1e9, "s");
	else if (ns < UINT64_C(3600000000000)) {
		uint64_t s = (ns + 500000000) / 1000000000;
		snprintf(buf, 16, "%um%02us", (unsigned)(s / 60), (unsigned)(s % 60));
	} else {
		uint64_t m = (ns + 30000000000) / 60000000000;
		snprintf(buf, 16, "%lluh%02um", (unsigned long long)(m / 60), (unsigned)(m % 60));
	}
	return buf;
}

const char *fmt_bytes(char *buf, uint64_t n)
{
	static const char *const units[] = { "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
	if (n < 1024) {
		snprintf(buf, 16, "%u B", (unsigned)n);
		return buf;
	}
	double v = n / 1024.0;
	size_t u = 0;
	while (v >= 1023.95 && u + 1 < ARRAY_SIZE(units)) {
		v /= 1024;
		u++;
	}
	snprintf(buf, 16, v < 99.95 ? "%.1f %s" : "%.0f %s", v, units[u]);
	return buf;
}

const char *fmt_u64(char *buf, uint64_t n)
{
	snprintf(buf, 24, "%llu", (unsigned long long)n);
	return buf;
}

/* ---- terminal text ---- */

size_t text_width(const char *s)
{
	size_t w = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			w++;
	return w;
}

void put_printable(struct sbuf *b, const char *s, size_t len)
{
	bool utf8 = json_utf8_valid(s, len);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = s[i];
		if (c >= 0x20 && c != 0x7f && (c < 0x80 || utf8)) {
			sbuf_putc(b, (char)c);
			continue;
		}
		switch (c) {
		case '\n': sbuf_puts(b, "\\n"); break;
		case '\t': sbuf_puts(b, "\\t"); break;
		case '\r': sbuf_puts(b, "\\r"); break;
		default: sbuf_printf(b, "\\x%02x", c); break;
		}
	}
}

void put_cut(struct sbuf *b, const char *s, size_t w)
{
	size_t tw = text_width(s);
	if (tw <= w) {
		sbuf_puts(b, s);
		return;
	}
	if (w < 3) {
		sbuf_putn(b, "...", w);
		return;
	}
	size_t keep = w - 3, i = 0, cps = 0;
	for (; s[i]; i++) {
		if (((unsigned char)s[i] & 0xc0) != 0x80) {
			if (cps == keep)
				break;
			cps++;
		}
	}
	sbuf_putn(b, s, i);
	sbuf_puts(b, "...");
}

/* Byte offset of code point n in s (or its end). */
static size_t cp_offset(const char *s, size_t n)
{
	size_t i = 0, cps = 0;
	for (; s[i]; i++)
		if (((unsigned char)s[i] & 0xc0) != 0x80 && cps++ == n)
			break;
	return i;
}

void put_cut_mid(struct sbuf *b, const char *s, size_t w)
{
	size_t tw = text_width(s);
	if (tw <= w || w < 12) {
		put_cut(b, s, w);
		return;
	}
	size_t keep = w - 3, tail = keep * 3 / 5, head = keep - tail;
	sbuf_putn(b, s, cp_offset(s, head));
	sbuf_puts(b, "...");
	sbuf_puts(b, s + cp_offset(s, tw - tail));
}

void clip_lines(struct sbuf *out, const char *text, size_t len, size_t width, const char *off)
{
	size_t i = 0;
	while (i < len) {
		size_t cols = 0;
		bool cut = false;
		while (i < len && text[i] != '\n') {
			unsigned char c = text[i];
			if (c == 0x1b && i + 1 < len && text[i + 1] == '[') {
				size_t j = i + 2;
				while (j < len && !(text[j] >= 0x40 && text[j] <= 0x7e))
					j++;
				j = j < len ? j + 1 : len;
				sbuf_putn(out, text + i, j - i);
				i = j;
				continue;
			}
			if ((c & 0xc0) != 0x80 && ++cols > width)
				cut = true;
			if (!cut)
				sbuf_putc(out, (char)c);
			i++;
		}
		if (cut)
			sbuf_puts(out, off);
		if (i < len) {
			sbuf_putc(out, '\n');
			i++;
		}
	}
}

void palette_init(struct palette *p, bool on)
{
	if (on) {
		p->bold = "\033[1m";
		p->title = "\033[1;36m";
		p->err = "\033[31m";
		p->dim = "\033[2m";
		p->warn = "\033[33m";
		p->num = "\033[1m";
		p->off = "\033[0m";
	} else {
		p->bold = p->title = p->err = p->dim = p->warn = p->num = p->off = "";
	}
}

void put_title(struct sbuf *b, const struct palette *pal, size_t width, const char *name, const char *detail)
{
	struct sbuf t = { 0 };
	sbuf_printf(&t, "%s%s%s", name, detail && *detail ? "  " : "", detail ? detail : "");
	sbuf_putc(b, '\n');
	sbuf_puts(b, pal->title);
	put_cut(b, sbuf_cstr(&t), width);
	sbuf_puts(b, pal->off);
	sbuf_putc(b, '\n');
	sbuf_free(&t);
}

/* ---- tables ---- */

void table_init(struct table *t, struct tcol *cols, size_t ncols)
{
	memset(t, 0, sizeof(*t));
	t->cols = cols;
	t->ncols = ncols;
}

void table_row(struct table *t)
{
	if (t->nrows == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 16;
		t->cells = xrealloc(t->cells, t->cap * t->ncols * sizeof(*t->cells));
		t->colour = xrealloc(t->colour, t->cap * t->ncols * sizeof(*t->colour));
	}
	memset(t->cells + t->nrows * t->ncols, 0, t->ncols * sizeof(*t->cells));
	memset(t->colour + t->nrows * t->ncols, 0, t->ncols * sizeof(*t->colour));
	t->nrows++;
}

void table_cell(struct table *t, const char *text, const char *colour)
{
	size_t base = (t->nrows - 1) * t->ncols;
	for (size_t c = 0; c < t->ncols; c++)
		if (!t->cells[base + c]) {
			t->cells[base + c] = xstrdup(text ? text : "");
			t->colour[base + c] = colour;
			return;
		}
}

static size_t table_total(const struct table *t, size_t indent)
{
	size_t total = indent, n = 0;
	for (size_t c = 0; c < t->ncols; c++)
		if (t->cols[c].shown) {
			total += t->cols[c].width;
			n++;
		}
	return total + (n ? 2 * (n - 1) : 0);
}

/* Decide which columns are shown and how wide they are. */
static void table_fit(struct table *t, size_t indent, size_t width)
{
	struct tcol *flex = NULL;
	size_t natural_flex = 0;
	for (size_t c = 0; c < t->ncols; c++) {
		struct tcol *col = &t->cols[c];
		col->shown = true;
		col->width = text_width(col->head);
		for (size_t r = 0; r < t->nrows; r++) {
			size_t w = text_width(t->cells[r * t->ncols + c]);
			if (w > col->width)
				col->width = w;
		}
		if (col->flex) {
			flex = col;
			natural_flex = col->width;
		}
	}
	if (table_total(t, indent) <= width)
		return;
	/* the flexible column keeps at least 2/5 of the line before others go */
	size_t flexmin = width * 2 / 5 < 20 ? 20 : width * 2 / 5;
	if (flexmin > natural_flex)
		flexmin = natural_flex;
	if (flex)
		flex->width = flexmin;
	while (table_total(t, indent) > width) {
		struct tcol *drop = NULL;
		for (size_t c = 0; c < t->ncols; c++) {
			struct tcol *col = &t->cols[c];
			if (col->shown && !col->flex && col->prio < 100 && (!drop || col->prio < drop->prio))
				drop = col;
		}
		if (!drop)
			break;
		drop->shown = false;
	}
	if (flex) {
		size_t others = table_total(t, indent) - flex->width;
		size_t room = width > others ? width - others : 0;
		size_t floor = natural_flex < 5 ? natural_flex : 5;
		flex->width = room < floor ? floor : room > natural_flex ? natural_flex : room;
	}
}

static void put_spaces(struct sbuf *b, size_t n)
{
	while (n--)
		sbuf_putc(b, ' ');
}

static void put_cell(struct sbuf *out, const struct tcol *col, const char *text, const char *colour,
		     bool last, const struct palette *pal)
{
	size_t w = text_width(text);
	if (w > col->width)
		w = col->width;
	if (col->align == TA_RIGHT)
		put_spaces(out, col->width - w);
	if (colour && *colour)
		sbuf_puts(out, colour);
	if (col->mid)
		put_cut_mid(out, text, col->width);
	else
		put_cut(out, text, col->width);
	if (colour && *colour)
		sbuf_puts(out, pal->off);
	if (col->align == TA_LEFT && !last)
		put_spaces(out, col->width - w);
}

void table_print(struct table *t, struct sbuf *out, size_t indent, size_t width,
		 const struct palette *pal)
{
	table_fit(t, indent, width);
	size_t lastcol = 0;
	for (size_t c = 0; c < t->ncols; c++)
		if (t->cols[c].shown)
			lastcol = c;
	for (size_t r = 0; r <= t->nrows; r++) {
		put_spaces(out, indent);
		bool first = true;
		for (size_t c = 0; c < t->ncols; c++) {
			const struct tcol *col = &t->cols[c];
			if (!col->shown)
				continue;
			if (!first)
				sbuf_puts(out, "  ");
			first = false;
			if (r == 0)
				put_cell(out, col, col->head, pal->dim, c == lastcol, pal);
			else
				put_cell(out, col, t->cells[(r - 1) * t->ncols + c],
					 t->colour[(r - 1) * t->ncols + c], c == lastcol, pal);
		}
		sbuf_putc(out, '\n');
	}
}

void table_free(struct table *t)
{
	for (size_t i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	free(t->colour);
	memset(t, 0, sizeof(*t));
}

/* ---- progress ---- */

void progress_start(struct progress *p, bool on, uint64_t total, const char *what)
{
	memset(p, 0, sizeof(*p));
	p->on = on && total;
	p->total = total;
	p->what = what;
	p->last_pct = -1;
	p->next_draw = 0;
}

void progress_draw(struct progress *p)
{
	if (!p->on)
		return;
	int pct = p->done >= p->total ? 100 : (int)(p->done * 100 / p->total);
	p->next_draw = p->done + p->total / 200 + 1;
	if (pct == p->last_pct)
		return;
	p->last_pct = pct;
	char bar[31];
	int fill = pct * 30 / 100;
	for (int i = 0; i < 30; i++)
		bar[i] = i < fill ? '#' : '.';
	bar[30] = 0;
	fprintf(stderr, "\rsctrace report: %s [%s] %3d%%", p->what, bar, pct);
	fflush(stderr);
}

void progress_set(struct progress *p, uint64_t done)
{
	if (!p->on)
		return;
	p->done = done;
	progress_draw(p);
}

void progress_end(struct progress *p)
{
	if (!p->on)
		return;
	fputs("\r\033[K", stderr);
	fflush(stderr);
	p->on = false;
}
