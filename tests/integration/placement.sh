# CPU placement (pinning a single-threaded command and the tracer to one
# CPU) is invisible to the tracee: with and without -f, it sees the same
# affinity as untraced, and so do its children and threads.
. "$(dirname "$0")/lib.sh"

"$PROGS/affinity" >"$T/untraced" || fail "affinity failed untraced"
for opts in "" "-f" "--placement=none" "-f -e trace=sched_getaffinity" "-f -e trace=openat" "-e trace=openat"; do
	"$SCTRACE" $opts -qq -o /dev/null "$PROGS/affinity" >"$T/traced" || fail "affinity failed under sctrace $opts"
	diff -u "$T/untraced" "$T/traced" || fail "tracee saw a different affinity under sctrace $opts"
done
# the trace itself shows the real mask, not the pinned one
"$SCTRACE" -e trace=sched_getaffinity -o "$T/trace" "$PROGS/affinity" >/dev/null
if [ "$(nproc --all)" -gt 1 ]; then
	expect_no_grep "$T/trace" '= 8$' || true
fi
exit 0
