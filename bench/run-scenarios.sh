#!/usr/bin/env bash
# The scenarios of issue 6 (point 3) against one running region, each a warm-up plus 3 runs, written as a
# markdown table (stdout and --out): throughput, p50/p95/p99 and the region's peak RSS (VmHWM, reset before
# each scenario through /proc/<pid>/clear_refs) and peak sampled heap (/actuator/metrics, when exposed).
#   SOAP (open loop at --rate): GetListing, GetAvailableHealthcareFacilities, GetListingTypes, CreateListing
#   CSV upload of 22,000 and 1,700,000 rows (CsvUploadBench), the synchronisation job (POST /admin/sync),
#   the 100,000-change population delta (FeedBenchmark, its own region process; needs a built region module).
# Start the region with the metrics endpoint exposed, e.g.
#   java -Xmx512m -jar region/target/listning-region.jar --server.port=18090 --listning.data-dir=/tmp/bench-r01 \
#        --listning.demo-residents=2500000 --listning.outbox.enabled=false --listning.bench.echo=true \
#        --management.endpoints.web.exposure.include=health,metrics
# Usage: bench/run-scenarios.sh --url http://localhost:18090 --data-dir /tmp/bench-r01 [--rate 150]
#            [--duration 20] [--only "GetListing CSV22k"] [--out scenarios.md]
# Scenario names for --only: GetListing GetAvailableHealthcareFacilities GetListingTypes CreateListing CSV22k CSV1.7M Sync Feed
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(dirname "$HERE")
JAR=${JAR:-$HERE/target/listning-bench.jar}
URL=http://localhost:8080; DATA_DIR=; RATE=150; DURATION=20; ONLY=; OUT=
while [ $# -gt 0 ]; do
    case $1 in
        --url) URL=$2;; --data-dir) DATA_DIR=$2;; --rate) RATE=$2;; --duration) DURATION=$2;;
        --only) ONLY=$2;; --out) OUT=$2;;
        *) echo "unknown option $1" >&2; exit 2;;
    esac
    shift 2
done
[ -n "$DATA_DIR" ] || { echo "--data-dir is required" >&2; exit 2; }
PORT=${URL##*:}; PORT=${PORT%%/*}
PID=$(ss -ltnpH "sport = :$PORT" | sed -n 's/.*pid=\([0-9]*\).*/\1/p' | head -1)
[ -n "$PID" ] || { echo "no process listens on port $PORT" >&2; exit 2; }
LOG=$(mktemp -d); ROWS=()
wanted() { [ -z "$ONLY" ] || [[ " $ONLY " == *" $1 "* ]]; }
reset_peak() { echo 5 > "/proc/$PID/clear_refs" 2>/dev/null || true; echo 0 > "$LOG/heap"; }
rss_mb() { awk '/VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$PID/status"; }
heap_sampler() { # peak of jvm.memory.used{area=heap}, every 500 ms, until killed
    while sleep 0.5; do
        v=$(curl -sf "$URL/actuator/metrics/jvm.memory.used?tag=area:heap" | sed -n 's/.*"value":\([0-9.E+]*\).*/\1/p')
        [ -n "$v" ] && awk -v v="$v" -v f="$LOG/heap" 'BEGIN {getline p < f; if (v + 0 > p + 0) print v > f}'
    done
}
measure() { # name, command...: runs the command with peak RSS/heap tracking
    local name=$1; shift
    reset_peak; heap_sampler & local sampler=$!
    "$@" > "$LOG/$name.txt" 2>&1 || echo "(failed, see $LOG/$name.txt)" >> "$LOG/$name.txt"
    kill $sampler 2>/dev/null; wait $sampler 2>/dev/null || true
    HEAP=$(awk '{printf "%.0f", $1 / 1048576}' "$LOG/heap"); RSS=$(rss_mb)
    cat "$LOG/$name.txt" >&2
}
soap() {
    local contract=$1 extra=()
    [ "$contract" = CreateListing ] && extra=(--sample-persons 300000)
    measure "$contract" java -jar "$JAR" --url "$URL" --data-dir "$DATA_DIR" --contract "$contract" --rate "$RATE" \
        --duration "$DURATION" --warmup 10 --runs 3 "${extra[@]}"
    local s; s=$(grep '^SUMMARY' "$LOG/$contract.txt" || echo "SUMMARY failed")
    ROWS+=("| $contract at $RATE/s | $(echo "$s" | sed -n 's/.*throughput median \([0-9]* ([0-9]*–[0-9]*)\).*/\1/p') req/s \
| $(echo "$s" | sed -n 's/.*p50 median \([0-9.]*\).*/\1/p') ms | $(echo "$s" | sed -n 's/.*p95 median \([0-9.]*\) ms (\([^)]*\)).*/\1 ms (\2)/p') \
| $(echo "$s" | sed -n 's/.*p99 median \([0-9.]*\) ms (\([^)]*\)).*/\1 ms (\2)/p') | $RSS MB | $HEAP MB |")
}
csv() { # name rows shift
    measure "$1" java -cp "$JAR" -Dloader.main=se.listning.bench.CsvUploadBench org.springframework.boot.loader.launch.PropertiesLauncher \
        --url "$URL" --data-dir "$DATA_DIR" --rows "$2" --shift "$3" --file "/tmp/upload-$1.csv"
    ROWS+=("| CSV upload $1 | $(sed -n 's/.*total \([0-9.]* s\), \([0-9,]* rows\/s\).*/\2 (\1 in all)/p' "$LOG/$1.txt") | | | | $RSS MB | $HEAP MB |")
}
sync_job() {
    sync_run() {
        curl -sf -X POST "$URL/admin/sync" > /dev/null
        local start=$SECONDS
        while sleep 1; do curl -sf "$URL/admin/sync" | grep -q '"state":"RUNNING"' || break; done
        echo "sync job: $((SECONDS - start)) s"; curl -sf "$URL/admin/sync" | head -c 400; echo
    }
    measure Sync sync_run
    ROWS+=("| Synchronisation job | $(sed -n 's/sync job: \(.*\)/\1/p' "$LOG/Sync.txt") in all | | | | $RSS MB | $HEAP MB |")
}
feed() { # its own region process: peak RSS from /usr/bin/time
    (cd "$ROOT" && ./mvnw -q -pl region test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt >&2)
    /usr/bin/time -f "peak RSS %M kB" java -Xmx512m -cp "$ROOT/region/target/classes:$ROOT/region/target/test-classes:$(cat "$ROOT/region/target/cp.txt")" \
        se.listning.region.population.FeedBenchmark /tmp/feed-bench-$$ 100000 > "$LOG/Feed.txt" 2>&1 || true
    cat "$LOG/Feed.txt" >&2
    ROWS+=("| Population delta, 100,000 changes (own process) | see log $LOG/Feed.txt | | | | $(sed -n 's/peak RSS \([0-9]*\) kB/\1/p' "$LOG/Feed.txt" | awk '{printf "%.0f", $1/1024}') MB | |")
}
for s in GetListing GetAvailableHealthcareFacilities GetListingTypes CreateListing; do wanted $s && soap $s; done
wanted CSV22k && csv 22k 22000 1
wanted CSV1.7M && csv 1.7M 1700000 2
wanted Sync && sync_job
wanted Feed && feed
{
    echo "| Scenario | Throughput (median, spread) | p50 | p95 (spread) | p99 (spread) | Peak RSS | Peak sampled heap |"
    echo "|---|---|---|---|---|---|---|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "Region pid $PID; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u +%Y-%m-%dT%H:%MZ). Logs: $LOG"
} | tee ${OUT:+"$OUT"}
