# The HTML report: `sctrace report FILE --html OUT` writes one self-contained
# page.  A small multi-process workload (ls, cat with a redirect, a file whose
# name is hostile HTML and not UTF-8, threads, a loopback TCP exchange in
# python3) is recorded, the page written, and then opened in headless
# Chromium: the DOM it leaves must say that every chart was drawn, with
# counts that match what sqlite3 finds in the store, no console errors, and
# nothing from the trace turned into markup.  docs/HTML.md.
#
#   HTML_CMD="prog args"   run another command instead of "$SCTRACE report"
#   HTML_SHOT_DIR=DIR      keep the screenshots there (default: tests/artifacts/, not in git)
#   HTML_BIG=1             also record 1M write(2)s and time the page (slow: ~20 s)
. "$(dirname "$0")/lib.sh"
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-build}

read -r -a REPORT <<< "${HTML_CMD:-$SCTRACE report}"
html() { "${REPORT[@]}" "$@"; }
SHOTS=${HTML_SHOT_DIR:-$ROOT/tests/artifacts}
mkdir -p "$SHOTS"
mkdir -p "$SHOTS"
PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
q() { sqlite3 "$1" "$2"; }

# html_error EXPECTED_REGEX ARGS...: fails with exactly one matching "sctrace:" line
html_error() {
	local want=$1; shift
	html "$@" >"$T/o" 2>"$T/e" </dev/null; local rc=$?
	[ $rc -ne 0 ] || fail "report $* exited 0"
	[ $rc -lt 128 ] || fail "report $* died with signal $((rc - 128))"
	[ "$(wc -l <"$T/e")" -eq 1 ] || { cat "$T/e"; fail "report $*: expected one error line"; }
	grep -Eq "^sctrace: $want" "$T/e" || { cat "$T/e"; fail "report $*: message does not match /$want/"; }
}

# ---- the workload ----
mkdir "$T/w" && cd "$T/w" || exit 1
WEIRD=$'we<ird> <script>alert(1)<\\script><img src=x onerror=alert(2)> "q" \'s\' &amp; \xff\xfe.txt'
BREAK='</script><script>alert(3)</script><img src=x onerror=alert(4)>'
printf 'hello html\n' > "$WEIRD"
NET='import socket
s = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen()
c = socket.create_connection(s.getsockname()); a, _ = s.accept()
c.sendall(b"ping!"); assert a.recv(5) == b"ping!"
a.sendall(b"pong"); assert c.recv(4) == b"pong"'
"$SCTRACE" record -w "$T/t.db" -f -- sh -c '
	ls / >/dev/null
	cat /etc/hostname > out.txt
	cat "./$1" > /dev/null
	"$2" 3 5 "$3"
	"$4" -c "$5"
	: "$6"' sh "$WEIRD" "$PROGS/busy_threads" "$T/progress" "$PY" "$NET" "$BREAK" >/dev/null 2>"$T/rec.err" ||
	{ cat "$T/rec.err"; fail "record exited non-zero"; }
DB=$T/t.db
NCALLS=$(q "$DB" 'SELECT count(*) FROM syscall')
[ "$NCALLS" -gt 100 ] || fail "only $NCALLS syscalls recorded"

# ---- writing the page; refusing to overwrite ----
T0=$(date +%s%N)
html "$DB" --html "$T/t.html" || fail "report --html exited non-zero"
echo "small store: $NCALLS syscalls -> $(stat -c %s "$T/t.html") bytes in $((($(date +%s%N) - T0) / 1000000)) ms"
[ -s "$T/t.html" ] || fail "no page written"
html_error "$T/t.html: already exists; use --force" "$DB" --html "$T/t.html"
html "$DB" --html "$T/t.html" --force || fail "--force did not replace the page"
html_error "$DB: is the trace store; refusing to overwrite it" "$DB" --html "$DB" --force
[ "$(q "$DB" 'SELECT count(*) FROM syscall')" = "$NCALLS" ] || fail "the store was touched"
html_error "can't create '/nonexistent/x.html'" "$DB" --html /nonexistent/x.html
mkdir "$T/adir"
html_error "$T/adir: is a directory" "$DB" --html "$T/adir" --force
echo notsqlite > "$T/notes.txt"
html_error "$T/notes.txt: not an sctrace trace store" "$T/notes.txt" --html "$T/n.html"
[ ! -e "$T/n.html" ] || fail "a page was written for a bad store"
ls "$T" | grep -q '\.tmp\.' && fail "a temporary file was left behind"

# ---- the file itself: self-contained, the data cannot break out of its element ----
"$PY" - "$T/t.html" "$NCALLS" <<'EOF' || fail "static checks of the page"
import json, re, sys
page = open(sys.argv[1], encoding='utf-8').read()   # valid UTF-8, or this raises
m = re.search(r'<script type="application/json" id="trace-data">(.*?)</script>', page, re.S)
data = m.group(1)
assert not re.search(r'[<>&]', data), 'raw <, > or & in the data'
d = json.loads(data)
assert '</script' in json.dumps(d), 'the test data should hold a </script>'
assert d['calls']['total'] == int(sys.argv[2]), 'calls.total differs from the store'
assert d['calls']['complete'] and d['calls']['embedded'] == d['calls']['total'], 'not every call embedded'
rest = page[:m.start(1)] + page[m.end(1):]
opens = len(re.findall(r'<script\b', rest, re.I))
closes = len(re.findall(r'</script', rest, re.I))
assert opens == 3 and closes == 3, f'{opens} <script> and {closes} </script> (want 3 each)'
assert '<img' not in rest.lower(), 'an <img> tag in the page'
assert not re.search(r'\b(src|href)\s*=|https?://|@import|url\(', rest, re.I), 'the page refers to something outside itself'
assert "default-src 'none'" in rest, 'no Content-Security-Policy'
EOF

# ---- the browser ----
CHROMIUM=$(command -v chromium || command -v chromium-browser)
if [ -z "$CHROMIUM" ]; then
	echo "html.sh: no chromium: the page was not rendered (apt-get install chromium)"
	exit 0
fi
# browse URL NAME [errors-expected]: NAME.png (screenshot), NAME.dom (the DOM after the
# scripts ran), NAME.log (chromium's log with the page's console)
browse() {
	local url=$1 name=$2 expect=${3:-} prof
	for what in screenshot dom; do
		prof=$(mktemp -d "$T/chrome.XXXXXX")
		local opt=--dump-dom
		[ $what = screenshot ] && opt=--screenshot=$SHOTS/$name.png
		timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
			--disable-background-networking --disable-component-update --disable-sync \
			--user-data-dir="$prof" --virtual-time-budget=5000 --window-size=1400,1000 \
			--enable-logging=stderr --v=0 $opt "$url" >"$T/$name.$what.out" 2>>"$T/$name.log" </dev/null ||
			{ tail -5 "$T/$name.log"; fail "chromium ($what of $url) failed"; }
		rm -rf "$prof"
	done
	mv "$T/$name.dom.out" "$T/$name.dom"
	if [ -z "$expect" ] && grep -E 'Uncaught|ERROR:CONSOLE|:CONSOLE\(.*(Error|error)' "$T/$name.log"; then
		fail "console errors on $url"
	fi
	[ -s "$SHOTS/$name.png" ] || fail "no screenshot of $url"
	echo "screenshot: $SHOTS/$name.png"
}

# check_dom NAME: what the scripts drew, against the store (python3 reads the DOM)
check_dom() {
	"$PY" - "$T/$1.dom" "$DB" "$WEIRD" "$2" <<'EOF'
import html.parser, math, os, sqlite3, sys
dom_file, db_file, weird, mode = sys.argv[1], sys.argv[2], os.fsencode(sys.argv[3]), sys.argv[4]
elements, ids, imgs = [], {}, []
class P(html.parser.HTMLParser):
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        a['<tag>'] = tag
        elements.append(a)
        if 'id' in a: ids[a['id']] = a
        if tag == 'img': imgs.append(a)
P().feed(open(dom_file, encoding='utf-8').read())
db = sqlite3.connect(db_file)
one = lambda sql: db.execute(sql).fetchone()[0]
def need(ok, what):
    if not ok:
        print('check_dom:', what); sys.exit(1)
need(not imgs, 'trace text became an <img> element')
need(ids.get('errors', {}).get('data-errors') == '0', 'the page reported errors: see #errors')
need(elements[[e['<tag>'] for e in elements].index('body')].get('data-ready') == '1', 'the script did not finish')
tl = ids['timeline']
calls = one('SELECT count(*) FROM syscall')
need(tl['data-lanes'] == str(one('SELECT count(*) FROM (SELECT utid FROM thread UNION SELECT utid FROM syscall '
                                 "UNION SELECT utid FROM event WHERE kind IN ('signal', 'exec', 'exit'))")), 'one lane per thread')
need(tl['data-lanes-visible'] == tl['data-lanes'], 'this test wants every lane in view')
if mode == 'all':
    need(tl['data-mode'] == 'calls', 'a complete small trace is drawn call by call')
    need(tl['data-drawn-slices'] == str(calls), f"drew {tl['data-drawn-slices']} calls of {calls}")
elif mode == 'sampled':
    need(tl['data-mode'] == 'bins', 'a sampled trace starts with the binned overview')
    need(tl['data-binned-calls'] == str(calls), f"bins hold {tl['data-binned-calls']} calls of {calls}")
    need(int(tl['data-drawn-bins']) > 0, 'no bins drawn')
    need(80 <= int(tl['data-embedded']) <= 100, f"embedded {tl['data-embedded']} calls with a cap of 100")
elif mode == 'forced':
    need(tl['data-drawn-slices'] == tl['data-embedded'], '#calls draws every embedded call')
# syscall mix: one row per syscall, with its count
mix = ids['mix-table']
need(mix['data-bars'] == str(one('SELECT count(DISTINCT nr) FROM syscall')), 'mix rows')
rows = {e['data-name']: int(e['data-calls']) for e in elements if e['<tag>'] == 'tr' and 'data-calls' in e}
want = dict(db.execute('SELECT name, count(*) FROM syscall GROUP BY nr'))
need(rows == want, 'mix counts differ from the store')
# histograms: bars = distinct log2 buckets, counts = finished calls
hists = [e for e in elements if e['<tag>'] == 'canvas' and 'data-bars' in e and 'data-name' in e]
need(len(hists) == min(12, one('SELECT count(DISTINCT nr) FROM syscall WHERE dur IS NOT NULL')), 'histogram count')
for h in hists:
    durs = [r[0] for r in db.execute('SELECT dur FROM syscall WHERE name = ? AND dur IS NOT NULL', (h['data-name'],))]
    buckets = {min(47, d.bit_length()) for d in durs}
    need(h['data-count'] == str(len(durs)), f"histogram of {h['data-name']}: {h['data-count']} calls, store {len(durs)}")
    need(h['data-bars'] == str(len(buckets)), f"histogram of {h['data-name']}: {h['data-bars']} bars, want {len(buckets)}")
need(ids['proc-tree']['data-procs'] == str(one('SELECT count(*) FROM process')), 'process tree nodes')
# files: fd -> path through open, dup2 (the shell's redirect), fork and exec
files = {e['data-path']: e for e in elements if e['<tag>'] == 'tr' and 'data-path' in e}
out = [f for p, f in files.items() if p.endswith('/w/out.txt')]
size = os.path.getsize('/etc/hostname')
need(len(out) == 1 and out[0]['data-wb'] == str(size), f'out.txt: {size} bytes written via the redirect')
host = files.get('/etc/hostname')
need(host and host['data-rb'] == str(size) and host['data-opens'] == '1', '/etc/hostname read once, whole')
shown = weird.decode('utf-8', 'backslashreplace')   # the page shows bytes that are not UTF-8 as \xNN
hit = [f for p, f in files.items() if p.endswith('/w/' + shown)]
need(len(hit) == 1 and hit[0]['data-rb'] == '11', 'the hostile file name, as text, with its 11 bytes read')
# network: the loopback exchange
port = one("SELECT json_extract(args, '$.uservaddr.sin_port.args[0]') FROM syscall WHERE name = 'connect' AND errno IS NULL")
net = [e for e in elements if e['<tag>'] == 'tr' and 'data-remote' in e]
client = [e for e in net if e['data-remote'] == f'127.0.0.1:{port}' and e['data-sent'] == '5']
server = [e for e in net if e['data-local'] == f'127.0.0.1:{port}' and e['data-recv'] == '5' and e['data-sent'] == '4']
need(client and server, f'network rows for 127.0.0.1:{port}')
print(f"check_dom {mode}: {tl['data-drawn-slices']} slices, {tl['data-drawn-bins']} bins, {len(hists)} histograms, {len(files)} files, {len(net)} sockets")
EOF
}

browse "file://$T/t.html" page
check_dom page all || fail "the page's charts do not match the store"
grep -q 'we&lt;ird&gt; &lt;script&gt;alert(1)&lt;\\script&gt;&lt;img src=x' "$T/page.dom" ||
	fail "the hostile file name is not shown as text"
grep -q '&lt;/script&gt;&lt;script&gt;alert(3)' "$T/page.dom" || fail "the hostile argv is not shown as text"

# fewer individual calls than the trace has: the overview is binned, every call still counted
SCTRACE_HTML_MAX_CALLS=100 html "$DB" --html "$T/s.html" || fail "report with a sample"
browse "file://$T/s.html" sampled
check_dom sampled sampled || fail "the sampled page"
browse "file://$T/s.html#calls" forced
check_dom forced forced || fail "the sampled page with #calls"

# the error hook works: a page whose data is broken says so
sed 's/<script type="application\/json" id="trace-data">{/&broken/' "$T/t.html" > "$T/broken.html"
browse "file://$T/broken.html" broken errors-expected >/dev/null
grep -q 'Uncaught' "$T/broken.log" || fail "chromium's log does not show the broken page's error"
grep -Eq 'id="errors"[^>]*data-errors="[1-9]' "$T/broken.dom" || fail "a script error did not reach #errors"

# ---- optional: a million events ----
if [ -n "${HTML_BIG:-}" ]; then
	cc -O2 -o "$T/writeloop" "$ROOT/bench/writeloop.c" || fail "building writeloop"
	"$SCTRACE" record -w "$T/big.db" -- "$T/writeloop" 1000000 >/dev/null 2>&1 || fail "record writeloop"
	T0=$(date +%s%N)
	html "$T/big.db" --html "$T/big.html" || fail "report of 1M events"
	ms=$((($(date +%s%N) - T0) / 1000000))
	n=$(q "$T/big.db" 'SELECT count(*) FROM syscall')
	echo "big store: $n syscalls -> $(stat -c %s "$T/big.html") bytes in $ms ms"
	T0=$(date +%s%N)
	DB=$T/big.db browse "file://$T/big.html" big
	echo "big page: two chromium runs in $((($(date +%s%N) - T0) / 1000000)) ms"
	grep -Eq "data-binned-calls=\"$n\"" "$T/big.dom" || fail "the big page's bins do not hold $n calls"
	grep -Eq 'id="errors"[^>]*data-errors="0"' "$T/big.dom" || fail "the big page reported errors"
fi
exit 0
