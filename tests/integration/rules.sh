#!/bin/bash
# rules.sh - alert rules (docs/RULES.md): every shipped rule fires on the
# behaviour it is about (tests/progs/rules_trig.c) and on nothing that
# ordinary programs do; bad rule files give one error line with FILE:LINE;
# `sctrace check` on a recording raises what --alert raised live;
# --alert-exec gets valid JSON; a later file overrides a shipped rule; and
# the issue's scenario: python3 -m http.server serving a request raises
# nothing, a variant whose handler runs /bin/sh raises shell_from_server.
. "$(dirname "$0")/lib.sh"
HERE=$(cd "$(dirname "$0")" && pwd)

TRIG=$PROGS/rules_trig
[ -x "$TRIG" ] || gcc -O2 -w -o "$TRIG" "$HERE/../progs/rules_trig.c" || fail "cannot build rules_trig"
# run through the dynamic loader: the test programs may live below /tmp, which is itself a rule
LD=/lib64/ld-linux-x86-64.so.2
PY=/usr/bin/python3
export HOME=$T/home XDG_CONFIG_HOME=$T/cfg   # no user rule files but the test's own
mkdir -p "$HOME" "$T/d"

# rules FILE: the rule names in a JSON Lines alert file, sorted, unique, space-separated
rules() { $PY -c 'import json,sys; print(" ".join(sorted({json.loads(l)["rule"] for l in open(sys.argv[1]) if l.strip()})))' "$1"; }

# ---- each shipped rule fires on its trigger, and only it ----
while read -r what want; do
	"$SCTRACE" -f -o /dev/null --alert="$T/a.json" --alert-format=json -- $LD "$TRIG" "$what" "$T/d" \
		>"$T/out" 2>&1; rc=$?
	if [ "$what" = identity ] && [ $rc -eq 3 ]; then echo "identity: not root, skipped"; continue; fi
	[ $rc -eq 0 ] || { cat "$T/out"; fail "rules_trig $what exited $rc"; }
	got=$(rules "$T/a.json")
	[ "$got" = "$want" ] || { cat "$T/a.json"; fail "rules_trig $what: rules '$got', want '$want'"; }
done <<'EOF'
shell-from-server shell_from_server
write-etc write_below_etc
write-bin write_below_binary_dir
read-shadow read_sensitive_file
ptrace ptrace_attach
fileless fileless_execution
fileless-proc fileless_execution
exec-tmp exec_from_temp_dir
identity identity_change
connect outbound_connection
module kernel_module_load
mount mount_filesystem
chmod-setuid chmod_setuid
history delete_history_or_logs
log delete_history_or_logs
EOF
# a connection to loopback is not outbound
"$SCTRACE" -f -o /dev/null --alert="$T/a.json" -- $LD "$TRIG" connect-loopback || fail "connect-loopback"
[ ! -s "$T/a.json" ] || { cat "$T/a.json"; fail "a loopback connection raised an alert"; }

# ---- an i386 program is held to the same rules (its calls seen as their x86_64 twins) ----
if gcc -m32 -O2 -w -o "$T/trig32" "$HERE/../progs/rules_trig.c" 2>/dev/null; then
	while read -r what want; do
		"$SCTRACE" -f -o /dev/null --alert="$T/a.json" --alert-format=json -- /lib/ld-linux.so.2 "$T/trig32" "$what" "$T/d" \
			>"$T/out" 2>&1 || { cat "$T/out"; fail "rules_trig -m32 $what failed"; }
		got=$(rules "$T/a.json")
		[ "$got" = "$want" ] || { cat "$T/a.json"; fail "rules_trig -m32 $what: rules '$got', want '$want'"; }
	done <<'EOF'
read-shadow read_sensitive_file
write-etc write_below_etc
exec-tmp exec_from_temp_dir
chmod-setuid chmod_setuid
connect outbound_connection
mount mount_filesystem
EOF
else
	echo "gcc -m32 cannot link here: the i386 rule checks skipped"
fi

# ---- ordinary programs raise nothing (apt-get update needs the network: -s install and policy instead) ----
mkdir -p "$T/work" && cd "$T/work" || fail "cd"
printf 'all:\n\techo built > out.txt\n\tcat out.txt\n' >Makefile
ordinary=(
	"ls -la /usr/share/doc"
	"tar czf $T/x.tgz -C /usr/share/doc bash"
	"tar tzf $T/x.tgz"
	"git init -q ."
	"git add Makefile"
	"git -c user.name=t -c user.email=t@t commit -qm first"
	"git log --oneline"
	"git status --short"
	"$PY -c print(sorted(__import__('os').listdir('.')))"
	"make"
	"apt-get -s install sqlite3"
	"apt-cache policy bash"
)
for cmd in "${ordinary[@]}"; do
	# shellcheck disable=SC2086
	"$SCTRACE" -f -o /dev/null --alert="$T/a.txt" -- $cmd >/dev/null 2>"$T/err" || { cat "$T/err"; fail "$cmd failed"; }
	[ ! -s "$T/a.txt" ] || { cat "$T/a.txt"; fail "ordinary '$cmd' raised alerts"; }
done
cd "$T" || fail "cd"

# ---- bad rule files: one line, FILE:LINE, exit 1, nothing traced ----
printf 'list a = x\nrulez oops\n' >"$T/syntax.rules"
check_error "$T/syntax.rules:2: expected 'list', 'macro' or 'rule'" check --rules "$T/syntax.rules" --list-rules
printf 'rule r\n  condition: syscall = openat\n\tand proc.nmae = x\n  output: o\n  priority: info\n' >"$T/field.rules"
check_error "$T/field.rules:2: unknown field or macro 'proc.nmae'" check --rules "$T/field.rules" --list-rules
printf '# x\n\nmacro m = syscall = read\nrule r\n  condition: m and not no_such_macro\n  output: o\n  priority: info\n' >"$T/macro.rules"
check_error "$T/macro.rules:5: unknown field or macro 'no_such_macro'" check --rules "$T/macro.rules" --list-rules
printf 'rule r\n  condition: proc.uid glob x\n  output: o\n  priority: info\n' >"$T/type.rules"
check_error "$T/type.rules:2: 'proc.uid' is a number: 'glob' needs a string" check --rules "$T/type.rules" --list-rules
printf 'rule r\n  condition: success\n  output: %%proc.nope\n  priority: info\n' >"$T/out.rules"
check_error "$T/out.rules:3: unknown field 'proc.nope'" check --rules "$T/out.rules" --list-rules
check_error "$T/nonexistent.rules: No such file" check --rules "$T/nonexistent.rules" --list-rules
# live: the command never runs
check_error "$T/field.rules:2: unknown field" --alert --rules "$T/field.rules" -- touch "$T/ran"
[ ! -e "$T/ran" ] || fail "the command ran despite a bad rule file"
check_error "invalid --alert-format" --alert --alert-format=xml -- true
check_error "replay: --alert and --rules check a live trace" replay --alert "$T/none.db"

# ---- check on a recording gives what --alert gave live ----
cat >"$T/many.sh" <<EOF
$LD $TRIG read-shadow
$LD $TRIG write-etc
$LD $TRIG fileless
$LD $TRIG connect
$LD $TRIG chmod-setuid $T/d
$LD $TRIG shell-from-server
cat /etc/hostname >/dev/null
EOF
"$SCTRACE" record -f -w "$T/many.db" --alert="$T/live.json" --alert-format=json -- /bin/sh "$T/many.sh" \
	|| fail "record --alert"
"$SCTRACE" check --json "$T/many.db" >"$T/check.json"; rc=$?
[ $rc -eq 2 ] || fail "check with alerts exited $rc, not 2"
key='import json,sys; [print(a["rule"], a["event"]["ts"], a["process"]["pid"], a["output"], [p["comm"] for p in a["ancestry"]]) for a in map(json.loads, open(sys.argv[1]))]'
$PY -c "$key" "$T/live.json" >"$T/live.keys"
$PY -c "$key" "$T/check.json" >"$T/check.keys"
[ "$(wc -l <"$T/live.keys")" -ge 7 ] || { cat "$T/live.keys"; fail "too few alerts live"; }
diff "$T/live.keys" "$T/check.keys" >"$T/keys.diff" || { cat "$T/keys.diff"; fail "check and live --alert differ"; }
# the text form is the same alerts too
"$SCTRACE" check "$T/many.db" >"$T/check.txt"
[ "$(wc -l <"$T/check.txt")" -eq "$(wc -l <"$T/live.keys")" ] || fail "text and JSON alert counts differ"
expect_grep "$T/check.txt" ' warning read_sensitive_file: /etc/shadow opened by ld-linux-x86-64 .*\[ld-linux-x86-64\([0-9]+\) < sh\('
# --alert-priority keeps the severe ones
"$SCTRACE" check --alert-priority=critical "$T/many.db" >"$T/crit.txt"
[ "$(cut -d' ' -f2 "$T/crit.txt" | sort -u)" = critical ] || { cat "$T/crit.txt"; fail "--alert-priority=critical"; }
# nothing to say: exit 0
"$SCTRACE" record -w "$T/quiet.db" -- /bin/true && "$SCTRACE" check "$T/quiet.db" >"$T/quiet.txt" || fail "check of a quiet trace"
[ ! -s "$T/quiet.txt" ] || fail "alerts for /bin/true"

# ---- --alert-exec: each alert's JSON on the command's stdin ----
mkdir "$T/ex"
"$SCTRACE" -f -o /dev/null --alert-exec="cat > \$(mktemp $T/ex/a.XXXXXX)" -- /bin/sh "$T/many.sh" 2>"$T/exec.err" \
	|| { cat "$T/exec.err"; fail "--alert-exec run"; }
n=$(wc -l <"$T/live.keys")
wait_for '[ "$(ls "$T/ex" | wc -l)" -ge $n ]' || fail "--alert-exec ran $(ls "$T/ex" | wc -l) times, want $n"
sleep 0.2
for f in "$T"/ex/a.*; do
	$PY -c 'import json,sys; a=json.load(open(sys.argv[1])); assert a["rule"] and a["process"]["pid"]' "$f" \
		|| { cat "$f"; fail "--alert-exec got invalid JSON"; }
done
[ ! -s "$T/exec.err" ] || { cat "$T/exec.err"; fail "--alert-exec alone still wrote alerts"; }

# ---- overriding: a user file turns a rule off and extends a list ----
mkdir -p "$XDG_CONFIG_HOME/sctrace/rules.d"
printf 'rule read_sensitive_file\n  enabled: false\n' >"$XDG_CONFIG_HOME/sctrace/rules.d/50-local.rules"
printf 'list server_binaries += ld-linux-x86-64\nrule fileless_execution\n  priority: emergency\n' >"$T/more.rules"
"$SCTRACE" check --rules "$T/more.rules" --json "$T/many.db" >"$T/over.json"
expect_no_grep "$T/over.json" '"rule":"read_sensitive_file"'
expect_grep "$T/over.json" '"rule":"fileless_execution","priority":"emergency"'
"$SCTRACE" check --no-default-rules --rules "$T/more.rules" --list-rules >/dev/null 2>"$T/e" && fail "a file that only changes rules has nothing to define them"
expect_grep "$T/e" "more.rules:2: rule 'fileless_execution' has no condition"
rm -r "$XDG_CONFIG_HOME/sctrace"

# ---- the issue's scenario: python3 -m http.server, and a variant that runs /bin/sh ----
mkdir -p "$T/www" && echo hello >"$T/www/index.html" && cd "$T/www" || fail "www"
serve() {   # serve STORE ARGS...: record the server, fetch one page, stop it
	local store=$1; shift
	local port
	port=$($PY -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	"$SCTRACE" record -f -w "$store" -- "$@" "$port" >/dev/null 2>&1 &
	local pid=$!
	wait_for "$PY -c 'import urllib.request; urllib.request.urlopen(\"http://127.0.0.1:$port/index.html\").read()' 2>/dev/null" \
		|| { kill $pid; fail "the server on port $port never answered"; }
	kill -TERM $pid
	wait $pid
}
serve "$T/plain.db" $PY -m http.server --bind 127.0.0.1
serve "$T/shell.db" $PY "$HERE/rules_httpd.py"
cd "$T" || fail "cd"
"$SCTRACE" check "$T/plain.db" >"$T/plain.txt"; rc=$?
[ $rc -eq 0 ] && [ ! -s "$T/plain.txt" ] || { cat "$T/plain.txt"; fail "python3 -m http.server raised alerts (rc $rc)"; }
"$SCTRACE" check --json "$T/shell.db" >"$T/shell.json"; rc=$?
[ $rc -eq 2 ] || fail "the shell variant: check exited $rc"
[ "$(rules "$T/shell.json")" = shell_from_server ] || { cat "$T/shell.json"; fail "the shell variant raised $(rules "$T/shell.json")"; }
expect_grep "$T/shell.json" '"comm":"sh","exe":"/bin/sh","argv":\["/bin/sh","-c"'
expect_grep "$T/shell.json" '"ancestry":\[\{"pid":[0-9]+,"ppid":[0-9]+,"comm":"python3"'
echo "rules: ok"
