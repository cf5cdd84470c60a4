# sysentgen.awk - turn src/decode/syscalls.tbl into C.
#   mode=c : the sysent[] initialiser (number, name, argument count, classes,
#            and, from -v args=src/decode/sysargs.tbl, the kernel's parameter
#            names and types); fails if a syscall has no sysargs line
#   mode=h : #define SC_name number, for decoder tables
#   with -v compat=1 (src/decode/syscalls32.tbl, the i386 table): rows at
#            SC32_BASE + number, SC32_name and SC32_MAX_NR; parameters from
#            -v args32=src/decode/sysargs32.tbl first, then from args
function classes(s,    out, a, i, n) {
	if (s == "-") return "0"
	n = split(s, a, ",")
	out = ""
	for (i = 1; i <= n; i++)
		out = out (i > 1 ? "|" : "") "TC_" toupper(a[i])
	return out
}
function fail(msg) {
	print "sysentgen: " msg > "/dev/stderr"
	failed = 1
	exit 1
}
# one sysargs.tbl line: NAME ARG:TYPE ..., TYPE in double quotes if it has spaces
function read_args_line(line, where, first,    name, s, n, arg, typ) {
	sub(/#.*/, "", line)
	if (line !~ /[^ \t]/) return
	match(line, /[^ \t]+/)
	name = substr(line, RSTART, RLENGTH)
	s = substr(line, RSTART + RLENGTH)
	if (name in nparams) {
		if (name in first) return   # sysargs32.tbl's i386 parameters come first
		fail(where ": " name " twice")
	}
	n = 0
	while (s ~ /[^ \t]/) {
		sub(/^[ \t]+/, "", s)
		if (!match(s, /^[A-Za-z_][A-Za-z0-9_]*:/)) fail(where ": bad argument name in '" s "'")
		arg = substr(s, 1, RLENGTH - 1)
		s = substr(s, RLENGTH + 1)
		if (match(s, /^"[^"]*"/)) typ = substr(s, 2, RLENGTH - 2)
		else if (match(s, /^[^ \t"]+/)) typ = substr(s, 1, RLENGTH)
		else fail(where ": bad type for " name " " arg)
		s = substr(s, RLENGTH + 1)
		if (s ~ /^[^ \t]/) fail(where ": junk after " name " " arg)
		if (++n > 6) fail(where ": " name " has more than 6 parameters")
		argname[name, n] = arg
		argtype[name, n] = typ
	}
	nparams[name] = n
}
function strlist(arr, name, n,    i, out) {
	out = ""
	for (i = 1; i <= n; i++)
		out = out (i > 1 ? ", " : "") "\"" arr[name, i] "\""
	return "{ " out " }"
}
BEGIN {
	if (mode == "c") {
		if (args == "") fail("mode=c needs -v args=sysargs.tbl")
		if (compat) {
			while ((r = getline line < args32) > 0) {
				read_args_line(line, args32 ":" ++lineno32, none)
				if (match(line, /^[^ \t#]+/)) own[substr(line, RSTART, RLENGTH)] = 1
			}
			if (r < 0) fail("cannot read " args32)
		}
		while ((r = getline line < args) > 0)
			read_args_line(line, args ":" ++lineno, own)
		if (r < 0) fail("cannot read " args)
		close(args)
	}
}
/^#/ || NF < 4 { next }
{
	if (mode == "h")
		printf "#define SC%s_%s %d\n", compat ? "32" : "", $2, $1
	else {
		if (!($2 in nparams)) fail(args ": no line for " $2 " (run tools/gen-sysargs)")
		n = nparams[$2]
		printf "\t[%s%d] = { .name = \"%s\", .nargs = %d, .classes = %s, .nparams = %d", compat ? "SC32_BASE + " : "", $1, $2, $3, classes($4), n
		if (n > 0)
			printf ",\n\t\t.argname = %s,\n\t\t.argtype = %s", strlist(argname, $2, n), strlist(argtype, $2, n)
		printf " },\n"
		used[$2] = 1
	}
	if ($1 > max) max = $1
}
END {
	if (failed) exit 1
	if (mode == "h") printf "#define SC%s_MAX_NR %d\n", compat ? "32" : "", max
	else
		for (name in nparams)
			if (!(name in used) && (!compat || name in own)) fail(args ": " name " is not in the syscall table")
}
