/*
 * test_tables.c - the declarative tables against the system: every
 * __NR_* in <asm/unistd_64.h> has its row with the same number and name,
 * errno names agree with glibc's strerrorname_np(), signal names with
 * sigabbrev_np(), a few trace classes with strace's, and every syscall's
 * parameter names in src/decode/sysargs.tbl against the compiled table.  The
 * i386 table likewise: every __NR_* of <asm/unistd_32.h> at SC32_BASE + its
 * number, src/decode/sysargs32.tbl, and the i386 calls' decoders.
 */
#include "decode.h"
#include "syscalls.h"
#include "unit.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

static FILE *open_unistd(const char *name)
{
	char a[128], b[128];
	snprintf(a, sizeof(a), "/usr/include/x86_64-linux-gnu/asm/%s", name);
	snprintf(b, sizeof(b), "/usr/include/asm/%s", name);
	FILE *f = fopen(a, "r");
	return f ? f : fopen(b, "r");
}

/* Every __NR_* of asm/NAME at base + its number in personality pers; in_header[] marks them.
 * Returns how many the header has. */
static int check_header(const char *name_h, int base, int pers, bool *in_header)
{
	FILE *f = open_unistd(name_h);
	CHECK(f != NULL);
	if (!f)
		return 0;
	char line[256], name[128];
	int nr, seen = 0;
	while (fgets(line, sizeof(line), f)) {
		if (sscanf(line, "#define __NR_%127s %d", name, &nr) != 2)
			continue;
		seen++;
		const struct sysent *se = sysent_get(base + nr);
		if (!se || strcmp(se->name, name) != 0) {
			fprintf(stderr, "%s: syscall %d: header says %s, table says %s\n", name_h, nr, name,
				se ? se->name : "(none)");
			CHECK(0);
			continue;
		}
		if (in_header)
			in_header[nr] = true;
		CHECK(se->nargs <= 6);
		CHECK(syscall_by_name_pers(name, pers) == base + nr);
		CHECK(sc_pers(base + nr) == pers && sc_kernel_nr(base + nr) == nr);
	}
	fclose(f);
	return seen;
}

/* i386: what the header lacks is newer (451+, named as x86_64 names them) or
 * socketcall's calls without a number (500 + SYS_*) */
static void check_unistd32(void)
{
	static bool in_header[SC32_MAX_NR + 1];
	CHECK(check_header("unistd_32.h", SC32_BASE, PERS_I386, in_header) > 400);
	for (int i = 0; i <= SC32_MAX_NR; i++) {
		const struct sysent *se = sysent_get(SC32_BASE + i);
		if (!se || in_header[i])
			continue;
		bool newer = i > 450 && sysent_get(i) && !strcmp(sysent_get(i)->name, se->name);
		bool subcall = i > 500 && (!strcmp(se->name, "accept") || !strcmp(se->name, "send") ||
					   !strcmp(se->name, "recv"));
		if (!newer && !subcall)
			fprintf(stderr, "i386 syscall %d %s: not in the header\n", i, se->name);
		CHECK(newer || subcall);
	}
	/* the numbers where i386 differs, as strace 6.1 prints them */
	CHECK_STR(sysent[SC32_BASE + 192].name, "mmap2");
	CHECK(sysent[SC32_BASE + 192].nargs == 6 && (sysent[SC32_BASE + 192].classes & TC_MEMORY));
	CHECK_STR(sysent[SC32_BASE + 140].name, "_llseek");
	CHECK(sysent[SC32_BASE + 140].nargs == 5);
	CHECK_STR(sysent[SC32_BASE + 197].name, "fstat64");
	CHECK(sysent[SC32_BASE + 197].classes & TC_FSTAT);
	CHECK(sysent[SC32_BASE + 102].nargs == 2);   /* socketcall */
	CHECK(sysent[SC32_BASE + 180].nargs == 5);   /* pread64: the offset in two registers */
	CHECK(syscall_by_name_pers("mmap2", PERS_X86_64) < 0);
	CHECK(syscall_by_name_pers("read", PERS_I386) == SC32_BASE + 3);
	CHECK(syscall_by_name("read") == 0);
}

static void check_unistd(void)
{
	CHECK(check_header("unistd_64.h", 0, PERS_X86_64, NULL) > 350);
}

static bool is_c_identifier(const char *s)
{
	if (!s || !(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
		return false;
	for (s++; *s; s++)
		if (!(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9')))
			return false;
	return true;
}

/* The compiled parameters: at most 6, C identifiers, each with a type, none
 * twice, NULL past nparams. */
static void check_params(int nr, const struct sysent *se)
{
	bool ok = se->nparams <= 6;
	for (int i = 0; ok && i < 6; i++) {
		if (i >= se->nparams) {
			ok = !se->argname[i] && !se->argtype[i] && !sysent_argname(nr, i);
			continue;
		}
		ok = is_c_identifier(se->argname[i]) && se->argtype[i] && *se->argtype[i] &&
		     sysent_argname(nr, i) == se->argname[i];
		for (int j = 0; ok && j < i; j++)
			ok = strcmp(se->argname[i], se->argname[j]) != 0;
	}
	if (!ok)
		fprintf(stderr, "syscall %d %s: bad parameters\n", nr, se->name);
	CHECK(ok);
}

/* One sysargs.tbl line's parameters, "ARG:TYPE ..." with TYPE in double
 * quotes when it has spaces, against the compiled row: true if they agree. */
static bool params_agree(const char *p, const struct sysent *se)
{
	int n = 0;
	for (;;) {
		p += strspn(p, " \t");
		if (!*p)
			return n == se->nparams;
		char arg[64], typ[128];
		size_t len = strcspn(p, ": \t");
		if (p[len] != ':' || len >= sizeof(arg))
			return false;
		memcpy(arg, p, len);
		arg[len] = '\0';
		p += len + 1;
		bool quoted = *p == '"';
		if (quoted) {
			const char *end = strchr(++p, '"');
			len = end ? (size_t)(end - p) : sizeof(typ);
		} else
			len = strcspn(p, " \t\"");
		if (len == 0 || len >= sizeof(typ))
			return false;
		memcpy(typ, p, len);
		typ[len] = '\0';
		p += len + quoted;
		if (*p && *p != ' ' && *p != '\t')
			return false;
		if (n >= 6 || !is_c_identifier(arg) || !se->argname[n] || strcmp(se->argname[n], arg) != 0 ||
		    strcmp(se->argtype[n], typ) != 0)
			return false;
		n++;
	}
}

/* One sysargs file: each line a call of personality pers, once, compiled as written
 * (the tests run from the top directory); seen[] marks them.  Returns the lines. */
static int check_args_file(const char *path, int pers, bool *seen)
{
	FILE *f = fopen(path, "r");
	CHECK(f != NULL);
	if (!f)
		return 0;
	char line[1024];
	int lines = 0;
	while (fgets(line, sizeof(line), f)) {
		line[strcspn(line, "#\n")] = '\0';
		char *name = line + strspn(line, " \t");
		if (!*name)
			continue;
		char *rest = name + strcspn(name, " \t");
		if (*rest)
			*rest++ = '\0';
		int nr = syscall_by_name_pers(name, pers);
		if (nr < 0 || seen[nr]) {
			fprintf(stderr, "%s: %s %s\n", path, name, nr < 0 ? "not in the table" : "twice");
			CHECK(0);
			continue;
		}
		seen[nr] = true;
		lines++;
		if (!params_agree(rest, &sysent[nr])) {
			fprintf(stderr, "%s: %s: '%s' is not what the table holds\n", path, name, rest);
			CHECK(0);
		}
	}
	fclose(f);
	return lines;
}

/* Every x86_64 syscall has exactly one line in src/decode/sysargs.tbl. */
static void check_sysargs_file(void)
{
	static bool seen[NSYSCALLS];
	check_args_file("src/decode/sysargs.tbl", PERS_X86_64, seen);
	for (int i = 0; i < NSYSCALLS64; i++)
		if (sysent[i].name && !seen[i]) {
			fprintf(stderr, "sysargs.tbl: no line for %s\n", sysent[i].name);
			CHECK(0);
		}
}

/* sysargs32.tbl: i386 calls, as compiled; the other i386 calls have the x86_64 call's parameters */
static void check_sysargs32_file(void)
{
	static bool seen[NSYSCALLS];
	CHECK(check_args_file("src/decode/sysargs32.tbl", PERS_I386, seen) > 80);
	for (int i = SC32_BASE; i < NSYSCALLS; i++) {
		if (!sysent[i].name || seen[i])
			continue;
		int x = syscall_by_name_pers(sysent[i].name, PERS_X86_64);
		bool same = x >= 0 && sysent[x].nparams == sysent[i].nparams;
		for (int k = 0; same && k < sysent[i].nparams; k++)
			same = !strcmp(sysent[x].argname[k], sysent[i].argname[k]);
		if (!same)
			fprintf(stderr, "i386 %s: parameters neither in sysargs32.tbl nor x86_64's\n", sysent[i].name);
		CHECK(same);
	}
}

/* The i386 calls' decoders: shared ones are the x86_64 call's, by name */
static void check_compat_decoders(void)
{
	int decoded = 0;
	for (int i = SC32_BASE; i < NSYSCALLS; i++)
		decoded += sysent[i].dec != NULL;
	CHECK(decoded > 250);
	CHECK(sysent[SC32_BASE + SC32_read].dec == sysent[SC_read].dec);
	CHECK(sysent[SC32_BASE + SC32_mmap2].dec == sysent[SC_mmap].dec);
	CHECK(sysent[SC32_BASE + SC32_fstat64].dec == sysent[SC_fstat].dec);
	CHECK(sysent[SC32_BASE + SC32_getuid32].dec == sysent[SC_getuid].dec);
	CHECK(sysent[SC32_BASE + SC32__llseek].dec && !sysent[SC32_BASE + SC32__llseek].compat);
	/* the old mmap (a struct of arguments) and old stat (32-bit fields) print raw */
	CHECK(sysent[SC32_BASE + SC32_mmap].dec == NULL);
	CHECK(sysent[SC32_BASE + SC32_stat].dec == NULL);
	CHECK(sysent[SC32_BASE + SC32_sigaction].dec == NULL);
}

static void check_sysargs(void)
{
	for (int i = 0; i < NSYSCALLS; i++)
		if (sysent[i].name)
			check_params(i, &sysent[i]);
		else
			CHECK(sysent[i].nparams == 0 && !sysent[i].argname[0]);
	check_sysargs_file();
	check_sysargs32_file();

	/* a few as the kernel declares them; stat, umount2 and sendfile have their
	 * tracepoints under the kernel's names newstat, umount and sendfile64 */
	CHECK(sysent[SC_openat].nparams == 4);
	CHECK_STR(sysent_argname(SC_openat, 0), "dfd");
	CHECK_STR(sysent_argname(SC_openat, 1), "filename");
	CHECK_STR(sysent[SC_openat].argtype[1], "const char *");
	CHECK_STR(sysent_argname(SC_openat, 3), "mode");
	CHECK_STR(sysent[SC_openat].argtype[3], "umode_t");
	CHECK(sysent_argname(SC_openat, 4) == NULL);
	CHECK(sysent_argname(SC_openat, -1) == NULL);
	CHECK(sysent_argname(-1, 0) == NULL);
	CHECK(sysent_argname(NSYSCALLS, 0) == NULL);
	CHECK(sysent[SC_read].nparams == 3 && sysent[SC_read].nargs == 3);
	CHECK_STR(sysent[SC_execve].argtype[1], "const char *const *");
	CHECK(sysent[SC_mmap].nparams == 6);
	CHECK_STR(sysent_argname(SC_mmap, 5), "off");
	CHECK_STR(sysent_argname(SC_stat, 1), "statbuf");
	CHECK_STR(sysent_argname(SC_umount2, 0), "name");
	CHECK_STR(sysent_argname(SC_sendfile, 2), "offset");
	CHECK(sysent[SC_rt_sigreturn].nparams == 0);
	CHECK(sysent[SC_preadv].nargs == 4 && sysent[SC_preadv].nparams == 5);
}

int main(void)
{
	decoders_init();
	check_unistd();
	check_unistd32();
	check_sysargs();
	check_compat_decoders();

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
