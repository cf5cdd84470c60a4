/*
 * test_livefilter.c - a background session's filter changed part by part
 * (sctrace filter NAME EXPR): parts replace parts, -z/-Z add up, -P
 * replaces the paths, --reset, refusals, and what it leaves in a
 * trace_config; registry names.
 */
#include "config.h"
#include "decode.h"
#include "livefilter.h"
#include "registry.h"
#include "unit.h"

#include <signal.h>
#include <stdlib.h>

static char *text(const struct live_filter *f)
{
	static char buf[512];
	char *t = live_filter_text(f);
	snprintf(buf, sizeof(buf), "%s", t);
	free(t);
	return buf;
}

static bool parse(struct live_filter *f, char *const *args, int n)
{
	char err[256];
	return live_filter_parse(f, args, n, err, sizeof(err));
}

int main(void)
{
	struct live_filter f = { 0 };
	char err[256];
	CHECK_STR(text(&f), "");

	char *a1[] = { "-e", "trace=%network", "-e", "status=failed" };
	CHECK(parse(&f, a1, 4));
	CHECK_STR(text(&f), "-e trace=%network -e status=failed");
	/* a part given replaces that part only */
	char *a2[] = { "-etrace=openat,close" };
	CHECK(parse(&f, a2, 1));
	CHECK_STR(text(&f), "-e trace=openat,close -e status=failed");
	char *a3[] = { "-z", "-Z", "--signal=!SIGCHLD" };
	CHECK(parse(&f, a3, 3));
	CHECK_STR(text(&f), "-e trace=openat,close -e signal=!SIGCHLD -e status=successful,failed");
	/* -P replaces the list, and each -P of one request adds to it */
	char *a4[] = { "-P", "/tmp", "--trace-path=/etc/passwd" };
	CHECK(parse(&f, a4, 3));
	char *a5[] = { "-P/var" };
	CHECK(parse(&f, a5, 1));
	CHECK(f.npaths == 1);
	CHECK_STR(f.paths[0], "/var");

	/* what the session filters by */
	static struct trace_config cfg;
	CHECK(live_filter_apply(&f, &cfg, err, sizeof(err)));
	CHECK(cfg.trace[SC_openat] && cfg.trace[SC_close] && !cfg.trace[SC_read] && !cfg.trace_all);
	CHECK(cfg.status == (ST_SUCCESSFUL | ST_FAILED));
	CHECK(cfg.signals == ~(1ull << (SIGCHLD - 1)));
	CHECK(cfg.npaths == 1 && !strcmp(cfg.paths[0], "/var"));

	/* refusals leave the filter as it was */
	char *bad1[] = { "-e", "trace=nosuchcall" };
	CHECK(!parse(&f, bad1, 2));
	char *bad2[] = { "-e", "raw=all" };
	CHECK(!live_filter_parse(&f, bad2, 2, err, sizeof(err)));
	CHECK(strstr(err, "cannot change while a session runs") != NULL);
	char *bad3[] = { "-s", "64" };
	CHECK(!parse(&f, bad3, 2));
	char *bad4[] = { "-e" };
	CHECK(!parse(&f, bad4, 1));
	char *bad5[] = { "-e", "status=sometimes" };
	CHECK(!parse(&f, bad5, 2));
	CHECK_STR(text(&f), "-e trace=openat,close -e signal=!SIGCHLD -e status=successful,failed -P /var");

	/* --reset: everything again */
	char *r[] = { "--reset" };
	CHECK(parse(&f, r, 1));
	CHECK_STR(text(&f), "");
	CHECK(live_filter_apply(&f, &cfg, err, sizeof(err)));
	CHECK(cfg.trace_all && cfg.trace[SC_read] && cfg.status == ST_ALL && cfg.signals == ~0ull && !cfg.npaths);

	/* the argument list round-trips */
	char *a6[] = { "-e", "trace=/^stat", "-P", "/a b" };
	CHECK(parse(&f, a6, 4));
	int n;
	char **v = live_filter_args(&f, &n);
	struct live_filter g = { 0 };
	CHECK(parse(&g, v, n));
	CHECK_STR(text(&g), text(&f));
	for (int i = 0; i < n; i++)
		free(v[i]);
	free(v);
	live_filter_free(&f);
	live_filter_free(&g);

	CHECK(registry_valid_name("web"));
	CHECK(registry_valid_name("python3-2"));
	CHECK(registry_valid_name("a.b_c"));
	CHECK(!registry_valid_name(""));
	CHECK(!registry_valid_name(".hidden"));
	CHECK(!registry_valid_name("-x"));
	CHECK(!registry_valid_name("../x"));
	CHECK(!registry_valid_name("a b"));
	CHECK(!registry_valid_name("0123456789012345678901234567890123456789012345678901234567890123456789"));
	return unit_report("livefilter");
}
