#!/usr/bin/env bash
# How cost grows with the population (issue 6, point 4): for each size, a fresh region of that many generated
# residents (-Xmx512m, its own data dir), then the same measurements, then the region is stopped:
#   load time and database size; GetListing open loop at --rate (p50, p99) and closed loop with 8 callers
#   (throughput); CreateListing open loop at --create-rate (p50, p99); a 22,000-row CSV upload (second of two);
#   the region's peak RSS. Writes <out>.csv (one line per size) and <out>.md, and draws the costs into <out>.svg (GrowthPlot).
# Usage: bench/run-growth.sh [--sizes "100000 500000 1000000 2500000"] [--rate 150] [--create-rate 100]
#            [--port 18300] [--work /tmp/growth] [--out docs/growth]
# Needs the region and bench jars (./mvnw -B -q -DskipTests package) and a quiet machine: ~25 min for the four sizes.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd); ROOT=$(dirname "$HERE")
JAR=${JAR:-$HERE/target/listning-bench.jar}; REGION_JAR=${REGION_JAR:-$ROOT/region/target/listning-region.jar}
SIZES="100000 500000 1000000 2500000"; RATE=150; CREATE_RATE=100; PORT=18300; WORK=/tmp/growth; OUT=docs/growth
while [ $# -gt 0 ]; do
    case $1 in
        --sizes) SIZES=$2;; --rate) RATE=$2;; --create-rate) CREATE_RATE=$2;; --port) PORT=$2;;
        --work) WORK=$2;; --out) OUT=$2;;
        *) echo "unknown option $1" >&2; exit 2;;
    esac
    shift 2
done
URL=http://localhost:$PORT; mkdir -p "$WORK"
soap() { # contract, then load options -> SUMMARY line (the whole output goes to the size's log)
    local contract=$1; shift
    java -jar "$JAR" --url "$URL" --data-dir "$DATA_DIR" --contract "$contract" "$@" --runs 3 > "$LOG.last" 2>&1
    cat "$LOG.last" >> "$LOG"
    grep '^SUMMARY' "$LOG.last"
}
field() { sed -n "s/.*$1 \([0-9.]*\).*/\1/p"; }
echo "residents,load s,database MB,GetListing p50 ms,GetListing p99 ms,GetListing closed-loop req/s,CreateListing p50 ms,CreateListing p99 ms,CSV 22k s,peak RSS MB" > "$OUT.csv"
for size in $SIZES; do
    DATA_DIR=$WORK/r-$size; LOG=$WORK/r-$size.bench.log; rm -rf "$DATA_DIR"; : > "$LOG"
    java -Xmx512m -jar "$REGION_JAR" --server.port="$PORT" --listning.data-dir="$DATA_DIR" \
        --listning.demo-residents="$size" --listning.outbox.enabled=false \
        --management.endpoints.web.exposure.include=health,metrics > "$WORK/r-$size.log" 2>&1 &
    pid=$!
    trap 'kill $pid 2> /dev/null' EXIT
    until curl -sf "$URL/actuator/health" > /dev/null; do
        kill -0 $pid 2> /dev/null || { echo "region $size died, see $WORK/r-$size.log" >&2; exit 1; }
        sleep 2
    done
    load_s=$(sed -n 's/.*Demo data loaded in one transaction in \([0-9]*\) ms.*/\1/p' "$WORK/r-$size.log" | awk '{printf "%.1f", $1 / 1000}')
    pg_port=$(sed -n 4p "$DATA_DIR/pg/postmaster.pid" | tr -d ' ')
    db_mb=$(PGPASSWORD=postgres psql -h localhost -p "$pg_port" -U postgres -tAc "select pg_database_size('postgres') / 1048576")
    gl=$(soap GetListing --rate "$RATE" --duration 15 --warmup 30)
    closed=$(soap GetListing --concurrency 8 --duration 10 --warmup 10)
    cl=$(soap CreateListing --rate "$CREATE_RATE" --duration 15 --warmup 10 --sample-persons 100000)
    for shift in 1 2; do
        java -cp "$JAR" -Dloader.main=se.listning.bench.CsvUploadBench org.springframework.boot.loader.launch.PropertiesLauncher \
            --url "$URL" --data-dir "$DATA_DIR" --rows 22000 --shift $shift --file "$WORK/upload-$size-$shift.csv" > "$WORK/csv-$size.txt" 2>&1
    done
    csv_s=$(sed -n 's/.*total \([0-9.]*\) s.*/\1/p' "$WORK/csv-$size.txt" | tail -1)
    rss=$(awk '/VmHWM/ {printf "%.0f", $2 / 1024}' /proc/$pid/status)
    kill $pid; wait $pid 2> /dev/null || true
    echo "$size,$load_s,$db_mb,$(echo "$gl" | field 'p50 median'),$(echo "$gl" | field 'p99 median'),$(echo "$closed" | field 'throughput median'),$(echo "$cl" | field 'p50 median'),$(echo "$cl" | field 'p99 median'),$csv_s,$rss" | tee -a "$OUT.csv"
done
{
    echo "| $(head -1 "$OUT.csv" | sed 's/,/ | /g') |"
    echo "|$(head -1 "$OUT.csv" | sed 's/[^,]*/---/g; s/,/|/g')|"
    tail -n +2 "$OUT.csv" | sed 's/^/| /; s/,/ | /g; s/$/ |/'
    echo
    echo "Machine: $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ); GetListing open loop at $RATE/s, CreateListing at $CREATE_RATE/s, logs in $WORK."
} > "$OUT.md"
cat "$OUT.md"
# The plot shows costs only: throughput becomes machine time per call (1000 / req/s).
awk -F, -v OFS=, 'NR == 1 {print "residents", "load (s)", "database (MB)", "GetListing p50 (ms)", "GetListing p99 (ms)",
                           "GetListing machine time per call (ms)", "CreateListing p50 (ms)", "CSV 22k upload (s)"; next}
                  {print $1, $2, $3, $4, $5, ($6 > 0 ? 1000 / $6 : ""), $7, $9}' "$OUT.csv" > "$OUT-plot.csv"
java -cp "$JAR" -Dloader.main=se.listning.bench.GrowthPlot org.springframework.boot.loader.launch.PropertiesLauncher \
    "$OUT-plot.csv" "$OUT.svg" "Listning: cost against residents (2 cores, -Xmx512m)"
