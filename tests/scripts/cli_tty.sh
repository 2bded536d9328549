#!/usr/bin/env bash
# cli_tty.sh — the command line on a real terminal (tmux): table colours
# (on a terminal by default; none with NO_COLOR, --color=never or when
# piped; --color=always forces them), and the progress line on stderr
# during a long run over a slow pipe (shown while reading, erased at the
# end; never with --no-progress, -q, or when stderr is not a terminal;
# erased by Ctrl-C, which ends the run with status 130).
set -euo pipefail
splq=$(realpath "${1:-./splq}")
command -v tmux >/dev/null || { echo "cli_tty: tmux is not installed (make deps)"; exit 1; }
work=$(mktemp -d)
export TMUX_TMPDIR=$work
# A server per terminal: starting one while the last is still exiting races.
n=0
tmux_() { tmux -L "splq-cli-test$n" "$@"; }
trap 'tmux_ kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

fail() {
    echo "cli_tty: $1"
    echo "--- screen:"
    tmux_ capture-pane -p -e 2>/dev/null | cat -v | grep -v '^$' | tail -20 || true
    echo "--- command:"
    cat "$work/cmd.sh"
    exit 1
}
# The screen with its escapes made visible (cat -v: ESC is ^[).
screen() { tmux_ capture-pane -p -e | cat -v | grep -v '^$' || true; }
wait_for() {
    local end=$((SECONDS + 15))
    while [ $SECONDS -le $end ]; do
        screen | grep -Eq -- "$1" && return 0
        sleep 0.1
    done
    fail "timed out waiting for: $1"
}
# Run a shell command line in a fresh terminal; it prints END when done.
run() {
    tmux_ kill-server 2>/dev/null || true
    n=$((n + 1))
    printf '%s\necho END\nsleep 60\n' "$1" >"$work/cmd.sh"
    tmux_ new-session -d -x 150 -y 30 "cd '$work' && env -u NO_COLOR TZ=UTC TERM=xterm bash cmd.sh"
}
query='| makeresults count=2 | eval n=1 | fields - _time'

# Colours: a terminal gets a bold header and a dim separator by default.
run "'$splq' '$query'"
wait_for '^END'
# (tmux redraws the escapes its own way: ESC[1m, then ESC[0;2m...)
screen | grep -q '^\^\[\[1mn' || fail "no bold header on a terminal"
screen | grep -q '^\^\[\[[0-9;]*2m.*-' || fail "no dim separator on a terminal"
# NO_COLOR (any non-empty value) and --color=never turn them off.
for cmd in "NO_COLOR=1 '$splq' '$query'" "'$splq' --color=never '$query'"; do
    run "$cmd"
    wait_for '^END'
    screen | grep -q '^n$' || fail "colour not turned off by: $cmd"
    screen | grep -q '\^\[' && fail "escapes left with: $cmd"
done
# An empty NO_COLOR does not count (no-color.org); --color=always wins over NO_COLOR.
run "NO_COLOR= '$splq' '$query'"
wait_for '^END'
screen | grep -q '^\^\[\[1mn' || fail "an empty NO_COLOR turned colour off"
run "NO_COLOR=1 '$splq' --color=always '$query'"
wait_for '^END'
screen | grep -q '^\^\[\[1mn' || fail "--color=always did not win over NO_COLOR"
# Piped: no escapes (auto); forced: escapes.
out=$("$splq" -o table "$query" | cat -v)
[[ $out == $'n\n-\n1\n1' ]] || fail "escapes in piped output: $out"
out=$("$splq" -o table --color=always "$query" | cat -v)
[[ $out == *'^[[1mn^[[0m'* ]] || fail "--color=always piped: $out"

# Progress: a slow pipe (a burst, a pause, another burst, a long pause,
# the end) keeps the run going long enough for the line to appear.
cat >"$work/slow.sh" <<'EOF'
#!/usr/bin/env bash
gen() { awk -v n="$1" 'BEGIN { for (i = 0; i < n; i++) printf "{\"n\":%d,\"k\":\"v%d\"}\n", i, i % 7 }'; }
gen 60000; sleep 0.8; gen 60000; sleep 3; gen 10
EOF
chmod +x "$work/slow.sh"
run "./slow.sh | '$splq' '* | stats count'"
wait_for 'reading stdin +[0-9.]+ [kM]?B +[0-9.]+k? events +[0-9.]+ [kM]?B/s +[0-9.]+k? events/s'
wait_for '^END'
screen | grep -q 'reading' && fail "the progress line was not erased"
screen | grep -q '120010$' || fail "wrong count after the progress line"
# Never with --no-progress or -q, nor when stderr is not a terminal.
for cmd in "./slow.sh | '$splq' --no-progress '* | stats count'" \
    "./slow.sh | '$splq' -q '* | stats count'" \
    "./slow.sh | '$splq' '* | stats count' 2>err.txt; cat -v err.txt"; do
    run "$cmd"
    sleep 2.5
    screen | grep -q 'reading' && fail "a progress line with: $cmd"
    wait_for '^END'
done
# A file on disk shows the share of it read, on threads too.  The run may
# end within the first half second, so the line is made to appear at once
# (SPLQ_PROGRESS_DELAY=0) and everything written to the terminal is kept
# (script(1)) rather than watched on the screen.
awk 'BEGIN { for (i = 0; i < 200000; i++) printf "{\"n\":%d,\"k\":\"v%d\"}\n", i, i % 7 }' >"$work/big.json"
for threads in "" "SPLQ_THREADS=1"; do
    (cd "$work" && env -u NO_COLOR TZ=UTC TERM=xterm SPLQ_PROGRESS_DELAY=0 $threads \
        script -qfec "'$splq' '* | eval x=mvrange(0,20) | mvexpand x | stats count' big.json" \
        /dev/null) >"$work/typescript" </dev/null
    grep -Eq 'reading big\.json +[0-9.]+ [kM]?B \([0-9]+%\)' "$work/typescript" ||
        { echo "cli_tty: no share of big.json read ($threads):"; cat -v "$work/typescript"; exit 1; }
    grep -q '4000000' "$work/typescript" || { echo "cli_tty: wrong count over big.json"; exit 1; }
done

# SIGINT while the line is shown (Ctrl-C sends it): the line is erased and
# splq ends as interrupted (status 130).  The signal goes to splq alone, so
# that the shell lives to print the status.
run "./slow.sh | '$splq' '* | stats count | eval marker="sigint-test"'; echo \"rc=\${PIPESTATUS[1]}\""
wait_for 'reading stdin'
pkill -INT -f 'sigint-test' || fail "no splq to interrupt"
wait_for '^rc='
screen | grep -q '^rc=130$' || fail "SIGINT did not end splq with status 130"
screen | grep -q 'reading' && fail "the progress line was left after Ctrl-C"
echo "cli_tty: ok"
