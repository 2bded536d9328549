#!/usr/bin/env bash
# repl_tty.sh — `splq repl` driven through a real pseudo-terminal (tmux):
# a query shows its table; Tab completes a command, an eval function, a
# field, a macro and a command's option; history survives a restart and
# Ctrl-R searches it;
# Ctrl-C interrupts a long query (also in a sort's finish) and the prompt
# comes back; a multi-line query runs; scripted use (stdin not a terminal)
# works too.
set -euo pipefail
splq=$(realpath "${1:-./splq}")
command -v tmux >/dev/null || { echo "repl_tty: tmux is not installed (make deps)"; exit 1; }
work=$(mktemp -d)
export TMUX_TMPDIR=$work
tmux_() { tmux -L splq-repl-test "$@"; }
trap 'tmux_ kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
sample=$PWD/tests/data/cloudtrail_sample.json

fail() {
    echo "repl_tty: $1"
    echo "--- screen:"
    tmux_ capture-pane -p -S -100 | grep -v '^$' | tail -30
    exit 1
}
screen() { tmux_ capture-pane -p -S -200 | grep -v '^$' || true; }
# Wait (up to 10 s) until the screen matches an extended regex.
wait_for() {
    local end=$((SECONDS + 10))
    while [ $SECONDS -le $end ]; do
        screen | grep -Eq -- "$1" && return 0
        sleep 0.1
    done
    fail "timed out waiting for: $1"
}
# Wait until at least N lines of the screen match.
wait_count() {
    local end=$((SECONDS + 10))
    while [ $SECONDS -le $end ]; do
        [ "$(screen | grep -Ec -- "$1")" -ge "$2" ] && return 0
        sleep 0.1
    done
    fail "timed out waiting for $2 lines matching: $1"
}
# The last line of the screen (the line being edited).
last_line() { screen | tail -1; }
start() {
    tmux_ kill-server 2>/dev/null || true
    tmux_ new-session -d -x 160 -y 50 \
        "cd '$work' && env SPLQ_HISTORY='$work/history' TZ=UTC NO_COLOR=1 '$splq' repl $*"
    wait_for 'splq>$'
}
clear_line() { tmux_ send-keys C-e C-u; }

start "'$sample'"
# A query shows its table.
tmux_ send-keys '`cloudtrail` | stats count by eventName | sort - count | head 2' Enter
wait_for '^JobCreated +10$'
wait_for '^eventName +count$'

# Completion: a command after |, an eval function, a field, a macro.
tmux_ send-keys '* | streams' Tab
wait_for 'splq> \* \| streamstats$'
clear_line
tmux_ send-keys '* | eval t=strfti' Tab
wait_for 'splq> \* \| eval t=strftime\($'
clear_line
tmux_ send-keys '* | table userIdentity.accessKe' Tab
wait_for 'splq> \* \| table userIdentity\.accessKeyId$'
clear_line
tmux_ send-keys '`cloudtr' Tab
wait_for 'splq> `cloudtrail$'
clear_line
# The current command's options and keywords (its registry entry), also
# on a later line of a continued query.
tmux_ send-keys '* | dedup consec' Tab
wait_for 'splq> \* \| dedup consecutive=$'
tmux_ send-keys 'true src sortb' Tab
wait_for 'splq> \* \| dedup consecutive=true src sortby$'
clear_line
tmux_ send-keys '* | stats count by src [search * | head 1] | stats allnu' Tab
wait_for 'stats allnum=$'
clear_line
tmux_ send-keys '* |' Enter
wait_for '\.\.\.$'
tmux_ send-keys 'eventstats alln' Tab
wait_for '\.\.\. eventstats allnum=$'
tmux_ send-keys C-c
wait_for 'splq>$'

# A multi-line query: a line ending in | continues.
tmux_ send-keys 'eventName=ConsoleLogin |' Enter
wait_for '\.\.\.$'
tmux_ send-keys 'stats count AS logins' Enter
wait_for '^ +4$'
wait_for 'logins'

# A dot-command, then leave with Ctrl-D.
tmux_ send-keys '.timer on' Enter
tmux_ send-keys '| makeresults count=3 | eval x="marker"' Enter
wait_for 'Run time: .* 3 results'
tmux_ send-keys C-d
sleep 0.5

# History survives a restart: Up recalls the last query of the last session.
grep -q 'makeresults' "$work/history" || fail "history file lacks the last query"
start "'$sample'"
tmux_ send-keys Up
wait_for 'splq> \| makeresults count=3 \| eval x="marker"$'
clear_line
# Ctrl-R searches the history backwards (here past a later entry).
tmux_ send-keys '.timer off' Enter
tmux_ send-keys C-r
tmux_ send-keys 'x="mark'
wait_for 'splq> \| makeresults count=3 \| eval x="marker"$'
tmux_ send-keys Enter
wait_count ' marker$' 3

# Ctrl-C interrupts a long query, and the session goes on.
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "{\"n\":%d,\"k\":\"v%d\"}\n", i, i % 7 }' \
    > "$work/big.json"
tmux_ send-keys '.load big.json' Enter
wait_for 'loaded big.json: 200000 events'
tmux_ send-keys '| makeresults | eval m="start"' Enter
wait_for 'start'
tmux_ send-keys 'source=big.json | eval x=mvrange(0,5000) | mvexpand x | stats count' Enter
sleep 1
tmux_ send-keys C-c
wait_for 'interrupted$'
tmux_ send-keys '| makeresults | eval after="still here"' Enter
wait_for 'still here'
# ... also during a blocking command's finish (here a long sort, after the
# input is read): no result comes out.
tmux_ send-keys '| makeresults count=1000000 | eval r=md5(tostring(random())) | sort 0 r | stats count' Enter
sleep 2
tmux_ send-keys C-c
wait_count 'interrupted$' 2
tmux_ send-keys '| makeresults | eval after="sort stopped"' Enter
wait_for 'sort stopped'
screen | grep -Eq '^ *1000000$' && fail "the interrupted sort gave its result"
tmux_ send-keys '.quit' Enter
sleep 0.3

# Scripted: stdin not a terminal; no prompts, errors do not end the session.
out=$(printf '%s\n' 'eventName=ConsoleLogin | stats count' 'bad | eval (' '' \
    '.output csv' '| makeresults | eval y=2 | fields - _time' |
    TZ=UTC "$splq" repl "$sample" 2>"$work/err") && fail "a failed query should give exit 1"
expected=$'count\n-----\n    4\ny\n2'
[ "$out" = "$expected" ] || { echo "repl_tty: scripted output:"; echo "$out"; exit 1; }
grep -q "syntax error" "$work/err" || fail "scripted: no syntax error reported"
echo "repl_tty: ok"
