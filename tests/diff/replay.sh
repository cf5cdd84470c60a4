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
ls "$T"/live* >/dev/null 2>&1 || { echo "record printed nothing (rc $rc)"; cat "$T/rec.err"; exit 1; }
sqlite3 "$T/t.db" 'PRAGMA integrity_check' | grep -qx ok || { echo "integrity_check failed"; exit 1; }
# -e inject=/fault= and -b execve act on the live trace only: the replay shows what was recorded
ropts=()
for ((i = 0; i < ${#opts[@]}; i++)); do
	case ${opts[i]} in
	-e) case ${opts[i+1]-} in inject=*|fault=*) i=$((i + 1)); continue ;; esac ;;
	-b) i=$((i + 1)); continue ;;
	-einject=*|-efault=*|--inject=*|--fault=*|--detach-on=*|-bexecve) continue ;;
	esac
	ropts+=("${opts[i]}")
done
opts=("${ropts[@]}")
"$SCTRACE" replay "$T/t.db" -o "$T/replay" "${opts[@]}" 2>"$T/rep.err" || { echo "replay failed"; cat "$T/rep.err"; exit 1; }
# -ff writes live.TID files: every one must have its replay twin
for f in "$T"/live*; do
	r=$T/replay${f#"$T/live"}
	if ! cmp -s "$f" "$r"; then
		echo "replay differs from the live text ($(basename "$f")):"
		diff "$f" "$r" | head -20
		exit 1
	fi
done
[ "$(ls "$T"/live* | wc -l)" = "$(ls "$T"/replay* | wc -l)" ] || { echo "replay wrote other files than live"; ls "$T"; exit 1; }
# JSON takes neither -c/-C nor -ff: leave those out of its run
jopts=()
for o in "${opts[@]}"; do case $o in -c|-C|-ff) ;; *) jopts+=("$o") ;; esac; done
"$SCTRACE" replay "$T/t.db" --json -o "$T/json" "${jopts[@]}" 2>"$T/json.err" || { echo "replay --json failed"; cat "$T/json.err"; exit 1; }
out=$(/usr/bin/python3 "$ROOT/tests/json_validate.py" "$T/json" 2>&1) || { echo "$out" | head -10; exit 1; }
n=$(cat "$T"/live* | wc -l)
echo "identical: $n lines; $out"
