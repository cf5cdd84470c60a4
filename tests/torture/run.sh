#!/bin/bash
# tests/torture/run.sh - torture scenarios: each traced program tallies its
# own syscalls or checks its own behaviour, and the trace must agree exactly
# (nothing lost, nothing attributed to the wrong pid/tid, nothing hung).
#   tests/torture/run.sh [RUNS] [SCENARIO...]   (RUNS default 1)
# Prints "ok/FAIL torture NAME (run i)" lines; exit 0 if all passed.
set -u
cd "$(dirname "$0")/../.."
ROOT=$PWD
: "${SCTRACE:=$ROOT/sctrace}"
PROGS=$ROOT/tests/progs/bin
RUNS=${1:-1}; shift || true
mkdir -p "$PROGS"
for src in tests/torture/t_*.c; do
	bin=$PROGS/$(basename "$src" .c)
	[ -x "$bin" ] && [ "$bin" -nt "$src" ] || gcc -O2 -w -pthread -o "$bin" "$src" || exit 1
done
T=$(mktemp -d /tmp/sctrace-torture.XXXXXX)
trap 'rm -rf "$T"' EXIT
fails=0

why() { echo "    $*"; return 1; }

# 100 threads x 1000 syscalls under -f: every marker on the right tid
threads() {
	timeout 300 "$SCTRACE" -f -qq -e trace=close -o "$T/tr" "$PROGS/t_threads" 100 1000 >"$T/out" || why "exit $?" || return 1
	[ "$(wc -l <"$T/out")" -eq 100 ] || why "program reported $(wc -l <"$T/out") threads" || return 1
	python3 - "$T/out" "$T/tr" <<'PY'
import re, sys, collections
want = {}
for l in open(sys.argv[1]):
    _, tid, _, marker, _, calls = l.split()
    want[tid] = (marker, int(calls))
got = collections.defaultdict(collections.Counter)
for l in open(sys.argv[2]):
    m = re.match(r'^(\d+) +close\((-\d+)[) ]', l)   # whole line, or its unfinished start
    if m:
        got[m.group(1)][m.group(2)] += 1
bad = 0
for tid, (marker, calls) in want.items():
    if got[tid] != collections.Counter({marker: calls}):
        print('    tid %s: want %d x close(%s), trace has %s' % (tid, calls, marker, dict(got[tid])))
        bad = 1
extra = set(got) - set(want)
if extra:
    print('    markers on unknown tids: %s' % sorted(extra)[:5]); bad = 1
sys.exit(bad)
PY
}

# a tree of 300 processes, exiting while others are being attached
forktree() {
	timeout 300 "$SCTRACE" -f -qq -e trace=close -o "$T/tr" "$PROGS/t_forktree" 300 3 >"$T/out" || why "exit $?" || return 1
	[ "$(wc -l <"$T/out")" -eq 300 ] || why "program reported $(wc -l <"$T/out") processes" || return 1
	python3 - "$T/out" "$T/tr" <<'PY'
import re, sys, collections
pids = {l.split()[1] for l in open(sys.argv[1])}
got = collections.Counter(); wrong = 0
for l in open(sys.argv[2]):
    m = re.match(r'^(\d+) +close\(-(\d+)[) ]', l)
    if m:
        got[m.group(1)] += 1
        wrong += m.group(1) != m.group(2)
bad = [p for p in pids if got[p] != 3]
if bad or wrong or set(got) - pids:
    print('    %d pids with wrong counts (e.g. %s), %d misattributed' % (len(bad), bad[:3], wrong)); sys.exit(1)
PY
}

# exec from a non-leader thread; vfork+exec; clone3(CLONE_VFORK)
execs() {
	"$SCTRACE" -f -qq -o "$T/tr" "$PROGS/threads_exec"; [ $? -eq 5 ] || why "threads_exec exit status" || return 1
	grep -q 'superseded by execve' "$T/tr" || why "no superseded line" || return 1
	"$SCTRACE" -f -q -o "$T/tr" "$PROGS/vfork_exec" || why "vfork_exec failed" || return 1
	[ "$(grep -c '+++ exited with 0 +++' "$T/tr")" -eq 3 ] || why "expected 3 exits" || return 1
}

# queued signals interrupting read() and nanosleep(), restart and EINTR paths
sigstorm() {
	"$SCTRACE" -f -qq -e trace=none -o "$T/tr" "$PROGS/t_sigstorm" 300 >"$T/out" || why "$(cat "$T/out") exit $?" || return 1
	# glibc's SIGRTMIN is the kernel's 34: SIGRTMIN+2 and +3 print as SIGRT_4, SIGRT_5
	[ "$(grep -c -- '--- SIGRT_4 ' "$T/tr")" -eq 300 ] || why "trace shows $(grep -c -- '--- SIGRT_4 ' "$T/tr") SIGRT_4" || return 1
	[ "$(grep -c -- '--- SIGRT_5 ' "$T/tr")" -eq 300 ] || why "trace shows $(grep -c -- '--- SIGRT_5 ' "$T/tr") SIGRT_5" || return 1
}

# SIGSTOP/SIGCONT from outside behave as untraced
stopcont() { SCTRACE=$SCTRACE PROGS=$PROGS bash tests/integration/stop_cont.sh >"$T/out" 2>&1 || why "$(tail -3 "$T/out")"; }

# SIGKILL of the tracee in the middle of a blocking syscall
sigkill() {
	"$SCTRACE" -o "$T/tr" "$PROGS/t_misc" block & local tracer=$!
	local pid=""
	for _ in $(seq 50); do pid=$(pgrep -P $tracer t_misc) && break; sleep 0.1; done
	[ -n "$pid" ] || why "no tracee" || return 1
	for _ in $(seq 50); do grep -q 'read(3, ' "$T/tr" 2>/dev/null && break; sleep 0.1; done
	kill -KILL $pid
	wait $tracer; local rc=$?
	[ $rc -eq 137 ] || why "sctrace exit $rc, want 137" || return 1
	grep -q '^read(3,  <unfinished ...>) *= ?$' "$T/tr" || why "no unfinished read line" || return 1
	grep -q '^+++ killed by SIGKILL +++$' "$T/tr" || why "no killed line" || return 1
}

# -p attach to a busy multi-threaded process, then SIGINT/TERM/KILL to sctrace
attach() { SCTRACE=$SCTRACE PROGS=$PROGS bash tests/integration/attach_detach.sh >"$T/out" 2>&1 || why "$(tail -3 "$T/out")"; }

# a tracee that closes all its descriptors; one that ignores and blocks every signal
fds_sigs() {
	"$SCTRACE" -qq -e trace=getppid -o "$T/tr" "$PROGS/t_misc" closeall 100 || why "closeall failed" || return 1
	[ "$(grep -c '^getppid()' "$T/tr")" -eq 100 ] || why "closeall: $(grep -c '^getppid()' "$T/tr") getppid lines" || return 1
	"$SCTRACE" -qq -e trace=getppid -o "$T/tr" "$PROGS/t_misc" blockall 100 || why "blockall failed" || return 1
	[ "$(grep -c '^getppid()' "$T/tr")" -eq 100 ] || why "blockall: wrong count" || return 1
}

# exec of a setuid binary under -u: the set-user-ID bit still takes effect
setuid() {
	local d=/var/tmp/sctrace-suid.$$
	mkdir -p $d && cp /usr/bin/id $d/id && chown root:root $d/id && chmod 4755 $d/id || why "cannot make setuid copy" || return 1
	local out
	out=$("$SCTRACE" -qq -o /dev/null -u nobody $d/id -u 2>&1); local rc=$?
	local real; real=$("$SCTRACE" -qq -o /dev/null -u nobody /usr/bin/id -u 2>&1)
	rm -rf $d
	[ $rc -eq 0 ] || why "exit $rc" || return 1
	[ "$out" = 0 ] || why "setuid id -u printed '$out', want 0" || return 1
	[ "$real" = "$(id -u nobody)" ] || why "-u nobody: id -u printed '$real'" || return 1
}

# a million traced events: sctrace's peak RSS does not grow with the trace
rssflat() {
	local small big
	small=$( { /usr/bin/time -f %M "$SCTRACE" -qq -o /dev/null "$PROGS/count_calls" 20000 >/dev/null; } 2>&1 | tail -1)
	big=$( { /usr/bin/time -f %M "$SCTRACE" -qq -o /dev/null "$PROGS/count_calls" 500000 >/dev/null; } 2>&1 | tail -1)
	[ "$big" -le $((small + 1024)) ] || why "peak RSS grew from ${small} KiB (40k calls) to ${big} KiB (1M calls)" || return 1
}

# ARG_MAX-sized argv and env: truncated at -s elements, or in full with -v (as strace)
argmax() {
	local args; args=$(seq 1 20000 | sed 's/^/argument-/' | tr '\n' ' ')
	local big; big="$(head -c 100000 /dev/zero | tr '\0' x)"
	env -i BIG="$big" "$SCTRACE" -qq -s 16 -e trace=execve -o "$T/tr" /bin/true $args || why "exit $?" || return 1
	grep -q '^execve("/bin/true", \["/bin/true", "argument-1", .*"argument-15", \.\.\.\], 0x[0-9a-f]* /\* 1 var \*/) = 0$' "$T/tr" ||
		why "$(cut -c1-200 "$T/tr")" || return 1
	env -i BIG="$big" "$SCTRACE" -v -qq -s 16 -e trace=execve -o "$T/tr" /bin/true $args || why "exit $?" || return 1
	grep -q '"argument-20000"\], \["BIG=xxxxxxxxxxxx"\.\.\.\]) = 0$' "$T/tr" || why "$(tail -c 200 "$T/tr")" || return 1
}

all="threads forktree execs sigstorm stopcont sigkill attach fds_sigs setuid rssflat argmax"
for run in $(seq 1 "$RUNS"); do
	for s in ${*:-$all}; do
		if $s; then echo "ok   torture $s (run $run)"; else echo "FAIL torture $s (run $run)"; fails=$((fails + 1)); fi
	done
done
[ $fails -eq 0 ]
