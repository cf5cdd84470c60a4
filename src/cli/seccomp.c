/*
 * seccomp.c - `sctrace seccomp TRACE [-o FILE]`: the seccomp profile a
 * recorded trace needs, as OCI/Docker JSON, a libseccomp C program or the
 * raw BPF filter (src/analyze/seccomp_*.c); and `sctrace seccomp --verify
 * PROFILE -- CMD`, which runs CMD under a profile and reports every call it
 * would deny.  docs/SECCOMP.md is the manual.
 */
#include "cli.h"
#include "seccomp_profile.h"
#include "seccomp_verify.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void seccomp_usage(void)
{
	fputs(
"Usage: sctrace seccomp [OPTIONS] TRACE\n"
"       sctrace seccomp --verify PROFILE [--enforce] [-o REPORT] -- COMMAND [ARGS...]\n"
"\n"
"Write the seccomp profile that allows what a trace recorded by 'sctrace record'\n"
"did: every syscall it made, for x86_64; everything else gets the default action.\n"
"Record with -f from the start (sctrace record -f -- CMD) so that children and\n"
"the start-up calls are in (docs/SECCOMP.md).\n"
"\n"
"  -o FILE          write to FILE (default: standard output); --force replaces it\n"
"  --format=FMT     json: an OCI/Docker profile (default; docker run --security-opt\n"
"                   seccomp=FILE); c: a C program that installs it with libseccomp\n"
"                   and runs its arguments; bpf: the raw filter (struct sock_filter[])\n"
"  --errno[=E]      default action SCMP_ACT_ERRNO with errno E (default EPERM)\n"
"  --log            default action SCMP_ACT_LOG (allow, and log to the audit log)\n"
"  --kill           default action SCMP_ACT_KILL_PROCESS\n"
"  --args           argument filters too: clone/unshare without the namespace flags\n"
"                   the trace never used (clone3 answered ENOSYS: glibc falls back\n"
"                   to clone), personality and socket only with the values and\n"
"                   address families it used\n"
"\n"
"  --verify PROFILE run COMMAND under PROFILE (JSON as written here or by Docker) and\n"
"                   report every syscall it would deny, by process and count; the\n"
"                   calls still run, so the whole run is seen.  Exit status 0 if\n"
"                   nothing would be denied, 2 if something would, 1 on errors\n"
"  --enforce        with --verify: denied calls get the profile's answer (errno,\n"
"                   kill) as they would in production\n", stdout);
	exit(0);
}

enum { OPT_FORMAT = 256, OPT_ERRNO, OPT_LOG, OPT_KILL, OPT_ARGS, OPT_VERIFY, OPT_ENFORCE, OPT_FORCE };
enum format { FMT_JSON, FMT_C, FMT_BPF };

/* -o FILE: never over a directory or the input; an existing file only with --force */
static int open_output(const char *out, bool force, const char *input)
{
	struct stat sb, in;
	if (stat(out, &sb) == 0) {
		if (S_ISDIR(sb.st_mode))
			die("%s: is a directory", out);
		if (input && stat(input, &in) == 0 && sb.st_dev == in.st_dev && sb.st_ino == in.st_ino)
			die("%s: is the input", out);
		if (!force)
			die("%s: already exists; use --force to replace it (or -o another file)", out);
		if (!S_ISREG(sb.st_mode))
			die("%s: not a regular file; refusing to replace it", out);
	}
	int fd = open(out, O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (force ? O_TRUNC : O_EXCL), 0644);
	if (fd < 0)
		die_errno("can't create '%s'", out);
	return fd;
}

static char *read_file(const char *path, size_t *len)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat sb;
	if (fd < 0)
		die_errno("%s", path);
	if (fstat(fd, &sb) < 0 || !S_ISREG(sb.st_mode))
		die("%s: not a regular file", path);
	if (sb.st_size > (64 << 20))
		die("%s: too large for a seccomp profile", path);
	char *buf = xmalloc((size_t)sb.st_size + 1);
	ssize_t n = read(fd, buf, (size_t)sb.st_size);
	if (n < 0)
		die_errno("%s", path);
	close(fd);
	buf[n] = 0;
	*len = (size_t)n;
	return buf;
}

/* The command line of the recorded session, for the C program's comment. */
static char *trace_origin(struct store *st, const char *path)
{
	sqlite3_stmt *q = store_prepare(st, "SELECT (SELECT group_concat(value, ' ') FROM json_each(command)) "
				       "FROM session WHERE id = ?");
	sqlite3_bind_int64(q, 1, st->session_id);
	char *s = NULL;
	if (sqlite3_step(q) == SQLITE_ROW && sqlite3_column_text(q, 0)) {
		const char *cmd = (const char *)sqlite3_column_text(q, 0);
		size_t n = strlen(path) + strlen(cmd) + 8;
		s = xmalloc(n);
		snprintf(s, n, "%s (%s)", path, cmd);
	}
	sqlite3_finalize(q);
	return s ? s : xstrdup(path);
}

static void generate(const char *trace, const struct profile_build_opts *bo, enum format fmt,
		     const char *out, bool force)
{
	struct store *st = store_open(trace);
	struct scmp_profile p;
	/* st->path: a PostgreSQL URL without its password */
	profile_from_store(st, st->path, bo, &p);
	char *origin = trace_origin(st, st->path);
	store_close(st);
	if (fmt == FMT_BPF && !out && isatty(1))
		die("seccomp: --format=bpf writes binary: give -o FILE or redirect standard output");
	int fd = out ? open_output(out, force, trace) : 1;
	if (fmt == FMT_BPF) {
		if (!profile_export_bpf(&p, fd))
			exit(1);
	} else {
		FILE *f = out ? fdopen(fd, "w") : stdout;
		if (!f)
			die_errno("%s", out);
		if (fmt == FMT_C)
			profile_write_c(&p, origin, f);
		else
			profile_write_json(&p, f);
		if (fflush(f) != 0 || ferror(f))
			die_errno("write error on %s", out ? out : "standard output");
		if (out)
			fclose(f);
		fd = -1;
	}
	if (fd > 1 && close(fd) < 0)
		die_errno("write error on %s", out);
	free(origin);
	profile_free(&p);
}

static struct sigaction saved_int, saved_quit;

/* In the command, before exec: the dispositions sctrace was started with. */
static void restore_interrupts(void)
{
	sigaction(SIGINT, &saved_int, NULL);
	sigaction(SIGQUIT, &saved_quit, NULL);
}

static int verify(const char *profile, char **command, bool enforce, const char *out, bool force)
{
	size_t len;
	char *text = read_file(profile, &len);
	struct scmp_profile p;
	if (!profile_parse_json(profile, text, len, &p))
		exit(1);
	free(text);
	FILE *report = stderr;
	if (out) {
		report = fdopen(open_output(out, force, profile), "w");
		if (!report)
			die_errno("%s", out);
	}
	/* ^C and ^\ are for the command (it may end on them); we report once it is gone */
	struct sigaction ign;
	memset(&ign, 0, sizeof(ign));
	ign.sa_handler = SIG_IGN;
	sigaction(SIGINT, &ign, &saved_int);
	sigaction(SIGQUIT, &ign, &saved_quit);
	extern char **environ;
	struct launch l = {
		.path = resolve_command(command[0]),
		.argv = command,
		.envp = environ,
		.child_setup = restore_interrupts,
	};
	int rc = seccomp_verify(&p, profile, &l, enforce, report);
	free((char *)l.path);
	profile_free(&p);
	if (out && fclose(report) != 0)
		die_errno("write error on %s", out);
	return rc;
}

int cmd_seccomp(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, 0, OPT_FORMAT },
		{ "errno", optional_argument, 0, OPT_ERRNO },
		{ "log", no_argument, 0, OPT_LOG },
		{ "kill", no_argument, 0, OPT_KILL },
		{ "args", no_argument, 0, OPT_ARGS },
		{ "verify", required_argument, 0, OPT_VERIFY },
		{ "enforce", no_argument, 0, OPT_ENFORCE },
		{ "force", no_argument, 0, OPT_FORCE },
		{ "help", no_argument, 0, 'h' },
		{ 0, 0, 0, 0 },
	};
	/* everything after "--" is the command of --verify */
	int nopt = argc;
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--")) {
			nopt = i;
			break;
		}
	struct profile_build_opts bo = { .default_action = ACT_ERRNO, .default_errno = 1 };
	enum format fmt = FMT_JSON;
	const char *out = NULL, *profile = NULL, *action_opt = NULL;
	bool enforce = false, force = false, format_given = false;
	opterr = 0;
	optind = 1;
	int c;
	while ((c = getopt_long(nopt, argv, "ho:", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': out = optarg; break;
		case OPT_FORMAT:
			format_given = true;
			if (!strcmp(optarg, "json"))
				fmt = FMT_JSON;
			else if (!strcmp(optarg, "c"))
				fmt = FMT_C;
			else if (!strcmp(optarg, "bpf"))
				fmt = FMT_BPF;
			else
				bad_usage("unknown --format '%s' (json, c, bpf)", optarg);
			break;
		case OPT_ERRNO:
		case OPT_LOG:
		case OPT_KILL:
			if (action_opt)
				bad_usage("give one of --errno, --log, --kill (%s was given already)", action_opt);
			action_opt = c == OPT_ERRNO ? "--errno" : c == OPT_LOG ? "--log" : "--kill";
			bo.default_action = c == OPT_ERRNO ? ACT_ERRNO : c == OPT_LOG ? ACT_LOG : ACT_KILL_PROCESS;
			if (c == OPT_ERRNO && optarg && (bo.default_errno = scmp_errno_parse(optarg)) < 0)
				bad_usage("invalid --errno '%s' (a name such as EPERM or ENOSYS, or 1..4095)", optarg);
			break;
		case OPT_ARGS: bo.args = true; break;
		case OPT_VERIFY: profile = optarg; break;
		case OPT_ENFORCE: enforce = true; break;
		case OPT_FORCE: force = true; break;
		case 'h': seccomp_usage(); break;
		case '?':
			bad_getopt(argv);
		}
	}
	if (profile) {
		if (action_opt || bo.args || format_given)
			bad_usage("%s makes a profile from a trace; --verify runs a command under one",
				  action_opt ? action_opt : bo.args ? "--args" : "--format");
		if (optind < nopt)
			bad_usage("unexpected argument '%s' (the command goes after --)", argv[optind]);
		if (nopt + 1 >= argc)
			bad_usage("--verify needs a command: --verify PROFILE -- COMMAND [ARGS...]%s", "");
		return verify(profile, argv + nopt + 1, enforce, out, force);
	}
	if (enforce)
		bad_usage("--enforce goes with --verify PROFILE%s", "");
	if (nopt < argc)
		bad_usage("a command goes only with --verify PROFILE -- COMMAND%s", "");
	if (optind >= nopt)
		bad_usage("missing TRACE (a store written by 'sctrace record')%s", "");
	if (optind + 1 < nopt)
		bad_usage("unexpected argument '%s' (one TRACE)", argv[optind + 1]);
	if (force && !out)
		bad_usage("--force is for -o FILE (it replaces an existing file)%s", "");
	generate(argv[optind], &bo, fmt, out, force);
	return 0;
}
