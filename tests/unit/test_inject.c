/*
 * test_inject.c - -e inject= / -e fault= rules: what each option sets, the
 * when= sets, delays, pokes, and the arguments strace refuses.
 */
#include "inject.h"
#include "decode.h"
#include "unit.h"

#include <errno.h>
#include <stdlib.h>

static struct inject_rule r;
static uint8_t set[NSYSCALLS];

static bool parse(const char *spec, bool fault)
{
	inject_rule_free(&r);
	return inject_parse_rule(spec, fault, &r, set);
}

/* which of the calls 1..20 the rule picks, as a bit mask */
static unsigned picks(void)
{
	unsigned m = 0;
	for (unsigned n = 1; n <= 20; n++)
		if (inject_when(&r, n))
			m |= 1u << n;
	return m;
}

#define B(n) (1u << (n))

int main(void)
{
	CHECK(parse("chdir,%network:error=ENOENT", false));
	CHECK(set[SC_chdir] && set[SC_socket] && !set[SC_read]);
	CHECK(r.has_error && r.error == ENOENT && !r.has_retval && r.scno == -1);
	CHECK(picks() == 0x1ffffe);              /* every call */
	CHECK(parse("chdir:error=eperm:when=3", false) && r.error == EPERM && picks() == B(3));
	CHECK(parse("chdir:error=512", false) && r.error == 512);
	CHECK(parse("chdir:error=ERESTARTSYS", false) && r.error == 512);
	CHECK(parse("chdir:retval=0x2a:when=2..4", false) && r.retval == 42 && picks() == (B(2) | B(3) | B(4)));
	CHECK(parse("chdir:retval=-1:when=5+", false) && r.retval == UINT64_MAX && picks() == (0x1fffffu & ~0x1fu));
	CHECK(parse("chdir:retval=1:when=2+3", false) && picks() == (B(2) | B(5) | B(8) | B(11) | B(14) | B(17) | B(20)));
	CHECK(parse("chdir:retval=1:when=2..9+3", false) && picks() == (B(2) | B(5) | B(8)));
	CHECK(parse("chdir:retval=1:when=4:when=6", false) && picks() == B(6));   /* the last when= */
	CHECK(parse("chdir:signal=USR1", false) && r.signo == 10 && !r.has_error);
	CHECK(parse("chdir:retval=3:syscall=getpid", false) && r.scno == SC_getpid);
	CHECK(parse("chdir:delay_enter=1.5ms:delay_exit=2", false) && r.delay_enter_ns == 1500000 && r.delay_exit_ns == 2000);
	CHECK(parse("chdir:delay_exit=1e3ns", false) && r.delay_exit_ns == 1000);
	CHECK(parse("chdir:delay_exit=2s", false) && r.delay_exit_ns == 2000000000);
	CHECK(parse("chdir:poke_enter=@arg1=2f00,@arg2=ff", false) && r.npoke_enter == 2);
	CHECK(r.poke_enter[0].arg == 1 && r.poke_enter[0].len == 2 && r.poke_enter[0].data[0] == '/');
	CHECK(r.poke_enter[1].arg == 2 && r.poke_enter[1].data[0] == 0xff);
	CHECK(parse("chdir", true) && r.error == ENOSYS);   /* fault= defaults to ENOSYS */
	CHECK(parse("chdir:error=EINVAL:syscall=gettid", true) && r.error == EINVAL && r.scno == SC_gettid);

	static const char *const bad_inject[] = {
		"chdir", "chdir:42", "chdir:when=7", "chdir:error=", "chdir:error=0", "chdir:error=4096",
		"chdir:error=0x10", "chdir:error=nosuch", "chdir:error=1:error=2", "chdir:retval=0:error=1",
		"chdir:retval=a", "chdir:retval=0x10000000000000000", "chdir:signal=0", "chdir:signal=65",
		"chdir:signal=1:signal=2", "chdir:error=1:when=0", "chdir:error=1:when=65536",
		"chdir:error=1:when=24..23", "chdir:error=1:when=27..65535", "chdir:error=1:when=1+65536",
		"chdir:error=1:when=5+-", "chdir:error=1:when=10.", "chdir:error=1:when=0x2", "chdir:error=1:foo=1",
		"chdir:syscall=chdir:error=1", "chdir:syscall=gettid", "chdir:delay_enter=-1",
		"chdir:delay_enter=5min", "chdir:delay_enter=0x10", "chdir:delay_enter=1:delay_enter=2",
		"chdir:poke_enter=", "chdir:poke_enter=@arg0=00", "chdir:poke_enter=@arg8=00",
		"chdir:poke_enter=@arg1=000", "chdir:poke_enter=@arg1=zz", "chdir:poke_enter=@arg1=00,@arg1=00",
		"chdir:poke_enter=@arg1=00:poke_enter=@arg2=00",
	};
	fprintf(stderr, "(error lines expected below)\n");
	for (size_t i = 0; i < ARRAY_SIZE(bad_inject); i++)
		if (parse(bad_inject[i], false)) {
			fprintf(stderr, "accepted: %s\n", bad_inject[i]);
			CHECK(!"a bad inject= rule was accepted");
		}
	static const char *const bad_fault[] = { "chdir:retval=0", "chdir:signal=1", "chdir:delay_enter=1",
		"chdir:poke_enter=@arg1=00" };
	for (size_t i = 0; i < ARRAY_SIZE(bad_fault); i++)
		CHECK(!parse(bad_fault[i], true));
	CHECK(!parse("nosuchcall:error=1", false));
	inject_rule_free(&r);
	return unit_report("inject");
}
