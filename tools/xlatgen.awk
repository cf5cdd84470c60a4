# xlatgen.awk - turn src/decode/xlat/*.in files into C tables.
#
# Input format, one constant per line:
#   NAME            value taken from the system headers (must be defined)
#   NAME VALUE      explicit value; if NAME is also a macro in the headers,
#                   a _Static_assert checks that both agree
#   NAME VALUE kernel
#                   the kernel ABI value, where the libc macro means
#                   something else (O_LARGEFILE is 0 in x86_64 glibc)
#   #unknown TEXT   comment printed for values missing from the table
# Lines starting with '#' otherwise are comments.  Order is kept: flag
# tables print in the order listed, which is the order strace prints.
#
# Invoked as: awk -f xlatgen.awk -v mode=c|h FILE...
function flush_table() {
	if (tab == "") return
	if (mode == "h") {
		printf "extern const struct xlat xlat_%s;\n", tab
	} else {
		printf "%s", asserts
		printf "static const struct xlat_entry xe_%s[] = {\n%s};\n", tab, ents
		printf "const struct xlat xlat_%s = { xe_%s, %d, %s };\n\n", tab, tab, n, unk == "" ? "NULL" : "\"" unk "\""
	}
	tab = ""; ents = ""; asserts = ""; n = 0; unk = ""
}
FNR == 1 {
	flush_table()
	tab = FILENAME
	sub(/.*\//, "", tab)
	sub(/\.in$/, "", tab)
}
/^#unknown[ \t]/ { unk = $2; next }
/^#/ || /^[ \t]*$/ { next }
{
	name = $1
	kernel = 0
	if (NF >= 3 && $NF == "kernel") { kernel = 1; NF-- }
	if (NF >= 2) {
		val = $2
		for (i = 3; i <= NF; i++) val = val " " $i
		if (!kernel && name ~ /^[A-Za-z_][A-Za-z0-9_]*$/)
			asserts = asserts sprintf("#ifdef %s\n_Static_assert((uint64_t)(%s) == (uint64_t)(%s), \"%s: %s\");\n#endif\n", name, name, val, tab, name)
	} else {
		val = name
	}
	ents = ents sprintf("\t{ (uint64_t)(%s), \"%s\" },\n", val, name)
	n++
}
END { flush_table() }
