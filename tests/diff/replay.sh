#!/bin/bash
# tests/diff/replay.sh OPTIONS -- COMMAND...: record COMMAND with OPTIONS while
# printing the live text (-o), replay the store with the same OPTIONS, and
# require the two texts to be identical byte for byte.  The replay is also
# printed as JSON Lines and every line is validated against the schema.
# Run from tests/run for every line of tests/diff/cases.
set -u
: "${SCTRACE:?}"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
opts=()
while [ $# -gt 0 ] && [ "$1" != -- ]; do opts+=("$1"); shift; done
shift
T=$(mktemp -d /tmp/sct-replay.XXXXXX)
trap 'rm -rf "$T"' EXIT
"$SCTRACE" record -w "$T/t.db" -o "$T/live" "${opts[@]}" -- "$@" >/dev/null 2>"$T/rec.err" </dev/null
rc=$?
[ -s "$T/live" ] || { echo "record printed nothing (rc $rc)"; cat "$T/rec.err"; exit 1; }
sqlite3 "$T/t.db" 'PRAGMA integrity_check' | grep -qx ok || { echo "integrity_check failed"; exit 1; }
"$SCTRACE" replay "$T/t.db" -o "$T/replay" "${opts[@]}" 2>"$T/rep.err" || { echo "replay failed"; cat "$T/rep.err"; exit 1; }
if ! cmp -s "$T/live" "$T/replay"; then
	echo "replay differs from the live text:"
	diff "$T/live" "$T/replay" | head -20
	exit 1
fi
"$SCTRACE" replay "$T/t.db" --json -o "$T/json" "${opts[@]}" 2>"$T/json.err" || { echo "replay --json failed"; cat "$T/json.err"; exit 1; }
out=$(/usr/bin/python3 "$ROOT/tests/json_validate.py" "$T/json" 2>&1) || { echo "$out" | head -10; exit 1; }
n=$(wc -l < "$T/live")
echo "identical: $n lines; $out"
