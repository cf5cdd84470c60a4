# Safe by default: -o files are created 0600 (an existing file keeps its
# mode), -u USER drops supplementary groups, gid and uid, and --redact
# withholds data but keeps file names.
. "$(dirname "$0")/lib.sh"

"$SCTRACE" -o "$T/new" true || fail "run"
[ "$(stat -c %a "$T/new")" = 600 ] || fail "new trace file mode $(stat -c %a "$T/new")"
touch "$T/old"; chmod 644 "$T/old"
"$SCTRACE" -o "$T/old" true || fail "run"
[ "$(stat -c %a "$T/old")" = 644 ] || fail "existing file's mode changed"
"$SCTRACE" -ff -o "$T/per" sh -c true || fail "run -ff"
for f in "$T"/per.*; do [ "$(stat -c %a "$f")" = 600 ] || fail "-ff file $f mode"; done

# -u: groups, then gid, then uid — the command sees exactly nobody's credentials
want=$(id nobody)
got=$("$SCTRACE" -qq -o /dev/null -u nobody id) || fail "-u nobody failed"
[ "$got" = "$want" ] || fail "-u nobody: '$got', want '$want'"

# --redact: no data, arguments or environment; paths stay
echo "file-content-s3cr3t" > "$T/data"
SECRET=env-s3cr3t "$SCTRACE" --redact -f -v -o "$T/r" sh -c "echo argv-s3cr3t > /dev/null; cat $T/data > /dev/null" || fail "redact run"
expect_no_grep "$T/r" 's3cr3t' "--redact leaked a secret"
expect_grep "$T/r" "openat\\(AT_FDCWD, \"$T/data\", O_RDONLY\\) = 3"
expect_grep "$T/r" 'read\(3, "<redacted>", [0-9]+\) += [0-9]+'
exit 0
