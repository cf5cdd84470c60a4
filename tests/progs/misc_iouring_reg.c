/*
 * misc_iouring_reg.c - io_uring_register with each argument shape sctrace
 * decodes: iovecs, descriptor arrays, the rsrc register/update structs (with
 * a short size, a readable tail and an unreadable one), FILES_UPDATE, the ring
 * fd updates, the provided-buffer ring, the opcode probe, the io-wq CPU mask
 * and worker counts.  Most calls go to a descriptor that is not a ring (or to
 * -1), so the kernel refuses them; a real ring answers the probe and the
 * worker counts, for what the kernel writes back.
 */
#include <linux/io_uring.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

static long reg(int fd, unsigned op, const void *arg, unsigned nr)
{
	return syscall(__NR_io_uring_register, fd, op, arg, nr);
}

int main(void)
{
	/* a page whose end is followed by an unmapped one */
	char *pg = mmap(NULL, 8192, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (pg == MAP_FAILED)
		return 1;
	munmap(pg + 4096, 4096);
	char *end = pg + 4096;

	static char data[8] = "abcdefg";
	struct iovec iov[2] = { { data, sizeof(data) }, { (void *)0x1000, 3 } };
	int fds[4] = { 0, 1, -1, IORING_REGISTER_FILES_SKIP };
	unsigned long long tags[4] = { 1, 0xdead, 0, 0xfacefeed };

	reg(0, IORING_REGISTER_BUFFERS, iov, 2);
	reg(0, IORING_REGISTER_FILES, fds, 4);
	reg(0, IORING_REGISTER_EVENTFD, fds, 1);
	reg(0, IORING_REGISTER_EVENTFD_ASYNC, end - 4, 2);
	reg(0, 24, data, 7);

	struct io_uring_rsrc_register rr = { .nr = 4, .flags = IORING_RSRC_REGISTER_SPARSE | 4,
					     .data = (unsigned long)fds, .tags = (unsigned long)tags };
	reg(0, IORING_REGISTER_FILES2, &rr, sizeof(rr));
	reg(0, IORING_REGISTER_FILES2, &rr, 16);
	rr.nr = 2;
	rr.data = (unsigned long)iov;
	rr.resv2 = 0xbeef;
	reg(0, IORING_REGISTER_BUFFERS2, &rr, sizeof(rr));
	char big[40];
	memcpy(big, &rr, sizeof(rr));
	memset(big + 32, 0x5a, 8);
	reg(0, IORING_REGISTER_BUFFERS2, big, sizeof(big));
	memcpy(end - sizeof(rr), &rr, sizeof(rr));
	reg(0, IORING_REGISTER_BUFFERS2, end - sizeof(rr), 40);

	struct io_uring_rsrc_update2 up = { .offset = 7, .resv = 3, .data = (unsigned long)fds,
					    .tags = (unsigned long)tags, .nr = 4 };
	reg(0, IORING_REGISTER_FILES_UPDATE2, &up, sizeof(up));
	up.data = (unsigned long)iov;
	up.nr = 2;
	up.resv2 = 9;
	reg(0, IORING_REGISTER_BUFFERS_UPDATE, &up, sizeof(up));

	struct io_uring_files_update fu = { .offset = 5, .fds = (unsigned long)fds };
	reg(0, IORING_REGISTER_FILES_UPDATE, &fu, 4);

	struct io_uring_rsrc_update ru[2] = { { .offset = -1u, .data = 1 },
					      { .offset = 2, .resv = 1, .data = 0 } };
	reg(0, IORING_REGISTER_RING_FDS, ru, 2);
	reg(0, IORING_UNREGISTER_RING_FDS, ru, 2);

	struct io_uring_buf_reg br = { .ring_addr = (unsigned long)pg, .ring_entries = 8, .bgid = 3 };
	reg(0, IORING_REGISTER_PBUF_RING, &br, 1);
	br.resv[1] = 0x77;
	reg(0, IORING_UNREGISTER_PBUF_RING, &br, 1);

	/* the probe: refused, with something in it, cut by the end of the page, zero */
	struct io_uring_probe *pr = (void *)(end - sizeof(*pr) - 4 * sizeof(pr->ops[0]));
	memset(pr, 0, sizeof(*pr) + 4 * sizeof(pr->ops[0]));
	reg(0, IORING_REGISTER_PROBE, NULL, 3);
	reg(0, IORING_REGISTER_PROBE, pr, 0x10000);
	reg(0, IORING_REGISTER_PROBE, pr, 4);
	pr->last_op = 200;
	pr->resv = 1;
	pr->ops[0].op = IORING_OP_READV;
	pr->ops[0].flags = IO_URING_OP_SUPPORTED | 0x10;
	pr->ops[1].op = 250;
	pr->ops[1].resv = 2;
	pr->ops[1].resv2 = 7;
	pr->ops[2].flags = 0x8;
	reg(0, IORING_REGISTER_PROBE, pr, 3);
	reg(0, IORING_REGISTER_PROBE, pr, 0);

	/* the CPU mask, in bytes */
	unsigned long aff[2] = { 0x8000000000000005UL, 0x3 };
	reg(0, IORING_REGISTER_IOWQ_AFF, aff, sizeof(aff));
	reg(0, IORING_REGISTER_IOWQ_AFF, aff, 3);
	reg(0, IORING_REGISTER_IOWQ_AFF, aff, 0);

	/* the worker counts: bound, unbound, and a third the kernel has no name for */
	unsigned workers[3] = { 4, 9, 0xfeed };
	reg(0, IORING_REGISTER_IOWQ_MAX_WORKERS, workers, 2);
	reg(0, IORING_REGISTER_IOWQ_MAX_WORKERS, workers, 3);
	reg(0, IORING_REGISTER_IOWQ_MAX_WORKERS, end - 4, 2);
	reg(0, IORING_REGISTER_IOWQ_MAX_WORKERS, NULL, 2);

	/* a ring answers */
	struct io_uring_params p;
	memset(&p, 0, sizeof(p));
	int ring = (int)syscall(__NR_io_uring_setup, 4, &p);
	if (ring >= 0) {
		memset(pr, 0, sizeof(*pr) + 4 * sizeof(pr->ops[0]));
		reg(ring, IORING_REGISTER_PROBE, pr, 4);
		pr->ops_len = 1;
		reg(ring, IORING_REGISTER_PROBE, pr, 4);
		workers[0] = 0;
		workers[1] = 0;
		reg(ring, IORING_REGISTER_IOWQ_MAX_WORKERS, workers, 2);
		close(ring);
	}
	return 0;
}
