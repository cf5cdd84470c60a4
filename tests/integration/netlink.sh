#!/bin/bash
# netlink.sh - netlink decoding against strace 6.1 on random messages
# (tests/progs/net_netlink_random: 3200 sendto buffers over eight netlink
# protocols per seed), which must print identically; and under
# --backend=ebpf the same buffers print as bytes, not as a wrong decoding.
# Kept out of tests/diff/cases: its thousands of lines would swamp the
# backends comparison, where eBPF shows netlink buffers raw by design.
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
command -v strace >/dev/null || { echo "no strace: skipped"; exit 0; }
for run in "-e trace=sendto|7" "-v -e trace=sendto|12" "-s 8 -e trace=sendto|3"; do
	opts=${run%|*} seed=${run#*|}
	out=$(cd /tmp && python3 "$ROOT/tests/diff/stdiff.py" --sctrace "$SCTRACE" --min-pct 100 \
		--opts="$opts" -- "$PROGS/net_netlink_random" "$seed" 2>&1)
	echo "$out" | head -1 | grep -q '^ok ' || { echo "$out" | head -20; fail "random netlink messages [$opts] seed $seed differ from strace"; }
done
if "$SCTRACE" --backend=ebpf -e trace=sendto -o "$T/e" "$PROGS/net_netlink_random" 5 2>/dev/null; then
	expect_no_grep "$T/e" 'nlmsg_len=' "eBPF decoded a netlink message it copied only -s bytes of"
	expect_grep "$T/e" '^sendto\(3, "' "eBPF printed no netlink buffer as bytes"
fi
exit 0
