/*
 * pidinfo.c - what --decode-pids prints after a process id, and how a
 * tracer-side process id is found in /proc.
 *
 * comm (-Y): the command name the kernel has for the pid now, "1234<bash>",
 * read from /proc/PID/comm when the line is printed, as strace does.  A pid
 * that names no live process (0, -1, a reaped child) gets nothing.
 *
 * pidns (--pidns-translation): a pid a tracee in another pid namespace
 * passes or gets back is followed by its number in the tracer's namespace,
 * " / * 3730 in strace's PID NS * /".  The NStgid:/NSpid:/NSpgid:/NSsid:
 * lines of /proc/P/status list a task's ids in every namespace from /proc's
 * down to its own, so the tracee's depth and the tracer's (read from
 * /proc/self/status) pick the two columns to match.  /proc need not belong to
 * the tracer's namespace (a tracer run inside "unshare -pf" with the outer
 * /proc): a tracer-side pid is then first looked up in /proc (pid_proc).
 * A pid that is neither the tracee's own id nor found in the cache is looked
 * for in every /proc entry (then every thread), and a candidate counts only if
 * its namespace at the tracee's depth is the tracee's (NS_GET_PARENT walks).
 */
#include "pidinfo.h"

#include "config.h"

#include <dirent.h>
#include <fcntl.h>
#include <linux/nsfs.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#define PID_LIMIT 4194304   /* PID_MAX_LIMIT: no pid is larger */
#define MAX_LEVELS 33       /* MAX_PID_NS_LEVEL 32, plus the initial namespace */

static int decode_pids;

void pidinfo_init(int flags) { decode_pids = flags; }

size_t pid_comm(int pid, char *buf, size_t size)
{
	if (pid <= 0 || size < 2)
		return 0;
	char path[32];
	snprintf(path, sizeof(path), "/proc/%d/comm", pid_proc(pid));
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, buf, size - 1);
	close(fd);
	if (n <= 0)
		return 0;
	if (buf[n - 1] == '\n')
		n--;
	buf[n] = '\0';
	return (size_t)n;
}

void put_comm(struct sbuf *b, const char *comm)
{
	sbuf_putc(b, '<');
	for (const unsigned char *p = (const unsigned char *)comm; *p; p++) {
		if (*p == '\\') {
			sbuf_puts(b, "\\\\");
		} else if (*p < 0x20 || *p >= 0x7f || *p == '<' || *p == '>') {
			/* octal, as short as it can be unless a digit follows */
			bool full = p[1] >= '0' && p[1] <= '7';
			sbuf_printf(b, full ? "\\%03o" : "\\%o", *p);
		} else {
			sbuf_putc(b, (char)*p);
		}
	}
	sbuf_putc(b, '>');
}

/* ---- a task's ids in each namespace, from /proc/.../status ---- */

enum { ID_TGID, ID_PID, ID_PGID, ID_SID, ID_KINDS };
static const char *const id_tags[ID_KINDS] = { "NStgid:", "NSpid:", "NSpgid:", "NSsid:" };

struct nsids {
	int cnt[ID_KINDS];
	int id[ID_KINDS][MAX_LEVELS];
};

/* dir: "/proc/P" or "/proc/P/task/T" */
static bool read_nsids(const char *dir, struct nsids *s)
{
	char path[80], buf[8192];
	snprintf(path, sizeof(path), "%s/status", dir);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	ssize_t n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	if (n <= 0)
		return false;
	buf[n] = '\0';
	memset(s->cnt, 0, sizeof(s->cnt));
	for (int k = 0; k < ID_KINDS; k++) {
		char *p = strstr(buf, id_tags[k]);
		if (!p)
			continue;
		p += strlen(id_tags[k]);
		while (*p != '\n' && *p && s->cnt[k] < MAX_LEVELS) {
			char *end;
			long v = strtol(p, &end, 10);
			if (end == p)
				break;
			s->id[k][s->cnt[k]++] = (int)v;
			p = end;
		}
	}
	return s->cnt[ID_PID] > 0;
}

/* The namespace of dir's task, or of its ancestor up levels up */
static bool ns_ino_at(const char *dir, int up, ino_t *ino)
{
	char path[80];
	snprintf(path, sizeof(path), "%s/ns/pid", dir);
	struct stat st;
	if (up == 0) {
		if (stat(path, &st) != 0)
			return false;
		*ino = st.st_ino;
		return true;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return false;
	for (; up > 0; up--) {
		int parent = ioctl(fd, NS_GET_PARENT);
		close(fd);
		if (parent < 0)
			return false;
		fd = parent;
	}
	bool ok = fstat(fd, &st) == 0;
	close(fd);
	if (ok)
		*ino = st.st_ino;
	return ok;
}

/* The tracer: its depth below /proc's namespace and its namespace */
static struct {
	bool known, off;
	int level;
	ino_t ino;
} me;

static void know_me(void)
{
	if (me.known)
		return;
	me.known = true;
	struct nsids s;
	/* no /proc/self: /proc is of a namespace the tracer is not in; take pids as they are */
	if (!read_nsids("/proc/self", &s) || !ns_ino_at("/proc/self", 0, &me.ino)) {
		me.off = true;
		return;
	}
	me.level = s.cnt[ID_PID] - 1;
}

/* id at depth lvl (in the namespace ino) -> the same task's id at depth want: search /proc */
static int scan_proc(int lvl, ino_t ino, int id, int want, int *where)
{
	for (int pass = 0; pass < 2; pass++) {   /* processes, then their threads */
		DIR *d = opendir("/proc");
		if (!d)
			return 0;
		struct dirent *de;
		int found = 0;
		while (!found && (de = readdir(d))) {
			int q = atoi(de->d_name);
			if (q <= 0)
				continue;
			char dir[64];
			DIR *td = NULL;
			if (pass == 1) {
				snprintf(dir, sizeof(dir), "/proc/%d/task", q);
				if (!(td = opendir(dir)))
					continue;
			}
			struct dirent *te = NULL;
			do {
				if (pass == 0) {
					snprintf(dir, sizeof(dir), "/proc/%d", q);
				} else {
					if (!(te = readdir(td)))
						break;
					int t = atoi(te->d_name);
					if (t <= 0 || t == q)
						continue;
					snprintf(dir, sizeof(dir), "/proc/%d/task/%d", q, t);
				}
				struct nsids s;
				if (!read_nsids(dir, &s))
					continue;
				int depth = s.cnt[ID_PID] - 1;
				if (depth < lvl)
					continue;
				for (int k = 0; k < ID_KINDS && !found; k++) {
					if (pass == 1 && k != ID_PID)
						break;   /* a thread's group ids are its leader's */
					if (s.cnt[k] > lvl && s.id[k][lvl] == id && s.id[k][want] > 0) {
						ino_t at;
						if (ns_ino_at(dir, depth - lvl, &at) && at == ino) {
							found = s.id[k][want];
							*where = pass == 0 ? q : s.id[ID_PID][0];
						}
					}
				}
			} while (pass == 1 && !found);
			if (td)
				closedir(td);
		}
		closedir(d);
		if (found)
			return found;
	}
	return 0;
}

/* A small cache of found ids; each use is checked against /proc first. */
struct found {
	ino_t ino;   /* the namespace id is in */
	int id, result, where;   /* where: the /proc entry it was found in */
};
#define NFOUND 64
static struct found cache[NFOUND];
static unsigned cache_next;

static int cached(ino_t ino, int id, int lvl, int want)
{
	for (int i = 0; i < NFOUND; i++) {
		struct found *f = &cache[i];
		if (f->id != id || f->ino != ino || !f->result)
			continue;
		char dir[32];
		struct nsids s;
		snprintf(dir, sizeof(dir), "/proc/%d", f->where);
		if (read_nsids(dir, &s))
			for (int k = 0; k < ID_KINDS; k++)
				if (s.cnt[k] > lvl && s.id[k][lvl] == id && s.id[k][want] == f->result)
					return f->result;
		f->result = 0;   /* stale */
	}
	return 0;
}

static int lookup(ino_t ino, int id, int lvl, int want)
{
	int r = cached(ino, id, lvl, want);
	if (r)
		return r;
	int where = 0;
	r = scan_proc(lvl, ino, id, want, &where);
	if (r) {
		cache[cache_next % NFOUND] = (struct found){ ino, id, r, where };
		cache_next++;
	}
	return r;
}

int pid_proc(int pid)
{
	know_me();
	if (me.off || me.level == 0 || pid <= 0 || pid > PID_LIMIT)
		return pid;
	int r = lookup(me.ino, pid, me.level, 0);
	return r ? r : pid;
}

int pid_ns_translate(int tid, int id)
{
	know_me();
	if (me.off)
		return 0;
	char dir[32];
	struct nsids s;
	ino_t ino;
	snprintf(dir, sizeof(dir), "/proc/%d", pid_proc(tid));
	if (!ns_ino_at(dir, 0, &ino) || ino == me.ino)
		return 0;   /* the tracer's namespace: one stat, the common case */
	if (!read_nsids(dir, &s))
		return 0;
	int lvl = s.cnt[ID_PID] - 1;
	if (lvl <= me.level || s.id[ID_PID][me.level] != tid)
		return 0;   /* the tracer's namespace (or not the tracee) */
	if (id <= 0 || id > PID_LIMIT)
		return -1;
	for (int k = 0; k < ID_KINDS; k++)   /* its own ids, the usual case */
		if (s.cnt[k] > lvl && s.id[k][lvl] == id && s.id[k][me.level] > 0)
			return s.id[k][me.level];
	int r = lookup(ino, id, lvl, me.level);
	return r ? r : -1;
}

void pid_note(struct sbuf *b, int tid, int pid, unsigned kind)
{
	int id = pid;
	if ((kind & VPID_KILL) && pid < 0 && pid != -2147483647 - 1)
		id = -pid;   /* kill(-pgid): the process group */
	/* -Y alone translates too: the command is the translated pid's */
	int ours = id > 0 ? pid_ns_translate(tid, id) : 0;
	if ((decode_pids & DECODE_PIDS_COMM) && id == pid && !(kind & VPID_GROUP) && ours >= 0) {
		char comm[64];
		if (pid_comm(ours ? ours : pid, comm, sizeof(comm)))
			put_comm(b, comm);
	}
	if ((decode_pids & DECODE_PIDS_PIDNS) && ours > 0)
		sbuf_printf(b, " /* %d in strace's PID NS */", ours);
}
