#!/usr/bin/env python3
"""stdiff.py - run a command under strace (the oracle) and under sctrace with the
same options, normalise both traces and compare them line by line.

Normalisation masks what legitimately differs between two runs: pids (renamed
P1, P2... in order of appearance, also inside values), addresses and other
ASLR-dependent hex numbers, random bytes, times (timespec values, CPU
ticks in siginfo, date comments), and the way two threads' lines were
split by "<unfinished ...>" (lines are re-joined per thread and compared
per thread, in order; SIGCHLD lines and signals sent by another process,
whose place depends on timing, are compared as a set).

Usage: stdiff.py [--sctrace PATH] [--opts "-f -s 64"] [--min-pct N] [-v] -- CMD...
--strace and --sctrace may carry options ("sctrace --backend=ptrace" as the
oracle and "sctrace --backend=ebpf" compares the two backends).
Exit status: 0 if the identical share is >= --min-pct (default 100), else 1.
"""
import argparse, os, re, shlex, subprocess, sys, tempfile, difflib

def run(tracer, opts, cmd, out, cwd, env, stdin_data):
    args = tracer + opts + ['-o', out, '--'] + cmd
    try:
        # the traced command never inherits our stdin: allsyscalls even lseek()s fd 0
        p = subprocess.run(args, cwd=cwd, env=env, input=stdin_data,
                           stdin=None if stdin_data is not None else subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120)
    except subprocess.TimeoutExpired:
        return None, b'timeout'
    return p.returncode, p.stderr

LINE_PID = re.compile(r'^(\d+)(?:<[^ ]*>)?\s+')   # -Y: 42<sh>
RESUMED = re.compile(r'^(?:\[[0-9a-f?]{16}\] )?<\.\.\. (\S+) resumed>(.*)$')
STACK = ' > '   # -k: a frame line; the frames are one unit with the line before them

def split_by_pid(lines, multi):
    """Return {pid: [lines]} with unfinished/resumed pairs joined."""
    per = {}
    order = []
    last = '0'
    for ln in lines:
        pid = '0'
        if multi and ln.startswith(STACK):
            pid = last
        elif multi:
            m = LINE_PID.match(ln)
            if m:
                pid = m.group(1)
                ln = ln[m.end():]
        last = pid
        if pid not in per:
            per[pid] = []
            order.append(pid)
        seq = per[pid]
        if ln.startswith(STACK) and seq:
            seq[-1] += '\n' + ln   # compared (and moved, for a signal) with its line
            continue
        m = RESUMED.match(ln)
        if m and seq and seq[-1].endswith(' <unfinished ...>'):
            seq[-1] = seq[-1][:-len(' <unfinished ...>')] + m.group(2)
            continue
        seq.append(ln)
    return per, order

HEXADDR = re.compile(r'0x[0-9a-f]{6,}')
ALIGN = re.compile(r'\) +(= .*)$')

EPHEMERAL = r'(?:3[2-9]\d{3}|[4-6]\d{4})'   # ports the kernel picks for bind(0)/connect

def normalise(line, pidmap):
    # -yy socket descriptions: inode numbers and ephemeral ports change from run to run
    line = re.sub(r'<([A-Z][A-Za-z0-9-]*):\[\d+(?=[\]\-,])', r'<\1:[INODE', line)
    line = re.sub(r'(<UNIX[A-Z-]*:\[INODE)->\d+', r'\1->INODE', line)
    line = re.sub(r'((?:\d+\.){3}\d+|\[[0-9a-f:.]+\]):' + EPHEMERAL + r'\b', r'\1:PORT', line)
    line = re.sub(r'htons\(' + EPHEMERAL + r'\)', 'htons(PORT)', line)
    # -Y: the tracer's own command name (a child is the tracer's fork until it execs)
    line = re.sub(r'<s?c?trace>', '<TRACER>', line)
    # pids inside values
    def pid_sub(m):
        return pidmap.get(m.group(0), m.group(0))
    if line.startswith(' | ') and not line.startswith(' | <'):
        return line                       # -e read=/write= hex dump: offsets and bytes only
    # (not a factor of strace's N*1024 sizes: a pid that happens to be 1024 is no reason to rename it)
    line = re.sub(r'(?<![\w.*])\d{2,7}(?![\w.*])', pid_sub, line)
    line = HEXADDR.sub('0xADDR', line)
    line = re.sub(r'^\[[0-9a-f]{16}\] ', '[IP] ', line)   # -i (not "[????????????????]")
    line = re.sub(r'getrandom\("[^"]*"', 'getrandom("RANDOM"', line)
    line = re.sub(r'loads=\[[^\]]*\]', 'loads=T', line)   # load averages: an array
    line = re.sub(r'(tv_sec|tv_nsec|tv_usec|uptime|freeram|bufferram|sharedram|freeswap|procs|loads|st_atime|st_atime_nsec|stx_atime|si_utime|si_stime)=[^,}]*', r'\1=T', line)
    line = re.sub(r' /\* \d{4}-\d\d-\d\dT[^*]*\*/', ' /* DATE */', line)   # clock-dependent dates
    # time(2): the two runs may fall in different seconds
    if re.match(r'(?:<\.\.\. )?time[( ]', line):
        line = re.sub(r'\b\d{10}\b', 'EPOCH', line)
        line = re.sub(r'\(\d{4}-\d\d-\d\dT[^)]*\)$', '(DATE)', line)
    line = re.sub(r'(pipe|socket|anon_inode|net):\[\d+\]', r'\1:[INODE]', line)   # -y inode numbers
    line = ALIGN.sub(r') \1', line)          # alignment depends on pid width
    return line

def norm_unit(unit, pidmap):
    """A line and the -k frame lines joined to it, each normalised."""
    return '\n'.join(normalise(l, pidmap) for l in unit.split('\n'))

def load(path):
    with open(path, 'r', errors='replace') as f:
        return [l.rstrip('\n') for l in f]

PID_RET = re.compile(r'^(?:\[[0-9a-f?]{16}\] )?(?:getpid|gettid|getppid|getpgrp|getsid|setsid|set_tid_address|clone|clone3|fork|vfork|wait4|waitid)\(.*\) += (\d+)')
PID_FIELD = re.compile(r'(?:(?:si_pid|pid|l_pid)=|Cannot fetch .* from pid )(\d+)')   # -e write= dumps name the tracee

CHILD_RET = re.compile(r'^(?:\[[0-9a-f?]{16}\] )?(?:clone|clone3|fork|vfork)\(.*\) += (\d+)')

def pid_map(per, order):
    """Label pids (line prefixes and pid-valued results): the first process, then the
    children in the order their parents made them (each process's own lines are in a
    fixed order; which of two concurrent children prints first is not), then the rest
    in order of appearance."""
    m = {}
    def add(p):
        if p not in m:
            m[p] = 'P%d' % (len(m) + 1)
    queue = order[:1]
    for p in queue:
        add(p)
        for l in per.get(p, []):
            r = CHILD_RET.match(l)
            if r and r.group(1) not in m:
                add(r.group(1))
                queue.append(r.group(1))
    for p in order:
        add(p)
    for p in order:
        for l in per[p]:
            r = PID_RET.match(l)
            if r:
                add(r.group(1))
            for f in PID_FIELD.findall(l):
                add(f)
    m.pop('0', None)
    return m

SI_PID = re.compile(r'si_pid=(P\d+)')

def compare(a_lines, b_lines, multi):
    pa, oa = split_by_pid(a_lines, multi)
    pb, ob = split_by_pid(b_lines, multi)
    mapa = pid_map(pa, oa)
    mapb = pid_map(pb, ob)
    total = same = 0
    diffs = []
    for i in range(max(len(oa), len(ob))):
        sa = [norm_unit(l, mapa) for l in pa[oa[i]]] if i < len(oa) else []
        sb = [norm_unit(l, mapb) for l in pb[ob[i]]] if i < len(ob) else []
        # where a signal from elsewhere lands between a process's syscalls is timing:
        # SIGCHLD, and any signal another process sent (a clone child's exit signal,
        # kill from a child); compare those as a multiset.  Self-sent ones keep their place.
        me = 'P%d' % (i + 1)
        def asynchronous(l):
            if not l.startswith('--- SIG'):
                return False
            m = SI_PID.search(l)
            return l.startswith('--- SIGCHLD ') or (m is not None and m.group(1) != me)
        # (with -k, where such a signal found the thread is timing too: its frames are left out)
        ca = [l.split('\n')[0] for l in sa if asynchronous(l)]
        cb = [l.split('\n')[0] for l in sb if asynchronous(l)]
        sa = [l for l in sa if not asynchronous(l)]
        sb = [l for l in sb if not asynchronous(l)]
        common = sum(min(ca.count(x), cb.count(x)) for x in set(ca))
        total += max(len(ca), len(cb))
        same += common
        if common < max(len(ca), len(cb)):
            diffs.append(('P%d' % (i + 1), sorted(ca), sorted(cb)))
        sm = difflib.SequenceMatcher(None, sa, sb, autojunk=False)
        matched = sum(bl.size for bl in sm.get_matching_blocks())
        total += max(len(sa), len(sb))
        same += matched
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag != 'equal':
                diffs.append(('P%d' % (i + 1), sa[i1:i2], sb[j1:j2]))
    return total, same, diffs

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sctrace', default=os.path.join(os.path.dirname(__file__), '..', '..', 'sctrace'))
    ap.add_argument('--strace', default='strace')
    ap.add_argument('--opts', default='-f -s 64')
    ap.add_argument('--min-pct', type=float, default=100.0)
    ap.add_argument('--cwd', default=None)
    ap.add_argument('--stdin', default=None, help='file fed to the command on stdin')
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('--max-diffs', type=int, default=20)
    ap.add_argument('cmd', nargs='+')
    a = ap.parse_args()
    opts = a.opts.split()
    multi = '-f' in opts or '-ff' in opts
    stdin_data = open(a.stdin, 'rb').read() if a.stdin else None
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as d:
        sa = shlex.split(a.strace)
        sb = shlex.split(a.sctrace)
        sb[0] = os.path.abspath(sb[0])
        ra, ea = run(sa, opts, a.cmd, os.path.join(d, 'a'), a.cwd, env, stdin_data)
        rb, eb = run(sb, opts, a.cmd, os.path.join(d, 'b'), a.cwd, env, stdin_data)
        if rb is None:
            print('FAIL sctrace timed out: %s' % ' '.join(a.cmd))
            return 1
        if ra != rb:
            print('exit status differs: strace %s, sctrace %s' % (ra, rb))
        total, same, diffs = compare(load(os.path.join(d, 'a')), load(os.path.join(d, 'b')), multi)
    pct = 100.0 * same / total if total else 100.0
    ok = pct >= a.min_pct and ra == rb
    print('%s %.1f%% identical (%d/%d lines): %s' % ('ok' if ok else 'FAIL', pct, same, total, ' '.join(a.cmd)))
    if a.verbose or not ok:
        for pid, la, lb in diffs[:a.max_diffs]:
            for l in la:
                print('  strace  %s: %s' % (pid, l[:300]))
            for l in lb:
                print('  sctrace %s: %s' % (pid, l[:300]))
            print('  --')
    return 0 if ok else 1

if __name__ == '__main__':
    sys.exit(main())
