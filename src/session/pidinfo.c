/*
 * pidinfo.c - what -Y (--decode-pids=comm) prints after a process id: the
 * command name the kernel has for it now, "1234<bash>", read from
 * /proc/PID/comm when the line is printed, as strace does.  A pid that names
 * no live process (0, -1, a reaped child) gets nothing.
 */
#include "pidinfo.h"

#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <unistd.h>

size_t pid_comm(int pid, char *buf, size_t size)
{
	if (pid <= 0 || size < 2)
		return 0;
	char path[32];
	snprintf(path, sizeof(path), "/proc/%d/comm", pid);
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

void pid_comm_note(struct sbuf *b, int pid)
{
	char comm[64];
	if (pid_comm(pid, comm, sizeof(comm)))
		put_comm(b, comm);
}
