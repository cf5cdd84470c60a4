# sctrace export: recorded workloads (several processes, threads, an exec
# from a thread, signals) exported as Perfetto protobuf and Chrome JSON, and
# checked against the store they came from: protoc decodes the protobuf with
# tests/perfetto/trace.proto, and python3 checks that every syscall row is
# exactly one slice (name, ts, duration, thread track), that processes and
# threads have descriptors with names, that slices never overlap on a track,
# and that signals and exits are instants.  Then filters and bad input.
. "$(dirname "$0")/lib.sh"
PROTO_DIR=$(cd "$(dirname "$0")/../perfetto" && pwd)
command -v protoc >/dev/null || fail "protoc is missing (apt-get install protobuf-compiler)"
cd "$T"

cat > check.py <<'EOF'
import json, re, signal, sqlite3, sys

def signame(n):
    try:
        return signal.Signals(n).name
    except ValueError:
        return None

# ---- protoc's text format: one field a line, "name: value", "name {", "}" ----
ESC = {'n': 10, 't': 9, 'r': 13, '"': 34, "'": 39, '\\': 92, 'a': 7, 'b': 8, 'f': 12, 'v': 11}

def unquote(s):
    out, i = bytearray(), 1
    while i < len(s) - 1:
        c = s[i]
        if c != '\\':
            out += c.encode()
            i += 1
            continue
        c = s[i + 1]
        if c in '01234567':
            j = i + 1
            while j < i + 4 and s[j] in '01234567':
                j += 1
            out.append(int(s[i + 1:j], 8))
            i = j
        elif c == 'x':
            m = re.match(r'[0-9a-fA-F]{1,2}', s[i + 2:])
            out.append(int(m.group(0), 16))
            i += 2 + len(m.group(0))
        else:
            out.append(ESC[c])
            i += 2
    return out.decode('utf-8')

def parse_text(lines):
    root, stack = {}, []
    cur = root
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if line == '}':
            cur = stack.pop()
        elif line.endswith('{'):
            d = {}
            cur.setdefault(line[:-1].strip(), []).append(d)
            stack.append(cur)
            cur = d
        else:
            k, v = line.split(': ', 1)
            if v.startswith('"'):
                v = unquote(v)
            elif re.match(r'-?\d+$', v):
                v = int(v)
            cur.setdefault(k, []).append(v)
    return root

def one(d, k, default=None):
    v = d.get(k)
    return v[0] if v else default

bad = []
def check(cond, what):
    if not cond:
        bad.append(what)
        return False
    return True

def store(path):
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    db.text_factory = lambda b: b.decode('utf-8', 'replace')   # as export cleans text
    sess = db.execute('SELECT * FROM session').fetchone()
    rows = db.execute('SELECT * FROM syscall ORDER BY id').fetchall()
    procs = {r['upid']: r for r in db.execute('SELECT * FROM process')}
    threads = {r['utid']: r for r in db.execute('SELECT * FROM thread')}
    events = db.execute("SELECT * FROM event WHERE kind IN ('signal','exit') ORDER BY id").fetchall()
    return db, sess, rows, procs, threads, events

def thread_name(t, procs):
    p = procs.get(t['upid'])
    return p['comm'] if p and p['pid'] == t['tid'] else t['name']

def row_utid(r, threads):
    """the thread a row's slice is on: its utid, except that a call superseded by
    another thread's execve (unfinished 3) was the old leader's, which the store
    files under the execing thread: the process's thread with the row's tid"""
    t = threads[r['utid']]
    if r['unfinished'] == 3 and t['tid'] != r['tid']:
        for u, o in sorted(threads.items()):
            if o['upid'] == t['upid'] and o['tid'] == r['tid']:
                return u
    return r['utid']

def slice_end(db, r, threads):
    """where a syscall row's slice must end (before any cut at the next one)"""
    if r['dur'] is not None:
        return r['ts'] + r['dur']
    if r['unfinished'] == 3:
        e = db.execute("SELECT min(ts) FROM event WHERE kind = 'exec' AND old_tid != tid AND pid = ? AND ts >= ?",
                       (r['pid'], r['ts'])).fetchone()[0]
        if e is not None:
            return e
    t = threads[row_utid(r, threads)]
    return t['end_ns'] if t['end_ns'] and t['end_ns'] >= r['ts'] else None

def check_perfetto(db, text):
    db, sess, rows, procs, threads, events = store(db)
    trace = parse_text(open(text))
    packets = trace.get('packet', [])
    check(packets, 'no packets')
    check(one(packets[0], 'sequence_flags') == 1, 'first packet does not clear the incremental state')
    interned = {'event_categories': {}, 'event_names': {}, 'debug_annotation_names': {}}
    ptracks, ttracks = {}, {}
    slices, open_ = [], {}
    instants = []
    last_ts = 0
    for p in packets:
        check(one(p, 'trusted_packet_sequence_id') == 1, 'packet without the sequence id')
        for idata in p.get('interned_data', []):
            for kind, table in interned.items():
                for e in idata.get(kind, []):
                    check(one(e, 'iid') not in table, 'iid %s interned twice' % one(e, 'iid'))
                    table[one(e, 'iid')] = one(e, 'name')
        for td in p.get('track_descriptor', []):
            uuid = one(td, 'uuid')
            if 'process' in td:
                pd = td['process'][0]
                ptracks[uuid] = (one(pd, 'pid'), one(pd, 'process_name'))
            if 'thread' in td:
                thd = td['thread'][0]
                ttracks[uuid] = (one(thd, 'pid'), one(thd, 'tid'), one(thd, 'thread_name'), one(td, 'parent_uuid'))
        for te in p.get('track_event', []):
            ts = one(p, 'timestamp')
            check(ts is not None and ts >= last_ts, 'packets out of time order at %s' % ts)
            last_ts = ts
            check(one(p, 'sequence_flags', 0) & 2, 'interned event without SEQ_NEEDS_INCREMENTAL_STATE')
            track = one(te, 'track_uuid')
            check(track in ttracks, 'event on an undescribed track %s' % track)
            ann = {}
            for a in te.get('debug_annotations', []):
                key = interned['debug_annotation_names'][one(a, 'name_iid')]
                check(key not in ann, 'annotation %s twice' % key)
                ann[key] = next(iter(v[0] for k, v in a.items() if k != 'name_iid'), None)
            typ = one(te, 'type')
            name = interned['event_names'].get(one(te, 'name_iid'))
            cat = [interned['event_categories'][c] for c in te.get('category_iids', [])]
            if typ == 'TYPE_SLICE_BEGIN':
                check(track not in open_, 'slices overlap on track %s at %s' % (track, ts))
                check(cat == ['syscall'], 'slice category %r' % cat)
                open_[track] = dict(name=name, ts=ts, track=track, ann=ann)
            elif typ == 'TYPE_SLICE_END':
                if check(track in open_, 'an end without a beginning on track %s' % track):
                    s = open_.pop(track)
                    s['end'] = ts
                    s['clipped'] = ann.get('clipped', False)
                    slices.append(s)
            elif typ == 'TYPE_INSTANT':
                instants.append(dict(name=name, ts=ts, track=track, cat=cat, ann=ann))
            else:
                check(False, 'event type %r' % typ)
    check(not open_, 'slices never ended: %r' % list(open_.values())[:2])

    # descriptors: every process and thread, with names, threads under their process
    for upid, pr in procs.items():
        check(ptracks.get(upid << 1) == (pr['pid'], pr['comm']),
              'process %d: descriptor %r' % (pr['pid'], ptracks.get(upid << 1)))
    for utid, t in threads.items():
        want = (procs[t['upid']]['pid'], t['tid'], thread_name(t, procs), t['upid'] << 1)
        check(ttracks.get(utid << 1 | 1) == want, 'thread %d: descriptor %r, want %r' % (t['tid'], ttracks.get(utid << 1 | 1), want))

    # every syscall row is exactly one slice, on its thread's track, at its time
    by_id = {}
    for s in slices:
        sid = s['ann'].get('store_id')
        check(sid not in by_id, 'store_id %s twice' % sid)
        by_id[sid] = s
    check(len(slices) == len(rows), '%d slices for %d syscall rows' % (len(slices), len(rows)))
    for r in rows:
        s = by_id.get(r['id'])
        if not check(s, 'syscall %d (%s) has no slice' % (r['id'], r['name'])):
            continue
        check(s['name'] == r['name'], 'syscall %d: name %r, want %r' % (r['id'], s['name'], r['name']))
        check(s['ts'] == r['ts'], 'syscall %d: ts %d, want %d' % (r['id'], s['ts'], r['ts']))
        utid = row_utid(r, threads)
        check(s['track'] == utid << 1 | 1, 'syscall %d: on track %s, want thread %s' % (r['id'], s['track'], utid))
        want_end = slice_end(db, r, threads)
        if s['clipped']:
            check(want_end is None or s['end'] < want_end, 'syscall %d: clipped but not shortened' % r['id'])
        elif want_end is not None:
            check(s['end'] == want_end, 'syscall %d: ends at %d, want %d' % (r['id'], s['end'], want_end))
        if r['dur'] is None:
            check('unfinished' in s['ann'], 'syscall %d: unfinished without saying so' % r['id'])
        else:
            check('unfinished' not in s['ann'], 'syscall %d: finished, marked unfinished' % r['id'])
        if r['ret'] is not None:
            check(s['ann'].get('ret') == r['ret'], 'syscall %d: ret %r, want %r' % (r['id'], s['ann'].get('ret'), r['ret']))
        if r['errno_name']:
            check(s['ann'].get('errno') == r['errno_name'], 'syscall %d: errno %r' % (r['id'], s['ann'].get('errno')))
        try:
            args = json.loads(r['args']) if r['args'] else {}
        except ValueError:
            check('args_text' in s['ann'], 'syscall %d: args that are not JSON are not args_text' % r['id'])
            args = {}
        for k in args:
            check(k in s['ann'], 'syscall %d: no annotation for argument %s' % (r['id'], k))
    clipped = sum(1 for s in slices if s['clipped'])

    # signals and exits are instants on their thread's track
    got = {}
    for i in instants:
        got.setdefault((i['name'], i['ts'], i['track']), []).append(i)
    for e in events:
        name = signame(e['signo']) if e['kind'] == 'signal' else 'exit'
        if name is None:
            name = 'signal %d' % e['signo']
        key = (name, e['ts'], e['utid'] << 1 | 1)
        if check(key in got, '%s event %d: no instant %r' % (e['kind'], e['id'], key)):
            i = got[key][0]
            if e['kind'] == 'signal':
                check(i['cat'] == ['signal'] and i['ann'].get('signo') == e['signo'], 'signal instant %r' % i)
            else:
                check(i['ann'].get('status') == e['status'], 'exit instant %r' % i)
    return len(slices), clipped, len(instants)

def check_chrome(db, path):
    db, sess, rows, procs, threads, events = store(db)
    doc = json.load(open(path, encoding='utf-8'))
    evs = doc['traceEvents']
    start = sess['start_ns']
    xs = [e for e in evs if e['ph'] == 'X']
    check(len(xs) == len(rows), '%d X events for %d syscall rows' % (len(xs), len(rows)))
    by_id = {e['args']['store_id']: e for e in xs}
    check(len(by_id) == len(xs), 'store_id repeats')
    per_thread = {}
    for r in rows:
        e = by_id.get(r['id'])
        if not check(e, 'syscall %d: no X event' % r['id']):
            continue
        t = threads[row_utid(r, threads)]
        check(e['name'] == r['name'] and e['cat'] == 'syscall', 'syscall %d: %r' % (r['id'], e['name']))
        check(abs(e['ts'] - (r['ts'] - start) / 1000) < 0.0006, 'syscall %d: ts %r' % (r['id'], e['ts']))
        check((e['pid'], e['tid']) == (procs[t['upid']]['pid'], t['tid']), 'syscall %d: pid/tid %r' % (r['id'], (e['pid'], e['tid'])))
        want_end = slice_end(db, r, threads)
        if want_end is not None and not e['args'].get('clipped'):
            check(abs(e['dur'] - (want_end - r['ts']) / 1000) < 0.0006,
                  'syscall %d: dur %r, want %r' % (r['id'], e['dur'], (want_end - r['ts']) / 1000))
        if r['ret'] is not None:
            check(e['args'].get('ret') == r['ret'], 'syscall %d: ret' % r['id'])
        try:
            args = json.loads(r['args']) if r['args'] else {}
        except ValueError:
            check('args_text' in e['args'], 'syscall %d: args that are not JSON are not args_text' % r['id'])
            args = {}
        for k, v in args.items():
            check(e['args'].get(k) == v, 'syscall %d: args.%s %r, want %r' % (r['id'], k, e['args'].get(k), v))
        per_thread.setdefault((e['pid'], e['tid']), []).append((e['ts'], e['ts'] + e['dur']))
    for k, spans in per_thread.items():
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            check(b[0] >= a[1] - 0.0006, 'X events overlap on %r: %r %r' % (k, a, b))
    meta = {(e['name'], e['pid'], e.get('tid')): e['args']['name'] for e in evs if e['ph'] == 'M'}
    for pr in procs.values():
        check(meta.get(('process_name', pr['pid'], pr['pid'])) == pr['comm'], 'process_name of %d' % pr['pid'])
    for t in threads.values():
        pid = procs[t['upid']]['pid']
        check(meta.get(('thread_name', pid, t['tid'])) == thread_name(t, procs), 'thread_name of %d' % t['tid'])
    inst = [e for e in evs if e['ph'] == 'i']
    nsig = sum(1 for e in events if e['kind'] == 'signal')
    check(sum(1 for e in inst if e['cat'] == 'signal') >= nsig, 'signal instants: %d for %d' % (len(inst), nsig))
    return len(xs), len(inst)

mode, db, path = sys.argv[1:4]
if mode == 'perfetto':
    res = check_perfetto(db, path)
else:
    res = check_chrome(db, path)
if bad:
    print('\n'.join(bad[:20]), file=sys.stderr)
    print('%d problems' % len(bad), file=sys.stderr)
    sys.exit(1)
print(' '.join(map(str, res)))
EOF

# export_and_check NAME: NAME.db as NAME.pftrace and NAME.json, both checked
export_and_check() {
	local n=$1
	"$SCTRACE" export "$n.db" -o "$n.pftrace" 2>"$n.err" || fail "$n: export failed: $(cat "$n.err")"
	[ ! -s "$n.err" ] || fail "$n: export printed $(cat "$n.err")"
	[ "$(stat -c %a "$n.pftrace")" = 600 ] || fail "$n.pftrace mode is $(stat -c %a "$n.pftrace")"
	protoc --decode=perfetto.protos.Trace -I"$PROTO_DIR" "$PROTO_DIR/trace.proto" <"$n.pftrace" >"$n.txt" 2>"$n.perr" ||
		fail "$n: protoc cannot decode the trace: $(head -3 "$n.perr")"
	python3 check.py perfetto "$n.db" "$n.txt" >"$n.res" || fail "$n: the Perfetto trace does not match the store"
	"$SCTRACE" export --format=chrome-json "$n.db" -o "$n.json" || fail "$n: chrome-json export failed"
	python3 check.py chrome "$n.db" "$n.json" >"$n.cres" || fail "$n: the Chrome JSON does not match the store"
}

# several processes: a shell, ls and cat (SIGCHLD twice, three exits)
"$SCTRACE" record -w procs.db -f -- sh -c 'ls / >/dev/null; cat /etc/hostname >/dev/null' >/dev/null 2>&1 ||
	fail "record procs.db"
export_and_check procs
[ "$(sqlite3 procs.db "SELECT count(DISTINCT pid) FROM syscall")" -ge 3 ] || fail "procs.db: fewer than 3 processes"
read -r n clipped ninst < procs.res
[ "$n" = "$(sqlite3 procs.db 'SELECT count(*) FROM syscall')" ] || fail "procs: $n slices"
[ "$ninst" -ge 5 ] || fail "procs: only $ninst instants (2 SIGCHLD and 3 exits expected)"

# threads: 3 workers making getppid+nanosleep rounds
"$SCTRACE" record -w threads.db -f -- "$PROGS/busy_threads" 3 20 "$T/progress" >/dev/null 2>&1 || fail "record threads.db"
export_and_check threads
[ "$(sqlite3 threads.db 'SELECT count(*) FROM thread')" -ge 4 ] || fail "threads.db: fewer than 4 threads"

# execve from a thread: the leader's read never returns; the exit_group neither
"$SCTRACE" record -w texec.db -f -- "$PROGS/threads_exec" >/dev/null 2>&1
export_and_check texec
[ "$(sqlite3 texec.db 'SELECT count(*) FROM syscall WHERE dur IS NULL')" -ge 1 ] || fail "texec.db: no unfinished syscall"
grep -q 'the thread died in the call\|superseded by' texec.txt || fail "texec: unfinished slices are not marked"

# signals: handled, ignored, blocked, one interrupting a read
"$SCTRACE" record -w sig.db -f -- "$PROGS/signals" >/dev/null 2>&1 || fail "record sig.db"
export_and_check sig
for s in SIGUSR1 SIGUSR2 SIGTERM SIGALRM; do
	grep -q "name: \"$s\"" sig.txt || fail "sig: no instant named $s"
	grep -q "\"name\":\"$s\"" sig.json || fail "sig: no Chrome instant named $s"
done

# readable annotations: flags, symbols, descriptors as strace spells them
grep -q 'string_value: "O_RDONLY|O_CLOEXEC"' procs.txt || fail "openat flags are not O_RDONLY|O_CLOEXEC"
grep -q 'string_value: "AT_FDCWD"' procs.txt || fail "AT_FDCWD is not readable"

# a damaged store: args that are not JSON or not UTF-8, a name that is not
# UTF-8, a call that overlaps the next, one without an exit, no session end
cp procs.db odd.db
ids=($(sqlite3 odd.db "SELECT id FROM syscall WHERE pid = (SELECT pid FROM process WHERE comm = 'ls') ORDER BY id LIMIT 4 OFFSET 10"))
sqlite3 odd.db "UPDATE syscall SET args = 'not json {' WHERE id = ${ids[0]};
	UPDATE syscall SET args = CAST(X'7b2266223a2261ff62227d' AS TEXT) WHERE id = ${ids[1]};
	UPDATE syscall SET dur = dur + 1000000000 WHERE id = ${ids[2]};
	UPDATE syscall SET dur = NULL, exit_ts = NULL WHERE id = ${ids[3]};
	UPDATE process SET comm = CAST(X'6cff73' AS TEXT) WHERE comm = 'ls';
	UPDATE session SET end_ns = NULL" || fail "damaging odd.db"
export_and_check odd
grep -q '"clipped":true' odd.json || fail "odd: the overlapping call was not clipped"
grep -q 'no exit recorded' odd.txt || fail "odd: the call without an exit is not marked"

# ---- filters ----
pid=$(sqlite3 procs.db "SELECT pid FROM process WHERE comm = 'cat'")
"$SCTRACE" export procs.db --pid "$pid" --format chrome-json -o cat.json || fail "export --pid"
python3 - "$pid" cat.json <<'EOF' || fail "export --pid kept other processes"
import json, sys
evs = json.load(open(sys.argv[2]))['traceEvents']
pids = {e['pid'] for e in evs}
assert pids == {int(sys.argv[1])}, pids
assert any(e['ph'] == 'X' for e in evs)
EOF
# --pid of the shell takes its children too
shpid=$(sqlite3 procs.db "SELECT pid FROM process WHERE comm = 'sh'")
"$SCTRACE" export procs.db --pid "$shpid" --format=chrome-json -o tree.json || fail "export --pid (tree)"
[ "$(python3 -c "import json; print(sum(e['ph'] == 'X' for e in json.load(open('tree.json'))['traceEvents']))")" = \
  "$(sqlite3 procs.db 'SELECT count(*) FROM syscall')" ] || fail "export --pid SHELL lost its children's syscalls"
"$SCTRACE" export procs.db --syscall=openat,close --format=chrome-json -o oc.json || fail "export --syscall"
[ "$(python3 -c "import json; print(sorted({e['name'] for e in json.load(open('oc.json'))['traceEvents'] if e['ph'] == 'X'}))")" = \
  "['close', 'openat']" ] || fail "export --syscall kept other syscalls"
[ "$(python3 -c "import json; print(sum(e['ph'] == 'X' for e in json.load(open('oc.json'))['traceEvents']))")" = \
  "$(sqlite3 procs.db "SELECT count(*) FROM syscall WHERE name IN ('openat', 'close')")" ] || fail "export --syscall lost some"
# a window: the second half of the trace
read -r start end < <(sqlite3 -separator ' ' procs.db 'SELECT start_ns, end_ns FROM session')
half=$(( (end - start) / 2 ))
"$SCTRACE" export procs.db --since "${half}ns" --format=chrome-json -o late.json || fail "export --since"
[ "$(python3 -c "import json; print(sum(e['ph'] == 'X' for e in json.load(open('late.json'))['traceEvents']))")" = \
  "$(sqlite3 procs.db "SELECT count(*) FROM syscall WHERE ts >= $start + $half")" ] || fail "export --since kept the wrong calls"
"$SCTRACE" export procs.db --until "${half}ns" -o early.pftrace || fail "export --until"
protoc --decode=perfetto.protos.Trace -I"$PROTO_DIR" "$PROTO_DIR/trace.proto" <early.pftrace >early.txt || fail "decode early"
[ "$(grep -c 'TYPE_SLICE_BEGIN' early.txt)" = "$(sqlite3 procs.db "SELECT count(*) FROM syscall WHERE ts < $start + $half")" ] ||
	fail "export --until kept the wrong calls"
# to a pipe, without -o
"$SCTRACE" export --format=chrome-json procs.db | python3 -c 'import json, sys; json.load(sys.stdin)' || fail "export to a pipe"
"$SCTRACE" export procs.db | cmp -s - procs.pftrace || fail "export to a pipe differs from -o"

# ---- files and bad input ----
check_error 'procs.pftrace: already exists; use --force' export procs.db -o procs.pftrace
"$SCTRACE" export procs.db -o sig.pftrace --force || fail "export --force"
cmp -s sig.pftrace procs.pftrace || fail "--force did not replace the file"
ls "$T" | grep -q 'pftrace\.' && fail "a temporary file was left behind"
check_error 'procs.db: is the trace store being exported' export procs.db -o procs.db --force
mkdir adir
check_error 'adir: is a directory' export procs.db -o adir
check_error 'nothere.db: no such file' export nothere.db -o x.pftrace
echo 'precious' > notes.txt
check_error 'notes.txt: not an sctrace trace store' export notes.txt -o x.pftrace
: > empty.db
check_error 'empty.db: empty file' export empty.db -o x.pftrace
head -c 3000 procs.db > trunc.db
check_error 'trunc.db: corrupt' export trunc.db -o x.pftrace
check_error "export: invalid --format 'svg'" export procs.db --format=svg -o x.svg
check_error "export: invalid system call 'nosuchcall'" export procs.db --syscall=nosuchcall -o x.pftrace
check_error "export: Invalid process id: 'abc'" export procs.db --pid abc -o x.pftrace
check_error "export: invalid --since time: '5parsecs'" export procs.db --since 5parsecs -o x.pftrace
check_error 'export: --until must be later than --since' export procs.db --since 2s --until 1s -o x.pftrace
check_error 'export: missing FILE' export -o x.pftrace
check_error 'export: invalid option --bogus' export --bogus procs.db
check_error "can't create '/nonexistent/dir/x.pftrace'" export procs.db -o /nonexistent/dir/x.pftrace
[ ! -e x.pftrace ] || fail "a failed export left x.pftrace"
if command -v script >/dev/null; then   # no -o, standard output a terminal: refused
	script -qec "'$SCTRACE' export procs.db" /dev/null >tty.out 2>&1 </dev/null && fail "export wrote a trace to a terminal"
	grep -q 'sctrace: export: standard output is a terminal' tty.out || fail "export to a terminal: $(cat tty.out)"
fi
exit 0
