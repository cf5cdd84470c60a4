/*
 * time_basic.c - clock and timer syscalls called directly: clock_gettime/
 * getres/settime/nanosleep with static, CPU and fd clock ids, nanosleep,
 * gettimeofday, settimeofday, time, alarm, itimers, POSIX timers, timerfds,
 * adjtimex/clock_adjtime, with valid, NULL and bogus arguments.
 */
#define _GNU_SOURCE
#include <signal.h>
#include <stdint.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/timerfd.h>
#include <sys/timex.h>
#include <time.h>
#include <unistd.h>

#define CPUCLOCK(pid, type, thread) ((~(clockid_t)(pid) << 3) | (type) | ((thread) ? 4 : 0))
#define FDCLOCK(fd) ((~(clockid_t)(fd) << 3) | 3)

int main(void)
{
	struct timespec ts = { 1, 500 }, rem = { 0, 0 };
	signal(SIGUSR1, SIG_IGN);
	struct timespec *bad = (struct timespec *)1;
	int clocks[] = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 16,
			 CPUCLOCK(0, 0, 0), CPUCLOCK(1, 1, 0), CPUCLOCK(123, 2, 1),
			 CPUCLOCK(5, 3, 1), FDCLOCK(3), FDCLOCK(0), -1, -8 };
	for (unsigned i = 0; i < sizeof(clocks) / sizeof(clocks[0]); i++)
		syscall(SYS_clock_gettime, clocks[i], &ts);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, NULL);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, bad);
	syscall(SYS_clock_getres, CLOCK_REALTIME, &ts);
	syscall(SYS_clock_getres, CLOCK_BOOTTIME, NULL);
	syscall(SYS_clock_getres, 99, &ts);
	ts.tv_sec = 0; ts.tv_nsec = 1000;
	syscall(SYS_clock_settime, CLOCK_MONOTONIC, &ts);
	syscall(SYS_clock_settime, CLOCK_REALTIME, bad);
	ts.tv_sec = 0; ts.tv_nsec = 2000000;
	syscall(SYS_clock_nanosleep, CLOCK_REALTIME, 0, &ts, &rem);
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, 0, &ts, NULL);
	syscall(SYS_clock_gettime, CLOCK_MONOTONIC, &ts);
	ts.tv_nsec += 1000;
	syscall(SYS_clock_nanosleep, CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, &rem);
	ts.tv_sec = 0; ts.tv_nsec = 1000000000;
	syscall(SYS_clock_nanosleep, CLOCK_REALTIME, 0, &ts, &rem);
	ts.tv_sec = -1; ts.tv_nsec = -1;
	syscall(SYS_clock_nanosleep, CLOCK_REALTIME, 0x10, &ts, &rem);
	syscall(SYS_clock_nanosleep, CLOCK_REALTIME, 0, bad, bad);
	ts.tv_sec = 0; ts.tv_nsec = 1000;
	syscall(SYS_nanosleep, &ts, &rem);
	syscall(SYS_nanosleep, &ts, NULL);
	syscall(SYS_nanosleep, bad, NULL);
	struct timeval tv;
	struct timezone tz;
	syscall(SYS_gettimeofday, &tv, &tz);
	syscall(SYS_gettimeofday, &tv, NULL);
	syscall(SYS_gettimeofday, NULL, &tz);
	syscall(SYS_gettimeofday, bad, bad);
	tv.tv_sec = 0; tv.tv_usec = 5;
	syscall(SYS_settimeofday, &tv, NULL);
	tv.tv_usec = 2000000;
	syscall(SYS_settimeofday, &tv, &tz);
	syscall(SYS_settimeofday, NULL, NULL);
	time_t t;
	syscall(SYS_time, &t);
	syscall(SYS_time, NULL);
	syscall(SYS_time, bad);
	alarm(100);
	alarm(0);
	struct itimerval it = { { 0, 0 }, { 0, 0 } }, old;
	syscall(SYS_getitimer, ITIMER_REAL, &it);
	syscall(SYS_getitimer, ITIMER_PROF, bad);
	syscall(SYS_getitimer, 5, &it);
	it.it_value.tv_sec = 100; it.it_interval.tv_usec = 7;
	syscall(SYS_setitimer, ITIMER_VIRTUAL, &it, &old);
	syscall(SYS_setitimer, ITIMER_VIRTUAL, &it, NULL);
	it.it_value.tv_sec = 0; it.it_interval.tv_usec = 0;
	syscall(SYS_setitimer, ITIMER_VIRTUAL, &it, &old);
	syscall(SYS_setitimer, ITIMER_REAL, NULL, &old);
	timer_t tid = 0;
	struct sigevent sev = { 0 };
	sev.sigev_notify = SIGEV_SIGNAL;
	sev.sigev_signo = SIGUSR1;
	sev.sigev_value.sival_int = 42;
	syscall(SYS_timer_create, CLOCK_MONOTONIC, &sev, &tid);
	sev.sigev_notify = SIGEV_NONE;
	int t2;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &t2);
	sev.sigev_notify = SIGEV_THREAD_ID;
	sev._sigev_un._tid = getpid();
	int t3;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &t3);
	sev.sigev_notify = 77;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &t3);
	sev.sigev_notify = SIGEV_THREAD;
	sev._sigev_un._sigev_thread._function = (void *)0x1234;
	sev._sigev_un._sigev_thread._attribute = (void *)0;
	syscall(SYS_timer_create, CLOCK_REALTIME, &sev, &t3);
	int t4;
	syscall(SYS_timer_create, CLOCK_BOOTTIME, NULL, &t4);
	syscall(SYS_timer_create, CLOCK_REALTIME, bad, &t4);
	struct itimerspec its = { { 0, 0 }, { 50, 0 } }, oits;
	syscall(SYS_timer_settime, 0, 0, &its, &oits);
	syscall(SYS_timer_settime, 0, TIMER_ABSTIME, &its, NULL);
	syscall(SYS_timer_settime, 0, 0, bad, NULL);
	syscall(SYS_timer_gettime, 0, &oits);
	syscall(SYS_timer_gettime, 99, &oits);
	syscall(SYS_timer_getoverrun, 0);
	syscall(SYS_timer_delete, 0);
	syscall(SYS_timer_delete, 1);
	syscall(SYS_timer_delete, 2);
	syscall(SYS_timer_delete, 3);
	int fd = syscall(SYS_timerfd_create, CLOCK_MONOTONIC, TFD_CLOEXEC | TFD_NONBLOCK);
	syscall(SYS_timerfd_create, CLOCK_REALTIME, 0);
	syscall(SYS_timerfd_create, 42, 0);
	syscall(SYS_timerfd_settime, fd, 0, &its, &oits);
	syscall(SYS_timerfd_settime, fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &its, NULL);
	syscall(SYS_timerfd_settime, fd, 0, bad, NULL);
	syscall(SYS_timerfd_gettime, fd, &oits);
	syscall(SYS_timerfd_gettime, fd, bad);
	struct timex tx = { 0 };
	syscall(SYS_adjtimex, &tx);
	syscall(SYS_adjtimex, bad);
	tx.modes = ADJ_OFFSET | ADJ_FREQUENCY;
	syscall(SYS_adjtimex, &tx);
	tx.modes = 0;
	syscall(SYS_clock_adjtime, CLOCK_REALTIME, &tx);
	syscall(SYS_clock_adjtime, CLOCK_MONOTONIC, &tx);
	syscall(SYS_clock_adjtime, CLOCK_REALTIME, NULL);
	return 0;
}
