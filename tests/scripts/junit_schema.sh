#!/usr/bin/env bash
# junit_schema.sh — `splq test --junit` writes XML that validates against the
# JUnit report schema (tests/schema/junit.xsd), for passes, failures, skips
# and errors alike, and its counts agree with the text summary.
set -euo pipefail
splq=${1:-./splq}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# An ERROR case: a detection whose search does not parse.
cat > "$work/broken.yml" <<'YML'
name: Broken <rule> & "quotes"
search: 'eventName=x | eval a=(1+'
tests:
- name: True Positive Test
  attack_data:
  - data: cloudtrail_sample.json
YML
cp tests/data/cloudtrail_sample.json "$work/"
status=0
"$splq" test --junit "$work/report.xml" --json "$work/report.json" tests/detections "$work/broken.yml" \
    > "$work/out.txt" || status=$?
[ "$status" = 1 ] || { echo "junit_schema: expected exit 1, got $status"; exit 1; }
xmllint --noout --schema tests/schema/junit.xsd "$work/report.xml"
# The XML's totals are the summary line's.
grep -q '<testsuites name="splq" tests="6" failures="1" errors="1" skipped="1">' "$work/report.xml" ||
    { echo "junit_schema: unexpected totals"; head -3 "$work/report.xml"; exit 1; }
grep -q '^3 passed, 1 failed, 1 errors, 1 skipped' "$work/out.txt" ||
    { echo "junit_schema: unexpected summary"; tail -1 "$work/out.txt"; exit 1; }
grep -q '"failed": 1' "$work/report.json"
echo "junit_schema: ok"
