#!/usr/bin/env bash
# run.sh — the golden-test runner: query + input -> expected output.
#
#   tests/golden/run.sh SPLQ [TEST.t | DIR]...     (default: every tests/golden/**/*.t)
#
# A test file holds sections, each opened by a line "--- <name>":
#   # comment lines        before the first section
#   --- args     optional; CLI arguments, one per line (default: -o json)
#   --- query    required; the SPL text (may span lines; the last newline is dropped);
#                when the section is empty, no QUERY argument is passed (tests of
#                -f FILE, --help, usage errors)
#   --- input    optional; inline input, written to a temporary <name>.json file
#   --- files    optional; input paths, one per line, relative to the repository
#   --- expect   expected stdout, exact (a missing section means: no output)
#   --- stderr   optional; each line must appear somewhere in stderr
#   --- exit     optional; the expected exit status (default 0)
# Trailing empty lines of a section are ignored.  In args, files and stderr,
# $SHARED (or ${SHARED}) stands for the shared directory (env SHARED, default
# ../shared from the repository); a test that names $SHARED is skipped when
# that directory does not exist.  Each test runs from the repository root as
#   TZ=UTC SPLQ [args] [QUERY] [files | the inline input file]   < /dev/null
# Set GOLDEN_WRAP to run splq under a tool, e.g. GOLDEN_WRAP="valgrind -q
# --error-exitcode=99 --leak-check=full".  Prints one FAIL line (with a
# diff) per failing test and ends with "N passed, N failed"; exits 1 when
# anything failed.
set -u

if [[ $# -lt 1 ]]; then
    echo "usage: $0 SPLQ [TEST.t | DIR]..." >&2
    exit 2
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 2
splq=$1
shift
[[ $splq == /* ]] || splq="$root/$splq"
if [[ ! -x $splq ]]; then
    echo "run.sh: $splq is not an executable" >&2
    exit 2
fi
SHARED=${SHARED:-../shared}
[[ -d $SHARED ]] && SHARED=$(cd "$SHARED" && pwd)
export SHARED
read -r -a wrap <<<"${GOLDEN_WRAP:-}"
timeout_cmd=()
command -v timeout >/dev/null && timeout_cmd=(timeout 120)

work=$(mktemp -d "${TMPDIR:-/tmp}/splq-golden.XXXXXX") || exit 2
trap 'rm -rf "$work"' EXIT
trap 'exit 130' INT TERM HUP # through the EXIT trap, which cleans up

# Run a private copy of the binary, so that a rebuild of SPLQ during the run
# (the tree is shared) does not pull it from under the tests.  The copy sits
# in a new directory beside the binary: splq finds macros/ one level up.
if copy_dir=$(mktemp -d "$(dirname "$splq")/.golden-splq.XXXXXX" 2>/dev/null); then
    if cp "$splq" "$copy_dir/splq" 2>/dev/null; then
        splq="$copy_dir/splq"
    fi
    trap 'rm -rf "$work" "$copy_dir"' EXIT
fi

# Split a test file into $dir/<section> files; $dir/sections lists them.
split_test() {
    awk -v dir="$2" '
        /^--- (args|query|input|files|expect|stderr|exit)[ \t]*$/ {
            sec = $2; pend = 0
            if (seen[sec]++) print sec > (dir "/duplicates")
            printf "" > (dir "/" sec)
            print sec > (dir "/sections")
            next
        }
        sec == "" { next }
        $0 == "" { pend++; next }
        {
            for (; pend > 0; pend--) print "" > (dir "/" sec)
            print > (dir "/" sec)
        }
    ' "$1"
}

subst_shared() {
    local s=${1//'${SHARED}'/$SHARED}
    printf '%s' "${s//'$SHARED'/$SHARED}"
}

# Lines of a section file as the array named $2 (empty lines skipped).
read_lines() {
    local -n into=$2
    into=()
    [[ -f $1 ]] || return 0
    local line
    while IFS= read -r line || [[ -n $line ]]; do
        [[ -n $line ]] && into+=("$(subst_shared "$line")")
    done <"$1"
}

passed=0
failed=0

fail() { # test, reason, [detail file]
    failed=$((failed + 1))
    echo "FAIL $1: $2"
    if [[ $# -ge 3 && -s $3 ]]; then
        sed -e 's/^/    /' "$3" | head -n 60
    fi
}

run_test() {
    local t=$1 name dir
    name=$(basename "$t" .t)
    dir="$work/case"
    rm -rf "$dir" && mkdir -p "$dir"
    split_test "$t" "$dir"
    if [[ ! -f $dir/query ]]; then
        fail "$t" "no '--- query' section"
        return
    fi
    if [[ -f $dir/duplicates ]]; then
        fail "$t" "section(s) given twice: $(sort -u "$dir/duplicates" | tr '\n' ' ')"
        return
    fi
    if [[ ! -d $SHARED ]] && grep -q '\$SHARED\|\${SHARED}' "$t"; then
        echo "SKIP $t: \$SHARED ($SHARED) not found"
        return
    fi

    local -a args files stderr_lines
    if [[ -f $dir/args ]]; then
        read_lines "$dir/args" args
    else
        args=(-o json)
    fi
    read_lines "$dir/files" files
    read_lines "$dir/stderr" stderr_lines
    if [[ -f $dir/input ]]; then
        mkdir -p "$dir/in"
        cp "$dir/input" "$dir/in/$name.json"
        files+=("$dir/in/$name.json")
    fi
    local query want_exit=0
    query=$(cat "$dir/query")
    if [[ -f $dir/exit ]]; then
        want_exit=$(tr -d ' \t\n' <"$dir/exit")
    fi
    [[ -f $dir/expect ]] || : >"$dir/expect"

    local -a qarg=()
    [[ -s $dir/query ]] && qarg=("$query")
    local status=0
    TZ=UTC "${timeout_cmd[@]}" "${wrap[@]}" "$splq" "${args[@]}" "${qarg[@]}" "${files[@]}" \
        </dev/null >"$dir/stdout" 2>"$dir/stderr.out" || status=$?

    if [[ $status != "$want_exit" ]]; then
        fail "$t" "exit status $status, expected $want_exit; stderr:" "$dir/stderr.out"
        return
    fi
    if ! cmp -s "$dir/expect" "$dir/stdout"; then
        diff -u --label expected --label actual "$dir/expect" "$dir/stdout" >"$dir/diff"
        fail "$t" "stdout differs" "$dir/diff"
        return
    fi
    local line
    for line in "${stderr_lines[@]}"; do
        if ! grep -qF -- "$line" "$dir/stderr.out"; then
            fail "$t" "stderr lacks: $line; stderr was:" "$dir/stderr.out"
            return
        fi
    done
    passed=$((passed + 1))
}

tests=()
if [[ $# -eq 0 ]]; then
    set -- tests/golden
fi
for arg in "$@"; do
    if [[ -d $arg ]]; then
        while IFS= read -r f; do tests+=("$f"); done < <(find "$arg" -name '*.t' -type f | LC_ALL=C sort)
    elif [[ -f $arg ]]; then
        tests+=("$arg")
    else
        echo "run.sh: no such test: $arg" >&2
        exit 2
    fi
done

for t in "${tests[@]}"; do
    run_test "$t"
done
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
