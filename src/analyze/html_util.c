/*
 * html_util.c - small containers (bytes, string map, 64-bit set), the JSON string
 * and number writers, and the display class of a syscall, for the HTML report
 * (src/analyze/html.c).  Everything from the trace reaches the page through json_str.
 */
#include "html_internal.h"

#include <stdlib.h>
#include <string.h>

/* ---- small containers ---- */

struct bytes bytes_copy(const void *p, size_t n)
{
	struct bytes b = { xmalloc(n + 1), n };
	if (n)
		memcpy(b.p, p, n);
	b.p[n] = 0;
	return b;
}

struct bytes col_bytes(sqlite3_stmt *s, int i)
{
	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return (struct bytes){ NULL, 0 };
	const void *p = sqlite3_column_blob(s, i);
	return bytes_copy(p ? p : "", (size_t)sqlite3_column_bytes(s, i));
}

bool col_null(sqlite3_stmt *s, int i) { return sqlite3_column_type(s, i) == SQLITE_NULL; }

/* grow a vector of elements of size sz so that index n fits */
void *vec_fit(void *v, size_t *cap, size_t n, size_t sz)
{
	if (n < *cap)
		return v;
	size_t c = *cap ? *cap : 16;
	while (c <= n)
		c *= 2;
	v = xrealloc(v, c * sz);
	memset((char *)v + *cap * sz, 0, (c - *cap) * sz);
	*cap = c;
	return v;
}

static uint64_t hash_bytes(const char *p, size_t n, uint64_t h)
{
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)p[i]) * 0x100000001b3ULL;
	return h;
}

static void strmap_grow(struct strmap *m)
{
	struct strmap g = { xcalloc(m->cap ? m->cap * 2 : 256, sizeof(struct smslot)), m->cap ? m->cap * 2 : 256, m->n };
	for (size_t i = 0; i < m->cap; i++) {
		if (!m->e[i].k)
			continue;
		size_t j = m->e[i].h & (g.cap - 1);
		while (g.e[j].k)
			j = (j + 1) & (g.cap - 1);
		g.e[j] = m->e[i];
	}
	free(m->e);
	*m = g;
}

/* The value of key k, or newv (then *added is set) when it was not there. */
int strmap_get(struct strmap *m, const char *k, size_t n, int newv, bool *added)
{
	if ((m->n + 1) * 2 > m->cap)
		strmap_grow(m);
	uint64_t h = hash_bytes(k, n, 0xcbf29ce484222325ULL);
	size_t j = h & (m->cap - 1);
	for (; m->e[j].k; j = (j + 1) & (m->cap - 1))
		if (m->e[j].h == h && m->e[j].n == n && memcmp(m->e[j].k, k, n) == 0) {
			*added = false;
			return m->e[j].v;
		}
	struct bytes b = bytes_copy(k, n);
	m->e[j] = (struct smslot){ b.p, n, h, newv };
	m->n++;
	*added = true;
	return newv;
}

void strmap_free(struct strmap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->e[i].k);
	free(m->e);
}

bool u64set_add(struct u64set *s, uint64_t key)
{
	if ((s->n + 1) * 2 > s->cap) {
		struct u64set g = { xcalloc(s->cap ? s->cap * 2 : 256, sizeof(uint64_t)), s->cap ? s->cap * 2 : 256, s->n };
		for (size_t i = 0; i < s->cap; i++)
			if (s->k[i]) {
				size_t j = (s->k[i] * 0x9e3779b97f4a7c15ULL) >> 20 & (g.cap - 1);
				while (g.k[j])
					j = (j + 1) & (g.cap - 1);
				g.k[j] = s->k[i];
			}
		free(s->k);
		*s = g;
	}
	size_t j = (key * 0x9e3779b97f4a7c15ULL) >> 20 & (s->cap - 1);
	for (; s->k[j]; j = (j + 1) & (s->cap - 1))
		if (s->k[j] == key)
			return false;
	s->k[j] = key;
	s->n++;
	return true;
}

/* ---- JSON output: everything from the trace goes through json_str ---- */

static void json_hex_escape(struct sbuf *o, unsigned c)
{
	static const char hex[] = "0123456789abcdef";
	char u[6] = { '\\', 'u', '0', '0', hex[c >> 4 & 15], hex[c & 15] };
	sbuf_putn(o, u, 6);
}

/* Length of the valid UTF-8 sequence at p (strict), or 0. */
static size_t utf8_len(const unsigned char *p, size_t n)
{
	unsigned c = p[0];
	size_t len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 ? 2 : 0;
	if (!len || c > 0xf4 || len > n)
		return 0;
	for (size_t i = 1; i < len; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	if ((c == 0xe0 && p[1] < 0xa0) || (c == 0xed && p[1] > 0x9f) ||   /* overlong, surrogates */
	    (c == 0xf0 && p[1] < 0x90) || (c == 0xf4 && p[1] > 0x8f))     /* overlong, > U+10FFFF */
		return 0;
	return len;
}

/*
 * A JSON string of any bytes.  '<', '>' and '&' are \u-escaped, so the text
 * can never close the <script> element it sits in; a byte that is not valid
 * UTF-8 becomes the four characters \xNN (as strace would show it).
 */
void json_str(struct sbuf *o, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	sbuf_putc(o, '"');
	for (size_t i = 0; i < n;) {
		unsigned c = p[i];
		if (c >= 0x80) {
			size_t len = utf8_len(p + i, n - i);
			if (!len) {
				sbuf_printf(o, "\\\\x%02x", c);
				i++;
			} else if (len == 3 && c == 0xe2 && p[i + 1] == 0x80 && (p[i + 2] & 0xfe) == 0xa8) {
				sbuf_printf(o, "\\u%04x", 0x2028u + (p[i + 2] & 1));   /* line separators */
				i += 3;
			} else {
				sbuf_putn(o, s + i, len);
				i += len;
			}
			continue;
		}
		switch (c) {
		case '"': sbuf_puts(o, "\\\""); break;
		case '\\': sbuf_puts(o, "\\\\"); break;
		case '\n': sbuf_puts(o, "\\n"); break;
		case '\t': sbuf_puts(o, "\\t"); break;
		case '\r': sbuf_puts(o, "\\r"); break;
		case '<': case '>': case '&': case 0x7f: json_hex_escape(o, c); break;
		default:
			if (c < 0x20)
				json_hex_escape(o, c);
			else
				sbuf_putc(o, (char)c);
		}
		i++;
	}
	sbuf_putc(o, '"');
}

void json_cstr(struct sbuf *o, const char *s) { json_str(o, s, strlen(s)); }

void json_bytes(struct sbuf *o, struct bytes b)
{
	if (b.p)
		json_str(o, b.p, b.n);
	else
		sbuf_puts(o, "null");
}

void json_key(struct sbuf *o, const char *k)
{
	sbuf_putc(o, '"');
	sbuf_puts(o, k);
	sbuf_puts(o, "\":");
}

void json_int_field(struct sbuf *o, const char *k, int64_t v)
{
	json_key(o, k);
	sbuf_put_dec(o, v);
	sbuf_putc(o, ',');
}

/* an integer JSON readers hold exactly (|v| <= 2^53), else a string */
void json_int64(struct sbuf *o, int64_t v)
{
	bool exact = v >= -9007199254740992LL && v <= 9007199254740992LL;
	if (!exact)
		sbuf_putc(o, '"');
	sbuf_put_dec(o, v);
	if (!exact)
		sbuf_putc(o, '"');
}

/* drop a trailing comma before closing an object or array */
void json_close(struct sbuf *o, char c)
{
	if (o->len && o->p[o->len - 1] == ',')
		o->len--;
	sbuf_putc(o, c);
}

/* ---- the display classes ---- */

const char *const class_names[NCLASS] = {
	"file", "network", "process", "memory", "signal", "ipc", "desc", "other",
};

/* one display class per syscall, from the syscall table's trace classes */
int class_of(int64_t nr)
{
	const struct sysent *e = sysent_get((long)nr);
	uint32_t c = e ? e->classes : 0;
	static const struct { uint32_t tc; int k; } order[] = {
		{ TC_NETWORK, K_NETWORK }, { TC_FILE, K_FILE }, { TC_PROCESS, K_PROCESS },
		{ TC_MEMORY, K_MEMORY }, { TC_SIGNAL, K_SIGNAL }, { TC_IPC, K_IPC }, { TC_DESC, K_DESC },
	};
	for (size_t i = 0; i < ARRAY_SIZE(order); i++)
		if (c & order[i].tc)
			return order[i].k;
	return K_OTHER;
}
