# --decode-pids=pidns (--pidns-translation), alone and with comm: a program
# that is the init of its own pid namespace (unshare -Urfp) passes and gets
# ids of several kinds; strace (the oracle) and sctrace must print the same
# lines, the numbers in the tracer's namespace masked (they differ between
# runs).  Then the same with the tracer itself in a pid namespace whose /proc
# is the outer one (unshare -Urpf), where -y must still find paths.
. "$(dirname "$0")/lib.sh"
cd "$T"

unshare -Urfp --mount-proc true 2>/dev/null || { echo "skip: no unprivileged pid namespaces"; exit 0; }

calls=kill,tgkill,getpid,getpgrp,getpgid,getsid,getppid,setpgid,wait4
# timing decides what is split or reaped when printed: split lines are joined again, and
# the lines that depend on when a process is reaped are left out
mask() { python3 -c '
import re, sys
open_by = {}
out = []
for l in open(sys.argv[1]):
    l = l.rstrip("\n")
    m = re.match(r"(\d+(?:<[^>]*>)?) +(.*)$", l)
    if not m:
        continue
    pid, rest = m.group(1).split("<")[0], m.group(2)
    r = re.match(r"<\.\.\. \S+ resumed>(.*)$", rest)
    if r and pid in open_by:
        out.append(open_by.pop(pid)[0] + r.group(1))
        continue
    if rest.endswith(" <unfinished ...>"):
        open_by[pid] = (m.group(1) + " " + rest[:-len(" <unfinished ...>")],)
        continue
    out.append(m.group(1) + " " + rest)
for l in out:
    l = re.sub(r"^\d+", "N", l)
    l = re.sub(r"\d+ in strace.s PID NS", "N in strace\x27s PID NS", l)
    l = re.sub(r"\) += ", ") = ", l)
    if not re.search(r"SIGCHLD|kill\(.*SIGTERM|\+\+\+|wait4", l):
        print(l)
' "$1" | sort; }

for wrap in "" "unshare -Urpf"; do
	# the last of -Y, --pidns-translation, --decode-pids counts, as in strace
	for opts in "--decode-pids=pidns" "--decode-pids=comm,pidns" "--pidns-translation -Y" "-Y --pidns-translation"; do
		# shellcheck disable=SC2086
		$wrap strace $opts -f -qq -e trace=$calls -o st unshare -Urfp --mount-proc "$PROGS/pidns_ids" ||
			fail "strace $opts ($wrap)"
		# shellcheck disable=SC2086
		$wrap "$SCTRACE" $opts -f -qq -e trace=$calls -o sc unshare -Urfp --mount-proc "$PROGS/pidns_ids" ||
			fail "sctrace $opts ($wrap)"
		mask st >st.m
		mask sc >sc.m
		case $opts in
		*-Y) expect_grep sc.m "kill\(2<pidns_ids>, 0\)" "$opts ($wrap): no command name" ;;
		*) expect_grep sc.m "kill\(-2 /\* N in strace's PID NS \*/, 0\)" "$opts ($wrap): nothing translated" ;;
		esac
		case $wrap$opts in
		# strace reads the command of its own pid number in the outer /proc (a
		# kernel thread's): sctrace looks the process up there (docs/COMPATIBILITY.md)
		unshare*comm*|unshare*-Y)
			expect_grep sc.m "tgkill\(2<pidns_ids>" "$opts ($wrap): not the tracee's command" ;;
		*) diff st.m sc.m >d || { cat d; fail "$opts ($wrap): sctrace differs from strace"; } ;;
		esac
	done
done

# -y with the tracer in a pid namespace and the outer /proc
unshare -Urpf "$SCTRACE" -y -e trace=openat -o y cat /etc/hostname >/dev/null || fail "sctrace -y in unshare -pf"
expect_grep y 'openat\(AT_FDCWD</[^>]*>, "/etc/hostname", O_RDONLY\) = 3</etc/hostname>' "-y in unshare -pf: no path"

check_error "replay: --pidns-translation reads the pid namespaces of live processes; a replay has none" replay x.db --pidns-translation
check_error "--pidns-translation .*eBPF backend" --backend=ebpf --pidns-translation true
exit 0
