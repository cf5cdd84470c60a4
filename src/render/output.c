/*
 * output.c - output streams.  Lines are assembled in the stream's buffer and
 * written with one write(2) per line to a terminal, or batched otherwise:
 * a batch is written when it reaches 64 KiB or 100 ms after its first line
 * (a SIGALRM interval timer, so a quiet tracee's lines still appear), and
 * at exit.
 */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <unistd.h>

#define FLUSH_AT 65536
#define FLUSH_AFTER_US 100000

static pid_t pipe_child;
static struct outstream *streams;      /* every open stream, for flush_all */
static volatile sig_atomic_t flush_due;
static bool timer_armed;

static void on_alarm(int sig)
{
	(void)sig;
	flush_due = 1;
}

void out_arm_timer(void)
{
	if (timer_armed)
		return;
	static bool handler_set;
	if (!handler_set) {
		struct sigaction sa;
		memset(&sa, 0, sizeof(sa));
		sa.sa_handler = on_alarm;   /* no SA_RESTART: it wakes the tracer's wait */
		sigaction(SIGALRM, &sa, NULL);
		handler_set = true;
	}
	struct itimerval it = { { 0, 0 }, { 0, FLUSH_AFTER_US } };
	setitimer(ITIMER_REAL, &it, NULL);
	timer_armed = true;
}

static void link_stream(struct outstream *o)
{
	o->next = streams;
	streams = o;
}

static void unlink_stream(struct outstream *o)
{
	struct outstream **pp = &streams;
	while (*pp && *pp != o)
		pp = &(*pp)->next;
	if (*pp)
		*pp = o->next;
}

struct outstream *out_open(const char *spec, bool append)
{
	struct outstream *o = xcalloc(1, sizeof(*o));
	o->refs = 1;
	link_stream(o);
	/* -o /dev/stderr is our own stderr (not reopened: a file there is not truncated) */
	if (!spec || !strcmp(spec, "/dev/stderr")) {
		o->fd = 2;
		o->buffered = !isatty(2);
		return o;
	}
	if (spec[0] == '|' || spec[0] == '!') {
		int p[2];
		if (pipe2(p, O_CLOEXEC) < 0)
			die_errno("pipe");
		pid_t pid = fork();
		if (pid < 0)
			die_errno("fork");
		if (pid == 0) {
			dup2(p[0], 0);
			execl("/bin/sh", "sh", "-c", spec + 1, (char *)NULL);
			_exit(127);
		}
		close(p[0]);
		pipe_child = pid;
		o->fd = p[1];
		o->is_pipe_cmd = true;
		o->buffered = true;
		return o;
	}
	int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC);
	int fd = open(spec, flags, 0600);
	if (fd < 0)
		die_errno("can't open '%s'", spec);
	o->buffered = !isatty(fd);
	o->fd = fd;
	return o;
}


void out_flush(struct outstream *o)
{
	/* Write everything up to the start of an open line. */
	size_t n = o->line_start;
	if (!n)
		return;
	write_all(o->fd, o->buf.p, n);
	memmove(o->buf.p, o->buf.p + n, o->buf.len - n);
	o->buf.len -= n;
	o->line_start = 0;
}

void out_flush_all(void)
{
	flush_due = 0;
	timer_armed = false;
	for (struct outstream *o = streams; o; o = o->next)
		out_flush(o);
}

bool out_flush_due(void)
{
	return flush_due;
}

void out_write_line_end(struct outstream *o)
{
	sbuf_putc(&o->buf, '\n');
	o->line_start = o->buf.len;
	if (!o->buffered || o->buf.len >= FLUSH_AT)
		out_flush(o);
	else if (flush_due)
		out_flush_all();
	else
		out_arm_timer();
}

void out_close(struct outstream *o)
{
	if (--o->refs > 0)
		return;
	unlink_stream(o);
	o->line_start = o->buf.len;
	out_flush(o);
	if (o->fd > 2)
		close(o->fd);
	if (o->is_pipe_cmd && pipe_child > 0) {
		waitpid(pipe_child, NULL, 0);
		pipe_child = 0;
	}
	sbuf_free(&o->buf);
	free(o);
}
