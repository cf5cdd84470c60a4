# -e inject= / -e fault=: what the tracee sees (the program reports it),
# strace's text for the same rules (differential, when strace is installed),
# the JSON flags, -c, and bad rules.
. "$(dirname "$0")/lib.sh"
P=$PROGS/inject

run() { "$SCTRACE" -o "$T/trace" "$@" >"$T/out" 2>"$T/err" </dev/null || fail "sctrace $*: exit $?"; }
same() { diff -u <(printf '%s\n' "$@") "$T/out" || fail "program output differs ($*)"; }

# error and retval, when= ranges, two rules
run -e trace=chdir,getppid -e inject=chdir:error=ENOENT:when=2..3 -e inject=getppid:retval=42:when=2+ "$P" calls
same "chdir 0 -" "chdir -1 ENOENT" "chdir -1 ENOENT" "chdir 0 -" "getppid real" "getppid 42" "getppid 42"
expect_grep "$T/trace" '^chdir\("/"\) += -1 ENOENT \(No such file or directory\) \(INJECTED\)$'
expect_grep "$T/trace" '^getppid\(\) += 42 \(INJECTED\)$'
[ "$(grep -c INJECTED "$T/trace")" = 4 ] || fail "4 calls injected"
# fault= defaults to ENOSYS; a step; the last rule naming a syscall wins
run -e trace=chdir -e fault=chdir:when=1+2 "$P" calls
same "chdir -1 ENOSYS" "chdir 0 -" "chdir -1 ENOSYS" "chdir 0 -" "getppid real" "getppid real" "getppid real"
run -e trace=chdir -e fault=chdir -e inject=%file:retval=7:when=4 "$P" calls
same "chdir 0 -" "chdir 0 -" "chdir 0 -" "chdir 7 -" "getppid real" "getppid real" "getppid real"
# an untraced call is not tampered with (as strace)
run -e trace=getppid -e fault=chdir "$P" calls
expect_grep "$T/out" '^chdir 0 -$' "untraced chdir was injected"
# syscall=: a %pure syscall runs instead
run -e trace=chdir -e inject=chdir:retval=3:syscall=getpid:when=1 "$P" calls
expect_grep "$T/out" '^chdir 3 -$'

# signal= arrives as the call starts; the seccomp prefilter (-f) does not lose it
run -e trace=chdir -e inject=chdir:signal=USR1:when=2 "$P" signal
same "chdir 0 -" "chdir 0 -" "usr1 1"
expect_grep "$T/trace" '^--- SIGUSR1 \{si_signo=SIGUSR1, si_code=SI_KERNEL\} ---$'
run -f -e trace=chdir -e inject=chdir:error=EPERM:signal=USR1 "$P" signal
same "chdir -1 EPERM" "chdir -1 EPERM" "usr1 2"

# delays: the tracee waits; -T includes delay_enter only, as strace
run -T -e trace=getppid -e inject=getppid:delay_exit=150ms "$P" delay
same "getppid slow"
expect_grep "$T/trace" '^getppid\(\) += [0-9]+ \(DELAYED\) <0\.0[0-9]+>$'
run -T -e trace=getppid -e inject=getppid:delay_enter=0.15s "$P" delay
same "getppid slow"
expect_grep "$T/trace" '^getppid\(\) += [0-9]+ \(DELAYED\) <0\.(1[5-9]|[2-9])[0-9]+>$'
# one delayed thread does not hold the others: two threads delayed 500 ms each take < 900 ms
t0=$(date +%s%N)
run -f -e trace=chdir -e inject=chdir:delay_exit=500ms:when=1 "$P" threads
ms=$(( ($(date +%s%N) - t0) / 1000000 ))
[ "$ms" -lt 900 ] || fail "two 500 ms delays took $ms ms: serialised"
[ "$(grep -c DELAYED "$T/trace")" = 2 ] || fail "each thread delayed once"

# pokes, at entry (before decoding: the trace shows the new path) and exit
run -e trace=chdir,getcwd -e inject=chdir:poke_enter=@arg1=2f00 -e inject=getcwd:poke_exit=@arg1=706f6b656400 "$P" poke
same "chdir 0 -" "getcwd 2 poked"
expect_grep "$T/trace" '^chdir\("/"\) += 0 \(INJECTED: args\)$'
expect_grep "$T/trace" '^getcwd\("p"\.\.\., 64\) += 2 \(INJECTED: args\)$' "getcwd shows as much as its result says"
run -e trace=chdir -e inject=chdir:poke_enter=@arg2=00:retval=0 "$P" poke
expect_grep "$T/err" "^sctrace: Failed to tamper with process [0-9]+: requested to tamper with argument #2, but system call 'chdir' has only 1 arguments$"

# when= counts per syscall and per thread / process
run -f -e trace=chdir -e inject=chdir:error=EPERM:when=2 "$P" threads
same "thread 0 1 0" "thread 0 1 0"
run -f -e trace=chdir -e inject=chdir:error=EPERM:when=3 "$P" fork
same "parent 0 0 1 child 4"

# -c counts an injected error as an error; JSON marks the call
run -c -e trace=chdir -e fault=chdir:when=2+ "$P" calls
expect_grep "$T/trace" '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +4 +3 chdir$'
run --json -e trace=chdir,getppid -e fault=chdir:when=2 -e inject=getppid:delay_exit=1:when=3 "$P" calls
python3 "$(dirname "$0")/../json_validate.py" "$T/trace" >/dev/null || fail "JSON invalid"
expect_grep "$T/trace" '"errno":"ENOSYS".*"injected":true'
expect_grep "$T/trace" '"name":"getppid".*"delayed":true'

# a recording keeps the notes: its replay prints the live text
"$SCTRACE" record -w "$T/t.db" -o "$T/live" -e trace=chdir,getcwd -e inject=chdir:error=ENOENT \
	-e inject=getcwd:poke_exit=@arg1=2f00:delay_exit=1 "$P" poke >/dev/null 2>&1 || fail "record"
"$SCTRACE" replay "$T/t.db" -o "$T/replay" || fail "replay"
cmp -s "$T/live" "$T/replay" || { diff "$T/live" "$T/replay"; fail "replay differs from the live text"; }
expect_grep "$T/replay" '\(INJECTED: args\) \(DELAYED\)$'

# bad rules: strace's message; the eBPF backend refuses
check_error "invalid inject argument 'chdir'" -e inject=chdir true
check_error "invalid inject argument 'chdir:when=0:error=1'" -e inject=chdir:when=0:error=1 true
check_error "invalid inject argument 'chdir:retval=0:error=1'" -e inject=chdir:retval=0:error=1 true
check_error "invalid inject argument 'chdir:syscall=chdir:error=1'" -e inject=chdir:syscall=chdir:error=1 true
check_error "invalid inject argument 'chdir:poke_enter=@arg1=000'" -e inject=chdir:poke_enter=@arg1=000 true
check_error "invalid inject argument 'chdir:delay_enter=5min'" -e inject=chdir:delay_enter=5min true
check_error "invalid fault argument 'chdir:retval=0'" --fault=chdir:retval=0 true
check_error "invalid system call 'nosuch'" -e inject=nosuch:error=1 true
check_error "-e inject= and -e fault= tamper" --backend=ebpf -e fault=chdir true
check_error "replay: -e inject= and -e fault= tamper with a live trace" replay "$T/t.db" -e fault=chdir

# the same rules under strace: identical text
if command -v strace >/dev/null; then
	D="$(dirname "$0")/../diff/stdiff.py"
	for opts in "-e trace=chdir,getppid -e inject=chdir:error=ENOENT:when=2..3 -e inject=getppid:retval=42:when=2+|calls" \
		    "-e trace=chdir -e fault=chdir:when=1+2 -e inject=chdir:retval=-1:when=4|calls" \
		    "-e trace=chdir -e inject=chdir:error=ERESTARTSYS:when=2|calls" \
		    "-e trace=chdir -e inject=chdir:error=EPERM:signal=USR1:when=2|signal" \
		    "-e trace=getppid -e inject=getppid:delay_enter=20ms:delay_exit=20ms|delay" \
		    "-e trace=chdir,getcwd -e inject=chdir:poke_enter=@arg1=2f00 -e inject=getcwd:poke_exit=@arg1=706f6b656400:retval=2|poke" \
		    "-f -e trace=chdir -e inject=chdir:error=EPERM:when=2|threads" \
		    "-f -e trace=chdir -e inject=chdir:error=EPERM:when=3|fork"; do
		o=${opts%|*} m=${opts#*|}
		python3 "$D" --sctrace "$SCTRACE" --opts="$o" -- "$P" "$m" >"$T/d" 2>&1 || { cat "$T/d"; fail "differs from strace: $o $m"; }
	done
fi
exit 0
