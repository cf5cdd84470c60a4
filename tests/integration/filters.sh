# -e trace=, classes, negation, -z/-Z and -e status= select what is printed.
. "$(dirname "$0")/lib.sh"

"$SCTRACE" -e trace=openat,close -o "$T/a" cat /etc/hostname >/dev/null || fail run1
expect_no_grep "$T/a" '^(read|mmap|execve)\('
expect_grep "$T/a" '^openat\(AT_FDCWD, "/etc/hostname", O_RDONLY\) = 3$'
"$SCTRACE" -e trace='!close' -o "$T/b" true || fail run2
expect_no_grep "$T/b" '^close\('
expect_grep "$T/b" '^mmap\('
"$SCTRACE" -e trace=%file -o "$T/c" cat /etc/hostname >/dev/null || fail run3
expect_grep "$T/c" '^openat\('
expect_no_grep "$T/c" '^(read|close|mmap)\('
"$SCTRACE" -e trace=/^clo -o "$T/d" true || fail run4
expect_grep "$T/d" '^close\('
"$SCTRACE" -Z -o "$T/e" cat /nonexistent 2>/dev/null
expect_grep "$T/e" '= -1 ENOENT'
expect_no_grep "$T/e" '\) += [0-9]'
"$SCTRACE" -z -o "$T/f" cat /nonexistent 2>/dev/null
expect_no_grep "$T/f" '= -1 '
expect_grep "$T/f" '^close\(.*= 0$'
exit 0
