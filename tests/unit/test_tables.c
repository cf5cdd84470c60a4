/*
 * test_tables.c - the declarative tables against the system: every
 * __NR_* in <asm/unistd_64.h> has its row with the same number and name,
 * errno names agree with glibc's strerrorname_np(), signal names with
 * sigabbrev_np(), and a few trace classes with strace's.
 */
#include "decode.h"
#include "syscalls.h"
#include "unit.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

static void check_unistd(void)
{
	const char *paths[] = { "/usr/include/x86_64-linux-gnu/asm/unistd_64.h", "/usr/include/asm/unistd_64.h" };
	FILE *f = NULL;
	for (size_t i = 0; i < 2 && !f; i++)
		f = fopen(paths[i], "r");
	CHECK(f != NULL);
	if (!f)
		return;
	char line[256], name[128];
	int nr, seen = 0;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "#define __NR_%127s %d", name, &nr) != 2)
			continue;
		seen++;
		const struct sysent *se = sysent_get(nr);
		if (!se || strcmp(se->name, name) != 0) {
			fprintf(stderr, "syscall %d: header says %s, table says %s\n", nr, name, se ? se->name : "(none)");
			CHECK(0);
			continue;
		}
		CHECK(se->nargs <= 6);
		CHECK(syscall_by_name(name) == nr);
	}
	fclose(f);
	CHECK(seen > 350);
}

int main(void)
{
	decoders_init();
	check_unistd();

	/* every errno name in the table is the one glibc gives its value */
	for (unsigned i = 0; i < xlat_errnos.n; i++) {
		const char *libc = strerrorname_np((int)xlat_errnos.e[i].val);
		if (!libc || strcmp(libc, xlat_errnos.e[i].name) != 0) {
			fprintf(stderr, "errno %llu: table %s, libc %s\n",
				(unsigned long long)xlat_errnos.e[i].val, xlat_errnos.e[i].name, libc ? libc : "?");
			CHECK(0);
		}
	}
	CHECK_STR(errno_name(ENOENT), "ENOENT");
	CHECK_STR(errno_name(EAGAIN), "EAGAIN");

	/* signal names: SIG + glibc's abbreviation, except glibc's aliases */
	for (int sig = 1; sig < 32; sig++) {
		const char *abbrev = sigabbrev_np(sig);
		if (!abbrev)
			continue;
		if (sig == SIGIO)
			abbrev = "IO";   /* glibc names it by its alias POLL; strace says SIGIO */
		CHECK(signame(sig) != NULL);
		if (signame(sig))
			CHECK_STR(signame(sig) + 3, abbrev);
	}
	CHECK_STR(signame(32), "SIGRTMIN");
	CHECK_STR(signame(33), "SIGRT_1");
	CHECK_STR(signame(64), "SIGRT_32");
	CHECK(signame(65) == NULL);

	/* trace classes (-e trace=%CLASS), as strace 6.1 has them */
	CHECK(sysent[SC_openat].classes & TC_FILE);
	CHECK(sysent[SC_openat].classes & TC_DESC);
	CHECK(sysent[SC_read].classes == TC_DESC);
	CHECK(sysent[SC_newfstatat].classes & TC_FSTAT);
	CHECK(sysent[SC_clone].classes & TC_PROCESS);
	CHECK(sysent[SC_connect].classes & TC_NETWORK);
	CHECK(sysent[SC_mmap].classes & TC_MEMORY);
	CHECK(sysent[SC_getpid].classes & TC_PURE);
	CHECK(syscall_class_by_name("%%stat") == (TC_STAT | TC_LSTAT | TC_FSTAT | TC_STAT_LIKE));
	CHECK(syscall_class_by_name("%net") == TC_NETWORK);
	CHECK(syscall_class_by_name("%bogus") == 0);

	/* decoders only attach to known syscalls */
	for (int i = 0; i < NSYSCALLS; i++)
		if (sysent[i].dec)
			CHECK(sysent[i].name != NULL);
	return unit_report("tables");
}
