#!/usr/bin/env python3
"""bench/run.py - sctrace's benchmark suite (`make bench`).

Runs each workload untraced and under every tracer configuration, several
times, in the same session, and prints a Markdown table of medians: wall
time, the ratio to untraced, the ratio to strace (full trace), and the peak
RSS of the tracer process itself (VmHWM, sampled from /proc while it runs).

  bench/run.py                    everything, full sizes (takes a while)
  BENCH_SCALE=0.1 bench/run.py    smaller workloads, for a quick look
  BENCH_RUNS=5 bench/run.py       more runs per cell (default 3)
  bench/run.py --only writeloop   one workload
  bench/run.py --only store       just the trace store section (record/replay)
  bench/run.py --only views       report, report --html and export over a 10M-syscall store
                                  (a recorded 1M store copied ten times; ~3.5 GB in a temp dir)
  bench/run.py --write docs/PERFORMANCE.md   also update the results section
                                  (with --only, the section holds only what ran)
"""
import argparse, glob, os, platform, re, shutil, sqlite3, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.join(ROOT, 'build', 'bench')
SCTRACE = os.environ.get('SCTRACE', os.path.join(ROOT, 'sctrace'))
SCALE = float(os.environ.get('BENCH_SCALE', '1'))
RUNS = int(os.environ.get('BENCH_RUNS', '3'))


def n(x):
    return str(max(1, int(x * SCALE)))


def workloads():
    b = BIN
    inc = '/usr/include'
    return [
        ('writeloop', 'write loop, %s x 64 B to /dev/null' % n(1000000), [b + '/writeloop', n(1000000)]),
        ('storm', 'open/fstat/close/stat storm, %s rounds' % n(100000), [b + '/storm', n(100000)]),
        ('forkexec', 'fork+exec /bin/true x %s' % n(1000), [b + '/forkexec', n(1000)]),
        ('threads', '8 threads x %s (getppid + write)' % n(12500), [b + '/threads', '8', n(12500)]),
        ('tar', 'tar cf - /usr/include > /dev/null', ['sh', '-c', 'tar cf - %s > /dev/null 2>&1' % inc]),
        ('gcc', 'gcc -O2 -c src/decode/decode.c', ['gcc', '-O2', '-I' + ROOT + '/build/gen'] + ['-I' + d for d in sorted(glob.glob(ROOT + '/src/*/'))] + [
                                            '-c', '-o', '/dev/null', ROOT + '/src/decode/decode.c']),
        ('find', 'find /usr -type f > /dev/null', ['sh', '-c', 'find /usr -type f > /dev/null']),
    ]


def tracers():
    t = [
        ('untraced', None),
        ('strace -f', ['strace', '-f', '-o', '/dev/null']),
        ('strace -f --seccomp-bpf -e trace=openat', ['strace', '-f', '--seccomp-bpf', '-e', 'trace=openat', '-o', '/dev/null']),
    ]
    if perf_trace_works():
        t.append(('perf trace', ['perf', 'trace', '-o', '/dev/null', '--']))
    t += [
        ('sctrace -f', [SCTRACE, '-f', '-qq', '-o', '/dev/null']),
        ('sctrace -f --placement=spin', [SCTRACE, '-f', '-qq', '--placement=spin', '-o', '/dev/null']),
        ('sctrace -f --placement=none', [SCTRACE, '-f', '-qq', '--placement=none', '-o', '/dev/null']),
        ('sctrace -f -e trace=openat', [SCTRACE, '-f', '-qq', '-e', 'trace=openat', '-o', '/dev/null']),
        ('sctrace -f -e trace=openat --no-seccomp-bpf', [SCTRACE, '-f', '-qq', '-e', 'trace=openat', '--no-seccomp-bpf', '-o', '/dev/null']),
    ]
    return t


# the floor under any ptrace tracer (single process workloads only)
FLOOR = {'writeloop', 'storm'}

# `sctrace record` as a tracer row: the write loop only (each run writes a store
# of a few hundred bytes per syscall)
RECORD = {'writeloop'}


def record_tracer(tmp):
    return [('sctrace record -f', [SCTRACE, 'record', '--force', '-w', os.path.join(tmp, 'table.db'), '-f', '-qq'])]


def floors():
    return [('ptrace floor, pinned (bench/ptfloor.c)', [BIN + '/ptfloor', '--pin']),
            ('ptrace floor, unpinned (bench/ptfloor.c)', [BIN + '/ptfloor'])]


_perf = None


def perf_trace_works():
    global _perf
    if _perf is None:
        try:
            r = subprocess.run(['perf', 'trace', '-o', '/dev/null', '--', 'true'],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
            _perf = r.returncode == 0
        except Exception:
            _perf = False
    return _perf


def vmhwm(pid):
    try:
        with open('/proc/%d/status' % pid) as f:
            for line in f:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def run_once(cmd):
    """Wall time (s) and the peak RSS (KiB) of the process started."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak = 0
    while True:
        try:
            p.wait(timeout=0.02)
            break
        except subprocess.TimeoutExpired:
            h = vmhwm(p.pid)
            if h:
                peak = max(peak, h)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        raise RuntimeError('%s exited with %d' % (' '.join(cmd), p.returncode))
    return wall, peak


def rm_store(path):
    for suffix in ('', '-wal', '-shm', '-journal'):
        try:
            os.unlink(path + suffix)
        except FileNotFoundError:
            pass


STATS = re.compile(r'sctrace: store stats: (\d+) rows in ([0-9.]+) s from the first row to a closed file, ([0-9.]+) rows/s; '
                   r'writer thread busy ([0-9.]+) s \(([0-9.]+) rows/s\).*'
                   r"the recorder's own time ([0-9.]+) s, ([0-9.]+) rows/s")


def store_stats(cmd):
    """Run cmd with SCTRACE_STORE_STATS=1: (rows, sink s, rows/s, wall s)."""
    env = dict(os.environ, SCTRACE_STORE_STATS='1')
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    wall = time.perf_counter() - t0
    if r.returncode != 0:
        raise RuntimeError('%s exited with %d: %s' % (' '.join(cmd), r.returncode, r.stderr.strip()))
    m = STATS.search(r.stderr)
    if not m:
        raise RuntimeError('%s printed no store stats line: %s' % (' '.join(cmd), r.stderr.strip()))
    return (int(m.group(1)), float(m.group(2)), float(m.group(3)), wall, float(m.group(5)),
            float(m.group(6)), float(m.group(7)))


# the bars for the trace store (on this 2-core machine)
STORE_RATE_BAR = 300000     # recorder events/s, at least
STORE_RATIO_BAR = 1.2       # record wall / text wall, at most


def store_section(out, tmp):
    """The trace store: the recorder's own rate (replay -w), record against text, bytes per event."""
    count = n(1000000)
    loop = [BIN + '/writeloop', count]
    # the recorder's stats switch only for store_stats(), not the timed runs below
    os.environ.pop('SCTRACE_STORE_STATS', None)
    run_once(loop)   # warm the page cache and the binaries; not counted

    # 1. the recorder alone: replay a recorded store into a new one; the stats
    # line counts the time from the sink's first row to its closed file (the
    # writer thread's inserts and commits, the final index build and WAL
    # checkpoint), during which replay reads and decodes the input beside it
    src, dst = os.path.join(tmp, 'in.db'), os.path.join(tmp, 'out.db')
    run_once([SCTRACE, 'record', '-w', src, '--'] + loop)
    rates, secs, walls, wrates, owns, orates, rows = [], [], [], [], [], [], None
    for _ in range(RUNS):
        rm_store(dst)
        rows, busy, rate, wall, wrate, own, orate = store_stats([SCTRACE, 'replay', src, '-w', dst])
        wrates.append(wrate)
        owns.append(own)
        orates.append(orate)
        rates.append(rate)
        secs.append(busy)
        walls.append(wall)
    rm_store(dst)
    rate = statistics.median(orates)
    out()
    out('Trace store, write loop (%s x 64 B to /dev/null), %d runs:' % (count, RUNS))
    out()
    out('| measure | median | min | max | bar | met |')
    out('|---|---:|---:|---:|---:|---|')
    out('| recorder events/s: rows / the recorder\'s own time (its slower stage, encoding or writing, plus closing), '
        '`sctrace replay in.db -w out.db`, %d rows | %.0f | %.0f | %.0f | >= %d | %s |'
        % (rows, rate, min(orates), max(orates), STORE_RATE_BAR, 'yes' if rate >= STORE_RATE_BAR else '**no**'))
    out('| the recorder\'s own time s | %.3f | %.3f | %.3f | | |' % (statistics.median(owns), min(owns), max(owns)))
    out('| events/s first row to closed file, fed by replay\'s reading and decoding | %.0f | %.0f | %.0f | | |'
        % (statistics.median(rates), min(rates), max(rates)))
    out('| first row to closed file s | %.3f | %.3f | %.3f | | |' % (statistics.median(secs), min(secs), max(secs)))
    out('| writer thread rows/s while busy (inserts and commits; not the final index build) | %.0f | %.0f | %.0f | | |'
        % (statistics.median(wrates), min(wrates), max(wrates)))
    out('| replay -w wall s (whole process: reading, decoding, recording) | %.3f | %.3f | %.3f | | |'
        % (statistics.median(walls), min(walls), max(walls)))

    # 2. record against text, interleaved pair by pair
    rec = os.path.join(tmp, 'rec.db')
    text_cmd = [SCTRACE, '-f', '-qq', '-o', '/dev/null'] + loop
    rec_cmd = [SCTRACE, 'record', '--force', '-w', rec, '-f', '-qq'] + loop
    tw, rw, tp, rp = [], [], 0, 0
    for _ in range(RUNS):
        w, p = run_once(text_cmd)
        tw.append(w)
        tp = max(tp, p)
        rm_store(rec)   # not timed: record's run does not pay for deleting the last store
        w, p = run_once(rec_cmd)
        rw.append(w)
        rp = max(rp, p)
    tmed, rmed = statistics.median(tw), statistics.median(rw)
    ratio = rmed / tmed
    pair = statistics.median([r / t for t, r in zip(tw, rw)])
    out('| `sctrace -f -qq -o /dev/null` wall s | %.3f | %.3f | %.3f | | |' % (tmed, min(tw), max(tw)))
    out('| `sctrace record -f -qq -w rec.db` wall s | %.3f | %.3f | %.3f | | |' % (rmed, min(rw), max(rw)))
    out('| record / text, ratio of medians | %.2f | | | <= %.1f | %s |'
        % (ratio, STORE_RATIO_BAR, 'yes' if ratio <= STORE_RATIO_BAR else '**no**'))
    out('| record / text, median of per-pair ratios | %.2f | %.2f | %.2f | <= %.1f | %s |'
        % (pair, min(r / t for t, r in zip(tw, rw)), max(r / t for t, r in zip(tw, rw)),
           STORE_RATIO_BAR, 'yes' if pair <= STORE_RATIO_BAR else '**no**'))
    out('| tracer peak RSS MiB, text / record | %.1f / %.1f | | | | |' % (tp / 1024, rp / 1024))

    # 3. bytes per event of the last store recorded in 2 (the recorder has
    # closed it: its WAL is folded back into the file)
    size = os.path.getsize(rec)
    wal = os.path.getsize(rec + '-wal') if os.path.exists(rec + '-wal') else 0
    db = sqlite3.connect('file:%s?mode=ro' % rec, uri=True)
    try:
        events = db.execute('SELECT (SELECT count(*) FROM syscall) + (SELECT count(*) FROM event)').fetchone()[0]
    finally:
        db.close()
    out('| store bytes per event (%d B file%s / %d rows) | %.1f | | | | |'
        % (size, ', %d B WAL left' % wal if wal else '', events, size / events))
    rm_store(rec)


def build():
    os.makedirs(BIN, exist_ok=True)
    for prog in ('writeloop', 'storm', 'forkexec', 'threads', 'ptfloor'):
        src = os.path.join(ROOT, 'bench', prog + '.c')
        subprocess.run(['gcc', '-O2', '-pthread', '-o', os.path.join(BIN, prog), src], check=True)
    subprocess.run(['make', '-s', '-C', ROOT, 'sctrace'], check=True)


def machine():
    cpu = 'unknown CPU'
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    cpu = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    mem = os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') // (1 << 30)
    sv = subprocess.run(['strace', '-V'], capture_output=True, text=True).stdout.split('\n')[0]
    return '%s, %d CPUs, %d GiB RAM, Linux %s, %s' % (cpu, os.cpu_count(), mem, platform.release(), sv)


def fmt_ratio(x):
    return '%.2f' % x if x >= 0.1 else '%.3f' % x


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--only', action='append')
    ap.add_argument('--write', help='replace the results section of this Markdown file')
    a = ap.parse_args()
    build()
    tmp = tempfile.mkdtemp(prefix='sctrace-bench.')
    try:
        run_all(a, tmp)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# the bars for views over a 10-million-event store
REPORT_BAR_S = 10.0
HTML_BAR_S = 30.0


def grow_store(path, target):
    """Copy a recorded store's syscalls, shifted in time and order, until it holds target rows."""
    import sqlite3
    db = sqlite3.connect(path)
    db.execute('PRAGMA journal_mode = WAL')
    base = db.execute('SELECT count(*), max(id), max(seq), max(exit_seq), max(ts) - min(ts) + 1 FROM syscall').fetchone()
    n, maxid, maxseq, _, span = base
    cols = [r[1] for r in db.execute('PRAGMA table_info(syscall)') if r[1] != 'id']
    shifted = {'seq': 'seq + ?1', 'exit_seq': 'exit_seq + ?1', 'ts': 'ts + ?2', 'exit_ts': 'exit_ts + ?2'}
    sel = ', '.join(shifted.get(c, c) for c in cols)
    indexes = db.execute("SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'syscall' AND sql IS NOT NULL").fetchall()
    for (sql,) in indexes:
        name = sql.split()[2] if 'IF NOT EXISTS' not in sql else sql.split()[5]
        db.execute('DROP INDEX IF EXISTS %s' % name)
    k = 1
    while n * k < target:   # copies until the store holds at least target rows
        db.execute('INSERT INTO syscall (%s) SELECT %s FROM syscall WHERE id <= ?3' % (', '.join(cols), sel),
                   (k * (maxseq + 1), k * span, maxid))
        db.commit()
        k += 1
    for (sql,) in indexes:
        db.execute(sql)
    db.execute('UPDATE session SET syscalls = (SELECT count(*) FROM syscall), end_ns = start_ns + ?', (k * span,))
    db.commit()
    db.execute('PRAGMA wal_checkpoint(TRUNCATE)')
    rows = db.execute('SELECT count(*) FROM syscall').fetchone()[0]
    db.close()
    return rows


def views_section(out, tmp):
    """sctrace report and report --html over a store of 10 million syscalls."""
    target = int(10000000 * SCALE)
    src = os.path.join(tmp, 'views.db')
    rm_store(src)
    run_once([SCTRACE, 'record', '-w', src, '--', BIN + '/writeloop', str(min(target, 1000000))])
    rows = grow_store(src, target)
    out()
    out('Views over a store of %d syscalls (%.1f GB), %d runs:' % (rows, os.path.getsize(src) / 1e9, RUNS))
    out()
    out('| view | median s | min | max | bar s | met |')
    out('|---|---:|---:|---:|---:|---|')
    html = os.path.join(tmp, 'views.html')
    for name, cmd, bar in (('`sctrace report`', [SCTRACE, 'report', '--no-color', src], REPORT_BAR_S),
                           ('`sctrace report --html`', [SCTRACE, 'report', src, '--html', html, '--force'], HTML_BAR_S),
                           ('`sctrace export --perfetto`', [SCTRACE, 'export', '--perfetto', src, '-o', os.path.join(tmp, 'v.pftrace'), '--force'], None)):
        walls = []
        for _ in range(RUNS):
            w, _ = run_once(cmd)
            walls.append(w)
        med = statistics.median(walls)
        met = '' if bar is None else ('yes' if med <= bar else '**no**')
        out('| %s | %.2f | %.2f | %.2f | %s | %s |' % (name, med, min(walls), max(walls), '' if bar is None else '%g' % bar, met))
    rm_store(src)


def run_all(a, tmp):
    lines = []
    out = lambda s='': (print(s, flush=True), lines.append(s))
    out('Machine: %s. Medians of %d runs, scale %g, %s.' % (machine(), RUNS, SCALE, time.strftime('%Y-%m-%d')))
    selected = [w for w in workloads() if not a.only or w[0] in a.only]
    if selected:
        out()
        out('| workload | tracer | wall s | x untraced | x strace | tracer peak RSS MiB |')
        out('|---|---|---:|---:|---:|---:|')
    for key, desc, cmd in selected:
        run_once(cmd)   # warm the page cache and the binaries; not counted
        configs = tracers() + (floors() if key in FLOOR else []) + (record_tracer(tmp) if key in RECORD else [])
        # interleaved: a slow spell of the machine hits every configuration alike
        walls = {name: [] for name, _ in configs}
        peaks = {name: 0 for name, _ in configs}
        for _ in range(RUNS):
            for name, prefix in configs:
                w, p = run_once((prefix or []) + cmd)
                walls[name].append(w)
                peaks[name] = max(peaks[name], p)
        res = {name: (statistics.median(walls[name]), peaks[name]) for name, _ in configs}
        base = res['untraced'][0]
        ref = res['strace -f'][0]
        for name, _ in configs:
            w, p = res[name]
            rss = '-' if name == 'untraced' else '%.1f' % (p / 1024)
            out('| %s | %s | %.3f | %s | %s | %s |' % (desc, name, w, fmt_ratio(w / base), fmt_ratio(w / ref), rss))
    # flat RSS: sctrace's peak RSS must not grow with the length of the trace
    if not a.only or 'rss' in a.only:
        out()
        out('| sctrace peak RSS, write loop | MiB |')
        out('|---|---:|')
        for count in (100000, 1000000):
            _, p = run_once([SCTRACE, '-f', '-qq', '-o', '/dev/null', BIN + '/writeloop', str(count)])
            out('| %d syscalls traced | %.1f |' % (count, p / 1024))
    if not a.only or 'store' in a.only:
        store_section(out, tmp)
    if not a.only or 'views' in a.only:
        views_section(out, tmp)
    if a.write:
        with open(a.write) as f:
            text = f.read()
        begin, end = '<!-- bench:begin -->', '<!-- bench:end -->'
        new = begin + '\n' + '\n'.join(lines) + '\n' + end
        text = re.sub(re.escape(begin) + '.*?' + re.escape(end), lambda m: new, text, flags=re.S)
        with open(a.write, 'w') as f:
            f.write(text)


if __name__ == '__main__':
    sys.exit(main())
