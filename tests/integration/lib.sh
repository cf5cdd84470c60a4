# lib.sh - helpers for integration tests (sourced).  Each test is a bash
# script that exits 0 on success; fail() prints why and exits 1.
set -u
T=$(mktemp -d /tmp/sctrace-test.XXXXXX)
trap 'rm -rf "$T"' EXIT
: "${SCTRACE:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/sctrace}"
: "${PROGS:=$(cd "$(dirname "${BASH_SOURCE[0]}")/../progs/bin" && pwd)}"

fail() { echo "FAIL: $*" >&2; exit 1; }

# expect_grep FILE REGEX [what]: FILE must contain a line matching the ERE
expect_grep() { grep -Eq -- "$2" "$1" || { echo "--- $1:"; tail -20 "$1"; fail "${3:-no line matching /$2/ in $1}"; }; }
expect_no_grep() { ! grep -Eq -- "$2" "$1" || { grep -E -- "$2" "$1" | head -5; fail "${3:-unexpected line matching /$2/ in $1}"; }; }

# wait_for COND-COMMAND: poll up to 5 s
wait_for() { for _ in $(seq 50); do eval "$1" && return 0; sleep 0.1; done; return 1; }

proc_state() { awk '{print $3}' "/proc/$1/stat" 2>/dev/null; }
tracer_of() { awk '/^TracerPid:/{print $2}' "/proc/$1/status" 2>/dev/null; }

# check_error EXPECTED_REGEX ARGS...: sctrace ARGS fails with exactly one
# "sctrace: ..." line matching the ERE, without dying of a signal
check_error() {
	local want=$1; shift
	"$SCTRACE" "$@" >"$T/o" 2>"$T/e" </dev/null; local rc=$?
	[ $rc -ne 0 ] || fail "sctrace $* exited 0"
	[ $rc -lt 128 ] || fail "sctrace $* died with signal $((rc - 128))"
	[ "$(wc -l <"$T/e")" -eq 1 ] || { cat "$T/e"; fail "sctrace $*: expected one error line"; }
	grep -Eq "^sctrace: $want" "$T/e" || { cat "$T/e"; fail "sctrace $*: message does not match /$want/"; }
}
