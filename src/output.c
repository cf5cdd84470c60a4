/*
 * output.c - output streams.  Lines are assembled in the stream's buffer and
 * written with one write(2) per line (terminals, stderr, pipes) or batched
 * for regular files and flushed whenever the tracer is about to wait, so a
 * file is always up to date when the tracee is quiet.
 */
#include "output.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define FLUSH_AT 65536

static pid_t pipe_child;

struct outstream *out_open(const char *spec, bool append)
{
	struct outstream *o = xcalloc(1, sizeof(*o));
	o->refs = 1;
	if (!spec) {
		o->fd = 2;
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
		return o;
	}
	int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC);
	int fd = open(spec, flags, 0600);
	if (fd < 0)
		die_errno("can't open '%s'", spec);
	struct stat st;
	o->buffered = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
	o->fd = fd;
	return o;
}

static void write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return;   /* EPIPE and friends: nothing useful to do */
		}
		p += w;
		n -= w;
	}
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

void out_write_line_end(struct outstream *o)
{
	sbuf_putc(&o->buf, '\n');
	o->line_start = o->buf.len;
	if (!o->buffered || o->buf.len >= FLUSH_AT)
		out_flush(o);
}

void out_close(struct outstream *o)
{
	if (--o->refs > 0)
		return;
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
