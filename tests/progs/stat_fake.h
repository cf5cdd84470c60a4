/*
 * stat_fake.h - let a test make a syscall "return" chosen bytes and a chosen
 * value, to exercise decoders on results a real kernel rarely produces.
 * A seccomp user-notification filter catches the chosen syscall numbers in
 * the calling thread; a helper thread writes the bytes and sends the result.
 * Tracers see an ordinary syscall entry and exit.
 */
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <pthread.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

static volatile int fake_fd = -1;
static void *volatile fake_dst;
static const void *volatile fake_src;
static volatile size_t fake_len;
static volatile long fake_ret;

static void *fake_server(void *arg)
{
	(void)arg;
	for (;;) {
		struct seccomp_notif req;
		struct seccomp_notif_resp resp;
		memset(&req, 0, sizeof(req));
		while (fake_fd < 0)
			usleep(100);
		if (ioctl(fake_fd, SECCOMP_IOCTL_NOTIF_RECV, &req) != 0)
			continue;
		if (fake_len)
			memcpy(fake_dst, fake_src, fake_len);
		memset(&resp, 0, sizeof(resp));
		resp.id = req.id;
		resp.val = fake_ret;
		ioctl(fake_fd, SECCOMP_IOCTL_NOTIF_SEND, &resp);
	}
	return NULL;
}

/* From now on syscalls nr1 and nr2 of the calling thread are faked (once per process). */
static void fake_install(int nr1, int nr2)
{
	pthread_t t;
	pthread_create(&t, NULL, fake_server, NULL);
	struct sock_filter f[] = {
		BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nr1, 1, 0),
		BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, nr2, 0, 1),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_USER_NOTIF),
		BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
	};
	struct sock_fprog p = { sizeof(f) / sizeof(f[0]), f };
	prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
	fake_fd = syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, SECCOMP_FILTER_FLAG_NEW_LISTENER, &p);
}

/* Call syscall nr; the "kernel" copies len bytes from src to dst and returns ret. */
static long fake_call(long ret, void *dst, const void *src, size_t len, long nr,
		      long a, long b, long c, long d, long e, long f)
{
	fake_dst = dst;
	fake_src = src;
	fake_len = len;
	fake_ret = ret;
	return syscall(nr, a, b, c, d, e, f);
}
