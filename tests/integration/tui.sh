# sctrace tui: the live view in a real terminal (tmux, fixed size) against a
# known workload (tui_load: ROUNDS x 3 getppid and a chdir that fails ENOENT):
# rows and columns on screen, the exact counts once it ended, sort and filter
# keys, pause (the screen stays the same while the workload runs), a resize
# (SIGWINCH: the layout follows), q and ^C (the terminal comes back as it was;
# -p detaches and leaves the process running); batch snapshots without a
# terminal (NO_COLOR, COLUMNS, -n); following a store being recorded; bad input.
. "$(dirname "$0")/lib.sh"
cd "$T"
command -v tmux >/dev/null || fail "tmux is not installed (Debian: tmux)"
LOAD=$PROGS/tui_load
S=sctrace-tui-$$
export TMUX_TMPDIR=$T   # a tmux server of our own, gone with $T
trap 'tmux kill-server 2>/dev/null; rm -rf "$T"' EXIT

screen() { tmux capture-pane -p -t "$S"; }
# on_screen REGEX [what]: wait up to 5 s for a line matching the ERE
on_screen() { wait_for "screen | grep -Eq -- '$1'" || { screen; fail "${2:-no line /$1/ on screen}"; }; }
# row NAME: the syscall table's line for NAME (as shown now)
row() { screen | grep -E "^$1 +[0-9]"; }

tmux new-session -d -s "$S" -x 120 -y 40 "env -u NO_COLOR PS1='$ ' bash --norc --noprofile"
sleep 0.3
tmux send-keys -t "$S" "stty -g >stty.before; $SCTRACE tui -- $LOAD 250 20; echo TUI-EXIT=\$?; stty -g >stty.after" Enter
on_screen '^SYSCALL +CALLS +RATE/s +ERRORS +P50\(us\) +P99\(us\) +TIME\(ms\)' "no syscall table"
on_screen '^getppid +[0-9]+' "no getppid row"
[ "$(tmux display -p -t "$S" '#{alternate_on}')" = 1 ] || fail "the view is not on the alternate screen"
tmux capture-pane -pe -t "$S" | grep -q $'\033\\[31mchdir' || fail "no colour for the failing chdir row"
screen | grep -Eq '^ +CALLS +ERRORS +FILE +PID +COMMAND +CALLS +ERRORS' || { screen; fail "no files/processes table"; }
on_screen '^ +[0-9]+ +[0-9]+  /nonexistent/sctrace-tui' "the failing path is not among the files"
on_screen '^RECENT ERRORS'
on_screen '^[0-9:.]+ +[0-9]+  chdir +ENOENT +/nonexistent/sctrace-tui' "no recent chdir error"

# sort keys: errors puts chdir first, calls getppid
tmux send-keys -t "$S" e
on_screen '^sort: errors'
[ "$(screen | grep -A1 '^SYSCALL' | tail -1 | awk '{print $1}')" = chdir ] || { screen; fail "sorted by errors: chdir is not first"; }
tmux send-keys -t "$S" c
on_screen '^sort: calls'
[ "$(screen | grep -A1 '^SYSCALL' | tail -1 | awk '{print $1}')" = getppid ] || { screen; fail "sorted by calls: getppid is not first"; }

# pause: nothing on screen changes while the workload goes on
tmux send-keys -t "$S" ' '
on_screen '\[paused\]'
screen >p1; sleep 1.2; screen >p2
cmp -s p1 p2 || { diff p1 p2; fail "the screen changed while paused"; }
grep -q 'exited with' p2 && fail "the workload ended before the pause could be checked (machine too slow?)"
tmux send-keys -t "$S" ' '
wait_for "! screen | grep -q '\[paused\]'" || fail "space did not resume"

# a resize: SIGWINCH, and the narrower layout stacks files and processes
tmux resize-window -t "$S" -x 90 -y 40
on_screen '^    PID  COMMAND +CALLS +ERRORS' "no stacked processes table after the resize"
[ "$(screen | awk '{ if (length($0) > 90) n++ } END { print n + 0 }')" = 0 ] || fail "lines wider than 90 columns"

# the end: exact counts, then a filter by name and by class
for _ in $(seq 200); do screen | grep -q '\[exited with 0\]' && break; sleep 0.1; done
screen | grep -q '\[exited with 0\]' || { screen; fail "the workload did not end"; }
row getppid | grep -Eq '^getppid +750 ' || { screen; fail "getppid: not 750 calls"; }
row chdir | grep -Eq '^chdir +250 +[0-9.]+ +250 ' || { screen; fail "chdir: not 250 calls, 250 errors"; }
tmux send-keys -t "$S" / ; tmux send-keys -t "$S" -l 'chdir'; tmux send-keys -t "$S" Enter
on_screen '^sort: calls +filter: chdir +syscalls: 1 shown'
row getppid && fail "the chdir filter shows getppid"
tmux send-keys -t "$S" / BSpace BSpace BSpace BSpace BSpace; tmux send-keys -t "$S" -l '%process'; tmux send-keys -t "$S" Enter
on_screen 'filter: %process'
row execve >/dev/null || { screen; fail "%process: no execve"; }
row chdir && fail "%process shows chdir"
tmux send-keys -t "$S" / ; tmux send-keys -t "$S" -l ',%nosuch'; tmux send-keys -t "$S" Enter
on_screen 'no syscall class %nosuch' "a bad class is not reported"

# q: the terminal as it was
tmux send-keys -t "$S" q
on_screen '^TUI-EXIT=0' "q did not end sctrace tui with status 0"
[ "$(tmux display -p -t "$S" '#{alternate_on}')" = 0 ] || fail "still on the alternate screen after q"
wait_for "[ -s stty.after ]" || fail "no stty after"
cmp -s stty.before stty.after || fail "terminal modes not restored: $(cat stty.before) vs $(cat stty.after)"

# SIGTERM: the terminal comes back too, the started command ends, sctrace dies of it
tmux send-keys -t "$S" "clear; $SCTRACE tui -- $LOAD 2000 10; echo TUI-EXIT=\$?; stty -g >stty.term" Enter
on_screen '^getppid +[0-9]+'
pane=$(tmux display -p -t "$S" '#{pane_pid}')
tp=$(pgrep -P "$pane" -x sctrace) && cp=$(pgrep -P "$tp" -x tui_load) || fail "no tui and workload to send SIGTERM to"
kill -TERM "$tp"
on_screen '^TUI-EXIT=143' "SIGTERM: not exit status 143"
[ "$(tmux display -p -t "$S" '#{alternate_on}')" = 0 ] || fail "still on the alternate screen after SIGTERM"
wait_for "[ -s stty.term ]" && cmp -s stty.before stty.term || fail "SIGTERM: terminal modes not restored"
wait_for "! kill -0 $cp 2>/dev/null" || fail "SIGTERM: the started command still runs"

# ^C on -p: detaches, the process runs on
"$LOAD" 400 20 & LP=$!
tmux send-keys -t "$S" "clear; $SCTRACE tui -p $LP; echo TUI-EXIT=\$?" Enter
on_screen "pid $LP" "no view of pid $LP"
on_screen '^getppid +[0-9]+'
tmux send-keys -t "$S" C-c
on_screen '^TUI-EXIT=0' "^C did not end sctrace tui -p with status 0"
kill -0 $LP 2>/dev/null || fail "the process did not survive ^C"
wait_for "[ \"\$(tracer_of $LP)\" = 0 ]" || fail "the process is still traced after ^C"
kill $LP; wait $LP 2>/dev/null

# ---- batch mode: no terminal ----
NO_COLOR=1 COLUMNS=70 "$SCTRACE" tui -n 1 -- "$LOAD" 20 0 >batch 2>err || { cat err; fail "batch tui failed"; }
[ "$(grep -c '^sctrace tui' batch)" = 1 ] || { cat batch; fail "-n 1: not one snapshot"; }
grep -q $'\033' batch && fail "escape codes in batch output"
[ "$(awk '{ if (length($0) > 70) n++ } END { print n + 0 }' batch)" = 0 ] || fail "batch lines wider than COLUMNS=70"
expect_grep batch '^getppid +60 '
expect_grep batch '^chdir +20 +[0-9.]+ +20 '
expect_grep batch '\[exited with 0\]'
expect_grep batch '^[0-9:.]+ +[0-9]+  chdir +ENOENT'
"$SCTRACE" tui -n 3 -d 0.2 -- "$LOAD" 1000 20 >batch3 2>err || { cat err; fail "tui -n 3 failed"; }
[ "$(grep -c '^sctrace tui' batch3)" = 3 ] || { cat batch3; fail "-n 3: not three snapshots"; }
"$SCTRACE" tui --sort=errors --filter=chdir,getppid -n 1 -- "$LOAD" 5 0 >sorted 2>err || { cat err; fail "--sort/--filter"; }
[ "$(grep -A1 '^SYSCALL' sorted | tail -1 | awk '{print $1}')" = chdir ] || { cat sorted; fail "--sort=errors"; }
expect_grep sorted 'syscalls: 2 shown'
# tracing options and presets pass through (a preset's value is not taken for FILE)
"$SCTRACE" tui -n 1 --preset failures -- "$LOAD" 5 0 >preset 2>err || { cat err; fail "tui --preset"; }
expect_grep preset '^chdir +5 +[0-9.]+ +5 '
expect_no_grep preset '^getppid'
"$SCTRACE" tui -n 1 -e trace=getppid -- "$LOAD" 5 0 >traced 2>err || { cat err; fail "tui -e trace="; }
expect_grep traced 'syscalls: 1 shown'
expect_grep traced '^getppid +15 '

# ---- FILE: a store being recorded ----
"$SCTRACE" record -w rec.db -- "$LOAD" 60 20 2>/dev/null & RP=$!
wait_for "[ -s rec.db ] && \"$SCTRACE\" report rec.db --section=summary >/dev/null 2>&1" || fail "no store to follow"
timeout 30 "$SCTRACE" tui -d 0.3 rec.db >file.out 2>err || { cat err; fail "tui FILE failed"; }
wait $RP
[ "$(grep -c '^sctrace tui' file.out)" -ge 2 ] || { cat file.out; fail "tui FILE: no refreshes while recording"; }
awk '/^sctrace tui/ { last = "" } { last = last $0 "\n" } END { printf "%s", last }' file.out >file.last
expect_grep file.last '^getppid +180 ' "tui FILE: the last snapshot has not 180 getppid"
expect_grep file.last '^chdir +60 +[0-9.]+ +60 ' "tui FILE: the last snapshot has not 60 failed chdir"
expect_grep file.last '\[recording ended, exit 0\]' "tui FILE: the end of the recording is not shown"

# ---- bad input ----
check_error 'tui: nosuch.db: no such trace store' tui nosuch.db
check_error 'tui: what to watch' tui
check_error 'tui: invalid number of iterations' tui -n 0 -- true
check_error 'tui: invalid --sort' tui --sort=bogus -- true
check_error 'tui: invalid --filter: no syscall class %bogus' tui --filter=%bogus -- true
check_error 'tui: FILE is followed as recorded' tui rec.db -f
echo "tui ok"
