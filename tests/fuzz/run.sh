#!/usr/bin/env bash
# run.sh — run each libFuzzer target for SECONDS (make fuzz-run SECONDS=N).
#
#   tests/fuzz/run.sh SECONDS [TARGET...]     (default: every target)
#
# Seeds are read at run time from the shared material (SHARED, default
# ../shared), never copied into the project: detections' searches for the
# query and eval targets, logs for the readers, lookup CSVs, detection and
# macro YAML.  Generated seed files and what the fuzzer finds live in
# build/fuzz/corpus/<target> (build/ is never committed); crashes are
# written to build/fuzz/crashes/.  A one-line summary per target (runs,
# coverage, features) is printed at the end.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 2
secs=${1:-60}
shift || true
targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(query reader eval time csv yaml scan)
SHARED=${SHARED:-../shared}
export SHARED
sc=$SHARED/corpus/security_content
fz=build/fuzz
mkdir -p "$fz/crashes"

# Generated seeds (one search per file) for the query and eval targets.
seed_queries() {
    local out=$fz/seeds/query
    [[ -d $out ]] && return
    mkdir -p "$out"
    [[ -d $sc/detections ]] || return
    grep -rh '^search:' "$sc/detections" | sed 's/^search: *//; s/^'"'"'//; s/'"'"'$//' |
        head -3000 | awk -v d="$out" '{ print > (d "/q" NR) }'
}
seed_eval() {
    local out=$fz/seeds/eval
    [[ -d $out ]] && return
    mkdir -p "$out"
    [[ -d $sc/detections ]] || return
    grep -rhoE '\| *eval [a-zA-Z_]+ *= *[^|]+' "$sc/detections" | sed -E 's/^\| *eval [a-zA-Z_]+ *= *//' |
        sort -u | head -2000 | awk -v d="$out" '{ print > (d "/e" NR) }'
}
seed_time() {
    local out=$fz/seeds/time
    [[ -d $out ]] && return
    mkdir -p "$out"
    printf '%%Y-%%m-%%dT%%H:%%M:%%S%%Z\n2024-03-01T12:00:00Z' >"$out/t1"
    printf '%%Y-%%m-%%d %%H:%%M:%%S.%%3N %%z\n2024-03-01 12:00:00.123 +0200' >"$out/t2"
    printf '%%s.%%6N\n1700000000.123456' >"$out/t3"
    printf '%%b %%d %%H:%%M:%%S\nMar  1 12:00:00' >"$out/t4"
    printf '%%m/%%d/%%Y %%I:%%M:%%S %%p\n-7d@d' >"$out/t5"
    printf '%%a, %%d %%b %%Y %%H:%%M:%%S %%:z\n@w0' >"$out/t6"
}
# One JSON record per file for the scanner: lines of the shared logs and of
# the crafted fast-path records.
seed_scan() {
    local out=$fz/seeds/scan
    [[ -d $out ]] && return
    mkdir -p "$out"
    { find "$SHARED/data" tests/data -type f \( -name '*.json' -o -name '*.jsonl' \) -size -3M \
        2>/dev/null | sort | head -60 | xargs -r -d '\n' head -q -n 30 2>/dev/null; } |
        grep '^{' | head -2000 | awk -v d="$out" '{ print > (d "/r" NR) }'
}

run_one() {
    local t=$1 bin=$fz/fuzz_$1
    local -a seeds=()
    case $t in
    query) seed_queries; seeds=("$fz/seeds/query") ;;
    eval) seed_eval; seeds=("$fz/seeds/eval") ;;
    time) seed_time; seeds=("$fz/seeds/time") ;;
    scan) seed_scan; seeds=("$fz/seeds/scan") ;;
    reader) seeds=("$SHARED/data" tests/data) ;;
    csv) seeds=("$sc/lookups") ;;
    yaml) seeds=("$sc/macros" "$sc/detections" tests/detections) ;;
    esac
    local -a dirs=("$fz/corpus/$t")
    for s in "${seeds[@]}"; do [[ -d $s ]] && dirs+=("$s"); done
    mkdir -p "$fz/corpus/$t"
    echo "fuzz: $t for ${secs}s"
    "$bin" -max_total_time="$secs" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
        -artifact_prefix="$fz/crashes/$t-" -print_final_stats=1 "${dirs[@]}" >"$fz/$t.log" 2>&1
    local rc=$?
    local last
    last=$(grep -E '^#[0-9]+' "$fz/$t.log" | tail -1)
    echo "fuzz: $t: exit $rc; $last"
    grep -E 'stat::number_of_executed_units|stat::peak_rss' "$fz/$t.log" | sed 's/^/    /'
    [[ $rc -eq 0 ]] || { grep -m3 -E 'ERROR|SUMMARY|runtime error' "$fz/$t.log" | sed 's/^/    /'; failed=1; }
}

failed=0
for t in "${targets[@]}"; do run_one "$t"; done
exit $failed
