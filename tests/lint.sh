#!/bin/sh
# make lint: formatting, static analysis and include discipline.
set -u
top=${1:-.}
cd "$top" || exit 2
fail=0
say() { echo "lint: $*"; fail=1; }

# Each third-party library lives behind one module.
only_in() { # only_in HEADER-REGEX FILE...
	pat=$1
	shift
	for f in $(grep -l -E "#include *<$pat" src/*.c src/*.h src/cli/*.c src/cli/*.h); do
		ok=0
		for allowed in "$@"; do [ "$f" = "$allowed" ] && ok=1; done
		[ $ok = 1 ] || say "$f includes <$pat> (only $* may)"
	done
}
only_in 'utf8proc' src/unicode.c
only_in 'gsl/' src/stats.c src/stats-exact.c src/stats-internal.h
only_in 'jansson' src/jsonl.c
only_in 'yaml.h' src/lexfmt-yaml.c

# The library core never prints or exits (mem.c reports fatal errors).
for f in src/*.c; do
	[ "$f" = src/mem.c ] && continue
	if grep -n -E '\b(printf|puts|fprintf|exit)\s*\(' "$f" | grep -v -E 'snprintf|vsnprintf'; then
		say "$f: the core must not print or exit"
	fi
done
# The core knows nothing of the CLI.
grep -l 'cli.h' src/*.c src/*.h 2>/dev/null && say "core includes cli.h"

if command -v clang-format >/dev/null; then
	clang-format --dry-run --Werror src/*.c src/*.h src/cli/*.c src/cli/*.h tests/unit/*.c tests/unit/*.h 2>&1 | head -20
	clang-format --dry-run --Werror src/*.c src/*.h src/cli/*.c src/cli/*.h tests/unit/*.c tests/unit/*.h >/dev/null 2>&1 || say "clang-format: run clang-format -i on the files above"
fi
if command -v cppcheck >/dev/null; then
	cppcheck --quiet --error-exitcode=1 --enable=warning,portability \
		--suppress=missingIncludeSystem --inline-suppr -I src src src/cli || say "cppcheck found problems"
fi
[ $fail = 0 ] && echo "lint: clean"
exit $fail
