/*
 * trace.c - `sctrace [options] COMMAND` and `sctrace -p PID`: tracing with
 * strace's options.  run_trace() starts or attaches through the ptrace
 * backend and runs the session with its sinks; `record` uses it too.
 */
#include "cli.h"
#include "store.h"
#include "backend.h"
#include "inject.h"
#include "sc_nr.h"
#include "stack.h"
#include "render.h"
#include "options.h"
#include "tracer.h"
#include "pidinfo.h"
#include "alert.h"
#include "rules.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

static volatile sig_atomic_t interrupted;
static int backend;   /* BACKEND_PTRACE or BACKEND_EBPF */

static void on_fatal_signal(int sig)
{
	interrupted = sig;
	if (backend == BACKEND_EBPF)
		ebpf_request_stop(sig);
	else
		pt_request_stop(sig);
}

static const int fatal_sigs[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE };
static struct sigaction saved_sigs[ARRAY_SIZE(fatal_sigs)];

/* ^C, SIGTERM & co detach (and end a started command, as strace does). */
static void install_handlers(void)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_fatal_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < ARRAY_SIZE(fatal_sigs); i++)
		sigaddset(&sa.sa_mask, fatal_sigs[i]);
	for (size_t i = 0; i < ARRAY_SIZE(fatal_sigs); i++)
		sigaction(fatal_sigs[i], &sa, &saved_sigs[i]);
}

static void (*caller_child_setup)(void);   /* options.child_setup */

/* In the started command, before exec: the dispositions we inherited (nohup's SIG_IGN). */
static void restore_handlers(void)
{
	for (size_t i = 0; i < ARRAY_SIZE(fatal_sigs); i++)
		sigaction(fatal_sigs[i], &saved_sigs[i], NULL);
	if (caller_child_setup)
		caller_child_setup();
}

void (*run_trace_done)(int sig);

/* Find COMMAND like execvp would, so a missing program is reported here. */
char *resolve_command(const char *name)
{
	struct stat st;
	if (strchr(name, '/')) {
		if (stat(name, &st) < 0)
			die_errno("Can't stat '%s'", name);
		return xstrdup(name);
	}
	const char *path = getenv("PATH");
	if (!path || !*path)
		path = "/usr/local/bin:/usr/bin:/bin";
	char *copy = xstrdup(path), *save = NULL;
	char *found = NULL;
	for (char *dir = strtok_r(copy, ":", &save); dir; dir = strtok_r(NULL, ":", &save)) {
		char buf[4096];
		snprintf(buf, sizeof(buf), "%s/%s", *dir ? dir : ".", name);
		if (stat(buf, &st) == 0 && S_ISREG(st.st_mode) && (st.st_mode & 0111)) {
			found = xstrdup(buf);
			break;
		}
	}
	free(copy);
	if (!found) {
		errno = ENOENT;
		die_errno("Can't stat '%s'", name);
	}
	return found;
}

/* environ with -E VAR=VAL / -E VAR applied in order. */
static char **build_env(const struct options *o)
{
	size_t n = 0;
	while (environ[n])
		n++;
	char **env = xcalloc(n + o->nenv_set + 1, sizeof(char *));
	memcpy(env, environ, n * sizeof(char *));
	for (int i = 0; i < o->nenv_set; i++) {
		const char *e = o->env_set[i];
		const char *eq = strchr(e, '=');
		size_t klen = eq ? (size_t)(eq - e) : strlen(e);
		size_t j, k = 0;
		for (j = 0; j < n; j++) {
			if (strncmp(env[j], e, klen) == 0 && env[j][klen] == '=')
				continue;   /* drop the old value */
			env[k++] = env[j];
		}
		n = k;
		if (eq)
			env[n++] = (char *)e;
		env[n] = NULL;
	}
	return env;
}

/* The alert sink for --alert & co (a live session, or `check` with its own seed). */
struct sink *alert_sink_for(const struct trace_config *cfg, seed_fn seed, void *ud)
{
	struct alert_opts ao = {
		.rules = cfg->rules,
		.nrules = cfg->nrules,
		.no_default = cfg->no_default_rules,
		.path = cfg->alert_quiet ? NULL : cfg->alert_path,
		.quiet = cfg->alert_quiet,
		.format = cfg->alert_format,
		.exec = cfg->alert_exec,
		.min_prio = cfg->alert_prio ? cfg->alert_prio - 1 : PRIO_DEBUG,
		.execve_traced = cfg->trace[SC_execve] && cfg->trace[SC_execveat] &&
				 (cfg->status & ST_SUCCESSFUL),
		.seed = seed,
		.seed_ud = ud,
	};
	return alert_sink_new(&ao);
}

/* The sinks a command line asks for: text, JSON Lines, and a recorder. */
void setup_sinks(struct options *o, struct sink *recorder)
{
	tr.cfg = &o->cfg;
	tr.exit_status = -1;
	tr.ropt.xflag = o->cfg.xflag;
	pidinfo_init(o->cfg.decode_pids);
	if (o->cfg.decode_pids)
		tr.ropt.pid_note = pid_note;
	tr.ropt.xstyle = o->cfg.xstyle;
	/*
	 * text and JSON take -o; the -c table goes with the text, else to stderr.
	 * With -ff the trace is in FILE.TID files: FILE itself is made only for a -C table.
	 */
	bool ff_only = o->cfg.output_separately && !o->cfg.count;
	tr.out = out_open(o->cfg.json || ff_only ? NULL : o->cfg.outfile, o->cfg.append);
	if (o->cfg.text)
		tracer_add_sink(text_sink_new());
	if (o->cfg.json)
		tracer_add_sink(json_sink_new(o->cfg.outfile, o->cfg.append));
	if (recorder)
		tracer_add_sink(recorder);
	if (o->extra_sink)
		tracer_add_sink(o->extra_sink);
	if (o->cfg.alert)
		tracer_add_sink(alert_sink_for(&o->cfg, alert_seed_live, NULL));
	tr.decoding = tr.sinks != NULL;
	tr.capturing = recorder != NULL;
	tr.pid_prefix_file = o->cfg.outfile && !o->cfg.output_separately &&
			     (o->cfg.follow_forks || o->cfg.npids > 1);
}

static int finish_run(struct options *o, struct sink *recorder);

/* -c with eBPF: the kernel's counts into the -c table */
static void add_counts(int nr, uint64_t calls, uint64_t errors, uint64_t ns, uint64_t min_ns,
		       uint64_t max_ns, const uint64_t *hist, unsigned nbuckets)
{
	summary_add_bulk(nr, calls, errors, ns, min_ns, max_ns);
	for (unsigned b = 0; b < nbuckets; b++)
		if (hist[b])
			summary_add_latency(nr, ebpf_hist_value(b), hist[b]);
	summary_latency_bounds(nr, min_ns, max_ns);
}

/* The eBPF backend: the same session, fed from the kernel's ring buffer. */
static int run_ebpf(struct options *o, struct sink *recorder)
{
	static uint8_t want[NSYSCALLS];
	for (int i = 0; i < NSYSCALLS; i++)
		want[i] = o->cfg.trace[i] || !sysent[i].name;
	want[SC32_BASE + SC32_socketcall] = 1;   /* filtered as the call it makes (ptrace's comment) */
	/* -P looks at every call's paths and descriptors: the kernel must copy them */
	bool count_only = o->cfg.count == 1 && !recorder && !o->cfg.npaths && !o->cfg.alert;
	struct ebpf_config cfg = {
		.follow_forks = o->cfg.follow_forks > 0,
		.system_wide = o->system_wide,
		.comm = o->comm,
		.want_uid = o->want_uid,
		.uid = o->uid,
		.cgroup = o->cgroup,
		.pids = o->pids,
		.npids = o->system_wide ? o->cfg.npids : 0,
		.count_only = count_only,
		.capture = tr.decoding || o->cfg.npaths,
		.verbose = o->cfg.dec.verbose,
		/* -e read=/write= dump whole buffers: the kernel copies up to one read's worth */
		.strsize = (o->cfg.dec.dump_read || o->cfg.dec.dump_write) && o->cfg.dec.strsize < EBPF_DUMP_BYTES
				   ? EBPF_DUMP_BYTES : o->cfg.dec.strsize,
		.decode_fds = o->cfg.dec.decode_fds | (o->cfg.npaths ? FD_PATH : 0),
		.cpu_time = o->cfg.count && !o->cfg.wallclock,
		.latency = o->cfg.latency,
		.want_time = o->cfg.tflag || o->cfg.rflag || o->cfg.Tflag || o->cfg.count || o->cfg.json || recorder ||
			     o->cfg.slower_than_ns || o->extra_sink,
		.trace = want,
		/* a recording drains at the store's pace (~300k rows/s): give bursts more room */
		.ringbuf_bytes = o->buffer_size ? o->buffer_size : recorder ? EBPF_RECORD_RINGBUF : 0,
	};
	if (o->system_wide)
		tr.pid_prefix_file = true;   /* many processes: every line says whose */
	ebpf_init(&cfg, tracer_handle_event, tracer_idle, NULL);
	install_handlers();
	if (o->command) {
		struct launch l = {
			.path = resolve_command(o->command[0]),
			.argv = o->command,
			.envp = build_env(o),
			.user = o->user,
			.child_setup = restore_handlers,
		};
		ebpf_launch(&l);
		free((char *)l.path);
		free(l.envp);
	} else {
		int ok = o->system_wide && !o->cfg.npids;
		for (int i = 0; i < o->cfg.npids; i++)
			ok += ebpf_attach(o->pids[i]) == 0;
		if (!ok)
			exit(1);
	}
	ebpf_loop();
	if (count_only)
		ebpf_collect_counts(add_counts);
	char msg[256];
	if (ebpf_lost(msg, sizeof(msg)))
		error_msg("%s", msg);
	ebpf_close();
	return finish_run(o, recorder);
}

/*
 * The ptrace backend's trace: start or attach, then the loop.  hooks is a
 * background session's (NULL for sctrace and record): it handles signals
 * itself, sets up the started command's descriptors, and learns when the
 * tracees are held.
 */
static void trace_ptrace(struct options *o, const struct trace_hooks *hooks)
{
	/*
	 * The seccomp prefilter stops the tracee only at the syscalls we show.
	 * It needs -f: a child we did not follow would get ENOSYS from the
	 * filter's SECCOMP_RET_TRACE, having no tracer.
	 */
	bool prefilter = o->seccomp && o->command && o->cfg.follow_forks && !o->cfg.trace_all;
	/*
	 * -e inject=...:signal= delivers its signal as the thread leaves the
	 * syscall-entry stop; a seccomp stop cannot pass one on (the kernel
	 * drops it), so such rules trace without the prefilter.
	 */
	if (o->cfg.inject && o->cfg.inject->any_signal)
		prefilter = false;
	struct ptrace_config cfg = {
		.follow_forks = o->cfg.follow_forks > 0,
		.all_threads = true,
		/*
		 * System CPU times cost a few percent per stop (wait4's rusage sums
		 * the thread group): only -c/-C asks for them, recording or not.
		 */
		.want_rusage = o->cfg.count && !o->cfg.wallclock,
		.seccomp = prefilter,
		.stacks = o->cfg.stack_trace,
		.want_ip = o->cfg.print_ip,
		.quiet_attach = (o->cfg.quiet & QUIET_ATTACH) != 0,
		.detach_on_exec = o->cfg.detach_on_exec,
	};
	pt_init(&cfg, tracer_handle_event, tracer_idle, NULL);
	/* never pin a process we attach to: if we died, it would stay pinned (spinning is harmless) */
	pt_placement(o->command || o->placement == PLACE_SPIN ? o->placement : PLACE_NONE);
	if (!hooks)
		install_handlers();

	/* the prefilter stops at traced syscalls and at numbers without a name */
	static uint8_t stop[NSYSCALLS];
	for (int i = 0; i < NSYSCALLS; i++)
		stop[i] = o->cfg.trace[i] || !sysent[i].name;
	/* an i386 socketcall is filtered as the call it makes, once sctrace has read which */
	stop[SC32_BASE + SC32_socketcall] = 1;
	/* placement hides the pinning in these results: it must see them */
	if (o->placement == PLACE_PIN)
		stop[SC_sched_getaffinity] = stop[SC_sched_setaffinity] = 1;
	/* -k: the unwinder must see every change of the mappings */
	for (int i = 0; i < NSYSCALLS && o->cfg.stack_trace; i++)
		stop[i] |= unwind_changes_maps(i);

	if (o->command) {
		struct launch l = {
			.path = resolve_command(o->command[0]),
			.argv = o->command,
			.envp = build_env(o),
			.user = o->user,
			.child_setup = hooks ? hooks->child_setup : restore_handlers,
			.filter = prefilter ? stop : NULL,
			.filter_beyond = true,   /* unnamed numbers are always shown */
		};
		pt_launch(&l);
		free((char *)l.path);
		free(l.envp);
	} else {
		int ok = 0;
		for (int i = 0; i < o->cfg.npids; i++)
			ok += pt_attach(o->pids[i]) == 0;
		if (!ok)
			exit(1);
	}
	if (hooks && hooks->started)
		hooks->started();
	pt_loop();
}

int run_trace(struct options *o, struct sink *recorder)
{
	decoders_init();
	if (!tr.real_offset)   /* record sets it first: its store keeps the same clock offset */
		tr.real_offset = now_real_ns() - now_mono_ns();
	setup_sinks(o, recorder);
	caller_child_setup = o->child_setup;
	backend = choose_backend(o);
	if (backend == BACKEND_EBPF)
		return run_ebpf(o, recorder);
	trace_ptrace(o, NULL);
	return finish_run(o, recorder);
}

void run_session_trace(struct options *o, struct sink *recorder, const struct trace_hooks *hooks)
{
	decoders_init();
	if (!tr.real_offset)
		tr.real_offset = now_real_ns() - now_mono_ns();
	setup_sinks(o, recorder);
	backend = BACKEND_PTRACE;
	trace_ptrace(o, hooks);
	if (recorder && tr.exit_status != -1)
		store_sink_set_exit(recorder, tr.exit_status);
	tracer_finish();
}

static int finish_run(struct options *o, struct sink *recorder)
{
	(void)o;
	if (recorder && tr.exit_status != -1)
		store_sink_set_exit(recorder, tr.exit_status);
	tracer_finish();
	if (run_trace_done)
		run_trace_done(interrupted);

	if (interrupted) {
		if (tr.child_pid > 0 && tr.exit_status == -1)
			kill(tr.child_pid, interrupted);
		signal(interrupted, SIG_DFL);
		raise(interrupted);
		exit(128 + interrupted);
	}
	if (tr.exit_status != -1) {
		if (WIFSIGNALED(tr.exit_status)) {
			int sig = WTERMSIG(tr.exit_status);
			struct rlimit no_core = { 0, 0 };
			setrlimit(RLIMIT_CORE, &no_core);
			signal(sig, SIG_DFL);
			sigset_t set;
			sigemptyset(&set);
			sigaddset(&set, sig);
			sigprocmask(SIG_UNBLOCK, &set, NULL);
			raise(sig);
			exit(128 + sig);
		}
		return WEXITSTATUS(tr.exit_status);
	}
	return 0;
}

int cmd_trace(int argc, char **argv)
{
	static struct options opt;
	options_parse(&opt, MODE_TRACE, argc, argv);
	return run_trace(&opt, NULL);
}
