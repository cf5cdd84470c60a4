/*
 * optvalues.c - the values of strace's and sctrace's options that need more
 * than a number: sizes, --container and --cgroup, users, -U's columns, -O's
 * overhead, the timestamp formats and precisions; the terminal width.  Each takes the text as
 * typed and gives the value, or one error line through bad_usage().
 */
#include "options.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

/* --buffer-size=N[KMG] */
uint64_t parse_size(const char *s, const char *what)
{
	char *end;
	errno = 0;
	unsigned long long v = strtoull(s, &end, 10);
	uint64_t mul = 1;
	if (*end == 'K' || *end == 'k')
		mul = 1ull << 10, end++;
	else if (*end == 'M' || *end == 'm')
		mul = 1ull << 20, end++;
	else if (*end == 'G' || *end == 'g')
		mul = 1ull << 30, end++;
	if (errno || end == s || *end || !isdigit((unsigned char)*s) || v == 0 || v > (4ull << 30) / mul)
		bad_usage("invalid %s (a size such as 64M, at most 4G)", what);
	return v * mul;
}

/*
 * --container ID: the cgroup v2 directory a container runtime made for it
 * (docker-ID.scope, cri-containerd-ID.scope, libpod-ID.scope, .../docker/ID,
 * kubepods/.../ID): found by walking /sys/fs/cgroup for a name containing ID.
 */
static int find_container(const char *dir, const char *id, int depth, char *found, size_t size)
{
	if (depth > 8)
		return 0;
	DIR *d = opendir(dir);
	if (!d)
		return 0;
	int n = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_type != DT_DIR || de->d_name[0] == '.')
			continue;
		char path[4096];
		if (snprintf(path, sizeof(path), "%s/%s", dir, de->d_name) >= (int)sizeof(path))
			continue;
		if (strstr(de->d_name, id)) {
			if (!found[0])
				snprintf(found, size, "%s", path);
			n++;
			continue;
		}
		n += find_container(path, id, depth + 1, found, size);
	}
	closedir(d);
	return n;
}

char *container_cgroup(const char *id)
{
	if (strlen(id) < 4 || strspn(id, "0123456789abcdef") != strlen(id))
		bad_usage("invalid --container ID '%s' (the container's hex id, or a prefix of it)", id);
	char found[4096] = "";
	int n = find_container("/sys/fs/cgroup", id, 0, found, sizeof(found));
	if (n == 0)
		bad_usage("--container %s: no cgroup under /sys/fs/cgroup names that container", id);
	if (n > 1)
		bad_usage("--container %s: more than one cgroup matches; give more of the id", id);
	return xstrdup(found);
}

/* --cgroup PATH: a directory below /sys/fs/cgroup (PATH relative to it), or as given */
char *cgroup_dir(const char *arg)
{
	struct stat st;
	char *p = xmalloc(strlen(arg) + 17);
	sprintf(p, "/sys/fs/cgroup/%s", arg + (arg[0] == '/'));
	if (strncmp(arg, "/sys/fs/cgroup", 14) && stat(p, &st) == 0 && S_ISDIR(st.st_mode))
		return p;
	free(p);
	if (stat(arg, &st) == 0 && S_ISDIR(st.st_mode))
		return xstrdup(arg);
	bad_usage("--cgroup %s: no such cgroup directory", arg);
}

unsigned parse_uid(const char *s)
{
	char *end;
	errno = 0;
	unsigned long v = strtoul(s, &end, 10);
	if (!errno && end != s && !*end && isdigit((unsigned char)*s) && v < UINT32_MAX)
		return (unsigned)v;
	struct passwd *pw = getpwnam(s);
	if (!pw)
		bad_usage("--uid: no user '%s'", s);
	return pw->pw_uid;
}

/* -U COLUMNS: strace's column names and their other spellings */
void parse_columns(struct options *o, const char *arg)
{
	static const struct { const char *name; enum sum_col col; } names[] = {
		{ "time-percent", COL_PERCENT }, { "time_percent", COL_PERCENT }, { "time", COL_PERCENT },
		{ "total-time", COL_TOTAL }, { "total_time", COL_TOTAL },
		{ "min-time", COL_MIN }, { "min_time", COL_MIN }, { "shortest", COL_MIN },
		{ "max-time", COL_MAX }, { "max_time", COL_MAX }, { "longest", COL_MAX },
		{ "avg-time", COL_AVG }, { "avg_time", COL_AVG },
		{ "calls", COL_CALLS }, { "count", COL_CALLS },
		{ "errors", COL_ERRORS }, { "error", COL_ERRORS },
		{ "name", COL_NAME }, { "syscall", COL_NAME }, { "syscall-name", COL_NAME },
		{ "syscall_name", COL_NAME },
	};
	char buf[256];
	snprintf(buf, sizeof(buf), "%s", arg);
	o->cfg.ncolumns = 0;
	bool seen[COL_NAME + 1] = { false };
	for (char *save = NULL, *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		size_t i;
		for (i = 0; i < ARRAY_SIZE(names); i++)
			if (!strcmp(tok, names[i].name))
				break;
		if (i == ARRAY_SIZE(names))
			bad_usage("unknown column name: '%s'", tok);
		if (seen[names[i].col])
			bad_usage("call summary column has been provided more than once: '%s'", tok);
		seen[names[i].col] = true;
		o->cfg.columns[o->cfg.ncolumns++] = names[i].col;
	}
	if (!o->cfg.ncolumns)
		bad_usage("invalid -U argument: '%s'", arg);
	if (!seen[COL_NAME])   /* as strace: the syscall name is always there */
		o->cfg.columns[o->cfg.ncolumns++] = COL_NAME;
}

/* -O OVERHEAD[s|ms|us|ns] (microseconds by default; fractions allowed) */
uint64_t parse_overhead(const char *arg)
{
	return parse_duration(arg, "-O");
}

uint64_t parse_duration(const char *arg, const char *opt)
{
	char *end;
	errno = 0;
	double v = strtod(arg, &end);
	double unit = 1000;
	if (!strcmp(end, "s"))
		unit = 1e9;
	else if (!strcmp(end, "ms"))
		unit = 1e6;
	else if (!strcmp(end, "ns"))
		unit = 1;
	else if (*end && strcmp(end, "us"))
		end = NULL;
	if (errno || end == arg || !end || !isdigit((unsigned char)arg[0]) || v * unit > 1e18) {
		char fmt[64];
		snprintf(fmt, sizeof(fmt), "invalid %s argument: '%%s'", opt);
		bad_usage(fmt, arg);
	}
	return (uint64_t)(v * unit + 0.5);
}

/* s, ms, us, ns: the number of decimals a timestamp or duration is printed with */
int parse_precision(const char *opt, const char *s, const char *whole)
{
	static const char *const units[] = { "s", "ms", "us", "ns" };
	for (size_t i = 0; i < ARRAY_SIZE(units); i++)
		if (!strcmp(s, units[i]))
			return (int)i * 3;
	char what[64];
	snprintf(what, sizeof(what), "invalid %s argument: '%%s'", opt);
	bad_usage(what, whole);
}

/*
 * --absolute-timestamps=[[format:]FORMAT][,[precision:]PRECISION] (FORMAT: none,
 * time, unix): sets what it names, so that repeated options add up as strace's
 */
void parse_timestamps(struct options *o, const char *opt, const char *arg)
{
	if (!arg) {
		o->cfg.tflag = TS_TIME;
		return;
	}
	char buf[256];
	snprintf(buf, sizeof(buf), "%s", arg);
	char what[64];
	snprintf(what, sizeof(what), "invalid %s argument: '%%s'", opt);
	if (!*buf)
		bad_usage(what, arg);
	for (char *save = NULL, *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		bool is_fmt = !strncmp(tok, "format:", 7), is_prec = !strncmp(tok, "precision:", 10);
		const char *val = is_fmt ? tok + 7 : is_prec ? tok + 10 : tok;
		if (!is_prec && (!strcmp(val, "none") || !strcmp(val, "time") || !strcmp(val, "unix")))
			o->cfg.tflag = val[0] == 'n' ? 0 : val[0] == 't' ? TS_TIME : TS_UNIX;
		else if (!is_fmt)
			o->cfg.tprec = parse_precision(opt, val, arg);
		else
			bad_usage(what, arg);
	}
}

/* --host NAME: the name a recording is filed under (a node name: printable, no spaces) */
const char *parse_host(const char *s)
{
	size_t n = strlen(s);
	if (!n || n > 255)
		bad_usage("invalid --host: '%s' (1 to 255 characters)", s);
	for (size_t i = 0; i < n; i++)
		if (!isgraph((unsigned char)s[i]))
			bad_usage("invalid --host: '%s' (no spaces or control characters)", s);
	return s;
}

/* --trace-id ID: a trace's number in a store (session.id) */
int64_t parse_trace_id(const char *s)
{
	char *end;
	errno = 0;
	long long v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v < 1)
		bad_usage("invalid --trace-id: '%s' (a trace number, 1 or more)", s);
	return v;
}

/* $COLUMNS, else the terminal's width, else 80 (report, diff) */
size_t terminal_width(void)
{
	const char *c = getenv("COLUMNS");
	if (c && *c) {
		char *end;
		long v = strtol(c, &end, 10);
		if (!*end && v > 0 && v < 100000)
			return (size_t)v;
	}
	struct winsize ws;
	if (isatty(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	return 80;
}
