/*
 * bdiff_prog.c - the program tests/integration/bdiff.sh records for
 * `sctrace diff`: an ordinary run reads a file, writes and removes a
 * temporary file (a new name each run), sleeps 40 times; flags add one
 * behaviour each: --shadow reads /etc/shadow, --shell spawns /bin/sh,
 * --udp PORT sends a datagram to 127.0.0.1:PORT, --write PATH creates a file,
 * --slow sleeps 3 ms instead of 100 us.
 */
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static void read_file(const char *path)
{
	char buf[4096];
	int fd = open(path, O_RDONLY);
	if (fd < 0)
		return;
	while (read(fd, buf, sizeof(buf)) > 0)
		;
	close(fd);
}

int main(int argc, char **argv)
{
	int shadow = 0, shell = 0, slow = 0, udp = 0;
	const char *write_path = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--shadow"))
			shadow = 1;
		else if (!strcmp(argv[i], "--shell"))
			shell = 1;
		else if (!strcmp(argv[i], "--slow"))
			slow = 1;
		else if (!strcmp(argv[i], "--udp") && i + 1 < argc)
			udp = atoi(argv[++i]);
		else if (!strcmp(argv[i], "--write") && i + 1 < argc)
			write_path = argv[++i];
	}
	read_file("/etc/hostname");
	/*
	 * Not mkstemp: glibc draws its name from the clock and, when that
	 * value falls in the range it rejects (about one run in 25), calls
	 * getrandom as well -- a syscall sequence that changes by chance.
	 */
	char tmpl[64];
	snprintf(tmpl, sizeof(tmpl), "/tmp/bdiff-prog.%d", (int)getpid());
	int fd = open(tmpl, O_RDWR | O_CREAT | O_EXCL, 0600);
	if (fd >= 0) {
		if (write(fd, "data\n", 5) != 5)
			return 1;
		close(fd);
	}
	struct stat st;
	stat(tmpl, &st);
	if (shadow)
		read_file("/etc/shadow");
	if (shell) {
		pid_t pid = fork();
		if (pid == 0) {
			execl("/bin/sh", "sh", "-c", "exec true", (char *)NULL);
			_exit(127);
		}
		waitpid(pid, NULL, 0);
	}
	if (udp) {
		int s = socket(AF_INET, SOCK_DGRAM, 0);
		struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((unsigned short)udp) };
		sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
		if (s >= 0 && connect(s, (struct sockaddr *)&sa, sizeof(sa)) == 0)
			send(s, "x", 1, 0);
		close(s);
	}
	if (write_path) {
		int w = open(write_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
		if (w >= 0) {
			if (write(w, "x\n", 2) != 2)
				return 1;
			close(w);
		}
	}
	unlink(tmpl);
	struct timespec ts = { 0, slow ? 3000000 : 100000 };
	for (int i = 0; i < 40; i++)
		nanosleep(&ts, NULL);
	printf("bdiff_prog done\n");
	return 0;
}
