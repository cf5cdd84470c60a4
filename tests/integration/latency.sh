# -c --latency: p50 p95 p99 max columns between errors and syscall, aligned,
# from the same per-call time as the other columns; a sleep of 10 ms shows as
# 10 ms; the counts are exact; plain -c keeps strace's table; --latency
# without -c or -C is refused.
. "$(dirname "$0")/lib.sh"

plain_head='% time     seconds  usecs/call     calls    errors syscall'
plain_div='------ ----------- ----------- --------- --------- ----------------'
lat_head='% time     seconds  usecs/call     calls    errors       p50       p95       p99       max syscall'
lat_div='------ ----------- ----------- --------- --------- --------- --------- --------- --------- ----------------'

# check_table FILE NCOLS: every row's numbers end where the divider's dash
# groups end (right-aligned, one space between), the name comes last, and
# the header's labels are right-aligned in the same groups
check_table() {
	awk -v ncols="$2" '
		/^------/ && !div { div = $0; n = 0
			for (i = 1; i <= length(div); i++) {
				if (substr(div, i, 1) == "-" && (i == 1 || substr(div, i - 1, 1) == " ")) s[++n] = i
				if (substr(div, i, 1) == "-" && substr(div, i + 1, 1) != "-") e[n] = i
			}
			if (n != ncols) { print "divider has " n " groups, want " ncols; bad = 1 }
			next }
		/^------/ { if ($0 != div) { print "dividers differ"; bad = 1 }; next }
		!div { head = $0; next }
		{ rows++
		  for (j = 1; j < n; j++) {
			f = substr($0, s[j], e[j] - s[j] + 1)
			if (f !~ /^ *[0-9.]*$/ || (f ~ /[0-9]/ && f !~ /[0-9]$/) || substr($0, e[j] + 1, 1) != " ") {
				print "row " rows " column " j " misaligned: [" f "] in: " $0; bad = 1 }
		  }
		  if (substr($0, s[n]) !~ /^[a-z_0-9]+$/) { print "row " rows ": name [" substr($0, s[n]) "]"; bad = 1 }
		}
		END {
		  for (j = 3; j < n; j++) {   # "% time" and "seconds" overhang by strace design
			f = substr(head, s[j], e[j] - s[j] + 1)
			if (f !~ /^ *[^ ]+$/) { print "header column " j " misaligned: [" f "]"; bad = 1 }
		  }
		  if (!rows) { print "no rows"; bad = 1 }
		  exit bad }' "$1" || { cat "$1"; fail "$1: table layout"; }
}

# field NAME COLUMN FILE: a row's field counted from the right (1 = name,
# 2 = max ... 5 = p50); calls NAME FILE: its calls (errors may be blank)
field() { awk -v n="$1" -v c="$2" '$NF == n { print $(NF - c + 1); exit }' "$3"; }
calls() { awk -v n="$1" '$NF == n { print $4; exit }' "$2"; }

# --- counts and layout: count_calls N does N getppid and N failing close
"$SCTRACE" -c --latency -o "$T/lat" "$PROGS/count_calls" 300 || fail "run -c --latency"
[ "$(sed -n 1p "$T/lat")" = "$lat_head" ] || { cat "$T/lat"; fail "--latency header"; }
[ "$(sed -n 2p "$T/lat")" = "$lat_div" ] || { cat "$T/lat"; fail "--latency divider"; }
check_table "$T/lat" 10
expect_grep "$T/lat" '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +300 +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ getppid$'
expect_grep "$T/lat" '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +30[0-9] +300 +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ close$'
total=$(calls total "$T/lat")
sum=$(awk 'NR>2 && $1 !~ /^-/ && $NF!="total"{s+=$4} END{print s}' "$T/lat")
[ "$total" = "$sum" ] || fail "total calls $total != sum of rows $sum"
# p50 <= p95 <= p99 <= max on every row, avg <= max (the same per-call
# time), and the total row's max is the largest max
awk 'NR>2 && $1 !~ /^-/ {
	p50 = $(NF-4); p95 = $(NF-3); p99 = $(NF-2); max = $(NF-1)
	if (!(p50 <= p95 && p95 <= p99 && p99 <= max && $3 <= max)) { print "row: " $0; bad = 1 }
	if ($NF != "total" && max > rmax) rmax = max
	if ($NF == "total" && max != rmax) { print "total max " max " != " rmax; bad = 1 }
} END { exit bad }' "$T/lat" || fail "percentiles out of order"

# --- plain -c is strace's table, no new columns
"$SCTRACE" -c -o "$T/plain" "$PROGS/count_calls" 300 || fail "run -c"
[ "$(sed -n 1p "$T/plain")" = "$plain_head" ] || { cat "$T/plain"; fail "-c header changed"; }
[ "$(sed -n 2p "$T/plain")" = "$plain_div" ] || { cat "$T/plain"; fail "-c divider changed"; }
check_table "$T/plain" 6
expect_no_grep "$T/plain" 'p50|p99'
if command -v strace >/dev/null; then
	strace -c -o "$T/strace" "$PROGS/count_calls" 300 || fail "strace -c"
	head -2 "$T/strace" | cmp -s - <(head -2 "$T/plain") || fail "-c header differs from strace's"
	check_table "$T/strace" 6
fi

# --- -S still sorts, with the columns
"$SCTRACE" -c --latency -S calls -o "$T/sorted" "$PROGS/count_calls" 100 || fail "run -S calls"
first=$(awk '/^------/{getline; print $NF; exit}' "$T/sorted")
[ "$first" = getppid ] || [ "$first" = close ] || fail "-S calls --latency: first row is $first"
"$SCTRACE" -c --latency -S name -o "$T/byname" "$PROGS/count_calls" 10 || fail "run -S name"
awk 'NR>2 && $1 !~ /^-/ && $NF != "total" { print $NF }' "$T/byname" > "$T/names"
sort -c "$T/names" || fail "-S name --latency: rows not sorted by name"

# --- known latencies: 30 sleeps of 10 ms, timed by wall clock (-w).  The
# percentiles must agree with the exact ones computed from -T of the same
# calls, within the histogram's error (2^-8) and 1 us of truncation.
"$SCTRACE" -C -w -T --latency -e trace=clock_nanosleep -o "$T/sleep" \
	python3 -c 'import time
for _ in range(30): time.sleep(0.01)' || fail "run the sleeps"
check_table <(sed -n '/^% time/,$p' "$T/sleep") 10
[ "$(calls clock_nanosleep "$T/sleep")" = 30 ] || { cat "$T/sleep"; fail "clock_nanosleep calls != 30"; }
sed -n 's/^clock_nanosleep(.* <\([0-9]*\)\.\([0-9]*\)>$/\1\2/p' "$T/sleep" | sed 's/^0*//' | sort -n > "$T/us"
[ "$(wc -l < "$T/us")" = 30 ] || { cat "$T/sleep"; fail "-T: not 30 clock_nanosleep lines"; }
# nearest rank: p50 the 15th of 30, p95 the 29th, p99 and max the 30th
for spec in "p50 15 5" "p95 29 4" "p99 30 3" "max 30 2"; do
	set -- $spec
	exact=$(sed -n "$2p" "$T/us")
	got=$(field clock_nanosleep "$3" "$T/sleep")
	awk -v g="$got" -v x="$exact" 'BEGIN { d = g - x; if (d < 0) d = -d; exit !(d <= x / 256 + 1) }' ||
		{ cat "$T/sleep"; fail "$1: table says $got us, exact $exact us"; }
done
p50=$(field clock_nanosleep 5 "$T/sleep")
[ "$p50" -ge 9960 ] && [ "$p50" -le 20000 ] || fail "p50 of 10 ms sleeps is $p50 us"
[ "$(field clock_nanosleep 2 "$T/sleep")" = "$(tail -1 "$T/us")" ] || fail "max is not the -T maximum"

# without -w it is system CPU time: a sleep costs next to none
"$SCTRACE" -c --latency -e trace=clock_nanosleep -o "$T/cpu" \
	python3 -c 'import time
for _ in range(10): time.sleep(0.01)' || fail "run the sleeps (cpu time)"
p50=$(field clock_nanosleep 5 "$T/cpu")
[ -n "$p50" ] && [ "$p50" -lt 5000 ] || { cat "$T/cpu"; fail "system-time p50 of a sleep is $p50 us"; }

# --- --latency needs -c or -C; it is in --help
check_error '--latency .*-c or -C' --latency "$PROGS/count_calls" 1
check_error '--latency .*-c or -C' --latency -w -T "$PROGS/count_calls" 1
"$SCTRACE" -C --latency -o "$T/both" "$PROGS/count_calls" 3 || fail "-C --latency refused"
expect_grep "$T/both" '^getppid\(\) += [0-9]+$'
expect_grep "$T/both" "^$lat_head\$"
"$SCTRACE" --help | grep -q -- '--latency' || fail "--latency missing from --help"
exit 0
