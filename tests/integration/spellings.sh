# strace 6.1's other spellings of the output options: -Y, -c's -U and -O, --timestamps /
# --absolute-timestamps with a format and a precision, -r/-T with a precision,
# --strings-in-hex's values.  Each is run under strace (the oracle) and sctrace
# on the same program; the lines must have the same shape (digits masked, since
# the times differ), and bad values get strace's message.
. "$(dirname "$0")/lib.sh"
cd "$T"

shape() { grep -m1 "$2" "$1" | sed 's/[0-9]/N/g'; }

for opts in "-t" "-tt" "-ttt" "--timestamps" "--timestamps=unix" "--timestamps=unix,ms" \
	"--timestamps=format:time,precision:ns" "--timestamps=none" "--timestamps=ms" \
	"--absolute-timestamps=us" "--absolute-timestamps=precision:ms --absolute-timestamps=format:unix" \
	"-r" "--relative-timestamps=s" "--relative-timestamps=ms" "--relative-timestamps=ns" \
	"-T" "--syscall-times=s" "--syscall-times=ms" "--syscall-times=ns" \
	"-r --timestamps=unix" "-r -t" "--relative-timestamps=ns --timestamps=unix,ns"; do
	# shellcheck disable=SC2086
	strace $opts -o st -e trace=getppid "$PROGS/count_calls" 1 >/dev/null 2>&1 || fail "strace $opts"
	# shellcheck disable=SC2086
	"$SCTRACE" $opts -o sc -e trace=getppid "$PROGS/count_calls" 1 >/dev/null 2>&1 || fail "sctrace $opts"
	[ "$(shape st getppid)" = "$(shape sc getppid)" ] ||
		fail "$opts: strace wrote '$(shape st getppid)', sctrace '$(shape sc getppid)'"
	[ "$(shape st exited)" = "$(shape sc exited)" ] || fail "$opts: exit lines differ"
done

# strings: a name with control bytes, DEL and a byte above 0x7f
cat > hx.c <<'EOF'
#include <unistd.h>
int main(void) { return chdir("a\001\377\nz\t\177q") == 0; }
EOF
gcc -o hx hx.c || fail "cc hx.c"
for opts in "" "-x" "-xx" "-xxx" "--strings-in-hex" "--strings-in-hex=all" "--strings-in-hex=none" \
	"--strings-in-hex=non-ascii" "--strings-in-hex=non-ascii-chars"; do
	# shellcheck disable=SC2086
	strace $opts -o st -e trace=chdir ./hx >/dev/null 2>&1
	# shellcheck disable=SC2086
	"$SCTRACE" $opts -o sc -e trace=chdir ./hx >/dev/null 2>&1
	[ "$(grep chdir st)" = "$(grep chdir sc)" ] || fail "$opts: strace '$(grep chdir st)', sctrace '$(grep chdir sc)'"
done

# -c's -U columns (and the name strace adds when missing), -O's overhead: the same table as
# strace's, times and counts masked, sorted by name so that both have one order
for opts in "-U calls,name" "-U name,calls" "-U time-percent,total-time,min-time,max-time,avg-time,calls,errors,name" \
	"-U min-time,max-time,avg-time,name,calls" "-U time" "-U errors" "-U shortest,longest,count,error,syscall" \
	"-O 10" "-O 1.5ms -U total-time" "-w -O 100ns"; do
	# shellcheck disable=SC2086
	strace -c -S name $opts -e trace=read,close,openat,mmap cat /etc/hostname 2> st >/dev/null
	# shellcheck disable=SC2086
	"$SCTRACE" -c -S name $opts -e trace=read,close,openat,mmap cat /etc/hostname 2> sc >/dev/null
	sed -E 's/[0-9]+(\.[0-9]+)?/N/g; s/ +/ /g; s/^ //' st > st.n
	sed -E 's/[0-9]+(\.[0-9]+)?/N/g; s/ +/ /g; s/^ //' sc > sc.n
	diff st.n sc.n > /dev/null || { diff st sc; fail "-c $opts: the table differs from strace's"; }
done
# -O takes the overhead off each call: 1 s of it leaves nothing
"$SCTRACE" -c -w -O 1s -e trace=openat cat /etc/hostname 2> sc >/dev/null
grep -Eq '^ +0\.00 +0\.000000 +0 +[0-9]+ +[0-9]+ openat' sc || { cat sc; fail "-O 1s: openat's time is not 0"; }
check_error "unknown column name: 'foo'" -c -U foo true
check_error "call summary column has been provided more than once: 'total-time'" -c -U total-time,total-time true
check_error "invalid -O argument: 'x'" -c -O x true
check_error "invalid -O argument: '-1'" -c -O -1 true

# -Y itself is compared with strace in tests/diff/cases
check_error "replay: -Y reads the command names of live processes" replay x.db -Y
check_error "invalid --decode-pids 'cmd'" --decode-pids=cmd true

check_error "Syscall 'open' for -b isn't supported" -b open true
check_error "-D: an strace option that sctrace does not implement" -D true
check_error "--tips: an strace option that sctrace does not implement" --tips true
check_error "invalid option --no-such-option" --no-such-option true
check_error "-b execve detaches a ptrace tracee" --backend=ebpf -b execve true
check_error "-t and --absolute-timestamps cannot be provided simultaneously" -t --timestamps=unix true
check_error "-t and --absolute-timestamps cannot be provided simultaneously" --timestamps=unix -tt true
check_error "invalid --timestamps argument: 'bogus'" --timestamps=bogus true
check_error "invalid --absolute-timestamps argument: 'format:ms'" --absolute-timestamps=format:ms true
check_error "invalid --relative-timestamps argument: 'xx'" --relative-timestamps=xx true
check_error "invalid --syscall-times argument: 'm'" --syscall-times=m true
check_error "invalid --strings-in-hex argument: 'some'" --strings-in-hex=some true
exit 0
