/*
 * test_rules.c - the rule language: file parsing (lists, macros, rules,
 * overrides, every kind of error with its line), condition compilation
 * (fields, macros, list expansion, type checks), evaluation over decoded
 * calls built by hand (paths made absolute, flags, CIDR ranges, IPv6,
 * absent fields), the process table (fork, exec, ancestry, descriptors,
 * set*id), output templates, and the alert sink with its hook.  The
 * shipped rules must compile.
 */
#include "rules.h"
#include "alert.h"
#include "fields.h"
#include "tracer.h"
#include "proctrack.h"
#include "decode.h"
#include "sc_nr.h"
#include "unit.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/socket.h>

static struct arena A;

/* Load text as one file and compile; the error text, or NULL. */
static const char *load(struct ruleset *rs, const char *text)
{
	memset(rs, 0, sizeof(*rs));
	if (!ruleset_load_text(rs, "t.rules", text))
		return rs->err;
	for (int i = 0; i < rs->nrules; i++)
		if (rs->rules[i].enabled && (!rs->rules[i].cond || !rs->rules[i].output))
			return "incomplete";
	return ruleset_compile(rs) ? NULL : rs->err;
}

static const char *load_err(const char *text)
{
	static char err[512];
	struct ruleset rs;
	const char *e = load(&rs, text);
	snprintf(err, sizeof(err), "%s", e ? e : "(no error)");
	ruleset_free(&rs);
	return err;
}

static const struct rule *rule(const struct ruleset *rs, const char *name)
{
	for (int i = 0; i < rs->nrules; i++)
		if (!strcmp(rs->rules[i].name, name))
			return &rs->rules[i];
	return NULL;
}

/* one condition against one event */
static bool holds(const char *cond, struct evctx *e)
{
	struct ruleset rs;
	char text[2048];
	snprintf(text, sizeof(text),
		 "list etc = /etc/*, /usr/etc/*\nlist lo = 127.0.0.0/8, ::1/128\n"
		 "rule r\n  condition: %s\n  output: x\n  priority: info\n", cond);
	const char *err = load(&rs, text);
	if (err) {
		fprintf(stderr, "condition %s: %s\n", cond, err);
		ruleset_free(&rs);
		return false;
	}
	arena_reset(e->a);
	e->path = e->path_raw = NULL;
	e->paths = NULL;
	e->npaths = 0;
	e->have_fd = e->have_net = e->have_ip = e->have_port = false;
	e->unix_path = NULL;
	evctx_prepare(e);
	bool r = rule_matches(&rs.rules[0], e);
	ruleset_free(&rs);
	return r;
}

static const char *output(const char *tmpl, struct evctx *e)
{
	static char buf[1024];
	struct ruleset rs;
	char text[1024];
	snprintf(text, sizeof(text), "rule r\n  condition: success\n  output: %s\n  priority: info\n", tmpl);
	const char *err = load(&rs, text);
	if (err) {
		ruleset_free(&rs);
		return err;
	}
	evctx_prepare(e);
	struct sbuf b = { 0 };
	rule_output(&rs.rules[0], e, &b);
	sbuf_putc(&b, 0);
	snprintf(buf, sizeof(buf), "%s", b.p);
	sbuf_free(&b);
	ruleset_free(&rs);
	return buf;
}

/* a seed: pid 100 is "server" in /srv with uid 1000, under init(1) */
static bool seed(void *ud, int pid, uint64_t ts, struct procctx *out)
{
	(void)ud;
	(void)ts;
	memset(out, 0, sizeof(*out));
	out->pid = pid;
	snprintf(out->comm, sizeof(out->comm), "server");
	out->exe = xstrdup("/usr/sbin/server");
	out->cwd = xstrdup("/srv");
	out->argv = xcalloc(2, sizeof(char *));
	out->argv[0] = xstrdup("server");
	out->argv[1] = xstrdup("-d");
	out->argc = 2;
	out->have_ids = true;
	out->uid = out->euid = out->gid = out->egid = 1000;
	out->have_tty = true;
	out->tty = NULL;
	out->nanc = 1;
	out->anc = xcalloc(1, sizeof(*out->anc));
	out->anc[0].pid = 1;
	snprintf(out->anc[0].comm, sizeof(out->anc[0].comm), "init");
	out->ppid = 1;
	return true;
}

static void call(struct dctx *c, int nr, int64_t rval, int err)
{
	memset(c, 0, sizeof(*c));
	c->nr = nr;
	c->a = &A;
	c->args = v_list(&A, V_SEQ);
	c->exiting = true;
	c->rval = rval;
	c->err = err;
}

static struct value *path(const char *p)
{
	return v_str(&A, p, strlen(p), VS_PATH);
}

static void test_files(void)
{
	struct ruleset rs;
	const char *text =
		"# a comment\n"
		"list shells = sh, bash,\n"
		"\tdash, 'zsh'\n"
		"list shells += fish\n"
		"macro spawned = syscall in (execve, execveat)\n"
		"\n"
		"rule shell\n"
		"  desc: a shell\n"
		"\tstarts\n"
		"  condition: spawned\n"
		"\tand proc.name in (shells)\n"
		"  output: shell %proc.name, parent %{proc.parent.name}: 100%%\n"
		"  priority: Warning\n"
		"  tags: a, b\n"
		"rule off\n"
		"  condition: success\n"
		"  output: x\n"
		"  priority: debug\n"
		"rule off\n"
		"  enabled: false\n";
	CHECK(load(&rs, text) == NULL);
	CHECK(rs.nlists == 1 && rs.lists[0].n == 5);
	CHECK_STR(rs.lists[0].items[3], "zsh");
	CHECK_STR(rs.lists[0].items[4], "fish");
	const struct rule *r = rule(&rs, "shell");
	CHECK(r && r->prio == PRIO_WARNING && r->ntags == 2 && r->enabled);
	CHECK(r && r->cond_line == 10);
	CHECK_STR(r ? r->desc : NULL, "a shell starts");
	CHECK(r && r->ntmpl == 5);
	CHECK(rule(&rs, "off") && !rule(&rs, "off")->enabled && rs.nrules == 2);
	/* a later file: replaces a list, changes a rule's priority only */
	CHECK(ruleset_load_text(&rs, "later.rules", "list shells = ksh\nrule shell\n  priority: critical\n"));
	CHECK(rs.lists[0].n == 1 && rule(&rs, "shell")->prio == PRIO_CRITICAL);
	CHECK(rule(&rs, "shell")->cond != NULL);
	ruleset_free(&rs);

	/* errors: one message, the file and line */
	CHECK_STR(load_err("rulez x\n"), "t.rules:1: expected 'list', 'macro' or 'rule', not 'rulez'");
	CHECK_STR(load_err("\n  condition: x\n"), "t.rules:2: indented line outside a list, macro or rule");
	CHECK_STR(load_err("rule r\n  condtion: x\n"),
		  "t.rules:2: unknown rule key 'condtion' (condition output priority tags enabled desc)");
	CHECK_STR(load_err("rule r\n  condition: x\n  output: o\n  priority: loud\n"),
		  "t.rules:4: unknown priority 'loud' (emergency alert critical error warning notice info debug)");
	CHECK_STR(load_err("rule a b\n"), "t.rules:1: rule needs a name (letters, digits, _ - .), not 'a b'");
	CHECK_STR(load_err("list x\n"), "t.rules:1: expected 'list NAME = ...'");
	CHECK_STR(load_err("macro m += a\n"), "t.rules:1: '+=' appends to lists only");
	CHECK_STR(load_err("rule r\n  enabled: maybe\n"), "t.rules:2: enabled: is true or false, not 'maybe'");
	CHECK_STR(load_err("rule r\n  condition: proc.nmae = x\n  output: o\n  priority: info\n"),
		  "t.rules:2: unknown field or macro 'proc.nmae'");
	CHECK_STR(load_err("macro m = syscall = read and\n\tnope\nrule r\n  condition: m\n  output: o\n  priority: info\n"),
		  "t.rules:1: unknown field or macro 'nope'");
	CHECK_STR(load_err("macro a = b\nmacro b = a\nrule r\n  condition: a\n  output: o\n  priority: info\n"),
		  "t.rules:2: macro 'a' refers to itself");
	CHECK_STR(load_err("rule r\n  condition: proc.uid glob 1*\n  output: o\n  priority: info\n"),
		  "t.rules:2: 'proc.uid' is a number: 'glob' needs a string");
	CHECK_STR(load_err("rule r\n  condition: proc.uid = root\n  output: o\n  priority: info\n"),
		  "t.rules:2: 'proc.uid' is a number: 'root' is not one");
	CHECK_STR(load_err("rule r\n  condition: net.addr cidr 10.0.0.0/33\n  output: o\n  priority: info\n"),
		  "t.rules:2: '10.0.0.0/33' is not an address or CIDR range");
	CHECK_STR(load_err("rule r\n  condition: syscall = 'x\n  output: o\n  priority: info\n"),
		  "t.rules:2: unterminated string 'x");
	CHECK_STR(load_err("rule r\n  condition: (success\n  output: o\n  priority: info\n"), "t.rules:2: missing ')'");
	CHECK_STR(load_err("rule r\n  condition: success failed\n  output: o\n  priority: info\n"),
		  "t.rules:2: unexpected 'failed' (missing 'and' or 'or'?)");
	CHECK_STR(load_err("rule r\n  condition: ! success\n  output: o\n  priority: info\n"),
		  "t.rules:2: '!' must be '!=' (negation is 'not')");
	CHECK_STR(load_err("list l = a\nrule r\n  condition: l\n  output: o\n  priority: info\n"),
		  "t.rules:3: 'l' is a list: use it after 'in' or another operator");
	CHECK_STR(load_err("rule r\n  condition: success\n  output: %nope here\n  priority: info\n"),
		  "t.rules:3: unknown field 'nope' in the output of rule 'r'");
	/* limits: trees are evaluated recursively */
	struct sbuf big = { 0 };
	sbuf_puts(&big, "rule r\n  condition: success");
	for (int i = 0; i < 5000; i++)
		sbuf_puts(&big, " or success");
	sbuf_puts(&big, "\n  output: o\n  priority: info\n");
	sbuf_putc(&big, 0);
	CHECK_STR(load_err(big.p), "t.rules:2: condition too long (more than 4096 terms)");
	big.len = 0;
	for (int i = 0; i < 100; i++)
		sbuf_printf(&big, "macro m%d = m%d\n", i, i + 1);
	sbuf_puts(&big, "macro m100 = success\nrule r\n  condition: m0\n  output: o\n  priority: info\n");
	sbuf_putc(&big, 0);
	CHECK_STR(load_err(big.p), "t.rules:64: macros nested more than 64 deep");
	sbuf_free(&big);
	/* a disabled rule is not compiled */
	CHECK_STR(load_err("rule r\n  condition: nope\n  output: o\n  priority: info\n  enabled: false\n"), "(no error)");

	/* the shipped rules load and compile */
	memset(&rs, 0, sizeof(rs));
	CHECK(ruleset_load_default(&rs) && ruleset_compile(&rs));
	CHECK(rs.nrules >= 13 && rule(&rs, "shell_from_server") && rule(&rs, "fileless_execution"));
	ruleset_free(&rs);
}

static void test_eval(void)
{
	struct ptab *pt = ptab_new(seed, NULL);
	ptab_attach(pt, 100, 100, 0, 0);
	struct proc *p = ptab_proc(pt, 100, 100, 0);
	struct dctx c;
	struct arena ea = { 0 };
	struct evctx e = { .c = &c, .tid = 100, .pid = 100, .p = p, .a = &ea };

	/* openat(AT_FDCWD, "../etc/shadow", O_WRONLY|O_CREAT) from /srv */
	call(&c, SC_openat, 3, 0);
	c.arg[0] = (uint64_t)AT_FDCWD;
	c.arg[2] = O_WRONLY | O_CREAT;
	v_add(c.args, v_const(&A, "AT_FDCWD", (uint64_t)AT_FDCWD, NF_DEC));
	v_add(c.args, path("../etc/shadow"));
	struct value *fl = v_add(c.args, v_list(&A, V_OR));
	v_add(fl, v_enum(&A, O_WRONLY, &xlat_open_access, NF_HEX));
	v_add(fl, v_flags(&A, O_CREAT, &xlat_open_flags, NF_HEX));
	c.retfmt = RET_FD;
	CHECK(holds("path = /etc/shadow and path.raw = ../etc/shadow and path.name = shadow", &e));
	CHECK(holds("path glob /etc/* and paths glob (etc) and not path in (etc) and path in (/x, /etc/shadow)", &e));
	CHECK(holds("path startswith /etc/ and path endswith dow and path contains tc/sh", &e));
	CHECK(holds("arg.flags contains O_CREAT and arg.flags contains O_WRONLY and not arg.flags contains O_TRUNC", &e));
	CHECK(holds("arg.filename = '../etc/shadow' and arg.dfd = AT_FDCWD", &e));
	CHECK(holds("open.write and open.create and not open.read and not open.trunc", &e));
	CHECK(holds("syscall = openat and syscall.nr = 257 and ret = 3 and success and not failed and not errno", &e));
	CHECK(holds("fd.num = 3 and fd.type = unknown", &e));   /* not open yet: the call's effect comes after */
	CHECK(holds("proc.name = server and proc.exe = /usr/sbin/server and proc.cwd = /srv", &e));
	CHECK(holds("proc.uid = 1000 and proc.euid >= 1000 and proc.uid < 1001 and not proc.has_tty and not proc.tty", &e));
	CHECK(holds("proc.cmdline = 'server -d' and proc.args = -d and proc.argv contains -d", &e));
	CHECK(holds("proc.parent.name = init and proc.parent.pid = 1 and proc.anames = init and proc.ppid = 1", &e));
	CHECK(holds("(syscall = read or syscall = openat) and not (syscall = read)", &e));
	CHECK(!holds("syscall != openat", &e));
	CHECK(!holds("net.port = 80 or net.port != 80", &e));   /* absent: no test holds */
	CHECK(!holds("arg.nosuch = 1 or arg.nosuch != 1", &e));
	CHECK(holds("syscall in ()", &e) == false);
	ptab_apply(pt, p, &c);
	const struct pfd *f = proc_fd(p, 3);
	CHECK(f && f->kind == FDK_FILE && f->path && !strcmp(f->path, "/etc/shadow"));
	CHECK_STR(output("%syscall %path by %proc.name[%proc.pid] %%%net.port", &e),
		  "openat /etc/shadow by server[100] %<none>");

	/* connect(3, {AF_INET, htons(443), inet_addr("10.1.2.3")}, 16) fails */
	call(&c, SC_socket, 4, 0);
	c.arg[0] = AF_INET;
	ptab_apply(pt, p, &c);
	call(&c, SC_connect, -1, 111);
	c.arg[0] = 4;
	v_add(c.args, v_fd(&A, 4, NULL));
	struct value *sa = v_add(c.args, v_list(&A, V_STRUCT));
	v_field(sa, "sa_family", v_enum(&A, AF_INET, &xlat_net_families, NF_DEC));
	struct value *port = v_field(sa, "sin_port", v_call(&A, "htons"));
	v_add(port, v_num(&A, 443, NF_DEC));
	struct value *addr = v_field(sa, "sin_addr", v_call(&A, "inet_addr"));
	v_add(addr, v_str(&A, "10.1.2.3", 8, 0));
	CHECK(holds("net.family = inet and net.port = 443 and net.addr = 10.1.2.3", &e));
	CHECK(holds("net.addr cidr 10.0.0.0/8 and net.addr cidr 10.1.2.0/23 and not net.addr cidr (lo)", &e));
	CHECK(holds("not net.addr cidr 10.1.2.4/32 and net.addr in (192.168.0.0/16, 10.1.0.0/16)", &e));
	CHECK(holds("fd.type = socket and fd.family = inet and failed and errno = ECONNREFUSED and ret = -1", &e));
	CHECK(holds("arg.uservaddr.sin_port = 443 and arg.uservaddr.sa_family = AF_INET", &e));
	CHECK_STR(output("%net.addr:%net.port %errno %fd.type", &e), "10.1.2.3:443 ECONNREFUSED socket");

	/* IPv6 loopback; an IPv4-mapped address is tested as IPv4 */
	call(&c, SC_connect, 0, 0);
	v_add(c.args, v_fd(&A, 4, NULL));
	sa = v_add(c.args, v_list(&A, V_STRUCT));
	v_field(sa, "sa_family", v_enum(&A, AF_INET6, &xlat_net_families, NF_DEC));
	struct value *pton = v_add(sa, v_call(&A, "inet_pton"));
	v_add(pton, v_const(&A, "AF_INET6", AF_INET6, NF_DEC));
	v_add(pton, v_str(&A, "::1", 3, 0));
	CHECK(holds("net.family = inet6 and net.addr cidr (lo) and net.addr = ::1", &e));
	pton->list.first->next->s.p = "::ffff:127.0.0.9";
	pton->list.first->next->s.len = 16;
	CHECK(holds("net.addr cidr 127.0.0.0/8 and not net.addr cidr ::1/128", &e));

	/* fork, memfd_create, fexecve: the child runs /memfd:x, its parent is the server */
	ptab_attach(pt, 101, 101, 100, 0);
	struct proc *ch = ptab_proc(pt, 101, 101, 0);
	CHECK(ch != p && ch->parent == p && ch->uid == 1000 && !strcmp(ch->comm, "server"));
	call(&c, SC_memfd_create, 5, 0);
	v_add(c.args, v_str(&A, "x", 1, 0));
	ptab_apply(pt, ch, &c);
	CHECK(proc_fd(ch, 5) && proc_fd(ch, 5)->kind == FDK_MEMFD && !proc_fd(p, 5));
	call(&c, SC_execveat, 0, 0);
	c.arg[0] = 5;
	v_add(c.args, v_fd(&A, 5, NULL));
	v_add(c.args, path(""));
	struct value *argv = v_add(c.args, v_list(&A, V_ARRAY));
	v_add(argv, v_str(&A, "payload", 7, 0));
	e.p = ch;
	e.tid = e.pid = 101;
	arena_reset(&ea);
	e.have_fd = false;
	evctx_prepare(&e);
	CHECK(e.have_fd && e.fd.kind == FDK_MEMFD);
	ptab_apply(pt, ch, &c);
	CHECK(ch->exe && !strcmp(ch->exe, "/memfd:x (deleted)") && !strcmp(ch->argv[0], "payload"));
	CHECK(holds("proc.exe startswith /memfd: and proc.parent.name = server and proc.anames = (init)", &e));
	CHECK(holds("proc.anames contains server and proc.aexes contains /usr/sbin/server", &e));

	/* execve of a relative path; set*id and creds.change; setsid */
	call(&c, SC_execve, 0, 0);
	v_add(c.args, path("bin/tool"));
	argv = v_add(c.args, v_list(&A, V_ARRAY));
	v_add(argv, v_str(&A, "tool", 4, 0));
	v_add(argv, v_str(&A, "-x", 2, 0));
	ptab_apply(pt, ch, &c);
	CHECK(!strcmp(ch->exe, "/srv/bin/tool") && !strcmp(ch->comm, "tool") && ch->argc == 2);
	call(&c, SC_setresuid, 0, 0);
	c.arg[0] = (uint32_t)-1;
	c.arg[1] = 1000;
	c.arg[2] = (uint32_t)-1;
	CHECK(holds("creds.change = false", &e));
	c.arg[1] = 0;
	CHECK(holds("creds.change", &e));
	ptab_apply(pt, ch, &c);
	CHECK(ch->uid == 1000 && ch->euid == 0);
	call(&c, SC_chdir, 0, 0);
	v_add(c.args, path("/tmp/../var"));
	ptab_apply(pt, ch, &c);
	CHECK(!strcmp(ch->cwd, "/var"));
	ptab_thread_exit(pt, 101);
	ptab_thread_exit(pt, 100);
	ptab_free(pt);
	arena_free(&ea);
}

/* the alert sink end to end: a hook sees each alert, with its JSON */
static int hooked;
static char hook_rule[64], hook_json[4096];

static void on_alert(const struct alert *a, void *ud)
{
	hooked += ud == &hooked;
	snprintf(hook_rule, sizeof(hook_rule), "%s", ((const struct rule *)a->rule)->name);
	snprintf(hook_json, sizeof(hook_json), "%s", a->json);
}

static void test_sink(void)
{
	setenv("XDG_CONFIG_HOME", "/nonexistent/sctrace-test", 1);   /* the shipped rules, not the user's */
	struct alert_opts o = { .quiet = true, .seed = seed, .min_prio = PRIO_DEBUG };
	struct sink *s = alert_sink_new(&o);
	alert_set_hook(on_alert, &hooked);
	struct event ev = { .kind = EV_ATTACH, .pid = 100, .tid = 100 };
	s->ops->raw_event(s, &ev, 1, NULL, NULL, 0);
	static struct tcb t;
	t.tid = t.pid = 100;
	t.scno = SC_openat;
	t.entry_seq = 7;
	call(&t.dc, SC_openat, 3, 0);
	t.dc.arg[0] = (uint64_t)AT_FDCWD;
	v_add(t.dc.args, v_const(&A, "AT_FDCWD", (uint64_t)AT_FDCWD, NF_DEC));
	v_add(t.dc.args, path("/etc/shadow"));
	v_add(t.dc.args, v_enum(&A, O_RDONLY, &xlat_open_access, NF_HEX));
	s->ops->syscall_exit(s, &t, 0);
	CHECK(hooked == 1 && alert_sink_count(s) == 1);
	CHECK_STR(hook_rule, "read_sensitive_file");
	CHECK(strstr(hook_json, "\"rule\":\"read_sensitive_file\",\"priority\":\"warning\"") != NULL);
	CHECK(strstr(hook_json, "\"process\":{\"pid\":100,\"tid\":100,\"ppid\":1,\"comm\":\"server\"") != NULL);
	CHECK(strstr(hook_json, "\"ancestry\":[{\"pid\":1,\"ppid\":null,\"comm\":\"init\"") != NULL);
	CHECK(strstr(hook_json, "\"event\":{\"seq\":7,") != NULL);
	t.dc.arg[0] = 0;
	alert_set_hook(NULL, NULL);
	s->ops->syscall_exit(s, &t, 0);
	CHECK(hooked == 1 && alert_sink_count(s) == 2);
	s->ops->close(s);
}

int main(void)
{
	test_files();
	test_eval();
	test_sink();
	arena_free(&A);
	return unit_report("rules");
}
