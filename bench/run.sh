#!/bin/bash
# bench/run.sh — `make bench`: splq against the installed peers (jq, DuckDB)
# on synthetic CloudTrail logs; checks that every tool gives the same answer
# and prints wall time (median), MB/s, events/s, peak RSS and splq's ratios.
#
#   BENCH_QUICK=1   100k events only, 3 timed runs
#   BENCH_RUNS=N    timed runs per cell after one warm-up (default 5)
#   BENCH_SLOW=S    a cell whose warm-up takes more than S seconds is timed
#                   once more only (default 20; jq on 1M events)
#   BENCH_TOOLS     tools to run (default "splq jq duckdb grep")
#   BENCH_DIR       the cache folder (default bench-cache/, git-ignored)
#   SHARED          ../shared (for gen_cloudtrail.py)
# The data files and DuckDB's npm package are made once into the cache.
set -u
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED=${SHARED:-../shared}
B=${BENCH_DIR:-$ROOT/bench-cache}
QUICK=${BENCH_QUICK:-0}
RUNS=${BENCH_RUNS:-5}
[ "$QUICK" = 1 ] && RUNS=${BENCH_RUNS:-3}
SLOW=${BENCH_SLOW:-20}
TOOLS=${BENCH_TOOLS:-splq jq duckdb grep}
SPLQ=${SPLQ:-$ROOT/splq}
GEN=$SHARED/bench/gen_cloudtrail.py
mkdir -p "$B/out"
log() { echo "bench: $*" >&2; }

# ---- data ------------------------------------------------------------------
make_data() { # events name
    [ -s "$B/$2" ] && return 0
    log "generating $2 ($1 events; 1M takes about a minute)"
    python3 "$GEN" --events "$1" --seed 1 --out "$B/$2.tmp" && mv "$B/$2.tmp" "$B/$2" || exit 1
}
make_data 100000 ct100k.jsonl
FILES="ct100k.jsonl"
if [ "$QUICK" != 1 ]; then
    make_data 1000000 ct1m.jsonl
    FILES="$FILES ct1m.jsonl"
fi
GZ_SRC=${FILES##* }
if [ ! -s "$B/$GZ_SRC.gz" ]; then
    log "compressing $GZ_SRC"
    gzip -c "$B/$GZ_SRC" > "$B/$GZ_SRC.gz.tmp" && mv "$B/$GZ_SRC.gz.tmp" "$B/$GZ_SRC.gz"
fi

# ---- peers -----------------------------------------------------------------
have_jq=0; have_duck=0
case " $TOOLS " in *" jq "*) command -v jq >/dev/null && have_jq=1 ;; esac
case " $TOOLS " in *" duckdb "*)
    if command -v node >/dev/null && command -v npm >/dev/null; then
        if [ ! -d "$B/node_modules/@duckdb/node-api" ]; then
            log "installing @duckdb/node-api into $B"
            (cd "$B" && { [ -f package.json ] || npm init -y >/dev/null; } &&
                npm install --no-audit --no-fund @duckdb/node-api >/dev/null 2>&1) ||
                log "npm install failed: no DuckDB column"
        fi
        cp bench/duck.mjs "$B/duck.mjs"
        [ -d "$B/node_modules/@duckdb/node-api" ] && have_duck=1
    fi ;;
esac
[ $have_jq = 1 ] || log "jq not found: no jq column"
[ $have_duck = 1 ] || log "node/npm or DuckDB missing: no DuckDB column"

# ---- the queries, one command per tool, output as sorted TSV ---------------
Q1='eventName="JobCreated" | fillnull value="" userIdentity.arn | stats count min(eventTime) max(eventTime) by eventName sourceIPAddress userIdentity.arn userAgent recipientAccountId awsRegion'
Q2='* | stats count by eventName'
Q3='* | eval ip=lower(sourceIPAddress) | stats dc(ip) by userIdentity.arn'
TSV1='[.eventName, .sourceIPAddress, .["userIdentity.arn"], .userAgent, .recipientAccountId, .awsRegion, .count, .["min(eventTime)"], .["max(eventTime)"]] | map(. // "") | @tsv'
TSV2='[.eventName, .count] | @tsv'
TSV3='[.["userIdentity.arn"], .["dc(ip)"]] | @tsv'
JQ1_SEL='select(.eventName=="JobCreated") | {eventName, src: .sourceIPAddress, arn: (.userIdentity.arn // ""), ua: .userAgent, acct: .recipientAccountId, region: .awsRegion, t: .eventTime}'
JQ1_GRP='group_by([.eventName,.src,.arn,.ua,.acct,.region])[] | [.[0].eventName,.[0].src,.[0].arn,.[0].ua,.[0].acct,.[0].region,(length|tostring),(map(.t)|min),(map(.t)|max)] | @tsv'
JQ2='reduce inputs as $e ({}; .[$e.eventName] += 1) | to_entries[] | [.key, (.value|tostring)] | @tsv'
JQ3='reduce (inputs | select(.userIdentity.arn != null)) as $e ({}; .[$e.userIdentity.arn][($e.sourceIPAddress // empty) | ascii_downcase] = 1) | to_entries[] | [.key, (.value|length|tostring)] | @tsv'
export Q1 Q2 Q3 TSV1 TSV2 TSV3 JQ1_SEL JQ1_GRP JQ2 JQ3 SPLQ B

# cmd TOOL QUERY FILE -> a shell command whose stdout is the answer (raw)
cmd() {
    local f="$B/$3"
    case "$1-$2" in
    splq-q1 | splq-q2 | splq-q3) echo "\"\$SPLQ\" -o json \"\$Q${2#q}\" '$f'" ;;
    splqzcat-q*) echo "zcat '$f' | \"\$SPLQ\" -o json \"\$Q${2#q}\" -" ;;
    jq-q1) echo "jq -c \"\$JQ1_SEL\" '$f' | jq -rs \"\$JQ1_GRP\"" ;;
    jq-q2) echo "jq -rn \"\$JQ2\" '$f'" ;;
    jq-q3) echo "jq -rn \"\$JQ3\" '$f'" ;;
    duckdb-q*) echo "cd \"\$B\" && node duck.mjs $2 '$f'" ;;
    grep-q1) echo "LC_ALL=C grep -c JobCreated '$f'" ;;
    cat-q*) echo "cat '$f'" ;;
    esac
}
# normalise TOOL QUERY < raw > sorted tsv
norm() {
    case "$1" in
    splq*) local v=TSV${2#q}; jq -r "${!v}" ;;
    *) cat ;;
    esac | LC_ALL=C sort
}

# time_cell TOOL QUERY FILE -> "median_seconds peak_rss_kb runs", answer in $B/out
time_cell() {
    local c tool=$1 q=$2 file=$3 out="$B/out/$1-$2-$3"
    c=$(cmd "$tool" "$q" "$file")
    [ -n "$c" ] || return 1
    local times=() rss=0 t m u sy n=$RUNS i
    for ((i = 0; i <= n; i++)); do
        /usr/bin/time -f "%e %M %U %S" -o "$B/out/time" bash -c "$c" > "$out.raw" 2> "$out.err" || {
            log "$tool $q $file failed:"; cat "$out.err" >&2; echo "fail 0 0 0"; return 0; }
        read -r t m u sy < <(tail -1 "$B/out/time")
        if [ "$i" = 0 ]; then
            norm "$tool" "$q" < "$out.raw" > "$out.tsv"
            # the warm-up of a slow cell counts as its only run
            if awk -v t="$t" -v s="$SLOW" 'BEGIN { exit !(t > s) }'; then
                times+=("$t $u $sy"); rss=$m; n=0; break
            fi
            continue
        fi
        times+=("$t $u $sy")
        [ "$m" -gt "$rss" ] && rss=$m
    done
    # the median run by wall time, and its CPU time (user + system)
    printf '%s\n' "${times[@]}" | sort -g | awk -v rss="$rss" '{ a[NR] = $1; c[NR] = $2 + $3 } END {
        k = int((NR + 1) / 2); print a[k], rss, NR, c[k] }'
}

RESULTS="$B/out/results.txt"
: > "$RESULTS"
status=0
for file in $FILES; do
    bytes=$(stat -c %s "$B/$file")
    events=$(wc -l < "$B/$file")
    cat "$B/$file" > /dev/null # page cache
    for q in q1 q2 q3; do
        tools="splq"
        [ $have_jq = 1 ] && tools="$tools jq"
        [ $have_duck = 1 ] && tools="$tools duckdb"
        case " $TOOLS " in *" grep "*) [ $q = q1 ] && tools="$tools grep cat" ;; esac
        for tool in $tools; do
            log "$file $q $tool"
            read -r med rss n cpu < <(time_cell "$tool" "$q" "$file")
            echo "$file $q $tool $med $rss $n $bytes $events $cpu" >> "$RESULTS"
            # every tool must give splq's answer
            case $tool in grep | cat) continue ;; esac
            if [ "$tool" != splq ] && ! cmp -s "$B/out/splq-$q-$file.tsv" "$B/out/$tool-$q-$file.tsv"; then
                log "DISAGREE: $tool and splq on $q $file (diff $B/out/splq-$q-$file.tsv $B/out/$tool-$q-$file.tsv)"
                status=1
            fi
        done
    done
done
# gzip: splq reading the .gz itself against zcat piped into splq
gz="$GZ_SRC.gz"
gzbytes=$(stat -c %s "$B/$GZ_SRC")
gzevents=$(wc -l < "$B/$GZ_SRC")
for tool in splq splqzcat; do
    log "$gz q2 $tool"
    read -r med rss n cpu < <(time_cell "$tool" q2 "$gz")
    echo "$gz q2 $tool $med $rss $n $gzbytes $gzevents $cpu" >> "$RESULTS"
done
cmp -s "$B/out/splq-q2-$gz.tsv" "$B/out/splq-q2-$GZ_SRC.tsv" || { log "DISAGREE: splq on $gz"; status=1; }

python3 bench/table.py "$RESULTS"
[ $status = 0 ] && echo "all tools agree" || echo "TOOLS DISAGREE (see above)"
exit $status
