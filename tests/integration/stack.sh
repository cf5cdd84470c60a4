# -k (stack traces) and -i (instruction pointers) against strace 6.1, side by
# side: a C program (fork, thread, signal, code in an anonymous mapping,
# dlopen, exec of itself), the same program stripped, a C++ program with
# mangled names; then what sctrace itself must say about -k and -i.
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v strace >/dev/null || { echo "skip: no strace"; exit 0; }

same() {   # same PCT OPTS CMD...: stdiff.py must find PCT% of the normalised lines identical
	local pct=$1 opts=$2; shift 2
	out=$(cd /tmp && python3 "$ROOT/tests/diff/stdiff.py" --sctrace "$SCTRACE" --min-pct "$pct" --opts="$opts" -- "$@" 2>&1 </dev/null) ||
		{ echo "$out" | head -30; fail "sctrace $opts $* differs from strace"; }
}

# whole traces: pthread_join's futex may or may not wait (99%); chosen calls: all identical
same 99 "-f -k" "$PROGS/stack_calls"
same 99 "-f -i" "$PROGS/stack_calls"
same 100 "-f -k -i -e trace=write,execve,exit_group,getpid,wait4,mmap,munmap" "$PROGS/stack_calls"
same 99 "-f -k -z" "$PROGS/stack_calls"   # a stack taken at an entry whose line is not shown waits
same 100 "-f -k -qq -e trace=exit_group" "$PROGS/stack_calls"

# a library dlopened, closed and opened again: its frames are named after each mmap
cat >"$T/plug.c" <<'EOF'
#include <unistd.h>
__attribute__((noinline)) int plug_call(void) { return (int)getppid() + 0 * (int)write(1, "plug\n", 5); }
EOF
cat >"$T/useplug.c" <<'EOF'
#include <dlfcn.h>
int main(int argc, char **argv)
{
	for (int i = 0; i < 2; i++) {
		void *h = dlopen(argv[1], RTLD_NOW);
		int (*f)(void) = h ? (int (*)(void))dlsym(h, "plug_call") : 0;
		if (!f)
			return 1;
		f();
		dlclose(h);
	}
	return 0;
}
EOF
gcc -O1 -shared -fPIC -o "$T/libplug.so" "$T/plug.c" && gcc -O1 -o "$T/useplug" "$T/useplug.c" -ldl || fail "build plug"
same 100 "-f -k -e trace=getppid,write" "$T/useplug" "$T/libplug.so"   # the seccomp prefilter's stops
same 100 "-k" "$T/useplug" "$T/libplug.so"
"$SCTRACE" -f -k -e trace=getppid -o "$T/p" "$T/useplug" "$T/libplug.so" >/dev/null || fail "plug run"
[ "$(grep -c 'libplug\.so(plug_call+0x' "$T/p")" -eq 2 ] || { cat "$T/p"; fail "plug_call frames"; }

cp "$PROGS/stack_calls" "$T/stripped" && strip "$T/stripped" || fail "strip"
same 100 "-f -k -e trace=write,execve,exit_group" "$T/stripped"

if command -v g++ >/dev/null; then
	cat >"$T/cxx.cc" <<'EOF'
#include <unistd.h>
#include <string>
namespace space {
template <typename T> struct Box {
	__attribute__((noinline)) void put(T v) { (void)v; write(1, "box\n", 4); }
};
__attribute__((noinline)) void call(int x, const std::string &s) { Box<int> b; b.put(x + (int)s.size()); }
}
namespace { __attribute__((noinline)) void hidden() { space::call(1, "ab"); } }
int main() { hidden(); return 0; }
EOF
	g++ -O1 -o "$T/cxx" "$T/cxx.cc" || fail "g++"
	same 100 "-k -e trace=write" "$T/cxx"
	"$SCTRACE" -k -e trace=write -o "$T/k" "$T/cxx" >/dev/null
	expect_grep "$T/k" '^ > .*/cxx\(space::Box<int>::put\(int\)\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' "demangled C++ names"
	expect_grep "$T/k" '\(\(anonymous namespace\)::hidden\(\)\+0x'
fi

# what the frames say, in sctrace's own words
"$SCTRACE" -f -k -o "$T/a" "$PROGS/stack_calls" >/dev/null || fail "-k run"
expect_grep "$T/a" '^ > .*/stack_calls\(leaf\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' "frame named by the symbol table"
expect_grep "$T/a" '^ > .*/stack_calls\(middle\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$'
expect_grep "$T/a" '^ > unexpected_backtracing_error \[0x[0-9a-f]+\]$' "code in no file ends the walk"
expect_grep "$T/a" '^ > too many stack frames$' "more than 256 frames"
"$SCTRACE" -f -k -e trace=write -o "$T/o" "$PROGS/stack_calls" orphan >/dev/null || fail "-k orphan run"
expect_grep "$T/o" '^ > .*/stack_calls\(middle\+0x[0-9a-f]+\) \[0x[0-9a-f]+\]$' "a thread whose leader exited"
"$SCTRACE" -f -k -o "$T/s" "$T/stripped" >/dev/null || fail "-k stripped run"
expect_grep "$T/s" '^ > .*/stripped\(\) \[0x[0-9a-f]+\]$' "no symbol: ()"
expect_grep "$T/s" '^ > .*/stripped\(\+0x0\) \[0x[0-9a-f]+\]$' "no symbol, taken at execve: (+0x0)"
"$SCTRACE" -f -i -o "$T/i" "$PROGS/stack_calls" >/dev/null || fail "-i run"
expect_grep "$T/i" '^[0-9]+ +\[[0-9a-f]{16}\] write\(1, "hello\\n", 6\)'
expect_grep "$T/i" '^[0-9]+ +\[[0-9a-f]{16}\] --- SIGUSR1 '
expect_grep "$T/i" '^[0-9]+ +\[\?{16}\] \+\+\+ exited with 3 \+\+\+$'

# JSON Lines carry the frames as an array, valid against the schema
"$SCTRACE" -f -k --json -o "$T/j" "$PROGS/stack_calls" >/dev/null || fail "-k --json run"
python3 "$ROOT/tests/json_validate.py" "$T/j" >/dev/null || fail "-k --json: lines not valid"
expect_grep "$T/j" '"stack":\[\{"pc":[0-9]+,"file":"[^"]*libc\.so\.6","file_offset":[0-9]+,"symbol":"[^"]+","offset":[0-9]+\}'
expect_grep "$T/j" '"symbol":"middle"'

# nothing to walk with eBPF or in a recording; -c has no lines to add them to
check_error '-k walks the stack of a stopped thread; the eBPF backend' --backend=ebpf -k true
check_error '-i is not available with the eBPF backend' --backend=ebpf -i true
"$SCTRACE" --backend=auto -k -e trace=exit_group -o "$T/auto" true || fail "--backend=auto -k"
expect_grep "$T/auto" '^ > .*\(exit\+0x[0-9a-f]+\)' "--backend=auto -k: ptrace"
check_error 'record: -k and -i are for live tracing' record -w "$T/db" -k true
"$SCTRACE" -c -k -o "$T/c" true 2>"$T/e" || fail "-c -k"
expect_grep "$T/e" '^sctrace: -k/--stack-traces has no effect with -c/--summary-only$'
expect_no_grep "$T/c" '^ > '
exit 0
