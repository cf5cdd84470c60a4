# --json, live: every line of every run must be valid against
# docs/trace-event.schema.json (tests/json_validate.py), and mean what the
# run did: syscall names match their numbers (src/decode/syscalls.tbl),
# timestamps are now, -e/-Z/-s/-v/-yy shape the lines, -f shows the children's
# attach/exec/exit (and a leader superseded by a thread's execve leaves its
# syscall "unfinished"), -p shows attach and detach for every thread, and the
# options that do not mix with --json are refused with one line.
# The checks are python3 (json module) in $T/check.py, one scenario per run.
. "$(dirname "$0")/lib.sh"

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
VALIDATE="$ROOT/tests/json_validate.py"
TBL="$ROOT/src/decode/syscalls.tbl"

# validate FILE: schema-valid JSON Lines, at least one line
validate() {
	[ -s "$1" ] || fail "$1: no JSON output"
	/usr/bin/python3 "$VALIDATE" --max-failures 10 "$1" >"$T/validate.out" 2>&1 ||
		{ cat "$T/validate.out"; fail "$1: invalid JSON Lines"; }
}

# check SCENARIO FILE [ARGS...]: meaning, by the python checker below
check() {
	python3 "$T/check.py" "$@" || fail "check $1 on $2"
}

cat >"$T/check.py" <<'EOF'
import errno, json, os, signal, sys, time

SCEN, FILE = sys.argv[1], sys.argv[2]
ARGS = sys.argv[3:]
problems = []

def bad(msg):
    problems.append(msg)

# the syscall table: number -> (name, classes)
TABLE = {}
with open(os.environ["TBL"]) as f:
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        w = line.split()
        TABLE[int(w[0])] = (w[1], set(w[3].split(",")) if len(w) > 3 and w[3] != "-" else set())

KERNEL_ERRNO = {"ERESTARTSYS": 512, "ERESTARTNOINTR": 513, "ERESTARTNOHAND": 514,
                "ENOIOCTLCMD": 515, "ERESTART_RESTARTBLOCK": 516}
RESTART = {512, 513, 514, 516}

def load(path):
    evs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            ev = json.loads(line)
            ev["_line"] = n
            evs.append(ev)
    return evs

def where(ev):
    return "%s:%d" % (os.path.basename(FILE), ev["_line"])

def common(evs):
    now = time.time_ns()
    offset = None
    last_entry = {}      # tid -> rel_ns of its last syscall line
    pid_of = {}          # tid -> pid
    ended = {}           # tid -> line of its exit/detach
    superseding = set()
    for ev in evs:
        w, ty = where(ev), ev["type"]
        ts = ev["ts"]
        if not (isinstance(ts, str) and ts.isdigit()):
            bad("%s: ts %r is not a string of digits" % (w, ts)); continue
        if abs(int(ts) - now) > 60 * 10**9:
            bad("%s: ts %s is not within 60 s of now (%d)" % (w, ts, now))
        # ts and rel_ns are the same clock: ts - rel_ns is the start of the trace
        if ev["rel_ns"] > 0:
            o = int(ts) - ev["rel_ns"]
            if offset is None:
                offset = o
            elif o != offset:
                bad("%s: ts - rel_ns = %d, earlier lines %d" % (w, o, offset))
        if "tid" not in ev:
            continue
        tid, pid = ev["tid"], ev["pid"]
        if pid_of.setdefault(tid, pid) != pid:
            bad("%s: tid %d has pid %d, earlier %d" % (w, tid, pid, pid_of[tid]))
        if tid in ended:
            bad("%s: %s event for tid %d after its exit/detach on line %d" % (w, ty, tid, ended[tid]))
        if ty in ("exit", "detach"):
            ended[tid] = ev["_line"]
        if ty == "exec" and ev["old_tid"] != tid:
            # a thread exec'd and took this tid: until its execve line, this
            # tid's lines are of two threads (the superseded leader's
            # unfinished syscall, the exec'ing thread's execve)
            superseding.add(tid)
        if ty == "syscall":
            nr, name = ev["nr"], ev["name"]
            want = TABLE.get(nr, ("syscall_%#x" % nr,))[0]
            if name != want:
                bad("%s: name %r for nr %d, the table says %r" % (w, name, nr, want))
            # lines come at exit, ts is the entry: in order per thread only
            if tid in superseding:
                if name == "execve":
                    superseding.discard(tid)
                    last_entry[tid] = ev["rel_ns"]
            else:
                if ev["rel_ns"] < last_entry.get(tid, -1):
                    bad("%s: rel_ns %d of tid %d before its previous syscall's %d" %
                        (w, ev["rel_ns"], tid, last_entry[tid]))
                last_entry[tid] = ev["rel_ns"]
            ret, en = ev["ret"], ev.get("errno")
            if en is not None:
                nr_ = ev["errno_nr"]
                if en in KERNEL_ERRNO:
                    ok = KERNEL_ERRNO[en] == nr_
                else:
                    ok = getattr(errno, en, nr_) == nr_
                if not ok:
                    bad("%s: errno %s with errno_nr %d" % (w, en, nr_))
                if not (ret == -1 or (ret is None and nr_ in RESTART)):
                    bad("%s: errno %s but ret %r" % (w, en, ret))
            elif ret == -1:
                bad("%s: ret -1 without errno" % w)
            if ev.get("unfinished"):
                if ret is not None or "dur_ns" in ev or en is not None:
                    bad("%s: unfinished line with a result" % w)
            elif "dur_ns" not in ev:
                bad("%s: finished syscall without dur_ns" % w)
        elif ty in ("signal", "stop"):
            try:
                want = signal.Signals(ev["signo"]).name
            except ValueError:
                want = None
            if want and ev["sig"] != want:
                bad("%s: sig %s for signo %d" % (w, ev["sig"], ev["signo"]))
            si = ev.get("siginfo")
            if isinstance(si, dict) and "si_signo" in si and si["si_signo"].get("value") != ev["signo"]:
                bad("%s: siginfo.si_signo %r, signo %d" % (w, si["si_signo"], ev["signo"]))
        elif ty == "exit":
            st = ev["status"]
            if "code" in ev:
                if st != ev["code"] << 8:
                    bad("%s: status %d with code %d" % (w, st, ev["code"]))
            else:
                if signal.Signals(st & 0x7f).name != ev["killed"] or bool(st & 0x80) != ev["core"]:
                    bad("%s: status %d, killed %s core %s" % (w, st, ev["killed"], ev["core"]))

def sc(evs, name=None, tid=None):
    return [e for e in evs if e["type"] == "syscall" and (name is None or e["name"] == name)
            and (tid is None or e["tid"] == tid)]

def of(evs, ty):
    return [e for e in evs if e["type"] == ty]

def shown(text, limit=32):
    """a string argument as -s LIMIT shows it"""
    b = text.encode()
    return text if len(b) <= limit else {"str": b[:limit].decode(), "truncated": True}

def first_execve(evs, path, argv0=None):
    ex = sc(evs, "execve")
    if not ex:
        bad("no execve line"); return None
    e = ex[0]
    a = e["args"]
    if a.get("filename") != path:
        bad("%s: execve filename %r, want %r" % (where(e), a.get("filename"), path))
    if not isinstance(a.get("argv"), list) or not a["argv"]:
        bad("%s: execve argv %r is not a non-empty list" % (where(e), a.get("argv")))
    elif argv0 is not None and a["argv"][0] != argv0:
        bad("%s: execve argv[0] %r, want %r" % (where(e), a["argv"][0], argv0))
    if e["ret"] != 0 or e["tid"] != e["pid"]:
        bad("%s: first execve ret %r tid %d pid %d" % (where(e), e["ret"], e["tid"], e["pid"]))
    return e

def strings(v):
    """every string value (plain or object form) inside a decoded value"""
    if isinstance(v, dict):
        if "str" in v or "hex" in v:
            yield v
        for x in v.values():
            if isinstance(x, (dict, list)):
                yield from strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from strings(x)

evs = load(FILE)
common(evs)

if SCEN == "pipeline":          # sh -c 'ls / | wc -l' with -f
    root = first_execve(evs, ARGS[0], "sh")
    if root and root["args"]["argv"] != ["sh", "-c", "ls / | wc -l"]:
        bad("sh argv %r" % root["args"]["argv"])
    rootpid = root["pid"] if root else 0
    byargv = {tuple(e["args"]["argv"]): e for e in sc(evs, "execve") if isinstance(e["args"]["argv"], list)}
    kids = set()
    for argv, base in ((("ls", "/"), "ls"), (("wc", "-l"), "wc")):
        e = byargv.get(argv)
        if not e:
            bad("no execve with argv %r" % (argv,)); continue
        if os.path.basename(e["args"]["filename"]) != base or e["ret"] != 0 or e["pid"] == rootpid:
            bad("%s: execve of %s: %r" % (where(e), base, e))
        kids.add(e["pid"])
    att = {e["tid"] for e in of(evs, "attach")}
    if att != kids:
        bad("attach events for %s, the children are %s" % (sorted(att), sorted(kids)))
    ex = of(evs, "exec")
    if {e["pid"] for e in ex} != kids | {rootpid} or any(e["old_tid"] != e["tid"] for e in ex):
        bad("exec events %r" % [(e["pid"], e["old_tid"]) for e in ex])
    exits = {e["pid"]: e for e in of(evs, "exit")}
    if set(exits) != kids | {rootpid} or any(e.get("code") != 0 for e in exits.values()):
        bad("exit events %r" % exits)
    if evs[-1]["type"] != "exit" or evs[-1]["pid"] != rootpid:
        bad("the last line is not the exit of sh: %r" % evs[-1])
    chld = {e["siginfo"]["si_pid"] for e in of(evs, "signal") if e["sig"] == "SIGCHLD" and e["pid"] == rootpid}
    # (SIGCHLD does not queue: two children's exits may make one signal)
    if not chld or not chld <= kids:
        bad("SIGCHLD for %s, the children are %s" % (sorted(chld), sorted(kids)))
    lspid = byargv.get(("ls", "/"), {}).get("pid")
    wcpid = byargv.get(("wc", "-l"), {}).get("pid")
    if not any(e["args"].get("fd") == 1 and isinstance(e["ret"], int) and e["ret"] > 0
               for e in sc(evs, "write") if e["pid"] == lspid):
        bad("no write to fd 1 by ls")
    if not any(e["args"].get("fd") == 0 and isinstance(e["ret"], int) and e["ret"] > 0
               for e in sc(evs, "read") if e["pid"] == wcpid):
        bad("no read from fd 0 by wc")

elif SCEN == "threads_exec":    # a thread execs /bin/sh -c 'exit 5'
    root = first_execve(evs, ARGS[0], shown(ARGS[0]))
    leader = root["pid"] if root else 0
    att = of(evs, "attach")
    if len(att) != 1 or att[0]["pid"] != leader or att[0]["tid"] == leader:
        bad("attach events %r, want one for the thread" % att)
    thread = att[0]["tid"] if att else 0
    ex = [e for e in of(evs, "exec") if e["old_tid"] != e["tid"]]
    if len(ex) != 1 or ex[0]["old_tid"] != thread or ex[0]["tid"] != leader or ex[0]["pid"] != leader:
        bad("exec events %r, want one with old_tid %d tid %d" % (of(evs, "exec"), thread, leader))
    sh = [e for e in sc(evs, "execve") if e["args"].get("filename") == "/bin/sh"]
    if len(sh) != 1 or sh[0]["args"]["argv"] != ["sh", "-c", "exit 5"] or sh[0]["ret"] != 0 \
            or sh[0]["tid"] != leader:
        bad("execve of /bin/sh: %r" % sh)
    if ex and sh and sh[0]["_line"] < ex[0]["_line"]:
        bad("the execve line comes before the exec event")
    exits = of(evs, "exit")
    if len(exits) != 1 or exits[0]["tid"] != leader or exits[0].get("code") != 5 or exits[0]["status"] != 5 << 8:
        bad("exit events %r, want code 5 of %d" % (exits, leader))
    if exits and evs[-1] is not exits[0]:
        bad("the exit is not the last line")
    eg = sc(evs, "exit_group")
    if not eg or not eg[-1].get("unfinished") or eg[-1]["args"].get("error_code") != 5:
        bad("exit_group(5) is not an unfinished line: %r" % eg[-1:])
    # the leader may be in a syscall (read, or still clone3 or rt_sigprocmask) when
    # the thread's exec supersedes it, or between two: at most one
    # unfinished line, before the execve's (exec_late makes it certain)
    if sh:
        pending = [e for e in sc(evs, tid=leader) if e.get("unfinished") and e["_line"] < sh[0]["_line"]]
        if len(pending) > 1 or (pending and pending[0]["name"] not in ARGS[1].split(",")):
            bad("the superseded leader's unfinished lines: %r" % pending)
        if ARGS[2] == "certain" and not pending:
            bad("the superseded leader's read has no line (want \"unfinished\":true)")

elif SCEN == "signals":         # tests/progs/signals
    first_execve(evs, ARGS[0], shown(ARGS[0]))
    sigs = [(e["sig"], e["siginfo"]["si_code"]["sym"]) for e in of(evs, "signal")]
    want = [("SIGUSR1", "SI_USER"), ("SIGUSR2", "SI_TKILL"), ("SIGTERM", "SI_USER"), ("SIGALRM", "SI_KERNEL")]
    if sigs != want:
        bad("signals %r, want %r" % (sigs, want))
    me = evs[0]["pid"]
    for e in of(evs, "signal"):
        if e["sig"] != "SIGALRM" and e["siginfo"].get("si_pid") != me:
            bad("%s: si_pid %r, want %d" % (where(e), e["siginfo"].get("si_pid"), me))
    kills = [e["args"]["sig"]["sym"] for e in sc(evs, "kill")]
    if kills != ["SIGUSR1", "SIGTERM"]:
        bad("kill lines %r" % kills)
    tk = sc(evs, "tgkill")
    if len(tk) != 1 or tk[0]["args"]["sig"] != {"sym": "SIGUSR2", "value": 12}:
        bad("tgkill lines %r" % tk)
    r = [e for e in sc(evs, "read") if e["args"].get("count") == 1]
    if len(r) != 1 or r[0]["ret"] is not None or r[0].get("errno") != "ERESTARTSYS" or r[0]["errno_nr"] != 512:
        bad("the read interrupted by SIGALRM: %r" % r)
    sr = sc(evs, "rt_sigreturn")
    if len(sr) != 3 or sr[-1]["ret"] != -1 or sr[-1].get("errno") != "EINTR" or sr[-1]["errno_nr"] != 4:
        bad("rt_sigreturn lines %r, the last must fail with EINTR" % sr)
    if r and sr and not (r[0]["_line"] < [e for e in of(evs, "signal") if e["sig"] == "SIGALRM"][0]["_line"] < sr[-1]["_line"]):
        bad("read / SIGALRM / rt_sigreturn are out of order")
    ex = of(evs, "exit")
    if len(ex) != 1 or ex[0].get("code") != 0 or evs[-1] is not ex[0]:
        bad("exit events %r" % ex)

elif SCEN == "net_yy":          # -yy
    first_execve(evs, ARGS[0], shown(ARGS[0]))
    kinds = set()
    for e in sc(evs, "socket"):
        p = e.get("ret_path", "")
        kinds.add(p.split(":")[0])
        if e["ret"] < 0 or not p:
            bad("%s: socket without ret_path: %r" % (where(e), e))
    for k in ("TCP", "TCPv6", "UDP", "UDPv6", "UNIX-STREAM", "UNIX", "NETLINK"):
        if k not in kinds:
            bad("no socket with ret_path %s:[...] (have %s)" % (k, sorted(kinds)))
    acc = [e for e in sc(evs) if e["name"] in ("accept", "accept4")]
    if not acc or not all("->" in e.get("ret_path", "") for e in acc):
        bad("accept lines without a connected endpoint: %r" % acc)
    for e in acc:
        fd = e["args"]["fd"]
        if not (isinstance(fd, dict) and isinstance(fd.get("fd"), int) and "path" in fd):
            bad("%s: accept's fd %r is not {fd, path}" % (where(e), fd))
    sp = sc(evs, "socketpair")
    if not sp or not all(isinstance(x, dict) and x.get("path", "").startswith("UNIX")
                         for e in sp for x in e["args"]["usockvec"]):
        bad("socketpair descriptors without paths: %r" % sp)
    if not any(x == {"str": "sctrace-net-yy", "abstract": True} for e in sc(evs, "bind") for x in strings(e["args"])):
        bad("no bind to an abstract UNIX name")
    pf = sc(evs, "pidfd_open")
    if not pf or pf[0].get("ret_path") != "pid:%d" % pf[0]["pid"]:
        bad("pidfd_open ret_path %r" % pf)
    dev = {e["args"]["filename"]: e.get("ret_path") for e in sc(evs, "openat") if e["ret"] != -1}
    if dev.get("/dev/null") != "/dev/null<char 1:3>" or dev.get("/dev/zero") != "/dev/zero<char 1:5>":
        bad("device ret_paths %r" % {k: v for k, v in dev.items() if k.startswith("/dev/")})
    for e in sc(evs, "openat"):
        d = e["args"]["dfd"]
        if d.get("sym") == "AT_FDCWD" and "path" not in d:
            bad("%s: AT_FDCWD without the current directory under -yy" % where(e))
    for e in sc(evs, "close"):
        fd = e["args"]["fd"]
        if e["ret"] == 0 and not (isinstance(fd, dict) and ("path" in fd or "path_hex" in fd)):
            bad("%s: close of %r without a path" % (where(e), fd))

elif SCEN == "v_s8_x":          # -v -s 8 -x on stat_stat
    root = first_execve(evs, ARGS[0])
    if root:
        a0 = root["args"]["argv"][0]
        if a0 != shown(ARGS[0], 8):
            bad("argv[0] under -s 8 is %r" % a0)
    n = 0
    for e in sc(evs):
        for s in strings(e["args"]):
            if s.get("truncated"):
                n += 1
                size = len(s["str"].encode()) if "str" in s else len(s["hex"]) // 2
                if size > 8:
                    bad("%s: truncated string of %d bytes under -s 8: %r" % (where(e), size, s))
    if n < 3:
        bad("only %d truncated strings under -s 8" % n)
    st = [e for e in sc(evs) if e["name"] in ("stat", "newfstatat", "lstat", "fstat") and e["ret"] == 0]
    if not st:
        bad("no successful stat line")
    for e in st:
        buf = e["args"].get("statbuf")
        if not isinstance(buf, dict) or "..." in buf or "st_ino" not in buf or "st_dev" not in buf:
            bad("%s: -v stat buffer is not in full: %r" % (where(e), buf))
    if not any(e["args"].get("filename") == "/etc/passwd" for e in st):
        bad("no successful stat of /etc/passwd")

elif SCEN == "abbrev":          # the same program without -v: abbreviated structs
    st = [e for e in sc(evs) if e["name"] in ("stat", "newfstatat", "lstat", "fstat") and e["ret"] == 0]
    if not st or not all(isinstance(e["args"].get("statbuf"), dict) and e["args"]["statbuf"].get("...") is True
                         for e in st):
        bad("without -v the stat buffers are not abbreviated with \"...\": %r" % st[:1])

elif SCEN == "file_failed":     # -e trace=%file -Z, cat of a missing file
    missing = ARGS[0]
    for e in sc(evs):
        if "file" not in TABLE[e["nr"]][1]:
            bad("%s: %s is not in %%file" % (where(e), e["name"]))
        if "errno" not in e:
            bad("%s: a syscall that did not fail under -Z: %r" % (where(e), e))
    if sc(evs, "execve"):
        bad("the successful execve shown under -Z")
    o = [e for e in sc(evs, "openat") if e["args"].get("filename") == missing]
    if len(o) != 1:
        bad("%d openat lines of %s" % (len(o), missing))
    else:
        e = o[0]
        if e["ret"] != -1 or e["errno"] != "ENOENT" or e["errno_nr"] != 2:
            bad("%s: failing openat is %r" % (where(e), e))
        if e["args"]["dfd"] != {"sym": "AT_FDCWD", "value": -100}:
            bad("%s: dfd %r" % (where(e), e["args"]["dfd"]))
        fl = e["args"]["flags"]
        if fl != {"or": [{"enum": "O_RDONLY", "value": 0}]}:
            bad("%s: flags %r" % (where(e), fl))
    ex = of(evs, "exit")
    if len(ex) != 1 or ex[0].get("code") != 1:
        bad("exit events %r, want code 1" % ex)

elif SCEN == "names":           # -e trace=openat,read,write,close,execve
    want = {"openat": 257, "read": 0, "write": 1, "close": 3, "execve": 59}
    seen = set()
    for e in sc(evs):
        if want.get(e["name"]) != e["nr"]:
            bad("%s: %s nr %d outside -e trace=%s" % (where(e), e["name"], e["nr"], ",".join(want)))
        seen.add(e["name"])
    if seen != set(want):
        bad("saw %s, want all of %s" % (sorted(seen), sorted(want)))
    first_execve(evs, ARGS[0], "cat")
    if not any(e["args"]["fd"] == 2 and e["args"]["buf"] == ": No such file or directory" for e in sc(evs, "write")):
        bad("no write of cat's error message to fd 2")

elif SCEN == "same":            # two runs of the same program: same events
    other = load(ARGS[0])
    a = [(e["type"], e.get("name"), e.get("nr")) for e in evs]
    b = [(e["type"], e.get("name"), e.get("nr")) for e in other]
    if a != b:
        bad("%s and %s differ: %d and %d lines" % (FILE, ARGS[0], len(a), len(b)))

elif SCEN == "attach":          # -p busy_threads, then SIGINT
    pid, ntasks = int(ARGS[0]), int(ARGS[1])
    att = of(evs, "attach")
    det = of(evs, "detach")
    tids = {e["tid"] for e in att}
    if len(att) != ntasks or len(tids) != ntasks or pid not in tids or any(e["pid"] != pid for e in att):
        bad("attach events %r, want %d threads of %d" % ([(e["pid"], e["tid"]) for e in att], ntasks, pid))
    if {e["tid"] for e in det} != tids or len(det) != ntasks:
        bad("detach events for %s, attached %s" % (sorted(e["tid"] for e in det), sorted(tids)))
    if evs[:ntasks] != att:
        bad("the attach events are not the first lines")
    if of(evs, "exit"):
        bad("exit events after a detach: %r" % of(evs, "exit"))
    gp = sc(evs, "getppid")
    # (one may be in flight at the detach: unfinished, ret null)
    odd = [e for e in gp if e["nr"] != 110 or e["args"] != {} or
           not (e.get("unfinished") or (isinstance(e["ret"], int) and e["ret"] > 0))]
    if not gp or odd:
        bad("getppid lines %r" % (odd[:3] or "none"))
    if {e["tid"] for e in gp} != tids - {pid}:
        bad("getppid by %s, the workers are %s" % (sorted({e["tid"] for e in gp}), sorted(tids - {pid})))
    for e in sc(evs):
        if e["tid"] not in tids:
            bad("%s: syscall of tid %d, not attached" % (where(e), e["tid"]))
    # each thread's syscall in flight at the detach is an unfinished line before its detach
    for d in det:
        mine = [e for e in evs if e.get("tid") == d["tid"]]
        if mine[-1] is not d:
            bad("tid %d has lines after its detach" % d["tid"])

elif SCEN == "plain":
    pass
else:
    bad("unknown scenario %s" % SCEN)

for p in problems[:20]:
    print("json.sh: %s: %s" % (SCEN, p), file=sys.stderr)
sys.exit(1 if problems else 0)
EOF
export TBL

# ---- -f on a shell pipeline ----
"$SCTRACE" --json -f -o "$T/pipe.json" sh -c 'ls / | wc -l' >"$T/pipe.out" 2>"$T/pipe.err" ||
	fail "sh pipeline failed: $(cat "$T/pipe.err")"
grep -Eqx ' *[0-9]+' "$T/pipe.out" || fail "wc printed '$(cat "$T/pipe.out")'"
validate "$T/pipe.json"
# sctrace finds sh on PATH: the first execve is of that file
sh_path=$(python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["args"]["filename"])' \
	< <(grep -m1 '"name":"execve"' "$T/pipe.json"))
[ "$(basename "$sh_path")" = sh ] && [ -x "$sh_path" ] || fail "the first execve is of '$sh_path', not sh"
check pipeline "$T/pipe.json" "$sh_path"

# ---- -f: exec from a non-leader thread ----
"$SCTRACE" --json -f -o "$T/te.json" "$PROGS/threads_exec"; rc=$?
[ $rc -eq 5 ] || fail "threads_exec under --json: exit $rc, want 5"
validate "$T/te.json"
check threads_exec "$T/te.json" "$PROGS/threads_exec" clone3,rt_sigprocmask,read maybe
# the same, but the thread waits until the leader is surely blocked in read
cat >"$T/exec_late.c" <<'CEOF'
#include <pthread.h>
#include <unistd.h>
static void *execer(void *a)
{
	(void)a;
	usleep(200000);
	char *argv[] = { "sh", "-c", "exit 5", NULL };
	execv("/bin/sh", argv);
	return NULL;
}
int main(void)
{
	pthread_t t;
	int p[2];
	char c;
	if (pipe(p))
		return 2;
	pthread_create(&t, NULL, execer, NULL);
	(void)!read(p[0], &c, 1);
	return 1;
}
CEOF
gcc -O2 -w -pthread -o "$T/exec_late" "$T/exec_late.c" || fail "cannot build exec_late"
"$SCTRACE" --json -f -o "$T/late.json" "$T/exec_late"; rc=$?
[ $rc -eq 5 ] || fail "exec_late under --json: exit $rc, want 5"
validate "$T/late.json"
check threads_exec "$T/late.json" "$T/exec_late" read certain

# ---- -f: signals delivered, re-injected, interrupting a read ----
"$SCTRACE" --json -f -o "$T/sig.json" "$PROGS/signals" >"$T/sig.out" || fail "signals under --json: $(cat "$T/sig.out")"
grep -qx 'usr1=1 term_before=0 term=1 alrm=1 read=-1 errno=Interrupted system call' "$T/sig.out" ||
	fail "signals printed '$(cat "$T/sig.out")'"
validate "$T/sig.json"
check signals "$T/sig.json" "$PROGS/signals"

# ---- -yy: socket endpoints, devices, pidfds ----
"$SCTRACE" --json -yy -o "$T/yy.json" "$PROGS/net_yy" >/dev/null || fail "net_yy under --json -yy"
validate "$T/yy.json"
check net_yy "$T/yy.json" "$PROGS/net_yy"

# ---- -v -s 8 -x ----
"$SCTRACE" --json -v -s 8 -x -o "$T/v.json" "$PROGS/stat_stat" >/dev/null || fail "stat_stat under --json -v -s 8 -x"
validate "$T/v.json"
check v_s8_x "$T/v.json" "$PROGS/stat_stat"
"$SCTRACE" --json -o "$T/abbrev.json" "$PROGS/stat_stat" >/dev/null || fail "stat_stat under --json"
validate "$T/abbrev.json"
check abbrev "$T/abbrev.json"

# ---- -e trace=%file -Z ----
missing=$T/no-such-file
"$SCTRACE" --json -e trace=%file -Z -o "$T/z.json" cat "$missing" 2>/dev/null; rc=$?
[ $rc -eq 1 ] || fail "cat of a missing file: exit $rc, want 1"
validate "$T/z.json"
check file_failed "$T/z.json" "$missing"

# ---- -e trace=NAMES: names and numbers ----
"$SCTRACE" --json -e trace=openat,read,write,close,execve -o "$T/n.json" cat /etc/hostname "$missing" >/dev/null 2>&1
validate "$T/n.json"
check names "$T/n.json" "$(command -v cat)"

# ---- stderr instead of -o FILE: the same lines ----
"$SCTRACE" --json "$PROGS/stat_stat" >/dev/null 2>"$T/stderr.json" || fail "stat_stat with --json on stderr"
validate "$T/stderr.json"
check plain "$T/stderr.json"
check same "$T/stderr.json" "$T/abbrev.json"
# -f on stderr: the stream stays JSON Lines (attach messages are events in
# it, not text lines), with or without -q
"$SCTRACE" --json -f -q sh -c "$PROGS/exit_code exit 0 | cat" 2>"$T/fq.json" >/dev/null || fail "-f -q on stderr"
validate "$T/fq.json"
check plain "$T/fq.json"
"$SCTRACE" --json -f sh -c "$PROGS/exit_code exit 0 | cat" 2>"$T/f.json" >/dev/null || fail "-f on stderr"
if grep -v '^{' "$T/f.json" >"$T/f.text"; then cat "$T/f.text"; fail "text lines in the JSON on stderr"; fi
validate "$T/f.json"
check plain "$T/f.json"

# ---- -o |CMD and -A ----
"$SCTRACE" --json -o "|cat >$T/pipe-o.json" "$PROGS/exit_code" exit 3; rc=$?
[ $rc -eq 3 ] || fail "exit_code 3 under --json -o '|cat': exit $rc"
wait_for "grep -q '\"type\":\"exit\"' $T/pipe-o.json 2>/dev/null" || fail "no exit line through -o '|cat'"
validate "$T/pipe-o.json"
check plain "$T/pipe-o.json"
"$SCTRACE" --json -A -o "$T/pipe-o.json" "$PROGS/exit_code" exit 4; rc=$?
[ $rc -eq 4 ] || fail "exit_code 4 under --json -A: exit $rc"
validate "$T/pipe-o.json"
[ "$(grep -c '"type":"exit"' "$T/pipe-o.json")" -eq 2 ] || fail "-A did not append a second run"

# ---- -p PID: attach to every thread, SIGINT detaches ----
"$PROGS/busy_threads" 4 1000 "$T/progress" & pid=$!
wait_for "[ -s $T/progress ]" || { kill $pid; fail "busy_threads did not start"; }
"$SCTRACE" --json -p $pid -o "$T/p.json" 2>"$T/p.err" & tracer=$!
wait_for "grep -q '\"name\":\"getppid\"' $T/p.json 2>/dev/null" ||
	{ kill $tracer $pid; fail "no getppid line after attach: $(cat "$T/p.err")"; }
sleep 0.2
kill -INT $tracer
wait $tracer
p1=$(cat "$T/progress"); sleep 0.3; p2=$(cat "$T/progress")
[ "$p2" -gt "$p1" ] || fail "busy_threads made no progress after the detach: $p1 -> $p2"
wait $pid || fail "busy_threads failed after the detach"
expect_grep "$T/p.err" "^sctrace: Process $pid attached with 5 threads$"
validate "$T/p.json"
check attach "$T/p.json" $pid 5

# ---- options that do not mix with --json: one line, exit 1, nothing run ----
refused() {   # refused REGEX OPTIONS...
	local re=$1; shift
	rm -f "$T/ran"
	"$SCTRACE" "$@" -- touch "$T/ran" >"$T/r.out" 2>"$T/r.err"; local rc=$?
	[ $rc -eq 1 ] || fail "sctrace $*: exit $rc, want 1"
	[ ! -e "$T/ran" ] || fail "sctrace $* ran the command"
	[ ! -s "$T/r.out" ] || fail "sctrace $* wrote to stdout: $(cat "$T/r.out")"
	[ "$(wc -l <"$T/r.err")" -eq 1 ] || fail "sctrace $*: want one line on stderr, got: $(cat "$T/r.err")"
	grep -Eq -- "$re" "$T/r.err" || fail "sctrace $*: '$(cat "$T/r.err")' does not match /$re/"
}
refused '^sctrace: --format=json: the JSON Lines output is spelt --json' --format=json
refused '^sctrace: --json and -c/-C do not mix' --json -c
refused '^sctrace: --json and -c/-C do not mix' --json -C
refused '^sctrace: --json writes one stream; -ff is for text' --json -ff -o "$T/ff"
exit 0
