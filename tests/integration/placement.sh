# CPU placement (pinning a single-threaded command and the tracer to one
# CPU) is invisible to the tracee: with and without -f, it sees the same
# affinity as untraced, and so do its children and threads.
. "$(dirname "$0")/lib.sh"

"$PROGS/affinity" >"$T/untraced" || fail "affinity failed untraced"
for opts in "" "-f" "--placement=none" "-f -e trace=sched_getaffinity" "-f -e trace=openat" "-e trace=openat" "--placement=spin" "-f --placement=spin"; do
	"$SCTRACE" $opts -qq -o /dev/null "$PROGS/affinity" >"$T/traced" || fail "affinity failed under sctrace $opts"
	diff -u "$T/untraced" "$T/traced" || fail "tracee saw a different affinity under sctrace $opts"
done
# the trace itself shows the real mask, not the pinned one
"$SCTRACE" -e trace=sched_getaffinity -o "$T/trace" "$PROGS/affinity" >/dev/null
if [ "$(nproc --all)" -gt 1 ]; then
	expect_no_grep "$T/trace" '= 8$' || true
fi
# spin polls only briefly: a sleeping tracee costs the tracer no CPU
/usr/bin/time -f '%U %S' -o "$T/cpu" "$SCTRACE" --placement=spin -o /dev/null sleep 1 ||
	fail "sleep failed under --placement=spin"
awk '{ exit !($1 + $2 < 0.3) }' "$T/cpu" || fail "--placement=spin used $(cat "$T/cpu") s of CPU while the tracee slept"
exit 0
