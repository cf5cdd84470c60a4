/*
 * test_pathnorm.c - the normalisation rules of `sctrace diff`
 * (src/analyze/pathnorm.c, docs/DIFF.md): temporary names made by mkstemp,
 * mktemp, Python's tempfile and gcc, /proc/PID, inode numbers, long digit
 * runs, the trace's own pids, and ephemeral ports; and what must stay.
 */
#include "pathnorm.h"
#include "unit.h"

#include <stdlib.h>

static struct pathnorm pn;

static void norm(const char *in, const char *want)
{
	char *got = pathnorm_str(&pn, in);
	CHECK_STR(got, want);
	free(got);
}

static void addr(const char *in, bool eph, const char *want)
{
	struct sbuf b = { 0 };
	pathnorm_addr(&pn, &b, in, eph);
	CHECK_STR(sbuf_cstr(&b), want);
	sbuf_free(&b);
}

int main(void)
{
	unsetenv("TMPDIR");
	pathnorm_init(&pn);
	pathnorm_add_id(&pn, 4321);
	pathnorm_add_id(&pn, 77);
	pn.port_lo = 32768;
	pn.port_hi = 60999;

	/* temporary names: random words become * */
	norm("/tmp/bdiff-prog.ccPmxu", "/tmp/bdiff-prog.*");     /* mkstemp: mixed case */
	norm("/tmp/bdiff-prog.a1b2c3", "/tmp/bdiff-prog.*");     /* mkstemp: digits */
	norm("/tmp/tmpk2j3_4x9", "/tmp/*");                      /* Python's tempfile */
	norm("/tmp/ccAbCdEf.s", "/tmp/*.s");                     /* gcc */
	norm("/tmp/tmp.qwertyuiop", "/tmp/tmp.*");               /* mktemp: lower case after a dot */
	norm("/tmp/bdiff-prog.QWERTY", "/tmp/bdiff-prog.*");     /* mkstemp that drew upper case only */
	norm("/tmp/sctrace-test.Xy12Zq/out.txt", "/tmp/sctrace-test.*/out.txt");
	norm("/var/tmp/x.AbCdEf1/y", "/var/tmp/x.*/y");
	norm("/dev/shm/sem.Q1w2E3", "/dev/shm/sem.*");
	/* inside an argument or a command line */
	norm("--output=/tmp/out.Ab12Cd", "--output=/tmp/out.*");
	norm("rm -f /tmp/a.Zz99Yy; ls", "rm -f /tmp/a.*; ls");
	/* what stays: ordinary names, also below /tmp, and random-looking words elsewhere */
	norm("/tmp/bdiff-x/www/index.html", "/tmp/bdiff-x/www/index.html");
	norm("/tmp/proj/Makefile", "/tmp/proj/Makefile");
	norm("/tmp/proj/README", "/tmp/proj/README");
	norm("/tmp/work/archive.backup", "/tmp/work/archive.backup");
	norm("/usr/lib/x86_64-linux-gnu/libAbC123.so", "/usr/lib/x86_64-linux-gnu/libAbC123.so");
	norm("/usr/lib/python3.11/os.py", "/usr/lib/python3.11/os.py");
	norm("/tmpfoo/a.Ab12Cd", "/tmpfoo/a.Ab12Cd");
	/* /proc/PID, inode numbers, long numbers, our pids */
	norm("/proc/12345/status", "/proc/PID/status");
	norm("/proc/12345/task/12346/stat", "/proc/PID/task/TID/stat");
	norm("/proc/self/maps", "/proc/self/maps");
	norm("pipe:[123456]", "pipe:[*]");
	norm("UNIX-STREAM:[1234->5678]", "UNIX-STREAM:[*->*]");
	norm("/var/log/app-20261202123000.log", "/var/log/app-N.log");
	norm("/run/app.4321.pid", "/run/app.PID.pid");
	norm("/run/app.4322.pid", "/run/app.4322.pid");
	norm("/run/app.77.pid", "/run/app.77.pid");           /* two digits: too short to be sure */
	norm("pid 4321", "pid PID");
	/* ports: ephemeral ones only where asked */
	addr("127.0.0.1:8000", true, "127.0.0.1:8000");
	addr("127.0.0.1:45678", true, "127.0.0.1:*");
	addr("127.0.0.1:45678", false, "127.0.0.1:45678");
	addr("[::1]:50000", true, "[::1]:*");
	addr("/run/x.sock", true, "/run/x.sock");
	pathnorm_free(&pn);
	return unit_report("pathnorm");
}
