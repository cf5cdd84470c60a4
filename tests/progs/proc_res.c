/*
 * proc_res.c - resource limits (getrlimit/setrlimit/prlimit64, RLIM64_INFINITY
 * and N*1024 values), getrusage, times, getrandom (hex buffers), uname,
 * sysinfo, with NULL and bad pointers and unknown resource/who values.
 */
#define _GNU_SOURCE
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/times.h>
#include <sys/random.h>
#include <sys/utsname.h>
#include <sys/sysinfo.h>
#include <unistd.h>
int main(void)
{
	struct rlimit r; struct rusage ru; struct tms t; char buf[300]; struct utsname u; struct sysinfo si;
	for (int i = 0; i < 17; i++) syscall(SYS_getrlimit, i, &r);
	syscall(SYS_getrlimit, 99, &r);
	syscall(SYS_getrlimit, 0, 0);
	r.rlim_cur = 1000; r.rlim_max = RLIM_INFINITY;
	syscall(SYS_setrlimit, RLIMIT_NOFILE, &r);
	r.rlim_cur = 1024*1024*3; r.rlim_max = 1024*1024*3+1;
	syscall(SYS_setrlimit, RLIMIT_STACK, &r);
	syscall(SYS_setrlimit, RLIMIT_STACK, 1);
	struct rlimit64 r2 = { 4096, 8192 }, old;
	syscall(SYS_prlimit64, 0, RLIMIT_CORE, &r2, &old);
	syscall(SYS_prlimit64, getpid(), RLIMIT_CORE, 0, &old);
	syscall(SYS_prlimit64, 0, 99, &r2, &old);
	syscall(SYS_prlimit64, 0, RLIMIT_CORE, 1, 2);
	syscall(SYS_getrusage, RUSAGE_SELF, &ru);
	syscall(SYS_getrusage, RUSAGE_CHILDREN, &ru);
	syscall(SYS_getrusage, RUSAGE_THREAD, &ru);
	syscall(SYS_getrusage, 5, &ru);
	syscall(SYS_getrusage, RUSAGE_SELF, 0);
	syscall(SYS_getrusage, -2, &ru);
	syscall(SYS_getrusage, -5, &ru);
	syscall(SYS_times, &t);
	syscall(SYS_times, 0);
	syscall(SYS_getrandom, buf, 16, 0);
	syscall(SYS_getrandom, buf, 100, GRND_RANDOM|GRND_NONBLOCK);
	syscall(SYS_getrandom, buf, 3, 0xff);
	syscall(SYS_getrandom, 0, 3, GRND_INSECURE);
	syscall(SYS_uname, &u);
	syscall(SYS_uname, 0);
	syscall(SYS_sysinfo, &si);
	syscall(SYS_sysinfo, 1);
	return 0;
}
