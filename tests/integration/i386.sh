# i386 programs on x86_64 (docs/COMPATIBILITY.md "32-bit programs"): the
# personality lines and where they go (stderr only; not with -o, -q or
# -e quiet=personality), -c's table per personality, -e trace= per
# personality with the seccomp prefilter on, -e inject= on an i386 call,
# JSON's personality, and the eBPF backend's names and numbers.  The
# programs check themselves (exit codes) or the kernel's numbers decide
# (asm/unistd_32.h); tests/diff/cases compares the text with strace.
# Skips without gcc -m32 (tests/run builds tests/progs/*_m32.c with it).
. "$(dirname "$0")/lib.sh"
C=$PROGS/compat_m32 I80=$PROGS/int80
if [ ! -x "$C" ] || [ ! -x "$C-static" ]; then
	echo "skip: no i386 test programs (gcc -m32: Debian gcc-multilib)"
	exit 0
fi
[ -x "$I80" ] || fail "no $I80 (tests/run builds tests/progs)"

# the line, once, after the execve, with the process's pid; then the program's own calls
"$SCTRACE" -- "$C" >/dev/null 2>"$T/e" || fail "compat_m32 under sctrace exited $?"
[ "$(grep -c '^\[ Process PID=[0-9]* runs in 32 bit mode\. \]$' "$T/e")" -eq 1 ] || { head "$T/e"; fail "one personality line"; }
sed -n 2p "$T/e" | grep -q '^\[ Process PID=' || fail "the personality line follows the execve"
expect_grep "$T/e" '^mmap2\(NULL, [0-9]+, PROT_READ\|PROT_WRITE, MAP_PRIVATE\|MAP_ANONYMOUS, -1, 0\) = 0x[0-9a-f]{8}$' "mmap2 with a 32-bit address"
expect_grep "$T/e" '^_llseek\(3, 1, \[1\], SEEK_SET\) += 0$' "_llseek joins the two halves"
expect_grep "$T/e" '^fstat64\(3, \{st_mode=S_IFREG' "fstat64's struct stat64"
expect_grep "$T/e" '^ugetrlimit\(RLIMIT_CORE, \{rlim_cur=' "ugetrlimit"
expect_grep "$T/e" '^socket\(AF_UNIX, SOCK_STREAM, 0\) += [0-9]+$' "socketcall shown as socket"
expect_grep "$T/e" '^writev\(4, \[\{iov_base="ab", iov_len=2\}, \{iov_base="cde", iov_len=3\}\], 2\) += 5$' "an i386 iovec"

# a 64-bit program's int $0x80 is an i386 call too, with both lines around it
"$SCTRACE" -- "$I80" >/dev/null 2>"$T/e" || fail "int80 under sctrace exited $?"
expect_grep "$T/e" '^\[ Process PID=[0-9]+ runs in 32 bit mode\. \]$'
expect_grep "$T/e" '^close\(-1\) += -1 EBADF'
expect_grep "$T/e" '^\[ Process PID=[0-9]+ runs in 64 bit mode\. \]$'

# as strace 6.1: not in a -o file (nor on stderr then), not with -q or quiet=personality
"$SCTRACE" -o "$T/o" -- "$C" >/dev/null 2>"$T/e"
expect_no_grep "$T/o" 'runs in' "-o FILE has no personality line"
expect_no_grep "$T/e" 'runs in' "with -o, nothing on stderr either"
expect_grep "$T/o" '^mmap2\('
for q in -q "-e quiet=personality"; do
	"$SCTRACE" $q -- "$C" >/dev/null 2>"$T/e"
	expect_no_grep "$T/e" 'runs in' "$q hides the personality line"
done

# -c: the 64-bit table untitled, then the i386 one
"$SCTRACE" -c -- "$C" >/dev/null 2>"$T/c"
expect_grep "$T/c" '^System call usage summary for 32 bit mode:$'
awk '/32 bit mode:$/ { i386 = 1 } / mmap2$/ { if (i386) ok = 1; else bad = 1 } / execve$/ && !i386 { x64 = 1 }
	END { exit !(ok && !bad && x64) }' "$T/c" || { cat "$T/c"; fail "-c: mmap2 in the i386 table, execve in the 64-bit one"; }

# -e trace= per personality, through the seccomp prefilter (-f): sh's closes are 64-bit,
# int80's close(-1) and write are i386 calls, compat_m32's writev too
P='^(\[pid +[0-9]+\] )?'
"$SCTRACE" -f -e trace=close@64,write@64,writev -- sh -c "$C-static; $I80" >/dev/null 2>"$T/e"
expect_grep "$T/e" "${P}close\\(3\\) += 0$" "sh's 64-bit closes"
expect_no_grep "$T/e" 'close\(-1\)|write\(1, "int80' "int80's close and write are i386's: not close@64, write@64"
expect_grep "$T/e" "${P}writev\\(4, " "writev without @: the i386 one too"
"$SCTRACE" -f -e trace=close@32,write -- sh -c "true; $I80" >/dev/null 2>"$T/e"
expect_grep "$T/e" "${P}close\\(-1\\) += -1 EBADF" "close@32: int80's"
expect_no_grep "$T/e" 'close\(3\) += 0' "close@32: not the dynamic loaders' (64-bit)"
expect_grep "$T/e" "${P}write\\(1, \"int80\\\\n\", 6\\) += 6$" "write: the i386 one"

# -e inject= on the i386 getpid only: int80 sees 42, not its pid, and exits 1
"$SCTRACE" -e trace=getpid -e inject=getpid@32:retval=42 -- "$I80" >/dev/null 2>"$T/e"; rc=$?
[ $rc -eq 1 ] || fail "int80 with getpid@32 injected exited $rc, not 1"
expect_grep "$T/e" '^getpid\(\) += 42 \(INJECTED\)$'
expect_grep "$T/e" '^getpid\(\) += [0-9]+$' "the 64-bit getpid runs"

# JSON: nr is the kernel's i386 number (asm/unistd_32.h), marked personality 32
nr=$(awk '$2 == "__NR_mmap2" { print $3 }' /usr/include/x86_64-linux-gnu/asm/unistd_32.h)
"$SCTRACE" --json -o "$T/j" -- "$C" >/dev/null 2>&1
expect_grep "$T/j" "\"name\":\"mmap2\",\"nr\":$nr,\"personality\":32,"
expect_grep "$T/j" '"name":"execve","nr":59,"args"' "the 64-bit execve has no personality"

# eBPF: the i386 calls by their own table (no memory captured), where BPF runs
if "$SCTRACE" --backend=ebpf -o /dev/null -- true >/dev/null 2>&1; then
	"$SCTRACE" --backend=ebpf -- "$I80" >/dev/null 2>"$T/e" || fail "int80 under --backend=ebpf exited $?"
	expect_grep "$T/e" '^\[ Process PID=[0-9]+ runs in 32 bit mode\. \]$' "eBPF: personality line"
	expect_grep "$T/e" '^getpid\(\) += [0-9]+$' "eBPF: i386 getpid by name"
	expect_grep "$T/e" '^write\(1, 0x[0-9a-f]+, 6\) += 6$' "eBPF: i386 write, its buffer not captured"
	"$SCTRACE" --backend=ebpf -e trace=socket@32 -- "$C" >/dev/null 2>"$T/e"
	expect_grep "$T/e" '^socket\(AF_UNIX, SOCK_STREAM, 0\) += [0-9]+$' "eBPF: socketcall read as socket"
	"$SCTRACE" --backend=ebpf -c -- "$C" >/dev/null 2>"$T/c"
	expect_grep "$T/c" '^System call usage summary for 32 bit mode:$' "eBPF -c: the i386 table"
else
	echo "(eBPF unavailable: its i386 checks skipped)"
fi
echo "i386: ok"
