# sctrace exits with the traced command's status, and dies by the same
# signal when the command is killed, printing strace's +++ lines.
. "$(dirname "$0")/lib.sh"

"$SCTRACE" -o "$T/out" "$PROGS/exit_code" exit 7; rc=$?
[ $rc -eq 7 ] || fail "exit 7: sctrace returned $rc"
expect_grep "$T/out" '^\+\+\+ exited with 7 \+\+\+$'

"$SCTRACE" -o "$T/out" "$PROGS/exit_code" signal 15; rc=$?
[ $rc -eq $((128 + 15)) ] || fail "SIGTERM: sctrace returned $rc"
expect_grep "$T/out" '^\+\+\+ killed by SIGTERM \+\+\+$'

"$SCTRACE" -o "$T/out" "$PROGS/exit_code" signal 11; rc=$?
[ $rc -eq $((128 + 11)) ] || fail "SIGSEGV: sctrace returned $rc"
expect_grep "$T/out" '^--- SIGSEGV \{si_signo=SIGSEGV, si_code=SI_TKILL, si_pid=[0-9]+, si_uid=[0-9]+\} ---$'
expect_grep "$T/out" '^\+\+\+ killed by SIGSEGV \+\+\+$'

# exit_group from a second thread while the leader blocks in read()
"$SCTRACE" -f -o "$T/out" "$PROGS/exit_code" thread-exit 3; rc=$?
[ $rc -eq 3 ] || fail "thread-exit: sctrace returned $rc"
# the exit_group line is whole, or (as strace 6.1 prints it when the leader's '= ?' comes
# first: each thread's is printed as it exits) cut and resumed
expect_grep "$T/out" '^[0-9]+ +exit_group\(3\) += \?$|^[0-9]+ +<\.\.\. exit_group resumed>\) += \?$'
expect_grep "$T/out" 'read\(3, +<unfinished \.\.\.>\) += \?$|<\.\.\. read resumed> <unfinished \.\.\.>\) += \?$'
[ "$(grep -c '+++ exited with 3 +++' "$T/out")" -eq 2 ] || fail "expected two '+++ exited with 3' lines"

# the same exit status without -f
"$SCTRACE" -qq -o /dev/null sh -c 'exit 42'; rc=$?
[ $rc -eq 42 ] || fail "sh exit 42: sctrace returned $rc"
exit 0
