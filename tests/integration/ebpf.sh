# The eBPF backend (--backend=ebpf): nothing lost silently (every call the
# program says it made is in the trace, or exactly the number sctrace reports
# lost is missing), -c counted in the kernel, fork and thread storms under -f,
# the trace starts at the execve, -p attaches without stopping anything,
# --system-wide narrowed by --comm, --uid, --cgroup and --container, record
# and replay, JSON Lines, and one clear error line for what cannot work.
# Expectations come from tests/progs/ebpf_counts (which prints what it did) or
# from the ptrace backend as the oracle, never from a copy of sctrace's output.
# Skips if BPF is not available here; every case runs, then exit 1 if one failed.
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
EC=$PROGS/ebpf_counts

"$SCTRACE" --backend=ebpf -o "$T/probe" -- true >/dev/null 2>"$T/probe.err"; rc=$?
if [ $rc -ne 0 ]; then
	# only "BPF cannot run here" (ebpf_probe's answer) skips; any other failure is a failure
	if grep -Eq '^sctrace: --backend=ebpf: .*; use --backend=ptrace$' "$T/probe.err"; then
		echo "skip: eBPF backend unavailable: $(head -1 "$T/probe.err")"
		exit 0
	fi
	cat "$T/probe.err"
	fail "sctrace --backend=ebpf -- true exited $rc"
fi
[ -x "$EC" ] || fail "no $EC (tests/run builds tests/progs)"

# a line's optional pid prefix: "PID " (-f/-p with -o, --system-wide) or "[pid PID] "
PFX='^([0-9]+ +|\[pid +[0-9]+\] )?'
FAILED=0
NCASES=0

# run_case NAME FUNCTION: each case in a subshell (fail() ends only that case)
run_case() {
	NCASES=$((NCASES + 1))
	local t0=$SECONDS
	if ( "$2" ) >"$T/case.out" 2>&1; then
		echo "ok   $1 ($((SECONDS - t0))s)"
		grep '^note: ' "$T/case.out"
	else
		cat "$T/case.out"
		echo "FAIL $1"
		FAILED=$((FAILED + 1))
	fi
}
note() { echo "note: $*"; }

count() { grep -Ec -- "$2" "$1"; }   # count FILE ERE
# lost_in_trace FILE: the sum of N over "[ N records lost: ... ]" lines
lost_in_trace() { grep -Eo '\[ [0-9]+ records? lost: ' "$1" | awk '{s += $2} END {print s + 0}'; }
# lost_on_stderr FILE: N of "sctrace: N records lost (...)", 0 without that line
lost_on_stderr() {
	[ "$(grep -c 'records lost' "$1")" -le 1 ] || fail "more than one 'records lost' line in $1"
	sed -n 's/^sctrace: \([0-9][0-9]*\) records lost (.*/\1/p' "$1" | awk '{s += $1} END {print s + 0}'
}
# total NAME FILE: NAME=VALUE from ebpf_counts's report line
total() { grep -Eo "(^| )$1=[0-9]+" "$2" | cut -d= -f2; }
# summary_col FILE SYSCALL calls|errors: a column of a -c table
summary_col() {
	awk -v n="$2" -v c="$3" '$NF == n && $1 ~ /^[0-9.]+$/ {
		if (c == "calls") print $4; else print (NF == 6 ? $5 : 0); found = 1 }
		END { if (!found) print "none" }' "$1"
}
# per_task FILE ERE: "count" per pid prefix, sorted (a multiset of per-thread counts)
per_task() { grep -E -- "$2" "$1" | awk '{print ($1 ~ /^[0-9]+$/ ? $1 : "-")}' | sort | uniq -c | awk '{print $1}' | sort -n | tr '\n' ' '; }

GETPPID="${PFX}getppid\\(\\) += [0-9]+\$"
WRITEX="${PFX}write\\([0-9]+, \"x\", 1\\) += 1\$"
OPENAT_FAIL="${PFX}openat\\(AT_FDCWD, \"/nonexistent-ebpf-counts-[a-z0-9]+\", O_RDONLY\\) += -1 ENOENT "
EXITED="${PFX}\\+\\+\\+ exited with 0 \\+\\+\\+\$"

# ---- completeness: -f, threads and children, the default buffer ----
case_complete() {
	"$SCTRACE" --backend=ebpf -f -o "$T/c.trace" -- "$EC" 3 2 2000 >"$T/c.out" 2>"$T/c.err" ||
		{ cat "$T/c.err"; fail "ebpf_counts 3 2 2000 under --backend=ebpf -f: exit $?"; }
	local g w o threads
	g=$(total getppid "$T/c.out"); w=$(total write "$T/c.out"); o=$(total openat_failed "$T/c.out")
	threads=$(total threads "$T/c.out")
	[ "$g" = 12000 ] && [ "$w" = 12000 ] && [ "$o" = 1200 ] || fail "ebpf_counts printed: $(cat "$T/c.out")"
	local sg sw so se lt le
	sg=$(count "$T/c.trace" "$GETPPID"); sw=$(count "$T/c.trace" "$WRITEX"); so=$(count "$T/c.trace" "$OPENAT_FAIL")
	se=$(count "$T/c.trace" "$EXITED")
	lt=$(lost_in_trace "$T/c.trace"); le=$(lost_on_stderr "$T/c.err")
	if [ "$lt" = 0 ] && [ "$le" = 0 ]; then
		[ "$sg" = "$g" ] || fail "getppid: $sg lines, the program made $g, nothing reported lost"
		[ "$sw" = "$w" ] || fail "write(fd, \"x\", 1): $sw lines, the program made $w, nothing reported lost"
		[ "$so" = "$o" ] || fail "failing openat: $so lines, the program made $o, nothing reported lost"
		[ "$se" = "$threads" ] || fail "$se '+++ exited with 0 +++' lines for $threads threads"
		# and each task's calls under its own pid: 6 tasks of 2000 getppid each
		[ "$(per_task "$T/c.trace" "$GETPPID")" = "2000 2000 2000 2000 2000 2000 " ] ||
			fail "getppid lines per task: $(per_task "$T/c.trace" "$GETPPID"), want 6 x 2000"
	else
		# without -e trace= any record may be the lost one: what is missing is at most what was reported
		local short=$((g - sg + w - sw + o - so + threads - se))
		note "completeness: $le records lost with the default buffer ($lt in the trace)"
		[ "$short" -le "$le" ] || fail "$short calls/exits missing, only $le reported lost"
		[ "$lt" -le "$le" ] || fail "the trace says $lt lost, stderr $le"
	fi
	[ "$(grep -vc 'records lost' "$T/c.err")" = 0 ] || { cat "$T/c.err"; fail "unexpected stderr"; }
}

# ---- calls a seccomp filter denies: they exit without entering ----
# (tests/progs/seccomp_deny: getppid, openat and uname denied in the main thread, a thread
# and a child; the ptrace backend, which stops before seccomp decides, is the oracle)
case_seccomp() {
	local SD=$PROGS/seccomp_deny b
	for b in ptrace ebpf; do
		"$SCTRACE" --backend=$b -f -o "$T/sd.$b" -- "$SD" >/dev/null 2>&1 || fail "$b: seccomp_deny failed"
		"$SCTRACE" --backend=$b -f -c -o "$T/sdc.$b" -- "$SD" >/dev/null 2>&1 || fail "$b -c: seccomp_deny failed"
	done
	# (ptrace may split a line <unfinished ...> when another thread's line comes between)
	local want='(<\.\.\. )?(getppid|openat|uname)[( ].* += -1 (EPERM|EACCES|ENOSYS) \('
	[ "$(count "$T/sd.ptrace" "$PFX$want")" = 9 ] || fail "ptrace: want 9 denied calls, $(count "$T/sd.ptrace" "$PFX$want")"
	# the path is read from the tracee's memory at the exit: the kernel never looked at it
	[ "$(count "$T/sd.ebpf" "${PFX}openat\\(AT_FDCWD, \"/etc/hostname\", O_RDONLY\\) = -1 EACCES")" = 3 ] ||
		fail "eBPF: want 3 openat(AT_FDCWD, \"/etc/hostname\", O_RDONLY) = -1 EACCES"
	[ "$(per_task "$T/sd.ebpf" "$PFX$want")" = "$(per_task "$T/sd.ptrace" "$PFX$want")" ] ||
		fail "denied calls per thread: eBPF $(per_task "$T/sd.ebpf" "$PFX$want"), ptrace $(per_task "$T/sd.ptrace" "$PFX$want")"
	local sc
	for sc in getppid openat uname; do
		for c in calls errors; do
			[ "$(summary_col "$T/sdc.ebpf" $sc $c)" = "$(summary_col "$T/sdc.ptrace" $sc $c)" ] ||
				fail "-c: $sc $c $(summary_col "$T/sdc.ebpf" $sc $c), ptrace counts $(summary_col "$T/sdc.ptrace" $sc $c)"
		done
	done
	# a seccomp kill: a thread dies in getpgid(0) (never leaving it), a child in getsid(0)
	# (its number for a result); ptrace reports no SIGSYS delivery for either
	for b in ptrace ebpf; do
		"$SCTRACE" --backend=$b -f -o "$T/sk.$b" -- "$SD" kill >/dev/null 2>&1 || fail "$b: seccomp_deny kill failed"
		"$SCTRACE" --backend=$b -f -c -o "$T/skc.$b" -- "$SD" kill >/dev/null 2>&1 || fail "$b -c: seccomp_deny kill failed"
		grep -Eq "${PFX}getpgid\\(0\\) += \\?\$" "$T/sk.$b" || fail "$b: no 'getpgid(0) = ?' line"
		grep -Eq "${PFX}(<\\.\\.\\. )?getsid.* += 124\$" "$T/sk.$b" || fail "$b: no 'getsid(0) = 124' line"
		[ "$(count "$T/sk.$b" "${PFX}\\+\\+\\+ killed by SIGSYS \\+\\+\\+\$")" = 2 ] || fail "$b: want 2 tasks killed by SIGSYS"
		! grep -q -- '--- SIGSYS' "$T/sk.$b" || fail "$b: a SIGSYS delivery is shown"
	done
	# each shown once (not again when the task's exit is seen)
	[ "$(count "$T/sk.ebpf" "${PFX}(getpgid|getsid)\\(")" = 2 ] || fail "eBPF: want one getpgid and one getsid line"
	[ "$(summary_col "$T/skc.ebpf" getsid calls)" = "$(summary_col "$T/skc.ptrace" getsid calls)" ] ||
		fail "-c: getsid calls $(summary_col "$T/skc.ebpf" getsid calls), ptrace counts $(summary_col "$T/skc.ptrace" getsid calls)"
	# -p while the program sleeps in a call: that call's exit is no denied call, the next getppid is
	"$SD" sleep >/dev/null & local pid=$!
	sleep 0.3
	"$SCTRACE" --backend=ebpf -p $pid -o "$T/sdp" 2>/dev/null & local tr=$!
	wait $pid
	wait $tr
	# (the sleep was in flight at attach: no line for it, and none made up from its exit)
	head -1 "$T/sdp" | grep -Eq "^getppid\\(\\) += -1 EPERM" || fail "-p: first line '$(head -1 "$T/sdp")', want the denied getppid"
	[ "$(count "$T/sdp" "$want")" = 3 ] || fail "-p: want 3 denied calls, $(count "$T/sdp" "$want")"
	expect_grep "$T/sdp" '^\+\+\+ exited with 0 \+\+\+$'
}

# ---- a ring buffer too small: the loss is counted, exactly ----
case_lossy() {
	# oracle: how many getppid/write/openat records this run makes (the
	# program's calls plus its deterministic own: loader openat, the report write)
	"$SCTRACE" --backend=ptrace -f -e trace=getppid,write,openat -o "$T/l.oracle" -- "$EC" 3 2 2000 100 >"$T/l.out" ||
		fail "oracle run failed"
	local any="${PFX}(getppid|write|openat)\\("
	local want want_tasks
	want=$(count "$T/l.oracle" "$any")
	want_tasks=$(per_task "$T/l.oracle" "$any")
	# the program pauses 100 ms after its burst: the exits (carrying each
	# thread's lost count) arrive after the reader has drained the buffer
	"$SCTRACE" --backend=ebpf --buffer-size=4K -f -e trace=getppid,write,openat -o "$T/l.trace" -- \
		"$EC" 3 2 2000 100 >"$T/l.out2" 2>"$T/l.err" || { cat "$T/l.err"; fail "ebpf run failed"; }
	local seen lt le se threads
	seen=$(count "$T/l.trace" "$any")
	lt=$(lost_in_trace "$T/l.trace"); le=$(lost_on_stderr "$T/l.err")
	se=$(count "$T/l.trace" "$EXITED"); threads=$(total threads "$T/l.out2")
	note "lossy: 4K buffer: $seen of $want records shown, $lt lost in the trace, $le on stderr"
	[ "$le" -ge "$lt" ] || fail "the trace says $lt records lost, stderr only $le"
	[ "$le" -ge $((want - seen)) ] || fail "$((want - seen)) syscall records missing, only $le reported lost"
	# beyond the syscalls only the small records (forks, exec, exits, signals) can be lost
	[ "$le" -le $((want - seen + 3 * threads)) ] ||
		fail "$le records reported lost, but only $((want - seen)) syscalls are missing"
	if [ "$se" = "$threads" ]; then
		# every thread's exit came through, with its count of lost records: exact
		[ $((seen + lt)) = "$want" ] ||
			fail "$seen shown + $lt reported lost in the trace != $want made (ptrace oracle)"
		local got_tasks
		got_tasks=$(grep -E -- "$any|\\[ [0-9]+ records? lost" "$T/l.trace" |
			awk '{ n = 1; if ($0 ~ /records? lost/) { match($0, /\[ [0-9]+/); n = substr($0, RSTART + 2, RLENGTH - 2) }
			       c[$1] += n } END { for (p in c) print c[p] }' | sort -n | tr '\n' ' ')
		[ "$got_tasks" = "$want_tasks" ] ||
			fail "per task, shown + lost: $got_tasks; the oracle: $want_tasks"
	else
		note "lossy: only $se of $threads exits came through: the trace's lost counts are a lower bound"
		[ $((seen + lt)) -le "$want" ] || fail "$seen shown + $lt lost > $want made"
	fi
}

# ---- -c: counted in the kernel ----
case_counts() {
	"$SCTRACE" --backend=ebpf -f -c -o "$T/s.sum" -- "$EC" 3 2 2000 >"$T/s.out" 2>"$T/s.err" || fail "-c run failed"
	"$SCTRACE" --backend=ptrace -f -c -o "$T/s.oracle" -- "$EC" 3 2 2000 >/dev/null 2>&1 || fail "ptrace -c run failed"
	expect_grep "$T/s.sum" '^% time     seconds  usecs/call     calls    errors syscall$'
	local g o
	g=$(total getppid "$T/s.out"); o=$(total openat_failed "$T/s.out")
	[ "$(summary_col "$T/s.sum" getppid calls)" = "$g" ] ||
		fail "-c: getppid calls $(summary_col "$T/s.sum" getppid calls), the program made $g"
	[ "$(summary_col "$T/s.sum" getppid errors)" = 0 ] || fail "-c: getppid errors"
	[ "$(summary_col "$T/s.sum" openat errors)" = "$o" ] ||
		fail "-c: openat errors $(summary_col "$T/s.sum" openat errors), the program made $o failing calls"
	# write and openat also count the program's own (the report line, the loader): the ptrace oracle
	local sc
	for sc in write openat; do
		[ "$(summary_col "$T/s.sum" $sc calls)" = "$(summary_col "$T/s.oracle" $sc calls)" ] ||
			fail "-c: $sc calls $(summary_col "$T/s.sum" $sc calls), ptrace counts $(summary_col "$T/s.oracle" $sc calls)"
	done
	[ "$(summary_col "$T/s.sum" write calls)" -ge "$(total write "$T/s.out")" ] || fail "-c: fewer writes than made"
	local tot sum
	tot=$(awk '$NF == "total" {print $4}' "$T/s.sum")
	sum=$(awk 'NR > 2 && $1 !~ /^-/ && $NF != "total" {s += $4} END {print s}' "$T/s.sum")
	[ "$tot" = "$sum" ] || fail "-c: total calls $tot != sum of the rows $sum"
	expect_no_grep "$T/s.sum" "${PFX}getppid\\(" "-c printed the trace"
	[ ! -s "$T/s.err" ] || { cat "$T/s.err"; fail "-c: unexpected stderr"; }
}

# storm MODE K: every getppid and every exit of K short-lived tasks
storm() {
	"$SCTRACE" --backend=ebpf -f -o "$T/$1.trace" -- "$EC" --$1 $2 >"$T/$1.out" 2>"$T/$1.err" ||
		{ cat "$T/$1.err"; fail "ebpf_counts --$1 $2 failed under sctrace"; }
	local g threads sg se lt le
	g=$(total getppid "$T/$1.out"); threads=$(total threads "$T/$1.out")
	[ "$g" = "$2" ] && [ "$threads" = $(($2 + 1)) ] || fail "ebpf_counts printed: $(cat "$T/$1.out")"
	sg=$(count "$T/$1.trace" "$GETPPID"); se=$(count "$T/$1.trace" "$EXITED")
	lt=$(lost_in_trace "$T/$1.trace"); le=$(lost_on_stderr "$T/$1.err")
	if [ "$lt" = 0 ] && [ "$le" = 0 ]; then
		[ "$sg" = "$g" ] || fail "--$1 $2: $sg getppid lines, the program made $g, nothing reported lost"
		[ "$se" = "$threads" ] || fail "--$1 $2: $se '+++ exited' lines for $threads tasks, nothing reported lost"
		# one getppid per task, each under its own pid
		[ "$(per_task "$T/$1.trace" "$GETPPID" | tr ' ' '\n' | sort -u | tr -d '\n')" = 1 ] ||
			fail "--$1 $2: a task with more or less than one getppid line"
	else
		note "--$1 $2: $le records lost ($lt in the trace)"
		[ $((g - sg + threads - se)) -le "$le" ] || fail "--$1: $((g - sg)) getppid and $((threads - se)) exits missing, $le reported lost"
	fi
}
case_fork_storm() { storm fork-storm 500; }
case_thread_storm() { storm thread-storm 500; }

# ---- the trace starts at the execve ----
case_first_execve() {
	local true_path
	true_path=$(type -P true)
	"$SCTRACE" --backend=ebpf -o "$T/t.trace" -- true 2>"$T/t.err" || fail "sctrace --backend=ebpf -- true failed"
	"$SCTRACE" --backend=ptrace -o "$T/t.oracle" -- true 2>/dev/null || fail "ptrace run of true failed"
	head -1 "$T/t.trace" | grep -q "^execve(\"$true_path\", \[\"true\"\]" ||
		fail "the first line is '$(head -1 "$T/t.trace")', not execve(\"$true_path\", [\"true\"], ...)"
	[ "$(grep -c '^execve(' "$T/t.trace")" = 1 ] || fail "more than one execve line"
	# the same lines as the ptrace backend (addresses and pids aside)
	local norm='s/0x[0-9a-f]{6,}/0xADDR/g; s/^(set_tid_address\(0xADDR\) += )[0-9]+$/\1PID/'
	diff <(sed -E "$norm" "$T/t.oracle") <(sed -E "$norm" "$T/t.trace") >"$T/t.diff" ||
		{ head -10 "$T/t.diff"; fail "the trace of true differs from the ptrace backend's"; }
	tail -1 "$T/t.trace" | grep -qx '+++ exited with 0 +++' || fail "last line: $(tail -1 "$T/t.trace")"
	[ ! -s "$T/t.err" ] || { cat "$T/t.err"; fail "unexpected stderr"; }
}

# ---- -p: every thread, nothing stopped, nothing ptraced ----
case_attach() {
	local st rc task
	# (pid and tracer are not local: the subshell's EXIT trap uses them)
	tracer=
	"$EC" --loop 2 "$T/progress" & pid=$!
	trap 'kill $pid $tracer 2>/dev/null' EXIT
	wait_for "[ -s $T/progress ] && [ \$(ls /proc/$pid/task | wc -l) = 3 ]" || fail "ebpf_counts --loop did not start"
	"$SCTRACE" --backend=ebpf -p $pid -o "$T/p.trace" 2>"$T/p.err" & tracer=$!
	wait_for "grep -q getppid $T/p.trace 2>/dev/null" || fail "no getppid line after attach: $(cat "$T/p.err")"
	for task in /proc/$pid/task/*; do
		[ "$(awk '/^TracerPid:/{print $2}' $task/status)" = 0 ] || fail "thread $(basename $task) is ptraced by the eBPF backend"
	done
	sleep 1
	kill -INT $tracer
	wait $tracer; rc=$?
	[ $rc -lt 128 ] || [ $rc = 130 ] || fail "sctrace -p died with $rc on SIGINT"
	sleep 0.1
	[ -d /proc/$pid ] || fail "the attached process is gone"
	for task in /proc/$pid/task/*; do
		st=$(awk '{print $3}' $task/stat 2>/dev/null)
		case "$st" in t|T) fail "thread $(basename $task) left stopped ($st)" ;; esac
	done
	local p1 p2
	p1=$(cat "$T/progress"); sleep 0.3; p2=$(cat "$T/progress")
	[ "$p2" -gt "$p1" ] || fail "no progress after the detach: $p1 -> $p2"
	expect_grep "$T/p.err" "^sctrace: Process $pid attached with 3 threads$"
	expect_grep "$T/p.err" "^sctrace: Process $pid detached$"
	[ "$(count "$T/p.trace" "$GETPPID")" -ge 10 ] || fail "only $(count "$T/p.trace" "$GETPPID") getppid lines in 1 s"
	[ "$(count "$T/p.trace" "$WRITEX")" -ge 10 ] || fail "only $(count "$T/p.trace" "$WRITEX") write lines in 1 s"
	expect_no_grep "$T/p.trace" '^execve\(' "an attached trace shows an execve"
	# JSON says which thread made each call: all three are traced
	"$SCTRACE" --backend=ebpf --json -p $pid -o "$T/p.json" 2>/dev/null & tracer=$!
	wait_for "[ \$(grep -c '\"name\":\"getppid\"' $T/p.json 2>/dev/null) -ge 20 ]" || fail "--json -p: no getppid lines"
	sleep 0.2
	kill -INT $tracer
	wait $tracer
	/usr/bin/python3 "$ROOT/tests/json_validate.py" "$T/p.json" >"$T/p.val" 2>&1 || { cat "$T/p.val"; fail "--json -p: invalid"; }
	local want have
	want=$(ls /proc/$pid/task | sort -n | tr '\n' ' ')
	have=$(python3 -c 'import json, sys
print(" ".join(str(t) for t in sorted({e["tid"] for e in map(json.loads, open(sys.argv[1]))
                                       if e.get("name") == "getppid"})) + " ")' "$T/p.json")
	[ "$have" = "$want" ] || fail "--json -p: getppid from threads $have, the process has $want"
	kill $pid
}

# ---- --system-wide --comm ----
case_comm() {
	local a=sct-a$$ b=sct-b$$
	"$SCTRACE" --backend=ebpf --system-wide --comm $a -o "$T/w.trace" -- \
		sh -c "$EC --marker $a /nonexistent-$a; $EC --marker $b /nonexistent-$b" 2>"$T/w.err" ||
		{ cat "$T/w.err"; fail "--system-wide --comm run failed"; }
	expect_grep "$T/w.trace" '^[0-9]+ +openat\(AT_FDCWD, "/nonexistent-'$a'", O_RDONLY\) += -1 ENOENT' \
		"no openat of /nonexistent-$a (comm $a) with a pid prefix"
	expect_no_grep "$T/w.trace" "/nonexistent-$b" "a line of comm $b under --comm $a"
	local pid
	pid=$(grep -E "openat\\(AT_FDCWD, \"/nonexistent-$a\"" "$T/w.trace" | awk '{print $1}')
	# only that process, from its prctl(PR_SET_NAME) on: no sh, no other comm
	local others
	others=$(awk -v p="$pid" '$1 != p' "$T/w.trace")
	[ -z "$others" ] || { echo "$others" | head -5; fail "lines of other processes than $pid (comm $a)"; }
	expect_grep "$T/w.trace" "^$pid +\\+\\+\\+ exited with 0 \\+\\+\\+\$"
}

# ---- --system-wide --uid ----
# --system-wide --comm on a real program: python3's syscalls (from its execve on) as the
# ptrace backend decodes them when it starts the same command, after normalisation
case_python() {
	local py=/usr/bin/python3 prog='import os; open("/etc/hostname").read(); os.listdir("/")'
	[ -x $py ] || skip_case "no $py"
	"$SCTRACE" --backend=ebpf --system-wide --comm python3 -o "$T/py.sw" -- \
		sh -c "exec $py -c '$prog' </dev/null >/dev/null 2>&1" 2>"$T/py.err" ||
		{ cat "$T/py.err"; fail "--system-wide --comm python3 failed"; }
	"$SCTRACE" -o "$T/py.pt" -- sh -c "exec $py -c '$prog' </dev/null >/dev/null 2>&1" 2>/dev/null ||
		fail "the ptrace run failed"
	local pct
	pct=$(/usr/bin/python3 - "$T/py.pt" "$T/py.sw" <<'PY'
import difflib, re, sys
def norm(l):
    l = re.sub(r'^\d+\s+', '', l)
    l = re.sub(r'0x[0-9a-f]{6,}', 'ADDR', l)
    l = re.sub(r'\s+= ', ' = ', l)
    l = re.sub(r'= \d{3,}$', '= N', l)
    return l.strip()
a = [norm(l) for l in open(sys.argv[1]) if not l.startswith(('execve("/usr/bin/sh"', 'execve("/bin/sh"'))]
# the sh that execs python3 is not python3: its lines are not in the system-wide trace
a = a[next(i for i, l in enumerate(a) if l.startswith('execve("/usr/bin/python3"')):] if any(l.startswith('execve("/usr/bin/python3"') for l in a) else a
b = [norm(l) for l in open(sys.argv[2])]
sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
same = sum(m.size for m in sm.get_matching_blocks())
print(int(100 * same / max(len(a), 1)))
PY
)
	grep -q 'execve("/usr/bin/python3"' "$T/py.sw" || fail "no execve of python3 in the system-wide trace"
	[ "$pct" -ge 95 ] || fail "only $pct% of python3's normalised lines match the ptrace backend's"
	echo "    python3: $pct% of normalised lines as the ptrace backend's"
}

# a stop signal: the signal line and the group-stop line, as the ptrace backend prints them
case_group_stop() {
	local b
	for b in ptrace ebpf; do
		"$SCTRACE" --backend=$b -o "$T/stop.$b" -- sh -c 'kill -STOP $$; echo resumed' >/dev/null 2>&1 &
		local p=$! i
		for i in $(seq 100); do
			pgrep -f "^sh -c kill -STOP" >/dev/null && grep -q "stopped by SIGSTOP" "$T/stop.$b" 2>/dev/null && break
			sleep 0.05
		done
		pkill -CONT -f "^sh -c kill -STOP"
		wait $p || fail "--backend=$b run failed"
		grep -Eo -- '--- (SIGSTOP|stopped by SIGSTOP)' "$T/stop.$b" > "$T/stop.$b.lines"
	done
	expect_grep "$T/stop.ebpf.lines" '^--- stopped by SIGSTOP$' "no group-stop line with eBPF"
	cmp -s "$T/stop.ptrace.lines" "$T/stop.ebpf.lines" || { cat "$T/stop.ptrace.lines" "$T/stop.ebpf.lines"; fail "signal and stop lines differ between the backends"; }
}

case_uid() {
	local u=/nonexistent-uid-nobody-$$ r=/nonexistent-uid-root-$$
	"$SCTRACE" --backend=ebpf --system-wide --uid nobody -o "$T/u.trace" -- \
		sh -c "setpriv --reuid=nobody --regid=nogroup --clear-groups $PUB/ebpf_counts --marker sct-u$$ $u;
		       $PUB/ebpf_counts --marker sct-r$$ $r" 2>"$T/u.err" || { cat "$T/u.err"; fail "--uid run failed"; }
	expect_grep "$T/u.trace" "^[0-9]+ +openat\\(AT_FDCWD, \"$u\", O_RDONLY\\) += -1 ENOENT" "no openat of $u made as nobody"
	expect_no_grep "$T/u.trace" "$r" "root's openat of $r under --uid nobody"
	expect_no_grep "$T/u.trace" "^[0-9]+ +wait4\\(" "the root shell's wait4 under --uid nobody"
	# the numeric form means the same
	"$SCTRACE" --backend=ebpf --system-wide --uid "$(id -u nobody)" -o "$T/u2.trace" -- \
		setpriv --reuid=nobody --regid=nogroup --clear-groups "$PUB/ebpf_counts" --marker sct-u$$ "$u" 2>"$T/u.err" ||
		{ cat "$T/u.err"; fail "--uid $(id -u nobody) run failed"; }
	expect_grep "$T/u2.trace" "^[0-9]+ +openat\\(AT_FDCWD, \"$u\", O_RDONLY\\) += -1 ENOENT" "--uid $(id -u nobody): no openat of $u"
}

# ---- --system-wide --cgroup and --container ----
cgroup2_root() {
	local d
	for d in /sys/fs/cgroup /sys/fs/cgroup/unified; do
		[ "$(stat -fc %T $d 2>/dev/null)" = cgroup2fs ] && { echo $d; return 0; }
	done
	return 1
}
# in_cgroup DIR MARKER_IN MARKER_OUT: one process moved into DIR, one left where it is
in_cgroup_cmd() {
	echo "sh -c 'echo \$\$ > $1/cgroup.procs && exec $EC --marker sct-in$$ $2'; $EC --marker sct-out$$ $3"
}
case_cgroup() {
	# (root, cg and id are not local: the subshell's EXIT trap uses them)
	root=$(cgroup2_root) || { echo "note: skip --cgroup: no cgroup2 at /sys/fs/cgroup (type $(stat -fc %T /sys/fs/cgroup))"; return 0; }
	cg=$root/sctrace-test-$$
	mkdir "$cg" 2>"$T/mkdir.err" || { echo "note: skip --cgroup: $(cat "$T/mkdir.err")"; return 0; }
	id=$(od -An -N32 -tx1 /dev/urandom | tr -d ' \n')
	trap 'rmdir "$cg" "$root/docker-$id.scope" 2>/dev/null' EXIT
	local in=/nonexistent-cg-in-$$ out=/nonexistent-cg-out-$$
	"$SCTRACE" --backend=ebpf --system-wide --cgroup "$cg" -o "$T/g.trace" -- sh -c "$(in_cgroup_cmd "$cg" $in $out)" 2>"$T/g.err" ||
		{ cat "$T/g.err"; fail "--cgroup run failed"; }
	expect_grep "$T/g.trace" "^[0-9]+ +openat\\(AT_FDCWD, \"$in\", O_RDONLY\\) += -1 ENOENT" "no openat of $in inside $cg"
	expect_no_grep "$T/g.trace" "$out" "the openat of $out outside the cgroup"
	# relative to the cgroup2 mount, as a path inside the hierarchy
	if [ "$root" = /sys/fs/cgroup ]; then
		"$SCTRACE" --backend=ebpf --system-wide --cgroup "/sctrace-test-$$" -o "$T/g2.trace" -- sh -c "$(in_cgroup_cmd "$cg" $in $out)" 2>"$T/g.err" ||
			{ cat "$T/g.err"; fail "--cgroup /sctrace-test-$$ run failed"; }
		expect_grep "$T/g2.trace" "^[0-9]+ +openat\\(AT_FDCWD, \"$in\"" "--cgroup /sctrace-test-$$: no openat of $in"
	fi
	# --container ID: a runtime's cgroup name with a 64-hex id, found by a prefix
	mkdir "$root/docker-$id.scope" || fail "cannot create $root/docker-$id.scope"
	"$SCTRACE" --backend=ebpf --system-wide --container "${id:0:12}" -o "$T/k.trace" -- \
		sh -c "$(in_cgroup_cmd "$root/docker-$id.scope" $in $out)" 2>"$T/k.err" || { cat "$T/k.err"; fail "--container run failed"; }
	expect_grep "$T/k.trace" "^[0-9]+ +openat\\(AT_FDCWD, \"$in\", O_RDONLY\\) += -1 ENOENT" "--container ${id:0:12}: no openat of $in"
	expect_no_grep "$T/k.trace" "$out" "--container: the openat of $out outside the container"
	# the cgroups are empty again and go away
	wait_for "rmdir '$cg' 2>/dev/null" || fail "cannot remove $cg: $(cat "$cg/cgroup.procs")"
	wait_for "rmdir '$root/docker-$id.scope' 2>/dev/null" || fail "cannot remove $root/docker-$id.scope"
}

# ---- record and replay ----
case_record() {
	cd "$T"
	"$SCTRACE" record --backend=ebpf -w "$T/r.db" -o "$T/r.live" -f -- "$EC" 2 1 50 >"$T/r.out" 2>"$T/r.err" ||
		{ cat "$T/r.err"; fail "record --backend=ebpf failed"; }
	[ "$(sqlite3 "$T/r.db" 'PRAGMA integrity_check')" = ok ] || fail "r.db: integrity_check"
	local n
	n=$(sqlite3 "$T/r.db" 'select count(*) from syscall')
	[ "$n" -gt 0 ] || fail "no syscall rows"
	"$SCTRACE" replay "$T/r.db" -o "$T/r.replay" 2>"$T/rp.err" || { cat "$T/rp.err"; fail "replay failed"; }
	cmp -s "$T/r.live" "$T/r.replay" || { diff "$T/r.live" "$T/r.replay" | head; fail "replay differs from the live text"; }
	[ "$(grep -c '' "$T/r.live")" -ge "$n" ] || fail "live text has fewer lines than the $n stored syscalls"
	if [ "$(lost_on_stderr "$T/r.err")" = 0 ]; then
		[ "$(sqlite3 "$T/r.db" "select count(*) from syscall where name = 'getppid'")" = "$(total getppid "$T/r.out")" ] ||
			fail "getppid rows: $(sqlite3 "$T/r.db" "select count(*) from syscall where name = 'getppid'"), made $(total getppid "$T/r.out")"
		[ "$(sqlite3 "$T/r.db" "select count(*) from syscall where name = 'openat' and errno_name = 'ENOENT' and args like '%nonexistent-ebpf-counts%'")" = "$(total openat_failed "$T/r.out")" ] ||
			fail "failing openat rows differ from the program's $(total openat_failed "$T/r.out")"
	fi
	# a second program, live (not recording) and recorded: the same text, addresses and pids aside
	"$SCTRACE" --backend=ebpf -o "$T/r2.live" -- "$PROGS/count_calls" 20 || fail "count_calls live"
	"$SCTRACE" record --backend=ebpf -w "$T/r2.db" -- "$PROGS/count_calls" 20 2>/dev/null || fail "count_calls record"
	"$SCTRACE" replay "$T/r2.db" -o "$T/r2.replay" || fail "count_calls replay"
	local norm='s/0x[0-9a-f]{6,}/0xADDR/g; s/^(getppid\(\) += )[0-9]+$/\1PID/; s/^(set_tid_address\(0xADDR\) += )[0-9]+$/\1PID/'
	diff <(sed -E "$norm" "$T/r2.live") <(sed -E "$norm" "$T/r2.replay") >"$T/r2.diff" ||
		{ head "$T/r2.diff"; fail "replay of count_calls 20 differs from its live --backend=ebpf text"; }
	[ "$(grep -c '^getppid()' "$T/r2.replay")" = 20 ] || fail "replay: $(grep -c '^getppid()' "$T/r2.replay") getppid lines, want 20"
	# the store says which backend traced it
	[ "$(sqlite3 "$T/r2.db" 'select backend from session')" = ebpf ] ||
		fail "session.backend is '$(sqlite3 "$T/r2.db" 'select backend from session')' in a --backend=ebpf recording"
}

# ---- JSON Lines ----
case_json() {
	"$SCTRACE" --backend=ebpf --json -o "$T/j.json" -- true 2>"$T/j.err" || fail "--json run failed"
	[ -s "$T/j.json" ] || fail "no JSON output"
	/usr/bin/python3 "$ROOT/tests/json_validate.py" --max-failures 10 "$T/j.json" >"$T/j.val" 2>&1 ||
		{ cat "$T/j.val"; fail "--backend=ebpf --json: invalid JSON Lines"; }
	# the same events as the ptrace backend's, in the same order
	"$SCTRACE" --backend=ptrace --json -o "$T/j.oracle" -- true 2>/dev/null || fail "ptrace --json run failed"
	local seq='import json, sys
print("\n".join("%s %s" % (e["type"], e.get("name", "")) for e in map(json.loads, open(sys.argv[1]))))'
	diff <(python3 -c "$seq" "$T/j.oracle") <(python3 -c "$seq" "$T/j.json") >"$T/j.diff" ||
		{ head "$T/j.diff"; fail "--json events differ from the ptrace backend's"; }
	"$SCTRACE" --backend=ebpf --json -f -o "$T/jf.json" -- "$EC" 2 1 20 >/dev/null 2>&1 || fail "--json -f run failed"
	/usr/bin/python3 "$ROOT/tests/json_validate.py" "$T/jf.json" >"$T/j.val" 2>&1 || { cat "$T/j.val"; fail "--json -f: invalid"; }
}

# ---- errors: one line, non-zero, nothing run ----
refused() {   # refused REGEX OPTIONS...: sctrace OPTIONS -- touch FILE
	local re=$1; shift
	rm -f "$T/ran"
	check_error "$re" "$@" -- touch "$T/ran"
	[ ! -e "$T/ran" ] || fail "sctrace $* ran the command"
}
case_errors() {
	# without BPF privileges: one line that points to the ptrace backend
	mkdir -p "$PUB/w" && chmod 777 "$PUB/w"
	rm -f "$PUB/w/ran"
	setpriv --reuid=nobody --regid=nogroup --clear-groups "$PUB/sctrace" --backend=ebpf -- touch "$PUB/w/ran" \
		>"$T/np.out" 2>"$T/np.err" </dev/null; local rc=$?
	[ $rc -ne 0 ] && [ $rc -lt 128 ] || fail "unprivileged --backend=ebpf: exit $rc"
	[ "$(wc -l <"$T/np.err")" = 1 ] || { cat "$T/np.err"; fail "unprivileged --backend=ebpf: want one stderr line"; }
	grep -q -- '--backend=ptrace' "$T/np.err" || fail "unprivileged: '$(cat "$T/np.err")' does not suggest --backend=ptrace"
	grep -q '^sctrace: ' "$T/np.err" || fail "unprivileged: '$(cat "$T/np.err")' is not an sctrace: line"
	[ ! -e "$PUB/w/ran" ] || fail "unprivileged --backend=ebpf ran the command"
	refused "invalid --backend 'bogus'" --backend=bogus
	refused '--comm, --uid, --cgroup and --container narrow --system-wide' --backend=ebpf --comm foo
	refused '--comm, --uid, --cgroup and --container narrow --system-wide' --backend=ebpf --uid 0
	refused '--system-wide needs the eBPF backend' --system-wide --backend=ptrace
	refused 'invalid --buffer-size' --backend=ebpf --buffer-size=0
	refused 'invalid --buffer-size' --backend=ebpf --buffer-size=12Q
	refused '--buffer-size sizes the eBPF ring buffer' --backend=ptrace --buffer-size=1M
	refused '--cgroup /nonexistent: no such cgroup directory' --backend=ebpf --system-wide --cgroup /nonexistent
	refused "invalid --container ID 'zzzz'" --backend=ebpf --system-wide --container zzzz
	refused "--container 0123456789ab: no cgroup" --backend=ebpf --system-wide --container 0123456789ab
	refused "--uid: no user 'nosuchuser'" --backend=ebpf --system-wide --uid nosuchuser
	refused "invalid --comm '0123456789abcdef'" --backend=ebpf --system-wide --comm 0123456789abcdef
}

# the unprivileged runs need binaries that nobody can reach
PUB=$T/pub
mkdir -p "$PUB" && chmod 755 "$T" "$PUB" && cp "$SCTRACE" "$EC" "$PUB/" || fail "cannot copy to $PUB"

run_case "completeness -f (threads, children)" case_complete
run_case "seccomp-denied calls as ptrace shows them" case_seccomp
run_case "lost records counted exactly (--buffer-size=4K)" case_lossy
run_case "-c counted in the kernel" case_counts
run_case "fork storm -f" case_fork_storm
run_case "thread storm -f" case_thread_storm
run_case "first line is the execve" case_first_execve
run_case "-p attaches without stopping" case_attach
run_case "--system-wide --comm" case_comm
run_case "--system-wide --comm python3 as ptrace decodes it" case_python
run_case "group-stop as ptrace shows it" case_group_stop
run_case "--system-wide --uid" case_uid
run_case "--system-wide --cgroup/--container" case_cgroup
run_case "record/replay" case_record
run_case "--json" case_json
run_case "errors" case_errors
echo "ebpf: $((NCASES - FAILED)) of $NCASES cases passed"
[ $FAILED -eq 0 ]
