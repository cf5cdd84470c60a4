# Bad input of every kind: one "sctrace: ..." line, non-zero exit, no crash,
# nothing left stopped.
. "$(dirname "$0")/lib.sh"

check_error 'invalid option -j' -j true
check_error 'invalid option --bogus' --bogus true
check_error 'option -s requires an argument' -s
check_error 'must have COMMAND' 
check_error 'must have COMMAND' -f
check_error "Can't stat 'no-such-command-xyz': No such file or directory" no-such-command-xyz
check_error "Can't stat '/nonexistent/prog'" /nonexistent/prog
check_error "Invalid process id: 'abc'" -p abc
check_error "Invalid process id: '-5'" -p -5
check_error 'attach: ptrace\(PTRACE_SEIZE, 999999999\): No such process' -p 999999999
check_error 'attach: ptrace\(PTRACE_SEIZE, 2\): Operation not permitted' -p 2
check_error "invalid system call 'nosuchcall'" -e trace=nosuchcall true
check_error "invalid system call '%nosuchclass'" -e trace=%nosuchclass true
check_error "invalid signal 'SIGFOO'" -e signal=SIGFOO true
check_error "invalid status 'bogus'" -e status=bogus true
check_error "invalid -s argument: 'x'" -s x true
check_error "invalid -a argument: '-3'" -a -3 true
check_error "invalid -X argument: 'names'" -X names true
check_error "invalid --const-print-style argument: 'Raw'" --const-print-style=Raw true
check_error 'option -X requires an argument' -X
check_error 'invalid sortby' -c -S bogus true
check_error "invalid -e qualifier 'bogus=1'" -e bogus=1 true
check_error "cannot find user 'no-such-user-xyz'" -u no-such-user-xyz true
check_error "can't open '/nonexistent/dir/out'" -o /nonexistent/dir/out true
check_error '-p PID and COMMAND are mutually exclusive' -p 1 true
exit 0
