/*
 * test_filter.c - qualifier sets: names, negation, classes, regexes,
 * optional names and errors; signal sets.
 */
#include "filter.h"
#include "decode.h"
#include "unit.h"

#include <signal.h>

int main(void)
{
	static uint8_t set[NSYSCALLS];
	bool unknown;
	CHECK(parse_syscall_set("open,close", set, &unknown));
	CHECK(set[SC_open] && set[SC_close] && !set[SC_read] && !unknown);
	CHECK(parse_syscall_set("!close,openat", set, &unknown));
	CHECK(!set[SC_close] && !set[SC_openat] && set[SC_read] && unknown);
	CHECK(parse_syscall_set("%file", set, &unknown));
	CHECK(set[SC_openat] && set[SC_execve] && !set[SC_read] && unknown);
	CHECK(parse_syscall_set("/^stat", set, &unknown));
	CHECK(set[SC_stat] && set[SC_statx] && set[SC_statfs] && !set[SC_lstat]);
	CHECK(parse_syscall_set("?nosuchcall,read", set, &unknown));
	CHECK(set[SC_read]);
	CHECK(parse_syscall_set("none", set, &unknown));
	CHECK(!set[SC_read] && !unknown);
	CHECK(parse_syscall_set("all", set, &unknown));
	CHECK(set[SC_read] && unknown);
	CHECK(parse_syscall_set("read@64", set, &unknown));
	CHECK(set[SC_read]);
	/* i386's names select i386 calls (SC32_BASE + number), never x86_64's; x32's nothing */
#define I386(n) set[SC32_BASE + SC32_##n]
	CHECK(parse_syscall_set("mmap2,socketcall,send,semop@32,open@32,all@x32", set, &unknown));
	CHECK(!set[SC_open] && !set[SC_semop] && !set[SC_mmap] && !unknown);
	CHECK(I386(mmap2) && I386(socketcall) && I386(send) && I386(open) && !I386(read));
	CHECK(parse_syscall_set("/^mmap2$,%file@32", set, &unknown));
	CHECK(!set[SC_openat] && !set[SC_mmap] && I386(mmap2) && I386(openat) && I386(stat64) && !I386(read));
	/* a name or number without @ is every personality's that has it */
	CHECK(parse_syscall_set("read,4", set, &unknown));
	CHECK(set[SC_read] && I386(read) && set[4] && I386(write) && !I386(close));
	CHECK(parse_syscall_set("read@64,write@32", set, &unknown));
	CHECK(set[SC_read] && !I386(read) && I386(write) && !set[SC_write]);
	CHECK(parse_syscall_set("all@32", set, &unknown));
	CHECK(!set[SC_read] && I386(read) && I386(_llseek));
	CHECK(parse_syscall_set("!read@32", set, &unknown));
	CHECK(set[SC_read] && !I386(read) && I386(write));
	CHECK(parse_syscall_set("%memory@64", set, &unknown));
	CHECK(set[SC_mmap] && !I386(mmap2));
#undef I386
	CHECK(parse_syscall_set("/^get.*pid$@64,open", set, &unknown));
	CHECK(set[SC_getpid] && set[SC_getppid] && set[SC_open]);
	/* the class names strace still takes without '%' */
	CHECK(parse_syscall_set("file,network", set, &unknown));
	CHECK(set[SC_openat] && set[SC_connect] && !set[SC_read]);
	fprintf(stderr, "(four error lines expected below)\n");
	CHECK(!parse_syscall_set("nosuchcall", set, &unknown));
	CHECK(!parse_syscall_set("%nosuchclass", set, &unknown));
	CHECK(!parse_syscall_set("/^mmap2$@64", set, &unknown));
	CHECK(!parse_syscall_set("getpid@16", set, &unknown));

	uint64_t mask;
	CHECK(parse_signal_set("SIGINT,term,9", &mask));
	CHECK(mask == ((1ull << (SIGINT - 1)) | (1ull << (SIGTERM - 1)) | (1ull << (SIGKILL - 1))));
	CHECK(parse_signal_set("!CHLD", &mask));
	CHECK(mask == ~(1ull << (SIGCHLD - 1)));
	CHECK(parse_signal_set("RTMIN,SIGRT_1", &mask));
	CHECK(mask == ((1ull << 31) | (1ull << 32)));
	CHECK(signal_by_name("0") == 0);
	CHECK(signal_by_name("65") == 0);
	return unit_report("filter");
}
