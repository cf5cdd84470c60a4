/*
 * conffile.c - configuration files and presets (docs/CONFIG.md).  Before a
 * tracing command line is parsed, /etc/sctrace/config and then the user's
 * file ($SCTRACE_CONFIG, else $XDG_CONFIG_HOME/sctrace/config) give it
 * defaults: each key becomes a command-line option put in front of the
 * user's own, so the command line overrides them.  `--preset NAME` is
 * replaced in place by the preset's options.  Every word remembers where it
 * came from: an error in it names the file and line (error_where), and
 * `sctrace config` says who set what.
 */
#include "conffile.h"
#include "common.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* How a key's value becomes options. */
enum kkind {
	K_BOOL,      /* yes: --OPTION; no: nothing */
	K_VALUE,     /* --OPTION=VALUE (checked by the option's own parser) */
	K_NUMBER,    /* --OPTION=N, a decimal number */
	K_OPTVAL,    /* no: nothing; yes: --OPTION; else --OPTION=VALUE */
	K_FORMAT,    /* text: nothing; json: --json */
	K_PRESETS,   /* a list of presets: --preset=NAME each */
};

struct conf_key {
	const char *name;
	enum kkind kind;
	const char *option;    /* the long option, without "--" */
	char shortopt;         /* its short spelling when that is another getopt code (-T, -X...) */
	const char *builtin;   /* the value that adds no option */
	const char *help;
};

/* The keys, in the order `sctrace config` prints them. */
static const struct conf_key keys[] = {
	{ "output-format", K_FORMAT, "json", 0, "text", "text or json (--json); plain tracing only" },
	{ "string-limit", K_NUMBER, "string-limit", 0, "32", "-s N" },
	{ "decode-fds", K_VALUE, "decode-fds", 0, "none", "-y: path, socket, dev, pidfd, all, none" },
	{ "follow-forks", K_BOOL, "follow-forks", 0, "no", "-f" },
	{ "syscall-times", K_OPTVAL, "syscall-times", 'T', "no", "-T: no, yes, or a precision s|ms|us|ns" },
	{ "timestamps", K_VALUE, "timestamps", 't', "none", "--timestamps=: none, time, unix[,s|ms|us|ns]" },
	{ "verbose", K_BOOL, "no-abbrev", 0, "no", "-v" },
	{ "strings-in-hex", K_VALUE, "strings-in-hex", 'x', "none", "-x: none, non-ascii, non-ascii-chars, all" },
	{ "const-print-style", K_VALUE, "const-print-style", 'X', "abbrev", "-X: abbrev, raw, verbose" },
	{ "decode-pids", K_VALUE, "decode-pids", 'Y', "none", "-Y: none, comm, pidns" },
	{ "columns", K_NUMBER, "columns", 0, "40", "-a N" },
	{ "redact", K_BOOL, "redact", 0, "no", "--redact" },
	{ "trace", K_VALUE, "trace", 0, "all", "-e trace=SET" },
	{ "status", K_VALUE, "status", 0, "all", "-e status=SET" },
	{ "signal", K_VALUE, "signal", 0, "all", "-e signal=SET" },
	{ "quiet", K_VALUE, "quiet", 0, "none", "-e quiet=SET" },
	{ "slower-than", K_VALUE, "slower-than", 0, "0", "--slower-than=TIME: only calls that took longer" },
	{ "summary-sort-by", K_VALUE, "summary-sort-by", 'S', "time", "-S KEY" },
	{ "backend", K_VALUE, "backend", 0, "default", "--backend=: default, ptrace, ebpf, auto" },
	{ "preset", K_PRESETS, "preset", 0, "", "presets applied by default (a list)" },
};
#define NKEYS ARRAY_SIZE(keys)

/* The shipped presets; a file may redefine them or add its own. */
static const struct builtin_preset {
	const char *name, *options, *description;
} builtin_presets[] = {
	{ "files", "-f -y -e trace=%file", "file access: every call that names a file, descriptors as paths" },
	{ "network", "-f -yy -e trace=%network", "sockets: every network call, with endpoints" },
	{ "process", "-f -e trace=%process", "process lifecycle: fork, clone, exec, exit, wait" },
	{ "slow", "-f -T --slower-than=10ms", "calls that took over 10 ms, with their times" },
	{ "failures", "-f -e status=failed", "only the calls that failed" },
};

struct preset {
	char *name, *options, *description;
	char **words;
	int nwords;
	char *origin;          /* "FILE:LINE", or "builtin" */
	bool from_file;
};

/* What the files say (loaded once; --no-config skips it when looking up). */
static struct {
	bool loaded;
	char *value[NKEYS], *origin[NKEYS];   /* the last file that set each key */
	struct preset *presets;
	int npresets;
	const char *files[2];
	bool present[2];
} conf;

static bool no_config;   /* the command line being expanded said --no-config */

static void file_error(const char *where, const char *fmt, const char *arg) ATTR_NORETURN;
static void file_error(const char *where, const char *fmt, const char *arg)
{
	char msg[512];
	snprintf(msg, sizeof(msg), fmt, arg);
	error_msg("%s: %s", where, msg);
	exit(1);
}

/* Split a preset's options into words: blanks separate, '...' and "..." quote. */
static int split_words(char *s, char ***out, const char *where)
{
	char **w = NULL;
	int n = 0;
	while (*s) {
		while (isspace((unsigned char)*s))
			s++;
		if (!*s)
			break;
		char *word = s, *d = s;
		while (*s && !isspace((unsigned char)*s)) {
			if (*s == '\'' || *s == '"') {
				char q = *s++;
				while (*s && *s != q)
					*d++ = *s++;
				if (!*s)
					file_error(where, "unterminated %s quote", q == '"' ? "double" : "single");
				s++;
			} else
				*d++ = *s++;
		}
		if (*s)
			s++;
		*d = '\0';
		w = xrealloc(w, (n + 1) * sizeof(*w));
		w[n++] = word;
	}
	*out = w;
	return n;
}

static struct preset *add_preset(const char *name, const char *origin, bool from_file)
{
	conf.presets = xrealloc(conf.presets, (conf.npresets + 1) * sizeof(*conf.presets));
	struct preset *p = &conf.presets[conf.npresets++];
	memset(p, 0, sizeof(*p));
	p->name = xstrdup(name);
	p->origin = xstrdup(origin);
	p->from_file = from_file;
	return p;
}

static void set_preset_options(struct preset *p, const char *value, const char *where)
{
	free(p->options);
	free(p->words);
	p->options = xstrdup(value);
	char *copy = xstrdup(value);
	p->nwords = split_words(copy, &p->words, where);
	if (!p->nwords)
		file_error(where, "preset '%s' has no options", p->name);
	for (int i = 0; i < p->nwords; i++) {
		if (i == 0 && p->words[0][0] != '-')
			file_error(where, "'%s': a preset's options start with an option", p->words[0]);
		if (!strcmp(p->words[i], "--"))
			file_error(where, "%s", "a preset lists options only: no '--' and no command");
	}
}

static bool is_bool(const char *v, bool *b)
{
	static const char *const yes[] = { "yes", "true", "on", "1" }, *const no[] = { "no", "false", "off", "0" };
	for (size_t i = 0; i < ARRAY_SIZE(yes); i++) {
		if (!strcmp(v, yes[i]))
			return *b = true;
		if (!strcmp(v, no[i]))
			return !(*b = false);
	}
	return false;
}

static bool valid_name(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '-' && *s != '_')
			return false;
	return true;
}

/* A key's value: checked here when its kind says enough, else by the option parser. */
static void check_value(const struct conf_key *k, const char *v, const char *where)
{
	bool b;
	char *end;
	switch (k->kind) {
	case K_BOOL:
		if (!is_bool(v, &b))
			file_error(where, "invalid value '%s' (yes or no)", v);
		break;
	case K_NUMBER:
		errno = 0;
		long n = strtol(v, &end, 10);
		if (!*v || *end || errno || n < 0 || n > 1000000000)
			file_error(where, "invalid value '%s' (a number)", v);
		break;
	case K_FORMAT:
		if (strcmp(v, "text") && strcmp(v, "json"))
			file_error(where, "invalid value '%s' (text or json)", v);
		break;
	case K_OPTVAL:
	case K_VALUE:
		if (!*v)
			file_error(where, "%s", "empty value");
		break;
	case K_PRESETS: {
		char *copy = xstrdup(v), *save = NULL;
		for (char *t = strtok_r(copy, ", \t", &save); t; t = strtok_r(NULL, ", \t", &save))
			if (!valid_name(t))
				file_error(where, "invalid preset name '%s'", t);
		free(copy);
		break;
	}
	}
}

static char *trim(char *s)
{
	while (isspace((unsigned char)*s))
		s++;
	char *e = s + strlen(s);
	while (e > s && isspace((unsigned char)e[-1]))
		*--e = '\0';
	return s;
}

/* One file: `key = value` lines, [preset NAME] sections, # comments. */
static void load_file(const char *path, int slot, bool must_exist)
{
	FILE *f = fopen(path, "re");
	conf.files[slot] = path;
	if (!f) {
		/* a default file is absent also when its directory cannot be searched
		 * (another user's HOME); a file that is there but unreadable is an error */
		struct stat st;
		int e = errno;
		if (!must_exist && (e == ENOENT || e == ENOTDIR || (e == EACCES && stat(path, &st) < 0)))
			return;
		errno = e;
		die_errno("%s", path);
	}
	conf.present[slot] = true;
	char line[4096], where[4200];
	struct preset *section = NULL;
	for (int lineno = 1; fgets(line, sizeof(line), f); lineno++) {
		snprintf(where, sizeof(where), "%s:%d", path, lineno);
		if (!strchr(line, '\n') && !feof(f))
			file_error(where, "%s", "line too long (4095 bytes at most)");
		/* a comment: # at the start, or after a blank */
		for (char *h = strchr(line, '#'); h; h = strchr(h + 1, '#'))
			if (h == line || isspace((unsigned char)h[-1])) {
				*h = '\0';
				break;
			}
		char *s = trim(line);
		if (!*s || *s == ';')
			continue;
		if (*s == '[') {
			char *close = strchr(s, ']');
			if (!close || close[1])
				file_error(where, "invalid section '%s' ([preset NAME] or [defaults])", s);
			*close = '\0';
			char *name = trim(s + 1);
			if (!strcmp(name, "defaults")) {
				section = NULL;
				continue;
			}
			if (strncmp(name, "preset", 6) || !isspace((unsigned char)name[6]))
				file_error(where, "unknown section '[%s]' ([preset NAME] or [defaults])", name);
			name = trim(name + 6);
			if (!valid_name(name))
				file_error(where, "invalid preset name '%s' (letters, digits, - and _)", name);
			section = add_preset(name, where, true);
			continue;
		}
		char *eq = strchr(s, '=');
		if (!eq)
			file_error(where, "'%s': expected key = value", s);
		*eq = '\0';
		char *key = trim(s), *value = trim(eq + 1);
		if (section) {
			if (!strcmp(key, "options")) {
				set_preset_options(section, value, where);
				free(section->origin);
				section->origin = xstrdup(where);
			} else if (!strcmp(key, "description")) {
				free(section->description);
				section->description = xstrdup(value);
			} else
				file_error(where, "unknown key '%s' in a preset (options, description)", key);
			continue;
		}
		size_t k;
		for (k = 0; k < NKEYS; k++)
			if (!strcmp(key, keys[k].name))
				break;
		if (k == NKEYS)
			file_error(where, "unknown key '%s' (sctrace config lists them)", key);
		char key_where[4400];
		snprintf(key_where, sizeof(key_where), "%s: %s", where, key);
		check_value(&keys[k], value, key_where);
		free(conf.value[k]);
		free(conf.origin[k]);
		conf.value[k] = xstrdup(value);
		conf.origin[k] = xstrdup(where);
	}
	if (section && !section->options)
		file_error(section->origin, "preset '%s' has no options line", section->name);
	fclose(f);
}

static void load(void)
{
	if (conf.loaded)
		return;
	conf.loaded = true;
	for (size_t i = 0; i < ARRAY_SIZE(builtin_presets); i++) {
		struct preset *p = add_preset(builtin_presets[i].name, "builtin", false);
		set_preset_options(p, builtin_presets[i].options, "builtin");
		p->description = xstrdup(builtin_presets[i].description);
	}
	load_file("/etc/sctrace/config", 0, false);
	const char *user = getenv("SCTRACE_CONFIG");
	if (user && *user) {
		load_file(user, 1, true);
		return;
	}
	if (user)
		return;   /* SCTRACE_CONFIG= (empty): no user file */
	static char path[4096];
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
	if (xdg && *xdg)
		snprintf(path, sizeof(path), "%s/sctrace/config", xdg);
	else if (home && *home)
		snprintf(path, sizeof(path), "%s/.config/sctrace/config", home);
	else
		return;
	load_file(path, 1, false);
}

static const struct preset *find_preset(const char *name)
{
	for (int i = conf.npresets - 1; i >= 0; i--)
		if (!strcmp(conf.presets[i].name, name) && !(no_config && conf.presets[i].from_file))
			return &conf.presets[i];
	return NULL;
}

int conf_npresets(void)
{
	load();
	return conf.npresets;
}

const char *conf_preset_name(int i)
{
	return conf.presets[i].name;
}

/* The value of key k in effect (files unless --no-config), and where it came from. */
static const char *key_value(size_t k, const char **origin)
{
	if (!no_config && conf.value[k]) {
		*origin = conf.origin[k];
		return conf.value[k];
	}
	*origin = "builtin";
	return keys[k].builtin;
}

/* ---- the expanded command line ---- */

static void push(struct conf_argv *a, char *word, const char *origin)
{
	a->argv = xrealloc(a->argv, (a->argc + 2) * sizeof(char *));
	a->origin = xrealloc(a->origin, (a->argc + 2) * sizeof(char *));
	a->argv[a->argc] = word;
	a->origin[a->argc++] = origin;
	a->argv[a->argc] = NULL;
	a->origin[a->argc] = NULL;
}

/* "--OPTION" or "--OPTION=VALUE", kept for the process (the options point into them). */
static char *make_option(const char *opt, const char *value)
{
	static char **made;
	static size_t nmade;
	size_t n = strlen(opt) + (value ? strlen(value) + 1 : 0) + 3;
	char *s = xmalloc(n);
	snprintf(s, n, value ? "--%s=%s" : "--%s", opt, value);
	made = xrealloc(made, (nmade + 1) * sizeof(*made));
	made[nmade++] = s;
	return s;
}

static void expand_preset(struct conf_argv *a, const char *name, const char *asked_by, int depth)
{
	const struct preset *p = find_preset(name);
	if (!p) {
		error_where = asked_by;
		error_msg("unknown preset '%s' (sctrace config lists them)", name);
		exit(1);
	}
	if (depth > 8) {
		error_where = asked_by;
		error_msg("preset '%s' expands into itself", name);
		exit(1);
	}
	const char *origin = p->origin;
	if (!p->from_file) {
		static char *names[64];
		static int nnames;
		char buf[128];
		snprintf(buf, sizeof(buf), "preset %s (builtin)", p->name);
		int i;
		for (i = 0; i < nnames && strcmp(names[i], buf); i++)
			;
		if (i == nnames && nnames < (int)ARRAY_SIZE(names))
			names[nnames++] = xstrdup(buf);
		origin = i < nnames ? names[i] : "builtin";
	}
	for (int i = 0; i < p->nwords; i++) {
		const char *w = p->words[i];
		if (!strcmp(w, "--preset") && i + 1 < p->nwords)
			expand_preset(a, p->words[++i], origin, depth + 1);
		else if (!strncmp(w, "--preset=", 9))
			expand_preset(a, w + 9, origin, depth + 1);
		else
			push(a, p->words[i], origin);
	}
}

/* The configured defaults as options, in key order. */
static void push_defaults(struct conf_argv *a)
{
	for (size_t k = 0; k < NKEYS; k++) {
		const char *origin, *v = key_value(k, &origin);
		const struct conf_key *key = &keys[k];
		if (!strcmp(v, key->builtin))
			continue;
		bool b;
		switch (key->kind) {
		case K_BOOL:
			if (is_bool(v, &b) && b)
				push(a, make_option(key->option, NULL), origin);
			break;
		case K_FORMAT:
			push(a, make_option(key->option, NULL), origin);
			break;
		case K_OPTVAL:
			if (is_bool(v, &b)) {
				if (b)
					push(a, make_option(key->option, NULL), origin);
			} else
				push(a, make_option(key->option, v), origin);
			break;
		case K_VALUE:
		case K_NUMBER:
			push(a, make_option(key->option, v), origin);
			break;
		case K_PRESETS: {
			char *copy = xstrdup(v), *save = NULL;
			for (char *t = strtok_r(copy, ", \t", &save); t; t = strtok_r(NULL, ", \t", &save))
				expand_preset(a, t, origin, 0);
			free(copy);
			break;
		}
		}
	}
}

/*
 * Walk argv as the parser will (getopt, errors silent) and call fn for each
 * option it finds, with the index range of its words; stops at the first
 * operand, or skips operands when stop_at_operand is false (a replay's FILE).
 */
static void scan(int argc, char **argv, bool stop_at_operand, const char *shortopts, const struct option *longopts,
		 void (*fn)(void *ud, int c, int first, int next, const char *arg), void *ud)
{
	char plus[256];
	snprintf(plus, sizeof(plus), "+%s", shortopts[0] == '+' ? shortopts + 1 : shortopts);
	char **copy = xmalloc((argc + 1) * sizeof(char *));
	memcpy(copy, argv, (argc + 1) * sizeof(char *));
	int saved_opterr = opterr;
	opterr = 0;
	optind = 0;
	for (;;) {
		int first = optind ? optind : 1;
		int c = getopt_long(argc, copy, plus, longopts, NULL);
		if (c == -1) {
			if (stop_at_operand || optind >= argc || !strcmp(copy[optind - 1], "--"))
				break;
			optind++;   /* an operand: the options may go on after it */
			continue;
		}
		fn(ud, c, first, optind, optarg);
	}
	opterr = saved_opterr;
	optind = 0;
	free(copy);
}

struct marks {
	signed char *drop;     /* 1: --no-config, 2: --preset (its first word) */
	char **preset;         /* per first word: the preset's name */
	int *next;             /* per first word: the index after its words */
};

static void mark(void *ud, int c, int first, int next, const char *arg)
{
	struct marks *m = ud;
	if (c == OPT_CONF_NO_CONFIG) {
		m->drop[first] = 1;
		m->next[first] = next;
		no_config = true;
	} else if (c == OPT_CONF_PRESET) {
		m->drop[first] = 2;
		m->next[first] = next;
		m->preset[first] = (char *)arg;
	}
}

void conf_expand(struct conf_argv *out, int argc, char **argv, bool defaults, bool stop_at_operand,
		 const char *shortopts, const struct option *longopts)
{
	static struct conf_argv last;   /* the previous expansion (a unit test parses many times) */
	free(last.argv);
	free(last.origin);
	struct marks m = {
		.drop = xcalloc(argc + 1, 1),
		.preset = xcalloc(argc + 1, sizeof(char *)),
		.next = xcalloc(argc + 1, sizeof(int)),
	};
	no_config = false;
	scan(argc, argv, stop_at_operand, shortopts, longopts, mark, &m);
	load();
	struct conf_argv a = { 0 };
	push(&a, argv[0], NULL);
	if (defaults)
		push_defaults(&a);
	for (int i = 1; i < argc; ) {
		if (!m.drop[i]) {
			push(&a, argv[i++], NULL);
			continue;
		}
		if (m.drop[i] == 2)
			expand_preset(&a, m.preset[i], NULL, 0);
		i = m.next[i];
	}
	error_where = NULL;
	free(m.drop);
	free(m.preset);
	free(m.next);
	last = a;
	*out = a;
}

/* ---- sctrace config ---- */

/* Which key a parsed option sets, and the value it gives it (-1: none). */
static int key_of(int c, const char *arg, const struct option *longopts, const char **value, int counts[256])
{
	int n = c >= 0 && c < 256 ? ++counts[c] : 0;   /* -yy, -tt, -xx, -qq count */
	if (c == 'e' && arg) {
		const char *eq = strchr(arg, '=');
		size_t len = eq ? (size_t)(eq - arg) : strlen("trace");
		const char *name = eq ? arg : "trace";   /* -e open is -e trace=open */
		*value = eq ? eq + 1 : arg;
		for (size_t k = 0; k < NKEYS; k++)
			if (keys[k].kind == K_VALUE && strlen(keys[k].name) == len && !strncmp(keys[k].name, name, len))
				return (int)k;
		return -1;
	}
	static const struct { char c; const char *values[3]; } counted[] = {
		{ 'y', { "path", "all", "all" } },
		{ 't', { "time", "time,us", "unix,us" } },
		{ 'x', { "non-ascii", "all", "all" } },
		{ 'q', { "attach,personality", "attach,personality,exit", "all" } },
	};
	*value = arg ? arg : "yes";
	for (size_t i = 0; i < ARRAY_SIZE(counted) && !arg; i++)
		if (counted[i].c == c)
			*value = counted[i].values[n > 3 ? 2 : n - 1];
	if (c == 'z' || c == 'Z')
		*value = c == 'z' ? "successful" : "failed";
	if (c == 'Y')
		*value = "comm";
	for (size_t k = 0; k < NKEYS; k++) {
		const struct conf_key *key = &keys[k];
		if ((key->shortopt && key->shortopt == c) || ((c == 'z' || c == 'Z') && !strcmp(key->name, "status")))
			return (int)k;
		for (const struct option *o = longopts; o->name; o++)
			if (o->val == c && !strcmp(o->name, key->option)) {
				if (key->kind == K_FORMAT)
					*value = "json";
				return (int)k;
			}
	}
	return -1;
}

struct effective {
	const char *value[NKEYS], *origin[NKEYS];
	const struct conf_argv *words;
	const struct option *longopts;
	int counts[256];
};

static void attribute(void *ud, int c, int first, int next, const char *arg)
{
	(void)next;
	struct effective *e = ud;
	const char *v;
	int k = key_of(c, arg, e->longopts, &v, e->counts);
	if (k < 0)
		return;
	e->value[k] = v;
	e->origin[k] = e->words->origin[first] ? e->words->origin[first] : "command line";
}

void conf_print(FILE *f, const struct conf_argv *words, const char *shortopts, const struct option *longopts)
{
	struct effective e = { .words = words, .longopts = longopts };
	for (size_t k = 0; k < NKEYS; k++)
		e.value[k] = key_value(k, &e.origin[k]);
	/* the options the files and command line gave, as the parser reads them */
	scan(words->argc, words->argv, true, shortopts, longopts, attribute, &e);
	fprintf(f, "# sctrace's configuration: builtin, then the files, then the command line%s\n",
		no_config ? " (--no-config: no files)" : "");
	static const char *const what[] = { "system", "user" };
	for (int i = 0; i < 2; i++) {
		if (!conf.files[i] && i == 1) {
			fprintf(f, "# %s file: none (SCTRACE_CONFIG is empty, or no HOME)\n", what[i]);
			continue;
		}
		fprintf(f, "# %s file: %s%s\n", what[i], conf.files[i],
			no_config ? " (ignored)" : conf.present[i] ? "" : " (not present)");
	}
	for (size_t k = 0; k < NKEYS; k++) {
		char line[512];
		snprintf(line, sizeof(line), "%s = %s", keys[k].name, e.value[k]);
		fprintf(f, "%-40s # %s; %s\n", line, e.origin[k], keys[k].help);
	}
	for (int i = 0; i < conf.npresets; i++) {
		const struct preset *p = &conf.presets[i];
		if (find_preset(p->name) != p)
			continue;   /* redefined later, or in an ignored file */
		fprintf(f, "\n[preset %s]%*s # %s\n", p->name, (int)(30 - strlen(p->name)), "", p->origin);
		fprintf(f, "options = %s\n", p->options);
		if (p->description)
			fprintf(f, "description = %s\n", p->description);
	}
}
