/*
 * control.c - the control socket of a background session, both sides
 * (control.h): the client's one request and answer, the session's thread
 * that accepts, checks the peer's credentials and queues each request for
 * the tracer's thread.
 */
#include "control.h"
#include "common.h"

#include <errno.h>
#include <poll.h>
#include <stdarg.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

#define MAX_REQUEST 65536

static bool sock_addr(const char *path, struct sockaddr_un *a)
{
	memset(a, 0, sizeof(*a));
	a->sun_family = AF_UNIX;
	if (strlen(path) >= sizeof(a->sun_path))
		return false;
	strcpy(a->sun_path, path);
	return true;
}

static bool send_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = send(fd, p, n, MSG_NOSIGNAL);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return false;
		p += w;
		n -= (size_t)w;
	}
	return true;
}

/* ---- client ---- */

bool ctl_call(const struct session_info *s, const char *verb, char *const *args, int nargs,
	      struct sbuf *body, char *err, size_t errlen, int timeout_s)
{
	char path[PATH_MAX];
	registry_file(s, "sock", path, sizeof(path));
	struct sockaddr_un a;
	if (!sock_addr(path, &a)) {
		snprintf(err, errlen, "%s: socket path too long", path);
		return false;
	}
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		snprintf(err, errlen, "socket: %s", strerror(errno));
		return false;
	}
	if (connect(fd, (struct sockaddr *)&a, sizeof(a)) < 0) {
		int e = errno;
		close(fd);
		if (e == EACCES)
			snprintf(err, errlen, "session %s belongs to another user; only its owner or root may control it", s->name);
		else
			snprintf(err, errlen, "session %s does not answer (%s): its tracer may have died", s->name, strerror(e));
		return false;
	}
	struct timeval tv = { timeout_s, 0 };
	setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	struct sbuf req = { 0 };
	sbuf_printf(&req, "%s\n", verb);
	for (int i = 0; i < nargs; i++)
		sbuf_printf(&req, "%s\n", args[i]);
	sbuf_putc(&req, '\n');
	bool ok = send_all(fd, req.p, req.len);
	sbuf_free(&req);
	struct sbuf ans = { 0 };
	char buf[4096];
	ssize_t r = 0;
	while (ok && (r = read(fd, buf, sizeof(buf))) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			break;
		sbuf_putn(&ans, buf, (size_t)r);
	}
	close(fd);
	sbuf_putc(&ans, '\0');
	ans.len--;
	if (!ok || r < 0 || !ans.len) {
		snprintf(err, errlen, "session %s did not answer%s", s->name,
			 r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) ? " in time" : "");
		sbuf_free(&ans);
		return false;
	}
	bool good = !strncmp(ans.p, "ok\n", 3);
	if (good) {
		body->len = 0;
		sbuf_puts(body, ans.p + 3);
		sbuf_putc(body, '\0');   /* a C string for the caller */
		body->len--;
	} else {
		const char *m = !strncmp(ans.p, "error: ", 7) ? ans.p + 7 : ans.p;
		snprintf(err, errlen, "%.*s", (int)strcspn(m, "\n"), m);
	}
	sbuf_free(&ans);
	return good;
}

const char *ctl_field(const char *body, const char *key, char *buf, size_t n)
{
	size_t kl = strlen(key);
	*buf = 0;
	for (const char *p = body; p && *p; p = strchr(p, '\n'), p = p ? p + 1 : NULL)
		if (!strncmp(p, key, kl) && p[kl] == '=') {
			const char *v = p + kl + 1;
			snprintf(buf, n, "%.*s", (int)strcspn(v, "\n"), v);
			break;
		}
	return buf;
}

bool ctl_find_running(const char *name, struct session_info *s, char *err, size_t errlen)
{
	if (!registry_lookup(name, s)) {
		snprintf(err, errlen, "no session named '%s' ('sctrace status' lists them)", name);
		return false;
	}
	if (s->state != SESSION_RUNNING) {
		snprintf(err, errlen, "session %s is %s (%s); its store is %s", name,
			 s->state == SESSION_DEAD ? "dead" : "over", s->reason, s->store);
		return false;
	}
	return true;
}

/* ---- server ---- */

static struct {
	int lfd;
	uid_t owner;
	const char *name;
	void (*wake)(void);
	pthread_mutex_t lock;
	pthread_cond_t cond;
	struct ctl_request *pending;
} srv = { .lock = PTHREAD_MUTEX_INITIALIZER, .cond = PTHREAD_COND_INITIALIZER };

static void refuse(int fd, const char *fmt, ...) ATTR_PRINTF(2, 3);
static void refuse(int fd, const char *fmt, ...)
{
	char msg[512];
	va_list ap;
	va_start(ap, fmt);
	int n = snprintf(msg, sizeof(msg), "error: ");
	vsnprintf(msg + n, sizeof(msg) - n, fmt, ap);
	va_end(ap);
	strcat(msg, "\n");
	send_all(fd, msg, strlen(msg));
	close(fd);
}

/* Read one request (until its empty line) into r; false on a malformed or slow one. */
static bool read_request(int fd, struct ctl_request *r, char **raw)
{
	struct sbuf b = { 0 };
	char buf[4096];
	while (b.len < MAX_REQUEST) {
		ssize_t n = read(fd, buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		sbuf_putn(&b, buf, (size_t)n);
		if (b.len >= 2 && b.p[b.len - 1] == '\n' && b.p[b.len - 2] == '\n')
			break;
		if (b.len == 1 && b.p[0] == '\n')
			break;
	}
	if (b.len < 2 || b.p[b.len - 1] != '\n' || b.p[b.len - 2] != '\n') {
		sbuf_free(&b);
		return false;
	}
	b.p[b.len - 1] = 0;
	*raw = b.p;
	char *save = NULL;
	r->verb = strtok_r(b.p, "\n", &save);
	for (char *a; r->verb && (a = strtok_r(NULL, "\n", &save));) {
		if (r->nargs == CTL_MAX_ARGS)
			return false;
		r->args[r->nargs++] = a;
	}
	return r->verb != NULL;
}

static void wait_answered(struct ctl_request *r)
{
	pthread_mutex_lock(&srv.lock);
	srv.pending = r;
	while (!r->done) {
		pthread_mutex_unlock(&srv.lock);
		srv.wake();
		pthread_mutex_lock(&srv.lock);
		if (r->done)
			break;
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 20 * 1000000;   /* a wake-up can fall just before the tracer waits: again soon */
		if (ts.tv_nsec >= 1000000000) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000;
		}
		pthread_cond_timedwait(&srv.cond, &srv.lock, &ts);
	}
	pthread_mutex_unlock(&srv.lock);
}

static void *serve_main(void *arg)
{
	(void)arg;
	for (;;) {
		struct pollfd p = { srv.lfd, POLLIN, 0 };
		int rc = poll(&p, 1, 1000);
		if (rc == 0) {
			srv.wake();   /* the once-a-second tick */
			continue;
		}
		if (rc < 0)
			continue;
		int fd = accept4(srv.lfd, NULL, NULL, SOCK_CLOEXEC);
		if (fd < 0)
			continue;
		struct ucred cr;
		socklen_t len = sizeof(cr);
		struct timeval tv = { 2, 0 };
		setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
		setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
		struct ctl_request r = { .fd = fd };
		char *raw = NULL;
		/* the request is read first: closing on unread bytes would reset the connection, and the refusal with it */
		bool well_formed = read_request(fd, &r, &raw);
		if (getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cr, &len) < 0) {
			refuse(fd, "cannot tell who is asking");
		} else if (cr.uid != srv.owner && cr.uid != 0) {
			refuse(fd, "session %s belongs to uid %u; only its owner or root may control it", srv.name,
			       (unsigned)srv.owner);
		} else if (!well_formed) {
			refuse(fd, "malformed request (docs/SESSIONS.md: VERB, one line per argument, an empty line)");
		} else {
			r.uid = cr.uid;
			r.pid = cr.pid;
			wait_answered(&r);
		}
		free(raw);
	}
	return NULL;
}

void ctl_serve(int lfd, uid_t owner, const char *name, void (*wake)(void))
{
	srv.lfd = lfd;
	srv.owner = owner;
	srv.name = name;
	srv.wake = wake;
	sigset_t all, old;
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);   /* signals are the tracer's */
	pthread_t t;
	if (pthread_create(&t, NULL, serve_main, NULL) != 0)
		die("cannot start the control thread");
	pthread_detach(t);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
}

struct ctl_request *ctl_take(void)
{
	pthread_mutex_lock(&srv.lock);
	struct ctl_request *r = srv.pending;
	srv.pending = NULL;
	pthread_mutex_unlock(&srv.lock);
	return r;
}

void ctl_answer(struct ctl_request *r, bool ok, const char *text)
{
	struct sbuf b = { 0 };
	if (ok)
		sbuf_printf(&b, "ok\n%s", text ? text : "");
	else
		sbuf_printf(&b, "error: %s\n", text);
	send_all(r->fd, b.p, b.len);
	sbuf_free(&b);
	close(r->fd);
	pthread_mutex_lock(&srv.lock);
	r->done = true;
	pthread_cond_signal(&srv.cond);
	pthread_mutex_unlock(&srv.lock);
}

int ctl_listen(const char *path, char *err, size_t errlen)
{
	struct sockaddr_un a;
	if (!sock_addr(path, &a)) {
		snprintf(err, errlen, "%s: socket path too long", path);
		return -1;
	}
	int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
	if (fd < 0) {
		snprintf(err, errlen, "socket: %s", strerror(errno));
		return -1;
	}
	mode_t old = umask(0177);
	int rc = bind(fd, (struct sockaddr *)&a, sizeof(a));
	int e = errno;
	umask(old);
	if (rc < 0 || listen(fd, 16) < 0) {
		snprintf(err, errlen, "%s: %s", path, strerror(rc < 0 ? e : errno));
		close(fd);
		errno = e;
		return -1;
	}
	return fd;
}
