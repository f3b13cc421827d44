#!/bin/sh
# The README's examples that use the bundled corpus run as written, so the
# README cannot rot: every `slant ...` line of its sh blocks that names
# examples/ or reports/ must exit 0.
. "${srcdir:-.}/tests/cli/lib.sh"

cd "$TMP" || exit 1
ln -s "$srcdir/examples" examples
ln -s "$srcdir/reports" reports
awk '/^```sh/{on=1; next} /^```/{on=0} on' "$srcdir/README.md" |
	grep -E '^slant ' | grep -E 'examples/|reports/' >"$TMP/cmds"
n=$(wc -l <"$TMP/cmds" | tr -d ' ')
check "the README has examples on the bundled corpus ($n)" test "$n" -ge 6
while IFS= read -r line; do
	cmd=$(printf '%s\n' "$line" | sed "s|^slant |\"\$SLANT\" |; s|&& slant |\\&\\& \"\$SLANT\" |g")
	if sh -c "$cmd" >"$TMP/readme.out" 2>&1; then
		ok "README: $line"
	else
		not_ok "README: $line"
		sed 's/^/#   /' "$TMP/readme.out" | head -5
	fi
done <"$TMP/cmds"
done_testing
