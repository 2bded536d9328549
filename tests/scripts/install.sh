#!/usr/bin/env bash
# install.sh — `make install PREFIX=<empty dir>` gives a splq that finds its
# macros and sourcetypes with no options: the founding rule runs with the
# data file alone, from another directory, and gives the same rows as the
# build tree's binary.  Also --help, --version and the man page.
set -euo pipefail
splq=${1:-./splq}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make --no-print-directory -s install PREFIX="$work/prefix" > "$work/install.log"
bin=$work/prefix/bin/splq
[ -x "$bin" ] || { echo "install: no $bin"; exit 1; }
[ -f "$work/prefix/share/man/man1/splq.1" ] || { echo "install: no man page"; exit 1; }
[ -d "$work/prefix/share/splq/macros" ] || { echo "install: no macros"; exit 1; }
cp tests/data/founding_rule.spl tests/data/cloudtrail_sample.json "$work/"
want=$(TZ=UTC "$splq" -o json -f tests/data/founding_rule.spl tests/data/cloudtrail_sample.json)
got=$(cd / && TZ=UTC "$bin" -o json -f "$work/founding_rule.spl" "$work/cloudtrail_sample.json")
[ -n "$want" ] || { echo "install: the founding rule gave no rows"; exit 1; }
[ "$got" = "$want" ] || { echo "install: installed splq differs:"; echo "$got"; exit 1; }
"$bin" --version | grep -q '^splq [0-9]' || { echo "install: --version"; exit 1; }
"$bin" --help | grep -q '^usage: splq' || { echo "install: --help"; exit 1; }
"$bin" repl --help | grep -q 'repl' || { echo "install: repl --help"; exit 1; }
echo "install: ok"
