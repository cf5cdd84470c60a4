# -P PATH and -e read=/write=: what strace 6.1 prints for what the cases in
# tests/diff/cases do not cover (big and partly unreadable dumps, the path
# resolution message, -c), bad sets, and a recording that keeps the dumps.
. "$(dirname "$0")/lib.sh"
STDIFF=$(cd "$(dirname "$0")/../diff" && pwd)/stdiff.py

if command -v strace >/dev/null; then
	# six-digit offsets, and a buffer running into an unmapped page
	(cd /tmp && python3 "$STDIFF" --sctrace "$SCTRACE" --min-pct 100 --opts="-e write=3 -e trace=write" \
		-- "$PROGS/rwdump" big) >"$T/big" 2>&1 || { head -20 "$T/big"; fail "rwdump big differs from strace"; }
	# -c counts only the calls -P shows
	strace -f -c -P /tmp/sct-pt-c.d/target -o "$T/c1" "$PROGS/pathtrace" /tmp/sct-pt-c.d >/dev/null || fail "strace -c"
	"$SCTRACE" -f -c -P /tmp/sct-pt-c.d/target -o "$T/c2" "$PROGS/pathtrace" /tmp/sct-pt-c.d >/dev/null || fail "sctrace -c"
	diff <(awk 'NR > 2 && $NF != "total" && !/^-/ {print $NF, $4}' "$T/c1" | sort) \
	     <(awk 'NR > 2 && $NF != "total" && !/^-/ {print $NF, $4}' "$T/c2" | sort) || fail "-c -P counts differ"
fi

# a path given another way is also traced in its resolved form, and said so
mkdir -p "$T/d" && echo hi >"$T/d/f"
(cd "$T" && "$SCTRACE" -P d/../d/f -o "$T/r" cat "$T/d/f" >/dev/null 2>"$T/r.err") || fail "resolved run"
expect_grep "$T/r.err" "^sctrace: Requested path \"d/\.\./d/f\" resolved into \"$T/d/f\"$"
expect_grep "$T/r" "^openat\(AT_FDCWD, \"$T/d/f\", O_RDONLY\) = 3$"
expect_grep "$T/r" '^read\(3, "hi\\n", [0-9]+\) += 3$'
expect_no_grep "$T/r" '^(mmap|execve|brk)\('
(cd "$T" && "$SCTRACE" -e quiet=path-resolution -P d/../d/f -o "$T/q" cat "$T/d/f" >/dev/null 2>"$T/q.err") || fail "quiet run"
[ ! -s "$T/q.err" ] || { cat "$T/q.err"; fail "-e quiet=path-resolution still printed"; }
# a path that does not exist yet is kept as given; signals and exits still show
"$SCTRACE" -f -P /nonexistent/x -o "$T/n" sh -c 'true' || fail "nonexistent run"
expect_grep "$T/n" '\+\+\+ exited with 0 \+\+\+$'
expect_no_grep "$T/n" '^([0-9]+ +)?[a-z_0-9]+\('

# descriptor sets: one error line each
check_error "invalid descriptor 'foo'" -e read=foo true
check_error "invalid descriptor 'all'" -e write=3,all true
check_error "invalid descriptor '-1'" --read=-1 true
check_error "invalid descriptor ''" -e write= true
check_error "invalid descriptor ',,'" -e read=,, true
check_error "invalid descriptor '!'" -e read=! true
check_error "invalid descriptor '2147483648'" -e read=2147483648 true

# a recording keeps the dumped bytes: the replay prints them again
"$SCTRACE" record -w "$T/t.db" -o "$T/live" -e read=all -e write=all "$PROGS/rwdump" >/dev/null 2>&1 || fail record
"$SCTRACE" replay "$T/t.db" -o "$T/replay" -e read=all -e write=all || fail replay
cmp -s "$T/live" "$T/replay" || { diff "$T/live" "$T/replay" | head; fail "replayed dumps differ"; }
expect_grep "$T/live" '^ \* 20 bytes in buffer 1$'
expect_grep "$T/live" '^ \| 00000  62 61 64  +bad  +\|$'
exit 0
