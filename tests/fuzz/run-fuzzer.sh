#!/usr/bin/env bash
# Runs one libFuzzer target for a fixed time from its seed corpus, without
# writing into the repository: new inputs go to a throwaway folder, and a
# crashing input is printed so that it can be added to the corpus.
#   run-fuzzer.sh FUZZER CORPUS SECONDS
set -euo pipefail
fuzzer=$1 corpus=$2 seconds=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/new"
status=0
"$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$work/" "$work/new" "$corpus" >"$work/log" 2>&1 || status=$?
grep -E "^stat::number_of_executed_units|^Done [0-9]+ runs|^#[0-9]+ +DONE" "$work/log" || true
if [ "$status" -ne 0 ]; then
    tail -40 "$work/log"
    for artifact in "$work"/crash-* "$work"/leak-* "$work"/timeout-* "$work"/oom-*; do
        [ -e "$artifact" ] || continue
        echo "input that failed ($artifact), base64:"
        base64 "$artifact"
    done
    exit "$status"
fi
echo "PASS: $(basename "$fuzzer") ran ${seconds}s with no crash, leak or sanitizer report"
