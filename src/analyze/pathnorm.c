/*
 * pathnorm.c - the rules that make two runs' names comparable (pathnorm.h,
 * docs/DIFF.md "Normalisation").  A string is walked once; a part that
 * starts with a temporary directory has its random-looking words replaced,
 * and everywhere /proc/N, inode numbers in "type:[N]", long digit runs and
 * the trace's own pids lose their values.
 */
#include "pathnorm.h"
#include "common.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void add_tmpdir(struct pathnorm *n, const char *d)
{
	size_t len = strlen(d);
	while (len > 1 && d[len - 1] == '/')
		len--;
	if (len < 2 || d[0] != '/')
		return;
	for (size_t i = 0; i < n->ntmp; i++)
		if (strlen(n->tmpdirs[i]) == len && !strncmp(n->tmpdirs[i], d, len))
			return;
	n->tmpdirs = xrealloc(n->tmpdirs, (n->ntmp + 1) * sizeof(*n->tmpdirs));
	char *c = xmalloc(len + 1);
	memcpy(c, d, len);
	c[len] = 0;
	n->tmpdirs[n->ntmp++] = c;
}

void pathnorm_init(struct pathnorm *n)
{
	memset(n, 0, sizeof(*n));
	add_tmpdir(n, "/tmp");
	add_tmpdir(n, "/var/tmp");
	add_tmpdir(n, "/dev/shm");
	const char *t = getenv("TMPDIR");
	if (t && *t)
		add_tmpdir(n, t);
	n->port_lo = 32768;
	n->port_hi = 60999;
	FILE *f = fopen("/proc/sys/net/ipv4/ip_local_port_range", "re");
	if (f) {
		long lo, hi;
		if (fscanf(f, "%ld %ld", &lo, &hi) == 2 && lo > 0 && hi >= lo && hi < 65536) {
			n->port_lo = lo;
			n->port_hi = hi;
		}
		fclose(f);
	}
}

void pathnorm_add_id(struct pathnorm *n, int64_t id)
{
	if (id > 0)
		*imap_ref(&n->ids, id, true) = 1;
}

void pathnorm_free(struct pathnorm *n)
{
	imap_free(&n->ids);
	for (size_t i = 0; i < n->ntmp; i++)
		free(n->tmpdirs[i]);
	free(n->tmpdirs);
	memset(n, 0, sizeof(*n));
}

static bool word_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* where a temporary path may start, and where it ends */
static bool starts_token(char c)
{
	return strchr(" \t\n;|&()<>'\"=,:", c) != NULL;
}

static bool ends_token(char c)
{
	return !c || strchr(" \t\n;|&()<>'\",", c) != NULL;
}

/* The length of the temporary directory s starts with ("/tmp" of "/tmp/x"), or 0. */
static size_t tmp_prefix(const struct pathnorm *n, const char *s)
{
	for (size_t i = 0; i < n->ntmp; i++) {
		size_t len = strlen(n->tmpdirs[i]);
		if (!strncmp(s, n->tmpdirs[i], len) && s[len] == '/')
			return len;
	}
	return 0;
}

/*
 * A word (letters, digits, _) of a name below a temporary directory that
 * looks generated: 6 or more characters with a digit, or with both cases
 * after its first letter (mkstemp's XXXXXX, Python's tmpXXXXXXXX, gcc's
 * ccXXXXXX); directly in the temporary directory also 6 to 12 letters of
 * one case after a dot that end the name or come before a short extension
 * (mktemp's tmp.XXXXXXXXXX, a mkstemp suffix that drew no digit).
 */
static bool random_word(const char *w, size_t len, bool top, char before, const char *after)
{
	if (len < 6)
		return false;
	bool digit = false, upper = false, lower = false;
	for (size_t i = 0; i < len; i++) {
		digit |= isdigit((unsigned char)w[i]) != 0;
		upper |= i > 0 && isupper((unsigned char)w[i]);
		lower |= islower((unsigned char)w[i]) != 0;
	}
	if (digit || (upper && lower))
		return true;
	if (!top || before != '.' || len > 12)
		return false;   /* below: letters of one case */
	/* the end of the name, or ".ext" (up to 4 characters) and the end */
	if (*after == '.') {
		size_t k = 1;
		while (word_char(after[k]))
			k++;
		after += k;
		if (k > 5)
			return false;
	}
	return !*after || *after == '/' || ends_token(*after);
}

static bool is_id(const struct pathnorm *n, const char *d, size_t len)
{
	if (len < 3 || len > 9)
		return false;
	int64_t v = 0;
	for (size_t i = 0; i < len; i++)
		v = v * 10 + (d[i] - '0');
	return imap_get(&n->ids, v, 0) != 0;
}

/* The digits in a word: long runs are times or numbers of the moment, short ones may be our pids. */
static void put_digits(const struct pathnorm *n, struct sbuf *out, const char *w, size_t len)
{
	for (size_t i = 0; i < len;) {
		if (!isdigit((unsigned char)w[i])) {
			sbuf_putc(out, w[i++]);
			continue;
		}
		size_t k = i;
		while (k < len && isdigit((unsigned char)w[k]))
			k++;
		if (k - i >= 8)
			sbuf_puts(out, "N");
		else if (is_id(n, w + i, k - i))
			sbuf_puts(out, "PID");
		else
			sbuf_putn(out, w + i, k - i);
		i = k;
	}
}

void pathnorm_put(const struct pathnorm *n, struct sbuf *out, const char *s)
{
	bool in_tmp = false;          /* inside a path below a temporary directory */
	int depth = 0;                /* its component: 1 directly in the directory */
	for (size_t i = 0; s[i];) {
		char c = s[i];
		size_t tl;
		if (!in_tmp && c == '/' && (i == 0 || starts_token(s[i - 1])) && (tl = tmp_prefix(n, s + i))) {
			sbuf_putn(out, s + i, tl);
			i += tl;
			in_tmp = true;
			depth = 0;
			continue;
		}
		if (in_tmp && ends_token(c))
			in_tmp = false;
		if (c == '/') {
			depth++;
			sbuf_putc(out, c);
			i++;
			/* /proc/N and /proc/N/task/N */
			if (!strncmp(s + i, "proc/", 5) && (i == 1 || starts_token(s[i - 2]))) {
				size_t k = i + 5;
				while (isdigit((unsigned char)s[k]))
					k++;
				if (k > i + 5 && (s[k] == '/' || ends_token(s[k]))) {
					sbuf_puts(out, "proc/PID");
					i = k;
					if (!strncmp(s + i, "/task/", 6)) {
						k = i + 6;
						while (isdigit((unsigned char)s[k]))
							k++;
						if (k > i + 6) {
							sbuf_puts(out, "/task/TID");
							i = k;
						}
					}
				}
			}
			continue;
		}
		if (!word_char(c)) {
			sbuf_putc(out, c);
			i++;
			continue;
		}
		size_t k = i;
		while (word_char(s[k]))
			k++;
		bool digits = true;
		for (size_t j = i; j < k; j++)
			digits &= isdigit((unsigned char)s[j]) != 0;
		char before = i ? s[i - 1] : 0;
		if (digits && i >= 2 && ((before == '[' && s[i - 2] == ':') || (before == '>' && s[i - 2] == '-')))
			sbuf_puts(out, "*");   /* pipe:[123], UNIX-STREAM:[1->2] */
		else if (in_tmp && random_word(s + i, k - i, depth == 1, before, s + k))
			sbuf_puts(out, "*");
		else
			put_digits(n, out, s + i, k - i);
		i = k;
	}
}

char *pathnorm_str(const struct pathnorm *n, const char *s)
{
	struct sbuf b = { 0 };
	pathnorm_put(n, &b, s ? s : "");
	return sbuf_cstr(&b);
}

void pathnorm_addr(const struct pathnorm *n, struct sbuf *out, const char *addr, bool eph)
{
	const char *colon = strrchr(addr, ':');
	if (!colon || (addr[0] != '[' && !isdigit((unsigned char)addr[0]))) {
		pathnorm_put(n, out, addr);   /* a UNIX path, "pid N" of netlink */
		return;
	}
	char *end;
	long port = strtol(colon + 1, &end, 10);
	sbuf_putn(out, addr, (size_t)(colon + 1 - addr));
	if (*end || end == colon + 1)
		sbuf_puts(out, colon + 1);
	else if (eph && port >= n->port_lo && port <= n->port_hi)
		sbuf_putc(out, '*');
	else
		sbuf_printf(out, "%ld", port);
}
