# PostgreSQL trace stores (docs/POSTGRES.md): a real server, started here as an
# unprivileged cluster in a temporary directory on loopback, takes `record -w
# postgresql://...`; replay from it equals the live text, as a SQLite file's does;
# a pushed SQLite trace replays and reports the same as the file; two hosts share
# one database and --host picks each; a SIGKILLed recorder leaves whole
# transactions; bad input (wrong password, no server, another program's schema,
# unknown host or trace) is one line, exit 1, nothing written, no tracee started.
. "$(dirname "$0")/lib.sh"
cd "$T"

PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ] || [ ! -x "$PGBIN/pg_ctl" ] || ! command -v psql >/dev/null; then
	echo "skip: no PostgreSQL server (Debian postgresql: initdb, pg_ctl, psql)"
	exit 0
fi

# the cluster belongs to an unprivileged user (the server refuses to run as root)
D=$(mktemp -d /tmp/sctrace-pg.XXXXXX)
as_owner() { "$@"; }
if [ "$(id -u)" = 0 ]; then
	chown nobody: "$D"
	as_owner() { (cd "$D" && setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups -- "$@"); }
fi
cleanup() {
	[ -f "$D/data/postmaster.pid" ] && as_owner "$PGBIN/pg_ctl" -D "$D/data" -m immediate -w stop >/dev/null 2>&1
	rm -rf "$D" "$T"
}
trap cleanup EXIT
trap 'exit 1' INT TERM HUP   # a timeout still stops the server
PW=sct-pw-1729
echo "$PW" > "$D/pw"
chmod 644 "$D/pw"
as_owner "$PGBIN/initdb" -D "$D/data" -U sct --pwfile="$D/pw" --auth-local=trust --auth-host=scram-sha-256 \
	-E UTF8 --no-sync >"$D/initdb.log" 2>&1 || { cat "$D/initdb.log"; fail "initdb"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port)
as_owner "$PGBIN/pg_ctl" -D "$D/data" -l "$D/server.log" -w -t 30 \
	-o "-c listen_addresses=127.0.0.1 -p $PORT -k $D -c fsync=off -c full_page_writes=off" start >/dev/null ||
	{ cat "$D/server.log"; fail "the server did not start"; }
U="postgresql://sct:$PW@127.0.0.1:$PORT/postgres"
q() { psql -X -q -t -A "$U" -c "$1"; }

# ---- record into the database: replay prints the live text, as from a SQLite file ----
prog="$PROGS/count_calls"
bad=$(printf 'bad\377name\ttab\\back')   # a path that is not UTF-8, with COPY's special characters
"$SCTRACE" record -w "$U" -f -o live.txt -- sh -c "$prog 20; cat '$bad' 2>/dev/null; $prog 3" ||
	fail "record -w URL exited non-zero"
id1=$(q "SELECT max(id) FROM sctrace.session")
[ "$id1" = 1 ] || fail "the first trace is not number 1 ($id1)"
"$SCTRACE" replay "$U" -o replay.txt || fail "replay URL"
cmp -s live.txt replay.txt || { diff live.txt replay.txt | head; fail "replay from PostgreSQL differs from the live text"; }
[ "$(q "SELECT count(*) FROM sctrace.syscall WHERE session_id = $id1 AND name = 'getppid' AND pid IN
	(SELECT pid FROM sctrace.process WHERE session_id = $id1 AND comm = 'count_calls')")" = 23 ] ||
	fail "23 getppid rows of count_calls expected"
[ "$(q "SELECT count(*) FROM sctrace.process WHERE session_id = $id1 AND exit_code = 0 AND end_ns IS NOT NULL")" -ge 3 ] ||
	fail "the processes' exits (updates after COPY) are missing"
[ "$(q "SELECT exit_status, syscalls > 0, end_ns IS NOT NULL FROM sctrace.session WHERE id = $id1")" = "0|t|t" ] ||
	fail "the session's end was not written"
[ "$(q "SELECT count(*) FROM sctrace.syscall WHERE path = E'bad\\uFFFDname\\ttab\\\\back'")" = 1 ] ||
	fail "a path with invalid UTF-8, a tab and a backslash was not stored as documented"
[ "$(q "SELECT count(DISTINCT host) FROM sctrace.syscall WHERE session_id = $id1")" = 1 ] || fail "host column"
q "SELECT options FROM sctrace.session" | grep -q "$PW" && fail "the password was recorded in session.options"
q "SELECT options FROM sctrace.session" | grep -q 'sct:\*\*\*@' || fail "the URL is not in session.options"
[ "$(q "SELECT value FROM sctrace.meta WHERE key = 'schema_version'")" = 1 ] || fail "schema version"

# the same trace in both stores: the PostgreSQL one copied into SQLite replays as the live run printed
# (two separate runs of a forking program need not interleave alike, so they are not compared)
"$SCTRACE" replay "$U" --trace-id "$id1" -w copy.db >/dev/null || fail "replay URL -w copy.db"
"$SCTRACE" replay copy.db -o replay2.txt || fail "replay copy.db"
cmp -s live.txt replay2.txt || { diff live.txt replay2.txt | head; fail "the PostgreSQL trace copied into SQLite replays differently"; }
# and a SQLite recording of the program replays as its own live run
"$SCTRACE" record -w file.db -f -o live2.txt -- sh -c "$prog 20; cat '$bad' 2>/dev/null; $prog 3" || fail "record file.db"
"$SCTRACE" replay file.db -o replay3.txt || fail "replay file.db"
cmp -s live2.txt replay3.txt || fail "replay of file.db differs from its live text"

# ---- push: the file's trace in the database replays and reports as the file does ----
"$SCTRACE" push file.db "$U" >push.out || fail "push"
expect_grep push.out '^trace 2 \(host [^)]+\): [0-9]+ syscalls, [0-9]+ events, 4 processes, 4 threads; [0-9]+ rows in'
"$SCTRACE" replay "$U" --trace-id 2 -tt -T -o pushed.txt || fail "replay --trace-id 2"
"$SCTRACE" replay file.db -tt -T -o file.txt || fail "replay file.db -tt -T"
cmp -s pushed.txt file.txt || { diff pushed.txt file.txt | head; fail "the pushed trace replays differently"; }
"$SCTRACE" report file.db --width 120 --no-color | tail -n +2 >rep_file.txt || fail "report file.db"
"$SCTRACE" report "$U" --trace-id 2 --width 120 --no-color >rep_pg.txt || fail "report URL"
expect_grep rep_pg.txt "^sctrace report: postgresql://sct:\*\*\*@127.0.0.1:$PORT/postgres \(trace 2\)$"
# one documented difference: PostgreSQL keeps the non-UTF-8 path with U+FFFD (checked above), the file
# its bytes (the report shows \xff), so when the files table lists that path (its time ranks it among
# the top rows in some runs) its row, and the column width it sets, differ; all else must be the same
same_but_bad_path() { grep -Ev '^  /.*bad.{1,4}name\\ttab' "$1" | sed -E 's/ +/ /g'; }
tail -n +2 rep_pg.txt >rep_pg2.txt
diff <(same_but_bad_path rep_pg2.txt) <(same_but_bad_path rep_file.txt) >rep.diff ||
	{ head -20 rep.diff; fail "report from PostgreSQL differs"; }
if grep -Eq '^  /.*bad\\xffname\\ttab' rep_file.txt; then
	grep -Eq "^  /.*bad$(printf '\357\277\275')name" rep_pg2.txt || fail "the PostgreSQL report lists the path without U+FFFD"
fi
"$SCTRACE" export "$U" --trace-id 2 --format=chrome-json -o pg.json || fail "export URL"
"$SCTRACE" export file.db --format=chrome-json -o file.json || fail "export file.db"
cmp -s pg.json file.json || fail "export from PostgreSQL differs"
"$SCTRACE" report "$U" --trace-id 2 --html page.html || fail "report --html from PostgreSQL"
expect_grep page.html 'getppid'
# copies both ways: a filtered copy in keeps the trace's host, a copy out replays the same
"$SCTRACE" replay file.db -e trace=getppid -w "$U" 2>/dev/null || fail "replay FILE -w URL"
q "SELECT host = (SELECT host FROM sctrace.session WHERE id = 2), backend, syscalls FROM sctrace.session WHERE id = 3" >copy.row
[ "$(cat copy.row)" = "t|replay|$(sqlite3 file.db "SELECT count(*) FROM syscall WHERE name = 'getppid'")" ] ||
	{ cat copy.row; fail "replay -w URL: the copy's session row"; }
"$SCTRACE" replay "$U" --trace-id 2 -w out.db 2>/dev/null || fail "replay URL -w FILE"
"$SCTRACE" replay out.db -tt -T -o out.txt || fail "replay of the copy out"
cmp -s out.txt file.txt || fail "the copy out of PostgreSQL replays differently"
[ "$(sqlite3 out.db "SELECT source FROM session")" = "postgresql://sct:***@127.0.0.1:$PORT/postgres (trace 2)" ] ||
	fail "the copy out does not name its source (without the password)"

# ---- two hosts in one database ----
"$SCTRACE" record -w "$U" --host alpha -- "$prog" 3 >/dev/null 2>&1 || fail "record --host alpha"
"$SCTRACE" record -w "$U" --host beta -- "$prog" 4 >/dev/null 2>&1 || fail "record --host beta"
PGPASSWORD=$PW "$SCTRACE" push file.db "postgresql://sct@127.0.0.1:$PORT/postgres" --host gamma >/dev/null ||
	fail "push --host with PGPASSWORD"
getppids() { "$SCTRACE" report "$U" "$@" --top 0 --json | python3 -c 'import json,sys
r=json.load(sys.stdin); print(sum(s["calls"] for s in r["syscalls"] if s["name"] == "getppid"))'; }
[ "$(getppids --host alpha)" = 3 ] || fail "report --host alpha"
[ "$(getppids --host beta)" = 4 ] || fail "report --host beta"
file_getppids=$(sqlite3 file.db "SELECT count(*) FROM syscall WHERE name = 'getppid'")
g=$(getppids --host gamma); [ "$g" = "$file_getppids" ] || fail "report --host gamma: $g getppid, the file has $file_getppids"
[ "$(getppids)" = "$file_getppids" ] || fail "report without --host: the latest trace"
[ "$(q "SELECT string_agg(DISTINCT host, ',' ORDER BY host) FROM sctrace.syscall WHERE host IN ('alpha', 'beta', 'gamma')")" = alpha,beta,gamma ] ||
	fail "the rows of each host"
"$SCTRACE" replay "$U" --host beta -o beta.txt || fail "replay --host beta"
[ "$(grep -c '^getppid()' beta.txt)" = 4 ] || fail "replay --host beta printed another trace"

# two hosts starting at once on a fresh database: one makes the schema, both record
q "CREATE DATABASE race" >/dev/null
R="postgresql://sct:$PW@127.0.0.1:$PORT/race"
"$SCTRACE" record -w "$R" --host r1 -- "$prog" 5 >/dev/null 2>r1.err & r1=$!
"$SCTRACE" record -w "$R" --host r2 -- "$prog" 6 >/dev/null 2>r2.err & r2=$!
wait $r1 || { cat r1.err; fail "the first of two concurrent recorders"; }
wait $r2 || { cat r2.err; fail "the second of two concurrent recorders"; }
[ "$(psql -X -q -t -A "$R" -c "SELECT string_agg(host, ',' ORDER BY host) FROM sctrace.session
	WHERE end_ns IS NOT NULL AND syscalls > 10")" = r1,r2 ] || fail "two concurrent recorders did not both finish"

# a role without CREATE on the database: refused with the server's reason; given an
# empty schema sctrace by the database's owner, it records into that
q "CREATE ROLE low LOGIN PASSWORD 'low-pw'" >/dev/null
q "CREATE DATABASE lowdb" >/dev/null
L="postgresql://low:low-pw@127.0.0.1:$PORT/lowdb"
check_error ".*/lowdb: cannot create the trace store's schema: ERROR: permission denied for database lowdb" \
	record -w "$L" -- touch "$T/ran"
[ ! -e "$T/ran" ] || fail "the command ran although the schema could not be made"
psql -X -q "postgresql://sct:$PW@127.0.0.1:$PORT/lowdb" -c "CREATE SCHEMA sctrace AUTHORIZATION low" || fail "psql"
"$SCTRACE" record -w "$L" -- "$prog" 2 >/dev/null 2>low.err || { cat low.err; fail "record into a schema made empty for it"; }
"$SCTRACE" replay "$L" -o low.txt || fail "replay from the role's schema"
[ "$(grep -c '^getppid()' low.txt)" = 2 ] || fail "the role's trace"

# ---- SIGKILL mid-record: the committed transactions are a consistent trace ----
"$SCTRACE" record -w "$U" --host killed -- "$prog" 2000000 >/dev/null 2>&1 &
rpid=$!
wait_for "[ \"\$(q \"SELECT count(*) > 1000 FROM sctrace.syscall WHERE host = 'killed'\")\" = t ]" ||
	fail "no rows arrived while recording"
cpid=$(pgrep -P $rpid)
kill -KILL $rpid
wait $rpid 2>/dev/null
[ -n "$cpid" ] && kill -KILL "$cpid" 2>/dev/null
n=$(q "SELECT count(*) FROM sctrace.syscall WHERE host = 'killed'")
"$SCTRACE" replay "$U" --host killed -o killed.txt || fail "replay of a killed recording"
[ "$(grep -c '' killed.txt)" -ge "$n" ] || fail "the killed recording replays fewer lines than its $n rows"
"$SCTRACE" report "$U" --host killed >/dev/null || fail "report of a killed recording"

# ---- bad input: one line, exit 1, nothing written, nothing traced ----
before=$(q "SELECT count(*) FROM sctrace.session")
check_error "postgresql://sct:\*\*\*@127.0.0.1:$PORT/postgres: cannot connect: .*password authentication failed for user \"sct\"" \
	record -w "postgresql://sct:wrong@127.0.0.1:$PORT/postgres" -- touch "$T/ran"
[ ! -e "$T/ran" ] || fail "the command ran although the store could not be opened"
grep -q wrong "$T/e" && fail "the wrong password was printed"
NOPORT=$(free_port)
check_error "postgresql://sct@127.0.0.1:$NOPORT/postgres: cannot connect: .*Connection refused" \
	record -w "postgresql://sct@127.0.0.1:$NOPORT/postgres" -- touch "$T/ran"
[ ! -e "$T/ran" ] || fail "the command ran without a server"
check_error "postgresql://sct@127.0.0.1:$NOPORT/postgres: cannot connect: .*Connection refused" \
	report "postgresql://sct@127.0.0.1:$NOPORT/postgres"
check_error "postgresql://sct:\*\*\*@127.0.0.1:$PORT/postgres: cannot connect: .*password authentication failed" \
	push file.db "postgresql://sct:wrong@127.0.0.1:$PORT/postgres"
check_error ".*: cannot connect: .*database \"nosuch\" does not exist" report "postgresql://sct:$PW@127.0.0.1:$PORT/nosuch"
q "CREATE DATABASE other" >/dev/null
O="postgresql://sct:$PW@127.0.0.1:$PORT/other"
check_error ".*/other: no sctrace trace store in this database \(no schema sctrace\)" report "$O"
psql -X -q "$O" -c "CREATE SCHEMA sctrace; CREATE TABLE sctrace.session (x int)" || fail "psql"
check_error ".*/other: schema sctrace is not an sctrace trace store; refusing to use it" record -w "$O" -- touch "$T/ran"
check_error ".*/other: schema sctrace is not an sctrace trace store" push file.db "$O"
check_error ".*/other: schema sctrace is not an sctrace trace store" replay "$O"
[ ! -e "$T/ran" ] || fail "the command ran with a foreign schema"
check_error ".*/postgres: no trace of host 'nohost' \(hosts: alpha, beta, gamma, killed, [^)]+\)" report "$U" --host nohost
check_error ".*/postgres: no trace 99 in this database" replay "$U" --trace-id 99
check_error ".*/postgres: trace 1 was recorded by host '[^']+', not 'alpha'" report "$U" --trace-id 1 --host alpha
check_error "replay: invalid --trace-id: 'x'" replay "$U" --trace-id x
check_error "file.db: no trace of host 'nohost'" report file.db --host nohost
check_error "file.db: no trace 7" replay file.db --trace-id 7
check_error "--host names a recording's host" --host a -- true
check_error "push: push needs FILE and a postgresql:// URL" push file.db
check_error "push: not a PostgreSQL URL: 'other.db'" push file.db other.db
echo nope > notastore
check_error "notastore: not an sctrace trace store" push notastore "$U"
[ "$(q "SELECT count(*) FROM sctrace.session")" = "$before" ] || fail "a failed command wrote a session"
# a push that fails half-way leaves nothing: the server refuses the rows of a host
# name longer than a constraint allows
q "ALTER TABLE sctrace.event ADD CONSTRAINT short_host CHECK (length(host) < 20)" >/dev/null
check_error ".*: cannot write the trace: .*short_host" push file.db "$U" --host "$(printf 'h%.0s' $(seq 30))"
[ "$(q "SELECT count(*) FROM sctrace.session")" = "$before" ] || fail "a failed push left a session behind"
[ "$(q "SELECT count(*) FROM sctrace.syscall WHERE length(host) >= 20")" = 0 ] || fail "a failed push left rows"
# a schema an earlier sctrace made lacks the process columns the alert rules added (uid ...
# ancestry): a reader reads them as NULL, a recorder adds them
O2="postgresql://sct:$PW@127.0.0.1:$PORT/older"
q "CREATE DATABASE older" >/dev/null
"$SCTRACE" record -w "$O2" --host old -- cat /etc/shadow >/dev/null 2>&1 || fail "record into older"
psql -X -q "$O2" -c "ALTER TABLE sctrace.process DROP COLUMN uid, DROP COLUMN euid, DROP COLUMN gid,
	DROP COLUMN egid, DROP COLUMN tty, DROP COLUMN ancestry" || fail "psql"
"$SCTRACE" check "$O2" --host old >"$T/old.txt"
expect_grep "$T/old.txt" 'read_sensitive_file: /etc/shadow opened by cat \(pid [0-9]+, uid <none>' "check of an older schema"
"$SCTRACE" record -w "$O2" --host new -- cat /etc/shadow >/dev/null 2>&1 || fail "record into an older schema"
"$SCTRACE" check "$O2" --host new >"$T/new.txt"
expect_grep "$T/new.txt" 'read_sensitive_file: /etc/shadow opened by cat \(pid [0-9]+, uid 0' "check after the upgrade"
echo "postgres: ok (server $("$PGBIN/postgres" --version | awk '{print $3}') on port $PORT)"
