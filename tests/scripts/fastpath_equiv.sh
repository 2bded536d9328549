#!/usr/bin/env bash
# fastpath_equiv.sh — the speed paths (docs/performance.md) never change an
# answer: every query here gives byte-identical output with the fast paths on
# and with SPLQ_NO_FASTPATH=1, over records built to trip a raw-text
# prefilter (JSON \u escapes, case, wildcards, numbers, calculated fields,
# dotted keys, arrays) and over real logs from $SHARED; then the whole golden
# suite runs again with the fast paths off.
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
