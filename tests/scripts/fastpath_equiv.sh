#!/usr/bin/env bash
# fastpath_equiv.sh — the speed paths (docs/performance.md) never change an
# answer: every query here gives byte-identical output with the fast paths on
# and with SPLQ_NO_FASTPATH=1, over records built to trip a raw-text
# prefilter (JSON \u escapes, case, wildcards, numbers, calculated fields,
# dotted keys, arrays) and the selective JSON scanner (escapes, unicode,
# duplicate keys, nested arrays, numbers of every spelling, invalid UTF-8,
# control bytes, malformed lines, deep nesting: stderr compared too), and
# over real logs from $SHARED; then the whole golden suite runs again with
# the fast paths off.
set -uo pipefail
splq=${1:-./splq}
[[ $splq == /* ]] || splq="$PWD/$splq"
SHARED=${SHARED:-../shared}
work=$(mktemp -d "${TMPDIR:-/tmp}/splq-fastpath.XXXXXX")
trap 'rm -rf "$work"' EXIT
export TZ=UTC
failed=0
n=0

cat > "$work/tricky.json" <<'JSON'
{"eventName":"JobCreated","eventSource":"s3.amazonaws.com","sourceIPAddress":"1.2.3.4","userIdentity":{"arn":"arn:aws:iam::1:user/a"},"n":1}
{"eventName":"Job\u0043reated","eventSource":"s3.amazonaws.com","sourceIPAddress":"1.2.3.5","n":2}
{"eventName":"JOBCREATED","eventSource":"S3.AMAZONAWS.COM","sourceIPAddress":"1.2.3.6","n":1e3}
{"eventName":"jobcreated","eventSource":"s3.amazonaws.com","errorCode":"AccessDenied","n":1.50}
{"eventName":"ConsoleLogin","responseElements":{"ConsoleLogin":"Failure"},"eventSource":"signin.amazonaws.com","n":true}
{"eventName":"ConsoleLogin","responseElements":{"ConsoleLogin":"Success"},"eventSource":"signin.amazonaws.com","tags":["x","JobCreated"]}
{"eventName":"PutObject","a.b":"dotted","a":{"b":"nested"},"eventSource":"s3\/amazonaws.com","note":"say \"JobCreated\" here"}
{"eventName":"GetObject","requestParameters":{"bucketName":"JobCreated-bucket"},"eventSource":"s3.amazonaws.com","n":1000}
{"eventName":"Decrypt","eventSource":"kms.amazonaws.com","sourceIPAddress":"10.1.2.3","n":null}
{"eventVersion":"1.08","eventName":"AssumeRole","eventSource":"sts.amazonaws.com","userIdentity":{"type":"AWSService","invokedBy":"ec2.amazonaws.com"}}
JSON

queries=(
    'eventName=JobCreated | table eventName n'
    'eventName="jobcreated" | stats count by eventName'
    'eventName=Job* | stats count'
    'eventName=*Created | stats count'
    'eventName=J*b*d | stats count'
    'JobCreated | stats count'
    'jobcreated eventSource=s3.amazonaws.com | stats count'
    'errorCode=success | stats count'
    'errorCode=failure | stats count'
    'msg=success | stats count'
    'signature=ConsoleLogin | stats count'
    'src=1.2.3.4 | stats count'
    'sourceIPAddress=10.0.0.0/8 | stats count'
    'n=1000.0 | stats count'
    'n=1.5 | stats count'
    'n=true | stats count'
    'n=null | stats count'
    'a.b=nested | stats count'
    'tags{}=JobCreated | stats count'
    'tags{}=x | stats count'
    'eventName=JobCreated OR eventName=Decrypt | stats count'
    'NOT eventName=JobCreated | stats count'
    'eventName!=JobCreated | stats count'
    'eventName=JobCreated | eval k=n*2 | table k'
    'sourcetype=aws:cloudtrail eventName=AssumeRole | stats count'
    'vendor_product="AWS CloudTrail" | stats count'
    'eventtype=* | stats count'
    '* | stats count by eventName'
    'eventName=JobCreated | head 1 | table eventName'
    'eventName=JobCreated | streamstats count as c | table c eventName'
)

compare() { # name query file...
    local name=$1 q=$2
    shift 2
    n=$((n + 1))
    local s1 s2 try
    # 126, 127: the program could not be started (being relinked): try again
    for try in 1 2 3; do
        "$splq" -o json "$q" "$@" > "$work/on.out" 2> /dev/null
        s1=$?
        SPLQ_NO_FASTPATH=1 "$splq" -o json "$q" "$@" > "$work/off.out" 2> /dev/null
        s2=$?
        [[ $s1 != 12[67] && $s2 != 12[67] ]] && break
        sleep 1
    done
    if [[ $s1 != "$s2" ]] || ! cmp -s "$work/on.out" "$work/off.out"; then
        echo "FAIL fastpath: $name: $q (exit $s1 vs $s2)"
        diff "$work/on.out" "$work/off.out" | head -10
        failed=$((failed + 1))
    fi
}

for q in "${queries[@]}"; do
    compare tricky "$q" "$work/tricky.json"
    compare tricky-forced "$q" -t aws:cloudtrail "$work/tricky.json"
done

# Records built to trip the selective scanner (src/input/scan.c); the queries
# start with `*` (no prefilter), so warnings and counts on stderr must match
# too.  Each variant switches one path off.
{
    printf '%s\n' '{"a":"x","b":{"c":"y","d":[1,2]},"e":[],"f":{},"n":1.50}'
    printf '%s\n' '{"a":"dup1","a":"dup2","b":{"c":"z"},"b":{"c":"w"}}'
    printf '%s\n' '{"a.b":"dotted","a":{"b":"nested"},"c":[{"x":1},{"x":2,"y":[3,[4,5]]}]}'
    printf '%s\n' '{"\u0061":"escaped key","b":{"c":"\u00e9\u20ac\n\t\"q\"\/"},"n":1e3}'
    printf '%s\n' '{"a":"\u0000nul","b":{"c":"\ud83d\ude00"},"n":-0}'
    printf '%s\n' '{"a":"lone \ud83d","b":{"c":"ok"},"n":-0.0}'
    printf '{"a":"bad \xff byte","b":{"c":"ok"},"n":0.1}\n'
    printf '{"a":"raw\ttab","b":{"c":"\xc3\xa9"},"n":12345678901234567890}\n'
    printf '%s\n' '{"a":"big","n":1e999}'
    printf '%s\n' '{"a":"trunc","b":{"c":"x"'
    printf '%s\n' '{"a":"trailing comma",}'
    printf '%s\n' '["not", "an object"]'
    printf '%s\n' '{"a":"junk after"} x'
    printf '%s\n' '{"a":tru}'
    printf '%s\n' '{"_raw":"r","_time":"t","a":"internal keys","":{"b":{"c":"empty key"}}}'
    printf '%s\n' '{"a":true,"b":{"c":false},"n":null,"e":[null,true]}'
    printf '%s\n' '{"a":["one"],"b":{"c":["x","y"]},"n":[1.0,2.5e-3,-7]}'
    printf '%s\n' '{"a":"' "$(printf '[%.0s' {1..80})" '"}'
    printf '{"a":"deep","z":%s%s}\n' "$(printf '[%.0s' {1..100})" "$(printf ']%.0s' {1..100})"
    printf '%s\n' '{"eventVersion":"1.08","eventSource":"s3.amazonaws.com","eventName":"GetObject","awsRegion":"us-east-1","errorCode":"NoSuchKey","sourceIPAddress":"1.2.3.4","userIdentity":{"arn":"arn:a","type":"IAMUser","userName":"u"},"eventTime":"2024-01-01T00:00:00Z"}'
    printf '%s\n' '{"eventVersion":"1.08","eventSource":"signin.amazonaws.com","eventName":"ConsoleLogin","awsRegion":"us-east-1","responseElements":{"ConsoleLogin":"Failure"},"sourceIPAddress":"5.6.7.8","eventTime":"2024-01-01T00:00:01Z"}'
} > "$work/scan.json"

scan_queries=(
    '* | stats count by a'
    '* | stats values(b.c) as c by n'
    '* | stats count by a.b c{}.x c{}.y{} c{}.y{}{}'
    '* | stats count by e{} n{} a{} b.c{}'
    '* | eval k=a."/".b.c | stats count by k'
    '* | stats count by b'
    '* | table a n'
    '* | stats count by errorCode msg src user'
    '* | stats count by _time date_hour'
    '* | where isnull(a) | stats count'
    '* | stats count by _raw'
)
compare_all() { # name query file...: stdout and stderr, with each path off
    local name=$1 q=$2 off
    shift 2
    "$splq" -o json "$q" "$@" > "$work/on.out" 2> "$work/on.err"
    local s1=$?
    for off in SPLQ_NO_FASTPATH SPLQ_NO_SCAN SPLQ_NO_NEEDED SPLQ_NO_THREADS; do
        n=$((n + 1))
        env "$off=1" "$splq" -o json "$q" "$@" > "$work/off.out" 2> "$work/off.err"
        local s2=$?
        if [[ $s1 != "$s2" ]] || ! cmp -s "$work/on.out" "$work/off.out" ||
            ! cmp -s "$work/on.err" "$work/off.err"; then
            echo "FAIL fastpath: $name ($off=1): $q (exit $s1 vs $s2)"
            diff "$work/on.out" "$work/off.out" | head -10
            diff "$work/on.err" "$work/off.err" | head -10
            failed=$((failed + 1))
        fi
    done
}
for q in "${scan_queries[@]}"; do
    compare_all scan "$q" "$work/scan.json"
done
gzip -c "$work/scan.json" > "$work/scan.json.gz"
compare_all scan-gz '* | stats count by a n' "$work/scan.json.gz"
# Many records (several chunks for the threads), an early stop, two files.
for i in $(seq 1 30); do cat "$work/scan.json"; done > "$work/many.json"
for i in $(seq 1 200); do cat "$work/tricky.json"; done >> "$work/many.json"
for q in '* | stats count by a eventName n' '* | head 7 | table a n' '* | search JobCreated | stats count' \
    '* | streamstats count as c | where c > 9000 | stats count by a' '* | stats count by _time'; do
    compare_all many "$q" "$work/many.json" "$work/scan.json.gz" "$work/many.json"
done

# Real logs: CloudTrail, Kubernetes audit, Sysmon (when $SHARED is there).
if [[ -d $SHARED/data ]]; then
    while IFS= read -r f; do
        for q in 'eventName=ConsoleLogin | stats count by sourceIPAddress' \
            'eventName=Get* errorCode=AccessDenied | stats count by eventName' \
            'verb=create objectRef.resource=pods | stats count' \
            'EventID=1 Image=*powershell* | stats count' \
            'admin | stats count'; do
            compare "$(basename "$f")" "$q" "$f"
        done
    done < <(find "$SHARED/data" -type f \( -name '*.json' -o -name '*.jsonl' -o -name '*.log' \) \
        -size -3M 2>/dev/null | sort | head -40)
fi
echo "fastpath: $n comparisons, $failed differ"

# The golden suite with every fast path off (its normal run has them on).
if ! SPLQ_NO_FASTPATH=1 SHARED=$SHARED "$(dirname "$0")/../golden/run.sh" "$splq" > "$work/golden.out" 2>&1; then
    echo "FAIL fastpath: golden suite with SPLQ_NO_FASTPATH=1:"
    grep -A15 '^FAIL' "$work/golden.out" | head -60
    tail -1 "$work/golden.out"
    failed=$((failed + 1))
else
    echo "fastpath: golden suite with SPLQ_NO_FASTPATH=1: $(tail -1 "$work/golden.out")"
fi
[[ $failed == 0 ]]
