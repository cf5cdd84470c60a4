# kill -STOP / -CONT of a traced process behaves as if untraced: it stops
# (state T), the trace shows "--- stopped by SIGSTOP ---", and it continues.
. "$(dirname "$0")/lib.sh"

"$SCTRACE" -o "$T/trace" "$PROGS/stop_self" "$T/flag" >"$T/out" & tracer=$!
wait_for "grep -q ready $T/out" || fail "program did not start"
pid=$(pgrep -P $tracer stop_self)
[ -n "$pid" ] || fail "no tracee"
kill -STOP $pid
wait_for "[ \"\$(proc_state $pid)\" = t ] || [ \"\$(proc_state $pid)\" = T ]" || fail "tracee not stopped: $(proc_state $pid)"
sleep 0.3
case "$(proc_state $pid)" in t|T) ;; *) fail "tracee resumed by itself: $(proc_state $pid)" ;; esac
kill -CONT $pid
touch "$T/flag"
wait $tracer || fail "traced program failed"
expect_grep "$T/trace" '^--- SIGSTOP \{si_signo=SIGSTOP, si_code=SI_USER, si_pid=[0-9]+, si_uid=0\} ---$'
expect_grep "$T/trace" '^--- stopped by SIGSTOP ---$'
expect_grep "$T/trace" '^--- SIGCONT \{si_signo=SIGCONT, si_code=SI_USER, si_pid=[0-9]+, si_uid=0\} ---$'
exit 0
