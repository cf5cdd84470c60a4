# sctrace report: the numbers come from what the traced programs did (count_calls'
# N getppid and N failing close(-1), dd's 7000 bytes, net_tcp's 6-byte hello on
# 127.0.0.1:47001, a shell's children), percentiles match an independent
# nearest-rank computation over the stored durations, text and --json agree,
# every line fits COLUMNS without escape codes, and bad input is one line.
. "$(dirname "$0")/lib.sh"
cd "$T"

# py FILE EXPR: evaluate a Python expression over the JSON document d in FILE
py() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print($2)" "$1"; }
# the row of a list whose key equals the value, as a Python expression
row() { echo "next(r for r in d['$1'] if r['$2'] == $3)"; }
report() { "$SCTRACE" report "$@" 2>"$T/err"; }
json_ok() { python3 -m json.tool "$1" >/dev/null || fail "$1 is not valid JSON"; }

# ---- counts and errors: count_calls makes N getppid and N failing close(-1) ----
"$SCTRACE" record -w cc.db -- "$PROGS/count_calls" 50 >/dev/null 2>&1 || fail "record count_calls"
report cc.db --json --top 0 >cc.json || { cat err; fail "report --json"; }
json_ok cc.json
[ ! -s err ] || { cat err; fail "report wrote to stderr (a progress bar without a terminal?)"; }
[ "$(py cc.json "$(row syscalls name "'getppid'")['calls']")" = 50 ] || fail "getppid calls != 50"
[ "$(py cc.json "$(row syscalls name "'getppid'")['errors']")" = 0 ] || fail "getppid errors != 0"
[ "$(py cc.json "$(row errors syscall "'close'")['count']")" = 50 ] || fail "close EBADF count != 50"
[ "$(py cc.json "$(row errors syscall "'close'")['errno']")" = EBADF ] || fail "close errno"
[ "$(py cc.json "$(row errors syscall "'close'")['examples']")" = "['close(-1)']" ] ||
	fail "close examples: $(py cc.json "$(row errors syscall "'close'")['examples']")"
[ "$(py cc.json "d['summary']['syscalls'] == sum(r['calls'] for r in d['syscalls'])")" = True ] ||
	fail "summary syscalls != sum of the syscall rows"
[ "$(py cc.json "d['summary']['errors'] == sum(r['errors'] for r in d['syscalls'])")" = True ] ||
	fail "summary errors != sum of the syscall errors"
[ "$(py cc.json "d['summary']['command']")" = "['$PROGS/count_calls', '50']" ] || fail "summary command"
[ "$(py cc.json "d['summary']['exit']['code']")" = 0 ] || fail "summary exit code"
[ "$(py cc.json "d['summary']['finished']")" = True ] || fail "summary finished"
report cc.db --top 0 --width 200 >cc.txt || fail "report text"
expect_grep cc.txt '^  getppid +50 +0 '
expect_grep cc.txt '^  close +EBADF +50  close\(-1\)$'
expect_grep cc.txt '^  syscalls +[0-9]+, errors [0-9]+ '
# the same number of calls in text as in JSON
[ "$(awk '$1 == "getppid" {print $2}' cc.txt)" = 50 ] || fail "text getppid calls"

# exact percentiles, nearest rank, against the durations in the store
python3 - cc.db cc.json <<'EOF' || fail "percentiles differ from a nearest-rank computation"
import json, math, sqlite3, sys
db = sqlite3.connect(sys.argv[1])
d = json.load(open(sys.argv[2]))
for r in d["syscalls"]:
    durs = sorted(x for (x,) in db.execute("SELECT dur FROM syscall WHERE name = ? AND dur IS NOT NULL", (r["name"],)))
    if not durs:
        continue
    for p in (50, 95, 99):
        want = durs[max(math.ceil(len(durs) * p / 100), 1) - 1]
        if r["p%d_ns" % p] != want:
            sys.exit("%s p%d: %s, want %s" % (r["name"], p, r["p%d_ns" % p], want))
    if r["max_ns"] != durs[-1] or r["min_ns"] != durs[0] or r["total_ns"] != sum(durs):
        sys.exit("%s: min/max/total" % r["name"])
EOF

# --sort, --top, --syscall, --histogram
report cc.db --json --sort=calls >s.json || fail "--sort=calls"
[ "$(py s.json "d['syscalls'][0]['calls'] == max(r['calls'] for r in d['syscalls'])")" = True ] || fail "--sort=calls order"
report cc.db --json --sort=name --top 0 >s.json || fail "--sort=name"
[ "$(py s.json "[r['name'] for r in d['syscalls']] == sorted(r['name'] for r in d['syscalls'])")" = True ] || fail "--sort=name order"
report cc.db --json --top 1 >s.json || fail "--top 1"
[ "$(py s.json "len(d['syscalls'])")" = 1 ] || fail "--top 1 kept more rows"
[ "$(py s.json "d['omitted']['syscalls'] > 0")" = True ] || fail "--top 1: omitted count"
report cc.db --json --syscall getppid,close >s.json || fail "--syscall"
[ "$(py s.json "sorted(r['name'] for r in d['syscalls'])")" = "['close', 'getppid']" ] || fail "--syscall kept others"
[ "$(py s.json "d['summary']['syscalls']")" = "$(py cc.json "$(row syscalls name "'getppid'")['calls'] + $(row syscalls name "'close'")['calls']")" ] ||
	fail "--syscall: summary count"
report cc.db --json --histogram=getppid >h.json || fail "--histogram"
[ "$(py h.json "sum(b['count'] for b in $(row syscalls name "'getppid'")['histogram'])")" = 50 ] || fail "histogram counts"
report cc.db --histogram=getppid --section=syscalls >h.txt || fail "--histogram text"
expect_grep h.txt '^  getppid: 50 calls by duration$'
expect_grep h.txt '^ +[0-9.]+[mun]?s \.\. +[0-9.]+[mun]?s +\|#+ *\| +[0-9]+$'

# ---- the process tree of a shell and its children ----
"$SCTRACE" record -w tree.db -f -- sh -c "$PROGS/count_calls 5; $PROGS/count_calls 7; $PROGS/exit_code exit 3; exit 0" \
	>/dev/null 2>&1 || fail "record sh -c"
report tree.db --json --section=processes,summary >tree.json || fail "report tree"
json_ok tree.json
[ "$(py tree.json "len(d['processes'])")" = 4 ] || fail "4 processes expected: $(py tree.json "d['processes']")"
[ "$(py tree.json "d['summary']['processes']")" = 4 ] || fail "summary processes"
[ "$(py tree.json "[p['depth'] for p in d['processes']]")" = "[0, 1, 1, 1]" ] || fail "tree depths"
[ "$(py tree.json "all(p['ppid'] == d['processes'][0]['pid'] for p in d['processes'][1:])")" = True ] || fail "ppids"
[ "$(py tree.json "[p['argv'][1:] for p in d['processes'][1:]]")" = "[['5'], ['7'], ['exit', '3']]" ] ||
	fail "children argv: $(py tree.json "[p['argv'] for p in d['processes']]")"
[ "$(py tree.json "[p['exit_code'] for p in d['processes']]")" = "[0, 0, 0, 3]" ] || fail "exit codes"
[ "$(py tree.json "sum(p['syscalls'] for p in d['processes']) == d['summary']['syscalls']")" = True ] ||
	fail "per-process syscalls do not add up"
child=$(py tree.json "d['processes'][2]['pid']")
report tree.db --json --pid "$child" --syscall getppid >p.json || fail "--pid"
[ "$(py p.json "d['summary']['syscalls']")" = 7 ] || fail "--pid $child --syscall getppid: not 7 calls"
[ "$(py p.json "[p['pid'] for p in d['processes']]")" = "[$child]" ] || fail "--pid: other processes shown"
sh_pid=$(py tree.json "d['processes'][0]['pid']")
report tree.db --json --pid "$sh_pid" --section=processes >p.json || fail "--pid with descendants"
[ "$(py p.json "len(d['processes'])")" = 4 ] || fail "--pid of the shell: descendants missing"
report tree.db --section=processes --width 100 >tree.txt || fail "report tree text"
expect_grep tree.txt "^ +$child +\+[0-9.]+[mun]?s +[0-9.]+[mun]?s +0 +[0-9]+  \\\\_ $PROGS/count_calls 7\$"
expect_grep tree.txt ' 3 +[0-9]+  \\_ .*exit_code exit 3$'

# ---- files: bytes of a known file, with and without -y ----
for y in "" -y; do
	rm -f data.bin
	"$SCTRACE" record -w "files$y.db" $y -f -- sh -c "dd if=/dev/zero of=$T/data.bin bs=1000 count=7 status=none; cat $T/data.bin >/dev/null" \
		>/dev/null 2>&1 || fail "record dd $y"
	report "files$y.db" --json --section=files --top 0 >f.json || fail "report files $y"
	json_ok f.json
	[ "$(py f.json "$(row files path "'$T/data.bin'")['written_bytes']")" = 7000 ] || fail "data.bin written != 7000 ($y)"
	[ "$(py f.json "$(row files path "'$T/data.bin'")['read_bytes']")" = 7000 ] || fail "data.bin read != 7000 ($y)"
	[ "$(py f.json "$(row files path "'$T/data.bin'")['opens']")" = 2 ] || fail "data.bin opens != 2 ($y)"
	[ "$(py f.json "$(row files path "'/dev/zero'")['read_bytes']")" = 7000 ] || fail "/dev/zero read != 7000 ($y)"
done
# --since after the end: nothing matches, and the report says so
report files.db --since 3600 >late.txt || fail "--since 3600"
expect_grep late.txt '^note: no system calls match the filter$'
expect_grep late.txt '^  no file activity$'

# ---- network: net_tcp's loopback connection (fd -> endpoint, and with -yy) ----
for y in "" -yy; do
	"$SCTRACE" record -w "net$y.db" $y -f -- "$PROGS/net_tcp" >/dev/null 2>&1 || fail "record net_tcp $y"
	report "net$y.db" --json --section=network --top 0 >n.json || fail "report network $y"
	json_ok n.json
	c="$(row network endpoint "'TCP -> 127.0.0.1:47001'")"
	a="$(row network endpoint "'TCP 127.0.0.1:47001 <- 127.0.0.1:47002'")"
	[ "$(py n.json "(($c)['sent_bytes'], ($c)['received_bytes'])")" = "(6, 6)" ] || fail "client bytes ($y)"
	[ "$(py n.json "(($a)['sent_bytes'], ($a)['received_bytes'])")" = "(6, 6)" ] || fail "server bytes ($y)"
	[ "$(py n.json "(($c)['role'], ($a)['role'])")" = "('connect', 'accept')" ] || fail "roles ($y)"
	[ "$(py n.json "$(row network endpoint "'UDPv6 -> [::1]:47003'")['sent_bytes']")" = 8 ] || fail "UDPv6 bytes ($y)"
	report "net$y.db" --section=network --width 100 >n.txt || fail "network text $y"
	expect_grep n.txt '^  TCP -> 127\.0\.0\.1:47001 +[0-9]+ +6 B +6 B '
done

# ---- width and colour ----
for f in tree.db files-y.db net-yy.db cc.db; do
	COLUMNS=60 NO_COLOR=1 "$SCTRACE" report "$f" --histogram >w.txt 2>err || fail "COLUMNS=60 $f"
	long=$(awk 'length($0) > 60' w.txt | head -3)
	[ -z "$long" ] || fail "$f: lines longer than 60 columns: $long"
	! grep -q $'\033' w.txt || fail "$f: escape codes without a terminal"
	"$SCTRACE" report "$f" --width 40 >w.txt || fail "--width 40 $f"
	[ -z "$(awk 'length($0) > 40' w.txt)" ] || fail "$f: --width 40 exceeded"
done
grep -q '\.\.\.' w.txt || fail "nothing was cut with ... at 40 columns"

# ---- sessions that are empty or did not finish ----
"$SCTRACE" record -w empty.db -e trace=none -- true >/dev/null 2>&1 || fail "record empty"
report empty.db >e.txt || fail "report of an empty session"
expect_grep e.txt '^note: no system calls were recorded$'
expect_grep e.txt '^  syscalls +0$'
cp cc.db killed.db
sqlite3 killed.db 'UPDATE session SET end_ns = NULL, syscalls = NULL, exit_status = NULL'
report killed.db >k.txt || fail "report of an unfinished recording"
expect_grep k.txt '^note: recording did not finish \(sctrace was killed\?\): what was stored up to then$'
expect_grep k.txt '^  duration +at least '
report killed.db --json >k.json && json_ok k.json
[ "$(py k.json "d['summary']['finished']")" = False ] || fail "JSON finished flag"

# ---- bad input: one line each ----
echo 'not a trace' >notes.txt
sqlite3 other.db 'CREATE TABLE t(x)'
check_error 'nothere.db: no such file' report nothere.db
check_error 'notes.txt: not an sctrace trace store' report notes.txt
check_error 'other.db: a SQLite database, but not an sctrace trace store' report other.db
check_error "report: unknown section 'bogus'" report cc.db --section=bogus
check_error "report: unrecognized option '--bogus'" report cc.db --bogus
check_error "report: invalid option '-Q'" report cc.db -Q
check_error "report: invalid --sort key 'fast'" report cc.db --sort=fast
check_error "report: invalid --since time '1x'" report cc.db --since 1x
check_error 'report: missing FILE' report
check_error "report: unknown syscall 'getppidd'" report cc.db --syscall getppidd
check_error 'cc.db: no process 1 in the trace' report cc.db --pid 1
check_error "report: option '--top' requires an argument" report cc.db --top
exit 0
