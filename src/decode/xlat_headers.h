/*
 * xlat_headers.h - system headers that define the constants named in
 * src/xlat/NAME.in.  The generated tables take their values from here, so a
 * table can never disagree with the headers it was built against.
 */
#ifndef SCTRACE_XLAT_HEADERS_H
#define SCTRACE_XLAT_HEADERS_H

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <sys/resource.h>
#include <sys/prctl.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <sys/timerfd.h>
#include <sys/signalfd.h>
#include <sys/ipc.h>
#include <sys/shm.h>
#include <sys/sem.h>
#include <sys/msg.h>
#include <sys/file.h>
#include <sys/ptrace.h>
#include <sys/random.h>
#include <sys/xattr.h>
#include <poll.h>
#include <sched.h>
#include <time.h>
#include <termios.h>
#include <unistd.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <linux/futex.h>
#include <linux/netlink.h>
#include <linux/falloc.h>
#include <linux/audit.h>
#include <linux/ioprio.h>
/* ioctl families (dec_ioctl_*.c) */
#include <linux/hdreg.h>
#include <linux/loop.h>
#include <linux/counter.h>
#include <linux/perf_event.h>
#include <linux/bpf.h>
#include <linux/ioctl.h>
#include <mtd/mtd-abi.h>
#include <linux/rtc.h>
#include <linux/tee.h>
#include <linux/kvm.h>
#include <linux/ptp_clock.h>
#include <linux/nbd.h>
#include <linux/seccomp.h>
#include <linux/dm-ioctl.h>
#include <linux/watchdog.h>
#include <scsi/sg.h>
#include <linux/gpio.h>
#include <linux/videodev2.h>
#include <linux/userfaultfd.h>
#include <linux/keyboard.h>

#endif
