#!/usr/bin/env python3
"""stdiff.py - run a command under strace (the oracle) and under sctrace with the
same options, normalise both traces and compare them line by line.

Normalisation masks what legitimately differs between two runs: pids (renamed
P1, P2...: the first process, then children in the order their parents made
them; also inside values, but only where a pid is
printed: pid arguments and results, si_pid= and the like, /proc/N; a length that
happens to equal a pid is left alone), addresses and other
ASLR-dependent hex numbers, random bytes, times (timespec values, CPU
ticks in siginfo, date comments), and the way two threads' lines were
split by "<unfinished ...>" (lines are re-joined per thread and compared
per thread, in order, threads paired by their labels; SIGCHLD lines and signals sent by another process,
whose place depends on timing, are compared as a set, each with the handler's
rt_sigreturn right after it).

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

# Where a pid is printed.  Only numbers in these places are renamed: any other
# number (a length, a port, an injected return value) that happens to equal a pid
# of one run is a value like any other.
#   arguments: syscall -> indices of its pid-valued arguments
PID_ARGS = {
    'kill': (0,), 'tkill': (0,), 'tgkill': (0, 1), 'rt_sigqueueinfo': (0,),
    'rt_tgsigqueueinfo': (0, 1), 'wait4': (0,), 'waitpid': (0,), 'waitid': (1,),
    'setpgid': (0, 1), 'getpgid': (0,), 'getsid': (0,), 'kcmp': (0, 1),
    'pidfd_open': (0,), 'process_vm_readv': (0,), 'process_vm_writev': (0,),
    'ptrace': (1,), 'prlimit64': (0,), 'get_robust_list': (0,),
    'migrate_pages': (0,), 'move_pages': (0,), 'perf_event_open': (1,),
    'getpriority': (1,), 'setpriority': (1,), 'ioprio_get': (1,), 'ioprio_set': (1,),
    'sched_setaffinity': (0,), 'sched_getaffinity': (0,), 'sched_setscheduler': (0,),
    'sched_getscheduler': (0,), 'sched_setparam': (0,), 'sched_getparam': (0,),
    'sched_setattr': (0,), 'sched_getattr': (0,), 'sched_rr_get_interval': (0,),
    'futex': (2,),          # FUTEX_WAIT on a thread's tid word: pthread_join
}
#   ... and where the command says so (an argument of the call matches)
PID_ARGS_IF = {'fcntl': (re.compile(r'\bF_SETOWN\b'), (2,)), 'fcntl64': (re.compile(r'\bF_SETOWN\b'), (2,))}
#   results: calls that return a pid (rt_sigreturn restores whatever the interrupted
#   call had returned, a pid if it was one)
PID_RESULT = {'getpid', 'gettid', 'getppid', 'getpgrp', 'getpgid', 'getsid', 'setsid',
              'set_tid_address', 'clone', 'clone2', 'clone3', 'fork', 'vfork', 'wait4',
              'waitpid', 'rt_sigreturn', 'sigreturn'}
PID_RESULT_IF = {'fcntl': re.compile(r'F_GETOWN\b'), 'fcntl64': re.compile(r'F_GETOWN\b'),
                 'semctl': re.compile(r'\bGETPID\b')}
#   ioctls whose argument is [pid]
PID_IOCTL = re.compile(r'\b(?:TIOCSPGRP|TIOCGPGRP|TIOCGSID|FIOSETOWN|FIOGETOWN|SIOCSPGRP|SIOCGPGRP)\b')
#   anywhere in a line: struct fields, -y pidfd and netlink port ids, /proc paths, messages
PID_PLACES = re.compile(r'(?:\b(?:si_pid|pid|l_pid|tid|shm_cpid|shm_lpid|msg_lspid|msg_lrpid|'
                        r'sigev_notify_thread_id|nl_pid)=|\b(?:parent_tid|child_tid)=\[|<pid:|'
                        r'<NETLINK:\[[A-Z0-9_]+:|/proc/(?:\d+/task/)?|Cannot fetch .* from pid |'
                        r'Process )(-?)(\d+)(?!\d)')
CALL = re.compile(r'^(?:\[[0-9a-f?]{16}\] )?(?:<\.\.\. )?([a-z_0-9]+)(\(| resumed>)')
NUM_ARG = re.compile(r'(\s*-?)(\d+)(?=<[^>]*>|\s*/\*|\s*$)')

def split_args(line, i):
    """Spans of the top-level arguments of the call whose '(' is at line[i-1], and
    the index just past its ')' (None if the line ends first)."""
    spans, depth, start, q = [], 0, i, None
    j = i
    while j < len(line):
        c = line[j]
        if q:
            if c == '\\':
                j += 1
            elif c == q:
                q = None
        elif c == '"':
            q = c
        elif c in '([{':
            depth += 1
        elif c in ')]}':
            if depth == 0:
                spans.append((start, j))
                return spans, j + 1
            depth -= 1
        elif c == ',' and depth == 0:
            spans.append((start, j))
            start = j + 1
        j += 1
    return spans, None

def rename_pids(line, pidmap):
    edits = []          # (start, end) of pid-valued arguments and results
    c = CALL.match(line)
    if c:
        name, args_at = c.group(1), c.end()
        spans, end = split_args(line, args_at) if c.group(2) == '(' else ([], None)
        which = PID_ARGS.get(name, ())
        if name in PID_ARGS_IF and PID_ARGS_IF[name][0].search(line):
            which = PID_ARGS_IF[name][1]
        for k in which:
            if k < len(spans):
                a, b = spans[k]
                m = NUM_ARG.match(line, a, b)
                if m:
                    edits.append((m.start(2), m.end(2)))
        if name == 'ioctl' and len(spans) > 2 and PID_IOCTL.search(line, *spans[1]):
            m = re.compile(r'\[(-?)(\d+)\]').search(line, *spans[2])
            if m:
                edits.append((m.start(2), m.end(2)))
        cond = PID_RESULT_IF.get(name)
        if name in PID_RESULT or (cond and cond.search(line)):
            m = re.compile(r'\s+= (\d+)(?!\d)').search(line, end if end else args_at)
            if m:
                edits.append((m.start(1), m.end(1)))
    for s, e in sorted(edits, reverse=True):
        v = line[s:e]
        line = line[:s] + pidmap.get(v, v) + line[e:]
    # the fields and places: group 2 is the number
    return PID_PLACES.sub(lambda m: m.group(0)[:m.start(2) - m.start(0)] + pidmap.get(m.group(2), m.group(2)), line)

def normalise(line, pidmap):
    # -yy socket descriptions: inode numbers and ephemeral ports change from run to run
    line = re.sub(r'<([A-Z][A-Za-z0-9-]*):\[\d+(?=[\]\-,])', r'<\1:[INODE', line)
    line = re.sub(r'(<UNIX[A-Z-]*:\[INODE)->\d+', r'\1->INODE', line)
    line = re.sub(r'((?:\d+\.){3}\d+|\[[0-9a-f:.]+\]):' + EPHEMERAL + r'\b', r'\1:PORT', line)
    line = re.sub(r'htons\(' + EPHEMERAL + r'\)', 'htons(PORT)', line)
    # -Y: the tracer's own command name (a child is the tracer's fork until it execs)
    line = re.sub(r'<s?c?trace>', '<TRACER>', line)
    if line.startswith(' | ') and not line.startswith(' | <'):
        return line                       # -e read=/write= hex dump: offsets and bytes only
    line = rename_pids(line, pidmap)
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
    # bpf(2): object ids the kernel hands out (each run makes new ones) and load times
    if re.match(r'(?:<\.\.\. )?bpf[( ]', line):
        line = re.sub(r'\b(id|map_id|prog_id|btf_id|link_id|next_id)=(\d+ => )?\d+', r'\1=\2ID', line)
        line = re.sub(r'map_ids=\[[\d, ]*\]', 'map_ids=[IDS]', line)
        line = re.sub(r'load_time=\d+', 'load_time=T', line)
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
RT_SIGRETURN = re.compile(r'^((?:\[IP\] )?rt_sigreturn\(.*\)) += ')

def compare(a_lines, b_lines, multi):
    pa, oa = split_by_pid(a_lines, multi)
    pb, ob = split_by_pid(b_lines, multi)
    mapa = pid_map(pa, oa)
    mapb = pid_map(pb, ob)
    # processes are paired by their labels (the first, then children in the order
    # their parents made them), not by when each first appears: with records sent at
    # a call's exit, a vfork child's first line can come before an earlier child's
    def by_label(order, m):
        return sorted(order, key=lambda p: (1, int(m[p][1:])) if p in m else (0, order.index(p)))
    oa, ob = by_label(oa, mapa), by_label(ob, mapb)
    total = same = 0
    diffs = []
    for i in range(max(len(oa), len(ob))):
        sa = [norm_unit(l, mapa) for l in pa[oa[i]]] if i < len(oa) else []
        sb = [norm_unit(l, mapb) for l in pb[ob[i]]] if i < len(ob) else []
        # where a signal from elsewhere lands between a process's syscalls is timing:
        # SIGCHLD, and any signal another process sent (a clone child's exit signal,
        # kill from a child); compare those as a multiset.  Self-sent ones keep their place.
        me = mapa.get(oa[i], 'P%d' % (i + 1)) if i < len(oa) else mapb.get(ob[i], 'P%d' % (i + 1))
        def asynchronous(l):
            if not l.startswith('--- SIG'):
                return False
            m = SI_PID.search(l)
            return l.startswith('--- SIGCHLD ') or (m is not None and m.group(1) != me)
        # (with -k, where such a signal found the thread is timing too: its frames are left out)
        # A handler's rt_sigreturn right after such a signal goes with it: its place is
        # timing, and so is its value (what the interrupted call had returned).
        def split(seq):
            sync, sig = [], []
            for l in seq:
                if sig and sig[-1][1] and RT_SIGRETURN.match(l):
                    sig[-1] = (sig[-1][0] + ' ; ' + RT_SIGRETURN.match(l).group(1), False)
                elif asynchronous(l):
                    sig.append((l.split('\n')[0], True))
                else:
                    if sig:
                        sig[-1] = (sig[-1][0], False)
                    sync.append(l)
            return sync, [x for x, _ in sig]
        sa, ca = split(sa)
        sb, cb = split(sb)
        common = sum(min(ca.count(x), cb.count(x)) for x in set(ca))
        total += max(len(ca), len(cb))
        same += common
        if common < max(len(ca), len(cb)):
            diffs.append((me, sorted(ca), sorted(cb)))
        sm = difflib.SequenceMatcher(None, sa, sb, autojunk=False)
        matched = sum(bl.size for bl in sm.get_matching_blocks())
        total += max(len(sa), len(sb))
        same += matched
        for tag, i1, i2, j1, j2 in sm.get_opcodes():
            if tag != 'equal':
                diffs.append((me, sa[i1:i2], sb[j1:j2]))
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
