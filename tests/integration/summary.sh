# -c counts calls and errors per syscall exactly; the table has strace's layout.
. "$(dirname "$0")/lib.sh"

"$SCTRACE" -c -o "$T/sum" "$PROGS/count_calls" 250 || fail "run"
expect_grep "$T/sum" '^% time     seconds  usecs/call     calls    errors syscall$'
expect_grep "$T/sum" '^------ ----------- ----------- --------- --------- ----------------$'
expect_grep "$T/sum" '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +250 +getppid$'
expect_grep "$T/sum" '^ *[0-9.]+ +[0-9.]+ +[0-9]+ +25[0-9] +250 close$'
total=$(awk '$NF=="total"{print $4}' "$T/sum")
sum=$(awk 'NR>2 && $1 !~ /^-/ && $NF!="total"{s+=$4} END{print s}' "$T/sum")
[ "$total" = "$sum" ] || fail "total calls $total != sum of rows $sum"
expect_no_grep "$T/sum" '^getppid\(' "-c printed the trace"

# -C prints both; -S calls sorts by calls; -w uses wall-clock time
"$SCTRACE" -C -S calls -w -o "$T/sum2" "$PROGS/count_calls" 50 || fail "run -C"
expect_grep "$T/sum2" '^getppid\(\) += [0-9]+$'
first=$(awk '/^------/{getline; print $NF; exit}' "$T/sum2")
[ "$first" = getppid ] || [ "$first" = close ] || fail "-S calls: first row is $first"
exit 0
