/*
 * procctx.c - a live process's details from /proc: the seed of the alert
 * engine's process table (src/rules/proctrack.c) for a process whose
 * creation the trace did not show, and the trace store's uid, euid, gid,
 * egid, tty and ancestry columns, so that `sctrace check` on a recording
 * starts from the same facts a live --alert run read.
 */
#include "procctx.h"
#include "common.h"
#include "json.h"
#include "pidinfo.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sysmacros.h>
#include <unistd.h>

#define MAX_ANCESTORS 64

char *procctx_link(int pid, const char *what)
{
	char path[64], buf[4096];
	snprintf(path, sizeof(path), "/proc/%d/%s", pid_proc(pid), what);
	ssize_t n = readlink(path, buf, sizeof(buf) - 1);
	if (n < 0)
		return NULL;
	buf[n] = 0;
	return xstrdup(buf);
}

/* A whole small /proc file (NUL-terminated); NULL if unreadable. */
static char *proc_file(int pid, const char *what, size_t *len)
{
	char path[64];
	snprintf(path, sizeof(path), "/proc/%d/%s", pid_proc(pid), what);
	FILE *f = fopen(path, "re");
	if (!f)
		return NULL;
	size_t cap = 4096, n = 0;
	char *buf = xmalloc(cap);
	size_t got;
	while ((got = fread(buf + n, 1, cap - n - 1, f)) > 0) {
		n += got;
		if (n + 1 >= cap && cap < (1u << 20))
			buf = xrealloc(buf, cap *= 2);
		else if (n + 1 >= cap)
			break;
	}
	fclose(f);
	buf[n] = 0;
	*len = n;
	return buf;
}

char *procctx_tty_name(unsigned tty_nr)
{
	if (!tty_nr)
		return NULL;
	unsigned maj = major(tty_nr), min = minor(tty_nr);
	char buf[48];
	if (maj >= 136 && maj <= 143)
		snprintf(buf, sizeof(buf), "/dev/pts/%u", (maj - 136) * 256 + min);
	else if (maj == 4 && min < 64)
		snprintf(buf, sizeof(buf), "/dev/tty%u", min);
	else if (maj == 4)
		snprintf(buf, sizeof(buf), "/dev/ttyS%u", min - 64);
	else if (maj == 5 && min == 1)
		snprintf(buf, sizeof(buf), "/dev/console");
	else
		snprintf(buf, sizeof(buf), "tty(%u:%u)", maj, min);
	return xstrdup(buf);
}

/* ppid and tty_nr from /proc/PID/stat (after the last ')', the comm may hold anything) */
static bool read_stat(int pid, int *ppid, unsigned *tty_nr)
{
	size_t n;
	char *s = proc_file(pid, "stat", &n);
	if (!s)
		return false;
	char *p = strrchr(s, ')');
	int pp = 0, pgrp, sess;
	unsigned tty = 0;
	char state;
	bool ok = p && sscanf(p + 1, " %c %d %d %d %u", &state, &pp, &pgrp, &sess, &tty) == 5;
	free(s);
	*ppid = pp;
	*tty_nr = tty;
	return ok;
}

static void read_ids(int pid, struct procctx *c)
{
	size_t n;
	char *s = proc_file(pid, "status", &n);
	if (!s)
		return;
	char *u = strstr(s, "\nUid:"), *g = strstr(s, "\nGid:");
	int su, fu;
	if (u && g && sscanf(u + 5, "%d %d %d %d", &c->uid, &c->euid, &su, &fu) == 4 &&
	    sscanf(g + 5, "%d %d %d %d", &c->gid, &c->egid, &su, &fu) == 4)
		c->have_ids = true;
	free(s);
}

static void read_argv(int pid, struct procctx *c)
{
	size_t n;
	char *s = proc_file(pid, "cmdline", &n);
	if (!s)
		return;
	for (size_t i = 0; i < n; i += strlen(s + i) + 1) {
		c->argv = xrealloc(c->argv, (c->argc + 1) * sizeof(char *));
		c->argv[c->argc++] = xstrdup(s + i);
	}
	free(s);
}

static bool read_one(int pid, struct procctx *c)
{
	memset(c, 0, sizeof(*c));
	c->pid = pid;
	unsigned tty_nr;
	if (!read_stat(pid, &c->ppid, &tty_nr))
		return false;
	c->tty = procctx_tty_name(tty_nr);
	c->have_tty = true;
	size_t n;
	char *comm = proc_file(pid, "comm", &n);
	if (comm) {
		comm[strcspn(comm, "\n")] = 0;
		snprintf(c->comm, sizeof(c->comm), "%s", comm);
		free(comm);
	}
	c->exe = procctx_link(pid, "exe");
	c->cwd = procctx_link(pid, "cwd");
	read_ids(pid, c);
	read_argv(pid, c);
	return true;
}

bool procctx_read_ids(int pid, struct procctx *out)
{
	memset(out, 0, sizeof(*out));
	out->pid = pid;
	unsigned tty_nr;
	if (!read_stat(pid, &out->ppid, &tty_nr))
		return false;
	out->tty = procctx_tty_name(tty_nr);
	out->have_tty = true;
	read_ids(pid, out);
	return true;
}

bool procctx_read(int pid, struct procctx *out, bool anc)
{
	if (!read_one(pid, out))
		return false;
	for (int pp = out->ppid; anc && pp > 0 && out->nanc < MAX_ANCESTORS; ) {
		struct procctx a;
		if (!read_one(pp, &a))
			break;
		out->anc = xrealloc(out->anc, (out->nanc + 1) * sizeof(*out->anc));
		out->anc[out->nanc++] = a;
		pp = a.ppid;
	}
	return true;
}

void procctx_free(struct procctx *c)
{
	free(c->exe);
	free(c->cwd);
	free(c->tty);
	for (int i = 0; i < c->argc; i++)
		free(c->argv[i]);
	free(c->argv);
	for (int i = 0; i < c->nanc; i++)
		procctx_free(&c->anc[i]);
	free(c->anc);
	memset(c, 0, sizeof(*c));
}

static void put_opt_text(struct sbuf *b, const char *s)
{
	if (s)
		json_text(b, s, strlen(s));
	else
		sbuf_puts(b, "null");
}

void procctx_ancestry_json(const struct procctx *c, struct sbuf *b)
{
	sbuf_putc(b, '[');
	for (int i = 0; i < c->nanc; i++) {
		const struct procctx *a = &c->anc[i];
		sbuf_printf(b, "%s{\"pid\":%d,\"comm\":", i ? "," : "", a->pid);
		json_text(b, a->comm, strlen(a->comm));
		sbuf_puts(b, ",\"exe\":");
		put_opt_text(b, a->exe);
		sbuf_puts(b, ",\"argv\":[");
		for (int j = 0; j < a->argc; j++) {
			if (j)
				sbuf_putc(b, ',');
			json_text(b, a->argv[j], strlen(a->argv[j]));
		}
		sbuf_puts(b, "]}");
	}
	sbuf_putc(b, ']');
}
