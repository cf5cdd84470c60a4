# Configuration files and presets (docs/CONFIG.md): a user file's defaults
# apply to tracing and record, the command line overrides them, SCTRACE_CONFIG
# replaces the user file, --no-config ignores them; each preset traces exactly
# as its options do; `sctrace config` names where every value came from and
# its output is itself a valid file; bad keys, values, sections and presets
# are one error naming the file and line.  (/etc/sctrace/config is never
# written here.)
. "$(dirname "$0")/lib.sh"
cd "$T"
LOAD=$PROGS/tui_load   # ROUNDS x (3 getppid, a chdir failing ENOENT), a pause of MS
unset SCTRACE_CONFIG
export XDG_CONFIG_HOME=$T/xdg
mkdir -p xdg/sctrace
CFG=$T/xdg/sctrace/config
if [ -e /etc/sctrace/config ]; then
	echo "note: /etc/sctrace/config exists; its keys are overridden by the test's files"
fi

# trace OUT ARGS...: the trace text of ARGS into OUT, without the execve line
# (its environment pointer differs from run to run) and getppid's result (sctrace's pid)
trace() {
	local out=$1; shift
	"$SCTRACE" "$@" 2>"$out.raw" >/dev/null
	grep -v '^execve(' "$out.raw" | sed -E 's/^(getppid\(\) += )[0-9]+/\1PID/' >"$out"
}
same() { cmp -s "$1" "$2" || { diff "$1" "$2" | head -20; fail "${3:-$1 and $2 differ}"; }; }

# ---- defaults from the user file ----
cat >"$CFG" <<'EOF'
# a comment, then keys
string-limit = 5
columns = 50
trace = chdir,getppid   # a comment after a blank
EOF
trace a.txt "$LOAD" 2 0
trace b.txt --no-config -s 5 -a 50 -e trace=chdir,getppid "$LOAD" 2 0
same a.txt b.txt "the file's defaults are not -s 5 -a 50 -e trace=chdir,getppid"
expect_grep a.txt '^getppid\(\) {41}= PID$' "columns = 50 not applied"
[ "$(grep -c '^getppid()' a.txt)" = 6 ] || fail "not 6 getppid lines"
# the command line wins
trace c.txt -a 12 -e trace=chdir "$LOAD" 2 0
expect_grep c.txt '^chdir\("/nonexistent/sctrace-tui"\) = -1 ENOENT'
expect_no_grep c.txt '^getppid'
# --no-config: everything traced, strings in full
trace d.txt --no-config "$LOAD" 1 0
expect_grep d.txt '^chdir\("/nonexistent/sctrace-tui"\)'
expect_grep d.txt '^brk\('
# record takes them too
"$SCTRACE" record -w r.db "$LOAD" 2 0 2>/dev/null || fail "record"
"$SCTRACE" replay -a 50 r.db 2>r.txt || fail "replay"   # replay takes no defaults: -a is display
grep -v '^execve(' r.txt | sed -E 's/^(getppid\(\) += )[0-9]+/\1PID/' >r2.txt
same a.txt r2.txt "record did not apply the configuration"
[ "$(sqlite3 r.db 'SELECT options FROM session')" = '["--string-limit=5","--columns=50","--trace=chdir,getppid","-w","r.db","'"$LOAD"'","2","0"]' ] ||
	fail "the recording's options are not the expanded ones: $(sqlite3 r.db 'SELECT options FROM session')"

# ---- SCTRACE_CONFIG replaces the user file ----
printf 'follow-forks = yes\nsyscall-times = yes\n' >other
SCTRACE_CONFIG=$T/other "$SCTRACE" config >prov || fail "sctrace config with SCTRACE_CONFIG"
expect_grep prov "^# user file: $T/other\$"
expect_grep prov "^string-limit = 32 +# builtin;"
expect_grep prov "^follow-forks = yes +# $T/other:1;"
expect_grep prov "^syscall-times = yes +# $T/other:2;"
SCTRACE_CONFIG=$T/other "$SCTRACE" -e trace=getppid "$LOAD" 1 0 2>e.txt >/dev/null
expect_grep e.txt '^getppid\(\) += [0-9]+ <0\.[0-9]{6}>$' "SCTRACE_CONFIG's syscall-times did not give -T"
SCTRACE_CONFIG=$T/nosuch check_error "$T/nosuch: No such file" config

# ---- sctrace config: every key, its value and where it came from ----
"$SCTRACE" config -s 7 >prov || fail "sctrace config"
expect_grep prov "^# user file: $CFG\$"
expect_grep prov "^string-limit = 7 +# command line;"
expect_grep prov "^trace = chdir,getppid +# $CFG:4;"
expect_grep prov "^columns = 50 +# $CFG:3;"
expect_grep prov '^follow-forks = no +# builtin;'
expect_grep prov '^\[preset files\] +# builtin$'
expect_grep prov '^options = -f -y -e trace=%file$'
for p in files network process slow failures; do expect_grep prov "^\[preset $p\]"; done
[ "$(grep -c ' = ' prov)" -ge 20 ] || fail "sctrace config lists fewer than 20 keys"
"$SCTRACE" config --no-config >prov2 || fail "config --no-config"
expect_grep prov2 '^trace = all +# builtin;'
expect_grep prov2 "^# user file: $CFG \(ignored\)\$"
# its output is a configuration file that says the same
"$SCTRACE" config >round.cfg
SCTRACE_CONFIG=$T/round.cfg "$SCTRACE" config >round.out || fail "config's output does not load"
[ "$(grep -v '^#' round.cfg | sed 's/ *#.*//')" = "$(grep -v '^#' round.out | sed 's/ *#.*//')" ] ||
	fail "config's output read back gives another configuration"

# ---- presets: each is exactly its options ----
: >"$CFG"
trace p1.txt --preset failures "$LOAD" 3 0
trace p2.txt -f -e status=failed "$LOAD" 3 0
same p1.txt p2.txt "--preset failures != -f -e status=failed"
[ "$(grep -c '^chdir(' p1.txt)" = 3 ] || fail "failures: not 3 chdir"
expect_no_grep p1.txt '^getppid'
trace p3.txt --preset files "$LOAD" 2 0
trace p4.txt -f -y -e trace=%file "$LOAD" 2 0
same p3.txt p4.txt "--preset files != -f -y -e trace=%file"
expect_grep p3.txt '^openat\(AT_FDCWD<[^>]*>, "[^"]*libc\.so\.6", O_RDONLY\|O_CLOEXEC\) = 3<'
trace p5.txt --preset process "$LOAD" 1 0
trace p6.txt -f -e trace=%process "$LOAD" 1 0
same p5.txt p6.txt "--preset process != -f -e trace=%process"
expect_grep p5.txt '^exit_group\(0\)'
# slow: only calls over 10 ms, with their times (the 30 ms pauses)
trace p7.txt --preset slow "$LOAD" 3 30
[ "$(grep -c '^clock_nanosleep' p7.txt)" = 3 ] || { cat p7.txt; fail "slow: not the 3 pauses"; }
expect_no_grep p7.txt '^(getppid|chdir|brk|mmap)'
awk -F'<' '/^clock_nanosleep/ { t = $NF + 0; if (t < 0.010) bad = 1 } END { exit bad }' p7.txt || fail "slow: a call under 10 ms"
# several, expanded in place: a later option overrides
trace p8.txt --preset files --preset failures -e trace=chdir "$LOAD" 2 0
[ "$(grep -c '^chdir(' p8.txt)" = 2 ] && [ "$(wc -l <p8.txt)" -le 3 ] || { cat p8.txt; fail "--preset files --preset failures -e trace=chdir"; }
# a preset of the file's own, a default preset, and one that redefines a builtin
cat >"$CFG" <<'EOF'
[preset pauses]
options = -e trace=clock_nanosleep -T
description = the workload's pauses
[preset failures]
options = -e trace=chdir -e status=failed
[defaults]
preset = pauses
EOF
trace q1.txt "$LOAD" 2 1
[ "$(grep -c '^clock_nanosleep(.*<[0-9.]*>$' q1.txt)" = 2 ] && [ "$(grep -vc '^clock_nanosleep\|^+++' q1.txt)" = 0 ] ||
	{ cat q1.txt; fail "preset = pauses (default) not applied"; }
trace q2.txt --preset failures -e trace=all "$LOAD" 2 1
[ "$(grep -c '^chdir' q2.txt)" = 2 ] && expect_grep q2.txt '^access\(' "redefined failures + -e trace=all: no failed access"
"$SCTRACE" config >prov3
expect_grep prov3 "^preset = pauses +# $CFG:7;"
expect_grep prov3 "^\[preset failures\] +# $CFG:5\$"
expect_grep prov3 "^\[preset pauses\] +# $CFG:2\$"
"$SCTRACE" config --no-config >prov4
expect_grep prov4 '^\[preset failures\] +# builtin$'
check_error 'unknown preset .nosuch.' --preset nosuch true
check_error 'unknown preset .nosuch.' config --preset=nosuch

# ---- bad files: one error, FILE:LINE ----
bad() { printf "$1" >"$CFG"; shift; check_error "$@" -e trace=none true; check_error "$@" config; }
# a preset's options are checked when it is used, and by sctrace config
badp() { printf "$1" >"$CFG"; shift; check_error "$@" --preset a -e trace=none true; check_error "$@" config; }
bad 'string-limit = 5\nbogus = 1\n' "$CFG:2: unknown key 'bogus'"
bad '\n\nstring-limit = many\n' "$CFG:3: string-limit: invalid value 'many' \\(a number\\)"
bad 'follow-forks = maybe\n' "$CFG:1: follow-forks: invalid value 'maybe' \\(yes or no\\)"
bad 'output-format = xml\n' "$CFG:1: output-format: invalid value 'xml'"
bad '# ok\ntrace = nosuchcall\n' "$CFG:2: invalid system call 'nosuchcall'"
bad 'backend = fast\n' "$CFG:1: invalid --backend 'fast'"
bad 'slower-than = soon\n' "$CFG:1: invalid --slower-than argument: 'soon'"
bad 'just words\n' "$CFG:1: 'just words': expected key = value"
bad '[profile x]\n' "$CFG:1: unknown section '\\[profile x\\]'"
bad '[preset a]\nmode = fast\n' "$CFG:2: unknown key 'mode' in a preset"
bad '[preset a]\ndescription = none\n' "$CFG:1: preset 'a' has no options line"
badp '[preset a]\noptions = -f ls\n' "$CFG:2: 'ls' is not an option: a preset lists options only"
bad '[preset a]\noptions = -f -- ls\n' "$CFG:2: a preset lists options only"
badp '[preset a]\noptions = -e trace=zz\n' "$CFG:2: invalid system call 'zz'"
bad 'preset = nope\n' "$CFG:1: unknown preset 'nope'"
badp '[preset a]\noptions = --preset a\n' "$CFG:2: preset 'a' expands into itself"
: >"$CFG"
check_error "invalid --slower-than argument: 'x'" --slower-than=x true
check_error "config: unexpected argument 'x' \\(sctrace config takes options only\\)" config x
# another user's HOME: its config is not there for us (not an error); a file we cannot read is
if [ "$(id -u)" = 0 ] && command -v setpriv >/dev/null; then
	PUB=$(mktemp -d /tmp/sctrace-config-pub.XXXXXX)
	trap 'rm -rf "$T" "$PUB"' EXIT
	chmod 755 "$PUB"
	cp "$SCTRACE" "$PUB/sctrace"
	mkdir -p "$PUB/x/sctrace"
	echo 'follow-forks = yes' >"$PUB/x/sctrace/config"
	chmod 000 "$PUB/x/sctrace/config"
	nobody() { setpriv --reuid=nobody --regid=nogroup --clear-groups env "$@"; }
	nobody HOME=/root XDG_CONFIG_HOME= "$PUB/sctrace" config >"$T/np.out" 2>&1 ||
		{ cat "$T/np.out"; fail "a HOME we cannot search is not 'no user file'"; }
	expect_grep "$T/np.out" '^# user file: /root/.config/sctrace/config \(not present\)$'
	nobody XDG_CONFIG_HOME="$PUB/x" "$PUB/sctrace" config >"$T/np.out" 2>"$T/np.err" && fail "an unreadable config file is ignored"
	expect_grep "$T/np.err" "^sctrace: $PUB/x/sctrace/config: Permission denied\$"
fi
echo "config ok"
