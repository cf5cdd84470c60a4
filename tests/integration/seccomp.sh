# sctrace seccomp: a profile from a recorded run of tests/progs/seccomp_prog,
# checked against docs/seccomp-profile.schema.json and libseccomp's own
# syscall names; --verify of the same program passes and of a variant that
# makes one more call (mount, ptrace, an x32 or i386 getpid; with --args socket,
# clone and personality with other arguments) reports that call and fails;
# --enforce gives the call the profile's errno, which the program prints
# itself; --format=c compiles, runs the recorded command and denies the
# extra calls; --format=bpf loads with seccomp(2) (tests/progs/seccomp_load)
# and denies them too.  Then the issue's scenario:
# python3 -m http.server serving one request, and the --cgi variant that
# spawns /bin/sh.  Then bad input.
. "$(dirname "$0")/lib.sh"
SCHEMA=$(cd "$(dirname "$0")/../../docs" && pwd)/seccomp-profile.schema.json
command -v scmp_sys_resolver >/dev/null || fail "scmp_sys_resolver is missing (apt-get install seccomp)"
cd "$T"
PROG=$PROGS/seccomp_prog

"$SCTRACE" record -f -w prog.db -- "$PROG" >rec.out 2>&1 || { cat rec.out; fail "record seccomp_prog"; }
"$SCTRACE" seccomp prog.db -o prog.json 2>gen.err || { cat gen.err; fail "seccomp prog.db"; }
[ ! -s gen.err ] || { cat gen.err; fail "seccomp prog.db warned"; }
"$SCTRACE" seccomp --args --errno=EACCES prog.db -o args.json || fail "seccomp --args"
"$SCTRACE" seccomp --log prog.db -o log.json && "$SCTRACE" seccomp --kill prog.db -o kill.json || fail "--log/--kill"

# the JSON: valid, the schema's fields, the recorded syscalls sorted, names libseccomp resolves
cat > check.py <<'EOF'
import json, sqlite3, subprocess, sys
import jsonschema
schema = json.load(open(sys.argv[1]))
def load(f):
    p = json.load(open(f))
    jsonschema.validate(p, schema)
    return p
p = load('prog.json')
assert p['defaultAction'] == 'SCMP_ACT_ERRNO' and p['defaultErrnoRet'] == 1, p
assert p['architectures'] == ['SCMP_ARCH_X86_64'], p['architectures']
assert len(p['syscalls']) == 1 and p['syscalls'][0]['action'] == 'SCMP_ACT_ALLOW'
names = p['syscalls'][0]['names']
assert names == sorted(names), names
db = sqlite3.connect('prog.db')
recorded = sorted(r[0] for r in db.execute('SELECT DISTINCT name FROM syscall'))
assert names == recorded, (names, recorded)
for must in ('execve', 'openat', 'read', 'getpid', 'clone', 'socket', 'personality', 'exit_group'):
    assert must in names, must
for n in names:
    nr = subprocess.run(['scmp_sys_resolver', '-a', 'x86_64', n], capture_output=True, text=True).stdout.strip()
    assert nr.isdigit(), (n, nr)
a = load('args.json')
assert a['defaultErrnoRet'] == 13, a['defaultErrnoRet']
rules = {r['names'][0]: r for r in a['syscalls'][1:]}
assert rules['clone']['args'] == [{'index': 0, 'value': 0x7e020000, 'valueTwo': 0, 'op': 'SCMP_CMP_MASKED_EQ'}], rules
assert rules['personality']['args'][0]['value'] == 0xffffffff, rules
assert rules['socket']['args'][0]['value'] == 1, rules   # AF_UNIX
for n in ('clone', 'personality', 'socket'):
    assert n not in a['syscalls'][0]['names'], n
assert load('log.json')['defaultAction'] == 'SCMP_ACT_LOG' and 'defaultErrnoRet' not in load('log.json')
assert load('kill.json')['defaultAction'] == 'SCMP_ACT_KILL_PROCESS'
print(len(names), 'syscalls')
EOF
python3 check.py "$SCHEMA" >check.out 2>&1 || { cat check.out; fail "profile JSON"; }

# --verify: the recorded program passes, each extra call is reported with its name
"$SCTRACE" seccomp --verify prog.json -- "$PROG" >v.out 2>v.err; rc=$?
[ $rc -eq 0 ] || { cat v.err; fail "--verify of the recorded program exited $rc"; }
expect_grep v.err 'allows every syscall'
expect_grep v.out '^ok$'
# verify_denies PROFILE ARG SYSCALL: the variant ARG makes one call the profile denies, SYSCALL
verify_denies() {
	"$SCTRACE" seccomp --verify "$1" -- "$PROG" "$2" >v.out 2>v.err; rc=$?
	[ $rc -eq 2 ] || { cat v.err; fail "--verify $1 with $2 exited $rc, not 2"; }
	expect_grep v.err "would deny 1 syscall \(1 call\)"
	expect_grep v.err "^  $3 +1  SCMP_ACT_ERRNO\(E[A-Z]+\) default +[0-9]+ seccomp_prog \("
	# log mode: the call ran as it would without the profile
	expect_no_grep v.out "^$2: E(PERM|ACCES)"
}
verify_denies prog.json mount mount
verify_denies prog.json ptrace ptrace
verify_denies prog.json x32 'getpid@x32'
expect_grep v.err 'getpid@x32 .*\(\)$'
verify_denies prog.json i386 'getpid@32'
# a plain profile lets the recorded calls take any arguments; --args ones do not
for v in inet newuser linux32; do
	"$SCTRACE" seccomp --verify prog.json -- "$PROG" $v >v.out 2>v.err || { cat v.err; fail "--verify prog.json $v"; }
done
"$SCTRACE" seccomp --verify args.json -- "$PROG" >v.out 2>v.err || { cat v.err; fail "--verify args.json of the recorded program"; }
verify_denies args.json inet socket
expect_grep v.err '\(family=0x2, type=0x2, protocol=0\)$'
verify_denies args.json newuser clone
verify_denies args.json linux32 personality
# --enforce: the program sees the profile's errno
"$SCTRACE" seccomp --verify args.json --enforce -o report.txt -- "$PROG" inet >v.out 2>v.err; rc=$?
[ $rc -eq 2 ] || { cat v.err report.txt; fail "--enforce exited $rc"; }
expect_grep v.out '^inet: EACCES$'
expect_grep report.txt "^sctrace seccomp: args.json denied 1 syscall"
[ ! -s v.err ] || { cat v.err; fail "--verify -o FILE still wrote to stderr"; }
# deny-lists (default ALLOW), as hand-written profiles are: a kill rule kills under --enforce
echo '{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["mount"], "action": "SCMP_ACT_KILL_PROCESS"}]}' >deny.json
"$SCTRACE" seccomp --verify deny.json -- "$PROG" >v.out 2>v.err || { cat v.err; fail "--verify deny.json"; }
"$SCTRACE" seccomp --verify deny.json --enforce -- "$PROG" mount >v.out 2>v.err; rc=$?
[ $rc -eq 2 ] || { cat v.err; fail "--enforce of a kill rule exited $rc"; }
expect_grep v.err '^  mount +1  SCMP_ACT_KILL_PROCESS rule 1 +[0-9]+ seccomp_prog'
expect_grep v.err 'denied 1 syscall \(1 call\) of .*seccomp_prog \(killed by SIGKILL\):$'
expect_no_grep v.out '^ok$'
# a profile without execve: the command cannot even start
echo '{"defaultAction": "SCMP_ACT_ALLOW", "syscalls": [{"names": ["execve"], "action": "SCMP_ACT_ERRNO"}]}' >noexec.json
"$SCTRACE" seccomp --verify noexec.json --enforce -- "$PROG" >v.out 2>v.err; rc=$?
[ $rc -eq 2 ] || { cat v.err; fail "--enforce of a profile without execve exited $rc"; }
expect_grep v.err 'its execve failed: EPERM'
expect_grep v.err '^  execve +1  SCMP_ACT_ERRNO\(EPERM\) rule 1 '

# --format=c: a libseccomp program that runs the recorded command and denies the rest
"$SCTRACE" seccomp --format=c --args --errno=EACCES prog.db -o sandbox.c || fail "--format=c"
gcc -Wall -Wextra -Werror -o sandbox sandbox.c -lseccomp 2>cc.err || { cat cc.err; fail "sandbox.c does not compile"; }
./sandbox "$PROG" >sb.out 2>&1 || { cat sb.out; fail "the recorded command under sandbox failed"; }
expect_grep sb.out '^ok$'
for v in mount linux32 newuser; do
	./sandbox "$PROG" $v >sb.out 2>&1
	expect_grep sb.out "^$v: EACCES$"
done

# --format=bpf: the raw filter, loaded with seccomp(SECCOMP_SET_MODE_FILTER)
"$SCTRACE" seccomp --format=bpf prog.db -o prog.bpf || fail "--format=bpf"
"$SCTRACE" seccomp --format=bpf --args prog.db >args.bpf || fail "--format=bpf --args"
size=$(stat -c %s prog.bpf)
[ "$size" -gt 0 ] && [ $((size % 8)) -eq 0 ] || fail "prog.bpf is $size bytes, not struct sock_filter[]"
"$PROGS/seccomp_load" prog.bpf "$PROG" >ld.out 2>&1 || { cat ld.out; fail "the recorded command under prog.bpf failed"; }
expect_grep ld.out '^ok$'
for v in mount ptrace; do
	"$PROGS/seccomp_load" prog.bpf "$PROG" $v >ld.out 2>&1
	expect_grep ld.out "^$v: EPERM$"
done
"$PROGS/seccomp_load" prog.bpf "$PROG" inet >ld.out 2>&1
expect_grep ld.out '^inet: done$'
"$PROGS/seccomp_load" args.bpf "$PROG" inet >ld.out 2>&1
expect_grep ld.out '^inet: EPERM$'
# the x32 bit is checked: an x32 getpid is the default's EPERM although x86_64's getpid is allowed
"$PROGS/seccomp_load" prog.bpf "$PROG" x32 >ld.out 2>&1
expect_grep ld.out '^x32: EPERM$'
# and the audit arch: getpid through int 0x80 (i386) is denied too
"$PROGS/seccomp_load" prog.bpf "$PROG" i386 >ld.out 2>&1
expect_grep ld.out '^i386: EPERM$'

# the issue's scenario: python3 -m http.server serving one request; its --cgi variant runs /bin/sh
mkdir -p www/cgi-bin
chmod 755 "$T"   # the CGI script runs as nobody
printf '#!/bin/sh\necho "Content-Type: text/plain"\necho\necho hello from sh\n' >www/cgi-bin/hello.sh
chmod +x www/cgi-bin/hello.sh
echo hello >www/index.txt
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
# serve PATH CMD...: run CMD (sctrace over the server), GET PATH once, then SIGTERM the server
serve() {
	local path=$1; shift
	(cd www && exec "$@") >srv.out 2>srv.err &
	local s=$!
	wait_for "python3 -c \"import socket; socket.create_connection(('127.0.0.1', $port), 0.2).close()\" 2>/dev/null" ||
		{ kill $s; cat srv.err; fail "the server did not start: $*"; }
	python3 -c "import urllib.request; print(urllib.request.urlopen('http://127.0.0.1:$port$path', timeout=30).read().decode())" \
		>got.txt || { kill $s; fail "GET $path"; }
	sleep 0.3
	local srv
	srv=$(ps -o pid= --ppid $s)
	[ -n "$srv" ] && kill -TERM $srv
	wait $s
	rc=$?
}
serve /index.txt "$SCTRACE" record -f -w "$T/srv.db" -- python3 -m http.server $port --bind 127.0.0.1
expect_grep got.txt '^hello$'
"$SCTRACE" seccomp srv.db -o srv.json 2>gen.err || { cat gen.err; fail "seccomp srv.db"; }
serve /index.txt "$SCTRACE" seccomp --verify "$T/srv.json" -- python3 -m http.server $port --bind 127.0.0.1
[ $rc -eq 0 ] || { cat srv.err; fail "--verify of the recorded http.server exited $rc"; }
expect_grep srv.err 'allows every syscall python3 made'
# --args: clone3 is answered ENOSYS even without --enforce; the server's threads come from clone then
"$SCTRACE" seccomp --args srv.db -o srva.json || fail "seccomp --args srv.db"
serve /index.txt "$SCTRACE" seccomp --verify "$T/srva.json" --enforce -- python3 -m http.server $port --bind 127.0.0.1
[ $rc -eq 0 ] || { cat srv.err; fail "--verify --enforce of the --args profile exited $rc"; }
expect_grep got.txt '^hello$'
if grep -qw clone3 srva.json; then
	expect_grep srv.err "answered ENOSYS by the profile's own rules"
	expect_grep srv.err '^  clone3 +[0-9]+  SCMP_ACT_ERRNO\(ENOSYS\) rule [0-9]+ '
fi
serve /cgi-bin/hello.sh "$SCTRACE" seccomp --verify "$T/srv.json" -- python3 -m http.server --cgi $port --bind 127.0.0.1
expect_grep got.txt '^hello from sh$'
[ $rc -eq 2 ] || { cat srv.err; fail "--verify of the --cgi variant exited $rc, not 2"; }
expect_grep srv.err 'would deny [0-9]+ syscall'
# the CGI child (python3 until it execs /bin/sh) drops privileges: setuid is new
expect_grep srv.err '^  setuid +1 +SCMP_ACT_ERRNO\(EPERM\) default +[0-9]+ python3'

# bad input: one line, exit 1
check_error 'missing\.db' seccomp missing.db
echo 'not sqlite' >plain.txt
check_error 'plain\.txt' seccomp plain.txt
check_error 'seccomp: missing TRACE' seccomp
check_error "seccomp: unknown --format 'yaml'" seccomp --format=yaml prog.db
check_error "seccomp: invalid --errno 'EWHAT'" seccomp --errno=EWHAT prog.db
check_error 'seccomp: give one of' seccomp --log --kill prog.db
check_error 'prog\.json: already exists' seccomp prog.db -o prog.json
check_error 'seccomp: --verify needs a command' seccomp --verify prog.json
echo '{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [' >bad.json
check_error 'bad\.json: not a valid JSON document' seccomp --verify bad.json -- "$PROG"
echo '{"defaultAction": "SCMP_ACT_MAYBE", "syscalls": []}' >bad.json
check_error "bad\.json: unknown defaultAction 'SCMP_ACT_MAYBE'" seccomp --verify bad.json -- "$PROG"
echo '{"defaultAction": "SCMP_ACT_ERRNO", "syscalls": [{"names": ["read"], "action": "SCMP_ACT_ALLOW", "args": [{"index": 9, "value": 1, "op": "SCMP_CMP_EQ"}]}]}' >bad.json
check_error 'bad\.json: an argument.s "index"' seccomp --verify bad.json -- "$PROG"
echo '[1, 2]' >bad.json
check_error 'bad\.json: not a seccomp profile' seccomp --verify bad.json -- "$PROG"
check_error 'nothing\.json' seccomp --verify nothing.json -- "$PROG"
check_error "Can't stat 'no-such-program'" seccomp --verify prog.json -- no-such-program
"$SCTRACE" record -w part.db -e trace=openat -- "$PROG" >/dev/null 2>&1
check_error 'seccomp: part\.db was recorded with -e trace=' seccomp part.db
exit 0
