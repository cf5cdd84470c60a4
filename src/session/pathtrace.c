/*
 * pathtrace.c - -P PATH: only the syscalls that touch one of the paths.
 *
 * A call matches when one of its path arguments is, byte for byte, one of the
 * requested paths (strace compares the string the tracee passed, without
 * resolving it against a directory descriptor), or one of its descriptor
 * arguments refers to one (what /proc/PID/fd/N names, through struct mem),
 * including the descriptors in a pollfd array or an fd_set.  The decision is
 * made at the call's entry, from the raw arguments, so it holds with -c too.
 *
 * Which arguments are paths and descriptors is not a per-syscall list: it
 * comes from the kernel's parameter names and types (sysargs.tbl): a pointer
 * to char named like a file name is a path, an integer whose name is or
 * ends in "fd" is a descriptor, a "struct pollfd *" and an "fd_set *" are
 * descriptor arrays.  As strace, only calls of the file, desc and network
 * classes are looked at.  A few parameters the names do not tell apart are
 * in the exceptions table below.
 */
#include "pathtrace.h"
#include "syscalls.h"

#include <linux/mount.h>
#include <string.h>

enum { PA_NONE, PA_PATH, PA_FD, PA_POLLFDS, PA_FDSET };

struct argkinds {
	uint8_t kind[6];
	uint8_t count[6];   /* PA_POLLFDS, PA_FDSET: the argument holding the number of entries */
};

static struct argkinds kinds[NSYSCALLS];
static bool kinds_ready;

/* parameter names that hold a file name (when their type is a char pointer) */
static const char *const path_names[] = {
	"filename", "pathname", "path", "oldname", "newname", "specialfile", "special",
	"dev_name", "dir_name", "from_pathname", "to_pathname", "new_root", "put_old", "library",
};

/*
 * Descriptors of one special kind, never a file -P could name, which strace
 * does not look at: timerfd/signalfd (ufd), landlock rulesets, perf event
 * groups, filesystem contexts, fanotify groups.
 */
static const char *const special_fd_names[] = {
	"ufd", "ruleset_fd", "group_fd", "fs_fd", "fanotify_fd", "max_fd",
};

/*
 * What the names get wrong: symlink's target (its first argument) is stored
 * text, not a file looked up (strace does not match it); a few calls call
 * their path just "name" (elsewhere "name" is an xattr or host name);
 * pidfd_getfd's fd is another process's; and strace does not look at the
 * descriptor of accept, fsconfig and io_uring calls either.
 */
static const struct { const char *sc; int arg; uint8_t kind; } exceptions[] = {
	{ "symlink", 0, PA_NONE },
	{ "symlinkat", 0, PA_NONE },
	{ "pidfd_getfd", 1, PA_NONE },
	{ "accept", 0, PA_NONE },
	{ "accept4", 0, PA_NONE },
	{ "fsconfig", 0, PA_NONE },   /* its value and aux: fsconfig_match() */
	{ "io_uring_enter", 0, PA_NONE },
	{ "io_uring_register", 0, PA_NONE },
	{ "acct", 0, PA_PATH },
	{ "umount2", 0, PA_PATH },
	{ "name_to_handle_at", 1, PA_PATH },
};

static bool is_pointer(const char *type)
{
	return strchr(type, '*') != NULL;
}

static bool fd_name(const char *name)
{
	for (size_t j = 0; j < ARRAY_SIZE(special_fd_names); j++)
		if (!strcmp(name, special_fd_names[j]))
			return false;
	size_t n = strlen(name);
	return (n >= 2 && !strcmp(name + n - 2, "fd")) ||
	       !strncmp(name, "fd_", 3) || !strcmp(name, "fdin") || !strcmp(name, "fdout") || !strcmp(name, "fildes");
}

static void classify(int nr, struct argkinds *k)
{
	const struct sysent *s = &sysent[nr];
	if (!s->name || !(s->classes & (TC_FILE | TC_DESC | TC_NETWORK)))
		return;
	for (int i = 0; i < s->nparams && i < 6; i++) {
		const char *name = s->argname[i], *type = s->argtype[i];
		if (!name || !type)
			continue;
		if (is_pointer(type)) {
			if (strstr(type, "char")) {
				for (size_t j = 0; j < ARRAY_SIZE(path_names); j++)
					if (!strcmp(name, path_names[j]))
						k->kind[i] = PA_PATH;
			} else if (strstr(type, "struct pollfd")) {
				k->kind[i] = PA_POLLFDS;
				for (int j = 0; j < s->nparams && j < 6; j++)
					if (s->argname[j] && !strcmp(s->argname[j], "nfds"))
						k->count[i] = (uint8_t)j;
			} else if (strstr(type, "fd_set")) {
				k->kind[i] = PA_FDSET;   /* the highest descriptor + 1 is the first argument */
			}
		} else if (fd_name(name)) {
			k->kind[i] = PA_FD;
		}
	}
	for (size_t j = 0; j < ARRAY_SIZE(exceptions); j++)
		if (!strcmp(s->name, exceptions[j].sc))
			k->kind[exceptions[j].arg] = exceptions[j].kind;
}

static void init_kinds(void)
{
	for (int nr = 0; nr < NSYSCALLS; nr++)
		classify(nr, &kinds[nr]);
	kinds_ready = true;
}

bool pathtrace_checks(int nr)
{
	if (!kinds_ready)
		init_kinds();
	if (nr < 0 || nr >= NSYSCALLS)
		return false;
	for (int i = 0; i < 6; i++)
		if (kinds[nr].kind[i])
			return true;
	return false;
}

static bool path_in_set(const char *p, char *const *paths, int npaths)
{
	for (int i = 0; i < npaths; i++)
		if (!strcmp(p, paths[i]))
			return true;
	return false;
}

static bool fd_matches(int fd, const struct mem *mem, struct arena *a, char *const *paths, int npaths)
{
	if (fd < 0 || !mem->fd_path)
		return false;
	const char *p = mem->fd_path(mem, fd, FD_PATH, a);
	return p && path_in_set(p, paths, npaths);
}

static bool upath_matches(uint64_t addr, const struct mem *mem, struct arena *a, char *const *paths, int npaths)
{
	if (!addr || !mem->read_str)
		return false;
	char *buf = arena_alloc(a, PATH_MAX_LEN);
	bool term = false;
	long n = mem->read_str(mem, addr, buf, PATH_MAX_LEN, &term);
	if (n < 0 || !term)
		return false;
	buf[n] = 0;
	return path_in_set(buf, paths, npaths);
}

/*
 * The descriptors of a pollfd array (struct pollfd is { int fd; short
 * events, revents; }), one element at a time, as strace: the readable
 * elements before an unreadable one still count.
 */
#define POLLFDS_MAX (1 << 20)

static bool pollfds_match(uint64_t addr, uint64_t nfds, const struct mem *mem, struct arena *a,
			  char *const *paths, int npaths)
{
	if (!addr)
		return false;
	if (nfds > POLLFDS_MAX)
		nfds = POLLFDS_MAX;
	for (uint64_t i = 0; i < nfds; i++) {
		int32_t pfd[2];
		if (mem_read(mem, addr + i * 8, pfd, sizeof(pfd)) != 0)
			return false;
		if (fd_matches(pfd[0], mem, a, paths, npaths))
			return true;
	}
	return false;
}

/*
 * An fd_set of n descriptors, read whole (in longs, as the kernel reads it;
 * at most 2^20 descriptors, as the decoder shows): one that cannot be read
 * matches nothing.
 */
#define FDSET_MAX_FDS (1 << 20)

static bool fdset_matches(uint64_t addr, int n, const struct mem *mem, struct arena *a,
			  char *const *paths, int npaths)
{
	if (!addr || n <= 0)
		return false;
	if (n > FDSET_MAX_FDS)
		n = FDSET_MAX_FDS;
	size_t words = ((size_t)n + 63) / 64;
	uint64_t *set = arena_alloc(a, words * 8);
	if (mem_read(mem, addr, set, words * 8) != 0)
		return false;
	for (int fd = 0; fd < n; fd++)
		if ((set[fd / 64] >> (fd % 64) & 1) && fd_matches(fd, mem, a, paths, npaths))
			return true;
	return false;
}

/*
 * fsconfig(fd, cmd, key, value, aux): with FSCONFIG_SET_PATH and
 * FSCONFIG_SET_PATH_EMPTY value is a path and aux its directory
 * descriptor; with FSCONFIG_SET_FD aux is a descriptor.
 */
static bool fsconfig_match(const uint64_t args[6], const struct mem *mem, struct arena *a,
			   char *const *paths, int npaths)
{
	unsigned cmd = (unsigned)args[1];
	if (cmd == FSCONFIG_SET_PATH || cmd == FSCONFIG_SET_PATH_EMPTY)
		return fd_matches((int)args[4], mem, a, paths, npaths) ||
		       upath_matches(args[3], mem, a, paths, npaths);
	if (cmd == FSCONFIG_SET_FD)
		return fd_matches((int)args[4], mem, a, paths, npaths);
	return false;
}

bool pathtrace_match(int nr, const uint64_t args[6], const struct mem *mem, struct arena *a,
		     char *const *paths, int npaths)
{
	if (nr == SC_fsconfig && mem)
		return fsconfig_match(args, mem, a, paths, npaths);
	if (!pathtrace_checks(nr) || !mem)
		return false;
	const struct argkinds *k = &kinds[nr];
	for (int i = 0; i < 6; i++) {
		switch (k->kind[i]) {
		case PA_PATH:
			if (upath_matches(args[i], mem, a, paths, npaths))
				return true;
			break;
		case PA_FD:
			if (fd_matches((int)args[i], mem, a, paths, npaths))
				return true;
			break;
		case PA_POLLFDS:
			if (pollfds_match(args[i], (unsigned)args[k->count[i]], mem, a, paths, npaths))
				return true;
			break;
		case PA_FDSET:
			if (fdset_matches(args[i], (int)args[0], mem, a, paths, npaths))
				return true;
			break;
		}
	}
	return false;
}
