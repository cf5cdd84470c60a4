#!/bin/bash
# backends.sh - the differential corpus (tests/diff/cases) traced by both
# backends: sctrace --backend=ptrace is the oracle, --backend=ebpf is compared
# with it by stdiff.py (same normalisation as against strace).  Prints one
# line per case and the overall share of identical lines; exits 1 below
# MIN_PCT (default 95) overall.  Cases with options the eBPF backend refuses
# (it says so: "... the eBPF backend ...") are skipped and listed.  Usage: backends.sh [SCTRACE] [CASES...]
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SCTRACE=${1:-$ROOT/sctrace}
MIN_PCT=${MIN_PCT:-95}
export PROGS=${PROGS:-$ROOT/tests/progs/bin}
trim() { local s=$1; s=${s#"${s%%[![:space:]]*}"}; printf '%s' "${s%"${s##*[![:space:]]}"}"; }
same=0 total=0 failed=0
while IFS='|' read -r pct opts cmd; do
	case "$pct" in ''|'#'*) continue ;; esac
	opts=$(trim "$opts")
	# i386 programs: the eBPF backend copies no memory of their calls (docs/EBPF.md), so
	# their pointers print as addresses; tests/integration/i386.sh checks what it does show
	if [[ $cmd == *_m32* || $cmd == *int80* ]]; then
		echo "[$opts] $(trim "$cmd"): skipped, i386 calls: the eBPF backend captures none of their memory"
		continue
	fi
	# what the eBPF backend refuses by design (tampering, -k, -b...: it stops nothing) is
	# no comparison; its one-line refusal is checked by tests/integration instead
	why=$(cd /tmp && eval "'$SCTRACE' --backend=ebpf $opts -o /dev/null -- true" 2>&1 >/dev/null </dev/null)
	if [ $? -ne 0 ] && [[ $why == *"eBPF backend"* ]]; then
		echo "[$opts] $(trim "$cmd"): skipped, ptrace only: $why"
		continue
	fi
	out=$(cd /tmp && eval "python3 '$ROOT/tests/diff/stdiff.py' --strace '$SCTRACE --backend=ptrace' \
		--sctrace '$SCTRACE --backend=ebpf' --min-pct 0 --opts='$opts' -- $cmd" 2>&1 </dev/null)
	line=$(echo "$out" | grep -m1 -E '^(ok|FAIL) ')
	if [[ $line =~ \(([0-9]+)/([0-9]+)\ lines\) ]]; then
		same=$((same + BASH_REMATCH[1])); total=$((total + BASH_REMATCH[2]))
	else
		failed=$((failed + 1))
	fi
	echo "[$opts] $(trim "$cmd"): ${line:-no result}"
	[ -n "$VERBOSE" ] && echo "$out" | tail -n +2 | head -${VERBOSE_LINES:-12}
	echo "$out" | grep -m1 '^exit status differs' && failed=$((failed + 1))
done < "$ROOT/tests/diff/cases"
pct=$(awk -v s=$same -v t=$total 'BEGIN { printf "%.1f", t ? 100 * s / t : 0 }')
echo "backends: $pct% of normalised lines identical ($same/$total), $failed cases without a comparable result"
awk -v p=$pct -v m=$MIN_PCT 'BEGIN { exit !(p >= m) }' && [ $failed -eq 0 ]
