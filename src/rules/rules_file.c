/*
 * rules_file.c - reading rule files (the format is in docs/RULES.md):
 *
 *   list NAME = item, item, ...        a list (+= appends to an earlier one)
 *   macro NAME = CONDITION             a named condition
 *   rule NAME                          a rule, or changes to an earlier one:
 *     condition: CONDITION               keys indented below it; a value
 *     output: TEXT with %fields          continues on further indented lines
 *     priority: warning
 *     tags: a, b
 *     enabled: false
 *
 * Files are read in order and later ones win: a list, macro or rule given
 * again replaces (a rule: the keys given), so a user's file can disable or
 * tune a shipped rule without editing it.  This file only reads; the
 * conditions are compiled when every file is in (rules_cond.c).
 */
#include "rules.h"
#include "common.h"
#include "sbuf.h"

#include <ctype.h>

#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "rules_default.h"   /* generated: asset_default_rules, src/rules/default.rules */

static const char *const prio_names[] = {
	"emergency", "alert", "critical", "error", "warning", "notice", "info", "debug",
};

const char *prio_name(int prio)
{
	return prio >= 0 && prio < PRIO_NONE ? prio_names[prio] : "none";
}

int prio_by_name(const char *name)
{
	for (int i = 0; i < PRIO_NONE; i++)
		if (!strcasecmp(name, prio_names[i]))
			return i;
	return -1;
}

struct rp {
	struct ruleset *rs;
	const char *file;
	int line;
	/* the open block */
	enum { B_NONE, B_LIST, B_MACRO, B_RULE } block;
	int idx;             /* its list/macro/rule */
	int key;             /* the rule key being read (enum below), -1 none */
	struct sbuf val;     /* the value being read (list items, macro text, rule key) */
	int val_line;
	bool append;         /* list += */
};

enum { K_CONDITION, K_OUTPUT, K_PRIORITY, K_TAGS, K_ENABLED, K_DESC, K_NKEYS };
static const char *const key_names[K_NKEYS] = { "condition", "output", "priority", "tags", "enabled", "desc" };

static bool fail(struct rp *p, int line, const char *fmt, ...) ATTR_PRINTF(3, 4);
static bool fail(struct rp *p, int line, const char *fmt, ...)
{
	int n = snprintf(p->rs->err, sizeof(p->rs->err), "%s:%d: ", p->file, line);
	va_list ap;
	va_start(ap, fmt);
	if (n > 0 && (size_t)n < sizeof(p->rs->err))
		vsnprintf(p->rs->err + n, sizeof(p->rs->err) - n, fmt, ap);
	va_end(ap);
	return false;
}

static char *trim(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	size_t l = strlen(s);
	while (l && (s[l - 1] == ' ' || s[l - 1] == '\t' || s[l - 1] == '\r'))
		s[--l] = 0;
	return s;
}

static bool valid_name(const char *s)
{
	if (!*s)
		return false;
	for (; *s; s++)
		if (!(isalnum((unsigned char)*s) || *s == '_' || *s == '-' || *s == '.'))
			return false;
	return true;
}

static char *val_text(struct rp *p)
{
	sbuf_putc(&p->val, 0);
	char *s = xstrdup(trim(p->val.p));
	p->val.len = 0;
	return s;
}

/* comma-separated items, each trimmed, quotes removed */
static int split_items(char *s, char ***out)
{
	int n = 0;
	*out = NULL;
	for (char *tok = s; tok; ) {
		char *comma = strchr(tok, ',');
		if (comma)
			*comma = 0;
		char *t = trim(tok);
		size_t l = strlen(t);
		if (l >= 2 && (t[0] == '"' || t[0] == '\'') && t[l - 1] == t[0]) {
			t[l - 1] = 0;
			t++;
		}
		if (*t) {
			*out = xrealloc(*out, (n + 1) * sizeof(char *));
			(*out)[n++] = xstrdup(t);
		}
		tok = comma ? comma + 1 : NULL;
	}
	return n;
}

static void free_strv(char **v, int n)
{
	for (int i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

/* the value read for the open block's key is complete */
static bool end_value(struct rp *p)
{
	struct ruleset *rs = p->rs;
	if (p->block == B_LIST) {
		struct rlist *l = &rs->lists[p->idx];
		char *text = val_text(p);
		char **items;
		int n = split_items(text, &items);
		free(text);
		l->items = xrealloc(l->items, (l->n + n + 1) * sizeof(char *));
		if (n)
			memcpy(l->items + l->n, items, n * sizeof(char *));
		l->n += n;
		free(items);
	} else if (p->block == B_MACRO) {
		struct rmacro *m = &rs->macros[p->idx];
		free(m->text);
		m->text = val_text(p);
		if (!*m->text)
			return fail(p, p->val_line, "macro '%s' is empty", m->name);
	} else if (p->block == B_RULE && p->key >= 0) {
		struct rule *r = &rs->rules[p->idx];
		char *v = val_text(p);
		switch (p->key) {
		case K_CONDITION:
			free(r->cond);
			r->cond = v;
			r->cond_file = p->file;
			r->cond_line = p->val_line;
			if (!*v)
				return fail(p, p->val_line, "rule '%s': empty condition", r->name);
			return true;
		case K_OUTPUT:
			free(r->output);
			r->output = v;
			r->out_file = p->file;
			r->out_line = p->val_line;
			return true;
		case K_PRIORITY:
			r->prio = prio_by_name(v);
			if (r->prio < 0) {
				fail(p, p->val_line, "unknown priority '%s' (emergency alert critical error warning "
				     "notice info debug)", v);
				free(v);
				return false;
			}
			break;
		case K_TAGS:
			free_strv(r->tags, r->ntags);
			r->ntags = split_items(v, &r->tags);
			break;
		case K_ENABLED:
			if (!strcmp(v, "true") || !strcmp(v, "yes"))
				r->enabled = true;
			else if (!strcmp(v, "false") || !strcmp(v, "no"))
				r->enabled = false;
			else {
				fail(p, p->val_line, "enabled: is true or false, not '%s'", v);
				free(v);
				return false;
			}
			break;
		case K_DESC:
			free(r->desc);
			r->desc = v;
			p->key = -1;
			return true;
		}
		free(v);
	}
	p->key = -1;
	return true;
}

static int find_rule(struct ruleset *rs, const char *name)
{
	for (int i = 0; i < rs->nrules; i++)
		if (!strcmp(rs->rules[i].name, name))
			return i;
	return -1;
}

static void new_list(struct rp *p, const char *name, bool append)
{
	struct ruleset *rs = p->rs;
	for (int i = rs->nlists - 1; append && i >= 0; i--)
		if (!strcmp(rs->lists[i].name, name)) {
			p->idx = i;
			return;
		}
	for (int i = 0; i < rs->nlists; i++)
		if (!strcmp(rs->lists[i].name, name)) {   /* given again: replaced */
			free_strv(rs->lists[i].items, rs->lists[i].n);
			rs->lists[i].items = NULL;
			rs->lists[i].n = 0;
			rs->lists[i].file = p->file;
			rs->lists[i].line = p->line;
			p->idx = i;
			return;
		}
	rs->lists = xrealloc(rs->lists, (rs->nlists + 1) * sizeof(*rs->lists));
	rs->lists[rs->nlists] = (struct rlist){ xstrdup(name), NULL, 0, p->file, p->line };
	p->idx = rs->nlists++;
}

static void new_macro(struct rp *p, const char *name)
{
	struct ruleset *rs = p->rs;
	for (int i = 0; i < rs->nmacros; i++)
		if (!strcmp(rs->macros[i].name, name)) {
			rs->macros[i].file = p->file;
			rs->macros[i].line = p->line;
			p->idx = i;
			return;
		}
	rs->macros = xrealloc(rs->macros, (rs->nmacros + 1) * sizeof(*rs->macros));
	rs->macros[rs->nmacros] = (struct rmacro){ .name = xstrdup(name), .file = p->file, .line = p->line };
	p->idx = rs->nmacros++;
}

static void new_rule(struct rp *p, const char *name)
{
	struct ruleset *rs = p->rs;
	int i = find_rule(rs, name);
	if (i < 0) {
		rs->rules = xrealloc(rs->rules, (rs->nrules + 1) * sizeof(*rs->rules));
		rs->rules[rs->nrules] = (struct rule){ .name = xstrdup(name), .prio = PRIO_NONE, .enabled = true,
						       .file = p->file, .line = p->line };
		i = rs->nrules++;
	}
	p->idx = i;
}

/* "list NAME = ...", "macro NAME = ...", "rule NAME" */
static bool top_line(struct rp *p, char *s)
{
	char *sp = s + strcspn(s, " \t");
	char *rest = trim(sp);
	if (*sp)
		*sp = 0;
	bool is_list = !strcmp(s, "list"), is_macro = !strcmp(s, "macro"), is_rule = !strcmp(s, "rule");
	if (!is_list && !is_macro && !is_rule)
		return fail(p, p->line, "expected 'list', 'macro' or 'rule', not '%s'", s);
	if (is_rule) {
		if (!valid_name(rest))
			return fail(p, p->line, "rule needs a name (letters, digits, _ - .), not '%s'", rest);
		new_rule(p, rest);
		p->block = B_RULE;
		p->key = -1;
		return true;
	}
	char *eq = strchr(rest, '=');
	if (!eq)
		return fail(p, p->line, "expected '%s NAME = ...'", s);
	bool append = eq > rest && eq[-1] == '+';
	if (append && is_macro)
		return fail(p, p->line, "'+=' appends to lists only");
	char *name_end = append ? eq - 1 : eq;
	*name_end = 0;
	char *name = trim(rest);
	if (!valid_name(name))
		return fail(p, p->line, "%s needs a name (letters, digits, _ - .), not '%s'", s, name);
	if (is_list) {
		new_list(p, name, append);
		p->block = B_LIST;
	} else {
		new_macro(p, name);
		p->block = B_MACRO;
	}
	p->val.len = 0;
	sbuf_puts(&p->val, eq + 1);
	p->val_line = p->line;
	return true;
}

/* an indented line: a rule's "key: value", or a continuation */
static bool inner_line(struct rp *p, char *s)
{
	if (p->block == B_NONE)
		return fail(p, p->line, "indented line outside a list, macro or rule");
	if (p->block == B_RULE) {
		size_t l = strcspn(s, ":");
		for (int k = 0; s[l] == ':' && k < K_NKEYS; k++)
			if (strlen(key_names[k]) == l && !strncmp(s, key_names[k], l)) {
				if (!end_value(p))
					return false;
				p->key = k;
				p->val.len = 0;
				sbuf_puts(&p->val, s + l + 1);
				p->val_line = p->line;
				return true;
			}
		if (p->key < 0) {
			char word[64];
			snprintf(word, sizeof(word), "%.*s", (int)(l < 60 ? l : 60), s);
			return fail(p, p->line, "unknown rule key '%s' (condition output priority tags enabled desc)",
				    word);
		}
	}
	sbuf_putc(&p->val, p->block == B_RULE && (p->key == K_OUTPUT || p->key == K_DESC) ? ' ' : '\n');
	sbuf_puts(&p->val, s);
	return true;
}

static bool end_block(struct rp *p)
{
	if (p->block != B_NONE && !end_value(p))
		return false;
	p->block = B_NONE;
	p->key = -1;
	return true;
}

bool ruleset_load_text(struct ruleset *rs, const char *name, const char *text)
{
	rs->files = xrealloc(rs->files, (rs->nfiles + 1) * sizeof(char *));
	rs->files[rs->nfiles++] = xstrdup(name);
	struct rp p = { .rs = rs, .file = rs->files[rs->nfiles - 1], .key = -1 };
	bool ok = true;
	for (const char *s = text; ok && *s; ) {
		size_t l = strcspn(s, "\n");
		char *line = strndup(s, l);
		p.line++;
		s += l + (s[l] == '\n');
		char *t = trim(line);
		bool indented = line[0] == ' ' || line[0] == '\t';
		if (!*t || *t == '#')
			;
		else if (!indented)
			ok = end_block(&p) && top_line(&p, t);
		else
			ok = inner_line(&p, t);
		free(line);
	}
	if (ok)
		ok = end_block(&p);
	sbuf_free(&p.val);
	return ok;
}

bool ruleset_load_file(struct ruleset *rs, const char *path)
{
	FILE *f = fopen(path, "re");
	if (!f) {
		snprintf(rs->err, sizeof(rs->err), "%s: %s", path, strerror(errno));
		return false;
	}
	struct sbuf b = { 0 };
	char buf[8192];
	size_t n;
	errno = 0;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		sbuf_putn(&b, buf, n);
	int err = ferror(f) ? (errno ? errno : EIO) : 0;
	fclose(f);
	sbuf_putc(&b, 0);
	if (err || memchr(b.p, 0, b.len - 1)) {
		snprintf(rs->err, sizeof(rs->err), "%s: %s", path, err ? strerror(err) : "not a text file (a NUL byte)");
		sbuf_free(&b);
		return false;
	}
	bool ok = ruleset_load_text(rs, path, b.p);
	sbuf_free(&b);
	return ok;
}

bool ruleset_load_default(struct ruleset *rs)
{
	return ruleset_load_text(rs, "<shipped>/default.rules", asset_default_rules);
}

/* every rule that is on has what it needs */
static bool check_complete(struct ruleset *rs)
{
	for (int i = 0; i < rs->nrules; i++) {
		struct rule *r = &rs->rules[i];
		const char *missing = !r->cond ? "condition" : !r->output ? "output" : r->prio == PRIO_NONE ? "priority" : NULL;
		if (r->enabled && missing) {
			snprintf(rs->err, sizeof(rs->err), "%s:%d: rule '%s' has no %s", r->file, r->line, r->name, missing);
			return false;
		}
	}
	return true;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* the *.rules files of a directory, in name order */
static bool load_dir(struct ruleset *rs, const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return true;
	char **names = NULL;
	int n = 0;
	for (struct dirent *de; (de = readdir(d)); ) {
		size_t l = strlen(de->d_name);
		if (l > 6 && !strcmp(de->d_name + l - 6, ".rules") && de->d_name[0] != '.') {
			names = xrealloc(names, (n + 1) * sizeof(char *));
			names[n] = xmalloc(strlen(dir) + l + 2);
			sprintf(names[n++], "%s/%s", dir, de->d_name);
		}
	}
	closedir(d);
	qsort(names, n, sizeof(char *), cmp_str);
	bool ok = true;
	for (int i = 0; i < n; i++) {
		if (ok)
			ok = ruleset_load_file(rs, names[i]);
		free(names[i]);
	}
	free(names);
	return ok;
}

void ruleset_setup(struct ruleset *rs, char **files, int nfiles, bool no_default)
{
	bool ok = true;
	if (!no_default) {
		ok = ruleset_load_default(rs) && load_dir(rs, "/etc/sctrace/rules.d");
		const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");
		char dir[4096];
		if (xdg && *xdg)
			snprintf(dir, sizeof(dir), "%s/sctrace/rules.d", xdg);
		else
			snprintf(dir, sizeof(dir), "%s/.config/sctrace/rules.d", home ? home : "");
		if (ok && (xdg || home))
			ok = load_dir(rs, dir);
	}
	for (int i = 0; ok && i < nfiles; i++)
		ok = ruleset_load_file(rs, files[i]);
	ok = ok && check_complete(rs) && ruleset_compile(rs);
	if (!ok)
		die("%s", rs->err);
	int on = 0;
	for (int i = 0; i < rs->nrules; i++)
		on += rs->rules[i].enabled;
	if (!on)
		die("no rules are enabled (%d loaded)", rs->nrules);
}

void ruleset_free(struct ruleset *rs)
{
	rules_free_compiled(rs);
	for (int i = 0; i < rs->nlists; i++) {
		free(rs->lists[i].name);
		free_strv(rs->lists[i].items, rs->lists[i].n);
	}
	free(rs->lists);
	for (int i = 0; i < rs->nmacros; i++) {
		free(rs->macros[i].name);
		free(rs->macros[i].text);
	}
	free(rs->macros);
	for (int i = 0; i < rs->nrules; i++) {
		struct rule *r = &rs->rules[i];
		free(r->name);
		free(r->cond);
		free(r->output);
		free(r->desc);
		free_strv(r->tags, r->ntags);
	}
	free(rs->rules);
	free_strv(rs->files, rs->nfiles);
	memset(rs, 0, sizeof(*rs));
}
