#!/usr/bin/env bash
# repl_script.sh — `splq repl` fed from a pipe (no terminal), for what the
# session shows rather than how it is typed (repl_tty.sh does that): the
# load message (event count, sourcetypes, lines skipped and why), .files,
# .fields, .macros, long cells cut with an ellipsis and "… N more rows",
# .output json|csv showing every row, a column `table` names that no row
# holds, .timer, .sourcetype, .explain,
# earliest=/latest= in the search, and a file changed on disk reloaded
# before the next query.
set -euo pipefail
splq=$(realpath "${1:-./splq}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
fail() {
    echo "repl_script: $1"
    echo "--- output:"
    cat out.txt
    exit 1
}
# 150 events a second apart from 2023-11-14T22:13:20Z (epoch 1700000000);
# the first has a 100-character msg; one malformed line.
python3 - <<'PY'
import json, datetime
t0 = datetime.datetime(2023, 11, 14, 22, 13, 20)
with open("a.json", "w") as f:
    for i in range(150):
        t = (t0 + datetime.timedelta(seconds=i)).strftime("%Y-%m-%dT%H:%M:%SZ")
        msg = "x" * 100 if i == 0 else "m%d" % i
        f.write(json.dumps({"n": i, "timestamp": t, "msg": msg}) + "\n")
        if i == 10:
            f.write('{"n": broken\n')
PY
printf 'Dec  1 10:00:00 host sshd[1]: accepted\n' >auth.log

# The session: queries and dot-commands on stdin, run in order.
session() {
    TZ=UTC "$splq" repl -m "$PWD" "$@" >out.txt 2>&1 || true
}
printf '%s\n' '[tenth]' 'definition = n=10' >tenth.conf
session a.json auth.log <<'IN'
.files
* | sort n | table n msg
.output json
source=a.json | table n
.output csv
source=a.json | head 2 | table n msg
.output table
source=a.json | head 1 | table n nosuch
.fields m*
.macros tent*
.timer on
source=a.json earliest=1700000100 latest=1700000105 | stats count min(n) max(n)
.timer off
.sourcetype mine
source=auth.log | table sourcetype
.explain `tenth` | stats count
IN
grep -q '^loaded a.json: 150 events (_json), 1 line skipped: 1 invalid JSON$' out.txt ||
    fail "load message of a.json"
grep -q '^loaded auth.log: 1 event (syslog)$' out.txt || fail "load message of auth.log"
grep -Eq '^a\.json  150 events  0\.[0-9] MB  sourcetype _json$' out.txt || fail ".files for a.json"
grep -Eq '^auth\.log  1 event  0\.0 MB  sourcetype syslog$' out.txt || fail ".files for auth.log"
# The table: a cell of 100 characters cut to 60 (59 and an ellipsis), 100 rows.
grep -Eq '^ +0  x{59}…$' out.txt || fail "the long cell was not cut"
grep -q '^… 51 more rows (.output json or csv shows them all)$' out.txt || fail "no '… 51 more rows'"
[ "$(grep -c '^{"n":"[0-9]*"}$' out.txt)" = 150 ] || fail ".output json did not show every row"
grep -q '^n,msg$' out.txt || fail ".output csv header"
grep -Eq '^0,x{100}$' out.txt || fail ".output csv cut a cell"
grep -Eq '^n  nosuch$' out.txt || fail "a column table names but no row holds"
grep -Eq '^msg +150 +99\.3%$' out.txt || fail ".fields m* (150 of 151 events)"
grep -A1 '^tenth$' out.txt | grep -q '^  n=10$' || fail ".macros tent* (one match) lacks the definition"
grep -Eq '^ +5 +100 +104$' out.txt || fail "earliest=/latest= in the search"
grep -Eq '^Run time: [0-9.]+ s, 151 events scanned, 1 result$' out.txt || fail ".timer"
grep -q '^loaded auth.log: 1 event (mine)$' out.txt || fail ".sourcetype did not reload"
grep -q '^mine$' out.txt || fail ".sourcetype not applied"
grep -q 'n=10 | stats count' out.txt || fail ".explain: no expanded text"
grep -q 'plan:' out.txt || fail ".explain: no plan"

# A file that changes on disk is read again before the next query.
{
    echo '* | stats count'
    sleep 1.2 # a new modification time even on filesystems with 1 s stamps
    echo '{"n": 150}' >>a.json
    echo '* | stats count'
} | TZ=UTC "$splq" repl a.json >out.txt 2>&1
grep -q '^splq: a.json changed on disk, reloading$' out.txt || fail "no reload"
grep -q '^loaded a.json: 151 events' out.txt || fail "reload count"
[ "$(grep -Ec '^ +(150|151)$' out.txt)" = 2 ] || fail "counts before and after the change"
grep -Eq '^ +151$' out.txt || fail "the query after the change did not see the new event"
echo "repl_script: ok"
