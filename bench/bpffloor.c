/*
 * bpffloor.c - the floor under any BPF syscall tracer: attach empty programs
 * (bench/bpffloor.bpf.c) to raw_syscalls sys_enter and sys_exit, run the
 * command, detach.  Every syscall on the machine pays for them, the command's
 * too; nothing is filtered, copied or sent.  --system-wide: no command; stay
 * attached until SIGINT or SIGTERM (prints "attached" on stdout once it is).
 *
 *   bpffloor --tp|--raw-tp|--tp-btf|--tp-btf-clock COMMAND [ARGS...]
 *   bpffloor --tp|--raw-tp|--tp-btf|--tp-btf-clock --system-wide
 * (--tp-btf-clock: tp_btf programs that each read the clock once)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <bpf/libbpf.h>
#include "bpffloor.skel.h"

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
	(void)sig;
	stop = 1;
}

static int print_warnings(enum libbpf_print_level level, const char *fmt, va_list ap)
{
	return level == LIBBPF_WARN ? vfprintf(stderr, fmt, ap) : 0;
}

static int usage(void)
{
	fprintf(stderr, "usage: bpffloor --tp|--raw-tp|--tp-btf|--tp-btf-clock COMMAND [ARGS...]\n"
			"       bpffloor --tp|--raw-tp|--tp-btf|--tp-btf-clock --system-wide\n");
	return 2;
}

int main(int argc, char **argv)
{
	if (argc < 3)
		return usage();
	struct bpffloor_bpf *skel = NULL;
	struct bpf_program *enter, *exit_;
	int which = !strcmp(argv[1], "--tp") ? 0 : !strcmp(argv[1], "--raw-tp") ? 1 :
		    !strcmp(argv[1], "--tp-btf") ? 2 : !strcmp(argv[1], "--tp-btf-clock") ? 3 : -1;
	if (which < 0)
		return usage();
	int system_wide = !strcmp(argv[2], "--system-wide");
	if (system_wide && argc != 3)
		return usage();
	char **cmd = argv + 2;

	libbpf_set_print(print_warnings);
	skel = bpffloor_bpf__open();
	if (!skel) {
		fprintf(stderr, "bpffloor: open: %s\n", strerror(errno));
		return 1;
	}
	struct bpf_program *progs[4][2] = {
		{ skel->progs.tp_enter, skel->progs.tp_exit },
		{ skel->progs.raw_enter, skel->progs.raw_exit },
		{ skel->progs.btf_enter, skel->progs.btf_exit },
		{ skel->progs.clk_enter, skel->progs.clk_exit },
	};
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 2; j++)
			bpf_program__set_autoload(progs[i][j], i == which);
	enter = progs[which][0];
	exit_ = progs[which][1];
	int err = bpffloor_bpf__load(skel);
	if (err) {
		fprintf(stderr, "bpffloor: load: %s\n", strerror(-err));
		bpffloor_bpf__destroy(skel);
		return 1;
	}
	struct bpf_link *l1 = bpf_program__attach(enter);
	struct bpf_link *l2 = l1 ? bpf_program__attach(exit_) : NULL;
	if (!l1 || !l2) {
		fprintf(stderr, "bpffloor: attach: %s\n", strerror(errno));
		bpf_link__destroy(l1);
		bpffloor_bpf__destroy(skel);
		return 1;
	}

	int status = 0;
	if (system_wide) {
		struct sigaction sa = { .sa_handler = on_signal };
		sigaction(SIGINT, &sa, NULL);
		sigaction(SIGTERM, &sa, NULL);
		printf("attached\n");
		fflush(stdout);
		while (!stop)
			pause();
	} else {
		pid_t pid = fork();
		if (pid < 0) {
			perror("bpffloor: fork");
			status = 1;
		} else if (pid == 0) {
			execvp(cmd[0], cmd);
			fprintf(stderr, "bpffloor: %s: %s\n", cmd[0], strerror(errno));
			_exit(127);
		} else {
			int st;
			while (waitpid(pid, &st, 0) < 0 && errno == EINTR)
				;
			status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
		}
	}
	bpf_link__destroy(l2);
	bpf_link__destroy(l1);
	bpffloor_bpf__destroy(skel);
	return status;
}
