# Signals are re-injected (handlers run as untraced), interrupted syscalls
# show the kernel's restart/EINTR results, -e signal= filters the lines.
. "$(dirname "$0")/lib.sh"

"$SCTRACE" -o "$T/trace" "$PROGS/signals" >"$T/out" || { cat "$T/out"; fail "program saw different signal behaviour under sctrace"; }
expect_grep "$T/trace" '^--- SIGUSR1 \{si_signo=SIGUSR1, si_code=SI_USER, si_pid=[0-9]+, si_uid=0\} ---$'
expect_grep "$T/trace" '^--- SIGTERM \{si_signo=SIGTERM, si_code=SI_USER, si_pid=[0-9]+, si_uid=0\} ---$'
expect_grep "$T/trace" '^--- SIGALRM \{si_signo=SIGALRM, si_code=SI_KERNEL\} ---$'
expect_grep "$T/trace" '^read\(3, 0x[0-9a-f]+, 1\) += \? ERESTARTSYS \(To be restarted if SA_RESTART is set\)$|^read\(3, 0x[0-9a-f]+, 1\) += -1 EINTR'
expect_grep "$T/trace" '^rt_sigreturn\(\{mask=\[\]\}\) += '
"$SCTRACE" -e signal=none -o "$T/trace2" "$PROGS/signals" >/dev/null || fail "signal=none run"
expect_no_grep "$T/trace2" '^---' "signal=none still printed signals"
"$SCTRACE" -e signal=SIGALRM -o "$T/trace3" "$PROGS/signals" >/dev/null || fail "signal=SIGALRM run"
expect_grep "$T/trace3" '^--- SIGALRM'
expect_no_grep "$T/trace3" '^--- SIGUSR1'
exit 0
