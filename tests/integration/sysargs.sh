# src/decode/sysargs.tbl (the kernel's parameter names and types) agrees with
# the running kernel's syscall tracepoints: tools/gen-sysargs --check, with
# tracefs mounted if need be (and unmounted after).  Skips when it cannot be.
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
GEN=$ROOT/tools/gen-sysargs
TRACEFS=/sys/kernel/tracing
skip() { echo "skip: $*"; exit 0; }

if [ ! -d "$TRACEFS/events/syscalls" ]; then
	[ -d "$TRACEFS" ] || skip "no $TRACEFS"
	mount -t tracefs nodev "$TRACEFS" 2>"$T/mount" || skip "cannot mount tracefs: $(head -1 "$T/mount")"
	trap 'umount "$TRACEFS"; rm -rf "$T"' EXIT
	[ -d "$TRACEFS/events/syscalls" ] || skip "kernel has no syscall tracepoints"
fi
[ -r "$TRACEFS/events/syscalls/sys_enter_openat/format" ] || skip "cannot read $TRACEFS/events/syscalls"

python3 "$GEN" --check >"$T/out" 2>&1
rc=$?
[ $rc -eq 77 ] && skip "$(tail -1 "$T/out")"
[ $rc -eq 0 ] || { cat "$T/out"; fail "gen-sysargs --check: exit $rc"; }
expect_grep "$T/out" 'agrees with'

# --check notices a difference: a copy of two tracepoints, openat's mode renamed
for tp in sys_enter_openat sys_enter_read; do
	mkdir -p "$T/tfs/events/syscalls/$tp"
	cat "$TRACEFS/events/syscalls/$tp/format" >"$T/tfs/events/syscalls/$tp/format"
done
sed -i 's/umode_t mode;/umode_t mode2;/' "$T/tfs/events/syscalls/sys_enter_openat/format"
python3 "$GEN" --check --tracefs "$T/tfs" >"$T/out" 2>&1
rc=$?
[ $rc -eq 1 ] || { cat "$T/out"; fail "--check of a changed openat: exit $rc, want 1"; }
expect_grep "$T/out" '^openat: file has .*umode_t mode\)' "no difference shown for openat"
expect_no_grep "$T/out" '^read:' "read reported although unchanged"

# and says it cannot check without tracefs
mkdir -p "$T/empty"
python3 "$GEN" --check --tracefs "$T/empty" >"$T/out" 2>&1
rc=$?
[ $rc -eq 77 ] || { cat "$T/out"; fail "--check without tracefs: exit $rc, want 77"; }
exit 0
