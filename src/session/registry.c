/*
 * registry.c - background sessions by name: the runtime directory, the
 * NAME.info description each session's tracer writes, and telling running,
 * ended and dead sessions apart (registry.h).
 */
#include "registry.h"
#include "common.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

bool registry_valid_name(const char *name)
{
	size_t n = strlen(name);
	if (!n || n > SESSION_NAME_MAX || name[0] == '.' || name[0] == '-')
		return false;
	return strspn(name, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-") == n;
}

static void default_dir(char *buf, size_t n)
{
	const char *env = getenv("SCTRACE_RUNTIME_DIR");
	const char *xdg = getenv("XDG_RUNTIME_DIR");
	if (env && *env)
		snprintf(buf, n, "%s", env);
	else if (geteuid() == 0)
		snprintf(buf, n, "/run/sctrace");
	else if (xdg && *xdg)
		snprintf(buf, n, "%s/sctrace", xdg);
	else
		snprintf(buf, n, "/tmp/sctrace-%u", (unsigned)geteuid());
}

const char *registry_dir(bool create, char *err, size_t errlen)
{
	static char dir[PATH_MAX];
	default_dir(dir, sizeof(dir));
	if (!create)
		return dir;
	if (mkdir(dir, 0700) < 0 && errno != EEXIST) {
		snprintf(err, errlen, "cannot create the session directory %s: %s", dir, strerror(errno));
		return NULL;
	}
	struct stat st;
	if (lstat(dir, &st) < 0 || !S_ISDIR(st.st_mode)) {
		snprintf(err, errlen, "%s: not a directory", dir);
		return NULL;
	}
	if (st.st_uid != geteuid() || (st.st_mode & 077)) {
		snprintf(err, errlen, "%s: must belong to you and have mode 0700 (it is %o, owner %u)", dir,
			 (unsigned)(st.st_mode & 07777), (unsigned)st.st_uid);
		return NULL;
	}
	return dir;
}

void registry_file(const struct session_info *s, const char *ext, char *buf, size_t n)
{
	snprintf(buf, n, "%s/%s.%s", s->dir, s->name, ext);
}

unsigned long long registry_proc_starttime(int pid)
{
	char path[64], line[1024];
	snprintf(path, sizeof(path), "/proc/%d/stat", pid);
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	ssize_t n = read(fd, line, sizeof(line) - 1);
	close(fd);
	if (n <= 0)
		return 0;
	line[n] = 0;
	/* after "(comm)", which may hold spaces: state is field 3, start time 22 */
	char *p = strrchr(line, ')');
	if (!p)
		return 0;
	unsigned long long v = 0;
	int field = 2;
	for (char *tok = strtok(p + 1, " "); tok; tok = strtok(NULL, " "))
		if (++field == 3 && (*tok == 'Z' || *tok == 'X'))
			return 0;   /* a zombie: the tracer is gone, only not yet reaped */
		else if (field == 22) {
			v = strtoull(tok, NULL, 10);
			break;
		}
	return v;
}

/*
 * Files are removed or rewritten only in a directory of the caller's own:
 * root lists every user's sessions, but a directory a user controls could
 * be a symlink to anywhere.
 */
static bool dir_is_mine(const char *dir)
{
	struct stat st;
	return lstat(dir, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == geteuid();
}

static const char *const state_names[] = { "running", "ended", "dead" };

static void put_kv(FILE *f, const char *k, const char *v)
{
	/* values are one line: a newline in a command line becomes a space */
	fprintf(f, "%s=", k);
	for (; *v; v++)
		fputc(*v == '\n' ? ' ' : *v, f);
	fputc('\n', f);
}

bool registry_write(const struct session_info *s)
{
	char path[PATH_MAX + 16], tmp[PATH_MAX + 32];
	registry_file(s, "info", path, sizeof(path));
	snprintf(tmp, sizeof(tmp), "%s.%d.tmp", path, (int)getpid());
	int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
	if (fd < 0)
		return false;
	FILE *f = fdopen(fd, "w");
	if (!f) {
		close(fd);
		return false;
	}
	char num[64];
	put_kv(f, "name", s->name);
	put_kv(f, "state", state_names[s->state]);
	snprintf(num, sizeof(num), "%d", s->pid);
	put_kv(f, "pid", num);
	snprintf(num, sizeof(num), "%llu", s->starttime);
	put_kv(f, "starttime", num);
	snprintf(num, sizeof(num), "%u", (unsigned)s->uid);
	put_kv(f, "uid", num);
	put_kv(f, "store", s->store);
	put_kv(f, "cmd_output", s->cmd_output);
	put_kv(f, "command", s->command);
	put_kv(f, "backend", s->backend);
	put_kv(f, "reason", s->reason);
	snprintf(num, sizeof(num), "%lld", (long long)s->started_ns);
	put_kv(f, "started_ns", num);
	snprintf(num, sizeof(num), "%lld", (long long)s->ended_ns);
	put_kv(f, "ended_ns", num);
	bool ok = fflush(f) == 0 && !ferror(f);
	fclose(f);
	if (!ok || rename(tmp, path) < 0) {
		unlink(tmp);
		return false;
	}
	return true;
}

static void set_str(char *dst, size_t n, const char *v)
{
	snprintf(dst, n, "%s", v);
}

static bool read_info(const char *dir, const char *name, struct session_info *s)
{
	memset(s, 0, sizeof(*s));
	set_str(s->dir, sizeof(s->dir), dir);
	set_str(s->name, sizeof(s->name), name);
	char path[PATH_MAX + 16];
	registry_file(s, "info", path, sizeof(path));
	FILE *f = fopen(path, "re");
	if (!f)
		return false;
	char line[4096];
	bool have_state = false;
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = 0;
		char *eq = strchr(line, '=');
		if (!eq)
			continue;
		*eq = 0;
		const char *k = line, *v = eq + 1;
		if (!strcmp(k, "state")) {
			for (int i = 0; i < 3; i++)
				if (!strcmp(v, state_names[i])) {
					s->state = (enum session_state)i;
					have_state = true;
				}
		} else if (!strcmp(k, "pid")) {
			s->pid = atoi(v);
		} else if (!strcmp(k, "starttime")) {
			s->starttime = strtoull(v, NULL, 10);
		} else if (!strcmp(k, "uid")) {
			s->uid = (uid_t)strtoul(v, NULL, 10);
		} else if (!strcmp(k, "store")) {
			set_str(s->store, sizeof(s->store), v);
		} else if (!strcmp(k, "cmd_output")) {
			set_str(s->cmd_output, sizeof(s->cmd_output), v);
		} else if (!strcmp(k, "command")) {
			set_str(s->command, sizeof(s->command), v);
		} else if (!strcmp(k, "backend")) {
			set_str(s->backend, sizeof(s->backend), v);
		} else if (!strcmp(k, "reason")) {
			set_str(s->reason, sizeof(s->reason), v);
		} else if (!strcmp(k, "started_ns")) {
			s->started_ns = strtoll(v, NULL, 10);
		} else if (!strcmp(k, "ended_ns")) {
			s->ended_ns = strtoll(v, NULL, 10);
		}
	}
	fclose(f);
	return have_state && s->pid > 0;
}

/* A running session whose tracer is gone is dead: say so in its info, remove its socket. */
static void check_alive(struct session_info *s)
{
	if (s->state != SESSION_RUNNING)
		return;
	unsigned long long st = registry_proc_starttime(s->pid);
	if (st && st == s->starttime)
		return;
	s->state = SESSION_DEAD;
	snprintf(s->reason, sizeof(s->reason), "its tracer (pid %d) is gone", s->pid);
	if (!dir_is_mine(s->dir))
		return;   /* not ours to clean */
	char sock[PATH_MAX + 16];
	registry_file(s, "sock", sock, sizeof(sock));
	unlink(sock);
	registry_write(s);
}

/* The directories the caller may see sessions in (root: every user's too). */
static int search_dirs(char dirs[][PATH_MAX], int max)
{
	int n = 0;
	char own[PATH_MAX];
	default_dir(own, sizeof(own));
	snprintf(dirs[n++], PATH_MAX, "%s", own);
	const char *env = getenv("SCTRACE_RUNTIME_DIR");
	if (geteuid() != 0 || (env && *env))
		return n;
	DIR *d = opendir("/run/user");
	if (!d)
		return n;
	struct dirent *de;
	while ((de = readdir(d)) && n < max) {
		if (de->d_name[0] == '.')
			continue;
		char p[PATH_MAX];
		snprintf(p, sizeof(p), "/run/user/%s/sctrace", de->d_name);
		struct stat st;
		if (stat(p, &st) == 0 && S_ISDIR(st.st_mode))
			snprintf(dirs[n++], PATH_MAX, "%s", p);
	}
	closedir(d);
	return n;
}

#define MAX_DIRS 64

bool registry_lookup(const char *name, struct session_info *out)
{
	if (!registry_valid_name(name))
		return false;
	static char dirs[MAX_DIRS][PATH_MAX];
	int n = search_dirs(dirs, MAX_DIRS);
	for (int i = 0; i < n; i++)
		if (read_info(dirs[i], name, out)) {
			check_alive(out);
			return true;
		}
	return false;
}

static int cmp_info(const void *a, const void *b)
{
	const struct session_info *x = a, *y = b;
	int c = strcmp(x->name, y->name);
	return c ? c : strcmp(x->dir, y->dir);
}

/* A socket without an info file, or whose tracer is gone: left by a killed tracer. */
static void clean_stale_socket(const char *dir, const char *name)
{
	struct session_info s;
	if (read_info(dir, name, &s) && s.state == SESSION_RUNNING &&
	    registry_proc_starttime(s.pid) == s.starttime && s.starttime)
		return;
	char sock[PATH_MAX + 80];
	snprintf(sock, sizeof(sock), "%s/%s.sock", dir, name);
	struct stat st;
	if (dir_is_mine(dir) && lstat(sock, &st) == 0 && S_ISSOCK(st.st_mode))
		unlink(sock);
}

int registry_list(struct session_info **out)
{
	static char dirs[MAX_DIRS][PATH_MAX];
	int nd = search_dirs(dirs, MAX_DIRS);
	struct session_info *v = NULL;
	int n = 0, cap = 0;
	for (int i = 0; i < nd; i++) {
		DIR *d = opendir(dirs[i]);
		if (!d)
			continue;
		struct dirent *de;
		while ((de = readdir(d))) {
			size_t l = strlen(de->d_name);
			char name[SESSION_NAME_MAX + 8];
			if (l > 5 && l - 5 <= SESSION_NAME_MAX && !strcmp(de->d_name + l - 5, ".sock")) {
				snprintf(name, sizeof(name), "%.*s", (int)(l - 5), de->d_name);
				clean_stale_socket(dirs[i], name);
				continue;
			}
			if (l <= 5 || l - 5 > SESSION_NAME_MAX || strcmp(de->d_name + l - 5, ".info"))
				continue;
			snprintf(name, sizeof(name), "%.*s", (int)(l - 5), de->d_name);
			if (n == cap) {
				cap = cap ? cap * 2 : 8;
				v = xrealloc(v, cap * sizeof(*v));
			}
			if (registry_valid_name(name) && read_info(dirs[i], name, &v[n])) {
				check_alive(&v[n]);
				n++;
			}
		}
		closedir(d);
	}
	if (n)
		qsort(v, n, sizeof(*v), cmp_info);
	*out = v;
	return n;
}

void registry_remove(const struct session_info *s)
{
	if (!dir_is_mine(s->dir))
		return;
	static const char *const exts[] = { "sock", "info", "log" };
	for (size_t i = 0; i < ARRAY_SIZE(exts); i++) {
		char p[PATH_MAX + 16];
		registry_file(s, exts[i], p, sizeof(p));
		unlink(p);
	}
}

const char *registry_store_path(const char *arg, bool *running)
{
	static struct session_info s;
	if (running)
		*running = false;
	if (access(arg, F_OK) == 0 || !registry_valid_name(arg) || !registry_lookup(arg, &s))
		return arg;
	if (running)
		*running = s.state == SESSION_RUNNING;
	return s.store;
}
