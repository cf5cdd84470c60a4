/*
 * test_live.c - the live view's statistics and screen (src/analyze/live.c,
 * live_view.c): counts, errors, files, processes and the error ring from
 * added rows; p50/p99 against the exact nearest-rank values of the known
 * durations; sorting and filtering (names, %class, lists); every line within
 * the width; a screen of a given height filled exactly.
 */
#include "live.h"
#include "unit.h"

#include <stdlib.h>

#define MAXL 256
static char lines[MAXL][1024];
static int nlines;

static void collect(void *ud, enum live_style style, const char *text, size_t len)
{
	(void)ud;
	(void)style;
	if (nlines < MAXL) {
		memcpy(lines[nlines], text, len);
		lines[nlines][len] = '\0';
	}
	nlines++;
}

static void render(struct live *l, struct live_view *v)
{
	nlines = 0;
	live_render(l, v, collect, NULL);
}

/* The line that starts with prefix, or NULL. */
static const char *find(const char *prefix)
{
	for (int i = 0; i < nlines && i < MAXL; i++)
		if (!strncmp(lines[i], prefix, strlen(prefix)))
			return lines[i];
	return NULL;
}

/* The index of the syscall table's first row. */
static int first_row(void)
{
	for (int i = 0; i < nlines && i < MAXL; i++)
		if (!strncmp(lines[i], "SYSCALL", 7))
			return i + 1;
	return -1;
}

int main(void)
{
	static struct live l;
	live_init(&l, false);
	/* 100 getppid of 1..100 us; 10 chdir failing with ENOENT on one path; 3 openat of another */
	for (int i = 1; i <= 100; i++) {
		struct live_row r = { .nr = SC_getppid, .pid = 42, .ts = 1, .dur_ns = (uint64_t)i * 1000, .has_dur = true };
		live_add(&l, &r);
	}
	for (int i = 0; i < 10; i++) {
		struct live_row r = { .nr = SC_chdir, .pid = 43, .ts = 2, .dur_ns = 5000, .has_dur = true,
				      .err = "ENOENT", .path = "/nope/x", .pathlen = 7 };
		live_add(&l, &r);
	}
	for (int i = 0; i < 3; i++) {
		struct live_row r = { .nr = SC_openat, .pid = 42, .ts = 3, .dur_ns = 2000000, .has_dur = true,
				      .path = "/etc/passwdXX", .pathlen = 11 };   /* pathlen counts, not the NUL */
		live_add(&l, &r);
	}
	struct live_row unfinished = { .nr = SC_exit_group, .pid = 42, .ts = 4 };
	live_add(&l, &unfinished);
	live_set_comm(&l, 42, "worker");
	CHECK(l.calls == 114 && l.errors == 10 && l.nfiles == 2 && l.nprocs == 2 && l.nerrs == 10);
	CHECK(l.call[SC_getppid]->count == 100 && hist_count(&l.call[SC_getppid]->lat) == 100);
	CHECK(l.call[SC_exit_group]->count == 1 && hist_count(&l.call[SC_exit_group]->lat) == 0);

	struct live_view v = { .width = 80, .height = 0, .sort = LSORT_CALLS, .title = "test" };
	render(&l, &v);
	const char *g = find("getppid ");
	CHECK(g != NULL);
	if (g) {
		unsigned long long calls, errs;
		double rate, p50, p99, total;
		char name[32];
		CHECK(sscanf(g, "%31s %llu %lf %llu %lf %lf %lf", name, &calls, &rate, &errs, &p50, &p99, &total) == 7);
		/* nearest rank: p50 is the 50th value (50 us), p99 the 99th (99 us), within the
		 * histogram's 0.4% (hist.h) and the one decimal shown; total 5050 us */
		CHECK(calls == 100 && errs == 0 && total > 5.049 && total < 5.051);
		CHECK(p50 >= 49.75 && p50 <= 50.25 && p99 >= 98.55 && p99 <= 99.45);
	}
	CHECK(find("chdir                       10") != NULL);
	int r0 = first_row();
	CHECK(r0 > 0 && !strncmp(lines[r0], "getppid", 7));   /* by calls */
	CHECK(find("       10      10  /nope/x") != NULL);
	CHECK(find("        3       0  /etc/passwd") != NULL && !find("        3       0  /etc/passwdXX"));
	CHECK(find("     42  worker") != NULL && find("     43  ?") != NULL);
	int nerr = 0;
	for (int i = 0; i < nlines; i++)
		nerr += strstr(lines[i], "chdir              ENOENT       /nope/x") != NULL;
	CHECK(nerr == 10);
	for (int i = 0; i < nlines; i++)
		CHECK(strlen(lines[i]) <= 80);

	/* sorting */
	v.sort = LSORT_ERRORS;
	render(&l, &v);
	r0 = first_row();
	CHECK(r0 > 0 && !strncmp(lines[r0], "chdir", 5));
	v.sort = LSORT_TIME;   /* openat: 3 x 2 ms */
	render(&l, &v);
	r0 = first_row();
	CHECK(r0 > 0 && !strncmp(lines[r0], "openat", 6));
	v.sort = LSORT_NAME;
	render(&l, &v);
	r0 = first_row();
	CHECK(r0 > 0 && !strncmp(lines[r0], "chdir", 5) && !strncmp(lines[r0 + 1], "exit_group", 10));

	/* filters: a part of a name, a class, a list */
	snprintf(v.filter, sizeof(v.filter), "ppid");
	render(&l, &v);
	CHECK(find("getppid ") && !find("chdir ") && find("sort: name   filter: ppid   syscalls: 1 shown"));
	snprintf(v.filter, sizeof(v.filter), "%%file");
	render(&l, &v);
	CHECK(find("chdir ") && find("openat ") && !find("getppid "));
	snprintf(v.filter, sizeof(v.filter), "getppid,%%process");
	render(&l, &v);
	CHECK(find("getppid ") && find("exit_group ") && !find("chdir "));
	char msg[160];
	CHECK(live_filter_ok("read,%file", msg, sizeof(msg)));
	CHECK(!live_filter_ok("read,%nosuch", msg, sizeof(msg)) && strstr(msg, "%nosuch"));

	/* a screen: exactly height lines, each within the width, both layouts */
	v.filter[0] = '\0';
	for (int w = 40; w <= 140; w += 50) {
		v.width = w;
		v.height = 30;
		render(&l, &v);
		CHECK(nlines == 30);
		for (int i = 0; i < nlines; i++)
			CHECK((int)strlen(lines[i]) <= w);
		CHECK(!strncmp(lines[nlines - 1], "sort: c calls", 13));
	}
	v.width = 120;
	v.prompt = "chd";
	render(&l, &v);
	CHECK(strstr(lines[nlines - 1], ": chd_") != NULL);
	return unit_report("live");
}
