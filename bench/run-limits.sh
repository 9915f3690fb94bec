#!/usr/bin/env bash
# The limits of issue 6 (point 2), measured in one run against one region, written as a markdown table
# fragment (stdout and --out):
#   (a) echo: GetListing's contract on the same CXF stack without the database (region started with
#       --listning.bench.echo=true), closed loop, next to the real GetListing at the same concurrency;
#   (b) pgbench -S against the region's own PostgreSQL server (bench/pgbench-limit.sh);
#   (c) raw COPY of the CSV-upload benchmark's file into a bare staging-shaped table.
# Usage: bench/run-limits.sh --url http://localhost:18090 --data-dir /tmp/bench-r01 \
#            [--concurrency 8] [--duration 20] [--warmup 30] [--scale 50] [--csv /tmp/upload-1.7m.csv] [--rows 1700000]
#            [--out limits.md]
# The warm-up is per workload: a region JVM just started needs about 30 s of load before the JIT has settled
# (with 10 s the echo's three runs went 1,213, 2,519 and 3,341 req/s).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
JAR=${JAR:-$HERE/target/listning-bench.jar}
URL=http://localhost:8080; DATA_DIR=; CONCURRENCY=8; DURATION=20; WARMUP=30; SCALE=50; CSV=/tmp/upload-1.7m.csv; ROWS=1700000; OUT=
while [ $# -gt 0 ]; do
    case $1 in
        --url) URL=$2;; --data-dir) DATA_DIR=$2;; --concurrency) CONCURRENCY=$2;; --duration) DURATION=$2;; --warmup) WARMUP=$2;;
        --scale) SCALE=$2;; --csv) CSV=$2;; --rows) ROWS=$2;; --out) OUT=$2;;
        *) echo "unknown option $1" >&2; exit 2;;
    esac
    shift 2
done
[ -n "$DATA_DIR" ] || { echo "--data-dir is required" >&2; exit 2; }
LOG=$(mktemp -d)
load() { # contract -> SUMMARY line
    java -jar "$JAR" --url "$URL" --data-dir "$DATA_DIR" --contract "$1" --concurrency "$CONCURRENCY" \
         --duration "$DURATION" --warmup "$WARMUP" --runs 3 | tee "$LOG/$1.txt" >&2
    grep '^SUMMARY' "$LOG/$1.txt"
}
field() { sed -n "s/.*$1 \([0-9.]*\).*/\1/p"; }
echo_line=$(load GetListingEcho); real_line=$(load GetListing)
echo_tps=$(echo "$echo_line" | field "throughput median"); real_tps=$(echo "$real_line" | field "throughput median")
pg_line=$("$HERE/pgbench-limit.sh" "$DATA_DIR" "$SCALE" "$DURATION" | tee /dev/stderr | grep '^LIMIT')
copy_line=$(java -cp "$JAR" -Dloader.main=se.listning.bench.CsvUploadBench org.springframework.boot.loader.launch.PropertiesLauncher \
    --data-dir "$DATA_DIR" --rows "$ROWS" --file "$CSV" --copy-only 3 | tee /dev/stderr | grep '^LIMIT')
{
    echo "| Limit | Measured (median of 3, spread) | Ours | Ratio |"
    echo "|---|---|---|---|"
    printf '| (a) SOAP echo, %s closed-loop callers | %s req/s | GetListing %s req/s | **%.0f %%** (target ≥ 60 %%) |\n' \
        "$CONCURRENCY" "$echo_tps" "$real_tps" "$(echo "100 * $real_tps / $echo_tps" | bc -l)"
    echo "| (b) pgbench -S, scale $SCALE, -c 4 -j 2 -T $DURATION | ${pg_line#LIMIT pgbench-S } | | |"
    echo "| (c) raw COPY of $ROWS rows into a bare table | ${copy_line#LIMIT copy } | | |"
    echo
    echo "Echo: \`$echo_line\`  "
    echo "GetListing: \`$real_line\`  "
    echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, $(date -u +%Y-%m-%dT%H:%MZ)."
} | tee ${OUT:+"$OUT"}
