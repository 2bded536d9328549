#!/usr/bin/env bash
# badinput.sh — hostile and broken input files: each gives the message and
# exit status that docs/limits.md documents, never a crash or a hang, and the
# good records beside a bad one are still read.  The inputs hold raw bytes
# (invalid UTF-8, NUL, CR) or are big (a 100 MB line, 100,000 nested
# brackets), so they are generated here at run time, never committed.
set -uo pipefail
splq=${1:-./splq}
[[ $splq == /* ]] || splq="$PWD/$splq"
work=$(mktemp -d "${TMPDIR:-/tmp}/splq-badinput.XXXXXX")
trap 'rm -rf "$work"' EXIT
export TZ=UTC
failed=0
to=()
command -v timeout >/dev/null && to=(timeout 300)

# run NAME EXIT QUERY FILE... : run splq, check the exit status; stdout in
# $work/NAME.out, stderr in $work/NAME.err.
run() {
    local name=$1 want=$2 status=0
    shift 2
    "${to[@]}" "$splq" -o json "$@" </dev/null >"$work/$name.out" 2>"$work/$name.err" || status=$?
    if [[ $status != "$want" ]]; then
        echo "badinput: $name: exit status $status, expected $want"
        sed 's/^/    /' "$work/$name.err" | head -20
        failed=$((failed + 1))
        return 1
    fi
}
# expect_out NAME TEXT : stdout is exactly TEXT (plus a newline)
expect_out() {
    if [[ "$(cat "$work/$1.out")" != "$2" ]]; then
        echo "badinput: $1: stdout was:"
        head -c 2000 "$work/$1.out" | sed 's/^/    /'
        echo "    expected: $2"
        failed=$((failed + 1))
    fi
}
# expect_err NAME TEXT : stderr holds TEXT
expect_err() {
    if ! grep -qF -- "$2" "$work/$1.err"; then
        echo "badinput: $1: stderr lacks: $2; it was:"
        head -c 2000 "$work/$1.err" | sed 's/^/    /'
        failed=$((failed + 1))
    fi
}

# Invalid UTF-8 in a string (a stray byte, a truncated sequence, an overlong
# form, an encoded surrogate): the event is read, each bad byte is U+FFFD in
# the field, and _raw keeps the bytes.
printf '{"ua":"Mozilla\xff/5.0","n":"1"}\n{"ua":"cut \xe2\x82","n":"2"}\n{"ua":"over\xc0\xaflong","n":"3"}\n{"ua":"sur\xed\xa0\x80","n":"4"}\n' \
    >"$work/utf8.json"
if run utf8 0 '| eval l=len(ua) | table n ua l' "$work/utf8.json"; then
    expect_out utf8 "$(printf '{"n":"1","ua":"Mozilla\xef\xbf\xbd/5.0","l":"12"}\n{"n":"2","ua":"cut \xef\xbf\xbd\xef\xbf\xbd","l":"6"}\n{"n":"3","ua":"over\xef\xbf\xbd\xef\xbf\xbdlong","l":"10"}\n{"n":"4","ua":"sur\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd","l":"6"}')"
fi
# ... and a search on _raw still finds it by the bytes around the bad one.
run utf8_raw 0 'Mozilla* | stats count' "$work/utf8.json" && expect_out utf8_raw '{"count":"1"}'

# A lone surrogate escape (an emoji cut in half) reads as U+FFFD.
printf '{"m":"smile \\ud83d"}\n{"m":"pair \\ud83d\\ude00"}\n' >"$work/surrogate.json"
run surrogate 0 '| table m' "$work/surrogate.json" &&
    expect_out surrogate "$(printf '{"m":"smile \xef\xbf\xbd"}\n{"m":"pair \xf0\x9f\x98\x80"}')"

# Raw control bytes (NUL, tab) inside strings: read, as if escaped.
printf '{"a":"x\x00y","b":"t\tu"}\n{"a":"z"}\n' >"$work/nul.json"
run nul 0 '| eval l=len(a) | stats count sum(l) as l' "$work/nul.json" &&
    expect_out nul '{"count":"2","l":"4"}'

# A NUL byte outside any string is malformed JSON: counted and skipped.
printf '{"a":"1"}\x00\n{"a":"2"}\n' >"$work/nul_outside.json"
run nul_outside 0 '| stats count' "$work/nul_outside.json" &&
    expect_out nul_outside '{"count":"1"}' &&
    expect_err nul_outside 'read 1 event, skipped 1 line: 1 invalid JSON'

# CRLF line ends: the CR is whitespace, values carry no CR.
printf '{"a":"1"}\r\n{"a":"2"}\r\n' >"$work/crlf.json"
run crlf 0 '| stats count by a' "$work/crlf.json" &&
    expect_out crlf "$(printf '{"a":"1","count":"1"}\n{"a":"2","count":"1"}')"

# An empty file: no events, no error.
: >"$work/empty.json"
run empty 0 '| stats count' "$work/empty.json" && expect_out empty '{"count":"0"}'

# A binary file: every line is malformed, counted; no crash.
head -c 65536 /dev/urandom >"$work/binary.json"
run binary 0 '| stats count' "$work/binary.json" &&
    expect_out binary '{"count":"0"}' && expect_err binary 'skipped 1 line: 1 binary file'

# A corrupt gzip: a warning naming the file; the run goes on with the rest.
printf '\x1f\x8b\x08\x00garbagegarbagegarbage' >"$work/corrupt.json.gz"
run gzip 0 '| stats count' "$work/corrupt.json.gz" "$work/crlf.json" &&
    expect_out gzip '{"count":"2"}' && expect_err gzip 'gzip data is damaged' &&
    expect_err gzip 'read 2 events, skipped 1 line: 1 damaged gzip data'

# A gzip cut short: the records before the cut are read.
printf '{"a":"1"}\n{"a":"2"}\n{"a":"3"}\n' | gzip -c | head -c 30 >"$work/short.json.gz"
run gzip_short 0 '| stats count' "$work/short.json.gz"

# 100,000 nested brackets as a record: an error with the line, no stack overflow.
python3 -c 'print("[" * 100000)' >"$work/deep_array.json"
run deep_array 0 '| stats count' "$work/deep_array.json" && expect_out deep_array '{"count":"0"}'
python3 -c 'print("{\"a\":" * 100000 + "1" + "}" * 100000); print("{\"b\":\"2\"}")' >"$work/deep_object.json"
run deep_object 0 '| stats count' "$work/deep_object.json" &&
    expect_out deep_object '{"count":"1"}' && expect_err deep_object 'JSON nested deeper than'

# A 100 MB line: read as one event (no line length limit), next line too.
python3 -c '
import sys
sys.stdout.write("{\"big\":\"" + "x" * (100 << 20) + "\"}\n{\"small\":\"1\"}\n")' >"$work/big.json"
run big_line 0 '| eval l=len(big) | stats count max(l) as l' "$work/big.json" &&
    expect_out big_line '{"count":"2","l":"104857600"}'
rm -f "$work/big.json"

# A query nested 100,000 deep: a syntax error, no stack overflow.
# (Read with -f: one argument may not exceed 128 KiB.)
python3 -c 'print("| eval x=" + "(" * 100000 + "1" + ")" * 100000)' >"$work/deep.spl"
run deep_query 1 -f "$work/deep.spl" "$work/empty.json" && expect_err deep_query 'nested too deeply'
python3 -c 'print("search " + "[search " * 100000)' >"$work/deep_sub.spl"
run deep_subsearch 1 -f "$work/deep_sub.spl" "$work/empty.json" && expect_err deep_subsearch 'syntax error'
python3 -c 'print("`" * 100001)' >"$work/ticks.spl"
run backticks 1 -f "$work/ticks.spl" "$work/empty.json" && expect_err backticks 'error'

# Inputs that cannot be read: a missing file, a directory.
run missing 1 '| stats count' "$work/no-such-file.json" && expect_err missing 'No such file or directory'
run directory 1 '| stats count' "$work" && expect_err directory 'is a directory'

# A file that ends mid-record (the writer stopped): the complete records are read.
printf '{"a":"1"}\n{"a":"2"}\n{"a":"' >"$work/cut.json"
run cut 0 '| stats count' "$work/cut.json" && expect_out cut '{"count":"2"}' &&
    expect_err cut 'skipped 1 line'
# A file removed while it is being read: reading goes on from the open file.
python3 -c '
for i in range(200000): print("{\"a\":\"%d\"}" % i)' >"$work/vanish.json"
"$splq" -o json '| stats count' "$work/vanish.json" </dev/null >"$work/vanish.out" 2>"$work/vanish.err" &
pid=$!
for _ in $(seq 1 500); do # remove the file once splq has it open
    if ls -l "/proc/$pid/fd" 2>/dev/null | grep -q vanish.json; then break; fi
    sleep 0.01
done
rm -f "$work/vanish.json"
status=0
wait "$pid" || status=$?
if [[ $status != 0 ]]; then
    echo "badinput: vanish: exit status $status"; failed=$((failed + 1))
else
    expect_out vanish '{"count":"200000"}'
fi

# No line is dropped uncounted: over the files above (and one holding a
# line of every kind), the --json-summary of a run says, per file, that its
# non-blank lines are its events read plus its lines skipped, by reason;
# with a search term too (records the prefilter rules out are events read,
# not parsed).  A binary file and damaged gzip data count as one skipped
# line each (what is lost there is not lines).
printf '{"ok":"1"}\n\n{bad json\n[1,2]\n"str"\n%s\n{"ok":"2"}\r\n   \n{"trunc":' \
    "$(python3 -c 'print("{\"a\":" * 600 + "1" + "}" * 600)')" >"$work/every_kind.json"
lined=(utf8 surrogate nul nul_outside crlf empty deep_array deep_object cut every_kind)
for q in '| stats count' 'ok | stats count'; do
    files=()
    for f in "${lined[@]}"; do files+=("$work/$f.json"); done
    "$splq" -o json --json-summary "$work/summary.json" "$q" "${files[@]}" "$work/binary.json" \
        "$work/corrupt.json.gz" </dev/null >/dev/null 2>"$work/summary.err"
    if ! python3 - "$work/summary.json" "$work" "${lined[@]}" <<'PY'; then
import json, sys
s = json.load(open(sys.argv[1]))
work, lined = sys.argv[2], sys.argv[3:]
by = {f["path"]: f for f in s["files"]}
bad = []
for name in lined:
    path = "%s/%s.json" % (work, name)
    f = by[path]
    lines = sum(1 for l in open(path, "rb").read().split(b"\n") if l.strip())
    if f["events_read"] + f["lines_skipped"] != lines or f["reads"] != 1 or not f["complete"]:
        bad.append("%s: %d lines, %d events + %d skipped" % (name, lines, f["events_read"], f["lines_skipped"]))
    if sum(f["skipped"].values()) != f["lines_skipped"]:
        bad.append("%s: reasons do not add up" % name)
if by[work + "/binary.json"]["skipped"]["binary"] != 1:
    bad.append("binary file not counted")
if by[work + "/corrupt.json.gz"]["skipped"]["gzip_damaged"] != 1:
    bad.append("damaged gzip not counted")
for k in ("events_read", "lines_skipped", "prefiltered", "bytes_read"):
    if s[k] != sum(f[k] for f in s["files"]):
        bad.append("total %s is not the files' sum" % k)
if bad:
    print("\n".join(bad))
sys.exit(1 if bad else 0)
PY
        echo "badinput: accounting ($q): lines and counts disagree"
        failed=$((failed + 1))
    fi
done
run every_kind 0 '| stats count' "$work/every_kind.json" && expect_out every_kind '{"count":"2"}' &&
    expect_err every_kind 'read 2 events, skipped 5 lines: 2 invalid JSON, 1 nested too deeply, 2 not a JSON object'

if [[ $failed -gt 0 ]]; then
    echo "badinput: $failed failed"
    exit 1
fi
echo "badinput: ok"
