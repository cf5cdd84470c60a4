/*
 * livefilter.c - the filter of a background session as text that can be
 * changed part by part while it runs (livefilter.h).  The sets are parsed
 * by filter.c, as on the command line; what the session filters by is the
 * bitmaps live_filter_apply() leaves in its trace_config.
 */
#include "livefilter.h"
#include "common.h"
#include "config.h"
#include "filter.h"
#include "sbuf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void set_part(char **part, const char *v)
{
	free(*part);
	*part = v ? xstrdup(v) : NULL;
}

static void copy_filter(struct live_filter *to, const struct live_filter *from)
{
	memset(to, 0, sizeof(*to));
	set_part(&to->trace, from->trace);
	set_part(&to->signal, from->signal);
	set_part(&to->status, from->status);
	for (int i = 0; i < from->npaths; i++) {
		to->paths = xrealloc(to->paths, (to->npaths + 1) * sizeof(char *));
		to->paths[to->npaths++] = xstrdup(from->paths[i]);
	}
}

void live_filter_free(struct live_filter *f)
{
	free(f->trace);
	free(f->signal);
	free(f->status);
	for (int i = 0; i < f->npaths; i++)
		free(f->paths[i]);
	free(f->paths);
	memset(f, 0, sizeof(*f));
}

static void clear_paths(struct live_filter *f)
{
	for (int i = 0; i < f->npaths; i++)
		free(f->paths[i]);
	free(f->paths);
	f->paths = NULL;
	f->npaths = 0;
}

/* "trace=SET", "t=SET", a bare SET (trace), "signal=", "status=" */
static bool qualifier(struct live_filter *f, const char *q, char *err, size_t errlen)
{
	const char *eq = strchr(q, '=');
	if (!eq) {
		set_part(&f->trace, q);
		return true;
	}
	size_t n = (size_t)(eq - q);
	const char *v = eq + 1;
#define IS(s) (n == strlen(s) && !strncmp(q, s, n))
	if (IS("trace") || IS("t"))
		set_part(&f->trace, v);
	else if (IS("signal") || IS("signals") || IS("s"))
		set_part(&f->signal, v);
	else if (IS("status"))
		set_part(&f->status, v);
	else {
		snprintf(err, errlen, "-e %.*s= cannot change while a session runs (only trace=, signal=, status=, -P, -z, -Z)",
			 (int)n, q);
		return false;
	}
#undef IS
	return true;
}

/* -z and -Z add to each other, as on the command line */
static void add_status(struct live_filter *f, const char *what, bool *zseen)
{
	if (!*zseen || !f->status) {
		set_part(&f->status, what);
	} else if (!strstr(f->status, what)) {
		char buf[64];
		snprintf(buf, sizeof(buf), "%s,%s", f->status, what);
		set_part(&f->status, buf);
	}
	*zseen = true;
}

static bool parse_into(struct live_filter *f, char *const *args, int n, char *err, size_t errlen)
{
	bool paths_given = false, zseen = false;
	for (int i = 0; i < n; i++) {
		const char *a = args[i];
		const char *val = NULL;
		bool is_path = !strcmp(a, "-P") || !strcmp(a, "--trace-path") || (!strncmp(a, "-P", 2) && a[2]) ||
			       !strncmp(a, "--trace-path=", 13);
		if (!strcmp(a, "--reset")) {
			live_filter_free(f);
			continue;
		}
		if (!strcmp(a, "-z") || !strcmp(a, "--successful-only")) {
			add_status(f, "successful", &zseen);
			continue;
		}
		if (!strcmp(a, "-Z") || !strcmp(a, "--failed-only")) {
			add_status(f, "failed", &zseen);
			continue;
		}
		if (!strcmp(a, "-e") || !strcmp(a, "-P") || !strcmp(a, "--trace-path")) {
			if (i + 1 >= n) {
				snprintf(err, errlen, "option %s requires an argument", a);
				return false;
			}
			val = args[++i];
		} else if (!strncmp(a, "-e", 2) || !strncmp(a, "-P", 2)) {
			val = a + 2;
		} else if (!strncmp(a, "--trace-path=", 13)) {
			val = a + 13;
			a = "-P";
		} else if (!strncmp(a, "--trace=", 8) || !strncmp(a, "--signal=", 9) || !strncmp(a, "--status=", 9)) {
			val = a + 2;   /* trace=SET, ... */
			a = "-e";
		} else {
			snprintf(err, errlen, "'%s': a filter is -e trace=SET, -e signal=SET, -e status=SET, -z, -Z, -P PATH or --reset", a);
			return false;
		}
		if (!*val) {
			snprintf(err, errlen, "empty argument to %.2s", a);
			return false;
		}
		if (is_path) {
			if (!paths_given)
				clear_paths(f);
			paths_given = true;
			f->paths = xrealloc(f->paths, (f->npaths + 1) * sizeof(char *));
			f->paths[f->npaths++] = xstrdup(val);
		} else if (!qualifier(f, val, err, errlen)) {
			return false;
		}
	}
	return true;
}

bool live_filter_apply(const struct live_filter *f, struct trace_config *cfg, char *err, size_t errlen)
{
	static uint8_t trace[NSYSCALLS];
	bool unknown = false;
	uint64_t signals = ~0ull;
	unsigned status = ST_ALL;
	*err = 0;
	if (f->trace && !parse_syscall_set(f->trace, trace, &unknown))
		return false;   /* the parser said why, on stderr */
	if (f->signal && !parse_signal_set(f->signal, &signals))
		return false;
	if (f->status) {
		static const char *const names[] = { "successful", "failed", "unfinished", "unavailable", "detached" };
		static const unsigned bits[] = { ST_SUCCESSFUL, ST_FAILED, ST_UNFINISHED, ST_UNAVAILABLE, ST_DETACHED };
		if (!parse_name_set(f->status, names, bits, 5, ST_ALL, &status, "status"))
			return false;
	}
	if (!cfg) {
		(void)errlen;
		return true;
	}
	if (f->trace)
		memcpy(cfg->trace, trace, sizeof(trace));
	else
		memset(cfg->trace, 1, sizeof(cfg->trace));
	cfg->trace_all = !f->trace;
	cfg->signals = signals;
	cfg->status = status;
	for (int i = 0; i < cfg->npaths; i++)
		free(cfg->paths[i]);
	free(cfg->paths);
	cfg->paths = NULL;
	cfg->npaths = 0;
	if (f->npaths) {
		cfg->paths = xcalloc(f->npaths + 1, sizeof(char *));
		for (int i = 0; i < f->npaths; i++)
			cfg->paths[i] = xstrdup(f->paths[i]);
		cfg->npaths = f->npaths;
	}
	return true;
}

bool live_filter_parse(struct live_filter *f, char *const *args, int n, char *err, size_t errlen)
{
	struct live_filter tmp;
	copy_filter(&tmp, f);
	*err = 0;
	if (!parse_into(&tmp, args, n, err, errlen) || !live_filter_apply(&tmp, NULL, err, errlen)) {
		live_filter_free(&tmp);
		return false;
	}
	live_filter_free(f);
	*f = tmp;
	return true;
}

char **live_filter_args(const struct live_filter *f, int *n)
{
	char **v = xcalloc(8 + 2 * (size_t)f->npaths, sizeof(char *));
	int k = 0;
	const char *keys[3] = { "trace=", "signal=", "status=" };
	const char *vals[3] = { f->trace, f->signal, f->status };
	for (int i = 0; i < 3; i++) {
		if (!vals[i])
			continue;
		v[k++] = xstrdup("-e");
		char *q = xmalloc(strlen(keys[i]) + strlen(vals[i]) + 1);
		strcpy(q, keys[i]);
		strcat(q, vals[i]);
		v[k++] = q;
	}
	for (int i = 0; i < f->npaths; i++) {
		v[k++] = xstrdup("-P");
		v[k++] = xstrdup(f->paths[i]);
	}
	*n = k;
	return v;
}

char *live_filter_text(const struct live_filter *f)
{
	int n;
	char **v = live_filter_args(f, &n);
	struct sbuf b = { 0 };
	for (int i = 0; i < n; i++) {
		if (i)
			sbuf_putc(&b, ' ');
		sbuf_puts(&b, v[i]);
		free(v[i]);
	}
	free(v);
	sbuf_putc(&b, '\0');
	return b.p;
}
