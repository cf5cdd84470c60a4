# -p attaches to every thread of a running process; SIGINT, SIGTERM or
# SIGKILL to sctrace leaves every thread running, untraced, and the process
# finishes its work.
. "$(dirname "$0")/lib.sh"

for sig in INT TERM KILL; do
	rm -f "$T/progress" "$T/trace"   # wait for this run's threads, not the last run's file
	"$PROGS/busy_threads" 4 1000 "$T/progress" & pid=$!
	wait_for "[ -s $T/progress ]" || fail "busy_threads did not start"
	"$SCTRACE" -p $pid -o "$T/trace" 2>"$T/err" & tracer=$!
	wait_for "grep -q getppid $T/trace 2>/dev/null" ||
		{ kill $pid; fail "no trace after attach ($sig): $(cat "$T/err"; tail -3 "$T/trace" 2>&1; cat "$T/progress")"; }
	for task in /proc/$pid/task/*; do
		[ "$(tracer_of $pid/task/$(basename $task))" = "$tracer" ] || true
	done
	kill -$sig $tracer
	wait $tracer 2>/dev/null
	sleep 0.2
	for task in /proc/$pid/task/*; do
		t=$(basename $task)
		tp=$(awk '/^TracerPid:/{print $2}' $task/status 2>/dev/null)
		[ -z "$tp" ] || [ "$tp" = 0 ] || fail "thread $t still traced after SIG$sig"
		st=$(awk '{print $3}' $task/stat 2>/dev/null)
		case "$st" in t|T) fail "thread $t left stopped ($st) after SIG$sig" ;; esac
	done
	p1=$(cat "$T/progress"); sleep 0.3; p2=$(cat "$T/progress")
	[ "$p2" -gt "$p1" ] || fail "no progress after detach (SIG$sig): $p1 -> $p2"
	wait $pid || fail "busy_threads failed after SIG$sig detach"
	if [ $sig != KILL ]; then
		expect_grep "$T/err" "^sctrace: Process $pid attached with 5 threads$"
		expect_grep "$T/err" "^sctrace: Process $pid detached$"
	fi
done
exit 0
