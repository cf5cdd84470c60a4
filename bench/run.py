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
  bench/run.py --only ebpf        just the eBPF backend: writeloop, tar and gcc untraced, under
                                  sctrace --backend=ebpf and under the BPF floors (bench/bpffloor.c),
                                  the targets checked, then the two sections below
  bench/run.py --only systemwide  an untraced process while system-wide tracing filters it out
  bench/run.py --only drops       events/s through the eBPF pipeline and the records it lost
  bench/run.py --write docs/PERFORMANCE.md   also update the results section
                                  (with --only, the section holds only what ran)
"""
import argparse, glob, json, os, platform, re, shutil, signal, sqlite3, statistics, subprocess, sys, tempfile, time

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


# the eBPF backend's rows (every workload in a full run; these with --only ebpf)
EBPF = ('writeloop', 'tar', 'gcc')
EBPF_DECODED = 'sctrace --backend=ebpf -f -qq -o FILE'
EBPF_COUNT = 'sctrace --backend=ebpf -f -c'
EBPF_OUT = 'ebpf.out'   # the decoded trace, in the temp dir; deleted after each run


def ebpf_tracers(tmp):
    out = os.path.join(tmp, EBPF_OUT)
    return [(EBPF_DECODED, [SCTRACE, '--backend=ebpf', '-f', '-qq', '-o', out]),
            (EBPF_COUNT, [SCTRACE, '--backend=ebpf', '-f', '-c', '-o', '/dev/null']),
            ('sctrace --backend=ebpf -f -e trace=openat -qq -o FILE',
             [SCTRACE, '--backend=ebpf', '-f', '-e', 'trace=openat', '-qq', '-o', out])]


# the floor under any BPF syscall tracer: empty programs on raw_syscalls
# sys_enter and sys_exit, attached three ways; every syscall on the machine
# runs them, so the floor applies to multi-process workloads too
BPF_FLOOR = 'BPF floor, tp_btf (bench/bpffloor.c --tp-btf)'   # what sctrace attaches to


_tracefs = None


def tracefs_mounted():
    """Classic tracepoints need tracefs (their ids): mounted here if it is not (root only)."""
    global _tracefs
    if _tracefs is None:
        if not os.path.exists('/sys/kernel/tracing/events') and os.geteuid() == 0:
            subprocess.run(['mount', '-t', 'tracefs', 'nodev', '/sys/kernel/tracing'],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _tracefs = os.path.exists('/sys/kernel/tracing/events')
        if not _tracefs:
            print('bench: no tracefs at /sys/kernel/tracing, no classic tracepoint floor row', file=sys.stderr)
    return _tracefs


def bpf_floors():
    if not os.path.exists(BIN + '/bpffloor'):
        return []
    classic = tracefs_mounted()
    return [('BPF floor, tracepoint (bench/bpffloor.c --tp)', [BIN + '/bpffloor', '--tp'])] * classic + [
            ('BPF floor, raw_tp (bench/bpffloor.c --raw-tp)', [BIN + '/bpffloor', '--raw-tp']),
            (BPF_FLOOR, [BIN + '/bpffloor', '--tp-btf']),
            ('BPF floor + a clock read at entry and exit (bench/bpffloor.c --tp-btf-clock)',
             [BIN + '/bpffloor', '--tp-btf-clock'])]


# the targets for the eBPF backend: (workload, row, at most x untraced);
# where the tp_btf floor is above a target, the row is held to BPF_FLOOR_BAR x floor
EBPF_TARGETS = [('writeloop', EBPF_DECODED, 3.0, 'write loop, fully decoded to a file'),
                ('writeloop', EBPF_COUNT, 1.5, 'write loop, -c counted in the kernel'),
                ('tar', EBPF_DECODED, 1.3, 'tar of /usr/include, fully decoded to a file'),
                ('gcc', EBPF_DECODED, 1.3, 'gcc -O2 -c, fully decoded to a file')]
BPF_FLOOR_BAR = 1.3

_ebpf = None


def ebpf_works():
    """Whether sctrace --backend=ebpf runs here (./sctrace may be mid-rebuild: retried)."""
    global _ebpf
    if _ebpf is None:
        why = ''
        for _ in range(10):
            try:
                r = subprocess.run([SCTRACE, '--backend=ebpf', '-qq', '-o', '/dev/null', 'true'],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=60)
                if r.returncode == 0:
                    _ebpf = True
                    break
                why = r.stderr.strip()
            except (OSError, subprocess.TimeoutExpired) as e:
                why = str(e)
            time.sleep(3)
        else:
            print('bench: sctrace --backend=ebpf does not run here, no eBPF rows: %s' % why, file=sys.stderr)
            _ebpf = False
    return _ebpf


def foreign_bpf_links():
    """BPF links attached on the machine (tracing ones cost every syscall of every row): `bpftool link show`."""
    try:
        r = subprocess.run(['bpftool', '-j', 'link', 'show'], capture_output=True, text=True, timeout=30)
        return len(json.loads(r.stdout or '[]'))
    except Exception:
        return 0


LOST = re.compile(r'sctrace: (\d+) records lost')


def lost_records(errfile):
    """The records sctrace's eBPF backend says it lost (its last stderr line about it); 0 without one."""
    try:
        with open(errfile) as f:
            m = LOST.findall(f.read())
    except FileNotFoundError:
        return 0
    return int(m[-1]) if m else 0


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


def run_once(cmd, err=None):
    """Wall time (s) and the peak RSS (KiB) of the process started (its stderr to the file err)."""
    errf = open(err, 'w') if err else subprocess.DEVNULL
    t0 = time.perf_counter()
    try:
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=errf)
    finally:
        if err:
            errf.close()
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
    for prog in ('writeloop', 'getppidloop', 'storm', 'forkexec', 'threads', 'ptfloor'):
        src = os.path.join(ROOT, 'bench', prog + '.c')
        subprocess.run(['gcc', '-O2', '-Wall', '-Wextra', '-pthread', '-o', os.path.join(BIN, prog), src], check=True)
    build_bpffloor()
    subprocess.run(['make', '-s', '-C', ROOT, 'sctrace'], check=True)


def build_bpffloor():
    """bench/bpffloor: its kernel half as the Makefile builds sctrace's (clang, vmlinux.h, a bpftool skeleton)."""
    missing = [t for t in ('clang', 'bpftool') if not shutil.which(t)]
    if missing:
        print('bench: no %s, no BPF floor rows' % ' or '.join(missing), file=sys.stderr)
        return
    gen = os.path.join(ROOT, 'build', 'gen')
    if not os.path.exists(os.path.join(gen, 'vmlinux.h')):
        subprocess.run(['make', '-s', '-C', ROOT, 'build/gen/vmlinux.h'], check=True)
    obj, skel = os.path.join(BIN, 'bpffloor.bpf.o'), os.path.join(BIN, 'bpffloor.skel.h')
    subprocess.run(['clang', '-g', '-O2', '-target', 'bpf', '-Wall', '-Wextra', '-Wno-unused-parameter', '-I' + gen,
                    '-c', os.path.join(ROOT, 'bench', 'bpffloor.bpf.c'), '-o', obj], check=True)
    with open(skel + '.tmp', 'w') as f:
        subprocess.run(['bpftool', 'gen', 'skeleton', obj, 'name', 'bpffloor_bpf'], stdout=f, check=True)
    os.replace(skel + '.tmp', skel)
    subprocess.run(['gcc', '-O2', '-Wall', '-Wextra', '-I' + BIN, '-o', os.path.join(BIN, 'bpffloor'),
                    os.path.join(ROOT, 'bench', 'bpffloor.c'), '-lbpf'], check=True)


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


def startup_costs(tmp):
    """Each eBPF configuration running /bin/true: the fixed cost in every row (loading, verifying, attaching, tearing down)."""
    configs = [('untraced', None)] + ebpf_tracers(tmp) + bpf_floors()
    walls = {name: [] for name, _ in configs}
    run_once(['true'])
    for _ in range(RUNS):
        for name, prefix in configs:
            w, _ = run_once((prefix or []) + ['true'])
            walls[name].append(w)
            f = os.path.join(tmp, EBPF_OUT)
            if os.path.exists(f):
                os.unlink(f)
    return {name: statistics.median(walls[name]) for name, _ in configs}


def ebpf_tables(out, ebpf_res, startup):
    """The eBPF rows against the tp_btf floor, then the issue's targets checked."""
    out()
    out('eBPF rows against the floor under any BPF syscall tracer (empty programs on raw_syscalls '
        'sys_enter and sys_exit, bench/bpffloor.c); x floor is against the tp_btf floor, what '
        'sctrace attaches to; ns per syscall added: (wall - wall running `true`) over the same for untraced, '
        'per syscall the workload makes (counted by `-c`; shown from 100000 syscalls); lost: records the ring buffer dropped, the most in any run:')
    out()
    out('| workload | tracer | wall s | x untraced | x floor | ns per syscall added, fixed cost out | lost |')
    out('|---|---|---:|---:|---:|---:|---:|')
    for key, desc, calls, r in ebpf_res:
        base = r['untraced'][0]
        floor = r[BPF_FLOOR][0] if BPF_FLOOR in r else None
        for name, (w, lost) in r.items():
            if name == 'untraced':
                continue
            # the wall over untraced, less the fixed cost both pay running `true`
            # (not shown under 100000 syscalls: the noise of a few ms would swamp it)
            added = ((w - startup[name]) - (base - startup['untraced'])) / calls * 1e9
            out('| %s (%d syscalls) | %s | %.3f | %s | %s | %s | %s |'
                % (desc, calls, name, w, fmt_ratio(w / base), fmt_ratio(w / floor) if floor else '-',
                   '%.0f' % added if calls >= 100000 else '-',
                   '-' if lost is None else lost))
    for name, w in startup.items():
        out('| `true` (the fixed cost: start-up and tear-down) | %s | %.3f | %s | %s | | |'
            % (name, w, fmt_ratio(w / startup['untraced']),
               fmt_ratio(w / startup[BPF_FLOOR]) if BPF_FLOOR in startup else '-'))
    byk = {key: r for key, _, _, r in ebpf_res}
    checks = [t for t in EBPF_TARGETS if t[0] in byk]
    if not checks:
        return
    out()
    out('The targets (ratios of medians; where the tp_btf floor is above a target, the row is held to '
        'within %gx of the floor instead; a decoded row that lost records is not fully decoded):' % BPF_FLOOR_BAR)
    out()
    out('| target | row | x untraced | floor x untraced | x floor | bar | met |')
    out('|---|---|---:|---:|---:|---|---|')
    for key, name, target, what in checks:
        r = byk[key]
        if name not in r:
            continue
        base = r['untraced'][0]
        w, lost = r[name]
        x = w / base
        fx = r[BPF_FLOOR][0] / base if BPF_FLOOR in r else None
        if fx is not None and fx > target:
            bar, barx = '<= %g x floor (floor above %gx untraced)' % (BPF_FLOOR_BAR, target), BPF_FLOOR_BAR * fx
        else:
            bar, barx = '<= %gx untraced' % target, target
        met = x <= barx and (name != EBPF_DECODED or not lost)
        why = '' if met or not lost or name != EBPF_DECODED else ' (%d records lost)' % lost
        out('| %s <= %gx | `%s` | %s | %s | %s | %s | %s%s |'
            % (what, target, name, fmt_ratio(x), fmt_ratio(fx) if fx else '-', fmt_ratio(w / r[BPF_FLOOR][0]) if fx else '-',
               bar, 'met' if met else '**NOT met**', why))


def start_background(cmd, errfile):
    """Start a system-wide tracer and wait until its BPF links are in place (bpf_link fds, stable for 0.15 s)."""
    err = open(errfile, 'w')
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err)
    err.close()
    deadline = time.monotonic() + 30
    last, stable = -1, 0
    while time.monotonic() < deadline:
        if p.poll() is not None:
            with open(errfile) as f:
                raise RuntimeError('%s exited with %d before it attached: %s' % (' '.join(cmd), p.returncode, f.read().strip()))
        links = 0
        try:
            for fd in os.listdir('/proc/%d/fd' % p.pid):
                try:
                    if os.readlink('/proc/%d/fd/%s' % (p.pid, fd)) == 'anon_inode:bpf_link':
                        links += 1
                except OSError:
                    pass
        except OSError:
            pass
        stable = stable + 1 if links >= 2 and links == last else 0
        last = links
        if stable >= 3:
            return p
        time.sleep(0.05)
    p.kill()
    p.wait()
    raise RuntimeError('%s did not attach in 30 s' % ' '.join(cmd))


def stop_background(p):
    p.send_signal(signal.SIGINT)
    try:
        p.wait(timeout=15)
    except subprocess.TimeoutExpired:
        p.kill()
        p.wait()
        raise RuntimeError('a background tracer ignored SIGINT for 15 s')


def systemwide_section(out, tmp):
    """An untraced process while system-wide tracing runs and filters it out."""
    count = n(1000000)
    loops = [('write loop, %s x 64 B to /dev/null' % count, [BIN + '/writeloop', count]),
             ('getppid loop, %s x getppid()' % count, [BIN + '/getppidloop', count])]
    bgs = [('nothing else (alone)', None),
           ('`sctrace --backend=ebpf --system-wide --comm nosuchcomm -o /dev/null`',
            [SCTRACE, '--backend=ebpf', '--system-wide', '--comm', 'nosuchcomm', '-o', '/dev/null'])]
    if os.path.exists(BIN + '/bpffloor'):
        bgs.append(('`bench/bpffloor --tp-btf --system-wide` (empty programs)', [BIN + '/bpffloor', '--tp-btf', '--system-wide']))
    errfile = os.path.join(tmp, 'bg.err')
    walls = {(l, b): [] for l, _ in loops for b, _ in bgs}
    for l, cmd in loops:
        run_once(cmd)   # warm
    for _ in range(RUNS):
        for l, cmd in loops:
            for b, bg in bgs:
                p = start_background(bg, errfile) if bg else None
                try:
                    w, _ = run_once(cmd)
                finally:
                    if p:
                        stop_background(p)
                walls[(l, b)].append(w)
    out()
    out('An untraced process while system-wide tracing filters it out (started before, attached, stopped '
        'with SIGINT after), %d runs:' % RUNS)
    out()
    out('| untraced process | running beside it | wall s | min | max | x alone |')
    out('|---|---|---:|---:|---:|---:|')
    for l, _ in loops:
        alone = statistics.median(walls[(l, bgs[0][0])])
        for b, _ in bgs:
            ws = walls[(l, b)]
            out('| %s | %s | %.3f | %.3f | %.3f | %s |' % (l, b, statistics.median(ws), min(ws), max(ws),
                                                         fmt_ratio(statistics.median(ws) / alone)))


def syscalls_of(cmd, tmp):
    """How many syscalls cmd makes: the total line of `sctrace --backend=ebpf -c`."""
    summary = os.path.join(tmp, 'count.txt')
    subprocess.run([SCTRACE, '--backend=ebpf', '-f', '-c', '-o', summary] + cmd,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    with open(summary) as f:
        text = f.read()
    os.unlink(summary)
    for line in text.splitlines():
        f = line.split()
        if len(f) >= 5 and f[-1] == 'total':   # % time, seconds, usecs/call, calls, [errors,] total
            return int(f[3])
    raise RuntimeError('no total line in sctrace -c output: %s' % text[-300:])


def drops_section(out, tmp):
    """Events/s through the eBPF pipeline (ring buffer, reader, decoding, formatting) and what it drops."""
    count = n(1000000)
    loops = [('getppid loop, %s x getppid()' % count, [BIN + '/getppidloop', count]),
             ('write loop, %s x 64 B to /dev/null' % count, [BIN + '/writeloop', count])]
    sizes = [('1M', ['--buffer-size=1M']), ('4M', ['--buffer-size=4M']), ('default (8M)', [])]
    errfile = os.path.join(tmp, 'drops.err')
    total = {l: syscalls_of(cmd, tmp) for l, cmd in loops}
    walls = {(l, s): [] for l, _ in loops for s, _ in sizes}
    lost = {(l, s): [] for l, _ in loops for s, _ in sizes}
    for _ in range(RUNS):
        for l, cmd in loops:
            for sz, opt in sizes:
                w, _ = run_once([SCTRACE, '--backend=ebpf'] + opt + ['-o', '/dev/null'] + cmd, err=errfile)
                walls[(l, sz)].append(w)
                lost[(l, sz)].append(lost_records(errfile))
                os.unlink(errfile)
    out()
    out('Events/s through the eBPF pipeline before it drops: `sctrace --backend=ebpf --buffer-size=SIZE -o /dev/null`; '
        'events/s = syscalls traced (counted by `-c`) / wall; lost: the records sctrace reports lost at the end; '
        'delivered = (syscalls - lost) / wall, from the medians; %d runs:' % RUNS)
    out()
    out('| workload | ring buffer | syscalls | wall s | events/s | lost, median (min-max) | delivered events/s |')
    out('|---|---|---:|---:|---:|---:|---:|')
    clean = []
    for l, _ in loops:
        t = total[l]
        for sz, _ in sizes:
            ws, ls = walls[(l, sz)], lost[(l, sz)]
            w, lo = statistics.median(ws), statistics.median(ls)
            clean += [(t / wi, l, sz) for wi, li in zip(ws, ls) if li == 0]
            out('| %s | %s | %d | %.3f | %.0f | %d (%d-%d) | %.0f |'
                % (l, sz, t, w, t / w, lo, min(ls), max(ls), (t - lo) / w))
    out()
    if clean:
        rate, l, sz = max(clean)
        out('Fastest run with no record lost: %.0f events/s (%s, ring buffer %s).' % (rate, l, sz))
    else:
        out('Every run lost records.')


def run_all(a, tmp):
    lines = []
    out = lambda s='': (print(s, flush=True), lines.append(s))
    out('Machine: %s. Medians of %d runs, scale %g, %s.' % (machine(), RUNS, SCALE, time.strftime('%Y-%m-%d')))
    only = set(a.only or ())
    ebpf = ebpf_works() if not only or only & {'ebpf', 'systemwide', 'drops'} else False
    if not ebpf and (not only or only & {'ebpf', 'systemwide', 'drops'}):
        out()
        out('No eBPF rows: `sctrace --backend=ebpf` does not run here.')
    elif ebpf:
        others = foreign_bpf_links()
        if others:
            out()
            out('Note: %d BPF links of other programs were attached when this run began (they cost every '
                'syscall of every row, untraced too).' % others)
    # a workload named in --only gets every row; --only ebpf adds writeloop, tar
    # and gcc with just untraced, the eBPF rows and the BPF floors
    selected = [w for w in workloads() if not only or w[0] in only or ('ebpf' in only and ebpf and w[0] in EBPF)]
    if selected:
        out()
        out('| workload | tracer | wall s | x untraced | x strace | tracer peak RSS MiB |')
        out('|---|---|---:|---:|---:|---:|')
    ebpf_res = []   # (key, desc, {name: (wall, lost)}) for the floor table and the targets
    outfile = os.path.join(tmp, EBPF_OUT)
    errfile = os.path.join(tmp, 'ebpf.err')
    for key, desc, cmd in selected:
        run_once(cmd)   # warm the page cache and the binaries; not counted
        full = not only or key in only
        configs = tracers() + (floors() if key in FLOOR else []) + (record_tracer(tmp) if key in RECORD else []) \
            if full else [('untraced', None)]
        bpf_names = set()
        if ebpf:
            extra = ebpf_tracers(tmp) + bpf_floors()
            bpf_names = {name for name, _ in extra}
            configs += extra
        # interleaved: a slow spell of the machine hits every configuration alike
        walls = {name: [] for name, _ in configs}
        peaks = {name: 0 for name, _ in configs}
        lost = {name: [] for name, _ in configs}
        for _ in range(RUNS):
            for name, prefix in configs:
                is_ebpf = name in bpf_names and prefix[0] == SCTRACE
                w, p = run_once((prefix or []) + cmd, err=errfile if is_ebpf else None)
                walls[name].append(w)
                peaks[name] = max(peaks[name], p)
                if is_ebpf:
                    lost[name].append(lost_records(errfile))
                for f in (outfile, errfile):   # not timed
                    if os.path.exists(f):
                        os.unlink(f)
        res = {name: (statistics.median(walls[name]), peaks[name]) for name, _ in configs}
        base = res['untraced'][0]
        ref = res['strace -f'][0] if 'strace -f' in res else None
        for name, _ in configs:
            w, p = res[name]
            rss = '-' if name == 'untraced' else '%.1f' % (p / 1024)
            out('| %s | %s | %.3f | %s | %s | %s |' % (desc, name, w, fmt_ratio(w / base),
                                                    fmt_ratio(w / ref) if ref else '-', rss))
        if bpf_names:
            ebpf_res.append((key, desc, syscalls_of(cmd, tmp), {name: (res[name][0], max(lost[name]) if lost[name] else None)
                                         for name in ['untraced'] + [n for n, _ in configs if n in bpf_names]}))
    if ebpf_res:
        ebpf_tables(out, ebpf_res, startup_costs(tmp))
    if ebpf and (not only or only & {'ebpf', 'systemwide'}):
        systemwide_section(out, tmp)
    if ebpf and (not only or only & {'ebpf', 'drops'}):
        drops_section(out, tmp)
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
