#!/bin/sh
# gen-syscalls32.sh [OUT] - derive src/decode/syscalls32.tbl, the i386 system call
# table, from strace 6.1: tools/i386-syscalls.c calls every number (nothing runs:
# its seccomp filter fails them all), strace -e raw=all names each and prints
# as many arguments as it counts, strace -e trace=%CLASS tells the classes.
# Numbers strace 6.1 cannot name (451+) take the x86_64 table's names, the
# syscall numbering being shared from 403 on.  socketcall's calls that i386
# has no number for (accept, send, recv) get 500 + their SYS_* number, as the
# calls a socketcall is shown as.  Needs gcc -m32 (gcc-multilib).
set -eu
out=${1:-src/decode/syscalls32.tbl}
tmp=$(mktemp -d /tmp/gen-syscalls32.XXXXXX)
trap 'rm -rf "$tmp"' EXIT
gcc -m32 -static -nostdlib -O1 -fno-pie -no-pie -o "$tmp/calls" tools/i386-syscalls.c
strace -e raw=all -o "$tmp/raw" "$tmp/calls"
classes="file desc process network signal ipc memory creds clock stat lstat fstat statfs fstatfs pure"
for c in $classes; do strace -e trace=%$c -o "$tmp/c.$c" "$tmp/calls"; done
strace -e trace=%%stat -o "$tmp/c.stat_like" "$tmp/calls"
strace -e trace=%%statfs -o "$tmp/c.statfs_like" "$tmp/calls"
awk -v tmp="$tmp" -v classes="$classes stat_like statfs_like" -v x64=src/decode/syscalls.tbl '
function callname(line) { sub(/\(.*/, "", line); return line }
function nargs(line,    s, n) {
	s = line; sub(/^[^(]*\(/, "", s); sub(/\) += .*/, "", s)
	return s == "" ? 0 : split(s, _, ", ")
}
BEGIN {
	while ((getline l < x64) > 0) if (l !~ /^#/ && split(l, f) >= 4) { x64name[f[1]] = f[2]; x64n[f[1]] = f[3] }
	nc = split(classes, cl, " ")
	for (i = 1; i <= nc; i++) {
		file = tmp "/c." cl[i]
		while ((getline l < file) > 0) {
			n = callname(l)
			if (n !~ /^syscall_0x/) member[n] = member[n] (member[n] == "" ? "" : ",") cl[i]
		}
	}
	print "# i386 system call table (a 32-bit program on x86_64): number, name, argument count as"
	print "# strace 6.1 prints it, trace classes. Made by tools/gen-syscalls32.sh from strace 6.1;"
	print "# numbers are checked against <asm/unistd_32.h> by tests/unit/test_tables.c; 451+ are"
	print "# newer than strace 6.1 and named as in the x86_64 table (the numbering is shared);"
	print "# 500 + N: socketcall(N, ...)s that have no number of their own (not kernel numbers)."
	nr = 0
	while ((getline l < (tmp "/raw")) > 0) {
		if (++line <= 3 || l ~ /^\+\+\+/ || l ~ /^exit_group\(0\)/) continue   # execve, prctl, seccomp; the end
		if (nr == 252) { printf "%-4d %-24s %2d  %s\n", 252, "exit_group", 1, "process"; nr++ }
		n = callname(l)
		if (nr >= 480) {   # socketcall(1..20)
			call = nr - 479
			if (!(n in named)) printf "%-4d %-24s %2d  %s\n", 500 + call, n, nargs(l), member[n] == "" ? "-" : member[n]
			nr++
			continue
		}
		named[n] = 1
		if (n ~ /^syscall_0x/) {
			if (nr in x64name && nr > 450) printf "%-4d %-24s %2d  %s\n", nr, x64name[nr], x64n[nr], "-"
		} else {
			c = "," member[n] ","
			# the stat/statfs-like classes are what %%stat and %%statfs add to the others
			if (c ~ /,(stat|lstat|fstat),/) sub(/,stat_like,/, ",", c)
			if (c ~ /,(statfs|fstatfs),/) sub(/,statfs_like,/, ",", c)
			gsub(/^,|,$/, "", c)
			printf "%-4d %-24s %2d  %s\n", nr, n, nargs(l), c == "" ? "-" : c
		}
		nr++
	}
}' > "$out.tmp"
mv "$out.tmp" "$out"
