# -o, -ff, -A and the pid prefixes strace uses in each mode.
. "$(dirname "$0")/lib.sh"

# -o without -f: no prefixes
"$SCTRACE" -o "$T/a" sh -c 'true' || fail "run 1"
expect_no_grep "$T/a" '^[0-9]+ ' "unexpected pid prefix without -f"
expect_grep "$T/a" '^execve\("/usr/bin/sh", \["sh", "-c", "true"\], 0x[0-9a-f]+ /\* [0-9]+ vars \*/\) = 0$'

# -f -o: every line starts with "PID " padded to 5 columns plus a space
"$SCTRACE" -f -o "$T/b" sh -c '/bin/true; true' || fail "run 2"
awk '!/^[0-9]+ +/ {bad=1} END {exit bad}' "$T/b" || fail "line without pid prefix in -f -o output"
[ "$(awk '{print $1}' "$T/b" | sort -u | wc -l)" -ge 2 ] || fail "expected two pids"
expect_grep "$T/b" '^[0-9]{5} [^ ]|^[0-9]{1,4} {2,5}[^ ]'

# -ff: one file per process, no prefixes
"$SCTRACE" -ff -o "$T/c" sh -c '/bin/true; true' || fail "run 3"
n=$(ls "$T"/c.* | wc -l)
[ "$n" -ge 2 ] || fail "-ff made $n files"
[ ! -e "$T/c" ] || fail "-ff made an (empty) $T/c beside the per-process files, as strace does not"
for f in "$T"/c.*; do
	expect_no_grep "$f" '^[0-9]+ ' "pid prefix in -ff file $f"
	expect_grep "$f" '^\+\+\+ exited with 0 \+\+\+$'
done

# -A appends; files are created 0600
echo keep >"$T/d"
"$SCTRACE" -A -o "$T/d" true || fail "run 4"
head -1 "$T/d" | grep -qx keep || fail "-A did not append"
"$SCTRACE" -o "$T/e" true
[ "$(stat -c %a "$T/e")" = 600 ] || fail "new -o file is not 0600"

# stderr with -f: [pid N] prefixes only while several processes are traced
"$SCTRACE" -f sh -c '/bin/true' 2>"$T/f" || fail "run 5"
expect_grep "$T/f" '^\[pid +[0-9]+\] execve\("/bin/true"'
expect_grep "$T/f" '^exit_group\(0\) += \?$'
exit 0
