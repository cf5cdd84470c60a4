# sysentgen.awk - turn src/decode/syscalls.tbl into C.
#   mode=c : the sysent[] initialiser (number, name, argument count, classes)
#   mode=h : #define SC_name number, for decoder tables
function classes(s,    out, a, i, n) {
	if (s == "-") return "0"
	n = split(s, a, ",")
	out = ""
	for (i = 1; i <= n; i++)
		out = out (i > 1 ? "|" : "") "TC_" toupper(a[i])
	return out
}
/^#/ || NF < 4 { next }
{
	if (mode == "h")
		printf "#define SC_%s %d\n", $2, $1
	else
		printf "\t[%d] = { \"%s\", %d, %s, NULL },\n", $1, $2, $3, classes($4)
	if ($1 > max) max = $1
}
END { if (mode == "h") printf "#define SC_MAX_NR %d\n", max }
