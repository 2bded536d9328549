#!/usr/bin/env bash
# manpage.sh — every option that `splq --help` and each subcommand's --help
# print is described in docs/splq.1, and every subcommand's --help works.
# The help texts live in the code (main.c, parse_cmd.c, check_cmd.c,
# test_cmd.c, repl.c) and the man page beside them; this keeps them in step.
set -euo pipefail
splq=${1:-./splq}
man=docs/splq.1
status=0
for sub in "" parse check test repl; do
    help=$("$splq" $sub --help) || { echo "manpage: 'splq $sub --help' failed"; exit 1; }
    case "$help" in
    "usage: splq ${sub:+$sub }"*) ;;
    *) echo "manpage: 'splq $sub --help' does not start with its own usage line"; status=1 ;;
    esac
    # Long options at the start of a help line: "  -x, --name ..." or "      --name".
    for opt in $(printf '%s\n' "$help" | sed -n 's/^ *\(-[a-zA-Z], \)\{0,1\}--\([a-z][a-z-]*\).*/\2/p'); do
        # The man page escapes dashes: \-\-name, with \- inside the name.
        pat="\\\\-\\\\-$(printf '%s' "$opt" | sed 's/-/\\\\-/g')"
        grep -q -- "$pat" "$man" || { echo "manpage: --$opt (splq $sub --help) is not in $man"; status=1; }
    done
done
[ $status = 0 ] && echo "manpage: ok"
exit $status
