# Exec from a non-leader thread, vfork and clone3(CLONE_VFORK) under -f.
. "$(dirname "$0")/lib.sh"

"$SCTRACE" -f -o "$T/a" "$PROGS/threads_exec"; rc=$?
[ $rc -eq 5 ] || fail "threads_exec: exit $rc, want 5"
expect_grep "$T/a" '\+\+\+ superseded by execve in pid [0-9]+ \+\+\+'
expect_grep "$T/a" 'execve\("/bin/sh", \["sh", "-c", "exit 5"\]'
expect_grep "$T/a" '\+\+\+ exited with 5 \+\+\+'

"$SCTRACE" -f -o "$T/b" "$PROGS/vfork_exec" || fail "vfork_exec failed under sctrace"
[ "$(grep -c 'execve("/bin/true"' "$T/b")" -eq 2 ] || fail "expected two traced execs of /bin/true"
exit 0
