# Background sessions (docs/SESSIONS.md), as the issue's "Done when" tries
# them: start a session on a local HTTP server, fetch from it, watch status
# grow, filter to %network and follow the log, attach a multi-threaded
# process, stop (everything keeps running), report on the store; and the
# bad input: unknown session, a name taken, a filter that does not parse, a
# pid traced by someone else, another user, a tracer killed -9; limits and
# the ring flight recorder.
. "$(dirname "$0")/lib.sh"

export SCTRACE_RUNTIME_DIR="$T/run"
cd "$T" || fail "no $T"
pids=()
cleanup() {
	"$SCTRACE" stop --all >/dev/null 2>&1
	for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null; done
	rm -rf "$T"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
fetch() { python3 -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:$port/', timeout=5).status == 200 else 1)" 2>/dev/null; }
field() { python3 -c "import json,sys; print(json.load(sys.stdin)[0]['$1'])"; }
gone() { local st; st=$(proc_state "$1"); [ -z "$st" ] || [ "$st" = Z ]; }   # a zombie waits for init
sess_pid() { awk -F= '/^pid=/{print $2}' "$T/run/$1.info"; }

# ---- start, status growing, filter, log -f ----
"$SCTRACE" start --name web -f -- python3 -m http.server "$port" --bind 127.0.0.1 >"$T/start.out" 2>"$T/start.err" ||
	fail "start failed: $(cat "$T/start.err")"
[ "$(cat "$T/start.out")" = web ] || fail "start printed '$(cat "$T/start.out")', not the name"
[ -s "$T/start.err" ] && fail "start said: $(cat "$T/start.err")"
tracer=$(sess_pid web)
pids+=("$tracer")
[ "$(stat -c %a "$T/run")" = 700 ] || fail "runtime directory mode $(stat -c %a "$T/run")"
# a session of its own, without a controlling terminal (fields 6 and 7 of /proc/PID/stat)
[ "$(awk '{print $6}' /proc/$tracer/stat)" != "$(awk '{print $6}' /proc/$$/stat)" ] || fail "the tracer is in our session"
[ "$(awk '{print $7}' /proc/$tracer/stat)" = 0 ] || fail "the tracer has a controlling terminal"
wait_for fetch || fail "the traced server does not answer"
server=$(pgrep -P "$tracer" python3)
pids+=("$server")
[ "$(tracer_of $server)" = "$tracer" ] || fail "the server is not traced by the session's tracer"
[ "$(readlink /proc/$server/fd/0)" = /dev/null ] || fail "the command's stdin is $(readlink /proc/$server/fd/0)"
[ "$(readlink /proc/$server/fd/2)" = "$T/web.db.out" ] || fail "the command's stderr is $(readlink /proc/$server/fd/2)"
kill -HUP "$tracer"; sleep 0.2
kill -0 "$tracer" 2>/dev/null || fail "SIGHUP (the terminal closing) ended the session"

"$SCTRACE" status web --json >"$T/st1" || fail "status --json failed"
e1=$(field events <"$T/st1")
for _ in 1 2 3; do fetch || fail "fetch failed"; done
sleep 0.3   # the writer commits every 100 ms
"$SCTRACE" status --json >"$T/st2" || fail "status failed"
e2=$(field events <"$T/st2")
[ "$e2" -gt "$e1" ] || fail "events did not grow: $e1 -> $e2"
[ "$(field state <"$T/st2")" = running ] || fail "state is not running"
[ "$(field backend <"$T/st2")" = ptrace ] || fail "backend"
"$SCTRACE" status >"$T/st3" || fail "status (text) failed"
expect_grep "$T/st3" "^web  running  pid $tracer, ptrace backend"
expect_grep "$T/st3" "store    $T/web.db"

"$SCTRACE" filter web -e trace=%network >"$T/f" 2>&1 || fail "filter failed: $(cat "$T/f")"
expect_grep "$T/f" "^web: filter now -e trace=%network$"
"$SCTRACE" log web -f >"$T/log" 2>"$T/log.err" & logger=$!
pids+=("$logger")
sleep 0.5
fetch || fail "fetch after the filter failed"
wait_for "grep -q 'sendto\|sendfile\|send(' $T/log" || fail "log -f shows no network calls: $(head -5 "$T/log"; cat "$T/log.err")"
kill $logger; wait $logger 2>/dev/null
net='accept|accept4|bind|connect|getpeername|getsockname|getsockopt|listen|recvfrom|recvmmsg|recvmsg|sendmmsg|sendmsg|sendto|setsockopt|shutdown|socket|socketpair|send|recv'
grep -Ev '^(\[pid +[0-9]+\] |[0-9]+ +)?('"$net"')\(|^(\[pid +[0-9]+\] |[0-9]+ +)?(\+\+\+|---|<\.\.\. ('"$net"') resumed>)' "$T/log" >"$T/other"
[ -s "$T/other" ] && fail "log -f after -e trace=%network shows other calls: $(head -3 "$T/other")"
python3 - "$T/web.db" <<'EOF' || fail "filter_change rows"
import sqlite3, sys
rows = sqlite3.connect(sys.argv[1]).execute("SELECT source, filter FROM filter_change ORDER BY id").fetchall()
assert rows == [("start", ""), ("filter", "-e trace=%network")], rows
EOF

# ---- attach a process with its threads; detach one ----
"$PROGS/busy_threads" 4 100000 "$T/progress" & busy=$!
pids+=("$busy")
sleep 100 & sl=$!
pids+=("$sl")
wait_for "[ -s $T/progress ]" || fail "busy_threads did not start"
"$SCTRACE" attach web $busy >"$T/a" 2>&1 || fail "attach failed: $(cat "$T/a")"
for task in /proc/$busy/task/*; do
	[ "$(awk '/^TracerPid:/{print $2}' $task/status)" = "$tracer" ] || fail "thread $(basename $task) not attached"
done
"$SCTRACE" attach web $sl >/dev/null || fail "attach sleep failed"
"$SCTRACE" status web --json >"$T/st4"
python3 -c "import json,sys; t=json.load(open('$T/st4'))[0]['targets']; sys.exit(0 if $busy in t and $sl in t else 1)" ||
	fail "status does not list the attached pids: $(cat "$T/st4")"
check_error "web: process $busy is already traced by this session" attach web $busy
"$SCTRACE" detach web $sl >"$T/d" || fail "detach failed"
[ "$(tracer_of $sl)" = 0 ] || fail "sleep still traced after detach"

# ---- bad input ----
check_error "no session named 'nosuch'" stop nosuch
check_error "no session named 'nosuch'" status nosuch
check_error "no session named 'nosuch'" attach nosuch $sl
check_error "no session named 'nosuch'" filter nosuch -e trace=open
check_error "no session named 'nosuch'" log nosuch
check_error "session web is already running \(pid $tracer\)" start --name web -- true
check_error "start: invalid session name" start --name ../x -- true
check_error "invalid system call 'nosuch'" filter web -e trace=nosuch
check_error "filter: -e raw= cannot change" filter web -e raw=all
check_error "Can't stat '/nonexistent'" start --name bad -- /nonexistent
[ -e "$T/run/bad.info" ] || [ -e "$T/bad.db" ] && fail "a failed start left files behind"
strace -p $sl -o /dev/null 2>/dev/null & st=$!
pids+=("$st")
wait_for "[ \"\$(tracer_of $sl)\" = $st ]" || fail "strace did not attach"
check_error "web: process $sl is already traced by process $st" attach web $sl
check_error "process $sl is already traced by process $st" start --name other -p $sl
kill $st; wait $st 2>/dev/null

# another user: cannot see it in its own directory, and the socket refuses it (SO_PEERCRED)
if [ "$(id -u)" = 0 ] && id nobody >/dev/null 2>&1 && command -v setpriv >/dev/null; then
	chmod 755 "$T" "$T/run"; chmod 644 "$T/run/web.info"; chmod 666 "$T/run/web.sock"
	setpriv --reuid=nobody --regid=nogroup --clear-groups env -u SCTRACE_RUNTIME_DIR XDG_RUNTIME_DIR=/nonexistent \
		"$SCTRACE" stop web >"$T/o" 2>"$T/e" && fail "another user stopped the session"
	expect_grep "$T/e" "no session named 'web'"
	setpriv --reuid=nobody --regid=nogroup --clear-groups "$SCTRACE" stop web >"$T/o" 2>"$T/e" &&
		fail "another user stopped the session through its socket"
	expect_grep "$T/e" "^sctrace: session web belongs to uid 0; only its owner or root may control it$"
	chmod 700 "$T/run"; chmod 600 "$T/run/web.info"
	kill -0 "$tracer" || fail "the session died of another user's stop"
else
	echo "sessions.sh: not root (or no nobody/setpriv): another user's stop not tried" >&2
fi

# ---- stop: everything keeps running; the store reads ----
"$SCTRACE" report web >"$T/rep_live" 2>&1 || fail "report on the running session failed: $(tail -3 "$T/rep_live")"
expect_grep "$T/rep_live" "still recording"
"$SCTRACE" replay web -e trace=accept4 2>&1 | grep -q '^[0-9]* *accept4(' || fail "replay NAME shows no accept4"
"$SCTRACE" stop web >"$T/stop" 2>&1 || fail "stop failed: $(cat "$T/stop")"
expect_grep "$T/stop" "^session web ended after .*: stopped by sctrace stop"
expect_grep "$T/stop" "detached from .*$server \(python3\).*$busy \(busy_threads\).*: still running"
wait_for "gone $tracer" || fail "the tracer is still there after stop"
fetch || fail "the server does not answer after stop"
expect_grep "$T/web.db.out" '"GET / HTTP/1.1" 200'   # http.server logs each request on stderr
[ "$(tracer_of $server)" = 0 ] || fail "the server is still traced"
p1=$(cat "$T/progress"); sleep 0.2; p2=$(cat "$T/progress")
[ "$p2" -gt "$p1" ] || fail "busy_threads makes no progress after stop"
[ -e "$T/run/web.sock" ] && fail "stop left the socket"
"$SCTRACE" report "$T/web.db" >"$T/rep" 2>&1 || fail "report failed: $(tail -3 "$T/rep")"
expect_grep "$T/rep" "^SYSCALLS"
expect_no_grep "$T/rep" "did not finish"
expect_grep "$T/rep" "^  recorded    from the start: everything$"
expect_grep "$T/rep" "^              from \+[0-9.]+m?s: -e trace=%network$"
"$SCTRACE" replay "$T/web.db" -e trace=sendto 2>&1 | grep -q 'sendto(' || fail "replay shows no sendto"

# ---- a tracer killed -9: dead, its store consistent ----
"$SCTRACE" start --name k -p $sl >/dev/null || fail "start -p failed"
kt=$(sess_pid k)
kill -9 "$kt"
wait_for "\"$SCTRACE\" status k 2>/dev/null | grep -q '^k  dead'" || fail "a killed tracer is not shown as dead: $("$SCTRACE" status k 2>&1)"
[ -e "$T/run/k.sock" ] && fail "the dead session's socket was not cleaned"
"$SCTRACE" report k >/dev/null 2>&1 || fail "the dead session's store does not open"
check_error "session k is dead" attach k $sl
"$SCTRACE" stop k | grep -q "^session k was dead" || fail "stop of a dead session"
kill -0 $sl || fail "sleep died with its tracer"

# ---- limits and the ring ----
loop='i=0; while [ $i -lt 3000 ]; do i=$((i+1)); : < /dev/null; done; sleep 30'
"$SCTRACE" start --name lim --max-events 500 -- sh -c "$loop" >/dev/null || fail "start --max-events failed"
wait_for "\"$SCTRACE\" status lim | grep -q '^lim  ended (--max-events 500 reached)'" || fail "--max-events: $("$SCTRACE" status lim)"
"$SCTRACE" start --name dur --duration 1s -- sleep 30 >/dev/null || fail "start --duration failed"
sleep 1.5
wait_for "\"$SCTRACE\" status dur | grep -q '^dur  ended (--duration 1.0 s reached)'" || fail "--duration: $("$SCTRACE" status dur)"
"$SCTRACE" start --name ring --ring 200 -- sh -c "$loop" >/dev/null || fail "start --ring failed"
ring_full() {
	rm -f "$T/flight.db"
	"$SCTRACE" dump ring -o "$T/flight.db" >/dev/null || fail "dump failed"
	python3 - "$T/flight.db" <<'EOF'
import sqlite3, sys
n, lo, hi = sqlite3.connect(sys.argv[1]).execute("SELECT count(*), min(id), max(id) FROM syscall").fetchone()
sys.exit(0 if hi and hi > 3000 else 1)
EOF
}
wait_for ring_full || fail "the ring session recorded nothing"
python3 - "$T/flight.db" <<'EOF' || fail "the ring keeps the wrong rows"
import sqlite3, sys
n, lo, hi = sqlite3.connect(sys.argv[1]).execute("SELECT count(*), min(id), max(id) FROM syscall").fetchone()
assert 200 <= n <= 226 and hi - lo + 1 == n, (n, lo, hi)
EOF
"$SCTRACE" replay "$T/flight.db" 2>&1 | grep -q 'open' || fail "the dump does not replay"
"$SCTRACE" stop --all >"$T/all" || fail "stop --all"
expect_grep "$T/all" "^session ring ended"
expect_grep "$T/all" "^session lim was over"

# an alert rule that fires saves the ring beside the store
"$SCTRACE" start --name ra -f --ring 1000 --alert -w "$T/ra.db" -- sh -c 'sleep 0.3; cat /etc/shadow >/dev/null; sleep 3' >/dev/null || fail "start --ring --alert failed"
wait_for "grep -q 'alert read_sensitive_file: the ring.s events saved in $T/ra.db.ring-1.db' '$SCTRACE_RUNTIME_DIR/ra.log'" || fail "no ring dump after an alert: $(cat "$SCTRACE_RUNTIME_DIR/ra.log" 2>&1)"
"$SCTRACE" replay "$T/ra.db.ring-1.db" 2>&1 | grep -q 'openat(AT_FDCWD, "/etc/shadow"' || fail "the alert's ring dump lacks the call"
"$SCTRACE" stop ra >/dev/null

# a program called like a subcommand is traced with --
printf '#!/bin/sh\nexit 3\n' >"$T/status"; chmod +x "$T/status"
PATH="$T:$PATH" "$SCTRACE" -- status 2>"$T/tr"; [ $? = 3 ] || fail "sctrace -- status did not trace the program"
expect_grep "$T/tr" "^execve\(\"$T/status\""
exit 0
