# Bad input of every kind: one "sctrace: ..." line, non-zero exit, no crash,
# nothing left stopped.
. "$(dirname "$0")/lib.sh"

check() {  # check EXPECTED_REGEX ARGS...
	local want=$1; shift
	"$SCTRACE" "$@" >"$T/o" 2>"$T/e" </dev/null; local rc=$?
	[ $rc -ne 0 ] || fail "sctrace $* exited 0"
	[ $rc -lt 128 ] || fail "sctrace $* died with signal $((rc - 128))"
	[ "$(wc -l <"$T/e")" -eq 1 ] || { cat "$T/e"; fail "sctrace $*: expected one error line"; }
	grep -Eq "^sctrace: $want" "$T/e" || { cat "$T/e"; fail "sctrace $*: message does not match /$want/"; }
}

check 'invalid option -j' -j true
check 'invalid option --bogus' --bogus true
check 'option -s requires an argument' -s
check 'must have COMMAND' 
check 'must have COMMAND' -f
check "Can't stat 'no-such-command-xyz': No such file or directory" no-such-command-xyz
check "Can't stat '/nonexistent/prog'" /nonexistent/prog
check "Invalid process id: 'abc'" -p abc
check "Invalid process id: '-5'" -p -5
check 'attach: ptrace\(PTRACE_SEIZE, 999999999\): No such process' -p 999999999
check 'attach: ptrace\(PTRACE_SEIZE, 2\): Operation not permitted' -p 2
check "invalid system call 'nosuchcall'" -e trace=nosuchcall true
check "invalid system call '%nosuchclass'" -e trace=%nosuchclass true
check "invalid signal 'SIGFOO'" -e signal=SIGFOO true
check "invalid status 'bogus'" -e status=bogus true
check "invalid -s argument: 'x'" -s x true
check "invalid -a argument: '-3'" -a -3 true
check 'invalid sortby' -c -S bogus true
check "invalid -e qualifier 'bogus=1'" -e bogus=1 true
check "cannot find user 'no-such-user-xyz'" -u no-such-user-xyz true
check "can't open '/nonexistent/dir/out'" -o /nonexistent/dir/out true
check '-p PID and COMMAND are mutually exclusive' -p 1 true
exit 0
