# sctrace diff: two runs of bdiff_prog (temporary files named by their pids, different in each run)
# show no differences; a variant with a new UDP endpoint, a new file, a shell
# or a /etc/shadow read is reported, in text and in --json that validates
# against docs/diff.schema.json, and --fail-on turns it into exit status 1;
# the slow variant's sleeps are a latency change; --baseline from three runs
# scores a fourth as normal and flags the shell and shadow variants with the
# window where they happened; the issue's scenario, python3 -m http.server
# and a variant whose request handler spawns /bin/sh; bad input is one line.
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$T"
P=$PROGS/bdiff_prog
py() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }
valid() {
	python3 - "$ROOT/docs/diff.schema.json" "$@" <<'PYEOF' || fail "$* does not validate against docs/diff.schema.json"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
for f in sys.argv[2:]:
    jsonschema.validate(json.load(open(f)), schema)
PYEOF
}
rec() { local db=$1; shift; "$SCTRACE" record -q -f -w "$db" -- "$@" >/dev/null 2>&1 || fail "record $*"; }
d() { "$SCTRACE" diff "$@" 2>"$T/err"; }

# ---- bad input: one line, exit 1 ----
rec n1.db "$P"
echo 'not a store' >junk.db
check_error 'diff: needs two recorded traces' diff n1.db
check_error 'diff: needs two recorded traces' diff
check_error 'diff: takes two recorded traces' diff n1.db n1.db n1.db
check_error 'diff: missing.db: No such file or directory' diff n1.db missing.db
check_error '.*junk.db' diff junk.db n1.db
check_error 'diff: --baseline needs at least one BASE' diff --baseline n1.db
check_error "diff: unknown --fail-on class 'new-thing'" diff --fail-on=new-thing n1.db n1.db
check_error 'diff: --fail-on=anomaly needs --baseline' diff --fail-on=anomaly n1.db n1.db
check_error "diff: invalid --alpha value '2'" diff --alpha 2 n1.db n1.db
check_error 'diff: --threshold 30 is more than' diff --baseline --threshold 30 n1.db n1.db
# a program called diff is traced with --
"$SCTRACE" -o trace.txt -- diff /dev/null /dev/null || fail "sctrace -- diff traced nothing"
expect_grep trace.txt '^execve\(".*diff", \["diff", "/dev/null", "/dev/null"\]'

# ---- two ordinary runs: nothing after normalisation ----
rec n2.db "$P"
d n1.db n2.db >same.txt || fail "diff of two runs exited non-zero"
expect_grep same.txt '^no differences \(after normalisation'
d --json --fail-on=any n1.db n2.db >same.json || fail "--fail-on=any with no differences exited 1"
valid same.json
[ "$(py same.json "d['differences']")" = 0 ] || fail "two runs: $(py same.json "d['differences']") differences"
# --all: every shared syscall's count and latency test, none of them a difference
d --json --all n1.db n2.db >all.json
valid all.json
[ "$(py all.json "(d['differences'], len(d['counts']) > 10, any(c['changed'] for c in d['counts'] + d['latency']))")" = \
  "(0, True, False)" ] || fail "--all: $(py all.json "d['differences'], d['counts'][:3]")"
[ "$(py all.json "[c['a'] for c in d['counts'] if c['name'] == 'clock_nanosleep']")" = "[40]" ] || fail "--all: 40 sleeps"
# the temporary file's name (its pid) is in both, normalised
[ "$(sqlite3 n1.db "SELECT count(DISTINCT path) FROM syscall WHERE path LIKE '/tmp/bdiff-prog.%'")" = 1 ] ||
	fail "bdiff_prog made no temporary file"

# ---- a variant: a new endpoint, a new file ----
PORT=$(python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
rec v.db "$P" --udp "$PORT" --write "$T/out.txt"
d --json n1.db v.db >v.json || fail "diff --json exited non-zero without --fail-on"
valid v.json
[ "$(py v.json "[e['change'] for e in d['endpoints'] if e['endpoint'] == 'UDP -> 127.0.0.1:$PORT']")" = "['new']" ] ||
	fail "new endpoint not in --json: $(py v.json "d['endpoints']")"
# $T is mkdtemp's /tmp/sctrace-test.XXXXXX: its random part is normalised too
NT=${T%.*}.*
[ "$(py v.json "[f['b'] for f in d['files'] if f['path'] == '$NT/out.txt']")" = "['wc']" ] ||
	fail "new file not in --json: $(py v.json "d['files']")"
[ "$(py v.json "sorted(s['name'] for s in d['syscalls'] if s['change'] == 'new')")" = "['connect', 'sendto', 'socket']" ] ||
	fail "syscalls used only in B: $(py v.json "d['syscalls']")"
d --width 100 n1.db v.db >v.txt
expect_grep v.txt '^NETWORK ENDPOINTS'
expect_grep v.txt "^  \+ +0 +1  UDP -> 127\.0\.0\.1:$PORT$"
expect_grep v.txt "^  \+ +wc +${NT%.\*}\.\*/out\.txt$"
d --fail-on=new-endpoint n1.db v.db >/dev/null; [ $? = 1 ] || fail "--fail-on=new-endpoint did not exit 1"
d --fail-on=new-file n1.db v.db >/dev/null; [ $? = 1 ] || fail "--fail-on=new-file did not exit 1"
d --fail-on=new-exec n1.db v.db >/dev/null || fail "--fail-on=new-exec exited 1 without a new program"
[ ! -s err ] || { cat err; fail "diff wrote to stderr"; }
# every line within the width, no colour when not a terminal
awk 'length($0) > 100 { exit 1 }' v.txt || fail "a line is wider than --width 100"
! grep -q $'\033' v.txt || fail "colour escapes without a terminal"
if command -v script >/dev/null; then   # on a terminal: colour, unless NO_COLOR
	script -qec "'$SCTRACE' diff n1.db v.db" /dev/null >tty.txt </dev/null
	grep -q $'\033\\[' tty.txt || fail "no colour on a terminal"
	NO_COLOR=1 script -qec "'$SCTRACE' diff n1.db v.db" /dev/null >tty2.txt </dev/null
	! grep -q $'\033\\[' tty2.txt || fail "colour with NO_COLOR set"
	grep -q 'UDP -> 127.0.0.1' tty2.txt || fail "script: no diff output"
fi

# ---- latency: 40 sleeps of 3 ms against 40 of 100 us ----
rec slow.db "$P" --slow
d --json n1.db slow.db >slow.json
valid slow.json
[ "$(py slow.json "[(l['changed'], l['cliffs_delta'] > 0.9, l['p'] < 1e-6) for l in d['latency'] if l['name'] == 'clock_nanosleep']")" = \
  "[(True, True, True)]" ] || fail "clock_nanosleep latency change not found: $(py slow.json "d['latency']")"
d --fail-on=latency n1.db slow.db >/dev/null; [ $? = 1 ] || fail "--fail-on=latency did not exit 1"

# ---- --baseline: three runs learn, a fourth is normal, the variants are not ----
rec n3.db "$P"
rec n4.db "$P"
rec shell.db "$P" --shell
rec shadow.db "$P" --shadow
d --json --baseline --fail-on=anomaly n1.db n2.db n3.db n4.db >b4.json || fail "a normal run scored anomalous: $(py b4.json "d['score'], d['new']")"
valid b4.json
[ "$(py b4.json "(d['anomalous'], d['unseen'])")" = "(False, 0)" ] || fail "normal run: $(py b4.json "d['unseen'], d['processes']")"
d --json --baseline --fail-on=anomaly n1.db n2.db n3.db shell.db >bs.json; [ $? = 1 ] || fail "shell variant: --fail-on=anomaly did not exit 1"
valid bs.json
[ "$(py bs.json "(d['anomalous'], d['score'] >= d['parameters']['threshold'])")" = "(True, True)" ] || fail "shell variant not anomalous"
# the shell is a program no baseline ran, and the parent's unseen windows hold its fork and wait
[ "$(py bs.json "[p['new_program'] for p in d['processes'] if p['program'] == '/bin/sh']")" = "[True]" ] ||
	fail "shell not a new program: $(py bs.json "[(p['program'], p['new_program']) for p in d['processes']]")"
py bs.json "[r['syscalls'] for p in d['processes'] if p['program'].endswith('bdiff_prog') and p['comm'] == 'bdiff_prog' for r in p['regions']]" >regions.txt
expect_grep regions.txt 'clone.* wait4' "the parent's unseen window has no clone ... wait4"
[ "$(py bs.json "sorted(n['key'] for n in d['new'] if n['kind'] == 'program')")" = "['/bin/sh', '/usr/bin/true']" ] ||
	fail "new programs: $(py bs.json "d['new']")"
d --baseline n1.db n2.db n3.db shadow.db >bsh.txt
expect_grep bsh.txt '^  anomalous: score [0-9]+'
expect_grep bsh.txt '^  \+ file +r +/etc/shadow$'
d --json --baseline n1.db n2.db n3.db shadow.db >bsh.json
valid bsh.json
[ "$(py bsh.json "any('/etc/shadow' in (r['paths'] or '') and 'openat read' in r['syscalls'] for p in d['processes'] for r in p['regions'])")" = True ] ||
	fail "the window of the shadow read is not listed: $(py bsh.json "d['processes']")"

# ---- the issue's scenario: python3 -m http.server serving a request, and a variant that spawns /bin/sh ----
PY=$(python3 -c 'import sys; print(sys.executable)')
mkdir -p www site && echo hello >www/index.html
cat >site/sitecustomize.py <<'PYEOF'
# a dependency gone bad: with BDIFF_EVIL set, every request also runs a shell
import os
if os.environ.get("BDIFF_EVIL"):
    import socketserver, subprocess
    _setup = socketserver.StreamRequestHandler.setup
    def setup(self):
        subprocess.run(["/bin/sh", "-c", "cat /etc/shadow > /dev/null"])
        return _setup(self)
    socketserver.StreamRequestHandler.setup = setup
PYEOF
HPORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
serve() {   # serve STORE [evil]
	( cd www && [ -n "${2:-}" ] && export BDIFF_EVIL=1
	  PYTHONPATH=$T/site PYTHONDONTWRITEBYTECODE=1 exec "$SCTRACE" record -q -f -w "$T/$1" -- \
		"$PY" -m http.server --bind 127.0.0.1 "$HPORT" >/dev/null 2>&1 ) &
	local rec=$! pid=
	wait_for "'$PY' -c \"import urllib.request; urllib.request.urlopen('http://127.0.0.1:$HPORT/').read()\" 2>/dev/null" ||
		fail "http.server did not answer"
	for p in $(pgrep -P "$rec"); do pid=$p; done
	for p in $(pgrep -P "$pid" 2>/dev/null); do pid=$p; done
	[ -n "$pid" ] && kill -TERM "$pid"
	wait "$rec"
}
serve h1.db; serve h2.db; serve h3.db; serve h4.db; serve hv.db evil
d --width 200 h1.db hv.db >h.txt
expect_grep h.txt '^  \+ +0 +1  /bin/sh -c cat /etc/shadow > /dev/null +/.*python.* -m http.server'
expect_grep h.txt '^  \+  /bin/sh$'
expect_grep h.txt '^  \+ +r +/etc/shadow$'
d --fail-on=new-exec h1.db hv.db >/dev/null; [ $? = 1 ] || fail "http.server variant: --fail-on=new-exec did not exit 1"
d --json h1.db hv.db >h.json
valid h.json
[ "$(py h.json "[p['parent'].endswith('-m http.server --bind 127.0.0.1 $HPORT') for p in d['processes'] if p['command'].startswith('/bin/sh -c')]")" = "[True]" ] ||
	fail "the shell's parent is not the server: $(py h.json "d['processes']")"
d --fail-on=new-exec h1.db h2.db >/dev/null || fail "two http.server runs: --fail-on=new-exec exited 1"
d --json --baseline h1.db h2.db h3.db hv.db >hb.json
valid hb.json
[ "$(py hb.json "d['anomalous']")" = True ] || fail "http.server shell variant not anomalous"
[ "$(py hb.json "sorted(set(p['program'] for p in d['processes'] if p['new_program']))")" = "['/usr/bin/cat', '/usr/bin/dash']" ] ||
	fail "http.server: new programs $(py hb.json "[(p['program'], p['new_program']) for p in d['processes']]")"
# the server's own unseen windows are where it spawned the shell
py hb.json "[r['syscalls'] for p in d['processes'] if p['comm'].startswith('python') for r in p['regions']]" >hregions.txt
expect_grep hregions.txt 'vfork|clone' "the server's unseen windows do not show the spawn"
d --json --baseline h1.db h2.db h3.db h4.db >hn.json
[ "$(py hn.json "d['anomalous']")" = False ] || fail "a normal http.server run scored anomalous: $(py hn.json "d['score'], d['new'], [(p['program'], p['max_in_frame']) for p in d['processes']]")"
exit 0
